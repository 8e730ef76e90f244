"""Every generated page, grouped by the unit that renders it, and re-rendered by unit.

A unit is one thing the site has pages about: a source, a district, a date, an
event, a war, or one of the hubs (the indexes). Each unit's pages are a function
of the build, so a rebuild after an edit (``mkdocs serve``) renders again only
the units the edit can reach (``chronicle.incremental`` says which) and keeps
the previous rendering of the others. A test holds the two paths equal: the
pages of an incremental rendering are the pages of a full one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Callable

from chronicle.render.addresses import Addresses, covered
from chronicle.render.common import MAX_STATEMENTS_PER_PAGE, Page, Parts
from chronicle.incremental import Unit, changed_parts
from chronicle.rebuilds import KeptWhileSame, reuse
from chronicle.render.date_pages import date_keys, render_date_pages, render_timeline_index
from chronicle.render.district_pages import mentioned_places, render_district, render_district_index
from chronicle.render.event_pages import EventLinks, link_events, render_disputed, render_event, render_event_index
from chronicle.render.index_pages import render_editors_page, render_source_index
from chronicle.render.source_page import render_source
from chronicle.render.statements import Listings
from chronicle.render.war_pages import render_war, render_war_index

if TYPE_CHECKING:
    from chronicle.pipeline import Build

HUBS = ("sources", "districts", "dates", "wars", "editors", "events", "disputed")


@dataclass(frozen=True)
class Rendering:
    """One build's pages by unit and part, kept so that the next build can re-render only what changed."""

    build: Build
    links: EventLinks
    covered: dict[str, frozenset[str]]
    settings: tuple[bool, int]  # directory URLs, statements per page
    units: dict[Unit, dict[str | None, list[Page]]]
    fresh: frozenset[Unit] | None = None  # the units whose main page was rendered anew, or that have no page any more; None: all
    kept: KeptWhileSame | None = None  # what the next rebuild may reuse: statements' list items and footnotes, sources' named places
    listings: Listings | None = None  # ``mkdocs serve``: the parts of long lists, from the first build on (``Listings``)

    def pages(self) -> list[Page]:
        """Every page, sorted by path so builds are reproducible."""
        return sorted((p for parts in self.units.values() for pages in parts.values() for p in pages), key=lambda p: p.uri)


def render_site(build: Build, directory_urls: bool = True, statements_per_page: int = MAX_STATEMENTS_PER_PAGE,
                previous: Rendering | None = None, keep: Callable[[Page], Page] = lambda page: page, serving: bool = False) -> Rendering:
    """Render every unit, or, given the previous rendering, only the units and parts this build changed.

    ``keep`` is applied to each page as its unit is rendered, before the next
    (``common.packed`` compresses its HTML: the whole site's is never held at once).
    ``serving``: this is ``mkdocs serve``'s first build, or a rebuild; the parts of long lists are kept for the next.
    """
    addresses = Addresses(build.gazetteer, build.catalog, build.data_files, directory_urls, statements_per_page)
    addresses.kept = previous.kept if previous is not None else None  # what the events' links reuse (by claim)
    same_places = previous is not None and previous.build.gazetteer is build.gazetteer
    addresses.events = link_events(build.corpus.events, build.index, addresses,
                                   (previous.build.corpus.events, previous.links) if same_places else None)
    addresses.covered = covered(build.index)  # a district or war without statements gets no page (the indexes list it unlinked)
    settings = (directory_urls, statements_per_page)
    todo = changed_parts(previous, build, addresses) if previous is not None and previous.settings == settings else None
    kept = previous.units if previous is not None and todo is not None else {}
    # Pieces of pages are kept from the first rebuild on (not for the whole first build: that would hold the site's HTML
    # twice). While serving, what holds no page's HTML (a district's or a war's tally and groups, each source's named
    # places and spellings, the counts under each date) is kept from the first build on: the first edit finds it as
    # later ones do (without it, a third of a second more at 1,000 sources).
    addresses.kept = (addresses.kept or KeptWhileSame()) if kept else KeptWhileSame() if serving else None
    addresses.page_pieces = addresses.kept if kept else None
    addresses.shared.lasting = addresses.kept  # fragments kept by content (a quote, a footnote's text): a copy each, not one per page
    if serving or previous is not None:  # the parts of long lists from the first build on: they hold pages as the rendering does
        addresses.listings = previous.listings if kept and previous.listings is not None else Listings(keep)

    def wanted(unit: Unit) -> bool:
        return todo is None or unit[0] == "hubs" or (*unit, None) in todo

    def parts(unit: Unit) -> Callable[[str], bool]:
        return lambda part: todo is None or (*unit, part) in todo or part not in kept.get(unit, {})

    fresh = _render_units(build, addresses, wanted, parts, lambda page: keep(_readable_filters(page, addresses)))
    units = {unit: _merged(fresh[unit], kept.get(unit, {})) if wanted(unit) else kept[unit] for unit in _all_units(build, addresses)}
    gone = kept.keys() - units.keys()  # a war whose last statement went: its timeline is made again, empty
    return Rendering(build, addresses.events, addresses.covered, settings, units, None if todo is None else frozenset(fresh) | gone, addresses.kept,
                     addresses.listings)


