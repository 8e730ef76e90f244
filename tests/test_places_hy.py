"""Armenian place names: case endings and the article (-ի, -ում, -ից, -ով, -ը, -ն, -ու) are stripped only
when what remains is a listed name; ordinary words and war names are no places.

The sentences are in tests/fixtures/places_languages/hy.yaml (written for these tests).
"""

from __future__ import annotations

import pathlib

import pytest
from places_languages_support import GAZETTEER, found, load

from chronicle.extract import morphology
from chronicle.extract.wars import tag_document as tag_wars
from chronicle.gazetteer import Gazetteer
from chronicle.wars import WarCatalog

FIXTURE = load("hy")
CATALOG = WarCatalog.load(pathlib.Path(GAZETTEER).parent / "wars.yaml")
FIRST, SECOND = "first-nagorno-karabakh-war", "second-nagorno-karabakh-war"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load(GAZETTEER)


def test_the_fixture_has_forty_mentions():
    assert sum(len(expected) for _, expected in FIXTURE.mentions) >= 40


@pytest.mark.parametrize("sentence, expected", FIXTURE.mentions)
def test_mentions(gazetteer, sentence, expected):
    assert found(gazetteer, sentence, "hy") == expected


@pytest.mark.parametrize("sentence", FIXTURE.no_place)
def test_no_place(gazetteer, sentence):
    assert found(gazetteer, sentence, "hy") == []


@pytest.mark.parametrize("word, stem", [
    ("Ստեփանակերտում", "Ստեփանակերտ"),
    ("Շուշիի", "Շուշի"),
    ("Հադրութից", "Հադրութ"),
    ("Բերձորով", "Բերձոր"),
    ("Ստեփանակերտը", "Ստեփանակերտ"),
    ("Շուշին", "Շուշի"),
    ("Մարտունու", "Մարտունի"),
    ("Բաքվում", "Բաքու"),
    ("Գյանջայում", "Գյանջա"),
])
def test_endings(word, stem):
    assert morphology.Form(stem) in morphology.forms(word)


def test_short_stems_keep_their_endings():
    """A stem under three letters is never proposed: too many ordinary words end like a case."""
    assert all(len(f.text) >= 3 for f in morphology.forms("Տողում") + morphology.forms("Այնի"))


@pytest.mark.parametrize("sentence, filed", [
    ("44-օրյա պատերազմում զոհվածների հուշարձանը բացվեց։", (SECOND,)),
    ("Առաջին արցախյան պատերազմից հետո սահմանը փակվեց։", (FIRST,)),
    ("Երկրորդ արցախյան պատերազմի ընթացքում Շուշին ընկավ։", (SECOND,)),
    ("Հայրենական մեծ պատերազմում զոհվածները հիշատակվեցին։", ()),
])
def test_war_names(sentence, filed):
    assert tag_wars([[sentence]], [[[]]], CATALOG).filed[0][0] == filed
