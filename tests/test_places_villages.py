"""Villages: names no list holds (filed by their context) and the generated settlements (issue 13, classes 5-6).

Every sentence here is made up in the shape of war reports; the village names
in the first tables are invented so that no list can hold them.
"""

from __future__ import annotations

import pathlib

import pytest

from chronicle.extract.places import AMBIGUOUS, FILED, UNLISTED, tag_document
from chronicle.gazetteer import Gazetteer

DATA = pathlib.Path(__file__).resolve().parent.parent / "corpus" / "gazetteer"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load(DATA)


def tag(gazetteer, *sentences):
    return tag_document([list(sentences)], gazetteer)


# --- class 5: places no list holds ------------------------------------------------

@pytest.mark.parametrize("sentence, filed", [
    # a list tied to its district: every village is filed there
    ("Artillery hit the villages of Vartexa, Zorbatun and Qlormali of Zangilan district.",
     {"Vartexa": "AZ-ZAN", "Zorbatun": "AZ-ZAN", "Qlormali": "AZ-ZAN"}),
    ("Units entered the settlement of Dzorvatex in the Lachin district.", {"Dzorvatex": "AZ-LAC"}),
    # heights and hills are candidates too
    ("The strategic height of Qlorbattepe near Fuzuli was taken.", {"Qlorbattepe": "AZ-FUZ"}),
    ("Fighting around Vartexdag hill in the Khojavend district went on.", {"Vartexdag hill": "AZ-XVD"}),  # the hill is the name
    # a village cue reaches through a list past unlisted names, listed ones and the rayon a village is named after:
    # Kəngərli is Aghdam's village here, not the Nakhchivan rayon, and the names after it are filed in Aghdam too
    ("Near Aghdam the fighters hit the villages of Vartexa, Kengerli, Talishlar, Zorbatun, and Qlormali.",
     {"Vartexa": "AZ-AGM", "Zorbatun": "AZ-AGM", "Qlormali": "AZ-AGM"}),
    # where the move started is named too, but the event's rayon files the height
    ("Advancing from the Lachin district, the units shelled Gubadli and took the height of Qlorbattepe.",
     {"Qlorbattepe": "AZ-QBI"}),
    # a candidate without a district stays on the editors' list, unfiled
    ("The village of Zorbatun was shelled overnight.", {"Zorbatun": None}),
    # two rayons in the sentence: which one is not said, so nothing is filed
    ("The villages of Vartexa and Zorbatun between Fuzuli and Jabrayil were shelled.",
     {"Vartexa": None, "Zorbatun": None}),
])
def test_unlisted_villages_are_filed_under_the_district_their_sentence_names(gazetteer, sentence, filed):
    result = tag(gazetteer, sentence)
    assert {c.text: c.district for c in result.unknown} == filed
    assert {c.note for c in result.unknown} == {FILED if any(filed.values()) else UNLISTED}
    mentions = {m.text: m for m in result.mentions[0][0]}
    for name, district in filed.items():
        if district:
            kind = "height" if name.endswith(" hill") else "village"  # a named feature keeps its kind
            assert (mentions[name].district, mentions[name].entity, mentions[name].kind) == (district, district, kind)
            assert sentence[mentions[name].start:mentions[name].end] == name
        else:
            assert name not in mentions


@pytest.mark.parametrize("sentence, filed", [
    # a sentence naming places on both sides of the border: a name no list holds is on the side of the place named
    # nearest to it, not in the sentence's one rayon
    ("Units fired from Vartexa and Zorbatun settlements of the Basarkechar region at the positions near Qlormali "
     "settlement of the Gadabay district.", {"Vartexa": "AM", "Zorbatun": "AM", "Qlormali": "AZ-GAD"}),
    ("They shelled Tovuz region's Vartexa settlement from Chambarak region's Zorbatun settlement.",
     {"Vartexa": "AZ-TOV", "Zorbatun": "AM"}),
    # ... while a name nearer the rayon, or in a sentence of one side, stays in the rayon
    ("Units from Vardenis shelled the height of Qlorbattepe near Kalbajar.", {"Qlorbattepe": "AZ-KAL"}),
    ("The units shelled Gubadli and took the height of Qlorbattepe.", {"Qlorbattepe": "AZ-QBI"}),
])
def test_an_unlisted_name_lies_on_the_side_of_the_border_of_the_place_nearest_it(gazetteer, sentence, filed):
    assert {c.text: c.district for c in tag(gazetteer, sentence).unknown} == filed


