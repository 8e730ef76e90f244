"""Headings are not statements: a page quotes sentences, never the titles between them."""

from __future__ import annotations

import pytest

from chronicle.index import is_heading
from chronicle.model import Paragraph, Sentence


def _paragraph(*sentences: str) -> Paragraph:
    return Paragraph(1, 1, tuple(Sentence(f"s-{i}", 1, text) for i, text in enumerate(sentences)))


@pytest.mark.parametrize(
    ("sentences", "heading"),
    [
        (["= 1993 Summer Offensives ="], True),
        (["== Offensive =="], True),
        (["## Aftermath"], True),
        (["1993 Summer Offensives"], True),
        (["Stops the Offensive After the Surrender of the Karabakh Armenians"], True),
        (["3 November"], True),
        (["Agdam fell on 23 July 1993."], False),
        (["By August 20, Fizuli, Jebrail, and Zangelan had fallen"], False),
        (["The town was shelled for three days and then the garrison withdrew towards the east"], False),
        (["Fighting resumed.", "Agdam fell"], False),
        (["He said: \u201cWe will return\u201d"], False),
        (["Azerbaijan stops the offensive after the surrender"], False),
    ],
)
def test_a_heading_is_a_short_line_without_a_sentence_end_or_in_heading_markup(sentences, heading):
    assert is_heading(_paragraph(*sentences)) is heading


def test_the_sources_own_title_repeated_as_a_line_is_a_heading():
    line = "Azerbaijan stops the offensive after the surrender"
    assert is_heading(_paragraph(line), title=line) and not is_heading(_paragraph(line), title="Another title")


def test_headings_are_on_their_source_page_but_quoted_nowhere_else(tiny_site):
    built = tiny_site({"h.txt": "Fall of Agdam 1993\n== Agdam in July 1993 ==\nAgdam fell on 23 July 1993.\n"})
    assert built.returncode == 0, built.log
    spans = [s.get_text() for s in built.html("sources/h/").select("article span.chronicle-s")]
    assert spans == ["Fall of Agdam 1993", "== Agdam in July 1993 ==", "Agdam fell on 23 July 1993."]
    quoted = {q.get_text() for path in built.site.rglob("index.html") if "sources" not in path.parts
              for q in built.html(path.parent.relative_to(built.site).as_posix() + "/").select("article q.chronicle-quote")}
    assert quoted == {"Agdam fell on 23 July 1993."}
