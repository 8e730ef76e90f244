"""War, campaign and period pages: facts from the catalogue, then the sources' own words in date order.

A war with more statements than one page should hold keeps its summary and
lists its years; each year (and the undated statements) gets a page of its own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from itertools import groupby

from chronicle.chronology import span_key
from chronicle.index import Change, Filing, SiteIndex, Statement, regrouped
from chronicle.rebuilds import reuse
from chronicle.render.addresses import Addresses
from chronicle.render.common import Page, PageContext, Parts, human_date, slugify
from chronicle.render.event_pages import event_list
from chronicle.render.html import Markup, el, join
from chronicle.render.parts import calendar_levels, content_parts, pager_steps, statement_key
from chronicle.render.statements import StatementRenderer, listing_page
from chronicle.render.tally import Tally, facet_filters, retally, tally
from chronicle.timeline import UNSTATED, perspective_class
from chronicle.wars import War

UNDATED = "Undated statements"


def render_war(war: War, index: SiteIndex, addresses: Addresses, years: Callable[[str], bool] = lambda year: True) -> Parts:
    """The war's page (part None), and its year pages (part: the year) when the war has too many statements for one.

    A year ``years`` does not ask for is listed with ``None`` for pages: a rebuild keeps the ones it has.
    """
    uri, _ = addresses.war(war.id)
    listed = index.wars.get(war.id, [])
    # A war is rendered again for a campaign's sake, or its events': its statements may be as they were.
    counted, by_year = reuse(addresses.kept, ("war", war.id), (listed,), lambda: _gathered(listed),
                             lambda was, gathered: _regathered(gathered, was[0], listed, index.changes.get(("wars", war.id))))
    filings = counted.filings
    page = addresses.page(uri)
    out = StatementRenderer(page, ("wars", war.id), index, addresses)
    parts: list[object] = [page.heading(1, war.name), _crumbs(page, war, addresses), _summary(page, war, counted, addresses)]
    parts += [el("div", class_="chronicle-timeline", data_src=page.asset(f"data/timeline/{war.id}.json")), timeline_legend(counted)]
    if table := _district_table(page, counted, addresses):
        parts += [page.heading(2, "Districts"), table]
    if events := event_list(page, addresses.events.by_war.get(war.id, []), addresses, addresses.events):
        parts += [page.heading(2, "Chronology of events"), events]
    parts.append(page.heading(2, "In the sources' words"))
    if not filings:
        parts.append(el("p", "No source in the corpus is filed under this period yet."))
    extra: Parts = {}
    if len(filings) > addresses.statements_per_page:
        links = []
        for year, group in by_year:
            sub = f"{uri[:-3]}/{slugify(year)}.md"
            links.append(el("li", page.a(sub, year), f" ({len(group)})"))
            extra[year] = _year_pages(war, year, group, sub, index, addresses) if years(year) else None
        parts.append(el("ul", *links, class_="chronicle-years"))
    else:
        parts += _years_narrative(page, out, by_year)
    edit = addresses.data_files.get("wars")
    main = page.page(war.name, *parts, edit_path=edit, search_filters=counted.filters() + (("war", (war.id,)),))
    return {None: [main], **extra}


def narrative_year(statement: Statement) -> str:
    """The year part of a war's pages that lists the statement."""
    return _year(Filing(statement))


def timeline_legend(counted: Tally) -> Markup | None:
    """What the timeline's colours mean: one swatch per perspective among its dated statements."""
    dated = counted.dated
    if not dated:
        return None
    names = sorted(dated, key=lambda p: (p is None, p or ""))
    swatches = [el("li", el("span", class_=f"chronicle-swatch {perspective_class(p)}", aria_hidden="true"), p or UNSTATED) for p in names]
    return el("ul", *swatches, class_="chronicle-legend", aria_label="Timeline colours: the source's perspective")


def _year_pages(war: War, year: str, filings: list[Filing], uri: str, index: SiteIndex, addresses: Addresses) -> list[Page]:
    """The year's page, or its parts by half-year, quarter and month (``parts.content_parts``): an edit changes the part it falls in."""
    parts = content_parts(uri, filings, addresses.statements_per_page, CALENDAR, statement_key)
    pages = []
    for part in parts:
        title, pager = f"{war.name}: {part.label or year}", pager_steps(parts, part)
        pages.append(listing_page(addresses.listings, (part.uri, title, pager), part.items,
                                  lambda: _year_page(war, year, title, part.uri, parts[0].uri, pager, part.items, index, addresses)))
    return pages


