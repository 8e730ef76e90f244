"""Full-text search: Pagefind indexes the site after MkDocs has written it.

Why Pagefind rather than Material's lunr search: lunr ships one JSON index of
every page to every reader and its build-time parser is quadratic in a page's
elements, while Pagefind splits the index into fragments fetched per query,
so both the build and the reader's download stay small as the corpus grows.

Pagefind reads the HTML, so it runs last, over the finished site directory.
Its process holds every word it indexes until the bundle is written, and at
10,000 sources that peaked at 4.6-4.9 GB: so a big site is indexed in parts
(``Cut``), two Pagefind processes at a time, each taking pages in path
order up to ``BUNDLE_BUDGET`` bytes of indexed article and ``BUNDLE_PAGES``
pages (at 10,000 sources: 9 parts, the largest process 1.35 GB instead of
one of 4.7 GB). Both are proxies: 6,800 source pages of 114 MB took 3.0 GB,
815 event pages of 128 MB 1.4 GB, 1,684 date pages of 124 MB 0.14 GB; what
Pagefind spends per page is not in its bytes. The first part is written to ``pagefind/`` (the UI the pages load is its own), the
others to ``pagefind/part<n>/``, and the search box merges them in the browser
with Pagefind's ``mergeIndex`` (``merge_snippet``): one result list and one
set of filter counts over all parts (each part scores its pages by its own
word statistics, and the lists are merged by score). A site within the budget
(1,000 sources: 76 MB) is one part, indexed exactly as before.
What it indexes is decided in the HTML itself: the theme override marks the
article with ``data-pagefind-body`` (pages without it, such as redirect stubs,
are skipped) and emits ``data-pagefind-filter`` spans from
``page.meta["search_filters"]``. Chrome that would only add noise inside the
article is left out here, by CSS selector. Pagefind reads copies of the pages
without the elements it would ignore (``weighed``): the same index, from half the bytes.

Languages: every page is ``<html lang="en">`` (quotes in Russian,
Azerbaijani or Armenian carry their own ``lang`` inside it), so Pagefind
builds one index, with English stemming, and a word in another script is
indexed whole: "освобождена", "Ստեփանակերտ" and "Füzuli" (diacritics folded)
find their pages, but another inflection of the word does not. Giving the
pages of foreign sources their own ``<html lang>`` would not help: Pagefind
splits its index by that attribute and a search box reads only the index of
its own page's language, so a reader on an English page would no longer find
them (tests/test_languages_site.py).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pagefind_bin

from chronicle.search_canonical import canonicalise

BUNDLE_DIR = "pagefind"  # the UI finds its index beside its own script, so the name is free
BUNDLE_BUDGET = 128 * 2**20  # indexed article bytes per Pagefind process (see the module's docstring)
BUNDLE_PAGES = 3_000  # and pages: a source page costs Pagefind about 0.44 MB whatever its bytes
BODY_MARK = b"<div data-pagefind-body>"  # the theme override's wrapper around the article (overrides/main.html)
STAGING_DIR = ".pagefind-part"  # where a part's pages are linked while Pagefind reads them (+ its number)
PARALLEL_PARTS = 2  # Pagefind processes at once: one alone leaves a core idle while it writes its bundle
UI_SCRIPT = "pagefind-component-ui.js"  # the script every page loads; the merge list is appended to the first part's
IGNORED = (
    "[data-search-exclude]",  # what the pages already keep out of search (the district map)
    ".footnote",  # each note repeats a source title and a link label: every page would match them
    ".chronicle-crumbs, .chronicle-steps, .chronicle-related",  # links onward: titles of other pages
    ".headerlink",  # the pilcrow after each heading
    ".md-content__button",  # "edit this page"
)
IGNORE_MARK = b" data-pagefind-ignore"  # the attribute, as the templates and the renderer write it
PAGEFIND_ATTRIBUTE = b" data-pagefind-"  # any of Pagefind's attributes (filters and meta are read inside ignored elements)
TAG_NAME = re.compile(rb"\w+")
# What ``IGNORED`` leaves out that lean copies leave out too: the footnotes, as the pages write them (a quarter of the site's
# HTML; the other selectors match a few bytes a page, or lines inside the ignored lists).
FOOTNOTES_MARK = b' class="footnote"'


class SearchIndexError(RuntimeError):
    """Pagefind failed; the message carries its own report."""


@dataclass(frozen=True)
class SearchIndex:
    bundle: Path  # the folder the UI and the first part of the index were written to
    files: int  # over every part
    bytes: int
    parts: int


def build_search_index(site_dir: Path, budget: int = BUNDLE_BUDGET, most_pages: int = BUNDLE_PAGES) -> SearchIndex:
    """Index ``site_dir`` in place, in parts of at most ``budget`` indexed bytes, and return where the bundle went.

    Every page is told to ``IndexWhileWriting`` in path order, as if MkDocs were writing it: each is read, weighed
    and staged once, by the one mechanism a build uses. The previous bundle is removed first: Pagefind names
    fragments by content hash and never deletes, so a rebuild into the same folder (``mkdocs serve``, ``--dirty``)
    would otherwise accumulate stale fragments. Each part is then made byte-stable (see ``search_canonical``).
    """
    indexing = IndexWhileWriting(site_dir, budget, most_pages)
    try:
        return indexing.finish()
    except BaseException:
        indexing.abandon()
        raise


def _merged(bundle: Path, parts: int) -> SearchIndex:
    """Parts written: the first part's script merges the others."""
    with (bundle / UI_SCRIPT).open("a", encoding="utf-8") as script:
        script.write(merge_snippet([part_name(n) for n in range(1, parts)]))
    return _summary(bundle, parts)


