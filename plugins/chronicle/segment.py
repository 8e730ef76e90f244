"""Segment: paragraphs into sentences, each with an anchor that survives edits.

A sentence's anchor is a hash of its own normalized text, so inserting,
editing or deleting *another* paragraph never moves a link that points at it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import replace
import unicodedata
from functools import lru_cache
from urllib.parse import urlsplit

from chronicle.boilerplate import classify, cut_by_caption
from chronicle.boilerplate.site import chrome_candidates, shared_lines
from chronicle.model import Paragraph, RawSource, Sentence, Source, SourceMeta
from chronicle.rebuilds import KeptWhileSame, reuse
from chronicle.sentences import load_rules, split

_RULES = load_rules()


@lru_cache(maxsize=65536)
def split_sentences(text: str) -> tuple[str, ...]:
    """Sentences of one paragraph, each an exact slice of it (see ``chronicle.sentences``).

    Cached: ``mkdocs serve`` re-segments unchanged paragraphs on every rebuild.
    """
    return split(text, _RULES)


def normalize(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def anchor(text: str) -> str:
    return "s-" + hashlib.sha1(normalize(text).encode("utf-8")).hexdigest()[:8]


def site_lines(raws: Sequence[RawSource], kept: KeptWhileSame | None = None) -> list[frozenset[str]]:
    """Per source, the lines its publisher repeats across its sources (``boilerplate.site_chrome``).

    Computed once per build over every source, and passed to ``segment``; ``kept``
    (``mkdocs serve``): each source's candidate lines stay while it is the same ``RawSource``.
    """
    return shared_lines((publisher(raw.meta), reuse(kept, ("chrome", raw.id), (raw,), lambda: chrome_candidates([text for _, text in raw.blocks])))
                        for raw in raws)


def publisher(meta: SourceMeta) -> str | None:
    """Who published a source: its ``publisher`` field, else its URL's host."""
    if meta.publisher:
        return meta.publisher.casefold()
    try:
        host = urlsplit(meta.url).hostname if meta.url else None
    except ValueError:  # not a URL a host can be read from ("http://[")
        return None
    return host.removeprefix("www.") if host else None


def segment(raw: RawSource, site: frozenset[str] = frozenset()) -> Source:
    """Paragraphs and sentences of a source, boilerplate marked (never dropped).

    ``site`` are the lines of the source that its publisher repeats in other sources (see ``site_lines``).
    """
    texts = [text for _, text in raw.blocks]
    reasons = classify(texts, site)
    used: dict[str, int] = {}
    paragraphs = []
    for number, ((line, text), reason) in enumerate(zip(raw.blocks, reasons), 1):
        sentences = []
        for sentence in split_sentences(text):
            sid = _unique(anchor(sentence), used)
            sentences.append(Sentence(sid, number, sentence, boilerplate=reason is not None))
        paragraphs.append(Paragraph(number, line, tuple(sentences), reason))
    return Source(raw, tuple(_link_caption_cuts(paragraphs, [text for _, text in raw.blocks])))


def _link_caption_cuts(paragraphs: list[Paragraph], texts: list[str]) -> list[Paragraph]:
    """A sentence a caption cut in two: its first half names the second (paragraphs stay as the lines are).

    Pages then quote the two halves as the one sentence they are, never a fragment.
    """
    for i in range(len(paragraphs) - 2):
        first, after = paragraphs[i], paragraphs[i + 2]
        if first.sentences and after.sentences and cut_by_caption(texts[i], texts[i + 1], texts[i + 2]):
            head = replace(first.sentences[-1], continued_by=after.sentences[0].id)
            paragraphs[i] = replace(first, sentences=(*first.sentences[:-1], head))
    return paragraphs


def _unique(base: str, used: dict[str, int]) -> str:
    """Identical sentences in one source share a hash: later copies get -2, -3, ..."""
    used[base] = used.get(base, 0) + 1
    return base if used[base] == 1 else f"{base}-{used[base]}"
