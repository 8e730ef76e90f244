"""Segment: paragraphs into sentences, each with an anchor that survives edits.

A sentence's anchor is a hash of its own normalized text, so inserting,
editing or deleting *another* paragraph never moves a link that points at it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

import pysbd

from chronicle.boilerplate import classify
from chronicle.model import Paragraph, RawSource, Sentence, Source

_SEGMENTER = pysbd.Segmenter(language="en", clean=False, char_span=True)
# A fragment with no word of two letters ("1.", "^", "pg.") is a list marker or
# a stray abbreviation: it belongs to the sentence that follows it.
_FRAGMENT = re.compile(r"^(?:\W*|\W*\w{1,2}\W*|\d+\W*)$")


@lru_cache(maxsize=65536)
def split_sentences(text: str) -> tuple[str, ...]:
    """Sentences of one paragraph, stripped; joined with spaces they give the paragraph back.

    Cached: ``mkdocs serve`` re-segments unchanged paragraphs on every rebuild.
    """
    if not text.strip():
        return ()
    cuts = sorted({0, len(text), *(s.start for s in _SEGMENTER.segment(text))})
    merged: list[str] = []
    carry = ""
    for a, b in zip(cuts, cuts[1:]):
        piece = text[a:b].strip()
        if not piece:
            continue
        if merged and not carry and a > 0 and not text[a - 1].isspace():
            merged[-1] += piece  # cut inside a token ("offensive.[2]"): no sentence starts here
            continue
        piece = f"{carry} {piece}" if carry else piece
        carry = piece if _FRAGMENT.match(piece) else ""
        if not carry:
            merged.append(piece)
    if carry:
        if merged:
            merged[-1] = f"{merged[-1]} {carry}"
        else:
            merged.append(carry)
    return tuple(merged)


def normalize(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def anchor(text: str) -> str:
    return "s-" + hashlib.sha1(normalize(text).encode("utf-8")).hexdigest()[:8]


def segment(raw: RawSource) -> Source:
    """Paragraphs and sentences of a source, boilerplate marked (never dropped)."""
    texts = [text for _, text in raw.blocks]
    reasons = classify(texts)
    used: dict[str, int] = {}
    paragraphs = []
    for number, ((line, text), reason) in enumerate(zip(raw.blocks, reasons), 1):
        sentences = []
        for sentence in split_sentences(text):
            sid = _unique(anchor(sentence), used)
            sentences.append(Sentence(sid, number, sentence, boilerplate=reason is not None))
        paragraphs.append(Paragraph(number, line, tuple(sentences), reason))
    return Source(raw, tuple(paragraphs))


def _unique(base: str, used: dict[str, int]) -> str:
    """Identical sentences in one source share a hash: later copies get -2, -3, ..."""
    used[base] = used.get(base, 0) + 1
    return base if used[base] == 1 else f"{base}-{used[base]}"
