"""Dates in texts told after the fact: wire copy, anniversaries, live blogs, chronologies without a year.

Each row is a document (paragraphs of sentences) written in the shape of a
real one, with its date where the page gives one, and the values a careful
reader gives its date expressions.
"""

from __future__ import annotations

import datetime as dt
import pathlib

import pytest

from chronicle.extract.dates import tag_document, tag_with_date
from chronicle.extract.war_names import opening_war_year
from chronicle.wars import WarCatalog

WARS = WarCatalog.load(pathlib.Path(__file__).parents[1] / "corpus" / "wars.yaml")


def found(paragraphs, **kwargs):
    """(text, value) of every mention, in reading order."""
    return [(m.text, m.value) for p in tag_document(paragraphs, **kwargs) for s in p for m in s]


@pytest.mark.parametrize(
    "paragraphs, published, expected",
    [
        # times of day a report tells against its own date and its narrative
        ([["Border villages were shelled overnight."]], "2020-10-09", [("overnight", "2020-10-08TNI")]),
        (
            [["On Sunday the town was attacked."], ["The fighting continued into the night but quieted down before dawn."]],
            "1993-07-05",
            [("Sunday", "1993-07-04"), ("the night", "1993-07-04TNI"), ("before dawn", "1993-07-05TMO")],
        ),
        (
            [["Review of last night's events."], ["During the night drones were used. By 5am an ambulance was hit."]],
            "2023-09-20",
            [("last night", "2023-09-19TNI"), ("the night", "2023-09-19TNI"), ("5am", "2023-09-20T05:00")],
        ),
        ([["They left at dawn on 3 May 1993."]], None, [("dawn on 3 May 1993", "1993-05-03TMO")]),
        ([["Positions were fired at on May 16 evening."]], "2017-05-17", [("May 16 evening", "2017-05-16TEV")]),
        (
            [["Shelling resumed in the early morning hours of April 3, 2016 and the late night hours of April 4."]],
            None,
            [("morning hours of April 3, 2016", "2016-04-03TMO"), ("night hours of April 4", "2016-04-04TNI")],
        ),
        ([["Yesterday`s morning a substation was destroyed."]], "2016-04-07", [("Yesterday`s morning", "2016-04-06TMO")]),
        ([["Politics 10 October 2020 15:09 (UTC+04:00)"]], None, [("10 October 2020 15:09", "2020-10-10T15:09")]),
        ([["Fire was opened at 22:30 (UTC/GMT+4)."]], "2017-05-17", [("22:30", "2017-05-17T22:30")]),
        # a clock takes the day whose part of the day the text told, across a paragraph of quotes
        (
            [["On the evening of May 16 the town was shelled, he told reporters on May 17."], ["Mortars were used, he said."],
             ["Fire was opened approximately at 22:30."]],
            "2017-05-17",
            [("evening of May 16", "2017-05-16TEV"), ("May 17", "2017-05-17"), ("approximately at 22:30", "2017-05-16T22:30")],
        ),
        # a page's stamp: the clock is the stamp's day, a zone glued to the date notwithstanding
        ([["11:22 GMT29 November 2020"]], "2020-10-07", [("11:22", "2020-11-29T11:22"), ("29 November 2020", "2020-11-29")]),
        # a live blog's time stamps: the page's day, whatever day the entry before told
        (
            [["Clashes were reported on Tuesday."], ["02:26"], ["The blasts came at about 5:00 a.m."]],
            "2020-10-07",
            [("Tuesday", "2020-10-06"), ("02:26", "2020-10-07T02:26"), ("about 5:00 a.m.", "2020-10-07T05:00")],
        ),
    ],
)
def test_times_of_day(paragraphs, published, expected):
    day = dt.date.fromisoformat(published) if published else None
    assert found(paragraphs, document_date=day) == expected


