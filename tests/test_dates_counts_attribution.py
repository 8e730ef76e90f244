"""Four digits that count people, and a year followed by "per" (issue 13), one row per shape.

A number told by a verb and followed by a plural noun counts what the noun names ("officials said 1000
Azeris had been killed"), while a year after a preposition or a determiner stays a year whatever follows
it. "per" after a day's year names whose word the statement follows ("on 25 November 2020 per the
ceasefire agreement"), so the year stays the day's; a rate ("2020 per cent") is still no year.
Each row: a sentence written here in the shape of a real one, and the (text, value) of every mention.
"""

from __future__ import annotations

import pytest

from chronicle.extract.dates import tag_with_date


def read(sentence: str) -> list[tuple[str, str]]:
    """(text, value) of every mention of one undated sentence."""
    found, _ = tag_with_date([[sentence]])
    return [(m.text, m.value) for paragraph in found for said in paragraph for m in said]


ROWS = [
    # counts: a verb before, a plural noun after
    ("Officials said 1000 Azeris had been killed in the town.", []),
    ("The army evacuated 1200 villagers from the valley.", []),
    # years: a preposition, a determiner or a possessive before, or nothing plural after
    ("In 1993 Armenians captured the town.", [("1993", "1993")]),
    ("By 1994 Armenians held the district.", [("By 1994", "1994")]),
    ("The country's 1995 elections were held in November.", [("1995", "1995"), ("November", "1995-11")]),
    ("Its 1994 ceasefire still holds.", [("1994", "1994")]),
    ("Historians said 1994 was the hardest year.", [("1994", "1994")]),
    ("1993 Summer Offensives", [("1993 Summer", "1993-SU")]),
    # "per" naming a source or an agreement keeps the day's year; a rate does not
    ("The district was returned on 25 November 2020 per the ceasefire agreement.", [("25 November 2020", "2020-11-25")]),
    ("The town was shelled on 3 March 1994 per Baku's account.", [("3 March 1994", "1994-03-03")]),
    ("Prices rose by 2020 per cent.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), ROWS, ids=[row[0][:40] for row in ROWS])
def test_counts_and_attributions(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert read(sentence) == expected