@pytest.mark.parametrize("sentence, heights", [
    ("Peaks near Fuzuli include Mount Vartexdag to the south and mount Qlorbat to the west.",
     {"Mount Vartexdag": "AZ-FUZ", "mount Qlorbat": "AZ-FUZ"}),
    ("Units took Mt. Zorbatun in the Lachin district.", {"Mt. Zorbatun": "AZ-LAC"}),
    ("The Mount of Olives is far away.", {}),
])
def test_a_mountain_no_list_holds_is_named_with_its_word(gazetteer, sentence, heights):
    result = tag(gazetteer, sentence)
    assert {c.text: c.district for c in result.unknown} == heights
    assert {m.text: (m.district, m.kind) for m in result.mentions[0][0] if m.text in heights} == {
        name: (district, "height") for name, district in heights.items()}


@pytest.mark.parametrize("sentence, filed", [
    # English lists: "A, B and C villages of the X district"; Dashbashi's only listed namesake lies in Jabrayil
    ("Troops took Dashbashi, Vartexa and Zorbatun villages of the Khojavend district.",
     {"Dashbashi": "AZ-XVD", "Vartexa": "AZ-XVD", "Zorbatun": "AZ-XVD"}),
    # "the villages of A and B of X district" beside another list: each list takes its own district
    ("The villages of Vartexa and Zorbatun of Zangilan district and Dashbashi village of the Khojavend district were taken.",
     {"Vartexa": "AZ-ZAN", "Zorbatun": "AZ-ZAN", "Dashbashi": "AZ-XVD"}),
    ("Troops took Vartexa, Zorbatun villages in Fuzuli, Qlormali villages in Khojaly.",
     {"Vartexa": "AZ-FUZ", "Zorbatun": "AZ-FUZ", "Qlormali": "AZ-XCI"}),
    # an aside inside the list ("previously ...") does not end it
    ("Troops took Dashbashi (previously Vartexa), Zorbatun villages of the Khojavend district.",
     {"Dashbashi": "AZ-XVD", "Vartexa": "AZ-XVD", "Zorbatun": "AZ-XVD"}),
    # "(in X)" closes each list; a rayon's name ends the next list walking back
    ("The army took Kurdlar and Dashbashi (in Khojavend), Kurdlar (in Fuzuli).",
     {"Dashbashi": "AZ-XVD", "Khojavend": "AZ-XVD", "Fuzuli": "AZ-FUZ"}),
    # a village that shares its name with a rayon (Kəngərli of Nakhchivan) stays in the list it is read in
    ("Fire came from Chilaburt village of Terter district, Abdinli, Kangarli, Marzili villages of Aghdam district.",
     {"Abdinli": "AZ-AGM", "Kangarli": "AZ-AGM", "Marzili": "AZ-AGM"}),
    # a town or a district inside a country picks that country's namesake village; the country alone does not
    ("Fire came from Noyemberyan district and from Chinari village.", {"Chinari": "AM"}),
    ("Fire came from Armenia and from Chinari village.", {"Chinari": None}),
    # a list of districts: each names its own (no village of one of them in the next)
    ("Mines were cleared in the Tartar, Kalbajar, Aghdam, Khojavend and Lachin districts.",
     {"Tartar": "AZ-TAR", "Kalbajar": "AZ-KAL", "Aghdam": "AZ-AGM", "Khojavend": "AZ-XVD", "Lachin": "AZ-LAC"}),
])
def test_a_list_of_villages_takes_the_district_named_after_it(gazetteer, sentence, filed):
    mentions = tag(gazetteer, sentence).mentions[0][0]
    assert {m.text: m.district for m in mentions if m.text in filed} == filed


def test_the_paragraph_names_the_district_when_the_sentence_does_not(gazetteer):
    result = tag(gazetteer, "Shelling of the Qubadli district resumed.", "The village of Vartexa burned.")
    assert [(c.sentence, c.text, c.district) for c in result.unknown] == [(1, "Vartexa", "AZ-QBI")]
    assert [m.district for m in result.mentions[0][1]] == ["AZ-QBI"]


@pytest.mark.parametrize("paragraphs, filed", [
    # a paragraph that names no rayon goes on where the last one that named one was ("Then" before "the village" is no name)
    ([["Shelling of the Qubadli district resumed."], ["Then the village of Vartexa burned."]], [(1, "Vartexa", "AZ-QBI")]),
    ([["Shelling of the Qubadli district resumed."], ["Nothing more was said."], ["The village of Vartexa burned."]],
     [(2, "Vartexa", "AZ-QBI")]),
    # a paragraph naming its own rayon files there
    ([["Shelling of the Qubadli district resumed."], ["In Fuzuli, the village of Vartexa burned."]], [(1, "Vartexa", "AZ-FUZ")]),
])
def test_a_paragraph_naming_no_rayon_goes_on_where_the_last_one_was(gazetteer, paragraphs, filed):
    result = tag_document(paragraphs, gazetteer)
    assert [(c.paragraph, c.text, c.district) for c in result.unknown] == filed


