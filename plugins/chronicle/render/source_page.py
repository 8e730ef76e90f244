"""One page per source: every paragraph and sentence, in order, each addressable."""

from __future__ import annotations

from chronicle.index import SiteIndex, page_kind
from chronicle.model import Paragraph, Source
from chronicle.render.addresses import Addresses
from chronicle.render.common import Page, PageContext, human_date, language_name, source_uri
from chronicle.render.event_pages import event_uri
from chronicle.render.html import Markup, el, external_url, filled, join

KIND_ORDER = {"wars": 0, "districts": 1, "dates": 2}


def render_source(source: Source, index: SiteIndex, addresses: Addresses | None, directory_urls: bool = True) -> Page:
    page = PageContext(source_uri(source.id), directory_urls, shared=addresses.shared if addresses is not None else None)
    crumbs = el("p", page.a("sources/index.md", "Sources"), " › ", source.title, class_="chronicle-crumbs")
    paragraphs = [_paragraph(source, p, index, addresses, page) for p in source.paragraphs]
    return page.page(
        source.title,
        page.heading(1, source.title),
        crumbs,
        _metadata_box(source),
        el("div", *paragraphs, class_="chronicle-text", lang=source.meta.language),
        edit_path=source.raw.path,
        search_filters=_filters(source, index),
    )


def _filters(source: Source, index: SiteIndex) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The source's own facets, and the wars, districts and years of the pages that quote its sentences.

    Search indexes a quote here only (the lists on those pages are left out of
    the index), so a filter by war, district or year finds it on this page.
    """
    meta = source.meta
    filed = {kp for p in source.paragraphs for s in p.sentences for kp in index.cited_by.get((source.id, s.id), ())}
    years = {key[:4] for kind, key in filed if kind == "dates" and page_kind(key) != "decade"}
    language = language_name(meta.language) if meta.language else None  # "Russian", as a reader looks for it
    out = [
        ("war", tuple(sorted(key for kind, key in filed if kind == "wars"))),
        ("district", tuple(sorted(key for kind, key in filed if kind == "districts"))),
        ("year", tuple(sorted(years))),
        *((k, (v,)) for k, v in (("perspective", meta.perspective), ("language", language), ("kind", "source")) if v),
    ]
    return tuple((k, v) for k, v in out if v)


def _metadata_box(source: Source) -> Markup:
    meta, raw = source.meta, source.raw
    rows: list[tuple[str, object]] = [
        ("Perspective", meta.perspective),
        ("Kind", meta.kind),
        ("Publisher", meta.publisher),
        ("Author", meta.author),
        ("Published", human_date(meta.published)),
        ("Revision", meta.revision),
        ("Retrieved", human_date(meta.retrieved)),
        ("Language", _language(source)),
        ("License", meta.license),
    ]
    if meta.url:
        safe = external_url(meta.url)
        rows.append(("Original", el("a", meta.url, href=safe) if safe else el("span", meta.url, " (not linked: not an http or https address)")))
    rows.append(("File", join([el("code", raw.path), " (sha256 ", el("code", raw.sha256[:16] + "…"), ")"])))
    body = [el("tr", el("td", label), el("td", value if value else el("em", "unknown"))) for label, value in rows]
    table = el("table", el("thead", el("tr", el("th", "Field"), el("th", "Value"))), el("tbody", *body))
    return el("div", el("p", "About this source", class_="admonition-title"), table, class_="admonition info")


def _language(source: Source) -> str | None:
    """'Russian (ru)', and whether the text told it: a reader can check a guess, and fix it in the metadata."""
    code = source.meta.language
    if not code:
        return None
    shown = f"{language_name(code)} ({code})"
    return f"{shown}, detected from the text" if source.raw.language_detected else shown


# A cited sentence and its mark, written for every sentence of every source (``html.filled``: the HTML ``el`` makes):
# the sentence (its id, its words); the mark (the popover's id, how many, what it says, its lines) and its popover.
SENTENCE = '<span class="chronicle-s" id="{0}">{1}</span>'
MARKER = ('<button type="button" class="chronicle-mark" popovertarget="{0}" aria-label="{2}" title="{2}">{1}</button>'
          '<span id="{0}" popover="auto" class="chronicle-on" data-pagefind-ignore="all">{3}</span>')
BR = Markup("<br>")


def _marker(source: Source, sentence_id: str, index: SiteIndex, addresses: Addresses, page: PageContext) -> Markup | None:
    """A small mark after a cited sentence; a click shows the pages that quote it and the events it reports.

    The text reads as the source wrote it: the links wait in a popover (shown
    inline by a browser without popovers), not in a tag list after each sentence.
    """
    cited = sorted(index.cited_by.get((source.id, sentence_id), ()), key=lambda kp: (KIND_ORDER[kp[0]], kp[1]))
    claims = addresses.events.by_sentence.get((source.id, sentence_id), [])
    if not cited and not claims:
        return None
    lines = []
    if cited:
        targets = tuple((title, page.href(uri)) for uri, title in (addresses.of(*kp) for kp in cited))
        lines.append(page.fragment(("quoted on", targets), lambda: _quoted_on(targets)))
    if claims:
        lines.append(el("span", "Reports: ", join((page.a(event_uri(e), addresses.events.titles[e.id]) for _, e in claims), " · "),
                        class_="chronicle-cited chronicle-claim"))
    what = f"Quoted on {len(cited)} page{'s' if len(cited) != 1 else ''}" + (f"; reports {len(claims)} event{'s' if len(claims) != 1 else ''}" if claims else "")
    return filled(MARKER, page.anchor(f"on-{sentence_id}"), str(len(cited) + len(claims)), what, join(lines, BR))


def _quoted_on(targets: tuple[tuple[str, str], ...]) -> Markup:
    """"Quoted on: 22 August 1993 · Fuzuli District": each (title, href) linked; sentences quoted on the same pages share it."""
    return el("span", "Quoted on: ", join((el("a", title, href=href) for title, href in targets), " · "), class_="chronicle-cited")


def _paragraph(source: Source, paragraph: Paragraph, index: SiteIndex, addresses: Addresses | None, page: PageContext) -> Markup:
    spans = []
    for sentence in paragraph.sentences:
        spans.append(filled(SENTENCE, page.anchor(sentence.id), sentence.text))
        if addresses is not None and (marker := _marker(source, sentence.id, index, addresses, page)):
            spans.append(marker)
    number = el("a", f"¶{paragraph.number}", class_="chronicle-pnum", href=f"#p{paragraph.number}",
                title=f"Paragraph {paragraph.number}, line {paragraph.line}")
    classes = "chronicle-para"
    why = None
    if paragraph.boilerplate:
        classes += " chronicle-boilerplate"
        why = el("span", paragraph.boilerplate, class_="chronicle-why", title=paragraph.boilerplate)
    return el("p", number, " ", why, " " if why else None, join(spans, " "), id=page.anchor(f"p{paragraph.number}"), class_=classes)
