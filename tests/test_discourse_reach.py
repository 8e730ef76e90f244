""""The town" finds the town last named, across paragraphs that name no place (an interview's questions).

The reach counts the paragraphs that name a place: two of them, within the
last eight paragraphs. A question and its answer in between do not break the
reference; a town named long before does not bind it.
"""

from __future__ import annotations

import pytest

from chronicle.extract.discourse import inherited_districts
from chronicle.model import PlaceMention

SHUSHA = [PlaceMention(24, 30, "Shusha", "shusha", "AZ-SUS", "city")]
QUESTION = "Q: When did you arrive in Shusha?"
FILLER = "Q: What do you remember?"
ASKED = "Q: And after the town was taken?"


def filed(paragraphs: list[str], named: dict[int, list[PlaceMention]]) -> tuple[str, ...]:
    mentions = [[named.get(p, [])] for p in range(len(paragraphs))]
    dates = [[[]] for _ in paragraphs]
    return inherited_districts(mentions, [[text] for text in paragraphs], dates)[-1][0]


@pytest.mark.parametrize(
    ("between", "expected"),
    [
        (0, ("AZ-SUS",)),
        (3, ("AZ-SUS",)),  # three paragraphs naming nothing: still the town last named
        (6, ("AZ-SUS",)),
        (8, ()),  # beyond eight paragraphs back: no town to take
    ],
)
def test_the_town_reaches_over_paragraphs_that_name_no_place(between, expected):
    assert filed([QUESTION, *[FILLER] * between, ASKED], {0: SHUSHA}) == expected
