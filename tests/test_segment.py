"""Sentence splitting and anchors that survive edits elsewhere in a source."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from chronicle.ingest import text_blocks
from chronicle.model import RawSource, SourceMeta
from chronicle.segment import anchor, segment, split_sentences

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures" / "segment"
SHAPES = yaml.safe_load((FIXTURES / "shapes.yaml").read_text(encoding="utf-8"))
SEED_ANCHORS = json.loads((FIXTURES / "seed_anchors.json").read_text(encoding="utf-8"))["anchors"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The war started on Sept. 27 and ended on Nov. 10 with a deal. It held.",
         ("The war started on Sept. 27 and ended on Nov. 10 with a deal.", "It held.")),
        ("Mr. Smith met U.S. officials. Then he left.", ("Mr. Smith met U.S. officials.", "Then he left.")),
        ("One. Two! Three?", ("One.", "Two!", "Three?")),
        ("  1. ^ Taarnby, Michael. A study.", ("1. ^ Taarnby, Michael.", "A study.")),
        ("No final stop", ("No final stop",)),
        ("The town fell.[3] In a span of months, more fell.", ("The town fell.[3]", "In a span of months, more fell.")),
        ("", ()),
    ],
)
def test_split_sentences(text, expected):
    assert split_sentences(text) == expected


@pytest.mark.parametrize("case", SHAPES, ids=[f"{n}-{c['shape']}" for n, c in enumerate(SHAPES, 1)])
def test_paragraphs_of_each_shape_split_as_written_in_the_fixture(case):
    assert split_sentences(case["text"]) == tuple(case["sentences"])


@pytest.mark.parametrize("name", sorted(SEED_ANCHORS))
def test_seed_sentences_keep_the_anchors_they_had_with_pysbd(name):
    blocks = text_blocks((ROOT / "corpus" / "sources" / name).read_text(encoding="utf-8"))
    found = {str(line): [anchor(s) for s in split_sentences(text)] for line, text in blocks}
    assert found == SEED_ANCHORS[name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("!!! warning Hello. Next one.", ("!!! warning Hello.", "Next one.")),
        ("Text. <!-- note --> More text.", ("Text.", "<!-- note --> More text.")),
        ("Wait!!! Really?!? Yes.", ("Wait!!!", "Really?!?", "Yes.")),
        ("The Gazette.\u00a0p.\u00a0B1.", ("The Gazette.", "p.\u00a0B1.")),  # no-break space kept
        ("One.\n\tTwo.", ("One.", "Two.")),
    ],
)
def test_sentences_are_exact_slices_of_the_paragraph(text, expected):
    assert split_sentences(text) == expected


def _source(text: str) -> RawSource:
    return RawSource("s", "corpus/s.txt", "0" * 64, SourceMeta(title="t"), tuple(text_blocks(text)), "txt")


def _ids(text: str) -> dict[str, str]:
    return {s.text: s.id for s in segment(_source(text)).sentences()}


BASE = "First paragraph here. It has two sentences.\nSecond paragraph stays.\nThird one, at the end."


@pytest.mark.parametrize(
    "edited",
    [
        "A new paragraph on top.\n" + BASE,  # insert before
        BASE.replace("Second paragraph stays.", "Second paragraph stays.\nInserted between."),
        BASE.replace("First paragraph here. It has two sentences.\n", ""),  # delete another
        BASE.replace("Third one, at the end.", "Third one, rewritten at the end."),  # edit another
    ],
)
def test_anchor_of_a_sentence_survives_edits_to_other_paragraphs(edited):
    before, after = _ids(BASE), _ids(edited)
    assert after["Second paragraph stays."] == before["Second paragraph stays."]


def test_identical_sentences_get_suffixed_anchors():
    ids = [s.id for s in segment(_source("Same words.\nSame words.\nOther.")).sentences()]
    assert ids[0] == anchor("Same words.")
    assert ids[1] == anchor("Same words.") + "-2"
    assert len(set(ids)) == 3


def test_anchor_ignores_whitespace_and_case_only():
    assert anchor("Agdam  fell.") == anchor("agdam fell.")
    assert anchor("Agdam fell.") != anchor("Aghdam fell.")
