"""Claims found missing or wrong on held-out sets read after scoring (wire copy, an encyclopedia's history, agency
items in Russian), each beside a near miss that must give nothing or something else: an attack told in a clause set
apart before the taking it led to, a number between a light verb and its noun, the words that part an outbreak's noun
from its verb, a pronoun after a verb of taking, and the near forms of verbs the lexicons held in part (the enemy
routed, arms laid down, control restored, troops moving in to take a place; Russian gerunds and participles of light
verbs, a truce reached in every gender, a breakthrough, the battle for a place; the other tenses of Armenian and
Azerbaijani light verbs), with idioms of "fall" and "strike" that tell no event. The sentences are written for these
tests in the shapes real texts use."""

from __future__ import annotations

import pytest

from chronicle.extract.claims import Context, sentence_claims
from chronicle.lexicon import load
from test_claims import brief, claims_in, reference  # noqa: F401 (reference: the module's fixture)
from test_claims_languages import _facts, catalog  # noqa: F401 (catalog: the module's fixture)


@pytest.mark.parametrize(
    "published, text, expected",
    [
        # an attack in a clause set apart before the main clause (opened by a light verb's participle, or by a word
        # saying it came first), naming no place of its own, was on the place the main clause took, on its own day
        ("2021-01-01", "Launching a large-scale offensive on March 27, 1993, the Armenian forces occupied Kalbajar "
         "district on April 2.",
         [("assault", "AZ-KAL", "1993-03-27", None, "Launching a large-scale offensive"),
          ("control", "AZ-KAL", "1993-04-02", None, "occupied")]),
        ("2021-01-01", "On 26 February 1992, following a heavy artillery bombardment, the attacking units moved in "
         "to seize the town of Khojaly.",
         [("assault", "AZ-XCI", "1992-02-26", None, "bombardment"),
          ("control", "AZ-XCI", "1992-02-26", None, "seize")]),
        # near misses: an attack joined by "and" is a clause of its own (its place stays its own); an attack with a
        # place of its own keeps it; a clause opened by "before" tells of no attack that led to the taking
        ("2021-01-01", "On 27 September 2020 Azerbaijan launched an offensive, and on 4 October it captured Jabrayil.",
         [("assault", None, "2020-09-27", None, "launched an offensive"),
          ("control", "AZ-CAB", "2020-10-04", None, "captured")]),
        ("2021-01-01", "Launching an attack on Shusha on 8 May 1992, the Armenian forces occupied Lachin on 18 May.",
         [("assault", "AZ-SUS", "1992-05-08", None, "Launching an attack"),
          ("control", "AZ-LAC", "1992-05-18", None, "occupied")]),
        ("2021-01-01", "Before the attack, Armenian units seized Khojaly on 26 February 1992.",
         [("control", "AZ-XCI", "1992-02-26", None, "seized")]),
        # the parts of an outbreak's noun's own clause between it and its verb: a parenthesis, a relative pronoun
        ("2021-01-01", "Armed clashes in Nagorno-Karabakh (Artsakh) began on September 27, 2020.",
         [("assault", None, "2020-09-27", None, "began")]),
        ("2021-01-01", "After fighting which started on April 2, 2016, dozens of soldiers died.",
         [("assault", None, "2016-04-02", None, "started")]),
        # near miss: a war's noun describing another noun starts no fighting, a relative after it or not
        ("2021-01-01", "The war games which started on 5 May 2021 ended.", []),
        # an outbreak's place stands in its own clause: the main clause's after the comma is not it
        ("2021-01-01", "During the Karabakh war which began in February 1988, 145 people were killed in Khojavend "
         "district.", [("assault", None, "1988-02", None, "began")]),
        ("2021-01-01", "Heavy fighting erupted near Hadrut on 29 October 2020.",
         [("assault", "AZ-XVD", "2020-10-29", None, "erupted")]),
        # the enemy routed or crushed at a place: an attack there; dated, at no place named, of the region
        ("2023-10-01", "The Azerbaijani military routed Armenian forces in a 24-hour blitz last week.",
         [("assault", None, "2023-W38", None, "routed")]),
        ("2021-01-01", "On 4 October 2020 the army was crushing enemy forces in Jabrayil district.",
         [("assault", "AZ-CAB", "2020-10-04", None, "was crushing")]),
        # arms laid down as weapons: the capitulation that stops the fighting; control restored: a place taken back
        ("2023-10-01", "On 20 September 2023 the separatists agreed to lay down their weapons.",
         [("ceasefire", None, "2023-09-20", None, "agreed to lay down their weapons")]),
        ("2016-05-01", "On 3 April 2016 the Armenians restored control over some strategic heights near Talish.",
         [("control", "AZ-TAR", "2016-04-03", None, "restored control over")]),
        # a pronoun right after an active verb of taking is the place taken: one its sentence named before it, else
        # the text's topic
        ("2021-01-01", "The farmer did not flee the village, Azokh, when the troops swept in to seize it in October 2020.",
         [("control", "AZ-XVD", "2020-10", None, "seize")]),
        ("2021-01-01", "Shusha is a town in the mountains.\n\nArmenian forces captured it on 8 May 1992 and drove out the "
         "defenders.", [("control", "AZ-SUS", "1992-05-08", None, "captured")]),
        # near misses: a pronoun its clause goes on from with no preposition of place or time ("took it as"), or after
        # a verb of attack (it may be a convoy, a deal), is no place (the attack, dated, stays the region's)
        ("2021-06-01", "Talks were held in Shusha.\n\nAzerbaijan took it as a signal on 3 May 2021.", []),
        ("2021-06-01", "A convoy left Shusha.\n\nThe drones attacked it on 3 May 2021.",
         [("assault", None, "2021-05-03", None, "attacked")]),
        # troops moving in to take a place took it
        ("2021-01-01", "On 8 November 2020 Azerbaijani forces swept in to seize Shusha.",
         [("control", "AZ-SUS", "2020-11-08", None, "seize")]),
        # near miss: going in with no place taken takes nothing
        ("2021-01-01", "On 8 November 2020 the medics went in to help the wounded.", []),
        # idioms of falling and striking: people who died, a person impressed, a disaster, are no place taken or hit
        ("2021-01-01", "More than 340 people of Hadrut fell victim during the war.", []),
        ("2021-01-01", "That was what struck me as important about Aghdam.", []),
        ("2023-10-01", "However, tragedy struck on September 25, when a fuel depot near Stepanakert exploded.", []),
        # near miss: a place that fell still fell
        ("2021-01-01", "Hadrut fell on 9 October 2020.", [("control", "AZ-XVD", "2020-10-09", None, "fell")]),
    ],
)
def test_claims_of_held_out_sets(published, text, expected, reference):
    assert [brief(c) for c in claims_in(text, reference, published)] == expected


