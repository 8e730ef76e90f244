"""A place named for what is yet to come (a visit announced, a return scheduled, an opening expected) places
no event there; a past event told beside the future verb keeps it (``placefuture``)."""

from __future__ import annotations

import pathlib

import pytest

from chronicle.extract.cuetext import Clues
from chronicle.extract.placefuture import yet_to_come
from chronicle.extract.places import filing_districts, tag_document
from chronicle.gazetteer import Gazetteer

DATA = pathlib.Path(__file__).resolve().parent.parent / "corpus" / "gazetteer"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load(DATA)


@pytest.mark.parametrize("before, after, expected", [
    # a future verb governs the name: a visit, a return, a move announced
    ("Over two days the delegation will tour ", ", Khojavend and Hadrut.", True),
    ("Over two days the delegation will tour Fuzuli, ", " and Hadrut.", True),
    ("Over two days the delegation will tour Fuzuli, Khojavend and ", ".", True),
    ("The next group of families, who will soon move to the village of ", ", drew lots for flats.", True),
    ("Forty families will settle in ", " next spring.", True),
    ("The envoys are expected to arrive in ", " on Monday.", True),
    ("The minister is going to open a school in ", ".", True),
    ("Он заявил, что весной будет гулять в ", ".", True),
    ("Переселенцы будут жить в селе ", ".", True),
    # ... or the name stands in the subject of what is scheduled
    ("The first flight to the new airport in ", " district is scheduled for May.", True),
    ("The bridge near ", " is due to open in autumn.", True),
    # a past event beside it keeps the place
    ("Next week the delegation will visit ", ", liberated in November 2020.", False),
    ("The guests will see the mosque of ", ", which the occupiers used as a cowshed.", False),
    ("Pilgrims will lay flowers in memory of the victims of ", ".", False),
    ("The court will try the men who shelled ", " in 2020.", False),
    ("The ministry said troops will stay in the city and the artillery shelled ", " overnight.", False),
    # no future verb, or one in another sentence
    ("The delegation toured ", " and Khojavend.", False),
    ("Forty families settled in ", " last spring.", False),
    ("Talks will resume soon. Shells hit ", " at dawn.", False),
    ("The bridge near ", " was opened in autumn.", False),
])
def test_a_future_verb_governs_the_name(before, after, expected):
    assert yet_to_come(before, after, Clues(before + "Aghdam" + after)) is expected


@pytest.mark.parametrize("sentence, districts", [
    # an aftermath report: one visit done, the rest of the tour announced
    ("The journalists visited Aghdam on Monday and will travel to Fuzuli and Jabrayil in the coming days.", ("AZ-AGM",)),
    ("The opening of a hospital in Lachin district is expected in June.", ()),
    ("Families who will return to the village of Zabukh in Lachin district drew lots in Baku.", ()),
    ("Armenian forces shelled Tartar, and the president said the army will liberate Aghdam.", ("AZ-TAR",)),
    ("The families will return to Shusha, occupied on 8 May 1992.", ("AZ-SUS",)),
])
def test_only_what_happened_files_a_district(gazetteer, sentence, districts):
    mentions = tag_document([[sentence]], gazetteer, "en").mentions[0][0]
    assert filing_districts(mentions) == districts