def _summary(bundle: Path, parts: int) -> SearchIndex:
    files = [p for p in bundle.rglob("*") if p.is_file()]
    return SearchIndex(bundle, len(files), sum(p.stat().st_size for p in files), parts)


class SearchIndexing:
    """When the plugin indexes, and how. ``mkdocs build`` indexes every build, part by part while MkDocs writes
    its pages (``IndexWhileWriting``); ``mkdocs serve`` indexes once, after its first build: an index costs seconds
    per thousand pages, and an edit should show at once."""

    def __init__(self, every_build: bool) -> None:
        self.every_build = every_build
        self.done = False  # has a build indexed?
        self._writing: IndexWhileWriting | None = None

    def begin(self, site_dir: Path) -> None:
        """MkDocs is about to write pages into ``site_dir``."""
        self._writing = IndexWhileWriting(site_dir) if self.every_build else None

    def written(self, path: str, html: str) -> None:
        if self._writing is not None:
            self._writing.written(path, html)

    def end(self, site_dir: Path) -> None:
        """Every page is written: index what is left to index, if this build indexes."""
        writing, self._writing = self._writing, None
        if writing is not None:
            writing.finish()
        elif self.every_build or not self.done:
            build_search_index(site_dir)
        self.done = True

    def abandon(self) -> None:
        """The build failed (see ``IndexWhileWriting.abandon``)."""
        writing, self._writing = self._writing, None
        if writing is not None:
            writing.abandon()


def part_name(n: int) -> str:
    """The folder, under the first part's, of the ``n``-th part (1 and up)."""
    return f"part{n}"


def weighed(html: bytes) -> tuple[bytes, int]:
    """The page as Pagefind is given it, and how much of it Pagefind indexes, in one pass over its ignored elements.

    The lean copy leaves out the article's elements marked ``data-pagefind-ignore`` and the footnotes Pagefind
    leaves out by their class (``IGNORED``), unless they hold what Pagefind reads even there (a filter, a meta
    value: any other ``data-pagefind-`` attribute). Why: Pagefind parses every byte of a page, ignored or not, and
    the quote lists of district, date and war pages are half the site's HTML, the footnotes a quarter (1,000
    sources: 187 MB of pages, 55 MB of them lean). What it indexes is unchanged: the bundle is byte for byte the one
    the whole pages give (tests/test_search_parts.py). A page without an article is given as it is.

    The weight is the article without the elements marked ``data-pagefind-ignore`` (the footnotes still count, as
    they always have: the parts of a big site stay as they were); 0 for a page without an article (a redirect stub),
    which Pagefind skips. It is the measure of a part's memory. Plain byte searches, no parser and no decoding:
    every page of the site is weighed (2 GB at 10,000 sources)."""
    start, end = html.find(BODY_MARK), html.rfind(b"</article>")
    if not 0 <= start < end:
        return html, 0
    ignored = _elements(html, IGNORE_MARK, start, end)
    size = end - start - sum(stop - begin for begin, stop in ignored)
    kept, at = [], 0
    for begin, stop in sorted(ignored + _elements(html, FOOTNOTES_MARK, start, end)):
        if begin >= at and html.count(PAGEFIND_ATTRIBUTE, begin, stop) == html.count(IGNORE_MARK, begin, stop):
            kept.append(html[at:begin])
            at = stop
    return (b"".join(kept) + html[at:] if kept else html), size


