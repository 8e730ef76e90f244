"""The campaigns and battles a sentence belongs to, below the war it is filed under.

A sentence names a campaign, or its dates fall in one whose districts it names, or it stands in a text whose title
names one; each found brings its ancestors below the top level (a day of the battle of Aghdam in 1993 is also one
of the 1993 summer offensives'). Read after the sentence's war is settled (``wars.tag_document``): a campaign outside that war is none.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from chronicle.extract.war_evidence import Sentence
from chronicle.wars import War, WarCatalog


def campaigns(s: Sentence, catalog: WarCatalog, title_campaigns: tuple[War, ...], codes: set[str]) -> tuple[str, ...]:
    """Campaigns and battles the sentence names, or whose span holds its dates and whose districts it names."""
    found = {catalog.get(m.war) for m in s.wars if catalog.get(m.war).parent is not None}
    tops = set(s.filed)
    for lo, hi in s.spans:
        for war in _holding(lo, hi, catalog):
            if war.top in tops and (not war.districts or codes & set(war.districts)):
                found.add(war)
    if not s.spans or all(_inside(lo, hi, c) for c in title_campaigns for lo, hi in s.spans):
        found |= {c for c in title_campaigns if c.top in tops}
    return tuple(sorted({a.id for w in found for a in _lineage(w, catalog)}))


@lru_cache(maxsize=4096)
def _holding(lo: dt.date, hi: dt.date, catalog: WarCatalog) -> tuple[War, ...]:
    """The campaigns and battles whose span holds [lo, hi]. Remembered, as ``periods`` is: the same days recur."""
    return tuple(w for w in catalog.all() if w.parent is not None and _inside(lo, hi, w))


def _inside(lo: dt.date, hi: dt.date, war: War) -> bool:
    return war.start is not None and war.end is not None and war.start <= lo and hi <= war.end


def _lineage(war: War, catalog: WarCatalog) -> list[War]:
    """The entry and its ancestors below the top level."""
    chain = []
    while war.parent is not None:
        chain.append(war)
        war = catalog.get(war.parent)
    return chain

