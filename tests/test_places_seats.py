"""Where a speaker, a mission or a garrison sits is no place of the events a dispatch reports: "the head of
the UN mission in Baku said", "366-го полка, дислоцированного в Степанакерте", "Representatives from Stepanakert
met in Yevlakh", "observers in Barda"; nor are the places of what
would happen if ("If Fizuli fell, Zangelan would be cut off") (issue 13, class 4)."""

from __future__ import annotations

import pathlib

import pytest

from chronicle.extract.places import tag_document
from chronicle.gazetteer import Gazetteer

DATA = pathlib.Path(__file__).resolve().parent.parent / "corpus" / "gazetteer"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load(DATA)


@pytest.mark.parametrize("sentence, language, events", [
    # the seat of a body or an envoy
    ("Hundreds drowned, according to the head of the UN mission in Baku.", "en", {"Baku": False}),
    ("The CSCE, which has a delegation in Baku, was silent.", "en", {"Baku": False}),
    ("Up to 2,000 refugees crossed, reported the U.N. representative in Baku.", "en", {"Baku": False}),
    ("An editor at the television station in Baku said 180 bodies were found.", "en", {"Baku": False}),
    # ... while what happens in the town stays there
    ("A bomb exploded at the station in Aghdam.", "en", {"Aghdam": True}),
    ("Refugees arrived in Baku.", "en", {"Baku": True}),
    # a person's post: where someone serves, or a commander named with the town he sits in
    ("I was then serving at the military unit in Naftalan in the mortar battery.", "en", {"Naftalan": False}),
    ("Units in Stepanakert helped one side while his commander Budeikin in Ganje helped the other.", "en",
     {"Stepanakert": True, "Ganje": False}),
    ("Monte Melkonian was commander in the region of Martuni.", "en", {"Martuni": False}),
    # ... while a deed done where he serves stays there
    ("He served in Aghdam when the town fell.", "en", {"Aghdam": True}),
    ("Commander Babayan led the attack on Kalbajar.", "en", {"Kalbajar": True}),
    # a revolt against one's own government is no event of the war between the sides
    ("However, on June 4, 1993, the Ganja uprising took place in Azerbaijan.", "en", {"Ganja": False, "Azerbaijan": True}),
    ("It was part of the same design as Husseinov's rebellion in Ganje.", "en", {"Ganje": False}),
    ("Rebels shelled Aghdam.", "en", {"Aghdam": True}),
    # the seats listed after the first, or after an aside with their own "below it in"
    ("Later from the Grad stations based in Shushi, Khojalu, Aghdam, the Azerbaijanis fired on the villages.", "en",
     {"Shushi": False, "Khojalu": False, "Aghdam": False}),
    ("The town endured shelling from batteries stationed above it in Shusha and, until the offensive, below it in Khojaly.",
     "en", {"Shusha": False, "Khojaly": False}),
    ("Commanders based in Stepanakert, and Armenian forces shelled Aghdam.", "en", {"Stepanakert": False, "Aghdam": True}),
    ("The peacekeepers, headquartered near Stepanakert, set up posts along the line.", "en", {"Stepanakert": False}),
    ("Batteries stationed outside Aghdam shelled Tartar.", "en", {"Aghdam": False, "Tartar": True}),
    ("Shells fell near Stepanakert.", "en", {"Stepanakert": True}),
    # a unit's garrison
    ("Бойцы полка, дислоцированного в Степанакерте, взяли штурмом город Ходжалы.", "ru",
     {"Степанакерте": False, "Ходжалы": True}),
    ("Xankəndi şəhərində dislokasiya olunmuş alayın köməyi ilə Malıbəyli kəndinə hücum edilib.", "az",
     {"Xankəndi": False, "Malıbəyli": True}),
    # ... or the unit after the participle "located" its town governs, whatever stands between
    ("Xankəndi (Stepanakert) şəhərində yerləşən 366-cı motoatıcı alayın köməyi ilə Malıbəyli kəndinə hücum edilib.", "az",
     {"Xankəndi": False, "Stepanakert": False, "Malıbəyli": True}),
    ("Xankəndidə yerləşən Rusiyaya məxsus 366-cı alayın köməyi ilə Xocalıya hücum edilib.", "az",
     {"Xankəndidə": False, "Rusiyaya": True, "Xocalıya": True}),
    # ... while a town "located" on a border is only where it lies
    ("Birləşmələr Azərbaycan-İran sərhədində yerləşən Horadizi ələ keçirdi.", "az",
     {"Azərbaycan": True, "İran": True, "Horadizi": True}),
    ("Шелл попал в Степанакерт.", "ru", {"Степанакерт": True}),
    # a capital that pressure is put on, or that is urged, is its government
    ("The court rejected the request to impose interim measures on Baku to unblock the road.", "en", {"Baku": False}),
    ("Western states imposed sanctions against Yerevan.", "en", {"Yerevan": False}),
    ("The EU urged Baku to open the road.", "en", {"Baku": False}),
    ("The truce commits Yerevan to withdrawing its troops.", "en", {"Yerevan": False}),
    # a capital congratulated or thanked, or that "has decided", is its government
    ("Ankara congratulated Baku on the liberation of Shusha.", "en", {"Ankara": False, "Baku": False, "Shusha": True}),
    ("The minister thanked Yerevan for its restraint.", "en", {"Yerevan": False}),
    ("Baku has decided to launch a counter-offensive operation.", "en", {"Baku": False}),
    # two seats of government a conflict is between are its sides
    ("Another aggravation of the conflict between Baku and Yerevan in Karabakh took place.", "en",
     {"Baku": False, "Yerevan": False, "Karabakh": True}),
    ("Переговоры между Баку и Ереваном продолжились.", "ru", {"Баку": False, "Ереваном": False}),
    # ... while fighting between a seat and a town stays in both
    ("Fighting raged between Stepanakert and Shusha.", "en", {"Stepanakert": True, "Shusha": True}),
    # a capital that establishes or takes control is its government; the place it takes is the event's
    ("The demand is that Baku establish control over the Lachin Corridor.", "en", {"Baku": False, "Lachin Corridor": True}),
    ("Baku took control of Lachin on 1 December.", "en", {"Baku": False, "Lachin": True}),
    # ... while a capital that "has been" hit stays the place of it
    ("Baku has been shelled again.", "en", {"Baku": True}),
    ("Баку и Ереван оспаривают итоги переговоров.", "ru", {"Баку": False, "Ереван": False}),
    # ... while what presses on the city itself stays there
    ("Pressure mounted on the outskirts of Baku.", "en", {"Baku": True}),
    ("Rockets hit Baku on Monday.", "en", {"Baku": True}),
    # Russian: officials who speak "in" a capital with no subject named, a body's seat, what a government wages
    ("В Баку заявили, что задачи близки к выполнению.", "ru", {"Баку": False}),
    ("В Ереване также считают, что Шуша под угрозой.", "ru", {"Ереване": False, "Шуша": True}),
    ("Они потребовали роспуска режима в Степанакерте.", "ru", {"Степанакерте": False}),
    ("Министерство обороны в Баку заявило, что войска вошли в Кельбаджарский район.", "ru",
     {"Баку": False, "Кельбаджарский район": True}),
    ("Министерство иностранных дел в Ереване опровергло это.", "ru", {"Ереване": False}),
    # ... but a ministry's report of fighting somewhere is no seat there
    ("Министерство сообщило о боях в Тертере.", "ru", {"Тертере": True}),
    ("Задачи антитеррористической операции Баку близки к выполнению.", "ru", {"Баку": False}),
    # ... while a plural verb of what happened there, or a "в" after a verb of motion, places the event
    ("В Шуше погибли пять человек.", "ru", {"Шуше": True}),
    ("Беженцы прибыли в Горис.", "ru", {"Горис": True}),
    # a headline after a site's label opens a clause: the capital that surrenders is its government
    ("Live updates | Stepanakert surrenders amidst Azerbaijani assault", "en", {"Stepanakert": False}),
    ("Live updates | Shelling hits Stepanakert", "en", {"Stepanakert": True}),
    # a journey agreed, wished or refused, not made
    ("They agreed to come to the place we told them, the city of Yevlakh.", "en", {"Yevlakh": False}),
    ("I have a feeling that I want to go back [to Drmbon] again.", "en", {"Drmbon": False}),
    ("The delegation refused to travel to Baku.", "en", {"Baku": False}),
    ("The rebel colonel marched from Ganja towards Baku in the summer, to depose the president.", "en",
     {"Ganja": False, "Baku": False}),
    # where a past event is remembered is no place of it
    ("The anniversary of the fall of Shusha was commemorated on 8 May in Baku.", "en", {"Shusha": True, "Baku": False}),
    ("A memorial service for the victims of Khojaly was held at Barda.", "en", {"Khojaly": True, "Barda": False}),
    # ... and so is where a victory is celebrated
    ("Celebrations broke out in Baku after soldiers raised the flag in Zangilan.", "en", {"Baku": False, "Zangilan": True}),
    ("Crowds celebrated on the streets of Ganja after the army said it had entered Lachin.", "en",
     {"Ganja": False, "Lachin": True}),
    # ... while fighting on a town's streets is there
    ("Fighting raged on the streets of Shusha for two days.", "en", {"Shusha": True}),
    # a demonstration or a rally is a side's politics, no war event: a list of towns, a verb of its taking place between
    ("In February activists organized public demonstrations in Khankendi and other towns of the region.", "en",
     {"Khankendi": False}),
    ("First rally in Ganja.", "en", {"Ganja": False}),
    ("Mass protests began in Barda, Tartar and Yevlakh.", "en", {"Barda": False, "Tartar": False, "Yevlakh": False}),
    # ... while harm done there is an event, and a verb's object after "protest" is not the rally's place
    ("Artillery shells hit a rally in Tartar, killing two.", "en", {"Tartar": True}),
    ("A demonstration in Goris was held to protest the shelling in Lachin.", "en", {"Goris": False, "Lachin": True}),
    ("Residents rallied to protest incidents in Lachin.", "en", {"Lachin": True}),
    # where a force patrols it keeps watch, as a garrison stands: a list of regions, a possessive, a caption
    ("Two routes were patrolled in the Khojavend, Tartar and Shusha regions.", "en",
     {"Khojavend": False, "Tartar": False, "Shusha": False}),
    ("The patrol was carried out along four routes in Lachin and Kalbajar districts.", "en",
     {"Lachin": False, "Kalbajar": False}),
    ("The contingent keeps patrolling duties around Karabakh's Khojavend and Tartar regions.", "en",
     {"Karabakh": False, "Khojavend": False, "Tartar": False}),
    ("Gandzasar monastery, patrolled by the peacekeepers", "en", {"Gandzasar monastery": False}),
    # ... while a patrol that comes under fire, or a blow told after patrols, is an event there
    ("A patrol came under fire near Khojavend.", "en", {"Khojavend": True}),
    ("The peacekeepers patrolled the road, and drones struck Tartar.", "en", {"Tartar": True}),
    # ... while a journey made places its event
    ("The delegation came to Yevlakh and met the officials.", "en", {"Yevlakh": True}),
    ("She agreed that they had to go, and drove to Goris.", "en", {"Goris": True}),
])
def test_a_seat_or_a_garrison_places_no_event(gazetteer, sentence, language, events):
    found = tag_document([[sentence]], gazetteer, language=language).mentions[0][0]
    assert {m.text: m.event for m in found} == events