@pytest.mark.parametrize(
    "paragraphs, published, expected",
    [
        # a day the document's year would put after the document's date is the past's ...
        (
            [["The city was liberated in Autumn 2020."], ["The war lasted from September 27 to November 10."]],
            "2021-05-08",
            [("Autumn 2020", "2020-FA"), ("September 27 to November 10", "2020-09-27/2020-11-10")],
        ),
        ([["The decree was signed on December 5."]], "2021-05-08", [("December 5", "2020-12-05")]),
        # a lead that counts the years since an event gives their year to the days the piece tells without one ...
        (
            [["Twenty-five years pass since the fall of the district."], ["Its villages held 60,000 people."],
             ["The district centre was taken on April 2."]],
            "2018-04-02",
            [("Twenty-five years", "P25Y"), ("April 2", "1993-04-02")],
        ),
        (
            [["Ten years on from the battle for the heights, veterans gathered."], ["The heights were taken on 1 April."]],
            "2026-04-02",
            [("Ten years on", "2016"), ("1 April", "2016-04-01")],
        ),
        # ... a chronology's day headings included (a page's stamp, a line with a clock, is no heading: see
        # test_dates_dispatches)
        (
            [["One year ago the war ended. Here are its main days."], ["September 27"], ["The offensive began."],
             ["October 4"], ["The town was taken."]],
            "2021-11-10",
            [("One year ago", "2020"), ("September 27", "2020-09-27"), ("October 4", "2020-10-04")],
        ),
        # ... but not a dateline under the headline, which dates the page
        (
            [["Twenty-five years pass since the fall of the district"], ["Baku, April 2, Agency"],
             ["The town was taken on April 2."]],
            "2018-04-02",
            [("Twenty-five years", "P25Y"), ("April 2", "2018-04-02"), ("April 2", "1993-04-02")],
        ),
        # ... after a background year too ("In 1992 the war spread"), which dates none of the story's days
        (
            [["Twenty-five years pass since the fall of the district."], ["In 1992 the war spread to the district."],
             ["The offensive began on March 27."]],
            "2018-04-02",
            [("Twenty-five years", "P25Y"), ("1992", "1992"), ("March 27", "1993-03-27")],
        ),
        # ... a lead standing at the piece's own day ("Today marks ...") included, but not a sentence of that day,
        # nor one of the future
        (
            [["Today marks the 30th anniversary of the fall of the town."], ["It was captured on May 9 after a night of fighting."],
             ["Today veterans laid flowers on May 9."], ["A parade will be held on May 12."]],
            "2022-05-09",
            [("Today", "2022-05-09"), ("May 9", "1992-05-09"), ("Today", "2022-05-09"), ("May 9", "2022-05-09"),
             ("May 12", "2022-05-12")],
        ),
        # a year the text writes dates the days after it; a count of years far from the lead dates nothing
        (
            [["Two years have passed since the town was handed back."], ["The statement was signed on November 10, 2021."],
             ["Troops left on November 20."]],
            "2022-11-25",
            [("Two years", "P2Y"), ("November 10, 2021", "2021-11-10"), ("November 20", "2021-11-20")],
        ),
        (
            [["Shelling resumed."], ["Two villages were hit."], ["Nobody was hurt."], ["The war began 30 years ago."],
             ["Talks were held on October 12."]],
            "2020-10-14",
            [("30 years ago", "1990"), ("October 12", "2020-10-12")],
        ),
        # an anniversary piece writes the year after the day ("on March 27 in 1993"): one date, and its year
        # dates the days the sentence tells after it
        (
            [["Opening a wide assault on March 27 in 1993, the units entered the district centre on April 2."]],
            "2018-04-02",
            [("March 27 in 1993", "1993-03-27"), ("April 2", "1993-04-02")],
        ),
        ([["The bridge was blown up on 14 June in 1992."]], "2022-06-14", [("14 June in 1992", "1992-06-14")]),
        ([["Talks resumed in August in 1993."]], "1995-01-10", [("August in 1993", "1993-08")]),
        # "in" before anything but a year is no year of the day
        ([["The village was shelled on 3 May in the morning."]], "2016-05-04", [("3 May", "2016-05-03"), ("the morning", "2016-05-03TMO")]),
        # ... but not a day to come, nor a day just told in the document's own year
        ([["A meeting is scheduled for September 21."]], "2023-09-20", [("September 21", "2023-09-21")]),
        ([["The capital was declared on May 7."]], "2021-05-08", [("May 7", "2021-05-07")]),
        # a paragraph that commemorates tells its days in the year it names
        (
            [["Four years have passed since the 2016 April War. The attack began on the night of April 1 to 2."]],
            "2020-04-02",
            [("Four years", "P4Y"), ("2016", "2016"), ("night of April 1 to 2", "2016-04-01TNI")],
        ),
        # a date naming a document does not move the story
        (
            [["Roads were blocked on December 12."], ["It violates the statement of November 9, 2020."],
             ["Gas was cut off on December 13."]],
            "2022-12-21",
            [("December 12", "2022-12-12"), ("November 9, 2020", "2020-11-09"), ("December 13", "2022-12-13")],
        ),
        # a page's stamp under the headline (a date and its clock alone on a line) tells no story ...
        (
            [["Clashes began on March 4, 2008"], ["Sunday, 04 March, 2018, 10:20"], ["On March 4 the positions were attacked."]],
            "2018-03-04",
            [("March 4, 2008", "2008-03-04"), ("Sunday, 04 March, 2018, 10:20", "2018-03-04T10:20"), ("March 4", "2008-03-04")],
        ),
        # ... but a day heading without a clock (a chronology's) does
        (
            [["Clashes began on March 4, 2008"], ["Sunday, 04 March, 2018"], ["On March 4 the positions were attacked."]],
            "2018-03-04",
            [("March 4, 2008", "2008-03-04"), ("Sunday, 04 March, 2018", "2018-03-04"), ("March 4", "2018-03-04")],
        ),
        # "N years later" counts from the year the paragraph named
        (
            [["May 8 marks the anniversary of the town's capture in 1992. The army took it back 28 years later."]],
            "2021-05-08",
            [("May 8", "2021-05-08"), ("1992", "1992"), ("28 years later", "2020")],
        ),
    ],
)
def test_the_year_of_a_day_told_later(paragraphs, published, expected):
    assert found(paragraphs, document_date=dt.date.fromisoformat(published)) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a statement's dateline (the places it is issued from, its date, a dash) dates it: a day later in its year is past
        ([["Statement by the Co-Chairs"], ["Moscow, Paris, 29 July 2021 – The Co-Chairs met."],
          ["They call on the sides to implement the November 9 statement."]],
         [("29 July 2021", "2021-07-29"), ("November 9", "2020-11-09")]),
        ([["VIENNA, 12 November 2015 - The Co-Chairs met."], ["They recalled the meeting of December 19."]],
         [("12 November 2015", "2015-11-12"), ("December 19", "2014-12-19")]),
        # a lead that opens with its day tells what happened on it: no dateline without the places and the dash
        ([["On 29 July 2021 the Co-Chairs met."], ["They met again on November 9."]],
         [("29 July 2021", "2021-07-29"), ("November 9", "2021-11-09")]),
    ],
)
def test_a_statements_dateline_dates_it(paragraphs, expected):
    assert found(paragraphs) == expected


