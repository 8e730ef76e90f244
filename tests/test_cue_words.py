"""The words cuetext reads (``WORD``): a letter, then letters and combining marks, so that a stress accent
("Кельбаджа́р") stays inside its word; digits, underscores and a mark with no letter before it are no words."""

from __future__ import annotations

import pytest

from chronicle.extract.cuetext import WORD, tokenize

# (text, its words)
WORDS = [
    ("Armenian forces took Shusha.", ["Armenian", "forces", "took", "Shusha"]),
    ("Кельбаджа\u0301р пал в 1993 году.", ["Кельбаджа\u0301р", "пал", "в", "году"]),
    ("Ше\u0301ки и Ше\u0301мaха\u0301", ["Ше\u0301ки", "и", "Ше\u0301мaха\u0301"]),  # a mark ends a word: still the word's
    ("a\u0301\u0300b c", ["a\u0301\u0300b", "c"]),  # marks in a row
    ("\u0301abc", ["abc"]),  # a mark before any letter belongs to no word
    ("x_y 9z Ağdərə", ["x", "y", "z", "Ağdərə"]),
    ("Արցախյան պատերազմ, 2020", ["Արցախյան", "պատերազմ"]),
    ("", []),
]


@pytest.mark.parametrize("text, words", WORDS)
def test_a_word_is_a_letter_then_letters_and_marks(text, words):
    assert WORD.findall(text) == words
    tokens = tokenize(text)
    assert tokens.words == words
    assert [text[a:b] for a, b in zip(tokens.starts, tokens.ends)] == words
