"""Where the predicate search may find anything in a sentence, told before it searches: the cheap tests of ``find``.

Every sentence is searched for predicates, and most hold none. A form's pattern is asked only of a sentence that
holds one of its first words (``ClaimLexicon.candidates``) and then only where one stands (``at_first_words``),
not at every position; the passes that start from a word of their own are asked only where one of their words'
pieces stands (``may_hold_shape``). Each test only skips work: what it leaves out cannot match.
"""

from __future__ import annotations

import re

from chronicle.extract.claims.words import WORD
from chronicle.lexicon import ClaimLexicon, PredicateForms
from chronicle.literals import cued, fold


def at_first_words(forms: PredicateForms, text: str, folded: str, words: set[str]) -> list[re.Match]:
    """``forms.pattern.finditer(text)``, the pattern tried only where one of its first words stands instead of at
    every position of the sentence. ``folded`` is the text lower-cased with the same offsets, ``words`` its words.
    Exact for an ASCII text without an apostrophe and forms whose first words are ASCII words (``word_led``):
    a match starts with a first word that nothing of a word (a letter, digit, hyphen or apostrophe) adjoins, so
    that word is one of ``words`` and ``folded`` holds it where the match starts."""
    starts = set()
    for word in forms.firsts & words:
        at = folded.find(word)
        while at >= 0:
            starts.add(at)
            at = folded.find(word, at + 1)
    found: list[re.Match] = []
    end = 0
    for start in sorted(starts):
        if start >= end and (match := forms.pattern.match(text, start)) is not None:
            found.append(match)
            end = match.end()
    return found


def word_led(forms: PredicateForms) -> bool:
    """Are the forms' first words ASCII words as ``WORD`` reads them (so ``at_first_words`` finds every match)?
    'İ' or a long 's' matches an ASCII letter under IGNORECASE, and a first word holding a point is no one word.
    Made once per forms, found again by their identity (forms hash their pattern, whose hash reads its code)."""
    made = _WORD_LED.get(id(forms))
    if made is None or made[0] is not forms:
        if len(_WORD_LED) >= 512:  # lexicons read again after edits (``mkdocs serve``): the old ones go
            _WORD_LED.clear()
        made = _WORD_LED[id(forms)] = (forms, all(w.isascii() and WORD.fullmatch(w) is not None for w in forms.firsts))
    return made[1]


_WORD_LED: dict[int, tuple[PredicateForms, bool]] = {}  # id(forms) -> (forms, whether their first words are ASCII words)


def may_hold_shape(text: str, lex: ClaimLexicon) -> bool:
    """Might a shape pass of ``find`` find anything in ``text``? False only where none can: each starts from the
    matches of one pattern (its driver, ``_shape_drivers``), and the text holds none of the pieces every match of
    any driver holds. One substring scan of the folded sentence instead of a call of each pass and its test."""
    cues = _driver_cues(lex)
    return cues is None or any(map(fold(text).__contains__, cues))


def _shape_drivers(lex: ClaimLexicon) -> tuple[re.Pattern, ...]:
    """The patterns the shape passes of ``find`` loop over: a war's noun or an operation's name (``outbreaks.hits``,
    ``halts.hits``), the
    verbs and nouns of driving out, entering and stopping (``shapes.expulsions``, ``entries``, ``suspensions``),
    the preposition of a place under fire (``under_fire``), a continuation's words, the verbs and nouns of stopping
    what moves (``stoppages.hits``), the verbs of a munition landing (``landings.hits``), the participle of a killing
    (``killings.hits``). A pass added to ``find`` adds its own pattern here."""
    return (lex.outbreak_nouns, lex.phrases["expel_verbs"], lex.phrases["entry_nouns"], lex.phrases["stop_verbs"],
            lex.phrases["fire_under"], lex.phrases["continuation"], lex.phrases["stopping"], lex.phrases["landing"],
            lex.phrases["region_operations"], lex.phrases["killing_participles"])


def _driver_cues(lex: ClaimLexicon) -> tuple[str, ...] | None:
    """Every piece one of which some driver's match holds (``chronicle.literals``); None when a driver's are
    unknown (then the passes always run). Made once per lexicon, found again by its identity (a lexicon is no
    key: its tables do not hash)."""
    made = _DRIVER_CUES.get(id(lex))
    if made is None or made[0] is not lex:
        if len(_DRIVER_CUES) >= 16:  # lexicons read again after edits (``mkdocs serve``): the old ones go
            _DRIVER_CUES.clear()
        cues = [cued(driver).cues for driver in _shape_drivers(lex)]
        made = _DRIVER_CUES[id(lex)] = (lex, None if any(c is None for c in cues) else tuple(sorted(set().union(*cues))))
    return made[1]


_DRIVER_CUES: dict[int, tuple[ClaimLexicon, tuple[str, ...] | None]] = {}  # id(lexicon) -> (lexicon, its cues)
