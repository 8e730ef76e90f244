"""The words of a sentence around a position: what the claim rules ask of every predicate, date and place.

A sentence is tokenized once (``tokens``, cached for the few sentences being read), so
"the three words before this place" costs a binary search, not a new scan.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache

WORD = re.compile(r"[\w’'-]+")
# a parenthesis or a bracketed note between a noun and its verb: names, dates, footnotes ("The Battle of Hadrut
# (Azerbaijani: ...; Armenian: ...) began", "clashes in Nagorno-Karabakh (Artsakh) began")
ASIDE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
# the first characters of its alternatives tested first: most positions of a sentence start none of them
# a point between digits is a decimal one ("846.7 square kilometres of the territory of Aghdam"), no clause's end
STOP = re.compile(r"(?=[;:.!?()\[\]abtuw])(?:[;:!?()\[\]]|\.(?!\d)|(?<!\d)\.|\b(?:but|while|whereas|which|who|whose|where|when|although|though|because|until)\b)",
                  re.I)


@lru_cache(maxsize=16)
def tokens(text: str) -> tuple[tuple[re.Match, ...], tuple[int, ...], tuple[int, ...], tuple[str, ...]]:
    """The words of a text with their starts and ends, read once: the rules ask for the words around
    each predicate, date and place of a sentence, and tokenizing the sentence for each question dominated."""
    matches = tuple(WORD.finditer(text))
    return (matches, tuple(map(re.Match.start, matches)), tuple(map(re.Match.end, matches)),
            tuple(map(re.Match.group, matches)))


def last_words(text: str, pos: int, n: int, begin: int = 0) -> list[str]:
    """The last ``n`` (>= 1) words of ``text[begin:pos]``, as written (a word running past either end cut there)."""
    _, starts, ends, words = tokens(text)
    k = bisect_left(starts, pos)
    first = max(bisect_right(ends, begin), k - n)
    if first >= k:
        return []
    found = list(words[first:k])
    if starts[first] < begin:
        found[0] = text[begin:ends[first]]
    if ends[k - 1] > pos:
        found[-1] = text[max(starts[k - 1], begin):pos]
    return found


def backwards(text: str, pos: int) -> Iterator[re.Match]:
    """The words of ``text[:pos]``, last first (a word running on past ``pos`` cut there)."""
    matches, starts, ends, _ = tokens(text)
    k = bisect_left(starts, pos)
    if k and ends[k - 1] > pos:
        k -= 1
        yield WORD.match(text, starts[k], pos)
    for i in range(k - 1, -1, -1):
        yield matches[i]


def words_before(text: str, pos: int, n: int) -> list[str]:
    return [w.casefold() for w in last_words(text, pos, n)]


def words_after(text: str, pos: int, n: int) -> list[str]:
    """The first ``n`` words of ``text[pos:]``, lower-cased (a word begun before ``pos`` cut there)."""
    _, starts, ends, words = tokens(text)
    k = bisect_right(ends, pos)
    found = list(words[k:k + n])
    if found and starts[k] < pos:
        found[0] = text[pos:ends[k]]
    return [w.casefold() for w in found]
