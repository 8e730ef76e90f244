"""A calendar point is read by asking only the readers that can start on the token's kind.

``Points.point`` takes the longest of its readers' matches; to spare the
others, it asks only those listed under the token's kind (``_READERS``). That
table must never lose a point: at every token of the seed texts and of the
shapes below, the point read must be the one all readers together read.
"""

from __future__ import annotations

import pathlib

import pytest
from chronicle.extract.timex.rules.points import _READERS, Points
from chronicle.extract.timex.tokens import tokenize
from chronicle.segment import split_sentences

ROOT = pathlib.Path(__file__).resolve().parents[1]
ALL_READERS = (Points.month_first, Points.day_first_point, Points.season, Points.bare_year, Points.decade,
               Points.century, Points.numeric)
SHAPES = [
    "On 4 July 1993, 22nd of August, Sept. 27 and August 2021 the shelling went on.",
    "In the spring of 1993, in summer 1994 and in the 1990s, the '90s and the fourth century.",
    "The 19th century ended; 1993-04-03, 05/10/1992, 23-07-2014 and 27.03.-03.04.1993 are dates.",
    "Around 1500 Afghans, resolution 853 (1993), BM-21 rockets, 2,783 people and 11:31 GMT.",
    "May 16 evening, the fall of Shusha, March 8, 4th of July, 1993.",
]


def _reference(grammar: Points, i: int, bare_ok: bool):
    """Every reader asked, in the order of priority."""
    best = None
    for reader in ALL_READERS:
        hit = reader(grammar, i, bare_ok)
        if hit is not None and (best is None or hit[0] > best[0]):
            best = hit
    return best


def _sentences() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "sources").glob("*.txt"))]
    return SHAPES + [s for text in texts for line in text.splitlines() if line.strip() for s in split_sentences(line)]


def test_every_reader_is_listed_in_the_order_of_priority():
    for kind, readers in _READERS.items():
        assert list(readers) == sorted(readers, key=ALL_READERS.index), kind


@pytest.mark.parametrize("bare_ok", [False, True])
def test_the_readers_of_a_kind_read_what_all_readers_read(bare_ok):
    for sentence in _sentences():
        grammar = Points(tokenize(sentence), day_first=True)
        for i in range(-1, grammar.n + 1):
            assert grammar.point(i, bare_ok) == _reference(grammar, i, bare_ok), (sentence, i)
