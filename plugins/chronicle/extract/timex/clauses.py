"""Where a date stands in its sentence: the clauses around it tell whose time it is.

A date may name a document ("the statement of November 9, 2020"), stand in a relative clause's aside ("Lachin, which
was returned in December 2020,"), open what lasts to the writing ("since 12 May 1994"), or give its year to a day the
same clause wrote before it ("attacked on 2 April and retaken on 5 April 2016"). The resolver (``resolve``) asks.
"""

from __future__ import annotations

import re

from chronicle.extract.cuetext import search_end
from chronicle.extract.timex import lexicon as lx
from chronicle.extract.timex.frames import Frame

# "the trilateral statement of November 9, 2020", "the resolution dated 30 April 1993": a document's name (three
# whitespace-separated pieces at most: ``search_end`` looks only there).
# "dated" alone says it too, however far its document's noun stands: "the statement of the leaders of Russia, Azerbaijan
# and Armenia dated November 9, 2020".
_DOCUMENT_OF = re.compile(rf"(?:\b(?:{'|'.join(sorted(lx.DOCUMENT_NOUNS))})\s+of|\bdated)\s+(?:the\s+)?$", re.IGNORECASE)
# A non-restrictive relative clause that has not closed before the date.
_ASIDE = re.compile(r",\s+(?:which|where|when|who|whose)\b[^,;:()\[\]]*$")
_SINCE_BEFORE = re.compile(r"\b(?:since|from)\s+(?:the\s+)?$|(?<!\w)с\s+$", re.IGNORECASE)  # "since 12 May 1994", "с 12 мая"


def names_a_document(text: str, start: int) -> bool:
    """Does the date starting at ``start`` name a document ("the statement of November 9, 2020")?"""
    return search_end(_DOCUMENT_OF, text[:start], 3) is not None


def in_aside(text: str, since: int, start: int) -> bool:
    """Does a relative clause opened after ``since`` stay open up to ``start``?"""
    return _ASIDE.search(text, since, start) is not None


def year_after(text: str, frame: Frame, following: list[Frame]) -> int | None:
    """The year the sentence writes with the next day or month it tells, when that comes later in the calendar
    than the frame's own day ("It was attacked on 2 April and retaken on 5 April 2016"): the clause's year, before
    the narrative's. Not a document's date ("the statement of November 9, 2020"), nor the start of what lasts
    ("the truce in force since 12 May 1994"), nor a relative clause's aside; nor the same day written again with
    its year, which is another year's ("On September 27 the country remembers the war begun on September 27, 2020")."""
    point = frame.point
    if frame.kind not in ("point", "range") or point is None or point.year is not None or point.month is None:
        return None
    later = next((f for f in following if f.kind in ("point", "range") and f.point and f.point.month), None)
    if later is None or later.point.year is None or (later.point.month, later.point.day or 31) <= (point.month, point.day or 0):
        return None
    before = text[: later.start]
    if names_a_document(before, len(before)) or _SINCE_BEFORE.search(before) or in_aside(before, frame.end, len(before)):
        return None
    return later.point.year
