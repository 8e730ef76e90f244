"""A capital far from the fighting (Baku) named in a locative frame is still no place of the war's events where
the frame tells the aftermath's place, a remembrance or its government: the casualty treated in its hospital, the
people sent back or conveyed there, those who govern sitting there, its residents at a memorial, a march on its
government; and a change of who governs is no war event in any town (issue 13, districts a text reports events
in). What happened in it stays its own."""

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
    # where a casualty of an event elsewhere is cared for
    ("The wounded driver was taken to one of the hospitals in Baku for surgery.", {"Baku": False}),
    ("A soldier hurt near Tartar has been flown to a military hospital in Baku.", {"Tartar": True, "Baku": False}),
    ("The injured peacekeeper was brought to a Baku clinic.", {"Baku": False}),
    # ... and in any town, at the front too: the wounded were hurt elsewhere, which their sentence or its paragraph says
    ("Two boys were taken to a hospital in Tartar.", {"Tartar": False}),
    ("Two children were injured and taken to a hospital in Stepanakert.", {"Stepanakert": False}),
    # ... while a hospital hit is a blow there
    ("Rockets hit a hospital in Baku on Monday.", {"Baku": True}),
    ("Shells struck the hospital in Tartar.", {"Tartar": True}),
    # people sent back where they came from
    ("The observers were stopped at the border and sent back to Baku.", {"Baku": False}),
    # people conveyed there after the event: released captives, the repatriated
    ("The freed hostages were flown to Baku on a military plane.", {"Baku": False}),
    ("Two prisoners of war, captured near Lachin, were returned to Baku.", {"Lachin": True, "Baku": False}),
    # ... while people who move themselves, or troops sent in, keep the capital
    ("Tanks were brought to Baku overnight.", {"Baku": True}),
    ("Refugees arrived in Baku by train.", {"Baku": True}),
    ("Soviet troops were sent to Baku in January.", {"Baku": True}),
    # where those who govern are
    ("The deposed president was still sitting in Baku.", {"Baku": False}),
    ("The cabinet remained in Baku while Aghdam fell.", {"Baku": False, "Aghdam": True}),
    # ... while what befalls them there happened there
    ("The minister was wounded in Baku.", {"Baku": True}),
    # a capital's residents remembering an event elsewhere
    ("Crowds of Baku residents walked to the memorial on the anniversary of the fall of Shusha.",
     {"Baku": False, "Shusha": True}),
    ("In Baku, thousands laid flowers in memory of the victims of Khojaly.", {"Baku": False, "Khojaly": True}),
    # ... while the remembered event's own name keeps its place
    ("Armenians marked the anniversary of the Baku pogroms.", {"Baku": True}),
    ("Survivors recalled the massacre in Baku in memory of those who died.", {"Baku": True}),
    ("On the anniversary of the crackdown carried out by Soviet troops in Baku, wreaths were laid.", {"Baku": True}),
    ("The tragedy of Khojaly was mourned in Baku.", {"Khojaly": True, "Baku": False}),
    # a move on the capital's government
    ("The colonel marched his brigade from Yevlakh to Baku, to depose the president.", {"Yevlakh": False, "Baku": False}),
    # ... while a march to take a town is fought there
    ("The brigade marched to Baku and fought in its streets.", {"Baku": True}),
])
def test_a_remote_capital_in_a_locative_frame_may_still_be_a_seat(gazetteer, sentence, events):
    found = tag_document([[sentence]], gazetteer).mentions[0][0]
    assert {m.text: m.event for m in found} == events


@pytest.mark.parametrize("sentence, events", [
    # who governs changed there: no war event, whatever the town
    ("In the spring, as power changed hands in Baku, the front collapsed near Aghdam.", {"Baku": False, "Aghdam": True}),
    ("The defeat followed the colonel's rebellion in Ganja.", {"Ganja": False}),
    ("After the coup in Ganja, units left Fuzuli.", {"Ganja": False, "Fuzuli": True}),
    ("The army moved north from Ganja.", {"Ganja": False}),
    # ... while fighting there, or power over a town taken by arms, stays there
    ("Fighting broke out in Ganja.", {"Ganja": True}),
    ("Armenian forces took power in Shusha after the assault.", {"Shusha": True}),
])
def test_a_change_of_government_is_no_war_event_there(gazetteer, sentence, events):
    found = tag_document([[sentence]], gazetteer).mentions[0][0]
    assert {m.text: m.event for m in found} == events
