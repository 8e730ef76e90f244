"""Grouped alternations find exactly what the plain alternation of their branches finds.

``chronicle.alternation`` groups a long case-insensitive alternation by first
letter so that a word start tries only the branches that can match there
(the lexicon's forms, the wars' names); the grouping must not change a single
match. The reference is the plain alternation of the same branches in the
same order, with the same word boundaries.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronicle import alternation
from chronicle.extract.war_names import _first_word, _pattern, matcher_for
from chronicle.lexicon import DEFAULT_DIR, WORD_LISTS, _flat, pattern
from chronicle.wars import WarCatalog
from chronicle.yamlload import load_yaml

ROOT = Path(__file__).resolve().parent.parent
EDGES = r"(?<![\w-])(?:{})(?![\w-])"


def spans(p: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in p.finditer(text)]


def plain_forms(forms: list[str]) -> re.Pattern:
    """The lexicon's alternation as written before grouping: whole words, any case, longest first."""
    alts = sorted({f.strip() for f in forms if f and f.strip()}, key=lambda f: (-len(f), f))
    return re.compile(EDGES.format("|".join(r"\s+".join(re.escape(p) for p in f.split()) for f in alts)), re.IGNORECASE)


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
        grouped, reference = pattern(forms), plain_forms(forms)
        for text in texts(forms):
            assert spans(grouped, text) == spans(reference, text), forms[:5]


def test_war_names_match_as_the_plain_alternation() -> None:
    catalog = WarCatalog.load(ROOT / "corpus" / "wars.yaml")
    names = [*(a for w in catalog.all() for a in w.aliases), *(a.name for a in catalog.ambiguous)]
    ordered = sorted(set(names), key=lambda n: (-len(n), n))  # the real pattern orders by folded name: compare sets
    reference = re.compile(EDGES.format("|".join(_pattern(n) for n in ordered)), re.IGNORECASE)
    grouped = re.compile(EDGES.format(alternation.grouped([(_first_word(n)[0], _pattern(n)) for n in ordered])), re.IGNORECASE)
    for text in texts(ordered):
        assert spans(grouped, text) == spans(reference, text)
    assert spans(matcher_for(catalog).names, texts(ordered)[0])  # the catalog's own pattern finds its names


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
    assert spans(pattern(forms), text) == spans(plain_forms(forms), text)
    assert spans(pattern(forms), text)  # the text holds forms: the comparison is not between two empty lists


LETTERS = "aAbiIİı -"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(LETTERS[:8], min_size=1, max_size=5), min_size=1, max_size=8), st.text(LETTERS, max_size=40))
def test_any_branches_any_text(branches: list[str], text: str) -> None:
    regexes = [(b[0], re.escape(b)) for b in branches]
    plain = re.compile(EDGES.format("|".join(r for _, r in regexes)), re.IGNORECASE)
    grouped = re.compile(EDGES.format(alternation.grouped(regexes)), re.IGNORECASE)
    assert spans(grouped, text) == spans(plain, text)


def test_no_forms_match_nothing() -> None:
    assert pattern([]).search("anything") is None and pattern(["  "]).search(" ") is None
