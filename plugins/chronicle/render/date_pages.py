"""Date pages (decade, year, month, day) and the timeline index.

A year page lets the year unfold month by month; a month page day by day; a
day page sets the sources side by side, each in its own words.
"""

from __future__ import annotations

from itertools import groupby

from chronicle.index import Filing, SiteIndex, page_kind
from chronicle.render.addresses import Addresses, date_title
from chronicle.render.common import Page, attribution, link
from chronicle.render.statements import StatementRenderer
from chronicle.render.text import inert


def date_keys(index: SiteIndex) -> list[str]:
    """Every date page: those with statements plus the month and year hubs above them."""
    keys = set(index.dates)
    for key in list(keys):
        if page_kind(key) in ("day", "month"):
            keys.add(key[:7])
            keys.add(key[:4])
    return sorted(keys)


def render_date_pages(index: SiteIndex, addresses: Addresses) -> list[Page]:
    keys = date_keys(index)
    days = [k for k in keys if page_kind(k) == "day"]
    war_days = _days_by_war(index, days)
    pages = []
    below = _descendants(keys)
    for key in keys:
        kind = page_kind(key)
        if kind == "day":
            i = days.index(key)
            neighbours = (days[i - 1] if i else None, days[i + 1] if i + 1 < len(days) else None)
            pages.append(_day_page(key, index, addresses, neighbours, war_days))
        else:
            pages.append(_period_page(key, below.get(key, []), index, addresses))
    return pages


def _breadcrumbs(uri: str, key: str) -> str:
    crumbs = [f"[Timeline]({link(uri, 'dates/index.md')})"]
    if page_kind(key) in ("month", "day"):
        crumbs.append(f"[{key[:4]}]({link(uri, f'dates/{key[:4]}.md')})")
    if page_kind(key) == "day":
        crumbs.append(f"[{date_title(key[:7])}]({link(uri, f'dates/{key[:7]}.md')})")
    return " › ".join(crumbs)


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


def _within_wars(uri: str, key: str, war_days: dict[str, list[str]], addresses: Addresses) -> str:
    """Previous and next day of each war this day belongs to: reading a war's narrative day by day."""
    lines = []
    for war, days in sorted(war_days.items()):
        if key not in days or len(days) == 1:
            continue
        i = days.index(key)
        steps = []
        if i > 0:
            steps.append(f"[← {date_title(days[i - 1])}]({link(uri, f'dates/{days[i - 1]}.md')})")
        if i + 1 < len(days):
            steps.append(f"[{date_title(days[i + 1])} →]({link(uri, f'dates/{days[i + 1]}.md')})")
        lines.append(f"In the [{inert(addresses.war(war)[1])}]({link(uri, addresses.war(war)[0])}): " + " · ".join(steps))
    return "  \n".join(lines)


def _day_page(key: str, index: SiteIndex, addresses: Addresses, neighbours: tuple[str | None, str | None], war_days: dict[str, list[str]]) -> Page:
    uri, title = addresses.date(key)
    out = StatementRenderer(uri, ("dates", key), index, addresses)
    filings = index.dates.get(key, [])
    prev, nxt = neighbours
    nav = [_breadcrumbs(uri, key)]
    if prev:
        nav.append(f"[← {date_title(prev)}]({link(uri, f'dates/{prev}.md')})")
    if nxt:
        nav.append(f"[{date_title(nxt)} →]({link(uri, f'dates/{nxt}.md')})")
    parts = [f"# {title}", " · ".join(nav), _within_wars(uri, key, war_days, addresses), _facets(uri, filings, addresses),
             "## What the sources say", _side_by_side(filings, out)]
    return Page(uri, title, "\n\n".join(p for p in (*parts, out.footnotes()) if p) + "\n")


def _side_by_side(filings: list[Filing], out: StatementRenderer) -> str:
    """One column per source, so readers compare each side's own words."""
    columns = []
    for _, group in groupby(sorted(filings, key=lambda f: f.statement.source.id), key=lambda f: f.statement.source.id):
        group = list(group)
        head = attribution(group[0].statement, out.page_uri)
        columns.append(f'<div class="chronicle-side" markdown>\n\n{head}\n\n{out.items(group, with_source=False)}\n\n</div>')
    return '<div class="chronicle-sides" markdown>\n\n' + "\n\n".join(columns) + "\n\n</div>"


def _period_page(key: str, below: list[str], index: SiteIndex, addresses: Addresses) -> Page:
    uri, title = addresses.date(key)
    out = StatementRenderer(uri, ("dates", key), index, addresses)
    own = index.dates.get(key, [])
    parts = [f"# {title}", _breadcrumbs(uri, key)]
    all_filings = own + [f for k in below for f in index.dates.get(k, [])]
    parts.append(_facets(uri, all_filings, addresses))
    if own:
        parts.append(f"## Dated to {title} as a whole\n\n{out.items(own)}")
    child_len = 7 if page_kind(key) == "year" else 10
    for child, keys in groupby([k for k in below if len(k) >= child_len], key=lambda k: k[:child_len]):
        filings = [f for k in keys for f in index.dates.get(k, [])]
        if filings:
            parts.append(f"## [{date_title(child)}]({link(uri, f'dates/{child}.md')})\n\n{out.items(filings)}")
    if footnotes := out.footnotes():
        parts.append(footnotes)
    return Page(uri, title, "\n\n".join(p for p in parts if p) + "\n", in_nav=page_kind(key) in ("year", "decade"))


def _facets(uri: str, filings: list[Filing], addresses: Addresses) -> str:
    """The districts and wars of a page's statements, as links."""
    lines = []
    for kind, label in (("districts", "Districts"), ("wars", "Wars")):
        keys = sorted({k for f in filings for k in getattr(f.statement.facts, f"filed_{kind}")})
        if keys:
            links = " · ".join(f"[{inert(t)}]({link(uri, u)})" for u, t in (addresses.of(kind, k) for k in keys))
            lines.append(f"**{label}:** {links}")
    return "  \n".join(lines)


def render_timeline_index(index: SiteIndex, addresses: Addresses) -> Page:
    uri = "dates/index.md"
    keys = date_keys(index)
    counts = {key: sum(len(f) for k, f in index.dates.items() if k.startswith(key) and page_kind(k) != "decade" or k == key) for key in keys}
    lines = ["# Timeline", "Years, months and days that the sources date events to, with the number of statements on each page."]
    for key in keys:
        depth = {"decade": 0, "year": 0, "month": 1, "day": 2}[page_kind(key)]
        lines.append(f"{'    ' * depth}- [{date_title(key)}]({link(uri, f'dates/{key}.md')}) ({counts[key]})")
    return Page(uri, "Timeline", "\n\n".join(lines[:2]) + "\n\n" + "\n".join(lines[2:]) + "\n", in_nav=True)
