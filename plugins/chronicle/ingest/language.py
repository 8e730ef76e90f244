"""The language of a source that does not declare one, read from its text.

Every later stage needs the language: segmentation, dates, places and claims
read each text with its own language's words, and pages mark quotes with
``lang`` so that fonts, hyphenation and screen readers work. A sidecar or an
HTML page usually declares it; when neither does, the text tells.

The script decides first, because it is certain and free: Armenian letters
are Armenian, and Cyrillic is Russian unless the detector hears Ukrainian
(or the letters only Azerbaijani Cyrillic has, as in Soviet-era texts, are
there). Latin-script texts, where English, Azerbaijani, Turkish, French and
German share letters, go to `lingua <https://github.com/pemistahl/lingua-py>`_,
built only for the languages this chronicle reads (so it loads fast and
stays small), once per process and only when a text needs it. Only the first
:data:`SAMPLE_CHARS` characters are read: the language of a text does not
change halfway, and the cost stays the same for a 10 MB source.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

# The languages a source is detected as (ISO 639-1); any other is declared in the metadata.
SUPPORTED = ("en", "ru", "az", "hy", "tr", "uk", "fr", "de")
# Enough text for a sure answer (lingua needs a few sentences), little enough to cost nothing.
SAMPLE_CHARS = 4_000
# Letters of Azerbaijani Cyrillic (1939-1991) that neither Russian nor Ukrainian has, nor Serbian (which has ј).
_AZERBAIJANI_CYRILLIC = frozenset("әҹҝӘҸҜ")
# The scripts each supported language is written in, where not Latin alone.
_SCRIPTS = {"ru": ("Cyrillic",), "uk": ("Cyrillic",), "hy": ("Armenian",), "az": ("Latin", "Cyrillic")}


def detect(text: str) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or ``None`` when it has no letters or no clear answer."""
    sample = text[:SAMPLE_CHARS]
    script = _script(sample)
    if script == "Armenian":
        return "hy"
    if script == "Cyrillic":
        if any(c in _AZERBAIJANI_CYRILLIC for c in sample):
            return "az"
        return "uk" if _lingua(sample) == "uk" else "ru"
    return _lingua(sample) if script == "Latin" else None


def contradiction(declared: str, text: str) -> str | None:
    """The script of ``text`` when it rules out the ``declared`` language ('language: en' over an Armenian text).

    A sidecar copied from another source is the usual cause; the declared
    language still wins (an editor may know better), but the editor is told.
    """
    script = _script(text[:SAMPLE_CHARS])
    if declared not in SUPPORTED or script not in ("Armenian", "Cyrillic", "Latin"):
        return None
    return None if script in _SCRIPTS.get(declared, ("Latin",)) else script


def sample_of(blocks: Iterable[tuple[int, str]]) -> str:
    """The first :data:`SAMPLE_CHARS` characters of a source's blocks, joined by newlines."""
    parts: list[str] = []
    size = 0
    for _, block in blocks:
        parts.append(block)
        size += len(block) + 1
        if size >= SAMPLE_CHARS:
            break
    return "\n".join(parts)[:SAMPLE_CHARS]


# The code points of each script this module tells apart; any other letter is "Other".
SCRIPT_RANGES = {
    "Armenian": ((0x0531, 0x058F), (0xFB13, 0xFB17)),
    "Cyrillic": ((0x0400, 0x052F),),
    "Latin": ((0x0000, 0x024F), (0x1E00, 0x1EFF)),
}


# Each script's letters become one mark, the other characters of its ranges (digits, signs, marks) are dropped.
_MARKS = {"Armenian": "\x01", "Cyrillic": "\x02", "Latin": "\x03"}
_MARKED = {code: _MARKS[name] if chr(code).isalpha() else None
           for name, ranges in SCRIPT_RANGES.items() for low, high in ranges for code in range(low, high + 1)}
_UNMARKED = dict.fromkeys(map(ord, _MARKS.values()))


def script_counts(sample: str) -> dict[str, int]:
    """How many letters (``str.isalpha``) of ``sample`` each script has (Armenian, Cyrillic, Latin, Other), scripts without any left out.

    One ``str.translate`` turns each letter of the three scripts into its
    script's mark and drops their other characters, so the sample is read in C
    rather than a character at a time in Python; only the few characters of
    other scripts (dashes, quotation marks, a foreign name) are then looked at one by one.
    The marks are control characters, which the Latin range drops from the input: they cannot be counted twice.
    """
    marked = sample.translate(_MARKED)
    counts = {name: marked.count(mark) for name, mark in _MARKS.items()}
    rest = marked.translate(_UNMARKED) if len(marked) > sum(counts.values()) else ""
    counts["Other"] = sum(map(str.isalpha, rest))
    return {name: n for name, n in counts.items() if n}


def _script(sample: str) -> str | None:
    """The script most letters of ``sample`` are written in (Armenian, Cyrillic, Latin, Other); ``None`` without letters.

    A tie goes to the script whose name sorts first.
    """
    counts = script_counts(sample)
    if not counts:
        return None
    return max(sorted(counts), key=counts.__getitem__)


def _lingua(sample: str) -> str | None:
    found = _detector().detect_language_of(sample)
    return found.iso_code_639_1.name.lower() if found is not None else None


@functools.cache
def _detector():
    """The detector for :data:`SUPPORTED`, built at the first text that needs it (one per process).

    Low-accuracy mode reads trigrams only: as sure as the full mode on a few
    sentences, with a fraction of the models in memory.
    """
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, code.upper()) for code in SUPPORTED]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_low_accuracy_mode().build()
