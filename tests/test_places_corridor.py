"""The Lachin corridor is a road through two districts, no district of its own (issue 13; the gold's convention,
../shared/eval/seeds-gold.yaml: regions spanning several rayons, the Lachin corridor among them, file null):
a mention of it files under no rayon and places no event in Lachin, while the town of Lachin files its own."""

from __future__ import annotations

import pathlib

import pytest

from chronicle.extract.places import tag_document
from chronicle.gazetteer import Gazetteer

DATA = pathlib.Path(__file__).resolve().parent.parent / "corpus" / "gazetteer"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load(DATA)


def test_the_corridor_is_a_region_over_the_districts_its_road_runs_through(gazetteer):
    corridor = gazetteer.get("lachin-corridor")
    assert (corridor.kind, corridor.district, set(corridor.overlaps)) == ("region", None, {"AZ-LAC", "AZ-SUS"})


@pytest.mark.parametrize("sentence, districts", [
    ("Protesters blocked the Lachin corridor on 12 December 2022.", {"Lachin corridor": None}),
    ("Traffic through the Lachin Corridor stopped for a week.", {"Lachin Corridor": None}),
    # ... near misses: the town and the district file Lachin's page
    ("Shelling hit Lachin on 12 December 1992.", {"Lachin": "AZ-LAC"}),
    ("Refugees left the Lachin district in May 1992.", {"Lachin": "AZ-LAC"}),
])
def test_a_corridor_mention_files_no_district(gazetteer, sentence, districts):
    got = {m.text: m.district for m in tag_document([[sentence]], gazetteer, "en").mentions[0][0]}
    assert got == districts