@pytest.mark.parametrize("paragraphs, language, district", [
    # a rayon an editor listed counts as the paragraph's context though GeoNames spells an Armenian village
    # the same (Tavush, also "Tovuz"): the village of Ağdam in the next paragraph is Tovuz's, not Khojavend's
    ([["Sərhədin Tovuz rayonu sahəsində atəş açılıb."], ["Jurnalistlər Ağdam kəndində olub."]], "az", "AZ-TOV"),
    ([["Sərhədin Tovuz istiqamətində vəziyyət gərginləşib."], ["Jurnalistlər Ağdam kəndində olub."]], "az", "AZ-TOV"),
    ([["Fire was opened in the Tovuz district."], ["Shells then hit the village of Agdam."]], None, "AZ-TOV"),
    ([["Fire was opened in the Khojavend district."], ["Shells then hit the village of Agdam."]], None, "AZ-XVD"),
])
def test_a_listed_rayon_with_a_generated_namesake_still_sets_the_context(gazetteer, paragraphs, language, district):
    (village,) = tag_document(paragraphs, gazetteer, language).mentions[1][0]
    assert village.district == district


@pytest.mark.parametrize("sentence, district", [
    # two villages the editors list under one name, no rayon named nearby: neither, rather than the first id
    ("The strike killed a resident of Aghdam village.", None),
    ("Shells then hit the village of Agdam.", None),
    # ... while the name without a village cue, or with a town's, is the rayon or its town
    ("Shells then hit Aghdam.", "AZ-AGM"),
    ("Shells then hit the city of Aghdam.", "AZ-AGM"),
])
def test_the_editors_villages_of_one_name_tie_without_context(gazetteer, sentence, district):
    (place,) = tag_document([[sentence]], gazetteer).mentions[0][0]
    assert place.district == district


@pytest.mark.parametrize("sentence", [
    "Azerbaijani villages were shelled near Fuzuli.",  # a nationality, not a name
    "Vartexa is a name no cue marks, near Fuzuli.",  # sentence-initial, no cue
    "Several villages of the Lachin district were emptied.",
    "Four villages of the Gazakh district were returned.",  # a count opening the sentence
    # a lower-case word after a cue is a common noun or adjective, not a name no list holds
    "Об этом сообщили в районах, входящих в Северный экономический район.",
    "В 1290 году в окрестностях села монастырский комплекс был перестроен.",
    "В 1705 году в селе княжеский дворец был достроен.",
])
def test_no_candidate_without_a_cue_or_with_a_quantifier(gazetteer, sentence):
    assert tag(gazetteer, sentence).unknown == []


# --- class 6: generated settlements -----------------------------------------------

@pytest.mark.parametrize("sentence, entity, district", [
    # listed by GeoNames only: found, in its district
    ("Shelling hit Harzhis overnight.", "harzhis-su", "AM"),
    ("Troops entered Hovsapat in the morning.", None, None),  # not a listed settlement
    ("Shelling hit Akhlat’yan and the road.", "akhlatyan-su", "AM"),  # the romanization's apostrophe
    ("Shelling hit Akhlatyan and the road.", "akhlatyan-su", "AM"),  # ... and without it
    # an editor's entry outranks a generated homonym: the NKR town, not the village in Gegharkunik
    ("Rockets fell on the town of Martuni.", "khojavend", "AZ-XVD"),
    # ... under the English and Armenian spellings of Tartar's Talış that GeoNames gives to villages of Shamkir and Aghdam
    ("Fighting for Talysh went on all night.", "talish", "AZ-TAR"),
    ("Shells hit T’alish at dawn.", "talish", "AZ-TAR"),
    ("Shells hit Talışlar at dawn.", "talislar-agm", "AZ-AGM"),  # Aghdam's own village keeps its name
    # homonyms in two rayons: the rayon named in the sentence decides ...
    ("Akhmedabad in the Tovuz district was shelled.", "akhmedabad-tov", "AZ-TOV"),
    ("Akhmedabad in the Goranboy district was shelled.", "akhmedabad-gor", "AZ-GOR"),
])
def test_generated_settlements_resolve_by_context(gazetteer, sentence, entity, district):
    found = [(m.entity, m.district) for m in tag(gazetteer, sentence).mentions[0][0]
             if not gazetteer.get(m.entity).kind == "rayon"]
    assert found == ([(entity, district)] if entity else [])


