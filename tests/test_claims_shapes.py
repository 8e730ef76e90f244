"""Claims by the shape of the clause that holds them, beyond the subject-verb-object of test_claims.py:
asides between a subject and its verb, reduced relatives, relative clauses of an operation, a truce accepted
as a proposal, days counted from another day, a predicate's own preposition, an outbreak's noun with its
complement, a backdrop's date ('since'). The sentences are written for these tests in the shapes real sources use."""

from __future__ import annotations

import pytest

from test_claims import brief, claims_in, reference  # noqa: F401 (reference: the module's fixture)


@pytest.mark.parametrize(
    "text, expected",
    [
        # an aside between commas before the verb (a relative clause, an apposition, a participle): the subject
        # stands before it
        ("Lachin region, which lay outside the autonomous oblast, was occupied on May 18, 1992.",
         [("control", "AZ-LAC", "1992-05-18", None, "was occupied")]),
        ("Zangilan, a district centre on the Araz, was liberated on 20 October 2020.",
         [("control", "AZ-ZAN", "2020-10-20", None, "was liberated")]),
        ("Lachin, captured by Armenian forces in May 1992, was liberated in 2020.",
         [("control", "AZ-LAC", "1992-05", None, "captured"), ("control", "AZ-LAC", "2020", None, "was liberated")]),
        # a participle with no auxiliary after a place noun or an apposition: a reduced relative about the place the
        # apposition renames; a participle after a comma or in -ing is no relative
        ("Armenian forces then moved on Zangilan, another district centre occupied by them in October 1993.",
         [("control", "AZ-ZAN", "1993-10", None, "occupied")]),
        ("Zangilan, a district centre occupied in October 1993, was liberated on 20 October 2020.",
         [("control", "AZ-ZAN", "1993-10", None, "occupied"), ("control", "AZ-ZAN", "2020-10-20", None, "was liberated")]),
        ("On 5 January 1994 the army began an attack in the Fizuli direction, capturing Horadiz.",
         [("assault", "AZ-FUZ", "1994-01-05", None, "began an attack"), ("control", "AZ-FUZ", "1994-01-05", None, "capturing")]),
        # an operation's own relative clause after its "of" phrase dates its start; it names no place of its own
        ("On October 25, 2020, Gubadli was liberated as a result of the counteroffensive of the Azerbaijani army, "
         "which began on September 27.",
         [("control", "AZ-QBI", "2020-10-25", None, "was liberated"),
          ("assault", None, "2020-09-27", None, "began")]),
        # accepting a proposal for a truce concludes it; rejecting one does not
        ("On 20 September 2023 the separatists agreed to a Russian proposal for a ceasefire.",
         [("ceasefire", None, "2023-09-20", None, "agreed to a Russian proposal for a ceasefire")]),
        ("On 20 September 2023 the separatists rejected a proposal for a ceasefire.", []),
        # places and days listed in one order, "respectively": each place its day; without the word, the shared day
        ("Armenian forces captured Shusha and Lachin on 8 May and 18 May 1992, respectively.",
         [("control", "AZ-SUS", "1992-05-08", None, "captured"), ("control", "AZ-LAC", "1992-05-18", None, "captured")]),
        ("Armenian forces captured Shusha and Lachin on 8 May and 18 May 1992.",
         [("control", "AZ-SUS", "1992-05-08", None, "captured"), ("control", "AZ-LAC", "1992-05-08", None, "captured")]),
        # a place set free "from occupation" by another verb than "liberated"; people released are no place's
        ("On 3 October 2020 Sugovushan was released from occupation by the Azerbaijani Army.",
         [("control", "AZ-TAR", "2020-10-03", None, "was released from occupation")]),
        ("The prisoners of Shusha were released from captivity on 3 May 1994.", []),
        # the 2020 statement named a declaration is the truce too
        ("On 9 November 2020 the leaders signed the trilateral declaration.",
         [("ceasefire", None, "2020-11-09", None, "signed the trilateral declaration")]),
        # the fighting a truce ended: the truce, dated
        ("The war ended with a ceasefire in May 1994.", [("ceasefire", None, "1994-05", None, "ended with a ceasefire")]),
        # "N hours/days after" the day just given dates what follows it that much earlier
        ("The separatists agreed to a ceasefire on 20 September 2023, 24 hours after Azerbaijan began an offensive.",
         [("ceasefire", None, "2023-09-20", None, "agreed to a ceasefire"),
          ("assault", None, "2023-09-19", None, "began an offensive")]),
        ("The separatists capitulated on 21 September 2023, two days after Azerbaijan launched an offensive.",
         [("ceasefire", None, "2023-09-21", None, "capitulated"),
          ("assault", None, "2023-09-19", None, "launched an offensive")]),
        # people "who were massacred" died where they lived; a date right before "and" ends the clause before it;
        # atrocities committed "and" after an attack on a place happened there (one massacre, dated by them)
        ("They fled the fate of 613 residents of Khojaly who were massacred after Armenian forces besieged the town "
         "in February 1992 and committed atrocities.",
         [("massacre", "AZ-XCI", "1992-02", None, "were massacred"), ("assault", "AZ-XCI", "1992-02", None, "besieged")]),
        ("In February 1992 Armenian forces besieged Khojaly and massacred its residents.",
         [("assault", "AZ-XCI", "1992-02", None, "besieged"), ("massacre", "AZ-XCI", "1992-02", None, "massacred")]),
        # a date right before "after" or "before" and what happened then ends the clause before it
        ("Armenian forces advanced on the strategic city of Aghdam on 29 June 1993 after capturing Askeran.",
         [("assault", "AZ-AGM", "1993-06-29", None, "advanced on"), ("control", "AZ-XCI", None, None, "capturing")]),
        ("Azerbaijani forces shelled the outskirts of Tartar on 4 April 1994 before capturing Talish.",
         [("assault", "AZ-TAR", "1994-04-04", None, "shelled"), ("control", "AZ-TAR", None, None, "capturing")]),
        # a date after the predicate that follows "after" stays that predicate's
        ("Armenian forces advanced on Aghdam after capturing Askeran on 29 June 1993.",
         [("assault", "AZ-AGM", None, None, "advanced on"), ("control", "AZ-XCI", "1993-06-29", None, "capturing")]),
        # a predicate whose form ends in a preposition the place tagger reads as an origin ("from"): the place it
        # governs is the one left; a participle in -n describing the side is no withdrawal
        ("On 2 April 1993 the Azerbaijani troops withdrew from Kalbajar.",
         [("control", "AZ-KAL", "1993-04-02", None, "withdrew from")]),
        ("On 2 April 1993 the Azerbaijani troops retreated from the town of Kalbajar.",
         [("control", "AZ-KAL", "1993-04-02", None, "retreated from")]),
        ("In May 1992 the forces withdrawn from Lachin were fighting in Baku.", []),
        ("In June 1992 the troops driven out of Lachin regrouped in Aghdam.", []),  # a participle describing actors
        ("On 2 April 1993 Armenian forces attacked Kalbajar from Aghdara.",
         [("assault", "AZ-KAL", "1993-04-02", None, "attacked")]),
        # changes of hands and attacks named by other words of the same kinds
        ("The conquest of Shusha on 8 May 1992 opened the road.",
         [("control", "AZ-SUS", "1992-05-08", None, "conquest of")]),
        ("With the deoccupation of Sugovushan on 3 October 2020, the dam came under control.",
         [("control", "AZ-TAR", "2020-10-03", None, "deoccupation of")]),
        ("In April 1994 Armenian forces reoccupied Talish.", [("control", "AZ-TAR", "1994-04", None, "reoccupied")]),
        ("The invasion of Kalbajar began on 27 March 1993.", [("assault", "AZ-KAL", "1993-03-27", None, "began")]),
        ("Armenian artillery pounded Tartar on 27 September 2020.",
         [("assault", "AZ-TAR", "2020-09-27", None, "pounded")]),
        # a gerund after "by" with its object is the means something was done by: it happened
        ("On 11 October 2020 Armenia violated the ceasefire by shelling the city of Ganja.",
         [("assault", "AZ-GA", "2020-10-11", None, "shelling")]),
        ("The damage caused by shelling of Tartar was assessed.", []),
        # what was fired at a place, whatever the weapon's name between; owning missiles is no attack
        ("Hajiyev said Armenian forces had fired Smerch missiles against Barda on 28 October 2020.",
         [("assault", "AZ-BAR", "2020-10-28", None, "fired Smerch missiles")]),
        ("On 4 October 2020 Armenian forces fired rockets at Ganja.",
         [("assault", "AZ-GA", "2020-10-04", None, "fired rockets")]),
        ("Armenia has Iskander missiles.", []),
        # an outbreak's noun with its own complement before its verb
        ("Heavy fighting between Armenian and Azerbaijani forces erupted in Nagorno-Karabakh on 27 September 2020.",
         [("assault", None, "2020-09-27", None, "erupted")]),
        ("Clashes along the line of contact broke out on 2 April 2016.",
         [("assault", None, "2016-04-02", None, "broke out")]),
        ("Fighting over the region has killed thousands since it began.", []),
        # a date after words saying something still goes on since it dates that backdrop, not the change of hands
        ("In the fighting continuing since 27 September 2020, the army liberated Shusha.",
         [("control", "AZ-SUS", None, None, "liberated")]),
        # near miss: a date of its own beside the backdrop's dates the claim
        ("On 8 November 2020, in the fighting continuing since 27 September, the army liberated Shusha.",
         [("control", "AZ-SUS", "2020-11-08", None, "liberated")]),
        # near miss: a date opening the sentence with no such words frames it
        ("On 27 September 2020 the army liberated Shusha.", [("control", "AZ-SUS", "2020-09-27", None, "liberated")]),
    ],
)
def test_claims_by_the_shape_of_the_clause(text, expected, reference):
    assert [brief(c) for c in claims_in(text, reference)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an operation started over the whole region: a claim with no district, undated too
        ("Azerbaijan launched the military operation alleging that Armenia had moved troops into the region.",
         [("assault", None, None, None, "launched the military operation")]),
        # a side's naming between the light verb and its noun is no distance
        ("Baku launched what it defines as an \"anti-terrorist\" military operation in the region of Nagorno-Karabakh.",
         [("assault", None, None, None, "launched what it defines as an \"anti-terrorist\" military operation")]),
        # measures named by their declared aim, started in the passive (the noun's "of" phrase and the verb's own
        # auxiliaries between) or announced as starting
        ("\"Anti-terrorist measures of a local nature have been started in the region,\" the ministry said.",
         [("assault", None, None, None, "have been started")]),
        ("The ministry announced the start of local anti-terrorist measures in the territory held by the separatists.",
         [("assault", None, None, None, "start of local anti-terrorist measures")]),
        # dated, it takes the day as before
        ("Azerbaijan launched a military operation in Karabakh on 19 September 2023.",
         [("assault", None, "2023-09-19", None, "launched a military operation")]),
        # near misses: planned, denied, only mentioned, placed in another country, an attack that is no operation
        ("Azerbaijan plans to launch a military operation in Karabakh.", []),
        ("Baku denied that it had launched a military operation.", []),
        ("The operation in Karabakh will only end if the fighters lay down their arms.", []),
        ("Civilians were killed in what Baku called \"local anti-terrorist measures\".", []),
        ("Turkey launched a military operation in northern Syria.", []),
        ("Azerbaijan launched an operation against Armenia.", []),
        ("Azerbaijan launched an offensive.", []),
        # measures are an event only where their start is told: announced, or named after "after", they are a policy
        ("The ministry announced local anti-terrorist measures in Karabakh", []),
        ("The president said that after \"anti-terrorist measures\" in Karabakh, the country restored its sovereignty.",
         []),
    ],
)
def test_an_operation_over_the_whole_region(text, expected, reference):
    assert [brief(c) for c in claims_in(text, reference, published="2023-09-20")] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a front report names the sector before its verb, in an aside or after "and": where the fighting its object
        # (positions, a height) does not place happened
        ("On 14 March 2021, units of the Armenian army, breaching the truce in the direction of Azerbaijan's Tovuz "
         "district along the border, opened mortar fire at Azerbaijani positions.",
         [("assault", "AZ-TOV", "2021-03-14", None, "fire at")]),
        ("On 3 May 2016 the Defense Army units held their ground and in the direction of Talish recaptured a position.",
         [("control", "AZ-TAR", "2016-05-03", None, "recaptured")]),
        # near misses: an object that names its own place keeps it; a sector the attack came from is no target; a
        # sector in an earlier clause, or far before the verb, is not the verb's
        ("On 14 March 2021, units in the direction of Tovuz district opened fire at the town of Lachin.",
         [("assault", "AZ-LAC", "2021-03-14", None, "opened fire at")]),
        ("On 14 March 2021, units coming from the direction of Tovuz district opened fire at Azerbaijani positions.",
         [("assault", None, "2021-03-14", None, "opened fire at")]),
        ("On 14 March 2021 the army held its lines in the direction of Tovuz district; later it opened fire at "
         "enemy positions.",
         [("assault", None, "2021-03-14", None, "opened fire at")]),
    ],
)
def test_a_front_reports_sector_before_its_verb(text, expected, reference):
    assert [brief(c) for c in claims_in(text, reference)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an attempt to take a place is an attack on it; an attempt to leave or flee one is none
        ("On 12 October 2020 the army attempted to capture the town of Hadrut.",
         [("assault", "AZ-XVD", "2020-10-12", None, "attempted to capture")]),
        ("On 13 September 2022 the mayor urged residents to stay in shelters rather than attempt to leave the town "
         "of Jermuk.", []),
        ("On 2 April 1993 thousands of villagers tried to flee Kalbajar over the pass.", []),
    ],
)
def test_an_attempt_is_an_attack_only_on_what_it_would_take(text, expected, reference):
    assert [brief(c) for c in claims_in(text, reference)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # what an operation took, told in general right after it, is its outcome over the war: only the operation
        ("On 27 September 2020 the army launched a counteroffensive, liberating several regions and hundreds of "
         "villages over the course of the war.",
         [("assault", None, "2020-09-27", None, "launched a counteroffensive")]),
        ("On 27 September 2020 the army launched a counteroffensive that liberated several districts from occupation.",
         [("assault", None, "2020-09-27", None, "launched a counteroffensive")]),
        # near misses: a named place taken in the participle is a claim of its own; a general taking on its own stays
        ("On 5 January 1994 the army began an attack in the Fizuli direction, capturing Horadiz.",
         [("assault", "AZ-FUZ", "1994-01-05", None, "began an attack"),
          ("control", "AZ-FUZ", "1994-01-05", None, "capturing")]),
        ("On 27 September 2020 the army launched a counteroffensive that liberated the town of Jabrayil.",
         [("assault", None, "2020-09-27", None, "launched a counteroffensive"),
          ("control", "AZ-CAB", "2020-09-27", None, "liberated")]),
    ],
)
def test_an_operations_outcome_told_in_general(text, expected, reference):
    assert [brief(c) for c in claims_in(text, reference)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb of result lights the noun it leads to, not a cause before it nor a noun another verb governs
        ("On 18 May 1992 the operation led to the capture of Lachin.",
         [("control", "AZ-LAC", "1992-05-18", None, "led to the capture")]),
        ("On 25 October 2020 medals were given for the operations that led to the town's liberation.", []),
        ("The army launched the offensive on 15 December 1993, in deep snow, which led to officers opposing the "
         "operation in Kalbajar.",
         [("assault", None, "1993-12-15", None, "launched the offensive")]),
    ],
)
def test_a_verb_of_result_lights_only_what_it_leads_to(text, expected, reference):
    assert [brief(c) for c in claims_in(text, reference)] == expected
