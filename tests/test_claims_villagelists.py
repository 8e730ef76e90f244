"""Claims of lists of villages located by their districts, the shape of wartime bulletins (issue 13, class 5):
one claim per district the list names (seeds-claims conventions), through counted groups of villages between
the districts and through asides in parentheses after the villages' names. Each shape has a near miss that must
give no claim for the list. The sentences and names are written for these tests in the shapes real bulletins use
(the village names are made up: only their districts place them)."""

from __future__ import annotations

import pytest

from chronicle import lexicon, pipeline
from chronicle.extract.claims.villagelists import unnamed_villages, without_asides
from chronicle.model import PlaceMention, RawSource, SourceMeta
from test_claims import brief, claims_in, reference  # noqa: F401 (reference: the module's fixture)

EN = lexicon.load()["en"]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a counted group of villages between the districts of the list: the list goes on through it
        ("On 20 October 2020 the army liberated the city of Zangilan and six villages of the province, as well as "
         "another 18 villages of Fuzuli, Jabrayil and Khojavend provinces.",
         [("control", "AZ-ZAN", "2020-10-20", None, "liberated"), ("control", "AZ-FUZ", "2020-10-20", None, "liberated"),
          ("control", "AZ-CAB", "2020-10-20", None, "liberated"), ("control", "AZ-XVD", "2020-10-20", None, "liberated")]),
        # near miss: a verb in the gap starts another clause: its places are shelled, not liberated
        ("On 20 October 2020 the army liberated the city of Zangilan and six villages of the province, and shelled "
         "villages of Fuzuli and Jabrayil provinces.",
         [("control", "AZ-ZAN", "2020-10-20", None, "liberated"), ("assault", "AZ-FUZ", "2020-10-20", None, "shelled"),
          ("assault", "AZ-CAB", "2020-10-20", None, "shelled")]),
        # villages a parenthesis places in their district, the last group closed by "in ... district"
        ("On 20 October 2020 the villages of Akhmedalylar, Akhmedbeyli (Fuzuli district), Alikeykhaly (Jabrayil "
         "district) and Sarnic (the village is renamed) in Khojavand district were liberated.",
         [("control", "AZ-FUZ", "2020-10-20", None, "were liberated"),
          ("control", "AZ-CAB", "2020-10-20", None, "were liberated"),
          ("control", "AZ-XVD", "2020-10-20", None, "were liberated")]),
        # villages no list holds, each group placed by the district its parenthesis names first
        ("On 20 October 2020 the villages of Sarnic, Velikend (Fuzuli district) and Tasraq (Jabrayil district) were "
         "liberated.",
         [("control", "AZ-FUZ", "2020-10-20", None, "were liberated"),
          ("control", "AZ-CAB", "2020-10-20", None, "were liberated")]),
        # near miss: a district the parenthesis only says the village is near is not its district
        ("On 20 October 2020 Sarnic (near Fuzuli) was liberated.", []),
        # near miss: the parenthesis is no aside after a name but a clause of its own; the subject is the one after
        ("On 20 October 2020 the army advanced (as the ministry said) and the villages were liberated.", []),
        # an aside naming a plan or a name, after a village: its words do not make the verb after it a plan or a name
        ("On 20 October 2020 Sarnic (the president gave it a new name) in Khojavend district was liberated.",
         [("control", "AZ-XVD", "2020-10-20", None, "was liberated")]),
        # near miss: the same word outside an aside still names an operation
        ("On 20 October 2020 the name Sarnic was liberated.", []),
        # the districts after "villages in", one of them followed by its plural noun and a reporting clause
        ("The army has liberated more villages in Fuzuli and Khojavend regions, the president announced on "
         "October 14, 2020.",
         [("control", "AZ-FUZ", "2020-10-14", "ON_OR_BEFORE", "has liberated"),
          ("control", "AZ-XVD", "2020-10-14", "ON_OR_BEFORE", "has liberated")]),
        # a congratulation on the occasion of a liberation: it has happened (one claim per district of the list)
        ("The president congratulated the nation on the occasion of the liberation of a number of villages in "
         "Fuzuli and Jabrayil districts.",
         [("control", "AZ-FUZ", None, None, "liberation of"), ("control", "AZ-CAB", None, None, "liberation of")]),
        # near miss: a liberation hoped for has not happened
        ("The president hoped for the liberation of a number of villages in Fuzuli and Jabrayil districts.", []),
        # near miss: a district followed by a noun of actors is the side acting, not a place taken
        ("The Khojavend forces attacked on October 14, 2020.", [("assault", None, "2020-10-14", None, "attacked")]),
    ],
)
def test_villages_listed_by_district(text, expected, reference):
    assert [brief(c) for c in claims_in(text, reference, published="2020-10-21")] == expected


