"""Grouping claims into events (DATA-EXPORT.md, "Which claims are one event").

Claims of one event share kind, war and district, and whether a village or hill
was taken: a village taken is not the fall of its district's town.
Inside that partition a source never reports one happening twice with dates
that exclude each other, so its own disjoint claims open separate events (but
a town does not fall twice in two days: a source's two days for its fall a day
apart, one of them an anniversary counted from the document's day, are one fall);
claims of different sources about the same happening join one event whatever
their dates, which is what ``disputed`` then shows. "The same happening" is
read from time: a claim joins the nearest event whose dates lie within a
tolerance of its own (months for a change of hands, weeks for an attack, days
for an attack on no one district: a war's outbreak is told to the day, and the
front's next offensive a week later is another happening). An undated change
of hands or massacre cannot contradict any event and a town seldom falls twice
in one war, so it joins the nearest event of its partition however far its
narrative has moved on, and founds one only where there is none (attacks recur:
an undated one keeps to its tolerance).
A district's villages are taken batch by batch, each batch announced on its day
("has liberated Garadaghli, Khatunbulag ... villages of Fuzuli"), so the villages
of one district taken on one day are one event whichever of them a source names,
and another day's are another (``LOCAL_TOLERANCE``); only a claim naming a
village an event already names joins it at any distance (a village seldom falls
twice in one war).
Claims are taken in date order and compared with a bounded number of recent
events, so resolution is O(n log n) in the number of claims.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from chronicle.events.intervals import Interval, span
from chronicle.model import Claim

# How far apart (days) two sources' claims may be and still be about the same happening.
TOLERANCE = {"control": 120, "assault": 20, "massacre": 30, "ceasefire": 20, "agreement": 30, "other": 60}
RECENT = 16  # events of a partition a claim is compared with
REGION_WIDE_TOLERANCE = {"assault": 2}  # the same for claims of no district, where it differs
ONCE_A_WAR = frozenset({"control", "massacre"})  # kinds whose undated claims join an event at any distance
LOCAL_TOLERANCE = 1  # villages taken: a batch is announced on its day and reported then or the day after
ONE_SOURCE_SLACK = 1  # days one source's two dates for a town's fall may lie apart and still be one fall
TOLD_TO_THE_DAY = {"assault": 3, "ceasefire": 3}  # the same, for an attack or truce two sources each date to one day


def own(c: Claim) -> Interval:
    """The days the claim's date allows, or for an undated claim the narrative's (open after its last date)."""
    return (c.earliest, c.latest) if c.date is not None else c.context


def point(c: Claim) -> dt.date | None:
    lo, hi = own(c)
    return lo or hi


def batch(c: Claim) -> bool:
    """Villages (or a hill, a pass) taken: one of a district's batches, not the fall of its town."""
    return c.local and c.kind == "control"


def once(c: Claim) -> bool:
    """Does the claim tell a happening its partition sees once a war (a town's fall, a massacre)? A batch of villages
    recurs: the district's next villages are taken days later."""
    return c.kind in ONCE_A_WAR and not batch(c)


def excludes(c: Claim) -> bool:
    """Can the claim's days rule out another claim of its source? Not those of an undated fall or massacre: its
    narrative day is where its text stands when it looks back (a summary of the three districts regained, told after
    the last one's day), not a day its source gives the happening, which it may have dated before. Nor those of a fall
    a voice announced ("on the 9th the President announced that the town had been taken"): the source reports that
    account, and may set its own or another's day against it ("other sources put the town's fall on the 14th"),
    which is the one fall disputed, not a second one."""
    return (c.date is not None or not once(c)) and not (c.voiced and once(c))


def village(c: Claim) -> str | None:
    """The one village the claim names, if it names one rather than its district ('the villages of Fuzuli')."""
    return c.place if batch(c) and c.place is not None and c.place != c.district else None


