"""Generated settlements: the data loads with its sources, far places warn with file:line,
the converter files and merges records the way its docstring says (issue 13, class 6)."""

from __future__ import annotations

import pathlib
import shutil

import pycountry
import pytest

from chronicle.gazetteer import Gazetteer
from chronicle.settlements import MAX_KM, distance_km
from tool_support import load_tool

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "corpus" / "gazetteer"
tool = load_tool("gazetteer_from_geonames")
records = load_tool("geonames_records")


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load(DATA)


# --- the data ------------------------------------------------------------------------

def test_at_least_a_thousand_settlements_each_with_its_source(gazetteer):
    generated = [p for p in gazetteer if p.source is not None]
    assert len(generated) >= 1000
    assert all("GeoNames" in p.source and p.source.endswith("CC BY 4.0") for p in generated)
    assert all(p.coords is not None and p.names for p in generated)


def test_every_covered_district_and_province_has_settlements():
    files = {p.stem.upper() for p in (DATA / "settlements").glob("*.yaml")}
    assert files == set(records.TARGETS)


def test_names_come_in_azerbaijani_armenian_and_russian(gazetteer):
    languages = {n.language for p in gazetteer if p.source for n in p.names}
    assert {"az", "hy", "ru"} <= languages


def test_the_real_data_raises_no_distance_warning(gazetteer):
    assert gazetteer.warnings == ()


@pytest.mark.parametrize("place_id, coords", [
    ("quzanli", (40.159, 47.165)),  # was 12 km off, south-west of the town
    ("kornidzor", (39.548, 46.530)),  # was 15 km off, west of Goris
    ("istisu", (39.946, 45.961)),  # had no coordinates
    ("dondar-gushchu", (40.954, 45.619)),  # had no coordinates
    ("madagiz", (40.326, 46.751)),  # was 20 km off, south of Martakert instead of on the Tartar river
    ("maragha", (40.321, 46.883)),  # was 19 km off
    ("talish", (40.377, 46.743)),  # was 24 km off, south of Martakert instead of north
])
def test_hand_entries_corrected_against_geonames(gazetteer, place_id, coords):
    assert distance_km(gazetteer.get(place_id).coords, coords) < 2


def test_geonames_first_level_codes_map_to_existing_iso_codes_of_the_same_country():
    codes = {s.code for s in pycountry.subdivisions.get(country_code="AZ")}
    codes |= {s.code for s in pycountry.subdivisions.get(country_code="AM")}
    for geonames, iso in records.ADM1_TO_ISO.items():
        assert iso in codes and geonames[:2] == iso[:2], geonames
    assert len(set(records.ADM1_TO_ISO.values())) == len(records.ADM1_TO_ISO)


# --- the distance check -----------------------------------------------------------

SETTLEMENTS = """area: AZ-ZAN
settlements:
  - id: near-zan
    name: Near
    kind: village
    district: AZ-ZAN
    coords: [39.12, 46.70]
    names: [[Near, en, test]]
    source: test record 1
  - id: far-zan
    name: Far
    kind: village
    district: AZ-ZAN
    coords: [40.10, 46.04]
    names: [[Far, en, test]]
    source: test record 2
"""


def _directory(tmp_path: pathlib.Path, places: str = "", settlements: str | None = None) -> pathlib.Path:
    shutil.copy(DATA / "rayons.yaml", tmp_path / "rayons.yaml")
    (tmp_path / "places.yaml").write_text(places or "[]\n", encoding="utf-8")
    if settlements is not None:
        (tmp_path / "settlements").mkdir()
        (tmp_path / "settlements" / "az-zan.yaml").write_text(settlements, encoding="utf-8")
    return tmp_path


def test_a_settlement_far_from_its_district_centre_warns_with_file_and_line(tmp_path):
    gazetteer = Gazetteer.load(_directory(tmp_path, settlements=SETTLEMENTS))
    (warning,) = gazetteer.warnings
    assert warning.path.endswith("settlements/az-zan.yaml") and warning.line == 10
    assert "far-zan" in warning.message and "AZ-ZAN" in warning.message and not warning.fatal
    assert gazetteer.get("far-zan").source == "test record 2"


