"""Timeline data for war pages and the home page: periods, campaigns and dated statements as JSON items.

Pages fetch these files instead of carrying inline scripts, which Material's
instant loading would not run. Each item says what happened, not only when:
a statement is labelled with the event it reports, else its first words; its
colour is its source's perspective (a class the stylesheet colours, with a
legend on the page). Spans that nest in the catalogue ("Between the wars"
holds the 2020 war) go on separate lanes, so none is drawn over another.
Items are in the one chronological order (``chronology``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import chain

from chronicle import jsontext
from chronicle.chronology import span_key
from chronicle.extract.dates import describe
from chronicle.index import Filing, Key, SiteIndex, Statement
from chronicle.ingest.metadata import PERSPECTIVES
from chronicle.render.addresses import Addresses, covered
from chronicle.model import Event
from chronicle.render.event_pages import EventLinks, display_title
from chronicle.wars import War

LABEL_WORDS = 6  # a statement without an event is labelled with its first words
UNSTATED = "unstated"  # the perspective class of a source whose metadata gives none
STATEMENTS_LANE = "statements"
PointRow = Callable[[Statement, str | None], str]  # a dated statement, the title of the event it reports -> its item as JSON text
KeptPoints = dict[Key, tuple[Statement, str | None, str]]  # serve: each statement's item, with the statement and label it was made of


def perspective_class(perspective: str | None) -> str:
    """The CSS class that colours an item (and its legend swatch) by its source's perspective."""
    return f"chronicle-p-{perspective if perspective in PERSPECTIVES else UNSTATED}"


def timeline_files(build, page_url: Callable[[str], str], wars: Callable[[str], bool] | None = None,
                   kept: KeptPoints | None = None, labels: Mapping[Key, str] | None = None) -> Iterator[tuple[str, Iterator[str]]]:
    """Per war id the JSON text of its timeline in pieces (``jsontext.pieces``): its span, its campaigns on lanes, then one
    item per dated statement; ``periods``: the top-level wars (made every time: a handful of items, linked to the periods
    that have a page). A war's pieces are made as they are read: read them all before the next war's.

    Given ``wars`` (a rebuild in ``mkdocs serve``), only the wars it accepts.
    ``kept``: a rebuild's memory, where each statement no edit touched keeps its item
    (by its label); ``labels``: ``timeline_labels``, if the caller has them. One war
    at a time: its file is written before the next war's rows are made.
    """
    addresses = Addresses(build.gazetteer, build.catalog)
    addresses.covered = covered(build.index)
    point = point_rows(page_url)
    labels = labels if labels is not None else timeline_labels(build, {e.id: display_title(e, addresses) for e in build.events})
    yield "periods", jsontext.pieces(_spans([w for w in build.catalog.all() if w.parent is None and w.start and w.end], addresses, page_url))
    for war in filter(lambda w: wars is None or wars(w.id), build.catalog.all()):
        rows = _spans([c for c in build.catalog.children(war.id) if c.start and c.end], addresses, page_url)
        if war.start and war.end:  # the war's own span, shaded behind its items (and never empty)
            rows.insert(0, jsontext.item({"id": f"war-{war.id}", "content": war.name, "start": war.start.isoformat(),
                                     "end": war.end.isoformat(), "type": "background"}))
        yield war.id, jsontext.pieces(chain(rows, _points(build.index.wars.get(war.id, []), labels, point, kept)))


def timeline_labels(build, titles: Mapping[str, str]) -> dict[Key, str]:
    """Each statement that reports an event, labelled with the event's title (``titles``: by event id)."""
    return {(c.source, c.sentence): titles[e.id] for e in build.events for c in e.claims}


def relabelled(before: tuple[list[Event], dict[Key, str]], events: list[Event], links: EventLinks) -> tuple[dict[Key, str], set[Key]]:
    """``timeline_labels`` of a rebuild from the previous build's events and labels (``before``), and the statements whose
    label may have changed: those of the events that are not the very same objects as before.

    An event no edit reached keeps its title (``link_events``), so its statements keep
    their labels; the others take the title of the last event that holds them
    (``links.by_sentence``, in the events' order), as ``timeline_labels`` does.
    """
    old_events, labels = before
    kept = {id(e) for e in old_events}
    made = [e for e in events if id(e) not in kept]
    same = {id(e) for e in events}
    keys = {(c.source, c.sentence) for e in (*made, *(e for e in old_events if id(e) not in same)) for c in e.claims}
    labels = dict(labels)
    for key in keys:
        holders = links.by_sentence.get(key)
        if holders:
            labels[key] = links.titles[holders[-1][1].id]
        else:
            labels.pop(key, None)
    return labels, keys


