"""Claims of frames found missing or wrong on a further round of development sets (wire copy of both wars, agency
statements, front reports, a deminers' item), each beside a near miss that must give nothing or something else:
fire aimed towards a place or in its direction, a place under fire however the fire is described, an attempt named
by its noun with the combatants making it, what deminers clear, an adverb of habit inside a verb's wording, a
country's territory attacked, a day counted back from the one the sentence gave ("the day after"), a war's noun
that only describes another, and a date that belongs to the event an "after" phrase names. The sentences are
written for these tests in the shapes real texts use."""

from __future__ import annotations

import pytest

from test_claims import brief, claims_in, reference  # noqa: F401 (reference: the module's fixture)


@pytest.mark.parametrize(
    "published, text, expected",
    [
        # fire aimed towards a place is an attack on it, as fire at it
        ("2023-07-01", "On 8 June 2023 Azerbaijani troops opened fire towards the village of Goris.",
         [("assault", "AM", "2023-06-08", None, "opened fire towards")]),
        ("2023-07-01", "On 13 September 2022 the Azerbaijani forces began firing towards Jermuk.",
         [("assault", "AM", "2022-09-13", None, "firing towards")]),
        ("2023-07-01", "On 20 April 2021 the Azerbaijani Armed Forces fired in the direction of Stepanakert.",
         [("assault", "AZ-XA", "2021-04-20", None, "fired in the direction of")]),
        # near miss: fire of habit is no event, whatever adverb the verb's wording holds
        ("2023-07-01", "The Azerbaijani military regularly fires in the direction of Shosh.", []),
        ("2023-07-01", "The Azerbaijani military regularly shelled Shosh.", []),
        # near miss: people moving towards a place make no attack
        ("2023-07-01", "On 13 September 2022 residents were moving towards the border with their cattle.", []),
        # a place under fire, the fire described by up to three words, with or without a light verb before "under"
        ("2021-06-01", "On 28 September 2020 Tartar was under heavy artillery attack.",
         [("assault", "AZ-TAR", "2020-09-28", None, "was under heavy artillery attack")]),
        ("2021-06-01", "On 27 September 2020 Martakert and Martuni came under large-caliber artillery shelling.",
         [("assault", "AZ-TAR", "2020-09-27", None, "came under large-caliber artillery shelling"),
          ("assault", "AZ-XVD", "2020-09-27", None, "came under large-caliber artillery shelling")]),
        ("2021-06-01", "On 5 October 2020 Stepanakert came under Azerbaijani attack.",
         [("assault", "AZ-XA", "2020-10-05", None, "came under Azerbaijani attack")]),
        # near misses: a preposition among the words makes it no fire at the place (the taking stays one)
        ("2021-06-01", "In October 1993 Zangilan was taken under cover of artillery fire.",
         [("control", "AZ-ZAN", "1993-10", None, "was taken")]),
        ("2021-06-01", "In 2021 the residents of Goris lived under threat of attack.", []),
        # an attempt named by its noun, the combatants making it after "by" or "of": an attack on what it would take
        ("2021-06-01", "On 12 October 2020 efforts by Azerbaijani special units to enter Hadrut were repulsed.",
         [("assault", "AZ-XVD", "2020-10-12", None, "efforts by Azerbaijani special units to enter")]),
        ("2021-06-01", "In May 1992 the attempts of the army to retake Shusha failed.",
         [("assault", "AZ-SUS", "1992-05", None, "attempts of the army to retake")]),
        # near misses: others' efforts, and an attempt to leave, take nothing
        ("2021-06-01", "In 2021 efforts by the mission to return families to Lachin were resumed.", []),
        ("2021-06-01", "On 12 October 2020 attempts by residents to leave Hadrut were stopped.", []),
        # what deminers clear is no place taken
        ("2021-06-01", "The HALO Trust has been clearing landmines in Nagorno-Karabakh since 2000.", []),
        ("2021-06-01", "The team cleared three minefields near Martakert between 2007 and 2011.", []),
        # near miss: an attack with munitions stays an attack
        ("2021-06-01", "On 28 October 2020 the army attacked Barda with cluster munitions.",
         [("assault", "AZ-BAR", "2020-10-28", None, "attacked")]),
        # near miss: a place cleared of the enemy changes hands
        ("2021-06-01", "On 2 April 1993 the army cleared Kalbajar of the enemy.",
         [("control", "AZ-KAL", "1993-04-02", None, "cleared")]),
        # a country's territory, however named, attacked: the country's code
        ("2022-10-01", "On 13 September 2022 Azerbaijani forces launched assaults into the sovereign territory of the Republic of "
         "Armenia.",
         [("assault", "AM", "2022-09-13", None, "assaults")]),
        # near miss: the forces of a country name a side, not the place attacked
        ("2022-10-01", "On 13 September 2022 the drones carried out strikes against the infrastructures of the Armed Forces of "
         "Armenia.",
         [("assault", None, "2022-09-13", None, "carried out strikes")]),
        # "the day after" / "a day after" the day the sentence gave dates the clause after it a day earlier, however
        # far that day stands before it
        ("2023-09-22", "On 20 September 2023, the government reached a ceasefire agreement with the separatists in "
         "Nagorno-Karabakh, the day after the army launched an offensive in the region.",
         [("ceasefire", None, "2023-09-20", None, "reached a ceasefire"),
          ("assault", None, "2023-09-19", None, "launched an offensive")]),
        ("2023-09-22", "On 21 September 2023 talks were held in Yevlakh, two days after the army launched an offensive.",
         [("assault", None, "2023-09-19", None, "launched an offensive")]),
        # near miss: with no day given before it, a day after counts from nothing
        ("2023-09-22", "The drone strike came a day after Azerbaijani forces bombarded Sotk.",
         [("assault", "AM", None, None, "bombarded")]),
        # a war's noun that only describes the noun after it ("combat aircraft") starts no fighting; and a date in
        # a phrase that a comma and "after" open on another event ("two months after clashes in July") is that
        # event's: the attack takes the day the sentence opened with
        ("2020-09-28", "On Sunday morning, artillery, drones and combat aircraft began a series of attacks on positions "
         "in the region, two months after clashes in July left twelve dead.",
         [("assault", None, "2020-09-27TMO", None, "began a series of attacks")]),
        # near misses: a war's noun before an auxiliary or an adverb still starts; with no other date, the date after
        # "after" stays the only one the sentence gives
        ("2020-09-28", "On Sunday morning fighting has resumed along the front.",
         [("assault", None, "2020-09-27TMO", None, "resumed")]),
        ("2020-09-28", "Clashes finally erupted along the front on 27 September 2020.",
         [("assault", None, "2020-09-27", None, "erupted")]),
        ("2020-10-20", "Armenian forces shelled Tartar, two days after the truce of 10 October 2020.",
         [("assault", "AZ-TAR", "2020-10-10", None, "shelled")]),
    ],
)
def test_frames_seen_across_new_sets(published, text, expected, reference):
    assert [brief(c) for c in claims_in(text, reference, published)] == expected
