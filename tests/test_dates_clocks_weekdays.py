"""Clock times and weekdays of English reports, one row per shape (sentences written here in the shapes of real ones).

Spans of the clock ("between 05:54 and 10:52 pm on November 17"), the four-digit times of military reports
("on December 15 at 0815", "from 1750 to 2245"), hours told by name ("just after midnight") and the weekdays
that fix the year of the day they stand beside ("Tuesday (19 September)").
"""

from __future__ import annotations

import datetime as dt
import pathlib

import pytest

from chronicle.extract.dates import tag_with_date
from chronicle.extract.timex.label import describe
from chronicle.extract.war_names import war_spans
from chronicle.model import DateMention
from chronicle.wars import WarCatalog

CATALOG = WarCatalog.load(pathlib.Path(__file__).resolve().parents[1] / "corpus" / "wars.yaml")


def read(paragraphs: list[list[str]], document_date: dt.date | None) -> list[tuple[str, str]]:
    """(text, value) of every mention, read as the pipeline reads them (with the catalogue's wars)."""
    found, _ = tag_with_date(paragraphs, document_date=document_date, wars=war_spans(CATALOG))
    return [(m.text, m.value) for paragraph in found for sentence in paragraph for m in sentence]


CLOCKS = [
    # a span of the clock is one time: the end's "pm" is the start's too when that keeps the start first
    ([["The posts came under fire between 05:54 and 10:52 pm on November 17."]], dt.date(2021, 11, 18),
     [("05:54 and 10:52 pm on November 17", "2021-11-17T17:54/2021-11-17T22:52")]),
    ([["The posts came under fire between 05:00 pm and 05:30 pm on June 11."]], dt.date(2021, 6, 12),
     [("05:00 pm and 05:30 pm on June 11", "2021-06-11T17:00/2021-06-11T17:30")]),
    ([["The shelling lasted from 11:00 to 1 pm on May 3."]], dt.date(2021, 5, 4),
     [("11:00 to 1 pm on May 3", "2021-05-03T11:00/2021-05-03T13:00")]),
    ([["On 5 May 2020 the village was shelled between 5 and 7 pm."]], None,
     [("5 May 2020", "2020-05-05"), ("5 and 7 pm", "2020-05-05T17:00/2020-05-05T19:00")]),
    # the day the sentence wrote before its clocks, or after them; a span past midnight ends the next day
    ([["On 1 April 2022, from 22:00 to 02:20, the posts were fired at."]], None,
     [("1 April 2022", "2022-04-01"), ("22:00 to 02:20", "2022-04-01T22:00/2022-04-02T02:20")]),
    ([["Starting from 21:30 on March 8 to 04:15 on March 9, 2023, the posts were fired at 23 times."]], None,
     [("21:30 on March 8 to 04:15 on March 9, 2023", "2023-03-08T21:30/2023-03-09T04:15")]),
    # military reports write four digits: after the day their clause opens with, or where no year can be meant
    ([["On December 14, 2022, starting from 1750 to 2245, the units shelled the posts."],
      ["Moreover, on December 15 at 0815, the posts were fired at."]], None,
     [("December 14, 2022", "2022-12-14"), ("1750 to 2245", "2022-12-14T17:50/2022-12-14T22:45"),
      ("December 15 at 0815", "2022-12-15T08:15")]),
    ([["The forces on Tuesday (19 September 2023) around 1300 local time launched an operation."]], None,
     [("Tuesday (19 September 2023)", "2023-09-19"), ("around 1300", "2023-09-19T13:00")]),
    ([["The village was shelled from 2300 to 0100 on 3 May 2016."]], None,
     [("2300 to 0100 on 3 May 2016", "2016-05-03T23:00/2016-05-04T01:00")]),
    # hours told by name: midnight as the day's start, noon
    ([["The September 13, 2022 assaults began just after midnight.", "Since midnight, reports came in."],
      ["Before midnight it had stopped."]], None,
     [("September 13, 2022", "2022-09-13"), ("midnight", "2022-09-13T00:00"), ("midnight", "2022-09-13T00:00")]),
    ([["The truce took effect at noon on 10 October 2020."]], None, [("noon on 10 October 2020", "2020-10-10T12:00")]),
    # the hours across two days, from the end of one to the start of the next: both days
    ([["The posts came under fire from late March 13 - early March 14, 2023, the ministry said."]], None,
     [("late March 13 - early March 14, 2023", "2023-03-13/2023-03-14")]),
    ([["Late on March 13, 2023 the village was shelled."]], None, [("March 13, 2023", "2023-03-13")]),
    # four digits that are years or counts, though the clause tells its day
    ([["On May 9, 2020, veterans who fought from 1941 to 1945 marched."]], None,
     [("May 9, 2020", "2020-05-09"), ("1941 to 1945", "1941/1945")]),
    ([["On 5 May 2020, around 2000 people left and at 1500 metres the road closed."]], None,
     [("5 May 2020", "2020-05-05")]),
]


@pytest.mark.parametrize(("paragraphs", "document_date", "expected"), CLOCKS)
def test_clocks(paragraphs, document_date, expected):
    assert read(paragraphs, document_date) == expected


