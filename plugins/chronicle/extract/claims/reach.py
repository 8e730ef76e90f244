"""How far a predicate's places reach: a withdrawal's destination and a fronted clause's comma end them.

"The Armenian forces retreated from Hadrut to Stepanakert": a withdrawal ("retreated from", "withdrew from") is
about the place left, not the one gone to. "After capturing Jabrayil, the army moved on Fuzuli": a clause fronted
by a subordinator ends at its comma; the places after it are the main clause's, not the participle's - unless the
comma only parts a list of places ("After capturing Jabrayil, Fuzuli and Zangilan, the army ..."). Shapes of
clauses, read over the targets the object search found, so that the search itself stays as it is.
"""

from __future__ import annotations

import re

from chronicle.extract.claims import harm
from chronicle.extract.claims.predicates import Predicate
from chronicle.extract.claims.target import Target
from chronicle.lexicon import ClaimLexicon

_DESTINATION = re.compile(r"\b(?:to|towards|toward|into)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}$", re.I)
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*,?\s*as well as\s+)(?:the\s+)?"
                       r"(?:(?:city|town|village|district|region)\s+of\s+)?", re.I)


def kept(text: str, pred: Predicate, found: list[Target], lex: ClaimLexicon) -> list[Target]:
    """The targets a predicate's clause reaches: its withdrawal's destinations and, in a fronted clause, the places
    after the comma that ends it, left out; an attack told by its harm, opening the sentence, reaches only the places
    of its own phrase ("As a result of the shelling by the army, a resident of Seysulan was killed": the victim's
    home is no place the noun names)."""
    if pred.harmed and harm.opens_sentence(text, pred.start):
        return _before_clause_end(text, found, pred.end)
    if len(found) < 2:
        return found
    if _withdrawal(text, pred):
        found = [t for t in found if t.start < pred.end or not _DESTINATION.search(text[pred.end:t.start])]
    if _fronted(text, pred, lex):
        found = _before_clause_end(text, found, min(t.start for t in found))
    return found


def _withdrawal(text: str, pred: Predicate) -> bool:
    """'retreated from', 'withdrew from', 'were forced to leave': a control verb whose object is the place left."""
    return pred.kind == "control" and not pred.passive and text[pred.wording[0]:pred.wording[1]].casefold().endswith(
        ("from", "leave", "left", "abandon", "abandoned"))


def _fronted(text: str, pred: Predicate, lex: ClaimLexicon) -> bool:
    """Is the predicate in a clause fronted by a subordinator ("After capturing ...,", "Having taken ...,")?"""
    head = text[:pred.wording[0]].strip()
    return bool(head) and "," not in head and len(head.split()) <= 2 and lex.has("fronting", head.split()[0])


def _before_clause_end(text: str, found: list[Target], start: int) -> list[Target]:
    """The targets from ``start`` up to the comma that ends the clause: the first with no comma before it, each next
    one joined to the last by a list's gap only."""
    out: list[Target] = []
    for t in sorted(found, key=lambda t: t.start):
        gap = text[out[-1].end if out else start:t.start]
        if "," in gap and not (out and _LIST_GAP.fullmatch(gap)):
            break
        out.append(t)
    return [t for t in found if t in out]
