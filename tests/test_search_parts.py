"""Search in parts: a big site is indexed by several Pagefind processes in turn, merged again in the browser.

Pagefind holds every word it indexes until it writes its bundle (4.6-4.9 GB at
10,000 sources), so ``build_search_index`` cuts the pages, in path order, into
parts of a bounded number of indexed bytes. These tests say how pages are
weighed and cut, that every indexed page lands in exactly one part, and, in
Chromium, that the merged parts answer a query as the one-part index of the
same site does: the same number of results, a district found by its
spellings, a filter that narrows. The session's site (one part) is copied and
indexed again with a budget small enough to give several.
Run: ``.venv/bin/python -m pytest tests/test_search_parts.py -q``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import Page

from browser_support import SiteServer
from chronicle.search_canonical import canonicalise
from chronicle.search_index import (BUNDLE_DIR, STAGING_DIR, UI_SCRIPT, Cut, IndexWhileWriting, _command, _run, _site_pages,
                                   build_search_index, part_name, weighed)
from test_search import INDEXED, _files, _narrow_by_filter, _open, _page_headed, _result_paths, _search

ARTICLE = "<html><body><nav>menu</nav><article><div data-pagefind-body>{}</div></article></body></html>"
# (page, bytes Pagefind indexes of it: the article's inner HTML up to </article>, less what is marked ignored)
WEIGHED = [
    ("<html><head><meta http-equiv=\"refresh\"></head></html>", 0),  # a redirect stub: no article
    (ARTICLE.format("<p>words</p>"), len("<div data-pagefind-body><p>words</p></div>")),
    (ARTICLE.format("<p>a</p><ul data-pagefind-ignore><li>quote</li></ul>"), len("<div data-pagefind-body><p>a</p></div>")),
    # a list inside the ignored one: the ignored element ends at its own closing tag, not at the inner list's
    (ARTICLE.format("<ul class=\"x\" data-pagefind-ignore><li><ul><li>q</li></ul></li></ul><p>b</p>"),
     len("<div data-pagefind-body><p>b</p></div>")),
    (ARTICLE.format("<div hidden data-pagefind-ignore=\"all\"><span>f</span></div><h2>h</h2>"),
     len("<div data-pagefind-body><h2>h</h2></div>")),
    # the attribute's name written as text, in a quote: indexed like any words
    (ARTICLE.format("<p>a data-pagefind-ignore b</p>"), len("<div data-pagefind-body><p>a data-pagefind-ignore b</p></div>")),
]


@pytest.mark.parametrize(("html", "size"), WEIGHED)
def test_a_page_weighs_what_pagefind_indexes_of_it(html, size):
    assert weighed(html.encode())[1] == size


# (page, what Pagefind is given of it): ignored elements left out unless they hold a filter or a meta value
LEAN = [
    ("<html><head><meta http-equiv=\"refresh\"></head></html>", "<html><head><meta http-equiv=\"refresh\"></head></html>"),  # no article
    (ARTICLE.format("<p>words</p>"), ARTICLE.format("<p>words</p>")),
    (ARTICLE.format("<p>a</p><ul data-pagefind-ignore><li>quote</li></ul><p>b</p>"), ARTICLE.format("<p>a</p><p>b</p>")),
    (ARTICLE.format("<ul data-pagefind-ignore><li><ul><li>q</li></ul></li></ul>x"), ARTICLE.format("x")),  # to its own closing tag
    (ARTICLE.format("<div hidden data-pagefind-ignore><span data-pagefind-filter=\"war\">W</span></div>"),  # a filter: kept
     ARTICLE.format("<div hidden data-pagefind-ignore><span data-pagefind-filter=\"war\">W</span></div>")),
    (ARTICLE.format("<div data-pagefind-ignore><b data-pagefind-meta=\"source\">S</b></div><ul data-pagefind-ignore><li>q</li></ul>"),
     ARTICLE.format("<div data-pagefind-ignore><b data-pagefind-meta=\"source\">S</b></div>")),
    (ARTICLE.format("<p>a data-pagefind-ignore b</p>"), ARTICLE.format("<p>a data-pagefind-ignore b</p>")),  # words, not a tag
    # the footnotes, which Pagefind leaves out by their class, go too; what other selectors match stays (a few bytes)
    (ARTICLE.format("<h2>h<a class=\"headerlink\" href=\"#h\">¶</a></h2><div class=\"footnote\"><ol><li>n</li></ol></div>"),
     ARTICLE.format("<h2>h<a class=\"headerlink\" href=\"#h\">¶</a></h2>")),
    # outside the article nothing is indexed, and nothing is cut
    ("<nav data-pagefind-ignore>menu</nav>" + ARTICLE.format("<p>w</p>"), "<nav data-pagefind-ignore>menu</nav>" + ARTICLE.format("<p>w</p>")),
]


@pytest.mark.parametrize(("html", "lean"), LEAN)
def test_pagefind_is_given_a_page_without_what_it_would_ignore(html, lean):
    assert weighed(html.encode())[0] == lean.encode()


# (pages as (path, indexed bytes), budget, the parts), at most 3 pages a part
CUTS = [
    ([("b", 3), ("a", 3)], 10, [["a", "b"]]),  # within the budget: one part, in path order
    ([("a", 6), ("b", 5), ("c", 4)], 10, [["a"], ["b", "c"]]),
    ([("a", 25), ("b", 1)], 10, [["a"], ["b"]]),  # a page over the budget is a part of its own
    ([("a", 5), ("stub", 0), ("b", 5)], 10, [["a", "b"]]),  # nothing indexed: left out
    ([("stub", 0)], 10, []),
    ([("a", 1), ("b", 1), ("c", 1), ("d", 1)], 10, [["a", "b", "c"], ["d"]]),  # small pages, but many
]


@pytest.mark.parametrize(("pages", "budget", "parts"), CUTS)
def test_pages_are_cut_into_parts_in_path_order_within_the_budget(pages, budget, parts):
    cut = Cut(budget, most_pages=3)
    closed = [part for path, size in sorted(pages) if (part := cut.add(path, size))]  # a written site is told in path order
    assert closed + ([cut.pages] if cut.pages else []) == parts


# ----------------------------------------------------------------------------- a site in parts


@pytest.fixture(scope="module")
def split(site, tmp_path_factory) -> Path:
    """The session's site indexed again in four parts or more."""
    copy = shutil.copytree(site.site, tmp_path_factory.mktemp("split") / "site")
    total = sum(weighed(p.read_bytes())[1] for p in copy.rglob("*.html") if BUNDLE_DIR not in p.parts)
    index = build_search_index(copy, budget=total // 4)
    assert index.parts >= 4
    return copy


def _entries(bundle: Path) -> list[dict]:
    folders = [bundle, *sorted(p.parent for p in bundle.glob("part*/pagefind-entry.json"))]
    return [json.loads((folder / "pagefind-entry.json").read_text(encoding="utf-8")) for folder in folders]


def test_every_page_with_an_article_is_in_exactly_one_part(site, split):
    articles = [p for p in split.rglob("*.html") if BUNDLE_DIR not in p.parts and INDEXED.search(p.read_text(encoding="utf-8"))]
    counts = [sum(lang["page_count"] for lang in entry["languages"].values()) for entry in _entries(split / BUNDLE_DIR)]
    assert len(counts) >= 4 and all(counts) and sum(counts) == len(articles)


def test_the_first_parts_script_merges_every_other_part(split):
    script = (split / BUNDLE_DIR / UI_SCRIPT).read_text(encoding="utf-8")
    merged = json.loads(re.search(r"(\[[^\]]*\])\.forEach", script).group(1))
    folders = sorted(p.parent.name + "/" for p in (split / BUNDLE_DIR).glob("part*/pagefind-entry.json"))
    assert merged == [part_name(n) + "/" for n in range(1, len(folders) + 1)] and sorted(merged) == folders


def test_a_site_in_parts_is_indexed_byte_for_byte_again(split, tmp_path):
    again = shutil.copytree(split, tmp_path / "site")
    budget = sum(weighed(p.read_bytes())[1] for p in again.rglob("*.html") if BUNDLE_DIR not in p.parts) // 4
    build_search_index(again, budget=budget)
    assert _files(again / BUNDLE_DIR) == _files(split / BUNDLE_DIR)


def test_the_index_of_the_lean_pages_is_the_index_of_the_pages_as_written(site, tmp_path):
    """Pagefind run over the written pages themselves, as its command line finds them, writes the very bundle."""
    copy = shutil.copytree(site.site, tmp_path / "site", ignore=shutil.ignore_patterns(BUNDLE_DIR))
    _run([*_command(copy), "--output-path", str(tmp_path / "whole")])
    canonicalise(tmp_path / "whole")
    assert _files(tmp_path / "whole") == _files(site.site / BUNDLE_DIR)


# ----------------------------------------------------------------------------- parts indexed while MkDocs writes


def _budget(site: Path) -> int:
    """A quarter of what the site indexes: four parts or more (as ``split``)."""
    return sum(weighed(p.read_bytes())[1] for p in site.rglob("*.html") if BUNDLE_DIR not in p.parts) // 4


def _told(site: Path, budget: int, untold: str = "") -> IndexWhileWriting:
    """Every page told to the index in path order, as MkDocs tells the plugin before writing it, but those under ``untold``."""
    index = IndexWhileWriting(site, budget=budget)
    for rel in sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html") if BUNDLE_DIR not in p.parts):
        if not (untold and rel.startswith(untold)):
            index.written(rel, (site / rel).read_text(encoding="utf-8"))
    return index


def test_parts_started_while_pages_are_written_are_the_parts_made_after(split, tmp_path):
    copy = shutil.copytree(split, tmp_path / "site")
    index = _told(copy, _budget(copy))
    assert index.started >= 3  # every part but the last began before the last page was told
    index.finish()
    assert _files(copy / BUNDLE_DIR) == _files(split / BUNDLE_DIR)


def test_the_site_is_walked_without_entering_a_parts_staging_folder(tmp_path, monkeypatch):
    """A part's Pagefind run deletes its staging folder when it ends, maybe while ``finish`` walks the site."""
    for page in ["index.html", "dates/2020/index.html", f"{STAGING_DIR}0/dates/2020/index.html", f"{BUNDLE_DIR}/x/index.html"]:
        (tmp_path / page).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / page).write_text("<html></html>", encoding="utf-8")
    entered = []
    scandir = os.scandir
    monkeypatch.setattr(os, "scandir", lambda path: entered.append(Path(path)) or scandir(path))
    assert _site_pages(tmp_path) == ["dates/2020/index.html", "index.html"]
    assert sorted(p.relative_to(tmp_path).as_posix() for p in entered) == [".", "dates", "dates/2020"]


