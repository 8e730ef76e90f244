"""Targets: the places a predicate is about, read from where they stand, among those that can be
(``targetable.usable``).

The place taken is the object of an active verb ("took the regional centre of
Zangelan") or the subject of a passive or intransitive one ("Fizuli, Jebrail,
and Zangelan had fallen"); the place attacked follows the noun ("shelling of
the town of Martuni"). Never a target: the place an attack came from ("from
the Azerbaijani town of Fizuly"), the side acting ("the Karabakh forces"), a
place that only locates another ("the Kichan village of the Martakert
district"), a country. A list continues a target ("Fuzuli on 17 October,
Zengilan on 20 October"), each item with the date standing after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from chronicle.extract.claims.anaphora import anaphora, located_anaphor, subject_pronoun
from chronicle.extract.claims.clauses import (DASHED_ASIDE, antecedent, appositive, aside_start, bare_tail, capital_of,
                                              comma_segments, only_auxiliaries, opens_aside)
from chronicle.extract.claims.predicates import Predicate
from chronicle.extract.claims.target import LOCAL_KINDS, Target, region, target
from chronicle.extract.claims.villagelists import (aside_districts, enumerated, in_unit_asides, listed_villages,
                                                   unnamed_villages, without_asides)
from chronicle.extract.claims.words import STOP, WORD
from chronicle.lexicon import ClaimLexicon
from chronicle.model import DateMention, PlaceMention
from chronicle.records import replace

LIST_GLUE = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as well as)\s+)(?:then\s+|the\s+)?$", re.I)
# "shelled the front line, the roads behind it and many villages, including the town of Martuni": a place "including"
# names right before it is one the predicate reached, however long the object before it (``forward`` stops at a clause's end)
INCLUDED = re.compile(r",?\s+including\s+(?:the\s+)?(?:[a-z]+\s+){0,2}$")
MEMBERS = re.compile(r",\s*including\s+", re.I)  # ", including Gubadli and Jabrayil": what a plural names
# "(Artsakh)", "(known as Shushi)": another name of the place before it, closed; not "(see the map)", "(a town of ...)"
RENAMING = re.compile(r"\s*(?:(?:also\s+)?(?:known|called)\s+as\s+|or\s+)?[A-Z][\w’'-]*(?:[\s-]+[A-Z][\w’'-]*){0,3}\s*\)")
ITEM_DATE = re.compile(r"^\s*(?:city|town|district|region)?\s*(?:on|in|by)\s+(?:the\s+)?$", re.I)


def forward(text: str, pred: Predicate, places: list[PlaceMention], limit: int, lex: ClaimLexicon,
            dates: tuple[DateMention, ...], previous: Iterable[PlaceMention], mentioned: list[PlaceMention]) -> list[Target]:
    """Targets after the predicate, up to ``limit`` (the next predicate) or the end of its clause."""
    # a noun whose verb follows it ("the occupation of Kalbajar began", "Оккупация Кельбаджара началась"): from the noun
    begin = pred.end if pred.role == "nouns" and pred.wording[0] > pred.end else max(pred.end, pred.wording[1])
    if _people_taken(text, begin, pred, lex):
        return []
    listed = enumerated(text, places, begin, limit, lex, after=True)  # "occupied seven districts (A, B and C)"
    if listed:
        return [target(m) for m in listed]
    end = _object_end(text, begin, limit, places)
    found = [m for m in places if begin <= m.start < end]
    head = _head(text, begin, found[0].start if found else end, lex, pred)
    out = [head] if head else []
    if head and lex.has("generic_territory", text[head.start:head.end]):
        if not (found and _named_by(text[head.end:found[0].start], lex)):
            return out  # "five regions adjacent to Karabakh": the places after only describe them
        out = []  # "the territories of Tartar, Aghdam and Barda districts": the places are the territory
    if not found or len(WORD.findall(text[begin:found[0].start])) > 16 or _new_clause(text[begin:found[0].start], lex) \
            or located_anaphor(text, begin, found[0].start, lex) or _means_closed(text, begin, found[0].start, lex):
        return out + anaphora(text, begin, end, previous, mentioned, lex, out, at_end=False)
    chain = _listed(text, found, lex)
    included = [m for m in found if m.start > chain[-1].end and INCLUDED.search(text, chain[-1].end, m.start)]
    chain += _listed(text, [m for m in found if m.start >= included[0].start], lex) if included else []
    villages = listed_villages(text, chain, lex)
    return out + [replace(target(m, _item_date(text, m, dates)), local=True) if v else target(m, _item_date(text, m, dates))
                  for m, v in zip(chain, villages)]


def _object_end(text: str, begin: int, limit: int, places: list[PlaceMention]) -> int:
    """Where a predicate's object ends: at the clause's stop, read past a parenthesis that only renames the place
    right before it ("shelled the towns of Nagorno-Karabakh (Artsakh), including Martuni")."""
    stop = STOP.search(text, begin, limit)
    renamed = _renaming(text, stop, limit, places)
    while renamed:
        stop = STOP.search(text, renamed.end(), limit)
        renamed = _renaming(text, stop, limit, places)
    return stop.start() if stop else limit


def _renaming(text: str, stop: re.Match | None, limit: int, places: list[PlaceMention]) -> re.Match | None:
    """A parenthesis opening right after a place and closing on another name for it: "(Artsakh)"."""
    if stop is None or stop.group() != "(" or not any(
            m.end <= stop.start() and not text[m.end:stop.start()].strip() for m in places):
        return None
    return RENAMING.match(text, stop.end(), limit)


def _listed(text: str, found: list[PlaceMention], lex: ClaimLexicon) -> list[PlaceMention]:
    """The first place and those a list's gaps join to it ("Fizuli, Jebrail, and Zangelan")."""
    chain = [found[0]]
    for m in found[1:]:
        if not _list_gap(text[chain[-1].end:m.start], lex):
            break
        chain.append(m)
    return chain


