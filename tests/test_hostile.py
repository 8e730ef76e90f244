"""Hostile inputs through every route a value takes to a page: no script runs, nothing is injected, all shown literally.

One project, a copy of the real one with its theme overrides, gets sources
whose metadata, first lines, HTML titles and file names carry markup, and a
gazetteer and wars catalogue whose values do too. It is built with real MkDocs
and every generated page kind is opened in Chromium with a dialog listener.
"""

from __future__ import annotations

import shutil

import pytest
from bs4 import BeautifulSoup
from browser_support import TIMEOUT_MS, SiteServer
from conftest import copy_project, mkdocs_build

TITLE = '</title><script>alert("title")</script><title>x &amp; y'
PUBLISHER = '<img src=x onerror=alert("publisher")>'
PERSPECTIVE = 'armenian"><script>alert("perspective")</script>'
URL = 'https://example.org/"><img src=x onerror=alert("url")>'
FIRST_LINE = '<script>alert("first line")</script> &lt;b&gt; Agdam fell on 23 July 1993.'
HTML_TITLE = "&lt;script&gt;alert('html title')&lt;/script&gt; {{ x }}"
GAZETTEER_NAME = '<svg onload=alert("gazetteer")>'
WAR_ALIAS = '<img src=x onerror=alert("wars")>'
BODY = "Agdam fell on 23 July 1993, and Fuzuli on 23 August 1993.\n"

SOURCES = {
    "100_meta.txt": BODY,
    "100_meta.yml": f"title: '{TITLE}'\nurl: '{URL}'\npublisher: '{PUBLISHER}'\nperspective: '{PERSPECTIVE}'\npublished: '1993-08-30'\n",
    "101_first_line.txt": FIRST_LINE + "\n" + BODY,
    "102_page.html": f"<html><head><title>{HTML_TITLE}</title><meta property='og:site_name' content='{PUBLISHER}'></head>"
                     f"<body><article><p>{BODY}</p></article></body></html>",
    "103_js.txt": BODY,
    "103_js.yml": "title: A javascript URL\nurl: 'javascript:alert(\"js\")'\n",
    '104_x`<img src=x onerror=alert("file")>`.txt': BODY,
    "105_quote\"apos' space.txt": BODY,
    "106_rtl\u202etxt.exe.txt": BODY,
}
PAGE_KINDS = ["sources/", "districts/", "districts/aghdam-district/", "dates/", "dates/1993/", "dates/1993-07-23/", "wars/",
              "wars/first-nagorno-karabakh-war/", "editors/", ""]


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("hostile") / "project")
    sources = project / "corpus" / "sources"
    shutil.rmtree(sources)
    sources.mkdir()
    for name, content in SOURCES.items():
        (sources / name).write_text(content, encoding="utf-8")
    rayons = project / "corpus" / "gazetteer" / "rayons.yaml"
    rayons.write_text(rayons.read_text(encoding="utf-8").replace(
        "    - [Aghdam, en, English (Wikipedia)]", f"    - [Aghdam, en, English (Wikipedia)]\n    - ['{GAZETTEER_NAME}', en, '{GAZETTEER_NAME}']", 1), encoding="utf-8")
    wars = project / "corpus" / "wars.yaml"
    first_war = "  name: First Nagorno-Karabakh War\n  aliases:\n"  # a war with statements: one without has no page
    wars.write_text(wars.read_text(encoding="utf-8").replace(first_war, f"{first_war}    - '{WAR_ALIAS}'\n", 1), encoding="utf-8")
    built = mkdocs_build(project, project / "site")
    assert built.returncode == 0, built.log
    return built


def _all_pages(site) -> list:
    return sorted(p for p in site.site.rglob("*.html") if "pagefind" not in p.parts)


def test_no_generated_page_has_an_injected_element_or_handler(hostile_site):
    pages = _all_pages(hostile_site)
    assert len(pages) > 50
    for path in pages:
        soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        handlers = [(t.name, a) for t in soup.find_all(True) for a in t.attrs if a.lower().startswith("on")]
        assert not handlers, (path, handlers)
        assert not soup.select('img[src="x"], svg[onload]'), path
        inline = [s for s in soup.find_all("script") if not s.get("src") and "alert" in s.get_text()]
        assert not inline, path
        assert not soup.select('a[href^="javascript:" i]'), path


def test_titles_metadata_and_file_names_are_shown_literally(hostile_site):
    page = hostile_site.html("sources/100_meta/")
    assert page.select_one("article h1").get_text() == TITLE
    assert page.title.get_text().startswith(TITLE)
    cells = {tr.td.get_text(): tr.find_all("td")[1] for tr in page.select("article tbody tr")}
    assert cells["Publisher"].get_text() == PUBLISHER
    # Not a declared perspective: dropped with a message, which the editors' page shows as text.
    assert cells["Perspective"].get_text() == "unknown"
    messages = [li.get_text() for li in hostile_site.html("editors/").select("article li code")]
    assert any("100_meta.yml" in m and "perspective" in m for m in messages), messages
    if "Original" in cells:  # kept: linked percent-encoded, shown literally
        assert cells["Original"].a["href"].startswith("https://example.org/%22%3E%3Cimg")
        assert cells["Original"].get_text() == URL
    else:  # refused by the metadata schema, with a message
        assert any("100_meta.yml" in m and "url" in m for m in messages), messages
    first = hostile_site.html("sources/101_first_line/")
    assert FIRST_LINE.startswith(first.select_one("article span.chronicle-s").get_text())
    assert first.select_one("article h1").get_text() in FIRST_LINE
    js = hostile_site.html("sources/103_js/")
    assert not js.select('a[href^="javascript" i]')
    assert any("103_js.yml" in m and "url" in m for m in messages), messages
    files = [tr.find_all("td")[1].code.get_text() for p in hostile_site.site.glob("sources/10[456]*/index.html")
             for tr in BeautifulSoup(p.read_text(encoding="utf-8"), "html.parser").select("article tbody tr") if tr.td.get_text() == "File"]
    assert sorted(f.rsplit("/", 1)[1] for f in files) == sorted(n for n in SOURCES if n.startswith(("104", "105", "106")))


def test_gazetteer_and_wars_values_are_shown_literally(hostile_site):
    district = hostile_site.html("districts/aghdam-district/")  # a district with statements: one without has no page
    assert GAZETTEER_NAME in [td.get_text() for td in district.select("article td")]
    wars = hostile_site.site / "wars"
    shown = [BeautifulSoup(p.read_text(encoding="utf-8"), "html.parser") for p in wars.rglob("index.html")]
    assert any(WAR_ALIAS in td.get_text() for soup in shown for td in soup.select("article td"))


@pytest.mark.browser
def test_no_dialog_opens_on_any_page_kind(hostile_site, browser):
    dialogs: list[str] = []
    with SiteServer(hostile_site.site) as server:
        page = browser.new_page()
        page.set_default_timeout(TIMEOUT_MS)
        page.on("dialog", lambda d: (dialogs.append(f"{page.url}: {d.message}"), d.dismiss()))
        urls = PAGE_KINDS + [p.parent.relative_to(hostile_site.site).as_posix() + "/" for p in hostile_site.site.glob("sources/1*/index.html")]
        for url in urls:
            page.goto(server.base_url + url)
            page.wait_for_load_state("load")
            assert page.locator("article h1").count() == 1, url
            page.hover("article")  # a handler on hover would fire now
        page.close()
    assert dialogs == []