@pytest.mark.parametrize("sentence, name, district", [
    # a country in parentheses right after a name says whose namesake it is (GeoNames also spells a Tartar village Voskepar)
    ("The line runs between Ashagi Askipara (Azerbaijan) and Voskepar (Armenia).", "Voskepar", "AM"),
    ("The line runs between Voskepar ( Armenia ) and the river.", "Voskepar", "AM"),
    # with something else in the parentheses, or none, the namesakes still tie
    ("The line runs between Voskepar (near Armenia) and the river.", "Voskepar", None),
    ("The line runs near Voskepar and Armenia.", "Voskepar", None),
])
def test_a_country_in_parentheses_picks_its_namesake(gazetteer, sentence, name, district):
    assert {m.text: m.district for m in tag(gazetteer, sentence).mentions[0][0]}[name] == district


@pytest.mark.parametrize("sentence, expected", [
    # an NKR province qualifies a village by every rayon it spans: Martakert's centre lies in Tartar, this village in
    # Kalbajar (its namesake in Khojaly is no Martakert village), and the province, only its address, places no event
    ("Two sappers were wounded outside Bashkend in the Martakert region.",
     [("Bashkend", "AZ-KAL", True), ("Martakert", "AZ-TAR", False)]),
    # the rayon the sentence names (the province's centre) still outranks the others it spans (Shahumyan spans Dashkasan)
    ("The village of Chaykend of Shahumyan region was shelled.", [("Chaykend", "AZ-KAL", True), ("Shahumyan", "AZ-KAL", True)]),
    # a rayon qualifies as before
    ("Akhmedabad in the Goranboy district was shelled.", [("Akhmedabad", "AZ-GOR", True), ("Goranboy", "AZ-GOR", True)]),
])
def test_a_province_qualifies_by_the_rayons_it_spans(gazetteer, sentence, expected):
    assert [(m.text, m.district, m.event) for m in tag(gazetteer, sentence).mentions[0][0]] == expected


@pytest.mark.parametrize("sentence, expected", [
    # Azerbaijani villages named by their Armenian names beside villages of Armenia only: Armenia's namesakes, no list
    # holds them (Azat is also the Armenian name of a village of Goygol, Srashen of one of Kalbajar)
    ("Shells fell on Azat and Geghamasar overnight, the governor of Gegharkunik said.",
     [("Azat", "AM"), ("Geghamasar", "AM"), ("Gegharkunik", "AM")]),  # (the province by its bare name, as a rayon)
    ("Shells hit Srashen and Aghitu of Syunik at dawn.", [("Srashen", "AM"), ("Syunik", "AM")]),
    # a place in Karabakh beside it, a town of Armenia alone (where people from Karabakh went), or nothing: unchanged
    ("Shelling hit Srashen and Stepanakert.", [("Srashen", "AZ-KAL"), ("Stepanakert", "AZ-XA")]),
    ("Residents of Srashen fled to Goris.", [("Srashen", "AZ-KAL"), ("Goris", "AM")]),
    ("Azat was shelled.", [("Azat", "AZ-GYG")]),
])
def test_an_armenian_name_among_villages_of_armenia_is_armenias_village(gazetteer, sentence, expected):
    assert [(m.text, m.district) for m in tag(gazetteer, sentence).mentions[0][0]] == expected


def test_a_rayon_nearby_does_not_turn_an_editors_entry_into_a_village_of_that_rayon(gazetteer):
    mentions = tag(gazetteer, "Kalbajar fell in April and Lachin was shelled.").mentions[0][0]
    assert [(m.text, m.district) for m in mentions] == [("Kalbajar", "AZ-KAL"), ("Lachin", "AZ-LAC")]


def test_a_homonym_filed_in_armenia_stands_for_armenia(gazetteer):
    # a Russian village name in three rayons, beside a village of Armenia: filed under AM, as the country
    mentions = tag_document([["Abak Гаджылар"]], gazetteer).mentions[0][0]
    assert [(m.text, m.district, m.entity) for m in mentions][-1] == ("Гаджылар", "AM", "armenia")


def test_homonyms_with_no_rayon_nearby_stay_unfiled_and_are_reported(gazetteer):
    result = tag(gazetteer, "Akhmedabad was shelled at dawn.")
    (mention,) = result.mentions[0][0]
    assert mention.district is None and gazetteer.get(mention.entity).district in ("AZ-GOR", "AZ-TOV")
    assert [(c.text, c.note) for c in result.unknown] == [("Akhmedabad", AMBIGUOUS)]


@pytest.mark.parametrize("sentence, places", [
    ("Arab volunteers were reported.", []),  # a village of Lachin, and a word: needs a cue
    ("Shelling hit the village of Arab.", ["Arab"]),
    ("Never had the front been so quiet.", []),  # folds like Naver (Vayots Dzor)
    ("Tank columns moved at night.", []),
])
def test_settlement_names_that_are_words_need_a_cue(gazetteer, sentence, places):
    assert [m.text for m in tag(gazetteer, sentence).mentions[0][0]] == places
