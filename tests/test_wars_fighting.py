"""Words of fighting in each language the corpus holds: only a sentence that reports fighting moves into the
war a bare year (or a span of years) overlaps.

"The district was liberated in 1993-1994" is a report of the first war in
any language; "The district was formed in 1991" is administrative history and
files under no war. The sentences are written for this test in the shapes of
Russian, Azerbaijani and Armenian encyclopedia and news texts.
"""

from __future__ import annotations

import pathlib

import pytest
from chronicle.extract import dates as date_tagger
from chronicle.extract.war_clauses import reports_fighting
from chronicle.extract.wars import tag_document
from chronicle.wars import WarCatalog

ROOT = pathlib.Path(__file__).resolve().parents[1]
CATALOG = WarCatalog.load(ROOT / "corpus" / "wars.yaml")
FIRST = "first-nagorno-karabakh-war"


@pytest.mark.parametrize(
    ("sentence", "fighting"),
    [
        ("Бои за высоту шли три дня.", True),
        ("Боевые действия возобновились.", True),
        ("Село было освобождено весной.", True),
        ("Наступление на город началось утром.", True),
        ("В селе проживало более 300 человек.", False),  # "более" is no "бои"
        ("Наступил новый учебный год.", False),  # "наступил" is no offensive
        ("Kənd işğaldan azad edildi.", True),
        ("İşğal altında olan ərazilər.", True),
        ("Döyüşlər gecə də davam edib.", True),
        ("Kənddə yeni məktəb tikilib.", False),
        ("Գյուղը ազատագրվել է։", True),
        ("Հակառակորդը կրակ է բացել։", True),
        ("Մարտերը շարունակվում են։", True),
        ("Մարտի 1-ին հանրահավաք էր։", False),  # the month of March, not a battle
        ("Armenian forces captured the town.", True),
        ("The town has been occupied since 1993.", True),
        ("The bus and its occupants reached the border.", False),  # those in a vehicle, not an occupation
        ("The school was rebuilt.", False),
    ],
)
def test_fighting_words_by_language(sentence: str, fighting: bool):
    assert reports_fighting(sentence) is fighting


@pytest.mark.parametrize(
    ("sentence", "language", "wars"),
    [
        ("Район был освобождён в 1993-1994 годах.", "ru", (FIRST,)),
        ("Район был образован в 1991 году.", "ru", ()),
        ("Rayon 1993-1994-cü illərdə işğal edilib.", "az", (FIRST,)),
        ("Rayon 1991-ci ildə yaradılıb.", "az", ()),
        ("Շրջանը ազատագրվել է 1993-1994 թվականներին։", "hy", (FIRST,)),
        ("Շրջանը կազմավորվել է 1991-ին։", "hy", ()),
    ],
)
def test_a_bare_year_files_a_war_only_beside_fighting(sentence: str, language: str, wars: tuple[str, ...]):
    mentions = date_tagger.tag_document([[sentence]], language=language)
    assert tag_document([[sentence]], mentions, CATALOG).filed[0][0] == wars
