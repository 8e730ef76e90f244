"""The literal pieces a pattern's every match holds, and the search that skips texts holding none.

``chronicle.literals`` lets a rule's pattern be searched only in sentences
that hold one of the pieces of text its matches need. The pieces are read from
the pattern itself, and the test may never lose a match: a ``Cued`` pattern
finds exactly what the plain one finds, in any case a pattern ignores.
"""

from __future__ import annotations

import re
import sys

import pytest
from chronicle import lexicon
from chronicle.boilerplate import patterns
from chronicle.extract import discourse, placelives, war_clauses, war_evidence, war_periods
from chronicle.extract.timex import counts, resolve
from chronicle.literals import Cued, cued, first_chars, fold, led, required
from re import _casefix


@pytest.mark.parametrize(
    "pattern, pieces",
    [
        (r"\bwar\b", {"war"}),
        (r"\b(?:in|during)\s+the\s+Soviet\s+period\b", {"soviet"}),  # the longest run of a sequence
        (r"\b(?:shell\w*|bomb\w*|war|wars)\b", {"shell", "bomb", "war"}),  # "wars" holds "war": one test for both
        (r"(?:ab){2,}c?", {"ab"}),  # a part repeated at least once is required
        (r"x?y*", None),  # nothing is required
        (r"\d+ km", {" km"}),
        (r"(?:alpha|\d+)", None),  # one branch needs no letter
        (r"(?i:ÇAY)|İŞĞAL", {"çay", "işğal"}),  # folded as IGNORECASE takes case off
        (r"(?=a)[ab]c", {"c"}),  # a look-ahead is no piece of the match
    ],
)
def test_required_pieces(pattern, pieces):
    assert required(re.compile(pattern, re.IGNORECASE)) == (frozenset(pieces) if pieces else None)


def test_too_many_alternatives_are_not_tested():
    many = "|".join(f"{chr(0x4E00 + n)}word" for n in range(100))  # no common start for re to take out
    assert required(re.compile(many)) is None


LEXICON_PATTERNS = [p for lex in lexicon.load().values()
                    for p in (lex.outbreak_nouns, lex.phrases["continuation"], lex.phrases["not_predicates"])]
CUED = [war_clauses._FIGHTING, war_clauses.TRUCE_BROKEN, war_clauses.AFTER_TRUCE, war_evidence.ANNIVERSARY, war_clauses.NOW, *war_clauses._STATIVE, war_periods.SOVIET_ERA,
        war_periods.OCCUPATION_ERA, resolve._FUTURE, resolve._LOOKS_BACK, *counts._COUNTED,
        *map(cued, LEXICON_PATTERNS)]
