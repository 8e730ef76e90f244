"""Small pure pieces of rendering: URLs, links, slugs, dates, HTML escaping per context."""

from __future__ import annotations

from urllib.parse import urljoin

import pytest
from bs4 import BeautifulSoup

from chronicle.render.common import PageContext, human_date, link, page_url, pins_version, slugify
from chronicle.render.html import Markup, edit_url, el, external_url, text_fragment


@pytest.mark.parametrize(
    ("uri", "directory", "flat"),
    [
        ("index.md", "", "index.html"),
        ("wars/index.md", "wars/", "wars/index.html"),
        ("wars/x.md", "wars/x/", "wars/x.html"),
        ("dates/1993-08-22.md", "dates/1993-08-22/", "dates/1993-08-22.html"),
    ],
)
def test_page_url_follows_mkdocs(uri, directory, flat):
    assert page_url(uri, True) == directory
    assert page_url(uri, False) == flat


@pytest.mark.parametrize(
    ("from_uri", "to_uri"),
    [
        ("index.md", "wars/x.md"),
        ("wars/x.md", "sources/a.md"),
        ("wars/x.md", "wars/y.md"),
        ("wars/index.md", "index.md"),
        ("a/b/c.md", "a/d.md"),
        ("a/b/c.md", "a/b/d/e.md"),
        ("a/b/c.md", "x/y/z.md"),
        ("dates/1993.md", "dates/1993-08-22.md"),
        ("wars/x.md", "wars/x/1993.md"),
    ],
)
@pytest.mark.parametrize("directory_urls", [True, False])
def test_link_resolves_to_the_target_page_url(from_uri, to_uri, directory_urls):
    """A browser at the page's URL, following the link, lands on the target's URL."""
    here, there = page_url(from_uri, directory_urls), page_url(to_uri, directory_urls)
    href = link(from_uri, to_uri, directory_urls=directory_urls)
    assert urljoin(f"https://site/{here}", href) == f"https://site/{there}"
    assert link(from_uri, to_uri, "s-1", directory_urls) == f"{href}#s-1"


@pytest.mark.parametrize(
    ("name", "slug"),
    [("Fuzuli District", "fuzuli-district"), ("Bakı", "baki"), ("Физули", "fizuli"), ("Khankendi (Stepanakert)", "khankendi-stepanakert"), ("", "page")],
)
def test_slugify_transliterates(name, slug):
    assert slugify(name) == slug


@pytest.mark.parametrize(("iso", "shown"), [("2023-09-20", "20 September 2023"), ("1993-08", "August 1993"), ("1993", "1993"), (None, None), ("soon", "soon")])
def test_human_date(iso, shown):
    assert human_date(iso) == shown


def test_text_fragment_encodes_reserved_characters_and_uses_edges_for_long_sentences():
    short = text_fragment("https://x.org/a#old", "Jabrayil, Fuzuli-Horadiz & more")
    assert short == "https://x.org/a#:~:text=Jabrayil%2C%20Fuzuli%2DHoradiz%20%26%20more"
    long = text_fragment("https://x.org/a", "one two three four five six seven eight nine ten")
    assert long == "https://x.org/a#:~:text=one%20two%20three%20four,seven%20eight%20nine%20ten"


@pytest.mark.parametrize(
    ("url", "linked"),
    [
        ("https://example.org/a?b=1#c", "https://example.org/a?b=1#c"),
        ("http://example.org/a b", "http://example.org/a%20b"),
        ('https://example.org/"><img src=x onerror=alert(1)>', "https://example.org/%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E"),
        ("javascript:alert(1)", None),
        ("JavaScript:alert(1)", None),
        (" javascript:alert(1)", None),
        ("data:text/html,<script>alert(1)</script>", None),
        ("//example.org/x", None),
        ("example.org", None),
        ("ftp://example.org/x", None),
        ("", None),
        (None, None),
    ],
)
def test_only_http_and_https_urls_are_linked(url, linked):
    assert external_url(url) == linked


@pytest.mark.parametrize(
    "value",
    ['</title><script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "' onmouseover='alert(1)", "&lt;b&gt; &amp;", "\u202eevil\u202c", "{{ x }} {% y %}"],
)
def test_el_shows_any_value_literally_in_text_and_attributes(value):
    html = el("p", value, title=value, data_x=value)
    p = BeautifulSoup(str(html), "html.parser").p
    assert p.get_text() == value
    assert p["title"] == value and p["data-x"] == value
    assert set(p.attrs) == {"title", "data-x"} and not p.find()


def test_markup_passes_through_and_plain_text_is_escaped_once():
    inner = el("b", "a < b")
    assert str(el("p", inner, " & ", "c")) == "<p><b>a &lt; b</b> &amp; c</p>"
    assert isinstance(el("p"), Markup)


def test_edit_url_percent_encodes_the_repository_path():
    assert edit_url("https://h/edit/main/", 'corpus/sources/x`<"> y.txt') == "https://h/edit/main/corpus/sources/x%60%3C%22%3E%20y.txt"


def test_page_context_records_links_anchors_and_headings():
    page = PageContext("wars/x.md")
    page.heading(1, "Title")
    page.heading(2, "A <b> section")
    page.heading(2, "A <b> section")
    page.a("dates/1993.md", "1993", "s-1")
    built = page.page("Title")
    assert built.links == (("dates/1993.md", "s-1"),)
    assert [h.id for h in built.toc] == ["a-b-section", "a-b-section_2"]
    assert {"title", "a-b-section", "a-b-section_2"} <= built.anchors


@pytest.mark.parametrize(
    ("url", "pinned"),
    [
        ("https://en.wikipedia.org/w/index.php?title=X&oldid=123", True),
        ("https://web.archive.org/web/20200101000000/https://x.org/a", True),
        ("https://archive.ph/AbCd1", True),
        ("https://en.wikipedia.org/wiki/1993_Summer_Offensives", False),
        ("https://news.example/article?id=5", False),
    ],
)
def test_only_a_url_that_pins_a_version_gets_a_text_fragment(url, pinned):
    assert pins_version(url) is pinned
