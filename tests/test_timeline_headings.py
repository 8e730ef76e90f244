"""A timeline's years alone on their lines head its entries, as a chronology's days do (issue 13)."""

from __future__ import annotations

import pytest

from chronicle.extract import dates


@pytest.mark.parametrize(
    ("lines", "under"),
    [
        # years alone on a line: each entry stands under the last one
        (["Timeline", "1905", "Violence erupts in the town.", "1920", "The army sacks the town.", "Peace came later."],
         [None, None, "1905", None, "1920", "1920"]),
        # one year alone is no timeline (it may be a stamp or an infobox figure)
        (["Timeline", "1905", "Violence erupts in the town."], [None, None, None]),
        # days and years mixed
        (["Record", "1993", "Fighting went on.", "3 November", "The town fell."], [None, None, "1993", None, "1993-11-03"]),
    ],
)
def test_year_headings_date_the_entries_under_them(lines, under):
    paragraphs = [[line] for line in lines]
    assert dates.heading_dates(paragraphs, dates.tag_document(paragraphs)) == under
