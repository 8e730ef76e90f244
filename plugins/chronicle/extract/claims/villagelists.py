"""Lists of villages located by their districts: the shape of wartime bulletins.

A bulletin names the villages taken district by district, and the district is
all that places most of them: "liberated the city of Zangilan and six villages
of the province, as well as another 18 villages of Fuzuli, Jabrayil and
Khojavend provinces"; "the villages of A, B (Fuzuli district), C, D (Jabrayil
district) and E in Khojavend district were liberated". Each district named is
one claim (seeds-claims conventions: one claim per district per event per
sentence). Two things part such a list where the ordinary list rules stop:
a counted or unnamed group of villages between two places ("and six villages
of the province, as well as another 18 villages of"), and an aside in
parentheses after a village's name (its district, its other name, a remark);
the district an aside names first stands for villages the gazetteer does not
hold. The districts of a list that only locates villages ("villages in A and
B districts") are no towns taken (``villages_in``).
"""

from __future__ import annotations

import re

from chronicle.extract.cuetext import search_end
from chronicle.extract.claims.words import WORD
from chronicle.lexicon import ClaimLexicon
from chronicle.model import PlaceMention

# glue words of a list, and the words a group of villages is counted or qualified with
_GLUE = frozenset({"and", "or", "as", "well", "also", "of", "in", "the", "its", "this", "that"})
_COUNTED = frozenset({"another", "more", "other", "several", "some", "dozens", "dozen", "number", "a", "whole", "further"})
_ASIDE = re.compile(r"\s*\([^()]{1,120}\)")  # a parenthesis, nothing nested
LOCATOR_HEAD = re.compile(r"([\w-]+)\s+(?:of|in)\s+(?:the\s+)?$")  # "villages of the ": three pieces at most
_MAX_WORDS = 16  # "and six villages of the province, as well as another 18 villages of": thirteen


def unnamed_villages(gap: str, lex: ClaimLexicon) -> bool:
    """Does the text between two places of a list name only groups of villages and join them ('and six villages
    of the province, as well as another 18 villages of ')? Then the list goes on: the place after is the district
    of the villages counted, taken like the place before. A verb, a clause word or any other word ends it."""
    words = [w.casefold() for w in WORD.findall(gap)]
    if not words or len(words) > _MAX_WORDS or not any(lex.has("locator_heads", w) for w in words) \
            or re.search(r"[;:.!?()\[\]]", gap):
        return False
    if not re.match(r"\s*(?:,|and\b|or\b|as well as\b)", gap, re.I) or not re.search(r"\b(?:of|in)\s+(?:the\s+)?$", gap, re.I):
        return False  # a group between two list items: glue opens it, the group's "of"/"in" closes it
    return all(w in _GLUE or w in _COUNTED or w.isdigit() or lex.has("locator_heads", w) or lex.has("place_nouns", w)
               or lex.has("generic_territory", w) or (nxt is not None and lex.has("locator_heads", nxt))  # "six villages"
               for w, nxt in zip(words, words[1:] + [None]))


def without_asides(text: str, places: list[PlaceMention], end: int, lex: ClaimLexicon) -> str:
    """The text with every parenthesis right after a name of a list, before ``end``, blanked (kept the same length):
    "Yukhari Aybasanli (Fuzuli district), Safarsha", "and Vang (the head of state said he renamed the village) in
    Khojavand district were liberated". The aside speaks of the name before it; the list it stands in goes on
    after it, so a subject read back from the verb reads through it. A name is a place found, or a capitalized
    word that a comma or "and" joins to the list (a village no list holds), with its place noun ("the Kalbajar
    region (Istisu, Mollabayramli settlements), the Lachin region (...) were subjected to fire": a bulletin names
    the villages of each district in its aside)."""
    out = text
    for aside in _asides(text, places, end, lex):
        out = out[:aside.start()] + " " * (aside.end() - aside.start()) + out[aside.end():]
    return out


def aside_districts(text: str, places: list[PlaceMention], end: int, lex: ClaimLexicon) -> list[PlaceMention]:
    """The districts named first in those asides ("Sarnic, Velikend (Fuzuli district), Tasraq (Jabrayil district)
    were liberated"): villages no list holds are the district's own, so the district stands for them in the list."""
    asides = _asides(text, places, end, lex)
    return [m for m in places if m.kind == "rayon" and any(
        a.start() < m.start < a.end() and not text[a.start():m.start].strip(" (") for a in asides)]


