"""Claims of shapes found missing on new development sets of varied real texts (wire copy, a bulletin, a
chronology, an encyclopedia mirror, a human-rights report, a Russian item), each beside a near miss that must give
nothing: a participle aside after a place, a chronology item under its day heading, a relative clause after a
locative apposition, the date of a report before the change of hands it reports, an attack on a place no one
names, the end of fighting, fighting that occurred at a place, combatants driven out of a place, a killing noun of
people, an apposition or a floated quantifier before the verb, a stop to the fighting and the agreement that
refers back to it, a hypothetical gerund subject, an ordinal before a passive infinitive, entry named by a noun
(en, ru), verb forms the lexicons held in part (en, az). The sentences are written for these tests in the shapes
real texts use."""

from __future__ import annotations

import pytest

from chronicle.extract.claims import Context, sentence_claims
from chronicle.lexicon import load
from test_claims import brief, claims_in, reference  # noqa: F401 (reference: the module's fixture)
from test_claims_languages import _facts, catalog  # noqa: F401 (catalog: the module's fixture)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a participle opening an aside right after a place: a reduced relative whose subject is that place, even
        # after "from" (what came from the village), and whatever preposition follows the participle
        ("Photographs from the Gorazilli village of Fuzuli district, freed from occupation on 21 October 2020, "
         "were shown.",
         [("control", "AZ-FUZ", "2020-10-21", None, "freed")]),
        ("Kalbajar, occupied in April 1993, stayed empty for decades.",
         [("control", "AZ-KAL", "1993-04", None, "occupied")]),
        # near misses: a participle used as an adjective before its noun, a participle that is no event verb
        ("In Fuzuli, captured soldiers were shown on 21 October 2020.", []),
        ("Photographs from the Gorazilli village of Fuzuli district, burned in the fire, were shown.", []),
        # a relative pronoun after a locative apposition stands for the place the apposition locates
        ("The town of Khojaly, in the Karabakh region of Azerbaijan, which was seized on 26 February 1992, burned.",
         [("control", "AZ-XCI", "1992-02-26", None, "was seized")]),
        # near miss: a relative clause that states no event about it
        ("The town of Khojaly, in the Karabakh region of Azerbaijan, which had an airport, burned.", []),
        # an attack aimed at a place the sentence does not name is no claim of the whole region
        ("Armenian units launched a heavy attack Sunday on a strategic town in western Azerbaijan, on 4 July 1993.",
         []),
        # near miss: an attack on a line or on no object at all, dated, is still the region's
        ("On 4 July 1993 Armenian units launched a heavy attack on the front.",
         [("assault", None, "1993-07-04", None, "launched a heavy attack")]),
        # a stop to the fighting, an adverb between the auxiliary and its participle: a ceasefire
        ("On 10 October 2020 hostilities were formally halted to allow an exchange of prisoners.",
         [("ceasefire", None, "2020-10-10", None, "hostilities were formally halted")]),
        ("Fighting was stopped on 12 May 1994.", [("ceasefire", None, "1994-05-12", None, "Fighting was stopped")]),
        # near misses: work or talks halted, a plan to halt the fighting
        ("On 10 October 2020 the negotiations were formally halted.", []),
        ("On 10 October 2020 the sides planned that hostilities would be halted.", []),
        # a date before the reporting verb of the main clause dates the report: the change of hands it reports
        # happened by then; reported after the event's own clause, the date is the event's
        ("On 14 October 2020, the ministry stated its forces had seized the village of Edilli in Khojavend district.",
         [("control", "AZ-XVD", "2020-10-14", "ON_OR_BEFORE", "had seized")]),
        ("On 14 October 2020 its forces seized the village of Edilli in Khojavend district, the ministry stated.",
         [("control", "AZ-XVD", "2020-10-14", None, "seized")]),
        # so does a date before a noun whose phrase a reporting verb closes; a comma and another verb between: not
        ("On 21 November 2020 the capture of Aghdam was reported by the television.",
         [("control", "AZ-AGM", "2020-11-21", "ON_OR_BEFORE", "capture of")]),
        ("On 20 November 2020 the capture of Aghdam ended the war, the television reported.",
         [("control", "AZ-AGM", "2020-11-20", None, "capture of")]),
        # a killing noun of people is a massacre; of combatants it tells of fighting
        ("On 26 February 1992 the annihilation of the inhabitants of Khojaly shocked the world.",
         [("massacre", "AZ-XCI", "1992-02-26", None, "annihilation of")]),
        ("On 23 October 2020 the annihilation of enemy units near Fuzuli was reported.", []),
        # fighting that occurred at a place is an attack on it
        ("On 10 October 2020 heavy fighting occurred in Hadrut.",
         [("assault", "AZ-XVD", "2020-10-10", None, "occurred")]),
        # near miss: something else occurred there
        ("On 10 October 2020 a meeting occurred in Hadrut.", []),
        # an apposition renaming the subject ("the town that ...") stands between it and its verb; a quantifier
        # floated between the auxiliary and the participle keeps the voice passive
        ("Lachin, the town that links Armenia with Karabakh, fell on 18 May 1992.",
         [("control", "AZ-LAC", "1992-05-18", None, "fell")]),
        ("Jabrayil and Zangilan were both captured in August 1993.",
         [("control", "AZ-CAB", "1993-08", None, "were both captured"),
          ("control", "AZ-ZAN", "1993-08", None, "were both captured")]),
        # near misses: the quantifier before a participle used as an adjective; a clause that is no apposition
        ("All captured soldiers were shown in Fizuli on 3 May 1993.", []),
        ("Lachin, the road says nothing, fell silent.", []),
        # a noun of entering with the combatants who entered and the place entered, dated by its sentence
        ("On 20 November 2020 the entry of Azerbaijani troops into Aghdam was celebrated.",
         [("control", "AZ-AGM", "2020-11-20", None, "entry of Azerbaijani troops into")]),
        # near misses: the entrance of a building; the entry undated
        ("On 20 November 2020 the entrance of the museum in Aghdam was repaired.", []),
        ("The entry of Azerbaijani troops into Aghdam was celebrated.", []),
        # a verb of driving out or pulling back, combatants its object before "out of"/"from": the place changed hands
        ("Armenian forces pushed Azerbaijani units out of Kalbajar on 2 April 1993.",
         [("control", "AZ-KAL", "1993-04-02", None, "pushed Azerbaijani units out of")]),
        ("Armenia withdrew its forces from Agdam on 19 November 2020.",
         [("control", "AZ-AGM", "2020-11-19", None, "withdrew its forces from")]),
        # near misses: people driven out (no change of hands), troops withdrawn from a place to another
        ("Armenian units expelled the residents from Shusha on 9 May 1992.", []),
        ("Troops from Ganja were withdrawn to Baku on 3 June 1993.", []),
        # verb families the lexicon held in part: won back, returned under control, broke through,
        # fire named by its weapon
        ("Azerbaijan won back Fuzuli on 17 October 2020.", [("control", "AZ-FUZ", "2020-10-17", None, "won back")]),
        ("Kalbajar returned under Azerbaijani control on 25 November 2020.",
         [("control", "AZ-KAL", "2020-11-25", None, "returned under Azerbaijani control")]),
        ("Armenian troops broke through the defences of Agdam on 23 July 1993.",
         [("assault", "AZ-AGM", "1993-07-23", None, "broke through")]),
        ("Ganja came under missile fire on 11 October 2020.",
         [("assault", "AZ-GA", "2020-10-11", None, "came under missile fire")]),
        # near misses: negated, an intention, people returning home
        ("On 17 October 2020 Azerbaijan hoped to win back Fuzuli.", []),
        ("Former residents returned to Lachin on 1 June 2022.", []),
        # a verb of stopping whose object is the fighting, a side's decision to stop included: a ceasefire
        ("Azerbaijan decided to suspend the military operation in Nagorno-Karabakh.",
         [("ceasefire", None, None, None, "decided to suspend the military operation")]),
        ("On 20 September 2023 the local authorities unilaterally suspended the fire.",
         [("ceasefire", None, "2023-09-20", None, "suspended the fire")]),
        # near misses: the operation of a building, an intention refused, a stop to a side's units
        ("On 20 September 2023 the ministry suspended the operation of the airport.", []),
        ("On 20 September 2023 Azerbaijan refused to suspend the military operation.", []),
        # an event about to come has not happened
        ("On 24 February 1992, knowing of the imminent storming of Khojaly, the defenders stayed.", []),
        # a gerund subject whose main verb is a modal is a hypothesis; with no modal it tells what happened
        ("Capturing Fizuli would be a major step for the Armenian forces in August 1993.", []),
        ("Capturing Fizuli on 23 August 1993, Armenian forces cut off the south.",
         [("control", "AZ-FUZ", "1993-08-23", None, "Capturing")]),
        # an ordinal before the passive infinitive tells what happened in turn; "the next" is still to come
        ("Shusha was the first to be occupied, in May 1992.", [("control", "AZ-SUS", "1992-05", None, "be occupied")]),
        ("Fizuli is the next town to be attacked.", []),
    ],
)
def test_claims_of_shapes_unseen_before(text, expected, reference):
    assert [brief(c) for c in claims_in(text, reference, "2021-06-01")] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an item of a chronology names the event it reports; the day heading above it dates it
        ("Chronicle of the war: 23 October 2020\n\n- The ministry released footage of the liberation of Zilanli village of Gubadli district.",
         [("control", "AZ-QBI", "2020-10-23", None, "liberation of")]),
        # near miss: prose under the same heading names the event without dating it: no claim
        ("Chronicle of the war: 23 October 2020\n\nThe ministry released footage of the liberation of Zilanli village of Gubadli district.",
         []),
    ],
)
def test_chronology_items_are_dated_by_their_heading(text, expected, reference):
    assert [brief(c) for c in claims_in(text, reference, "2021-06-01")] == expected