class Relabelling:
    """The timeline labels of the last build ``mkdocs serve`` made: a rebuild relabels only the statements of the events
    it made anew (``relabelled``), not every claim of the corpus."""

    def __init__(self) -> None:
        self._last: tuple[list[Event], dict[Key, str]] | None = None

    def labels(self, build, links: EventLinks, anew: bool) -> tuple[dict[Key, str], dict[Key, str], set[Key] | None]:
        """The labels before and now, and the statements whose label may differ (None: any). ``anew``: every page was
        rendered anew (settings or reference data changed), and every statement is labelled anew."""
        before = self._last[1] if self._last is not None else {}
        if anew or self._last is None:
            labels, keys = timeline_labels(build, links.titles), None
        else:
            labels, keys = relabelled(self._last, build.events, links)
        self._last = (build.events, labels)
        return before, labels, keys


def stale_wars(fresh: Iterable[tuple[str, str]], index: SiteIndex, before: Mapping[Key, str], after: Mapping[Key, str],
               keys: Iterable[Key] | None = None) -> set[str]:
    """The wars whose timeline a rebuild makes again: those whose page it rendered anew (``fresh`` units), and those
    that label a statement otherwise than before (``before``, ``after``: ``timeline_labels``; ``keys``: the only
    statements whose label may differ, if known: ``relabelled``).

    A statement is relabelled when its event changes title or it joins another: an
    edit re-clusters the events its claims fall in, which hold claims of other sources, filed under other wars.
    """
    changed = {key for key in (before.keys() | after.keys() if keys is None else keys) if before.get(key) != after.get(key)}
    return {key for kind, key in fresh if kind == "wars"} | {page for key in changed for kind, page in index.cited_by.get(key, ()) if kind == "wars"}


def point_rows(page_url: Callable[[str], str]) -> PointRow:
    """A dated statement's item as JSON text, labelled with the title of the event it reports (if any): what happened."""
    def row(st: Statement, title: str | None) -> str:
        first, perspective = st.first, st.source.meta.perspective
        return jsontext.item({
            "id": f"{st.source.id}-{st.sentence.id}",
            "content": title or first_words(st.text),
            "title": f"{describe(first)}: “{st.text}” — {st.source.title} ({perspective or 'perspective not stated'})",
            "start": (first.earliest or first.latest).isoformat(),
            "type": "point",
            "group": STATEMENTS_LANE,
            "className": perspective_class(perspective),
            "perspective": perspective or UNSTATED,
            "url": page_url(f"sources/{st.source.id}.md") + f"#{st.sentence.id}",
        })
    return row


def _points(filings: list[Filing], labels: Mapping[Key, str], point: PointRow, kept: KeptPoints | None) -> Iterator[str]:
    """The items of a war's dated statements at their first date, in the order of its filings (the one order; each
    statement is filed there once). ``kept``: a rebuild's memory, where a statement no edit touched (the very same
    statement, with the same label) keeps its item: a busy war holds 20,000 at 1,000 sources, read in one pass."""
    for filing in filings:
        st = filing.statement
        if st.first is None:
            continue
        key = st.key
        label = labels.get(key)
        if kept is None:
            yield point(st, label)
            continue
        hit = kept.get(key)
        if hit is None or hit[0] is not st or hit[1] != label:
            hit = kept[key] = (st, label, point(st, label))
        yield hit[2]


def first_words(text: str, count: int = LABEL_WORDS) -> str:
    """The first ``count`` words of a sentence, with an ellipsis when it goes on."""
    words = text.split()
    return " ".join(words[:count]) + ("…" if len(words) > count else "")


def lanes(spans: Iterable[War]) -> dict[str, int]:
    """War id -> lane: each span on the first lane where it overlaps nothing (so nested spans sit apart)."""
    ends: list = []  # the last day taken on each lane
    out = {}
    for war in sorted(spans, key=lambda w: (span_key(w.start, w.end), w.id)):
        lane = next((i for i, end in enumerate(ends) if end < war.start), len(ends))
        ends[lane:lane + 1] = [war.end]
        out[war.id] = lane
    return out


def _spans(wars: list[War], addresses: Addresses, page_url: Callable[[str], str]) -> list[str]:
    placed = lanes(wars)
    rows = []
    for war in sorted(wars, key=lambda w: (span_key(w.start, w.end), w.id)):
        row = {"id": f"war-{war.id}", "content": war.name, "start": war.start.isoformat(), "end": war.end.isoformat(),
               "type": "range", "group": f"lane-{placed[war.id]}"}
        if addresses.has_page("wars", war.id):
            row["url"] = page_url(f"wars/{war.id}.md")
        rows.append(jsontext.item(row))
    return rows