def _elements(html: bytes, attribute: bytes, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) offsets of each outermost element between ``start`` and ``end`` whose opening tag holds ``attribute``
    (elements inside one found are not looked for)."""
    spans, at, search = [], start, start
    while (mark := html.find(attribute, search, end)) >= 0:
        search = mark + len(attribute)
        tag_start = html.rfind(b"<", at, mark)
        tag = TAG_NAME.match(html, tag_start + 1) if tag_start >= 0 and html.find(b">", tag_start, mark) < 0 else None
        if tag is not None:  # else the words, not inside a tag: nothing is ignored there
            at = search = _closing(html, tag.group(), mark, end)
            spans.append((tag_start, at))
    return spans


def _closing(html: bytes, tag: bytes, at: int, end: int) -> int:
    """The offset after the tag that closes the ``tag`` element opened just before ``at`` (``end`` if none does)."""
    depth, opening, closing = 1, re.compile(rb"<" + tag + rb"\b"), b"</" + tag + b">"
    while depth:
        close = html.find(closing, at, end)
        if close < 0:
            return end
        depth += len(opening.findall(html, at, close)) - 1
        at = close + len(closing)
    return at


class Cut:
    """The part being filled, and the rule that closes it: pages are weighed one by one, as MkDocs writes them or,
    for a site already written, in path order (``IndexWhileWriting``)."""

    def __init__(self, budget: int, most_pages: int) -> None:
        self.budget, self.most_pages = budget, most_pages
        self.pages: list[str] = []
        self.total = 0

    def add(self, path: str, size: int) -> list[str] | None:
        """Put the page in the part, or in a new one: then return the part it closed."""
        if not size:
            return None
        closed = None
        if self.pages and (self.total + size > self.budget or len(self.pages) >= self.most_pages):
            closed, self.pages, self.total = self.pages, [], 0
        self.pages.append(path)
        self.total += size
        return closed


class IndexWhileWriting:
    """A big site's parts indexed while MkDocs still writes its pages (``mkdocs build``).

    Why: MkDocs writes pages in one process, on one core (at 10,000 sources
    a minute of CPU), and the parts waited for the last page; the second core
    idled. Here each page is weighed as MkDocs is about to write it
    (``written``, from ``on_post_page``), in the order it writes them, and a
    part closed by a page is started at once: its own pages are on disk. One
    Pagefind process runs beside MkDocs; after the last page (``finish``) the
    pages MkDocs wrote without a page event (its theme's 404.html) are weighed,
    and the remaining parts run two at a time. The parts follow the writing
    order (hand-written pages first, then the generated ones by path), not the
    path order: what a part holds is a proxy for Pagefind's memory in either
    order. A site that fills one part starts nothing early and is indexed whole.
    A site already written (``build_search_index``) is told page by page in path
    order, through ``finish`` alone.
    """

    def __init__(self, site_dir: Path, budget: int = BUNDLE_BUDGET, most_pages: int = BUNDLE_PAGES) -> None:
        self.site_dir = site_dir
        self._cut = Cut(budget, most_pages)
        self._seen: set[str] = set()
        self.started = 0  # parts started
        self._slots = threading.Semaphore(1)  # Pagefind processes at once: one beside MkDocs while it writes
        self._pool = ThreadPoolExecutor(PARALLEL_PARTS)
        self._runs: list[Future] = []
        for stale in site_dir.glob(f"{STAGING_DIR}*"):  # a failed build's copies: they would be indexed again
            shutil.rmtree(stale, ignore_errors=True)

    def written(self, path: str, html: str) -> None:
        """MkDocs is about to write ``html`` at ``path`` (relative to the site): every page before it is on disk."""
        self._seen.add(path)
        self._add(path, html.encode("utf-8", errors="xmlcharrefreplace"))

    def finish(self) -> SearchIndex:
        """After the last page: the rest of the parts, two Pagefind processes at a time; the parts merged."""
        for path in _site_pages(self.site_dir):
            if path not in self._seen:
                self._add(path, (self.site_dir / path).read_bytes())
        if not self.started:  # one part: every page of the site is staged, as its command line would find them
            self._pool.shutdown()
            bundle = self.site_dir / BUNDLE_DIR
            shutil.rmtree(bundle, ignore_errors=True)
            _indexed(self._staging(0), bundle)
            return _summary(bundle, 1)
        if self._cut.pages:
            self._start(self._cut.pages)
        else:  # the last pages had nothing to index
            shutil.rmtree(self._staging(self.started), ignore_errors=True)
        self._slots.release()  # the pages are written: a second process takes the core MkDocs used
        try:
            for run in self._runs:
                run.result()  # a failed part raises here
        finally:
            self._pool.shutdown(cancel_futures=True)
        return _merged(self.site_dir / BUNDLE_DIR, self.started)

    def abandon(self) -> None:
        """The build failed: start no other part, and wait for those running; the staging folders go."""
        self._pool.shutdown(cancel_futures=True)
        for n in range(self.started + 1):
            shutil.rmtree(self._staging(n), ignore_errors=True)

    def _add(self, path: str, html: bytes) -> None:
        """Weigh the page, start the part it closes, and stage its lean copy in the part that takes it (the open one).

        A page with nothing to index (a redirect stub, the 404 page) is staged too, as it is: Pagefind skips a page
        without an article once any page has one, as it does over the whole site."""
        lean, size = weighed(html)
        if closed := self._cut.add(path, size):
            self._start(closed)
        _stage(self._staging(self.started), path, lean)

    def _staging(self, n: int) -> Path:
        return self.site_dir / f"{STAGING_DIR}{n}"

    def _start(self, pages: list[str]) -> None:
        """Index the open part (its pages are staged); the next page opens another."""
        n, self.started = self.started, self.started + 1
        bundle = self.site_dir / BUNDLE_DIR
        if not n:
            shutil.rmtree(bundle, ignore_errors=True)
        self._runs.append(self._pool.submit(self._run, bundle / part_name(n) if n else bundle, n))

    def _run(self, out: Path, n: int) -> None:
        with self._slots:
            _indexed(self._staging(n), out)


def merge_snippet(names: list[str]) -> str:
    """JavaScript appended to the first part's UI script: the search box's instance merges the other parts,
    found beside it (their folders under its own), before it loads on the reader's first search."""
    merged = json.dumps([f"{name}/" for name in names])
    return ("\n;(function () {\n"
            "  // chronicle/search_index.py: the index is written in parts; search them as one\n"
            '  var instance = window.PagefindComponents.getInstanceManager().getInstance("default");\n'
            f"  {merged}.forEach(function (name) {{\n"
            "    instance.options.mergeIndex.push({ bundlePath: instance.options.bundlePath + name });\n"
            "  });\n"
            "})();\n")


def _site_pages(site_dir: Path) -> list[str]:
    """Every page of the site (site-relative paths, sorted); the bundle and the parts' staging folders are not pages.

    Those folders are left unentered, not filtered after: a part's Pagefind run may be deleting its staging
    folder while the site is walked."""
    pages = []
    for folder, subfolders, files in os.walk(site_dir):
        if folder == str(site_dir):
            subfolders[:] = [name for name in subfolders if name != BUNDLE_DIR and not name.startswith(STAGING_DIR)]
        rel = Path(folder).relative_to(site_dir)
        pages += [(rel / name).as_posix() for name in files if name.endswith(".html")]
    return sorted(pages)


def _stage(staging: Path, page: str, html: bytes) -> None:
    """A page's copy, under its own path, in the folder a Pagefind process will read."""
    copy = staging / page
    copy.parent.mkdir(parents=True, exist_ok=True)
    copy.write_bytes(html)


def _indexed(staging: Path, out: Path) -> None:
    """Pagefind over the staged pages, into ``out``; the staged copies go."""
    try:
        _run([*_command(staging), "--output-path", str(out)])
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    canonicalise(out)


def _run(command: list[str]) -> None:
    proc = subprocess.run(command, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SearchIndexError(f"pagefind exited with {proc.returncode}:\n{proc.stdout}{proc.stderr}")


def _command(site_dir: Path) -> list[str]:
    exclusions = [arg for selector in IGNORED for arg in ("--exclude-selectors", selector)]
    return [str(pagefind_bin.get_executable()), "--site", str(site_dir), "--silent", *exclusions]