def test_pages_written_without_a_page_event_are_indexed_too(split, tmp_path):
    copy = shutil.copytree(split, tmp_path / "site")
    index = _told(copy, _budget(copy), untold="districts/")
    index.finish()
    articles = [p for p in copy.rglob("*.html") if BUNDLE_DIR not in p.parts and INDEXED.search(p.read_text(encoding="utf-8"))]
    counts = [sum(lang["page_count"] for lang in entry["languages"].values()) for entry in _entries(copy / BUNDLE_DIR)]
    assert any(p.parts[-3] == "districts" for p in articles) and sum(counts) == len(articles)


def test_a_site_within_one_part_starts_nothing_early_and_is_indexed_whole(site, tmp_path):
    copy = shutil.copytree(site.site, tmp_path / "site")
    index = _told(copy, budget=10 * _budget(copy))
    assert index.started == 0
    summary = index.finish()
    assert summary.parts == 1 and _files(copy / BUNDLE_DIR) == _files(site.site / BUNDLE_DIR)


# ----------------------------------------------------------------------------- in the browser


@pytest.fixture(scope="module")
def split_url(split) -> str:
    with SiteServer(split) as server:
        yield server.base_url


@pytest.mark.browser
@pytest.mark.parametrize("query", ["Fuzuli", "Agdam", "ceasefire"])
def test_the_parts_find_what_the_whole_index_finds(page: Page, watch, base_url, split_url, query):
    _open(page, base_url)
    whole = _search(page, query)
    _open(page, split_url)
    assert _search(page, query) == whole > 0
    watch.assert_clean()


@pytest.mark.browser
@pytest.mark.parametrize("query", ["Fizuli", "Физули"])
def test_a_district_is_found_by_its_spellings_across_parts(page: Page, watch, site, split_url, query):
    district = _page_headed(site, "districts", "Fuzuli District")
    _open(page, split_url)
    assert district in _result_paths(page, _search(page, query))
    watch.assert_clean()


@pytest.mark.browser
def test_a_filter_narrows_the_results_of_every_part(page: Page, watch, site, split_url):
    _open(page, split_url)
    _narrow_by_filter(page, site, "perspective")
    watch.assert_clean()
