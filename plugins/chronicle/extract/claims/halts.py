"""Halts: the fighting or an operation stopped, told by its noun and a passive participle of stopping
("hostilities were formally halted", '"Anti-terrorist measures" are stopped'), a ceasefire. Apart from
``predicates`` as one of its shape passes."""

from __future__ import annotations

import re

from chronicle.extract.claims.words import WORD
from chronicle.lexicon import ClaimLexicon
from chronicle.literals import cued


def hits(text: str, lex: ClaimLexicon) -> list[tuple[int, int, str, str]]:
    """'hostilities were formally halted', 'fighting was stopped', '"Anti-terrorist measures" are stopped',
    'hostilities ceased on 12 May': a war's noun or an operation's name of more than one word (the lexicon's
    ``region_operations``: "operations" alone may be an airport's), an auxiliary (adverbs may stand beside it) and a
    participle of stopping (``halt_verbs``), or that verb in the past with no object after it, is a ceasefire, worded
    from the noun; a modal before the auxiliary ("would be halted") is a plan, and other nouns ("talks were halted")
    no truce."""
    found = []
    operations = [m for m in cued(lex.phrases["region_operations"]).finditer(text) if re.search(r"[\s-]", m.group())]
    for noun in [*cued(lex.outbreak_nouns).finditer(text), *operations]:
        aux = False
        for w in WORD.finditer(text, noun.end()):
            word = w.group().casefold()
            gap = _CLOSING_QUOTE.sub(" ", text[noun.end():w.start()], 1)
            if gap.strip(" ,") and not re.fullmatch(r"[\s\w]*", gap):
                break  # punctuation other than spaces (and the name's closing quote) ends the verb group
            if lex.has("auxiliaries", word):
                aux = True
            elif lex.has("halt_verbs", word) and (aux or not _NOUN_LIKE.match(text, w.end())):
                found.append((noun.start(), w.end(), "ceasefire", "phrases"))
                break
            elif not (lex.has("adverbs", word) or (word.endswith("ly") and len(word) > 4)):
                break
    return found


_NOUN_LIKE = re.compile(r"\s+(?:the|a|an|its|their|his|her)\b", re.I)  # "the fighting stopped the convoy": an object
_CLOSING_QUOTE = re.compile(r"^[\"”'’]")  # the quote closing a name: '"Anti-terrorist measures" are stopped'
