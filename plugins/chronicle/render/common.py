"""What every generated page shares: the page record, links, headings, quotes and footnotes.

Generated pages are rendered to HTML here, not through Markdown: source text
is data, and HTML escaping (``render.html``) is all it needs. A
:class:`PageContext` is one page under construction. It makes every internal
link (and remembers it, so the plugin can check that each target page and
anchor exists), every heading (for the table of contents) and every footnote,
in the same HTML structure Python-Markdown's footnotes extension produces, so
Material's footnote tooltips and the ``:target`` highlight keep working.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TypeVar

import pycountry
from anyascii import anyascii

from chronicle.index import Statement
from chronicle.model import Source
from chronicle.rebuilds import KeptWhileSame
from chronicle.render.html import Markup, el, external_url, filled, join, text_fragment
from chronicle.render.packed_html import PackedHTML

# A page lists at most this many statements by default; longer lists move to pages of their own.
MAX_STATEMENTS_PER_PAGE = 200
# The footnote shapes Python-Markdown writes, filled once per quote on every page (``html.filled``; the same HTML as ``el``'s):
# a reference (its id, the label, its number), a footnote (label, text, ways back), a way back (``n`` of the n-th reference, label, number).
FOOTNOTE_REF = '<sup id="{0}"><a class="footnote-ref" href="#fn:{1}">{2}</a></sup>'
FOOTNOTE = '<li id="fn:{0}"><p>{1}&#160;{2}</p></li>'
FOOTNOTE_BACKREF = '<a class="footnote-backref" href="#fnref{0}:{1}" title="Jump back to footnote {2} in the text">↩</a>'
Piece = TypeVar("Piece")


@dataclass(frozen=True)
class Heading:
    level: int
    id: str
    title: str  # plain text


@dataclass(frozen=True)
class Page:
    """A generated page: its place in docs_dir, its title (plain text) and its article HTML."""

    uri: str  # path under docs_dir, e.g. "districts/aghdam.md"
    title: str
    body: Markup | PackedHTML
    toc: tuple[Heading, ...] = ()
    links: tuple[tuple[str, str | None], ...] = ()  # (target uri, anchor) of every internal link
    anchors: frozenset[str] = frozenset()  # ids this page defines
    edit_path: str | None = None  # repository file an editor changes to change this page
    in_nav: bool = False
    search_filters: tuple[tuple[str, tuple[str, ...]], ...] = ()  # filter name -> values, for the search index


def packed(page: Page) -> Page:
    """The page with its HTML compressed (see ``PackedHTML``); a page compressed already is as it was."""
    return page if isinstance(page.body, PackedHTML) else replace(page, body=PackedHTML(str(page.body)))


# One thing's pages by part: None its main page, else a part of its own (a war's year, a district's war);
# a part's pages are None when a rebuild did not render it again (``chronicle.render.site`` keeps the old ones).
Parts = dict[str | None, list[Page] | None]


def slugify(text: str) -> str:
    """URL slug in ASCII: transliterated (Bakı -> baki, Физули -> fizuli), never silently dropping letters."""
    return re.sub(r"[^a-z0-9]+", "-", anyascii(text).lower()).strip("-") or "page"


@lru_cache(maxsize=1 << 16)
def page_url(uri: str, directory_urls: bool) -> str:
    """The site-relative URL MkDocs gives a docs_dir path (``wars/x.md`` -> ``wars/x/``)."""
    stem = uri[:-3] if uri.endswith(".md") else uri
    if not directory_urls:
        return stem + ".html"
    if stem == "index":
        return ""
    if stem.endswith("/index"):
        return stem[: -len("index")]
    return stem + "/"


@lru_cache(maxsize=1 << 16)
def relative_url(from_url: str, to_url: str) -> str:
    """``to_url`` relative to the page at ``from_url`` (both site-relative), as a browser resolves it."""
    src = from_url.split("/")[:-1]  # the page's folder
    dst = to_url.split("/")
    common = 0
    while common < len(src) and common < len(dst) - 1 and src[common] == dst[common]:
        common += 1
    rel = "/".join([".."] * (len(src) - common) + dst[common:])
    return rel or "./"


def link(from_uri: str, to_uri: str, anchor: str | None = None, directory_urls: bool = True) -> str:
    """Relative URL from one generated page to another (or to a sentence on it)."""
    target = relative_url(page_url(from_uri, directory_urls), page_url(to_uri, directory_urls))
    return f"{target}#{anchor}" if anchor else target


class Shared:
    """HTML fragments that many pages of one rendering show alike, each made once and reused.

    A statement is quoted on its day, month and year pages, its district's and
    its war's: each shows the same footnote, and its attribution and "also on"
    links differ only in their relative URLs, which are the same from every page
    at the same depth. A fragment is kept under a key that holds everything it
    is made from, those URLs included, so reusing one writes the very bytes
    making it again would. The caller still records the links a fragment holds
    (``PageContext.href``): link checking sees every page's links.
    One ``Shared`` lives as long as one rendering (``Addresses.shared``).

    ``lasting`` (``mkdocs serve``, from its first build on): a fragment given the
    objects it is made from outlives the rendering while they come back the very
    same, so the first edit that renders a busy year's parts again finds each
    quote, footnote text and "also on" line made. Held once per content, not per
    page, they cost a fraction of the site's HTML.
    """

    def __init__(self) -> None:
        self._made: dict[Hashable, Markup] = {}
        self._one: dict[Hashable, Hashable] = {}
        self.lasting: KeptWhileSame[Markup] | None = None

    def get(self, key: Hashable, make: Callable[[], Markup], inputs: tuple | None = None) -> Markup:
        """The fragment made under ``key``; with ``inputs``, kept in ``lasting`` while they are the same objects."""
        found = self._made.get(key)
        if found is None:
            lasting = self.lasting if inputs is not None else None
            found = self._made[key] = make() if lasting is None else lasting.get(key, inputs, make)
        return found

    def one(self, value: Hashable) -> Hashable:
        """The first value equal to ``value`` this rendering saw: a link or an anchor id that many pages hold is one object.

        Every page keeps its links and anchors until MkDocs has checked them; each statement is
        quoted on five pages or so, and its link and footnote ids came anew on each (at 2,000 sources,
        1.3 million link pairs and 0.4 million ids held 0.1 GB).
        """
        return self._one.setdefault(value, value)


@lru_cache(maxsize=1 << 16)
def source_uri(source_id: str) -> str:
    """The source's page (one string however many links name it)."""
    return f"sources/{source_id}.md"


