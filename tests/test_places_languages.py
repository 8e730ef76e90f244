"""Place mentions in Russian, Azerbaijani and Armenian file under their district; sentences without one find none.

The sentences are in tests/fixtures/places_languages/<language>.yaml (written for
these tests), at least forty mentions per language; each language's own rules
(case forms, suffixes, endings, guards) have tables in test_places_<language>.py.
"""

from __future__ import annotations

import pytest
from places_languages_support import GAZETTEER, LANGUAGES, found, load

from chronicle.gazetteer import Gazetteer

FIXTURES = {language: load(language) for language in LANGUAGES}


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load(GAZETTEER)


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_has_forty_mentions(language):
    assert sum(len(expected) for _, expected in FIXTURES[language].mentions) >= 40


@pytest.mark.parametrize("language, sentence, expected", [(lang, *m) for lang in LANGUAGES for m in FIXTURES[lang].mentions])
def test_mentions(gazetteer, language, sentence, expected):
    assert found(gazetteer, sentence, language) == expected


@pytest.mark.parametrize("language, sentence", [(lang, s) for lang in LANGUAGES for s in FIXTURES[lang].no_place])
def test_no_place(gazetteer, language, sentence):
    assert found(gazetteer, sentence, language) == []
