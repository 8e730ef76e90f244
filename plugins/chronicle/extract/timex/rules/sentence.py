"""The bottom layer of the English date grammar: one sentence's tokens and the questions rules ask of them.

The rules are methods of a few classes, each built on the ones below it
(``sentence`` < ``blocks`` < ``points`` < ``spans``; ``relative`` and
``durations`` on ``blocks``; ``modifiers`` on ``spans`` and ``relative``),
so a rule calls only what its layer stands on. This layer holds what is fixed
for a sentence (its tokens, whether "05/10/1992" is read day first, whether
the sentence speaks of the future) and the small predicates every rule uses
("is token i one of these words", "is it glued to the token before"), so that
no rule indexes the token list on its own and runs off its ends.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from chronicle.extract.timex import lexicon as lx
from chronicle.extract.timex.frames import Frame, Point
from chronicle.extract.timex.tokens import Token

Hit = tuple[int, Frame]  # index after the last token used, and the frame read
PointHit = tuple[int, Point, str]  # index after, point, rule name
Rule = Callable[[Any, int], "Hit | None"]  # a rule, unbound: called with the grammar and its first token's index


class Sentence:
    """One sentence's tokens, with the predicates and the longest-match helper the rules share."""

    def __init__(self, tokens: list[Token], day_first: bool) -> None:
        self.t = tokens
        self.n = len(tokens)
        self.day_first = day_first
        self._future: bool | None = None

    def low(self, i: int) -> str:
        """Token i lower-cased, "" past either end: rules look around a token without bounds checks."""
        return self.t[i].low if 0 <= i < self.n else ""

    def word(self, i: int, *words: str) -> bool:
        """Token i is a word among ``words`` (a number or punctuation never is)."""
        return 0 <= i < self.n and self.t[i].kind == "word" and self.t[i].low in words

    def glued(self, i: int) -> bool:
        """Token i touches the token before it (no whitespace)."""
        return 0 < i < self.n and not self.t[i].gap

    def dash(self, i: int) -> bool:
        return 0 <= i < self.n and self.t[i].text in lx.DASHES

    def frame(self, i: int, j: int, rule: str, kind: str, **fields) -> Hit:
        """The frame read from tokens i to j (exclusive), spanning their characters."""
        return j, Frame(self.t[i].start, self.t[j - 1].end, rule, kind, **fields)

    def connects(self, i: int) -> bool:
        """A range connector: a dash, "to", "until", "through"."""
        return self.dash(i) or self.word(i, *lx.RANGE_WORDS)

    def skip_the(self, i: int) -> int:
        """Past a "the" at token i: spans leave it out ("end of the month" reads "month")."""
        return i + 1 if self.word(i, "the") else i

    @property
    def future(self) -> bool:
        """The sentence speaks of the future ("will", "shall"): a bare weekday then lies ahead."""
        if self._future is None:
            self._future = any(t.low in lx.FUTURE_WORDS for t in self.t)
        return self._future

    def longest(self, i: int, rules: tuple[Rule, ...]) -> Hit | None:
        """The longest match of ``rules`` at token i; a tie goes to the rule listed first."""
        best = None
        for rule in rules:
            hit = rule(self, i)
            if hit is not None and (best is None or hit[0] > best[0]):
                best = hit
        return best