@pytest.mark.parametrize("text, places, dates, expected", [
    # the gerund of a light verb, a date between it and its noun (a number is no word of distance), in a clause set
    # apart before the taking: an attack on the place taken
    ("Армянские формирования, осуществив 27 марта 1993 года широкомасштабную военную операцию, 2 апреля оккупировали "
     "Кельбаджар.", {"Кельбаджар": "AZ-KAL"}, {"27 марта 1993 года": "1993-03-27", "2 апреля": "1993-04-02"},
     [("assault", "AZ-KAL", "1993-03-27", "осуществив 27 марта 1993 года широкомасштабную военную операцию"),
      ("control", "AZ-KAL", "1993-04-02", "оккупировали")]),
    ("Армянские формирования, проведя 27 марта 1993 года военную операцию, 2 апреля оккупировали Кельбаджар.",
     {"Кельбаджар": "AZ-KAL"}, {"27 марта 1993 года": "1993-03-27", "2 апреля": "1993-04-02"},
     [("assault", "AZ-KAL", "1993-03-27", "проведя 27 марта 1993 года военную операцию"),
      ("control", "AZ-KAL", "1993-04-02", "оккупировали")]),
    # near miss: a gerund that is no light verb lights no operation (which needs one): the taking alone
    ("Армянские формирования, готовя военную операцию, 2 апреля 1993 года оккупировали Кельбаджар.",
     {"Кельбаджар": "AZ-KAL"}, {"2 апреля 1993 года": "1993-04-02"}, [("control", "AZ-KAL", "1993-04-02", "оккупировали")]),
    # the participles of a light verb before its noun
    ("В результате начавшегося 27 сентября 2020 года контрнаступления был освобождён Физули.", {"Физули": "AZ-FUZ"},
     {"27 сентября 2020 года": "2020-09-27"},
     [("assault", None, "2020-09-27", "начавшегося 27 сентября 2020 года контрнаступления"),
      ("control", "AZ-FUZ", None, "был освобождён")]),
    # the subject of the passive after the noun, apart from it, is that verb's alone; a place right after the noun
    # stays the noun's
    ("В результате начатого 27 сентября 2020 года контрнаступления армии в октябре город Губадлы был освобождён.",
     {"Губадлы": "AZ-QBI"}, {"27 сентября 2020 года": "2020-09-27"},
     [("assault", None, "2020-09-27", "начатого 27 сентября 2020 года контрнаступления"),
      ("control", "AZ-QBI", None, "был освобождён")]),
    ("После захвата Шуши 8 мая 1992 года Лачин был оккупирован.", {"Шуши": "AZ-SUS", "Лачин": "AZ-LAC"},
     {"8 мая 1992 года": "1992-05-08"},
     [("control", "AZ-SUS", "1992-05-08", "захвата"), ("control", "AZ-LAC", "1992-05-08", "был оккупирован")]),
    # a truce reached, the short participle in the feminine
    ("20 сентября 2023 года была достигнута договоренность о прекращении боевых действий.", {},
     {"20 сентября 2023 года": "2023-09-20"},
     [("ceasefire", None, "2023-09-20", "достигнута договоренность о прекращении боевых действий")]),
    # breaking into a place, and the battle for it
    ("8 ноября 2020 года азербайджанские силы прорвались в город Шуша.", {"Шуша": "AZ-SUS"},
     {"8 ноября 2020 года": "2020-11-08"}, [("assault", "AZ-SUS", "2020-11-08", "прорвались в")]),
    ("В январе 1994 года шли бои за посёлок Горадиз.", {"Горадиз": "AZ-FUZ"}, {"В январе 1994 года": "1994-01-01"},
     [("assault", "AZ-FUZ", "1994-01-01", "бои за")]),
    # near miss: battles with no place or day tell no event
    ("Бои были тяжёлыми.", {}, {}, []),
])
def test_russian_near_forms(catalog, text, places, dates, expected):
    claims = sentence_claims(text, _facts(text, places, dates), load()["ru"], Context("s", "s-1", catalog))
    assert [(c.kind, c.district, c.date, c.wording) for c in claims] == expected


