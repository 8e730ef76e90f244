"""Over arbitrary text, sentences are verbatim: exact slices that give the paragraph back."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from chronicle.segment import split_sentences
from chronicle.sentences import load_rules, split

RULES = load_rules()
_TOKENS = [
    "It", "fell", "then", "The", "Mr.", "Gen.", "No.", "p.", "pp.", "Sept.", "27", "1993.", "3.5", "U.S.", "e.g.", "a.m.",
    "J.", "et", "al.", "km.", "г.", "Город", "ул.", "թ.", "Մարտ։", "il.", "Şuşa", ".", "..", "...", "…", "!", "!!!", "?!",
    "։", "[2]", "[citation needed]", "\"", "“", "”", "'", "«", "»", "(", ")", "[", "]", "1.", "^", "<!--", "-->", "—",
    "e\u0301", "\u0301\u0301\u0301", "\u200f", "x" * 45, "",
]
_SPACES = st.sampled_from(["", " ", "  ", "\n", "\t", "\u00a0", "\u2003", " \n "])


@st.composite
def paragraphs(draw) -> str:
    """Text in the shape of prose and markup, where boundaries are hard to call."""
    tokens = draw(st.lists(st.sampled_from(_TOKENS) | st.text(max_size=6), max_size=40))
    return "".join(token + draw(_SPACES) for token in tokens)


_TEXT = paragraphs() | st.text(max_size=200)


def _assert_verbatim(text: str, sentences: tuple[str, ...]) -> None:
    """Each sentence is found in order; only whitespace lies between and around them."""
    position = 0
    for sentence in sentences:
        assert sentence and sentence == sentence.strip()
        found = text.find(sentence, position)
        assert found >= 0 and not text[position:found].strip()
        position = found + len(sentence)
    assert not text[position:].strip()


@settings(max_examples=600, deadline=None)
@given(_TEXT)
def test_sentences_are_exact_slices_that_give_the_paragraph_back(text):
    _assert_verbatim(text, split_sentences(text))


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.integers(min_value=1, max_value=30))
def test_no_sentence_is_longer_than_the_limit_and_nothing_is_lost(text, limit):
    sentences = split(text, RULES, max_chars=limit)
    _assert_verbatim(text, sentences)
    assert all(len(s) <= limit for s in sentences)
