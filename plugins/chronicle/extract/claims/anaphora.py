"""Targets named through a pronoun or a description: "the town", "this strategic city", "it", "its occupation".

The place such a word stands for is one its own sentence named before it, else the text's topic of late (the
place named most often among those named recently: ``_salient``), of the kinds the word may stand for.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from chronicle.extract.claims.clauses import opens_aside
from chronicle.extract.claims.predicates import Predicate
from chronicle.extract.claims.target import LOCAL_KINDS, Target, target
from chronicle.extract.claims.targetable import speaker
from chronicle.extract.claims.words import STOP, WORD, last_words, words_before
from chronicle.lexicon import ClaimLexicon
from chronicle.model import PlaceMention


def anaphora(text: str, begin: int, end: int, previous: Iterable[PlaceMention], places: list[PlaceMention],
              lex: ClaimLexicon, out: list[Target], at_end: bool) -> list[Target]:
    """'the town', 'this strategic city' right at the predicate: the place its own sentence named last, else the
    text's topic of late (``_salient``; a dateline's city included: ``places`` are all the sentence's places,
    ``previous`` the usable ones named earlier)."""
    found = list(lex.anaphor.finditer(text, begin, end))
    if out or not found:
        return []
    m = found[-1] if at_end else found[0]
    gap = text[m.end():end] if at_end else text[begin:m.start()]
    kinds = lex.anaphora_kinds.get(m.group().split()[-1].casefold(), frozenset())
    own = [p for p in places if p.end <= m.start() and not speaker(text, p, lex) and p.kind in kinds and p.district]
    candidates = [p for p in previous if p.kind in kinds and p.district] + own
    if at_end and (_coordinated_locators(gap, lex) or _described(text, m.end(), end, lex)):
        gap = ""  # "the settlement and the mentioned villages were freed": the villages join the town's subject
    if len(WORD.findall(gap)) > (3 if at_end else 5) or not candidates or _elsewhere(text, m.start(), lex):
        return []
    named = own[-1] if own else _salient(candidates)  # a place named earlier in its own sentence first
    return [Target(m.start(), m.end(), named.district, named.entity, named.kind in LOCAL_KINDS, kind=named.kind)]


def subject_pronoun(text: str, begin: int, end: int, previous: Iterable[PlaceMention], places: list[PlaceMention],
                     lex: ClaimLexicon) -> list[Target]:
    """'However, in April 1994, it was again occupied', 'following which it was seized': a pronoun right before a
    passive or intransitive predicate is its subject, a place the clause named before it, else the text's topic of
    late (``_salient``), of the kinds a pronoun may stand for, in Azerbaijan (after a city abroad, "it" is as often
    the meeting held there or its government: "The talks were held in Paris. It was attacked by critics")."""
    last = list(WORD.finditer(text, begin, end))[-1:]
    if not last or text[last[0].end():end].strip() or not lex.has("subject_pronouns", last[0].group()):
        return []
    own = [p for p in places if begin <= p.start and p.end <= last[0].start()]
    return _standing_for(last[0].start(), last[0].end(), own, previous, lex)


def object_pronoun(text: str, pred: Predicate, places: list[PlaceMention], previous: Iterable[PlaceMention],
                   lex: ClaimLexicon) -> list[Target]:
    """'after Armenian forces captured it and drove out the defenders', 'when the forces swept in to seize it from
    ...': a pronoun right after an active verb of taking, its clause going on only with a conjunction or a
    preposition of place or time (never "took it as a signal", "took it seriously"), is the place taken, one its
    sentence named before it, else the text's topic of late, as for a subject pronoun."""
    m = _NEXT_WORD.match(text, pred.wording[1])
    if pred.kind != "control" or pred.role != "verbs" or pred.passive or not m \
            or not lex.has("object_pronouns", m.group(1)):
        return []
    after = _NEXT_WORD.match(text, m.end())  # the next word, or None at a punctuation mark
    if after is not None and not lex.has("object_pronoun_after", after.group(1)):
        return []
    return _standing_for(m.start(1), m.end(1), [p for p in places if p.end <= pred.start], previous, lex)


_NEXT_WORD = re.compile(r"\s*([\w’'-]+)\b")


