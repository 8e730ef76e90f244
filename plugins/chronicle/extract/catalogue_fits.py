"""What the wars catalogue says about a day told without its year: the entries whose span holds it in one year.

The pure queries ``catalogue_years`` (days no year of the text dates) and ``redating`` (days the resolver dated
from another time the text told) ask, and the edits they make to a mention once they know its year.
"""

from __future__ import annotations

import datetime as dt
import re

from chronicle.extract.timex.mention import bounded
from chronicle.model import DateMention
from chronicle.records import replace
from chronicle.wars import War, WarCatalog

FOUGHT = frozenset({"war", "clashes", "campaign", "battle", "blockade"})  # a period ("between the wars") fights nowhere
WEEKS = 120  # the longest war or clashes whose days are all of one year (the 44-day war; not the first war's six years)
_STEP_BACK_DAYS = 7  # how far before the day last told a yearless day still is of its year
_YEAR = re.compile(r"(?<![\w:])\d{4}(?=-|$)")  # every year a value writes: "2018-07-12/2018-07-13"


def year_of(month: int, day: int, districts: set[str], named: set[str], catalog: WarCatalog,
            widen: bool = True) -> tuple[int, str] | None:
    """(year, id of the first fitting entry) for a day told without its year, or None when no entry fits or the
    fitting entries' years differ. An entry fits when its span holds the day in one year only and it fought in
    one of ``districts``, or, when the sentence places nothing, when the text names it (``named``; not its parent
    alone: "the first war" and "On 19 September" is any of six Septembers, not its 1993 offensive's). Entries the
    text names that hold the day in one and the same year outrank the districts' (an anniversary of the 44-day war:
    "Jabrayil was liberated on October 4" is 2020's, though the 1993 offensives also fought in Jabrayil in October).
    When none fits and the text names no entry, the wars of weeks that hold the day in one year do (``war_years``),
    if ``widen``."""
    fits: dict[int, str] = {}
    told: dict[int, str] = {}  # the entries the text names: they say which fight it tells, wherever the sentence is
    for war in catalog.all():
        year = only_year(war, month, day)
        if year is None or war.kind not in FOUGHT:
            continue
        if war.id in named:
            told.setdefault(year, war.id)
        if (districts & set(war.districts)) if districts else war.id in named:
            fits.setdefault(year, war.id)
    if len(told) == 1:
        return next(iter(told.items()))
    if not fits and not named and widen:
        fits = war_years(month, day, catalog)
    return next(iter(fits.items())) if len(fits) == 1 else None


def fought_years(month: int, day: int, districts: set[str], catalog: WarCatalog) -> set[int]:
    """The years of the entries that fought in one of ``districts`` on that day (each holding it in one year)."""
    return {year for war in catalog.all() if war.kind in FOUGHT and districts & set(war.districts)
            and (year := only_year(war, month, day)) is not None}


def war_years(month: int, day: int, catalog: WarCatalog) -> dict[int, str]:
    """{year: war id} of the wars whose span holds the day (month, day) in one year only: wars of weeks."""
    fits: dict[int, str] = {}
    for war in catalog.all():
        year = only_year(war, month, day) if war.kind == "war" else None
        if year is not None:
            fits.setdefault(year, war.id)
    return fits


def only_year(war: War, month: int, day: int) -> int | None:
    """The one year in which ``war``'s span holds the day (month, day), else None (none, or several)."""
    if war.start is None or war.end is None:
        return None
    years = [y for y in range(war.start.year, war.end.year + 1) if war.start <= day_of(y, month, day) <= war.end]
    return years[0] if len(years) == 1 else None


def goes_on(told: dt.date, month: int, day: int) -> bool:
    """Is a day told without its year one of the story's year: later in the calendar than the day it last told, or
    a few days before it ("July 20 ... calm since the evening of July 19")? Further back it may be a look back to
    another year, or the next spring."""
    if (month, day) >= (told.month, told.day):
        return True
    return (told - day_of(told.year, month, day)).days <= _STEP_BACK_DAYS  # no such day (29 February): dt.date.min


def of_weeks(war: War, catalog: WarCatalog) -> bool:
    """Does the entry belong to a war or clashes of weeks, whose days are all of one year (not to the first war's
    six years, nor to the years between the wars)?"""
    top = catalog.get(war.top)
    return top.kind in ("war", "clashes") and top.days() <= WEEKS


def day_of(year: int, month: int, day: int) -> dt.date:
    """The day, or ``date.min`` for 29 February of a common year: no such day, outside every span."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return dt.date.min


def in_year(mention: DateMention, year: int, month: int, day: int, time: str | None, anchor: str,
            until: tuple[int, int] | None = None, until_time: str | None = None) -> DateMention:
    """The mention on that day of ``year``; a range's last day (``until``, at ``until_time`` if it tells one) in the
    same year, or in the next when it comes earlier in the calendar ("December 30 - January 2")."""
    when = day_of(year, month, day)
    last = when if until is None else day_of(year + (until < (month, day)), *until)
    if dt.date.min in (when, last):
        return mention  # 29 February of a common year
    earliest, latest = bounded((when, last), mention.mod)
    value = when.isoformat() + (time or "") + ("" if until is None else f"/{last.isoformat()}{until_time or ''}")
    return replace(mention, value=value, earliest=earliest, latest=latest, precision="day", anchor=anchor)


def years_later(mention: DateMention, years: int, anchor: str) -> DateMention:
    """The mention so many years on: every year its value writes (both ends of a range), its first and last days."""
    return replace(mention, value=shift_years(mention.value, years),
                   earliest=_years_on(mention.earliest, years), latest=_years_on(mention.latest, years), anchor=anchor)


def shift_years(value: str, years: int) -> str:
    """Every year a value writes, so many years on ("2018-07-12/2018-07-13")."""
    return _YEAR.sub(lambda y: str(int(y.group()) + years), value)


def _years_on(day: dt.date | None, years: int) -> dt.date | None:
    """The day so many years on (28 February for a 29th in a common year)."""
    if day is None:
        return None
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
