"""A place whose containing unit changed is filed under the unit of the time its sentence tells (issue 13):
"Shahumian" in 1991 is the Soviet rayon Goranboy absorbed, in 1994 the NKR's province over Kalbajar."""

from __future__ import annotations

import datetime as dt
import pathlib

import pytest

from chronicle.extract.dates import tag_document as tag_dates
from chronicle.extract.discourse import districts_in_their_time
from chronicle.extract.places import tag_document
from chronicle.gazetteer import Gazetteer

DATA = pathlib.Path(__file__).resolve().parent.parent / "corpus" / "gazetteer"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load(DATA)


def filed(gazetteer: Gazetteer, paragraphs: list[list[str]], document_date: dt.date | None) -> list[tuple[str, str | None]]:
    places = tag_document(paragraphs, gazetteer, "en").mentions
    dates = tag_dates(paragraphs, document_date=document_date)
    timed = districts_in_their_time(places, dates, document_date, gazetteer.history)
    return [(m.text, m.district) for para in timed for sentence in para for m in sentence]


@pytest.mark.parametrize(("paragraphs", "document_date", "expected"), [
    # the sentence's own date
    ([["On 14 January 1991, troops deported the villagers of Shahumian."]], None, [("Shahumian", "AZ-GOR")]),
    ([["In February 1994, fighting went on around Shahumyan."]], None, [("Shahumyan", "AZ-KAL")]),
    # else the last date told before it
    ([["On 30 April 1991 the operation began."], ["Villages of Shaumian were emptied."]], None,
     [("Shaumian", "AZ-GOR")]),
    # else, before any date (a headline), the first the text tells
    ([["Deportations in Shahumian"], ["On 14 January 1991, troops entered the villages."]], dt.date(1994, 5, 1),
     [("Shahumian", "AZ-GOR")]),
    # else the document's date
    ([["Shahumyan is the province over Kalbajar."]], dt.date(2005, 1, 1),
     [("Shahumyan", "AZ-KAL"), ("Kalbajar", "AZ-KAL")]),
    # a place whose history says only what its district already is keeps it
    ([["In 1988 Martakert was quiet."]], None, [("Martakert", "AZ-TAR")]),
])
def test_a_place_is_filed_under_the_unit_of_its_time(gazetteer, paragraphs, document_date, expected):
    assert filed(gazetteer, paragraphs, document_date) == expected


def test_a_road_named_after_a_town_stays_in_no_district(gazetteer):
    paragraphs = [["In 1993 the Martakert-Kelbajar road was cut."]]
    assert filed(gazetteer, paragraphs, None) == [("Martakert-Kelbajar road", None)]