@pytest.mark.parametrize("sentence, events", [
    # envoys named by the seat that sent them, a list of seats too; where they meet is the event's place
    ("Representatives from Stepanakert and Baku met in Yevlakh on Monday.",
     {"Stepanakert": False, "Baku": False, "Yevlakh": True}),
    ("The talks brought together representatives of Shusha, Lachin and Kalbajar.",
     {"Shusha": False, "Lachin": False, "Kalbajar": False}),
    ("Negotiators from Goris and Lachin talked for an hour.", {"Goris": False, "Lachin": False}),
    # ... and so are the authorities and the news that come from a seat, and observers where they sit
    ("Authorities from both, Yerevan and Stepanakert, denied the claim.", {"Yerevan": False, "Stepanakert": False}),
    ("The first news from Shusha reached the capital at noon.", {"Shusha": False}),
    ("The refugees were interviewed by observers in Barda and Ganja.", {"Barda": False, "Ganja": False}),
    # ... while envoys who come to a place, a blow on the envoys' town, and a town's own authorities stay there
    ("A delegation came from Barda to Aghdam.", {"Barda": True, "Aghdam": True}),
    ("Officials said shells hit Stepanakert.", {"Stepanakert": True}),
    ("The authorities of Shusha evacuated the town.", {"Shusha": True}),
    ("Observers reported shelling in Aghdam.", {"Aghdam": True}),
    # a speaker's seat with the day between
    ("The ministry announced on Saturday in the capital Baku that the town was taken.", {"Baku": False}),
    ("The spokesman said on 5 May in Stepanakert that the road was closed.", {"Stepanakert": False}),
    # ... while a day's event in the town stays there
    ("Shelling resumed on Saturday in Stepanakert.", {"Stepanakert": True}),
    # the occasion the words were given at: remarks made, a briefing or a news conference, a speaker's "speaking in"
    ("He made the remarks in Baku on 5 July at a joint briefing of three ministries.", {"Baku": False}),
    ("She made these remarks at a briefing in Barda district.", {"Barda": False}),
    ("The spokesman told a news conference in Stepanakert that the road was closed.", {"Stepanakert": False}),
    ("Speaking to reporters in Baku, the minister said Fizuli was taken.", {"Baku": False, "Fizuli": True}),
    ("The minister, speaking at a press conference in Yerevan, said Shusha was under fire.", {"Yerevan": False, "Shusha": True}),
    ("The toll was given at a news conference for foreign reporters held in Baku.", {"Baku": False}),
    # a person named by whom he works for, and where
    ("John Smith, an official with the International Committee of the Red Cross in Baku, could not confirm it.",
     {"Baku": False}),
    ("A representative of the Norwegian Refugee Council in Yerevan said the camps were full.", {"Yerevan": False}),
    # ... while the body's people doing something in a town, with no post named, are there
    ("Workers of the Red Cross in Aghdam buried the dead.", {"Aghdam": True}),
    ("Speaking on 30 September from Stepanakert, the envoy said drones had struck Martuni.",
     {"Stepanakert": False, "Martuni": True}),
    # ... while the words' nouns elsewhere, or "-speaking" people, leave the place of the event
    ("His speech was cut short by shelling in Tartar.", {"Tartar": True}),
    ("Journalists at the press conference said the shelling in Tartar went on.", {"Tartar": True}),
    ("Russian-speaking volunteers in Shusha helped the wounded.", {"Shusha": True}),
    ("In a speech, the minister said troops from Aghdam had retreated.", {"Aghdam": True}),
    # a body's seat told in an aside on it
    ("Families left the district's Executive Authority, currently located in Baku.", {"Baku": False}),
    ("The village council, now housed in Barda, keeps the lists.", {"Barda": False}),
    # ... while a building without the aside, or a village the aside locates, is where the event fell
    ("The administration building located in Shusha was shelled.", {"Shusha": True}),
    ("Shells hit Chiraguz, located in Aghdara district.", {"Chiraguz": True, "Aghdara": True}),
    # a unit's base where it is garrisoned is no place of its deeds, but one an attack is made on is the attack's place
    ("The regiment's base located in Khankendi sent tanks north.", {"Khankendi": False}),
    ("The forces launched an attack on an army base located in Tavush province on Sunday.", {"Tavush": True}),
    ("Drones struck the battalion's base located in Tovuz district.", {"Tovuz": True}),
])
def test_a_body_named_by_its_seat_places_no_event(gazetteer, sentence, events):
    found = tag_document([[sentence]], gazetteer).mentions[0][0]
    assert {m.text: m.event for m in found} == events


