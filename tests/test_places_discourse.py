"""What is not an event place, and where a sentence without a place is filed (issue 13, classes 3 and 4)."""

from __future__ import annotations

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


def events(gazetteer: Gazetteer, sentence: str) -> dict[str, bool]:
    return {m.text: m.event for m in tag_document([[sentence]], gazetteer).mentions[0][0]}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # names inside a unit's, an operation's or a file's name are no places
        ("The 83rd Goris Rifle Battalion held the pass.", {}),
        ("Operation Agdere began at dawn.", {}),
        # a battle's, a ministry's or an operation's name (issue 13)
        ("The Battle of Kalbajar ended in April.", {}),
        ("A message came from the Artsakh Ministry of Defence at dawn.", {}),
        ("Kəlbəcər əməliyyatı began in December.", {}),
        ("Map of Lachin.png", {}),
        # a conflict's name with an editor's bracket in it, and the bracketed place that is one
        ("Russia pursues its own interests in the [Karabakh] conflict.", {"Russia": True}),
        ("Shelling [of Tartar] resumed.", {"Tartar": True}),
        # a local institution named after its seat (issue 13)
        ("Employees of the Shamkir military and Qazax district prosecutor's offices inspected the scene.", {}),
        ("The Aghdam district prosecutor's office opened a case.", {}),
        ("Shells hit the Qazax district on Monday.", {"Qazax": True}),
        # a name after an initial is a person's: a reporter named like a village (Hüseynli, Tartar)
        ("Wire corr. E.Huseyinli reported shelling of Tovuz.", {"Tovuz": True}),
        ("Wire corr. E. Huseyinli reported shelling of Tovuz.", {"Tovuz": True}),
        ("Retrieved from https://example.org/wiki/Capture_of_Fuzuli", {}),
        ("ANYTOWN (Caucasus Wire) - Talks went on.", {}),
        ("A convoy bound for Stepanakert was stopped.", {"Stepanakert": False}),
        # a road through several places is one road
        ("Mines exploded on the Tartar-Kalbajar road.", {"Tartar-Kalbajar road": True}),
        ("Residents approached the peacekeepers along the Stepanakert-Shushi stretch.", {"Stepanakert-Shushi stretch": True}),
        # places named but where nothing happened
        ("The convoy did not reach Khojavend.", {"Khojavend": False}),
        ("The new road links the two towns while not passing through the territory of Lachin.", {"Lachin": False}),
        ("The convoy passed through Lachin at noon.", {"Lachin": True}),
        # an aim is no deed: what was threatened or planned did not happen there (issue 13)
        ("From these heights they threatened to bombard the Mingechevir reservoir.", {"Mingechevir reservoir": False}),
        ("The army planned to seize the town of Shusha in May.", {"Shusha": False}),
        ("The army seized the town of Shusha in May.", {"Shusha": True}),
        ("The Foreign Ministry in Yerevan said the talks failed.", {"Yerevan": False}),
        # a bracketed "near" gives a reference point; a capital receiving what is handed over is its government
        ("One strike hit Gashalti (near Naftalan) at night.", {"Gashalti": True, "Naftalan": False}),
        ("Armenia will surrender several districts to Baku.", {"Armenia": True, "Baku": False}),
        ("The army returned to Fuzuli in October.", {"Fuzuli": True}),
        # two capitals as one subject of a speech verb are the governments (issue 13)
        ("Yerevan and Baku accuse each other of escalation.", {"Yerevan": False, "Baku": False}),
        ("A delegate said today in Barda that he had seen the fires.", {"Barda": False}),
        ("Yerevan would compromise if Baku is willing to do the same.", {"Yerevan": True, "Baku": False}),
        ('"Baku is openly attacking civilians," he added.', {"Baku": False}),
        ("Commanders based in Nagorno-Karabakh's capital of Stepanakert planned the attack.", {"Nagorno-Karabakh": False, "Stepanakert": False}),
        ("Authorities in the capital of Stepanakert agreed to a ceasefire.", {"Stepanakert": False}),
        ("Shells fell in the capital of Stepanakert.", {"Stepanakert": True}),
        # a garrison's place, with where it stands between: "stationed above it in Shusha"
        ("The town was shelled by batteries stationed above it in Shusha.", {"Shusha": False}),
        ("Batteries stationed there shelled the road above it in Shusha.", {"Shusha": True}),
        ("Shusha stands on the road to Khankendi.", {"Shusha": True, "Khankendi": False}),
        # ... a direction still where a possessive names the country first
        ("The helicopter was shot down en route to Azerbaijan's Khankendi city.", {"Azerbaijan": False, "Khankendi": False}),
        ("Shells fell on Azerbaijan's Khankendi city.", {"Azerbaijan": True, "Khankendi": True}),
        # the places a road goes through and to are its course, not places of events
        ("They had one road for reinforcements - through Lachin to Khankendi.", {"Lachin": False, "Khankendi": False}),
        # ... while a corridor opened through a place is an event there
        ("Armenian forces take Shusha and open a corridor through Lachin.", {"Shusha": True, "Lachin": True}),
        # ... while a road that was cut and a place taken stay where they are
        ("The road was cut and the army went through Lachin.", {"Lachin": True}),
        # a name given as one of the routes stands for its road
        ("No aid came through the corridor or any other routes, including Aghdam.", {"Aghdam": False}),
        ("Aid came by other roads such as Aghdam.", {"Aghdam": False}),
        ("Fighting spread to other towns, including Aghdam.", {"Aghdam": True}),
        # a parenthesis after a name gives another name; after a direction, the place
        ("Heavy clashes in the south (Hadrut) went on.", {"Hadrut": True}),
        ("Aghdam (Akna) was taken.", {"Aghdam": True, "Akna": False}),
    ],
)
def test_event_places(gazetteer, sentence, expected):
    assert events(gazetteer, sentence) == expected


