"""The converter's --add-names: a settlement file gains the Azerbaijani, Armenian and Russian names of
the Who's On First record it cites, and nothing else changes."""

from __future__ import annotations

import json
import pathlib
import shutil

from chronicle.gazetteer import Gazetteer
from tool_support import load_tool

ROOT = pathlib.Path(__file__).resolve().parent.parent
tool = load_tool("gazetteer_from_geonames")

SETTLEMENTS = """\
# generated
area: AZ-ZAN
centre: [39.09, 46.65]
settlements:
  - id: vartexa-zan
    name: Vartexa
    kind: village
    district: AZ-ZAN
    coords: [39.1, 46.7]
    names: [[Vartexa, az, GeoNames]]
    source: 'GeoNames 1 via Who''s On First 42, CC BY 4.0'
  - id: zorbatun-zan
    name: Zorbatun
    kind: village
    district: AZ-ZAN
    coords: [39.1, 46.7]
    names: [[Zorbatun, az, GeoNames]]
    source: 'GeoNames 2, CC BY 4.0'
"""
RECORD = {"wof:placetype": "locality", "wof:id": 42, "gn:geonameid": 1, "gn:name": "Vartexa", "gn:country_code": "AZ",
          "gn:admin1_code": "69", "gn:latitude": 39.1, "gn:longitude": 46.7,
          "name:rus_x_preferred": ["Вартекса"], "name:hye_x_variant": ["Վարտեքսա", "Vart’eksa"],
          "name:aze_x_variant": ["Vartexa", "Tank"]}


def _files(tmp_path: pathlib.Path) -> tuple[pathlib.Path, pathlib.Path]:
    gazetteer = tmp_path / "gaz"
    (gazetteer / "settlements").mkdir(parents=True)
    shutil.copy(ROOT / "corpus" / "gazetteer" / "rayons.yaml", gazetteer / "rayons.yaml")
    (gazetteer / "settlements" / "az-zan.yaml").write_text(SETTLEMENTS, encoding="utf-8")
    wof = tmp_path / "wof"
    wof.mkdir()
    (wof / "42.geojson").write_text(json.dumps({"properties": RECORD}), encoding="utf-8")
    return gazetteer, wof


def test_names_of_the_cited_record_are_added_with_their_language(tmp_path):
    gazetteer, wof = _files(tmp_path)
    added = tool.add_names_to_files(gazetteer / "settlements", tool.wof_languages([wof]), frozenset({"tank"}))
    places = Gazetteer.load(gazetteer)
    names = [(n.text, n.language) for n in places.get("vartexa-zan").names]
    assert names == [("Vartexa", "az"), ("Вартекса", "ru"), ("Tank", "az"), ("Վարտեքսա", "hy"), ("Vart’eksa", "hy"),
                     ("Varteksa", "hy")]  # the record's fields in their order; apostrophes also dropped
    assert added == 5
    assert places.needs_context("vartexa-zan", "Tank")  # a word: only after a cue
    assert [n.text for n in places.get("zorbatun-zan").names] == ["Zorbatun"]  # cites no record: unchanged


def test_a_second_run_adds_nothing(tmp_path):
    gazetteer, wof = _files(tmp_path)
    languages = tool.wof_languages([wof])
    tool.add_names_to_files(gazetteer / "settlements", languages, frozenset())
    once = (gazetteer / "settlements" / "az-zan.yaml").read_text(encoding="utf-8")
    assert tool.add_names_to_files(gazetteer / "settlements", languages, frozenset()) == 0
    assert (gazetteer / "settlements" / "az-zan.yaml").read_text(encoding="utf-8") == once
