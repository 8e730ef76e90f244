"""Names that carry combining marks: a Russian encyclopedia marks the stress ("Кельбаджа́р", "Карвача́р").

The mark is no letter to the regex engine; a word must keep it, or the name
is cut in two and missed. The sentences are written for this test in the shape
of a Russian encyclopedia's lead.
"""

from __future__ import annotations

import pytest
from places_languages_support import GAZETTEER, found

from chronicle.extract.placeindex import WORD
from chronicle.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load(GAZETTEER)


@pytest.mark.parametrize("text, words", [
    ("Кельбаджа́р[4]", ["Кельбаджа́р"]),
    ("Шуша́ и Ханкенди́", ["Шуша́", "и", "Ханкенди́"]),
    ("Ağdam", ["Ağdam"]),  # a precomposed letter stays one letter
    ("Aǧdam 1993", ["Aǧdam"]),
])
def test_a_word_keeps_its_marks(text, words):
    assert WORD.findall(text) == words


@pytest.mark.parametrize("sentence, expected", [
    ("Кельбаджа́р — город в Азербайджане.", [("Кельбаджа́р", "AZ-KAL"), ("Азербайджане", "AZ")]),
    ("Город носил название Карвача́р.", [("Карвача́р", "AZ-KAL")]),
    ("Бои шли у Шуши́.", [("Шуши́", "AZ-SUS")]),
])
def test_stressed_names_are_found(gazetteer, sentence, expected):
    assert found(gazetteer, sentence, None) == expected
