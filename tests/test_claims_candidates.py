"""The cheap tests in front of the predicate search: which forms a sentence may hold, where their matches may start,
whether a shape pass may, and which forms a preposition before a place may close.

Every sentence is searched for predicates, and most hold none: ``ClaimLexicon.candidates`` names the forms whose
first words a sentence holds (the others cannot match it), ``candidates.may_hold_shape`` says whether any of the
passes that start from a word of their own (a war's noun, a verb of driving out, entering or stopping, a
continuation) can find anything. Both only skip work: a form or pass they leave out finds nothing.
"""

from __future__ import annotations

import pytest

from chronicle.extract.claims import candidates, halts, killings, landings, outbreaks, predicates, shapes, stoppages
from chronicle.lexicon import load, parse

SMALL = parse({"language": "xx", "kinds": {
    "control": {"verbs": ["captured", "took control of", "withdrew from"], "intransitive": ["retreated from"],
                "nouns": ["capture"]},
    "assault": {"verbs": ["shelled", "attacked"], "nouns": ["attack", "shelling"]},
    "ceasefire": {"nouns": ["ceasefire", "truce"], "phrases": ["a truce agreed on"]},
}}, "xx.yaml")
EN = load()["en"]


@pytest.mark.parametrize(
    "words, expected",
    [
        (set(), []),
        ({"the", "town", "was", "quiet"}, []),
        ({"captured"}, [("control", "verbs")]),
        ({"took", "the", "town"}, [("control", "verbs")]),  # a first word is enough: the search decides
        ({"truce", "shelled"}, [("assault", "verbs"), ("ceasefire", "nouns")]),  # in the lexicon's order
        ({"attack", "capture", "attacked"}, [("control", "nouns"), ("assault", "verbs"), ("assault", "nouns")]),
        ({"Captured"}, []),  # the words come folded: a capital is no first word
    ],
)
def test_candidates_are_the_forms_whose_first_words_a_sentence_holds(words, expected):
    assert [(f.kind, f.role) for f in SMALL.candidates(words)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Armenian forces captured the town of Lachin on 18 May 1992.",
        "The shelling of Tartar resumed after the truce was declared.",
        "Residents returned to the village in spring.",
        "They took part in the talks and withdrew from Kalbajar.",
    ],
)
def test_candidates_keep_every_form_a_sentence_may_hold(sentence):
    words = set(candidates.WORD.findall(sentence.casefold()))
    assert EN.candidates(words) == [f for f in EN.predicates if not f.firsts.isdisjoint(words)]


@pytest.mark.parametrize(
    "last, expected",
    [
        ("of", [("control", "verbs")]),
        ("from", [("control", "verbs"), ("control", "intransitive")]),  # in the lexicon's order
        ("on", []),  # a phrase's last word: a phrase is never what a preposition before a place closes
        ("in", []),
        ("captured", []),  # a form of one word closes nothing
    ],
)
def test_a_preposition_closes_only_the_forms_ending_in_it(last, expected):
    assert [(f.kind, f.role) for f in SMALL.closing(last)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Armenian forces captured the town of Lachin on 18 May 1992.",
        "Captured on 2 April, the height was captured again and recaptured on 5 April.",  # a first word in a word
        "The army took control of Shusha and took prisoners; it took control of the road too.",
        "Re-captured positions, once-shelled towns and self-shelled lines are no forms.",  # a hyphen before the word
        "Forces shelled Tartar, shelled Barda and attacked Ganja, then withdrew from Kalbajar.",
        "A truce was agreed on 9 November; the truce held.",
    ],
)
def test_forms_are_tried_where_their_first_words_stand_with_the_matches_of_a_full_search(sentence):
    folded = sentence.casefold()
    words = set(candidates.WORD.findall(folded))
    for lexicon in (SMALL, EN):
        for forms in lexicon.candidates(words):
            assert [m.span() for m in candidates.at_first_words(forms, sentence, folded, words)] == \
                [m.span() for m in forms.pattern.finditer(sentence)]


@pytest.mark.parametrize(
    "forms, word_led",
    [
        (["captured", "took control of"], True),
        (["re-captured", "shelled"], True),  # a hyphen stays inside a word
        (["U.S. troops entered"], False),  # a point parts a word: the text's words would not hold "u.s."
        (["İşğal etdi"], False),  # not ASCII: IGNORECASE takes "İ" for the text's "i"
    ],
)
def test_forms_are_tried_at_their_first_words_only_when_those_are_ascii_words(forms, word_led):
    lexicon = parse({"language": "xx", "kinds": {"control": {"verbs": forms}}}, "xx.yaml")
    assert candidates.word_led(lexicon.predicates[0]) is word_led


SHAPE_PASSES = (outbreaks.hits, halts.hits, shapes.expulsions, shapes.entries, shapes.suspensions, stoppages.hits,
                landings.hits, killings.hits)


@pytest.mark.parametrize(
    "sentence, may_hold",
    [
        ("Residents returned to the village in spring.", False),
        ("The delegation visited the museum.", False),
        ("Fighting was halted on 12 May.", True),  # a war's noun: outbreaks and halts start from it
        ("Clashes erupted along the border.", True),
        ("The army pushed the units out of Kalbajar.", True),  # a verb of driving out
        ("The entry of the troops into Aghdam was announced.", True),
        ("Azerbaijan decided to suspend the operation.", True),
        ("It was followed by Fuzuli.", True),  # a continuation
        ("Azerbaijan banned all traffic through the corridor.", True),  # a verb of stopping what moves
        ("A shell fell on the school.", True),  # a verb of landing
        ("Many civilians were killed in the town.", True),  # a killing's participle
    ],
)
def test_a_shape_pass_is_asked_only_where_its_word_may_stand(sentence, may_hold):
    assert candidates.may_hold_shape(sentence, EN) is may_hold
    if not may_hold:
        assert all(found(sentence, EN) == [] for found in SHAPE_PASSES)


def test_the_shape_passes_find_what_the_test_lets_through():
    assert halts.hits("Fighting was halted on 12 May.", EN) != []
    assert outbreaks.hits("Clashes erupted along the border.", EN) != []
    assert [p.role for p in predicates.find("It was followed by Fuzuli.", EN, "control")] == ["continuation"]
