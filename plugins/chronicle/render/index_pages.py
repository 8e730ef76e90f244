"""Hub pages that are not about one war, district or date: sources and editors' notes."""

from __future__ import annotations

from chronicle.index import SiteIndex
from chronicle.model import Corpus, Source
from chronicle.rebuilds import KeptWhileSame
from chronicle.render.common import Page, PageContext, human_date, source_uri
from chronicle.render.html import Markup, el


SOURCE_COLUMNS = ("Source", "Revision", "Publisher", "Published", "Kind", "Perspective", "Sentences cited")


def render_source_index(corpus: Corpus, index: SiteIndex, directory_urls: bool = True, kept: KeptWhileSame | None = None) -> Page:
    """Every source with its metadata and how many of its sentences pages quote (``kept``: a rebuild keeps unchanged rows)."""
    page = PageContext("sources/index.md", directory_urls, kept)
    rows = [page.kept_piece(("row", source.id, cited), (source,), lambda page: _source_row(page, source, cited))
            for source in corpus.sources for cited in (index.cited.get(source.id, 0),)]
    head = el("tr", *(el("th", h) for h in SOURCE_COLUMNS))
    intro = el("p", "Every source of the chronicle, shown in full on its own page. Each sentence there has its own address; the statements on other pages link back to it.")
    table = el("table", el("thead", head), el("tbody", *rows), class_="chronicle-cards")  # a card per source below 600px
    return page.page("Sources", page.heading(1, "Sources"), intro, table, in_nav=True)


def _source_row(page: PageContext, source: Source, cited: int) -> Markup:
    meta = source.meta
    cells = [
        page.a(source_uri(source.id), source.title),
        meta.revision or "—",
        meta.publisher or "—",
        human_date(meta.published) or "—",
        meta.kind or "—",
        meta.perspective or "—",
    ]
    return el("tr", *(el("td", c, data_label=h) for c, h in zip(cells, SOURCE_COLUMNS)),
              el("td", f"{cited} / {len(source.sentences())}", class_="chronicle-num", data_label=SOURCE_COLUMNS[-1]))


def render_editors_page(corpus: Corpus, unknown: list[tuple[str, int, str, str, str | None, str]],
                        directory_urls: bool = True) -> Page:
    """Build problems and place names no gazetteer entry knows, for editors to act on.

    ``unknown`` rows are (source id, paragraph number, sentence id, candidate text,
    district it was filed under or None, why it is listed).
    """
    page = PageContext("editors.md", directory_urls)
    intro = el("p", "What the last build could not place or read. Fix a source's metadata in its ", el("code", ".yml"),
               " file, add a name to ", el("code", "corpus/gazetteer/"), ", then rebuild.")
    problems = el("ul", *(el("li", el("code", str(d))) for d in corpus.diagnostics)) if corpus.diagnostics else el("p", "None.")
    parts = [page.heading(1, "For editors"), intro, page.heading(2, "Build messages"), problems, page.heading(2, "Place names not in the gazetteer")]
    if unknown:
        rows = [el("tr", el("td", text), el("td", district or "—"), el("td", note),
                   el("td", page.a(source_uri(sid), f"¶{para}", sentence), " of ", el("code", sid)))
                for sid, para, sentence, text, district, note in unknown]
        head = el("tr", *(el("th", h) for h in ("Name", "Filed under", "Why", "Where")))
        parts.append(el("table", el("thead", head), el("tbody", *rows)))
    else:
        parts.append(el("p", "None."))
    return page.page("For editors", *parts, in_nav=True)
