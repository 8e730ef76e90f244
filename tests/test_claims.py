"""Claims extraction, rule by rule: each case is a sentence (or a short paragraph) and the claims it makes.

The sentences are written for these tests in the shapes real sources use;
the expected claims follow the conventions of ../shared/eval/seeds-claims.yaml
(kind, district, date value and modifier, the claim's own wording).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from chronicle import pipeline
from chronicle.gazetteer import Gazetteer
from chronicle.lexicon import load, parse
from chronicle.model import Claim, RawSource, SourceMeta
from chronicle.wars import WarCatalog

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def reference() -> tuple[Gazetteer, WarCatalog]:
    return Gazetteer.load(ROOT / "corpus" / "gazetteer"), WarCatalog.load(ROOT / "corpus" / "wars.yaml")


def claims_in(text: str, reference, published: str | None = None) -> list[Claim]:
    """Claims of a text whose paragraphs are separated by blank lines, in reading order."""
    blocks = tuple((i + 1, para) for i, para in enumerate(text.split("\n\n")))
    raw = RawSource("t", "t.txt", "0" * 64, SourceMeta(published=published, language="en"), blocks, "txt")
    processed = pipeline.process(raw, *reference)
    return [c for facts in processed.facts.values() for c in facts.claims]


def brief(c: Claim) -> tuple:
    return (c.kind, c.district, c.date, c.mod, c.wording)


@pytest.mark.parametrize(
    "text, expected",
    [
        # voice: the place is the subject of a passive or intransitive verb, the object of an active one
        ("On 3 April 1993, Kalbajar was captured by Armenian forces.",
         [("control", "AZ-KAL", "1993-04-03", None, "was captured")]),
        ("In the morning of 1 November 1993, Armenian units took the regional centre of Zangilan.",
         [("control", "AZ-ZAN", "1993-11-01TMO", None, "took")]),
        ("On 23 August 1993, Jabrayil fell.", [("control", "AZ-CAB", "1993-08-23", None, "fell")]),
        # "By August 20": on or before, through the date mention's modifier; one claim per district
        ("By August 20, 1993, Fizuli, Jebrail, and Zangelan had fallen.",
         [("control", "AZ-FUZ", "1993-08-20", "ON_OR_BEFORE", "had fallen"),
          ("control", "AZ-CAB", "1993-08-20", "ON_OR_BEFORE", "had fallen"),
          ("control", "AZ-ZAN", "1993-08-20", "ON_OR_BEFORE", "had fallen")]),
        # an elided verb: each town with its own date, worded by the shared verb
        ("During the war, Jabrayil was liberated on 4 October 2020, Fuzuli on 17 October and Shusha city on 8 November.",
         [("control", "AZ-CAB", "2020-10-04", None, "was liberated"),
          ("control", "AZ-FUZ", "2020-10-17", None, "was liberated"),
          ("control", "AZ-SUS", "2020-11-08", None, "was liberated")]),
        # the place attacked, not the place the attack came from
        ("On 16 August 1993 an offensive was launched on the Martuni region from the town of Fizuli.",
         [("assault", "AZ-XVD", "1993-08-16", None, "was launched")]),
        ("In August 1993, Armenian forces advanced south towards Fizuli.",
         [("assault", "AZ-FUZ", "1993-08", None, "advanced south towards")]),
        # a noun phrase dated by its sentence; a light verb gives the wording
        ("On 27 June 1993 the offensive ended in the liberation of Martakert.",
         [("control", "AZ-TAR", "1993-06-27", None, "liberation of")]),
        ("On 15 December 1993, Azerbaijani artillery began massive shelling of the town of Martuni.",
         [("assault", "AZ-XVD", "1993-12-15", None, "began massive shelling")]),
        # a ceasefire needs a verb saying it was agreed; it has no district
        ("A three-day truce was agreed upon by both governments on 26 July 1993.",
         [("ceasefire", None, "1993-07-26", None, "was agreed upon")]),
        # a date a reporting verb carries only bounds the event, and everything the report says
        ("The Armenian Prime Minister denounced on 19 September 2023 an aggression by Azerbaijan.",
         [("assault", None, "2023-09-19", "ON_OR_BEFORE", "aggression")]),
        ("The ministry said on 4 July 1993 that Armenian troops reached the outskirts of Agdam.",
         [("assault", "AZ-AGM", "1993-07-04", "ON_OR_BEFORE", "reached the outskirts of")]),
        # the place attacked is the subject of "subjected to"; a list of villages with their districts
        ("On 30 July 2019, the village of Garalar of the Tovuz district and the Agstafa district were subjected "
         "to intensive shelling.",
         [("assault", "AZ-TOV", "2019-07-30", None, "subjected to intensive shelling"),
          ("assault", "AZ-AGA", "2019-07-30", None, "subjected to intensive shelling")]),
        # an apposition locates, it does not add a place attacked
        ("On 24 July 1993, Armenian units were attacking Fizuli, an Azerbaijani town south of Aghdam.",
         [("assault", "AZ-FUZ", "1993-07-24", None, "were attacking")]),
        # an attempt to take a place is an attack on it
        ("On 12 October 2020 the Azerbaijani army attempted to capture the town of Hadrut.",
         [("assault", "AZ-XVD", "2020-10-12", None, "attempted to capture")]),
        # a passive's subject may be a long list of places
        ("By 23 October 2020, Fizuli and Jabrayil districts, the city of Zangilan, as well as the strategically "
         "important Murovdag mountain were liberated.",
         [("control", "AZ-FUZ", "2020-10-23", "ON_OR_BEFORE", "were liberated"),
          ("control", "AZ-CAB", "2020-10-23", "ON_OR_BEFORE", "were liberated"),
          ("control", "AZ-ZAN", "2020-10-23", "ON_OR_BEFORE", "were liberated"),
          ("control", "AZ-KAL", "2020-10-23", "ON_OR_BEFORE", "were liberated")]),
        # a named battle said to have happened is an attack on its place (the catalogue's, when the name hides it)
        ("The Battle of Kalbajar took place in March and April 1993, during the First Nagorno-Karabakh War.",
         [("assault", "AZ-KAL", "1993-03/1993-04", None, "took place")]),  # the two months it spans
        ("The Battle of Hadrut (Azerbaijani: Hadrut döyüşü; Armenian: Հադրութի ճակատամարտ) began in early October 2020 in Hadrut.",
         [("assault", "AZ-XVD", "2020-10", "START", "began")]),
        # an attack launched to take a place is an attack on it; the intention itself is no claim
        ("In December 1993 the army launched a counter-offensive to retake Fuzuli.",
         [("assault", "AZ-FUZ", "1993-12", None, "launched a counter-offensive")]),
        # verbs that make a noun happen, and the control and advance families
        ("The battle resulted in the capture of the Kalbajar District of Azerbaijan.",
         [("control", "AZ-KAL", None, None, "resulted in the capture")]),
        ("In July 1993 Armenian forces executed a two-side attack on Aghdam.",
         [("assault", "AZ-AGM", "1993-07", None, "executed a two-side attack")]),
        ("On 16 October 2020, the army reclaimed the villages of Aghbulag and Akhullu in the Khojavend district.",
         [("control", "AZ-XVD", "2020-10-16", None, "reclaimed")]),
        ("On 4 October 2020, the army advanced north, to Hadrut.", [("assault", "AZ-XVD", "2020-10-04", None, "advanced north")]),
        # fighting that broke out at a place the sentence names is an attack on it
        ("Shusha was shelled on 28 October 2020.\n\nLocal warfare erupted near the city on 29 October 2020.",
         [("assault", "AZ-SUS", "2020-10-28", None, "was shelled"), ("assault", "AZ-SUS", "2020-10-29", None, "erupted")]),
        # a start and an end: the start dates it; an end alone still dates it
        ("On September 27, 2020, and continuing until October 17, 2020, fighting broke out for the city of Fuzuli.",
         [("assault", "AZ-FUZ", "2020-09-27", None, "broke out")]),
        ("Fuzuli was shelled until 17 October 2020.", [("assault", "AZ-FUZ", "2020-10-17", None, "was shelled")]),
        # "the area" is the place last named; a capital that speaks is its government, not that place
        ("Azeri forces attacked Kubatly on 20 August 1993.\n\nBaku said the separatists had retaken the area.",
         [("assault", "AZ-QBI", "1993-08-20", None, "attacked"), ("control", "AZ-QBI", None, None, "had retaken")]),
        # "followed by" continues the kind of the event before it in its own sentence
        ("On 4 November 2020 Azerbaijan seized the village of Chanakchi, followed by part of the Shusha–Lachin road.",
         [("control", "AZ-XCI", "2020-11-04", None, "seized"), ("control", None, "2020-11-04", None, "followed by")]),
        ("Azerbaijan liberated from occupation Jabrayil city on October 4, 2020.",
         [("control", "AZ-CAB", "2020-10-04", None, "liberated from occupation")]),
        # a place before the noun, with a place noun's possessive between
        ("Fuzuli city's liberation on 17 October 2020 ended the war.", [("control", "AZ-FUZ", "2020-10-17", None, "liberation")]),
        # "after the occupation of": before the sentence's day, unless the noun's own phrase dates it
        ("On May 9, 1992, after the occupation of Shusha (May 8, 1992), Armenian forces attacked the Lachin district.",
         [("control", "AZ-SUS", "1992-05-08", None, "occupation of"), ("assault", "AZ-LAC", "1992-05-09", None, "attacked")]),
        # a truce named with its year is a claim; a bare one is not
        ("The 1994 ceasefire agreement was followed by peace negotiations.", [("ceasefire", None, "1994", None, "ceasefire")]),
        # a decimal point ends no clause: the territory of the district after a figure is still the object
        ("By May 12, 1994, the Armenians managed to occupy 846.7 square kilometers of the territory of Aghdam district.",
         [("control", "AZ-AGM", "1994-05-12", "ON_OR_BEFORE", "occupy")]),
        # a date after "until" ends what lasted: what it brought about happened by then, unless "when" tells that day
        ("As a result of the aggression that lasted until May 12, 1994, the Armenians occupied most of Aghdam district.",
         [("control", "AZ-AGM", "1994-05-12", "ON_OR_BEFORE", "occupied")]),
        ("The occupation of Kalbajar lasted until November 2020, when Azerbaijan regained control of the area.",
         [("control", "AZ-KAL", "2020-11", None, "regained")]),
        # the subject of the next, passive claim is not this one's object: the counter-offensive is the war's
        ("As a result of the counter-offensive operations carried out by the Azerbaijani Army from September 27, 2020, "
         "the town of Hadrut was liberated on October 9, 2020.",
         [("assault", None, "2020-09-27", None, "carried out"), ("control", "AZ-XVD", "2020-10-09", None, "was liberated")]),
        # a massacre joined by "and" to a taking, naming no place of its own, happened at the place taken
        ("On 26 February 1992, Armenian forces seized Khojaly, a small town in Karabakh, and massacred 613 people.",
         [("control", "AZ-XCI", "1992-02-26", None, "seized"), ("massacre", "AZ-XCI", "1992-02-26", None, "massacred")]),
        ("On 26 February 1992, Armenian forces seized Khojaly. They massacred 613 people.",  # not joined: no place
         [("control", "AZ-XCI", "1992-02-26", None, "seized")]),
        # a participle with its agent after it is passive: the place before it is the subject
        ("Shusha, captured by Armenian forces on 8 May 1992, was the last Azerbaijani stronghold.",
         [("control", "AZ-SUS", "1992-05-08", None, "captured")]),
        ("Armenian forces captured by April 3, 1993 the whole of Kalbajar.",  # "by" and a date: no agent
         [("control", "AZ-KAL", "1993-04-03", "ON_OR_BEFORE", "captured")]),
        # a capital saying something is the government speaking, not a place attacked
        ("On 19 September 2023 Azerbaijan began its operation against Nagorno-Karabakh after its troops were killed "
         "in what Baku said were attacks.", [("assault", None, "2023-09-19", None, "began its operation")]),
        # "and" after a phrase that names no place opens a new clause: its place is no origin of the attack before
        ("Tanks came from all sides and Zangilan fell on 29 October 1993.",
         [("control", "AZ-ZAN", "1993-10-29", None, "fell")]),
        ("On 10 August 1993 Armenian forces attacked Fizuli from Aghdam and Khojavend.",  # a list of origins goes on
         [("assault", "AZ-FUZ", "1993-08-10", None, "attacked")]),
        # an aside between dashes before the verb: the subject stands before it
        ("Gubadli district—comprising the city of Gubadli, 93 villages, and 31 administrative units—fell under "
         "occupation on August 31, 1993.", [("control", "AZ-QBI", "1993-08-31", None, "fell")]),
        # a relative pronoun after the place's comma: the place is the subject ("Shusha city, which ...")
        ("On 9 November 2020 Armenia admitted the loss of Shusha city, which has been liberated from occupation.",
         [("control", "AZ-SUS", "2020-11-09", None, "has been liberated from occupation")]),
        # a handover to a side, in the passive: the place is the subject
        ("On 20 November 2020, Aghdam district was transferred to the Azerbaijani Armed Forces.",
         [("control", "AZ-AGM", "2020-11-20", None, "was transferred to")]),
        ("On 1 December 2020 Armenia returned Lachin to Azerbaijan.", [("control", "AZ-LAC", "2020-12-01", None, "returned")]),
        ("Ganja was hit by missiles on 11 October 2020, killing 10 civilians.",
         [("assault", "AZ-GA", "2020-10-11", None, "was hit by missiles")]),
        ("On 3 April 1993 Armenian forces conquered Kalbajar.", [("control", "AZ-KAL", "1993-04-03", None, "conquered")]),
        # an opening date with no comma after it: "May" there is the month, not the modal; "By" the date's, no agent's
        ("On 8 May 1992 Armenian forces captured Shusha.", [("control", "AZ-SUS", "1992-05-08", None, "captured")]),
        ("By June 1993 Armenian forces had captured Kalbajar.",
         [("control", "AZ-KAL", "1993-06", "ON_OR_BEFORE", "had captured")]),
        # a taking verb with no object, joined to a verb whose object is people, took the place fought over
        ("The battle took place in Shusha on 8 May 1992 and ended on 9 May 1992 after Armenian forces captured and "
         "drove out the defending Azeris.",
         [("assault", "AZ-SUS", "1992-05-08", None, "took place"), ("control", "AZ-SUS", "1992-05-09", None, "captured")]),
        ("The battle took place in Shusha on 8 May 1992 and Armenian forces captured and held the heights.",
         [("assault", "AZ-SUS", "1992-05-08", None, "took place")]),  # the heights: both verbs' object
        # a change of hands a reporting verb announces happened by the day it was announced; an attack announced starts
        ("President Aliyev announced the liberation of Hadrut in his address to the nation on 9 October 2020.",
         [("control", "AZ-XVD", "2020-10-09", "ON_OR_BEFORE", "announced the liberation")]),
        ("On 27 September 2020 the ministry announced a counter-offensive on Fuzuli.",
         [("assault", "AZ-FUZ", "2020-09-27", None, "announced a counter-offensive")]),
        # under fire, the fire qualified: the town attacked (not the place the fire came from)
        ("Khojaly is a town.\n\nOn 25 February 1992 the town was under heavy fire from Askeran.",
         [("assault", "AZ-XCI", "1992-02-25", None, "was under heavy fire")]),
        # goods taken away towards a town: no town taken
        ("The belongings of the residents were loaded onto lorries and taken away towards the town of Khankendi.", []),
        # a truce entering force: no one entered a place
        ("The truce that was reached by the ministers entered force on 10 October 2020.",
         [("ceasefire", None, "2020-10-10", None, "was reached")]),
        # "by" before an event verb is the means, not the agent: the place after the verb is its object
        ("Karabakh forces ended the siege by capturing Shusha on 9 May 1992.",
         [("control", "AZ-SUS", "1992-05-09", None, "capturing")]),
        # a date in a relative clause that states no event describes the place; one that states an event keeps it
        ("Armenian forces captured Shusha, which had been an Azerbaijani stronghold since 1988.",
         [("control", "AZ-SUS", None, None, "captured")]),
        ("Jabrayil, which was occupied on 23 August 1993, was liberated on 4 October 2020.",
         [("control", "AZ-CAB", "1993-08-23", None, "was occupied"), ("control", "AZ-CAB", "2020-10-04", None, "was liberated")]),
        # a date before "amid" closes its clause: the truce in the backdrop is not dated by it
        ("Armenian forces launched a missile attack on Tartar district, killing one civilian and injuring eight others "
         "on 14 October 2020, amid a truce reached between the two countries earlier.",
         [("assault", "AZ-TAR", "2020-10-14", None, "launched a missile attack"), ("ceasefire", None, None, None, "reached")]),
        # "its" owns the noun for the sentence's subject: here an anaphor of the place last named
        ("Kalbajar is a city in Azerbaijan.\n\nThe city had 7,246 inhabitants before its occupation on 2 April 1993.",
         [("control", "AZ-KAL", "1993-04-02", None, "occupation")]),
    ],
)
def test_claims_by_the_shape_of_the_sentence(text, expected, reference):
    assert [brief(c) for c in claims_in(text, reference)] == expected


@pytest.mark.parametrize("language, text, published, expected", [
    ("en", "Today, 24 years pass from the occupation of Aghdam District by Armenia.", "2017-07-23",
     [("control", "AZ-AGM", "1993-07-23", None)]),
    ("en", "Today marks the 34th anniversary of the Khojaly genocide.", "2026-02-26",
     [("massacre", "AZ-XCI", "1992-02-26", None)]),
    ("az", "Bu gün Ağdam rayonunun işğalından 21 il keçir.", "2014-07-23", [("control", "AZ-AGM", "1993-07-23", None)]),
    # the commemoration's day in the year of the piece is the day counted from; a day already counted back is not
    ("en", "The 28th anniversary of the Sumgait pogroms was commemorated on February 28 in New York.", "2016-03-17",
     [("massacre", "AZ-SM", "1988-02-28", None)]),
    # the day the sentence gives is the event's, not a day to count from
    ("ru", "Ровно 19 лет назад – 18 мая 1992 года был освобожден город Лачин.", None,
     [("control", "AZ-LAC", "1992-05-18", None)]),
    # no day to count from: "since the day of the occupation" still says it happened, undated
    ("ru", "Прошло 25 лет со дня оккупации Кельбаджара.", None, [("control", "AZ-KAL", None, None)]),
    # no count: the commemoration's day is not the event's, and a bare noun it does not date is no claim
    ("en", "Today the country marks the anniversary of the liberation of Shusha.", "2024-11-08", []),
    # "today is the day when": the commemoration's day; what happened that day is still a claim, its year unsaid
    ("en", "Today is the day when Shusha was liberated from occupation.", "2023-11-08", [("control", "AZ-SUS", None, None)]),
    # a name in title case is an event when the sentence counts its anniversary; the ceremony's city is not its place
    ("en", "Today marks the 28th anniversary of the Khojaly Massacre.", "2020-02-26", [("massacre", "AZ-XCI", "1992-02-26", None)]),
    ("en", "Crowds gathered to mourn the victims of the Khojaly Massacre on its 28th anniversary on February 26, 2020 in Baku.",
     "2020-02-26", [("massacre", "AZ-XCI", "1992-02-26", None)]),
    # a possessive typed with a backtick
    ("en", "Today marks the 25th anniversary of Zangilan`s occupation.", "2018-10-29", [("control", "AZ-ZAN", "1993-10-29", None)]),
    # a commemoration's day is the ceremony's: the event it commemorates is undated, no claim
    ("en", "The ambassador spoke at an event to commemorate the Khojaly genocide on Thursday.", "2014-02-22", []),
    # a massacre needs its place: one of no district is no event of these wars
    ("en", "Armenians commemorate the 1915 genocide every April.", "2024-04-24", []),
])
def test_an_anniversary_counts_back_from_the_document_date(reference, language, text, published, expected):
    raw = RawSource("t", "t.txt", "0" * 64, SourceMeta(published=published, language=language), ((1, text),), "txt")
    processed = pipeline.process(raw, *reference)
    assert [(c.kind, c.district, c.date, c.mod) for f in processed.facts.values() for c in f.claims] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Most residents of Lachin took refuge in the House of Culture on 9 May 1992.",
        "Journalists saw bodies in Khojaly.\n\nA Russian journalist reported massacre sites elsewhere in the area.",
        "Armenian forces considered Aghdam a staging area of Azerbaijani forces for attacks against the Nagorno-Karabakh region.",  # a noun after a preposition
        "In mid-August 1993, Armenian forces massed a force to take Fizuli.",  # an intention
        "The meeting was scheduled for 10 September 1993, and Lachin is to be returned by 1 December 2020.",  # plans
        "The resolution demanded the withdrawal of occupying forces from Kalbajar in April 1993.",  # a demand
        "Armenian forces did not capture Horadiz on 20 October 1993.",  # negation
        "No attack on Tartar took place on 3 May 1994.",  # negation by "no", a word YAML reads as false unquoted
        "There was no shelling of Tartar on 3 May 1994.",
        "A year ago we spoke about the necessity of clearing Shusha of the enemy.",  # what must be done
        "The constant bombardment of Stepanakert continued from Aghdam in 1992.",  # an ongoing condition
        "During the conflict, Azerbaijan liberated several cities and nearly 300 villages.",  # no place, no date
        "The UN Security Council held an emergency meeting on Nagorno-Karabakh on 29 September 2020.",  # diplomacy
        "The 1993 Summer Offensives of the Nagorno-Karabakh War",  # a heading, a name
        "Armenian officials denied on 8 November 2020 that Shusha had fallen.",  # a denial
        "Illegal visits to the occupied territories of Azerbaijan continued in 2019.",  # an adjective, not a verb
        "In April 1993 refugees crossed the already captured Lachin corridor.",  # an adjective after its adverb
        "In 1994 the occupying forces stood in Aghdam district.",  # a present participle before the side
        "In 1993, 1,871 children lost parents in the battles for Aghdam district.",  # people taken, not a place
        "On 26 February 1992 Armenian forces took 1,275 hostages in Khojaly.",
        "The first former residents returned to Lachin on 1 July 2022.",  # people going back, no handover
        "Mines planted during the occupation of Aghdam killed 3 people in 2021.",  # the occupation as a period
        "Aghdam was under Armenian occupation until 2020.",  # a state
        "Its third clause stipulated the return of Lachin and Aghdam to Azerbaijan.",  # a deal's terms, not what happened
        "The statement of 10 November 2020 provided for the handover of Kalbajar by 15 November.",
    ],
)
def test_not_claims(text, reference):
    assert claims_in(text, reference) == []


def test_an_anaphor_located_by_a_place_after_it_is_the_object(reference):
    text = ("Refugees came from Bashlibeli in the province of Kelbajar on 5 April 1993. Armenian forces conquered "
            "the province in the Nagorno-Karabakh region on 3 April 1993.")
    assert [brief(c) for c in claims_in(text, reference)] == [("control", "AZ-KAL", "1993-04-03", None, "conquered")]


@pytest.mark.parametrize("text, war", [
    ("On 10 November 2020 Azerbaijani forces liberated Shusha.", "second-nagorno-karabakh-war"),
    # the territory a war's ceasefire hands over in the month after it is the war's, not the years between wars
    ("On 25 November 2020 Kalbajar was returned to Azerbaijan.", "second-nagorno-karabakh-war"),
    ("In November 2020 Azerbaijan regained control of Kalbajar.", "second-nagorno-karabakh-war"),
    ("On 25 January 2021 Azerbaijani forces took Kalbajar.", "interwar"),  # later: the years between wars
    ("On 25 November 2020 Armenian forces shelled Kalbajar.", "interwar"),  # only a change of hands is handed over
])
def test_a_handover_after_the_ceasefire_is_the_wars(text, war, reference):
    claim, = claims_in(text, reference)
    assert claim.war == war


@pytest.mark.parametrize("text, war", [
    # an undated handover told in the month after the war's end, in a sentence the years between wars file, is the
    # war's as the dated one is
    ("Azerbaijani troops entered Aghdam on 20 November 2020. Kalbajar was returned to Azerbaijan, and the Lachin "
     "district followed.", "second-nagorno-karabakh-war"),
    ("Azerbaijani troops entered Aghdam on 20 November 2020. The Armenian side handed over Kalbajar after the ceasefire.",
     "second-nagorno-karabakh-war"),
    ("Azerbaijani troops entered Aghdam on 20 January 2021. Kalbajar was handed over to Azerbaijan.", "interwar"),  # later
    ("Azerbaijani troops entered Aghdam on 20 November 2020. Armenian forces shelled Kalbajar after the ceasefire.",
     "interwar"),  # only a change of hands is handed over
])
def test_an_undated_handover_after_the_ceasefire_is_the_wars(text, war, reference):
    assert claims_in(text, reference)[-1].war == war


def test_the_town_is_the_place_last_named(reference):
    text = "Azerbaijani special forces reached the outskirts of Shusha on 6 November 2020. The town was captured on 8 November."
    assert [brief(c) for c in claims_in(text, reference)] == [
        ("assault", "AZ-SUS", "2020-11-06", None, "reached the outskirts of"),
        ("control", "AZ-SUS", "2020-11-08", None, "was captured")]


@pytest.mark.parametrize("second", [
    "The settlement was freed from the enemy on 8 November.",
    # villages joined to the anaphor are of its subject, not a gap before the verb
    "The settlement and the surrounding villages were freed from the enemy on 8 November.",
    "On 8 November the city and the mentioned heights were cleared of the enemy.",
])
def test_the_settlement_and_its_villages_are_the_place_last_named(second, reference):
    text = f"Azerbaijani special forces reached the outskirts of Shusha on 6 November 2020. {second}"
    assert [(c.kind, c.district, c.date) for c in claims_in(text, reference)] == [
        ("assault", "AZ-SUS", "2020-11-06"), ("control", "AZ-SUS", "2020-11-08")]


def test_in_two_days_counts_from_the_previous_date(reference):
    text = "On the 22nd of August 1993, the troops were forced to leave Fizuly. In two days, the troops entered Jabrail."
    assert [(c.district, c.date) for c in claims_in(text, reference)] == [("AZ-FUZ", "1993-08-22"), ("AZ-CAB", "1993-08-24")]


def test_wording_is_the_exact_substring_at_its_offsets(reference):
    text = "Within the end of July 1993, Armenian forces had taken hold of Agdam and an estimated 120,000 civilians had left."
    claim, = claims_in(text, reference)
    assert text[claim.start:claim.end] == claim.wording == "had taken hold of"
    assert (claim.date, claim.mod, str(claim.earliest), str(claim.latest)) == ("1993-07", "END", "1993-07-21", "1993-07-31")


@pytest.mark.parametrize("text, local", [
    ("The army liberated seven villages in the Fuzuli district on 27 September 2020.", True),
    ("Seven villages in the Fuzuli district were liberated on 27 September 2020.", True),
    ("The army liberated the Fuzuli district on 17 October 2020.", False),
])
def test_villages_a_district_only_locates_are_not_its_fall(text, local, reference):
    claim, = claims_in(text, reference)
    assert (claim.kind, claim.district, claim.local) == ("control", "AZ-FUZ", local)


@pytest.mark.parametrize("text, days", [
    ("On the night of 25 February 1992, Armenian forces attacked Khojaly.", ("1992-02-25", "1992-02-26")),
    ("On a night from May 16 to 17, 1992, Armenian forces occupied Lachin region.", ("1992-05-16", "1992-05-17")),
])
def test_a_night_runs_into_the_next_day_once(text, days, reference):
    claim, = claims_in(text, reference)
    assert (claim.earliest.isoformat(), claim.latest.isoformat()) == days


def test_claim_ids_number_claims_in_text_order(reference):
    claims = claims_in("By August 20, 1993, Fizuli, Jebrail, and Zangelan had fallen.", reference)
    assert [c.id.rsplit("/", 1)[1] for c in claims] == ["1", "2", "3"]
    assert [c.start for c in claims] == sorted(c.start for c in claims)


@pytest.mark.parametrize(
    "document, problem",
    [
        ({"kinds": {"control": {}}}, "language"),
        ({"language": "xx", "kinds": {"skirmish": {}}}, "unknown kind"),
        ({"language": "xx"}, "kinds"),
        # an unquoted no, yes, on or off is a boolean in YAML, never the word
        ({"language": "xx", "kinds": {}, "exclude_before": ["not", False]}, "False is not a word"),
    ],
)
def test_a_bad_lexicon_names_its_problem(document, problem):
    with pytest.raises(ValueError, match=problem):
        parse(document, "xx.yaml")


def test_an_unquoted_yaml_boolean_in_a_lexicon_is_named_at_its_line(tmp_path):
    (tmp_path / "xx.yaml").write_text("language: xx\nkinds: {}\nexclude_before: [not,\n  no]\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"xx\.yaml:4: False is not a word"):
        load(tmp_path)


def test_another_language_adds_a_file(tmp_path):
    (tmp_path / "en.yaml").write_text((ROOT / "corpus" / "lexicon" / "claims" / "en.yaml").read_text(encoding="utf-8"))
    (tmp_path / "fr.yaml").write_text("language: fr\nkinds:\n  control:\n    verbs: [[prise, pris, prit]]\n", encoding="utf-8")
    lexicons = load(tmp_path)
    assert sorted(lexicons) == ["en", "fr"]
    assert lexicons["fr"].predicates[0].pattern.search("Les forces ont pris la ville")
