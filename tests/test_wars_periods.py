"""The one top-level period a span of days belongs to, where periods of the catalogue overlap.

The blockade of 2022-23 ran on, by the catalogue's dates, past the offensive that
broke out inside it (its last days are the exodus). A day both hold, and the days
of the blockade after the offensive, are the offensive's: the war that broke out
is what those days tell of. Spans that began before the offensive keep their period.
"""

from __future__ import annotations

import datetime as dt
import pathlib

import pytest

from chronicle.extract.dates import tag_document as tag_dates
from chronicle.extract.war_periods import periods
from chronicle.extract.wars import tag_document
from chronicle.wars import WarCatalog

CATALOG = WarCatalog.load(pathlib.Path(__file__).resolve().parents[1] / "corpus" / "wars.yaml")
BLOCKADE, OFFENSIVE = "blockade-of-nagorno-karabakh", "2023-azerbaijani-offensive"
SECOND, BETWEEN, FIRST = "second-nagorno-karabakh-war", "interwar", "first-nagorno-karabakh-war"


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@pytest.mark.parametrize(
    "lo, hi, context, expected",
    [
        # the first day of the offensive is the offensive's, whatever the document's period
        ("2023-09-19", "2023-09-19", None, OFFENSIVE),
        ("2023-09-19", "2023-09-19", BLOCKADE, OFFENSIVE),
        ("2023-09-20", "2023-09-20", BLOCKADE, OFFENSIVE),
        # the exodus days after the ceasefire, inside the blockade's last days, are the offensive's aftermath
        ("2023-09-25", "2023-09-25", BLOCKADE, OFFENSIVE),
        ("2023-09-21", "2023-09-30", None, OFFENSIVE),
        # days before the offensive stay the blockade's
        ("2023-09-09", "2023-09-09", None, BLOCKADE),
        ("2023-07-11", "2023-07-11", OFFENSIVE, BLOCKADE),
        ("2022-12-12", "2022-12-12", None, BLOCKADE),
        # a span that began before the offensive is not moved: the month holds the whole offensive
        ("2023-09-01", "2023-09-30", None, OFFENSIVE),
        ("2023-08-01", "2023-08-31", None, BLOCKADE),
        # after the blockade's last day nothing is the offensive's by this rule
        ("2023-10-01", "2023-10-01", None, None),
        # periods that do not overlap are untouched
        ("2020-10-04", "2020-10-04", None, SECOND),
        ("2021-05-13", "2021-05-13", None, BETWEEN),
    ],
)
def test_period_of_a_span(lo: str, hi: str, context: str | None, expected: str | None) -> None:
    assert periods(day(lo), day(hi), CATALOG, context) == ((expected,) if expected else ())


@pytest.mark.parametrize(
    "paragraphs, published, expected",
    [
        # a blockade without a name is the one its time holds: the document's in a report of the 2023 blockade ...
        ([["The convoy waited at the entrance of the corridor.", "Diplomats demanded an end to the blockade."]],
         None, [(BLOCKADE,), (BLOCKADE,)]),
        ([["Officials said the blockade had emptied the shelves."]], "2023-07-25", [(BLOCKADE,)]),
        # the verb too: a background sentence of a report of the offensive links the blockade
        ([["On Tuesday the offensive began."], ["In the following years Azerbaijan kept blockading the corridor."]],
         "2023-09-20", [(OFFENSIVE,), (BLOCKADE,)]),
        # ... and the first war's in a text about its years
        ([["In 1989 the blockade cut the railway to the region."]], None, [(FIRST,)]),
        ([["Блокада продолжалась весь 1990 год."]], None, [(FIRST,)]),
    ],
)
def test_a_bare_blockade_is_the_one_its_time_holds(paragraphs, published, expected) -> None:
    today = day(published) if published else None
    dates = tag_dates(paragraphs, document_date=today)
    wars = tag_document(paragraphs, dates, CATALOG, document_date=today)
    assert [s for paragraph in wars.filed for s in paragraph] == expected