@pytest.mark.parametrize(
    ("first", "credit"),
    [
        ("BAKU, Azerbaijan (AP) _ Troops pushed forward near Fizuli.", "BAKU, Azerbaijan (AP) _"),
        ("YEREVAN/STEPANAKERT (Agency - 07th October, 2020) The town was hit.", "YEREVAN/STEPANAKERT (Agency - 07th October, 2020)"),
        ("STEPANAKERT, Azerbaijan: Shells hit the city on Friday.", "STEPANAKERT, Azerbaijan:"),
        ("By J. Smith in Stepanakert", "By J. Smith in Stepanakert"),
        # a monitoring transcript's source line: the station and the city it broadcasts from
        ("ANS TV, Baku", "ANS TV, Baku"),
        ("Radio Baku", "Radio Baku"),
    ],
)
def test_datelines_and_bylines_are_credits(first, credit):
    assert first[: credit_ends([[first]])[(0, 0)]].strip() == credit


@pytest.mark.parametrize("first", [
    "NATO said the talks would go on.",
    "date 2021-07-09 The outskirts of the town were shelled.",  # a date stamp before an ordinary lead
    "(Reuters) Fighting went on near the town.",
    "Shusha, Lachin, May 8 and May 18 were the worst days.",  # names and a day, then no credit: a sentence
    "Radio Baku reported heavy shelling of Agdam.",  # a station that reports: a sentence, not its source line
    "ОБСЕ заявила, что переговоры продолжатся.",  # capitals in Cyrillic, then no comma: a sentence
])
def test_a_lead_that_opens_with_a_capitalised_word_is_no_dateline(first):
    assert credit_ends([[first]]) == {}


