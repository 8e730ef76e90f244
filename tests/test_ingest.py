"""Reading sources: formats, metadata, and a clear message for every bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronicle.ingest import html_blocks, read_corpus, text_blocks

HTML = """<!doctype html><html lang="en"><head><title>Page title</title>
<meta name="author" content="A. Writer"><meta property="article:published_time" content="2020-10-05T10:00:00Z">
<link rel="canonical" href="https://example.org/a"><style>p{}</style><script>var x = 1;</script></head>
<body><nav><p>Home | News</p></nav><article><h1>Heading</h1><p>First paragraph.</p>
<p>Second <b>bold</b> paragraph.</p></article><footer><p>Copyright</p></footer></body></html>"""


def test_html_keeps_paragraphs_and_drops_chrome():
    blocks, meta = html_blocks(HTML)
    assert [text for _, text in blocks] == ["Heading", "First paragraph.", "Second bold paragraph."]
    assert (meta.title, meta.author, meta.published, meta.url, meta.language) == ("Page title", "A. Writer", "2020-10-05", "https://example.org/a", "en")
    assert all(line > 1 for line, _ in blocks)


def test_text_one_paragraph_per_line_keeps_line_numbers():
    assert text_blocks("A line.\n\nB line.\nC line.\n") == [(1, "A line."), (3, "B line."), (4, "C line.")]


@pytest.mark.parametrize("text, blocks", [
    ("A.\r\nB.\r\n", [(1, "A."), (2, "B.")]),
    ("A.\rB.\n", [(1, "A."), (2, "B.")]),
    ("A \x0c form feed.\nB.\n", [(1, "A \x0c form feed."), (2, "B.")]),
    ("A\u2028line separator.\nB.\n", [(1, "A\u2028line separator."), (2, "B.")]),
    ("A\x85next line.\nB.\n", [(1, "A\x85next line."), (2, "B.")]),
])
def test_lines_are_counted_as_an_editor_counts_them(text, blocks):
    assert text_blocks(text) == blocks


def test_hard_wrapped_text_joins_lines_into_paragraphs():
    wrapped = "\n".join(["word " * 12] * 3) + "\n\n" + "\n".join(["more " * 12] * 3)
    blocks = text_blocks(wrapped)
    assert [line for line, _ in blocks] == [1, 5]


TRANSCRIPT = """Radio reports shelling of two border villages in the east
Radio Baku
14 Mar 93
[Presenter] Armenian units opened fire on the villages of the district
late last night, local officials told our correspondent by telephone.
[Correspondent] The firing went on for two hours and damaged a school
and several houses.
Nobody has yet been able to count the damage done to the farms in the
valley.
"""


@pytest.mark.parametrize(("text", "starts"), [
    # wrapped without blank lines: a title, a source line, a date line, speaker turns, a short last line
    (TRANSCRIPT, [(1, "Radio reports"), (2, "Radio Baku"), (3, "14 Mar 93"), (4, "[Presenter]"), (6, "[Correspondent]"),
                  (8, "Nobody has yet")]),
    # a wrapped paragraph whose lines all reach the width stays one paragraph
    ("\n".join(["word " * 12] * 5), [(1, "word")]),
])
def test_hard_wrapped_paragraphs_end_at_short_lines_and_speaker_labels(text, starts):
    assert [(line, block[: len(head)]) for (line, block), (_, head) in zip(text_blocks(text), starts)] == starts
    assert len(text_blocks(text)) == len(starts)


def _write(tmp_path: Path, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    return tmp_path


def test_bad_inputs_each_get_a_clear_message_and_the_rest_still_reads(tmp_path):
    corpus = _write(tmp_path, {
        "good.txt": b"Good title\nA sentence.\n",
        "good.yml": b"title: Good\nkind: news\n",
        "latin1.txt": b"Fine line\nCaf\xe9 line\n",
        "empty.txt": b"\n\n",
        "badmeta.txt": b"Text with broken metadata.\n",
        "badmeta.yml": b"title: [unclosed\nkind: news\n",
        "extra.txt": b"Text.\n",
        "extra.yml": b"title: T\ncolour: red\n",
    })
    sources, diagnostics = read_corpus(corpus, tmp_path)
    messages = {str(d) for d in diagnostics}
    assert {s.id for s in sources} == {"good", "badmeta", "extra"}
    assert any(m.startswith("latin1.txt:2: not valid UTF-8") for m in messages)
    assert any(m.startswith("empty.txt: no text found") for m in messages)
    assert any(m.startswith("badmeta.yml:") and "invalid YAML" in m for m in messages)
    assert any(m.startswith("extra.yml:2: unknown metadata field 'colour'") for m in messages)
    good = next(s for s in sources if s.id == "good")
    assert (good.meta.title, good.meta.kind) == ("Good", "news")


def test_bare_text_is_titled_from_its_first_line_with_a_warning(tmp_path):
    sources, diagnostics = read_corpus(_write(tmp_path, {"bare.txt": b"= A Heading =\nBody.\n"}), tmp_path)
    assert sources[0].meta.title == "A Heading"
    assert "no metadata file (bare.yml)" in str(diagnostics[0]) and "url" in str(diagnostics[0])
