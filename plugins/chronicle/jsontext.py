"""JSON lists written an item at a time, byte for byte as ``json.dumps(items, ensure_ascii=False, indent=1)`` writes them.

A ``mkdocs serve`` rebuild keeps the text of each item no edit touched (a war's
timeline, a source's record in sources.json) and only joins them again.

The indentation is laid out here, not by ``json.dumps(indent=1)``: with an
indent, ``json`` encodes in Python through closures made anew on every call
that refer to one another, a reference cycle only the cycle collector frees.
A build rests the collector while the pipeline runs (``collector.BuildCollector``)
and then freezes what is alive, so every item's closures stayed in memory to
the end of the build: 939,000 objects, 55 MB of RSS at 1,000 sources.
Strings and numbers are encoded by ``json``'s C encoder, which makes no cycle.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

_scalar = json.JSONEncoder(ensure_ascii=False).encode  # a string, number, boolean or null, as json.dumps writes it


def item(row: dict) -> str:
    """One item as the list's ``json.dumps`` writes it: a level deeper (a string holds no raw newline to indent)."""
    return " " + _indented(row, " ")


def document(value: dict) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=1)`` and a final newline: a whole file (dataset.jsonld)."""
    return _indented(value, "") + "\n"


def listed(items: Iterable[str]) -> str:
    """The items (``item``) as one JSON list, with a final newline."""
    return "".join(pieces(items))


def pieces(items: Iterable[str]) -> Iterator[str]:
    """``listed(items)`` in pieces, an item at a time: a busy war's timeline (tens of MB at 10,000 sources) is
    written as its items are made, never held whole."""
    ahead = "[\n"
    for text in items:
        yield ahead + text
        ahead = ",\n"
    yield "[]\n" if ahead == "[\n" else "\n]\n"


def _indented(value, margin: str) -> str:
    """``value`` as ``json.dumps(value, ensure_ascii=False, indent=1)`` writes it at ``margin``; keys are strings."""
    inner = margin + " "
    if isinstance(value, dict):
        members = ",\n".join(f"{inner}{_scalar(key)}: {_indented(v, inner)}" for key, v in value.items())
        return "{\n" + members + "\n" + margin + "}" if value else "{}"
    if isinstance(value, (list, tuple)):
        members = ",\n".join(inner + _indented(v, inner) for v in value)
        return "[\n" + members + "\n" + margin + "]" if value else "[]"
    return _scalar(value)
