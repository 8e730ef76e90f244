"""Search: Pagefind indexes each built page's article, and the box in the header finds and narrows.

The index tests read the real site built for the session. The browser tests
(marked ``browser``) drive Debian's Chromium against that site on 127.0.0.1:
a district is found by any of its spellings, a filter narrows the results,
the keys Material's search answered to still open it, the dialog follows the
palette, and nothing leaves 127.0.0.1 or writes to the console.
Run: ``.venv/bin/python -m pytest tests/test_search.py -q``.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from playwright.sync_api import Page, expect

from browser_support import TIMEOUT_MS
from chronicle.search_canonical import _decode, _encode
from chronicle.search_index import BUNDLE_DIR, build_search_index
from conftest import ROOT, mkdocs_build, tiny_project

expect.set_options(timeout=TIMEOUT_MS)
browser_test = pytest.mark.browser
INDEXED = re.compile(r"<div data-pagefind-body>")
# (what a reader types, the heading of the district page it must find among the results the box lists)
SPELLINGS = [
    ("Fuzuli", "Fuzuli District"),
    ("Fizuli", "Fuzuli District"),  # Russian transliteration
    ("Füzuli", "Fuzuli District"),  # Azerbaijani: the diacritic is folded by Pagefind
    ("Физули", "Fuzuli District"),
    ("Karyagino", "Fuzuli District"),  # the imperial and Soviet name
    ("Agdam", "Aghdam District"),
    ("Ağdam", "Aghdam District"),
]
LISTED = 30  # the box lists this many results (max-results in the override)
FIRST_SCREEN = 5  # results the box shows before any scrolling, on the browser's default window


# ----------------------------------------------------------------------------- the index


def test_every_page_with_an_article_is_indexed_and_nothing_else(site):
    """Redirect stubs for other spellings and the 404 page carry no article, so they stay out."""
    html = {p: p.read_text(encoding="utf-8") for p in site.site.rglob("*.html") if BUNDLE_DIR not in p.parts}
    articles = [p for p, text in html.items() if INDEXED.search(text)]
    stubs = [p for p, text in html.items() if 'http-equiv="refresh"' in text]
    assert stubs and not set(stubs) & set(articles)
    assert site.site / "404.html" not in articles
    entry = json.loads((site.site / BUNDLE_DIR / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert sum(lang["page_count"] for lang in entry["languages"].values()) == len(articles)


def test_the_index_is_byte_identical_when_built_again(site, tmp_path):
    again = shutil.copytree(site.site, tmp_path / "site")
    index = build_search_index(again)
    assert _files(again / BUNDLE_DIR) == _files(site.site / BUNDLE_DIR)
    assert index.files == len(_files(again / BUNDLE_DIR)) and index.bytes == sum(map(len, _files(again / BUNDLE_DIR).values()))


# Pagefind's index files are CBOR; these values cover each length width and every type it writes.
CBOR_VALUES = [0, 23, 24, 255, 256, 65_535, 65_536, 2**32, "", "Füzuli", "x" * 300, [], [7, ["war", [1, 2, 300]]]]


@pytest.mark.parametrize("value", CBOR_VALUES)
def test_index_files_are_rewritten_exactly_as_read(value):
    raw = _encode(value)
    assert _decode(raw, 0) == (value, len(raw))


@pytest.mark.parametrize("raw", [bytes([0xA1, 0x01, 0x02]), bytes([0x41, 0x00]), bytes([0x1C])], ids=["map", "bytes", "reserved length"])
def test_index_files_holding_anything_else_are_refused(raw):
    with pytest.raises(ValueError):
        _decode(raw, 0)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_generated_pages_carry_their_filters_and_source_pages_their_title(site):
    """The plugin fills page.meta["search_filters"]; the theme turns each value into a filter span."""
    district = site.html(_page_headed(site, "districts", "Fuzuli District"))
    assert _filters(district)["district"], "a district page is filed under its district"
    source = site.data("sources.json")[0]
    page = site.html(source["page"])
    assert {"perspective", "language"} <= set(_filters(page))
    assert [m.get_text() for m in page.select('[data-pagefind-meta="source"]')] == [source["title"]]


def test_a_source_page_is_filed_under_the_wars_districts_and_years_of_the_pages_quoting_it(site):
    """Its quotes are indexed on it alone, so the filters of the pages that list them must find it."""
    district_url = _page_headed(site, "districts", "Fuzuli District")
    district = site.html(district_url)
    item = district.select_one("article ul.chronicle-statements li")
    source_url = _resolved(district_url, item.select_one("em a")["href"])
    filters = _filters(site.html(source_url))
    assert "Fuzuli District" in filters["district"]
    assert set(filters["war"]) & set(_filters(district)["war"])
    assert all(re.fullmatch(r"\d{4}", year) for year in filters["year"]) and filters["year"]


def _resolved(from_url: str, href: str) -> str:
    """A relative link on the page at ``from_url`` as a site-relative URL."""
    return urlsplit(urljoin(f"http://site/{from_url}", href)).path.lstrip("/")


def _filters(soup) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for span in soup.select("[data-pagefind-filter]"):
        found.setdefault(span["data-pagefind-filter"], []).append(span.get_text())
    return found


HOSTILE_VALUES = ["plain", "A & B", "<b>bold</b>", '"quoted" \'single\'', "</span><script>alert(1)</script>", "Füzuli / Физули"]


def test_filter_values_reach_the_page_as_text_whatever_they_hold(tmp_path):
    """MkDocs' Jinja does not autoescape: the override escapes each value, so markup stays text."""
    front = {"search_filters": {"war": HOSTILE_VALUES, "year": ["1993"]}}
    page = "---\n" + json.dumps(front, ensure_ascii=False) + "\n---\n# Filtered\n\nSome text.\n"
    built = _themed_build(tmp_path, {"filtered.md": page})
    soup = built.html("filtered/")
    assert _filters(soup) == {"war": HOSTILE_VALUES, "year": ["1993"]}
    assert not soup.select("article script, [data-pagefind-ignore] b")


