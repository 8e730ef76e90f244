"""Event pages: every source's claim about one happening side by side, and where they disagree.

An event page's own words are a neutral title ("Fuzuli changes hands
(1993)"), a count of what the claims' dates say together ("3 sources give 3
dates, from on or before 20 August to 25 August 1993"), and labels. Every
statement on it is a quote with its footnote. The same events are listed on
the pages of their district, war, dates and sources (see :class:`EventLinks`).
"""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from chronicle.chronology import UNDATED, span_key
from chronicle.events.describe import claim_date, summary, title
from chronicle.index import SiteIndex, date_pages, page_kind, pages_between
from chronicle.model import Claim, Event, Source
from chronicle.rebuilds import reuse
from chronicle.render.common import Page, PageContext, human_date, source_uri, split
from chronicle.render.html import Markup, el, join

if TYPE_CHECKING:
    from chronicle.render.addresses import Addresses

EVENTS_INDEX = "events/index.md"
DISPUTED_PAGE = "events/disputed.md"


def event_uri(event: Event) -> str:
    return f"events/{event.id}.md"


@dataclass
class EventLinks:
    """Where each event belongs: its district, war, date pages and claiming sentences."""

    by_district: dict[str, list[Event]] = field(default_factory=lambda: defaultdict(list))
    by_war: dict[str, list[Event]] = field(default_factory=lambda: defaultdict(list))
    by_date: dict[str, list[Event]] = field(default_factory=lambda: defaultdict(list))
    by_sentence: dict[tuple[str, str], list[tuple[Claim, Event]]] = field(default_factory=lambda: defaultdict(list))
    dates_of: dict[str, list[str]] = field(default_factory=dict)  # event id -> date page keys its claims give
    titles: dict[str, str] = field(default_factory=dict)  # event id -> its title, computed once (events can be large)
    order: dict[str, tuple] = field(default_factory=dict)  # event id -> its place in chronological order


def link_events(events: list[Event], index: SiteIndex, addresses: Addresses, previous: tuple[list[Event], EventLinks] | None = None) -> EventLinks:
    """Where each event is listed. ``previous``: an earlier build's events and links, with the same gazetteer;
    an event that is the very same object keeps its title, order and dates (its claims' sentences did not change)."""
    links = EventLinks()
    before = {e.id: e for e in previous[0]} if previous is not None else {}
    for event in events:
        if before.get(event.id) is event:
            old = previous[1]
            links.titles[event.id], links.order[event.id], links.dates_of[event.id] = old.titles[event.id], old.order[event.id], old.dates_of[event.id]
        else:
            links.titles[event.id] = display_title(event, addresses)
            links.order[event.id] = _order(event)
            links.dates_of[event.id] = sorted({key for claim in event.claims for key in reuse(
                addresses.kept, ("claim pages", claim.id), (claim, index.statements.get((claim.source, claim.sentence))), lambda: claim_pages(claim, index))})
        if event.district:
            links.by_district[event.district].append(event)
        links.by_war[event.war].append(event)
        for claim in event.claims:
            links.by_sentence[(claim.source, claim.sentence)].append((claim, event))
        for key in links.dates_of[event.id]:
            links.by_date[key].append(event)
    return links


def claim_pages(claim: Claim, index: SiteIndex) -> list[str]:
    """The date pages of the mention that dates a claim (the same pages its sentence is filed on for that date)."""
    statement = index.statements.get((claim.source, claim.sentence))
    if statement is None or claim.date is None:
        return []
    return [key for m in statement.facts.dates if m.value == claim.date for key, _ in date_pages(m)]


def display_title(event: Event, addresses: Addresses) -> str:
    place = None
    if event.place:
        try:
            place = addresses.gazetteer.get(event.place).name
        except KeyError:
            place = None
    if place is None and event.district and addresses.has_district(event.district):
        place = addresses.district(event.district)[1]
    return title(event, place.removesuffix(" District") if place else None)


def status(event: Event) -> Markup:
    """A small badge: disputed or not, in words (never colour alone)."""
    if event.disputed:
        return el("span", "sources disagree", class_="chronicle-badge chronicle-disputed")
    return el("span", "no conflict in dates", class_="chronicle-badge")


