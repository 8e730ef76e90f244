"""Azerbaijani place names: case suffixes agree with the stem (vowel harmony, buffer consonants) and
are stripped only when what remains is a listed name; ordinary words and war names are no places.

The fixture sentences of every language are tested in test_places_languages.py.
"""

from __future__ import annotations

import pathlib

import pytest
from places_languages_support import GAZETTEER, found

from chronicle.extract import morphology
from chronicle.extract.wars import tag_document as tag_wars
from chronicle.gazetteer import Gazetteer
from chronicle.wars import WarCatalog

CATALOG = WarCatalog.load(pathlib.Path(GAZETTEER).parent / "wars.yaml")
FIRST, SECOND, OFFENSIVE = "first-nagorno-karabakh-war", "second-nagorno-karabakh-war", "2023-azerbaijani-offensive"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load(GAZETTEER)


@pytest.mark.parametrize("word, stem, stripped", [
    ("Şuşada", "Şuşa", True),
    ("Şuşadə", "Şuşa", False),  # a front suffix on a back stem
    ("Ağdamda", "Ağdam", True),
    ("Ağdamdə", "Ağdam", False),
    ("Ağdamın", "Ağdam", True),
    ("Ağdamnın", "Ağdam", False),  # the buffer n only after a vowel
    ("Şuşanın", "Şuşa", True),
    ("Şuşaın", "Şuşa", False),
    ("Füzuliyə", "Füzuli", True),
    ("Füzuliya", "Füzuli", False),
    ("Tovuzun", "Tovuz", True),  # rounded: -un
    ("Tovuzın", "Tovuz", False),
    ("Ağdamdakı", "Ağdam", True),
    ("Kəlbəcərdəki", "Kəlbəcər", True),
    # a compound name ends in its possessive vowel, and its cases take the buffer n
    ("Vilayətinə", "Vilayəti", True),
    ("Vilayətində", "Vilayəti", True),
    ("Vilayətindən", "Vilayəti", True),
    ("Vilayətina", "Vilayəti", False),  # a back suffix on a front stem
    ("Ağdamna", "Ağdam", False),  # the buffer n only after a vowel
    # a second ending only on what may carry one: "-dakı", a possessive vowel, the copula "-dır"
    ("Ağdamdakının", "Ağdam", True),
    ("Ağdamdadır", "Ağdam", True),
    ("Saakyanın", "Saaky", False),  # a genitive on no dative: two cases never stack
    ("Şuşayanın", "Şuşa", False),
])
def test_vowel_harmony(word, stem, stripped):
    assert (morphology.Form(stem) in morphology.forms(word, "az")) is stripped


