"""Clauses that name a place without placing an event there: its neighbours, its institutions,
its rank among other places, a historical division named after it (``placeframes``)."""

from __future__ import annotations

import pathlib

import pytest

from chronicle.extract.placeframes import describes_only
from chronicle.extract.placepeople import not_a_place
from chronicle.extract.places import filing_districts, tag_document
from chronicle.gazetteer import Gazetteer

DATA = pathlib.Path(__file__).resolve().parent.parent / "corpus" / "gazetteer"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load(DATA)


def events(gazetteer: Gazetteer, sentence: str, language: str | None = None) -> dict[str, bool]:
    return {m.text: m.event for m in tag_document([[sentence]], gazetteer, language).mentions[0][0]}


@pytest.mark.parametrize("before, after, expected", [
    # neighbours: the verb before the list, or the Azerbaijani verb after it
    ("It borders with the districts of Khojavend, ", ", Beylagan and Iran.", True),
    ("The rayon borders ", " in the south.", True),
    ("The village is bordered by ", " to the east.", True),
    ("Район граничит с ", " и Ираном.", True),
    ("Rayon ", ", Tərtər rayonları ilə həmsərhəddir.", True),
    # ... a side before the neighbours, or a named subject that makes "borders" a verb
    ("Jabrayil is bordered to the west by ", " and Zangilan districts.", True),
    ("Jabrayil is bordered to the west by Gubadli and Zangilan districts and by ", " district to the east.", True),
    ("In turn Fizuli borders on ", " and Baylagan districts.", True),
    ("Lachin borders with ", " in the north.", True),
    ("Fighting spread along Armenia's borders with ", ".", False),  # a noun: the borders of a country
    ("Fighting raged along the border near ", " overnight.", False),
    ("Shells hit the border villages of ", " district.", False),
    ("The district borders Iran. Shells fell on ", ".", False),  # another sentence: the clause ends at its full stop
    # a rank names the places the subject is ranked after
    ("It was the third largest town in Karabakh after ", " and Shushi.", True),
    ("It was the third largest town in Karabakh after Stepanakert and ", ".", True),
    ("The army entered the town after ", " fell.", False),
    # a historical division the name qualifies
    ("parts of the ", " and Gyulistan gavars of Artsakh", True),
    ("the lands of the ", " khanate", True),
    ("the villages of the ", " district", False),
    # the seat of an office or of a reporter
    ("Report сообщили в специальном представительстве президента Азербайджана в ", ", Губадлинском районах.", True),
    ("the Special Representative Office of the President in the ", " district", True),
    ("Bunu Report-un ", " ezam olunan əməkdaşına deyib.", True),
    ("Bunu Report-un Ağdərə", "yə ezam olunan əməkdaşına deyib.", True),  # the case ending after the matched stem
    ("our correspondent sent to ", " reports.", True),
    ("Bunu ", " rayonunda yaşayan sakin deyib.", False),
    ("Troops were sent to ", " overnight.", False),
])
def test_describing_frames(before, after, expected):
    assert describes_only(before, after) is expected


@pytest.mark.parametrize("after, expected", [
    # a local institution named after a place acts or receives: the name is part of the institution's
    (" Central District Hospital.", True),
    (" district prosecutor's office opened a case.", True),
    (" military and Qazax district prosecutor's offices", True),
    (" Rayon Prokurorluğu cinayət işi başlayıb.", True),
    (" police said two men were detained.", True),
    # a surname after a given name
    (" Бегларяна", True),
    (" Savadyan told Sputnik.", True),
    (" Semidli was killed.", True),
    (" Adilzade was the editor.", True),
    # a place stays one
    (" district centre was shelled.", False),
    (" Armenians fled.", False),
    (" and Fuzuli districts were shelled.", False),
    (", where the hospital was hit.", False),
])
def test_names_that_are_no_place(after, expected):
    assert not_a_place(after) is expected


