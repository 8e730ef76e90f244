"""The year of a day the text writes without one when nothing in the text gives it: the catalogue's.

An undated copy of a book's page ("On 23 July, facing almost no resistance,
they took the large strategically vital city of Aghdam.") or of a report that
writes no year at all leaves the resolver (``timex.resolve``) with a day and
no year. The places the text puts events in do know it: of the catalogue's
entries whose span holds that day in one year only (battles, campaigns, wars
of weeks; not the six years of the first war, which hold every 23 July), those
fighting in the sentence's districts say when. A sentence that places nothing
takes the entries the text names ("the anti-terrorist measures" ... "On
September 19"). The year is given only when the entries agree: 15 October in
Tartar fits the 1993 offensives and the 2020 war alike, and stays without one.
When no entry fits and the text names none, the day is the war's whose weeks
hold it: a dispatch that writes no year at all ("the night of October 10-11"
in Stepanakert, where no entry of the catalogue fought) is of the 2020 war, the
only war fought on that day in one year only (the first war's six years hold
every day of the calendar, and so never say which).

It runs after the places are read (``places.filing_districts``), before the
wars: the days it dates file their sentences under their war like any other.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from chronicle.extract.places import filing_districts
from chronicle.extract.timex.mention import bounded
from chronicle.extract.war_names import find_names, matcher_for
from chronicle.model import DateMention, PlaceMention
from chronicle.records import replace
from chronicle.wars import War, WarCatalog

_YEARLESS = re.compile(r"XXXX-(\d{2})-(\d{2})(T\w+)?")
_FOUGHT = frozenset({"war", "clashes", "campaign", "battle", "blockade"})  # a period ("between the wars") fights nowhere

Grid = Sequence[Sequence[Sequence[DateMention]]]


def settle(dates: Grid, places: Sequence[Sequence[Sequence[PlaceMention]]], catalog: WarCatalog,
           paragraphs: Sequence[Sequence[str]], title: str | None) -> list[list[list[DateMention]]]:
    """``dates`` with each day written without a year given the one year its fitting catalogue entries agree on
    (per paragraph, per sentence, as ``dates.tag_document`` returns them); other mentions unchanged."""
    grid = [[list(sentence) for sentence in paragraph] for paragraph in dates]
    if not any(_YEARLESS.fullmatch(m.value) for paragraph in grid for sentence in paragraph for m in sentence):
        return grid  # nearly every text: no day without a year
    named = _named(paragraphs, title, catalog)
    for p, paragraph in enumerate(grid):
        for s, sentence in enumerate(paragraph):
            districts = set(filing_districts(_at(places, p, s)))
            paragraph[s] = [_dated(m, districts, named, catalog) for m in sentence]
    return grid


def year_of(month: int, day: int, districts: set[str], named: set[str], catalog: WarCatalog) -> tuple[int, str] | None:
    """(year, id of the first fitting entry) for a day told without its year, or None when no entry fits or the
    fitting entries' years differ. An entry fits when its span holds the day in one year only and it fought in
    one of ``districts``, or, when the sentence places nothing, when the text names it (``named``; not its parent
    alone: "the first war" and "On 19 September" is any of six Septembers, not its 1993 offensive's). When none
    fits and the text names no entry, the wars of weeks that hold the day in one year do (``_war_years``)."""
    fits: dict[int, str] = {}
    for war in catalog.all():
        year = _only_year(war, month, day)
        if year is None or war.kind not in _FOUGHT:
            continue
        if (districts & set(war.districts)) if districts else war.id in named:
            fits.setdefault(year, war.id)
    if not fits and not named:
        fits = _war_years(month, day, catalog)
    return next(iter(fits.items())) if len(fits) == 1 else None


def _war_years(month: int, day: int, catalog: WarCatalog) -> dict[int, str]:
    """{year: war id} of the wars whose span holds the day (month, day) in one year only: wars of weeks."""
    fits: dict[int, str] = {}
    for war in catalog.all():
        year = _only_year(war, month, day) if war.kind == "war" else None
        if year is not None:
            fits.setdefault(year, war.id)
    return fits


def _only_year(war: War, month: int, day: int) -> int | None:
    """The one year in which ``war``'s span holds the day (month, day), else None (none, or several)."""
    if war.start is None or war.end is None:
        return None
    years = [y for y in range(war.start.year, war.end.year + 1) if war.start <= _day(y, month, day) <= war.end]
    return years[0] if len(years) == 1 else None


def _day(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:  # 29 February of a common year: no such day, outside every span
        return dt.date.min


def _dated(mention: DateMention, districts: set[str], named: set[str], catalog: WarCatalog) -> DateMention:
    found = _YEARLESS.fullmatch(mention.value)
    if found is None:
        return mention
    month, day = int(found.group(1)), int(found.group(2))
    fit = year_of(month, day, districts, named, catalog)
    if fit is None:
        return mention
    year, entry = fit
    when = dt.date(year, month, day)
    earliest, latest = bounded((when, when), mention.mod)
    value = f"{when.isoformat()}{found.group(3) or ''}"
    return replace(mention, value=value, earliest=earliest, latest=latest, precision="day", anchor=f"catalogue:{entry}")


def _named(paragraphs: Sequence[Sequence[str]], title: str | None, catalog: WarCatalog) -> set[str]:
    """The catalogue entries the title and the text name unambiguously."""
    matcher = matcher_for(catalog)
    texts = [title or "", *(s for paragraph in paragraphs for s in paragraph)]
    return {n.means[0] for text in texts for n in find_names(text, matcher, catalog) if len(n.means) == 1}


def _at(places: Sequence[Sequence[Sequence[PlaceMention]]], p: int, s: int) -> Sequence[PlaceMention]:
    return places[p][s] if p < len(places) and s < len(places[p]) else ()