def test_hand_entries_are_checked_the_same_way(tmp_path):
    place = "- {id: stray, name: Stray, kind: village, district: AZ-ZAN, coords: [41.5, 46.0], names: [[Stray, en, t]]}\n"
    (warning,) = Gazetteer.load(_directory(tmp_path, places=place)).warnings
    assert (pathlib.Path(warning.path).name, warning.line) == ("places.yaml", 1)


def test_an_armenian_province_file_brings_its_own_centre(tmp_path):
    text = SETTLEMENTS.replace("area: AZ-ZAN", "area: AM-SU\ncentre: [39.21, 46.41]").replace("AZ-ZAN", "AM")
    gazetteer = Gazetteer.load(_directory(tmp_path, settlements=text))
    assert [w.message.split(" ")[1] for w in gazetteer.warnings] == ["(far-zan)"]


@pytest.mark.parametrize("change, line, message", [
    (("    source: test record 1\n", ""), 3, "needs a source"),
    (("area: AZ-ZAN", "area: Zangilan"), 1, "area must be an ISO 3166-2 code"),
    (("settlements:", "villages:"), 1, "a settlement file maps"),
    (("    kind: village\n    district: AZ-ZAN\n    coords: [39.12", "    kind: village\n    kind: town\n"
      "    district: AZ-ZAN\n    coords: [39.12"), 6, "'kind' is given twice"),
    (("coords: [40.10, 46.04]", "coords: [40.10, 46.04"), 15, "invalid YAML"),
])
def test_bad_settlement_files_fail_with_file_and_line(tmp_path, change, line, message):
    with pytest.raises(ValueError) as err:
        Gazetteer.load(_directory(tmp_path, settlements=SETTLEMENTS.replace(*change)))
    assert f"az-zan.yaml:{line}:" in str(err.value) and message in str(err.value)


def test_generated_files_refuse_aliases_at_the_anchored_node(tmp_path):
    text = SETTLEMENTS.replace("[[Near, en, test]]", "&n [[Near, en, test]]").replace("[[Far, en, test]]", "*n")
    with pytest.raises(ValueError, match=r"az-zan\.yaml:8: an alias"):
        Gazetteer.load(_directory(tmp_path, settlements=text))


@pytest.mark.parametrize("a, b, km", [
    ((39.0, 46.0), (39.0, 46.0), 0),
    ((40.0, 46.0), (41.0, 46.0), 111.2),
    ((39.82, 46.75), (40.38, 49.89), 274.0),  # Khankendi - Baku
])
def test_distance_km(a, b, km):
    assert distance_km(a, b) == pytest.approx(km, abs=1)


# --- the converter ---------------------------------------------------------------------

def _row(gid, name, alternates, lat, lon, country, admin1, population=0, feature="PPL"):
    return "\t".join([str(gid), name, name, alternates, str(lat), str(lon), "P", feature, country, "", admin1,
                      "", "", "", str(population), "", "", "", ""])


