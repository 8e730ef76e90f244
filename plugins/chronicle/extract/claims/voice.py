"""Voice: the auxiliaries and adverbs that join a verb's wording, and whether it is passive.

An auxiliary before a participle makes the verb passive, so the place is its
subject ("Shusha was taken"); so does a participle standing right after a
place or territory noun, or with its agent after it ("Aghdam district occupied
by ..."): a reduced relative clause.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from chronicle.extract.claims import shapes
from chronicle.extract.claims.words import backwards, words_after, words_before
from chronicle.lexicon import ClaimLexicon
from chronicle.records import replace

if TYPE_CHECKING:
    from chronicle.extract.claims.predicates import Predicate


def voice(text: str, lex: ClaimLexicon, pred: Predicate) -> Predicate:
    """Auxiliaries and adverbs before a verb join its wording; an auxiliary before a participle makes it passive."""
    start = pred.start
    aux = False
    words = backwards(text, start)
    while (m := next(words, None)) is not None:
        word = m.group().casefold()
        if text[m.end():start].strip(" \"“”'‘’"):  # only spaces (and quotes: had been "liberated") separate the chain
            break
        adverb = m.group().islower() and word.endswith("ly") and len(word) > 4  # "intentionally bombarded"
        if lex.has("auxiliaries", word) or lex.has("adverbs", word) or adverb:
            aux = aux or lex.has("auxiliaries", word) and word not in ("had", "has", "have")
            start = m.start()
            continue
        phrase = _adverbial_ending(text, m.end(), lex) if word in _adverbial_ends(lex.words["adverbs"]) else None
        before = next(backwards(text, phrase), None) if phrase is not None else None
        if before is None or text[before.end():phrase].strip() or not lex.has("auxiliaries", before.group()):
            break
        start = phrase  # "is for the first time shelled", "was once again attacked": an auxiliary stands before it
        words = backwards(text, phrase)
    form = text[pred.start:pred.end]
    infinitive = " to " in form  # "were forced to leave" is active on its object
    participle = not form.split()[0].casefold().endswith("ing")  # "to be attacking" is active
    passive = ((aux and participle and not infinitive) or (pred.role == "verbs" and _reduced_relative(text, lex, pred))) \
        and pred.role == "verbs"
    if (start, pred.end) == pred.wording and passive == pred.passive:
        return pred  # nothing joins it: no copy
    return replace(pred, wording=(start, pred.end), passive=passive)


@lru_cache(maxsize=8)
def _adverbial_ends(adverbs: frozenset[str]) -> frozenset[str]:
    """The last words of the lexicon's adverbials of several words ("time" of "for the first time"): only a chain
    stopped at one of them is asked for the whole phrase."""
    return frozenset(w.split()[-1] for w in adverbs if " " in w)


def _adverbial_ending(text: str, end: int, lex: ClaimLexicon) -> int | None:
    """Where an adverbial of several words ending at ``end`` starts ("for the first time", "once again"), if one does."""
    found = None
    for found in lex.phrases["adverbs"].finditer(text, max(0, end - 30), end):
        pass
    return found.start() if found is not None and found.end() == end and " " in found.group() else None


def object_after(text: str, end: int, lex: ClaimLexicon) -> bool:
    """'... settlement of the Gorus region shelled positions of the army': a participle with its object right after
    it (a determiner or the combatants' noun) is an active verb whose subject is far before, not a reduced relative
    (a passive participle takes no object: "a district centre occupied in October 1993")."""
    after = words_after(text, end, 1)
    return bool(after) and (lex.has("determiners", after[0]) or lex.has("combatants", after[0]))


_AGENT = re.compile(r"\s+by\s+(?!storm\b|force\b|\d|then\b|now\b|the\s+end\b|(?:January|February|March|April|May|June|"
                    r"July|August|September|October|November|December)\b)", re.I)


def _reduced_relative(text: str, lex: ClaimLexicon, pred: Predicate) -> bool:
    """'these territories lost three decades earlier', 'a district centre occupied in October 1993': a participle
    right after a territory or place noun (not one naming a side: "the Armenian side occupied"); "Aghdam district
    occupied by Armenia": a participle with its agent after it (not 'took by storm', 'captured by April 3')."""
    before = words_before(text, pred.start, 1)
    form = text[pred.start:pred.end]
    if before and lex.has("generic_territory", before[0]):
        return True
    if before and lex.has("place_nouns", before[0]) and not lex.has("actors", before[0]) and \
            " " not in form and form.endswith(("ed", "en")) and text[:pred.start].endswith(" ") and \
            text[:pred.start].rstrip()[-1:].isalpha() and not object_after(text, pred.end, lex):
        return True
    return " " not in form and form.endswith(("ed", "en")) and bool(_AGENT.match(text, pred.end)) and not (
        before and before[0] in ("had", "has", "have")) or shapes.participle_aside(text, pred.start, pred.end, lex)