WEEKDAYS = [
    # a weekday beside a day whose year is inferred: the nearest year in which they agree (June 11 was a Friday
    # in 2021, not in 2022, the document's year)
    ([["The post was shelled on Friday, June 11, the ministry said."]], dt.date(2022, 7, 1),
     [("Friday, June 11", "2021-06-11")]),
    ([["The post was shelled on Saturday, June 11, the ministry said."]], dt.date(2022, 7, 1),
     [("Saturday, June 11", "2022-06-11")]),
    # an undated report whose lead tells its day by the weekday beside the day: the year the text allows in which
    # they agree (the war of weeks fought on 19 September: 2023) is the report's, and its "last night" the one before
    ([["Army launches an operation (Updated)"],
      ["The army on Tuesday (19 September) around 1300 local time launched an operation.",
       "Officials said an incident last night killed two."], ["In its statement on Tuesday morning, the ministry spoke."]],
     None,
     [("Tuesday (19 September)", "2023-09-19"), ("around 1300", "2023-09-19T13:00"), ("last night", "2023-09-18TNI"),
      ("Tuesday morning", "2023-09-19TMO")]),
    # ... or by the weekday of its lead and the day the statement it quotes gives: a report is written after the
    # last day it tells (9 November 2020), and June 11 of 2021 was a Friday
    ([["(Agency) - Troops fired at the posts again, the ministry said in a statement on Friday."],
      ["\u201cThe posts came under fire between 05:00 pm and 05:30 pm on June 11,\u201d the statement reads."],
      ["The ministry said earlier on Friday that the posts had come under fire starting at 01:45 pm."],
      ["Clashes broke out on September 27, 2020. A ceasefire was signed on November 9, 2020."]],
     None,
     [("Friday", "2021-06-11"), ("05:00 pm and 05:30 pm on June 11", "2021-06-11T17:00/2021-06-11T17:30"),
      ("Friday", "2021-06-11"), ("01:45 pm", "2021-06-11T13:45"), ("September 27, 2020", "2020-09-27"),
      ("November 9, 2020", "2020-11-09")]),
]


@pytest.mark.parametrize(("paragraphs", "document_date", "expected"), WEEKDAYS)
def test_weekdays(paragraphs, document_date, expected):
    assert read(paragraphs, document_date) == expected


def test_a_lead_whose_weekday_fits_no_year_of_its_day_leaves_the_report_undated():
    """The weekday of the lead and the day of the statement were not one day: June 10 of 2021 was a Thursday."""
    paragraphs = [["Troops fired at the posts, the ministry said in a statement on Friday."],
                  ["\u201cThe posts came under fire on June 10,\u201d the statement reads."],
                  ["Clashes broke out on September 27, 2020. A ceasefire was signed on November 9, 2020."]]
    assert tag_with_date(paragraphs, wars=war_spans(CATALOG))[1] is None


RELATIVE = [
    # "around the same time": the day of what the narrative just told; a bare "at the same time" joins statements
    ([["On 17 October 2020 a missile hit the city."], ["Another strike around the same time hit a second town."],
      ["At the same time, the ministry said it would respond."]], None,
     [("17 October 2020", "2020-10-17"), ("around the same time", "2020-10-17")]),
    # clocks told after a day the text gives no year keep that day, still without its year
    ([["On December 14, starting from 1750 to 2245, the units shelled the posts."]], None,
     [("December 14", "XXXX-12-14"), ("1750 to 2245", "XXXX-12-14T17:50/XXXX-12-14T22:45")]),
    ([["On October 17 a missile hit the town."], ["The same day another hit a second town at 09:00."]], None,
     [("October 17", "XXXX-10-17"), ("same day", "XXXX-10-17"), ("09:00", "XXXX-10-17T09:00")]),
    # a page's calendar line above its title tells the day it was read; the stamp under the title, with its hour
    # (written inside its day), the day of the report its "yesterday" counts from
    ([["Saturday July 27 2024"], ["Army frees the city"], ["4 October 2020 16:53 (UTC+04:00)"],
      ["\u201cYesterday, our settlement was freed,\u201d the president said."]], None,
     [("Saturday July 27 2024", "2024-07-27"), ("4 October 2020 16:53", "2020-10-04T16:53"),
      ("Yesterday", "2020-10-03")]),
]


@pytest.mark.parametrize(("paragraphs", "document_date", "expected"), RELATIVE)
def test_relative_days(paragraphs, document_date, expected):
    assert read(paragraphs, document_date) == expected


@pytest.mark.parametrize(
    ("value", "label"),
    [
        ("2021-06-11T17:00/2021-06-11T17:30", "17:00 to 17:30 on 11 June 2021"),
        ("2022-04-01T22:00/2022-04-02T02:20", "22:00 on 1 April 2022 to 02:20 on 2 April 2022"),
    ],
)
def test_a_span_of_the_clock_is_labelled_with_its_day(value, label):
    assert describe(DateMention(0, 0, "", value, "TIME", precision="day")) == label
