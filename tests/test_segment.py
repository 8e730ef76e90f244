"""Sentence splitting and anchors that survive edits elsewhere in a source."""

from __future__ import annotations

import pytest

from chronicle.ingest import text_blocks
from chronicle.model import RawSource, SourceMeta
from chronicle.segment import anchor, segment, split_sentences


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


@pytest.mark.parametrize("text", ["a  b", "x. y. z.", "  1. ^ ref. pg. A7", "Is it? Yes! (Really.) Done."])
def test_split_keeps_every_character(text):
    assert "".join(split_sentences(text)).replace(" ", "") == text.replace(" ", "")


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
