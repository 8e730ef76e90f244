"""One chronological order: a date sits at its first day, and of two that start together the longer comes first.

The rule is written on the Methodology page; ``chronicle.chronology`` is the
one function every page, index and timeline sorts with. These tables use the
real date tagger, so a row reads as the text a source writes.
"""

from __future__ import annotations

import datetime as dt
from itertools import groupby, permutations

import pytest

from chronicle.chronology import UNDATED, heading, mention_key, span_key
from chronicle.extract import dates
from chronicle.timeline import first_words, lanes
from chronicle.wars import War

DOCUMENT_DATE = dt.date(2000, 1, 1)


def mention(text: str):
    """The one date the tagger finds in ``text`` (a sentence a source could write)."""
    found = dates.tag_with_date([[text]], title=None, document_date=DOCUMENT_DATE)[0][0][0]
    assert len(found) == 1, (text, [m.text for m in found])
    return found[0]


# Each row: phrases in the order the rule puts them.
ORDERED = [
    ("It happened in 1993.", "It happened in January 1993.", "It happened on 1 January 1993.", "It happened on 2 January 1993."),
    ("It happened on 4 July 1993.", "It happened on 20 July 1993.", "It happened in late July 1993.", "It happened on 21 July 1993."),
    ("It happened in May 1993.", "It happened in summer 1993.", "It happened in June 1993.", "It happened on 1 June 1993."),
    ("It happened in the 1990s.", "It happened in 1990.", "It happened in 1991."),
    ("It happened on 19 August 1993.", "It happened by 20 August 1993.", "It happened on 21 August 1993."),
]


@pytest.mark.parametrize("phrases", ORDERED, ids=lambda p: p[0])
def test_dates_sort_by_first_day_then_the_longer_span_first(phrases):
    mentions = [mention(p) for p in phrases]
    for shuffled in permutations(mentions):
        assert [m.text for m in sorted(shuffled, key=mention_key)] == [m.text for m in mentions]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("It happened in 1993.", "1993"),
        ("It happened in the 1990s.", "the 1990s"),
        ("It happened in July 1993.", "July 1993"),
        ("It happened in late July 1993.", "July 1993"),
        ("It happened on 4 July 1993.", "July 1993"),
        ("It happened in summer 1993.", "June 1993"),
        ("It happened in mid-1993.", "May 1993"),
        ("It happened by 20 August 1993.", "August 1993"),
        ("It happened from 1991 to 1994.", "1991"),
    ],
)
def test_a_heading_is_the_month_of_the_first_day_or_the_whole_year_or_decade_spanned(phrase, expected):
    assert heading(mention(phrase)) == expected


def test_headings_never_repeat_in_the_order():
    """The issue's "1993, January 1993, 1993, January 1993": each heading's statements form one run."""
    phrases = [p for row in ORDERED for p in row] + ["It happened in early 1994.", "It happened in mid-1993.", "It happened in 1994.",
                                                     "It happened in winter 1993.", "It happened from May to August 1993."]
    ordered = sorted((mention(p) for p in phrases), key=mention_key)
    runs = [h for h, _ in groupby(ordered, key=heading)]
    assert len(runs) == len(set(runs)), runs


@pytest.mark.parametrize(
    ("earliest", "latest", "expected"),
    [
        (dt.date(1993, 7, 21), dt.date(1993, 7, 31), (False, dt.date(1993, 7, 21), -10)),
        (None, dt.date(1993, 8, 20), (False, dt.date(1993, 8, 20), 0)),
        (dt.date(1993, 8, 20), None, (False, dt.date(1993, 8, 20), 0)),
        (None, None, UNDATED),
    ],
)
def test_span_key(earliest, latest, expected):
    assert span_key(earliest, latest) == expected


def test_undated_sorts_after_every_date():
    assert span_key(dt.date(9999, 12, 31), None) < UNDATED


def _war(war_id: str, start: str, end: str) -> War:
    return War(id=war_id, kind="period", name=war_id, aliases=(), start=dt.date.fromisoformat(start), end=dt.date.fromisoformat(end),
               parent=None, parties=(), districts=())


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        # The home page's periods: "Between the wars" holds the 2016 clashes, the 2020 war and the blockade.
        ([("first", "1988-02-20", "1994-05-12"), ("interwar", "1994-05-13", "2023-09-18"), ("2016", "2016-04-01", "2016-04-05"),
          ("2020", "2020-09-27", "2020-11-10"), ("blockade", "2022-12-12", "2023-09-30"), ("2023", "2023-09-19", "2023-09-20")],
         {"first": 0, "interwar": 0, "2016": 1, "2020": 1, "blockade": 1, "2023": 0}),
        ([("a", "2000-01-01", "2000-12-31"), ("b", "2000-06-01", "2001-06-01"), ("c", "2000-07-01", "2000-08-01")], {"a": 0, "b": 1, "c": 2}),
        ([("a", "2000-01-01", "2000-01-31"), ("b", "2000-02-01", "2000-02-28")], {"a": 0, "b": 0}),
    ],
)
def test_spans_that_overlap_go_on_separate_lanes(spans, expected):
    wars = [_war(*s) for s in spans]
    placed = lanes(wars)
    assert placed == expected
    for a in wars:
        for b in wars:
            if a is not b and placed[a.id] == placed[b.id]:
                assert a.end < b.start or b.end < a.start, (a.id, b.id)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Agdam fell on 23 July 1993.", "Agdam fell on 23 July 1993."),
        ("On 23 July 1993 Armenian forces took the town of Agdam after weeks of fighting.", "On 23 July 1993 Armenian forces…"),
    ],
)
def test_a_statement_without_an_event_is_labelled_with_its_first_words(text, label):
    assert first_words(text) == label
