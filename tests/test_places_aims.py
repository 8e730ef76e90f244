"""A place named as where a deed is aimed is no place of the event (``placeaims``).

Military accounts put in the sentence of a deed the place it means to reach or strike, the place it protects or
endangers, and the place a position gained would let one strike. The sentences are written for these tests in
the shape of encyclopedia battle articles, front reports and analyses; none is quoted from a source.
"""

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
    # an aim, and the place an attempt only tried to reach, after the chain of its infinitives
    ("From these heights they threatened to bombard the Mingechevir reservoir.", {"Mingechevir reservoir": False}),
    ("The raiders sought to cut off the highway linking two regions, approach Aghdam, and attack Stepanakert.",
     {"Aghdam": False, "Stepanakert": False}),
    ("For two days they tried to reach the town of Kalbajar.", {"Kalbajar": False}),
    ("The raiders attempted to break through the lines and enter Stepanakert.", {"Stepanakert": False}),
    ("The raiders sought to approach Aghdam, but were stopped near Khojavend.", {"Aghdam": False, "Khojavend": True}),
    # ... while an attempted blow lands where it is aimed, and a deed of its own clause stays
    ("The army attempted to capture the key town of Hadrut on Monday.", {"Hadrut": True}),
    ("In autumn the army launched a major attempt to retake Lachin, but was repelled.", {"Lachin": True}),
    ("The army, which threatened to strike the dam, shelled Stepanakert.", {"Stepanakert": True}),
    ("They wanted to keep the road open and defended Lachin for a week.", {"Lachin": True}),
    ("They tried to hold the line, and the enemy advanced into Fizuli.", {"Fizuli": True}),
    # ... and so does an advance, attempted or not: an assault on where it heads
    ("Backed by armour, the troops attempted to break through the defence and advance to Fizuli.", {"Fizuli": True}),
    ("The brigades are now advancing northwards through Gubadli towards Lachin.", {"Gubadli": True, "Lachin": True}),
    # what a deed protects or endangers
    ("The detachments moved to silence the guns and to ensure the security of Stepanakert and nearby villages.",
     {"Stepanakert": False}),
    ("They stormed the base at Aghdam, which threatened the safety of Stepanakert in a more immediate way.",
     {"Aghdam": True, "Stepanakert": False}),
    ("The posts were taken, which could pose a danger to the Tartar district and Barda city.", {"Tartar": False, "Barda": False}),
    ("The heights held there were a constant threat to Shusha.", {"Shusha": False}),
    # ... while the blow that endangers stays where it fell
    ("Shells fell on Tartar, a threat to the whole district.", {"Tartar": True}),
    # what an infinitive relative makes possible
    ("The town gives them a height from which to begin a bombardment and siege of the capital, Stepanakert.",
     {"Stepanakert": False}),
    ("They held a ridge with which to threaten Lachin and the road.", {"Lachin": False}),
    # ... while a relative clause that tells a deed stays
    ("The town from which the rockets were fired on Stepanakert fell in May.", {"Stepanakert": True}),
    ("Artillery shelled Tartar on Sunday.", {"Tartar": True}),
    # what a clause in the future, or in a modal of what may be, says will or might be done
    ("Envoys of both sides will hold talks in Yevlakh on Friday.", {"Yevlakh": False}),
    ("Next week I will drive out to Aghdam and visit the mosque.", {"Aghdam": False}),
    ("We'll travel on to Lachin in the morning.", {"Lachin": False}),
    ("Their names will be remembered alongside Baku and Sumgait.", {"Baku": False, "Sumgait": False}),
    # ... while a past told with "would" or "could", and a clause of its own after the future, stay
    ("Within a year the army would take Shusha.", {"Shusha": True}),
    ("Late at night, blasts could be heard in Stepanakert.", {"Stepanakert": True}),
    ("The envoys will stay, as the guns shell Tartar every night.", {"Tartar": True}),
    ("There will be more fear among those that remain in Stepanakert.", {"Stepanakert": True}),
    ("It will be recalled that artillery hit Tartar in May.", {"Tartar": True}),
    ("Against the will of the people of Shusha, the army shelled Lachin.", {"Shusha": True, "Lachin": True}),
])
def test_a_place_a_deed_only_aims_at_files_no_event(gazetteer, sentence, events):
    found = tag_document([[sentence]], gazetteer, language="en").mentions[0][0]
    assert {m.text: m.event for m in found} == events