def _standing_for(start: int, end: int, own: list[PlaceMention], previous: Iterable[PlaceMention],
                  lex: ClaimLexicon) -> list[Target]:
    """The place a pronoun at ``start:end`` stands for: the last its own sentence named before it, else the most
    salient of late, of the kinds a pronoun may stand for."""
    own = [p for p in own if _pronoun_may_mean(p, lex)]
    candidates = own or [p for p in previous if _pronoun_may_mean(p, lex)]
    if not candidates:
        return []
    named = own[-1] if own else _salient(candidates)
    return [Target(start, end, named.district, named.entity, named.kind in LOCAL_KINDS, kind=named.kind)]


def _pronoun_may_mean(p: PlaceMention, lex: ClaimLexicon) -> bool:
    """A place "it" may stand for: one of the kinds the lexicon lists (``pronoun_kinds``: towns, villages, heights),
    in Azerbaijan."""
    return p.kind in lex.words["pronoun_kinds"] and (p.district or "").startswith("AZ-")


def _salient(candidates: list[PlaceMention]) -> PlaceMention:
    """The place 'the city' stands for: the one the text has named most often of late (its topic, named again and
    again: "Khojaly ... Khojaly is a settlement ... on the road Agdam-Shusha. Late on February 25 the city ..."),
    the last named among those named as often; within that district, the place named most often, a village or town
    before the district when as often ("Talış, Tartar ... Talış is a village in the Tartar District ... It was
    occupied": the village, not the district that locates it)."""
    counts = Counter(p.district for p in candidates)
    top = max(counts.values())
    district = next(p for p in reversed(candidates) if counts[p.district] == top).district
    places = Counter(p.entity for p in candidates if p.district == district)
    rank = {p.entity: (places[p.entity], p.kind != "rayon") for p in candidates if p.district == district}
    best = max(rank.values())
    return next(p for p in reversed(candidates) if p.district == district and rank[p.entity] == best)


def located_anaphor(text: str, begin: int, end: int, lex: ClaimLexicon) -> bool:
    """'conquered the province in the Nagorno-Karabakh region': the object is the anaphor; the place after "in"
    only locates it (after "of" it would name it: "the city of Shusha")."""
    m = lex.anaphor.search(text, begin, end)
    return bool(m) and len(WORD.findall(text[begin:m.start()])) <= 1 and bool(re.fullmatch(r"\s+in\s+(?:the\s+)?", text[m.end():end]))


def possessor(text: str, pred: Predicate, places: list[PlaceMention], lex: ClaimLexicon,
              previous: Iterable[PlaceMention], mentioned: list[PlaceMention]) -> list[Target]:
    """'The city had 7,246 people before its occupation on 2 April 1993': a noun owned by "its" is about the
    sentence's own subject, the first place it names before the noun or the anaphor it opens with."""
    if words_before(text, pred.start, 1) != ["its"]:
        return []
    own = [m for m in places if m.end <= pred.start]
    if own:
        return [target(own[0])]
    return anaphora(text, 0, pred.start, previous, mentioned, lex, [], at_end=False)


def _coordinated_locators(gap: str, lex: ClaimLexicon) -> bool:
    """' and the surrounding villages ', ' and its surrounding 93 villages and 31 administrative units ': villages or
    heights joined to the anaphor (one conjunct or more, each of four words at most), all of them the subject."""
    conjuncts = re.split(r"\s+and\s+", " " + gap.strip() + " ")
    if len(conjuncts) < 2 or conjuncts[0].strip() or STOP.search(gap):
        return False
    heads = [re.fullmatch(r"\s*(?:[\w-]+\s+){0,3}?([\w-]+)\s*", c) for c in conjuncts[1:]]
    return all(heads) and lex.has("locator_heads", heads[0].group(1))


def _described(text: str, start: int, end: int, lex: ClaimLexicon) -> bool:
    """'The district with an area of 802 square kilometres and a population of 30,000, was occupied': what follows
    the anaphor up to the comma before the verb opens as an aside does (``clauses.opens_aside``), and only describes
    it."""
    return text[start:end].rstrip().endswith(",") and opens_aside(text, start, end, lex)


def _elsewhere(text: str, pos: int, lex: ClaimLexicon) -> bool:
    """'massacre sites elsewhere in the area', 'outside the city': another place than the one last named."""
    return bool(lex.phrases["elsewhere"].search(" ".join(last_words(text, pos, 2)) + " "))