@pytest.mark.parametrize(
    "gap, continues",
    [
        (" and six villages of the province, as well as another 18 villages of ", True),
        (", as well as 18 villages in the ", True),
        (" and several settlements of ", True),
        # no group of villages, or one not closed by its "of"/"in", or a verb or clause word inside
        (" and six villages of the province, as well as ", False),
        (" and the ", False),
        (" and shelled six villages of ", False),
        (" and six villages, which lie in ", False),
        ("; 18 villages of ", False),
    ],
)
def test_a_counted_group_of_villages_continues_a_list(gap, continues):
    assert unnamed_villages(gap, EN) is continues


def _place(text: str, name: str) -> PlaceMention:
    start = text.index(name)
    return PlaceMention(start, start + len(name), name, name, "AZ-FUZ", "village", True)


@pytest.mark.parametrize(
    "text, names, expected",
    [
        # after a place found, or after a name a comma or "and" joins to the list: blanked, same length
        ("Tasli (Fuzuli district), Oruclu were taken", ["Tasli"], "Tasli                  , Oruclu were taken"),
        ("A, Sarnic (renamed) and B were taken", [], "A, Sarnic           and B were taken"),
        # after a place and its place noun: a bulletin names the unit's villages in its aside
        ("the Oruclu region (Tasli, Sarnic settlements), the B region were taken", ["Oruclu"],
         "the Oruclu region" + " " * 28 + ", the B region were taken"),
        # a parenthesis after no name, or after the verb, stays; so does one after a name and another word
        ("The army (as said) took Tasli", ["Tasli"], "The army (as said) took Tasli"),
        ("Tasli was taken (in 2020)", ["Tasli"], "Tasli was taken (in 2020)"),
        ("Tasli stood (in 2020) and was taken", ["Tasli"], "Tasli stood (in 2020) and was taken"),
    ],
)
def test_asides_after_listed_names_are_blanked(text, names, expected):
    end = text.index("taken") if "taken" in text else len(text)
    assert without_asides(text, [_place(text, n) for n in names], end, EN) == expected


