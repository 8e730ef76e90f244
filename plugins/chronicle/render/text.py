"""Turn source text into Markdown that renders to exactly that text.

Source text is data, never markup. Rather than escaping the syntax of one
Markdown dialect (and every extension's), each ASCII punctuation character and
each whitespace character that Markdown treats specially becomes a numeric
character reference. No extension matches an entity as syntax, and the browser
shows the original character.
"""

from __future__ import annotations

import string
from functools import lru_cache
from urllib.parse import quote

_ENCODE = {ord(ch): f"&#{ord(ch)};" for ch in string.punctuation}
_ENCODE.update({ord("\t"): "&#9;", ord("\n"): " ", ord("\r"): " "})
# Spaces only need protecting where Markdown reads them: doubled or at an edge.
_SPACE = "&#32;"


@lru_cache(maxsize=1 << 16)
def inert(text: str) -> str:
    """Markdown source that renders as ``text`` verbatim, on one line."""
    encoded = text.translate(_ENCODE)
    if encoded.startswith(" ") or encoded.endswith(" ") or "  " in encoded:
        encoded = encoded.replace(" ", _SPACE)
    return encoded


def attribute(text: str) -> str:
    """Text safe inside a double-quoted HTML attribute."""
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;")


# Text fragments need these characters percent-encoded on top of URL escaping.
_FRAGMENT_RESERVED = str.maketrans({"-": "%2D", ",": "%2C", "&": "%26"})
FRAGMENT_EDGE_WORDS = 4


def text_fragment(url: str, sentence: str) -> str:
    """``url`` with a ``#:~:text=`` directive that scrolls to ``sentence``.

    Long sentences use the ``start,end`` form so the link survives small edits
    in the middle of the sentence.
    """
    words = sentence.split()

    def enc(part: list[str]) -> str:
        return quote(" ".join(part), safe="").translate(_FRAGMENT_RESERVED)

    if len(words) <= 2 * FRAGMENT_EDGE_WORDS:
        directive = enc(words)
    else:
        directive = f"{enc(words[:FRAGMENT_EDGE_WORDS])},{enc(words[-FRAGMENT_EDGE_WORDS:])}"
    return f"{url.split('#', 1)[0]}#:~:text={directive}"
