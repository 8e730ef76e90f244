"""Date shapes met on real texts nobody had annotated before (issue 13), one row per shape.

Each row is a short text written here in the shape of a real one, its document date and the
mentions a careful reader takes from it (text, value), in reading order.
"""

from __future__ import annotations

import datetime as dt
import pathlib

import pytest

from chronicle.extract.dates import tag_with_date
from chronicle.extract.war_names import war_spans
from chronicle.wars import WarCatalog


CATALOG = WarCatalog.load(pathlib.Path(__file__).resolve().parents[1] / "corpus" / "wars.yaml")


def read(paragraphs: list[list[str]], document_date: dt.date | None, language: str = "en") -> list[tuple[str, str]]:
    """(text, value) of every mention, read as the pipeline reads them (with the catalogue's wars)."""
    found, _ = tag_with_date(paragraphs, document_date=document_date, language=language, wars=war_spans(CATALOG))
    return [(m.text, m.value) for paragraph in found for sentence in paragraph for m in sentence]


SHAPES = [
    # a day-by-day retrospective a year on: "overnight" is the night before the day its sentence tells,
    # and the morning after it is that day's, not the anniversary piece's
    (
        [["Exactly one year ago, on September 27, 2020, the war began."],
         ["On the 43rd day of the war, November 8, the troops attacked overnight. In the morning the town was taken."]],
        dt.date(2021, 11, 8),
        [("one year ago", "2020"), ("September 27, 2020", "2020-09-27"), ("43rd day of the war", "2020-11-08"),
         ("November 8", "2020-11-08"),
         ("overnight", "2020-11-07TNI"), ("the morning", "2020-11-08TMO")],
    ),
    # a site's clock line, the day the page was read, tells no story: the report under it stays in its year
    (
        [["Local time: 09:15, 3 June 2024"], ["SHUSHA, MARCH 4, AGENCY. A drone was downed on March 3 at 22:00."]],
        dt.date(2017, 3, 4),
        [("09:15", "2024-06-03T09:15"), ("3 June 2024", "2024-06-03"), ("MARCH 4", "2017-03-04"),
         ("March 3 at 22:00", "2017-03-03T22:00")],
    ),
    # ... but a later day a sentence of the future tells goes on in its year
    (
        [["The talks are planned for May 2018. On 3 June the envoys will meet again."]],
        dt.date(2017, 3, 4),
        [("May 2018", "2018-05"), ("3 June", "2018-06-03")],
    ),
    # "early today" in wire copy is the report's morning (issue 13); "late yesterday" is still the day before
    ([["Forces had captured the town early today."]], dt.date(1993, 9, 5), [("early today", "1993-09-05TMO")]),
    ([["The town was shelled late yesterday."]], dt.date(1993, 9, 5), [("yesterday", "1993-09-04")]),
    # a page that reprints a wire report a day after its dateline: the report's "overnight" and "Tuesday" count
    # from the dateline's day, not from the page's (issue 13) ...
    (
        [["December 02, 2020  News ID 95"], ["Karabakh, AGENCY, Dec. 1: The flag was raised.", "Troops entered the town overnight."],
         ["Reporters saw the flag raised in the early hours of Tuesday."]],
        dt.date(2020, 12, 2),
        [("December 02, 2020", "2020-12-02"), ("Dec. 1", "2020-12-01"), ("overnight", "2020-11-30TNI"),
         ("Tuesday", "2020-12-01")],
    ),
    # ... while a dateline of the page's own day, or a lead that tells its day in prose, leaves the page's date
    (
        [["December 02, 2020  News ID 95"], ["Karabakh, AGENCY, Dec. 2: The flag was raised.", "Troops entered the town overnight."]],
        dt.date(2020, 12, 2),
        [("December 02, 2020", "2020-12-02"), ("Dec. 2", "2020-12-02"), ("overnight", "2020-12-01TNI")],
    ),
    (
        [["On Dec. 1 the troops arrived."], ["Reporters saw the flag raised overnight."]],
        dt.date(2020, 12, 2),
        [("Dec. 1", "2020-12-01"), ("overnight", "2020-12-01TNI")],
    ),
    # a chronology's day written by its ordinal alone is a day of the month its story tells, or of the next
    # month once the story has passed it (issue 13) ...
    (
        [["Clashes broke out on September 27. On September 28 Turkey called for calm."],
         ["On the 29th, a jet was shot down."], ["Fighting went on until October 29.", "By the 3rd, the town had fallen."]],
        dt.date(2020, 11, 17),
        [("September 27", "2020-09-27"), ("September 28", "2020-09-28"), ("the 29th", "2020-09-29"),
         ("October 29", "2020-10-29"), ("By the 3rd", "2020-11-03")],
    ),
    # ... but an ordinal that opens a longer phrase is no day of the month
    (
        [["On the 15th Brigade's front it was calm.", "On the 43rd day of the war, November 8, the town fell."]],
        dt.date(2020, 11, 17),
        [("43rd day of the war", "2020-11-08"), ("November 8", "2020-11-08")],
    ),
    # a page last updated after its publication tells the days up to its update in its year (issue 13) ...
    (
        [["Published: Saturday June 19, 2010"], ["Washington - (Story last updated June 23)"],
         ["On June 21 the names of the dead were published."]],
        None,
        [("Saturday June 19, 2010", "2010-06-19"), ("June 23", "2010-06-23"), ("June 21", "2010-06-21")],
    ),
    # ... while without the update a day after the publication's is still of the year before
    (
        [["Published: Saturday June 19, 2010"], ["On June 21 the names of the dead were published."]],
        None,
        [("Saturday June 19, 2010", "2010-06-19"), ("June 21", "2009-06-21")],
    ),
    # a report of the day itself keeps "overnight" as the night before the document's day
    ([["Shelling resumed overnight."]], dt.date(2016, 4, 26), [("overnight", "2016-04-25TNI")]),
    # a page stamped before the day its heading tells, whose report writes that day with its year:
    # the heading's day is that year's, not the year before the stamp
    (
        [["On October 2, missiles hit the capital."], ["During the night of 2 October 2020, drones were downed."]],
        dt.date(2020, 9, 30),
        [("October 2", "2020-10-02"), ("night of 2 October 2020", "2020-10-02TNI")],
    ),
    # without that, a day after the document's date is still the past's: the year before
    ([["On October 2, missiles hit the capital."]], dt.date(2020, 9, 30), [("October 2", "2019-10-02")]),
    # "the day before" / "the day after" count from the narrative's day
    (
        [["On 5 May the village fell."], ["The day before, it had been shelled; the day after, it burned."]],
        dt.date(1992, 5, 20),
        [("5 May", "1992-05-05"), ("day before", "1992-05-04"), ("day after", "1992-05-05")],
    ),
    # ... but the eve of an event, or "the day before yesterday", is no narrative day
    ([["The day before the vote, tension rose."]], dt.date(1992, 5, 20), []),
    # whole days counted in hours are days: "48 hours later" is two days on, not a span of time
    (
        [["The town fell on 2 October 1993."], ["48 hours later, the army retreated."]],
        None,
        [("2 October 1993", "1993-10-02"), ("48 hours later", "1993-10-04")],
    ),
    ([["The talks lasted 48 hours."]], None, [("48 hours", "PT48H")]),
    # hours counted back from a report: its own day (under a day), or whole days back
    ([["Two hours ago, shelling resumed."]], dt.date(2020, 10, 4), [("Two hours ago", "2020-10-04")]),
    ([["Shelling began 48 hours ago."]], dt.date(2020, 10, 4), [("48 hours ago", "2020-10-02")]),
    ([["Shelling began 30 hours ago."]], dt.date(2020, 10, 4), [("30 hours", "PT30H")]),
    # "over the weekend": the one just past in a weekday's report, the document's own on a weekend,
    # the next one in a sentence of what is to come
    ([["Villages were shelled over the weekend."]], dt.date(2020, 10, 12), [("weekend", "2020-W41-WE")]),
    ([["Villages were shelled over the weekend."]], dt.date(2020, 10, 11), [("weekend", "2020-W41-WE")]),
    ([["Talks will resume over the weekend."]], dt.date(2020, 10, 8), [("weekend", "2020-W41-WE")]),
    ([["He spent the weekend at home."]], dt.date(2020, 10, 12), []),
    # a night named by the two days it joins is told by the first: the evening told after it is that day's, its
    # morning the next day's; a range of whole days still leaves the story at its last day
    ([["The night of October 27-28 was calm.", "In the evening, two towns were shelled.", "In the morning, fire resumed."]],
     dt.date(2020, 10, 28),
     [("night of October 27-28", "2020-10-27TNI"), ("the evening", "2020-10-27TEV"), ("the morning", "2020-10-28TMO")]),
    ([["From 3 to 5 May 1992 the town was shelled.", "The next day it fell."]], None,
     [("3 to 5 May 1992", "1992-05-03/1992-05-05"), ("next day", "1992-05-06")]),
    # a month the writer points at from the day of writing: the nearest one past (or ahead), whatever year the
    # sentence named before it; so the story then stands in that year ("On November 9" is 2020's, not 2016's)
    (
        [["The front flared in the summer of 2014, in April 2016 and this past July."],
         ["On November 9, the leaders signed a statement."]],
        dt.date(2020, 12, 13),
        [("summer of 2014", "2014-SU"), ("April 2016", "2016-04"), ("this past July", "2020-07"),
         ("November 9", "2020-11-09")],
    ),
    ([["Last March it was calm.", "Last December it was not."]], dt.date(2021, 3, 2),
     [("Last March", "2021-03"), ("Last December", "2020-12")]),
    ([["Next May they will vote.", "This July the talks resume."]], dt.date(2020, 12, 13),
     [("Next May", "2021-05"), ("This July", "2020-07")]),
    # a date after "dated" names a document, however far its noun stands: the story stays where it was
    ([["From March 24 to March 25, troops broke the statement of the leaders of three states dated November 9, 2020."],
      ["On March 7, the ministry objected."]], dt.date(2022, 3, 27),
     [("March 24 to March 25", "2022-03-24/2022-03-25"), ("November 9, 2020", "2020-11-09"), ("March 7", "2022-03-07")]),
    # "of this year", "of last year" after a month or a day: the document's years
    ([["In March of this year, 20 families resettled.", "It began on 5 May of last year."]], dt.date(2023, 7, 14),
     [("March of this year", "2023-03"), ("5 May of last year", "2022-05-05")]),
    # a date in a relative clause tells the place's past, not where a dated story stands ...
    (
        [["On Wednesday, 85 people moved to the town, which was retaken in December 2020."],
         ["Earlier, 70 families returned in May and June."]],
        dt.date(2023, 7, 14),
        [("Wednesday", "2023-07-12"), ("December 2020", "2020-12"), ("May and June", "2023-05/2023-06")],
    ),
    # ... but where the text has told no year yet, the clause's year is the story's
    ([["The town, which fell on 23 July 1993, burned.", "On 25 July the army regrouped."]], None,
     [("23 July 1993", "1993-07-23"), ("25 July", "1993-07-25")]),
    # a clock told before its day ("at 1:15 pm Yerevan time on Tuesday, September 19") is that day's
    ([["At 1:15 pm Yerevan/Baku time on Tuesday, September 19, the shelling began."]], dt.date(2023, 9, 20),
     [("1:15 pm Yerevan/Baku time on Tuesday, September 19", "2023-09-19T13:15")]),
    # hours told with a dot or in words need a part of the day or "o'clock" to be a time
    (
        [["On 7 May it was quiet.", "At 2.30 in the morning of 8 May the guns opened fire."],
         ["At nine in the evening they surrounded the town; by eleven at night it was over."],
         ["Shells fell at two at night and again at ten o'clock."]],
        dt.date(1992, 5, 20),
        [("7 May", "1992-05-07"), ("2.30 in the morning of 8 May", "1992-05-08T02:30"),
         ("nine in the evening", "1992-05-08T21:00"), ("eleven at night", "1992-05-08T23:00"),
         ("two at night", "1992-05-08T02:00"), ("ten o'clock", "1992-05-08T10:00")],
    ),
    # clocks told before the day their sentence writes are that day's ("from 1 a.m. ... on February 26"), a span
    # of the clock as one
    (
        [["Shelling began about 11 p.m. on February 25.",
          "Infantry entered from 1 a.m. till 4 a.m. in the morning on February 26."]],
        dt.date(1992, 3, 1),
        [("about 11 p.m. on February 25", "1992-02-25T23:00"), ("1 a.m. till 4 a.m.", "1992-02-26T01:00/1992-02-26T04:00"),
         ("the morning on February 26", "1992-02-26TMO")],
    ),
    # ... as are clocks right before a day counted from the report's ("at around 03:40 yesterday", "at 05:20 on
    # Monday"), even after a night the narrative told; a weekday a clause later leaves the clock in the story's day
    (
        [["At its sitting on July 16 the cabinet discussed the raid launched in the night at around 03:40 yesterday.",
          "Mortars opened fire at 05:20 on Monday.", "At 06:10 the guns fell silent, and on Tuesday they spoke again."]],
        dt.date(2020, 7, 16),
        [("July 16", "2020-07-16"), ("the night", "2020-07-16TNI"), ("around 03:40", "2020-07-15T03:40"), ("yesterday", "2020-07-15"),
         ("05:20", "2020-07-13T05:20"), ("Monday", "2020-07-13"), ("06:10", "2020-07-13T06:10"), ("Tuesday", "2020-07-14")],
    ),
    # "On February, 25": "on" wants a day, the comma is a translation's; "In February, 25 people" is a month and a count
    ([["On February, 25 the assault began.", "In February, 25 people died."]], dt.date(1992, 3, 1),
     [("February, 25", "1992-02-25"), ("February", "1992-02")]),
    # a day glued to its month by a careless page ("on February18"); digits glued to other words are no day
    ([["Monitoring will be held on February18.", "The MiG-21 and the A7 flew."]], dt.date(2014, 2, 15),
     [("February18", "2014-02-18")]),
    # a first day borrows the month of the day after "to" ("the night of 1 to April 2"), as before a dash
    ([["In the night of 1 to April 2, the attack began.", "From 5 to May 7 it rained."]], dt.date(2016, 5, 20),
     [("night of 1 to April 2", "2016-04-01TNI"), ("5 to May 7", "2016-05-05/2016-05-07")]),
    ([["Prices rose 2.30 percent in the morning session; nine in ten voters agreed."]], dt.date(2020, 5, 20),
     [("the morning", "2020-05-20TMO")]),  # no clock: "percent" stands between the number and the morning
    # "the morning hours" is the morning of the day told; "the morning hours of April 3" names its day
    (
        [["On 15 October the shelling went on.", "From the morning hours, villages were hit.",
          "In the night hours of October 16 it stopped."]],
        dt.date(2020, 10, 20),
        [("15 October", "2020-10-15"), ("the morning hours", "2020-10-15TMO"),
         ("night hours of October 16", "2020-10-16TNI")],
    ),
]


