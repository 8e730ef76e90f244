"""Outbreaks: a war, clashes or fighting said to begin ("the war that started", "clashes erupted", "the outbreak of
fighting"), an assault with no single district unless its place is told (``claims._outbreak_place``); worded by
the verb, or by the noun that says it began. Apart from ``predicates`` as one of its shape passes."""

from __future__ import annotations

import re

from chronicle.extract.claims.clauses import PREPOSITIONS
from chronicle.extract.claims.words import ASIDE, STOP, WORD
from chronicle.lexicon import ClaimLexicon
from chronicle.literals import cued


def hits(text: str, lex: ClaimLexicon) -> list[tuple[int, int, str, str]]:
    """'the war that started', 'clashes erupted', 'the outbreak of fighting': a war's outbreak, worded by its verb
    (or the noun that says it began)."""
    found = []
    for noun in cued(lex.outbreak_nouns).finditer(text):
        verb = lex.outbreak_verbs.search(text, noun.end(), min(len(text), noun.end() + 80))
        gap = _own_words(text[noun.end():verb.start()], lex) if verb else ""
        if verb and (len(WORD.findall(gap)) <= 2 or _COMPLEMENT.fullmatch(gap)) and not STOP.search(gap) \
                and not _modifies(gap, lex):
            found.append((verb.start(), verb.end(), "assault", "outbreak"))
        elif lex.free_order and (verb := _verb_before(text, noun.start(), lex)) is not None:
            found.append((verb.start(), verb.end(), "assault", "outbreak"))  # "начались активные бои": the verb first
        first = None
        for first in lex.outbreak_before.finditer(text, max(0, noun.start() - 60), noun.start()):
            pass  # the last one before the noun: "the outbreak of full-scale fighting"
        if first and len(WORD.findall(text[first.end():noun.start()])) <= 2 and not STOP.search(text[first.end():noun.start()]):
            found.append((first.start(), first.end(), "assault", "outbreak"))
    return found


def _own_words(gap: str, lex: ClaimLexicon) -> str:
    """The words between an outbreak's noun and its verb that part them: a parenthesis or a note ("clashes in
    Nagorno-Karabakh (Artsakh) began") and the relative pronoun that opens the noun's own clause ("the fighting which
    started on 2 April", "a war that broke out in 1992") are none."""
    gap = ASIDE.sub(" ", gap)
    first = WORD.search(gap)
    if first is not None and lex.has("relatives", first.group()) and not gap[:first.start()].strip(" ,"):
        return gap[first.end():]
    return gap


def _modifies(gap: str, lex: ClaimLexicon) -> bool:
    """'combat aircraft began', 'war games started': the outbreak noun only describes the noun right after it, the
    verb's subject; an auxiliary, an adverb, a preposition or a relative after it leave it the subject ('fighting
    has resumed', 'war finally broke out', 'fighting in Hadrut began', 'the war that started')."""
    words = WORD.findall(gap)
    if not words or not words[0].islower():
        return False
    first = words[0]
    return not (lex.has("auxiliaries", first) or lex.has("adverbs", first) or lex.has("relatives", first)
                or first in PREPOSITIONS or lex.has("prepositions", first) or first.endswith("ly"))


def _verb_before(text: str, pos: int, lex: ClaimLexicon) -> re.Match | None:
    """An outbreak verb standing right before its noun, two words (its adjectives) between at most, in a language
    whose subject may follow its verb."""
    verb = None
    for verb in lex.outbreak_verbs.finditer(text, max(0, pos - 40), pos):
        pass
    gap = text[verb.end():pos] if verb else ""
    return verb if verb and len(WORD.findall(gap)) <= 2 and not STOP.search(gap) and "," not in gap else None


# the noun's own complement between it and its verb: "fighting between Armenian and Azerbaijani forces erupted"
_COMPLEMENT = re.compile(r"\s+(?:between|along|on|over|around|across|in)\s+(?:[\w’'-]+\s+){1,7}")
