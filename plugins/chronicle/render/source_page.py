"""One page per source: every paragraph and sentence, in order, each addressable."""

from __future__ import annotations

from chronicle.index import SiteIndex
from chronicle.model import Paragraph, Source
from chronicle.render.addresses import Addresses
from chronicle.render.common import Page, human_date, link, source_uri
from chronicle.render.text import attribute, inert

KIND_ORDER = {"wars": 0, "districts": 1, "dates": 2}


def render_source(source: Source, index: SiteIndex, addresses: Addresses) -> Page:
    uri = source_uri(source.id)
    up = f"[Sources]({link(uri, 'sources/index.md')}) › {inert(source.title)}"
    parts = [f"# {inert(source.title)}", up, _metadata_box(source)]
    parts += [_paragraph(source, p, index, addresses, uri) for p in source.paragraphs]
    return Page(uri, source.title, "\n\n".join(parts) + "\n", edit_path=source.raw.path)


def _metadata_box(source: Source) -> str:
    meta, raw = source.meta, source.raw
    rows = [
        ("Perspective", meta.perspective),
        ("Kind", meta.kind),
        ("Publisher", meta.publisher),
        ("Author", meta.author),
        ("Published", human_date(meta.published)),
        ("Retrieved", human_date(meta.retrieved)),
        ("Language", meta.language),
        ("License", meta.license),
    ]
    lines = [f"    | {label} | {inert(value) if value else '*unknown*'} |" for label, value in rows]
    if meta.url:
        lines.append(f"    | Original | <{meta.url}> |")
    lines.append(f"    | File | `{raw.path}` (sha256 `{raw.sha256[:16]}…`) |")
    table = "\n".join(["    | Field | Value |", "    |---|---|", *lines])
    return f'!!! info "About this source"\n\n{table}\n'


def _paragraph(source: Source, paragraph: Paragraph, index: SiteIndex, addresses: Addresses, uri: str) -> str:
    spans = []
    for sentence in paragraph.sentences:
        span = f'<span class="chronicle-s" id="{sentence.id}">{inert(sentence.text)}</span>'
        cited = sorted(index.cited_by.get((source.id, sentence.id), ()), key=lambda kp: (KIND_ORDER[kp[0]], kp[1]))
        if cited:
            links = " · ".join(f"[{inert(title)}]({link(uri, target)})" for target, title in (addresses.of(*kp) for kp in cited))
            span += f' <small class="chronicle-cited" title="Pages quoting this sentence">quoted on: {links}</small>'
        spans.append(span)
    number = f'<a class="chronicle-pnum" href="#p{paragraph.number}" title="Paragraph {paragraph.number}, line {paragraph.line}">¶{paragraph.number}</a>'
    classes = ".chronicle-para"
    if paragraph.boilerplate:
        classes += " .chronicle-boilerplate"
        number += f' <span class="chronicle-why" title="{attribute(paragraph.boilerplate)}">{inert(paragraph.boilerplate)}</span>'
    return f"{number} {' '.join(spans)}\n{{: #p{paragraph.number} {classes} }}"
