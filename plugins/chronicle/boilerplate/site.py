"""Lines a publisher repeats across its sources: its site's chrome, found by counting over the corpus."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

from chronicle.boilerplate.patterns import PROSE_MIN_WORDS, SITE_MIN_SOURCES


@lru_cache(maxsize=4096)
def line_key(text: str) -> str:
    """What makes two lines the same line: their words, whatever the spacing and case.

    Cached: the rules that compare a source's lines (its title, its repeated copies) each ask it of every line.
    """
    return " ".join(text.split()).casefold()


def site_chrome(sources: Iterable[tuple[str | None, Sequence[str]]]) -> list[frozenset[str]]:
    """For each source (its publisher, its paragraphs), the keys of its lines that are its site's chrome.

    A short line that is no prose ("Subscribe to our newsletter", "Follow us
    on Telegram") and stands in ``SITE_MIN_SOURCES`` sources of one publisher
    or more came with the site, not with the text. It needs the whole corpus,
    so it runs once per build, before segmentation: one pass to count each
    publisher's lines, one to read each source's back (linear in the corpus).
    Sources without a publisher share nothing.
    """
    return shared_lines((publisher, chrome_candidates(texts)) for publisher, texts in sources)


def chrome_candidates(texts: Sequence[str]) -> frozenset[str]:
    """The keys of a source's lines that may be its site's chrome (short, no prose): one source's share of ``site_chrome``."""
    return frozenset(line_key(t) for t in texts if _may_be_chrome(t))


def shared_lines(sources: Iterable[tuple[str | None, frozenset[str]]]) -> list[frozenset[str]]:
    """``site_chrome`` from each source's publisher and ``chrome_candidates``."""
    sources = list(sources)
    counts = Counter((publisher, key) for publisher, keys in sources if publisher for key in keys)
    return [
        frozenset(key for key in keys if counts[publisher, key] >= SITE_MIN_SOURCES) if publisher else frozenset()
        for publisher, keys in sources
    ]


def _may_be_chrome(text: str) -> bool:
    """Short enough to be a site's line rather than its text (a stock background paragraph stays content)."""
    return 0 < len(text.split()) < PROSE_MIN_WORDS
