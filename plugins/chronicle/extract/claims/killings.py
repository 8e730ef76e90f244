"""Killings told in the passive of many civilians at a place ("1000 Azeris had been killed in the town of
Khojaly", "many civilians were killed during the capture of Khojaly"): a massacre, at the place after the verb.
Apart from ``predicates`` as one of its shape passes: "killed" alone is a casualty; the victims make it a massacre.

Many: a count of a hundred or more, or a word of many (the lexicon's ``multitudes``: "many", "hundreds of"),
before people who are no combatants (``victims``: civilians, an ethnic group) in the clause's subject. The harm an
attack or a war did ("32 people were killed in Stepanakert as a result of shelling", "During the war, 145 people
were killed in Khojavend") is a casualty count: a cause anywhere in the sentence (the lexicon's ``attack_causes``,
"as a result of", "by shelling"; a war's noun) makes it no massacre.
"""

from __future__ import annotations

import re

from chronicle.extract.claims.words import WORD
from chronicle.lexicon import ClaimLexicon
from chronicle.literals import cued

MANY = 100  # victims counted at least so many: a massacre's count, not a casualty report's
_SUBJECT_WORDS = 6  # "many civilians", "1000 Azeris", "hundreds of women and children"
# the passive auxiliaries before the participle (an adverb may follow them), ending where the participle starts
_AUXILIARIES = re.compile(r"\b(?:(?:had|have|has)\s+been|were|was)\s+(?:\w+ly\s+)?$", re.I)
_PLACE_NEXT = re.compile(r"\s+(?:in|at|during|in\s+the\s+course\s+of)(?=\s)(?:\s+(?:the\s+)?(?:capture|seizure|storming|"
                         r"attack\s+on|assault\s+on|fall)(?:\s+of)?(?=\s))?", re.I)
_CLAUSE_START = re.compile(r"[,;:.!?()]|\b(?:that|which|who|and|but|while)\b", re.I)


def hits(text: str, lex: ClaimLexicon) -> list[tuple[int, int, str, str]]:
    """'had been killed in', 'were killed during the capture of': a massacre worded from the auxiliary to the
    preposition (and the taking's noun) before its place, when many victims are its subject and no attack is its
    cause."""
    found = []
    for verb in cued(lex.phrases["killing_participles"]).finditer(text):
        aux = _AUXILIARIES.search(text, max(0, verb.start() - 30), verb.start())
        place = _PLACE_NEXT.match(text, verb.end())
        if aux is None or place is None or not _many_victims(text, aux.start(), lex) or _caused(text, lex):
            continue
        found.append((aux.start(), place.end(), "massacre", "verbs"))
    return found


def _many_victims(text: str, start: int, lex: ClaimLexicon) -> bool:
    """Does the clause before the auxiliary name many victims ("1000 Azeris", "many civilians")?"""
    opened = max((c.end() for c in _CLAUSE_START.finditer(text, 0, start)), default=0)
    words = WORD.findall(text, opened, start)[-_SUBJECT_WORDS:]
    victims = next((i for i, w in enumerate(words) if lex.has("victims", w)), None)
    if victims is None:
        return False
    counted = words[:victims]
    return any(lex.has("multitudes", w) or _count(w) >= MANY for w in counted)


def _count(word: str) -> int:
    digits = word.replace(",", "")
    return int(digits) if digits.isdigit() else 0


def _caused(text: str, lex: ClaimLexicon) -> bool:
    """Does the sentence tell an attack or a war as the deaths' cause ("... as a result of shelling", "During the
    Karabakh war, ...")?"""
    return bool(cued(lex.phrases["attack_causes"]).search(text) or cued(lex.outbreak_nouns).search(text))