@lru_cache(maxsize=1 << 12)
def human_date(iso: str | None) -> str | None:
    """``2023-09-20`` -> ``20 September 2023`` (partial dates stay partial); remembered: ``strptime`` is slow, and each claim
    of a source on an event page names the source's date."""
    if not iso:
        return None
    for fmt, length in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        try:
            day = dt.datetime.strptime(iso[:length], fmt).date()
        except ValueError:
            continue
        return {10: f"{day.day} {day:%B %Y}", 7: f"{day:%B %Y}", 4: f"{day:%Y}"}[length]
    return iso


def split(uri: str, items: list, limit: int) -> list[tuple[str, list]]:
    """``items`` in parts of at most ``limit``, each with its page: ``x.md``, then ``x-2.md``, ``x-3.md`` ..."""
    chunks = [items[i : i + limit] for i in range(0, len(items), limit)] or [[]]
    return [(uri if n == 1 else f"{uri[:-3]}-{n}.md", chunk) for n, chunk in enumerate(chunks, 1)]


# URLs that name one fixed version of a page: a wiki revision, a web archive's snapshot.
_PINNED = re.compile(r"[?&](oldid|revision|rev|version)=\w|//web\.archive\.org/web/\d|//archive\.(ph|today|is)/\w", re.IGNORECASE)


def pins_version(url: str) -> bool:
    """Does the URL point at the exact version quoted? Only then can a text fragment find the sentence there."""
    return bool(_PINNED.search(url))


