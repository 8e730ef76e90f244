"""Admission: which of the places a predicate reached make claims. A bare noun needs a date or a verb saying it
happened; named districts win over regions; a claim with no district needs a date, a road or region named, or a
verb of its own; a massacre, an attack told by its harm and weapons used need a district. And the place standing
before a noun as its premodifier ("the Khojaly massacre", "Fuzuli city's liberation")."""

from __future__ import annotations

import re

from chronicle.extract.claims.predicates import Predicate
from chronicle.extract.claims.target import LOCAL_KINDS, Target, target
from chronicle.extract.claims.words import WORD
from chronicle.lexicon import ClaimLexicon
from chronicle.model import DateMention, PlaceMention

NO_DISTRICT_KINDS = ("ceasefire", "agreement")


def stated(text: str, pred: Predicate, date: DateMention | None) -> bool:
    """A noun names an event when something says it happened, or when the sentence dates it (a truce: in its
    own phrase, "the 1994 ceasefire agreement")."""
    if pred.role != "nouns" or pred.happened:
        return True
    return date is not None and (pred.kind not in NO_DISTRICT_KINDS or _premodified(text, pred, date))


def specific(pred: Predicate, found: list[Target]) -> list[Target]:
    """Named districts win over regions ("the Hadrut region of the NKR"), except a road taken beside a place;
    a bare noun reaches only what it governs ("the capture of X"); a village or a height whose district the places
    tagger could not tell is no region: no claim."""
    found = [t for t in found if t.district or t.kind not in LOCAL_KINDS]
    if any(t.district for t in found):
        found = [t for t in found if t.district or (pred.kind == "control" and t.place is None and t is found[0])]
    if pred.role == "nouns" and not pred.happened:
        found = [t for t in found if t.district or t.start - pred.end <= 25]
    return found


def admitted(text: str, pred: Predicate, t: Target, date: DateMention | None, lex: ClaimLexicon) -> bool:
    """A district is enough; a claim with no district needs a date, a named road, or a named region it happened in
    (a massacre needs its place: "the Armenian genocide of 1915" is no event of these wars; so does an attack told
    only by the harm it did: "a soldier was killed by shelling overnight" is a casualty, no attack on a place; and
    so do weapons used: "Azerbaijan used Turkish drones in 2020" names no attack on a place)."""
    if pred.kind == "massacre" or pred.harmed or pred.weapon:
        return bool(t.district)
    return bool(t.district or date is not None or (pred.kind in ("control", "other") and _named_region(text, t, lex))
                or (pred.happened and t.kind == "region"))


def _named_region(text: str, t: Target, lex: ClaimLexicon) -> bool:
    """'Having taken the road linking ...', 'took control of the Lachin-Shusha road': one road or corridor is a place
    of its own, dated or not (a named road's mention keeps its first end as its place, and no district)."""
    return t.kind == "road" or t.place is None and lex.has("region_heads", text[t.start:t.end])  # "cut off the road"


def _premodified(text: str, pred: Predicate, date: DateMention) -> bool:
    """'The 1994 ceasefire agreement', 'the 1994 Bishkek Protocol', 'the Moscow Statement of October 10': a date
    standing in the noun phrase itself, before the noun or right after it with "of"."""
    if date.start >= pred.end:
        return bool(_OF_DATE.fullmatch(text, pred.end, date.start))
    return date.end <= pred.start and len(WORD.findall(text[date.end:pred.start])) <= 2 and "," not in text[date.end:pred.start]


_OF_DATE = re.compile(r"\s+(?:of|dated)\s+(?:the\s+)?", re.I)


def premodifier(text: str, pred: Predicate, places: list[PlaceMention], lex: ClaimLexicon) -> list[Target]:
    """'the Khojaly massacre', "Fuzuli city's liberation": a place standing right before the noun; or between its
    light verb and it, one word at most between ("սկսեցին Քարվաճառ-Օմար ռազմագործողությունը", "launched the
    Kalbajar-Omar operation")."""
    if pred.role != "nouns":
        return []
    return [target(m) for m in places if m.end <= pred.start and (
        _possessive(text[m.end:pred.start], lex) or pred.wording[0] < m.start and _compound(text[m.end:pred.start]))]


def _compound(gap: str) -> bool:
    """Between a place and the noun it names the operation of: a space, or a second name joined by a hyphen."""
    return bool(re.fullmatch(r"(?:[-‐–]\w+)?\s+", gap))


def _possessive(gap: str, lex: ClaimLexicon) -> bool:
    """Between a place and its noun: nothing, a possessive, or a place noun with one ("city's")."""
    m = re.fullmatch(r"(?:['’`]s)?\s+(?:([\w-]+)['’`]s\s+)?", gap)  # "Zangilan`s occupation": a typed backtick too
    return bool(m) and (m.group(1) is None or lex.has("place_nouns", m.group(1)))
