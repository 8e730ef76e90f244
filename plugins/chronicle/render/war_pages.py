"""War, campaign and period pages: facts from the catalogue, then the sources' own words in date order.

A war with more statements than one page should hold keeps its summary and
lists its years; each year (and the undated statements) gets a page of its own.
"""

from __future__ import annotations

from collections import Counter
from itertools import groupby

from chronicle.index import Filing, SiteIndex, anchor_day
from chronicle.render.addresses import Addresses
from chronicle.render.common import Page, PageContext, human_date, slugify, split
from chronicle.render.date_pages import facet_filters
from chronicle.render.event_pages import event_list
from chronicle.render.html import Markup, el, join
from chronicle.render.statements import StatementRenderer, unique
from chronicle.wars import War

UNDATED = "Undated statements"


def render_war(war: War, index: SiteIndex, addresses: Addresses) -> list[Page]:
    """The war's page, and its year pages when the war has too many statements for one."""
    uri, _ = addresses.war(war.id)
    filings = unique(index.wars.get(war.id, []))
    page = PageContext(uri, addresses.directory_urls)
    out = StatementRenderer(page, ("wars", war.id), index, addresses)
    parts: list[object] = [page.heading(1, war.name), _crumbs(page, war, addresses), _summary(page, war, filings, addresses)]
    parts.append(el("div", class_="chronicle-timeline", data_src=page.asset(f"data/timeline/{war.id}.json")))
    if table := _district_table(page, filings, addresses):
        parts += [page.heading(2, "Districts"), table]
    if events := event_list(page, addresses.events.by_war.get(war.id, []), addresses, addresses.events):
        parts += [page.heading(2, "Chronology of events"), events]
    parts.append(page.heading(2, "In the sources' words"))
    if not filings:
        parts.append(el("p", "No source in the corpus is filed under this period yet."))
    years = _by_year(filings)
    extra: list[Page] = []
    if len(filings) > addresses.statements_per_page:
        links = []
        for year, group in years:
            sub = f"{uri[:-3]}/{slugify(year)}.md"
            links.append(el("li", page.a(sub, year), f" ({len(group)})"))
            extra += _year_pages(war, year, group, sub, index, addresses)
        parts.append(el("ul", *links, class_="chronicle-years"))
    else:
        parts += _narrative(page, out, filings)
    edit = addresses.data_files.get("wars")
    main = page.page(war.name, *parts, edit_path=edit, search_filters=facet_filters(filings) + (("war", (war.id,)),))
    return [main, *extra]


def _year_pages(war: War, year: str, filings: list[Filing], uri: str, index: SiteIndex, addresses: Addresses) -> list[Page]:
    parts = split(uri, filings, addresses.statements_per_page)
    pages = []
    for part_uri, chunk in parts:
        page = PageContext(part_uri, addresses.directory_urls)
        out = StatementRenderer(page, ("wars", war.id), index, addresses)
        title = f"{war.name}: {year}"
        crumbs = el("p", page.a("wars/index.md", "Wars and periods"), " › ", page.a(addresses.war(war.id)[0], war.name), " › ", year, class_="chronicle-crumbs")
        pager = page.pager([u for u, _ in parts])
        pages.append(page.page(title, page.heading(1, title), crumbs, pager, *_narrative(page, out, chunk), pager, search_filters=facet_filters(chunk)))
    return pages


def _narrative(page: PageContext, out: StatementRenderer, filings: list[Filing]) -> list[Markup]:
    parts = []
    for period, group in groupby(filings, key=_period):
        parts += [page.heading(3, period), out.items(group)]
    return parts


def _by_year(filings: list[Filing]) -> list[tuple[str, list[Filing]]]:
    return [(year, list(group)) for year, group in groupby(filings, key=_year)]


def _year(filing: Filing) -> str:
    """The year page a statement goes to: its heading's year ("August 1993" -> "1993"), a decade or undated as they are."""
    period = _period(filing)
    return period if period == UNDATED or period.startswith("the ") else period[-4:]


def _period(filing: Filing) -> str:
    """The narrative's heading for a statement, never finer than its earliest date's precision."""
    dated = [m for m in filing.statement.facts.dates if anchor_day(m) and m.type in ("DATE", "TIME")]
    if not dated:
        return UNDATED
    first = min(dated, key=anchor_day)
    day = anchor_day(first)
    if first.precision in ("day", "week", "month"):
        return f"{day:%B %Y}"
    if first.precision == "decade":
        return f"the {day.year // 10 * 10}s"
    return str(day.year)