def in_unit_asides(text: str, places: list[PlaceMention], end: int, lex: ClaimLexicon) -> list[PlaceMention]:
    """The places inside an aside after a unit's name and noun, before ``end`` ("the Kalbajar region (Istisu,
    Mollabayramli settlements)"): where in the unit, which the unit's own claim already tells."""
    asides = [a for a in _ASIDE.finditer(text, 0, end) if a.start() in _unit_ends(text, places, lex)]
    return [m for m in places if any(a.start() < m.start < a.end() for a in asides)]


def _unit_ends(text: str, places: list[PlaceMention], lex: ClaimLexicon) -> set[int]:
    """Where a name and the place noun after it end ("Kalbajar region")."""
    return {noun.end() for m in places if (noun := _NOUN_AFTER.match(text, m.end)) and lex.has("place_nouns", noun.group(1))}


def _asides(text: str, places: list[PlaceMention], end: int, lex: ClaimLexicon) -> list[re.Match]:
    if "(" not in text[:end]:
        return []
    ends = {m.end for m in places} | {m.end() for m in _LISTED_NAME.finditer(text, 0, end)} | _unit_ends(text, places, lex)
    return [a for a in _ASIDE.finditer(text, 0, end) if a.start() in ends and a.end() <= end]


_MEMBERS = re.compile(r"\(([^()]{1,200})\)")  # the names a parenthesis lists (``enumerated``)
_NOUN_AFTER = re.compile(r"\s+([a-z]+)")  # "Kalbajar region": a place noun after a name, its aside after it
_LISTED_NAME = re.compile(r"(?:,|\band)\s+[A-Z\u0400-\u042f][\w'-]*(?=\s*\()")


def enumerated(text: str, places: list[PlaceMention], begin: int, end: int, lex: ClaimLexicon,
               after: bool = False) -> list[PlaceMention]:
    """The places a parenthesis lists as the members of a counted or plural group before it, in the clause that ends
    at ``end`` (a subject: "Dağlıq Qarabağ, ətraf 7 rayon (Laçın, Kəlbəcər, ... və Zəngilan) və bəzi kəndlər işğal
    edilib", "seven districts (Lachin, Kalbajar and Aghdam) were occupied"), or, ``after`` a predicate, in the clause
    that starts at ``begin`` (an object: "occupied seven districts (Lachin, Kalbajar and Aghdam)"): each is a place
    the predicate is about (one claim per district named). Only names, commas and "and" inside, two names at least."""
    for aside in _MEMBERS.finditer(text, begin, end):
        if after and re.search(r"[;:.!?()\[\]]", text[begin:aside.start()]):
            return []
        inside = [m for m in places if aside.start(1) <= m.start and m.end <= aside.end(1)]
        rest = text[aside.start(1):aside.end(1)]
        for m in reversed(inside):
            rest = rest[:m.start - aside.start(1)] + rest[m.end - aside.start(1):]
        if len(inside) < 2 or any(w.casefold() not in _CONJUNCTIONS for w in WORD.findall(rest)) or \
                re.search(r"[^\w\s,]", rest) or not _group_before(text[begin:aside.start()], lex):
            continue
        if after or not re.search(r"[;:.!?()\[\]]", text[aside.end():end]):
            return inside
    return []


def _group_before(before: str, lex: ClaimLexicon) -> bool:
    """A group a parenthesis may list: a plural noun of territory ("districts", "rayonlar"), or a noun counted in
    digits, one word between at most ("7 rayon", "7 occupied districts": Azerbaijani and Armenian count with the
    singular)."""
    words = WORD.findall(before)[-3:]
    return bool(words) and (lex.has("generic_territory", words[-1]) or any(w.isdigit() for w in words[:-1]))


def villages_in(text: str, first: PlaceMention, lex: ClaimLexicon) -> bool:
    """'seven villages in Tartar, Jabrayil and Fuzulu regions': districts that only locate unnamed villages (their
    capture is not the fall of the districts' towns). A town is not located but named: 'the settlement of Hadrut';
    a plural head locates even a name the gazetteer reads as the town ('6 villages of Fuzuli': the district)."""
    before = text[: first.start]
    head = search_end(LOCATOR_HEAD, before, 3) if before.rstrip().endswith(("of", "in", "the")) else None
    if not head or not lex.has("locator_heads", head.group(1)):
        return villages_after(text, first, lex)
    return first.kind not in ("town", "city") or head.group(1).casefold().endswith("s")


