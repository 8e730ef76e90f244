"""Issue 9 at the ingest level: every bad input beside good sources, in one tiny corpus.

Each row of the table is one hostile or broken input. All of them sit in the
same corpus as three good sources; reading it must return every good source
and, for each bad input, a diagnostic naming its repository-relative path and
line. (The end-to-end MkDocs and browser suite is ``test_hostile.py``.)
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from chronicle.ingest import DEFAULT_MAX_SOURCE_BYTES, read_corpus

GOOD = {
    "good-text.txt": b"Shelling was reported near Aghdam.\nThe next day was calm.\n",
    "good-text.yml": b"title: Good text\nkind: news\npublished: 2020-10-05\n",
    "good-page.html": b"<html><head><title>Good page</title></head><body><article><p>Talks resumed.</p></article></body></html>",
    "good-page.yml": b"kind: report\n",
    "good-notes.md": b"# Notes\n\nA paragraph of notes.\n",
    "good-notes.yml": b"title: Notes\n",
}
BOMB = b"a: &a [x, x, x, x, x, x, x, x, x, x]\n" + b"".join(
    bytes(f"{n}: &{n} [{', '.join([f'*{p}'] * 10)}]\n", "ascii") for p, n in zip("abcdefgh", "bcdefghi"))


def _outside(corpus: Path) -> Path:
    secret = corpus.parent.parent / "outside"
    secret.mkdir(exist_ok=True)
    (secret / "secret.txt").write_text("Not part of the corpus.\n", encoding="utf-8")
    return secret


def _symlink_file(corpus: Path) -> None:
    (corpus / "linked.txt").symlink_to(_outside(corpus) / "secret.txt")


def _symlink_folder(corpus: Path) -> None:
    (corpus / "linked-folder").symlink_to(_outside(corpus), target_is_directory=True)


def _symlink_sidecar(corpus: Path) -> None:
    (corpus / "borrowed.txt").write_bytes(b"A text whose sidecar is a link.\n")
    (corpus / "borrowed.yml").symlink_to(_outside(corpus) / "secret.txt")


def _fifo(corpus: Path) -> None:
    os.mkfifo(corpus / "pipe.txt")


def _huge(corpus: Path) -> None:
    with open(corpus / "huge.txt", "wb") as handle:  # sparse: 50 MB by size, nothing written
        handle.truncate(50_000_000)


def _files(files: dict[str, bytes]):
    def make(corpus: Path) -> None:
        for name, data in files.items():
            (corpus / name).write_bytes(data)
    return make


# (id, how to make it, expected start of its diagnostic, or of each of several)
CASES = [
    ("symlinked file (5)", _symlink_file, ["corpus/sources/linked.txt: symbolic link to a file outside the corpus; refused"]),
    ("symlinked folder (5)", _symlink_folder, ["corpus/sources/linked-folder: symbolic link to a folder outside the corpus; refused"]),
    ("symlinked sidecar (5)", _symlink_sidecar, ["corpus/sources/borrowed.yml: symbolic link to a file outside the corpus; metadata ignored"]),
    ("alias bomb (6)", _files({"bomb.txt": b"Text.\n", "bomb.yml": BOMB}), ["corpus/sources/bomb.yml:3: aliases expand"]),
    ("impossible date (8)", _files({"date.txt": b"Text.\n", "date.yml": b"title: D\npublished: 2020-13-45\n"}),
     ["corpus/sources/date.yml:2: published: '2020-13-45' is not a date"]),
    ("untyped metadata (11)", _files({"typed.txt": b"Text.\n", "typed.yml": b"title: T\npublished: 12\nretrieved: yesterday\nauthor: {a: 1}\nlicense: [x]\n"}),
     ["corpus/sources/typed.yml:2: published: 12 is not a date", "corpus/sources/typed.yml:3: retrieved: 'yesterday' is not a date",
      "corpus/sources/typed.yml:4: author: must be text", "corpus/sources/typed.yml:5: license: must be text"]),
    ("NUL in metadata (11)", _files({"nul.txt": b"Text.\n", "nul.yml": b'title: T\nauthor: "a\\0b"\n'}),
     ["corpus/sources/nul.yml:2: author: control character U+0000"]),
    ("NUL byte in a sidecar (11)", _files({"nulbyte.txt": b"Text.\n", "nulbyte.yml": b"title: T\nauthor: a\0b\n"}),
     ["corpus/sources/nulbyte.yml:2: NUL byte"]),
    ("javascript URL (3)", _files({"js.txt": b"Text.\n", "js.yml": b"title: T\nurl: javascript:alert(1)\n"}),
     ["corpus/sources/js.yml:2: url: 'javascript:alert(1)' is not an http or https URL"]),
    ("source not UTF-8 (12)", _files({"latin1.txt": b"Fine.\nCaf\xe9.\n"}), ["corpus/sources/latin1.txt:2: not valid UTF-8"]),
    ("sidecar not UTF-8 (12)", _files({"meta1252.txt": b"Text.\n", "meta1252.yml": b"title: T\n\nauthor: Jos\xe9\n"}),
     ["corpus/sources/meta1252.yml:3: not valid UTF-8"]),
    ("NUL in a source (12)", _files({"binary.txt": b"Text.\nmore\0text\n"}), ["corpus/sources/binary.txt:2: NUL byte"]),
    ("HTML metadata is not missing (14)", _files({"page.html": b'<html lang="en"><head><title>T</title><meta property="og:site_name" content="P">'
                                                               b'<link rel="canonical" href="https://example.org/p"></head><body><p>Text.</p></body></html>'}),
     ["corpus/sources/page.html: no metadata file (page.yml): unknown author, published, retrieved, kind, perspective, license, revision"]),
    ("over the size limit", _huge, [f"corpus/sources/huge.txt: 50000000 bytes, more than the limit of {DEFAULT_MAX_SOURCE_BYTES} bytes"]),
    ("not a regular file", _fifo, ["corpus/sources/pipe.txt: not a regular file; skipped"]),
    ("broken symbolic link", lambda corpus: (corpus / "dangling.txt").symlink_to(corpus / "nowhere.txt"),
     ["corpus/sources/dangling.txt: cannot be read"]),
    ("control character in a file name", _files({"new\nline.txt": b"Text.\n"}), ["corpus/sources/new\\nline.txt: file name holds control characters"]),
    ("empty source", _files({"empty.txt": b"\n \n"}), ["corpus/sources/empty.txt: no text found"]),
]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    root = tmp_path_factory.mktemp("repo")
    corpus = root / "corpus" / "sources"
    corpus.mkdir(parents=True)
    _files(GOOD)(corpus)
    for _, make, _ in CASES:
        make(corpus)
    sources, diagnostics = read_corpus(corpus, root)
    return sources, [str(d) for d in diagnostics], diagnostics


@pytest.mark.parametrize("case, make, expected", CASES, ids=[c[0] for c in CASES])
def test_each_bad_input_is_named_and_the_good_sources_all_read(read, case, make, expected):
    sources, messages, _ = read
    assert {"good-text", "good-page", "good-notes"} <= {s.id for s in sources}
    for start in expected:
        assert any(m.startswith(start) for m in messages), (start, messages)


def test_nothing_outside_the_corpus_is_read_and_no_path_is_absolute(read):
    sources, _, diagnostics = read
    assert all(s.path.startswith("corpus/sources/") for s in sources)
    assert {s.id for s in sources}.isdisjoint({"linked", "secret", "huge", "pipe", "dangling", "binary", "latin1"})
    assert all(d.path.startswith("corpus/sources/") and not os.path.isabs(d.path) for d in diagnostics)


def test_a_bad_field_drops_only_that_field(read):
    by_id = {s.id: s for s in read[0]}
    assert (by_id["typed"].meta.title, by_id["typed"].meta.published, by_id["typed"].meta.author) == ("T", None, None)
    assert by_id["date"].meta.published is None and by_id["js"].meta.url is None
    assert (by_id["good-text"].meta.published, by_id["good-page"].meta.title) == ("2020-10-05", "Good page")


def test_the_size_limit_is_a_parameter(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"x" * 101 + b"\n")
    sources, diagnostics = read_corpus(tmp_path, tmp_path, max_source_bytes=100)
    assert sources == [] and str(diagnostics[0]).startswith("a.txt: 102 bytes, more than the limit of 100 bytes")


def test_a_link_inside_the_corpus_is_read_under_its_own_name(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "a.txt").write_bytes(b"Text.\n")
    (tmp_path / "b.txt").symlink_to(tmp_path / "real" / "a.txt")
    (tmp_path / "again").symlink_to(tmp_path / "real", target_is_directory=True)
    sources, diagnostics = read_corpus(tmp_path, tmp_path)
    assert [s.path for s in sources] == ["b.txt", "real/a.txt"]  # the linked folder is not read twice
    assert all("symbolic link" not in str(d) for d in diagnostics)
