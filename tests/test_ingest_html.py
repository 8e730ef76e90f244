"""The HTML reader keeps every piece of article text, in order, at its line, and nothing else.

One small fixture per case under ``tests/fixtures/ingest/html/``; the table
below says which blocks (line, text) each must give.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from chronicle.ingest import html_blocks, read_source

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ingest" / "html"

CASES = {
    "article-header-h1.html": [
        (7, "Villages change hands twice in a week"), (8, "By a staff writer"), (10, "The first paragraph of the story."),
    ],
    "div-and-span-text.html": [
        (3, "Text written directly in a div, then a span run and bold words."),
        (4, "A section holding its own text."), (5, "Only spans here. A second span."),
    ],
    "nested-blockquote.html": [
        (3, "The minister spoke at noon."), (4, "We will not give up a single village."), (5, "Reporters asked what that meant."),
    ],
    "list-with-sublist.html": [
        (4, "Shelling was reported in three places"), (5, "near the river"), (5, "on the northern road"),
        (6, "and nowhere else."), (7, "Second item."),
    ],
    "table-caption.html": [
        (3, "The figures below come from the report."), (5, "Displaced persons by year"),
        (6, "Year"), (6, "Count"), (7, "1993"), (7, "about 400,000"),
    ],
    "pre-spacing.html": [
        (3, "A letter follows, with its layout."),
        (5, "  Sender:    the district office\n  Date:      5 May 1994\n\n    Text of the letter, indented."),
    ],
    "hidden-content.html": [(6, "The visible paragraph."), (7, "Text the browser's find can reveal.")],
    "cookie-banner.html": [(7, "The bridge was reopened on Tuesday."), (8, "Traffic resumed in the afternoon.")],
    "chrome.html": [(7, "Report title"), (8, "Body of the report.")],
    "no-container.html": [
        (6, "The ceasefire took effect at midnight, according to both sides, and held through the next morning."),
        (7, "Observers reported no violations in the first twelve hours, a rare calm after weeks of fighting."),
        (8, "Talks on an exchange of prisoners are expected to begin in the coming days in a neutral capital."),
    ],
    "double-br.html": [(3, "First paragraph of an old page."), (4, "Second paragraph, first line continued on the next line.")],
    "block-lines.html": [
        (3, "Title line"), (5, "Intro text"), (7, "Quoted words."), (10, "Closing text."), (12, "Paragraph starting on its second line."),
    ],
    "windows-1251.html": [(4, "Перемирие вступило в силу в полночь.")],
    "iso-8859-1.html": [(5, "Le cessez-le-feu a été signé à Bichkek.")],
    "xml-declaration.html": [(4, "Сводка за день.")],
}


@pytest.mark.parametrize("name, blocks", CASES.items())
def test_blocks_in_order_at_their_lines(name, blocks):
    source, diagnostics = read_source(FIXTURES / name, FIXTURES.parent.parent.parent.parent)
    assert source is not None, [str(d) for d in diagnostics]
    assert list(source.blocks) == blocks


def test_every_fixture_is_in_the_table():
    assert sorted(p.name for p in FIXTURES.glob("*.html")) == sorted(CASES)


@pytest.mark.parametrize("name, line, message", [
    ("windows-1251.html", 2, "decoded as windows-1251, as its <meta charset> declares"),
    ("iso-8859-1.html", 2, "decoded as ISO-8859-1, as its <meta charset> declares (read as windows-1252, as browsers do)"),
    ("xml-declaration.html", 1, "decoded as windows-1251, as its XML declaration declares"),
])
def test_a_declared_charset_is_honoured_and_said(name, line, message):
    source, diagnostics = read_source(FIXTURES / name, FIXTURES)
    [note] = [d for d in diagnostics if d.level == "info"]
    assert str(note) == f"{name}:{line}: {message}" and not note.fatal
    assert source.meta.title in ("Новости", "Le café", "Сводка")


@pytest.mark.parametrize("data, line, message", [
    (b'<meta charset="windows-1251"><p>ok</p>\n<p>\x98</p>', 2, "not valid windows-1251 (byte 0x98"),
    (b"<p>fine</p>\n<p>caf\xe9</p>", 2, "not valid UTF-8 (byte 0xe9"),
    (b"<p>fine</p>\n<p>a\0b</p>", 2, "NUL byte"),
])
def test_undecodable_pages_are_refused_at_their_line(tmp_path, data, line, message):
    (tmp_path / "page.html").write_bytes(data)
    source, diagnostics = read_source(tmp_path / "page.html", tmp_path)
    assert source is None
    assert any(str(d).startswith(f"page.html:{line}: {message}") and d.fatal for d in diagnostics), [str(d) for d in diagnostics]


@pytest.mark.parametrize("charset", ["klingon-8", "rot13", "unicode_escape", "zlib"])
def test_an_unknown_declared_charset_warns_and_reads_utf8(tmp_path, charset):
    (tmp_path / "page.html").write_bytes(f'<meta charset="{charset}"><p>Café \\u0041</p>'.encode())
    source, diagnostics = read_source(tmp_path / "page.html", tmp_path)
    assert source.blocks == ((1, "Café \\u0041"),)
    assert f"page.html:1: unknown charset '{charset}' declared; read as UTF-8" in [str(d) for d in diagnostics]


@pytest.mark.parametrize("charset", ["utf-8", "UTF-8", "utf8", "utf-16", "utf-7"])
def test_a_unicode_charset_reads_as_utf8_without_a_note(tmp_path, charset):
    (tmp_path / "page.html").write_bytes(f'<meta charset="{charset}"><p>Café +ADw-</p>'.encode())
    source, diagnostics = read_source(tmp_path / "page.html", tmp_path)
    assert source.blocks == ((1, "Café +ADw-"),)
    assert [d for d in diagnostics if "charset" in str(d) or d.level == "info"] == []


PAGE = """<html lang="en-GB"><head>
<title>Page title</title>
<meta property="og:site_name" content="Example News">
<link rel="canonical" href="https://example.org/a">
<meta name="author" content="A. Writer">
</head><body><article><p>Text.</p></article></body></html>"""


@pytest.mark.parametrize("page, field, value", [
    (PAGE, "title", "Page title"),
    (PAGE, "language", "en"),
    (PAGE, "url", "https://example.org/a"),
    (PAGE.replace("https://example.org/a", "javascript:alert(1)"), "url", None),
    (PAGE.replace("<title>Page title</title>", "<title>\n  Two\n  lines </title>"), "title", "Two lines"),
    (PAGE.replace("</head>", '<meta property="article:published_time" content="2020-13-45T10:00">'), "published", None),
    (PAGE.replace("</head>", '<meta property="article:published_time" content="2020-10-05T10:00">'), "published", "2020-10-05"),
])
def test_declared_metadata_is_checked_like_a_sidecar(page, field, value):
    _, meta = html_blocks(page)
    assert getattr(meta, field) == value


@pytest.mark.parametrize("page, missing", [
    (PAGE, "unknown published, retrieved, kind, perspective, license, revision"),
    ("<p>Only text.</p>", "unknown title, url, publisher, author, published, retrieved, language, kind, perspective, license, revision; title taken from the first line"),
])
def test_the_no_sidecar_warning_names_only_what_is_really_missing(tmp_path, page, missing):
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    _, diagnostics = read_source(tmp_path / "page.html", tmp_path)
    assert [str(d) for d in diagnostics] == [f"page.html: no metadata file (page.yml): {missing}"]


def test_a_page_with_only_chrome_says_so(tmp_path):
    (tmp_path / "page.html").write_text("<nav><p>Home</p></nav><div class='cookie-bar'>Accept</div><p hidden>x</p>", encoding="utf-8")
    source, diagnostics = read_source(tmp_path / "page.html", tmp_path)
    assert source is None
    assert str(diagnostics[-1]).startswith("page.html: no article text found (only page chrome") and diagnostics[-1].fatal
