"""Claims of shapes that recur across the texts collected for measuring (issue 13), counted over every set rather
than read off one text: an agreement on a war's last day, a passive whose auxiliary and participle are parted by
an adverbial, an outbreak whose verb comes first, a topic named again as "the city". The sentences are written for
these tests in the shapes real sources use."""

from __future__ import annotations

import pytest

from chronicle.extract.claims import Context, sentence_claims
from chronicle.lexicon import load
from test_claims import brief, claims_in, reference  # noqa: F401 (reference: the module's fixture)
from test_claims_languages import _facts, catalog  # noqa: F401 (catalog: the module's fixture)


@pytest.mark.parametrize(
    "text, expected",
    [
        # an agreement whose date holds a war's last day is the ceasefire that ended it, whatever the noun
        ("On 10 November 2020 the three leaders signed a deal brokered in Moscow.",
         [("ceasefire", None, "2020-11-10", None, "signed a deal")]),
        ("The troops entered the district under an accord signed by the parties in the first half of November 2020.",
         [("ceasefire", None, "2020-11", "START", "signed")]),
        # on another day, or dated only by its year, it stays an agreement
        ("In March 2021 the sides signed an agreement on the exchange of minefield maps.",
         [("agreement", None, "2021-03", None, "signed an agreement")]),
        ("In 2020 the two governments signed a deal on gas transit.",
         [("agreement", None, "2020", None, "signed a deal")]),
        # an adverbial between the auxiliary and its participle keeps the voice passive: the place is the subject
        ("On 25 September 1991 Stepanakert is for the first time shelled with rockets from nearby villages.",
         [("assault", "AZ-XA", "1991-09-25", None, "is for the first time shelled")]),
        ("Sugovushan was first liberated from occupation by the Azerbaijani army in 1992.",
         [("control", "AZ-TAR", "1992", None, "was first liberated from occupation")]),
        # with no auxiliary before it the adverbial is no part of the verb, whose object is the place after it
        ("On 9 May 1992 the Armenian forces for the first time captured Shusha.",
         [("control", "AZ-SUS", "1992-05-09", None, "captured")]),
        # each form of a verb family the lexicon holds in part: a strike as a verb (not a bargain struck), firing at,
        # a place passed to a side, a handover announced as a transfer
        ("On 19 September 2023 the army struck military positions in Nagorno-Karabakh.",
         [("assault", None, "2023-09-19", None, "struck")]),
        ("On 10 October 2020 the two sides struck a deal on prisoners.", []),
        ("On 9 May 1992 the artillery started firing at the centre of Lachin.",
         [("assault", "AZ-LAC", "1992-05-09", None, "firing at")]),
        ("Kalbajar district passed to Azerbaijan on 25 November 2020.",
         [("control", "AZ-KAL", "2020-11-25", None, "passed to")]),
        ("The president announced the transfer of the Aghdam district to Azerbaijan.",
         [("control", "AZ-AGM", None, None, "announced the transfer")]),
        # a transfer of people is no handover of the place they go to
        ("In July 2022 the transfer of former residents to Lachin began.", []),
        ("The transfer of prisoners to Aghdam was completed on 3 May 2021.", []),
    ],
)
def test_claims_of_shapes_seen_across_sets(text, expected, reference):
    assert [brief(c) for c in claims_in(text, reference, "2021-06-01")] == expected


@pytest.mark.parametrize("language, text, places, dates, expected", [
    # a language whose subject may follow its verb: an outbreak worded verb first, its adjective between
    ("ru", "27 сентября на спорной территории начались активные бои.", {}, {"27 сентября": "2020-09-27"},
     [("assault", None, "2020-09-27", "начались")]),
    ("ru", "Бои начались 27 сентября.", {}, {"27 сентября": "2020-09-27"}, [("assault", None, "2020-09-27", "начались")]),
    # a verb of another clause, across a comma, starts nothing there
    ("ru", "27 сентября переговоры начались, бои продолжаются.", {}, {"27 сентября": "2020-09-27"}, []),
    # a plural noun of the attack after the verb of undergoing it (hy): the subject's place was attacked
    ("hy", "Մարտունի քաղաքը ենթարկվել է ավիառմբակոծությունների։", {"Մարտունի": "AZ-XVD"}, {},
     [("assault", "AZ-XVD", None, "ենթարկվել է ավիառմբակոծությունների")]),
])
def test_languages_read_the_same_shapes(catalog, language, text, places, dates, expected):
    claims = sentence_claims(text, _facts(text, places, dates), load()[language], Context("s", "s-1", catalog))
    assert [(c.kind, c.district, c.date, c.wording) for c in claims] == expected


