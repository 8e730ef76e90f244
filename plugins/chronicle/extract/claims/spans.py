"""Date ranges around a claim: the start of the state a change of hands began, and the day a "when" clause
refers back to.

A range of years after a change of hands ("It was occupied by ... from 11 April 1994 until 3 October 2020") tells
how long the state it began lasted: the change happened at the range's start, not over the whole range. A clause
that "when" opens right after a date (", when it was recaptured by Azerbaijan during the 2020 war") happened on
that date, a range's end: it is the day the clause refers back to, finer than the war's year the clause may name.
"""

from __future__ import annotations

import datetime as dt
import re

from chronicle.events.describe import precision
from chronicle.events.intervals import interval
from chronicle.extract.claims.predicates import Predicate
from chronicle.model import DateMention
from chronicle.records import replace

# what joins a range's two ends in its text: "1992 to 2020", "11 April 1994 until 3 October 2020", "1991-1994"
_JOIN = re.compile(r"\s+(?:until|till|to|through)\s+|\s*[-–—]\s*", re.I)
_WHEN = re.compile(r"\s*,\s*when\b", re.I)
_CLAUSE_END = re.compile(r"[,;:.!?]")
_STATE_DAYS = 366  # a change of hands takes days or weeks; a range longer than a year is the state it began


def end_of_range(d: DateMention, first: bool) -> DateMention | None:
    """The mention of a range's start (``first``) or end, read from its text and value; None when it is no range
    whose two ends its text shows apart."""
    values = d.value.split("/")
    joint = _JOIN.search(d.text)
    if len(values) != 2 or joint is None:
        return None
    value = values[0] if first else values[1]
    earliest, latest = interval(value)
    if earliest is None:
        return None
    start, end = (d.start, d.start + joint.start()) if first else (d.start + joint.end(), d.end)
    return replace(d, start=start, end=end, text=d.text[start - d.start:end - d.start], value=value, mod=None,
                   earliest=earliest, latest=latest, precision=precision(value))


def state_start(preds: list[Predicate], own: dict[int, DateMention]) -> dict[int, DateMention]:
    """A change of hands dated by a range longer than a year is dated by the range's start."""
    out = dict(own)
    for i, d in own.items():
        if preds[i].kind == "control" and _long(d) and (start := end_of_range(d, True)) is not None:
            out[i] = start
    return out


def _long(d: DateMention) -> bool:
    return d.earliest is not None and d.latest is not None and d.latest - d.earliest > dt.timedelta(days=_STATE_DAYS)


def when_day(text: str, preds: list[Predicate], own: dict[int, DateMention],
             dates: list[DateMention]) -> dict[int, DateMention]:
    """The predicates of a clause "when" opens right after a date take that date (a range's end), unless their own
    date is finer than it or lies outside it."""
    out = dict(own)
    for d in dates:
        opened = _WHEN.match(text, d.end)
        if opened is None:
            continue
        day = end_of_range(d, False) or d if "/" in d.value else d
        close = _CLAUSE_END.search(text, opened.end())
        end = close.start() if close else len(text)
        for i, pred in enumerate(preds):
            if pred.happened and opened.end() <= pred.wording[0] < end and _coarser(out.get(i), day):
                out[i] = day
    return out


def _coarser(mine: DateMention | None, day: DateMention) -> bool:
    """Is a predicate's own date absent, or one that holds the day (the war's year, "during the 2020 conflict")?"""
    if mine is None:
        return True
    if None in (mine.earliest, mine.latest, day.earliest, day.latest):
        return False
    return mine.earliest <= day.earliest and day.latest <= mine.latest and (mine.earliest, mine.latest) != (
        day.earliest, day.latest)
