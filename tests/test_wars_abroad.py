"""A blockade holds the region it cuts off: which places a text names, read by the pipeline, decide it.

A report of fighting on Armenia's border villages in the months Nagorno-Karabakh
was cut off names places only abroad: its sentences file between the wars, as the
unseen sets' gold files them. A report that names the region, or a corridor to it,
keeps the blockade's days in its other sentences; a sentence that names places only
abroad still files between the wars, unless it names the blockade. The texts are written in the shape of the wire reports.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from chronicle import pipeline
from chronicle.gazetteer import Gazetteer
from chronicle.model import RawSource, SourceMeta
from chronicle.wars import WarCatalog

ROOT = Path(__file__).resolve().parent.parent
BETWEEN, BLOCKADE = "interwar", "blockade-of-nagorno-karabakh"

BORDER_REPORT = """Azerbaijani forces on Friday attacked the village of Sotk in Armenia's Gegharkunik province.

On Thursday, two soldiers were wounded.

The ministry condemned the attack."""


@pytest.fixture(scope="module")
def reference() -> tuple[Gazetteer, WarCatalog]:
    return Gazetteer.load(ROOT / "corpus" / "gazetteer"), WarCatalog.load(ROOT / "corpus" / "wars.yaml")


def wars_filed(text: str, reference) -> set[str]:
    """The wars any sentence of an English text of 12 May 2023 is filed under."""
    blocks = tuple((i + 1, para) for i, para in enumerate(text.split("\n\n")))
    raw = RawSource("t", "t.txt", "0" * 64, SourceMeta(language="en", published="2023-05-12"), blocks, "txt")
    processed = pipeline.process(raw, *reference)
    return {war for facts in processed.facts.values() for war in facts.filed_wars}


@pytest.mark.parametrize(
    "text, wars",
    [
        (BORDER_REPORT, {BETWEEN}),
        # the region cut off named beside the border villages: its sentences keep the blockade's days, the attack on
        # Armenia's village stays between the wars
        (BORDER_REPORT + "\n\nThe Lachin corridor to Nagorno-Karabakh has been closed for months.", {BETWEEN, BLOCKADE}),
        ("The Lachin corridor to Nagorno-Karabakh has been closed for months.\n\nOn Thursday, two soldiers were wounded.",
         {BLOCKADE}),
        # a sentence that names the blockade tells it, whatever places it names: its days and its neighbours' do not
        (BORDER_REPORT + "\n\nMany residents left for Armenia in the months of the blockade.", {BETWEEN, BLOCKADE}),
        (BORDER_REPORT + "\n\nMany residents left for Armenia in March.", {BETWEEN}),
        ("The Lachin corridor to Nagorno-Karabakh has been closed for months.\n\n"
         "Many residents left for Armenia during the blockade.", {BLOCKADE}),
    ],
)
def test_a_text_that_names_places_only_abroad_is_not_the_blockades(text, wars, reference):
    assert wars_filed(text, reference) == wars
