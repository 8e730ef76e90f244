"""Wars of sentences in texts told after the fact: commemorations, datelines, headlines, new names.

Each row is a paragraph written in the shape of a real report; its dates are
read by the date tagger, so a row checks what a reader of the whole text gets.
"""

from __future__ import annotations

import datetime as dt
import pathlib

import pytest

from chronicle.extract.dates import tag_document as tag_dates
from chronicle.extract.wars import tag_document
from chronicle.wars import WarCatalog

CATALOG = WarCatalog.load(pathlib.Path(__file__).resolve().parents[1] / "corpus" / "wars.yaml")
FIRST, SECOND, APRIL = "first-nagorno-karabakh-war", "second-nagorno-karabakh-war", "2016-april-clashes"
OFFENSIVE = "2023-azerbaijani-offensive"


def filed(paragraphs: list[list[str]], published: str) -> list[tuple[str, ...]]:
    """The wars each sentence files under, in reading order."""
    day = dt.date.fromisoformat(published)
    dates = tag_dates(paragraphs, document_date=day)
    wars = tag_document(paragraphs, dates, CATALOG, document_date=day)
    return [s for paragraph in wars.filed for s in paragraph]


@pytest.mark.parametrize(
    "paragraphs, published, expected",
    [
        # a commemoration on the day it is told files under the war it remembers, not under its own day
        (
            [["The minister laid flowers on April 2 in memory of the victims of the 2016 April war."]],
            "2021-04-02",
            [(APRIL,)],
        ),
        # a wire dateline gives the report's day, not an event's: the sentence takes its paragraph's war
        (
            [["BAKU, MAY 8, AZERTAC.", "The city was occupied by Armenian forces on this day in 1992."]],
            "2021-05-08",
            [(FIRST,), (FIRST,)],
        ),
        # the day an anniversary falls on does not hide the fighting year told beside it
        ([["May 8 marks the anniversary of the town's occupation by Armenian forces in 1992."]], "2021-05-08", [(FIRST,)]),
        # a live blog's entry headline reports fighting even where it names no district; a short label does not
        (
            [["Shelling was reported on October 6, 2020."], ["Capital of Self-Proclaimed Republic Comes Under Artillery Fire Again"],
             ["Several Explosions Heard Across the Capital as Sirens Sound"], ["Casualties and losses"]],
            "2020-10-07",
            [(SECOND,), (SECOND,), (SECOND,), ()],
        ),
        # "today" restates the document's date and casts no vote for the document's period; two days after
        # the ceasefire, today and yesterday are the aftermath of the clashes the report tells
        (
            [["The attacks began on the night of April 1."], ["No shells fell today."], ["Yesterday a substation was hit."],
             ["Houses in the village were destroyed."]],
            "2016-04-07",
            [(APRIL,), (APRIL,), (APRIL,), (APRIL,)],
        ),
        # a newer war's ordinal name is not the first war's
        ([["Third Karabakh war unfolds as drones strike the town."]], "2023-09-20", [(OFFENSIVE,)]),
        # "the April war" names the clashes; its month is no date of the report's year
        ([["Veterans of the April war gathered in the capital."]], "2023-04-02", [(APRIL,)]),
    ],
)
def test_filed_wars(paragraphs, published, expected):
    assert filed(paragraphs, published) == expected



def filed_undated(paragraphs: list[list[str]]) -> list[tuple[str, ...]]:
    dates = tag_dates(paragraphs)
    return [s for paragraph in tag_document(paragraphs, dates, CATALOG).filed for s in paragraph]


INTERWAR = "interwar"


@pytest.mark.parametrize(
    "paragraphs, published, expected",
    [
        # the state at the time of writing ("has not yet", "currently") is no event the text reports: it takes its
        # time from the text as any sentence that tells none does, not the years it was written in (an anniversary
        # piece that closes on its district's displaced people, "at present", tells only the war it remembers)
        (
            [["Armenian forces took the town in 1993.", "A ceasefire agreement was signed in 1994."],
             ["Armenia has not yet withdrawn its forces from the district."]],
            None,
            [(FIRST,), (FIRST,), (FIRST,)],
        ),
        ([["The district was occupied by Armenian forces on 18 May 1992."],
          ["Currently, over 70,000 people of the district live as displaced persons in other regions."]], "2020-05-18",
         [(FIRST,), (FIRST,)]),
        ([["The district was occupied on 2 October 1992."], ["Its area was 1,458 square kilometres.",
          "At present, up to 13,000 of its residents live in other towns of the country."]], "2019-10-02",
         [(FIRST,), (FIRST,), (FIRST,)]),
        # a present that follows the news of the text's own days takes theirs, as before
        ([["Two soldiers were killed on the line on Tuesday."], ["The talks are currently stalled."]], "2019-05-01",
         [(INTERWAR,), (INTERWAR,)]),
        # a sentence of the past takes its paragraph's war as before
        ([["Armenian forces took the town in 1993."], ["The mediators held talks."]], "2019-05-01", [(FIRST,), (FIRST,)]),
        # a present sentence that tells its own day keeps that day's period
        ([["Armenian forces took the town in 1993."], ["The mediators met on 3 May 2019 and are currently in Vienna."]],
         "2019-05-06", [(FIRST,), (INTERWAR,)]),
        # the present lends its time to no neighbour: the plundering told after it takes the war of the paragraph before
        ([["Armenian forces took the town in 1993."], ["The museum is currently closed.", "They plundered it."]],
         "2019-05-01", [(FIRST,), (FIRST,), (FIRST,)]),
        # nothing told, no time to take
        ([["The talks are currently stalled."]], None, [()]),
    ],
)
def test_the_state_at_the_time_of_writing(paragraphs, published, expected):
    assert (filed(paragraphs, published) if published else filed_undated(paragraphs)) == expected
