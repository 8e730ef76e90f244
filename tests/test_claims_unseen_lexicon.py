"""Claims of words found missing from the lexicon on held-out sets read after scoring (wire copy, agency reports,
an encyclopedia's lead), each beside a near miss that must give nothing or something else: the harm an attack did
told right before its noun, a side initiating what it did, operations that attack no one, a truce broken at a
named place, a side stopping the traffic or supplies that reach a place, and a place invaded, which is taken. The sentences are written for these tests in the shapes real texts use."""

from __future__ import annotations

import pytest

from test_claims import brief, claims_in, reference  # noqa: F401 (reference: the module's fixture)


@pytest.mark.parametrize(
    "published, text, expected",
    [
        # the harm an attack did, told right before its noun: the attack happened, undated or on the harm's day
        ("2020-10-20", "Several civilians had been wounded in attacks on the city of Shushi.",
         [("assault", "AZ-SUS", None, None, "attacks")]),
        ("2020-10-20", "The man died as a result of shelling of Shushi by armed formations.",
         [("assault", "AZ-SUS", None, None, "shelling of")]),
        # near misses: "as a result of" with no harm before it opens a backdrop; harm from a place names no target;
        # a bare noun with no harm, light verb or date tells of no event
        ("2020-10-20", "As a result of the operation, more than twenty villages of Shahumyan were deported.", []),
        ("2020-10-20", "Five people were killed during shelling from Karabakh.", []),
        ("2020-10-20", "Attacks on Shushi are a war crime.", []),
        # near miss: harm with no place is a casualty, even dated (a date alone lights no harm's attack)
        ("2016-04-27", "On 26 April 2016 a Karabakhi soldier was killed by Azerbaijani shelling overnight, the ministry "
         "said.", []),
        # a side initiating an offensive launches it
        ("2023-09-25", "Between 19 and 20 September 2023, Azerbaijan initiated a military offensive against the "
         "self-declared state of Artsakh.",
         [("assault", None, "2023-09-19/2023-09-20", None, "initiated a military offensive")]),
        ("2020-10-01", "On 27 September 2020 Azerbaijan initiated a full-scale offensive along the entire line of contact.",
         [("assault", None, "2020-09-27", None, "initiated a full-scale offensive")]),
        # near misses: what is initiated or launched is no attack when it is a mission, or an operation of peace or
        # rescue
        ("2021-06-01", "In 2021 peacekeeping operations were initiated by Russia in the Nagorno-Karabakh region.", []),
        ("2020-10-20", "On 5 October 2020 the ombudsman initiated a fact-finding mission in Stepanakert.", []),
        ("2020-10-20", "On 5 October 2020 a rescue operation was launched in Stepanakert.", []),
        # a truce broken at a named place is an attack on it, however the breach is named
        ("2020-12-15", "A ceasefire violation was reported on December 11 near the settlements of Hin Taher and Hadrut.",
         [("assault", "AZ-XVD", "2020-12-11", "ON_OR_BEFORE", "ceasefire violation")]),
        ("2022-08-10", "There was a violation of the ceasefire regime in the Mardakert region.",
         [("assault", "AZ-TAR", None, None, "violation of the ceasefire")]),
        # near misses: a breach at no named place stays the truce's, of no district, and needs its date
        ("2022-08-10", "On 10 August 2022 the sides accused each other of violating the ceasefire in Nagorno-Karabakh.",
         [("assault", None, "2022-08-10", None, "violating the ceasefire")]),
        ("2022-08-10", "Russian Defense Ministry again records ceasefire violations by Azerbaijan", []),
        # a side stopping what moves to or through a place: an event of kind other there, worded to what moves
        ("2023-06-20", "After the provocation at the bridge, Azerbaijan banned all humanitarian passenger and cargo "
         "transportation through the Lachin corridor.",
         [("other", None, None, None, "banned all humanitarian passenger and cargo transportation")]),
        ("2022-12-20", "On 13 December 2022 Azerbaijan halted the gas supplies to Artsakh from Armenia.",
         [("other", None, "2022-12-13", None, "halted the gas supplies")]),
        ("2022-12-20", "Azerbaijan first disrupted the supply of natural gas to Karabakh on March 8, 2022 for 11 days.",
         [("other", None, "2022-03-08", None, "first disrupted the supply")]),
        # near misses: troops moving are no traffic; a demand is no stoppage; a name between, or punctuation, ends
        # what was stopped
        ("2020-10-20", "On 12 October 2020 Armenian units stopped the movement of Azerbaijani troops towards Shusha.", []),
        ("2023-06-20", "The ministry called for the suspension of traffic through the Lachin corridor.", []),
        ("2020-10-20", "On 12 October 2020 the army stopped Armenian supply convoys near Shusha.", []),
        ("2023-06-20", "On 15 June 2023 the border guards stopped, searched and released the traffic through the Lachin "
         "corridor.", []),
        # a place invaded is taken, as every annotator filed it
        ("2019-10-02", "On January 9, 1992 Hakhullu was invaded.", [("control", "AZ-XVD", "1992-01-09", None, "was invaded")]),
        ("2019-10-02", "On 2 April 1993 the Armenian forces invaded Kalbajar.",
         [("control", "AZ-KAL", "1993-04-02", None, "invaded")]),
        # near miss: a country invaded names no place taken
        ("2019-10-02", "In 1993 Armenia invaded Azerbaijan.", []),
        # a side agreeing to lay down its arms capitulates; a demand that it does is no capitulation
        ("2023-09-21", "Armenian separatists agreed to lay down their arms in the face of clashes.",
         [("ceasefire", None, None, None, "agreed to lay down their arms")]),
        ("2023-09-21", "Baku demanded that the separatists lay down their arms.", []),
        # the fire named by its gerund, begun; firing at a place stays the verb's
        ("2021-01-01", "Artillery firing of Khojaly began about 11 p.m. on February 25, 1992.",
         [("assault", "AZ-XCI", "1992-02-25T23:00", "APPROX", "began")]),
        ("2021-01-01", "On 25 February 1992 the troops were firing at Khojaly.",
         [("assault", "AZ-XCI", "1992-02-25", None, "were firing at")]),
        # made to leave: a change of hands when the combatants are, none when the residents are
        ("2020-10-01", "On 23 July 1993 the Azerbaijani troops were forced to leave Agdam.",
         [("control", "AZ-AGM", "1993-07-23", None, "were forced to leave")]),
        ("2020-10-01", "On 23 July 1993 the population of Agdam was forced to leave the town.", []),
        # taking advantage of a place takes nothing; taking it still does
        ("2020-10-01", "Shusha fell on 8 May 1992.\n\nThe attackers did so by taking advantage of the town's rugged terrain.",
         [("control", "AZ-SUS", "1992-05-08", None, "fell")]),
        ("2020-10-01", "Shusha fell on 8 May 1992.\n\nThe attackers did so by taking the town's heights.",
         [("control", "AZ-SUS", "1992-05-08", None, "fell"), ("control", "AZ-SUS", None, None, "taking")]),
    ],
)
def test_lexicon_of_held_out_sets(published, text, expected, reference):
    assert [brief(c) for c in claims_in(text, reference, published)] == expected
