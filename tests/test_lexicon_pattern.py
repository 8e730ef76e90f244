"""The lexicon's patterns find exactly what a plain alternation of the forms finds.

``lexicon.pattern`` groups the forms by first letter so that a word start
tries only the forms that can match there; the grouping must not change a
single match. The reference is the plain alternation: whole words, any case,
longest form first, any spacing inside.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from chronicle.lexicon import DEFAULT_DIR, WORD_LISTS, _flat, pattern
from chronicle.yamlload import load_yaml


def plain(forms: list[str]) -> re.Pattern:
    alts = sorted({f.strip() for f in forms if f and f.strip()}, key=lambda f: (-len(f), f))
    body = "|".join(r"\s+".join(re.escape(part) for part in f.split()) for f in alts)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def spans(p: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in p.finditer(text)]


def form_lists(path: Path) -> list[list[str]]:
    """Every list of forms a lexicon file turns into one pattern: each kind's roles, and the word lists."""
    data = load_yaml(path)
    lists = [_flat(words) for spec in data["kinds"].values() for words in spec.values() if isinstance(words, list)]
    return lists + [_flat(data.get(name)) for name in WORD_LISTS if data.get(name)]


def texts(forms: list[str]) -> list[str]:
    """The forms as a text writes them: in any case, glued to punctuation or to other words, prefixed, inflected,
    and each form followed by every other one (where a longer form may start inside a shorter one's words)."""
    shapes = [" ".join(f"{f} {f.upper()}. «{f.capitalize()}», x{f} {f}s {f}-{f}" for f in forms)]
    return shapes + [" ".join(f"{f} {g}" for g in forms) for f in forms[:40]]


@pytest.mark.parametrize("path", sorted(DEFAULT_DIR.glob("*.yaml")), ids=lambda p: p.stem)
def test_each_lexicon_pattern_matches_as_the_plain_alternation(path: Path) -> None:
    for forms in form_lists(path):
        grouped, reference = pattern(forms), plain(forms)
        for text in texts(forms):
            assert spans(grouped, text) == spans(reference, text), forms[:5]


@pytest.mark.parametrize(
    ("forms", "text"),
    [
        # re takes "i", "I", "İ" and "ı" for one letter: their forms must be tried in one group, in order
        (["iki", "İki gün", "ılıq", "Iraq"], "İKİ GÜN, ıkı, Iki gün, ILIQ, iraq."),
        # a longer form of another spelling of the letter comes between two forms of one spelling
        (["iki günlük", "İki gün", "iki"], "iki gün, İKİ GÜNLÜK"),
        (["iki günlük", "Iki gün", "iki"], "ıki gün, iki"),
        (["shelled", "shelling of", "seized"], "Shelling  of the town; SEIZED, reshelled, shelled-out"),
        (["a", "an", "and then"], "A man and  then an apple, a-b"),
    ],
)
def test_case_and_spacing_as_the_plain_alternation(forms: list[str], text: str) -> None:
    assert spans(pattern(forms), text) == spans(plain(forms), text)
    assert spans(pattern(forms), text)  # the text holds forms: the comparison is not between two empty lists


def test_no_forms_match_nothing() -> None:
    assert pattern([]).search("anything") is None and pattern(["  "]).search(" ") is None