@pytest.mark.parametrize("text, expected", [
    # "the town" stands for the text's topic, the place it names most often of late, not the one it named last
    ("Khojaly had the only airport of the region. Khojaly was defended by a small garrison. A convoy arrived in "
     "Aghdam.\n\n"
     "Late on 25 February 1992 the town came under heavy fire.",
     [("assault", "AZ-XCI", "1992-02-25", None, "came under heavy fire")]),
    # named as often, the last named is meant
    ("Troops gathered near Aghdam. They moved on Shusha.\n\nOn 8 May 1992 the town was captured.",
     [("control", "AZ-SUS", "1992-05-08", None, "was captured")]),
    # "the city" joined by "and" to its villages and units, each conjunct a few words: all of them the subject
    ("Gubadli district was set up in 1933. Gubadli is mountainous.\n\nThe city and its surrounding 93 villages and "
     "31 administrative-territorial units fell on August 31, 1993.",
     [("control", "AZ-QBI", "1993-08-31", None, "fell")]),
    # a place named earlier in the anaphor's own sentence comes first
    ("Shusha was quiet. Shusha had no garrison.\n\n"
     "The residents of Khojaly fled after the troops besieged the town in February 1992.",
     [("assault", "AZ-XCI", "1992-02", None, "besieged")]),
])
def test_the_town_is_the_text_s_topic(text, expected, reference):
    assert [brief(c) for c in claims_in(text, reference, "2021-06-01")] == expected


@pytest.mark.parametrize("text, expected", [
    # an attack whose object is a country abroad, or a part of it, is an attack on that country, under its code
    ("On 13 September 2022 Azerbaijan launched an attack on Armenia.",
     [("assault", "AM", "2022-09-13", None, "launched an attack")]),
    ("In September 2022 the army launched an offensive across two provinces of Armenia.",
     [("assault", "AM", "2022-09", None, "launched an offensive")]),
    ("In September 2022 the army shelled Armenia’s frontier.", [("assault", "AM", "2022-09", None, "shelled")]),
    # not Azerbaijan's own code, not a country the attack came from, not a country that only names a side
    ("Armenia attacked Azerbaijan on 27 September 2020.", [("assault", None, "2020-09-27", None, "attacked")]),
    ("In October 2020 Armenian forces shelled Ganja from Armenia.", [("assault", "AZ-GA", "2020-10", None, "shelled")]),
    ("In October 2020 Armenian troops attacked the positions, officials in Armenia said.",
     [("assault", None, "2020-10", None, "attacked")]),
    ("In July 2020 the army launched an attack on the border with Armenia.",
     [("assault", None, "2020-07", None, "launched an attack")]),
    # "including" names a place the object reached, past a long object or a parenthesis renaming a place
    ("On 27 September 2020 the army shelled the front line of Artsakh, the roads behind it and many villages, "
     "including the town of Martuni.",
     [("assault", "AZ-XVD", "2020-09-27", None, "shelled")]),
    ("On 27 September 2020 the army shelled the towns of Nagorno-Karabakh (Artsakh), including Martuni.",
     [("assault", "AZ-XVD", "2020-09-27", None, "shelled")]),
    # a parenthesis that is not another name ends the object: the place after it is another clause's
    ("On 27 September 2020 the army shelled the towns of Nagorno-Karabakh (see the map above), including Martuni.",
     [("assault", None, "2020-09-27", None, "shelled")]),
])
def test_attacks_abroad_and_included_places(text, expected, reference):
    assert [brief(c) for c in claims_in(text, reference, "2022-10-01")] == expected
