"""A sentence's words for the lexicon's first-word test: folded one by one, as the whole sentence folded gives them.

``predicates.find`` asks which predicates' first words a sentence holds. It
folds the words the rules already read (``_tokens``) one by one instead of
folding the sentence and reading its words again; that must give the same
set, so the few letters whose folding adds or drops a word character are
listed (``FOLD_SPLITS``) and send a sentence holding one to the old reading.
"""

from __future__ import annotations

import sys

import pytest
from chronicle.extract.claims.predicates import FOLD_SPLITS, WORD, folded_words


def _whole(text: str) -> set[str]:
    return set(WORD.findall(text.replace("İ", "i").casefold()))


def test_every_letter_whose_folding_changes_the_words_is_listed():
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if 0xD800 <= code < 0xE000 or ch == "İ" or ch.casefold() == ch:
            continue  # a letter folding to itself keeps its word
        splits = any(bool(WORD.fullmatch(c)) != bool(WORD.fullmatch(ch)) for c in ch.casefold())
        assert splits == bool(FOLD_SPLITS.match(ch)), hex(code)


@pytest.mark.parametrize("text", [
    "Armenian forces captured the town of Shusha on 8 May 1992.",
    "İşğal olunmuş ŞUŞA şəhəri 2020-ci ildə azad edildi.",
    "STRASSE und Straße; the army’s O'Brien re-took it.",
    "Οἱ στρατιῶται ΰ ǰ ᾷ Ⅻ ǅungla took the hill.",  # letters whose folding adds a mark: the whole text folded
    "Войска ЗАНЯЛИ город Шуша.",
    "",
])
def test_folded_words_are_the_words_of_the_folded_text(text):
    assert folded_words(text) == _whole(text)
