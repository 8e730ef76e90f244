"""The places an anaphor may stand for (claims/recent.py): the last twenty usable places of the sentences before,
the same as reading every sentence's at once, but read only when asked and only as far back as twenty go.

Each sentence of a table is written for the test and names its places by hand (the place tagger has its own
tests); ``targetable.usable`` decides which of them can be targets, as it does in the pipeline.
"""

from __future__ import annotations

import pytest

from chronicle.extract.claims import targetable
from chronicle.extract.claims.recent import KEPT, Recent, Usable
from chronicle.lexicon import load
from chronicle.model import PlaceMention


@pytest.fixture(scope="module")
def lex():
    return load()["en"]


def _sentence(n: int, first: int) -> tuple[str, tuple[PlaceMention, ...]]:
    """A sentence reporting shelling of ``n`` villages, numbered from ``first``; a country closes it (never usable)."""
    names = [f"Village{i}" for i in range(first, first + n)]
    text = "Artillery shelled " + ", ".join(names) + " from Armenia." if n else "Nothing happened there."
    mentions = [PlaceMention(text.index(w), text.index(w) + len(w), w, w.lower(), "AZ-AGM", "village") for w in names]
    if n:
        at = text.index("Armenia")
        mentions.append(PlaceMention(at, at + 7, "Armenia", "armenia", "AM", "country"))
    return text, tuple(mentions)


# places named by each sentence, in text order
CHAINS = [
    [],
    [0, 0],
    [3],
    [3, 0, 5],
    [25],
    [12, 12],
    [1] * 30,
    [7, 0, 0, 30, 2, 0, 4],
]


@pytest.mark.parametrize("counts", CHAINS)
def test_the_last_places_are_those_every_sentence_read_at_once_gives(lex, counts):
    eager: tuple[PlaceMention, ...] = ()
    recent = Recent()
    first = 0
    for n in counts:
        text, mentions = _sentence(n, first)
        first += n
        eager = (eager + tuple(targetable.usable(text, mentions, lex)))[-KEPT:]
        recent = recent.then(Usable(text, mentions, lex)) if mentions else recent
        assert tuple(recent) == eager
        assert tuple(recent) == eager  # asked again: the kept answer


@pytest.mark.parametrize("counts, unread", [
    ([5, 25], 1),  # the newest sentence alone holds twenty
    ([5, 10, 10], 1),  # the two newest hold twenty: the oldest is never read
    ([5, 10, 9], 0),  # nineteen in the two newest: the oldest is read too
    ([30, 1, 1], 0),
])
def test_sentences_beyond_the_last_twenty_places_are_never_read(lex, counts, unread):
    usables = []
    recent = Recent()
    first = 0
    for n in counts:
        usables.append(Usable(*_sentence(n, first), lex))
        first += n
        recent = recent.then(usables[-1])
    assert len(tuple(recent)) == min(KEPT, sum(counts))
    assert [u._places is None for u in usables] == [True] * unread + [False] * (len(counts) - unread)


def test_a_sentence_without_places_needs_no_reading(lex):
    assert tuple(Usable("Nothing happened there.", (), lex)) == ()