def render_event(event: Event, index: SiteIndex, addresses: Addresses, links: EventLinks) -> list[Page]:
    """The event's page; an event with more claims than a page holds continues on numbered parts."""
    parts = split(event_uri(event), list(event.claims), addresses.statements_per_page)
    # What the whole event says (its summary, each side's wordings) is read over all its claims once, not once per
    # part: an event's claims grow with the corpus, and so do its parts (each made them anew: quadratic).
    said = summary(event), _wordings(event, index)
    return [_event_page(event, uri, claims, [u for u, _ in parts], said, index, addresses, links) for uri, claims in parts]


def _event_page(event: Event, uri: str, claims: list[Claim], part_uris: list[str], said: tuple[str, Markup], index: SiteIndex,
                addresses: Addresses, links: EventLinks) -> Page:
    page = PageContext(uri, addresses.directory_urls, shared=addresses.shared)
    name = links.titles[event.id]
    crumbs = [page.a(EVENTS_INDEX, "Events")]
    if addresses.has_page("wars", event.war):
        crumbs.append(page.a(*addresses.war(event.war)))
    if event.district and addresses.has_page("districts", event.district):
        crumbs.append(page.a(*addresses.district(event.district)))
    kind_class, label = ("warning", "Sources disagree") if event.disputed else ("success", "What the sources' dates say")
    told, wordings = said
    callout = el("div", el("p", label, class_="admonition-title"), el("p", told), class_=f"admonition {kind_class} chronicle-verdict")
    dates = [page.a(*addresses.date(key)) for key in links.dates_of.get(event.id, [])]
    facts = el("ul", el("li", el("strong", "Dates claimed: "), join(dates, " · ") if dates else "none given"),
               el("li", el("strong", "Wordings by perspective: "), wordings), class_="chronicle-facets")
    return page.page(
        name,
        page.heading(1, name),
        el("p", join(crumbs, " › "), class_="chronicle-crumbs"),
        callout,
        facts,
        page.heading(2, "Claims"),
        page.pager([(u, str(n)) for n, u in enumerate(part_uris, 1)]),
        _claims_table(page, claims, index),
        search_filters=(("war", (event.war,)), *((("district", (event.district,)),) if event.district else ()),
                        ("kind", ("event",))),
    )


def _wordings(event: Event, index: SiteIndex) -> Markup:
    """Each perspective's own words for the event, so "liberated" and "occupied" stand side by side."""
    by_side: dict[str, list[tuple[str, str | None]]] = defaultdict(list)  # side -> (wording, its language)
    for claim in event.claims:
        statement = index.statements.get((claim.source, claim.sentence))
        side = (statement.source.meta.perspective if statement else None) or "unstated"
        said = (claim.wording, statement.source.meta.language if statement else None)
        if said not in by_side[side]:
            by_side[side].append(said)
    return join((el("span", f"{side}: ", join((el("q", w, class_="chronicle-wording", lang=lang) for w, lang in words), ", "))
                 for side, words in sorted(by_side.items())), "; ")


def _claims_table(page: PageContext, claims: list[Claim], index: SiteIndex) -> Markup:
    rows = []
    for claim in claims:
        statement = index.statements.get((claim.source, claim.sentence))
        if statement is None:
            continue
        meta = statement.source.meta
        href = page.href(source_uri(claim.source))
        cells = [
            page.fragment(("claim source", claim.source, href), functools.partial(_claim_source, statement.source, href), (statement.source,)),
            el("td", meta.perspective or "unstated", data_label="Perspective"),
            el("td", claim_date(claim) or el("em", "no date"), data_label="Date claimed"),
            el("td", el("q", claim.wording, class_="chronicle-wording", lang=meta.language), data_label="Wording"),
            el("td", page.quote(statement), data_label="Quote"),
        ]
        rows.append(el("tr", *cells))
    head = el("tr", *(el("th", h) for h in ("Source", "Perspective", "Date claimed", "Wording", "Quote")))
    return el("table", el("thead", head), el("tbody", *rows), class_="chronicle-claims")


def _claim_source(source: Source, href: str) -> Markup:
    """A claim's source cell: its title linked (``href``), then revision, publisher and date; every claim of the source,
    on any event page, shows the same cell (``Shared``: made once)."""
    meta = source.meta
    who = [el("a", source.title, href=href), *(el("small", v) for v in (meta.revision, meta.publisher, human_date(meta.published)) if v)]
    return el("td", join(who, el("br")), data_label="Source")


