"""Tokens for the date grammar: words, numbers and the few number shapes that are lexical units.

Numbers with thousands separators ("2,783", but not a day and its year run together: "April 30,1993"), clock times ("11:31"), ISO and
numeric dates ("1993-04-03", "05/10/1992"), ordinals ("22nd") and decades
("1990s") are recognized here, so the grammar never has to glue digits back
together. Every token keeps its character offsets in the sentence and whether
whitespace precedes it (``gap``): "MiG-21" and "of1993" are told apart by it.
A footnote's superscript number is skipped: "April² 1993" is April 1993. A document's symbol
("S/1996/1009", "A/51/707", "S/RES/822") is one token that opens no date.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from chronicle import alternation
from chronicle.extract.timex import lexicon

_TOKEN = re.compile(
    # every token starts with a non-space: a space fails that one test instead of every kind in turn
    r"""
    (?=\S)(?:
    (?P<label>Dates?(?=\d|[A-Z][a-z]))
  | (?P<mark>[\u00b9\u00b2\u00b3\u2070-\u2079]+)
  | (?P<symbol>[A-Z]{1,3}/(?:[A-Z]{1,5}/)*\d[\dA-Z./-]*)
  | (?P<word>[^\W\d_\u00b9\u00b2\u00b3\u2070-\u2079]+)
  | (?P<punct>[^\w\s])
  | (?P<iso>\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?)(?![\d-])
  | (?P<numdate>\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})|\d{1,2}-\d{1,2}-\d{4})(?!\d|[./-]\d)
  | (?P<daymonth>\d{1,2}\.\d{1,2}\.)(?=\s?[-\u2013]\s?\d{1,2}\.\d{1,2}\.\d{4})
  | (?P<clock>\d{1,2}[:\u0589]\d{2})(?![\d:\u0589])  # Armenian types its full stop "։" for the colon: "20։30"
  | (?P<quantity>\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+\.\d+)
  | (?P<ordinal>\d{1,3}(?:st|nd|rd|th))(?![^\W\d_])
  | (?P<decade>(?:\d{2})?\d0s)(?![^\W\d_])
  | (?P<num>\d+)
    )""",
    re.VERBOSE,
)


class Token(NamedTuple):
    kind: str  # iso, numdate, clock, quantity, ordinal, decade, num, word, punct, symbol
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
    new = tuple.__new__  # a named tuple's own constructor is a Python function: one frame less per token
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        word, kind = match.group(), match.lastgroup
        if kind == "mark":
            continue  # a footnote's superscript number ("6 апреля² 1993 года") is no part of the date it follows
        tokens.append(new(Token, ("word" if kind == "label" else kind, word, start, end, start != last_end, word.lower())))
        # an infobox label glued to its value ("DateMarch 27", "Date3 March") stands apart from it
        last_end = -1 if kind == "label" else end
    return tokens


# Every date expression holds a digit or one of these words, so a sentence
# without any is skipped untokenized (most sentences of prose).
_ANCHOR_WORDS = sorted(
    set(lexicon.MONTHS)
    | set(lexicon.MONTH_ABBREVIATIONS)
    | set(lexicon.SEASONS)
    | set(lexicon.WEEKDAYS)
    | set(lexicon.PARTS_OF_DAY)
    | set(lexicon.UNITS)
    | {"yesterday", "today", "tomorrow", "tonight", "overnight", "weekend"}
    | {"same", "midnight", "noon"}  # "around the same time", "just after midnight", "at noon"
)
# The words grouped by first letter (``chronicle.alternation``): most positions of a sentence start none of them.
_MAY_HOLD_DATE = re.compile(
    rf"\d|(?=[{alternation.letters(w[0] for w in _ANCHOR_WORDS)}])\b(?:"
    + alternation.grouped([(w[0], re.escape(w)) for w in _ANCHOR_WORDS]) + r")\b",
    re.IGNORECASE,
)


_DIGIT = re.compile(r"\d")
_ANCHOR_SET = frozenset(_ANCHOR_WORDS)
_ASCII_RUN = re.compile(r"[a-z_]+")  # a run of word characters of lower-cased ASCII text holding no digit


def may_hold_date(text: str) -> bool:
    """A digit or a date word (``_MAY_HOLD_DATE``). Asked of every sentence, half of which hold neither: a digit is
    found by a scan ``re`` runs at C speed, and an ASCII text's words are its runs of letters, whose set meets the
    date words or not (the grouped alternation tries its look-ahead at every character: 4.6 -> 2.5 us a sentence)."""
    if _DIGIT.search(text) is not None:
        return True
    if text.isascii():  # (IGNORECASE lets the Kelvin sign stand for "k" and the long s for "s": not in ASCII text)
        return not _ANCHOR_SET.isdisjoint(_ASCII_RUN.findall(text.lower()))
    return _MAY_HOLD_DATE.search(text) is not None
