"""Harm told after an attack's noun: the attack named first, what it did after ("The bombardment of Aghdam, on the
second night, killed two shepherds", "In rocket attacks on Barda, the army killed ..."). The attack happened, on the
day the harm is told, at a place it names (``Predicate.harmed``), as when the harm comes first ("wounded in attacks
on Shushi", the lexicon's ``caused_by``)."""

from __future__ import annotations

import re

from chronicle.extract.claims.words import WORD
from chronicle.lexicon import ClaimLexicon

OPENING_WORDS = 5  # "As a result of the rocket attacks on": the words a sentence may open with before its noun
_SENTENCE_PART_END = re.compile(r"[;:!?]|\.(?!\d)")
# what an attack was made on, right after its noun: "the shelling of", "attacks on", "a strike against"
_OBJECT_NEXT = re.compile(r"\s+(?:of|on|against|at|upon)\b", re.I)


def opens_sentence(text: str, start: int) -> bool:
    """A noun at ``start`` with a few words before it and no comma: it opens its sentence."""
    opening = text[:start]
    return "," not in opening and len(WORD.findall(opening)) <= OPENING_WORDS


def harms_after(text: str, start: int, end: int, lex: ClaimLexicon) -> bool:
    """Does the attack's noun at ``start:end`` open the sentence (a few words before it, a preposition of cause or
    a determiner and its adjectives, no comma), with what it was made on or against right after it, and a harm (the
    lexicon's ``harming``) follow in the same sentence, no modal between ("would have killed")? An attack told
    later in a sentence is another clause's; one with no object of its own is a backdrop ("As a result of the
    operation, villages were destroyed and a hundred people killed"). Lower case: "May" the month is no modal."""
    if not opens_sentence(text, start) or not _OBJECT_NEXT.match(text, end):
        return False
    stop = _SENTENCE_PART_END.search(text, end)
    harmed = lex.phrases["harming"].search(text, end, stop.start() if stop else len(text))
    return harmed is not None and not any(w.islower() and lex.has("modals", w)
                                          for w in WORD.findall(text, end, harmed.start()))
