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
A day no entry dates, told after one the text told with its year and later in
the calendar, goes on in that year ("On 23 July ... Aghdam", then "On 18 August").

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
    told: dt.date | None = None  # the last day the text is known to have told, with its year
    for p, paragraph in enumerate(grid):
        for s, sentence in enumerate(paragraph):
            districts = set(filing_districts(_at(places, p, s)))
            paragraph[s] = [_dated(m, districts, named, catalog) for m in sentence]
            paragraph[s] = [_after(m, told) for m in paragraph[s]]
            told = next((m.earliest for m in reversed(paragraph[s]) if m.precision == "day" and m.earliest
                         and not _YEARLESS.fullmatch(m.value)), told)
    return grid


def _after(mention: DateMention, told: dt.date | None) -> DateMention:
    """A day no entry dates, told after a day the text told with its year and later in the calendar ("On 23 July
    ... they took Aghdam", dated by the catalogue, then "On 18 August"): the story goes on in that year."""
    found = _YEARLESS.fullmatch(mention.value)
    if found is None or told is None or (int(found.group(1)), int(found.group(2))) < (told.month, told.day):
        return mention
    return _in_year(mention, told.year, int(found.group(1)), int(found.group(2)), found.group(3), f"told:{told.isoformat()}")


def year_of(month: int, day: int, districts: set[str], named: set[str], catalog: WarCatalog) -> tuple[int, str] | None:
    """(year, id of the first fitting entry) for a day told without its year, or None when no entry fits or the
    fitting entries' years differ. An entry fits when its span holds the day in one year only and it fought in
    one of ``districts``, or, when the sentence places nothing, when the text names it (``named``; not its parent
    alone: "the first war" and "On 19 September" is any of six Septembers, not its 1993 offensive's)."""
    fits: dict[int, str] = {}
    for war in catalog.all():
        year = _only_year(war, month, day)
        if year is None or war.kind not in _FOUGHT:
            continue
        if (districts & set(war.districts)) if districts else war.id in named:
            fits.setdefault(year, war.id)
    return next(iter(fits.items())) if len(fits) == 1 else None


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
    return _in_year(mention, year, month, day, found.group(3), f"catalogue:{entry}")


def _in_year(mention: DateMention, year: int, month: int, day: int, time: str | None, anchor: str) -> DateMention:
    when = _day(year, month, day)
    if when == dt.date.min:
        return mention  # 29 February of a common year
    earliest, latest = bounded((when, when), mention.mod)
    return replace(mention, value=f"{when.isoformat()}{time or ''}", earliest=earliest, latest=latest, precision="day",
                   anchor=anchor)


def _named(paragraphs: Sequence[Sequence[str]], title: str | None, catalog: WarCatalog) -> set[str]:
    """The catalogue entries the title and the text name unambiguously."""
    matcher = matcher_for(catalog)
    texts = [title or "", *(s for paragraph in paragraphs for s in paragraph)]
    return {n.means[0] for text in texts for n in find_names(text, matcher, catalog) if len(n.means) == 1}


def _at(places: Sequence[Sequence[Sequence[PlaceMention]]], p: int, s: int) -> Sequence[PlaceMention]:
    return places[p][s] if p < len(places) and s < len(places[p]) else ()
