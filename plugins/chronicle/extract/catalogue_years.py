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

A day the resolver could date only by a year the text wrote for another time
(a ceasefire "in 1994" told before "A new conflict erupted on September
27th"; its last resorts, ``named`` and ``later-text``) is asked the same way,
and takes the year of a war of weeks its fitting entries agree on (a range, "July
12-13", with both its days); the times the narrative told from that day move with it.

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

# a day without its year ("XXXX-07-18"), or a range of such days ("July 18-20": "XXXX-07-18/XXXX-07-20")
_YEARLESS = re.compile(r"XXXX-(\d{2})-(\d{2})(T\w+)?(?:/XXXX-(\d{2})-(\d{2}))?")
_CLOCK_ONLY = re.compile(r"XXXX-XX-XX(T[\w:]+)")  # a clock or a part of the day whose day the resolver could not tell
_FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_YEAR_FIRST = re.compile(r"\d{4}(?:-[\w:/-]+)?")  # a value that starts with its year (a range's two years)
_YEAR = re.compile(r"(?<![\w:])\d{4}(?=-|$)")  # every year a value writes: "2018-07-12/2018-07-13"
_BORROWED = re.compile(r"(?:named|later-text):\d{4}")  # the resolver's last resort: a year the text wrote for another time
_STEP_BACK_DAYS = 7  # how far before the day last told a yearless day still is of its year
_FOUGHT = frozenset({"war", "clashes", "campaign", "battle", "blockade"})  # a period ("between the wars") fights nowhere

Grid = Sequence[Sequence[Sequence[DateMention]]]


def settle(dates: Grid, places: Sequence[Sequence[Sequence[PlaceMention]]], catalog: WarCatalog,
           paragraphs: Sequence[Sequence[str]], title: str | None) -> list[list[list[DateMention]]]:
    """``dates`` with each day written without a year given the one year its fitting catalogue entries agree on
    (per paragraph, per sentence, as ``dates.tag_document`` returns them); other mentions unchanged."""
    grid = [[list(sentence) for sentence in paragraph] for paragraph in dates]
    if not any(_YEARLESS.fullmatch(m.value) or _borrowed(m) for paragraph in grid for sentence in paragraph for m in sentence):
        return grid  # nearly every text: no day without a year, none with a borrowed one
    named = _named(paragraphs, title, catalog)
    abroad = {code for war in catalog.all() for code in war.districts if not code.startswith("AZ-")}
    told: dt.date | None = None  # the last day the text is known to have told, with its year
    moved: dict[str, int] = {}  # value -> years added, of the days re-dated and of the times the narrative told after them
    for p, paragraph in enumerate(grid):
        placed = [set(filing_districts(_at(places, p, s))) | _fought_abroad(_at(places, p, s), abroad)
                  for s in range(len(paragraph))]
        for s, sentence in enumerate(paragraph):
            districts = placed[s]
            around = set().union(*placed) if not districts else set()  # placing nothing: its paragraph's places
            settled = []
            for mention in sentence:
                mention = _moved_on(mention, moved) or _dated(mention, districts, named, catalog, told, moved, around)
                if mention.precision == "day" and mention.earliest and _FULL_DAY.match(mention.value):
                    told = mention.earliest
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
    return _in_year(mention, year, *day, found.group(3), f"same-day:{year}", _last_day(found))


def _fought_abroad(mentions: Sequence[PlaceMention], abroad: set[str]) -> set[str]:
    """The countries outside Azerbaijan where the sentence places an event, of those some entry fought in (the July
    2020 clashes in Armenia's Tavush as in Tovuz); other countries leave the sentence to the entries the text names."""
    return {m.district for m in mentions if m.event and m.district in abroad}


def year_of(month: int, day: int, districts: set[str], named: set[str], catalog: WarCatalog,
            widen: bool = True) -> tuple[int, str] | None:
    """(year, id of the first fitting entry) for a day told without its year, or None when no entry fits or the
    fitting entries' years differ. An entry fits when its span holds the day in one year only and it fought in
    one of ``districts``, or, when the sentence places nothing, when the text names it (``named``; not its parent
    alone: "the first war" and "On 19 September" is any of six Septembers, not its 1993 offensive's). When none
    fits and the text names no entry, the wars of weeks that hold the day in one year do (``_war_years``), if ``widen``."""
    fits: dict[int, str] = {}
    for war in catalog.all():
        year = _only_year(war, month, day)
        if year is None or war.kind not in _FOUGHT:
            continue
        if (districts & set(war.districts)) if districts else war.id in named:
            fits.setdefault(year, war.id)
    if not fits and not named and widen:
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


def _dated(mention: DateMention, districts: set[str], named: set[str], catalog: WarCatalog,
           told: dt.date | None, moved: dict[str, int], around: set[str] = frozenset()) -> DateMention:
    """The mention with its year: the fitting entries', else the story's (``told``, the last day the text told with
    its year: a day later in the calendar goes on in that year, a clock is that day's, as the narrative's day dates
    a clock in a text with its years), else, in a sentence that places nothing, the entries fought where its
    paragraph places events (``around``: "The September 13 assaults began just after midnight" after the shelling of
    Vardenis and Goris), else the war's whose weeks hold the day."""
    clock = _CLOCK_ONLY.fullmatch(mention.value)
    if clock is not None and told is not None:
        return _in_year(mention, told.year, told.month, told.day, clock.group(1), f"told:{told.isoformat()}")
    if _borrowed(mention):
        return _redated(mention, districts, named, catalog, moved)
    found = _YEARLESS.fullmatch(mention.value)
    if found is None:
        return mention
    month, day, until = int(found.group(1)), int(found.group(2)), _last_day(found)
    fit = year_of(month, day, districts, named, catalog, widen=False)
    if fit is None and told is not None and _goes_on(told, month, day):
        return _in_year(mention, told.year, month, day, found.group(3), f"told:{told.isoformat()}", until)
    fit = fit or (year_of(month, day, around, set(), catalog, widen=False) if around else None) \
        or year_of(month, day, districts, named, catalog)
    if fit is None:
        return mention
    year, entry = fit
    return _in_year(mention, year, month, day, found.group(3), f"catalogue:{entry}", until)


def _goes_on(told: dt.date, month: int, day: int) -> bool:
    """Is a day told without its year one of the story's year: later in the calendar than the day it last told, or
    a few days before it ("July 20 ... calm since the evening of July 19")? Further back it may be a look back to
    another year, or the next spring."""
    if (month, day) >= (told.month, told.day):
        return True
    return (told - _day(told.year, month, day)).days <= _STEP_BACK_DAYS  # no such day (29 February): dt.date.min


def _borrowed(mention: DateMention) -> bool:
    """Is the mention a day whose year the resolver took from another time the text wrote?"""
    return mention.precision == "day" and bool(_BORROWED.fullmatch(mention.anchor or "")) \
        and _FULL_DAY.fullmatch(mention.value[:10]) is not None


def _redated(mention: DateMention, districts: set[str], named: set[str], catalog: WarCatalog,
             moved: dict[str, int]) -> DateMention:
    """A day given the year of another time of an undated text (a ceasefire "in 1994" told before "A new conflict
    erupted on September 27th", a war "of 1988-1994" before "an offensive kicked off on September 27"): a year the
    text wrote for something else says less than the catalogue's fitting entries, when they agree on one year and
    belong to a war of weeks, whose days are all of one year. An entry of the first war (its winter offensive of
    1993/94) does not outrank the year: the text may well tell another winter of those six years."""
    when = dt.date.fromisoformat(mention.value[:10])
    fit = year_of(when.month, when.day, districts, named, catalog)
    if fit is None or fit[0] == when.year or _war_years(when.month, when.day, catalog).get(fit[0]) != catalog.get(fit[1]).top:
        return mention
    year, entry = fit
    moved[mention.value] = year - when.year
    return _years_later(mention, year - when.year, f"catalogue:{entry}")


def _moved_on(mention: DateMention, moved: dict[str, int]) -> DateMention | None:
    """A time the resolver dated from the narrative's day when that day's year was re-dated ("September 27" put in
    2020, then "after border clashes in July"): moved by as many years; None for any other mention."""
    told = (mention.anchor or "").removeprefix("narrative:")
    years = moved.get(told) if told != mention.anchor and _YEAR_FIRST.fullmatch(mention.value) else None
    if years is None:
        return None
    moved[mention.value] = years
    return _years_later(mention, years, f"narrative:{_YEAR.sub(lambda y: str(int(y.group()) + years), told)}")


def _years_later(mention: DateMention, years: int, anchor: str) -> DateMention:
    """The mention so many years on: every year its value writes (both ends of a range), its first and last days."""
    return replace(mention, value=_YEAR.sub(lambda y: str(int(y.group()) + years), mention.value),
                   earliest=_years_on(mention.earliest, years), latest=_years_on(mention.latest, years), anchor=anchor)


def _years_on(day: dt.date | None, years: int) -> dt.date | None:
    """The day so many years on (28 February for a 29th in a common year)."""
    if day is None:
        return None
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _last_day(found: re.Match[str]) -> tuple[int, int] | None:
    """(month, day) of the last day of a yearless range ("July 18-20"), None for a single day."""
    return (int(found.group(4)), int(found.group(5))) if found.group(4) else None


def _in_year(mention: DateMention, year: int, month: int, day: int, time: str | None, anchor: str,
             until: tuple[int, int] | None = None) -> DateMention:
    """The mention on that day of ``year``; a range's last day (``until``) in the same year, or in the next
    when it comes earlier in the calendar ("December 30 - January 2")."""
    when = _day(year, month, day)
    last = when if until is None else _day(year + (until < (month, day)), *until)
    if dt.date.min in (when, last):
        return mention  # 29 February of a common year
    earliest, latest = bounded((when, last), mention.mod)
    value = when.isoformat() + (time or "") + ("" if until is None else f"/{last.isoformat()}")
    return replace(mention, value=value, earliest=earliest, latest=latest, precision="day", anchor=anchor)


def _named(paragraphs: Sequence[Sequence[str]], title: str | None, catalog: WarCatalog) -> set[str]:
    """The catalogue entries the title and the text name unambiguously."""
    matcher = matcher_for(catalog)
    texts = [title or "", *(s for paragraph in paragraphs for s in paragraph)]
    return {n.means[0] for text in texts for n in find_names(text, matcher, catalog) if len(n.means) == 1}


def _at(places: Sequence[Sequence[Sequence[PlaceMention]]], p: int, s: int) -> Sequence[PlaceMention]:
    return places[p][s] if p < len(places) and s < len(places[p]) else ()