@dataclass
class PageContext:
    """One page being rendered: its links, headings, anchors and footnotes."""

    uri: str
    directory_urls: bool = True
    kept: KeptWhileSame | None = None  # pieces of this page a ``mkdocs serve`` rebuild may reuse (``kept_piece``)
    shared: Shared | None = None  # fragments other pages of this rendering show alike (``Shared``); None: made for this page
    # The pages whose kept pieces this page shares (None: its own): the parts of one long list, side by side in one
    # folder, so a piece's relative links read the same from each; an edit moves statements from one part to the next.
    scope: str | None = None
    links: list[tuple[str, str | None]] = field(default_factory=list)
    anchors: set[str] = field(default_factory=set)
    toc: list[Heading] = field(default_factory=list)
    _notes: dict[str, tuple[Statement, int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._url = page_url(self.uri, self.directory_urls)  # where this page's relative links start

    def href(self, to_uri: str, anchor: str | None = None) -> str:
        self.links.append((to_uri, anchor) if self.shared is None else self.shared.one((to_uri, anchor)))
        target = relative_url(self._url, page_url(to_uri, self.directory_urls))
        return f"{target}#{anchor}" if anchor else target

    def asset(self, site_path: str) -> str:
        """Relative URL of a file that is not a page (an export file, an image)."""
        return relative_url(self._url, site_path)

    def a(self, to_uri: str, label: object, anchor: str | None = None, **attrs: object) -> Markup:
        return el("a", label, href=self.href(to_uri, anchor), **attrs)

    def kept_piece(self, key: tuple[Hashable, ...], inputs: tuple, make: Callable[[PageContext], Piece]) -> Piece:
        """``make(page)``, kept for this page under ``key`` while ``inputs`` are the very same objects, with the links it made.

        A rebuild renders a whole unit again (a district's war, a war's year) for one
        statement among hundreds that changed: the others' pieces come out as before.
        A piece makes links only, never anchors or footnotes (which depend on the rest of the page);
        it may be made of pieces, kept in their turn.
        """
        if self.kept is None:
            return make(self)

        def made() -> tuple[Piece, tuple[tuple[str, str | None], ...]]:
            alone = PageContext(self.uri, self.directory_urls, self.kept, self.shared, self.scope)
            return make(alone), tuple(alone.links)

        piece, links = self.kept.get((self.scope or self.uri, *key), inputs, made)
        self.links.extend(links)
        return piece

    def anchor(self, anchor_id: str) -> str:
        self.anchors.add(anchor_id if self.shared is None else self.shared.one(anchor_id))
        return anchor_id

    def heading(self, level: int, title: str, *, anchor_id: str | None = None, content: object = None, permalink: bool = True) -> Markup:
        """``<hN>`` with a permalink, listed in the table of contents under its plain ``title``.

        ``permalink=False`` for a heading inside a control (a ``<summary>``): a link there would nest one control in another.
        """
        anchor_id = anchor_id or self._free_id(slugify(title))
        self.anchor(anchor_id)
        if level > 1:
            self.toc.append(Heading(level, anchor_id, title))
        link = el("a", "¶", class_="headerlink", href=f"#{anchor_id}", title="Permanent link") if level > 1 and permalink else None
        return el(f"h{level}", content if content is not None else title, link, id=anchor_id)

    def _free_id(self, base: str) -> str:
        candidate, n = base, 1
        while candidate in self.anchors:
            n += 1
            candidate = f"{base}_{n}"
        return candidate

    def pager(self, parts: list[tuple[str, str]]) -> Markup | None:
        """"Parts: January–June 1993 · July 1993 · …" between the pages one long list was split into, each (uri, label)
        named by what it holds (``parts.content_parts``; a number where nothing names it); ``None`` for one page."""
        if len(parts) < 2:
            return None
        steps = [el("strong", label) if uri == self.uri else self._step(uri, label) for uri, label in parts]
        return el("nav", "Parts: ", join(steps, " · "), class_="chronicle-pager", aria_label="Parts of this page")

    def _step(self, uri: str, label: str) -> Markup:
        """A pager's link to another part (``a``'s HTML), made once per rendering for its href and label (``Shared``): every part
        of a long list shows every other, and siblings' links read the same, so the parts of a list that grows with the
        corpus made their pagers' links anew in quadratic number."""
        href = self.href(uri)
        return self.fragment(("pager step", href, label), lambda: el("a", label, href=href))

    # --- quotes and footnotes -------------------------------------------------

    def quote(self, statement: Statement) -> Markup:
        """The sentence verbatim, in quotation marks, in its language, with its footnote reference.

        ``lang`` (declared or detected at ingest) lets fonts, hyphenation and
        screen readers treat the words as what they are; a quote in another
        language than the page's English also says so in a small tag a reader sees.
        """
        words, tag = self.quoted(statement)
        return words + self.cite(statement) + tag

    def quoted(self, statement: Statement) -> tuple[Markup, Markup]:
        """The quote's words and its language tag: what stands before and after its footnote reference."""
        language = statement.source.meta.language
        words = self.fragment(("quoted", statement.key), lambda: el("q", statement.text, class_="chronicle-quote", lang=language), (statement,))
        return words, language_tag(language)

    def fragment(self, key: Hashable, make: Callable[[], Markup], inputs: tuple | None = None) -> Markup:
        """``make()``, or the fragment another page of this rendering made under ``key`` (``Shared``); ``inputs``: everything
        it is made from that ``key`` does not hold, so that a serve rebuild may reuse it while they are the same objects."""
        return make() if self.shared is None else self.shared.get(key, make, inputs)

    def cite(self, statement: Statement) -> Markup:
        label = f"{statement.source.id}-{statement.sentence.id}"
        if label not in self._notes:
            self._notes[label] = (statement, 0)
        st, refs = self._notes[label]
        self._notes[label] = (st, refs + 1)
        number = list(self._notes).index(label) + 1 if refs else len(self._notes)
        ref_id = self.anchor(f"fnref:{label}" if not refs else f"fnref{refs + 1}:{label}")
        return self.kept_piece(("cite", label, number, ref_id), (), lambda page: filled(FOOTNOTE_REF, ref_id, label, str(number)))

    def footnotes(self) -> Markup:
        """The footnote list, as Python-Markdown's footnotes extension writes it."""
        if not self._notes:
            return Markup()
        items = []
        for number, (label, (st, refs)) in enumerate(self._notes.items(), 1):
            self.anchor(f"fn:{label}")
            items.append(self.kept_piece(("footnote", st.key, number, refs), (st,), lambda page: page._footnote(st, label, number, refs)))
        return el("div", el("hr"), el("ol", *items), class_="footnote")

    def _footnote(self, st: Statement, label: str, number: int, refs: int) -> Markup:
        """The footnote's list item: the source and sentence quoted, then a way back to each reference."""
        backrefs = join([filled(FOOTNOTE_BACKREF, "" if n == 1 else str(n), label, str(number)) for n in range(1, refs + 1)], " ")
        return filled(FOOTNOTE, label, self._definition(st), backrefs)

    def _definition(self, st: Statement) -> Markup:
        """The footnote's text: the source named as every footnote to it names it, the paragraph, a link to the
        sentence (from this page), then the original's link, as every footnote to the sentence has it (``Shared``)."""
        href = self.href(source_uri(st.source.id), st.sentence.id)

        def make() -> Markup:
            named = self.fragment(("cited source", st.source.id), lambda: _cited_source(st.source), (st.source,))
            original = self.fragment(("original", st.key), lambda: _original(st), (st,))
            return join((named, Markup(f", ¶ {st.paragraph.number}: "), el("a", "the sentence in its source", href=href), original))
        return self.fragment(("definition", st.key, href), make, (st,))

    def attribution(self, statement: Statement) -> Markup:
        """Who says it: the source's title, linked to its page (two sources may share a title), and its perspective."""
        href = self.href(source_uri(statement.source.id))
        return self.fragment(("attribution", statement.source.id, href), lambda: _attribution(statement, href), (statement.source,))

    def page(self, title: str, *parts: object, **kwargs) -> Page:
        """The finished page: ``parts`` in order (``None`` and empty parts left out), then the footnotes."""
        body = join([p for p in (*parts, self.footnotes()) if p], "\n")
        return Page(self.uri, title, body, tuple(self.toc), tuple(self.links), frozenset(self.anchors), **kwargs)


def _cited_source(source: Source) -> Markup:
    """How a footnote names its source: title, revision, publisher, date, and its language when not English."""
    meta = source.meta
    parts: list[object] = [el("em", source.title)]
    parts += [v for v in (meta.revision, meta.publisher, human_date(meta.published)) if v]
    if foreign(meta.language):
        parts.append(f"in {language_name(meta.language)}")
    return join(parts, ", ")


def _original(st: Statement) -> Markup:
    """The end of a footnote: the original's link, with a text fragment to the sentence when the URL pins a version."""
    original = external_url(st.source.meta.url)
    if not original:
        return Markup()
    if pins_version(original):
        return Markup(" · ") + el("a", "original", href=text_fragment(original, st.text))
    return Markup(" · ") + el("a", "live page", href=original) + Markup(" (it may differ from the text quoted)")


def _attribution(statement: Statement, href: str) -> Markup:
    """The source's title linked to its page (``href``), and its perspective."""
    meta = statement.source.meta
    who = el("em", el("a", statement.source.title, href=href))
    if meta.perspective:
        who += Markup(" (") + el("span", meta.perspective, class_="chronicle-perspective") + Markup(")")
    return who


def foreign(language: str | None) -> bool:
    """Is a source's language known and other than the site's English?"""
    return bool(language) and language.split("-")[0] not in ("en", "eng")


@lru_cache(maxsize=None)
def language_name(code: str) -> str:
    """'Russian' for ``ru``, 'Armenian' for ``hy``: ISO 639's English name, or the code when it has none."""
    found = pycountry.languages.get(alpha_2=code) if len(code) == 2 else pycountry.languages.get(alpha_3=code)
    return found.name if found is not None else code


@lru_cache(maxsize=None)
def language_tag(language: str | None) -> Markup:
    """'RU' beside a quote that is not in English, its language named in full for a pointer and a screen reader."""
    if not foreign(language):
        return Markup()
    return Markup(" ") + el("abbr", language.upper(), class_="chronicle-lang", lang="en", title=f"Quoted in {language_name(language)}")