@pytest.mark.parametrize("text, places, dates, expected", [
    # the perfect of reports (-ib) of leaving a place, and fire named by its weapon in the possessive (az)
    ("Erməni qüvvələri noyabrın 25-də Kəlbəcəri tərk edib.", {"Kəlbəcəri": "AZ-KAL"}, {"noyabrın 25-də": "2020-11-25"},
     [("control", "AZ-KAL", "2020-11-25", "tərk edib")]),
    ("Erməni qüvvələri oktyabrın 4-də Gəncə şəhərini raket atəşinə tutub.", {"Gəncə": "AZ-GA"},
     {"oktyabrın 4-də": "2020-10-04"}, [("assault", "AZ-GA", "2020-10-04", "atəşinə tutub")]),
    # near miss: the negative form leaves nothing
    ("Nümayəndə heyəti noyabrın 25-də Bakını tərk etmədi.", {"Bakını": "AZ-BA"}, {"noyabrın 25-də": "2020-11-25"}, []),
])
def test_azerbaijani_report_forms(catalog, text, places, dates, expected):
    claims = sentence_claims(text, _facts(text, places, dates), load()["az"], Context("s", "s-1", catalog))
    assert [(c.kind, c.district, c.date, c.wording) for c in claims] == expected


@pytest.mark.parametrize("text, places, dates, expected", [
    # ru: entry named by a noun, the combatants between it and the place's preposition
    ("Накануне глава общины сообщил о входе военных в город Агдам.", {"Агдам": "AZ-AGM"}, {"Накануне": "2020-11-19"},
     [("control", "AZ-AGM", "2020-11-19", "входе военных в")]),
    # near miss: the entrance of a building names no side
    ("Накануне у входа в здание в Агдаме собрались люди.", {"Агдаме": "AZ-AGM"}, {"Накануне": "2020-11-19"}, []),
])
def test_russian_entry_noun(catalog, text, places, dates, expected):
    claims = sentence_claims(text, _facts(text, places, dates), load()["ru"], Context("s", "s-1", catalog))
    assert [(c.kind, c.district, c.date, c.wording) for c in claims] == expected


@pytest.mark.parametrize("text, expected", [
    # a definite agreement right after a ceasefire of its paragraph is that ceasefire
    ("Azerbaijan decided to suspend the military operation. The agreement was reached through the peacekeepers.",
     [("ceasefire", None, None, None, "decided to suspend the military operation"),
      ("ceasefire", None, None, None, "was reached")]),
    # near miss: after an attack, an agreement stays one
    ("On 20 September 2023 Azerbaijan attacked Khankendi. The agreement was reached through the peacekeepers.",
     [("assault", "AZ-XA", "2023-09-20", None, "attacked"), ("agreement", None, None, None, "was reached")]),
])
def test_an_agreement_after_a_ceasefire_is_that_ceasefire(text, expected, reference):
    assert [brief(c) for c in claims_in(text, reference, "2023-10-01")] == expected
