"""A piece that looks back files its days under the war they belong to, not also under the years between the wars
it is written in (issue 13; the shape of an anniversary piece on a spent development set, sentences written here):
a caption's day of an earlier commemoration ("mourning events in memory of ..., Baku, February 26, 2018" in a piece
of 26 February 2019) and a credit line's day of publication ("originally published ... on February 26, 2019") are
the telling's days, not events of the interwar period."""

from __future__ import annotations

import datetime as dt
import pathlib

import pytest

from chronicle.extract.dates import tag_document as tag_dates
from chronicle.extract.wars import tag_document
from chronicle.wars import WarCatalog

CATALOG = WarCatalog.load(pathlib.Path(__file__).resolve().parents[1] / "corpus" / "wars.yaml")
FIRST, INTERWAR = "first-nagorno-karabakh-war", "interwar"


def filed(paragraphs: list[list[str]], published: str) -> list[tuple[str, ...]]:
    """The wars each sentence files under, in reading order."""
    day = dt.date.fromisoformat(published)
    wars = tag_document(paragraphs, tag_dates(paragraphs, document_date=day), CATALOG, document_date=day)
    return [s for paragraph in wars.filed for s in paragraph]


@pytest.mark.parametrize("paragraphs, published, expected", [
    # an earlier year's commemoration on the same day: the telling's time, the war it remembers
    ([["Mourners lay flowers in memory of the victims of the Khojaly massacre, Baku, February 26, 2018."]],
     "2019-02-26", [(FIRST,)]),
    # ... near miss: the remembered event's own day, on the same month and day, dates the war
    ([["Mourners remember the victims of the massacre of February 26, 1992 in Khojaly."]], "2019-02-26", [(FIRST,)]),
    # ... near miss: a day of the same period that is no anniversary of the document's day still dates its sentence
    ([["Mourners lay flowers in memory of the victims, Baku, March 3, 2018."]], "2019-02-26", [(INTERWAR,)]),
    # a credit line's day of publication
    ([["The town of Khojaly was captured on February 26, 1992."],
      ["This article was first published on the agency's Russian page on February 26, 2019."]],
     "2019-02-26", [(FIRST,), (FIRST,)]),
    # ... near miss: a day the document's own that a sentence reports an event on keeps it
    ([["The town of Khojaly was captured on February 26, 1992."], ["Shelling resumed near the border on February 26, 2019."]],
     "2019-02-26", [(FIRST,), (INTERWAR,)]),
])
def test_an_anniversary_piece_files_the_telling_under_the_war_it_remembers(paragraphs, published, expected):
    assert filed(paragraphs, published) == expected