def event_list(page: PageContext, events: list[Event], addresses: Addresses, links: EventLinks, *, here: str | None = None) -> Markup | None:
    """Events as a list: title, claimed dates, sources, badge; on a date page, the other dates claimed."""
    if not events:
        return None
    items = []
    for event in sorted(events, key=lambda e: links.order[e.id]):
        parts: list[object] = [page.a(event_uri(event), links.titles[event.id]), " ", status(event), " — ",
                               f"{len(event.sources)} source{'s' if len(event.sources) != 1 else ''}"]
        others = [k for k in links.dates_of.get(event.id, []) if k != here]
        if others:
            label = "also claimed for " if here else "dates claimed: "
            parts += [" · ", label, claimed_dates(page, links.dates_of[event.id], addresses, here)]
        items.append(el("li", *parts))
    return el("ul", *items, class_="chronicle-events")


def claimed_dates(page: PageContext, keys: list[str], addresses: Addresses, here: str | None) -> Markup:
    """Links to date pages other than ``here``; three or more consecutive ones (a claimed span) as "first – last",
    even where the span holds ``here``."""
    links: list[Markup] = []
    for run in _runs_of(tuple(keys)):
        if len(run) >= 3:
            links.append(join((page.a(*addresses.date(run[0])), page.a(*addresses.date(run[-1]))), " – "))
        else:
            links += [page.a(*addresses.date(k)) for k in run if k != here]
    return join(links, ", ")


@functools.lru_cache(maxsize=4096)
def _runs_of(keys: tuple[str, ...]) -> list[list[str]]:
    """``runs``, once per event: an event that spans N date pages is listed on each of them (N times N otherwise)."""
    return runs(list(keys))


def runs(keys: list[str]) -> list[list[str]]:
    """Sorted date page keys cut into runs of consecutive pages of one precision (27, 28, 29 March; June, July 1993)."""
    out: list[list[str]] = []
    for key in keys:
        if out and _follows(out[-1][-1], key):
            out[-1].append(key)
        else:
            out.append([key])
    return out


def _follows(first: str, then: str) -> bool:
    return page_kind(first) == page_kind(then) != "decade" and first < then and not pages_between(first, then)


def _order(event: Event) -> tuple:
    """The event's place in the one chronological order (``chronology``): its earliest claim's span, then its id."""
    return min((span_key(c.earliest, c.latest) for c in event.claims), default=UNDATED), event.id


def render_event_index(events: list[Event], addresses: Addresses, links: EventLinks) -> Page:
    page = PageContext(EVENTS_INDEX, addresses.directory_urls)
    intro = el("p", "Happenings the sources report, each with every source's claim about it: the date it gives, its words, its side. ",
               page.a(DISPUTED_PAGE, "Where sources disagree"), " lists those whose dates cannot all be true.")
    return page.page("Events", page.heading(1, "Events"), intro, *_by_war(page, events, addresses, links), in_nav=True)


def render_disputed(events: list[Event], addresses: Addresses, links: EventLinks) -> Page:
    page = PageContext(DISPUTED_PAGE, addresses.directory_urls)
    disputed = [e for e in events if e.disputed]
    intro = el("p", f"{len(disputed)} events whose claimed dates cannot all be true, by war, each with the spread of dates its sources give.")
    parts: list[object] = []
    for war_id, group in _wars(disputed, addresses):
        parts.append(page.heading(2, addresses.war(war_id)[1]))
        parts.append(el("ul", *(el("li", page.a(event_uri(e), links.titles[e.id]), ": ", summary(e)) for e in sorted(group, key=lambda e: links.order[e.id]))))
    return page.page("Where sources disagree", page.heading(1, "Where sources disagree"), intro, *parts, in_nav=True)


def _wars(events: list[Event], addresses: Addresses) -> list[tuple[str, list[Event]]]:
    order = {w.id: i for i, w in enumerate(addresses.catalog.all())}
    grouped: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        grouped[e.war].append(e)
    return sorted(grouped.items(), key=lambda kv: order.get(kv[0], len(order)))


def _by_war(page: PageContext, events: list[Event], addresses: Addresses, links: EventLinks) -> list[Markup]:
    parts = []
    for war_id, group in _wars(events, addresses):
        parts += [page.heading(2, addresses.war(war_id)[1]), event_list(page, group, addresses, links)]
    return parts
