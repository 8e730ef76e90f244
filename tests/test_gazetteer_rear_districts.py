"""Settlements of the districts the later wars reached (issue 13, class 6): the rear districts the 2020
war shelled, Agstafa, Nakhchivan's districts, Armenia's Ararat and Armavir provinces.

A village of each resolves to its district in a sentence of its own; a namesake of a better-known place
(a person, a river, a district elsewhere, an ordinary word) names the village only after a cue; the
converter files Nakhchivan's villages among Nakhchivan's districts. Sentences are made up in the shape
of ministry statements and wire reports.
"""

from __future__ import annotations

import pathlib

import pycountry
import pytest

from chronicle.extract.places import tag_document
from chronicle.gazetteer import Gazetteer
from test_gazetteer_settlements import gazetteer  # noqa: F401 (the module's fixture)
from tool_support import load_tool

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "corpus" / "gazetteer"
tool = load_tool("gazetteer_from_geonames")
records = load_tool("geonames_records")


def places(gazetteer: Gazetteer, sentence: str, language: str | None = None) -> dict[str, tuple[str, str | None]]:
    """Each place mention of one sentence: text -> (entity, district)."""
    return {m.text: (m.entity, m.district) for m in tag_document([[sentence]], gazetteer, language).mentions[0][0]}


@pytest.mark.parametrize("sentence, name, entity, district", [
    ("Shells hit Badzhirovan overnight, the prosecutor's office said.", "Badzhirovan", "badzhirovan-bar", "AZ-BAR"),
    ("A rocket fell on Agalarbeyli at about 4 pm.", "Agalarbeyli", "agalarbeyli-agc", "AZ-AGC"),
    ("Houses in Alinazarli were damaged by artillery fire.", "Alinazarli", "alinazarli-bey", "AZ-BEY"),
    ("A missile landed near Adzhikend on Sunday.", "Adzhikend", "adzhikend-gyg", "AZ-GYG"),
    ("Fragments were found in Burunqovaq after the strike.", "Burunqovaq", "burunqovaq-smx", "AZ-SMX"),
    ("A shell exploded in Chugunlu, wounding two residents.", "Chugunlu", "chugunlu-skr", "AZ-SKR"),
    ("Residents of Binelyar heard the explosions.", "Binelyar", "binelyar-ags", "AZ-AGS"),
    ("A rocket hit a field outside Arabbasra.", "Arabbasra", "arabbasra-yev", "AZ-YEV"),
    ("Debris of a missile was found near Agadzhaly.", "Agadzhaly", "agadzhaly-imi", "AZ-IMI"),
    ("Positions near Kechasker came under fire.", "Kechasker", "kechasker-aga", "AZ-AGA"),
    ("Positions in the direction of Heydarabad came under small-arms fire.", "Heydarabad", "heydarabad-sad", "AZ-SAD"),
    ("Positions in the direction of Arbatan were fired upon.", "Arbatan", "arbatan-sar", "AZ-SAR"),
    ("Fire was opened towards Bichenek at night.", "Bichenek", "bichenek-sah", "AZ-SAH"),
    ("Fire was opened towards Bananiyar at night.", "Bananiyar", "bananiyar-bab", "AZ-BAB"),
    ("Positions near Bazmari were shelled.", "Bazmari", "bazmari-ord", "AZ-ORD"),
    ("Positions near Bashdiza were shelled.", "Bashdiza", "bashdiza-cul", "AZ-CUL"),
    ("Positions near Tananam were shelled.", "Tananam", "tananam-kan", "AZ-KAN"),
    # Armenia's provinces are filed under the country, as every Armenian settlement is
    ("Border posts outside Yeraskh came under mortar fire.", "Yeraskh", "yeraskh-ar", "AM"),
    ("Shots were heard in Aknashen late in the evening.", "Aknashen", "aknashen-av", "AM"),
])
def test_a_village_of_each_new_district_resolves_to_it(gazetteer, sentence, name, entity, district):
    assert places(gazetteer, sentence)[name] == (entity, district)


