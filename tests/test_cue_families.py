"""A family of cue words rules out no text the patterns it guards match.

A place rule's family (``cuetext.Cue``) lists its words for the sentence's
fast test (a set of words) and names the patterns it ``guards``; the text near
a name is tested for the pieces ``literals.required_sets`` reads off those
patterns. A rule extended with a word its family lacks would be silently
skipped: these tests draw, by hypothesis, texts each guarded pattern matches
(in every casing IGNORECASE allows) and fail unless the family holds every
one, read as a sentence (``Clues.has``) and as the text near a name
(``found_in``); and a sentence with none of its words is ruled out, or the
family would spare no work.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chronicle.extract import placeaims, placedenied, placeevents, placelists, placelives, placeroutes, placerules, placeseats
from chronicle.extract.cuetext import Clues, Cue
from chronicle.literals import required_sets

MODULES = (placeaims, placedenied, placeevents, placelists, placelives, placeroutes, placerules, placeseats)
FAMILIES = {f"{module.__name__.rsplit('.', 1)[1]}.{name}": cue for module in MODULES
            for name, cue in vars(module).items() if isinstance(cue, Cue) and cue.guards}
GUARDED = [(name, pattern) for name, cue in FAMILIES.items() for pattern in cue.guards]


@pytest.mark.parametrize("name", [
    "placeevents._DISTANCE_CUE", "placeevents._ALIAS_CUE", "placeevents._NEGATION_CUE", "placeevents._NEITHER_CUE",
    "placeevents._SEAT_CUE", "placeevents._GOING_CUE", "placeevents._HEADING_CUE",
    "placeroutes.ROUTE_CUE", "placeroutes.MOVE_CUE", "placeevents._CEREMONY_CUE", "placeevents._VIEW_CUE",
    "placerules._NAMED_BEFORE_CUE",
    "placerules._UNIT_CUE", "placerules.VILLAGES", "placelists.HEIGHTS", "placelives.LIFE", "placelives.NAMED_AFTER",
    "placeaims.AIMS", "placeseats.PROTEST_CUE", "placeseats.PATROL_CUE",
])
def test_each_family_names_the_patterns_it_guards(name):
    assert FAMILIES[name].guards


@pytest.mark.parametrize("name, pattern", GUARDED, ids=[f"{n}:{p.pattern[:30]}" for n, p in GUARDED])
@settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_a_family_holds_every_text_its_patterns_match(name, pattern, data):
    text = data.draw(st.from_regex(pattern))
    assert pattern.search(text)
    assert Clues(text).has(FAMILIES[name]) and FAMILIES[name].found_in(text)


@pytest.mark.parametrize("name, sentence", [  # the rule fires at the bracketed name
    ("placeevents._DISTANCE_CUE", "The village lies 40 KILOMETRES east of [Fuzuli]."),
    ("placeevents._NEGATION_CUE", "The convoy did not reach [Khojavend]."),
    ("placeevents._NEITHER_CUE", "The shelling stopped while neither [Yerevan] nor Moscow acted."),
    ("placeroutes.ROUTE_CUE", "They repaired the road linking [Kalbajar] with Ganja."),
    ("placeroutes.MOVE_CUE", "Units Advancing from [Jabrayil] crossed the river."),
    ("placeevents._CEREMONY_CUE", "A memorial service was held in [Baku]."),
    ("placeevents._CEREMONY_CUE", "Crowds CELEBRATED the news in [Baku]."),
    ("placeseats.PROTEST_CUE", "Mass DEMONSTRATIONS began in [Ganja]."),
    ("placeseats.PATROL_CUE", "Two routes were PATROLLED in the [Tartar] region."),
    ("placeseats.PATROL_CUE", "[Gandzasar] monastery, Patrolled by the peacekeepers"),
    ("placeaims.AIMS", "They fought for the SECURITY of [Stepanakert]."),
    ("placeaims.AIMS", "The group SOUGHT to cut the highway and attack [Stepanakert]."),
    ("placeaims.AIMS", "The brigades Attempted to reach [Fizuli]."),
    ("placeevents._VIEW_CUE", "The fortress stands on a cliff OVERLOOKING [Khankendi]."),
    ("placerules._NAMED_BEFORE_CUE", "He signed the Treaty of [Kars]."),
    ("placerules._UNIT_CUE", "The 83rd [Goris] Rifle Battalion held out."),
    ("placelists.HEIGHTS", "They took the heights of [Murov]."),
    ("placelists.HEIGHTS", "They took [Murov] heights."),
    ("placelives.LIFE", "He was BORN on 3 May 1970 in [Barda]."),
    ("placelives.NAMED_AFTER", "The school in [Barda] is NAMED after him."),
    ("placedenied.DENIAL", "They spread a FALSE allegation on the shelling of [Tartar]."),
    ("placedenied.DENIAL", "The claim that units fired at [Tartar] is DISINFORMATION."),
])
def test_a_sentence_a_rule_fires_in_holds_its_family(name, sentence):
    before, rest = sentence.split("[")
    place, after = rest.split("]")
    assert any(pattern.search(before) or pattern.match(after) for pattern in FAMILIES[name].guards)
    assert Clues(before + place + after).has(FAMILIES[name])


@pytest.mark.parametrize("name", sorted(FAMILIES))
def test_a_sentence_with_none_of_a_familys_words_is_ruled_out(name):
    assert not Clues("Fighting went on near Aghdam all week.").has(FAMILIES[name])


@pytest.mark.parametrize("pattern, sets", [
    (r"\bkm\s+(?:of|from)\s+$", [{"from", "of"}, {"km"}]),  # every run and group, the longest pieces first
    (r"\b(?:neither|nor)\s+$", [{"neither", "nor"}]),  # (parsed as "n" and "either|or": read whole again)
    (r"(?:road|highway)\s+(?:to|from)|link(?:s|ed)?\s+", [{"highway", "link", "road"}]),  # a branch: one of each
    (r"\bhills?\b", [{"hill"}]),
    (r"\d+\s*\w+", []),  # nothing literal: nothing to test
])
def test_the_sets_a_pattern_needs_are_read_off_it(pattern, sets):
    assert [set(s) for s in required_sets(re.compile(pattern, re.I))] == sets


@pytest.mark.parametrize("text, word", [
    ("A\u0300overlook the town", "overlook"),  # a pattern's \b falls after the combining mark: so does a word
    ("Ag\u0306dam was shelled", "dam"),
    ("Ag\u0306dam was shelled", "ag\u0306dam"),  # ... and the word as written is still one
])
def test_a_word_after_a_combining_mark_is_a_word_of_the_sentence(text, word):
    assert Clues(text).has(Cue(word))
