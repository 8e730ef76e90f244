"""Events: every source's claims about one happening, side by side (DATA-EXPORT.md, events.jsonl).

``resolve`` groups claims (``grouping``), gives each event a stable slug id and
computes what the contract fixes: the dates claimed, the intersection of the
claims' intervals (``intervals``) and whether they are disputed. ``describe``
writes the neutral title and summary pages show.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field

from chronicle.events.describe import claims_year, summary, title
from chronicle.events.grouping import Clusters, group
from chronicle.events.intervals import disjoint, interval, intersection
from chronicle.model import Claim, Event

__all__ = ["Reuse", "disjoint", "interval", "intersection", "resolve", "summary", "title"]


Named = list  # [group, its id's base, its day suffix or None until a base shared with another group asks for it]


@dataclass
class Reuse:
    """An earlier resolution's work, which ``mkdocs serve`` keeps between rebuilds.

    A partition whose claims are the very same objects as before (their sources
    were not edited) is not clustered again, and an event whose id and claims
    are the same is the same ``Event``, so what is derived from it can be kept too.
    """

    clusters: Clusters = field(default_factory=dict)
    events: dict[str, Event] = field(default_factory=dict)
    names: dict[int, Named] = field(default_factory=dict)  # id(group) -> the group, its id's base and day (``_ids``)


def resolve(claims: list[Claim], reuse: Reuse | None = None) -> list[Event]:
    """Events of claims given in export order (sources by id, sentences in reading order); events in the order of their first claim."""
    groups = group(claims, reuse.clusters if reuse is not None else None)
    ids = _ids(groups, reuse.names if reuse is not None else None)
    kept = reuse.events if reuse is not None else {}
    events = [_kept(kept.get(i), g) or _event(i, g) for i, g in zip(ids, groups)]
    if reuse is not None:
        reuse.events = {e.id: e for e in events}
    return events


def _kept(event: Event | None, claims: list[Claim]) -> Event | None:
    same = event is not None and len(event.claims) == len(claims) and all(a is b for a, b in zip(event.claims, claims))
    return event if same else None


def _event(event_id: str, claims: list[Claim]) -> Event:
    first = claims[0]
    places = {c.place for c in claims}
    dated = [c for c in claims if c.date is not None]
    spans = [(c.earliest, c.latest) for c in dated]
    lo, hi = intersection(spans)
    disputed = any(disjoint(a, b) for a, b in _extremes(spans))
    sources = sorted({c.source for c in claims})
    return Event(
        id=event_id,
        kind=first.kind,
        district=first.district,
        place=places.pop() if len(places) == 1 else None,
        war=first.war,
        claims=tuple(claims),
        sources=tuple(sources),
        dates=tuple(sorted({c.date for c in dated}, key=lambda v: (_first_day(dated, v), v))),
        earliest=None if disputed else lo,
        latest=None if disputed else hi,
        disputed=disputed,
        wordings=tuple(dict.fromkeys(c.wording for c in claims)),
    )


def _extremes(spans: list) -> list[tuple]:
    """The one pair that decides whether any two intervals are disjoint: earliest ending against latest starting."""
    ends = [s for s in spans if s[1] is not None]
    starts = [s for s in spans if s[0] is not None]
    if not ends or not starts:
        return []
    return [(min(ends, key=lambda s: s[1]), max(starts, key=lambda s: s[0]))]


def _first_day(dated: list[Claim], value: str) -> tuple[bool, dt.date]:
    """The first day a date value allows, as a sort key: a value no day resolves ("XXXX-02-10", a text of no
    known year) sorts after every resolved one instead of being compared with a day."""
    c = next(c for c in dated if c.date == value)
    day = c.earliest or c.latest
    return (day is None, day or dt.date.min)


def _ids(groups: list[list[Claim]], kept: dict[int, Named] | None = None) -> list[str]:
    """``kind-district-year`` (``kind-year`` for no district; the year the title shows), then ``-MM-DD`` or a number where one is taken.

    ``kept``: each group's base and day from an earlier call, reused for a group that is the very same list (its
    partition was not clustered again), and refreshed with this call's: both read every day of every claim.
    """
    named = [_named(g, kept) for g in groups]
    if kept is not None:
        kept.clear()
        kept.update((id(entry[0]), entry) for entry in named)
    counts = Counter(base for _, base, _ in named)
    out, used = [], set()
    for entry in named:
        base = entry[1]
        if counts[base] > 1 and entry[2] is None:
            entry[2] = _day_suffix(entry[0])
        candidate = base if counts[base] == 1 else f"{base}{entry[2]}"
        n = 2
        unique = candidate
        while unique in used:
            unique, n = f"{candidate}-{n}", n + 1
        used.add(unique)
        out.append(unique)
    return out


def _named(g: list[Claim], kept: dict[int, Named] | None) -> Named:
    hit = kept.get(id(g)) if kept is not None else None
    return hit if hit is not None and hit[0] is g else [g, _base(g), None]


def _base(g: list[Claim]) -> str:
    first = g[0]
    year = claims_year(g)
    parts = [first.kind, (first.district or "").lower(), str(year) if year else first.war]
    return "-".join(p for p in parts if p)


def _day_suffix(g: list[Claim]) -> str:
    """The group's most precise claim as ``-MM-DD`` (a day, a bound, a span within a month), or ``-MM``.

    Only as precise as the claims: a claim of "2020" spans 1 January to 31 December, and naming its event
    ``...-01-01`` would read as a date that no source gives, so a claim spanning more than a month names
    nothing (the number suffix then tells the events apart).
    """
    dated = [c for c in g if c.earliest or c.latest]
    if not dated:
        return ""
    best = min(dated, key=_precision)
    first, last = best.earliest, best.latest
    if first and last and first != last:
        if (first.year, first.month) == (last.year, last.month):
            return f"-{first:%m}"
        if (last - first).days > 31:
            return ""
    return f"-{(first or last):%m-%d}"


def _precision(c: Claim) -> tuple[int, dt.date]:
    """A claim's width in days (a one-sided bound counts as a day), then its first day: the smaller, the more precise."""
    if c.earliest and c.latest:
        return (c.latest - c.earliest).days, c.earliest
    return 1, c.earliest or c.latest