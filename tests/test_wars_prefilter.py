"""War names are found in any case, whatever shortcut spares sentences that hold none.

Most sentences name no war: ``extract.wars`` looks for the names only in a
sentence that holds the start of one. That must never lose a name, so every
name of the catalogue, and every false friend, is looked for in a sentence in
several casings, and must be found exactly as the full search finds it.
"""

from __future__ import annotations

import pathlib

import pytest
from chronicle.extract.wars import tag_document
from chronicle.wars import WarCatalog

ROOT = pathlib.Path(__file__).resolve().parents[1]
CATALOG = WarCatalog.load(ROOT / "corpus" / "wars.yaml")
NAMES = sorted({alias for war in CATALOG.all() for alias in war.aliases} | {a.name for a in CATALOG.ambiguous})
# str.lower turns "İ" into "i" and a combining dot, which no text writes: the dot goes, as in Azerbaijani.
CASINGS = (str, str.upper, lambda name: name.lower().replace("\u0307", ""), str.title)


def found(sentence: str) -> list[str]:
    return [m.text for m in tag_document([[sentence]], [[[]]], CATALOG).mentions[0][0]]


@pytest.mark.parametrize("name", NAMES)
def test_every_name_is_found_in_every_casing(name):
    for casing in CASINGS:
        written = casing(name)
        assert written in found(f"Veterans spoke of the {written} at the meeting."), written


@pytest.mark.parametrize("name", sorted(CATALOG.false_friends))
def test_a_false_friend_is_never_a_war(name):
    for casing in CASINGS:
        assert found(f"Veterans spoke of the {casing(name)} at the meeting.") == []
