"""District pages: one neutral name, every other name labelled, statements by war.

A district with more statements than one page should hold lists its wars
with their counts; each war's statements there get a page of their own.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from functools import lru_cache

from chronicle.gazetteer import Gazetteer, Place
from chronicle.index import Change, Filing, SiteIndex, SourceFilings, Statement, regrouped
from chronicle.rebuilds import KeptWhileSame, reuse
from chronicle.render.addresses import Addresses
from chronicle.render.aliases import Spelling, spellings, written_names
from chronicle.render.common import Page, PageContext, Parts, slugify
from chronicle.render.event_pages import event_list
from chronicle.render.html import Markup, el
from chronicle.render.map import district_map, statement_counter
from chronicle.render.parts import content_parts, pager_steps, statement_key
from chronicle.render.statements import StatementRenderer, listing_page
from chronicle.render.tally import Tally, facet_filters, retally, tally
from chronicle.render.war_pages import CALENDAR
from chronicle.wars import WarCatalog

UNDATED = "Not assigned to a war"
# Kinds that are not inside one district, or are the district itself.
SPANS = frozenset({"rayon", "country", "region", "province"})


def render_district(place: Place, index: SiteIndex, addresses: Addresses, mentioned: list[Place],
                    wars: Callable[[str], bool] = lambda part: True) -> Parts:
    """The district's page (part None), and one page per war when it has too many statements for one.

    A war's part is named by :func:`war_part`; one ``wars`` does not ask for is listed with
    ``None`` for pages: a rebuild keeps the ones it has.
    """
    code = place.district or place.id
    uri, _ = addresses.district(code)
    listed = index.districts.get(code, [])
    # A neighbour's map shows the shading class of an edited district: the page is rendered again, its statements are as they were.
    counted, _, names, by_war = reuse(addresses.kept, ("district", code), (listed, addresses.gazetteer, addresses.catalog),
                                   lambda: _gathered(place, listed, addresses),
                                   lambda was, gathered: _regathered(place, gathered, was, listed, index.changes.get(("districts", code)), addresses))
    filings = counted.filings
    page = addresses.page(uri)
    out = StatementRenderer(page, ("districts", code), index, addresses)
    facts = el("p", el("strong", "ISO 3166-2:"), " ", el("code", code), " · ", el("strong", "Statements:"), f" {len(filings)} · ",
               page.a("districts/index.md", "All districts"), class_="chronicle-crumbs")
    parts: list[object] = [page.heading(1, place.name), _names(place, names), facts, district_map(page, addresses, statement_counter(index), focus=code, points=mentioned)]
    if mentioned:
        items = ", ".join(f"{p.name} ({p.kind})" for p in mentioned)
        parts += [page.heading(2, f"Places in {place.name} that sources name"), el("p", items)]
    if events := event_list(page, addresses.events.by_district.get(code, []), addresses, addresses.events):
        parts += [page.heading(2, "Events"), events]
    parts.append(page.heading(2, "What the sources say"))
    if not filings:
        parts.append(el("p", "No source in the corpus reports events here yet."))
    busy = len(filings) > addresses.statements_per_page
    extra: Parts = {}
    for war_id, war, group in by_war:
        anchor = war_anchor(war_id) if war_id else None
        if busy:
            sub = f"{uri[:-3]}/{_slug(war_id)}.md"
            parts += [page.heading(3, war, anchor_id=anchor), el("p", page.a(sub, f"{len(group)} statements"))]
            extra[_slug(war_id)] = _war_pages(place, war, group, sub, index, addresses) if wars(_slug(war_id)) else None
        else:
            parts += [page.heading(3, war, anchor_id=anchor), out.items(group)]
    main = page.page(place.name, *parts, edit_path=addresses.data_files.get("countries" if place.kind == "country" else "districts"),
                     search_filters=counted.filters() + (("district", (code,)),))
    return {None: [main], **extra}


ByWar = list[tuple[str | None, str, list[Filing]]]  # (war id, its name, the statements listed under it)
Written = Counter[tuple[str, str, str]]  # (place id, text, language) of each place name the statements write, how often
Gathered = tuple[Tally, Written, list[Spelling], ByWar]


def _gathered(place: Place, listed: list[Filing], addresses: Addresses) -> Gathered:
    """What a district's page gathers from its statements: their counts, the district's spellings, the statements by war."""
    counted = tally(listed)
    written = _written(counted.filings)
    return counted, written, _spellings(place, written, addresses), _by_war(counted.filings, addresses)


def _written(filings: Iterable[Filing]) -> Written:
    """The place names the statements write (``aliases.written_spellings``), each as often as they write it: an edit's
    statements are taken out and put in, and a name stays while some statement writes it."""
    return Counter(written_names(f.statement for f in filings))


def _spellings(place: Place, written: Written, addresses: Addresses) -> list[Spelling]:
    code = place.district or place.id
    names: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for entity, text, language in written:
        names[entity].add((text, language))
    return spellings(addresses.gazetteer, names, only=code).get(code, [])


def _regathered(place: Place, gathered: Gathered, was: tuple, listed: list[Filing], change: Change | None, addresses: Addresses) -> Gathered | None:
    """What ``_gathered`` makes of ``listed``, from what it made of the list in ``was`` and the index's change from that
    list (the wars the filings taken out and put in are listed under are grouped again); None if the change is from another."""
    if change is None or was[1] is not addresses.gazetteer or was[2] is not addresses.catalog or change[0] is not was[0]:
        return None
    if (counted := retally(gathered[0], was[0], listed, change[1], change[2])) is None:
        return None
    primary, order = first_war(addresses.catalog), _war_order(addresses.catalog)
    groups = regrouped([(w, group) for w, _, group in gathered[3]], change[1], change[2], lambda f: primary(f.statement.facts.filed_wars),
                       lambda item: (item[0] is None, order.get(item[0], 0)))
    written = gathered[1] - _written(change[1]) + _written(change[2])
    names = gathered[2] if written.keys() == gathered[1].keys() else _spellings(place, written, addresses)
    return counted, written, names, [(w, addresses.catalog.get(w).name if w else UNDATED, group) for w, group in groups]


def war_part(statement: Statement, catalog: WarCatalog) -> str:
    """The part of a district's pages that lists the statement: its war's."""
    return _slug(first_war(catalog)(statement.facts.filed_wars))


def _slug(war_id: str | None) -> str:
    return slugify(war_id or "undated")


def _war_pages(place: Place, war: str, filings: list[Filing], uri: str, index: SiteIndex, addresses: Addresses) -> list[Page]:
    """The district's war on a page, or in parts by year, half-year, quarter and month (``parts.content_parts``)."""
    code = place.district or place.id
    parts = content_parts(uri, filings, addresses.statements_per_page, CALENDAR, statement_key)
    pages = []
    for part in parts:
        title, pager = f"{place.name}: {war}" + (f", {part.label}" if part.label else ""), pager_steps(parts, part)
        pages.append(listing_page(addresses.listings, (part.uri, title, pager), part.items,
                                  lambda: _war_page(code, place.name, war, title, part.uri, parts[0].uri, pager, part.items, index, addresses)))
    return pages


