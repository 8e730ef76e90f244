"""The days a TIMEX3 value allows, by the export contract's interval rule (DATA-EXPORT.md).

Two claims disagree exactly when their intervals do not overlap, so this rule
decides what the site calls disputed; it is computed from the value and
modifier alone (a claim row, a synthetic benchmark claim) and agrees with the
bounds the date tagger gives its mentions.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re

Interval = tuple[dt.date | None, dt.date | None]

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_HALF_QUARTER = re.compile(r"^(\d{4})-(H[12]|Q[1-4])$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})X$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(-WE)?$")
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
_PART_MONTHS = {"H1": (1, 6), "H2": (7, 12), "Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12)}
ONE_DAY = dt.timedelta(days=1)


def span(value: str) -> tuple[dt.date, dt.date] | None:
    """First and last day of a value without modifier; None for durations and unresolved values."""
    if "/" in value:
        first, last = (span(part) for part in value.split("/", 1))
        return (first[0], last[1]) if first and last else None
    try:
        return _span(value)
    except ValueError:  # an impossible date in a hand-written value
        return None


def _span(value: str) -> tuple[dt.date, dt.date] | None:
    if m := _DAY.match(value):
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        night = (m[4] or "").startswith("TNI")  # a night runs into the next day
        return day, day + ONE_DAY if night else day
    if m := _MONTH.match(value):
        return _months(int(m[1]), int(m[2]), int(m[2]))
    if m := _SEASON.match(value):
        return _months(int(m[1]), *_SEASON_MONTHS[m[2]])
    if m := _HALF_QUARTER.match(value):
        return _months(int(m[1]), *_PART_MONTHS[m[2]])
    if m := _YEAR.match(value):
        return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
    if m := _DECADE.match(value):
        return dt.date(int(m[1]) * 10, 1, 1), dt.date(int(m[1]) * 10 + 9, 12, 31)
    if m := _WEEK.match(value):
        monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return (monday + 5 * ONE_DAY, monday + 6 * ONE_DAY) if m[3] else (monday, monday + 6 * ONE_DAY)
    return None


def _months(year: int, first: int, last: int) -> tuple[dt.date, dt.date]:
    """From the first day of month ``first`` to the last of ``last`` (13, 14 = next year's January, February)."""
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    return dt.date(year, first, 1), dt.date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])


def interval(value: str | None, mod: str | None = None) -> Interval:
    """(earliest, latest) the value allows under its modifier; None on a side left open."""
    whole = span(value) if value else None
    if whole is None:
        return None, None
    first, last = whole
    if mod in ("START", "MID", "END"):
        return third(first, last, mod)
    if mod == "BEFORE":
        return None, first - ONE_DAY
    if mod == "ON_OR_BEFORE":
        return None, last
    if mod == "AFTER":
        return last + ONE_DAY, None
    if mod == "ON_OR_AFTER":
        return first, None
    return first, last  # no modifier, APPROX


def third(first: dt.date, last: dt.date, mod: str) -> tuple[dt.date, dt.date]:
    """The first, middle or last third of a span, rounded up to whole days."""
    days = (last - first).days + 1
    keep = math.ceil(days / 3)
    if mod == "START":
        return first, first + (keep - 1) * ONE_DAY
    if mod == "END":
        return last - (keep - 1) * ONE_DAY, last
    start = first + ((days - keep) // 2) * ONE_DAY
    return start, start + (keep - 1) * ONE_DAY


def disjoint(a: Interval, b: Interval) -> bool:
    """Can both not be true? One's latest before the other's earliest, both known."""
    return (a[1] is not None and b[0] is not None and a[1] < b[0]) or (
        b[1] is not None and a[0] is not None and b[1] < a[0]
    )


def intersection(intervals: list[Interval]) -> Interval:
    """The latest earliest and the earliest latest; (None, None) when they cross (the claims disagree)."""
    lows = [lo for lo, _ in intervals if lo is not None]
    highs = [hi for _, hi in intervals if hi is not None]
    lo, hi = (max(lows) if lows else None), (min(highs) if highs else None)
    if lo is not None and hi is not None and hi < lo:
        return None, None
    return lo, hi