@pytest.mark.parametrize("between, day", [
    # the page's stamp under the headline, a line without a stop writing the document's day, names the writing's
    # year, not the story's: "Tuesday saw the anniversary" stands at that day, and the lead's count dates the rest
    ([["Sept 1 2004"], ["Baku, August 31, Agency"], ["Tuesday saw the 11th anniversary of the fall."]], "1993-08-23"),
    # ... whereas a sentence that writes the document's day with its year dates the days told after it
    ([["Veterans met on September 1, 2004."]], "2004-08-23"),
])
def test_a_page_s_stamp_names_no_year_of_the_story(between, day):
    paragraphs = [["Eleven years pass since the fall of the district"], *between, ["The centre was taken on August 23."]]
    assert dict(found(paragraphs, document_date=dt.date(2004, 9, 1)))["August 23"] == day


def test_a_chronology_without_a_year_takes_the_year_of_its_war():
    document = [["Here are the moments of the second Artsakh war."], ["September 27"], ["Stepanakert was shelled."]]
    year = opening_war_year("44 days in 44 acts", document, WARS)
    assert year == 2020
    assert found(document, war_year=year) == [("September 27", "2020-09-27")]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # written a year later, its day headings are still its war's; a sentence of prose keeps the page's year
        ([["Chronicle of the second Artsakh war"], ["September 27"], ["Stepanakert was shelled."]],
         [("September 27", "2020-09-27")]),
        ([["A year after the second Artsakh war"], ["On November 8 ceremonies were held in the town."]],
         [("A year", "P1Y"), ("November 8", "2021-11-08")]),
    ],
)
def test_a_chronology_written_after_its_war_keeps_the_war_s_year(paragraphs, expected):
    year = opening_war_year(None, paragraphs, WARS)
    assert found(paragraphs, war_year=year, document_date=dt.date(2021, 11, 10)) == expected


