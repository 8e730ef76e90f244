"""Gates that spare a sentence a stage's costly search give exactly what the search gives without them.

A gate is a cheap test read off the search's own patterns (a war's name, a
preposition glued to a name): a sentence it shuts out cannot match. Each table
holds sentences in English, Russian, Azerbaijani and Armenian, among them ones
built to sit at the gate's edge (every piece a name needs, but apart; the first
piece alone; a lower-case letter before a capital that no preposition ends),
and compares the gated stage with the same stage with its gate open.
"""

from __future__ import annotations

import dataclasses
import pathlib
import re

import pytest
from chronicle.extract import cuetext, war_names
from chronicle.wars import WarCatalog

ROOT = pathlib.Path(__file__).resolve().parents[1]
CATALOG = WarCatalog.load(ROOT / "corpus" / "wars.yaml")
MATCHER = war_names.matcher_for(CATALOG)
# The same matcher with its name gate open: every sentence is searched for every name.
UNGATED = dataclasses.replace(MATCHER, name_cues=("",), name_rests={"": ((),)})
NAMES = sorted({alias for war in CATALOG.all() for alias in war.aliases} | {a.name for a in CATALOG.ambiguous})
CASINGS = (str, str.upper, lambda name: name.lower().replace("\u0307", ""), str.title)

# (sentence, the war names found in it, is the gate open for it)
WAR_SENTENCES = (
    ("The Second Karabakh War began on 27 September 2020.", ["Second Karabakh War"], True),
    ("Fighting in the SECOND KARABAKH WAR resumed at dawn.", ["SECOND KARABAKH WAR"], True),
    ("Veterans of the second-Karabakh-war met in Baku.", ["second-Karabakh-war"], True),
    ("For the second time, Karabakh residents spoke of the war.", [], True),  # every piece, apart
    ("The first convoy reached the town at noon.", [], False),  # a first piece alone
    ("The 44-day war ended on 10 November.", ["44-day war"], True),
    ("Battle-hardened units of Shusha's garrison held out.", [], True),
    ("The Battle of Shusha lasted four days.", ["Battle of Shusha"], True),
    ("Veterans of the Great Patriotic War marched in Yerevan.", [], True),
    ("The report named no war and no year.", [], False),
    ("Во время Второй карабахской войны город был освобождён.", ["Второй карабахской войны"], True),
    ("ПЕРВАЯ КАРАБАХСКАЯ ВОЙНА закончилась в 1994 году.", ["ПЕРВАЯ КАРАБАХСКАЯ ВОЙНА"], True),
    ("Вторая колонна прибыла в Карабах уже после войны.", [], True),
    ("Вторая колонна прибыла утром.", [], False),
    ("İkinci Qarabağ müharibəsində şəhər azad edildi.", ["İkinci Qarabağ müharibəsində"], True),
    ("İKİNCİ QARABAĞ MÜHARİBƏSİ 44 gün davam etdi.", ["İKİNCİ QARABAĞ MÜHARİBƏSİ"], True),
    ("İkinci dəfə Qarabağa gələndə müharibə artıq bitmişdi.", [], True),
    ("İkinci kolon səhər gəldi.", [], False),
    ("Արցախյան երկրորդ պատերազմը սկսվեց 2020 թվականին։", ["Արցախյան երկրորդ պատերազմը"], True),
    ("Արցախյան գյուղերում պատերազմից հետո քիչ մարդ մնաց։", [], True),
    ("Հայրենական մեծ պատերազմի վետերանները հավաքվեցին։", [], False),  # a false friend: no name starts so
    ("Արցախյան գյուղերը լուռ էին։", [], False),
)


def gate_open(sentence: str) -> bool:
    return war_names._may_hold_a_name(war_names._cue_fold(sentence), MATCHER)


@pytest.mark.parametrize("sentence, names, opened", WAR_SENTENCES)
def test_gated_war_names_are_the_ungated_ones(sentence, names, opened):
    found = war_names.find_names(sentence, MATCHER, CATALOG)
    assert found == war_names.find_names(sentence, UNGATED, CATALOG)
    assert [n.text for n in found] == names
    assert gate_open(sentence) is opened