def villages_after(text: str, first: PlaceMention, lex: ClaimLexicon) -> bool:
    """'Füzuli rayonunun bir neçə kəndi' (several villages of Fuzuli district), 'Fuzuli district's five villages':
    a district, its own noun possessive right after it ("rayonunun", "district's"), followed within four words by
    a noun of villages, no comma or conjunction between, only locates them (a list of the district and villages, 'Fuzuli and several villages', names the town). A town followed by
    one is the town ('Hadrut settlement of Khojavend district', 'not only Gubadli but also several villages')."""
    owner = re.match(r"\s*([\w'’-]+)", text[first.end:])
    if first.kind != "rayon" or not owner or not lex.has("district_possessives", owner.group(1)):
        return False
    following = re.match(r"[^,;:.!?()]{0,60}", text[first.end:]).group()
    words = [w.casefold() for w in WORD.findall(following)][:4]
    return any(lex.has("locator_heads", w) for w in words) and not any(w in _CONJUNCTIONS for w in words[:next(
        i for i, w in enumerate(words) if lex.has("locator_heads", w))])


_CONJUNCTIONS = frozenset({"and", "or", "və", "ya", "и", "или", "և", "եւ", "կամ"})  # a list goes on: no locator


def listed_villages(text: str, chain: list[PlaceMention], lex: ClaimLexicon) -> list[bool]:
    """Which places of a list stand for villages of their districts, not for the fall of their towns: every place
    of a list that locates villages ('villages in Fuzuli, Jabrayil and Zangilan districts'), and every place after
    a counted group of villages ('liberated the city of Zangilan and six villages of the province, as well as
    another 18 villages of Fuzuli, Jabrayil and Khojavend provinces': the city fell, the rest are villages). A
    place the list names as a town ('... districts and the city of Zangilan', 'Zangilan city') is the town. A list
    closed by its districts' possessive and a noun of villages ('Zəngilan, Cəbrayıl, Qubadlı rayonlarının bir neçə
    kəndini və Qubadlı şəhərini'): the places up to it locate villages, a town after it is the town."""
    out: list[bool] = []
    local = villages_in(text, chain[0], lex)
    located = next((i for i, m in enumerate(chain) if villages_after(text, m, lex)), -1)  # 'A, B, C rayonlarının ... kəndini'
    previous: list[PlaceMention | None] = [None, *chain[:-1]]  # the first place has none before it
    for i, (before, m) in enumerate(zip(previous, chain)):
        if i <= located:
            out.append(True)
            continue
        local = local or (before is not None and unnamed_villages(_after_town_noun(text, before, m.start, lex), lex))
        out.append(local and not named_town(text, m, lex))
    return out


def _after_town_noun(text: str, before: PlaceMention, end: int, lex: ClaimLexicon) -> str:
    """The text between two places of a list, less a town noun the place before ends with and less names no list
    holds after the group ('Zangilan city and 24 villages in Zangilian, Jabrayil'): ' and 24 villages in '."""
    noun = re.match(r"\s+([\w-]+)", text[before.end:end])
    gap = text[before.end + noun.end():end] if noun and lex.has("town_nouns", noun.group(1)) else text[before.end:end]
    return _UNKNOWN_NAMES.sub("", gap)


_UNKNOWN_NAMES = re.compile(r"(?<=\b(?:of|in)\s)(?:the\s+)?(?:[A-Z\u0400-\u042f][\w'-]*(?:\s*,\s*|\s+and\s+))+$")


def named_town(text: str, m: PlaceMention, lex: ClaimLexicon) -> bool:
    """'the city of Zangilan', 'Zangilan city': a town noun right before ("... of") or right after the name."""
    before = re.search(r"([\w-]+)\s+of\s+$", text[max(0, m.start - 20):m.start])
    after = re.match(r"\s+([\w-]+)", text[m.end:m.end + 20])
    return any(w is not None and lex.has("town_nouns", w.group(1)) for w in (before, after))
