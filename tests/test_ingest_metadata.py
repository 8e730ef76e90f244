"""The sidecar schema: a bad value is a warning at its file and line, the field is dropped, the source builds."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronicle.ingest import read_corpus
from chronicle.ingest.metadata import KINDS, PERSPECTIVES

GOOD = "title: A title\n"


def _read(tmp_path: Path, sidecar: bytes):
    corpus = tmp_path / "corpus" / "sources"
    corpus.mkdir(parents=True)
    (corpus / "s.txt").write_bytes(b"First line.\nSecond line.\n")
    (corpus / "s.yml").write_bytes(sidecar)
    [source], diagnostics = read_corpus(corpus, tmp_path)
    return source.meta, [str(d) for d in diagnostics]


@pytest.mark.parametrize("line, field, value", [
    ("published: 2020-10-05", "published", "2020-10-05"),
    ("published: '2020-10'", "published", "2020-10"),
    ("published: 2020", "published", "2020"),
    ("retrieved: 2026-11-01T09:30:00Z", "retrieved", "2026-11-01"),
    ("url: https://example.org/a?b=c#d", "url", "https://example.org/a?b=c#d"),
    ("url: HTTP://EXAMPLE.ORG/", "url", "HTTP://EXAMPLE.ORG/"),
    ("language: hy", "language", "hy"),
    ("language: EN", "language", "en"),
    ("language: hye", "language", "hye"),
    ("kind: partisan-history", "kind", "partisan-history"),
    ("perspective: azerbaijani", "perspective", "azerbaijani"),
    ("revision: 1012345678", "revision", "1012345678"),
    ("revision: revision of 2021-03", "revision", "revision of 2021-03"),
    ("author: null", "author", None),
    ("author: ''", "author", None),
    ('author: "Tab\\tand newline\\n"', "author", "Tab\tand newline"),
    # other tools' front-matter names for two fields
    ("date: 2023-09-20", "published", "2023-09-20"),
    ("lang: ru", "language", "ru"),
])
def test_good_values_are_kept(tmp_path, line, field, value):
    meta, diagnostics = _read(tmp_path, f"title: A title\n{line}\n".encode())
    assert getattr(meta, field) == value
    assert [d for d in diagnostics if "s.yml" in d] == []


@pytest.mark.parametrize("text, field, message", [
    ("published: 2020-13-45", "published", "'2020-13-45' is not a date (YYYY, YYYY-MM or YYYY-MM-DD that exists)"),
    ("published: 2019-02-29", "published", "'2019-02-29' is not a date (YYYY, YYYY-MM or YYYY-MM-DD that exists)"),
    ("published: 12", "published", "12 is not a date (YYYY, YYYY-MM or YYYY-MM-DD that exists)"),
    ("published: yesterday", "published", "'yesterday' is not a date (YYYY, YYYY-MM or YYYY-MM-DD that exists)"),
    ("published: {year: 2020}", "published", "{'year': 2020} is not a date (YYYY, YYYY-MM or YYYY-MM-DD that exists)"),
    ("published: [2020, 2021]", "published", "[2020, 2021] is not a date (YYYY, YYYY-MM or YYYY-MM-DD that exists)"),
    ("retrieved: '2020-1-5'", "retrieved", "'2020-1-5' is not a date (YYYY, YYYY-MM or YYYY-MM-DD that exists)"),
    ("url: javascript:alert(1)", "url", "'javascript:alert(1)' is not an http or https URL"),
    ("url: 'https://example.org/\"><img src=x onerror=alert(1)>'", "url", "'https://example.org/\"><img src=x onerror=alert(1)>' is not an http or https URL"),
    ("url: ftp://example.org/file", "url", "'ftp://example.org/file' is not an http or https URL"),
    ("url: //example.org/a", "url", "'//example.org/a' is not an http or https URL"),
    ("url: https://", "url", "'https://' is not an http or https URL"),
    ("language: english", "language", "'english' is not an ISO 639-1 or 639-3 language code"),
    ("language: xx", "language", "'xx' is not an ISO 639-1 or 639-3 language code"),
    ("kind: rumour", "kind", f"'rumour' is not one of {', '.join(KINDS)}"),
    ("perspective: martian", "perspective", f"'martian' is not one of {', '.join(PERSPECTIVES)}"),
    ("author: [A, B]", "author", "must be text, not a list"),
    ("publisher: {name: X}", "publisher", "must be text, not a mapping"),
    ("license: yes", "license", "must be text, not true/false"),
    ('author: "A\\0B"', "author", "control character U+0000 is not allowed"),
    ('publisher: "News\\x1b[31m"', "publisher", "control character U+001B is not allowed"),
    ('author: "evil\\u202Etxt.exe"', "author", "control character U+202E is not allowed"),
])
def test_bad_values_warn_at_their_line_and_are_dropped(tmp_path, text, field, message):
    meta, diagnostics = _read(tmp_path, f"# comment\n{GOOD}\n{text}\n".encode())
    assert getattr(meta, field) == ("en" if field == "language" else None)  # a dropped language is read from the text
    assert meta.title == "A title"
    assert [d for d in diagnostics if "s.yml" in d] == [f"corpus/sources/s.yml:4: {field}: {message}; field dropped"]


@pytest.mark.parametrize("sidecar, line, message", [
    (b"title: T\ncolour: red\n", 2, "unknown metadata field 'colour'"),
    (b"title: U\ntitle: T\n", 2, "'title' is given more than once; the last value is used"),
    (b"title: T\npublished: 2020-10-05\ndate: 2021-01-01\n", 3, "'date' and 'published' are both given; 'published' is used"),
    (b"title: [unclosed\nkind: news\n", 2, "invalid YAML"),
    (b"- a list\n- not a mapping\n", 1, "metadata must be a mapping"),
    (b"title: T\nauthor: caf\xe9\n", 2, "not valid UTF-8"),
    (b"title: T\nauthor: a\0b\n", 2, "NUL byte"),
    (b"a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
     b"c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n", 3, "aliases expand"),
])
def test_a_broken_sidecar_is_one_message_and_the_source_still_builds(tmp_path, sidecar, line, message):
    meta, diagnostics = _read(tmp_path, sidecar)
    assert meta.title in ("T", "First line.")
    assert any(d.startswith(f"corpus/sources/s.yml:{line}: {message}") for d in diagnostics), diagnostics


def test_an_oversized_sidecar_is_refused_without_parsing(tmp_path):
    meta, diagnostics = _read(tmp_path, b"title: T\nnote: " + b"x" * 200_000 + b"\n")
    assert meta.title == "First line."
    assert any(d.startswith("corpus/sources/s.yml: 200016 bytes, more than the limit of 100000 bytes; metadata ignored") for d in diagnostics), diagnostics
