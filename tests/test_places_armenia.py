"""The Armenian side of the border: a place in Armenia below the country files its sentence under AM, which has a
district page (countries.yaml's ``district_page``); the country named alone files nothing."""

from __future__ import annotations

import datetime as dt
import pathlib

import pytest

from chronicle.extract.discourse import credit_ends, inherited_districts, outside_credits
from chronicle.extract.places import filing_districts, tag_document
from chronicle.gazetteer import Gazetteer
from chronicle.model import DateMention

ROOT = pathlib.Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load(ROOT / "corpus" / "gazetteer")


def filed(gazetteer: Gazetteer, sentence: str, language: str | None = None) -> tuple[str, ...]:
    return filing_districts(tag_document([[sentence]], gazetteer, language).mentions[0][0], gazetteer.filed_abroad)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a village, a town or a province of Armenia where the sentence places an event
        ("Mortar rounds fell on the village of Movses in Tavush province overnight.", ("AM",)),
        ("Drones struck Sotk and Vardenis on Tuesday.", ("AM",)),
        ("Shots were fired at the school of Barekamavan village.", ("AM",)),
        ("Heavy fighting broke out in the border areas of the Syunik region.", ("AM",)),
        ("Shells hit Kapan, and the village of Kokhanebi in the Tovuz district was shelled too.", ("AM", "AZ-TOV")),
        # the country named alone is a side, or the far side of a border, not a place of events below it
        ("Armenia said the talks would resume in May.", ()),
        ("Armenia occupied Kalbajar in April.", ("AZ-KAL",)),
        ("Gunfire was heard along the border with Armenia.", ()),
        ("Armenia shelled Azerbaijan's positions.", ()),
        # a capital named as its government
        ("Baku and Yerevan each claimed gains in the fighting.", ()),
        ("Yerevan said the village of Movses was shelled.", ("AM",)),
        # a road named after the towns it joins: the road word before them ("highway X-Y") makes one road
        ("The village lies next to a highway Ijevan-Noyabrean.", ()),
    ],
)
def test_a_place_in_armenia_below_the_country_files_under_am(gazetteer, sentence, expected):
    assert filed(gazetteer, sentence) == expected


def test_without_the_gazetteers_countries_only_rayons_file(gazetteer):
    """``filing_districts`` with no ``abroad`` keeps to Azerbaijan's rayons (catalogue_years asks so)."""
    mentions = tag_document([["Shells hit Kapan and the village of Kokhanebi in the Tovuz district."]], gazetteer).mentions[0][0]
    assert filing_districts(mentions) == ("AZ-TOV",)


def day(sentence: str, value: str) -> DateMention:
    when = dt.date.fromisoformat(value)
    return DateMention(0, 5, sentence[:5], value, earliest=when, latest=when)


@pytest.mark.parametrize(
    ("paragraphs", "dated", "expected"),
    [
        # a dated sentence naming no place stands where its paragraph's first place is, in Armenia too
        ([["Shells fell on Aygepar in Tavush province.", "The shelling began at dawn on 12 July."]], {(0, 1): "2020-07-12"},
         [[(), ("AM",)]]),
        # "the village" is the village of Armenia named before it
        ([["Snipers fired on the village of Movses."], ["The village was without power."]], {}, [[()], [("AM",)]]),
        # ... and "the district" after the country named alone is none
        ([["Armenia protested."], ["The district was calm."]], {}, [[()], [()]]),
    ],
)
def test_a_sentence_inherits_armenia_from_its_context(gazetteer, paragraphs, dated, expected):
    mentions = outside_credits(tag_document(paragraphs, gazetteer).mentions, credit_ends(paragraphs))
    dates = [[[day(s, dated[(p, i)])] if (p, i) in dated else [] for i, s in enumerate(para)] for p, para in enumerate(paragraphs)]
    assert inherited_districts(mentions, paragraphs, dates, abroad=gazetteer.filed_abroad) == expected


@pytest.mark.parametrize(
    ("sentence", "language", "entity"),
    [
        # Mount Kirs, on the border of Shusha and Khojavend, is no village of Syunik that GeoNames also spells Kirs
        ("Units advanced from the positions on Kirs at night.", "en", "mount-kirs"),
        ("Ստորաբաժանումները շարժվեցին Քիրսի դիրքերից։", "hy", "mount-kirs"),
    ],
)
def test_a_height_of_karabakh_is_no_namesake_in_armenia(gazetteer, sentence, language, entity):
    assert [m.entity for m in tag_document([[sentence]], gazetteer, language).mentions[0][0]] == [entity]


