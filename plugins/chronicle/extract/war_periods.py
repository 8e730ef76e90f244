"""The periods of the war catalogue a span of days belongs to.

A day falls in exactly one top-level period: a specific one (a war, clashes,
a blockade) where one holds it, else the catch-all period between the wars.
A war that breaks out inside a longer period holds its days and the longer
period's remaining ones (the 2023 offensive and the exodus after it, in the
blockade's last days), whatever the context.
A span that covers several goes to the one it wholly covers, else to the
context's (the document's period) if that is one of them, else to the one
it covers the largest share of. Some words name a span of their own: "in the
Soviet period" (before every war), "during the occupation period" (between them).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection
from functools import lru_cache

from chronicle.literals import Cued
from chronicle.wars import War, WarCatalog

# Kinds in order of preference when a date or a "<year> war" fits several periods equally.
_KIND_RANK = {"war": 0, "clashes": 1, "blockade": 2, "campaign": 3, "battle": 4, "period": 5}
# The catch-all kind: it only takes the days no specific period covers.
_FALLBACK_KIND = "period"
# A report told this many days or fewer after its war ended is its aftermath ("no shells fell today",
# "the ceasefire was announced on Wednesday"), not news of the years between the wars.
_AFTERMATH_DAYS = 7
# Whole months shorter than this are a season at most: the news's dates, not background.
_YEAR_DAYS = 366
_SEASON_DAYS = 92


@lru_cache(maxsize=4096)
def periods(lo: dt.date, hi: dt.date, catalog: WarCatalog, context: str | None) -> tuple[str, ...]:
    """The one top-level period a date's span belongs to (empty outside all of them).

    Remembered: a text's sentences ask again and again about the same days (a catalog is not changed once loaded)."""
    specific = list(dict.fromkeys(_superseding(w, lo, hi, catalog) or w
                                  for w in top_level(catalog) if w.kind != _FALLBACK_KIND and overlap(w, lo, hi)))
    fallback = [
        w
        for w in top_level(catalog)
        if w.kind == _FALLBACK_KIND and overlap(w, lo, hi) and not _covered(lo, hi, specific, w)
    ]
    candidates = specific + fallback
    if not candidates:
        return ()
    whole = [w for w in specific if w.start and w.end and lo <= w.start and w.end <= hi]
    pool = whole or candidates
    if context in {w.id for w in pool}:
        return (context,)
    return (best(pool, lo, hi).id,)


def _superseding(war: War, lo: dt.date, hi: dt.date, catalog: WarCatalog) -> War | None:
    """The specific period that broke out inside ``war`` on or before ``lo``, when [lo, hi] lies in ``war``'s
    remaining days: a war that breaks out during a blockade ends the blockade as the time's matter, so the
    days both hold are the war's, and the blockade's last days after it (an exodus) are the war's aftermath."""
    if war.start is None:
        return None
    return next((b for b in top_level(catalog) if b.kind != _FALLBACK_KIND and b.start and war.start < b.start <= lo
                 and (war.end is None or hi <= war.end) and (b.end is None or war.end is None or b.end <= war.end)), None)


@lru_cache(maxsize=8)
def top_level(catalog: WarCatalog) -> tuple[War, ...]:
    """The catalogue's top-level periods, listed once per catalogue (every date of every sentence asks)."""
    return tuple(catalog.top_level())


def between_wars(catalog: WarCatalog) -> list[str]:
    """The top-level periods between wars (the catalogue's kind ``period``): when a truce held, and was broken."""
    return [w.id for w in top_level(catalog) if w.kind == "period"]


def unblockaded(ids: set[str], catalog: WarCatalog, named: Collection[str] = ()) -> set[str]:
    """The periods ``ids`` with a blockade given as the years between the wars. A blockade holds the region it cuts
    off: a sentence that names places only abroad (drones on Armenia's border villages in the months
    Nagorno-Karabakh was cut off), or any sentence of a text that does, tells those years, not the blockade, in
    its days; a blockade it names (``named``: "families left for Armenia during the blockade") is the one it tells."""
    blockades = {w.id for w in top_level(catalog) if w.kind == "blockade" and w.id not in named}
    return {q for p in ids for q in (between_wars(catalog) if p in blockades else (p,))}


def _covered(lo: dt.date, hi: dt.date, specific: list[War], fallback: War) -> bool:
    """Do the specific periods cover every day the fallback period shares with [lo, hi]?"""
    day = max(lo, fallback.start or lo)
    last = min(hi, fallback.end or hi)
    for w in sorted(specific, key=lambda w: w.start or dt.date.min):
        if w.start and w.start > day:
            return False
        day = max(day, (w.end or last) + dt.timedelta(days=1))
        if day > last:
            return True
    return day > last


def overlap(war: War, lo: dt.date, hi: dt.date) -> bool:
    return (war.start is None or war.start <= hi) and (war.end is None or lo <= war.end)


def best(wars: list[War], lo: dt.date, hi: dt.date) -> War:
    """The period the span covers the largest share of; ties go to wars, then longer periods."""

    def share(w: War) -> float:
        start, end = max(lo, w.start or lo), min(hi, w.end or hi)
        return ((end - start).days + 1) / w.days()

    return min(wars, key=lambda w: (-share(w), _KIND_RANK.get(w.kind, 9), -w.days(), w.id))


