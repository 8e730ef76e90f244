"""Grouping claims into events (DATA-EXPORT.md, "Which claims are one event").

Claims of one event share kind, war and district (and, for a village or hill
taken, the place: a village taken is not the fall of its district's town).
Inside that partition a source never reports one happening twice with dates
that exclude each other, so its own disjoint claims open separate events;
claims of different sources about the same happening join one event whatever
their dates, which is what ``disputed`` then shows. "The same happening" is
read from time: a claim joins the nearest event whose dates lie within a
tolerance of its own (months for a change of hands, weeks for an attack).
Claims are taken in date order and compared with a bounded number of recent
events, so resolution is O(n log n) in the number of claims.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from chronicle.events.intervals import Interval, disjoint, intersection
from chronicle.model import Claim

# How far apart (days) two sources' claims may be and still be about the same happening.
TOLERANCE = {"control": 120, "assault": 20, "massacre": 30, "ceasefire": 20, "agreement": 30, "other": 60}
RECENT = 16  # events of a partition a claim is compared with


def own(c: Claim) -> Interval:
    """The days the claim's date allows, or for an undated claim the narrative's (open after its last date)."""
    return (c.earliest, c.latest) if c.date is not None else c.context


def point(c: Claim) -> dt.date | None:
    lo, hi = own(c)
    return lo or hi


@dataclass
class Group:
    """An event being built: its claims, each source's intervals, and running bounds (no rescans)."""

    claims: list[Claim] = field(default_factory=list)
    by_source: dict[str, list[Interval]] = field(default_factory=lambda: defaultdict(list))
    bounds: dict[bool, list] = field(default_factory=lambda: {True: [None] * 4, False: [None] * 4})
    dated: int = 0

    def core(self) -> Interval:
        """Where its dated claims agree, or (if they do not) the span they cover; undated ones when none is dated."""
        max_lo, min_hi, min_lo, max_hi = self.bounds[self.dated > 0]
        if max_lo is not None and min_hi is not None and min_hi < max_lo:
            return min_lo, max_hi
        return max_lo, min_hi

    def admits(self, c: Claim) -> bool:
        return not any(disjoint(own(c), other) for other in self.by_source.get(c.source, ()))

    def add(self, c: Claim) -> None:
        self.claims.append(c)
        lo, hi = own(c)
        self.by_source[c.source].append((lo, hi))
        self.dated += c.date is not None
        b = self.bounds[c.date is not None]
        b[0] = lo if b[0] is None or (lo is not None and lo > b[0]) else b[0]
        b[1] = hi if b[1] is None or (hi is not None and hi < b[1]) else b[1]
        b[2] = lo if b[2] is None or (lo is not None and lo < b[2]) else b[2]
        b[3] = hi if b[3] is None or (hi is not None and hi > b[3]) else b[3]


def gap(c: Claim, core: Interval) -> int:
    """Days between the claim's day and the event's core (0 when they touch or either is open)."""
    day = point(c)
    lo, hi = core
    if day is None:
        return 0
    if hi is not None and day > hi:
        return (day - hi).days
    if lo is not None and day < lo:
        return (lo - day).days
    return 0


def partition_key(c: Claim) -> tuple:
    return (c.kind, c.war, c.district or "", c.place if c.local and c.kind == "control" else "")


def group(claims: list[Claim]) -> list[list[Claim]]:
    """Claims (in export order) split into events; each event's claims in export order."""
    order = {c.id: i for i, c in enumerate(claims)}
    parts: dict[tuple, list[Claim]] = defaultdict(list)
    for c in claims:
        parts[partition_key(c)].append(c)
    out: list[list[Claim]] = []
    for members in parts.values():
        out += [sorted(g.claims, key=lambda c: order[c.id]) for g in _cluster(members)]
    return sorted(out, key=lambda g: order[g[0].id])


def _cluster(members: list[Claim]) -> list[Group]:
    tolerance = TOLERANCE.get(members[0].kind, 30)
    groups: list[Group] = []
    for c in sorted(members, key=lambda c: (point(c) is None, point(c) or dt.date.min, c.date is None)):
        best = None
        for g in groups[-RECENT:]:
            distance = gap(c, g.core())
            if distance <= tolerance and g.admits(c) and (best is None or distance < best[0]):
                best = (distance, g)
        if best is None:
            best = (0, Group())
            groups.append(best[1])
        best[1].add(c)
    return groups