def _themed_build(tmp_path: Path, docs: dict[str, str]):
    """A tiny project with this repository's theme override and hand-written pages in docs/."""
    project = tiny_project(tmp_path, {})
    for name, text in docs.items():
        (project / "docs" / name).write_text(text, encoding="utf-8")
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    config = config.replace("  name: material\n", f"  name: material\n  custom_dir: {ROOT / 'overrides'}\n")
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")
    built = mkdocs_build(project, project / "site")
    assert built.returncode == 0, built.log
    return built


def _page_headed(site, folder: str, heading: str) -> str:
    """A page's URL found by its heading, as a reader knows it, rather than by its slug."""
    for path in sorted(site.site.glob(f"{folder}/*/index.html")):
        url = path.parent.relative_to(site.site).as_posix() + "/"
        h1 = site.html(url).select_one("article h1")
        if h1 and h1.get_text(" ", strip=True).startswith(heading):
            return url
    raise AssertionError(f"no page under {folder}/ is headed {heading!r}")


# ----------------------------------------------------------------------------- in the browser


def _open(page: Page, base_url: str, url: str = "") -> None:
    response = page.goto(urljoin(base_url, url), wait_until="load")
    assert response is not None and response.ok, url
    # The header's search button exists once Pagefind's UI script has run.
    expect(page.locator(".md-header pagefind-modal-trigger button")).to_be_visible()


def _search(page: Page, query: str) -> int:
    """Open search from the header, type ``query``, return the number of results it reports."""
    page.locator(".md-header pagefind-modal-trigger button").click()
    box = page.locator("pagefind-modal input")
    expect(box).to_be_focused()
    box.fill(query)
    return _result_count(page, query)


def _result_count(page: Page, query: str, expected: int | None = None) -> int:
    """The count in the summary line once the results for ``query`` (``expected`` of them, if given) are in."""
    number = r"\d+" if expected is None else str(expected)
    summary = page.locator("pagefind-summary")
    expect(summary).to_have_text(re.compile(rf"^\s*{number} results? for {re.escape(query)}"))
    return int(re.match(r"\s*(\d+)", summary.inner_text()).group(1))


def _result_paths(page: Page, count: int) -> list[str]:
    """Site-relative paths of the results shown, in order, for a search that reported ``count`` of them, once the
    first screen's are in: the box loads each result's page data as it scrolls into view, one by one."""
    links = page.locator("pagefind-results a.pf-result-link")
    expect(links.nth(min(count, FIRST_SCREEN) - 1)).to_be_visible()
    return [href.lstrip("/") for href in links.evaluate_all("as => as.map(a => a.getAttribute('href'))")]


@browser_test
@pytest.mark.parametrize(("query", "heading"), SPELLINGS)
def test_a_district_is_found_by_any_of_its_spellings(page, watch, base_url, site, query, heading):
    district = _page_headed(site, "districts", heading)
    _open(page, base_url)
    count = _search(page, query)
    assert count > 0
    assert district in _result_paths(page, count), f"{heading} not among the {LISTED} results listed for {query!r}"
    watch.assert_clean()


