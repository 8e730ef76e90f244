"""Which units a rebuild must render again: the ones an edit can reach.

During ``mkdocs serve`` an edit to one source changes a handful of pages among
thousands. Comparing the previous build with the new one names the units (see
``chronicle.render.site``), and the parts of a war's or district's pages (a
year, a war), whose pages can differ; every other unit and part keeps its
pages. The rules err on the side of rendering: a unit named in excess costs a
render, a unit missed would leave a stale page, so the tests hold an
incremental rendering equal to a full one after each kind of edit.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from chronicle.index import Key, SiteIndex, page_kind
from chronicle.model import Event, Source
from chronicle.rebuilds import KeptWhileSame, reuse
from chronicle.render.district_pages import war_part
from chronicle.render.map import district_counts, shade_class, shown_on
from chronicle.render.war_pages import narrative_year

if TYPE_CHECKING:
    from chronicle.pipeline import Build
    from chronicle.render.addresses import Addresses
    from chronicle.render.event_pages import EventLinks
    from chronicle.render.site import Rendering

Unit = tuple[str, str]  # (kind, key): ("sources", id), ("districts", code), ("dates", key), ("events", id), ("wars", id), ("hubs", name)
Part = tuple[str, str, str | None]  # a unit and a part of its pages: None its main page, else a war's year or a district's war


def changed_parts(previous: Rendering, build: Build, addresses: Addresses) -> set[Part] | None:
    """The units and parts whose pages may differ from the previous rendering's; None when any page may.

    Reference data (gazetteer, wars) or the editors' data files reach every page:
    then everything renders again.
    """
    old = previous.build
    if old.gazetteer is not build.gazetteer or old.catalog is not build.catalog or old.data_files != build.data_files:
        return None
    keys = {key for pair in _changed_sources(old, build).values() for key in _changed_statements(old, build, pair)}
    parts: set[Part] = _statement_parts(old, keys) | _statement_parts(build, keys)
    units: set[Unit] = {("sources", source_id) for source_id, _ in keys} | _linking(previous.covered, addresses.covered, build)
    events = ({e.id: e for e in old.corpus.events}, {e.id: e for e in build.corpus.events})
    for event_id in _changed_events(events, (previous.links, addresses.events), keys):
        for by_id, links, other in zip(events, (previous.links, addresses.events), (addresses.events, previous.links)):
            if event_id in by_id:
                units |= _event_units(by_id[event_id], links, other)
    units |= {(kind, key) for kind, key, _ in parts}
    units |= _neighbour_days(old.index, build.index, {key for kind, key in units if kind == "dates"}, previous.kept)
    shades = (_district_shades(old.index), _district_shades(build.index))
    reshaded = {code for code in shades[0].keys() | shades[1].keys() if shades[0].get(code) != shades[1].get(code)}
    units |= {("districts", code) for code in build.index.districts if shown_on(code) & reshaded}  # its map shades them
    return parts | {(kind, key, None) for kind, key in units | _ancestors(units, build)}


def _linking(before: dict[str, frozenset[str]], after: dict[str, frozenset[str]], build: Build) -> set[Unit]:
    """The pages that link a district or a war only while it has a page, for those that gained or lost one (their first
    statement came, their last went).

    A war's page links its parent, its siblings and its campaigns, and the districts
    the catalogue says it affected; an event's page links its war and district. The
    pages that list the statements themselves are reached through them.
    """
    districts, wars = before["districts"] ^ after["districts"], before["wars"] ^ after["wars"]
    catalog = build.catalog
    units: set[Unit] = set()
    for war_id in wars:
        parent = catalog.get(war_id).parent
        units |= {("wars", w.id) for w in (catalog.children(parent) if parent else catalog.top_level())}
        units |= {("wars", parent)} if parent else set()
        below = [war_id]
        while below:
            children = catalog.children(below.pop())
            units |= {("wars", w.id) for w in children}
            below += [w.id for w in children]
    units |= {("wars", w.id) for w in catalog.all() if districts & set(w.districts)}
    return units | {("events", e.id) for e in build.corpus.events if e.war in wars or e.district in districts}


def _district_shades(index: SiteIndex) -> dict[str, int]:
    """Each district's shading class on the maps: what a map shows of its count (``map.district_map``)."""
    return {code: shade_class(count) for code, count in district_counts(index).items()}


def _changed_sources(old: Build, new: Build) -> dict[str, tuple[Source | None, Source | None]]:
    """Sources added, removed or processed anew (a reused source is the very same object): id -> (before, after)."""
    before = {s.id: s for s in old.corpus.sources}
    after = {s.id: s for s in new.corpus.sources}
    return {i: (before.get(i), after.get(i)) for i in before.keys() | after.keys() if before.get(i) is not after.get(i)}


def _changed_statements(old: Build, new: Build, sources: tuple[Source | None, Source | None]) -> set[Key]:
    """The statements of a changed source that read or file differently; all of them when what cites the source changed."""
    before, after = _statements(old, sources[0]), _statements(new, sources[1])
    if _citation(sources[0]) != _citation(sources[1]):
        return before.keys() | after.keys()
    return {key for key in before.keys() | after.keys() if before.get(key) != after.get(key)}


