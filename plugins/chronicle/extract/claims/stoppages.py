"""Stoppages: a side stopping what moves to or through a place ("closed all traffic on the Lachin road", "banned all
passenger and cargo transportation through the corridor", "halted the gas supplies to Artsakh", "the suspension of
all traffic"), an event of kind ``other`` at the place the movement reaches, as a road cut off is. Apart from
``predicates`` as one of its shape passes."""

from __future__ import annotations

import re

from chronicle.extract.claims.words import WORD
from chronicle.lexicon import ClaimLexicon
from chronicle.literals import cued

_MOST_BETWEEN = 5  # what moves, described: "all humanitarian passenger and cargo transportation"
_PUNCTUATION = re.compile(r"[,;:.!?()\[\]\"“”]")


def hits(text: str, lex: ClaimLexicon) -> list[tuple[int, int, str, str]]:
    """A verb or noun of stopping (the lexicon's ``stopping``) and, a few lower-case words on with no punctuation
    between, what moves (``movements``): worded from the verb to that noun, the place it reaches read after it as a
    verb's object. A name between ("stopped Armenian units") or a capital stops the search: no traffic is stopped."""
    found = []
    for verb in cued(lex.phrases["stopping"]).finditer(text):
        for i, w in enumerate(WORD.finditer(text, verb.end(), min(len(text), verb.end() + 80))):
            if i > _MOST_BETWEEN or not w.group().islower() or _PUNCTUATION.search(text, verb.end(), w.start()):
                break
            if lex.has("movements", w.group()):
                found.append((verb.start(), w.end(), "other", "verbs"))
                break
    return found
