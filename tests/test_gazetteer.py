"""The gazetteer data and its loader: real data loads, bad data fails with file:line."""

from __future__ import annotations

import pathlib
import shutil

import pycountry
import pytest

from chronicle.gazetteer import Gazetteer

DATA = pathlib.Path(__file__).resolve().parent.parent / "corpus" / "gazetteer"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load(DATA)


def test_every_iso_rayon_and_city_is_a_district_and_so_is_armenia(gazetteer):
    codes = {s.code for s in pycountry.subdivisions.get(country_code="AZ")} - {"AZ-NX"}
    assert [p.district for p in gazetteer.districts()] == sorted(codes | {"AM"})
    assert [p.id for p in gazetteer.districts() if p.district != p.id] == ["armenia"]  # countries.yaml's district_page
    assert gazetteer.district("AM").name == "Armenia" and gazetteer.filed_abroad == {"AM"}


def test_azerbaijani_names_come_from_pycountry_with_schwa_normalized(gazetteer):
    kangarli = gazetteer.district("AZ-KAN")
    official = [n for n in kangarli.names if n.usage == "Azerbaijani (official)"]
    assert [n.text for n in official] == ["Kəngərli"]
    assert all("ǝ" not in n.text for p in gazetteer for n in p.names)


@pytest.mark.parametrize("code, english, other", [
    ("AZ-AGM", "Aghdam District", "Ağdam"),
    ("AZ-XA", "Khankendi (Stepanakert)", "Stepanakert"),
    ("AZ-KAL", "Kalbajar District", "Kəlbəcər"),
    ("AZ-GA", "Ganja", "Kirovabad"),
])
def test_district_names(gazetteer, code, english, other):
    place = gazetteer.district(code)
    assert place.name == english
    assert other in {n.text for n in place.names}
    assert place.coords is not None


def test_places_in_a_rayon_exclude_the_rayon_and_regions(gazetteer):
    inside = gazetteer.places_in("AZ-AGM")
    ids = [p.id for p in inside]
    assert {"aghdam", "shelli", "kichan", "aghdam-mosque"} <= set(ids)
    assert "AZ-AGM" not in ids
    assert all(p.district == "AZ-AGM" and p.kind not in ("region", "province") for p in inside)
    assert ids == [p.id for p in sorted(inside, key=lambda p: (p.name, p.id))]


def test_provinces_and_regions_list_the_rayons_they_span(gazetteer):
    martakert = gazetteer.get("martakert-province")
    assert martakert.kind == "province" and martakert.district == "AZ-TAR"
    assert set(martakert.overlaps) == {"AZ-AGM", "AZ-KAL", "AZ-TAR"}
    nk = gazetteer.get("nagorno-karabakh")
    assert nk.district is None and "AZ-XA" in nk.overlaps


def test_names_carry_validity_and_history(gazetteer):
    kirovabad = next(n for n in gazetteer.get("AZ-GA").names if n.text == "Kirovabad")
    assert (kirovabad.valid_from, kirovabad.valid_to) == ("1935", "1989")
    assert gazetteer.history("kichan")[0].valid_to == "2023"
    assert gazetteer.history("AZ-BA") == ()


def test_flags(gazetteer):
    assert gazetteer.seat_of_government("AZ-BA")
    assert not gazetteer.seat_of_government("AZ-AGM")
    assert gazetteer.needs_context("AZ-QAZ", "Kazakh")
    assert not gazetteer.needs_context("AZ-QAZ", "Qazax")


def test_every_contained_place_points_at_a_loaded_district(gazetteer):
    codes = {p.id for p in gazetteer.districts()}
    assert gazetteer.get("AZ-NX").district is None  # the autonomous republic spans several
    for place in gazetteer:
        if place.district and place.district.startswith("AZ-"):
            assert place.district in codes, place.id


def test_unknown_ids_and_codes_raise(gazetteer):
    with pytest.raises(KeyError):
        gazetteer.get("atlantis")
    with pytest.raises(KeyError):
        gazetteer.district("shelli")


# --- bad data ------------------------------------------------------------------

GOOD_PLACE = """- id: shelli
  name: Shelli
  kind: village
  district: AZ-AGM
  names: [[Shelli, en, English]]
"""


def _load_with(tmp_path: pathlib.Path, places: str) -> Gazetteer:
    shutil.copy(DATA / "rayons.yaml", tmp_path / "rayons.yaml")
    (tmp_path / "places.yaml").write_text(places, encoding="utf-8")
    return Gazetteer.load(tmp_path)


def test_a_minimal_directory_loads(tmp_path):
    gazetteer = _load_with(tmp_path, GOOD_PLACE)
    assert gazetteer.get("shelli").district == "AZ-AGM"


