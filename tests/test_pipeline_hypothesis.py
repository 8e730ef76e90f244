"""Random reports made of the words claims, dates and places are written in never trip a rule of the pipeline.

The pipeline keeps the build going when extraction fails on a source (``Processed.failure``), but such a
failure still loses that source's filings: here every random report must be read without one, and every
claim and event it gives must be described as the pages describe them (a week's label once stopped a build).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronicle import events, pipeline
from chronicle.events import describe
from chronicle.extract.dates import describe as describe_date
from chronicle.gazetteer import Gazetteer
from chronicle.model import RawSource, SourceMeta
from chronicle.wars import WarCatalog

ROOT = Path(__file__).resolve().parent.parent
_WORDS = [
    # claims' verbs and nouns
    "captured", "fell", "liberated", "occupied", "shelled", "attacked", "massacre", "ceasefire", "agreement", "was",
    "were", "taken", "by", "forces", "Armenian", "Azerbaijani", "troops", "the", "town", "village", "of", "district",
    "and", "in", "on", "after", "before", "since", "until", "not", "had", "have", "been", "control", "under", "respectively",
    # places
    "Shusha", "Fuzuli", "Agdam", "Lachin", "Kalbajar", "Stepanakert", "Tartar", "Talish", "Jabrayil", "Zangilan", "Baku",
    "Yerevan", "Nagorno-Karabakh", "Martuni", "Hadrut",
    # dates
    "May", "September", "winter", "spring", "week", "weeks", "last", "this", "next", "early", "late", "mid", "end",
    "yesterday", "today", "Monday", "morning", "night", "day", "days", "year", "years", "ago", "later", "1992", "1993",
    "1994", "2016", "2020", "2023", "8", "23", "27", "06:00", "1990s", "-", ",", ".", ":", "(", ")", "“", "”",
]
_SENTENCES = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=18).map(lambda words: " ".join(words) + ".")
_REPORTS = st.lists(st.lists(_SENTENCES, min_size=1, max_size=3), min_size=1, max_size=4)


@pytest.fixture(scope="module")
def reference() -> tuple[Gazetteer, WarCatalog]:
    return Gazetteer.load(ROOT / "corpus" / "gazetteer"), WarCatalog.load(ROOT / "corpus" / "wars.yaml")


@settings(max_examples=300, deadline=None)
@given(report=_REPORTS, published=st.none() | st.dates(min_value=dt.date(1988, 1, 1), max_value=dt.date(2026, 12, 31)))
def test_random_reports_are_read_and_their_events_described(reference, report, published):
    blocks = tuple((n + 1, " ".join(paragraph)) for n, paragraph in enumerate(report))
    meta = SourceMeta(title="Report", language="en", published=published.isoformat() if published else None)
    processed = pipeline.process(RawSource("r", "r.txt", "0" * 64, meta, blocks, "txt"), *reference)
    assert processed.failure is None
    for facts in processed.facts.values():
        assert all(isinstance(describe_date(m), str) for m in facts.dates)
    for event in events.resolve(processed.claims):
        assert describe.title(event) and describe.summary(event)
        assert all(describe.claim_date(c) is None or describe.claim_date(c) for c in event.claims)
