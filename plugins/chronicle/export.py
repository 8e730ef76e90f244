"""Export: the extracted data as files under ``site/data/`` (see DATA-EXPORT.md).

Rows come in a fixed order (sources by id, sentences in reading order,
mentions by position) and JSON keys in a fixed order, so two builds of the
same input write byte-identical files.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from itertools import groupby
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from chronicle import jsontext
from chronicle.events.describe import precision
from chronicle.model import Claim, Corpus, DateMention, Event, PlaceMention, Source, WarMention

if TYPE_CHECKING:
    from chronicle.render.common import Page

PageUrl = Callable[[str], str]  # page uri under docs_dir -> site-relative URL


class Places(Protocol):
    """What the events table needs from the gazetteer (names and coordinates)."""

    def get(self, entity_id: str): ...

    def district(self, code: str): ...

SOURCE_FIELDS = ("title", "url", "publisher", "published", "kind", "perspective", "language", "author", "retrieved", "license", "revision")


def source_rows(corpus: Corpus, page_url: PageUrl) -> list[dict]:
    return [source_row(s, page_url) for s in sorted(corpus.sources, key=lambda s: s.id)]


def source_row(s: Source, page_url: PageUrl) -> dict:
    """A source's record in sources.json: its file, its sha256 and its metadata."""
    row = {"id": s.id, "file": s.raw.path, "sha256": s.raw.sha256}
    row.update({f: getattr(s.meta, f) for f in SOURCE_FIELDS})
    row["language_detected"] = s.raw.language_detected  # language read from the text, not declared
    row["page"] = page_url(f"sources/{s.id}.md")
    return row


def sentence_rows(source: Source, corpus: Corpus, page_url: PageUrl) -> Iterator[dict]:
    """One source's rows of sentences.jsonl, in reading order."""
    page = page_url(f"sources/{source.id}.md")
    for p in source.paragraphs:
        for sentence in p.sentences:
            facts = corpus.facts_for(source.id, sentence.id)
            yield {
                "source": source.id,
                "id": sentence.id,
                "paragraph": p.number,
                "line": p.line,
                "text": sentence.text,
                "boilerplate": sentence.boilerplate,
                "boilerplate_reason": p.boilerplate,
                "continued_by": sentence.continued_by,
                "districts": list(facts.filed_districts),
                "dates": list(facts.filed_dates),
                "wars": list(facts.filed_wars),
                "url": f"{page}#{sentence.id}",
            }


def mention_rows(source: Source, corpus: Corpus) -> Iterator[dict]:
    """One source's rows of mentions.jsonl, each sentence's mentions by position."""
    for sentence in source.sentences():
        facts = corpus.facts_for(source.id, sentence.id)
        mentions = sorted((*facts.dates, *facts.places, *facts.wars), key=lambda m: (m.start, m.end, type(m).__name__))
        for m in mentions:
            yield {"source": source.id, "sentence": sentence.id, **_mention(m)}


SourceBlocks = Callable[[Source], tuple[str, str]]  # a source's lines of sentences.jsonl and of mentions.jsonl


def source_blocks(corpus: Corpus, page_url: PageUrl) -> SourceBlocks:
    """What one source adds to the two largest files; ``mkdocs serve`` keeps each unchanged source's."""
    def blocks(source: Source) -> tuple[str, str]:
        return _lines(sentence_rows(source, corpus, page_url)), _lines(mention_rows(source, corpus))
    return blocks


def _mention(m: DateMention | PlaceMention | WarMention) -> dict:
    base = {"text": m.text, "start": m.start, "end": m.end}
    if isinstance(m, DateMention):
        iso = lambda d: d.isoformat() if d else None  # noqa: E731
        return {"kind": "date", **base, "value": m.value, "type": m.type, "mod": m.mod,
                "earliest": iso(m.earliest), "latest": iso(m.latest), "precision": m.precision,
                "rule": m.rule, "anchor": m.anchor}
    if isinstance(m, PlaceMention):
        return {"kind": "place", **base, "entity": m.entity, "district": m.district, "place_kind": m.kind, "event": m.event}
    return {"kind": "war", **base, "war": m.war}