@dataclass
class Group:
    """An event being built: its claims, each source's intervals, and running bounds (no rescans)."""

    claims: list[Claim] = field(default_factory=list)
    by_source: dict[str, list[Interval]] = field(default_factory=lambda: defaultdict(list))
    bounds: dict[bool, list] = field(default_factory=lambda: {True: [None] * 4, False: [None] * 4})
    dated: int = 0
    villages: set[str] = field(default_factory=set)
    dating: set[str] = field(default_factory=set)  # the sources that give the event a date

    def core(self) -> Interval:
        """Where its dated claims agree, or (if they do not) the span they cover; for undated claims, their days."""
        max_lo, min_hi, min_lo, max_hi = self.bounds[self.dated > 0]
        if self.dated == 0:
            return (min_lo, max_lo) if min_lo else (min_hi, max_hi)
        if max_lo is not None and min_hi is not None and min_hi < max_lo:
            return min_lo, max_hi
        return max_lo, min_hi

    def admits(self, c: Claim) -> bool:
        """Does the claim's source not tell this event already with days that exclude the claim's? A town's fall a source
        dates a day apart is the one fall told twice (an anniversary counted from the document's day, a night's end).
        A batch of villages a source announces by one day is not the batch it dates the day before: its "by" is
        read as the day its own date names ("announced on 4 October the liberation of ... villages; a day before,
        the army liberated ..." are two batches). An undated fall excludes nothing (``excludes``), nor does an undated
        claim naming a village the event names: its narrative day is where its text looks back on that village's
        liberation ("after taking Sugovushan the army moved on", told after the next day's town, is the Sugovushan of
        the day before)."""
        if not excludes(c) or (c.date is None and village(c) in self.villages):
            return True
        slack = ONE_SOURCE_SLACK if once(c) else 0
        days = _closed(c) if batch(c) and c.date is not None else own(c)
        return not any(_apart(days, other) > slack for other in self.by_source.get(c.source, ()))

    def add(self, c: Claim) -> None:
        self.claims.append(c)
        if (name := village(c)) is not None:
            self.villages.add(name)
        lo, hi = own(c)
        told = self.by_source[c.source]  # a source of the event, whether or not its days exclude any
        if excludes(c):
            told.append((lo, hi))
        self.dated += c.date is not None
        if c.date is not None:
            self.dating.add(c.source)
        b = self.bounds[c.date is not None]
        b[0] = lo if b[0] is None or (lo is not None and lo > b[0]) else b[0]
        b[1] = hi if b[1] is None or (hi is not None and hi < b[1]) else b[1]
        b[2] = lo if b[2] is None or (lo is not None and lo < b[2]) else b[2]
        b[3] = hi if b[3] is None or (hi is not None and hi > b[3]) else b[3]


def _apart(a: Interval, b: Interval) -> int:
    """Days from the end of one interval to the start of the other; 0 when they overlap (``disjoint`` is ``> 0``)."""
    if a[1] is not None and b[0] is not None and a[1] < b[0]:
        return (b[0] - a[1]).days
    if b[1] is not None and a[0] is not None and b[1] < a[0]:
        return (a[0] - b[1]).days
    return 0


def gap(c: Claim, core: Interval) -> int:
    """Days between the claim's days (an undated claim's narrative day) and the event's core; 0 when they meet.

    A date open on one side ("by 4 November", a day that dates only the report) is near what it names, for the claim
    as for a core only such dates make, where happenings recur (attacks): a bulletin tells of the shelling shortly
    before it, not of one weeks earlier. A town seldom falls twice in a war, so "had occupied ... by May 1994" still
    meets its fall of July 1993. (The interval, left open, still decides whether the event is disputed.)
    So too for an undated claim before any date of its text: a town's fall it tells happened by the document's day,
    but an attack or a batch of villages it reports is news of that day, not of one weeks earlier."""
    recurs = not once(c)
    if c.date is not None:
        lo, hi = _closed(c) if recurs else (c.earliest, c.latest)
    else:
        lo, hi = c.context if c.context[0] is None and not recurs else (point(c), point(c))
    if lo is None and hi is None:
        return 0
    if recurs:
        core = (core[0] or core[1], core[1] or core[0])
    if hi is not None and core[0] is not None and hi < core[0]:
        return (core[0] - hi).days
    if lo is not None and core[1] is not None and lo > core[1]:
        return (lo - core[1]).days
    return 0


