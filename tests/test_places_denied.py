"""A place named inside an allegation the sentence calls false reports no event there (``placedenied``).

Official statements answer each other: one side's defence ministry reports fire from or at a village, the other's
calls the report "another disinformation". The sentences are written for these tests in the shape of such
statements and denials; none is quoted from a source.
"""

from __future__ import annotations

import pathlib

import pytest

from chronicle.extract.cuetext import Clues
from chronicle.extract.placedenied import denied
from chronicle.extract.places import filing_districts, tag_document
from chronicle.gazetteer import Gazetteer

DATA = pathlib.Path(__file__).resolve().parent.parent / "corpus" / "gazetteer"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load(DATA)


def _denied(sentence: str) -> bool:
    """The bracketed name's answer, with the whole sentence's clues."""
    before, rest = sentence.split("[")
    name, after = rest.split("]")
    return denied(before, after, Clues(before + name + after))


@pytest.mark.parametrize("sentence, expected", [
    # the verdict before the name: a false allegation, disinformation about, a denial and its object
    ("The other side spread an absolutely false allegation on the shelling of [Tartar] by our units.", True),
    ("The ministry called it groundless claims that our troops fired at [Aghdam] overnight.", True),
    ("This is disinformation about the alleged shelling of [Fuzuli].", True),
    ("The army command denied the report issued by the other side that its units fired at positions near [Sghnakh].", True),
    ("The ministry rejected the accusations that mortars were fired from [Khojavend] on Sunday.", True),
    ("Министерство опровергло сообщения противника о том, что из Тертера был обстрелян [Агдам].", True),
    ("Штаб опроверг информацию об обстреле [Физули].", True),
    # the verdict after it, the allegation opened by "the statement that", "claiming that" or "allegedly"
    ("The statement of the other ministry that our units fired at positions in [Shusha] is another disinformation.", True),
    ("Their claim that the army allegedly shelled [Lachin] is a lie.", True),
    ("Reports claiming that drones struck [Tartar] are absolutely false.", True),
    # the denial ends where the speaker tells what did happen instead
    ("The ministry denied the reports of shelling in Tartar, but said enemy units fired on [Aghdam].", False),
    ("Министерство опровергло сообщения о том, что обстрелян Тертер, однако признало бои у [Агдама].", False),
    ("The ministry denied the claim and accused the other side of shelling the Tartar and [Aghdam] regions.", False),
    ("Штаб опроверг эти сообщения и обвинил противника в обстреле [Агдама].", False),
    ("The ceasefire near Shusha was in fact violated by the enemy units themselves near [Khojavend].", False),
    # a report told as true, a denial of something else, a lie that is no verdict on the place
    ("Enemy units fired at [Tartar], the ministry said, and denied reports of losses.", False),
    ("Units shelled [Aghdam] on Sunday, the ministry reported.", False),
    ("The shelling of [Fuzuli] continued, and the other side's denials are false.", False),
    ("He said the ministry that reported fighting near [Lachin] is a reliable source.", False),
])
def test_a_name_inside_an_allegation_called_false_is_denied(sentence, expected):
    assert _denied(sentence) is expected


@pytest.mark.parametrize("paragraph, districts", [
    # a daily report's denial: the place of the alleged fire files nothing
    (["The statement of the Ministry of Defense that on Friday our units allegedly fired on a position located in "
      "Shusha city is another disinformation."], []),
    (["The Defense Army has denied the statement disseminated by the other ministry that at around 2am on Friday "
      "its units allegedly opened fire on positions located in Sghnakh village and near Shusha city."], []),
    # the reversed accusation in a sentence of its own keeps its place
    (["The Defense Army said the report that its units fired near Shusha is false.",
      "In fact, enemy units fired at the farmers of Khojavend district on Friday."], ["AZ-XVD"]),
    # a report told as true files its place as before
    (["On Friday enemy units fired on positions near Tartar, the ministry said."], ["AZ-TAR"]),
])
def test_a_denied_allegation_files_no_district(gazetteer, paragraph, districts):
    mentions = tag_document([paragraph], gazetteer, "en").mentions[0]
    assert sorted({d for sentence in mentions for d in filing_districts(sentence)}) == districts
