"""The built site in a real Chromium, as a reader uses it: follow a footnote, search, read a timeline.

Runs Debian's /usr/bin/chromium through Playwright against the site served on
127.0.0.1. Run: ``.venv/bin/python -m pytest tests/test_browser.py -q``
(``-m "not browser"`` skips these elsewhere).

Accessibility baseline (tests/axe_baseline.json): for each page kind, the
serious and critical axe rules it violates today, keyed ``rule@region`` where
region is ``chrome`` (Material's header, navigation, search, footer) or
``content`` (the article). Kind ``material`` is Material's own pages (About,
Methodology, For editors, 404). Light and dark palettes are both checked. A
violation not in the baseline fails; so does a baseline entry that no longer
occurs, so the file stays exact; and a ``@content`` entry on a generated page
kind fails unless Material's own pages have it too (our content's problems are
fixed, not baselined). After a deliberate change, refresh and review the diff:
``CHRONICLE_AXE_REFRESH=1 .venv/bin/python -m pytest tests/test_browser.py -q -k accessibility``.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from browser_support import PHONE, TIMEOUT_MS, watched_context
from conftest import ROOT

pytestmark = pytest.mark.browser
expect.set_options(timeout=TIMEOUT_MS)

ARTIFACTS = ROOT / "test-artifacts" / "browser"
AXE_BASELINE = ROOT / "tests" / "axe_baseline.json"
SCREENSHOT_MAX_HEIGHT = 3000
WAR = "wars/first-nagorno-karabakh-war/"
DISTRICT_NAME = "Fuzuli"
SOURCE_LINK_TEXT = "the sentence in its source"


# ----------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="session")
def pages(site) -> dict[str, str]:
    """One site-relative URL per page kind, chosen from the built site (not from the seeds' words)."""
    day = _first_page_with_footnotes(site, sorted(site.site.glob("dates/[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]/index.html")))
    month = sorted(site.site.glob("dates/[0-9][0-9][0-9][0-9]-[0-9][0-9]/index.html"))
    year = sorted(site.site.glob("dates/[0-9][0-9][0-9][0-9]/index.html"))
    source = site.data("sources.json")[0]["page"]
    return {
        "home": "",
        "wars-index": "wars/",
        "war": WAR,
        "districts-index": "districts/",
        "district": _district_page(site, DISTRICT_NAME),
        "dates-index": "dates/",
        "year": _url(site, year[0]),
        "month": _url(site, month[0]),
        "day": day,
        "sources-index": "sources/",
        "source": source,
        "event": _first_disputed_event(site),
        "disputed-index": "events/disputed/",
    }


def _url(site, index_html: Path) -> str:
    folder = index_html.parent.relative_to(site.site).as_posix()
    return "" if folder == "." else folder + "/"


def _district_page(site, name: str) -> str:
    """Found by its heading, so the test follows the reader's name for it rather than a slug."""
    for path in sorted(site.site.glob("districts/*/index.html")):
        h1 = site.html(_url(site, path)).select_one("article h1")
        if h1 and h1.get_text(" ", strip=True).startswith(name):
            return _url(site, path)
    raise AssertionError(f"no district page is headed {name!r}")


def _first_disputed_event(site) -> str:
    events = [e for e in site.data("events.jsonl") if e["disputed"]]
    assert events, "no disputed event in the export"
    return f"events/{events[0]['id']}/"


def _first_page_with_footnotes(site, candidates: list[Path]) -> str:
    for path in candidates:
        url = _url(site, path)
        if site.html(url).find("a", string=SOURCE_LINK_TEXT):
            return url
    raise AssertionError("no page among %d has a footnote linking to a source sentence" % len(candidates))


@pytest.fixture
def phone(browser, watch) -> Page:
    context = watched_context(browser, watch, PHONE)
    yield context.new_page()
    context.close()


def _open(page: Page, base_url: str, url: str) -> None:
    response = page.goto(urljoin(base_url, url), wait_until="load")
    assert response is not None and response.ok, (url, response and response.status)


# ----------------------------------------------------------------------------- the watch itself


def test_the_watch_catches_console_errors_and_requests_to_other_hosts(page, watch, base_url):
    """Guards the guard: the checks every other test ends with must be able to fail."""
    _open(page, base_url, "")
    page.evaluate("""() => {
        console.error('planted error');
        const job = "fetch('https://example.invalid/w').catch(() => 0).then(() => postMessage('done'))";
        const worker = new Worker(URL.createObjectURL(new Blob([job])));
        const fromWorker = new Promise(done => { worker.onmessage = done; });
        return Promise.all([fromWorker, fetch('https://example.invalid/p').catch(() => 0)]);
    }""")
    # Both fetches were refused by the route, which noted them before the promises settled.
    assert sorted(watch.foreign_requests) == ["https://example.invalid/p", "https://example.invalid/w"]
    assert any("planted error" in e for e in watch.console_errors)
    with pytest.raises(AssertionError):
        watch.assert_clean()


# ----------------------------------------------------------------------------- footnotes


@pytest.mark.parametrize(
    ("kind", "via"),
    [("war", "footnotes"), ("district", "footnotes"), ("day", "footnotes"), ("war", "tooltip"), ("day", "tooltip")],
)
def test_footnote_source_link_lands_on_the_highlighted_sentence(page, watch, base_url, pages, kind, via):
    """Through the footnote list at the page's end, or Material's tooltip over the footnote mark."""
    _open(page, base_url, pages[kind])
    # The last note's sentence tends to sit further down its source, so landing in view means something.
    if via == "tooltip":
        page.locator("article a.footnote-ref").last.hover()
        scope = page.locator(".md-tooltip2--active")
    else:
        scope = page.locator("article div.footnote li")
    link = scope.get_by_role("link", name=SOURCE_LINK_TEXT, exact=True).last
    expect(link).to_be_visible()
    href = link.get_attribute("href")
    anchor = urlsplit(href).fragment
    assert re.fullmatch(r"s-[0-9a-f]{8}", anchor), href
    link.click()

    page.wait_for_url(re.compile(r"/sources/[^/]+/#" + anchor + "$"))
    sentence = page.locator(f"#{anchor}")
    expect(sentence).to_have_class(re.compile(r"\bchronicle-s\b"))
    assert sentence.evaluate("el => el.matches(':target')")
    _assert_highlighted(page, anchor)
    _assert_in_view_below_header(page, anchor)
    watch.assert_clean()


def _assert_highlighted(page: Page, anchor: str) -> None:
    """The :target rule must visibly differ from an ordinary sentence on the same page."""
    styles = page.evaluate(
        """anchor => {
            const pick = el => { const s = getComputedStyle(el); return {outline: s.outlineStyle, bg: s.backgroundColor}; };
            const target = document.getElementById(anchor);
            const other = [...document.querySelectorAll('.chronicle-s')].find(el => el !== target);
            return {target: pick(target), other: other ? pick(other) : null};
        }""",
        anchor,
    )
    target, other = styles["target"], styles["other"]
    assert target["outline"] != "none" or target["bg"] not in ("rgba(0, 0, 0, 0)", "transparent"), styles
    assert other is None or target != other, styles


def _assert_in_view_below_header(page: Page, anchor: str) -> None:
    """Visible means inside the viewport and not tucked under Material's sticky header."""
    try:
        page.wait_for_function(f"() => ({_PLACEMENT_JS})({json.dumps(anchor)}).visible")
    except PlaywrightTimeoutError:
        placement = page.evaluate(_PLACEMENT_JS, anchor)
        raise AssertionError(f"#{anchor} is not in view below the header: {placement}") from None


_PLACEMENT_JS = """anchor => {
    const box = document.getElementById(anchor).getBoundingClientRect();
    const header = document.querySelector('.md-header');
    const below = header ? header.getBoundingClientRect().bottom : 0;
    return {top: box.top, bottom: box.bottom, headerBottom: below, viewport: window.innerHeight,
            visible: box.height > 0 && box.top >= below - 1 && box.top < window.innerHeight};
}"""


# ----------------------------------------------------------------------------- search


@pytest.mark.parametrize("query", ["Fizuli", "Füzuli"])
def test_search_finds_the_fuzuli_district_page(page, watch, base_url, pages, query):
    """Pagefind's search button in the header; more in test_search.py."""
    district = pages["district"]
    _open(page, base_url, "")
    page.locator(".md-header pagefind-modal-trigger button").click()
    page.keyboard.type(query)
    hit = page.locator(f"pagefind-results a.pf-result-link[href$='/{district}']")
    expect(hit.first).to_be_visible()
    hit.first.click()
    page.wait_for_url(re.compile(re.escape(district)))
    expect(page.locator("article h1")).to_contain_text(DISTRICT_NAME)
    watch.assert_clean()


# ----------------------------------------------------------------------------- timeline


@pytest.mark.parametrize("kind", ["war", "home"])
def test_timeline_draws_every_item_of_its_data(page, watch, base_url, site, pages, kind):
    _open(page, base_url, pages[kind])
    timeline = page.locator("article .chronicle-timeline[data-src]")
    expect(timeline).to_have_count(1)
    rows = _timeline_rows(site, pages[kind], timeline.get_attribute("data-src"))
    assert rows, "the timeline's data is empty"
    # Box items also draw a line and a dot as .vis-item; each item has exactly one content box.
    contents = timeline.locator(".vis-item .vis-item-content")
    expect(contents.first).to_be_visible()
    expect(contents).to_have_count(len(rows))
    assert sorted(contents.all_inner_texts()) == sorted(_plain(r["content"]) for r in rows)
    watch.assert_clean()


@pytest.mark.parametrize("kind", ["war", "home"])
def test_clicking_a_timeline_item_opens_its_page(page, watch, base_url, site, pages, kind):
    _open(page, base_url, pages[kind])
    timeline = page.locator("article .chronicle-timeline[data-src]")
    rows = [r for r in _timeline_rows(site, pages[kind], timeline.get_attribute("data-src")) if r.get("url")]
    assert rows, "no timeline item links anywhere"
    row = rows[0]
    timeline.locator(".vis-item").filter(has_text=_plain(row["content"])).first.click()
    expected = urljoin(base_url, row["url"])  # timeline item URLs are relative to the site root
    page.wait_for_url(expected)
    assert page.locator("article h1").count() == 1
    watch.assert_clean()


def _timeline_rows(site, page_url: str, data_src: str) -> list[dict]:
    path = (site.site / page_url / data_src).resolve()
    return json.loads(path.read_text(encoding="utf-8"))


def _plain(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html).strip()


# ----------------------------------------------------------------------------- events


def test_a_reader_reaches_the_1993_fall_of_fuzuli_from_its_district_in_one_click(page, watch, base_url, pages):
    """Three claims, three dates, and the callout that says the sources disagree."""
    _open(page, base_url, pages["district"])
    page.locator("article ul.chronicle-events a", has_text=re.compile(r"changes hands \(1993\)")).first.click()
    page.wait_for_load_state("load")
    expect(page.locator("article .chronicle-verdict .admonition-title")).to_have_text("Sources disagree")
    rows = page.locator("article table.chronicle-claims tbody tr")
    expect(rows).to_have_count(3)
    dates = {rows.nth(i).locator('td[data-label="Date claimed"]').inner_text() for i in range(3)}
    assert len(dates) == 3, dates
    expect(page.locator("article .chronicle-verdict")).to_contain_text("3 sources give 3 dates")
    watch.assert_clean()


def test_claims_become_cards_on_a_phone(phone, watch, base_url, pages):
    _open(phone, base_url, pages["event"])
    first, second = (phone.locator("article table.chronicle-claims tbody tr td").nth(i).bounding_box() for i in (0, 1))
    assert second["y"] >= first["y"] + first["height"] - 1, "cells of a claim should stack, not sit side by side"
    assert phone.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    watch.assert_clean()


# ----------------------------------------------------------------------------- narrow screens


def test_no_page_scrolls_sideways_at_375_pixels(phone, watch, base_url, site, pages):
    """Every built page, so the home, a war, a district, a day, a source and each index among them."""
    # Redirect stubs for other spellings of a district send the browser on at once: not pages to measure.
    urls = sorted(_url(site, path) for path in site.site.rglob("index.html") if 'http-equiv="refresh"' not in path.read_text(encoding="utf-8"))
    assert {pages[k] for k in ("home", "war", "district", "day", "source", "wars-index", "districts-index", "dates-index", "sources-index")} <= set(urls)
    wide = {}
    for url in urls:
        _open(phone, base_url, url)
        _wait_for_timelines(phone, site, url)
        overflow = phone.evaluate(_OVERFLOW_JS)
        if overflow["scrollWidth"] > overflow["clientWidth"]:
            wide[url] = overflow
    assert not wide, f"{len(wide)} pages scroll sideways at 375px: " + json.dumps(wide, indent=1)[:4000]
    watch.assert_clean()


_OVERFLOW_JS = """() => {
    const root = document.documentElement;
    const result = {scrollWidth: root.scrollWidth, clientWidth: root.clientWidth};
    if (result.scrollWidth > result.clientWidth) {  // name the widest offenders, innermost last
        result.culprits = [...document.querySelectorAll('body *')]
            .filter(el => el.getBoundingClientRect().right > root.clientWidth + 1 && getComputedStyle(el).position !== 'fixed')
            .slice(-5).map(el => el.tagName.toLowerCase() + (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\\s+/).join('.') : ''));
    }
    return result;
}"""


def _wait_for_timelines(page: Page, site, url: str) -> None:
    """Measure after a timeline with data has drawn, since it is the widest thing on its page."""
    for timeline in page.locator(".chronicle-timeline[data-src]").all():
        if _timeline_rows(site, url, timeline.get_attribute("data-src")):
            expect(timeline.locator(".vis-item").first).to_be_attached()


# ----------------------------------------------------------------------------- accessibility

SERIOUS = ("serious", "critical")
MATERIAL_PAGES = ["about/", "methodology/", "editors/", "404.html"]
AXE_KINDS = ["material", "home", "wars-index", "war", "districts-index", "district", "dates-index", "year", "month", "day", "sources-index", "source",
             "event", "disputed-index"]
# Where each violating element sits: Material's header, navigation, search and footer, or the article.
_REGIONS_JS = """selectors => selectors.map(sel => {
    const el = document.querySelector(sel);
    return el && el.closest('article') ? 'content' : 'chrome';
})"""


@pytest.mark.parametrize("kind", AXE_KINDS)
def test_no_serious_accessibility_violations_beyond_materials_own(page, watch, base_url, site, pages, kind):
    urls = MATERIAL_PAGES if kind == "material" else [pages[kind]]
    found: dict[str, str] = {}
    reports = []
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        for url in urls:
            _open(page, base_url, url)
            _wait_for_timelines(page, site, url)
            results = Axe().run(page)
            reports.append(f"===== {url} ({scheme})\n{results.generate_report()}")
            found.update(_serious_by_region(page, results.response["violations"]))
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    report = ARTIFACTS / f"axe-{kind}.txt"
    report.write_text("\n".join(reports), encoding="utf-8")

    baseline = json.loads(AXE_BASELINE.read_text(encoding="utf-8"))
    if os.environ.get("CHRONICLE_AXE_REFRESH"):
        baseline["kinds"][kind] = {"urls": urls, "violations": sorted(found)}
        AXE_BASELINE.write_text(json.dumps(baseline, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        return
    allowed = set(baseline["kinds"].get(kind, {}).get("violations", []))
    new = sorted(set(found) - allowed)
    assert not new, f"{kind} {urls}: serious/critical axe violations not in the baseline (details in {report}):\n" + "\n".join(f"{key}: {found[key]}" for key in new)
    stale = sorted(allowed - set(found))
    assert not stale, f"{kind}: the baseline allows {stale}, which no longer occur; refresh it (see the module docstring)"
    materials = set(baseline["kinds"]["material"]["violations"])
    ours = sorted(key for key in allowed if key.endswith("@content") and key not in materials)
    assert not ours, f"{kind}: {ours} are in our own content, not Material's; fix the page instead of baselining them"
    watch.assert_clean()


def _serious_by_region(page: Page, violations: list[dict]) -> dict[str, str]:
    """``rule@region`` -> axe's help text, for serious and critical violations only."""
    found = {}
    for violation in violations:
        if violation["impact"] not in SERIOUS:
            continue
        regions = page.evaluate(_REGIONS_JS, [node["target"][0] for node in violation["nodes"]])
        for region in regions:
            found[f"{violation['id']}@{region}"] = violation["help"]
    return found


# ----------------------------------------------------------------------------- screenshots


@pytest.mark.parametrize("kind", ["home", "war", "district", "day", "source", "event", "disputed-index"])
def test_screenshots_for_review(page, phone, watch, base_url, site, pages, kind):
    """Kept under test-artifacts/browser/ for a human to look at; the page must at least render content."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for name, tab in (("desktop", page), ("phone", phone)):
        _open(tab, base_url, pages[kind])
        _wait_for_timelines(tab, site, pages[kind])
        expect(tab.locator("article h1")).to_be_visible()
        # The top of the page at full width, cut off where a person would stop scrolling to review it.
        height = min(tab.evaluate("document.documentElement.scrollHeight"), SCREENSHOT_MAX_HEIGHT)
        clip = {"x": 0, "y": 0, "width": tab.viewport_size["width"], "height": height}
        tab.screenshot(path=ARTIFACTS / f"{kind}-{name}.png", full_page=True, clip=clip)
    watch.assert_clean()
