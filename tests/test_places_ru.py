"""Russian place names: case forms and "-ский" adjectives file under their district; ordinary words do not.

The fixture sentences of every language are tested in test_places_languages.py; here the
morphology (pymorphy3) is tested through the real gazetteer.
"""

from __future__ import annotations

import pathlib

import pytest
from places_languages_support import GAZETTEER, found

from chronicle.extract import morphology
from chronicle.extract.places import tag_document as tag_places
from chronicle.extract.wars import tag_document as tag_wars
from chronicle.gazetteer import Gazetteer
from chronicle.wars import WarCatalog

CATALOG = WarCatalog.load(pathlib.Path(GAZETTEER).parent / "wars.yaml")
FIRST, SECOND, OFFENSIVE = "first-nagorno-karabakh-war", "second-nagorno-karabakh-war", "2023-azerbaijani-offensive"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load(GAZETTEER)


@pytest.mark.parametrize("sentence, expected", [
    # the source's language is not needed: the script says Russian
    ("Бои шли у Агдама и в Шуше.", [("Агдама", "AZ-AGM"), ("Шуше", "AZ-SUS")]),
    # a given name before a surname is a person; the foreign capitals where talks were held are places
    ("Сопредседатели встретились в Париже с Араратом Мирзояном и Джейхуном Байрамовым.", [("Париже", "FR")]),
    ("Арарат Мирзоян прибыл в Арарат.", [("Арарат", "AM")]),
    # an adjective needs a head noun, also across a list of adjectives
    ("Кельбаджарский и Лачинский районы опустели.", [("Кельбаджарский", "AZ-KAL"), ("Лачинский", "AZ-LAC")]),
    ("Кельбаджарский мёд и лачинский сыр.", []),
    # Russian spells such adjectives in lower case: they start a name all the same, before their head noun
    ("Бои шли на агдеринском, ходжавендском и губадлинском направлениях фронта.",
     [("агдеринском", "AZ-TAR"), ("ходжавендском", "AZ-XVD"), ("губадлинском", "AZ-QBI")]),
    ("Противник обстреливал позиции на физулинском направлении.", [("физулинском", "AZ-FUZ")]),
    # a list of villages, each group closed by its district's adjective, the plural head closing the whole list
    ("Армия освободила села Алескерли - Физулинского, Туг, Азых - Ходжавендского районов.",
     [("Алескерли", "AZ-FUZ"), ("Физулинского", "AZ-FUZ"), ("Туг", "AZ-XVD"), ("Азых", "AZ-XVD"), ("Ходжавендского", "AZ-XVD")]),
    # names no list holds, in such lists: villages of the district whose adjective closes their group
    ("Освобождены села Мехдили, Кызылтепе и Гюнешлитала Джабраильского района.",
     [("Мехдили", "AZ-CAB"), ("Кызылтепе", "AZ-CAB"), ("Гюнешлитала", "AZ-CAB"), ("Джабраильского района", "AZ-CAB")]),
    ("Освобождены села Туг, Каратепели - Ходжавендского, Сеюдлю, Ашагыдере - Джебраильского районов.",
     [("Туг", "AZ-XVD"), ("Каратепели", "AZ-XVD"), ("Ходжавендского", "AZ-XVD"), ("Сеюдлю", "AZ-CAB"),
      ("Ашагыдере", "AZ-CAB"), ("Джебраильского", "AZ-CAB")]),
    ("Речь идет о 6 селах Физулинского, 3 - Джебраильского, по два села в Зангиланском районах.",
     [("Физулинского", "AZ-FUZ"), ("Джебраильского", "AZ-CAB"), ("Зангиланском", "AZ-ZAN")]),
    ("Сыр везли по физулинской жаре.", []),
    # a lower-case adjective made from a country's name tells a nationality, not a place
    ("Депутаты говорили об оккупированных азербайджанских районах.", []),
    # a known ordinary word names a place only as a listed spelling ("Талыш" is listed, "Гора" is not)
    ("Талыш обстреляли.", [("Талыш", "AZ-TAR")]),
])
def test_without_the_sources_language(gazetteer, sentence, expected):
    assert found(gazetteer, sentence, None) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a district's adjective and its singular noun are the district's name as the reader copies it, in every case
    ("Обстрелу подверглись села Тертерского района.", [("Тертерского района", "AZ-TAR")]),
    ("Бои шли в Физулинском районе, у Горадиза.", [("Физулинском районе", "AZ-FUZ"), ("Горадиза", "AZ-FUZ")]),
    ("Колонна подошла к Мартакертскому району.", [("Мартакертскому району", "AZ-TAR")]),
    ("Бои шли в физулинском районе.", [("физулинском районе", "AZ-FUZ")]),
    # the noun after a list of adjectives is the list's (plural), and a front or a road is no district's noun
    ("Кельбаджарский, Лачинский и Губадлинский районы опустели.",
     [("Кельбаджарский", "AZ-KAL"), ("Лачинский", "AZ-LAC"), ("Губадлинский", "AZ-QBI")]),
    ("Бои шли в Джабраильском и Зангиланском районах.", [("Джабраильском", "AZ-CAB"), ("Зангиланском", "AZ-ZAN")]),
    ("Противник наступал на Физулинском направлении.", [("Физулинском", "AZ-FUZ")]),
    # a village listed before its district's adjective keeps its own span
    ("Посёлок Горадиз Физулинского района освободили.", [("Горадиз", "AZ-FUZ"), ("Физулинского района", "AZ-FUZ")]),
])
def test_district_noun_joins_its_adjective(gazetteer, sentence, expected):
    assert found(gazetteer, sentence, None) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the villages' noun and a district's adjective head a list after a dash, a colon or nothing: its villages lie
    # there, the namesakes elsewhere (Şükürbəyli of Fuzuli, Dağ Maşanlı of Qubadli) and the unlisted spellings too
    ("Освобождены еще 4 села Джабраильского района — Кархулу, Шюкюрбейли, Черекен и Дашкесан.",
     [("Джабраильского района", "AZ-CAB"), ("Кархулу", "AZ-CAB"), ("Шюкюрбейли", "AZ-CAB"), ("Черекен", "AZ-CAB"),
      ("Дашкесан", "AZ-CAB")]),
    ("Освобождены села Губадлинского района: Падар, Эфендиляр и сел Джабраильского района Софулу, Даг Машанлы.",
     [("Губадлинского района", "AZ-QBI"), ("Падар", "AZ-QBI"), ("Эфендиляр", "AZ-QBI"), ("Джабраильского района", "AZ-CAB"),
      ("Софулу", "AZ-CAB"), ("Даг Машанлы", "AZ-CAB")]),
    # no villages' noun before the district: a clause's place, then another name
    ("Бои шли в Физулинском районе – Шюкюрбейли обстреливали.", [("Физулинском районе", "AZ-FUZ"), ("Шюкюрбейли", "AZ-FUZ")]),
    ("Жители Джабраильского района – Шюкюрбейли и Кархулу – вернулись.",
     [("Джабраильского района", "AZ-CAB"), ("Шюкюрбейли", "AZ-FUZ"), ("Кархулу", "AZ-CAB")]),
])
def test_a_district_heads_its_villages(gazetteer, sentence, expected):
    assert found(gazetteer, sentence, None) == expected