def _merged(fresh: Parts, kept: dict[str | None, list[Page]]) -> dict[str | None, list[Page]]:
    """A unit rendered anew, with the parts it did not render again taken from before."""
    return {part: kept[part] if pages is None else pages for part, pages in fresh.items()}


def _all_units(build: Build, addresses: Addresses) -> list[Unit]:
    """The units this build has pages for (each renders one or more pages)."""
    return [
        *(("sources", s.id) for s in build.corpus.sources),
        *(("districts", code) for code in _district_codes(build, addresses)),
        *(("dates", key) for key in date_keys(build.index)),
        *(("events", e.id) for e in build.corpus.events),
        *(("wars", w.id) for w in build.catalog.all() if addresses.has_page("wars", w.id)),
        *(("hubs", name) for name in HUBS),
    ]


def _district_codes(build: Build, addresses: Addresses) -> list[str]:
    codes = (place.district or place.id for place in build.gazetteer.districts())
    return [code for code in codes if addresses.has_page("districts", code)]


def _render_units(build: Build, addresses: Addresses, wanted: Callable[[Unit], bool],
                  parts: Callable[[Unit], Callable[[str], bool]], finish: Callable[[Page], Page]) -> dict[Unit, Parts]:
    index, directory_urls = build.index, addresses.directory_urls
    units: dict[Unit, Parts] = {}

    def finished(page: Page) -> Page:  # a page reused whole (``statements.listing_page``) is finished as it was
        return reuse(addresses.page_pieces, ("finished", page.uri), (page,), lambda: finish(page))

    def add(unit: Unit, rendered: Parts) -> None:
        units[unit] = {part: None if pages is None else [finished(p) for p in pages] for part, pages in rendered.items()}

    for source in build.corpus.sources:
        if wanted(("sources", source.id)):
            add(("sources", source.id), {None: [render_source(source, index, addresses, directory_urls)]})
    inside = mentioned_places(build.shares.values(), build.gazetteer, addresses.kept)
    for place in build.gazetteer.districts():
        unit = ("districts", place.district or place.id)
        if addresses.has_page(*unit) and wanted(unit):
            add(unit, render_district(place, index, addresses, inside.get(unit[1], []), parts(unit)))
    for key, pages in render_date_pages(index, addresses, lambda key: wanted(("dates", key))):
        add(("dates", key), {None: pages})
    events = build.corpus.events
    for event in events:
        if wanted(("events", event.id)):
            add(("events", event.id), {None: render_event(event, index, addresses, addresses.events)})
    for war in build.catalog.all():
        unit = ("wars", war.id)
        if addresses.has_page(*unit) and wanted(unit):
            add(unit, render_war(war, index, addresses, parts(unit)))
    hubs = {
        "sources": lambda: render_source_index(build.corpus, index, directory_urls, addresses.kept),
        "districts": lambda: render_district_index(index, addresses),
        "dates": lambda: render_timeline_index(index, addresses),
        "wars": lambda: render_war_index(index, addresses),
        "editors": lambda: render_editors_page(build.corpus, build.unknown_places, directory_urls),
        "events": lambda: render_event_index(events, addresses, addresses.events),
        "disputed": lambda: render_disputed(events, addresses, addresses.events),
    }
    for name in HUBS:
        if wanted(("hubs", name)):
            add(("hubs", name), {None: [hubs[name]()]})
    return units


def _readable_filters(page: Page, addresses: Addresses) -> Page:
    """Search filters show names, not ids: "Fuzuli District", "First Nagorno-Karabakh War"."""
    def name(kind: str, value: str) -> str:
        if kind == "war":
            return addresses.war(value)[1]
        if kind == "district" and addresses.has_district(value):
            return addresses.district(value)[1]
        return value

    filters = tuple((kind, tuple(sorted({name(kind, v) for v in values}))) for kind, values in page.search_filters)
    return replace(page, search_filters=filters)
