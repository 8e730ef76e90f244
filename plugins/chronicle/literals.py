"""The literal text every match of a pattern holds, to skip the search in a text that holds none of it.

A rule's pattern is searched in every sentence, but most sentences hold none
of its words: "during the Soviet period" needs "soviet", a war of fighting
needs one of its verbs. Python's ``re`` finds that out by trying the pattern at
every position; a substring test (``str.__contains__``, one fast scan) finds it
out far cheaper. ``required`` reads the pieces from the compiled pattern itself
(so a rule edited or extended keeps a true test without anyone listing its
words twice), and ``Cued`` puts the test before ``search`` and ``finditer``.

The test never changes a result: a text that holds none of the pieces has no
match, and a text that holds one is searched as before. Case is taken off both
sides by ``fold``, which gives one string for any two characters that an
IGNORECASE pattern takes for one another ("İ", "I", "ı" and "i"; "ſ" and "s").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from re import _constants as sre  # the parsed form of a pattern: the only way to read its literal pieces
from re import _parser

# Above this many alternatives the substring tests cost about what the pattern's own scan does.
MAX_CUES = 48
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
Cues = frozenset[str]


@lru_cache(maxsize=64)
def fold(text: str) -> str:
    """The text with case taken off as IGNORECASE takes it (cached: several rules ask of one sentence; an
    ASCII text, as English mostly is, needs no more than ``lower``)."""
    return fold_word(text)


def fold_word(text: str) -> str:
    """``fold`` without its cache: for single words asked many times a sentence, which would push the
    sentences the cache is for out of it."""
    return text.lower() if text.isascii() else text.casefold().replace("\u0307", "").replace("ı", "i")


def required(pattern: re.Pattern[str]) -> Cues | None:
    """Folded pieces of text one of which every match of ``pattern`` holds; None when no such set is known
    (a pattern that may match without any literal, or one with too many alternatives to pay)."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except (re.error, TypeError):  # a bytes pattern, or a form this reading does not know: always searched
        return None
    cues = _sequence(list(parsed))
    if not cues or len(cues) > MAX_CUES:
        return None
    return frozenset(c for c in cues if not any(other != c and other in c for other in cues))  # "war" tests "wars" too


def required_sets(pattern: re.Pattern[str]) -> tuple[Cues, ...]:
    """Every set of folded pieces a match of ``pattern`` holds one of, most selective first: ``required``
    keeps the best alone, but two tested together rule out more ("km" and "of" for a distance). () when
    none is known (then nothing is ruled out)."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except (re.error, TypeError):
        return ()
    found = {_reduced(s) for s in _sets(list(parsed)) if len(s) <= MAX_CUES}
    return tuple(sorted(found, key=lambda s: (_selectivity(s), sorted(s)), reverse=True))


def _sets(items: Sequence[tuple]) -> list[Cues]:
    """The sets a sequence of parsed items requires: each literal run (with the branch right after it: the
    parser takes "neither|nor" for "n" and "either|or"), and each group's, branch's or repeated part's."""
    sets: list[Cues] = []
    run: list[str] = []
    for op, arg in items:
        if op is sre.LITERAL:
            run.append(chr(arg))
            continue
        if op is sre.BRANCH:
            found = _joined(run, arg[1]) if run else _branch(arg[1])
            sets.extend([found] if found is not None else [])
            run = []
        elif op is sre.SUBPATTERN or op is sre.ATOMIC_GROUP or (op in _REPEATS and arg[0] >= 1):
            sets.extend(_sets(list(arg[3] if op is sre.SUBPATTERN else arg if op is sre.ATOMIC_GROUP else arg[2])))
        if run:
            sets.append(_run(run))
        run = []
    return sets + [_run(run)] if run else sets


def _branch(branches: list) -> Cues | None:
    """One piece of each alternative's most selective set: one of them is in every match."""
    chosen = []
    for branch in branches:
        sets = _sets(list(branch))
        if not sets:
            return None
        chosen.append(max(sets, key=_selectivity))
    return frozenset().union(*chosen)


def _selectivity(cues: Cues) -> tuple[int, float]:
    """How much a set rules out: the longer its shortest piece, then its pieces on average, the more."""
    return min(map(len, cues)), sum(map(len, cues)) / len(cues)


def _joined(run: list[str], branches: list) -> Cues:
    """The run followed by each branch's own leading literal run: one of them is in every match."""
    prefix = "".join(run)
    pieces = set()
    for branch in branches:
        lead = list(itertools.takewhile(lambda item: item[0] is sre.LITERAL, branch))
        pieces.add(fold(prefix + "".join(chr(arg) for _, arg in lead)))
    return frozenset(pieces)


def _reduced(cues: Cues) -> Cues:
    return frozenset(c for c in cues if not any(other != c and other in c for other in cues))  # "war" tests "wars" too


def _sequence(items: Sequence[tuple]) -> Cues | None:
    """The best set a sequence of parsed items requires: its longest run of literal characters, or what
    one of its groups, branches or repeated parts requires, whichever tests most selectively."""
    best: Cues | None = None
    run: list[str] = []
    for op, arg in items:
        if op is sre.LITERAL:
            run.append(chr(arg))
            continue
        best = _better(best, _run(run))
        run = []
        best = _better(best, _item(op, arg))
    return _better(best, _run(run))


