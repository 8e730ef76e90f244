"""The home page's overview: the periods on one timeline, and districts by war.

The home page is hand-written Markdown; the overview is HTML placed where it
marks, so its links are final URLs (Markdown does not rewrite links in HTML).
"""

from __future__ import annotations

from collections import Counter

from chronicle.index import Change, SiteIndex
from chronicle.rebuilds import reuse
from chronicle.render.addresses import Addresses
from chronicle.render.district_pages import first_war, war_anchor
from chronicle.render.common import PageContext
from chronicle.render.html import Markup, el, join

HOME = "index.md"


def render_overview(index: SiteIndex, addresses: Addresses) -> Markup:
    page = PageContext(HOME, addresses.directory_urls)
    wars = [w for w in addresses.catalog.all() if w.parent is None]
    primary = first_war(addresses.catalog)
    # Counted as the district page lists them: each statement once, under its first war (a rebuild keeps an untouched district's).
    counts: Counter[tuple[str, str | None]] = Counter()
    for d, filings in index.districts.items():
        counts.update(reuse(addresses.kept, ("overview", d), (filings, addresses.catalog),
                            lambda: Counter((d, primary(f.statement.facts.filed_wars)) for f in filings),
                            lambda was, counted: _recounted(counted, was, index.changes.get(("districts", d)), d, addresses)))
    districts = sorted({d for d, _ in counts if addresses.has_district(d)}, key=lambda code: addresses.district(code)[1])
    used = [w for w in wars if any(counts[(d, w.id)] for d in districts)]
    parts = [el("h2", "The periods", id="the-periods"), el("div", class_="chronicle-timeline", data_src=page.asset("data/timeline/periods.json"))]
    if used:
        head = el("tr", el("th", "District"), *(el("th", page.a(addresses.war(w.id)[0], w.name)) for w in used))
        rows = []
        for code in districts:
            uri, name = addresses.district(code)
            # Below 600px each row is a card: a cell says its war, and an empty one is left out.
            cells = [el("td", page.a(uri, str(n), war_anchor(w.id)), class_="chronicle-num", data_label=w.name) if (n := counts[(code, w.id)])
                     else el("td", "", class_="chronicle-num chronicle-empty") for w in used]
            rows.append(el("tr", el("td", page.a(uri, name)), *cells))
        table = el("div", el("table", el("thead", head), el("tbody", *rows), class_="chronicle-cards"), class_="md-typeset__scrollwrap")
        parts += [el("h2", "Districts by war", id="districts-by-war"),
                  el("p", "Source sentences filed under each district and war; a number links to those statements."), table]
    return join(parts, "\n")


def _recounted(counted: Counter, was: tuple, change: Change | None, district: str, addresses: Addresses) -> Counter | None:
    """A district's statements by first war, from those of its list before an edit (``was``) and the index's change from
    that list: the filings taken out and put in are counted, not the thousands kept; None if the change is from another list."""
    if change is None or change[0] is not was[0] or was[1] is not addresses.catalog:
        return None
    primary = first_war(addresses.catalog)
    return counted - Counter((district, primary(f.statement.facts.filed_wars)) for f in change[1]) + \
        Counter((district, primary(f.statement.facts.filed_wars)) for f in change[2])