def _statements(build: Build, source: Source | None) -> dict[Key, tuple]:
    """A source's statements as pages show them: paragraph (its number, its other sentences), sentence, facts, second half."""
    shown = {}
    for sentence in source.sentences() if source else ():
        st = build.index.statements.get((source.id, sentence.id))
        shown[source.id, sentence.id] = (st.paragraph, st.sentence, st.facts, st.continuation) if st else (sentence,)
    return shown


def _citation(source: Source | None) -> tuple | None:
    """What a footnote shows of the source itself (title, file, metadata)."""
    return (source.title, source.raw.path, source.meta) if source else None


def _statement_parts(build: Build, keys: set[Key]) -> set[Part]:
    """Every page these statements are filed on (the part of a war's or district's pages that lists them), and the districts their places are inside."""
    parts: set[Part] = set()
    for key in keys:
        statement = build.index.statements.get(key)
        for kind, page in build.index.cited_by.get(key, set()):
            parts.add((kind, page, None))
            if kind == "wars":
                parts.add((kind, page, narrative_year(statement)))
            elif kind == "districts":
                parts.add((kind, page, war_part(statement, build.catalog)))
        parts |= {("districts", m.district, None) for m in build.corpus.facts_for(*key).places if m.district}
    return parts


def _changed_events(events: tuple[dict[str, Event], dict[str, Event]], links: tuple[EventLinks, EventLinks], keys: set[Key]) -> set[str]:
    """Events added, removed, shown differently (claims, title, place in order, dates claimed), or quoting a changed statement."""
    (old, new), (old_links, new_links) = events, links

    def shown(event_id: str, by_id: dict[str, Event], links: EventLinks) -> tuple:
        return (by_id.get(event_id), links.titles.get(event_id), links.order.get(event_id), links.dates_of.get(event_id))

    quoting = {event.id for links in (old_links, new_links) for key in keys for _, event in links.by_sentence.get(key, ())}
    return quoting | {i for i in old.keys() | new.keys() if shown(i, old, old_links) != shown(i, new, new_links)}


def _event_units(event: Event, links: EventLinks, other: EventLinks) -> set[Unit]:
    """The event's pages and the pages that list it: its dates, district, war, and the sources of those of its claims
    whose sentence reports other events, or under other titles, in ``other`` (the other build's links).

    A source's page shows of an event only its link and title, in the mark of each sentence that reports it
    (``source_page._marker``). A claim joining an event that hundreds of sources report leaves their marks as they
    were: rendering all their pages again cost seconds at 1,000 sources.
    """
    units: set[Unit] = {("events", event.id), ("wars", event.war), *(("dates", k) for k in links.dates_of.get(event.id, []))}
    units |= {("sources", c.source) for c in event.claims if _reported(links, (c.source, c.sentence)) != _reported(other, (c.source, c.sentence))}
    return units | ({("districts", event.district)} if event.district else set())


def _reported(links: EventLinks, key: Key) -> list[tuple[str, str]]:
    """What a sentence's mark on its source's page shows of the events it reports: each one's id (its link) and title, in order."""
    return [(event.id, links.titles[event.id]) for _, event in links.by_sentence.get(key, ())]


def _neighbour_days(old: SiteIndex, new: SiteIndex, touched: set[str], kept: KeptWhileSame | None = None) -> set[Unit]:
    """Days that link a touched day as previous or next (overall or within a war), where that day came, went or changed war."""
    before, after = _day_wars(old, kept), _day_wars(new, kept)
    moved = {d for d in touched if before.get(d) != after.get(d)}
    units: set[Unit] = set()
    for day_wars in (before, after):
        days = sorted(day_wars)
        wars = {w for d in moved for w in day_wars.get(d, ())}
        for ordered in [days, *([d for d in days if war in day_wars[d]] for war in sorted(wars))]:
            for day in moved:
                i = bisect_left(ordered, day)
                present = i < len(ordered) and ordered[i] == day
                units |= {("dates", d) for d in ordered[max(i - 1, 0):i + 1 + present]}
    return units


def _day_wars(index: SiteIndex, kept: KeptWhileSame | None = None) -> dict[str, frozenset[str]]:
    """Each day page and the wars its statements are filed under (what a day's previous/next links follow).

    ``kept``: a rebuild's memory, where a day keeps its wars while its list of filings is the same (most are).
    """
    return {day: reuse(kept, ("day wars", day), (filings,), lambda: frozenset(w for f in filings for w in f.statement.facts.filed_wars))
            for day, filings in index.dates.items() if filings and page_kind(day) == "day"}


def _ancestors(units: set[Unit], build: Build) -> set[Unit]:
    """Month and year pages above a touched date (they count their days), and wars above a touched campaign."""
    out: set[Unit] = set()
    for kind, key in units:
        if kind == "dates" and page_kind(key) in ("day", "month"):
            out |= {("dates", key[:4]), ("dates", key[:7])} if page_kind(key) == "day" else {("dates", key[:4])}
        elif kind == "wars":
            parent = build.catalog.get(key).parent
            while parent:
                out.add(("wars", parent))
                parent = build.catalog.get(parent).parent
    return out
