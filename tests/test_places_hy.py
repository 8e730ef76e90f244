"""Armenian place names: case endings and the article (-ի, -ում, -ից, -ով, -ը, -ն, -ու) are stripped only
when what remains is a listed name; ordinary words and war names are no places.

The fixture sentences of every language are tested in test_places_languages.py.
"""

from __future__ import annotations

import pathlib

import pytest
from places_languages_support import GAZETTEER, found

from chronicle.extract import morphology
from chronicle.extract.wars import tag_document as tag_wars
from chronicle.gazetteer import Gazetteer
from chronicle.wars import WarCatalog

CATALOG = WarCatalog.load(pathlib.Path(GAZETTEER).parent / "wars.yaml")
FIRST, SECOND = "first-nagorno-karabakh-war", "second-nagorno-karabakh-war"


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
    ("Ղարաբաղյան ազատագրական պատերազմում նա կռվել է։", (FIRST,)),
])
def test_war_names(sentence, filed):
    assert tag_wars([[sentence]], [[[]]], CATALOG).filed[0][0] == filed


@pytest.mark.parametrize("sentence, expected", [
    # the diaspora press keeps the classical spelling: its village noun is a cue, its names meet the reformed ones
    ("Շուշիի շրջանի Քարինտակ գիւղը ջնջել են։", [("Շուշիի", "AZ-SUS"), ("Քարինտակ", "AZ-SUS")]),
    ("Մարտակերտի շրջանի Նոր Կարմիրավան գյուղը", [("Մարտակերտի", "AZ-TAR"), ("Նոր Կարմիրավան", "AZ-AGM")]),
])
def test_classical_spelling_and_compound_village_names(sentence, expected):
    assert found(Gazetteer.load(GAZETTEER), sentence, "hy") == expected


@pytest.mark.parametrize("sentence, expected", [
    # an Azerbaijani village GeoNames lists in no Armenian spelling: its romanized skeleton meets the Latin name
    ("Ադրբեջանական զորքերը գրավել են Ջանհասան գյուղը։", [("Ջանհասան", "AZ-XCI")]),
    ("Նրանք կանգնեցին Ջանհասանի մոտ։", [("Ջանհասանի", "AZ-XCI")]),
    ("Հրետակոծվել են Ասկերանի շրջանի Ավետարանոց և Սղնախ գյուղերը։",
     [("Ասկերանի", "AZ-XCI"), ("Ավետարանոց", "AZ-XCI"), ("Սղնախ", "AZ-XCI")]),
    ("Ջանհասանը գրավվել է։", []),  # ... but a sentence's first word is capitalized anyway: it needs a cue there
    ("Ջանհասանը գյուղը գրավվել է։", [("Ջանհասանը", "AZ-XCI")]),
    # ... nor another Armenian name that romanizes alike ("Քաղաքը", the city, and the village Խաղխաղ), nor a
    # common noun opening a sentence, nor a surname (Aghajanyani is a village of Vayots Dzor)
    ("Քաղաքը դատարկ էր։", []),
    ("Գյուղը դատարկ էր։", []),
    ("Նա և Աղաջանյանը գրել են այդ մասին։", []),
    # a name GeoNames lists in Armenian keeps its place, not the namesakes its romanization meets (Qaraqoyunlu of
    # Shamkir is also romanized Spitakashen)
    ("Հրետակոծվել է Սպիտակաշեն գյուղը։", [("Սպիտակաշեն", "AZ-XVD")]),
])
def test_names_listed_in_no_armenian_spelling(sentence, expected):
    assert found(Gazetteer.load(GAZETTEER), sentence, "hy") == expected
