"""A sentence an image caption was spliced into is quoted whole, never as a fragment."""

from __future__ import annotations

from chronicle.ingest import text_blocks
from chronicle.model import RawSource, SourceMeta
from chronicle.segment import segment

TEXT = (
    "Shelling of Agdam resumed in July 1993. On 23 July 1993, units of the brigade\n\n"
    "A ruined mosque in Agdam, photographed in 2010.\n\n"
    "entered Agdam after a long battle, witnesses said.\n\n"
    "The front then moved south.\n"
)
HEAD = "On 23 July 1993, units of the brigade"
TAIL = "entered Agdam after a long battle, witnesses said."


def test_the_first_half_names_its_second_half_and_paragraphs_stay_as_the_lines_are():
    source = segment(RawSource("s", "corpus/s.txt", "0" * 64, SourceMeta(title="T"), tuple(text_blocks(TEXT, markdown=True)), "txt"))
    assert [len(p.sentences) for p in source.paragraphs] == [2, 1, 1, 1]
    head = source.paragraphs[0].sentences[-1]
    assert head.text == HEAD and head.continued_by == source.paragraphs[2].sentences[0].id
    assert source.paragraphs[1].boilerplate == "caption"


def test_pages_quote_the_whole_sentence_and_never_a_half(tiny_site):
    built = tiny_site({"c.md": TEXT, "c.yml": "title: Caption cut\n"})
    assert built.returncode == 0, built.log
    quotes = {q.get_text() for path in built.site.rglob("index.html") if "sources" not in path.parts
              for q in built.html(path.parent.relative_to(built.site).as_posix() + "/").select("article q.chronicle-quote")}
    assert f"{HEAD} {TAIL}" in quotes
    assert HEAD not in quotes and TAIL not in quotes