@browser_test
def test_a_quote_is_found_on_its_source_page_not_on_the_pages_that_list_it(page, watch, base_url, site):
    """Each sentence is indexed once: district, date and war pages are found by their titles and headings."""
    district_url = _page_headed(site, "districts", "Fuzuli District")
    item = site.html(district_url).select_one("article ul.chronicle-statements li")
    query = item.select_one("q.chronicle-quote").get_text(" ", strip=True)
    _open(page, base_url)
    found = _result_paths(page, _search(page, query))
    assert _resolved(district_url, item.select_one("em a")["href"]) in found
    assert not [path for path in found if path.startswith(("districts/", "dates/", "wars/"))], found
    watch.assert_clean()


@browser_test
@pytest.mark.parametrize("name", ["war", "perspective"])
def test_a_filter_narrows_the_results_to_pages_filed_under_it(page, watch, base_url, site, name):
    _open(page, base_url)
    _narrow_by_filter(page, site, name)
    watch.assert_clean()


def _narrow_by_filter(page: Page, site, name: str) -> None:
    """Search "Fuzuli", pick the value of filter ``name`` that holds the fewest results: the results narrow, and
    each is filed under that value."""
    total = _search(page, "Fuzuli")
    dropdown = page.locator(f"pagefind-filter-dropdown[filter={name}]")
    dropdown.locator("button.pf-dropdown-trigger").click()
    options = dropdown.locator("[role=option]")
    expect(options.first).to_be_visible()
    counts = _settled_counts(page, options)
    pick = min(range(len(counts)), key=counts.__getitem__)
    assert counts[pick] < total, f"no {name} value narrows {total} results: {counts}"
    value = options.nth(pick).get_attribute("data-value")
    options.nth(pick).click()

    # The dropdown's count is the UI's own tally (under load it was once seen doubled); what matters is
    # that the results narrow and that each is filed under the value.
    expect(page.locator("pagefind-summary")).not_to_have_text(re.compile(rf"^\s*{total} results? for Fuzuli"))
    narrowed = _result_count(page, "Fuzuli")
    assert 0 < narrowed < total
    for path in _result_paths(page, narrowed):
        assert value in _filters(site.html(path)).get(name, []), f"{path} is not filed under {name}={value}"


def _settled_counts(page: Page, options) -> list[int]:
    """The dropdown's per-value counts once two readings agree (the UI may still be counting the last query)."""
    previous = None
    for _ in range(40):
        counts = [int(c) for c in options.locator(".pf-dropdown-option-count").all_inner_texts()]
        if counts == previous:
            return counts
        previous = counts
        page.wait_for_timeout(250)
    return previous


@browser_test
@pytest.mark.parametrize("key", ["/", "s"])
def test_slash_or_s_puts_the_cursor_in_the_search_box(page, watch, base_url, key):
    _open(page, base_url, "districts/")
    page.keyboard.press(key)
    box = page.locator("pagefind-modal input")
    expect(box).to_be_focused()
    expect(box).to_have_value("")  # the key opened search; it was not typed into it
    watch.assert_clean()


@browser_test
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_search_dialog_takes_the_palettes_colours(page, watch, base_url, scheme):
    page.emulate_media(color_scheme=scheme)
    _open(page, base_url)
    _search(page, "Fuzuli")
    expect(page.locator("pagefind-results a.pf-result-link").first).to_be_visible()
    colours = page.evaluate("""() => {
        const style = selector => getComputedStyle(document.querySelector(selector));
        return {dialog: style('dialog.pf-modal').backgroundColor, page: style('body').backgroundColor,
                title: style('dialog.pf-modal .pf-result-link').color, text: style('body').color};
    }""")
    assert (colours["dialog"], colours["title"]) == (colours["page"], colours["text"]), colours
    watch.assert_clean()


@browser_test
def test_the_list_stops_at_its_length_while_the_summary_counts_every_result(page, watch, base_url):
    """Drawing every result of a common word took seconds at 1,000 sources; the filters narrow the rest."""
    _open(page, base_url)
    total = _search(page, "Fuzuli")
    assert total > LISTED, "the corpus no longer has a word common enough to show the cut"
    expect(page.locator("pagefind-results li.pf-result")).to_have_count(LISTED)
    watch.assert_clean()
