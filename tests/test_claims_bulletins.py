"""Claims of shapes found missing on English development sets of defence-ministry bulletins, statements, wire
reports and encyclopedia stubs (session 24): positions described by a participle after the verb's object, an
active participle after a place noun with its object, a light verb with its object shifted after the noun, the
origin of fire read through the positions it came from, a district's villages named in its aside, a participle
adjunct sharing its clause's date, a range of years after a change of hands, a "when" clause after a date, the
backdrop "after" governs, a relative pronoun standing for a list, mines laid, a copula listing places taken, a
munition landing on a place, "subjecting X to shelling", a headline's harm, an operation halted, many civilians
killed at a place, a flare-up starting, the fighting that ceased, an agreement named by its day. Each shape has a
near miss. The sentences are written for these tests in
the shapes the real texts use."""

from __future__ import annotations

import pytest

from chronicle.events.intervals import interval
from chronicle.extract.claims import killings, landings, spans
from chronicle.extract.claims.voice import object_after
from chronicle.lexicon import load
from chronicle.model import DateMention
from test_claims import brief, claims_in, reference  # noqa: F401 (reference: the module's fixture)

EN = load()["en"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the positions attacked, described by a participle of place after the verb's object: the place is theirs
        ("Units of the Armenian army opened fire on Azerbaijani positions located near the village of Alibeyli of "
         "the Tovuz district.", [("assault", "AZ-TOV", None, None, "opened fire on")]),
        # near miss: the participle describes the attackers before the verb; their place is no target
        ("Units stationed near the village of Alibeyli of the Tovuz district opened fire on 5 May 2021.",
         [("assault", None, "2021-05-05", None, "opened fire on")]),
        # a participle after a place noun with its object after it is an active verb, not a reduced relative
        ("Armenian units from the Basarkechar region shelled positions of the Azerbaijani army in the Kalbajar "
         "district on 8 December 2021.", [("assault", "AZ-KAL", "2021-12-08", None, "shelled")]),
        # a light verb whose object follows the noun of fire is active; after an auxiliary it stays passive
        ("On 9 December 2021 the Armenian units subjected to fire the Azerbaijan Army positions in the Kalbajar "
         "district.", [("assault", "AZ-KAL", "2021-12-09", None, "subjected to fire")]),
        ("On 9 December 2021 the positions in the Kalbajar district were subjected to fire.",
         [("assault", "AZ-KAL", "2021-12-09", None, "subjected to fire")]),
        # fire from positions located at a village in a region: the region is where the fire came from
        ("On 9 December 2021 Armenian units opened fire from positions near the village of Zarkend in the "
         "Basarkechar region.", [("assault", None, "2021-12-09", None, "opened fire")]),
        # a district's villages in its aside: one claim per district, read through the asides to the verb
        ("On 9 December 2021 the army positions in the directions of the Kalbajar region (Zaylik, Yellija "
         "settlements) and the Lachin region (Ahmadli settlement) were subjected to fire.",
         [("assault", "AZ-KAL", "2021-12-09", None, "subjected to fire"),
          ("assault", "AZ-LAC", "2021-12-09", None, "subjected to fire")]),
        # a participle adjunct after a comma shares the time of its clause
        ("Armenian units shelled positions in the Tovuz region, firing at the village of Alibeyli of the same "
         "region, on 17 November 2021.", [("assault", "AZ-TOV", "2021-11-17", None, "shelled")]),
        # a range of years after a change of hands: the state it began, dated by its start; "when" after the range
        # dates the clause it opens by the range's end, finer than the war's year
        ("The village of Talish was occupied from 11 April 1994 until 3 October 2020, when it was recaptured by "
         "Azerbaijan during the 2020 war.", [("control", "AZ-TAR", "1994-04-11", None, "was occupied"),
                                             ("control", "AZ-TAR", "2020-10-03", None, "was recaptured")]),
        ("The town of Hadrut was occupied from 1991 until 2020, when it was retaken by Azerbaijan.",
         [("control", "AZ-XVD", "1991", None, "was occupied"), ("control", "AZ-XVD", "2020", None, "was retaken")]),
        # near miss: an attack over a range keeps the range
        ("Fuzuli was shelled from 1993 to 2020.", [("assault", "AZ-FUZ", "1993/2020", None, "was shelled")]),
        # a bare noun "after" governs is the backdrop: the date after it dates the main verb too, and the battles
        # were for the place taken
        ("Kalbajar was occupied after the long battles on 2 April 1993.",
         [("control", "AZ-KAL", "1993-04-02", None, "was occupied"),
          ("assault", "AZ-KAL", "1993-04-02", "ON_OR_BEFORE", "battles")]),
        # near miss: a noun with its own place keeps its date
        ("Lachin fell after the capture of Shusha on 8 May 1992.",
         [("control", "AZ-LAC", None, None, "fell"), ("control", "AZ-SUS", "1992-05-08", "ON_OR_BEFORE", "capture of")]),
        # a relative pronoun stands for the places "and" joins before its plural place noun
        ("Mines were found in the Aghdam and Lachin areas, which were ceded to Azerbaijan in November 2020.",
         [("control", "AZ-AGM", "2020-11", None, "were ceded"), ("control", "AZ-LAC", "2020-11", None, "were ceded")]),
        # mines laid at a place; near miss: mines found there were laid by no one the sentence says
        ("Armenian sabotage groups planted mines in the Kalbajar district.",
         [("other", "AZ-KAL", None, None, "planted mines in")]),
        ("Sappers defused mines planted in the Kalbajar district.", []),
        ("Forty villages of Lachin went into the control of Armenian forces in May 1992.",
         [("control", "AZ-LAC", "1992-05", None, "went into the control of")]),
        # a participle before a noun of places whose copula lists them; near miss: the copula lists no place
        ("The liberated villages are Karkhulu, Dejal and Mahmudlu.", [("control", "AZ-CAB", None, None, "liberated")]),
        ("The liberated villages are in ruins.", []),
        # a munition landing on a place; near miss: something else fell on it
        ("One of the rockets fired by the Armenian army fell on a house in the village of Gapanli of the Tartar "
         "district.", [("assault", "AZ-TAR", None, None, "fell on")]),
        ("The choice fell on the village of Gapanli of the Tartar district.", []),
        # "subjecting X to shelling": the place attacked is in the object between the verb and the noun
        ("On 27 September 2020 the Armenian army subjected the villages of the Tartar district to heavy shelling.",
         [("assault", "AZ-TAR", "2020-09-27", None,
           "subjected the villages of the Tartar district to heavy shelling")]),
        # a headline drops the article of its cause
        ("Three civilians wounded as result of shelling of Tartar", [("assault", "AZ-TAR", None, None, "shelling of")]),
        # an operation's name halted is a ceasefire; near miss: an airport's operations
        ("\"Local anti-terrorist measures\" were stopped on 20 September 2023.",
         [("ceasefire", None, "2023-09-20", None, "anti-terrorist measures\" were stopped")]),
        ("Flight operations were stopped on 20 September 2023.", []),
        # many civilians killed at a place; near misses: killed by shelling (a casualty count), or few of them
        ("Hundreds of civilians were killed in the town of Khojaly.",
         [("massacre", "AZ-XCI", None, None, "were killed in")]),
        ("Hundreds of civilians were killed in Tartar as a result of shelling.", []),
        ("12 civilians were killed in Khojaly.", []),
        ("The flare-up started on 27 September 2020.", [("assault", None, "2020-09-27", None, "started")]),
        # the fighting stopped, in the past with no object; near misses: an object after it, talks stopped
        ("Hostilities ceased on 12 May 1994.", [("ceasefire", None, "1994-05-12", None, "Hostilities ceased")]),
        ("The fighting stopped the convoy on 12 May 1994.", []),
        ("Talks stopped on 12 May 1994.", []),
    ],
)
def test_bulletin_shapes(text, expected, reference):
    assert [brief(c) for c in claims_in(text, reference)] == expected