def pages_jsonl(pages: Iterable[Page], line: Callable[[Page], str]) -> str:
    """pages.jsonl: every generated page by path, so two builds' pages can be compared (``chronicle diff``); ``line``: ``page_line``."""
    return "".join(line(page) for page in sorted(pages, key=lambda p: p.uri))


def page_line(page: Page, page_url: PageUrl) -> str:
    """A page's line of pages.jsonl: its URL, kind (its folder), title and statement count.

    ``statements`` counts the distinct sentences the page quotes (links to a
    source page's sentence anchor): a district page that drops to 0 lost its
    last statement.
    """
    quoted = {link for link in page.links if link[1] and link[0].startswith("sources/")}
    return _line({"url": page_url(page.uri), "kind": page.uri.split("/")[0].removesuffix(".md"), "title": page.title,
                  "statements": len(quoted)})


def claim_row(c: Claim, event_id: str, perspective: str | None) -> dict:
    """claims.jsonl: one claim as given, with the event it was grouped into."""
    return {"id": c.id, "source": c.source, "sentence": c.sentence, "event": event_id, "kind": c.kind,
            "district": c.district, "place": c.place, "war": c.war, "date": c.date, "mod": c.mod,
            "earliest": _iso(c.earliest), "latest": _iso(c.latest), "wording": c.wording,
            "start": c.start, "end": c.end, "perspective": perspective}


def event_row(e: Event) -> dict:
    """events.jsonl: one event."""
    return {"id": e.id, "kind": e.kind, "district": e.district, "place": e.place, "war": e.war,
            "claims": [c.id for c in e.claims], "sources": list(e.sources), "dates": list(e.dates),
            "earliest": _iso(e.earliest), "latest": _iso(e.latest), "disputed": e.disputed,
            "wordings": list(e.wordings)}


CSV_COLUMNS = ("event_id", "kind", "date_claimed", "mod", "earliest", "latest", "precision", "district",
               "iso_code", "place", "latitude", "longitude", "war", "disputed", "source", "publisher",
               "perspective", "wording", "quote", "sentence_url")

# An event's line of events.jsonl, its rows of events.csv, and its claims' lines of claims.jsonl by claim id.
EventBlocks = Callable[[Event], tuple[str, str, dict[str, str]]]
ClaimRows = Callable[[Event, Claim], tuple[str, str]]  # a claim's row of events.csv and its line of claims.jsonl


def event_blocks(corpus: Corpus, page_url: PageUrl, places: Places | None = None, claims: ClaimRows | None = None) -> EventBlocks:
    """What one event adds to events.jsonl, events.csv (one row per claim, columns an ACLED user expects) and claims.jsonl.

    Computed per event, so ``mkdocs serve`` keeps the lines of every event an edit did not reach;
    ``claims`` (default ``claim_rows``) makes each claim's rows, which serve keeps per unchanged claim.
    """
    per_claim = claims or claim_rows(corpus, page_url, places)

    def blocks(e: Event) -> tuple[str, str, dict[str, str]]:
        made = [per_claim(e, c) for c in e.claims]
        return _line(event_row(e)), "".join(row for row, _ in made), {c.id: line for c, (_, line) in zip(e.claims, made)}
    return blocks


def claim_rows(corpus: Corpus, page_url: PageUrl, places: Places | None = None) -> ClaimRows:
    """A claim's row of events.csv and its line of claims.jsonl, as a function of the claim, its event and its source."""
    sources = {s.id: s for s in corpus.sources}
    texts: dict[str, dict[str, str]] = {}

    def quote(c: Claim) -> str:
        if c.source not in texts:
            texts[c.source] = {sentence.id: sentence.text for sentence in sources[c.source].sentences()}
        return texts[c.source][c.sentence]

    def rows(e: Event, c: Claim) -> tuple[str, str]:
        out = io.StringIO()
        name, lat, lon = _where(c, places)
        meta = sources[c.source].meta
        csv.writer(out, lineterminator="\n").writerow([
            e.id, c.kind, c.date or "", c.mod or "", _iso(c.earliest) or "", _iso(c.latest) or "",
            precision(c.date) if c.date else "", name, c.district or "", c.place or "",
            lat, lon, c.war, str(e.disputed).lower(), c.source, meta.publisher or "",
            meta.perspective or "", c.wording, quote(c),
            f"{page_url(f'sources/{c.source}.md')}#{c.sentence}"])
        return out.getvalue(), _line(claim_row(c, e.id, meta.perspective))
    return rows