def _named_by(gap: str, lex: ClaimLexicon) -> bool:
    """Only "of" or a copula (and a determiner) between territory named in general and a place: the place names
    it."""
    words = [w.casefold() for w in WORD.findall(gap)]
    return bool(words) and words[0] in _NAMING and all(lex.has("determiners", w) for w in words[1:])


_NAMING = frozenset({"of", "are", "were", "include", "included"})  # "the liberated districts are Karkhulu, ..."


def _people_taken(text: str, begin: int, pred: Predicate, lex: ClaimLexicon) -> bool:
    """'1,871 children lost parents in the battles for Aghdam', 'took hostages in Khojaly', 'the transfer of
    prisoners to Yerevan': a taking verb or noun whose object is people (a word describing them before), not a
    place; the place after it only says where."""
    if pred.kind != "control" or pred.role not in ("verbs", "nouns") or pred.passive:
        return False
    described = 0
    for w in WORD.finditer(text, begin, min(len(text), begin + 60)):
        word = w.group().casefold()
        if word.isdigit() or lex.has("determiners", word) or word == "of":
            continue
        if lex.has("actors", word):
            return True
        described += 1  # "former residents": a noun's object may be described first
        if pred.role == "verbs" or described > 1 or not w.group().islower():
            return False
    return False


def _head(text: str, begin: int, end: int, lex: ClaimLexicon, pred: Predicate) -> Target | None:
    """The object phrase before any place: a road or front (control), or territory named in general."""
    for i, w in enumerate(list(WORD.finditer(text, begin, end))[:8]):
        low = w.group().casefold()
        if pred.kind in ("control", "other") and i <= 3 and lex.has("region_heads", low):
            return Target(w.start(), w.end(), None, None, local=True)  # a road taken is not a district's fall
        if lex.has("generic_territory", low):
            return region(w.start(), w.end())
    return None


def _new_clause(gap: str, lex: ClaimLexicon) -> bool:
    """Another verb's object lies ahead: '... and once again threatening the Hadrut region', '... caused destruction'."""
    if re.search(r"\band\s+(?:then\s+|also\s+|once\s+again\s+|again\s+)?[a-z-]+(?:ing|ed)\b", gap):
        return True
    words = WORD.findall(gap)
    return any(w.endswith("ed") and w.islower() and not lex.has("adjectives", w) and i and not (
        lex.has("determiners", words[i - 1]) or lex.has("auxiliaries", words[i - 1]) or words[i - 1] in ("to", "and"))
        for i, w in enumerate(words))


