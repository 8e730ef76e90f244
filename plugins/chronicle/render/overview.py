"""The home page's overview: the periods on one timeline, and districts by war."""

from __future__ import annotations

from collections import Counter

from chronicle.index import SiteIndex
from chronicle.render.addresses import Addresses
from chronicle.render.common import link
from chronicle.render.text import inert

HOME = "index.md"


def war_anchor(war_id: str) -> str:
    """Id of a war's section on a district page (the table's cells link there)."""
    return f"war-{war_id}"


def render_overview(index: SiteIndex, addresses: Addresses) -> str:
    wars = [w for w in addresses.catalog.all() if w.parent is None]
    counts = Counter((d, w) for d, filings in index.districts.items() for f in filings for w in f.statement.facts.filed_wars)
    districts = sorted({d for d, _ in counts}, key=lambda code: addresses.district(code)[1])
    used = [w for w in wars if any(counts[(d, w.id)] for d in districts)]
    parts = ["## The periods", '<div class="chronicle-timeline" data-src="data/timeline/periods.json"></div>']
    if used:
        head = "| District | " + " | ".join(f"[{inert(w.name)}]({link(HOME, addresses.war(w.id)[0])})" for w in used) + " |"
        rule = "|---|" + "---:|" * len(used)
        rows = []
        for code in districts:
            uri, name = addresses.district(code)
            cells = [f"[{n}]({link(HOME, uri, war_anchor(w.id))})" if (n := counts[(code, w.id)]) else "" for w in used]
            rows.append(f"| [{inert(name)}]({link(HOME, uri)}) | " + " | ".join(cells) + " |")
        parts += ["## Districts by war", "Source sentences filed under each district and war; a number links to those statements.", "\n".join([head, rule, *rows])]
    return "\n\n".join(parts)