TEXTS = [
    "The village lies 12 km north of the town and is located in a valley.",
    "DURING THE SOVİET PERİOD the region was calm.",  # Azerbaijani capitals: İ folds to i
    "Sovıet rule ended; the war of 1992 followed, and fıghting went on.",  # dotless ı is i to IGNORECASE
    "Heavy ſhelling and the 25th anniverſary were reported.",  # the long s is s to IGNORECASE
    "В советский период село входило в район; в годы оккупации оно пустовало.",
    "Նա ծնվել է խորհրդային տարիներին:",
    "Sovet dövründə kənd rayonun tərkibində idi, işğal illərində isə boşaldı.",
    "Today marks the 27th ANNIVERSARY; the clashes that followed will be remembered, as planned, 30 years ago.",
    "Это было 22 года назад; минуло 22 года, и бои шли.",
    "Two CEASEFIRE violations; they violated the truce, нарушив режим перемирия.",
    "DESPITE the Truce, raids continued; несмотря на перемирие.",
    "A quiet sentence with none of their words.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_cued_pattern_finds_what_the_plain_one_finds(text):
    for cued in CUED:
        assert isinstance(cued, Cued)
        assert [m.span() for m in cued.finditer(text)] == [m.span() for m in cued.pattern.finditer(text)]
        found, plain = cued.search(text), cued.pattern.search(text)
        assert (found and found.span()) == (plain and plain.span())


def test_a_pattern_is_cued_once():
    """``cued`` finds a pattern's ``Cued`` again by the pattern's identity (a lexicon's patterns are asked of every
    sentence; hashing one reads its whole compiled code), each pattern its own."""
    assert [cued(p) is cued(p) and cued(p).pattern is p for p in LEXICON_PATTERNS] == [True] * len(LEXICON_PATTERNS)
    war = re.compile(r"\bwar\b", re.IGNORECASE)
    assert cued(war).pattern is war and cued(war).cues == ("war",)


def test_a_text_without_the_pieces_is_not_searched():
    assert not war_evidence.ANNIVERSARY.holds_cue("Troops entered the town on 3 May.")
    assert war_evidence.ANNIVERSARY.holds_cue("Troops entered the town thirty YEARS ago.")


def _cased() -> str:
    """Every character that has a case or a case partner (the others only ever match themselves)."""
    return "".join(ch for ch in map(chr, range(sys.maxunicode + 1)) if not 0xD800 <= ord(ch) < 0xE000 and (
        ch.lower() != ch or ch.upper() != ch or ch.casefold() != ch or ord(ch) in _casefix._EXTRA_CASES))


def test_fold_joins_every_pair_of_characters_ignorecase_takes_for_one_another():
    cased = _cased()
    for letter in cased:
        for other in re.findall(re.escape(letter), cased, re.IGNORECASE):
            assert fold(other) == fold(letter), (letter, other)


@pytest.mark.parametrize(
    "pattern, firsts",
    [
        (r"\bwar\b", "w"),
        (r"x?y", "xy"),  # an optional part's first character, and what follows it
        (r"(?<!\w)(?:бо(?:й|и)\b|[iİ]şğal\w*|\d{1,2}:\d\d)", r"\diİб"),  # look-behinds and word ends take none
        (r"(?:ab){2,}|c+", "ac"),
        (r"[a-f]x|q", "a-fq"),
        (r"x?y*", None),  # the match may be empty
        (r"\w+|a", None),  # any word character
        (r"[^a]b", None),
        (r"(?i:ab)c", None),  # a part is made case-insensitive inside the pattern
        (r"(?-i:[Hh]e|I)\s", "HIh"),  # a part made case-sensitive starts as written: the class, under IGNORECASE, admits more
        (r"a|", None),
    ],
)
def test_the_first_characters_of_every_match(pattern, firsts):
    assert first_chars(re.compile(pattern, re.IGNORECASE)) == firsts


# Texts in the letters IGNORECASE takes for one another: the Kelvin sign for "k", the long s for "s", dotted and
# dotless i; and the stems and shapes of the patterns extraction leads.
LED_TEXTS = ["The KELVIN sign: \u212aILLED, \u017fhelled, İşğal edildi, ışğal", "Fighting broke out; troops fell back.",
             "12:45 on 3 March 1994, Tuesday, April 30, 16:35", "Бои у села, в город переехали", "", "no match here",
             "Then we came to ", "He was born on 5 May 1971 in the Alpha village of ", "Ilham's parents later moved to "]


@pytest.mark.parametrize("pattern", [
    war_clauses._FIGHTING.pattern, patterns.STAMP, discourse._ANAPHOR_OTHER, placelives._LIFE_BEFORE,
    re.compile(r"\b(?:kill\w*|shell\w*|is\w*)\b", re.IGNORECASE), re.compile(r"(\d+)\s+(?P<unit>km|miles?)\b"),
])
@pytest.mark.parametrize("casing", [str, str.upper, str.lower, str.title])
def test_a_led_pattern_finds_what_the_pattern_finds(pattern, casing):
    plain = _unled(pattern)
    ahead = led(plain)
    assert ahead.pattern.startswith("(?=[")
    for text in map(casing, LED_TEXTS):
        found = [(m.span(), m.groups(), m.groupdict()) for m in ahead.finditer(text)]
        assert found == [(m.span(), m.groups(), m.groupdict()) for m in plain.finditer(text)], text


def _unled(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern as written, before ``led`` put "(?=[<first characters>])(?:" before it and ")" after."""
    if not pattern.pattern.startswith("(?=["):
        return pattern
    return re.compile(pattern.pattern.partition("])(?:")[2][:-1], pattern.flags)
