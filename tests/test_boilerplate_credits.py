"""A newspaper archive's credits around a dispatch of 1988-1994 (issue 13, class 7): the credit line whose
cells between bars are a date and a byline, the syndication line "Special to The New York Times", a byline
with the place its writer files from."""

from __future__ import annotations

import pytest

from chronicle.boilerplate import classify

PROSE = "The offensive began in the morning and the town was taken by evening after heavy fighting."


@pytest.mark.parametrize(("line", "chrome"), [
    ("March 05, 1988|By Thom Writer, Daily Courier.", True),
    ("5 March 1988 | By J. Doe", True),
    ("Special to The Evening Ledger", True),
    ("SPECIAL TO THE TIMES", True),
    # a byline with where its writer files from, and a correspondent's line in capitals
    ("By Thomas Writer, Baku", True),
    ("By Paula Writer-Jones, Baku, Azerbaijan", True),
    ("JANE DOE in Kanliq, south-west Azerbaijan, reports", True),
    ("By Tuesday, Baku", False),
    # a bar in prose, a byline cell beside a sentence, a sentence that opens with "Special to"
    ("The riots of March 05, 1988 | as the papers called them | shook the city.", False),
    ("By J. Doe | The town was taken by evening after heavy fighting.", False),
    ("Special to the people of the region, the day was a feast.", False),
])
def test_a_newspaper_archive_s_credits_are_chrome(line, chrome):
    assert (classify(["Title", line, PROSE])[1] is not None) == chrome


@pytest.mark.parametrize(("paragraphs", "reasons"), [
    # a header line of labels whose date is written day-month-year with hyphens
    (["A title of the story", "Tarix: 24-02-2023 20:13 | Bölmə: Ədəbiyyat", "The text of the story begins here, and goes on."],
     [None, "dateline", None]),
    # the same with dots, and a range of years with hyphens that is no stamp
    (["A title of the story", "Tarix: 24.02.2023 20:13 | Bölmə: Ədəbiyyat", "The text of the story begins here, and goes on."],
     [None, "dateline", None]),
    (["A title of the story", "Fighting 1988-1994 | Aftermath", "The text of the story begins here, and goes on."],
     [None, None, None]),
])
def test_a_stamp_with_a_hyphenated_day_is_a_dateline(paragraphs, reasons):
    assert classify(paragraphs) == reasons