@pytest.mark.parametrize("sentence, events", [
    # what would happen if: no place of an event
    ("If both Dzhebrail and Fizuli fell, the Azeris of Zangelan would be cut off.",
     {"Dzhebrail": False, "Fizuli": False, "Zangelan": False}),
    ("If the talks fail, fighting could resume near Aghdam.", {"Aghdam": False}),
    # an "if" that tells what did happen, and a "would" without "if"
    ("If the army took Fizuli on Monday, it did so quietly.", {"Fizuli": True}),
    ("Officials said the army would hold Fizuli.", {"Fizuli": True}),
])
def test_a_sentence_of_what_would_happen_places_no_event(gazetteer, sentence, events):
    found = tag_document([[sentence]], gazetteer).mentions[0][0]
    assert {m.text: m.event for m in found} == events


@pytest.mark.parametrize("sentence, language, events", [
    # the agent of a passive, a list of them too
    ("Residents fled under an armistice signed by Baku, Yerevan and Moscow.", "en",
     {"Baku": False, "Yerevan": False, "Moscow": False}),
    ("The talks were hosted by Baku.", "en", {"Baku": False}),
    ("Men described by Baku as volunteers blocked the road.", "en", {"Baku": False}),
    # ... a country too, the side that did the deed
    ("In April 1994 it was again occupied by Armenia.", "en", {"Armenia": False}),
    ("The truce was mediated by Russia and Turkey.", "en", {"Russia": False, "Turkey": False}),
    # a compound adjective qualifies something else
    ("Baku-backed activists set up a camp on the Lachin corridor.", "en", {"Baku": False, "Lachin corridor": True}),
    ("A Stepanakert-bound convoy waited at the checkpoint.", "en", {"Stepanakert": False}),
    # whose view a clause tells
    ("For Baku, this is a war of opportunity.", "en", {"Baku": False}),
    # a government's successes, in Russian the possessor after the noun
    ("Они говорили о причинах военных успехов Баку.", "ru", {"Баку": False}),
    # ... while a move to the capital, or shells falling on it, stay there
    ("Hundreds of refugees arrived in Baku, where they settled in tents.", "en", {"Baku": True}),
    ("Shells fell on Baku.", "en", {"Baku": True}),
    ("Refugees were sheltered by Baku residents.", "en", {"Baku": True}),
    ("Shells fired from Armenia fell on Tovuz.", "en", {"Armenia": True, "Tovuz": True}),
])
def test_a_capital_that_acts_places_no_event(gazetteer, sentence, language, events):
    found = tag_document([[sentence]], gazetteer, language=language).mentions[0][0]
    assert {m.text: m.event for m in found} == events
