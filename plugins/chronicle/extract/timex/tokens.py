"""Tokens for the date grammar: words, numbers and the few number shapes that are lexical units.

Numbers with thousands separators ("2,783"), clock times ("11:31"), ISO and
numeric dates ("1993-04-03", "05/10/1992"), ordinals ("22nd") and decades
("1990s") are recognized here, so the grammar never has to glue digits back
together. Every token keeps its character offsets in the sentence and whether
whitespace precedes it (``gap``): "MiG-21" and "of1993" are told apart by it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chronicle.extract.timex import lexicon

_TOKEN = re.compile(
    r"""
    (?P<iso>\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?)(?![\d-])
  | (?P<numdate>\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2}))(?![\d./])
  | (?P<clock>\d{1,2}:\d{2})(?![\d:])
  | (?P<quantity>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)
  | (?P<ordinal>\d{1,3}(?:st|nd|rd|th))(?![^\W\d_])
  | (?P<decade>(?:\d{2})?\d0s)(?![^\W\d_])
  | (?P<num>\d+)
  | (?P<word>[^\W\d_]+)
  | (?P<punct>[^\w\s])
    """,
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Token:
    kind: str  # iso, numdate, clock, quantity, ordinal, decade, num, word, punct
    text: str
    start: int
    end: int
    gap: bool  # whitespace (or the sentence start) before the token
    low: str

    @property
    def number(self) -> int | None:
        """The integer a num/ordinal/decade token stands for."""
        if self.kind == "num":
            return int(self.text)
        if self.kind == "ordinal":
            return int(self.text[:-2])
        if self.kind == "decade":
            return int(self.text[:-1])
        return None

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()


def tokenize(text: str) -> list[Token]:
    tokens = []
    last_end = -1
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        tokens.append(
            Token(
                kind=match.lastgroup or "punct",
                text=match.group(),
                start=start,
                end=end,
                gap=start != last_end,
                low=match.group().lower(),
            )
        )
        last_end = end
    return tokens


# Words that can open a date expression; other tokens are skipped without trying any rule.
TRIGGER_WORDS = frozenset(
    set(lexicon.MONTHS)
    | set(lexicon.MONTH_ABBREVIATIONS)
    | set(lexicon.SEASONS)
    | set(lexicon.WEEKDAYS)
    | set(lexicon.PARTS_OF_DAY)
    | set(lexicon.NUMBER_WORDS)
    | lexicon.PLURAL_UNITS
    | set(lexicon.FUZZY_ADJECTIVES)
    | set(lexicon.FUZZY_NOUNS)
    | set(lexicon.HALVES)
    | set(lexicon.BOUNDS)
    | lexicon.APPROXIMATORS
    | {
        "a", "an", "half", "few", "several", "many", "couple", "over",
        "yesterday", "today", "tomorrow", "tonight", "this", "last", "next",
        "same", "following", "previous", "preceding", "that", "earlier", "later",
        "coming", "recent", "past",
    }
)
TRIGGER_KINDS = frozenset({"iso", "numdate", "clock", "ordinal", "decade", "num", "quantity"})


def is_trigger(token: Token) -> bool:
    return token.kind in TRIGGER_KINDS or (token.kind == "word" and token.low in TRIGGER_WORDS)
