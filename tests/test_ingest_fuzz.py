"""No input makes the readers raise: arbitrary bytes as a sidecar, a text, a page; arbitrary metadata values.

These call :func:`read_source` directly, below ``read_corpus``'s safety net,
so a crash here is a bug in a reader and not hidden by the net.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronicle.ingest import read_source
from chronicle.ingest.metadata import META_FIELDS

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
HTML_PIECES = st.sampled_from([
    "<p>", "</p>", "<div hidden>", "</div>", "<pre>", "</pre>", "<br>", "<article>", "<main>", "<header>",
    "<li>", "<ul>", "<table><caption>", "<!-- c -->", "<![CDATA[x]]>", "<meta charset='windows-1251'>",
    "<script>", "</script>", "<span aria-hidden=true>", "\n", "  ", "text", "é", "\u202e", "&amp;", "&#0;", "<",
])


def _read(name: str, data: bytes, sidecar: bytes | None = None):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / name).write_bytes(data)
        if sidecar is not None:
            (folder / (Path(name).stem + ".yml")).write_bytes(sidecar)
        return read_source(folder / name, folder)


def _check(source, diagnostics) -> None:
    assert all(not Path(d.path).is_absolute() for d in diagnostics)
    if source is None:
        assert any(d.fatal for d in diagnostics)
    else:
        assert source.blocks and all(line >= 1 and text.strip() for line, text in source.blocks)


@SETTINGS
@given(st.binary(max_size=300))
def test_any_bytes_as_a_sidecar(data):
    source, diagnostics = _read("s.txt", b"A line.\n", data)
    assert source is not None and source.blocks == ((1, "A line."),)
    _check(source, diagnostics)


@SETTINGS
@given(st.sampled_from(META_FIELDS), st.one_of(st.text(max_size=40), st.integers(), st.floats(allow_nan=True),
                                               st.booleans(), st.none(), st.lists(st.text(max_size=5), max_size=3)))
def test_any_value_in_any_field_is_kept_as_text_or_dropped_with_a_warning(field, value):
    source, diagnostics = _read("s.txt", b"A line.\n", f"{field}: {json.dumps(value)}\n".encode())
    kept = getattr(source.meta, field)
    assert kept is None or isinstance(kept, str)
    assert kept is None or "\0" not in kept and "\u202e" not in kept
    _check(source, diagnostics)


@SETTINGS
@given(st.binary(max_size=300))
def test_any_bytes_as_a_text(data):
    _check(*_read("s.txt", data))


@SETTINGS
@given(st.lists(HTML_PIECES, max_size=40).map("".join), st.sampled_from(["utf-8", "cp1251"]))
def test_any_tag_soup_as_a_page(page, encoding):
    _check(*_read("s.html", page.encode(encoding, "replace")))