def told_after(lo: dt.date, hi: dt.date, catalog: WarCatalog, context: str | None, told: dt.date | None) -> tuple[str, ...]:
    """The period of a span, where a span between the end of the document's war (``context``) and
    the document's own day (``told``), a week at most after the war ended, stays with that war:
    the days right after a ceasefire are the war's aftermath in the report that tells them."""
    found = periods(lo, hi, catalog, context)
    war = catalog.get(context) if context else None
    if war is None or told is None or war.kind == _FALLBACK_KIND or war.end is None:
        return found
    after = war.end < lo and hi <= told and (told - war.end).days <= _AFTERMATH_DAYS
    return (war.id,) if after and all(catalog.get(p).kind == _FALLBACK_KIND for p in found) else found


def told_days(spans: list[tuple[dt.date, dt.date]], catalog: WarCatalog, told: dt.date | None) -> list[str]:
    """The periods of the days a text tells, where a day between the wars in the week after a war that others of them
    fall in is that war's aftermath when the text was told that week (``told_after``; ``told``: the text's date, else
    the latest day its dates begin on): an undated summary of a border's calm two days after the clashes it also
    tells, the war "from September 27 until a ceasefire on November 11"."""
    found = [periods(lo, hi, catalog, None) for lo, hi in spans]
    between = between_wars(catalog)
    wars = [p for p in dict.fromkeys(p for ps in found for p in ps) if p not in between]
    return [next((w for w in wars if told_after(lo, hi, catalog, w, told) == (w,)), p) if p in between else p
            for (lo, hi), ps in zip(spans, found) for p in ps]


def open_range(start: dt.date, today: dt.date | None, catalog: WarCatalog, period: str | None,
                told: dt.date | None) -> tuple[str, ...]:
    """The period of a state from ``start`` on: the document's period if the state reaches it, else where it began
    (in the week after the document's war, told that week, its aftermath: ``told_after``).

    The range is not stretched to the document's date: a state "since June
    2014" told in 2020 is about neither the 2016 clashes it spans nor any war
    between; it is the document's matter, or that of the time it began.
    """
    war = catalog.get(period) if period else None
    if war is not None and (war.end is None or start <= war.end) and (today is None or war.start is None or war.start <= today):
        return (war.id,)
    return told_after(start, start, catalog, period, told)


def own_day(days: list[str], today: dt.date, catalog: WarCatalog) -> str | None:
    """The period of the document's own day where the text tells fighting on it ("clashes on the border Tuesday",
    "..., the spokesman said Sunday"), as a vote among the periods of the ``days`` the text tells: a day in the
    week after a war they tell is that war's aftermath (``told_after``), else the day's own period."""
    after = [p for p in dict.fromkeys(days)
             if catalog.get(p).kind != _FALLBACK_KIND and told_after(today, today, catalog, p, today) == (p,)]
    return after[0] if after else period_of(today, catalog, None)


def period_of(day: dt.date, catalog: WarCatalog, context: str | None) -> str | None:
    found = periods(day, day, catalog, context)
    return found[0] if found else None


def news_span(lo: dt.date, hi: dt.date) -> bool:
    """Days ("from September 27 to November 10"), a month or a season ("in autumn 2020"): the news's
    dates; longer runs of whole months (a part of a year, a year, a decade: "late 2020", "in 1994")
    are what background tells, and so are runs of days over a year (the "early 1990s" that end with
    the day a war's span sets)."""
    whole_months = lo.day == 1 and (hi + dt.timedelta(days=1)).day == 1
    return (hi - lo).days < _SEASON_DAYS or (not whole_months and (hi - lo).days <= _YEAR_DAYS)


def ended_in(lo: dt.date, hi: dt.date, catalog: WarCatalog) -> tuple[dt.date, dt.date]:
    """"The conflict ended in November": the last day of the one period that ended in the span, else the span."""
    ends = {w.end for w in top_level(catalog) if w.kind != _FALLBACK_KIND and w.end and lo <= w.end <= hi}
    return (min(ends), min(ends)) if len(ends) == 1 else (lo, hi)


# "During the Soviet period, the village was part of the Hadrut District": the time before the conflict.
SOVIET_ERA = Cued(re.compile(
    r"\b(?:in|during|under)\s+(?:the\s+)?Soviet\s+(?:period|era|times|years|rule)\b|(?<!\w)в\s+советск\w+\s+(?:период|время|годы)"
    r"|\bsovet\s+(?:dövründə|hakimiyyəti\s+illərində)|(?<!\w)խորհրդային\s+(?:տարիներին|ժամանակաշրջանում)",
    re.IGNORECASE,
))  # Cued: asked of every sentence that tells no war and no date, it is searched only where its words stand
# "Armenians destroyed the forests during the occupation period": the years the districts were held, between the wars.
OCCUPATION_ERA = Cued(re.compile(
    r"\b(?:during|in|throughout)\s+(?:the\s+)?(?:(?:years|period)\s+of\s+(?:the\s+)?occupation|occupation\s+(?:period|years))\b"
    r"|\bişğal\s+(?:dövründə|illərində)|(?<!\w)в\s+(?:период|годы)\s+оккупации",
    re.IGNORECASE,
))


def named_era(text: str, catalog: WarCatalog) -> tuple[dt.date, dt.date] | None:
    """The span an era's name gives a sentence: the Soviet years before the first war (in no period), or the
    first day after it (between the wars, where the years of occupation lie)."""
    soviet, occupation = SOVIET_ERA.search(text), OCCUPATION_ERA.search(text)
    if not (soviet or occupation):
        return None
    first = min((w for w in top_level(catalog) if w.start and w.end), key=lambda w: w.start)
    if soviet:
        return dt.date(1922, 12, 30), first.start - dt.timedelta(days=1)
    return first.end + dt.timedelta(days=1), first.end + dt.timedelta(days=1)
