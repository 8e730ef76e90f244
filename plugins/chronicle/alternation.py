"""Large case-insensitive alternations (a lexicon's forms, the wars' names) in a shape Python's ``re`` scans fast.

``re`` tries the branches of an alternation one after the other wherever a
match may start, and under IGNORECASE it cannot skip a branch by its first
letter, so a pattern of hundreds of forms costs hundreds of tries at every
word of a sentence. Grouped by first letter, each group behind a test of its
letters, a position tries only the branches that begin with its letter.

The matches stay those of the plain alternation: branches keep their order
within a group, and letters that ``re`` takes for one another ("i", "I",
"İ" and "ı" are one letter to it) share a group, so at any position only one
group can match and its first matching branch is the plain alternation's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence


def letters(first: Iterable[str]) -> str:
    """A character class body of these letters (case-insensitive when the pattern is)."""
    return "".join(sorted(map(re.escape, set(first))))


def grouped(branches: Sequence[tuple[str, str]]) -> str:
    """The alternation of ``branches``, (first letter, regular expression) pairs in priority order, grouped by
    first letter; every branch must start with its letter as written."""
    groups: list[tuple[set[str], list[str]]] = []
    for first, branch in branches:
        group = next((g for g in groups if any(re.fullmatch(re.escape(c), first, re.IGNORECASE) for c in g[0])), None)
        if group is None:
            groups.append(({first}, [branch]))
        else:
            group[0].add(first)
            group[1].append(branch)
    return "|".join(f"(?=[{letters(firsts)}])(?:{'|'.join(members)})" for firsts, members in groups)