def _item(op, arg) -> Cues | None:
    """What one parsed item that is not a literal requires (zero-width tests and classes: nothing)."""
    if op is sre.SUBPATTERN:
        return _sequence(list(arg[3]))
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(arg))
    if op in _REPEATS and arg[0] >= 1:
        return _sequence(list(arg[2]))
    if op is sre.BRANCH:
        branches = [_sequence(list(branch)) for branch in arg[1]]
        return None if any(b is None for b in branches) else frozenset().union(*branches)
    return None


def _run(chars: list[str]) -> Cues | None:
    return frozenset({fold("".join(chars))}) if chars else None


def _better(a: Cues | None, b: Cues | None) -> Cues | None:
    """The more selective of two sets: its shortest piece longer, else fewer pieces."""
    if a is None or b is None:
        return a if b is None else b
    return b if (min(map(len, b)), -len(b)) > (min(map(len, a)), -len(a)) else a


def led(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind a look-ahead of the characters its matches can start with: ``re`` then tries its
    branches only where one stands (an alternation of stems, or of a day's and a clock's shapes, is otherwise
    tried branch by branch at every position of the text). The matches are the same, groups and all; a pattern
    whose first characters are not known (``first_chars``) is returned as it is."""
    firsts = first_chars(pattern)
    if firsts is None:
        return pattern
    try:
        return re.compile(f"(?=[{firsts}])(?:{pattern.pattern})", pattern.flags)
    except re.error:  # a global inline flag ("(?i)...") must open the pattern: left as it is
        return pattern


def first_chars(pattern: re.Pattern[str]) -> str | None:
    """The body of a character class that the first character of every match of ``pattern`` is in (as written:
    the pattern's own flags take case off it); None when none is known (a match may be empty, or start with any
    word character, or a part is made case-insensitive inside the pattern)."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except (re.error, TypeError):
        return None
    found = _firsts(list(parsed))
    return None if found is None or found[1] else "".join(sorted(found[0]))


def _firsts(items: Sequence[tuple]) -> tuple[set[str], bool] | None:
    """The class pieces the first character ``items`` consume is in, and whether they may consume none."""
    pieces: set[str] = set()
    for op, arg in items:
        if op is sre.AT or op is sre.ASSERT or op is sre.ASSERT_NOT:
            continue  # zero-width ("\b", a look-around): the first character comes after
        if op is sre.LITERAL:
            return pieces | {re.escape(chr(arg))}, False
        if op is sre.IN:
            own = _class_pieces(arg)
            return None if own is None else (pieces | own, False)
        if op is sre.SUBPATTERN and not arg[1] & re.IGNORECASE:  # a group that adds no IGNORECASE of its own: one that
            inner = _firsts(list(arg[3]))  # takes it off ("(?-i:[Hh]e)") starts with fewer characters than led's class admits
        elif op is sre.ATOMIC_GROUP:
            inner = _firsts(list(arg))
        elif op is sre.BRANCH:
            branches = [_firsts(list(branch)) for branch in arg[1]]
            inner = None if None in branches else (set().union(*(b[0] for b in branches)), any(b[1] for b in branches))
        elif op in _REPEATS:
            sub = _firsts(list(arg[2]))
            inner = None if sub is None else (sub[0], sub[1] or arg[0] == 0)
        else:
            return None  # any character, a negated one, a group's reference: no class known
        if inner is None:
            return None
        pieces |= inner[0]
        if not inner[1]:
            return pieces, False
    return pieces, True


def _class_pieces(items: Sequence[tuple]) -> set[str] | None:
    """A class's letters, ranges and digits as class pieces; None for a negated class or a wide category."""
    pieces = set()
    for op, arg in items:
        if op is sre.LITERAL:
            pieces.add(re.escape(chr(arg)))
        elif op is sre.RANGE:
            pieces.add(f"{re.escape(chr(arg[0]))}-{re.escape(chr(arg[1]))}")
        elif op is sre.CATEGORY and arg is sre.CATEGORY_DIGIT:
            pieces.add(r"\d")
        else:
            return None
    return pieces


def cued(pattern: re.Pattern[str]) -> Cued:
    """``pattern``'s ``Cued``, made once and found again by the pattern's identity. A cache keyed by the pattern
    (``lru_cache``) hashes it on every call, and a Pattern's hash reads its whole compiled code: 6 us for a
    lexicon's list of phrases, asked of every sentence. The entry holds its pattern, so no other object takes
    that id while it is kept."""
    made = _MADE.get(id(pattern))
    if made is None:
        if len(_MADE) >= _MADE_MAX:  # lexicons read again after edits (``mkdocs serve``): the old ones go
            _MADE.clear()
        made = _MADE[id(pattern)] = (pattern, Cued(pattern))
    return made[1]


class Cued:
    """A compiled pattern behind the substring test of its ``required`` pieces; the rest of ``re.Pattern``'s
    methods a rule needs are ``pattern``'s own."""

    __slots__ = ("pattern", "cues")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.cues = tuple(sorted(required(pattern) or ())) or None

    def holds_cue(self, text: str) -> bool:
        """Might the pattern match in ``text``? False only when it cannot."""
        return self.cues is None or any(map(fold(text).__contains__, self.cues))

    def search(self, text: str, *span: int) -> re.Match[str] | None:
        return self.pattern.search(text, *span) if self.holds_cue(text) else None

    def finditer(self, text: str, *span: int) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text, *span) if self.holds_cue(text) else iter(())


_MADE: dict[int, tuple[re.Pattern[str], Cued]] = {}  # id(pattern) -> (pattern, its Cued)
_MADE_MAX = 1024