@pytest.mark.parametrize(
    "title, paragraphs, expected",
    [
        ("Moments of the second Artsakh war", [], 2020),
        ("The April war remembered", [["Four days of fighting."]], 2016),
        ("The First Karabakh War", [], None),  # 1988-1994: no one year
        ("From the first war to the Second Karabakh War", [["The First Karabakh War ended in 1994."]], None),
        ("Shelling of Tartar", [["Houses were damaged."]], None),
    ],
)
def test_opening_war_year(title, paragraphs, expected):
    assert opening_war_year(title, paragraphs, WARS) == expected


@pytest.mark.parametrize(
    "sentences, expected",
    [
        (["One year has passed since the war began.", "The first shells fell on the morning of September 27."],
         [("One year", "P1Y"), ("morning of September 27", "2020-09-27TMO")]),
    ],
)
def test_a_paragraph_that_counts_the_years_back(sentences, expected):
    assert found([sentences], document_date=dt.date(2021, 9, 27)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Veterans of the autumn war met in April 2021.", [("April 2021", "2021-04")]),
        ("Veterans of the April war and the July clashes met in May 2021.", [("May 2021", "2021-05")]),
        ("The offensive began in April and ended in autumn 1993.", [("April", "1993-04"), ("autumn 1993", "1993-FA")]),
    ],
)
def test_a_month_or_season_naming_a_war_is_no_date(sentence, expected):
    assert found([[sentence]]) == expected


@pytest.mark.parametrize(
    ("paragraphs", "language"),
    [
        # an Armenian news page: the clock a separate expression after the day
        ([["Երեքշաբթի, 19 մարտի, 2024 թ."], ["Ստեփանակերտում +4 °C"], ["Բանակցությունները վերսկսվել են"],
          ["Հինգշաբթի, 03 դեկտեմբերի, 2020 թ., 15:35"], ["Երեկ նախարարները հանդիպել են։"]], "hy"),
        # an English one: the day and its hour one expression, the zone after them
        ([["Thursday March 19 2024"], ["Talks resume in the capital [VIDEO]"], ["3 December 2020 15:35 (UTC+04:00)"],
          ["Talks resume in the capital [VIDEO]"], ["The ministers met yesterday."]], "en"),
    ],
)
def test_the_stamp_with_its_hour_dates_the_text_not_the_calendar_line_above_the_title(paragraphs, language):
    """A news page's calendar line tells today; the story's stamp under the title, its day and time."""
    assert tag_with_date(paragraphs, language=language)[1] == dt.date(2020, 12, 3)
