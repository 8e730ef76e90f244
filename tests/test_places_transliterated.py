"""Russian "-ский" adjectives in Latin letters, as Moscow agencies' English copy writes a rayon's name.

"Агдамский район" comes out as "Agdamsky district": the adjective names the rayon before a head noun
("district", "region", "direction"), also across a list it opens; without one it names nothing, so
surnames of the same shape and adjectives used otherwise stay no place. The sentences are written for
these tests in the shape of wire copy.
"""

from __future__ import annotations

import pytest
from places_languages_support import GAZETTEER, found

from chronicle.extract import morphology
from chronicle.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load(GAZETTEER)


@pytest.mark.parametrize("sentence, expected", [
    # the adjective before its head noun names the rayon
    ("Two farmers were wounded in Agdamsky district overnight, the ministry said.", [("Agdamsky", "AZ-AGM")]),
    ("Shells hit a school in the Fizulinsky region on Monday.", [("Fizulinsky", "AZ-FUZ")]),
    ("The troops held the line in the Kelbadzharskiy direction.", [("Kelbadzharskiy", "AZ-KAL")]),
    # a list the adjective opens shares the plural head noun after it
    ("Houses were damaged in Tertersky and Agdamsky districts near the contact line.",
     [("Tertersky", "AZ-TAR"), ("Agdamsky", "AZ-AGM")]),
    # without a head noun the same word names nothing: a surname, a title
    ("The envoy quoted Trotsky and Vysotsky at the talks in Moscow.", [("Moscow", "RU")]),
    ("A Tertersky family album was shown at the exhibition.", []),
])
def test_transliterated_adjectives(gazetteer, sentence, expected):
    assert found(gazetteer, sentence, "en") == expected


@pytest.mark.parametrize("word, form", [
    ("Agdamsky", "Agdam"),            # the stem as it is
    ("Fizulinskiy", "Fizuli"),        # a linking -n- dropped
    ("Shushinskaya", "Shusha"),       # a linking -in- dropped, the name's vowel restored
    ("Kelbadzharskogo", "Kelbadzhar"),  # a case ending of the adjective
])
def test_adjective_forms(word, form):
    assert morphology.Form(form, True) in morphology.forms(word)


@pytest.mark.parametrize("word", ["Agdam", "Moscow", "Agdamsy", "Sky", "Ask"])
def test_words_of_no_adjective_shape_get_no_forms(word):
    assert morphology.forms(word) == ()
