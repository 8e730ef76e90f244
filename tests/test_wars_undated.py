"""A text that gives no day of its own: where its period comes from when neither a title, a dated day,
the document's date nor a war's name says it (issue 13, wars3).

Years that date no reported event ("in the course of 2012", beside a verb the fighting cues do not know)
still tell when a report of fighting is set; a report of a broken truce with no year at all is set in the
years between the wars, the only time a truce held to be broken. A text that reports no fighting keeps its
years to themselves (tests/test_wars_fighting.py). A report of days it gives no year for (and no document
date gives one) is news set after every year it tells: "On 13 September units opened fire ... the two last
fought a full-scale war in 2020" is of the years after that war. The year beside a war's name dates the
name, and votes as the name does.
"""

from __future__ import annotations

import datetime as dt
import pathlib

import pytest

from chronicle.extract.dates import tag_document as tag_dates
from chronicle.extract.war_periods import news_span
from chronicle.extract.wars import tag_document
from chronicle.wars import WarCatalog

CATALOG = WarCatalog.load(pathlib.Path(__file__).resolve().parents[1] / "corpus" / "wars.yaml")
BETWEEN, FIRST, SECOND = "interwar", "first-nagorno-karabakh-war", "second-nagorno-karabakh-war"


def filed(paragraphs: list[list[str]]) -> list[tuple[str, ...]]:
    wars = tag_document(paragraphs, tag_dates(paragraphs), CATALOG)
    return [s for paragraph in wars.filed for s in paragraph]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a report of fighting whose only years date no event it reports: the years still set it
        ([["Two soldiers were killed on Tuesday."], ["Snipers shot two men dead in the course of 2012."]],
         [(BETWEEN,), (BETWEEN,)]),
        ([["Бойцы погибли во вторник."], ["Снайперы застрелили двоих в течение 2011 года."]],
         [(BETWEEN,), (BETWEEN,)]),
        # no year, no name, no date of the document: a broken truce is the years between the wars
        ([["A soldier was killed on Friday."], ["The army said the ceasefire violations went on all night."]],
         [(BETWEEN,), (BETWEEN,)]),
        ([["Truce violations were reported in the east."], ["Six servicemen were wounded late on Thursday."]],
         [(BETWEEN,), (BETWEEN,)]),
        ([["Армия сообщила о нарушении режима перемирия."]], [(BETWEEN,)]),
        # a report of fighting with neither: no period
        ([["A soldier was killed on Friday."]], [()]),
        # years beside no fighting in a text that reports none: nothing (a district's founding is no war's)
        ([["The district was formed in 1991."], ["A new school opened in 1993."]], [(), ()]),
        # days with no year before background years: the news comes after them
        ([["On 13 September, at 00:05, units opened fire at the positions."],
          ["The two countries last fought the war between each other in 2020."]], [(BETWEEN,), (SECOND,)]),
        # ... a war told to the reader ("a full-scale war") is background that files nothing: the news's time
        ([["On 13 September, at 00:05, units opened fire at the positions."],
          ["The two countries last fought a full-scale war between each other in 2020."]], [(BETWEEN,), (BETWEEN,)]),
        # (the period of the day after the latest year: the war still went on in 1994)
        ([["Two soldiers were killed on Tuesday."], ["The fighting over the region was at its heaviest in 1993."]],
         [(FIRST,), (FIRST,)]),
        # days of no fighting with no year (a resettlement) leave the years their own period
        ([["On July 25 ten families were resettled in the village."], ["The occupation was ended in 2020."]],
         [(SECOND,), (SECOND,)]),
        # the background of such news may be a year that dates no event, or part of a decade
        ([["Subsequent clashes in May killed three."], ["The two fought the war of the early 1990s."],
          ["Tensions escalated throughout 2022."]], [("blockade-of-nagorno-karabakh",), (FIRST,), ("blockade-of-nagorno-karabakh",)]),
        # ... a war told to the reader ("a full-scale war") files nothing of its own: it is told in the news's time
        ([["Subsequent clashes in May killed three."], ["The region broke away in a full-scale war in the early 1990s."],
          ["Tensions escalated throughout 2022."]], [("blockade-of-nagorno-karabakh",)] * 3),
        # the year of a named war glosses the name, a passing mention: it does not set the report's time
        ([["The blockade of the corridor went on."], ["Her house was shelled in the Second Karabakh War in 2020."],
          ["Most shops in the town were shelled and have stayed closed for months."]],
         [("blockade-of-nagorno-karabakh",), (SECOND,), ("blockade-of-nagorno-karabakh",)]),
        # a year before the day gives the day its year: a narrative of that year, not news after it
        ([["In 1992 the fighting reached the town."], ["On 12 May the town fell."]], [(FIRST,), (FIRST,)]),
        # an undated report of fighting told first, then its background's years, then the state of the time of writing
        # ("are currently holding talks"): news of that time, after every year the background tells
        ([["Units opened fire on the positions near the village."], ["The war began in 1988."],
          ["In 1992 the forces occupied the region."], ["A ceasefire was signed in 1994."],
          ["The mediators are currently holding talks."]],
         [(BETWEEN,), (FIRST,), (FIRST,), (BETWEEN,), (BETWEEN,)]),
        # ... not without that present: a retrospective that dates its fighting later keeps the years' period
        ([["Units opened fire on the positions near the village."], ["The war began in 1988."],
          ["In 1992 the forces occupied the region."]], [(FIRST,), (FIRST,), (FIRST,)]),
        # days with no year told after a war the text names as the start of its time: news after that war
        ([["The September 13 assaults began after midnight."],
          ["Mines were laid in areas ceded to Azerbaijan after the 2020 Karabakh war."]], [(BETWEEN,), (BETWEEN,)]),
        # the years of events it reports still outrank a broken truce
        ([["The ceasefire was violated as troops attacked in 1992."]], [(FIRST,)]),
    ],
)
def test_an_undated_report_takes_its_period_from_what_it_tells(paragraphs, expected) -> None:
    assert filed(paragraphs) == expected


@pytest.mark.parametrize(
    "lo, hi, news",
    [
        ("2020-09-27", "2020-11-10", True),  # days of a war
        ("2020-10-01", "2020-10-31", True),  # a month
        ("2020-09-01", "2020-11-30", True),  # a season
        ("2020-09-01", "2020-12-31", False),  # late 2020
        ("1994-01-01", "1994-12-31", False),  # a year
        ("1990-01-01", "1993-05-02", False),  # the early 1990s, cut where the war's catalogue span ends
        ("2022-12-12", "2023-09-19", True),  # a run of days under a year: the blockade's
    ],
)
def test_news_is_told_in_days_months_and_seasons(lo: str, hi: str, news: bool) -> None:
    assert news_span(dt.date.fromisoformat(lo), dt.date.fromisoformat(hi)) is news