def test_a_dateline_standing_as_the_title_is_no_topic(tmp_path):
    """A text without metadata is titled by its first line: an agency's dateline ("YEREVAN, ...") is where it was
    written, so a dated sentence that names no place is not filed under the dateline's city."""
    from chronicle import pipeline

    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "wire.txt").write_text(
        "YEREVAN, MAY 3, WIRE.\n\nThe ministers met again on May 3, 2021, the ministry said.\n", encoding="utf-8")
    build = pipeline.run(pipeline.Inputs(tmp_path, tmp_path / "texts", ROOT / "corpus" / "gazetteer", ROOT / "corpus" / "wars.yaml"))
    assert [f.filed_districts for f in build.corpus.facts.values()] == [(), ()]


def places(gazetteer: Gazetteer, sentence: str) -> dict[str, str | None]:
    return {m.text: m.district for m in tag_document([[sentence]], gazetteer, "en").mentions[0][0]}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a country's possessive keeps its namesakes (Berd is also the Armenian name of a village of Qazax) ...
        ("Snipers fired from the village of Chinari of Armenia's Berd district.",
         {"Chinari": "AM", "Armenia": "AM", "Berd": "AM"}),
        ("The village of Aghdam of Azerbaijan's Tovuz district was shelled.", {"Aghdam": "AZ-TOV", "Azerbaijan": "AZ", "Tovuz": "AZ-TOV"}),
        # ... and a district of Armenia named by its Soviet name or its town closes a list of its villages, whatever
        # namesakes they have in Azerbaijan; a name no list holds is Armenia's too
        ("Fire came from the Gunashli and Zarkend settlements of the Basarkechar region.",
         {"Gunashli": "AM", "Zarkend": "AM", "Basarkechar": "AM"}),
        ("Fire came from the Chinarli and Sarigyugh settlements of the Shamshaddin region.",
         {"Chinarli": "AM", "Sarigyugh": "AM", "Shamshaddin": "AM"}),
        # a district named with its noun, then its settlements in parentheses closed by their noun
        ("Units fired from the Basarkechar region (Zarkend, Istisu settlements) at night.",
         {"Basarkechar": "AM", "Zarkend": "AM", "Istisu": "AM"}),
        ("Posts in the Kalbajar region (Istisu settlement) and the Dashkasan region (Astaf, Tazakend settlements) were hit.",
         {"Kalbajar": "AZ-KAL", "Istisu": "AZ-KAL", "Dashkasan": "AZ-DAS", "Astaf": "AZ-DAS", "Tazakend": "AZ-DAS"}),
        # a parenthesis not closed by the settlements' noun opens no list (Tazakend is a village of Lachin and of Dashkasan)
        ("The Lachin region and the Dashkasan region (Tazakend settlement) were calm.",
         {"Lachin": "AZ-LAC", "Dashkasan": "AZ-DAS", "Tazakend": "AZ-DAS"}),
        ("The Lachin region and the Dashkasan region (Tazakend) were calm.", {"Lachin": "AZ-LAC", "Dashkasan": "AZ-DAS", "Tazakend": None}),
        # the capitalised noun after a rayon's name is no village of the next list
        ("Fire hit the Yellija settlement of Kalbajar District and the Ahmadli settlement of Lachin District.",
         {"Yellija": "AZ-KAL", "Kalbajar": "AZ-KAL", "Ahmadli": "AZ-LAC", "Lachin": "AZ-LAC"}),
    ],
)
def test_what_the_sentence_says_of_the_side_chooses_among_namesakes(gazetteer, sentence, expected):
    assert places(gazetteer, sentence) == expected


def test_the_armenian_abbreviation_of_the_republic_is_armenia_and_files_nothing(gazetteer):
    mentions = tag_document([["ՀՀ կառավարությունը հայտարարություն է տարածել։"]], gazetteer, "hy").mentions[0][0]
    assert [(m.text, m.entity) for m in mentions] == [("ՀՀ", "armenia")]
    assert filing_districts(mentions, gazetteer.filed_abroad) == ()
