"""A preposition governs every member of the list after it.

"Missiles struck the cities of Ganja, Barda and Baku": only Ganja stands right after "in", yet each name is where
the missiles struck. A rule that reads a name's use from the preposition just before it (``placeevents``: a
capital far from the fighting is a place of events only after a preposition of place) reads it, for a later member
of a list, from the preposition before the list's first name.
"""

from __future__ import annotations

import re

from chronicle.extract.cuetext import search_end

# The names before this one, each closed by a comma or a conjunction (English or Russian); a name may take two words.
_LISTED_BEFORE = re.compile(r"(?:[A-ZА-ЯЁ][\w'’-]*(?:\s+[A-ZА-ЯЁ][\w'’-]*)?"
                            r"(?:,\s+(?:(?:and|or|и|или)\s+)?|\s+(?:and|or|и|или)\s+)){1,6}$")


def governed(near: str, preposition: re.Pattern) -> bool:
    """Does ``preposition`` (a pattern anchored at the end, spanning at most 8 pieces) stand before the name,
    or before the list the name closes?"""
    if search_end(preposition, near, 8):
        return True
    listed = search_end(_LISTED_BEFORE, near, 14)
    return listed is not None and search_end(preposition, near[:listed.start()], 8) is not None
