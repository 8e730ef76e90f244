"""A sentence's claims made one per event: duplicates merged, then numbered in text order.

Apart from finding claims (``claims/__init__``) because it reads only the
claims found, never the sentence: the same verb read twice over one place, or
an undated statement beside a dated one of the same kind, is one claim.
"""

from __future__ import annotations

from chronicle.model import Claim
from chronicle.records import replace


def merged(claims: list[Claim]) -> list[Claim]:
    """One claim per kind, district and date in a sentence; an undated one joins a dated one. A district's villages
    and its town are two events ("the liberation of villages in Zangilan district and the city of Zangilan").

    A claim of no district beside claims of the same kind that name districts
    is the same event stated twice ("counter-attacked, neutralizing ... the
    Horadis military base"): it gives them its date and goes.
    """
    named = {c.kind for c in claims if c.district and c.kind == "assault"}
    spare = {c.kind: c for c in claims if c.district is None and c.kind in named and c.date}
    claims = [_dated_by(c, spare.get(c.kind)) for c in claims if c.district or c.kind not in named]
    kept: list[Claim] = []
    for c in sorted(claims, key=lambda c: c.start):  # stable: a shared verb's places stay in text order
        same = next((k for k in kept if (k.kind, k.district, k.local) == (c.kind, c.district, c.local)
                     and (k.date is None or c.date is None or k.date == c.date)), None)
        if same is None:
            kept.append(c)
        elif same.date is None and c.date is not None:
            kept[kept.index(same)] = replace(c, start=same.start, end=same.end, wording=same.wording)
    return kept


def _dated_by(c: Claim, other: Claim | None) -> Claim:
    if c.date is not None or other is None:
        return c
    return replace(c, date=other.date, mod=other.mod, earliest=other.earliest, latest=other.latest, context=(None, None))


def numbered(claims: list[Claim]) -> list[Claim]:
    """The claims in text order, numbered from 1 (the position that ends a claim's id)."""
    ordered = sorted(claims, key=lambda c: c.start)
    return [replace(c, position=i) for i, c in enumerate(ordered, 1)]
