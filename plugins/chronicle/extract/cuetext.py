"""Cheap tests of the text next to a name, run before the patterns that need them.

Most sentences hold none of a rule's cue words, so each rule asks first whether
the text ends with or holds one. And Python's ``re`` has no backward search:
``pattern.search(text)`` for a pattern that ends in ``$`` tries every position
of the text, so asking it of the text before each name of a sentence costs time
that grows with the sentence twice over; a match that spans at most a few
whitespace-separated pieces starts in the first of the last few pieces, and
``search_end`` searches from there.
"""

from __future__ import annotations

import re


def ends_with(text: str, *words: str, optional: str = "") -> bool:
    """Does the text end (spaces aside, and an ``optional`` last word aside) with one of the words, in any case?
    A cheap test before a pattern anchored at the end, which Python can only search from the start."""
    tail = _lowered(text.rstrip())
    if optional and tail.endswith(optional):
        tail = tail[: -len(optional)].rstrip()
    return tail.endswith(words)


def search_end(pattern: re.Pattern, text: str, chunks: int) -> re.Match | None:
    """``pattern.search(text)`` for a pattern anchored at the end whose match spans at most ``chunks``
    whitespace-separated pieces of the text: searched from where those begin, since Python's ``re``
    would otherwise try every position of the text before them. The same match, found faster."""
    parts = text.rsplit(None, chunks)
    return pattern.search(text, len(parts[0]) if len(parts) > chunks else 0)


def holds(text: str, *parts: str) -> bool:
    """Does the text hold one of the parts, in any case? (the cheap test before a pattern that needs one)"""
    return any(map(_lowered(text).__contains__, parts))


def _lowered(text: str) -> str:
    """The text in lower case as an IGNORECASE pattern reads it: "İ" and "ı" match "i" there (an English
    text has neither: ``isascii`` is a flag Python keeps, so it costs nothing to ask)."""
    lowered = text.lower()
    return lowered if text.isascii() else lowered.replace("\u0307", "").replace("ı", "i")
