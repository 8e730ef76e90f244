"""A claim the sentence denies places no event (``placedenied``): a chronology's entry that quotes one side's
claim and calls it false, or tells that the other side refuted it, names the claimed place without an event there.

The sentences are written for these tests in the shape of ministry digests and day-by-day chronicles; none is
quoted from a source.
"""

from __future__ import annotations

import pathlib

import pytest

from chronicle.extract.placedenied import denied
from chronicle.extract.places import filing_districts, tag_document
from chronicle.gazetteer import Gazetteer

DATA = pathlib.Path(__file__).resolve().parent.parent / "corpus" / "gazetteer"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load(DATA)


@pytest.mark.parametrize("before, after, expected", [
    # a claim called false after the name
    ("The claim of the other side that its artillery allegedly struck the town of ", " is absolutely false.", True),
    ("Reports that rockets were fired at ", " overnight are groundless.", True),
    ("Информация о якобы обстреле села ", " является безосновательной и ложной.", True),
    # a denial before the claim
    ("The ministry denied reports that its units had shelled ", ".", True),
    ("The spokesman refuted the enemy's claims about an attack on ", ".", True),
    ("Baku spread a false allegation about the shelling of ", ".", True),
    ("Министерство опровергло сообщения о том, что был обстрелян ", " район.", True),
    # a claim only reported, or a name outside the denied claim, keeps its reading
    ("The ministry said its artillery struck ", ".", False),
    ("The ministry said reports of shelling in ", " were confirmed.", False),
    ("Yerevan denied that its troops fired first, while shells hit ", " overnight.", False),
    ("Shells hit ", " overnight; the enemy called the reports false.", False),
    ("Министерство опровергло эти сообщения, однако обстрел продолжился в ", ".", False),
])
def test_denied_claims(before, after, expected):
    assert denied(before, after) is expected


@pytest.mark.parametrize("sentence, expected", [
    ("The statement of the defence ministry that our army allegedly hit the town of Barda is groundless.", ()),
    ("The ministry rejected reports that its units had shelled Tartar.", ()),
    ("The ministry rejected reports that its units had shelled Tartar, but shells hit Aghdam overnight.", ("AZ-AGM",)),
    ("Azerbaijan said Armenian forces shelled Tartar.", ("AZ-TAR",)),
])
def test_a_denied_claim_files_no_district(gazetteer, sentence, expected):
    assert filing_districts(tag_document([[sentence]], gazetteer).mentions[0][0]) == expected
