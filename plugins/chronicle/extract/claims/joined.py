"""Claims that take their place from another claim in the same sentence.

A predicate with no place of its own, joined by "and" to a taking or an attack that has one, happened
there: the reader carries the place over, so the claim does too; and an attack told in a clause set apart
before the main clause was on the place the main clause took. Apart from the predicate-by-predicate
reading in ``claims`` because these rules look back at what was already found, not at the text's places.
"""

from __future__ import annotations

import re

from chronicle.extract.claims.predicates import Predicate
from chronicle.extract.claims.words import STOP, WORD
from chronicle.lexicon import ClaimLexicon
from chronicle.model import DateMention


def where_fought(text: str, pred: Predicate, found: list, date: DateMention | None, lex: ClaimLexicon) -> list:
    """'The battle took place in ... Shusha ... and fighting concluded the following day after Armenian forces
    captured and drove out the defending Azeris': a taking verb with no object at all (the next word joins another
    verb) took the place the sentence's fighting was at."""
    if pred.kind != "control" or pred.role != "verbs" or pred.passive or not pred.happened or not found:
        return []
    before, t, _ = found[-1]
    joined = _NO_OBJECT.match(text, pred.wording[1])
    if before.kind != "assault" or not t.district or not joined:
        return []
    # the object that follows is the second verb's alone when it is people ("drove out the defending Azeris"); a
    # place or position there ("captured and held the heights") is both verbs' object, not the battle's place
    people = any(lex.has("actors", w) for w in WORD.findall(text[joined.end():joined.end() + 40])[:4])
    return [(pred, t, date)] if people else []


_NO_OBJECT = re.compile(r"\s+(?:and|or)\s+[a-z]+(?:\s+(?:out|off|away|back))?\b")


def where_just_taken(text: str, pred: Predicate, found: list, date: DateMention | None) -> list:
    """'seized Khojaly, a small town ..., and massacred 613 people', 'besieged Khojaly and massacred its residents':
    a massacre joined by "and" to the taking or the attack before it, naming no place of its own, happened at the
    place taken or attacked."""
    if pred.kind != "massacre" or not pred.happened or not found:
        return []
    before, t, taken_date = found[-1]
    if before.kind not in ("control", "assault") or not t.district or not re.search(r"\band\s*$", text[t.end:pred.wording[0]]) \
            or STOP.search(text, t.end, pred.wording[0]):
        return []
    return [(pred, t, date or taken_date)]


def shared_subject(text: str, pred: Predicate, found: list, date: DateMention | None, lex: ClaimLexicon) -> list:
    """'Talish was captured by Armenian forces in 1992 and recaptured by Azerbaijan on 3 October 2020', 'the village
    was occupied in 1993 and was liberated in 2020': a verb joined by "and" (an auxiliary or an adverb between at
    most) to a passive or intransitive predicate before it, the clause between naming no subject of its own, shares
    that predicate's subject: every place it was about, each with this verb's own date."""
    if not pred.happened or not found or pred.role not in ("verbs", "intransitive"):
        return []
    before = found[-1][0]
    if not before.subject_side or before.end > pred.wording[0]:
        return []
    gap = text[before.end:pred.wording[0]]
    joined = _JOINED.search(gap)
    if joined is None or STOP.search(gap) or not all(
            lex.has("auxiliaries", w) or lex.has("adverbs", w) for w in WORD.findall(joined.group(1))):
        return []
    return [(pred, t, date) for p, t, _ in found if p is before]


_JOINED = re.compile(r"\band\s+((?:[a-z]+\s+){0,2})$")


def when_pronoun(text: str, pred: Predicate, found: list, date: DateMention | None) -> list:
    """'Hadrut was occupied from 1992 until 2020, when it was recaptured': a passive or intransitive verb whose
    subject is "it" or "they" opening a "when" clause after the claim before it stands for that claim's subject,
    the place last named as one."""
    if not pred.happened or not pred.subject_side or not found:
        return []
    before = found[-1][0]
    if not before.subject_side or before.end > pred.wording[0] or not _WHEN_PRONOUN.search(text, before.end, pred.wording[0]):
        return []
    return [(pred, t, date) for p, t, _ in found if p is before]


def backdrop(text: str, pred: Predicate, found: list, date: DateMention | None) -> list:
    """'Kalbajar was occupied after the long battles on April 2, 1993': an attack's bare noun that the "after" of a
    taking governs, naming no place, was fought for the place taken."""
    if pred.kind != "assault" or not pred.presupposed or not found:
        return []
    before, _, _ = found[-1]
    if before.kind != "control" or before.end > pred.start or not _AFTER_GAP.fullmatch(text, before.end, pred.start):
        return []
    return [(pred, t, date) for p, t, _ in found if p is before and t.district]


_AFTER_GAP = re.compile(r"\s+(?:after|following)\s+(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){0,2}", re.I)
_WHEN_PRONOUN = re.compile(r",\s*when\s+(?:it|they)\s+$", re.I)


def led_to(text: str, attack: Predicate | None, date: DateMention | None, taking: Predicate, taken: list,
           found: list, lex: ClaimLexicon) -> list:
    """'Launching large-scale hostilities on 27 March 1993, the Armenian forces occupied Kalbajar district on 2 April',
    'following a massive bombardment, the units moved in to seize the town', 'формирования, осуществив 27 марта
    военную операцию, 2 апреля оккупировали Кельбаджар': an attack told in a clause set apart by its comma before the
    main clause (opened by a word that says it happened first, or by a subordinator or a light verb's participle or
    gerund before an attack that happened), naming no district of its own, was on the place the main clause's taking
    right after it took; dated by its own clause."""
    if attack is None or attack.kind != "assault" or taking.kind != "control" \
            or any(p is attack and t.district for p, t, _ in found):
        return []
    places = [t for _, t, _ in taken if t.district]
    closing = text.find(",", attack.end, taking.wording[0])
    if not places or closing < 0 or STOP.search(text, attack.end, taking.wording[0]):
        return []
    opening = text.rfind(",", 0, min(attack.start, attack.wording[0])) + 1
    first = WORD.search(text, opening)
    set_apart = first is not None and (lex.has("presupposing", first.group()) or attack.happened and (
        lex.has("fronting", first.group()) or lex.light.match(text, first.start()) is not None))
    return [(attack, t, date) for t in places] if set_apart else []


def same_light(pred: Predicate, found: list, date: DateMention | None) -> list:
    """'Շուշիի ազատագրումը իրականացվել է 4 ուղղություններով՝ միաժամանակյա հարձակումներով', 'the capture of Shusha was
    carried out by simultaneous attacks': an attack lit by the same light verb as a taking before it, naming no place of
    its own, is the means of that taking: it was made on the place taken."""
    if pred.kind != "assault" or pred.role != "nouns" or not pred.happened:
        return []
    return [(pred, t, date) for p, t, _ in found
            if p.kind == "control" and p.role == "nouns" and p.wording[0] <= pred.wording[0] < p.wording[1] and t.district]