@pytest.mark.parametrize(
    ("paragraph", "credit"),
    [
        # a city, then the date or the agency between slashes (issue 13)
        (["Ganja/04.05.21/Wire: Two trucks reached the town."], "Ganja/04.05.21/Wire:"),
        (["ГЯНДЖА/Agency/ – Шесть домов разрушено."], "ГЯНДЖА/Agency/ –"),
        (["date 2025-09-19 ГЯНДЖА /Agency/ - Шесть домов разрушено."], "date 2025-09-19 ГЯНДЖА /Agency/ -"),
        # a dateline that is a sentence of its own, with more sentences after it in its paragraph
        (["LACHIN, Azerbaijan, May 4.", "Over 900 mines were cleared this year."], "LACHIN, Azerbaijan, May 4."),
        # names in ordinary case, the day, then the agency's credit between slashes, cut by the sentence splitter
        (["Azerbaijan, Baku, 8 March / Wire corr.", "E.Alizade / On 7 March two villages were shelled."],
         "Azerbaijan, Baku, 8 March / Wire corr."),
        (["Azerbaijan, Baku, 8 March / Wire / On 7 March two villages were shelled."], "Azerbaijan, Baku, 8 March / Wire /"),
        (["Baku, Azerbaijan, Aug. 13", "Two villages were shelled."], "Baku, Azerbaijan, Aug. 13"),
        # in the agency's own script, the day before the month
        (["ГЯНДЖА, 3 марта.", "/Агентство/.", "Шесть домов разрушено."], "ГЯНДЖА, 3 марта."),
        (["ԳՈՐԻՍ, 14 մայիսի – Երեկ գյուղը գնդակոծվել է։"], "ԳՈՐԻՍ, 14 մայիսի –"),
        # after the page's date stamp, or a syndicator's credit in parentheses
        (["date 2022-03-05 GANJA, Azerbaijan, March 5. The market was hit."], "date 2022-03-05 GANJA, Azerbaijan, March 5."),
        (["(Wire- Example Agency) SHUSHA, Azerbaijan, June 2. Twelve families arrived."], "(Wire- Example Agency) SHUSHA, Azerbaijan, June 2."),
        (["date 2021-07-09 (Wire- Example) BAKU, Azerbaijan, July 9. Two mines were found."], "date 2021-07-09 (Wire- Example) BAKU, Azerbaijan, July 9."),
    ],
)
def test_dateline_shapes(paragraph, credit):
    assert paragraph[0][: credit_ends([paragraph])[(0, 0)]].strip() == credit


@pytest.mark.parametrize(
    ("paragraphs", "ends"),
    [
        # a heading that is nothing but a name files nothing: it names the topic
        ([["Kalbajar"], ["Shahumyan Region"], ["Kalbajar fell in April."]], {(0, 0): 8, (1, 0): 16}),
        # a heading with a figure, a lower-case word or a stop is not a bare name
        ([["Kalbajar in 1993"], ["Shelling of Kalbajar"], ["Kalbajar."]], {}),
        # an all-caps heading alone is no dateline
        ([["SHUSHA"], ["Shusha fell in May."]], {(0, 0): 6}),
        # a name with its other name in parentheses (a photo's caption) names, and files, nothing
        ([["Agdere (Martakert)"], ["Шуша (Шуши)"], ["Shusha (fell in May)"]], {(0, 0): 18, (1, 0): 11}),
    ],
)
def test_name_headings_file_nothing(paragraphs, ends):
    assert credit_ends(paragraphs) == ends


def test_dateline_city_files_nothing_but_stays_a_mention(gazetteer):
    text = [["BAKU, Azerbaijan (AP) _ Troops pushed forward near Fizuli."]]
    mentions = outside_credits(tag_document(text, gazetteer).mentions, credit_ends(text))
    assert [m.text for m in mentions[0][0]] == ["BAKU", "Azerbaijan", "Fizuli"]
    assert filing_districts(mentions[0][0]) == ("AZ-FUZ",)


def day(sentence: str, text: str) -> DateMention:
    import datetime as dt

    at = sentence.index(text)
    return DateMention(at, at + len(text), text, "1993-03-03", earliest=dt.date(1993, 3, 3), latest=dt.date(1993, 3, 3))