def _where(c: Claim, places: Places | None) -> tuple[str, str, str]:
    """District name and the coordinates of the most specific place (empty where unknown)."""
    if places is None or c.district is None:
        return "", "", ""
    try:
        name = places.district(c.district).name
    except KeyError:
        name = ""
    try:
        coords = places.get(c.place).coords if c.place else None
    except KeyError:
        coords = None
    return name, (f"{coords[0]:.5f}" if coords else ""), (f"{coords[1]:.5f}" if coords else "")


DATA_FILES = (
    ("sources.json", "application/json", "One record per source: metadata, file, sha256."),
    ("sentences.jsonl", "application/jsonl", "Every sentence of every source, with where it is filed."),
    ("mentions.jsonl", "application/jsonl", "Every date, place and war expression recognized, with offsets."),
    ("claims.jsonl", "application/jsonl", "Each sentence's claim that an event happened: kind, place, date as given, wording."),
    ("events.jsonl", "application/jsonl", "Claims grouped into events, with the dates claimed and whether they disagree."),
    ("events.csv", "text/csv", "One row per claim with its event, date bounds, place, source and quote."),
    ("pages.jsonl", "application/jsonl", "Every generated page: URL, kind, title and the number of statements it quotes."),
    ("map.json", "application/json", "Each district with statements and how many: the counts the maps' hover text shows."),
)


def dataset_jsonld(corpus: Corpus) -> dict:
    """A schema.org Dataset describing the export (for catalogues and search engines)."""
    licenses = sorted({s.meta.license for s in corpus.sources if s.meta.license})
    return {
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": "Karabakh Chronicle: events, claims and sources",
        "description": ("What each source in the corpus says happened in the Nagorno-Karabakh conflict: "
                        "every dated claim with its own wording, grouped into events, with where the sources disagree."),
        "isAccessibleForFree": True,
        "keywords": ["Nagorno-Karabakh", "event data", "conflict", "claims", "source criticism"],
        "variableMeasured": ["event kind", "date claimed", "earliest", "latest", "district", "war", "wording"],
        "measurementTechnique": "Rule-based extraction from the quoted sentences of each source",
        "license": licenses,
        "distribution": [{"@type": "DataDownload", "name": name, "contentUrl": name, "encodingFormat": fmt,
                          "description": text} for name, fmt, text in DATA_FILES],
    }


_SOURCE, _ID = attrgetter("source"), attrgetter("id")
Chunks = Iterator[tuple[str, str]]  # (file name, a piece of its text): each file's pieces in order, files interleaved


