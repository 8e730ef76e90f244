"""What comes "under control" changes hands only when it is a place or a position.

"Azerbaijani troops took the strategic heights under control", "Aghdam came under the control of Armenian forces":
a place or a position changes hands. "The fire came under control by evening", "the situation in Aghdam came under
control of the authorities", "rescuers took the situation in Tartar under control": what was brought under control
is an event or a state, and the place named beside it only says where; no claim that anything changed hands (and
"the fire came under control" is no fire that anything came under, as "came under fire" is).

The shape read: the noun phrase that comes under control (the clause's subject before the predicate, or the object
between a taking verb and "under control") and its head, the last word before any preposition that locates it ("the
situation in Aghdam": situation). A capitalised head is a name; a lower-case head is a place or a position only when
the lexicon lists it as one (``place_nouns``, ``locator_heads``, ``region_heads``, ``generic_territory``).
"""

from __future__ import annotations

import re

from chronicle.extract.claims.predicates import Predicate
from chronicle.extract.claims.words import WORD
from chronicle.lexicon import ClaimLexicon

_UNDER_CONTROL = re.compile(r"\bunder\s+(?:the\s+)?(?:(?:full|complete|effective|[A-Z][\w'’]*)\s+)?control\b")
# the light verb "came under" whose object is "control", not fire: "the fire came under control"
_CONTROL_NEXT = re.compile(r"\s+(?:the\s+)?(?:(?:full|complete|effective)\s+)?control\b", re.I)
# where a subject's clause starts, and the prepositions after a head that only locate it
_CLAUSE_START = re.compile(r"(?:[,;:.!?]|\b(?:and|but|while|when|after|before|as|that|which)\b)\s*", re.I)
_LOCATING = frozenset("in at near around of on outside inside along".split())
_HEADS = ("place_nouns", "locator_heads", "region_heads", "generic_territory")


def changes_hands(text: str, pred: Predicate, lex: ClaimLexicon) -> bool:
    """Is this predicate a place's or a position's change of hands (or no "under control" shape at all)?"""
    if pred.kind == "assault" and pred.role == "nouns" and pred.wording[1] > pred.end \
            and _CONTROL_NEXT.match(text, pred.wording[1]):
        return False  # "the fire came under control": the noun is what was brought under control
    if pred.kind != "control":
        return True
    if pred.subject_side:
        under = _UNDER_CONTROL.search(text, pred.start, pred.end + 40)
        if under is None or under.start() > pred.end + 1:  # "came under control of", "was taken under control"
            return True
        clause = text[:pred.wording[0]]
        starts = [m.end() for m in _CLAUSE_START.finditer(clause)]
        return _a_place(clause[starts[-1] if starts else 0:], lex)
    if pred.role != "verbs":
        return True  # a noun's place follows it ("the deoccupation of Sugovushan ..., the dam came under control")
    under = _UNDER_CONTROL.search(text, pred.end, pred.end + 60)
    if under is None or re.search(r"[;.!?]", text[pred.end:under.start()]):
        return True
    return _a_place(text[pred.end:under.start()], lex)


def _a_place(phrase: str, lex: ClaimLexicon) -> bool:
    """Is the noun phrase's head (the last word before a preposition that locates it) a name, a place or a position?"""
    words = WORD.findall(phrase)
    if not words:
        return True  # nothing before it to read: leave the claim to the rules that find its place
    # the first preposition after a lower-case word closes the head ("the situation in Aghdam"); one that opens the
    # phrase ("In 1993 the situation") does not
    head = next((words[i - 1] for i in range(1, len(words))
                 if words[i].casefold() in _LOCATING and words[i - 1][:1].islower()), words[-1])
    if head[:1].isupper() or not head.isalpha():
        return True
    singular = head[:-1] if head.endswith("s") else head
    return any(lex.has(name, head) or lex.has(name, singular) for name in _HEADS)
