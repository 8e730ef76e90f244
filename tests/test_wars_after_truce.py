"""Wars of sentences that tell what went on despite a truce, or that it was broken: the time after the war it ended.

"Despite the ceasefire, clashes continued" in an overview written years later is
the matter of the time after the war, not of the war its paragraph tells. Each
row is a paragraph written in the shape of a real one (an explainer that runs
through the decades, a wire report of the war, a later war's report with its
background lines); its dates are read by the date tagger.
"""

from __future__ import annotations

import datetime as dt
import pathlib

import pytest

from chronicle.extract.dates import tag_document as tag_dates
from chronicle.extract.war_clauses import AFTER_TRUCE
from chronicle.extract.wars import tag_document
from chronicle.wars import WarCatalog

CATALOG = WarCatalog.load(pathlib.Path(__file__).resolve().parents[1] / "corpus" / "wars.yaml")
FIRST, SECOND, APRIL, BETWEEN = "first-nagorno-karabakh-war", "second-nagorno-karabakh-war", "2016-april-clashes", "interwar"


def filed(paragraphs: list[list[str]], published: str | None) -> list[tuple[str, ...]]:
    """The wars each sentence files under, in reading order."""
    day = dt.date.fromisoformat(published) if published else None
    dates = tag_dates(paragraphs, document_date=day)
    wars = tag_document(paragraphs, dates, CATALOG, document_date=day)
    return [s for paragraph in wars.filed for s in paragraph]


@pytest.mark.parametrize(
    "text, tells",
    [
        ("Despite the truce, sniper fire went on along the line.", True),
        ("Despite an official cease-fire signed in the spring, raids went on.", True),
        ("A ceasefire was agreed in May, but shelling of the border villages continued.", True),
        ("The sides signed a truce protocol, yet skirmishes periodically resume.", True),
        ("Raids persisted even after the armistice.", True),
        ("Обстрелы продолжались, несмотря на перемирие.", True),
        # a truce and no continuation; a war that began, not one a truce ended; truces that did not hold
        ("The ceasefire was signed in the capital.", False),
        ("Shelling continued after the war began.", False),
        ("A number of truces were agreed, but none held for long.", False),
    ],
)
def test_what_went_on_despite_a_truce(text, tells):
    assert (AFTER_TRUCE.search(text) is not None) == tells


@pytest.mark.parametrize(
    "paragraphs, published, expected",
    [
        # an explainer written years later: what went on despite the truce that ended the 2020 war is the time after it
        (
            [["In October 2020 Azerbaijan retook the southern districts.",
              "A truce brokered by Moscow in November 2020 ended the fighting.",
              "Despite the truce, sporadic clashes continued."]],
            "2023-10-02",
            [(SECOND,), (SECOND,), (BETWEEN,)],
        ),
        # the war comes from the sentence before; the sentence's own flare-up keeps its period beside the years after
        (
            [["The war ended in a truce in 1994.",
              "Despite the truce, skirmishes went on for years, among them a four-day flare-up in April 2016."]],
            "2021-01-01",
            [(FIRST,), (APRIL, BETWEEN)],
        ),
        # an undated overview: the text was written after the latest day it tells
        (
            [["The first war ended with a ceasefire in May 1994.", "A truce was signed, but hostilities resumed."],
             ["In September 2023 Azerbaijan took the whole region."]],
            None,
            [(FIRST,), (BETWEEN,), ("2023-azerbaijani-offensive",)],
        ),
        # a report that the truce was broken, a year after the clashes it ended: the time after them
        (
            [["Violence erupted in the region on April 2, 2016.", "The sides signed a truce on April 5, 2016."],
             ["The ministry said troops violated the ceasefire regime 120 times in the last 24 hours."]],
            "2017-04-16",
            [(APRIL,), (APRIL,), (BETWEEN,)],
        ),
        # ... and the same report while the clashes went on: theirs
        (
            [["Violence erupted in the region on April 2.", "Troops violated the ceasefire regime 120 times overnight."]],
            "2016-04-04",
            [(APRIL,), (APRIL,)],
        ),
        # a report of the war itself: the war was not over when it was written
        (
            [["Despite the humanitarian truce, shelling of the town continued on Sunday."]],
            "2020-10-12",
            [(SECOND,)],
        ),
        # the sentence's own day lies inside the war: a truce of the war, broken in the war
        (
            [["Despite the humanitarian truce of 10 October 2020, shelling continued the next day."]],
            "2022-01-01",
            [(SECOND,)],
        ),
        # the week after the war's end is its aftermath
        (
            [["The war ended with the truce of 10 November 2020.", "Despite the truce, shots were heard in the hills."]],
            "2020-11-13",
            [(SECOND,), (SECOND,)],
        ),
        # a background line of a later war's report, dated by its own year, only links that war
        (
            [["Artillery hit the town on Tuesday."], ["In 1994 the sides signed a truce, but hostilities periodically resume."]],
            "2020-10-09",
            [(SECOND,), (FIRST,)],
        ),
    ],
)
def test_what_went_on_despite_a_truce_is_the_time_after_the_war(paragraphs, published, expected):
    assert filed(paragraphs, published) == expected
