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
the calendar, or at most a week before it, goes on in that year ("On 23 July ...
Aghdam", then "On 18 August"; "July 20", then "since the evening of July 19").
Only then, when the text names no entry either, is the day the war's whose weeks
hold it: a dispatch that writes no year at all ("the night of October 10-11"
in Stepanakert, where no entry of the catalogue fought) is of the 2020 war, the
only war fought on that day in one year only (the first war's six years hold
every day of the calendar, and so never say which).

Entries that fought across the border list the country too (the July 2020
clashes: Tovuz and Armenia's Tavush), and a day told in it fits them.

A range of days written without its year ("the past three days (July 18-20)")
is dated as its first day is, its last day in the same year.

A day the resolver dated by another time the text told (a ceasefire "in 1994"
told before "A new conflict erupted on September 27th") is weighed against the
same entries, and against the war its sentence names (``redating``).

It runs after the places are read (``places.filing_districts``), before the
wars: the days it dates file their sentences under their war like any other.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from chronicle.extract.catalogue_fits import goes_on, in_year, year_of
from chronicle.extract.places import filing_districts
from chronicle.extract.redating import Story, inferred, names_in
from chronicle.extract.timex.deixis import SMALL_HOURS
from chronicle.extract.timex.frames import DOCUMENT
from chronicle.model import DateMention, PlaceMention
from chronicle.wars import WarCatalog

__all__ = ["settle", "year_of"]

# a day without its year ("XXXX-07-18"), or a range of such days ("July 18-20": "XXXX-07-18/XXXX-07-20"), each
# with its time if it has one ("XXXX-12-14T17:50/XXXX-12-14T22:45": "On December 14, from 1750 to 2245")
_YEARLESS = re.compile(r"XXXX-(\d{2})-(\d{2})(T[\w:]+)?(?:/XXXX-(\d{2})-(\d{2})(T[\w:]+)?)?")
_CLOCK_ONLY = re.compile(r"XXXX-XX-XX(T[\w:]+)")  # a clock or a part of the day whose day the resolver could not tell
_FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d")

Grid = Sequence[Sequence[Sequence[DateMention]]]


def settle(dates: Grid, places: Sequence[Sequence[Sequence[PlaceMention]]], catalog: WarCatalog,
           paragraphs: Sequence[Sequence[str]], title: str | None) -> list[list[list[DateMention]]]:
    """``dates`` with each day written without a year given the one year its fitting catalogue entries agree on
    (per paragraph, per sentence, as ``dates.tag_document`` returns them), and the days the resolver dated by another
    time weighed again (``redating``); other mentions unchanged."""
    grid = [[list(sentence) for sentence in paragraph] for paragraph in dates]
    if not any(_YEARLESS.fullmatch(m.value) or inferred(m) for paragraph in grid for sentence in paragraph for m in sentence):
        return grid  # no day without a year, none with a year from outside its sentence
    story = Story(catalog, _named(paragraphs, title, catalog))
    abroad = {code for war in catalog.all() for code in war.districts if not code.startswith("AZ-")}
    for p, paragraph in enumerate(grid):
        placed = [set(filing_districts(_at(places, p, s))) | _fought_abroad(_at(places, p, s), abroad) for s in range(len(paragraph))]
        around = set().union(*placed)  # the paragraph's places: where a sentence that places nothing goes on
        for s, sentence in enumerate(paragraph):
            districts = placed[s]
            settled = []
            for mention in sentence:
                mention = story.moved_on(mention) or _dated(mention, districts, story, around)
                mention = story.redate(mention, p, paragraphs[p][s], districts)
                story.note(mention, p)
                settled.append(mention)
            paragraph[s] = settled
    return _same_days(grid)


def _same_days(grid: list[list[list[DateMention]]]) -> list[list[list[DateMention]]]:
    """A day still without a year that the text also tells, with one year, elsewhere (a chronology's heading "July 12"
    above "On July 12 ... in Tavush", which the catalogue dated): that year."""
    years: dict[tuple[int, int], set[int]] = {}
    for mention in (m for paragraph in grid for sentence in paragraph for m in sentence):
        if mention.precision == "day" and mention.earliest and _FULL_DAY.match(mention.value):
            years.setdefault((mention.earliest.month, mention.earliest.day), set()).add(mention.earliest.year)
    for paragraph in grid:
        for s, sentence in enumerate(paragraph):
            paragraph[s] = [_of_the_same_day(m, years) for m in sentence]
    return grid


def _of_the_same_day(mention: DateMention, years: dict[tuple[int, int], set[int]]) -> DateMention:
    found = _YEARLESS.fullmatch(mention.value)
    day = (int(found.group(1)), int(found.group(2))) if found else None
    if day is None or len(years.get(day, ())) != 1:
        return mention
    year = next(iter(years[day]))
    return in_year(mention, year, *day, found.group(3), f"same-day:{year}", _last_day(found), found.group(6))


def _fought_abroad(mentions: Sequence[PlaceMention], abroad: set[str]) -> set[str]:
    """The countries outside Azerbaijan where the sentence places an event, of those some entry fought in (the July
    2020 clashes in Armenia's Tavush as in Tovuz); other countries leave the sentence to the entries the text names."""
    return {m.district for m in mentions if m.event and m.district in abroad}


def _dated(mention: DateMention, districts: set[str], story: Story, around: set[str] = frozenset()) -> DateMention:
    """The mention with its year: the fitting entries', else the story's (``story.told``, the last day the text told
    with its year: a day later in the calendar goes on in that year, a clock is that day's, as the narrative's day
    dates a clock in a text with its years), else the war's whose weeks hold the day, else, for a sentence that
    places nothing, the entries fought where its paragraph's other sentences place their events (``around``: "The
    September 13 assaults began just after midnight" after the shelling of Goris and Jermuk)."""
    told, named, catalog = story.told, story.named, story.catalog
    clock = _CLOCK_ONLY.fullmatch(mention.value)
    if clock is not None and told is not None:  # the morning or the small hours after a night told are the next day's
        day = told + dt.timedelta(days=1) if story.night and _dawn(clock.group(1)) else told
        return in_year(mention, day.year, day.month, day.day, clock.group(1), f"told:{told.isoformat()}")
    found = _YEARLESS.fullmatch(mention.value)
    if found is None:
        return mention
    month, day, until = int(found.group(1)), int(found.group(2)), _last_day(found)
    fit = year_of(month, day, districts, named, catalog, widen=False)
    if fit is None and told is not None and goes_on(told, month, day) and not mention.rule.endswith(DOCUMENT):
        return in_year(mention, told.year, month, day, found.group(3), f"told:{told.isoformat()}", until, found.group(6))
    fit = fit or year_of(month, day, districts, named, catalog)
    if fit is None and not districts and around:
        fit = year_of(month, day, around, named, catalog, widen=False)
    if fit is None:
        return mention
    year, entry = fit
    return in_year(mention, year, month, day, found.group(3), f"catalogue:{entry}", until, found.group(6))


def _dawn(time: str) -> bool:
    """A morning ("TMO") or a clock of the small hours ("T05:30"): after a night, the day it dawns on."""
    hour = time[1:3]
    return time == "TMO" or (hour.isdigit() and int(hour) < SMALL_HOURS)


def _last_day(found: re.Match[str]) -> tuple[int, int] | None:
    """(month, day) of the last day of a yearless range ("July 18-20"), None for a single day."""
    return (int(found.group(4)), int(found.group(5))) if found.group(4) else None


def _named(paragraphs: Sequence[Sequence[str]], title: str | None, catalog: WarCatalog) -> set[str]:
    """The catalogue entries the title and the text name unambiguously."""
    texts = [title or "", *(s for paragraph in paragraphs for s in paragraph)]
    return {entry for text in texts for entry in names_in(text, catalog)}


def _at(places: Sequence[Sequence[Sequence[PlaceMention]]], p: int, s: int) -> Sequence[PlaceMention]:
    return places[p][s] if p < len(places) and s < len(places[p]) else ()
