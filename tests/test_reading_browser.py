"""Reading the built site in Chromium (issue 12): timelines that fit, in the site's font and colours; sorting; folding; marks.

Uses the session's site, server and browser (conftest.py). Screenshots of each
page kind at both widths land in test-artifacts/browser/reading-*.png for review.
Run: ``.venv/bin/python -m pytest tests/test_reading_browser.py -q``.
"""

from __future__ import annotations

from urllib.parse import urljoin

import pytest
from playwright.sync_api import Page, expect

from browser_support import TIMEOUT_MS, Watch, watched_context
from conftest import ROOT

pytestmark = pytest.mark.browser
expect.set_options(timeout=TIMEOUT_MS)

ARTIFACTS = ROOT / "test-artifacts" / "browser"
WIDTHS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 375, "height": 812}}
TIMELINES = {"war": "wars/first-nagorno-karabakh-war/", "home": ""}
AA_CONTRAST = 4.5

# Where each timeline label sits against its timeline, once vis has placed them (it piles them at the left edge first).
_LABELS_JS = """el => {
    const box = el.getBoundingClientRect();
    const labels = [...el.querySelectorAll('.vis-item:not(.vis-background) .vis-item-content')].map(c => {
        const r = c.getBoundingClientRect();
        return {text: c.textContent, left: r.left - box.left, right: r.right - box.left};
    });
    return {width: box.width, labels, placed: new Set(labels.map(l => Math.round(l.left))).size > Math.min(1, labels.length - 1)};
}"""

_CONTRAST_JS = """([selector, against]) => {
    const rgb = s => s.match(/[\\d.]+/g).slice(0, 3).map(Number);
    const lum = c => { const [r, g, b] = c.map(v => { v /= 255; return v <= .03928 ? v / 12.92 : ((v + .055) / 1.055) ** 2.4; }); return .2126 * r + .7152 * g + .0722 * b; };
    const el = document.querySelector(selector);
    const fg = lum(rgb(getComputedStyle(el).color)), bg = lum(rgb(getComputedStyle(document.querySelector(against)).backgroundColor));
    return (Math.max(fg, bg) + .05) / (Math.min(fg, bg) + .05);
}"""


def _open(browser, watch: Watch, base_url: str, url: str, width: str = "desktop", scheme: str = "light") -> Page:
    page = watched_context(browser, watch, WIDTHS[width], color_scheme=scheme).new_page()
    response = page.goto(urljoin(base_url, url), wait_until="load")
    assert response is not None and response.ok, url
    return page


def _placed_labels(page: Page) -> dict:
    """The timeline's labels once vis has laid them out and they hold still for two looks in a row."""
    timeline = page.locator("article .chronicle-timeline[data-src]").first
    expect(timeline.locator(".vis-item-content").first).to_be_visible()
    last = None
    for _ in range(40):
        now = timeline.evaluate(_LABELS_JS)
        if now["placed"] and now == last:
            return now
        last = now
        page.wait_for_timeout(150)
    raise AssertionError("the timeline's labels never settled")


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", list(WIDTHS))
@pytest.mark.parametrize("kind", list(TIMELINES))
def test_timeline_labels_lie_inside_their_timeline(browser, watch, base_url, kind, width, scheme):
    page = _open(browser, watch, base_url, TIMELINES[kind], width, scheme)
    found = _placed_labels(page)
    outside = [label for label in found["labels"] if label["left"] < -1 or label["right"] > found["width"] + 1]
    assert not outside, outside[:5]
    page.locator("article .chronicle-timeline").first.screenshot(path=ARTIFACTS / f"reading-timeline-{kind}-{width}-{scheme}.png")
    page.context.close()
    watch.assert_clean()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("selector", [".chronicle-timeline .vis-item-content", ".chronicle-timeline .vis-time-axis .vis-text"])
def test_timeline_text_is_readable_in_both_schemes(browser, watch, base_url, scheme, selector):
    """The issue's dark text on mid-grey: labels and axis keep AA contrast against the page in Material's light and slate schemes."""
    page = _open(browser, watch, base_url, TIMELINES["war"], scheme=scheme)
    _placed_labels(page)
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == ("slate" if scheme == "dark" else "default")
    assert page.evaluate(_CONTRAST_JS, [selector, "body"]) >= AA_CONTRAST
    page.context.close()
    watch.assert_clean()


def test_a_timeline_tooltip_is_in_the_sites_font_and_on_screen(browser, watch, base_url):
    page = _open(browser, watch, base_url, TIMELINES["war"], "phone")
    _placed_labels(page)
    page.locator("article .chronicle-timeline .vis-item.vis-point .vis-item-content").first.hover()
    tooltip = page.locator("div.vis-tooltip")
    expect(tooltip).to_be_visible()
    assert tooltip.evaluate("t => getComputedStyle(t).fontFamily") == page.evaluate("getComputedStyle(document.body).fontFamily")
    box = tooltip.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= WIDTHS["phone"]["width"], box
    page.context.close()
    watch.assert_clean()


def test_the_districts_count_sorts_both_ways_and_the_table_reads_without_it(browser, watch, base_url, site):
    built = [td["data-value"] for td in site.html("districts/").select("table.chronicle-sortable td[data-label='Statements']")]
    assert built, "the table is in the page as built, without JavaScript"
    page = _open(browser, watch, base_url, "districts/")
    counts = page.locator("table.chronicle-sortable tbody td[data-label='Statements']")
    button = page.get_by_role("button", name="Statements")
    button.click()
    ascending = [int(v) for v in counts.evaluate_all("cells => cells.map(c => c.dataset.value)")]
    assert ascending == sorted(ascending)
    button.click()
    descending = [int(v) for v in counts.evaluate_all("cells => cells.map(c => c.dataset.value)")]
    assert descending == sorted(ascending, reverse=True)
    page.context.close()
    watch.assert_clean()


def test_a_cited_sentence_shows_its_pages_on_a_click(browser, watch, base_url, site):
    page = _open(browser, watch, base_url, site.data("sources.json")[0]["page"])
    mark = page.locator("article .chronicle-text button.chronicle-mark").first
    box = page.locator(f"[id='{mark.get_attribute('popovertarget')}']")
    expect(box).to_be_hidden()
    mark.click()
    expect(box).to_be_visible()
    expect(box.locator("a").first).to_be_visible()
    page.context.close()
    watch.assert_clean()


def test_a_year_of_a_long_war_folds_away(browser, watch, base_url):
    page = _open(browser, watch, base_url, TIMELINES["war"])
    year = page.locator("article details.chronicle-year").first
    statements = year.locator("ul.chronicle-statements").first
    expect(statements).to_be_visible()
    year.locator("summary").click()
    expect(statements).to_be_hidden()
    page.context.close()
    watch.assert_clean()


@pytest.mark.parametrize("width", list(WIDTHS))
@pytest.mark.parametrize("url", ["", "wars/", "wars/first-nagorno-karabakh-war/", "districts/", "dates/1993-08/"])
def test_reading_screenshots_and_no_sideways_scroll(browser, watch, base_url, url, width):
    """For review (test-artifacts/browser/reading-*.png); the full sweep over every page is in test_browser.py."""
    page = _open(browser, watch, base_url, url, width)
    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    page.screenshot(path=ARTIFACTS / f"reading-{url.strip('/').replace('/', '-') or 'home'}-{width}.png", full_page=True)
    page.context.close()
    watch.assert_clean()