def _war_page(code: str, name: str, war: str, title: str, uri: str, first: str, pager: tuple[tuple[str, str], ...], filings: list[Filing], index: SiteIndex,
              addresses: Addresses) -> Page:
    page = addresses.page(uri, scope=first)
    out = StatementRenderer(page, ("districts", code), index, addresses)
    crumbs = el("p", page.a("districts/index.md", "Districts"), " › ", page.a(addresses.district(code)[0], name), " › ", war, class_="chronicle-crumbs")
    steps = page.pager(list(pager))
    return page.page(title, page.heading(1, title), crumbs, steps, out.items(filings), steps, search_filters=facet_filters(filings))


NAMES_IN_SUMMARY = 6  # spellings the folded "Also written" line shows before "and N more"


def _names(place: Place, names: list[Spelling]) -> Markup | None:
    """Every other spelling of the district, and each side's names for the places inside it (each leads here).

    One row per spelling (a spelling the district and its town share names both), folded
    under one line of the first few: a long table would push the page's content down.
    """
    rows: dict[tuple[str, str | None, str | None], list[str]] = {}
    for s in names:
        if s.name.text != place.name:
            rows.setdefault((s.name.text, s.name.language, s.name.usage), []).append(
                f"the {'country' if place.kind == 'country' else 'district'}" if s.own else f"the {s.place.kind} {s.place.name}")
    if not rows:
        return None
    head = el("tr", *(el("th", h) for h in ("Also written", "Language", "Used by", "Names")))
    body = [el("tr", el("td", text, lang=language if language and len(language) <= 3 else None, data_label="Also written"),
               el("td", language, data_label="Language"), el("td", usage, data_label="Used by"),
               el("td", ", ".join(dict.fromkeys(named)), data_label="Names"))
            for (text, language, usage), named in rows.items()]
    spelled = list(dict.fromkeys(text for text, _, _ in rows))
    shown = ", ".join(spelled[:NAMES_IN_SUMMARY]) + (f" and {len(spelled) - NAMES_IN_SUMMARY} more" if len(spelled) > NAMES_IN_SUMMARY else "")
    table = el("table", el("thead", head), el("tbody", *body), class_="chronicle-cards chronicle-names")
    return el("details", el("summary", el("strong", "Also written: "), shown), table, class_="chronicle-also-written")


def _by_war(filings: list[Filing], addresses: Addresses) -> list[tuple[str | None, str, list[Filing]]]:
    """Statements grouped under their war (top-level ids), wars in chronological order."""
    order = _war_order(addresses.catalog)
    primary = first_war(addresses.catalog)
    groups: dict[str | None, list[Filing]] = defaultdict(list)
    for f in filings:
        groups[primary(f.statement.facts.filed_wars)].append(f)
    keys = sorted(groups, key=lambda w: (w is None, order.get(w, 0)))
    return [(w, addresses.catalog.get(w).name if w else UNDATED, groups[w]) for w in keys]