@pytest.mark.parametrize(
    ("paragraphs", "dated", "expected"),
    [
        # "the town" is the town last named, in this paragraph or the one before
        ([["Shusha was shelled all winter."], ["The town fell in May."]], {}, [[()], [("AZ-SUS",)]]),
        # ... or the dateline's city before it: "STEPANAKERT - shells hit the city"
        ([["STEPANAKERT, Azerbaijan: Shells hit the city on Friday."]], {}, [[("AZ-XA",)]]),
        # a dated sentence without a place takes the place its paragraph names first
        ([["Fighting reached Fizuli.", "Shelling resumed on 3 March."]], {(0, 1): "3 March"}, [[(), ("AZ-FUZ",)]]),
        # an undated sentence without a place, or one that names its own place, takes nothing
        ([["Fighting reached Fizuli.", "Nobody knows why."]], {}, [[(), ()]]),
        # a dated sentence that names a country abroad and no rayon is about that country (issue 13)
        ([["Fighting reached Fizuli.", "Armenia launched attacks on 3 March."]], {(0, 1): "3 March"}, [[(), ()]]),
        # ... but a country named as the far side of a border the event ran along places nothing (issue 13)
        ([["Fighting reached Fizuli.", "On 3 March troops took 40 km along the Azerbaijan-Iran border."]],
         {(0, 1): "3 March"}, [[(), ("AZ-FUZ",)]]),
        ([["Fighting reached Fizuli.", "On 3 March troops reached the border with Iran."]], {(0, 1): "3 March"},
         [[(), ("AZ-FUZ",)]]),
        ([["Fighting reached Fizuli.", "On 3 March troops crossed into Iran near the border."]], {(0, 1): "3 March"},
         [[(), ()]]),
        ([["Fighting reached Fizuli.", "On 3 March shells hit border posts near Goris."]], {(0, 1): "3 March"}, [[(), ()]]),
        # ... but a country that places nothing (a speaker's seat, one that did not step in) leaves it the paragraph's
        ([["Fighting reached Fizuli.", "Shelling resumed on 3 March, the ministry in Yerevan said."]], {(0, 1): "3 March"},
         [[(), ("AZ-FUZ",)]]),
        ([["Fighting reached Fizuli.", "The town fell on 3 March while neither Armenia nor Russia acted."]],
         {(0, 1): "3 March"}, [[(), ("AZ-FUZ",)]]),
        # ... nor does a country that is a passive's agent: the side that did it
        ([["Fighting reached Fizuli.", "On 3 March it was occupied by Armenia."]], {(0, 1): "3 March"}, [[(), ("AZ-FUZ",)]]),
        ([["Fighting reached Fizuli.", "On 3 March Aghdam burned."]], {(0, 1): "3 March"}, [[(), ()]]),
        # the same anaphor in Russian and Azerbaijani: the bare noun with its case ending (issue 13)
        ([["Семьи переселены в Кяльбаджар."], ["На данном этапе в город переехали 32 семьи."]], {}, [[()], [("AZ-KAL",)]]),
        ([["Ailələr Laçın şəhərinə köçürülüb."], ["Daha 20 ailə şəhərə köçüb."]], {}, [[()], [("AZ-LAC",)]]),
        ([["Шуша обстреливалась всю зиму."], ["Потом он сел в машину."]], {}, [[()], [()]]),  # a verb, not "village"
        # ... the Azerbaijani "the district" too, whose genitive may stand before the names of its villages
        ([["Ailələr Laçın şəhərinə köçürülüb."], ["Sonra rayonun Zəfərli və Yenikənd kəndləri boşaldıldı."]], {},
         [[()], [("AZ-LAC",)]]),
        ([["Ailələr Laçın şəhərinə köçürülüb."], ["Döyüşlər rayonda davam edib."]], {}, [[()], [("AZ-LAC",)]]),
        ([["Shusha was shelled all winter."], ["He wore rayon shirts."]], {}, [[()], [()]]),  # a cloth, no district
        # "the village" with no village named within reach: a dated sentence still stands in its paragraph's place
        ([["Fighting reached Fizuli.", "A church was built near the village on 3 March."]], {(0, 1): "3 March"},
         [[(), ("AZ-FUZ",)]]),
        ([["Fighting reached Fizuli.", "A church was built near the village."]], {}, [[(), ()]]),
        # a town named as a place of events outranks one named otherwise (where a flight headed, where a family
        # moved): "the whole town" that crossed the river is the besieged one (issue 13) ...
        ([["They surrounded Khojaly with tanks.", "We ran to the river to head towards Aghdam.",
           "The whole town was crossing the river."]], {}, [[(), (), ("AZ-XCI",)]]),
        # ... and the last town named still stands when none was named for an event
        ([["The family moved to the town of Goychay.", "The town had no pharmacy."]], {}, [[(), ("AZ-GOY",)]]),
        # "the city of X" names its own city; the anaphor must stand alone
        ([["Fighting reached Fizuli.", "The city of Baku was calm."]], {}, [[(), ()]]),
    ],
)
def test_inherited_districts(gazetteer, paragraphs, dated, expected):
    mentions = outside_credits(tag_document(paragraphs, gazetteer).mentions, credit_ends(paragraphs))
    dates = [[[day(s, dated[(p, i)])] if (p, i) in dated else [] for i, s in enumerate(para)] for p, para in enumerate(paragraphs)]
    assert inherited_districts(mentions, paragraphs, dates) == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a seat of government named as its government is no town "the city" can mean
        ([["The flag ceremony reaffirmed Baku's control of Karabakh."], ["The president raised the flag over the city."]],
         [[()], [()]]),
        ([["Shells hit Shusha on Monday, Yerevan said."], ["The town was without power."]], [[()], [("AZ-SUS",)]]),
        # ... while a capital named as a place, or as a dateline's city, still is
        ([["Rockets hit Baku."], ["The city was dark."]], [[()], [("AZ-BA",)]]),
        ([["STEPANAKERT, Azerbaijan: Shells hit the city on Friday."]], [[("AZ-XA",)]]),
    ],
)
def test_a_government_is_no_antecedent(gazetteer, paragraphs, expected):
    ends = credit_ends(paragraphs)
    mentions = outside_credits(tag_document(paragraphs, gazetteer).mentions, ends)
    dates = [[[] for _ in para] for para in paragraphs]
    assert inherited_districts(mentions, paragraphs, dates, (), gazetteer.seat_of_government, ends) == expected