@pytest.mark.parametrize(
    "published, text, expected",
    [
        # an agreement named by its day after "of", capitalised as a document's name; within a war of weeks, the
        # belligerents' agreement is a truce
        ("2020-10-19", "The sides keep the obligations set in the Moscow Statement of October 10 and the Statement "
                       "of October 17.", [("ceasefire", None, "2020-10-10", None, "Statement of"),
                                           ("ceasefire", None, "2020-10-17", None, "Statement of")]),
        (None, "The Bishkek Protocol of 5 May 1994 is still in force.",
         [("ceasefire", None, "1994-05-05", None, "Protocol of")]),
        (None, "On 15 October 2020 the sides signed an agreement in Moscow.",
         [("ceasefire", None, "2020-10-15", None, "signed an agreement")]),
        # near misses: a statement in lower case is anyone's; an agreement outside a war stays one
        ("2020-10-19", "The ministry's statement of October 10 was read on television.", []),
        (None, "In 2021 the sides signed an agreement in Moscow.",
         [("agreement", None, "2021", None, "signed an agreement")]),
    ],
)
def test_agreements_named_by_their_day(published, text, expected, reference):
    assert [brief(c) for c in claims_in(text, reference, published)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # named more often than the district that locates it
        "Talish lies on a river.\n\nTalish is a village in the Tartar District.\n\nIt was recaptured on 3 October 2020.",
        # named as often: the village before the district
        "Talish, Tartar\n\nTalish is a village in the Tartar District.\n\nIt was recaptured on 3 October 2020.",
    ],
)
def test_a_pronoun_stands_for_the_place_the_text_is_about(text, reference):
    """'Talish ... Talish is a village in the Tartar District ... It was recaptured': the village, not the district
    that locates it (both of one district)."""
    assert [(c.kind, c.district, c.place) for c in claims_in(text, reference)] == [("control", "AZ-TAR", "talish")]