def _means_closed(text: str, begin: int, end: int, lex: ClaimLexicon) -> bool:
    """'sentyabrın 27-də başladığı əks-hücum nəticəsində ... Cəbrayıl şəhəri azad edilib', 'əks-hücum əməliyyatı ilə
    düşməni ... uğradıb, Füzuli ... azad edib': a postposition of cause or means (the lexicon's ``means_closers``)
    closes the noun's phrase; the places after it are the main clause's, not the noun's."""
    return any(lex.has("means_closers", w) for w in WORD.findall(text, begin, end))


def _list_gap(gap: str, lex: ClaimLexicon) -> bool:
    """Does the text between two places continue a list (', ', ' and the ', ', the Tchartar village in the')?"""
    if unnamed_villages(gap, lex):
        return True  # "Zangilan and six villages of the province, as well as another 18 villages of Fuzuli"
    words = [w.casefold() for w in WORD.findall(gap)]
    if len(words) > 8 or STOP.search(gap) or any(lex.has("auxiliaries", w) for w in words):
        return False
    if re.match(r"^\s*,\s*(?:a|an)\b", gap, re.I):
        return False  # "Fizuli, an Azerbaijani town south of Aghdam": an apposition locates, it does not list
    return not re.search(r"\band\s+(?:[\w-]+\s+)?\w+(?:ed|ing)\b", gap, re.I) or bool(LIST_GLUE.match(gap))


def _item_date(text: str, m: PlaceMention, dates: tuple[DateMention, ...]) -> DateMention | None:
    """'Fuzuli on 17 October': the date right after a listed place."""
    for d in dates:
        if d.start >= m.end and ITEM_DATE.match(text[m.end:d.start]):
            return d
    return None


def _date_before(text: str, m: PlaceMention, dates: tuple[DateMention, ...]) -> DateMention | None:
    """'iyulun 23-də Ağdam, avqustun 23-də Füzuli ... işğal edildi': in a list, the date right before a place."""
    return next((d for d in dates if d.end <= m.start and not text[d.end:m.start].strip()), None)


def backward(text: str, pred: Predicate, places: list[PlaceMention], begin: int, lex: ClaimLexicon,
             previous: Iterable[PlaceMention], mentioned: list[PlaceMention], dates: tuple[DateMention, ...] = ()) -> list[Target]:
    """Targets before a passive or intransitive predicate, in its clause: its subject, possibly a list (read through
    the asides in parentheses after its names: ``villagelists.without_asides``), or the members a parenthesis lists of
    a group in it ("7 rayon (Laçın, Kəlbəcər və Ağdam) işğal edilib": ``villagelists.enumerated``)."""
    listed = enumerated(text, places, begin, pred.wording[0], lex)
    if listed:
        return [target(m) for m in listed]
    inside = in_unit_asides(text, mentioned, pred.wording[0], lex) if "(" in text else []
    places = sorted([m for m in places if m not in inside] + aside_districts(text, mentioned, pred.wording[0], lex),
                    key=lambda m: m.start)
    text = without_asides(text, mentioned, pred.wording[0], lex)
    end = aside_start(text, pred.wording[0], begin, lex)
    stops = list(STOP.finditer(text, begin, end))
    if stops and lex.has("relatives", stops[-1].group()) and only_auxiliaries(text[stops[-1].end():end], lex):
        stops.pop()  # "Shusha city, which has been liberated": the pronoun's antecedent is the subject
    begin = stops[-1].end() if stops else begin
    # "Horadiz şəhərinin ... qorunması məqsədilə ... yüksəklik nəzarətinə keçib": a purpose's clause closed before the
    # subject (the lexicon's ``clause_ends``) holds no subject of the verb
    closed = [m.end() for m in lex.phrases["clause_ends"].finditer(text, begin, end)]
    begin = closed[-1] if closed else begin
    dashed = DASHED_ASIDE.search(text, begin, end)
    end = dashed.start() if dashed else end  # "Gubadli district—comprising the city, 93 villages—fell": the aside goes
    segments = comma_segments(text, begin, end)
    subject = antecedent(text, segments, places, lex)
    if subject:
        return [target(m) for m in subject]
    if pred.passive and pred.wording[0] == pred.start and len(segments) > 1 and opens_aside(text, *segments[-1], lex) \
            and not any(segments[-1][0] <= m.start for m in places):
        # a participle with no auxiliary after an apposition ("Fizuli, another regional center occupied by the
        # Armenians"): the reduced relative is about the place the apposition renames, right before its comma
        s, e = segments[-2]
        renamed = [m for m in places if s <= m.start < e and bare_tail(text[m.end:e], lex)]
        return [target(renamed[-1])] if renamed else []
    found: list[PlaceMention] = []
    skipping = False
    for i, (s, e) in enumerate(reversed(segments)):
        inside = [m for m in places if s <= m.start < e]
        if i == 0 and not text[s:e].strip():
            skipping = True  # "Shelly, a village that ..., came under": the subject is before the apposition
            continue
        if (skipping or capital_of(text[s:e])) and appositive(text[s:e]) and i < len(segments) - 1:
            continue
        if i == 0 and not inside and _open_tail(text[s:e], lex):
            continue  # "Kapan, Goris, Jermuk, and other localities have been subjected to": the list goes on before
        if not inside and _bare_name(text[s:e]):
            continue  # "Hadrut, Chayli, Gorazilli ... were liberated": a name the gazetteer cannot place keeps the list
        if not inside:
            break
        found = inside + found
        if not _only_list(text[s:e], inside):
            break
    if found:
        villages = listed_villages(text, found, lex)
        return [replace(target(m, _date_before(text, m, dates) if len(found) > 1 else None), local=v or m.kind in LOCAL_KINDS)
                for m, v in zip(found, villages)]
    last = list(WORD.finditer(text, begin, end))[-1:]
    if last and lex.has("generic_territory", last[0].group()):
        return [region(last[0].start(), last[0].end())]  # "these territories lost three decades earlier"
    return anaphora(text, begin, end, previous, mentioned, lex, [], at_end=True) or \
        subject_pronoun(text, begin, end, previous, places, lex)