def _year_page(war: War, year: str, title: str, uri: str, first: str, pager: tuple[tuple[str, str], ...], filings: list[Filing], index: SiteIndex,
               addresses: Addresses) -> Page:
    page = addresses.page(uri, scope=first)
    out = StatementRenderer(page, ("wars", war.id), index, addresses)
    crumbs = el("p", page.a("wars/index.md", "Wars and periods"), " › ", page.a(addresses.war(war.id)[0], war.name), " › ", year, class_="chronicle-crumbs")
    steps = page.pager(list(pager))
    return page.page(title, page.heading(1, title), crumbs, steps, *_narrative(page, out, filings, level=2), steps, search_filters=facet_filters(filings))


def _years_narrative(page: PageContext, out: StatementRenderer, years: list[tuple[str, list[Filing]]]) -> list[Markup]:
    """The narrative one year at a time: a line of links to the years, then each year a section a reader can fold."""
    if not years:
        return []
    anchors = [page.anchor(f"year-{slugify(year)}") for year, _ in years]
    contents = el("nav", "Years: ", join((el("a", year, href=f"#{a}") for (year, _), a in zip(years, anchors)), " · "),
                  class_="chronicle-years-toc", aria_label="Years")
    sections = [
        el("details", el("summary", page.heading(3, year, anchor_id=anchor, permalink=False)), *_narrative(page, out, group, under=year), open=True, class_="chronicle-year")
        for (year, group), anchor in zip(years, anchors)
    ]
    return [contents, *sections]


def _narrative(page: PageContext, out: StatementRenderer, filings: list[Filing], level: int = 4, under: str | None = None) -> list[Markup]:
    """Statements under their month (or whole year) headings, each labelled with the date that places it.

    Under a year's own heading (``under``), the statements of the whole year need no second one.
    """
    parts = []
    for period, group in groupby((replace(f, mention=f.statement.first) for f in filings), key=_period):
        parts += [page.heading(level, period) if period != under else None, out.items(group)]
    return [p for p in parts if p]


Gathered = tuple[Tally, list[tuple[str, list[Filing]]]]


def _gathered(listed: list[Filing]) -> Gathered:
    """What a war's page gathers from its statements: their counts, and the statements by year."""
    counted = tally(listed)
    return counted, _by_year(counted.filings)


def _regathered(gathered: Gathered, was: list[Filing], listed: list[Filing], change: Change | None) -> Gathered | None:
    """What ``_gathered`` makes of ``listed``, from what it made of ``was`` and the index's change from one to the other
    (the years the filings taken out and put in fall in are grouped again); None if the change is not from ``was``."""
    if change is None or change[0] is not was or (counted := retally(gathered[0], was, listed, change[1], change[2])) is None:
        return None
    return counted, regrouped(gathered[1], change[1], change[2], _year, lambda group: group[1][0].order)


def _by_year(filings: list[Filing]) -> list[tuple[str, list[Filing]]]:
    return [(year, list(group)) for year, group in groupby(filings, key=_year)]


def _year(filing: Filing) -> str:
    """The year a statement goes under: its heading's year ("August 1993" -> "1993"), a decade or undated as they are."""
    period = _period(filing)
    return period if period == UNDATED or period.startswith("the ") else period[-4:]


def _period(filing: Filing) -> str:
    """The narrative's heading for a statement (``chronology.heading``: never out of the page's order)."""
    return filing.statement.period or UNDATED


# Where a list of statements in date order breaks into parts: year, half-year, quarter, month of its narrative heading.
CALENDAR = calendar_levels(_period)


def _crumbs(page: PageContext, war: War, addresses: Addresses) -> Markup:
    """Up to the index through the parents; sideways to the previous and next sibling."""
    catalog = addresses.catalog
    chain = []
    parent = war.parent
    while parent:
        chain.append(catalog.get(parent))
        parent = chain[-1].parent
    crumbs = [page.a("wars/index.md", "Wars and periods")]
    crumbs += [_war_link(page, w, addresses) for w in reversed(chain)]
    siblings = catalog.children(war.parent) if war.parent else [w for w in catalog.all() if w.parent is None]
    siblings = [w for w in siblings if w.id == war.id or addresses.has_page("wars", w.id)]
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