@pytest.mark.parametrize("sentence, expected", [
    ("It borders with Azerbaijani districts of Khojavand, Jabrayil, Aghjabadi, Beylagan, as well as Iran.", ()),
    ("Injured as result of mine explosion in Aghdam taken to Barda Central District Hospital.", ("AZ-AGM",)),
    ("Employees of the Shamkir military and Qazax district prosecutor's offices are inspecting the scene.", ()),
    ("Before occupation in 1992 it was the third largest town in Karabakh after Stepanakert and Shushi.", ()),
    ("Shells hit Martakert and Stepanakert after midnight.", ("AZ-TAR", "AZ-XA")),
])
def test_a_describing_clause_files_no_district(gazetteer, sentence, expected):
    assert filing_districts(tag_document([[sentence]], gazetteer).mentions[0][0]) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # a given name before a surname is a person, whatever village it spells
    ("В 1701 году армянский князь Оган Бегларян строит в селе дворец.", "ru", []),
    ("Hadrut's former mayor Vahan Savadyan told Sputnik.", None, [("Hadrut", "AZ-XVD")]),
    ("Khagani Teymurov was wounded in Aghdam.", None, [("Aghdam", "AZ-AGM")]),
    ("A colonel of the army Babek Semidli was killed in Tartar.", None, [("Tartar", "AZ-TAR")]),
    # a list's next village stands after a comma, not as a surname
    ("The villages of Hindiristan, Alibeyli and Safarli of the Aghdam region were shelled.", None,
     [("Hindiristan", "AZ-AGM"), ("Alibeyli", "AZ-AGM"), ("Safarli", "AZ-AGM"), ("Aghdam", "AZ-AGM")]),
    # a surname that spells like a village, with a post in apposition or a verb of speech after it, is the person ...
    ("Anar Kerimli, the head of the housing agency, opened the school in Tartar.", "en", [("Tartar", "AZ-TAR")]),
    ("Kerimli stressed that the roads of Tartar had been rebuilt.", "en", [("Tartar", "AZ-TAR")]),
    # ... not where a preposition, or a verb, stands before it, nor a capital speaking for its government
    ("Residents of Kerimli told reporters that shells fell at night.", "en", [("Kerimli", "AZ-GAD")]),
    ("In Kerimli, the head of the municipality said, ten houses burned.", "en", [("Kerimli", "AZ-GAD")]),
    ("Shells hit Kerimli, the deputy head of the district said.", "en", [("Kerimli", "AZ-GAD")]),
    ("Baku said the shelling of Tartar was a provocation.", "en", [("Baku", "AZ-BA"), ("Tartar", "AZ-TAR")]),
    # an adjective of nationality after a place is no surname
    ("Shusha Armenians fled to Stepanakert.", None, [("Shusha", "AZ-SUS"), ("Stepanakert", "AZ-XA")]),
    # a person's title before the name: the person, or the home of the commander's unit ("the village" is not it)
    ("Mr Huseynli said the shells hit Tartar.", "en", [("Tartar", "AZ-TAR")]),
    ("First Deputy Chair of the Milli Majlis Ali Huseynli talked of Ganja.", "en", [("Milli", None), ("Ganja", "AZ-GA")]),
    ("Мать командира сельского отряда самообороны Санасара готовила еду на все село.", "ru", []),
    # ... not a title that a verb or a preposition parts from the name
    ("Командир батальона доложил о захвате Агдама.", "ru", [("Агдама", "AZ-AGM")]),
    ("Командир роты из Шуши был ранен.", "ru", [("Шуши", "AZ-SUS")]),
    ("President Ilham Aliyev visited Shusha.", "en", [("Shusha", "AZ-SUS")]),
])
def test_a_given_name_is_no_place(gazetteer, sentence, language, expected):
    mentions = tag_document([[sentence]], gazetteer, language).mentions[0][0]
    assert [(m.text, m.district) for m in mentions] == expected