def test_a_geonames_dump_becomes_filed_merged_checked_entries(tmp_path, gazetteer):
    dump = tmp_path / "AZ.txt"
    dump.write_text("\n".join([
        _row(1, "Vartexa", "Вартекса,Վարտեքսա", 39.10, 46.70, "AZ", "69"),  # Zangilan
        _row(2, "Vartexa", "Vartexa-2", 39.11, 46.71, "AZ", "69"),  # the same village, 1.4 km off: merged
        _row(3, "Zorbatun", "", 39.10, 46.70, "AZ", "00"),  # no district code: nearest centre (Zangilan)
        _row(4, "Qlormali", "", 41.60, 46.60, "AZ", "69"),  # 280 km from Zangilan: left out
        _row(5, "Zangilan", "", 39.085, 46.655, "AZ", "69", 8000),  # an editor's entry has it: left out
        _row(6, "Tank", "", 39.20, 46.60, "AZ", "69"),  # a word: needs a cue
        _row(7, "Ruinvil", "", 39.12, 46.70, "AZ", "69", feature="PPLQ"),  # abandoned long ago: not a settlement
    ]) + "\n", encoding="utf-8")
    by_code, centre, report = tool.build(list(records.read_dump(dump)), gazetteer, frozenset({"tank"}))
    entries = {e["name"]: e for e in by_code["AZ-ZAN"]}
    assert sorted(entries) == ["Tank", "Vartexa", "Zorbatun"]
    assert entries["Vartexa"]["names"] == [["Vartexa", "en", "GeoNames"],
                                           ["Вартекса", "ru", "Russian (GeoNames / Who's On First)"],
                                           ["Վարտեքսա", "hy", "Armenian (GeoNames / Who's On First)"],
                                           ["Vartexa-2", "en", "Latin transliteration (GeoNames / Who's On First)"]]
    assert entries["Vartexa"]["source"] == "GeoNames 1, CC BY 4.0"
    assert entries["Zorbatun"]["source"].endswith("district by nearest centre, CC BY 4.0")
    assert entries["Tank"]["names"][0]["needs_context"] is True
    assert any("Qlormali" in line and "km from the centre" in line for line in report)
    assert any("Zangilan" in line and "hand entry" in line for line in report)
    assert distance_km(centre["AZ-ZAN"], (39.09, 46.65)) < MAX_KM


def test_written_files_load_back_as_the_same_places(tmp_path, gazetteer):
    dump = tmp_path / "AZ.txt"
    dump.write_text(_row(1, "Vartexa", "O'Vartex,Вартекса", 39.10, 46.70, "AZ", "69") + "\n", encoding="utf-8")
    by_code, centre, _ = tool.build(list(records.read_dump(dump)), gazetteer)
    (tmp_path / "gaz").mkdir()
    written = tool.render("AZ-ZAN", by_code["AZ-ZAN"], centre["AZ-ZAN"])
    place = Gazetteer.load(_directory(tmp_path / "gaz", settlements=written)).get("vartexa-zan")
    assert [n.text for n in place.names] == ["Vartexa", "O'Vartex", "Вартекса", "OVartex"]  # apostrophes dropped too
    assert (place.district, place.coords, place.source) == ("AZ-ZAN", (39.1, 46.7), "GeoNames 1, CC BY 4.0")


@pytest.mark.parametrize("text, main, person", [
    # a given name and a surname, no word of the place's own name: the person the place was renamed after
    ("Հակոբ Հակոբյան", "Sharifan", True),
    ("Hakob Hakobyan", "Sharifan", True),
    ("Rüstəm Əliyev", "Rustavi", True),
    ("Imeni Kirova", "Tap’erakan", True),
    # the place's own name with its qualifier, a one-word name, a name without a surname's ending
    ("Aşağı Maralyan", "Ashaga Maralyan", False),
    ("Maralyan", "Maralyan", False),
    ("Böyük Mərcanlı", "Boyuk Marjanly", False),
])
def test_a_persons_name_needs_a_cue(text, main, person):
    assert (tool._named_after_a_person(text, main), isinstance(tool._name_item(text, "hy", "u", frozenset(), main=main), dict)) == (
        person, person)


def test_the_person_a_village_was_renamed_after_names_it_only_with_a_cue(gazetteer):
    assert gazetteer.needs_context("sharifan-zan", "Հակոբ Հակոբյան")
    assert not gazetteer.needs_context("sharifan-zan", "Şarifan")


@pytest.mark.parametrize("text, language", [
    ("Ağbulaq", "az"), ("Aghbulag", "en"), ("Աղբուլաղ", "hy"), ("Агбулаг", "ru"),
])
def test_language_by_script(text, language):
    assert records.language(text) == language