def _crumbs(page: PageContext, war: War, addresses: Addresses) -> Markup:
    """Up to the index through the parents; sideways to the previous and next sibling."""
    catalog = addresses.catalog
    chain = []
    parent = war.parent
    while parent:
        chain.append(catalog.get(parent))
        parent = chain[-1].parent
    crumbs = [page.a("wars/index.md", "Wars and periods")]
    crumbs += [page.a(addresses.war(w.id)[0], w.name) for w in reversed(chain)]
    siblings = catalog.children(war.parent) if war.parent else [w for w in catalog.all() if w.parent is None]
    i = [w.id for w in siblings].index(war.id)
    sideways = []
    if i > 0:
        sideways.append(page.a(addresses.war(siblings[i - 1].id)[0], f"← {siblings[i - 1].name}"))
    if i + 1 < len(siblings):
        sideways.append(page.a(addresses.war(siblings[i + 1].id)[0], f"{siblings[i + 1].name} →"))
    line = join(crumbs, " › ")
    if sideways:
        line += Markup(" · ") + join(sideways, " · ")
    return el("p", line, class_="chronicle-crumbs")


def war_dates(war: War) -> str:
    return " – ".join(filter(None, (human_date(str(war.start) if war.start else None), human_date(str(war.end) if war.end else None))))


def _summary(page: PageContext, war: War, filings: list[Filing], addresses: Addresses) -> Markup:
    """Facts of the catalogue (dates, names, parties, parts) and counts of the corpus; no narrative of the site's own."""
    rows: list[tuple[str, object]] = [("Dates", war_dates(war) or "unknown")]
    if war.aliases:
        rows.append(("Also called", ", ".join(war.aliases)))
    if war.parties:
        rows.append(("Parties", ", ".join(war.parties)))
    children = addresses.catalog.children(war.id)
    if children:
        rows.append(("Campaigns and battles", join((page.a(addresses.war(c.id)[0], c.name) for c in children), ", ")))
    districts = sorted(d for d in set(war.districts) | {d for f in filings for d in f.statement.facts.filed_districts} if addresses.has_district(d))
    if districts:
        rows.append(("Districts affected", join((page.a(u, t) for u, t in map(addresses.district, districts)), ", ")))
    sources = {f.statement.source.id for f in filings}
    perspectives = {f.statement.source.meta.perspective for f in filings if f.statement.source.meta.perspective}
    rows.append(("In this corpus", f"{len(filings)} statements from {len(sources)} sources, {len(perspectives)} perspectives"))
    body = [el("tr", el("td", k), el("td", v)) for k, v in rows]
    table = el("table", el("thead", el("tr", el("th", "Field"), el("th", "Value"))), el("tbody", *body))
    return el("div", el("p", war.kind.capitalize(), class_="admonition-title"), table, class_="admonition abstract")


def _district_table(page: PageContext, filings: list[Filing], addresses: Addresses) -> Markup | None:
    counts = Counter(d for f in filings for d in f.statement.facts.filed_districts if addresses.has_district(d))
    if not counts:
        return None
    ranked = sorted(((addresses.district(c), n) for c, n in counts.items()), key=lambda x: (-x[1], x[0][1]))
    rows = [el("tr", el("td", page.a(u, t)), el("td", str(n), class_="chronicle-num")) for (u, t), n in ranked]
    return el("table", el("thead", el("tr", el("th", "District"), el("th", "Statements"))), el("tbody", *rows))


def _tree(addresses: Addresses, parent: str | None):
    """Wars in chronological order, each followed by its campaigns."""
    for war in addresses.catalog.all():
        if war.parent == parent:
            yield war, [*_tree(addresses, war.id)]


def render_war_index(index: SiteIndex, addresses: Addresses) -> Page:
    page = PageContext("wars/index.md", addresses.directory_urls)

    def entries(nodes) -> Markup:
        items = [
            el("li", page.a(addresses.war(war.id)[0], war.name), f" {war_dates(war)} ({len(unique(index.wars.get(war.id, [])))})", entries(children) if children else None)
            for war, children in nodes
        ]
        return el("ul", *items)

    intro = el("p", "The wars, campaigns and periods between them, in order. Counts are the source sentences filed on each page.")
    return page.page("Wars and periods", page.heading(1, "Wars and periods"), intro, entries(list(_tree(addresses, None))),
                     edit_path=addresses.data_files.get("wars"), in_nav=True)