@pytest.mark.parametrize("paragraphs, expected", [
    # a village article's title ties the name to the village; the lead's "Aghdam" is that village again
    ([["Ağdam, Khojavend"], ["Aghdam (Azerbaijani: Ağdam) or Hakaku is a village."]],
     [[("Ağdam", "AZ-XVD"), ("Khojavend", "AZ-XVD")], [("Aghdam", "AZ-XVD"), ("Ağdam", "AZ-XVD"), ("Hakaku", "AZ-XVD")]]),
    # a district cue still names the rayon
    ([["Ağdam, Khojavend"], ["The district borders the districts of Lachin and Agdam."]],
     [[("Ağdam", "AZ-XVD"), ("Khojavend", "AZ-XVD")], [("Lachin", "AZ-LAC"), ("Agdam", "AZ-AGM")]]),
    # untied, the bare name is the rayon's town
    ([["Aghdam fell in July 1993."]], [[("Aghdam", "AZ-AGM")]]),
    # a village whose namesakes tie is the one its district, after a comma, tied it to, paragraphs later ...
    ([["Displaced families moved back to Baharli, in the Zangilan District."],
      ["Thousands in Azerbaijan were promised homes."], ["A school opened in Baharli."]],
     [[("Baharli", "AZ-ZAN"), ("Zangilan", "AZ-ZAN")], [("Azerbaijan", "AZ")], [("Baharli", "AZ-ZAN")]]),
    # ... and stays unfiled where nothing tied it
    ([["A school opened in Baharli."]], [[("Baharli", None)]]),
])
def test_a_tied_homonym_keeps_its_sense(gazetteer, paragraphs, expected):
    mentions = tag_document(paragraphs, gazetteer).mentions
    assert [[(m.text, m.district) for m in p[0]] for p in mentions] == expected


@pytest.mark.parametrize("sentence, expected", [
    # a settlement's article opens with the district it lies in: its names are that district's village
    ("Aghdam (Azerbaijani: Ağdam) is a village in the Khojavend District of Azerbaijan.",
     [("Aghdam", "AZ-XVD"), ("Ağdam", "AZ-XVD"), ("Khojavend", "AZ-XVD"), ("Azerbaijan", "AZ")]),
    ("Aghdam is a village and municipality in the Tovuz Rayon of Azerbaijan.",
     [("Aghdam", "AZ-TOV"), ("Tovuz", "AZ-TOV"), ("Azerbaijan", "AZ")]),
    ("Агдам — село в Товузском районе Азербайджана.", [("Агдам", "AZ-TOV"), ("Товузском районе", "AZ-TOV"), ("Азербайджана", "AZ")]),
    # the town of the district's own name keeps its reading
    ("Aghdam is a town in the Aghdam District.", [("Aghdam", "AZ-AGM"), ("Aghdam", "AZ-AGM")]),
])
def test_a_settlements_definition_names_its_district(gazetteer, sentence, expected):
    assert [(m.text, m.district) for m in tag_document([[sentence]], gazetteer).mentions[0][0]] == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # a rayon that says where the village beside it lies places no event of its own: the village's rayon is filed
    ("Sakin Ağdərə rayonunun Vəngli kəndinə qayıdıb.", "az", ("AZ-KAL",)),
    ("Обстреляны сёла Чыраглы и Орта Гервенд Агдамского района.", "ru", ("AZ-AGM",)),
    # a rayon before a country is no qualifier of a village: its event stays
    ("Bu gün Ağdam rayonunun Ermənistan silahlı qüvvələri tərəfindən işğalından 21 il ötür.", "az", ("AZ-AGM",)),
])
def test_a_qualifying_rayon_files_its_villages_district(gazetteer, sentence, language, expected):
    assert filing_districts(tag_document([[sentence]], gazetteer, language).mentions[0][0]) == expected


@pytest.mark.parametrize("sentence, events", [
    # where someone lives or settled: a state, in a relative clause or not
    ("Mammadova, who since the 1990s has lived in a settlement for displaced people in Pirshagi, visited Xocali.",
     {"Pirshagi": False, "Xocali": True}),
    ("After the city fell, my family settled in [the capital] Baku.", {"Baku": False}),
    ("She lives in the town of Barda.", {"Barda": False}),
    # a restrictive clause in the pluperfect tells what the subject had been, not where the event happens ...
    ("A day later the stronghold that had turned the lives of civilians in Stepanakert into hell fell.",
     {"Stepanakert": False}),
    # ... while a capture told in the pluperfect, or a passive one, is an event
    ("The army, which had captured Shusha, moved on.", {"Shusha": True}),
    ("The town that had been shelled was Tartar.", {"Tartar": True}),
    # ... while what happens to residents there, or a move there, places an event
    ("Families living in basements in Stepanakert were shelled.", {"Stepanakert": True}),
    ("He lived in fear as shells fell on Stepanakert.", {"Stepanakert": True}),
    ("Refugees arrived in Barda.", {"Barda": True}),
])
def test_where_someone_lives_or_what_a_thing_had_been_is_no_place_of_events(gazetteer, sentence, events):
    found = tag_document([[sentence]], gazetteer).mentions[0][0]
    assert {m.text: m.event for m in found} == events


