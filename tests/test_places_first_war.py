"""Texts told at the time of the first war (1988-1994) name places as the Soviet Union did: republics
("the Azerbaijan SSR"), towns by their Soviet names ("Kirovakan"), villages later renamed. Each is filed
in the country or rayon it lies in (issue 13, class 6: errors of fact found in the gazetteer are fixed
with a test). Their reporters write "the River Aras" and, in Russian, "Омарский перевал"; a village a
dispatch places "outside Kubatli" is Kubatli's, whatever else its paragraph names; one no nearer rayon
places is in the rayon the report named before ("fighting near Tovuz ... shells hit the village of Aghdam")."""

from __future__ import annotations

import pathlib

import pytest

from chronicle.extract.places import tag_document
from chronicle.gazetteer import Gazetteer

DATA = pathlib.Path(__file__).resolve().parent.parent / "corpus" / "gazetteer"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load(DATA)


def found(gazetteer: Gazetteer, sentence: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.district) for m in tag_document([[sentence]], gazetteer).mentions[0][0]]


@pytest.mark.parametrize("sentence, expected", [
    # Soviet republics are their countries
    ("Troops of the Azerbaijan SSR took part.", [("Azerbaijan SSR", "AZ")]),
    ("The deputies of the Azerbaijani SSR met in Baku.", [("Azerbaijani SSR", "AZ"), ("Baku", "AZ-BA")]),
    ("The Armenian SSR protested.", [("Armenian SSR", "AM")]),
    ("Azeris from the Armenian Republic are trapped.", [("Armenian Republic", "AM")]),
    ("Делегация Армянской ССР прибыла.", [("Армянской ССР", "AM")]),
    # a town under its Soviet name
    ("Two men were killed in Kirovakan, north of Yerevan.", [("Kirovakan", "AM"), ("Yerevan", "AM")]),
    # Operation Ring's first villages lie in Khanlar (Goygol), not in Shahumyan (Goranboy): a fact corrected
    ("Soviet troops surrounded Getashen and Martunashen.", [("Getashen", "AZ-GYG"), ("Martunashen", "AZ-GYG")]),
    ("Troops entered Chaykend at dawn.", [("Chaykend", "AZ-GYG")]),
])
def test_soviet_era_names_are_filed_where_they_lie(gazetteer, sentence, expected):
    assert found(gazetteer, sentence) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # the generic word before a river's name belongs to it, as "Lake" and "Mount" do
    ("Hundreds drowned in the River Aras.", "en", [("River Aras", None)]),
    ("They crossed the Aras River at night.", "en", [("Aras River", None)]),
    ("River crossings were closed.", "en", []),
    # the passes and ridges of Kalbajar in Russian, in any case form
    ("Войска перешли Муровские горы и Омарский перевал.", "ru", [("Муровские горы", "AZ-KAL"), ("Омарский перевал", "AZ-KAL")]),
    ("Бои шли у Омарского перевала.", "ru", [("Омарского перевала", "AZ-KAL")]),
])
def test_natural_features_of_dispatches(gazetteer, sentence, language, expected):
    assert [(m.text, m.district) for m in tag_document([[sentence]], gazetteer, language=language).mentions[0][0]] == expected


@pytest.mark.parametrize("paragraph, expected", [
    # a village whose name is shared by settlements of several rayons: the one its sentence names decides
    (["Zengilan province is also under assault.", "Refugees sheltered in the village of Kanliq outside Kubatli."],
     ("Kanliq", "AZ-QBI")),
    # no rayon in the sentence: the paragraph's two rayons tie, and the village stays unfiled
    (["Zengilan and Kubatli provinces are under assault.", "Refugees sheltered in the village of Kanliq."], ("Kanliq", None)),
])
def test_the_sentence_s_rayon_outranks_the_paragraph_s_for_a_homonym(gazetteer, paragraph, expected):
    last = tag_document([paragraph], gazetteer).mentions[0][-1]
    assert (last[0].text, last[0].district) == expected


@pytest.mark.parametrize("paragraphs, expected", [
    # a report of fighting around one rayon goes on, past paragraphs that name only countries, to a village of a name
    # several rayons share: the document's rayon
    ([["Clashes broke out on the border in the direction of Tovuz on Sunday."], ["Azerbaijan held its ground."],
      ["A shepherd was killed when shells hit the village of Aghdam."]], ("Aghdam", "AZ-TOV")),
    ([["Shelling hit Tovuz district."], ["Armenia launched more strikes against Azerbaijan."],
      ["A resident of Aghdam village was wounded."]], ("Aghdam", "AZ-TOV")),
    # what the paragraph names still outranks what the document named before it
    ([["Shelling hit Tovuz district."], ["Azerbaijan held its ground."], ["Khojavend was shelled too.",
                                                                        "A shell hit the village of Aghdam."]],
     ("Aghdam", "AZ-XVD")),
    # the document named both rayons: they tie, and the village stays unfiled
    ([["Shelling hit Tovuz and Khojavend districts."], ["Azerbaijan held its ground."], ["A shell hit the village of Aghdam."]],
     ("Aghdam", None)),
    # a name no cue makes a village is the editors' entry, whatever rayon the document named: the town
    ([["Shelling hit Tovuz district."], ["Azerbaijan held its ground."], ["Refugees from Aghdam arrived."]], ("Aghdam", "AZ-AGM")),
    # generated settlements of one name in Jabrayil and Gadabay: a cue lets the document's rayon choose, no cue does not
    ([["Shelling hit Jabrayil district."], ["Azerbaijan held its ground."], ["A shell hit the village of Soyudlu."]],
     ("Soyudlu", "AZ-CAB")),
    ([["Shelling hit Jabrayil district."], ["Azerbaijan held its ground."], ["The Soyudlu flows south."]], ("Soyudlu", None)),
    # a village the document names no rayon for stays unfiled
    ([["Shelling went on in Azerbaijan."], ["A shell hit the village of Aghdam."]], ("Aghdam", None)),
])
def test_the_document_s_rayon_picks_a_homonym_nothing_nearer_picks(gazetteer, paragraphs, expected):
    mentions = tag_document(paragraphs, gazetteer).mentions[-1]
    named = next(m for sentence in mentions for m in sentence if m.text == expected[0])
    assert (named.text, named.district) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a name after a preposition of place that its rayon qualifies is a village of that rayon, listed or not
    ("They trekked for six days from Bashlibeli in the province of Kelbajar.", [("Bashlibeli", "AZ-KAL"), ("Kelbajar", "AZ-KAL")]),
    ("Families fled from Zorbala in the district of Lachin.", [("Zorbala", "AZ-LAC"), ("Lachin", "AZ-LAC")]),
    ("Villagers from Bashlibeli, Kelbajar district, fled.", [("Bashlibeli", "AZ-KAL"), ("Kelbajar", "AZ-KAL")]),
    # a title before the rayon, a sentence's first word: no village
    ("The Special Representative of the President in Lachin district spoke.", [("Lachin", "AZ-LAC")]),
    ("Fighting in the province of Kelbajar went on.", [("Kelbajar", "AZ-KAL")]),
])
def test_a_name_its_rayon_qualifies_is_a_village_there(gazetteer, sentence, expected):
    assert found(gazetteer, sentence) == expected
