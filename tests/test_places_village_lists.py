"""A list of villages tied to its district keeps every member there (issue 13, class 5, item 5).

The district a list's tie names ("A, B and C villages of X district", "the X district's villages of A, B and C",
"the villages of X district: A, B and C", "nine villages of the X district, A, B and C", "A, B, C (X district)")
files each member, even one whose name is also a district (Dashkasan), a town of another district (Horadiz) or
a village no list holds. The tie wins for the members of that list only. Sentences are written for these tests
in the shape of war bulletins; Vartexa, Zorbatun and Qlormali are invented so that no list holds them.
"""

from __future__ import annotations

import pathlib

import pytest

from chronicle.extract import placerules as rules
from chronicle.extract.places import tag_document
from chronicle.gazetteer import Gazetteer

DATA = pathlib.Path(__file__).resolve().parent.parent / "corpus" / "gazetteer"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load(DATA)


def districts(gazetteer: Gazetteer, sentence: str) -> dict[str, str | None]:
    return {m.text: m.district for m in tag_document([[sentence]], gazetteer).mentions[0][0]}


@pytest.mark.parametrize("sentence, filed", [
    # the tie after the list: "of X district" after "the villages of", "villages of X district", "(X district)"
    ("The villages of Dashkasan, Vartexa and Zorbatun of Zangilan district were shelled.",
     {"Dashkasan": "AZ-ZAN", "Vartexa": "AZ-ZAN", "Zorbatun": "AZ-ZAN", "Zangilan": "AZ-ZAN"}),
    ("Dashkasan, Vartexa and Zorbatun villages of Zangilan district were shelled.",
     {"Dashkasan": "AZ-ZAN", "Vartexa": "AZ-ZAN", "Zorbatun": "AZ-ZAN"}),
    ("The villages of Horadiz, Vartexa and Zorbatun of Zangilan district were shelled.",  # a town of Fuzuli's namesake
     {"Horadiz": "AZ-ZAN", "Vartexa": "AZ-ZAN"}),
    ("Dashkasan, Karkhulu, Horovlu (Zangilan district) were shelled.", {"Dashkasan": "AZ-ZAN", "Horovlu": "AZ-ZAN"}),
    # the tie before the list: the district's villages, a colon, a comma after "villages of the X district"
    ("The Zangilan district's villages of Dashkasan, Vartexa and Zorbatun were shelled.",
     {"Dashkasan": "AZ-ZAN", "Vartexa": "AZ-ZAN", "Zorbatun": "AZ-ZAN"}),
    ("The army took the villages of Zangilan district: Dashkasan, Vartexa and Zorbatun.",
     {"Dashkasan": "AZ-ZAN", "Vartexa": "AZ-ZAN", "Zorbatun": "AZ-ZAN"}),
    ("Six villages of the Fuzuli district, Vartexa, Zorbatun and Qlormali, were liberated.",
     {"Fuzuli": "AZ-FUZ", "Vartexa": "AZ-FUZ", "Zorbatun": "AZ-FUZ", "Qlormali": "AZ-FUZ"}),
    # a listed namesake in the tie's own district is that one (Jabrayil's Dashkasan)
    ("The villages of Karkhulu, Dashkasan and Horovlu of Jabrayil district were liberated.", {"Dashkasan": "AZ-CAB"}),
    ("Nine villages of the Jabrayil district, Karkhulu, Charakan, Dashkasan and Horovlu, were liberated.",
     {"Dashkasan": "AZ-CAB", "Charakan": "AZ-CAB"}),
    # near misses: a list of districts, two places, a district that closes its own list, a comma with no "villages of"
    ("Shelling hit Agdam, Fuzuli and Jabrayil districts.", {"Agdam": "AZ-AGM", "Fuzuli": "AZ-FUZ", "Jabrayil": "AZ-CAB"}),
    ("Troops moved from Dashkasan to the villages of Zangilan.", {"Dashkasan": "AZ-DAS"}),
    ("Troops took Vartexa villages in Fuzuli, Zorbatun villages in Khojaly.",
     {"Vartexa": "AZ-FUZ", "Fuzuli": "AZ-FUZ", "Zorbatun": "AZ-XCI", "Khojaly": "AZ-XCI"}),
    ("Fighting raged in Fuzuli district, Dashkasan and Tartar.", {"Fuzuli": "AZ-FUZ", "Dashkasan": "AZ-DAS", "Tartar": "AZ-TAR"}),
    # a rayon another name lies in is no member of the next list ("X in Gubadli, A, B villages in Jabrayil")
    ("The army took Akerly in Gubadli, Zorbatun, Qlormali villages in Jabrayil.",
     {"Akerly": "AZ-QBI", "Gubadli": "AZ-QBI", "Zorbatun": "AZ-CAB", "Qlormali": "AZ-CAB"}),
    # a rayon that closes one list opens none after its comma; a list closed after its names outranks one opened before
    ("Troops took Vartexa, Zorbatun villages of Fuzuli district, Qlormali villages of Jabrayil district.",
     {"Vartexa": "AZ-FUZ", "Zorbatun": "AZ-FUZ", "Qlormali": "AZ-CAB"}),
    ("Four villages of the Fuzuli district, Vartexa, Zorbatun and Qlormali villages of Jabrayil district, were taken.",
     {"Vartexa": "AZ-CAB", "Zorbatun": "AZ-CAB", "Qlormali": "AZ-CAB"}),
    # a region holds rayons: a town "in" it stays in its own rayon
    ("Shells hit Ordubad settlement in the Nakhijevan Autonomous Republic.", {"Ordubad": "AZ-ORD"}),
    # a parenthesis without the district's noun ties no list: a town stays in its own district
    ("Horadiz (Zangilan) was shelled.", {"Horadiz": "AZ-FUZ"}),
])
def test_a_list_tied_to_a_district_files_every_member_there(gazetteer, sentence, filed):
    found = districts(gazetteer, sentence)
    assert {name: found.get(name) for name in filed} == filed


@pytest.mark.parametrize("before, gap, opens", [
    ("The ", " district's villages of ", True),
    ("The ", " district’s settlements ", True),
    ("the villages of ", " district: ", True),
    ("", " district: ", True),  # a heading's shape: "Zangilan district: A, B, C"
    ("nine villages of the ", " district, ", True),
    ("the villages of ", " district, including ", True),
    ("fighting in ", " district, ", False),  # a clause's place, then another name
    ("the villages of ", ", ", False),  # no district noun: "the villages of Zangilan, Vartexa" is a list of two
    ("the villages of ", " district and ", False),
])
def test_a_rayon_with_its_noun_opens_the_list_after_it(before, gap, opens):
    assert rules.lists_after(before, gap) is opens