@pytest.mark.parametrize("before, after, expected", [
    # where people come from, told to say who they are
    ("held for exchange of the hundreds of prisoners from ", " being held by the other side.", True),
    ("He was killed in revenge for the massacre of refugees from ", ".", True),
    ("Families from the town of ", " sheltered in the school.", True),
    # ... but a verb that moves them out of it places the event there
    ("Troops expelled the civilians from ", " on Tuesday.", False),
    ("The army evacuated families from the village of ", " overnight.", False),
    ("Shells fell on ", " and refugees from other villages.", False),
    # ... or where they had fled or been driven from, told in a relative clause on them
    ("Khojaly took in Azerbaijanis who had fled from their homes in Armenia and ", " by then.", True),
    ("a few families who escaped pogroms but were deported from ", ", Baku and other towns.", True),
    ("a few families who escaped pogroms but were deported from Sumgait, ", " and other towns.", True),
    ("People who fled from the shelling in ", " reached the camp.", False),  # the shelling happened there
    ("The soldiers who held ", " withdrew at night.", False),
    # a caption: its subject stands, sits or gathers in the scene it shows
    ("Soldiers stand in a trench at their position near the town of ", ", May 3, 2016.", True),
    ("Fighters gather at their positions near the village of ", ", June 2, 2021.", True),
    ("A woman sits outside her house in ", ".", True),
    # ... unless something that happened stands between the verb and the name, or the clause is no caption's
    ("A man stands in front of a damaged car following shelling in ", ".", False),
    ("Residents stand outside a house destroyed by shelling in ", ".", False),
    ("Soldiers stand guard as shells fall on ", ".", False),
    ("The officer said that soldiers from the garrison stood in ", ".", False),
    ("Explosions are seen during fighting near ", " on November 5.", False),
    # a person's title names a body, and the body's seat is no place of events
    ("says Jan Kowalski, chief of the International Committee of the Red Cross in ", ".", True),
    ("The head of the UNHCR office in ", " said refugees arrived.", True),
    ("The head of the family in ", " was killed by a rocket.", False),
    ("Rockets hit the headquarters of the Red Cross in ", ".", False),
])
def test_origins_caption_scenes_and_a_bodys_seat_describe_only(before, after, expected):
    assert describes_only(before, after) is expected


@pytest.mark.parametrize("sentence, expected", [
    ("Prisoners from Khojaly were exchanged for hostages.", {"Khojaly": False}),
    ("Khojaly sheltered families who had fled from their homes in Khankendi.", {"Khojaly": True, "Khankendi": False}),
    ("The troops drove the villagers from Khojaly.", {"Khojaly": True}),
    ("Karabakh Armenian soldiers stand near a howitzer in Hadrut province.", {"Karabakh": True, "Hadrut": False}),
    ("A man stands beside a car damaged by shelling in Barda.", {"Barda": True}),
    # a road's ends, an adjective before the capital it leads to
    ("The only escape route is the road from Fizuli to the Azeri capital Baku.", {"Fizuli": False, "Baku": False}),
    ("Shells fell on Fizuli and on the Azeri capital Baku.", {"Fizuli": True, "Baku": True}),
])
def test_an_origin_a_captions_scene_or_a_roads_end_files_no_district(gazetteer, sentence, expected):
    assert events(gazetteer, sentence, "en") == expected


@pytest.mark.parametrize("sentence, expected", [
    # a month before its day and year is a date, even where a list of towns reaches it
    ("Soldiers fought near the town of Martuni, April 8, 2016.", {"Martuni"}),
    ("Soldiers fought near the town of Martuni, Sept. 8 1992.", {"Martuni"}),
    # a name after a town, with no day and year after it, is still read as one of the list
    ("Shells hit the towns of Martuni, Aprilia and Hadrut.", {"Martuni", "Aprilia", "Hadrut"}),
])
def test_a_month_with_its_day_and_year_is_no_place(gazetteer, sentence, expected):
    assert {m.text for m in tag_document([[sentence]], gazetteer, "en").mentions[0][0]} == expected
