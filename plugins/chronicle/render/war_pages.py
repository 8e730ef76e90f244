"""War, campaign and period pages: a summary from the data, then the sources' own words in date order."""

from __future__ import annotations

from collections import Counter
from itertools import groupby

from chronicle.index import Filing, SiteIndex
from chronicle.render.addresses import Addresses
from chronicle.render.common import Page, human_date, link
from chronicle.render.statements import StatementRenderer
from chronicle.render.text import inert
from chronicle.wars import War

UNDATED = "Undated statements"


def render_war(war: War, index: SiteIndex, addresses: Addresses) -> Page:
    uri, _ = addresses.war(war.id)
    filings = index.wars.get(war.id, [])
    out = StatementRenderer(uri, ("wars", war.id), index, addresses)
    parts = [f"# {inert(war.name)}", _crumbs(uri, war, addresses), _summary(uri, war, filings, addresses)]
    parts.append(f'<div class="chronicle-timeline" data-src="../../data/timeline/{war.id}.json"></div>')
    if table := _district_table(uri, filings, addresses):
        parts.append(f"## Districts\n\n{table}")
    parts.append("## In the sources' words")
    if not filings:
        parts.append("No source in the corpus is filed under this period yet.")
    for month, group in groupby(filings, key=_period):
        parts.append(f"### {month}\n\n{out.items(group)}")
    if footnotes := out.footnotes():
        parts.append(footnotes)
    return Page(uri, war.name, "\n\n".join(p for p in parts if p) + "\n", edit_path=addresses.data_files.get("wars"))


def _period(filing: Filing) -> str:
    """The narrative's heading for a statement, never finer than its earliest date's precision."""
    dated = [m for m in filing.statement.facts.dates if m.earliest and m.type in ("DATE", "TIME")]
    if not dated:
        return UNDATED
    first = min(dated, key=lambda m: m.earliest)
    day = first.earliest
    if first.precision in ("day", "week", "month"):
        return f"{day:%B %Y}"
    if first.precision == "decade":
        return f"the {day.year // 10 * 10}s"
    return str(day.year)


def _crumbs(uri: str, war: War, addresses: Addresses) -> str:
    """Up to the index through the parents; sideways to the previous and next sibling."""
    catalog = addresses.catalog
    chain = []
    parent = war.parent
    while parent:
        chain.append(catalog.get(parent))
        parent = chain[-1].parent
    crumbs = [f"[Wars and periods]({link(uri, 'wars/index.md')})"]
    crumbs += [f"[{inert(w.name)}]({link(uri, addresses.war(w.id)[0])})" for w in reversed(chain)]
    siblings = catalog.children(war.parent) if war.parent else [w for w in catalog.all() if w.parent is None]
    i = [w.id for w in siblings].index(war.id)
    sideways = []
    if i > 0:
        sideways.append(f"[← {inert(siblings[i - 1].name)}]({link(uri, addresses.war(siblings[i - 1].id)[0])})")
    if i + 1 < len(siblings):
        sideways.append(f"[{inert(siblings[i + 1].name)} →]({link(uri, addresses.war(siblings[i + 1].id)[0])})")
    return " › ".join(crumbs) + (" · " + " · ".join(sideways) if sideways else "")


def _summary(uri: str, war: War, filings: list[Filing], addresses: Addresses) -> str:
    rows = [("Dates", " – ".join(filter(None, (human_date(str(war.start) if war.start else None), human_date(str(war.end) if war.end else None)))) or "unknown")]
    if war.aliases:
        rows.append(("Also called", ", ".join(inert(a) for a in war.aliases)))
    if war.parties:
        rows.append(("Parties", ", ".join(inert(p) for p in war.parties)))
    children = addresses.catalog.children(war.id)
    if children:
        rows.append(("Campaigns and battles", ", ".join(f"[{inert(c.name)}]({link(uri, addresses.war(c.id)[0])})" for c in children)))
    districts = sorted(d for d in set(war.districts) | {d for f in filings for d in f.statement.facts.filed_districts} if addresses.has_district(d))
    if districts:
        rows.append(("Districts affected", ", ".join(f"[{inert(t)}]({link(uri, u)})" for u, t in map(addresses.district, districts))))
    body = "\n".join(f"    | {k} | {v} |" for k, v in rows)
    summary = f"    {inert(war.summary)}\n\n" if war.summary else ""
    return f'!!! abstract "{inert(war.kind.capitalize())}"\n\n{summary}    | Field | Value |\n    |---|---|\n{body}\n'


def _district_table(uri: str, filings: list[Filing], addresses: Addresses) -> str:
    counts = Counter(d for f in filings for d in f.statement.facts.filed_districts)
    if not counts:
        return ""
    rows = [f"| [{inert(t)}]({link(uri, u)}) | {n} |" for (u, t), n in sorted(((addresses.district(c), n) for c, n in counts.items()), key=lambda x: (-x[1], x[0][1]))]
    return "| District | Statements |\n|---|---:|\n" + "\n".join(rows)


def _tree(addresses: Addresses, parent: str | None, depth: int):
    """Wars in chronological order, each followed by its campaigns."""
    for war in addresses.catalog.all():
        if war.parent == parent:
            yield war, depth
            yield from _tree(addresses, war.id, depth + 1)


def render_war_index(index: SiteIndex, addresses: Addresses) -> Page:
    uri = "wars/index.md"
    lines = ["# Wars and periods", "The wars, campaigns and periods between them, in order. Counts are the source sentences filed on each page.", ""]
    for war, depth in _tree(addresses, None, 0):
        dates = " – ".join(filter(None, (human_date(str(war.start) if war.start else None), human_date(str(war.end) if war.end else None))))
        lines.append(f"{'    ' * depth}- [{inert(war.name)}]({link(uri, addresses.war(war.id)[0])}) {dates} ({len(index.wars.get(war.id, []))})")
    return Page(uri, "Wars and periods", "\n\n".join(lines[:2]) + "\n\n" + "\n".join(lines[3:]) + "\n", edit_path=addresses.data_files.get("wars"), in_nav=True)
