"""JSON list items laid out as ``json.dumps(items, ensure_ascii=False, indent=1)`` lays them out, without its reference cycles."""

from __future__ import annotations

import gc
import json

import pytest

from chronicle import jsontext

# Rows in the shapes the export and the timelines write: flat records, nested spans, empty and non-ASCII values.
ROWS = [
    {},
    {"id": "war-first-nagorno-karabakh-war", "content": "First Nagorno-Karabakh War", "start": "1988-02-20", "end": "1994-05-12",
     "type": "background"},
    {"id": "00012_report-s4", "content": "Capture of Aghdam", "title": "23 July 1993: “The town fell.” — A report (perspective not stated)",
     "start": "1993-07-23", "url": "/sources/00012_report/#s4"},
    {"title": "Ağdam — Աղդամ — Агдам", "quote": "a \"quoted\" word, a back\\slash and a\ttab", "line": "one\ntwo"},
    {"revision": None, "retrieved": False, "latitude": 39.99302, "count": 0, "big": 10**20, "small": -1e-7},
    {"license": ["CC-BY-4.0", "CC0-1.0"], "empty": [], "none": {}, "nested": {"lanes": [[1, 2], {"lane": [None]}]}, "pair": ("a", 1)},
]


def dumped_item(row: dict) -> str:
    """What the list's ``json.dumps`` writes for one item, a level deeper."""
    return " " + json.dumps(row, ensure_ascii=False, indent=1).replace("\n", "\n ")


@pytest.fixture
def collector():
    """The cycle collector's state, put back after the test whatever it did."""
    working = gc.isenabled()
    yield
    (gc.enable if working else gc.disable)()


@pytest.mark.parametrize("row", ROWS)
def test_an_item_is_written_as_json_dumps_writes_it(row) -> None:
    assert jsontext.item(row) == dumped_item(row)


@pytest.mark.parametrize("row", ROWS)
def test_a_document_is_written_as_json_dumps_writes_it(row) -> None:
    assert jsontext.document(row) == json.dumps(row, ensure_ascii=False, indent=1) + "\n"


@pytest.mark.parametrize("rows", [[], ROWS[1:2], ROWS])
def test_a_list_of_items_is_the_list_json_dumps_writes(rows) -> None:
    assert jsontext.listed([jsontext.item(r) for r in rows]) == json.dumps(rows, ensure_ascii=False, indent=1) + "\n"


def test_a_list_is_given_in_pieces_as_its_items_are_made() -> None:
    """A busy war's timeline is written an item at a time: no piece waits for an item after its own."""
    made: list[str] = []

    def items():
        for row in ROWS:
            made.append(jsontext.item(row))
            yield made[-1]

    for number, piece in enumerate(jsontext.pieces(items()), start=1):
        assert piece.endswith(made[-1] if number <= len(ROWS) else "\n]\n") and len(made) == min(number, len(ROWS))
    assert number == len(ROWS) + 1


def test_items_leave_no_reference_cycles_for_the_collector_to_find(collector) -> None:
    """A build freezes what the pipeline left alive: a cycle made per item (``json.dumps(indent=...)``'s closures) stays to the end."""
    gc.collect()
    gc.disable()
    jsontext.listed([jsontext.item(row) for row in ROWS * 50])
    jsontext.document({"distribution": ROWS})
    assert gc.collect() == 0