@pytest.mark.parametrize("text, line, message", [
    (GOOD_PLACE.replace("village", "hamlet"), 1, "unknown kind 'hamlet'"),
    (GOOD_PLACE.replace("AZ-AGM", "AZ-XXX"), 1, "district 'AZ-XXX'"),
    (GOOD_PLACE.replace("AZ-AGM", "AZ-NX"), 1, "district AZ-NX is no rayon or city"),
    (GOOD_PLACE.replace("  name: Shelli\n", ""), 1, "missing field(s) name"),
    (GOOD_PLACE.replace("  district: AZ-AGM\n", ""), 1, "a village needs a district"),
    (GOOD_PLACE + GOOD_PLACE, 6, "duplicate id 'shelli'"),
    (GOOD_PLACE.replace("[[Shelli, en, English]]", "[[Shelli, en]]"), 1, "[text, lang, usage]"),
    (GOOD_PLACE + "  colour: red\n", 1, "unknown field(s) colour"),
    (GOOD_PLACE + "  coords: [91, 46]\n", 1, "coords must be [lat, lon]"),
    ("- id: [unclosed\n", 2, "invalid YAML"),
])
def test_bad_data_names_file_and_line(tmp_path, text, line, message):
    with pytest.raises(ValueError) as err:
        _load_with(tmp_path, text)
    assert f"places.yaml:{line}:" in str(err.value)
    assert message in str(err.value)


SEAT = GOOD_PLACE + "  seat_of_government: true\n"
SPANNING_REGION = """- id: the-region
  name: The Region
  kind: region
  district: null
  overlaps: [AZ-AGM]
  names: [[The Region, en, English]]
"""


@pytest.mark.parametrize("places, strict", [
    (SEAT + "  read_strictly: true\n", True),  # a seat outside every contested rayon
    (SEAT, False),  # a seat not marked
    (GOOD_PLACE + "  read_strictly: true\n", None),  # no seat of government: an error
    (SEAT + "  read_strictly: true\n" + SPANNING_REGION, None),  # a seat where the fighting was: an error
])
def test_read_strictly_belongs_to_a_seat_outside_the_conflicts_rayons(tmp_path, places, strict):
    if strict is None:
        with pytest.raises(ValueError, match=r"places\.yaml:1: read_strictly wants a seat_of_government"):
            _load_with(tmp_path, places)
    else:
        assert _load_with(tmp_path, places).strict_seat("shelli") is strict


COUNTRY = """- id: ruritania
  name: Ruritania
  kind: country
  district: RU
  names: [[Ruritania, en, English]]
"""


@pytest.mark.parametrize("places, paged", [
    (COUNTRY + "  district_page: true\n", {"RU"}),  # its places below the country file under RU, on a page of its own
    (COUNTRY, set()),  # a country not marked: no page
    (GOOD_PLACE + "  district_page: true\n", None),  # a village has no page of its own: an error
])
def test_a_country_marked_district_page_has_one(tmp_path, places, paged):
    if paged is None:
        with pytest.raises(ValueError, match=r"places\.yaml:6: shelli: district_page is for a country"):
            _load_with(tmp_path, places)
        return
    gazetteer = _load_with(tmp_path, places)
    assert gazetteer.filed_abroad == paged
    assert ("RU" in {p.district for p in gazetteer.districts()}) == bool(paged)
    if paged:
        assert gazetteer.district("RU").id == "ruritania"
    else:
        with pytest.raises(KeyError):
            gazetteer.district("RU")


def test_missing_iso_code_is_reported(tmp_path):
    text = (DATA / "rayons.yaml").read_text(encoding="utf-8")
    start = text.index("AZ-ZAR:")
    (tmp_path / "rayons.yaml").write_text(text[:start], encoding="utf-8")
    with pytest.raises(ValueError, match=r"rayons\.yaml:\d+: missing ISO codes: AZ-ZAR"):
        Gazetteer.load(tmp_path)


def test_empty_directory_is_an_error(tmp_path):
    with pytest.raises(ValueError, match="no gazetteer files"):
        Gazetteer.load(tmp_path)


def test_ordinary_words_are_loaded(gazetteer):
    assert gazetteer.ordinary_word("Areas") and gazetteer.ordinary_word("charter")
    assert not gazetteer.ordinary_word("Aras")


def test_not_places_file_must_list_words(tmp_path):
    (tmp_path / "not-places.yaml").write_text("ordinary_words: [areas, 3]\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"not-places\.yaml:1: ordinary_words must be a list of words"):
        _load_with(tmp_path, GOOD_PLACE)
