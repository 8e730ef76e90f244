"""Neutral words for an event: its title and what its sources' dates say together.

The site asserts nothing of its own: a title names the kind of happening and
the place ("Fuzuli changes hands (1993)"), a summary counts sources and dates
("3 sources give 3 dates, from on or before 20 August to 25 August 1993";
"2 sources agree on 22 August 1993"). Both are pure functions the renderer
calls; the place's display name is the renderer's to give.
"""

from __future__ import annotations

from collections.abc import Sequence

from chronicle.extract.timex.label import describe
from chronicle.model import Claim, DateMention, Event

_TITLES = {
    "control": "{} changes hands",
    "assault": "Assault on {}",
    "massacre": "Massacre at {}",
    "ceasefire": "Ceasefire",
    "agreement": "Agreement",
    "other": "{}: other events",
}
_VILLAGES = "Villages of {} change hands"
_NO_PLACE = {"control": "Territory changes hands", "assault": "Assault", "massacre": "Massacre", "other": "Other events"}
_OPEN = {"ON_OR_BEFORE": "on or before {}", "BEFORE": "before {}", "AFTER": "after {}", "ON_OR_AFTER": "on or after {}"}


def title(event: Event, place_name: str | None = None) -> str:
    """'Fuzuli changes hands (1993)', 'Assault on Khojavend (1993)', 'Ceasefire (2020)'; a batch of a district's
    villages, named by no one village, is 'Villages of Fuzuli change hands (2020)', never its town's fall."""
    batch = event.kind == "control" and event.place in (None, event.district) and all(c.local for c in event.claims)
    pattern = _VILLAGES if batch else _TITLES[event.kind]
    text = pattern.format(place_name) if place_name and "{}" in pattern else _NO_PLACE.get(event.kind, pattern)
    year = event_year(event)
    return f"{text} ({year})" if year else text


def event_year(event: Event) -> int | None:
    return claims_year(event.claims)


def claims_year(claims: Sequence[Claim]) -> int | None:
    """The first year the claims' own dates give; only where none is dated, their narratives': an undated claim
    whose text last named 1988 does not date the fall its other claims put in 1993.

    A claim that names its year counts before a wider one: "the 1990s" and "in 1991" give 1991, not 1990.
    """
    within_a_year = [c.earliest for c in claims if c.earliest and c.latest and c.earliest.year == c.latest.year]
    days = within_a_year or [d for c in claims for d in (c.earliest, c.latest) if d] or [d for c in claims for d in c.context if d]
    return min(days).year if days else None


def claim_date(claim: Claim) -> str | None:
    """The claim's date at its own precision: 'by 20 August 1993', '22 August 1993', 'late July 1993'."""
    if claim.date is None:
        return None
    return describe(_mention(claim.date, claim.mod, claim))


def _mention(value: str, mod: str | None, claim: Claim) -> DateMention:
    return DateMention(0, 0, value, value, "TIME" if "T" in value else "DATE", mod, claim.earliest, claim.latest,
                       precision(value))


def precision(value: str) -> str | None:
    """'day', 'month', 'season', 'week', 'year' or 'decade' of a TIMEX3 value (a range: its start's)."""
    head = value.split("/")[0].split("T")[0]
    if head.endswith("X"):
        return "decade"
    parts = head.split("-")
    if len(parts) == 1:
        return "year"
    if parts[1] in ("SP", "SU", "FA", "WI"):
        return "season"  # before weeks: a winter ("1991-WI") is no week ("1991-W49")
    if parts[1][:1] == "W":
        return "week"
    return "day" if len(parts) == 3 else "month"


def summary(event: Event) -> str:
    """What the sources' dates say together, in neutral words (a date no day resolves, "XXXX-02-10" in a text of
    no known year, tells the reader no date)."""
    dated = [c for c in event.claims if c.earliest or c.latest]
    undated = len({c.source for c in event.claims} - {c.source for c in dated})
    tail = f"; {_count(undated, 'other source')} {'gives' if undated == 1 else 'give'} no date" if undated and dated else ""
    if not dated:
        return f"{_count(len(event.sources), 'source')}, no date given"
    sources = len({c.source for c in dated})
    values = list(dict.fromkeys((c.date, c.mod) for c in dated))
    if len(values) == 1:
        verb = "gives" if sources == 1 else "agree on"
        return f"{_count(sources, 'source')} {verb} {claim_date(dated[0])}{tail}"
    first, last = _extreme_claims(dated)
    if event.disputed:
        return f"{_count(sources, 'source')} give {len(values)} dates, from {_bound(first, last)} to {_bound(last)}{tail}"
    return f"{_count(sources, 'source')} give {len(values)} dates that can all be true ({_span(event)}){tail}"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _extreme_claims(dated: list[Claim]) -> tuple[Claim, Claim]:
    key = lambda c: (c.earliest or c.latest, c.latest or c.earliest)  # noqa: E731
    return min(dated, key=key), max(dated, key=key)


def _bound(c: Claim, other: Claim | None = None) -> str:
    """A claim's date as an end of a spread; the year left out when the other end says it."""
    text = describe(_mention(c.date.split("/")[0] if other else c.date.split("/")[-1], None if c.mod in _OPEN else c.mod, c))
    text = text.removeprefix("sometime in ")
    year = (c.latest or c.earliest).year
    if other is not None and (other.latest or other.earliest).year == year and text.endswith(f" {year}"):
        text = text.removesuffix(f" {year}")
    return _OPEN[c.mod].format(text) if c.mod in _OPEN else text


def _span(event: Event) -> str:
    lo, hi = event.earliest, event.latest
    if lo and hi:
        return f"{lo.day} {lo:%B %Y}" if lo == hi else f"between {lo.day} {lo:%B %Y} and {hi.day} {hi:%B %Y}"
    if hi:
        return f"on or before {hi.day} {hi:%B %Y}"
    return f"on or after {lo.day} {lo:%B %Y}" if lo else "no common day"
