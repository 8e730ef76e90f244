"""Cheap tests of the text next to a name, run before the patterns that need them.

Most sentences hold none of a rule's cue words, so each rule asks first whether
the text ends with or holds one. And Python's ``re`` has no backward search:
``pattern.search(text)`` for a pattern that ends in ``$`` tries every position
of the text, so asking it of the text before each name of a sentence costs time
that grows with the sentence twice over; a match that spans at most a few
whitespace-separated pieces starts in the first of the last few pieces, and
``search_end`` searches from there.

A sentence names places several times, and asking each name's text whether it
holds a cue word asks the sentence's words again and again: ``Clues`` asks the
whole sentence once per family of cue words, and a family it does not hold is
skipped for every name in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate

from chronicle.literals import fold, required_sets

# A word may carry combining marks: the stress accents of Russian encyclopedias ("Кельбаджа́р") are not
# letters to the regex engine, and would cut the name in two. A letter, then letters and marks, written as runs
# of letters between runs of marks: an alternation tried at every character costs ``re`` nearly twice as much.
WORD = re.compile(r"[^\W\d_]+(?:[\u0300-\u036f]+[^\W\d_]*)*")
_WORDS_AND_GAPS = re.compile(rf"({WORD.pattern})")  # WORD as a group: ``split`` returns the gaps and the words in turn
_ASCII_WORDS_AND_GAPS = re.compile(r"([A-Za-z]+)")  # the same on ASCII text, where it is quicker to ask
# A link's text glued to the word before it when a page lost its markup ("the city ofGanja", "inStepanakert"):
# a lower-case preposition, then a capitalized word; the name starts at the capital.
_GLUED = re.compile(r"(?:of|in|at|to|from|near|into|and)(?=[A-Z][^\W\d_]*[a-zəıöüçşğ])")
_GLUED_ANYWHERE = re.compile(r"(?<![^\W\d_])(?:of|in|at|to|from|near|into|and)[A-Z]")
# Every match of it holds a lower-case ASCII letter right before an ASCII capital (the preposition's last letter, the
# name's first): a text without one, most prose, is not searched for the prepositions at every letter.
_LOWER_UPPER = re.compile(r"[a-z][A-Z]")
_COMBINING = re.compile(r"[\u0300-\u036f]+")  # the marks WORD lets into a word


def ends_with(text: str, *words: str, optional: str = "") -> bool:
    """Does the text end (spaces aside, and an ``optional`` last word aside) with one of the words, in any case?
    A cheap test before a pattern anchored at the end, which Python can only search from the start."""
    tail = fold(text.rstrip())
    if optional and tail.endswith(optional):
        tail = tail[: -len(optional)].rstrip()
    return tail.endswith(words)


def search_end(pattern: re.Pattern, text: str, chunks: int) -> re.Match | None:
    """``pattern.search(text)`` for a pattern anchored at the end whose match spans at most ``chunks``
    whitespace-separated pieces of the text: searched from where those begin, since Python's ``re``
    would otherwise try every position of the text before them. The same match, found faster."""
    parts = text.rsplit(None, chunks)
    return pattern.search(text, len(parts[0]) if len(parts) > chunks else 0)


@dataclass(frozen=True)
class Tokens:
    """The words of one sentence (as ``WORD`` finds them), their offsets, and the text between each word and
    the next (``gaps[k]`` follows ``words[k]``). Read once a sentence and shared by every rule that walks
    its words: ``re.split`` makes no match object per word, and a gap is sliced once, not once per rule."""

    words: list[str]
    starts: list[int]
    ends: list[int]
    gaps: list[str]


def tokenize(text: str) -> Tokens:
    """The words of ``text`` and what lies between them."""
    tokens = _split(text)
    return _unglued(tokens) if _glued(text) else tokens  # most sentences: one search, no glued word


def _glued(text: str) -> bool:
    """Does the text hold a preposition glued to a capitalized word (``_GLUED_ANYWHERE``)?"""
    return _LOWER_UPPER.search(text) is not None and _GLUED_ANYWHERE.search(text) is not None


def _split(text: str) -> Tokens:
    """The words of ``text`` as written, glued prepositions and all."""
    parts = (_ASCII_WORDS_AND_GAPS if text.isascii() else _WORDS_AND_GAPS).split(text)  # gap, word, gap, ..., word, gap
    offsets = list(accumulate(map(len, parts)))  # where each part ends
    return Tokens(parts[1::2], offsets[0:-1:2], offsets[1::2], parts[2:-1:2])


def _unglued(tokens: Tokens) -> Tokens:
    """The words with a preposition glued to a name read as two ("ofGanja": "of", then "Ganja")."""
    out = Tokens([], [], [], [])
    for word, start, end, gap in zip(tokens.words, tokens.starts, tokens.ends, tokens.gaps + [""]):
        glued = _GLUED.match(word) if word[0].islower() else None
        if glued:
            cut = glued.end()
            out.words.extend((word[:cut], word[cut:]))
            out.starts.extend((start, start + cut))
            out.ends.extend((start + cut, end))
            out.gaps.append("")
        else:
            out.words.append(word)
            out.starts.append(start)
            out.ends.append(end)
        out.gaps.append(gap)
    out.gaps.pop()  # a gap follows every word but the last
    return out


class Cue:
    """A family of cue words, lower-cased: whole words (a sentence's words are a set: one test asks for any
    number of them), and stems of words that inflect (looked for in its text). One of them is in every match
    of the patterns the family ``guards`` (tests/test_cue_families.py holds each family to its patterns); the
    text near a name is asked for the pieces read off those patterns themselves (``found_in``)."""

    __slots__ = ("words", "stems", "_ascii_stems", "guards", "_needs", "_gate")

    def __init__(self, words: str = "", stems: str = "", guards: tuple[re.Pattern[str], ...] = ()) -> None:
        self.words = frozenset(words.split())
        self.stems = tuple(stems.split())
        self._ascii_stems = tuple(s for s in self.stems if s.isascii())  # all an ASCII sentence can hold
        self.guards = guards
        self._needs = tuple(dict.fromkeys(_needs(pattern) for pattern in guards))
        # a piece of some pattern's first set is in every match: a text without one is ruled out in one pass
        self._gate = tuple(sorted(set().union(*(need[0] for need in self._needs)))) if all(self._needs) else ()

    def found_in(self, text: str) -> bool:
        """Might a guarded pattern match in ``text``? (a piece of each set ``literals.required_sets`` reads
        off one of them: no list to keep beside the patterns, and two sets rule out more than one)"""
        holds = fold(text).__contains__
        if self._gate and not any(map(holds, self._gate)):
            return False
        return any(all(any(map(holds, pieces)) for pieces in need) for need in self._needs)

    def __or__(self, other: Cue) -> Cue:
        return Cue(" ".join(self.words | other.words), " ".join(dict.fromkeys(self.stems + other.stems)),
                   self.guards + other.guards)


def _needs(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """The pattern's sets of pieces worth a test: one under two letters rules out too little to pay for it."""
    return tuple(tuple(sorted(s)) for s in required_sets(pattern) if min(map(len, s)) >= 2)