@pytest.mark.parametrize("language, text, places, dates, expected", [
    # the perfect of a light verb (hy) and its synonym; the reported past of one (az)
    ("hy", "1993 թվականի մարտի 27-ին հայկական ուժերը իրականացրել են Քարվաճառ-Օմար ռազմագործողությունը։",
     {"Քարվաճառ": "AZ-KAL"}, {"1993 թվականի մարտի 27-ին": "1993-03-27"},
     [("assault", "AZ-KAL", "1993-03-27", "իրականացրել են Քարվաճառ-Օմար ռազմագործողությունը")]),
    ("hy", "1993 թվականի մարտի 27-ին հայկական ուժերը իրագործեցին Քարվաճառ-Օմար ռազմագործողությունը։",
     {"Քարվաճառ": "AZ-KAL"}, {"1993 թվականի մարտի 27-ին": "1993-03-27"},
     [("assault", "AZ-KAL", "1993-03-27", "իրագործեցին Քարվաճառ-Օմար ռազմագործողությունը")]),
    ("az", "Sentyabrın 27-də Füzuliyə hücum həyata keçirib.", {"Füzuliyə": "AZ-FUZ"}, {"Sentyabrın 27-də": "2020-09-27"},
     [("assault", "AZ-FUZ", "2020-09-27", "həyata keçirib")]),
    # near miss: an operation with no light verb, undated, is no event
    ("hy", "Քարվաճառ-Օմար ռազմագործողությունը կարևոր էր։", {"Քարվաճառ": "AZ-KAL"}, {}, []),
])
def test_light_verbs_in_every_tense(catalog, language, text, places, dates, expected):
    claims = sentence_claims(text, _facts(text, places, dates), load()[language], Context("s", "s-1", catalog))
    assert [(c.kind, c.district, c.date, c.wording) for c in claims] == expected
