"""Random numbers and words never crash the tagger, and every span is an exact slice."""

from __future__ import annotations

import datetime as dt

from chronicle.extract.dates import describe, tag_document
from hypothesis import given, settings
from hypothesis import strategies as st

_WORDS = [
    "January", "May", "march", "Sept.", "Nov", "spring", "fall", "summer", "winter", "of", "the",
    "in", "on", "by", "before", "after", "since", "early", "mid", "late", "end", "beginning",
    "second", "half", "and", "to", "from", "between", "same", "following", "next", "last", "this",
    "day", "days", "week", "month", "months", "year", "years", "decades", "ago", "later", "earlier",
    "yesterday", "Tuesday", "morning", "night", "around", "a", "few", "three", "twenty", "-", "–",
    ",", ".", ":", "/", "th", "s", "’", "(", ")", "[1]", "a.m.", "hours", "old", "of1993",
]
_NUMBERS = st.integers(min_value=0, max_value=99999).map(str) | st.sampled_from(
    ["1993", "2020", "1992-1994", "05/10/1992", "1993-04-03", "06:00", "22nd", "1990s", "2,783", "31", "0", "00"]
)
_PIECES = st.lists(st.sampled_from(_WORDS) | _NUMBERS, max_size=25)
_SEPARATORS = st.sampled_from(["", " ", "  ", "\u00a0"])


@st.composite
def sentences(draw) -> str:
    pieces = draw(_PIECES)
    return "".join(piece + draw(_SEPARATORS) for piece in pieces)


_DOCUMENTS = st.lists(st.lists(sentences() | st.text(max_size=60), max_size=3), max_size=4)


@settings(max_examples=400, deadline=None)
@given(_DOCUMENTS, st.none() | st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_random_text_never_crashes_and_spans_are_slices(document, document_date):
    result = tag_document(document, document_date=document_date)
    assert [len(p) for p in result] == [len(p) for p in document]
    for paragraph, found in zip(document, result):
        for sentence, mentions in zip(paragraph, found):
            previous_end = 0
            for m in mentions:
                assert m.text == sentence[m.start : m.end]
                assert m.start >= previous_end and m.end > m.start
                previous_end = m.end
                assert isinstance(describe(m), str)
                if m.earliest and m.latest:
                    assert m.earliest <= m.latest
                if m.type == "DURATION":
                    assert m.precision is None and m.earliest is None and m.latest is None
                elif m.precision is None:
                    assert "X" in m.value and m.earliest is None and m.latest is None


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.text(max_size=40) | st.none())
def test_arbitrary_unicode_never_crashes(text, title):
    (paragraph,) = tag_document([[text]], title=title)
    for m in paragraph[0]:
        assert m.text == text[m.start : m.end]
