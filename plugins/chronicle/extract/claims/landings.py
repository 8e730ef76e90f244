"""Landings: a munition that fell on or hit a place ("One of the shells fired by the armed forces fell on the
courtyard of the police department in Tartar city", "a Grad shell fell on several houses in Seyidli village"), an
attack on the place after the verb. Apart from ``predicates`` as one of its shape passes: the verb alone ("fell on",
"landed in") says nothing of an attack; its subject, a munition, does."""

from __future__ import annotations

import re

from chronicle.extract.claims.words import WORD
from chronicle.lexicon import ClaimLexicon
from chronicle.literals import cued

_SUBJECT_WORDS = 12  # "One of the shells fired by the armed forces of Armenia": the subject's reach before its verb
_CLAUSE_START = re.compile(r"[,;:.!?()\"“”]|\b(?:and|but|while|when|after|before|which|that)\b", re.I)


def hits(text: str, lex: ClaimLexicon) -> list[tuple[int, int, str, str]]:
    """A verb of landing (the lexicon's ``landing``) whose clause, up to it, holds a munition (``munitions``) among
    its last words: an active assault worded by the verb and its preposition, its place the verb's object."""
    found = []
    for verb in cued(lex.phrases["landing"]).finditer(text):
        opened = [m.end() for m in _CLAUSE_START.finditer(text, max(0, verb.start() - 120), verb.start())]
        subject = WORD.findall(text, max(opened, default=max(0, verb.start() - 120)), verb.start())[-_SUBJECT_WORDS:]
        if any(lex.has("munitions", w) for w in subject):
            found.append((verb.start(), verb.end(), "assault", "verbs"))
    return found