def _reach(c: Claim, g: Group, tolerance: int) -> int | None:
    """How many days from the event the claim may lie and still join it (``None``: any).

    An undated fall or massacre joins at any distance (a town falls once a war). An attack or a truce that the claim
    dates to one day, and the event to one day or to the few days its sources dispute, joins only within days
    (``TOLD_TO_THE_DAY``): the weeks of tolerance are for vaguer dates ("in October"), while two sources' shellings
    of one town a week apart are two shellings, and two truces a week apart two truces (the humanitarian truces of
    10 and 17 October 2020), not one disputed date."""
    if c.date is None and once(c):
        return None
    days = TOLD_TO_THE_DAY.get(c.kind)
    if days is not None and c.date is not None and _within(own(c), 0) and _within(g.core(), days):
        return min(tolerance, days)
    return tolerance


def _within(days: Interval, width: int) -> bool:
    """Closed, and no more than ``width`` days from first to last (0: one day; a core two sources dispute by a day is
    still told to the day)."""
    return days[0] is not None and days[1] is not None and (days[1] - days[0]).days <= width


def _body(c: Claim, candidates: list[Group], tolerance: int) -> Group | None:
    """The one event its own text dates, for an undated claim told before any date of its text that no event of its
    day takes: a headline or lead ("the army opens an offensive" over "the offensive began on 19 September", in a
    brief of the 25th) tells what its body dates. Only where the body dates one such event,
    within the kind's tolerance before the document's day (a week-old attack, not a background of years)."""
    if c.date is not None or c.context[0] is not None:
        return None
    reach = max(tolerance, TOLERANCE.get(c.kind, tolerance))
    own = [g for g in candidates if c.source in g.dating and g.admits(c)
           and (c.context[1] is None or gap(c, g.core()) <= reach)]
    return own[0] if len(own) == 1 else None


def _told_later(c: Claim) -> bool:
    """An undated ceasefire its narrative tells after a day with no ceasefire near that day: the fighting told up to
    that day ended in it, so the day only bounds it from before ("the battle erupted in late September ... A
    ceasefire agreement was reached after six weeks of heavy fighting"): it joins the nearest ceasefire after that
    day, not one before it. (Attacks are told in chronologies one after another, each on its own narrative day.)"""
    return c.date is None and c.kind == "ceasefire" and c.context[0] is not None and c.context[1] is None


def _closed(c: Claim) -> Interval:
    """A dated claim's days, an open side closed by what its date itself spans: "by 4 November" is near 4 November,
    "by 1993" anywhere in 1993."""
    if c.earliest is not None and c.latest is not None:
        return c.earliest, c.latest
    whole = span(c.date) if c.date else None
    if whole is None:
        return c.earliest or c.latest, c.latest or c.earliest
    lo = c.earliest if c.earliest is not None else min(whole[0], c.latest or whole[0])
    hi = c.latest if c.latest is not None else max(whole[1], c.earliest or whole[1])
    return lo, hi


def precise(c: Claim) -> bool:
    """Dated to a month or finer, both sides bounded: these found events; vaguer claims join them."""
    return c.date is not None and c.earliest is not None and c.latest is not None and (c.latest - c.earliest).days <= 31


def partition_key(c: Claim) -> tuple:
    return (c.kind, c.war, c.district or "", batch(c))


# Each partition's claims (in export order) and the events clustered from them, as lists of those claims.
Clusters = dict[tuple, tuple[tuple[Claim, ...], list[list[Claim]]]]