def _open_tail(segment: str, lex: ClaimLexicon) -> bool:
    """', and other localities': the open end of a list of places, naming none itself."""
    return bool(lex.phrases["list_tails"].match(segment.strip()))


def _bare_name(segment: str) -> bool:
    """' Chayli', ' Chayli and Sur': names of one to three capitalized words (joined by 'and') and nothing else,
    items of a list of places."""
    words = [w for w in segment.split() if w != "and"]
    return 0 < len(words) <= 4 and all(w[:1].isupper() for w in words)


def _only_list(segment: str, inside: list[PlaceMention]) -> bool:
    """A segment that only lists places (' Jebrail', ' and Zangelan had', ' the village of Garalar of the Tovuz
    district', ' as well as the strategically important Murovdag mountain'): the list may go on before it.
    No verb, no clause word: those start the clause the subject belongs to."""
    rest = segment
    for m in inside:
        rest = rest.replace(m.text, " ")
    words = WORD.findall(rest)
    verbs = [w for w in words if w.islower() and w.endswith(("ed", "ing")) and w not in ("including",)]
    return len(words) <= 20 and not verbs and not STOP.search(rest) and not any(
        w.casefold() in ("is", "are", "be", "been", "being", "will", "would", "that", "this") for w in words)


def members(text: str, pred: Predicate, places: list[PlaceMention], limit: int, lex: ClaimLexicon) -> list[Target]:
    """'a series of towns in the south have fallen to Armenian forces in the last week, including Gubadli and
    Jabrayil': a subject that names no place, its members listed after "including" in the predicate's own clause
    (three words at most before the first of them: "including the town of")."""
    stop = STOP.search(text, pred.end, limit)
    end = stop.start() if stop else limit
    opened = MEMBERS.search(text, pred.end, end)
    if opened is None:
        return []
    found = [m for m in places if opened.end() <= m.start < end]
    if not found or len(WORD.findall(text[opened.end():found[0].start])) > 3:
        return []
    return [target(m) for m in _listed(text, found, lex)]


def elided(text: str, after: int, places: list[PlaceMention], dates: tuple[DateMention, ...]) -> list[Target]:
    """'Jabrayil was liberated on 4 October, Fuzuli on 17 October, ...': the places that share the verb."""
    out = []
    pos = after
    for m in places:
        if m.start < pos:
            continue
        if not LIST_GLUE.match(text[pos:m.start]):
            break
        d = _item_date(text, m, dates)
        if d is None:
            break
        out.append(target(m, d))
        pos = d.end
    return out
