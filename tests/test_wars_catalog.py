"""The war catalog: the real corpus/wars.yaml loads, and bad data is refused with file:line."""

from __future__ import annotations

import datetime as dt
import pathlib

import pytest
from chronicle.wars import WarCatalog

ROOT = pathlib.Path(__file__).resolve().parents[1]
WARS = ROOT / "corpus" / "wars.yaml"


@pytest.fixture(scope="module")
def catalog() -> WarCatalog:
    return WarCatalog.load(WARS)


@pytest.mark.parametrize(
    ("war_id", "start", "end"),
    [
        ("first-nagorno-karabakh-war", dt.date(1988, 2, 20), dt.date(1994, 5, 12)),
        ("second-nagorno-karabakh-war", dt.date(2020, 9, 27), dt.date(2020, 11, 10)),
        ("2023-azerbaijani-offensive", dt.date(2023, 9, 19), dt.date(2023, 9, 20)),
        ("blockade-of-nagorno-karabakh", dt.date(2022, 12, 12), dt.date(2023, 9, 30)),
        ("2016-april-clashes", dt.date(2016, 4, 1), dt.date(2016, 4, 5)),
        ("2020-july-clashes", dt.date(2020, 7, 12), dt.date(2020, 7, 16)),
        ("interwar", dt.date(1994, 5, 13), dt.date(2023, 9, 18)),
    ],
)
def test_export_ids_are_top_level_with_their_spans(catalog: WarCatalog, war_id: str, start: dt.date, end: dt.date):
    war = catalog.get(war_id)
    assert (war.start, war.end, war.parent, war.top) == (start, end, None, war_id)


@pytest.mark.parametrize(
    ("war_id", "top"),
    [
        ("battle-of-aghdam-1993", "first-nagorno-karabakh-war"),
        ("1993-summer-offensives", "first-nagorno-karabakh-war"),
        ("battle-of-shusha-2020", "second-nagorno-karabakh-war"),
        ("battle-of-jabrayil-2020", "second-nagorno-karabakh-war"),
        ("2022-september-clashes", "interwar"),
    ],
)
def test_top_climbs_to_the_top_level_entry(catalog: WarCatalog, war_id: str, top: str):
    assert catalog.get(war_id).top == top


def test_all_is_chronological_with_parents_before_children(catalog: WarCatalog):
    wars = catalog.all()
    assert [w.start for w in wars] == sorted(w.start for w in wars)
    ids = [w.id for w in wars]
    assert ids.index("second-nagorno-karabakh-war") < ids.index("battle-of-jabrayil-2020")


def test_children_are_direct_and_chronological(catalog: WarCatalog):
    kids = catalog.children("1993-summer-offensives")
    assert {w.parent for w in kids} == {"1993-summer-offensives"}
    assert "battle-of-aghdam-1993" in [w.id for w in kids]
    assert [w.start for w in kids] == sorted(w.start for w in kids)
    assert "battle-of-aghdam-1993" not in [w.id for w in catalog.children("first-nagorno-karabakh-war")]


def test_every_child_lies_inside_its_parent(catalog: WarCatalog):
    for war in catalog.all():
        if war.parent:
            parent = catalog.get(war.parent)
            assert parent.start <= war.start <= war.end <= parent.end, war.id


def test_named_aliases_of_the_issue(catalog: WarCatalog):
    first, second = catalog.get("first-nagorno-karabakh-war"), catalog.get("second-nagorno-karabakh-war")
    assert {"First Karabakh War", "Artsakh Liberation War"} <= set(first.aliases)
    assert {"Second Karabakh War", "44-day war", "Patriotic War"} <= set(second.aliases)
    assert {"Four-Day War", "April War"} <= set(catalog.get("2016-april-clashes").aliases)


def test_unknown_id_raises_key_error(catalog: WarCatalog):
    with pytest.raises(KeyError, match="no-such-war"):
        catalog.get("no-such-war")


GOOD = """\
entries:
- id: big-war
  kind: war
  name: Big War
  aliases: [Big War]
  start: 1990-01-01
  end: 1990-12-31
"""


@pytest.mark.parametrize(
    ("extra", "line", "message"),
    [
        ("- id: x\n  kind: skirmish\n  name: X\n", 8, "kind 'skirmish'"),
        ("- id: x\n  kind: battle\n  name: X\n  start: 1990-13-01\n", 8, "start must be an ISO date"),
        ("- id: x\n  kind: battle\n  name: X\n  start: 1990-05-02\n  end: 1990-05-01\n", 8, "is after end"),
        ("- id: x\n  kind: battle\n  name: X\n  parent: nowhere\n", 8, "unknown parent 'nowhere'"),
        ("- id: x\n  kind: battle\n  name: X\n  parent: big-war\n  start: 1991-01-01\n  end: 1991-01-02\n", 8, "outside its parent"),
        ("- id: big-war\n  kind: war\n  name: Again\n", 8, "duplicate id"),
        ("- id: x\n  kind: war\n  name: X\n  aliases: [big  war]\n", 8, "also names big-war"),
        ("- id: x\n  kind: war\n  name: X\n  districts: [AZ-NOPE]\n", 8, "AZ-NOPE"),
        ("- id: x\n  kind: war\n  name: X\n  colour: red\n", 8, "unknown field(s) colour"),
        ("- id: x\n  kind: war\n  name: X\n  summary: Forces took the town.\n", 8, "unknown field(s) summary"),
        ("- id: x\n  kind: war\n", 8, "needs a non-empty 'name'"),
        ("ambiguous:\n- name: Big\n  means: [big-war, ghost]\n", 9, "unknown war id 'ghost'"),
        ("- id: x\n  kind: war\n  name: X\n  aliases: [Big [War\n", 11, "invalid YAML"),
    ],
)
def test_bad_data_names_file_and_line(tmp_path: pathlib.Path, extra: str, line: int, message: str):
    path = tmp_path / "wars.yaml"
    path.write_text(GOOD + extra, encoding="utf-8")
    with pytest.raises(ValueError) as err:
        WarCatalog.load(path)
    assert str(err.value).startswith(f"{path}:{line}:"), str(err.value)
    assert message in str(err.value)


def test_minimal_file_loads(tmp_path: pathlib.Path):
    path = tmp_path / "wars.yaml"
    path.write_text(GOOD, encoding="utf-8")
    [war] = WarCatalog.load(path).all()
    assert (war.id, war.kind, war.aliases, war.parties) == ("big-war", "war", ("Big War",), ())