class Clues:
    """One sentence as the cheap tests read it, once for all its names: its words (``tokens``), its text
    lower-cased, and the set of its words lower-cased. A word the text next to a name holds, the sentence
    holds: where it holds no word of a family of cues, every test of that family fails at every name, and
    the answer, once asked, is kept for the sentence's other names."""

    __slots__ = ("tokens", "_lowered", "_words", "_ascii", "_answers")

    def __init__(self, text: str) -> None:
        written = _split(text)
        glued = _glued(text)
        self.tokens = _unglued(written) if glued else written
        self._lowered = fold(text)
        self._ascii = text.isascii()
        # a word read as a glued preposition and a name ("ofFice": "of", "Fice") is still a word of the sentence
        joined = " ".join(self.tokens.words + written.words if glued else written.words)
        self._words = frozenset(fold(joined).split())
        if not self._ascii and _COMBINING.search(joined):
            # a pattern's \b falls after a combining mark, which is no \w ("A\u0300overlook"): what follows one is a word too
            self._words |= frozenset(fold(_COMBINING.sub(" ", joined)).split())
        self._answers: dict[Cue, bool] = {}

    def has(self, cue: Cue) -> bool:
        """Does the sentence hold a word or a stem of the family?"""
        answer = self._answers.get(cue)
        if answer is None:
            answer = self._answers[cue] = not cue.words.isdisjoint(self._words) or any(
                map(self._lowered.__contains__, cue._ascii_stems if self._ascii else cue.stems))
        return answer


class _Anything(Clues):
    """Clues for text read without its sentence: they rule nothing out."""

    def __init__(self) -> None:
        super().__init__("")

    def has(self, cue: Cue) -> bool:
        return True


ANYTHING = _Anything()