@pytest.mark.parametrize("bare, cued, name, entity, district", [
    # a district's own name: the village of Shamkir called Füzuli is meant only when a cue says village
    ("Füzuli was shelled again on Tuesday.", "Shells hit the village of Füzuli in the Shamkir district.",
     "Füzuli", "fuzuli-skr", "AZ-SKR"),
    # a river and a mountain
    ("Arpaçay flooded the fields.", "Positions near the village of Arpaçay were shelled.", "Arpaçay", "arpacay-sar", "AZ-SAR"),
    ("Climbers went up Aragats in July.", "Shots were fired at the village of Aragats in Armavir.", "Aragats",
     "aragats-av", "AM"),
    # a person (the writer) whose name a village of Armavir bears
    ("Nalbandyan wrote the anthem's words.", "Shots were fired at the village of Nalbandyan.", "Nalbandyan",
     "nalbandyan-av", "AM"),
    # an ordinary word: Azerbaijani "bahar" is spring
    ("Bahar came early that year.", "The village of Bahar in the Beylagan district was hit.", "Bahar", "bahar-bey", "AZ-BEY"),
    # a city's Russian name given to a village of Yevlakh
    ("Rockets hit Mingechaur on 4 October.", "A rocket hit the village of Mingechaur in the Yevlakh district.",
     "Mingechaur", "mingechaur-yev", "AZ-YEV"),
])
def test_a_namesake_of_a_better_known_place_needs_its_cue(gazetteer, bare, cued, name, entity, district):
    assert places(gazetteer, bare).get(name, (None, None))[0] != entity
    assert places(gazetteer, cued)[name] == (entity, district)


@pytest.mark.parametrize("sentence, language, name, found", [
    # "nazirlik" (ministry) softened before a vowel reads like a case form of the village Nazirli of Barda
    ("Azərbaycan Müdafiə Nazirliyi məlumat yayıb.", "az", "Nazirliyi", False),
    ("Müdafiə Nazirliyinin mətbuat xidməti bildirib.", "az", "Nazirliyinin", False),
    ("Müdafiə Nazirliyindən bildirilib.", "az", "Nazirliyindən", False),
    # the village, bare or in a case form of its own, is still the village
    ("Bərdə rayonunun Nazirli kəndi atəşə tutulub.", "az", "Nazirli", True),
    ("Nazirlidə iki ev dağılıb.", "az", "Nazirlidə", True),
    # a district of Baku in its English spelling is not the village Xətai of Agstafa or Sharur ...
    ("Thousands gathered in the Khatai District of the capital.", None, "Khatai", False),
    # ... which its own spelling and a cue still name
    ("Positions near the village of Xətai in the Sharur district were shelled.", None, "Xətai", True),
])
def test_words_and_names_that_fold_like_a_new_village_are_not_it(gazetteer, sentence, language, name, found):
    assert (name in places(gazetteer, sentence, language)) is found


# --- the converter ---------------------------------------------------------------------

def test_split_units_are_divided_among_their_own_subdivisions():
    for unit, members in records.SPLIT.items():
        parents = {s.code: s.parent_code for s in pycountry.subdivisions.get(country_code=unit[:2])}
        assert unit in records.ADM1_TO_ISO.values() and unit not in records.TARGETS
        assert all(parents[m] == unit and m in records.TARGETS for m in members), unit


@pytest.mark.parametrize("iso, filed", [
    # east of Ordubad, nearer Zangilan's centre than Ordubad's: GeoNames' Nakhchivan code keeps it in Nakhchivan
    ("AZ-NX", "AZ-ORD"),
    # the same point with no first-level code goes to the nearest centre of the country
    (None, "AZ-ZAN"),
])
def test_nakhchivan_villages_go_to_the_nearest_of_nakhchivans_districts(gazetteer, iso, filed):
    centre = {p.id: p.coords for p in gazetteer.districts() if p.id in records.TARGETS and p.coords}
    record = records.Record("test record", "Vartexa", "AZ", iso, 38.95, 46.40)
    tool.file_unassigned([record], centre)
    assert record.iso == filed and record.source.endswith("district by nearest centre")


@pytest.mark.parametrize("name, guarded", [
    ("Füzuli", True),  # a district's name (hand-listed in rayons.yaml)
    ("Saatlı", True),  # another district's name, folded
    ("Vartexa", False),
])
def test_a_generated_name_that_folds_like_a_hand_listed_place_needs_a_cue(gazetteer, name, guarded):
    known = frozenset(tool.name_key(n.text) for p in Gazetteer.load(DATA, settlements=False) for n in p.names)
    item = tool.entry(records.Record("test record", name, "AZ", "AZ-SKR", 40.8, 46.0), set(), frozenset(), known)
    assert isinstance(item["names"][0], dict) is guarded