@pytest.mark.parametrize(("paragraphs", "document_date", "expected"), SHAPES)
def test_unseen_shapes(paragraphs, document_date, expected):
    assert read(paragraphs, document_date) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "last night" in Azerbaijani: the night before the document's day, as "прошлой ночью" and "last night"
        ("Ötən gecə ermənilər kəndləri atəşə tutublar.", [("Ötən gecə", "2016-04-25TNI")]),
        ("Dünən gecə kəndlər atəşə tutulub.", [("Dünən gecə", "2016-04-25TNI")]),
        # "keçən gecə" after two days is the night between them
        ("Martın 3-dən 4-nə keçən gecə kənd atəşə tutulub.", None),
    ],
)
def test_last_night_in_azerbaijani(text, expected):
    found = read([[text]], dt.date(2016, 4, 26), language="az")
    if expected is None:
        assert [value for _, value in found] == ["2016-03-03TNI"]
    else:
        assert found == expected


@pytest.mark.parametrize(
    ("paragraphs", "document_date", "expected"),
    [
        # a war's days are counted from its first: the war that holds the narrative's day ...
        ([["The war began on 27 September 2020."], ["On the third day of the war, Jabrayil was shelled."]], None,
         [("27 September 2020", "2020-09-27"), ("third day of the war", "2020-09-29")]),
        # ... else the document's day
        ([["On the third day of the war, Jabrayil was shelled."]], dt.date(2020, 10, 20),
         [("third day of the war", "2020-09-29")]),
        ([["On the second day of the fighting, the village fell."]], dt.date(2016, 4, 3),
         [("second day of the fighting", "2016-04-02")]),
        # the six years of the first war count no days: "the third day of the fighting" in 1992 is a battle's
        ([["On the third day of the fighting, the town fell."]], dt.date(1992, 5, 20),
         [("third day of the fighting", "XXXX-XX-XX")]),
        # a day of talks is no war's
        ([["On the second day of the talks they agreed."]], dt.date(2020, 10, 20), []),
    ],
)
def test_days_of_the_war(paragraphs, document_date, expected):
    assert read(paragraphs, document_date) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # counts in words, as in digits: a ten and a unit add up
        ("Otuz il əvvəl Kəlbəcər işğal olunub.", "az", [("Otuz il əvvəl", "1993")]),
        ("İyirmi yeddi il əvvəl Kəlbəcər işğal olunub.", "az", [("İyirmi yeddi il əvvəl", "1996")]),
        ("Üç gün əvvəl kənd atəşə tutulub.", "az", [("Üç gün əvvəl", "2023-03-31")]),
        ("Тридцать лет назад Кельбаджар был оккупирован.", "ru", [("Тридцать лет назад", "1993")]),
        ("Двадцать два года назад город был оккупирован.", "ru", [("Двадцать два года назад", "2001")]),
        # a number word with no count after it is no date
        ("Bir neçə kənd atəşə tutulub.", "az", []),
        ("Два села были обстреляны.", "ru", []),
    ],
)
def test_counts_in_words(text, language, expected):
    assert read([[text]], dt.date(2023, 4, 3), language=language) == expected
