"""One chronological order for every page: headings, lists, indexes and timelines.

The rule, also stated on the Methodology page: a dated thing is placed at
the first day it can mean ("late July 1993" at 21 July, "summer 1993" at
1 June, "1993" at 1 January); of two that begin on the same day, the longer
span comes first, as a heading comes before its parts ("1993", then
"January 1993", then "1 January 1993"; "late July" before "21 July"). An
open-ended date ("by 20 August 1993") is placed at the day it names. What
has no date comes last.

Because a span is placed at its first day, a group of a calendar unit
(everything under "July 1993") is one unbroken run in this order, so
headings never repeat.
"""

from __future__ import annotations

import datetime as dt

from chronicle.extract.timex.label import MONTHS
from chronicle.model import DateMention

# An undated thing sorts after every dated one.
UNDATED = (True, dt.date.max, 0)

ChronoKey = tuple[bool, dt.date, int]


def span_key(earliest: dt.date | None, latest: dt.date | None) -> ChronoKey:
    """Where a span of days sits in the order: its first day, then the longer span first."""
    start = earliest or latest
    if start is None:
        return UNDATED
    length = (latest - earliest).days if earliest and latest else 0
    return (False, start, -length)


def mention_key(mention: DateMention | None) -> ChronoKey:
    """Where a date mention sits in the order (durations and unresolved values: undated)."""
    if mention is None or mention.type not in ("DATE", "TIME"):
        return UNDATED
    return span_key(mention.earliest, mention.latest)


def first_mention(mentions) -> DateMention | None:
    """The mention that places a sentence: the earliest in the order among its calendar dates."""
    dated = [m for m in mentions if m.type in ("DATE", "TIME") and (m.earliest or m.latest)]
    return min(dated, key=mention_key) if dated else None


def heading(mention: DateMention | None) -> str | None:
    """The narrative heading a statement goes under: its first day's month, or a whole year or decade it spans.

    Derived from the same span as :func:`span_key`, so each heading's statements
    form one run in the order (a span that starts mid-month goes under that month).
    ``None`` for an undated statement.
    """
    if mention is None or mention_key(mention) == UNDATED:
        return None
    start = mention.earliest or mention.latest
    length = (mention.latest - start).days if mention.latest else 0
    if (start.month, start.day) == (1, 1) and length >= 364:
        return f"the {start.year}s" if start.year % 10 == 0 and length >= 3651 else str(start.year)
    return f"{MONTHS[start.month - 1]} {start.year}"  # the site's English names, whatever the locale (``parts`` reads them back)
