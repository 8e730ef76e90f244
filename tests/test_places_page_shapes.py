"""Shapes of reference texts taken from printed pages and reports (issue 13, classes 3-5; sentences written
here in the shape of real ones): a name a line-end hyphen split when the page was extracted ("Физу-линский",
"Kalba- jar") is still the name, while a hyphen compound ("Baku-backed") is not joined."""

from __future__ import annotations

import pathlib

import pytest

from chronicle.extract.places import tag_document
from chronicle.gazetteer import Gazetteer

DATA = pathlib.Path(__file__).resolve().parent.parent / "corpus" / "gazetteer"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load(DATA)


def _places(gazetteer: Gazetteer, sentence: str, language: str) -> dict[str, str | None]:
    return {m.text: m.district for m in tag_document([[sentence]], gazetteer, language).mentions[0][0]}


@pytest.mark.parametrize("sentence, language, places", [
    # a page's line-end hyphen inside a listed name, with or without the space the line break left
    ("Были заняты Лачинский, Агдамский и Физу-линский районы.", "ru", {"Лачинский": "AZ-LAC", "Агдамский": "AZ-AGM",
                                                                      "Физу-линский": "AZ-FUZ"}),
    ("Бои шли у Джабраиль-ского района.", "ru", {"Джабраиль-ского": "AZ-CAB"}),
    ("The town of Kalba- jar fell in early April.", "en", {"Kalba- jar": "AZ-KAL"}),
    ("Shelling hit the Fuzu-li district overnight.", "en", {"Fuzu-li": "AZ-FUZ"}),
    # near misses: a hyphen compound of a name and a word is the name alone, and two pieces that join
    # into no listed name give nothing
    ("Baku-backed activists blocked the road.", "en", {"Baku": "AZ-BA"}),
    ("The Lachin-based unit moved at dawn.", "en", {"Lachin": "AZ-LAC"}),
    ("Troops held the Kyr-mizi line for a week.", "en", {}),
])
def test_a_name_split_by_a_line_end_hyphen(gazetteer, sentence, language, places):
    assert _places(gazetteer, sentence, language) == places