def export_chunks(corpus: Corpus, page_url: PageUrl, places: Places | None = None, blocks: SourceBlocks | None = None,
                  events: EventBlocks | None = None, records: Callable[[Source], str] | None = None) -> Chunks:
    """Each export file's text (see DATA-EXPORT.md) in pieces, made one source or event at a time.

    ``mkdocs build`` writes each piece as it comes (``write_chunks``): the
    export of 10,000 sources is hundreds of MB, never held whole. Every file
    is named first, in a fixed order, so each is written even when empty.
    ``records`` makes a source's item of sources.json (``mkdocs serve`` keeps them).
    """
    header = io.StringIO()
    csv.writer(header, lineterminator="\n").writerow(CSV_COLUMNS)
    record = records or (lambda source: jsontext.item(source_row(source, page_url)))
    yield "sources.json", jsontext.listed([record(s) for s in sorted(corpus.sources, key=lambda s: s.id)])
    yield from ((name, "") for name in ("sentences.jsonl", "mentions.jsonl", "claims.jsonl", "events.jsonl"))
    yield "events.csv", header.getvalue()
    yield "dataset.jsonld", jsontext.document(dataset_jsonld(corpus))
    per_source = blocks or source_blocks(corpus, page_url)
    for source in sorted(corpus.sources, key=lambda s: s.id):
        sentences, mentions = per_source(source)
        yield "sentences.jsonl", sentences
        yield "mentions.jsonl", mentions
    per_event = events or event_blocks(corpus, page_url, places)
    claim_lines: dict[str, str] = {}  # claims.jsonl is in reading order, not in the events' order
    for event in corpus.events:
        line, rows, lines = per_event(event)
        yield "events.jsonl", line
        yield "events.csv", rows
        claim_lines.update(lines)
    # Every claim is in an event. One piece per source (its claims are together): joined in C, not 17,000 pieces a rebuild.
    for _, claims in groupby(corpus.claims, key=_SOURCE):
        yield "claims.jsonl", "".join(map(claim_lines.__getitem__, map(_ID, claims)))


def grouped(chunks: Chunks) -> dict[str, list[str]]:
    """Each file's pieces, in the order the files were first named (what ``mkdocs serve`` compares between builds)."""
    parts: dict[str, list[str]] = {}
    for name, piece in chunks:
        parts.setdefault(name, []).append(piece)
    return parts


def write_chunks(chunks: Chunks, out_dir: Path) -> dict[str, Path]:
    """Each piece appended to its file under ``out_dir`` as it comes; each file's name and path, in the order first named."""
    paths: dict[str, Path] = {}
    with ExitStack() as files:
        opened = {}
        for name, piece in chunks:
            if name not in opened:
                paths[name] = out_dir / name
                paths[name].parent.mkdir(parents=True, exist_ok=True)
                opened[name] = files.enter_context(paths[name].open("w", encoding="utf-8", newline="\n"))
            opened[name].write(piece)
    return paths


class WrittenPieces:
    """Each export file's pieces as ``mkdocs serve`` last wrote them (``grouped``), with their lengths in bytes.

    A rebuild writes a file again only when its pieces changed, and then from
    its first changed piece on: the bytes before it stay on disk. An edit to one
    source rewrites the files that follow the sources' order from that source on
    (about half of each at 1,000 sources, where they hold tens of megabytes).
    """

    def __init__(self) -> None:
        self._written: dict[str, tuple[list[str], list[int]]] = {}

    def write(self, files: dict[str, list[str]], out_dir: Path) -> list[str]:
        """Write each file of ``files`` under ``out_dir`` that differs from what this object last wrote; the names written."""
        changed = []
        for name, pieces in files.items():
            path = out_dir / name
            before, lengths = self._written.get(name, ((), []))
            if before == pieces and path.is_file():
                continue
            same = next((i for i, (old, new) in enumerate(zip(before, pieces)) if old is not new and old != new), min(len(before), len(pieces)))
            if not path.is_file():
                same = 0
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("r+b" if same else "wb") as f:
                f.seek(sum(lengths[:same]))
                lengths = lengths[:same]
                for piece in pieces[same:]:
                    data = piece.encode("utf-8")
                    f.write(data)
                    lengths.append(len(data))
                f.truncate()
            self._written[name] = (pieces, lengths)
            changed.append(name)
        for name in self._written.keys() - files.keys():
            del self._written[name]
        return changed


def write_export(corpus: Corpus, out_dir: Path, page_url: PageUrl, places: Places | None = None) -> list[Path]:
    return list(write_chunks(export_chunks(corpus, page_url, places), out_dir).values())


def _iso(day) -> str | None:
    return day.isoformat() if day else None


def _lines(rows: Iterator[dict]) -> str:
    return "".join(_line(r) for r in rows)


# ``json.dumps(row, ensure_ascii=False)``'s encoder, made once: ``dumps`` makes one per call when given an option
# (150,000 rows at 1,000 sources)
_encode = json.JSONEncoder(ensure_ascii=False).encode


def _line(row: dict) -> str:
    return _encode(row) + "\n"