@pytest.mark.parametrize("sentence, language, expected", [
    # without Azerbaijani letters, a suffix is read only in an Azerbaijani source
    ("Tovuzun kəndləri", "az", [("Tovuzun", "AZ-TOV")]),
    ("Tovuzun kəndləri", None, []),
    ("Agdamda", "az", [("Agdamda", "AZ-AGM")]),
    ("Agdamda", "en", []),
    ("Şuşada", None, [("Şuşada", "AZ-SUS")]),  # an Azerbaijani letter is enough
    # a negotiating body named after its city: "Minsk qrupunun sədri" is no event in Minsk
    ("Minsk qrupunun sədri Minskdə görüşdü.", "az", [("Minskdə", "BY")]),
    # a compound name in the dative: the whole name, not its first words and a village named like its third
    ("Rayon Dağlıq Qarabağ Muxtar Vilayətinə daxil deyildi.", "az", [("Dağlıq Qarabağ Muxtar Vilayətinə", None)]),
    # a report's time of day opening its sentence ("the next day", "in the morning hours") is no village Sahar,
    # the village itself still is, by its listed name
    ("Səhəri gün Bərdə şəhərinə raket zərbələri endirilib.", "az", [("Bərdə", "AZ-BAR")]),
    ("Səhər saatlarında Tərtər atəşə tutulub.", "az", [("Tərtər", "AZ-TAR")]),
    ("Qubadlı rayonunun Saray kəndi azad edilib.", "az", [("Qubadlı", "AZ-QBI"), ("Saray", "AZ-QBI")]),
    # a surname in the genitive is no case form of a rayon's name it folds near (Shaki)
    ("İcma Bako Saakyanın Rusiyaya səfəri ilə bağlı bəyanat yayıb.", "az", [("Rusiyaya", "RU")]),
])
def test_language_gate(gazetteer, sentence, language, expected):
    assert found(gazetteer, sentence, language) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a name listed among a rayon's villages is its village, though another rayon bears the name
    ("Rayonun daha 4 kəndi - Karxulu, Çərəkən, Daşkəsən və Horovlu azad olunub.",
     [("Karxulu", "AZ-CAB"), ("Çərəkən", "AZ-CAB"), ("Daşkəsən", "AZ-CAB"), ("Horovlu", "AZ-CAB")]),
    # rayons listed together stay rayons
    ("Daşkəsən, Gədəbəy və Tovuz rayonlarında yağış yağıb.", [("Daşkəsən", "AZ-DAS"), ("Gədəbəy", "AZ-GAD"), ("Tovuz", "AZ-TOV")]),
    # a rayon's genitive names the district of the village after it, a participle between them or not
    ("Düşmən Ağdam rayonunun Şıxlar kəndini atəşə tutub.", [("Ağdam", "AZ-AGM"), ("Şıxlar", "AZ-AGM")]),
    ("Düşmən Ağdam rayonunun işğal olunmuş Şıxlar kəndi yaxınlığından atəş açıb.", [("Ağdam", "AZ-AGM"), ("Şıxlar", "AZ-AGM")]),
    ("Düşmən Cəbrayıl rayonunun azad edilmiş Şıxlar kəndinə girib.", [("Cəbrayıl", "AZ-CAB"), ("Şıxlar", "AZ-CAB")]),
    # a list closed by the plural village noun: its names no list holds are villages of the rayon before it
    ("Cəbrayıl rayonunun Qoşatəpəli, Şıxlar, Yuxarı Dəmirçay kəndləri azad edilib.",
     [("Cəbrayıl", "AZ-CAB"), ("Qoşatəpəli", "AZ-CAB"), ("Şıxlar", "AZ-CAB"), ("Yuxarı Dəmirçay", "AZ-CAB")]),
    ("Ağdam rayonunun Dəmirçayqışlaq və Şıxlar kənd sakinləri geri qayıdıb.",
     [("Ağdam", "AZ-AGM"), ("Dəmirçayqışlaq", "AZ-AGM"), ("Şıxlar", "AZ-AGM")]),
])
def test_a_name_listed_among_villages_is_a_village(gazetteer, sentence, expected):
    assert found(gazetteer, sentence, "az") == expected


@pytest.mark.parametrize("sentence, filed", [
    ("İkinci Qarabağ müharibəsində qələbə qazanıldı.", (SECOND,)),
    ("Vətən müharibəsinin qəhrəmanları anıldı.", (SECOND,)),
    ("Birinci Qarabağ müharibəsindən sonra minlərlə insan köçkün oldu.", (FIRST,)),
    ("Lokal antiterror tədbirləri bir gün çəkdi.", (OFFENSIVE,)),
    ("Böyük Vətən müharibəsində həlak olanlar anıldı.", ()),
    ("Tovuz döyüşlərində general həlak oldu.", ("2020-july-clashes",)),
])
def test_war_names(sentence, filed):
    assert tag_wars([[sentence]], [[[]]], CATALOG).filed[0][0] == filed


@pytest.mark.parametrize("sentence, names", [
    # a case ending after a hyphen, as Azerbaijani writes it after an abbreviation or a capital, is part of the form
    ("Onlar SSRİ-nin mərkəzi hakimiyyətinin zəifləməsindən istifadə etdilər.", {"SSRİ-nin": "SU"}),
    ("1987-ci ildə Ermənistan SSR-in Qafan rayonunda deportasiya başladı.", {"Ermənistan SSR-in": "AM", "Qafan": "AM"}),
    # a hyphen between two names is a road's or a direction's, not a case ending
    ("Ağdam-Füzuli yolu açıldı.", {"Ağdam-Füzuli yolu": None}),
])
def test_a_hyphenated_case_ending_belongs_to_the_name(gazetteer, sentence, names):
    assert dict(found(gazetteer, sentence, "az")) == names


@pytest.mark.parametrize("sentence, expected", [
    # monitoring transcripts write Azerbaijani without ş and ç: Susa is Şuşa, not the Lachin village Suse
    ("Col Cafarov went to Susa and took these pictures.", [("Susa", "AZ-SUS")]),
    ("In Lacin, the reports are not true.", [("Lacin", "AZ-LAC")]),
    ("They fired from the occupied village of Sixlar in Agdam.", [("Sixlar", "AZ-AGM"), ("Agdam", "AZ-AGM")]),
])
def test_monitoring_spellings_without_azerbaijani_letters(gazetteer, sentence, expected):
    assert found(gazetteer, sentence, "en") == expected