def group(claims: list[Claim], kept: Clusters | None = None) -> list[list[Claim]]:
    """Claims (in export order) split into events; each event's claims in export order.

    ``kept``: the clusters of an earlier call, reused for a partition whose
    claims are the very same objects, and refreshed with this call's.
    """
    parts: dict[tuple, list[Claim]] = defaultdict(list)
    for c in claims:
        parts[partition_key(c)].append(c)
    clusters: Clusters = {}
    for key, members in parts.items():
        before = (kept or {}).get(key)
        if before is not None and len(before[0]) == len(members) and all(a is b for a, b in zip(before[0], members)):
            clusters[key] = before
        else:
            position = {id(c): i for i, c in enumerate(members)}
            clusters[key] = (tuple(members), [sorted(g.claims, key=lambda c: position[id(c)]) for g in _cluster(members)])
    if kept is not None:
        kept.clear()
        kept.update(clusters)
    order = {id(c): i for i, c in enumerate(claims)}
    return sorted((g for _, events in clusters.values() for g in events), key=lambda g: order[id(g[0])])


def _when(c: Claim) -> tuple:
    day = point(c)
    return (day is None, day or dt.date.min, c.date is None)


def _cluster(members: list[Claim]) -> list[Group]:
    """Precise claims found events in date order; vaguer ones then join the nearest (O(log n) each)."""
    first = members[0]
    tolerance = LOCAL_TOLERANCE if batch(first) else (
        (REGION_WIDE_TOLERANCE.get(first.kind) if first.district is None else None) or TOLERANCE.get(first.kind, 30))
    groups: list[Group] = []
    for c in sorted((c for c in members if precise(c)), key=_when):
        _join(c, groups[-RECENT:], groups, tolerance)
    keyed = sorted(((g.core()[0] or g.core()[1] or dt.date.min, i), g) for i, g in enumerate(groups))
    keys = [k for k, _ in keyed]
    ordered = [g for _, g in keyed]
    for c in sorted((c for c in members if not precise(c)), key=_when):
        day = point(c) or dt.date.min
        at = bisect.bisect_left(keys, (day, -1))
        near = ordered[max(0, at - RECENT): at + RECENT]
        made = _join(c, near, None, tolerance)
        if made is not None:
            at = bisect.bisect_left(keys, (day, len(groups)))
            keys.insert(at, (day, len(groups)))
            ordered.insert(at, made)
            groups.append(made)
    return groups


def _join(c: Claim, candidates: list[Group], groups: list[Group] | None, tolerance: int) -> Group | None:
    """Add the claim to the nearest admissible candidate (ties: the one more sources report, not the one
    with more claims: one source telling a happening thrice is still one voice; then the one with more claims); a new group
    (returned) if none.
    An undated claim takes the nearest at any distance: "Kelbajar fell" after a paragraph's "harsh winter" is
    the fall its text dates in April, not a happening of its own; an undated ceasefire with none near its
    narrative's day, the nearest after that day (``_told_later``)."""
    best = None
    name = village(c)
    for g in candidates:
        distance = 0 if name in g.villages else gap(c, g.core())
        reach = _reach(c, g, tolerance)
        if (reach is None or distance <= reach) and g.admits(c) and (best is None or (distance, -len(g.by_source), -len(g.claims)) < best[0]):
            best = ((distance, -len(g.by_source), -len(g.claims)), g)
    if best is None and _told_later(c):
        after = [(gap(c, g.core()), -len(g.by_source), -len(g.claims), i) for i, g in enumerate(candidates)
                 if g.admits(c) and (g.core()[0] or g.core()[1] or dt.date.min) >= c.context[0]]
        best = ((), candidates[min(after)[3]]) if after else None
    if best is None and (body := _body(c, candidates, tolerance)) is not None:
        best = ((), body)
    if best is not None:
        best[1].add(c)
        return None
    made = Group()
    made.add(c)
    if groups is not None:
        groups.append(made)
    return made
