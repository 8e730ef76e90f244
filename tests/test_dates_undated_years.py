"""The year of a day told in a text that states no date of its own (session 24, yearsI).

Encyclopedia pages, anniversary pieces, explainers and reprints write "on October 4" and leave its year to the
text. A careful reader takes it from the sentence's own clause, then from the story, and knows which years are
only background: a year that dates a thing ("the 1994 ceasefire") or a history aside ("In 1991, the region
declared ...") gives no year to the days told around it; a war the sentence names, the places fought over
(the catalogue), a town freed from an occupation the text dated, a lead that counts the years since its event,
each tell the period the day falls in.

The tables run the date tagger (``tag_with_date``) or its pure parts on documents written in the shapes found in
real texts; the last runs the pipeline over the fixtures of ``tests/fixtures/undated_years``, one per shape.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from chronicle import ingest, pipeline
from chronicle.extract.dates import tag_with_date
from chronicle.extract.timex.anchors import dates_a_thing
from chronicle.extract.timex.grammar import parse_sentence
from chronicle.extract.timex.lines import ends_prose
from chronicle.extract.timex.tokens import tokenize
from chronicle.extract.timex import inflected, languages
from chronicle.gazetteer import Gazetteer
from chronicle.model import RawSource, SourceMeta
from chronicle.wars import WarCatalog

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "undated_years"
FIRST, SECOND, APRIL = "first-nagorno-karabakh-war", "second-nagorno-karabakh-war", "2016-april-clashes"


def dated(paragraphs, language="en", **kwargs):
    """(the document's date, (text, value) of every mention) of a document."""
    found, date = tag_with_date(paragraphs, language=language, **kwargs)
    return (date.isoformat() if date else None), [(m.text, m.value) for p in found for s in p for m in s]


def frames_of(sentence: str, language: str):
    lexicon = languages.load(language)
    if lexicon is None:
        return parse_sentence(tokenize(sentence))
    return inflected.parse_sentence(tokenize(sentence), lexicon=lexicon, day_first=True)


@pytest.mark.parametrize(("sentence", "language", "expected"), [
    # a bare year before a noun, or after a noun and "of": the thing's year
    ("The 1994 ceasefire held.", "en", [True]),
    ("Talks on the 1992-1994 war went on.", "en", [True]),
    ("The ceasefire of 1994 held.", "en", [True]),
    ("Перемирие 1994 года нарушено.", "ru", [True]),  # the genitive after a noun
    ("1994-cü il atəşkəsi pozuldu.", "az", [True]),  # "1994 year's ceasefire"
    # a year told as the time of the clause: the story's
    ("In 1994 a truce was signed.", "en", [False]),
    ("The truce was signed in 1994.", "en", [False]),
    ("В 1994 году было подписано перемирие.", "ru", [False]),
    ("После 1994 года было тихо.", "ru", [False]),  # a preposition, no noun, before the genitive
    ("1994-cü ildə atəşkəs imzalandı.", "az", [False]),  # the locative: "in 1994"
    # a time's noun before "of", or more than the year: a time of its own
    ("The largest offensive came in the new year of 1994.", "en", [False]),
    ("By the end of 1994 the front was quiet.", "en", [False]),
    ("The summer of 1994 was quiet.", "en", [False]),
])
def test_a_bare_year_may_date_a_thing_the_sentence_names(sentence, language, expected):
    assert [dates_a_thing(sentence, f) for f in frames_of(sentence, language)] == expected


@pytest.mark.parametrize(("text", "prose"), [
    ("Armenian forces took control of the village on 11 April 1994.[4]", True),
    ("The village was recaptured on 3 October 2020.[15][16]", True),
    ("The village was recaptured on 3 October 2020.[citation needed]", True),
    ("Summer (DST)UTC+5 (UTC)", False),
    ("List of villages [edit]", False),
])
def test_footnote_marks_may_close_a_sentence(text, prose):
    assert ends_prose(text) is prose


@pytest.mark.parametrize(("document", "expected"), [
    # an encyclopedia's short sentence closed by its footnote marks is prose, no header line: the page has no date,
    # and the season it tells later is of the story's year, not of the year before a date read from it
    ([["Talish, Tartar"], ["Talish is a village in the Tartar District."], ["Country Azerbaijan"],
      ["Armenian forces took control of the village on 11 April 1994.[4]"],
      ["Azerbaijani forces took the heights around it on 2 April 2016.[5]"], ["In the summer the village stood empty.[6]"]],
     (None, [("11 April 1994", "1994-04-11"), ("2 April 2016", "2016-04-02"), ("summer", "2016-SU")])),
])
def test_a_footnoted_sentence_is_no_page_stamp(document, expected):
    assert dated(document) == expected


@pytest.mark.parametrize(("document", "language", "expected"), [
    # the lead of a page that heads it with its title twice, its stamp and a read counter is its first paragraph of
    # prose: its count of years since the liberation dates the days the piece tells without a year
    ([["Jabrayil: a city regained"], ["• 4-10-2021, 08:43"], ["• 502"], ["Jabrayil: a city regained"],
      ["One year has passed since the liberation of the city of Jabrayil."],
      ["The army took the city on October 4, a week after the counteroffensive began on September 27."]], "en",
     ("2021-10-04", [("4-10-2021, 08:43", "2021-10-04T08:43"), ("One year", "P1Y"), ("October 4", "2020-10-04"),
                     ("a week", "P1W"), ("September 27", "2020-09-27")])),
    ([["Cəbrayılın azad edilməsinin 1 ili"], ["• 4-10-2021, 08:43"], ["• 502"], ["Cəbrayılın azad edilməsinin 1 ili"],
      ["Cəbrayıl şəhərinin işğaldan azad edilməsindən 1 il ötür."],
      ["Ordunun sentyabrın 27-də başladığı əks-hücum nəticəsində oktyabrın 4-də şəhər azad edilib."]], "az",
     ("2021-10-04", [("4-10-2021", "2021-10-04"), ("08:43", "2021-10-04T08:43"), ("1 il", "P1Y"),
                     ("sentyabrın 27-də", "2020-09-27"), ("oktyabrın 4-də", "2020-10-04")])),
    # ... a count far below the lead still dates nothing
    ([["Title of the piece"], ["• 4-10-2021, 08:43"], ["The army took the city on October 4."], ["Calm."], ["Calm."],
      ["One year has passed since then."]], "en",
     ("2021-10-04", [("4-10-2021, 08:43", "2021-10-04T08:43"), ("October 4", "2021-10-04"), ("One year", "P1Y")])),
])
def test_a_lead_after_lines_of_no_prose_still_counts_the_piece_s_years(document, language, expected):
    assert dated(document, language) == expected


@pytest.mark.parametrize(("document", "expected"), [
    # an undated news text: its lead tells the news's day, a paragraph the history behind it, and the next
    # paragraph's day returns to the news
    ([["The authorities agreed to lay down their arms.", "The fire was to stop at 13:00 on September 20, 2023."],
      ["- In 1991, the region declared its independence."],
      ["- On September 19, the ministry announced the operation."]],
     [("13:00 on September 20, 2023", "2023-09-20T13:00"), ("1991", "1991"), ("September 19", "2023-09-19")]),
    # ... a day after the lead's is no return to it: the history's year goes on
    ([["The authorities agreed to lay down their arms.", "The fire was to stop at 13:00 on September 20, 2023."],
      ["- In 1991, the region declared its independence."],
      ["- On December 10, the parliament met."]],
     [("13:00 on September 20, 2023", "2023-09-20T13:00"), ("1991", "1991"), ("December 10", "1991-12-10")]),
    # ... nor is a day in the history's own paragraph
    ([["The authorities agreed to lay down their arms.", "The fire was to stop at 13:00 on September 20, 2023."],
      ["- In 1991, the region declared its independence. On September 2, its council met."]],
     [("13:00 on September 20, 2023", "2023-09-20T13:00"), ("1991", "1991"), ("September 2", "1991-09-02")]),
    # a chronicle that opens with its history and goes on in it keeps the history's year
    ([["In 1992, the war reached the district."], ["On May 8, the town fell."]], [("1992", "1992"), ("May 8", "1992-05-08")]),
])
def test_an_undated_news_text_returns_from_its_history_to_its_lead_s_year(document, expected):
    assert dated(document)[1] == expected


@pytest.mark.parametrize(("document", "expected"), [
    # the clause's year written after the day: the sentence's, before the story's
    ([["The village was held from 11 April 1994 until 3 October 2020."], ["It was attacked on 2 April and taken on 5 April 2016."]],
     [("11 April 1994 until 3 October 2020", "1994-04-11/2020-10-03"), ("2 April", "2016-04-02"), ("5 April 2016", "2016-04-05")]),
    # ... not a later day in the calendar, nor a document's date, nor the start of what lasts, nor an aside
    ([["In 2016 the front flared up."], ["On 9 April the sides met to discuss the truce of 5 April 2016."]],
     [("2016", "2016"), ("9 April", "2016-04-09"), ("5 April 2016", "2016-04-05")]),
    ([["In 2020 the war began."], ["On 10 November they signed the statement of November 9, 2020."]],
     [("2020", "2020"), ("10 November", "2020-11-10"), ("November 9, 2020", "2020-11-09")]),
    ([["In 2016 the front flared up."], ["On 2 April the truce in force since 12 May 1994 broke down."]],
     [("2016", "2016"), ("2 April", "2016-04-02"), ("12 May 1994", "1994-05-12")]),
    ([["In 2020 the war began."], ["On 4 October the army took Jabrayil, which had been occupied on 23 August 1993."]],
     [("2020", "2020"), ("4 October", "2020-10-04"), ("23 August 1993", "1993-08-23")]),
    # ... nor the same day written again with its year: another year's, remembered
    ([["In 2022 the country marked the day."], ["On September 27 it remembered the war begun on September 27, 2020."]],
     [("2022", "2022"), ("September 27", "2022-09-27"), ("September 27, 2020", "2020-09-27")]),
])
def test_a_day_takes_the_year_its_clause_writes_after_it(document, expected):
    assert dated(document)[1] == expected


@pytest.mark.parametrize(("document", "expected"), [
    # a year that dates a thing opening its sentence moves no story: the days after it keep no year of it
    ([["The 1994 ceasefire agreement left the border lightly guarded."], ["On July 2 soldiers opened fire near Gazakh."]],
     [("1994", "1994"), ("July 2", "XXXX-07-02")]),
    ([["The border had been calm since the 1994 ceasefire."], ["On March 4 a village was shelled."]],
     [("1994", "1994"), ("March 4", "XXXX-03-04")]),
    # a year told as the clause's time still does
    ([["The truce was signed in 1994."], ["On July 2 soldiers opened fire near Gazakh."]],
     [("1994", "1994"), ("July 2", "1994-07-02")]),
])
def test_a_year_that_dates_a_thing_gives_no_year_to_other_days(document, expected):
    assert dated(document)[1] == expected


@pytest.mark.parametrize(("document", "expected"), [
    # an undated anniversary piece counts its years from the event its lead names: the text writes that day without
    # a year ("liberated ... on October 4"), so the occupation it dates is no anchor of the count, and the piece
    # has no date
    ([["Three years since the liberation of Jabrayil"], ["Jabrayil was liberated from occupation on October 4."],
      ["The district had been occupied on August 23, 1993."]], None),
    # ... the event's own day, dated, is: the occupation counted, 22 years on
    ([["22 years pass since occupation of Kalbajar"], ["Kalbajar was occupied after long battles on April 2, 1993."]],
     "2015-04-02"),
    ([["The 30th anniversary of the siege was marked on Thursday."], ["Its first shells fell on March 1, 1992."],
      ["The siege began on March 3, 1992."]], "2022-03-03"),
    # ... and a lead whose event no sentence tells by a day still counts from the first day the text tells
    ([["The 30th anniversary of the tragedy was marked on Thursday."], ["Hundreds were killed on February 26, 1992."]],
     "2022-02-26"),
])
def test_an_anniversary_counts_the_years_of_the_event_its_lead_names(document, expected):
    assert dated(document)[0] == expected


@pytest.fixture(scope="module")
def reference() -> tuple[Gazetteer, WarCatalog]:
    return Gazetteer.load(ROOT / "corpus" / "gazetteer"), WarCatalog.load(ROOT / "corpus" / "wars.yaml")


def filed(name: str, reference) -> list[tuple[str, str, tuple[str, ...]]]:
    """(phrase, value, the sentence's wars) of every day, month or year of an undated fixture, in reading order."""
    text = (FIXTURES / name).read_text(encoding="utf-8")
    raw = RawSource("t", f"{name}", "0" * 64, SourceMeta(language="en"), tuple(ingest.text_blocks(text)), "txt")
    processed = pipeline.process(raw, *reference)
    facts = [processed.facts[(processed.source.id, s.id)] for p in processed.source.paragraphs for s in p.sentences]
    return [(m.text, m.value, f.filed_wars) for f in facts for m in f.dates if m.type == "DATE"]


@pytest.mark.parametrize(("name", "expected"), [
    # an explainer of the April 2016 fighting whose only year is the 1994 ceasefire's: the places fought over in
    # April 2016 date its days, and the ceasefire agreed in Moscow goes on in their year
    ("background_ceasefire.txt", [
        ("1994", "1994", (FIRST,)), ("April 2", "2016-04-02", (APRIL,)), ("April 5", "2016-04-05", (APRIL,)),
        ("April 8", "2016-04-08", (APRIL,))]),
    # an anniversary of a liberation that names the 44-day war and dates the occupation: the war's year
    ("liberation_anniversary.txt", [
        ("October 4", "2020-10-04", (SECOND,)), ("September 27", "2020-09-27", (SECOND,)),
        ("August 23, 1993", "1993-08-23", (FIRST,))]),
    # a place freed from an occupation the text dates: the later fight the catalogue knows there on that day
    ("liberated_after_occupation.txt", [("1993", "1993", (FIRST,)), ("October 3", "2020-10-03", (SECOND,))]),
    # a day the sentence tells as one of the war it names
    ("war_named_in_sentence.txt", [("May 8, 1992", "1992-05-08", (FIRST,)), ("November 8", "2020-11-08", (SECOND,))]),
    # an undated news text back from its history aside to its lead's year
    ("news_history_aside.txt", [
        ("September 21", "2023-09-21", ("2023-azerbaijani-offensive",)),
        ("1991", "1991", (FIRST,)), ("1994", "1994", (FIRST,)),
        ("September 19", "2023-09-19", ("2023-azerbaijani-offensive",))]),
    # an anniversary page whose lead stands below its stamps (the stamp itself is a time, and dates the page)
    ("stamped_anniversary.txt", [("October 4", "2020-10-04", (SECOND,)), ("September 27", "2020-09-27", (SECOND,))]),
    # an encyclopedia page's footnoted sentences date no page: its season is the story's
    ("footnoted_village.txt", [
        ("11 April 1994", "1994-04-11", (FIRST,)), ("2 April 2016", "2016-04-02", (APRIL,)), ("summer", "2016-SU", ("interwar",))]),
    # the clause's year written after its day
    ("clause_year.txt", [
        ("11 April 1994 until 3 October 2020", "1994-04-11/2020-10-03", (APRIL,)), ("2 April", "2016-04-02", (APRIL,)),
        ("5 April 2016", "2016-04-05", (APRIL,))]),
    # the ceasefire's year dates the ceasefire: a border incident told without a year keeps none
    ("ceasefire_as_a_thing.txt", [
        ("1994", "1994", ("interwar",)), ("July 2", "XXXX-07-02", ("interwar",)), ("July 4", "XXXX-07-04", ("interwar",))]),
])
def test_an_undated_text_dates_its_days_in_their_period(name, expected, reference):
    assert filed(name, reference) == expected


def test_every_fixture_has_its_row():
    rows = {"background_ceasefire.txt", "liberation_anniversary.txt", "liberated_after_occupation.txt",
            "war_named_in_sentence.txt", "news_history_aside.txt", "stamped_anniversary.txt", "footnoted_village.txt",
            "clause_year.txt", "ceasefire_as_a_thing.txt"}
    assert {p.name for p in FIXTURES.glob("*.txt")} == rows


def test_the_document_date_stays_what_a_dated_text_says():
    """A dated text keeps its date's years: the history aside rule is an undated text's."""
    document = [["The fire was to stop on September 20."], ["- In 1991, the region declared its independence."],
                ["- On September 19, the ministry announced the operation."]]
    assert dated(document, document_date=dt.date(2023, 9, 21))[1] == [
        ("September 20", "2023-09-20"), ("1991", "1991"), ("September 19", "2023-09-19")]
