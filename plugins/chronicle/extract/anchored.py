"""Patterns anchored at the end of a text ("... the town of $"), searched where their match can start.

Python's ``re`` has no backward search: ``pattern.search(text)`` for a pattern
that ends in ``$`` tries every position of the text, so asking it of the text
before each name of a sentence costs time that grows with the sentence twice
over. A match that spans at most a few whitespace-separated pieces starts in
the first of the last few pieces; searching from there finds the same match.
"""

from __future__ import annotations

import re


def search_end(pattern: re.Pattern, text: str, chunks: int) -> re.Match | None:
    """``pattern.search(text)`` for a pattern anchored at the end whose match spans at most ``chunks``
    whitespace-separated pieces of the text: searched from where those begin. The same match, found faster."""
    parts = text.rsplit(None, chunks)
    return pattern.search(text, len(parts[0]) if len(parts) > chunks else 0)
