"""A headline that reports fighting somewhere files like a sentence; a section label files under nothing."""

from __future__ import annotations

import datetime as dt
import pathlib

import pytest
from chronicle.extract.wars import tag_document
from chronicle.wars import WarCatalog

ROOT = pathlib.Path(__file__).resolve().parents[1]
CATALOG = WarCatalog.load(ROOT / "corpus" / "wars.yaml")
SECOND = "second-nagorno-karabakh-war"
BODY = "On 4 October 2020 the town was shelled again."


@pytest.mark.parametrize(
    ("line", "codes", "filed"),
    [
        ("Shelling Resumes in Tartar", ("AZ-TAR",), (SECOND,)),  # a headline: fighting, somewhere
        ('"The shelling never stopped": a medic remembers Shusha', ("AZ-SUS",), (SECOND,)),
        ("The course of the battles", (), ()),  # a section label: fighting, but nowhere
        ("== Shelling of Tartar ==", ("AZ-TAR",), ()),  # wiki markup: a section label
        ("Reconstruction plans for Tartar", ("AZ-TAR",), ()),  # no fighting
        ("The Council,", (), (SECOND,)),  # closed by a comma: a sentence going on, as a resolution's "The Council," is
    ],
)
def test_headlines_and_labels(line, codes, filed):
    result = tag_document([[line], [BODY]], [[[]], [[]]], CATALOG, document_date=dt.date(2020, 10, 5),
                          districts=[[codes], [()]])
    assert result.filed[0] == [filed]
