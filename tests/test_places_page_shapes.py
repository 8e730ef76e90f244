"""Shapes of reference texts taken from printed pages and reports (issue 13, classes 3-5; sentences written
here in the shape of real ones): a name a line-end hyphen split when the page was extracted ("Физу-линский",
"Kalba- jar") is still the name, while a hyphen compound ("Baku-backed") is not joined; where a person in a
testimony or a casualty list comes from ("a displaced woman from Martuni") is no place of events."""

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
    ("Бои шли у Джабраиль-ского района.", "ru", {"Джабраиль-ского района": "AZ-CAB"}),
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


@pytest.mark.parametrize("sentence, events", [
    # a testimony's credit line, a victim's origin, a native's: who the person is, not where anything happened
    ("- A displaced woman from Martuni, in an interview held on 15 October in Yerevan.", {"Martuni": False}),
    ("Shelling killed a man from Lachin in Stepanakert.", {"Lachin": False, "Stepanakert": True}),
    ("A native of Shusha, he fought in Aghdam.", {"Shusha": False, "Aghdam": True}),
    ("Two boys originally from the town of Tartar were wounded in Barda.", {"Tartar": False}),
    # near misses: a verb between the person and the place, a unit rather than a person, an event in the place
    ("The woman fled from Martuni in September.", {"Martuni": True}),
    ("Troops from Martuni advanced at dawn.", {"Martuni": True}),
    ("A woman was wounded in Martuni.", {"Martuni": True}),
])
def test_where_a_person_comes_from_is_no_place_of_events(gazetteer, sentence, events):
    got = {m.text: m.event for m in tag_document([[sentence]], gazetteer, "en").mentions[0][0]}
    assert {name: got.get(name) for name in events} == events


@pytest.mark.parametrize("sentence, events", [
    # forces named, as their clause's subject, by where they are located are garrisoned there: their deed is elsewhere
    ("On the night of 29 April, the Soviet Army forces located in Kirovabad surrounded Getashen.",
     {"Kirovabad": False, "Getashen": True}),
    ("Russian troops located in Gyumri were put on alert.", {"Gyumri": False}),
    # near miss: forces located somewhere as the object of a strike are where the strike fell
    ("Artillery shelled the troops located in Martakert.", {"Martakert": True}),
])
def test_forces_located_in_a_town_are_its_garrison(gazetteer, sentence, events):
    got = {m.text: m.event for m in tag_document([[sentence]], gazetteer, "en").mentions[0][0]}
    assert {name: got.get(name) for name in events} == events


@pytest.mark.parametrize("sentence, places", [
    # the adjective of an administrative unit's name is no village a cue marks ("the Autonomous Region of ...")
    ("Fighting spread across the Autonomous Region and the Lachin district.", {"Lachin": "AZ-LAC"}),
    # near miss: the listed name of the unit is still the region
    ("Fighting spread across the Nagorno-Karabakh Autonomous Region.", {"Nagorno-Karabakh Autonomous Region": None}),
])
def test_an_administrative_adjective_is_no_place(gazetteer, sentence, places):
    assert _places(gazetteer, sentence, "en") == places


@pytest.mark.parametrize("sentence, events", [
    # which town a unit is governed from describes the unit (a wiki lead's "Its capital was ..."), in either order
    ("Its capital was the city of Stepanakert.", {"Stepanakert": False}),
    ("The provincial capital was Hadrut city.", {"Hadrut": False}),
    ("Stepanakert is the capital of the region.", {"Stepanakert": False}),
    # near misses: the capital in apposition, struck or shelled, is where it happened
    ("Stepanakert, the capital, was shelled on Monday.", {"Stepanakert": True}),
    ("Rockets hit the capital, Stepanakert.", {"Stepanakert": True}),
])
def test_the_seat_a_unit_is_governed_from_is_a_description(gazetteer, sentence, events):
    got = {m.text: m.event for m in tag_document([[sentence]], gazetteer, "en").mentions[0][0]}
    assert {name: got.get(name) for name in events} == events


@pytest.mark.parametrize("sentence, events", [
    # what a unit is made of describes it ("It consisted of most of the Jabrayil District, ...")
    ("It consisted of most of the Jabrayil District and the western part of the Fuzuli District.",
     {"Jabrayil": False, "Fuzuli": False}),
    ("The province comprised the Lachin and Qubadli districts.", {"Lachin": False, "Qubadli": False}),
    # near misses: a clause of its own after the parts tells a deed, which happens where it names
    ("The force consisted of units that attacked Fuzuli.", {"Fuzuli": True}),
    ("The delegation was made up of officials who visited Lachin.", {"Lachin": True}),
])
def test_what_a_unit_is_made_of_is_a_description(gazetteer, sentence, events):
    got = {m.text: m.event for m in tag_document([[sentence]], gazetteer, "en").mentions[0][0]}
    assert {name: got.get(name) for name in events} == events


@pytest.mark.parametrize("sentence, events", [
    # what was to be done to a place, its subject, was a plan: nothing happened there yet
    ("Initially, the town of Shusha and its villages were to be excluded from the autonomy.", {"Shusha": False}),
    ("Aghdam was to be handed over by 20 November.", {"Aghdam": False}),
    # near misses: a deed of its own before the plan, or the plan in a clause about the place
    ("Shusha was shelled, and the talks were to be held in Moscow.", {"Shusha": True}),
    ("Troops entered Lachin, which was to be returned later.", {"Lachin": True}),
])
def test_what_was_to_be_done_to_a_place_is_no_event_there(gazetteer, sentence, events):
    got = {m.text: m.event for m in tag_document([[sentence]], gazetteer, "en").mentions[0][0]}
    assert {name: got.get(name) for name in events} == events
