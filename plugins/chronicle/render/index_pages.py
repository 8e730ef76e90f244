"""Hub pages that are not about one war, district or date: sources and editors' notes."""

from __future__ import annotations

from chronicle.index import SiteIndex
from chronicle.model import Corpus
from chronicle.render.common import Page, human_date, link, source_uri
from chronicle.render.text import inert


def render_source_index(corpus: Corpus, index: SiteIndex) -> Page:
    uri = "sources/index.md"
    rows = []
    for source in corpus.sources:
        sentences = source.sentences()
        cited = sum(1 for s in sentences if index.cited_by.get((source.id, s.id)))
        meta = source.meta
        cells = [
            f"[{inert(source.title)}]({link(uri, source_uri(source.id))})",
            inert(meta.publisher or "—"),
            human_date(meta.published) or "—",
            inert(meta.kind or "—"),
            inert(meta.perspective or "—"),
            f"{cited} / {len(sentences)}",
        ]
        rows.append("| " + " | ".join(cells) + " |")
    table = "| Source | Publisher | Published | Kind | Perspective | Sentences cited |\n|---|---|---|---|---|---:|\n" + "\n".join(rows)
    intro = "Every source of the chronicle, shown in full on its own page. Each sentence there has its own address; the statements on other pages link back to it."
    return Page(uri, "Sources", f"# Sources\n\n{intro}\n\n{table}\n", in_nav=True)


def render_editors_page(corpus: Corpus, unknown: list[tuple[str, int, str, str]]) -> Page:
    """Build problems and place names no gazetteer entry knows, for editors to act on.

    ``unknown`` rows are (source id, paragraph number, sentence id, candidate text).
    """
    uri = "editors.md"
    parts = ["# For editors", "What the last build could not place or read. Fix a source's metadata in its `.yml` file, add a name to `corpus/gazetteer/`, then rebuild."]
    problems = "\n".join(f"- `{inert(str(d))}`" for d in corpus.diagnostics) or "None."
    parts.append(f"## Build messages\n\n{problems}")
    if unknown:
        rows = "\n".join(f"| {inert(text)} | [¶{para}]({link(uri, source_uri(sid), sentence)}) of `{sid}` |" for sid, para, sentence, text in unknown)
        parts.append(f"## Place names not in the gazetteer\n\n| Name | Where |\n|---|---|\n{rows}")
    else:
        parts.append("## Place names not in the gazetteer\n\nNone.")
    return Page(uri, "For editors", "\n\n".join(parts) + "\n", in_nav=True)