@pytest.mark.parametrize(
    "language, text, expected",
    [
        # Russian closes each group with its district's adjective, Azerbaijani opens it with the district's genitive
        ("ru", "Армия освободила от оккупации села Ахмедалылар, Алескерли - Физулинского, Туг, Азых - Ходжавендского "
               "районов.", [("control", "AZ-FUZ", "освободила"), ("control", "AZ-XVD", "освободила")]),
        ("az", "Füzuli rayonunun Əhmədalılar, Ələsgərli kəndləri və Xocavənd rayonunun Tuğ kəndi işğaldan azad edilib.",
         [("control", "AZ-FUZ", "işğaldan azad edilib"), ("control", "AZ-XVD", "işğaldan azad edilib")]),
        # near miss: a liberation planned
        ("az", "Füzuli rayonunun Əhmədalılar, Ələsgərli kəndlərinin azad edilməsi planlaşdırılır.", []),
        # a congratulation "on the occasion of" a liberation: it has happened; a liberation hoped for has not
        ("ru", "Президент поздравил народ по случаю освобождения сел Физулинского района.",
         [("control", "AZ-FUZ", "освобождения")]),
        ("ru", "Президент надеется на освобождение сел Физулинского района.", []),
        # a counted group whose members a parenthesis lists, as the subject or the object: one claim per district,
        # each name read as the district the group's noun says (not Kalbajar's village of Laçın)
        ("az", "Müharibədə Dağlıq Qarabağ, ətraf 3 rayon (Laçın, Kəlbəcər və Ağdam) və bir neçə kənd işğal edilib.",
         [("control", "AZ-LAC", "işğal edilib"), ("control", "AZ-KAL", "işğal edilib"), ("control", "AZ-AGM", "işğal edilib")]),
        ("ru", "В 1993 году армянские силы оккупировали 3 района (Лачин, Кельбаджар и Агдам).",
         [("control", "AZ-LAC", "оккупировали"), ("control", "AZ-KAL", "оккупировали"), ("control", "AZ-AGM", "оккупировали")]),
        ("en", "Three surrounding districts (Lachin, Kalbajar and Aghdam) were occupied in 1993.",
         [("control", "AZ-LAC", "were occupied"), ("control", "AZ-KAL", "were occupied"),
          ("control", "AZ-AGM", "were occupied")]),
        # near miss: a parenthesis that says more than names is an aside, no list of the group's members
        ("en", "Three districts (among them Lachin, Kalbajar and Aghdam) were occupied in 1993.", []),
    ],
)
def test_village_lists_in_other_languages(language, text, expected, reference):
    raw = RawSource("t", "t.txt", "0" * 64, SourceMeta(published="2020-10-21", language=language), ((1, text),), "txt")
    processed = pipeline.process(raw, *reference)
    assert [(c.kind, c.district, c.wording) for f in processed.facts.values() for c in f.claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the places after a counted group of villages are villages of their districts; the town before it fell
        ("The army liberated the city of Zangilan and six villages of the province, as well as another 18 villages of "
         "Fuzuli, Jabrayil and Khojavend provinces.",
         [("AZ-ZAN", False), ("AZ-FUZ", True), ("AZ-CAB", True), ("AZ-XVD", True)]),
        # ... also after a town noun and a name no list holds ('Zangilan city and 24 villages in Zangilian, ...')
        ("The president announced the liberation of Zangilan city and 24 villages in Zangilian, Jabrayil and Fuzuli "
         "districts.", [("AZ-ZAN", False), ("AZ-CAB", True), ("AZ-FUZ", True)]),
        # near miss: towns listed with their nouns and no group of villages between them all fell
        ("The army liberated Zangilan city and Jabrayil city.", [("AZ-ZAN", False), ("AZ-CAB", False)]),
        # a counted plural head locates the district even where the gazetteer reads the name as its town
        ("The army freed 6 villages of Fuzuli, 7 villages of Jabrayil from occupation.",
         [("AZ-FUZ", True), ("AZ-CAB", True)]),
        # near miss: a singular head names the town ('the settlement of Hadrut')
        ("The army freed the settlement of Hadrut.", [("AZ-XVD", False)]),
        # a list locating villages that ends in its district's town: the villages and the town are two events
        ("The president congratulated the nation on the occasion of the liberation of a number of villages in "
         "Fuzuli, Zangilan districts and the city of Zangilan.", [("AZ-FUZ", True), ("AZ-ZAN", True), ("AZ-ZAN", False)]),
        # ... so too for villages named one by one before the town
        ("The president said Sarnic, Tasraq villages of Zangilan, as well as the city of Zangilan have been freed.",
         [("AZ-ZAN", True), ("AZ-ZAN", False)]),
        # near miss: the same district's villages named twice are one claim
        ("The president congratulated the nation on the occasion of the liberation of a number of villages in "
         "Fuzuli and Zangilan districts and villages in Zangilan district.", [("AZ-FUZ", True), ("AZ-ZAN", True)]),
    ],
)
def test_a_town_and_villages_of_districts(text, expected, reference):
    """Villages taken are not the fall of their district's town (DATA-EXPORT.md): ``local`` says which a claim is."""
    assert [(c.district, c.local) for c in claims_in(text, reference, published="2020-10-21")] == expected


@pytest.mark.parametrize(
    "language, text, expected",
    [
        # a district in the genitive before a noun of villages only locates them
        ("az", "Oktyabrın 17-də Füzuli rayonunun bir neçə kəndi işğaldan azad olunub.", [("AZ-FUZ", True)]),
        # near miss: the district and villages joined by a conjunction: the district (its town) is taken too
        ("az", "Oktyabrın 17-də Füzuli rayonu və bir neçə kəndi işğaldan azad olunub.", [("AZ-FUZ", False)]),
        # a list closed by its districts' possessive and a noun of villages: all of it locates; a town after it falls
        ("az", "Oktyabrın 25-də Zəngilan, Cəbrayıl rayonlarının bir neçə kəndini və Qubadlı şəhərini azad edib.",
         [("AZ-ZAN", True), ("AZ-CAB", True), ("AZ-QBI", False)]),
        # near miss: the list without the noun of villages names the towns
        ("az", "Oktyabrın 25-də Zəngilan, Cəbrayıl və Qubadlı şəhərini azad edib.",
         [("AZ-ZAN", False), ("AZ-CAB", False), ("AZ-QBI", False)]),
        ("en", "On 17 October 2020 Fuzuli district's five villages were liberated.", [("AZ-FUZ", True)]),
        ("en", "On 17 October 2020 Fuzuli and five villages were liberated.", [("AZ-FUZ", False)]),
        # near miss: a town before a noun of villages is named, not located
        ("en", "On 9 October 2020 Hadrut settlement of Khojavend district was liberated.", [("AZ-XVD", False)]),
        ("en", "On 25 October 2020 the army liberated not only Gubadli but also several villages.", [("AZ-QBI", False)]),
    ],
)
def test_a_district_before_its_villages_locates_them(language, text, expected, reference):
    raw = RawSource("t", "t.txt", "0" * 64, SourceMeta(published="2020-10-21", language=language), ((1, text),), "txt")
    processed = pipeline.process(raw, *reference)
    assert [(c.district, c.local) for f in processed.facts.values() for c in f.claims] == expected
