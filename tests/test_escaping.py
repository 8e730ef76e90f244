"""Source text is data: whatever a source contains appears literally on its pages."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from chronicle.index import SiteIndex
from chronicle.ingest import text_blocks
from chronicle.model import RawSource, SourceMeta
from chronicle.render.html import Markup, el, filled
from chronicle.render.source_page import render_source
from chronicle.segment import segment

HOSTILE = [
    "*emphasis* and __strong__ and `code`",
    "[a link](http://example.org) and <https://example.org> and www.example.org",
    "Footnote[^1] and [^1]: its definition",
    "A heading attribute {#id .cls} and {: .x}",
    "<script>alert('x')</script> <b>bold</b> &amp; &lt;",
    "{{ jinja }} {% block %} ${x}",
    "# Not a heading",
    "!!! note \"Not an admonition\"",
    "    four spaces, not code",
    "| not | a | table |",
    "1. not a list",
    "a\\b\\\\c \\*",
    "tab\there  and  double  spaces ",
]


def rendered_sentences(text: str) -> tuple[list[str], list[str]]:
    raw = RawSource("s", "corpus/s.txt", "0" * 64, SourceMeta(title="T"), tuple(text_blocks(text)), "txt")
    source = segment(raw)
    page = render_source(source, SiteIndex(), addresses=None)
    soup = BeautifulSoup(str(page.body), "html.parser")
    shown = [soup.find(id=s.id).get_text() for s in source.sentences()]
    return [s.text for s in source.sentences()], shown


def test_hostile_lines_render_literally():
    expected, shown = rendered_sentences("\n".join(HOSTILE))
    assert shown == expected
    assert "".join("".join(expected).split()) == "".join("".join(HOSTILE).split())


text_alphabet = st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=text_alphabet, min_size=1, max_size=80), min_size=1, max_size=4))
def test_any_text_renders_as_itself(lines):
    expected, shown = rendered_sentences("\n".join(lines))
    assert shown == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=text_alphabet, max_size=120), st.text(alphabet=text_alphabet, max_size=60))
def test_any_title_and_metadata_render_as_themselves(title, publisher):
    assume(not title.isspace() and not publisher.isspace())  # the metadata schema strips values: whitespace alone never reaches a page
    raw = RawSource("s", "corpus/s.txt", "0" * 64, SourceMeta(title=title or None, publisher=publisher or None, url=f"https://x.org/{publisher}"), (((1, "A sentence.")),), "txt")
    soup = BeautifulSoup(str(render_source(segment(raw), SiteIndex(), addresses=None).body), "html.parser")
    assert soup.h1.get_text() == (title or "s")
    cells = {tr.td.get_text(): tr.find_all("td")[1] for tr in soup.select("tbody tr")}
    assert cells["Publisher"].get_text() == (publisher or "unknown")
    assert not soup.find("script") and not soup.find("img")


def test_hostile_source_builds_literally_in_a_real_site(tiny_site):
    built = tiny_site({"hostile.txt": "Hostile text\n" + "\n".join(HOSTILE) + "\n", "hostile.yml": "title: Hostile <b>title</b> {{ x }}\n"})
    assert built.returncode == 0, built.log
    page = built.html("sources/hostile/")
    spans = [s.get_text() for s in page.select("span.chronicle-s")]
    assert spans == [row["text"] for row in built.data("sentences.jsonl")]
    assert " ".join(" ".join(spans).split()) == " ".join(" ".join(["Hostile text", *HOSTILE]).split())
    assert page.find("script", string=lambda s: s and "alert" in s) is None
    assert page.select_one("article h1").get_text().startswith("Hostile <b>title</b> {{ x }}")


class _Safe:
    """An object that says it is HTML already (markupsafe's ``__html__`` protocol)."""

    def __html__(self) -> str:
        return "<b>safe</b>"


class _Named(str):
    """A ``str`` subclass that is not ``Markup``: escaped like any text."""


@pytest.mark.parametrize(("child", "html"), [
    ("a < b & \"c\" 'd' > e", "<p>a &lt; b &amp; &#34;c&#34; &#39;d&#39; &gt; e</p>"),
    ("", "<p></p>"),
    (Markup("<i>kept</i>"), "<p><i>kept</i></p>"),
    (_Named("<x>"), "<p>&lt;x&gt;</p>"),
    (_Safe(), "<p><b>safe</b></p>"),
    (1993, "<p>1993</p>"),
])
def test_every_kind_of_value_is_escaped_as_markupsafe_escapes_it(child, html):
    assert el("p", child) == html
    assert filled("<p>{0}</p>", child) == html
    inner = html.removeprefix("<p>").removesuffix("</p>")
    assert el("a", href=child) == f'<a href="{inner}"></a>'
