"""Date pages (decade, year, month, day) and the timeline index.

A year page lets the year unfold month by month; a month page day by day; a
day page sets the sources side by side, each in its own words. A year or month
with more statements than one page should hold lists its months or days with
their counts instead, and each of those pages holds the statements.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections import defaultdict
from itertools import groupby
from typing import Callable, Iterator

from dateutil.relativedelta import relativedelta

from chronicle.chronology import mention_key, span_key
from chronicle.extract.dates import describe
from chronicle.index import Filing, SiteIndex, page_kind
from chronicle.rebuilds import KeptWhileSame, reuse
from chronicle.render.addresses import Addresses, date_title
from chronicle.render.common import Page, PageContext
from chronicle.render.event_pages import event_list
from chronicle.render.html import Markup, el, join
from chronicle.render.parts import content_parts, pager_steps, statement_key
from chronicle.render.statements import StatementRenderer, listing_page, unique
from chronicle.render.tally import Gist, facet_filters, gist, merged


def date_keys(index: SiteIndex) -> list[str]:
    """Every date page: those with statements plus the month and year hubs above them."""
    keys = set(index.dates)
    for key in list(keys):
        if page_kind(key) in ("day", "month"):
            keys.add(key[:7])
            keys.add(key[:4])
    return sorted(keys)


def render_date_pages(index: SiteIndex, addresses: Addresses, wanted: Callable[[str], bool] = lambda key: True) -> Iterator[tuple[str, list[Page]]]:
    """The pages of each date key that ``wanted`` accepts (a rebuild in ``mkdocs serve`` asks for the few an edit touched),
    one key at a time (the caller may pack each key's pages before the next is rendered)."""
    keys = date_keys(index)
    days = [k for k in keys if page_kind(k) == "day"]
    war_days = _days_by_war(index, days)
    below = _descendants(keys)
    for key in filter(wanted, keys):
        if page_kind(key) == "day":
            i = bisect_left(days, key)
            neighbours = (days[i - 1] if i else None, days[i + 1] if i + 1 < len(days) else None)
            yield key, _day_pages(key, index, addresses, neighbours, war_days)
        else:
            yield key, _period_pages(key, below.get(key, []), index, addresses)


def _breadcrumbs(page: PageContext, key: str) -> Markup:
    crumbs = [page.a("dates/index.md", "Timeline")]
    if page_kind(key) in ("month", "day"):
        crumbs.append(page.a(f"dates/{key[:4]}.md", key[:4]))
    if page_kind(key) == "day":
        crumbs.append(page.a(f"dates/{key[:7]}.md", date_title(key[:7])))
    return join(crumbs, " › ")


def _descendants(keys: list[str]) -> dict[str, list[str]]:
    """Month and day pages under each year, day pages under each month, in order."""
    out: dict[str, list[str]] = {}
    for key in keys:
        if page_kind(key) in ("month", "day"):
            out.setdefault(key[:4], []).append(key)
        if page_kind(key) == "day":
            out.setdefault(key[:7], []).append(key)
    return out


def _days_by_war(index: SiteIndex, days: list[str]) -> dict[str, list[str]]:
    """For each war, the dated days its statements fall on, in order."""
    out: dict[str, list[str]] = {}
    for day in days:
        for war in sorted({w for f in index.dates[day] for w in f.statement.facts.filed_wars}):
            out.setdefault(war, []).append(day)
    return out


def _within_wars(page: PageContext, key: str, war_days: dict[str, list[str]], addresses: Addresses) -> Markup | None:
    """Previous and next day of each war this day belongs to: reading a war's narrative day by day."""
    lines = []
    for war, days in sorted(war_days.items()):
        i = bisect_left(days, key)
        if i >= len(days) or days[i] != key or len(days) == 1:
            continue
        steps = []
        if i > 0:
            steps.append(page.a(f"dates/{days[i - 1]}.md", f"← {date_title(days[i - 1])}"))
        if i + 1 < len(days):
            steps.append(page.a(f"dates/{days[i + 1]}.md", f"{date_title(days[i + 1])} →"))
        uri, name = addresses.war(war)
        lines.append(el("li", "In the ", page.a(uri, name), ": ", join(steps, " · ")))
    return el("ul", *lines, class_="chronicle-steps") if lines else None


def _day_pages(key: str, index: SiteIndex, addresses: Addresses, neighbours: tuple[str | None, str | None], war_days: dict[str, list[str]]) -> list[Page]:
    """The day's page; a day with more statements than a page holds continues on numbered parts (broken where the
    statements' own keys say, ``parts.content_parts``: one statement more changes the part it falls in)."""
    uri, title = addresses.date(key)
    parts = content_parts(uri, unique(index.dates.get(key, [])), addresses.statements_per_page, (), statement_key)
    return [_day_page(key, title, part.uri, part.items, list(pager_steps(parts, part)), index, addresses, neighbours, war_days) for part in parts]


def _day_page(key: str, title: str, uri: str, filings: list[Filing], parts: list[tuple[str, str]], index: SiteIndex, addresses: Addresses,
              neighbours: tuple[str | None, str | None], war_days: dict[str, list[str]]) -> Page:
    page = addresses.page(uri)
    out = StatementRenderer(page, ("dates", key), index, addresses)
    prev, nxt = neighbours
    nav = [_breadcrumbs(page, key)]
    if prev:
        nav.append(page.a(f"dates/{prev}.md", f"← {date_title(prev)}"))
    if nxt:
        nav.append(page.a(f"dates/{nxt}.md", f"{date_title(nxt)} →"))
    pager = page.pager(parts)
    return page.page(
        title,
        page.heading(1, title),
        el("p", join(nav, " · "), class_="chronicle-crumbs"),
        _within_wars(page, key, war_days, addresses),
        _facets(page, shown := gist(filings), addresses),
        *_events(page, key, addresses),
        page.heading(2, "What the sources say"),
        pager,
        _side_by_side(filings, out),
        pager,
        search_filters=shown.filters(year=key[:4]),
    )


def _side_by_side(filings: list[Filing], out: StatementRenderer) -> Markup:
    """One column per source, so readers compare each side's own words."""
    columns = []
    for _, group in groupby(sorted(filings, key=lambda f: f.statement.source.id), key=lambda f: f.statement.source.id):
        group = list(group)
        head = el("p", out.page.attribution(group[0].statement), class_="chronicle-side-head")
        columns.append(el("div", head, out.items(group, with_source=False), class_="chronicle-side"))
    return el("div", *columns, class_="chronicle-sides")


def _period_pages(key: str, below: list[str], index: SiteIndex, addresses: Addresses) -> list[Page]:
    """A decade, year or month page; when busy, it lists its months or days, and its own statements move to pages of their own."""
    uri, title = addresses.date(key)
    page = addresses.page(uri)
    out = StatementRenderer(page, ("dates", key), index, addresses)
    own = unique(index.dates.get(key, []))
    shown = merged(_gist(k, index, addresses) for k in (key, *below))  # what all its statements are filed under
    parts: list[object] = [page.heading(1, title), el("p", _breadcrumbs(page, key), class_="chronicle-crumbs"), _facets(page, shown, addresses),
                           *_events(page, key, addresses)]
    child_len = 7 if page_kind(key) == "year" else 10
    children = [(child, [f for k in keys for f in index.dates.get(k, [])]) for child, keys in groupby([k for k in below if len(k) >= child_len], key=lambda k: k[:child_len])]
    busy = len(own) + sum(len(unique(filings)) for _, filings in children) > addresses.statements_per_page
    extra: list[Page] = []
    whole = f"Dated to {title} as a whole"
    if own and busy:
        extra = _whole_pages(key, whole, own, index, addresses)
        parts += [page.heading(2, whole), el("p", page.a(extra[0].uri, f"{len(own)} statements"))]
    if busy:
        parts.append(page.heading(2, "By " + ("month" if child_len == 7 else "day")))
        parts.append(el("ul", *(el("li", page.a(f"dates/{child}.md", date_title(child)), f" ({len(unique(filings))})") for child, filings in children if filings), class_="chronicle-children"))
    else:
        parts += _in_order(page, out, key, whole, own, children)
    main = page.page(title, *parts, in_nav=page_kind(key) in ("year", "decade"), search_filters=shown.filters(year=key[:4] if key[:4].isdigit() else None))
    return [main, *extra]


def _in_order(page: PageContext, out: StatementRenderer, key: str, whole: str, own: list[Filing], children: list[tuple[str, list[Filing]]]) -> list[Markup]:
    """The page's own statements and its months or days as sections in the one chronological order (``chronology``).

    A statement dated to the whole period opens the page; one dated to a part
    of it ("late July 1993", "summer 1993") is a section at the part's first
    day, before that day's own section.
    """
    start = span_key(*_page_span(key))
    sections: list[tuple[tuple, str, str | None, Filing]] = []
    for f in own:
        at = mention_key(f.mention)
        title = whole if at <= start else _capitalised(describe(f.mention))
        sections.append((start if title == whole else at, title, None, f))
    for child, filings in children:
        sections += [(span_key(*_page_span(child)), date_title(child), child, f) for f in filings]
    parts: list[Markup] = []
    shown: set = set()
    for (_, title, child), group in groupby(sorted(sections, key=lambda s: s[0]), key=lambda s: s[:3]):
        # A statement filed on two days of the month (a range's ends) is listed under the first.
        fresh = [f for *_, f in group if f.statement.key not in shown]
        shown.update(f.statement.key for f in fresh)
        if fresh:
            content = page.a(f"dates/{child}.md", title) if child else None
            parts += [page.heading(2, title, content=content), out.items(fresh)]
    return parts


def _page_span(key: str) -> tuple[dt.date, dt.date]:
    """The first and last day of a date page (``1993``, ``1993-07``, ``1993-07-04`` or ``1990s``)."""
    kind = page_kind(key)
    if kind == "day":
        day = dt.date.fromisoformat(key)
        return day, day
    if kind == "month":
        first = dt.date.fromisoformat(key + "-01")
        return first, first + relativedelta(months=1, days=-1)
    year = int(key[:4])
    return dt.date(year, 1, 1), dt.date(year + (10 if kind == "decade" else 1) - 1, 12, 31)


def _capitalised(label: str) -> str:
    return label[:1].upper() + label[1:]


def _whole_pages(key: str, title: str, filings: list[Filing], index: SiteIndex, addresses: Addresses) -> list[Page]:
    """The statements dated to a whole year or month, when its page is too busy to hold them (in parts broken where the
    statements' own keys say, ``parts.content_parts``)."""
    parts = content_parts(f"dates/{key}-whole.md", filings, addresses.statements_per_page, (), statement_key)
    return [listing_page(addresses.listings, (part.uri, title, pager_steps(parts, part)), part.items,
                         lambda: _whole_page(key, title, part.uri, parts[0].uri, pager_steps(parts, part), part.items, index, addresses)) for part in parts]


def _whole_page(key: str, title: str, uri: str, first: str, pager: tuple[tuple[str, str], ...], filings: list[Filing], index: SiteIndex,
                addresses: Addresses) -> Page:
    page = addresses.page(uri, scope=first)
    out = StatementRenderer(page, ("dates", key), index, addresses)
    crumbs = el("p", _breadcrumbs(page, key), " › ", page.a(*addresses.date(key)), class_="chronicle-crumbs")
    steps = page.pager(list(pager))
    return page.page(title, page.heading(1, title), crumbs, steps, out.items(filings), steps, search_filters=facet_filters(filings, year=key[:4]))


def _events(page: PageContext, key: str, addresses: Addresses) -> list[Markup]:
    """The events some claim dates to this page, each with the other dates claimed for it."""
    listed = event_list(page, addresses.events.by_date.get(key, []), addresses, addresses.events, here=key)
    return [page.heading(2, "Events claimed for this date"), listed] if listed else []


def _gist(key: str, index: SiteIndex, addresses: Addresses) -> Gist:
    """The gist of one date page's own statements, kept while its list is the same (an edit leaves most days' lists as they were)."""
    filings = index.dates.get(key, [])
    return reuse(addresses.kept, ("date gist", key), (filings,), lambda: gist(filings))


def _facets(page: PageContext, shown: Gist, addresses: Addresses) -> Markup | None:
    """The districts and wars of a page's statements, as links."""
    lines = []
    for kind, label in (("districts", "Districts"), ("wars", "Wars")):
        keys = sorted(getattr(shown, kind))
        if keys:
            links = [page.a(u, t) for u, t in (addresses.of(kind, k) for k in keys)]
            lines.append(el("li", el("strong", f"{label}:"), " ", join(links, " · ")))
    return el("ul", *lines, class_="chronicle-facets") if lines else None


def statement_counts(index: SiteIndex, kept: KeptWhileSame | None = None) -> dict[str, int]:
    """Statements each date page lists: its own, and for a year or month those of the pages below, each once.

    ``kept``: a rebuild's memory, where the statements under each page are brought up to date from the previous
    index's with the filings the edit took out and put in (``SiteIndex.changes``), not gathered again from every page.
    """
    under = reuse(kept, ("dates under",), (index.stamp,), lambda: _under(index), lambda was, under: _under_now(under, was[0], index))
    return {key: len(statements) for key, statements in under.items()}


def _pages_above(key: str) -> tuple[str, ...]:
    """The date page itself and the pages that count its statements: its month and year."""
    kind = page_kind(key)
    return (key, key[:4], key[:7]) if kind == "day" else (key, key[:4]) if kind == "month" else (key,)


def _under(index: SiteIndex) -> dict[str, set[tuple[str, str]]]:
    """The statements each date page lists or counts (those of the pages below it)."""
    keys: dict[str, set] = defaultdict(set)
    for key, filings in index.dates.items():
        statements = {f.statement.key for f in filings}
        for page in _pages_above(key):
            keys[page] |= statements
    return keys


def _under_now(under: dict[str, set[tuple[str, str]]], stamp: object, index: SiteIndex) -> dict[str, set[tuple[str, str]]] | None:
    """``_under`` of the index, from ``under`` of the one it was updated from (``stamp``); None if from another.

    A statement whose filing went is gone from every page (its source's share was taken out whole), so its key leaves
    the sets of every page above the pages it left; the keys put in are added after. The sets of ``under`` stay as they were.
    """
    if index.updated_from is not stamp:
        return None
    changed = [(page, change) for (kind, page), change in index.changes.items() if kind == "dates"]
    out = dict(under)
    for above in {above for page, _ in changed for above in _pages_above(page)} & out.keys():
        out[above] = set(out[above])
    for put in (False, True):
        for page, (_, gone, fresh) in changed:
            for above in _pages_above(page):
                if put:
                    out.setdefault(above, set()).update(f.statement.key for f in fresh)
                elif above in out:
                    out[above].difference_update(f.statement.key for f in gone)
    return {key: statements for key, statements in out.items() if statements}


def render_timeline_index(index: SiteIndex, addresses: Addresses) -> Page:
    page = PageContext("dates/index.md", addresses.directory_urls)
    keys = date_keys(index)
    counts = statement_counts(index, addresses.kept)
    roots: list[tuple[str, Markup]] = []
    months: list[Markup] = []
    days: list[Markup] = []

    def entry(key: str, nested: list[Markup]) -> Markup:
        return el("li", page.a(f"dates/{key}.md", date_title(key)), f" ({counts[key]})", el("ul", *nested) if nested else None)

    for key in reversed(keys):  # children first, so each entry is built with its list of children
        kind = page_kind(key)
        if kind == "day":
            days.insert(0, entry(key, []))
        elif kind == "month":
            months.insert(0, entry(key, days))
            days = []
        else:
            roots.insert(0, (key, entry(key, months if kind == "year" else [])))
            months = [] if kind == "year" else months
    intro = el("p", "Years, months and days that the sources date events to, with the number of statements on each page.")
    return page.page("Timeline", page.heading(1, "Timeline"), intro, el("ul", *(e for _, e in sorted(roots, key=lambda r: span_key(*_page_span(r[0])))), class_="chronicle-tree"), in_nav=True)
