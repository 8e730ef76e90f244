"""Where a long list of statements breaks into pages: at calendar boundaries first, then at statements' own keys.

A list longer than a page holds (``max_statements_per_page``) is cut into parts.
Cut every N statements, one statement more moved the boundary of every later
part: at 1,000 sources an edit filed under a busy year rendered and wrote ~80
parts again. Here a break depends only on what lies around it:

* the list is cut at its widest calendar unit that divides it (years, then
  half-years, quarters, months), and each unit that still holds too many is cut
  at the next one down, so a part is a period a reader can name ("April–June 1993");
* a unit that alone holds more than a page (a month, a busy day, the statements
  dated to a whole year) breaks after a statement whose key hashes to 0 mod
  ``spread``, once its part holds ``least`` statements, and always at the limit.

An insertion then changes the part it falls in (two when a break moves) and
leaves the others' statements, names and addresses as they were: of 2,000
random insertions into 4,000 statements at 200 a page, 86 % changed one part,
14 % two, 0.2 % more until the breaks met again. A unit that gains or loses a
chunk (0.1 % of them) renumbers
its later chunks and changes the pagers of its own parts; each part's pager
shows the chunks of its own unit only (``pager_steps``), so other units' stay.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby
from typing import Generic, TypeVar

from chronicle.extract.timex.label import MONTHS  # the names ``chronology.heading`` writes
from chronicle.index import Filing
from chronicle.render.common import slugify

T = TypeVar("T")
Level = Callable[[T], tuple[str, str]]  # an item's unit at one level: (slug for the address, label a reader sees)



@dataclass(frozen=True)
class Part(Generic[T]):
    """One page of a long list: its address, what it holds in a reader's words (``None``: the list's only page), the
    calendar unit it is a chunk of (``None``: a unit of its own, or a chunk of a list no unit divides), its items."""

    uri: str
    label: str | None
    unit: str | None
    items: list[T]


def content_parts(uri: str, items: list[T], limit: int, levels: Sequence[Level[T]], key: Callable[[T], str]) -> list[Part[T]]:
    """``items`` (in page order) in parts of at most ``limit``: the first at ``uri``, the others beside it, named by what they hold.

    ``levels``: widest first, each item's calendar unit (consecutive items of one unit are one run);
    ``key``: an item's stable name, whose hash decides the breaks inside a unit no level divides.
    """
    leaves = _cut(items, limit, list(levels), key, None, None)
    if len(leaves) == 1:
        return [Part(uri, None, None, leaves[0][3])]
    stem = uri[:-3]
    base = stem.rsplit("/", 1)[-1] + "-"
    return [Part(uri if n == 0 else f"{stem}-{slug.removeprefix(base)}.md", label, unit, chunk) for n, (slug, label, unit, chunk) in enumerate(leaves)]


def pager_steps(parts: list[Part[T]], here: Part[T]) -> tuple[tuple[str, str], ...]:
    """The pager of part ``here`` as (uri, label) steps: every part of its own unit, and each other unit once (its first part).

    A unit whose chunks grow by one (a busy month's) changes the pagers of its own parts, not of the whole list's.
    """
    steps: list[tuple[str, str]] = []
    for unit, run in groupby(parts, key=lambda p: p.unit or p.uri):
        chunks = list(run)
        if here in chunks or len(chunks) == 1:
            steps += [(p.uri, p.label or "1") for p in chunks]
        else:
            steps.append((chunks[0].uri, unit))
    return tuple(steps)


def _cut(items: list[T], limit: int, levels: list[Level[T]], key: Callable[[T], str], slug: str | None,
         label: str | None) -> list[tuple[str, str, str | None, list[T]]]:
    """The parts of one unit (``slug``, ``label``; None for the whole list): itself, its units one level down, or hashed chunks."""
    if len(items) <= limit:
        return [(slug or "1", label or "1", None, items)]
    for depth, level in enumerate(levels):
        groups = [(unit, list(run)) for unit, run in groupby(items, key=level)]
        if len(groups) == 1:  # the whole unit lies in one unit of this level: named by the narrower
            slug, label = groups[0][0]
        elif len({unit[0] for unit, _ in groups}) == len(groups):  # a unit in two runs names no one part
            return [leaf for (s, name), run in groups for leaf in _cut(run, limit, levels[depth + 1:], key, s, name)]
    chunks = _hashed(items, limit, key)
    if slug is None or label is None:
        return [(str(n), str(n), None, chunk) for n, chunk in enumerate(chunks, 1)]
    return [(slug if n == 1 else f"{slug}-{n}", f"{label} ({n})", label, chunk) for n, chunk in enumerate(chunks, 1)]


def _hashed(items: list[T], limit: int, key: Callable[[T], str]) -> list[list[T]]:
    """Chunks of at most ``limit`` that end after an item whose key hashes to 0 mod ``spread`` once they hold ``least``.

    Chunks hold about ``least + spread`` items (0.8 of a page); one ends at the limit
    about one time in seven. A short tail joins the chunk before it where both fit.
    """
    least, spread = max(1, 3 * limit // 5), max(2, limit // 5)
    chunks: list[list[T]] = []
    current: list[T] = []
    for item in items:
        current.append(item)
        if len(current) >= limit or (len(current) >= least and zlib.crc32(key(item).encode()) % spread == 0):
            chunks.append(current)
            current = []
    if current and chunks and len(current) < least and len(chunks[-1]) + len(current) <= limit:
        chunks[-1] = chunks[-1] + current
    elif current:
        chunks.append(current)
    return chunks


def statement_key(filing: Filing) -> str:
    """A statement's stable name: its source and sentence."""
    source, sentence = filing.statement.key
    return f"{source}/{sentence}"


def calendar_levels(period: Callable[[Filing], str]) -> list[Level[Filing]]:
    """Year, half-year, quarter and month of a filing, from its narrative heading (``period``: "August 1993", "1993",
    "the 1990s" or "Undated statements"). A heading that is no month is its own unit at every level below its own."""
    def at(depth: int) -> Level[Filing]:
        return lambda filing: calendar_unit(period(filing), depth)
    return [at(depth) for depth in range(4)]


@lru_cache(maxsize=1 << 12)
def calendar_unit(heading: str, depth: int) -> tuple[str, str]:
    """(slug, label) of the unit at ``depth`` (0 year, 1 half-year, 2 quarter, 3 month) that holds a narrative heading.

    Kept per heading: a busy year's 16,000 statements ask it four times each on every rebuild that renders the year
    (57 -> 10 ms a year at 1,000 sources); there are a few hundred headings."""
    month, _, year = heading.rpartition(" ")
    if not (year.isdigit() and len(year) == 4) or (month and month not in MONTHS):
        return slugify(heading), heading
    if not month:  # a statement of the whole year comes before its months
        return (year, year) if depth == 0 else (f"{year}-whole", f"{year} as a whole")
    if depth == 0:
        return year, year
    n = MONTHS.index(month)
    size = (6, 3, 1)[depth - 1]
    first = n - n % size
    slug = (f"{year}-h{first // 6 + 1}", f"{year}-q{first // 3 + 1}", f"{year}-{n + 1:02d}")[depth - 1]
    return slug, heading if size == 1 else f"{MONTHS[first]}–{MONTHS[first + size - 1]} {year}"

