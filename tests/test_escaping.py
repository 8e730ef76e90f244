"""Source text is data: whatever a source contains appears literally on its pages."""

from __future__ import annotations

import markdown
from bs4 import BeautifulSoup
from hypothesis import given, settings
from hypothesis import strategies as st

from chronicle.index import SiteIndex
from chronicle.ingest import text_blocks
from chronicle.model import RawSource, SourceMeta
from chronicle.render.source_page import render_source
from chronicle.render.text import inert
from chronicle.segment import segment

SITE_EXTENSIONS = ["footnotes", "attr_list", "md_in_html", "tables", "admonition", "toc"]
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


def render_html(md_text: str) -> BeautifulSoup:
    return BeautifulSoup(markdown.markdown(md_text, extensions=SITE_EXTENSIONS), "html.parser")


def rendered_sentences(text: str) -> tuple[list[str], list[str]]:
    raw = RawSource("s", "corpus/s.txt", "0" * 64, SourceMeta(title="T"), tuple(text_blocks(text)), "txt")
    source = segment(raw)
    page = render_source(source, SiteIndex(), addresses=None)
    soup = render_html(page.markdown)
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
@given(st.text(alphabet=text_alphabet, max_size=120))
def test_inert_round_trips_through_markdown(text):
    soup = render_html(f'<span id="x">{inert(text)}</span>')
    assert soup.find(id="x").get_text() == text


def test_hostile_source_builds_literally_in_a_real_site(tiny_site):
    built = tiny_site({"hostile.txt": "Hostile text\n" + "\n".join(HOSTILE) + "\n", "hostile.yml": "title: Hostile <b>title</b> {{ x }}\n"})
    assert built.returncode == 0, built.log
    page = built.html("sources/hostile/")
    spans = [s.get_text() for s in page.select("span.chronicle-s")]
    assert spans == [row["text"] for row in built.data("sentences.jsonl")]
    assert " ".join(" ".join(spans).split()) == " ".join(" ".join(["Hostile text", *HOSTILE]).split())
    assert page.find("script", string=lambda s: s and "alert" in s) is None
    assert page.select_one("article h1").get_text().startswith("Hostile <b>title</b> {{ x }}")
