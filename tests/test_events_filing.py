"""Filing of one-sided dates (issue 8): "By August 20" is filed on 20 August 1993 as "by 20 August 1993"."""

from __future__ import annotations

import datetime as dt

import pytest

from chronicle.extract.timex.label import describe
from chronicle.index import anchor_day, build_index, date_pages
from chronicle.model import Corpus, DateMention, Paragraph, RawSource, Sentence, SentenceFacts, Source, SourceMeta

D = dt.date.fromisoformat


def mention(value: str, mod: str | None, earliest: str | None, latest: str | None, precision: str = "day") -> DateMention:
    return DateMention(0, 12, "By August 20", value, "DATE", mod, earliest and D(earliest), latest and D(latest), precision)


@pytest.mark.parametrize(
    "m, pages",
    [
        (mention("1993-08-20", "ON_OR_BEFORE", None, "1993-08-20"), [("1993-08-20", "on")]),
        (mention("1993-08-20", "BEFORE", None, "1993-08-19"), [("1993-08-20", "on")]),
        (mention("1993-08-20", "ON_OR_AFTER", "1993-08-20", None), [("1993-08-20", "on")]),
        (mention("1993-08-20", None, "1993-08-20", "1993-08-20"), [("1993-08-20", "on")]),
        (mention("1993-08", "ON_OR_BEFORE", None, "1993-08-31", "month"), [("1993-08", "on")]),
    ],
)
def test_one_sided_day_is_filed_on_its_day(m, pages):
    assert date_pages(m) == pages


@pytest.mark.parametrize(
    "m, day",
    [
        (mention("1993-08-20", "ON_OR_BEFORE", None, "1993-08-20"), "1993-08-20"),  # no first day: the bound
        (mention("1993-08-20", "ON_OR_AFTER", "1993-08-20", None), "1993-08-20"),
        (mention("1993-07", "END", "1993-07-21", "1993-07-31", "month"), "1993-07-21"),
    ],
)
def test_a_one_sided_date_is_placed_at_its_bound(m, day):
    assert anchor_day(m) == D(day)


def test_by_august_20_is_on_the_day_page_and_ordered_as_dated():
    text = "By August 20, Fizuli, Jebrail, and Zangelan had fallen."
    by = mention("1993-08-20", "ON_OR_BEFORE", None, "1993-08-20")
    sentence = Sentence("s-1", 1, text)
    raw = RawSource("000", "corpus/sources/000.txt", "0" * 64, SourceMeta(), ((1, text),), "txt")
    corpus = Corpus([Source(raw, (Paragraph(1, 1, (sentence,)),))], {("000", "s-1"): SentenceFacts(dates=(by,))})
    index = build_index(corpus)
    filing, = index.dates["1993-08-20"]
    assert "1993-08" not in index.dates
    assert describe(filing.mention) == "by 20 August 1993"
    assert filing.statement.when == D("1993-08-20")  # not sorted with the undated statements