def _mention(text: str, value: str) -> DateMention:
    """A date mention of ``text`` standing at offset 10, its bounds read from its value."""
    earliest, latest = interval(value)
    return DateMention(10, 10 + len(text), text, value, "DATE", None, earliest, latest, "day")


@pytest.mark.parametrize(
    "text, value, first, expected",
    [
        ("11 April 1994 until 3 October 2020", "1994-04-11/2020-10-03", True, (10, 23, "1994-04-11", "1994-04-11")),
        ("11 April 1994 until 3 October 2020", "1994-04-11/2020-10-03", False, (30, 44, "2020-10-03", "2020-10-03")),
        ("1992 to 2020", "1992/2020", True, (10, 14, "1992", "1992-01-01")),
        ("1991-1994", "1991/1994", False, (15, 19, "1994", "1994-01-01")),
        # no range, or no joint its text shows: none
        ("3 October 2020", "2020-10-03", True, None),
        ("the early 1990s", "1990/1993", True, None),
    ],
)
def test_end_of_range(text, value, first, expected):
    part = spans.end_of_range(_mention(text, value), first)
    assert (None if part is None else (part.start, part.end, part.value, part.earliest.isoformat())) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("One of the shells fired by the army fell on the yard", ["fell on"]),
        ("A missile hit a building", ["hit"]),
        ("The choice fell on the village", []),
        ("The missile was intercepted, and debris fell on a field", []),  # the clause's subject holds no munition
    ],
)
def test_landings(text, expected):
    assert [text[s:e] for s, e, _, _ in landings.hits(text, EN)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("1000 Azeris had been killed in the town", ["had been killed in"]),
        ("many civilians were killed during the capture of the town", ["were killed during the capture of"]),
        ("hundreds of civilians were brutally killed at the bridge", ["were brutally killed at"]),
        ("99 civilians were killed in the town", []),
        ("many soldiers were killed in the town", []),
        ("many civilians were killed in the town by shelling", []),
        ("during the war many civilians were killed in the town", []),
    ],
)
def test_killings(text, expected):
    assert [text[s:e] for s, e, _, _ in killings.hits(text, EN)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [(" the positions", True), (" positions of the army", True), (" in October 1993", False), (" by Armenia", False),
     ("", False)],
)
def test_object_after(text, expected):
    assert object_after("shelled" + text, len("shelled"), EN) is expected
