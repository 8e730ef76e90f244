"""Export: the extracted data as files under ``site/data/`` (see DATA-EXPORT.md).

Rows come in a fixed order (sources by id, sentences in reading order,
mentions by position) and JSON keys in a fixed order, so two builds of the
same input write byte-identical files.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

from chronicle.model import Corpus, DateMention, PlaceMention, WarMention

PageUrl = Callable[[str], str]  # page uri under docs_dir -> site-relative URL

SOURCE_FIELDS = ("title", "url", "publisher", "published", "kind", "perspective", "language", "author", "retrieved", "license")


def source_rows(corpus: Corpus, page_url: PageUrl) -> list[dict]:
    rows = []
    for s in sorted(corpus.sources, key=lambda s: s.id):
        row = {"id": s.id, "file": s.raw.path, "sha256": s.raw.sha256}
        row.update({f: getattr(s.meta, f) for f in SOURCE_FIELDS})
        row["page"] = page_url(f"sources/{s.id}.md")
        rows.append(row)
    return rows


def sentence_rows(corpus: Corpus, page_url: PageUrl) -> Iterator[dict]:
    for s in sorted(corpus.sources, key=lambda s: s.id):
        page = page_url(f"sources/{s.id}.md")
        for p in s.paragraphs:
            for sentence in p.sentences:
                facts = corpus.facts_for(s.id, sentence.id)
                yield {
                    "source": s.id,
                    "id": sentence.id,
                    "paragraph": p.number,
                    "line": p.line,
                    "text": sentence.text,
                    "boilerplate": sentence.boilerplate,
                    "boilerplate_reason": p.boilerplate,
                    "districts": list(facts.filed_districts),
                    "dates": list(facts.filed_dates),
                    "wars": list(facts.filed_wars),
                    "url": f"{page}#{sentence.id}",
                }


def mention_rows(corpus: Corpus) -> Iterator[dict]:
    for s in sorted(corpus.sources, key=lambda s: s.id):
        for sentence in s.sentences():
            facts = corpus.facts_for(s.id, sentence.id)
            mentions = sorted((*facts.dates, *facts.places, *facts.wars), key=lambda m: (m.start, m.end, type(m).__name__))
            for m in mentions:
                yield {"source": s.id, "sentence": sentence.id, **_mention(m)}


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


def write_export(corpus: Corpus, out_dir: Path, page_url: PageUrl) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = [
        _write(out_dir / "sources.json", json.dumps(source_rows(corpus, page_url), ensure_ascii=False, indent=1) + "\n"),
        _write(out_dir / "sentences.jsonl", _lines(sentence_rows(corpus, page_url))),
        _write(out_dir / "mentions.jsonl", _lines(mention_rows(corpus))),
    ]
    return written


def _lines(rows: Iterator[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8", newline="\n")
    return path
