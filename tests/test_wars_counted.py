"""A dispatch of the first war often names no year but counts its war's years ("a five-year undeclared war",
"the 5-year-old conflict", "four years of fighting"): it was written that many years after the war began,
if only one war of the catalogue lasted that long (issue 13, class 8)."""

from __future__ import annotations

import datetime as dt
import pathlib

import pytest

from chronicle.extract.dates import tag_document as tag_dates, tag_with_date
from chronicle.extract.war_names import counted_war_year
from chronicle.extract.wars import tag_document
from chronicle.wars import WarCatalog

ROOT = pathlib.Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def catalog() -> WarCatalog:
    return WarCatalog.load(ROOT / "corpus" / "wars.yaml")


@pytest.mark.parametrize("sentence, year", [
    ("It has been the prize in a five-year undeclared war that has taken 3,000 lives.", 1993),
    ("So far, Iran has avoided the 5-year-old Armenian-Azerbaijani conflict.", 1993),
    ("Thousands have died in four years of fighting.", 1992),
    ("The offensive escalates a five-year-old territorial dispute over the enclave.", 1993),
    # a count no war of the catalogue lasted: a later text's "30-year conflict" dates nothing
    ("The 30-year conflict is not over.", None),
    # a count of something else
    ("A five-year plan was adopted.", None),
    ("The man, a 37-year-old doctor, fled.", None),
])
def test_a_war_counted_in_years_dates_the_dispatch(catalog, sentence, year):
    assert counted_war_year([["A dispatch"], [sentence]], catalog) == year


def test_the_count_dates_a_dateline_without_its_year():
    paragraphs = [["Attacks bring new tide of refugees"],
                  ["AT THE PASS, Azerbaijan, April 6 — The province fell on Saturday."],
                  ["The region has been the prize in a five-year undeclared war."]]
    found, date = tag_with_date(paragraphs, written_year=1993)
    assert date is not None and date.isoformat() == "1993-04-06"
    assert [m.value for m in found[1][0]] == ["1993-04-06", "1993-04-03"]
    # the year of a war the text merely names is no year of writing (an anniversary piece names what it remembers)
    assert tag_with_date(paragraphs, war_year=1993)[1] is None


@pytest.mark.parametrize("published, filed", [
    # an undated copy that tells only relative days is filed under the period of the year its count gives
    (None, {("first-nagorno-karabakh-war",)}),
    # a dated one keeps its own date's period (the count is no vote there)
    ("2021-05-04", {("interwar",)}),
])
def test_an_undated_copy_is_filed_by_its_count(catalog, published, filed):
    paragraphs = [["Aid agencies said yesterday that villagers were trapped after the town fell last weekend."],
                  ["The offensive marks an escalation in a five-year-old territorial dispute over the enclave."]]
    day = dt.date.fromisoformat(published) if published else None
    found, _ = tag_with_date(paragraphs, document_date=day)
    wars = tag_document(paragraphs, found, catalog, document_date=day)
    assert {w for para in wars.filed for w in para} == filed


@pytest.mark.parametrize("sentence, values", [
    # a day a dispatch known by its war's year tells without one takes that year ...
    ("The town fell on 2 April.", ["1993-04-02"]),
    # ... but "last December" is the one before the writing: the year alone cannot say which
    ("A delegation was set up in Baku last December.", ["XXXX-12"]),
])
def test_a_dispatch_known_by_its_year_dates_its_days(sentence, values):
    found = tag_dates([[sentence], ["It is a five-year-old dispute."]], war_year=1993)
    assert [m.value for m in found[0][0]] == values
