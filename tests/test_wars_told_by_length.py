"""Commentary names a war by how long it lasted ("a bloody six-week war", "six weeks of bloodshed") or by its
place in the order of the wars ("the first war between the two sides"): either tells which war of the
catalogue it is, as its name would (issue 13, class 8)."""

from __future__ import annotations

import datetime as dt
import pathlib

import pytest

from chronicle.extract.dates import tag_document as tag_dates
from chronicle.extract.war_names import find_names, matcher_for
from chronicle.extract.wars import tag_document
from chronicle.wars import WarCatalog

ROOT = pathlib.Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def catalog() -> WarCatalog:
    return WarCatalog.load(ROOT / "corpus" / "wars.yaml")


@pytest.mark.parametrize("sentence, names", [
    # a length that fits one war (within one unit of its span)
    ("A bloody six-week war pushed the army out of the district.", {"six-week war": "second-nagorno-karabakh-war"}),
    ("Six weeks of bloodshed claimed thousands of lives.", {"Six weeks of bloodshed": "second-nagorno-karabakh-war"}),
    ("The 45-day conflict ended in November.", {"45-day conflict": "second-nagorno-karabakh-war"}),
    ("It was a two-day war.", {"two-day war": "2023-azerbaijani-offensive"}),
    ("The offensive followed a brutal nine-month blockade.", {"nine-month blockade": "blockade-of-nagorno-karabakh"}),
    ("Ten months of blockade emptied the shops.", {"Ten months of blockade": "blockade-of-nagorno-karabakh"}),
    # a length no war had, or a length of something else
    ("A two-week blockade of the road was feared.", {}),
    # no number, no length: the noun is read as it is named ("blockade": the one the text's time says)
    ("Shops ran short of fuel after a months-long blockade.", {"blockade": "blockade-of-nagorno-karabakh"}),
    ("Shops ran short of fuel after a month-long blockade.", {"blockade": "blockade-of-nagorno-karabakh"}),
    ("The region was cut off by a weeks-long war.", {}),
    ("A ten-week war was feared.", {}),
    ("Six weeks of talks followed.", {}),
    # the order of the wars
    ("Azeris fled the first war between the post-Soviet republics.", {"first war": "first-nagorno-karabakh-war"}),
    ("Then came the second war, shorter and deadlier.", {"second war": "second-nagorno-karabakh-war"}),
    ("Residents feared a third full-scale war.", {"third full-scale war": "2023-azerbaijani-offensive"}),
    # an ordinal of something else
    ("The first war crimes trial opened.", {}),
    ("His grandfather fought in the First World War.", {}),
])
def test_a_war_told_by_length_or_order_is_named(catalog, sentence, names):
    found = find_names(sentence, matcher_for(catalog), catalog)
    assert {n.text: n.means[0] for n in found} == names


@pytest.mark.parametrize("sentence, filed", [
    # the length of the events the sentence dates, outside the war of that length: not that war
    ("Eight were killed on 1 August 2014 after three days of sporadic fighting.", ("interwar",)),
    ("On 4 April 2016, after two days of fighting, a truce was agreed.", ("2016-april-clashes",)),
    # the length of the war that holds its days, or with no day to say otherwise: the war
    ("On 20 September 2023, after two days of fighting, the defenders laid down arms.", ("2023-azerbaijani-offensive",)),
    ("A bloody six-week war pushed the army out of the district.", ("second-nagorno-karabakh-war",)),
])
def test_a_length_names_a_war_only_if_that_war_holds_the_sentences_days(catalog, sentence, filed):
    paragraphs = [[sentence]]
    wars = tag_document(paragraphs, tag_dates(paragraphs), catalog)
    assert wars.filed == [[filed]]


@pytest.mark.parametrize("published, filed", [
    # a length without a number says no war: the blockade named is the one of the text's time
    ("2023-09-26", ("blockade-of-nagorno-karabakh",)),
    ("1992-06-01", ("first-nagorno-karabakh-war",)),
])
def test_a_length_without_a_number_leaves_the_name_to_the_texts_time(catalog, published, filed):
    paragraphs = [["Petrol ran short in the town after a months-long blockade."]]
    day = dt.date.fromisoformat(published)
    wars = tag_document(paragraphs, tag_dates(paragraphs, document_date=day), catalog, document_date=day)
    assert wars.filed == [[filed]]
