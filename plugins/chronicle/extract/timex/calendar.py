"""Calendar arithmetic for resolved points: TIMEX3 values and earliest/latest days.

A season is a meteorological quarter (spring = March-May); the value
"1993-WI" runs from December 1993 to February 1994, naming a winter by the
December it starts in. A winter *named with its year* ("the winter of 1992",
"winter 1992", "зимой 1992 года") is the one lying mostly in that year, its
January and February: 1991-WI (``season_of_year``), as the gold reads it; a
winter named by both its years ("winter 1993-94") starts in the first.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math

from chronicle.extract.timex.frames import Point

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
_WEEKDAY_REACH = 6  # a day and month (but 29 February) fall on every weekday within six years of any year


def season_of_year(year: int, season: str, next_year: bool = False) -> Point:
    """The season a text names with its year: the winter of 1992 is December 1991 to February 1992 (two of its
    three months lie in 1992), unless the text names the year it runs into as well (``next_year``: "winter
    1993-94"); spring, summer and autumn lie whole in their year."""
    return Point(year - 1 if season == "WI" and not next_year else year, season=season)


def value(p: Point) -> str:
    """TIMEX3 value of a point; a missing year is written XXXX."""
    year = "XXXX" if p.year is None else f"{p.year:04d}"
    if p.day is not None:
        return f"{year}-{p.month:02d}-{p.day:02d}"
    if p.month is not None:
        return f"{year}-{p.month:02d}"
    if p.season is not None:
        return f"{year}-{p.season}"
    if p.decade is not None:
        return f"{p.decade}X"
    if p.century is not None:
        return f"{p.century:02d}"
    return year


def bounds(p: Point) -> tuple[dt.date, dt.date] | None:
    """First and last day a point can mean; None while its year is unknown or the day does not exist
    (an inferred year can turn "February 29" into a day that never was)."""
    try:
        return _bounds(p)
    except ValueError:
        return None


def _bounds(p: Point) -> tuple[dt.date, dt.date] | None:
    if p.decade is not None and p.year is None and p.month is None:
        return dt.date(p.decade * 10, 1, 1), dt.date(p.decade * 10 + 9, 12, 31)
    if p.century is not None and p.year is None:
        return dt.date(max(1, p.century * 100), 1, 1), dt.date(p.century * 100 + 99, 12, 31)
    if p.year is None:
        return None
    if p.day is not None:
        day = dt.date(p.year, p.month, p.day)
        return day, day
    if p.month is not None:
        return _month_span(p.year, p.month, p.month)
    if p.season is not None:
        first, last = _SEASON_MONTHS[p.season]
        return _month_span(p.year, first, last)
    return dt.date(p.year, 1, 1), dt.date(p.year, 12, 31)


def _month_span(year: int, first: int, last: int) -> tuple[dt.date, dt.date]:
    """Months counted past December roll into the next year (winter: 12..14)."""
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    return dt.date(year, first, 1), dt.date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])


def narrow(span: tuple[dt.date, dt.date], portion: tuple[float, float]) -> tuple[dt.date, dt.date]:
    """The part of a period a modifier covers: "early" is its first third, "second half" its last half."""
    first, last = span
    days = (last - first).days + 1
    start = first + dt.timedelta(days=math.floor(days * portion[0] + 1e-9))
    end = first + dt.timedelta(days=max(0, math.ceil(days * portion[1] - 1e-9) - 1))
    return start, max(start, end)


def week(day: dt.date) -> tuple[str, tuple[dt.date, dt.date]]:
    """ISO week value ("2023-W38") and its Monday..Sunday."""
    iso = day.isocalendar()
    monday = dt.date.fromisocalendar(iso.year, iso.week, 1)
    return f"{iso.year}-W{iso.week:02d}", (monday, monday + dt.timedelta(days=6))


def year_on_weekday(p: Point, weekday: int, year: int, later: bool = False) -> int | None:
    """The year nearest ``year`` in which the day falls on ``weekday`` (0 Monday), at most ``_WEEKDAY_REACH`` years
    away, ``year`` itself first; of two as near, the earlier, or the ``later``; None when none is (29 February)."""
    for distance in range(_WEEKDAY_REACH + 1):
        pair = (year + distance, year - distance) if later else (year - distance, year + distance)
        for candidate in dict.fromkeys(pair):
            fits = p.day <= calendar.monthrange(candidate, p.month)[1]
            if fits and dt.date(candidate, p.month, p.day).weekday() == weekday:
                return candidate
    return None


def next_day(p: Point) -> Point:
    """The day after a day (a day without its year stays as it is: which day follows 28 February is unknown)."""
    if p.year is None:
        return p
    try:
        return point_of(dt.date(p.year, p.month, p.day) + dt.timedelta(days=1), "day")
    except ValueError:  # a day that never was ("February 29" of a year the resolver inferred)
        return p


def point_of(day: dt.date, precision: str) -> Point:
    """The point of the given precision containing a day."""
    if precision == "day":
        return Point(day.year, day.month, day.day)
    if precision == "month":
        return Point(day.year, day.month)
    if precision == "decade":
        return Point(decade=day.year // 10)
    return Point(day.year)


def nearest_year(point: Point, doc: dt.date, direction: int) -> int:
    """The year of the month nearest the document's date in ``direction`` ("last July" in a December report is
    that year's July; in a March report, the year before's). The document's own month is the last one past."""
    if direction < 0:
        return doc.year if point.month <= doc.month else doc.year - 1
    return doc.year if point.month > doc.month else doc.year + 1


def end_in(a: Point, b: Point | None, year: int | None) -> Point | None:
    """A range's end given the year of its start: the next year's if it comes earlier in the calendar."""
    if b is None or b.year is not None or year is None:
        return b
    return b.with_year(year if (b.month or 0, b.day or 0) >= (a.month or 0, a.day or 0) else year + 1)