@pytest.mark.parametrize(
    ("topic", "expected"),
    [
        # a dated sentence naming no place, in a paragraph whose first places are two districts: the title's, named too
        (("AZ-AGM",), ("AZ-AGM",)),
        # ... and none when the title's place is not among them, or when there is no title's place
        (("AZ-SUS",), ()),
        ((), ()),
    ],
)
def test_a_paragraph_that_opens_on_several_places_stands_under_the_titles(gazetteer, topic, expected):
    paragraphs = [["Fighting in Fizuli and Jabrayil weakened the army.", "The offensive on Aghdam began.", "Volunteers joined.",
                   "One of the largest operations of the war took place on 3 March."]]
    mentions = outside_credits(tag_document(paragraphs, gazetteer).mentions, credit_ends(paragraphs))
    dates = [[[], [], [], [day(paragraphs[0][3], "3 March")]]]
    assert inherited_districts(mentions, paragraphs, dates, topic)[0][3] == expected


@pytest.mark.parametrize(
    ("topic", "expected"),
    [
        # "the town" is the last town named ...
        ((), [[()], [("AZ-XA",)]]),
        # ... unless the title's place is among the towns named: in a text about Shusha, it is Shusha (issue 13)
        (("AZ-SUS",), [[()], [("AZ-SUS",)]]),
    ],
)
def test_the_title_place_is_the_town_of_the_text(gazetteer, topic, expected):
    paragraphs = [["Troops took the town of Shusha after shells had hit Stepanakert."], ["The seizure of the town proved decisive."]]
    mentions = outside_credits(tag_document(paragraphs, gazetteer).mentions, credit_ends(paragraphs))
    assert inherited_districts(mentions, paragraphs, [[[]], [[]]], topic) == expected