@pytest.mark.parametrize("word, form, adjectival", [
    ("Шуше", "шуша", False),
    ("Агдама", "агдам", False),
    ("Гадрутом", "гадрут", False),  # the dictionary does not know it: a stripped ending
    ("Кельбаджарского", "кельбаджар", True),
    ("Физулинском", "физули", True),
    ("Бакинский", "баку", True),
])
def test_forms(word, form, adjectival):
    assert morphology.Form(form, adjectival) in morphology.forms(word)


@pytest.mark.parametrize("word, common", [("Село", True), ("Гора", True), ("Шуша", False), ("Агдам", False), ("Agdam", False)])
def test_common_words(word, common):
    assert morphology.common_word(word) is common


@pytest.mark.parametrize("sentence, filed", [
    ("Ветераны Второй карабахской войны собрались в Баку.", (SECOND,)),
    ("В ходе первой карабахской войны погибли тысячи.", (FIRST,)),
    ("После 44-дневной войны граница изменилась.", (SECOND,)),
    ("Во время антитеррористических мероприятий связь пропала.", (OFFENSIVE,)),
    ("В Великой Отечественной войне погибли миллионы.", ()),
    # the Armenian names in Russian
    ("Участники Первой арцахской войны собрались в Ереване.", (FIRST,)),
    ("Во время Второй арцахской войны город обстреливали.", (SECOND,)),
    ("После однодневной войны население покинуло регион.", (OFFENSIVE,)),
])
def test_war_names(sentence, filed):
    assert tag_wars([[sentence]], [[[]]], CATALOG).filed[0][0] == filed


@pytest.mark.parametrize("sentence, event", [
    # the capital after a noun of power or will is the government (Russian puts the possessor after the noun)
    ("Город перешёл под контроль Баку весной.", False),
    ("Власти Баку отвергли обвинения.", False),
    ("Официальный Баку промолчал.", False),
    ("В Баку прошли переговоры.", True),
])
def test_the_capital_as_its_government(gazetteer, sentence, event):
    assert [m.event for m in tag_places([[sentence]], gazetteer, "ru").mentions[0][0]] == [event]
