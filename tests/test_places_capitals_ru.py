"""A capital that speaks, accuses, demands or agrees is its government, in Russian as in English: "Баку и
Ереван обвиняют друг друга" places no event in either city (issue 13, class 4). A capital that suffers
what the sentence reports stays a place of the event. Sentences written for this test in the shape of
Russian wire copy."""

from __future__ import annotations

import pathlib

import pytest

from chronicle.extract.places import tag_document
from chronicle.gazetteer import Gazetteer

DATA = pathlib.Path(__file__).resolve().parent.parent / "corpus" / "gazetteer"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load(DATA)


@pytest.mark.parametrize("sentence, events", [
    ("Баку и Ереван обвиняют друг друга в нарушении перемирия.", {"Баку": False, "Ереван": False}),
    ("Баку тоже заявляет о раненых среди мирных жителей.", {"Баку": False}),
    ("20 сентября Баку и карабахские власти договорились о прекращении огня.", {"Баку": False}),
    ("По данным Минобороны, Ереван отверг эти обвинения.", {"Ереван": False}),
    ("Степанакерт не согласился с условиями.", {"Степанакерт": False}),
    # what happens to the city, or in it
    ("Степанакерт подвергся обстрелу.", {"Степанакерт": True}),
    ("В Баку прошла траурная церемония.", {"Баку": True}),
    ("Беженцы из Агдама прибыли в Баку и сообщили о боях.", {"Агдама": True, "Баку": True}),
])
def test_a_capital_that_speaks_is_its_government(gazetteer, sentence, events):
    found = tag_document([[sentence]], gazetteer, language="ru").mentions[0][0]
    assert {m.text: m.event for m in found} == events
