"""'Subjecting the positions of the Azerbaijani army to intensive shelling', 'subjected the villages of Tartar to
artillery fire': a light verb whose object stands between it and the noun of fire it lights. The noun happened,
worded from the verb; the place attacked is in that object, not after the noun (where the weapons and the day
follow: "... to intensive shelling from large-caliber weapons in the front-line zone on Sept. 27")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from chronicle.records import replace

if TYPE_CHECKING:
    from chronicle.extract.claims.predicates import Predicate

# the verb, its object (no clause mark in it, not "to" at once: "were subjected to fire" is the passive) and "to"
# with up to three words describing the fire, ending right at the noun
_SUBJECTING = re.compile(r"\b(subject(?:s|ed|ing)?)\s+(?!to\b)[^,;:.()\"“”]{1,100}?\s+to\s+(?:[\w-]+\s+){0,3}$", re.I)
_REACH = 160


def light_start(text: str, pos: int) -> int | None:
    """Where the verb of 'subjecting X to' lighting the noun at ``pos`` starts, or None."""
    begin = max(0, pos - _REACH)
    m = _SUBJECTING.search(text, begin, pos)
    return m.start() if m else None


def object_span(text: str, pred: Predicate) -> tuple[Predicate, int] | None:
    """The verb as a predicate of its own and where its object ends (the "to" before the noun), when ``pred`` is a
    noun lit so: ``targets.forward`` reads the place attacked there."""
    m = _SUBJECTING.match(text, pred.wording[0], pred.start)
    if pred.role != "nouns" or m is None:
        return None
    to = text.rfind(" to ", m.end(1), pred.start)
    verb = replace(pred, start=m.start(1), end=m.end(1), wording=(m.start(1), m.end(1)))
    return verb, to
