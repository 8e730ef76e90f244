"""Two shapes that lost or added a capital far from the fighting (issue 13, class 4; seen on a spent development
set, sentences written here): a preposition of place governs every member of the list after it ("in the cities of
Ganja, Barda and Baku": Baku too is where it says), and a body named with its of-complement sits where "in" puts it
("the Ministry of Defense in Baku said": the seat of a speaker, as "the ministry in Baku said" already is)."""

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
    # a later member of a list after a locative preposition
    ("Rockets struck homes in the cities of Ganja, Barda and Baku.", {"Ganja": True, "Barda": True, "Baku": True}),
    ("Rockets struck homes in the cities of Baku, Ganja and Barda.", {"Baku": True, "Ganja": True}),
    ("Rockets struck homes in Ganja, Barda and Baku.", {"Baku": True}),
    ("Ракеты упали в Гяндже, Барде и Баку.", {"Баку": True}),
    # ... near misses: a list after a preposition that takes a partner, or after none, keeps the capital a government
    ("Talks between Armenia, Russia and Baku resumed.", {"Baku": False}),
    ("Envoys of Armenia, Russia and Baku met.", {"Baku": False}),
    ("Rockets struck Ganja and Barda, and Baku protested.", {"Ganja": True, "Baku": False}),
    # a body with its of-complement, seated where "in" puts it
    ("The Ministry of Defense in Baku said the village had fallen.", {"Baku": False}),
    ("The Ministry of Defence of Azerbaijan in Baku reported heavy losses.", {"Baku": False}),
    ("The Ministry of Foreign Affairs in Yerevan said the talks had failed.", {"Yerevan": False}),
    ("The ministry in Baku said the village had fallen.", {"Baku": False}),
    # ... near misses: the of-complement is a name (capitalised) and "in" follows it at once
    ("Soldiers of the Ministry of Defense fought in Tartar.", {"Tartar": True}),
    ("The Ministry of Defense said rockets hit Baku.", {"Baku": True}),
    # ... and only an institution's: people of a body meet where "in" puts them
    ("Talks with envoys of the authorities of the Republic of Azerbaijan in the city of Yevlakh are planned.",
     {"Yevlakh": True}),
])
def test_a_capitals_use_read_from_the_list_or_body_before_it(gazetteer, sentence, events):
    got = {m.text: m.event for m in tag_document([[sentence]], gazetteer, "en").mentions[0][0]}
    assert {name: got.get(name) for name in events} == events
