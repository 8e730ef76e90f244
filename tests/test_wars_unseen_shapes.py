"""War shapes met on real texts nobody had annotated before (issue 13)."""

from __future__ import annotations

import datetime as dt
import pathlib

import pytest
from chronicle.extract.dates import tag_document as tag_dates
from chronicle.extract.wars import tag_document
from chronicle.wars import WarCatalog

ROOT = pathlib.Path(__file__).resolve().parents[1]
CATALOG = WarCatalog.load(ROOT / "corpus" / "wars.yaml")
FIRST, SECOND = "first-nagorno-karabakh-war", "second-nagorno-karabakh-war"
BODY = [
    ["Five years ago, on November 8, 2020, the city of Shusha was liberated."],
    ["It became clear that the Karabakh war had been won."],
    ["On November 10, 2020, the army entered Aghdam."],
]


@pytest.mark.parametrize(
    ("title", "filed"),
    [
        # the title's name is ambiguous (either war): the days the text tells choose the second
        ("Azerbaijan marks five years since Karabakh war victory", [SECOND, SECOND, SECOND]),
        # a title that names one war still files the undated sentence under it
        ("Five years since the First Karabakh War", [SECOND, FIRST, SECOND]),
    ],
)
def test_an_ambiguous_title_name_leaves_the_period_to_the_days(title, filed):
    dates = tag_dates(BODY, document_date=dt.date(2025, 11, 6), language="en")
    result = tag_document(BODY, dates, CATALOG, title=title, document_date=dt.date(2025, 11, 6))
    assert [list(paragraph[0]) for paragraph in result.filed] == [[war] for war in filed]