@pytest.mark.parametrize("name", NAMES)
def test_every_match_of_a_name_holds_every_piece_of_it(name):
    """The derivation: what the gate asks for (``_pieces``) is in the fold of every match the name's pattern makes."""
    pattern = re.compile(war_names._pattern(name), re.IGNORECASE)
    for casing in CASINGS:
        sentence = f"Veterans spoke of the {casing(name)} at the meeting."
        match = pattern.search(sentence)
        assert match is not None, casing(name)
        assert all(piece in war_names._cue_fold(match.group()) for piece in war_names._pieces(name)), casing(name)
        assert gate_open(sentence), casing(name)


def test_a_name_is_left_out_of_the_gate_only_where_a_shorter_one_stands_for_it():
    for cue, rests in MATCHER.name_rests.items():
        assert cue in MATCHER.name_cues
        assert not any(set(a) < set(b) for a in rests for b in rests), cue
    kept = {(cue, *rest) for cue, rests in MATCHER.name_rests.items() for rest in rests}
    for name in NAMES:
        pieces = war_names._pieces(name)
        assert any(set(k) <= set(pieces) for k in kept), name


# (names, each gate -> the other pieces of the names it stands for)
GATES = (
    (["First Karabakh War", "Second Karabakh War", "Battle of Shusha"],
     {"karabakh": (("first", "war"), ("second", "war")), "battle": (("of", "shusha"),)}),
    (["44-day war", "One-Day War", "Four-Day War"], {"day": (("44", "war"), ("four", "war"), ("one", "war"))}),
    # a piece under three characters gates only a name with no longer one ("44" before "of": ties go to the first);
    # "war" alone stands for the longer name
    (["Of 44", "Karabakh War", "First Karabakh War"], {"karabakh": (("war",),), "44": (("of",),)}),
    # a word that declines is its first three letters
    (["Вторая карабахская война", "Первая карабахская война", "Ապրիլյան պատերազմ"],
     {"вой": (("вто", "кар"), ("пер", "кар")), "ապր": (("պատ",),)}),
)


@pytest.mark.parametrize("names, gates", GATES)
def test_the_gates_are_the_pieces_most_names_share(names, gates):
    assert war_names._gates(names) == gates


# (text, the words read from it)
GLUED_TEXTS = (
    ("Shelling hit the city ofGanja overnight.", ["Shelling", "hit", "the", "city", "of", "Ganja", "overnight"]),
    ("Residents fled inStepanakert andShusha.", ["Residents", "fled", "in", "Stepanakert", "and", "Shusha"]),
    ("The units moved toAghdam.", ["The", "units", "moved", "to", "Aghdam"]),
    ("A McDonald franchise opened in Baku.", ["A", "McDonald", "franchise", "opened", "in", "Baku"]),  # no preposition
    ("Talks ofUSA envoys ended.", ["Talks", "ofUSA", "envoys", "ended"]),  # a capital, but no name after it
    ("The town of Ganja was shelled.", ["The", "town", "of", "Ganja", "was", "shelled"]),
    ("Обстрел города Гянджа продолжался.", ["Обстрел", "города", "Гянджа", "продолжался"]),
    ("Kəlbəcər rayonunun kəndləri ofŞuşa yolunda idi.", ["Kəlbəcər", "rayonunun", "kəndləri", "ofŞuşa", "yolunda", "idi"]),
    ("Շուշին ազատագրվեց inՄայիս.", ["Շուշին", "ազատագրվեց", "inՄայիս"]),
    ("", []),
)


def ungated_tokens(text: str) -> cuetext.Tokens:
    written = cuetext._split(text)
    return cuetext._unglued(written) if cuetext._GLUED_ANYWHERE.search(text) else written


@pytest.mark.parametrize("text, words", GLUED_TEXTS)
def test_gated_words_are_the_ungated_ones(text, words):
    clues = cuetext.Clues(text)
    assert clues.tokens == ungated_tokens(text) == cuetext.tokenize(text)
    assert clues.tokens.words == words
    assert clues._words == frozenset(w.lower() for w in words + cuetext._split(text).words)


def test_every_glued_preposition_holds_what_the_gate_asks_for():
    """The derivation: each preposition of the glued pattern, before a capital, has a lower-case letter before it."""
    prepositions = re.search(r"\(\?:([a-z|]+)\)", cuetext._GLUED_ANYWHERE.pattern).group(1).split("|")
    assert "of" in prepositions and "into" in prepositions
    for preposition in prepositions:
        assert cuetext._GLUED_ANYWHERE.search(f"x {preposition}Ganja")
        assert cuetext._LOWER_UPPER.search(f"x {preposition}Ganja")