@lru_cache(maxsize=2)
def _war_order(catalog: WarCatalog) -> dict[str, int]:
    """Each war's place in the catalogue: the order of a district's wars."""
    return {w.id: i for i, w in enumerate(catalog.all())}


def war_anchor(war_id: str) -> str:
    """Id of a war's section on a district page (the home page's table links there)."""
    return f"war-{war_id}"


@lru_cache(maxsize=2)  # a catalogue never changes once loaded: serve keeps one, and a reload brings another
def first_war(catalog: WarCatalog) -> Callable[[tuple[str, ...]], str | None]:
    """The one war a statement is listed under on a district page, from its filed wars: the earliest of them
    (a page lists a sentence once). Asked of every statement a district or the home page counts, it is found
    once per combination of wars: there are few."""
    order = {w.id: i for i, w in enumerate(catalog.all())}

    @lru_cache(maxsize=None)
    def first(filed_wars: tuple[str, ...]) -> str | None:
        wars = [w for w in filed_wars if w in order]
        return min(wars, key=order.__getitem__) if wars else None
    return first


def mentioned_places(shares: Iterable[SourceFilings], gazetteer: Gazetteer, kept: KeptWhileSame | None = None) -> dict[str, list[Place]]:
    """Towns, villages and landmarks inside each district that some sentence names.

    ``kept``: a rebuild's memory, where each source's places stand while its share of the index is the same.
    """
    found: dict[str, set[str]] = defaultdict(set)
    for share in shares:
        for code, place_id in reuse(kept, ("mentioned", share.source_id), (share, gazetteer), lambda: _named_inside(share, gazetteer)):
            found[code].add(place_id)
    return {code: sorted((gazetteer.get(i) for i in ids), key=lambda p: p.name) for code, ids in found.items()}


def _named_inside(share: SourceFilings, gazetteer: Gazetteer) -> frozenset[tuple[str, str]]:
    """(district, place id) of each place inside a district that a source's sentences name (a village of Armenia's
    is inside Armenia's page, as one of a rayon's is inside the rayon's)."""
    found = set()
    pages = _page_codes(gazetteer)
    for _, st in share.statements:
        for m in st.facts.places:
            place = gazetteer.get(m.entity)
            inside = m.district in pages and place.kind not in SPANS
            if inside and place.id != gazetteer.district(m.district).id:
                found.add((m.district, place.id))
    return frozenset(found)


@lru_cache(maxsize=2)  # a gazetteer never changes once loaded
def _page_codes(gazetteer: Gazetteer) -> frozenset[str]:
    """The codes of the districts that have a page (rayons, cities, and the countries marked so)."""
    return frozenset(p.district or p.id for p in gazetteer.districts())


def render_district_index(index: SiteIndex, addresses: Addresses) -> Page:
    """Districts alphabetically by English name, with a count a reader can sort by; those no statement is filed under apart, unlinked."""
    page = PageContext("districts/index.md", addresses.directory_urls)
    places = sorted(addresses.gazetteer.districts(), key=lambda p: p.name.casefold())
    covered = [p for p in places if addresses.has_page("districts", p.district or p.id)]
    rows = []
    for place in covered:
        code = place.district or place.id
        others = ", ".join(n.text for n in place.names if n.text != place.name)
        count = index.count("districts", code)
        rows.append(el("tr", el("td", page.a(*addresses.district(code)), data_label="District"), el("td", el("code", code), data_label="ISO 3166-2"),
                       el("td", others, data_label="Other names"), el("td", str(count), class_="chronicle-num", data_label="Statements", data_value=count)))
    head = el("tr", el("th", "District", data_sort="text"), el("th", "ISO 3166-2"), el("th", "Other names"), el("th", "Statements", data_sort="number"))
    table = el("table", el("thead", head), el("tbody", *rows), class_="chronicle-cards chronicle-sortable")
    abroad = [p.name for p in covered if p.kind == "country"]
    intro = el("p", "Each district of Azerbaijan that the sources speak of, under its English name, with the names each side and each era use"
                    + "".join(f"; the villages and towns of {name} where sources report events stand under {name}" for name in abroad)
                    + ". Counts are the source sentences filed there; sort by them with the column's heading.")
    parts: list[object] = [page.heading(1, "Districts"), intro, district_map(page, addresses, statement_counter(index)), table]
    if empty := [p for p in places if p not in covered]:
        parts += [page.heading(2, "Not yet covered by the corpus"), el("p", "No source sentence is filed under these districts yet, so they have no page."),
                  el("p", ", ".join(p.name for p in empty), class_="chronicle-uncovered")]
    return page.page("Districts", *parts, edit_path=addresses.data_files.get("districts"), in_nav=True)
