"""A unit's description and its administrative history name places where nothing happened (``placeframes``).

A wiki mirror's article on a district, or an anniversary piece on it, says which town is its seat ("Административный
центр — город Лачын") and which units it was made part of, joined to or divided between ("it was abolished and joined
to Barda in 1963", "включён в состав Геранбойского района") and, in Russian, which places it is measured from
("расположен к югу от Лачина"). Those names file no district; a seat or a unit that a
verb of the war takes stays a place of events ("обстрелам были подвергнуты райцентры Агдам и Физули").
"""

from __future__ import annotations

import pathlib

import pytest

from chronicle.extract.cuetext import Clues
from chronicle.extract.placeframes import DESCRIBING, describes_only
from chronicle.extract.places import filing_districts, tag_document
from chronicle.gazetteer import Gazetteer

DATA = pathlib.Path(__file__).resolve().parent.parent / "corpus" / "gazetteer"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load(DATA)


@pytest.mark.parametrize("before, after, expected", [
    # the seat a unit is governed from, in Russian: after a dash, a copula, "с административным центром в"
    ("Административный центр — город ", " .", True),
    ("С 1995 по 1998 годы райцентром Шаумяновского района было село ", "[7].", True),
    ("Район был образован в 1930 году с административным центром в городе ", " .", True),
    # ... the unit it is the seat of, and the seat said to be one
    ("Губадлы — город в Азербайджане, административный центр ", " района.", True),
    ("", " — город в Азербайджане, административный центр Губадлинского района.", True),
    ("", " является административным центром района.", True),
    # a seat a verb takes, or a centre that is no unit's
    ("Утром 13 мая обстрелам были подвергнуты райцентры ", " и Физули.", False),
    ("Армяне захватили административный центр ", " района.", False),
    ("Армяне заняли райцентр ", " 23 августа.", False),
    ("Бои шли в центре ", ".", False),
    ("", " — город, захваченный армянами в 1993 году.", False),
    # a reference point the place is measured from (in English, ``placeevents`` reads it: test_places_reference)
    ("Расположен к югу от ", " на правом берегу реки Баргюшад.", True),
    ("Район расположен в 35 километрах от ", ".", True),
    ("Армяне отступили от ", ".", False),
    ("Бои шли к югу, у ", ".", False),
    # administrative history: the units a unit was made part of, joined to or divided between
    ("Both were subsequently part of the ", " and Qarabag districts.", True),
    ("Both were subsequently part of the Agdam and ", " districts.", True),
    ("Although it was abolished and joined to ", " in 1963, it regained its status in 1965.", True),
    ("The district was separated between 3 districts that did not belong to Nagorno Karabakh- Tartar, ", " and Kalbajar.", True),
    ("В 1991 году район был ликвидирован и включён в состав ", " района.", True),
    ("Гюлистан и ряд других районов – ", ", Дашкесанский, Шамхорский — были включены не в состав автономии.", True),
    # ... not a deed that only shares a word with it
    ("The village was part of a wider assault on ", ".", False),
    ("Armenian forces joined the attack on ", ".", False),
    ("Troops joined to defend ", ".", False),
    ("Бои шли в составе группы у ", ".", False),
    ("Армяне захватили ", " 23 августа.", False),
])
def test_a_units_seat_and_history_describe_only(before, after, expected):
    assert describes_only(before, after) is expected
    # the frame's words are in the sentence's clues: a sentence without them is never asked
    assert (Clues(before + "X" + after).has(DESCRIBING) and describes_only(before, after)) is expected


@pytest.mark.parametrize("sentence, language, expected", [
    ("Административный центр — город Лачын.", "ru", ()),
    ("Утром 13 мая обстрелам были подвергнуты райцентры Агдам и Физули.", "ru", ("AZ-AGM", "AZ-FUZ")),
    ("Although it was abolished and joined to Barda in 1963, it regained its status in 1965.", "en", ()),
    ("Both were subsequently part of the Agdam and Qarabag districts.", "en", ()),
    ("Shells hit Barda and Agdam in 1993.", "en", ("AZ-AGM", "AZ-BAR")),
    ("Расположен к югу от Лачина на правом берегу реки.", "ru", ()),
    ("The distance to Baku is 337 km.", "en", ()),
])
def test_a_sentence_of_a_units_description_files_no_district(gazetteer, sentence, language, expected):
    mentions = tag_document([[sentence]], gazetteer, language).mentions[0][0]
    assert filing_districts(mentions) == expected