def _war_link(page: PageContext, war: War, addresses: Addresses) -> Markup:
    """A war's name, linked when it has a page (a war no statement is filed under has none)."""
    return page.a(addresses.war(war.id)[0], war.name) if addresses.has_page("wars", war.id) else el("span", war.name)


def war_dates(war: War) -> str:
    return " – ".join(filter(None, (human_date(str(war.start) if war.start else None), human_date(str(war.end) if war.end else None))))


def _summary(page: PageContext, war: War, counted: Tally, addresses: Addresses) -> Markup:
    """Facts of the catalogue (dates, names, parties, parts) and counts of the corpus; no narrative of the site's own."""
    rows: list[tuple[str, object]] = [("Dates", war_dates(war) or "unknown")]
    if war.aliases:
        rows.append(("Also called", ", ".join(war.aliases)))
    if war.parties:
        rows.append(("Parties", ", ".join(war.parties)))
    children = addresses.catalog.children(war.id)
    if children:
        rows.append(("Campaigns and battles", join((_war_link(page, c, addresses) for c in children), ", ")))
    districts = sorted((d for d in set(war.districts) | set(counted.districts) if addresses.has_district(d)),
                       key=lambda d: addresses.district(d)[1])
    if districts:
        rows.append(("Districts affected", join((page.a(*addresses.district(d)) if addresses.has_page("districts", d) else addresses.district(d)[1]
                                                 for d in districts), ", ")))
    rows.append(("In this corpus", f"{len(counted.filings)} statements from {len(counted.sources)} sources, {len(counted.perspectives)} perspectives"))
    body = [el("tr", el("td", k), el("td", v)) for k, v in rows]
    table = el("table", el("thead", el("tr", el("th", "Field"), el("th", "Value"))), el("tbody", *body))
    return el("div", el("p", war.kind.capitalize(), class_="admonition-title"), table, class_="admonition abstract")


def _district_table(page: PageContext, counted: Tally, addresses: Addresses) -> Markup | None:
    counts = {d: n for d, n in counted.districts.items() if addresses.has_district(d)}
    if not counts:
        return None
    ranked = sorted(((addresses.district(c), n) for c, n in counts.items()), key=lambda x: (-x[1], x[0][1]))
    rows = [el("tr", el("td", page.a(u, t)), el("td", str(n), class_="chronicle-num")) for (u, t), n in ranked]
    return el("table", el("thead", el("tr", el("th", "District"), el("th", "Statements"))), el("tbody", *rows))


def _depth(war: War, addresses: Addresses) -> int:
    return 0 if war.parent is None else 1 + _depth(addresses.catalog.get(war.parent), addresses)


def render_war_index(index: SiteIndex, addresses: Addresses) -> Page:
    """Every entry by start date (``chronology``: the longer first), indented under what it is part of; those with no statement apart, unlinked."""
    page = PageContext("wars/index.md", addresses.directory_urls)
    # Of two entries with the same span, the one the other is part of comes first.
    ordered = sorted(addresses.catalog.all(), key=lambda w: (span_key(w.start, w.end), _depth(w, addresses), w.id))
    covered = [w for w in ordered if addresses.has_page("wars", w.id)]
    empty = [w for w in ordered if not addresses.has_page("wars", w.id)]

    def part_of(war: War) -> list[object]:
        return [" · part of ", _war_link(page, addresses.catalog.get(war.parent), addresses)] if war.parent else []

    items = [el("li", page.a(addresses.war(w.id)[0], w.name), " ", el("span", war_dates(w), class_="chronicle-when"),
                f" ({index.count('wars', w.id)})", *part_of(w), class_=f"chronicle-depth-{min(_depth(w, addresses), 3)}")
             for w in covered]
    intro = el("p", "The wars, campaigns and periods between them, in order of their first day (of two that start together, the longer first). "
                    "Counts are the source sentences filed on each page.")
    parts: list[object] = [page.heading(1, "Wars and periods"), intro, el("ul", *items, class_="chronicle-wars")]
    if empty:
        parts += [page.heading(2, "Not yet covered by the corpus"),
                  el("p", "No source sentence is filed under these yet, so they have no page."),
                  el("ul", *(el("li", w.name, " ", el("span", war_dates(w), class_="chronicle-when"), *part_of(w)) for w in empty), class_="chronicle-uncovered")]
    return page.page("Wars and periods", *parts, edit_path=addresses.data_files.get("wars"), in_nav=True)
