"""What a page counts of the statements it lists, gathered in one pass.

A busy war or district page lists tens of thousands of statements, and a
``mkdocs serve`` rebuild renders it again whenever an edit files one more
there: read once per count (its districts, sources, perspectives, search
filters), the list cost more than every other step of the rebuild.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from operator import attrgetter

from chronicle.index import Filing

Filters = tuple[tuple[str, tuple[str, ...]], ...]
_KEY, _FACETS = attrgetter("statement.key"), attrgetter("statement.facets")  # read in C: pages count tens of thousands


Facets = tuple[tuple[str, ...], tuple[str, ...], str, "str | None", bool]  # ``Statement.facets``


@dataclass(frozen=True)
class Tally:
    filings: list[Filing]  # each statement once, in the page's order (as ``statements.unique`` keeps them)
    alike: Counter[Facets]  # the statements by what they count for: the counts below are read from it, and an edit adds to it
    districts: Counter[str]  # statements filed under each district
    wars: frozenset[str]  # the wars they are filed under
    sources: frozenset[str]  # the ids of the sources that say them
    perspectives: frozenset[str]  # the perspectives those sources state
    dated: frozenset[str | None]  # the perspectives of the dated statements' sources (None: not stated)

    def filters(self, year: str | None = None) -> Filters:
        """Search filters of the page: the wars, districts and perspectives of its statements, and its year."""
        return _filters(self.wars, self.districts, self.perspectives, year)


def tally(filings: Iterable[Filing]) -> Tally:
    """The page's counts, each statement counted once (a sentence filed twice on a page is listed once).

    Statements are counted by what they count for (``Statement.facets``): a page's
    thousands of statements come from far fewer sources, districts and wars.
    """
    filings = list(filings)
    keys = list(map(_KEY, filings))
    if len(set(keys)) == len(keys):  # a war's or a district's list: each statement is filed there once
        unique = filings
    else:
        seen: set[tuple[str, str]] = set()
        unique = [f for f, key in zip(filings, keys) if not (key in seen or seen.add(key))]
    return _counted(unique, Counter(map(_FACETS, unique)))


def retally(before: Tally, listed: list[Filing], filings: list[Filing], gone: list[Filing], fresh: list[Filing]) -> Tally | None:
    """The tally of ``filings``: ``before``, the tally of ``listed``, without the filings ``gone`` and with the ``fresh``
    ones (``index.update_index``: they are another source's, or the same source's read anew), counting what changed only;
    None when a list names a statement twice (count them anew).

    A rebuild files one source's statements again on a war's page of tens of thousands.
    """
    if len(before.filings) != len(listed) or len(set(map(_KEY, fresh))) != len(fresh) or len(set(map(_KEY, gone))) != len(gone):
        return None
    return _counted(filings, before.alike - Counter(map(_FACETS, gone)) + Counter(map(_FACETS, fresh)))


def _counted(unique: list[Filing], alike: Counter[Facets]) -> Tally:
    districts: Counter[str] = Counter()
    wars: set[str] = set()
    sources: set[str] = set()
    perspectives: set[str] = set()
    dated: set[str | None] = set()
    for (filed_districts, filed_wars, source, perspective, has_date), n in alike.items():
        for code in filed_districts:
            districts[code] += n
        wars.update(filed_wars)
        sources.add(source)
        if perspective:
            perspectives.add(perspective)
        if has_date:
            dated.add(perspective)
    return Tally(unique, alike, districts, frozenset(wars), frozenset(sources), frozenset(perspectives), frozenset(dated))


def facet_filters(filings: Iterable[Filing], year: str | None = None) -> Filters:
    """Search filters of a page that lists ``filings`` (``Tally.filters``; read off its gist, which counts nothing)."""
    return gist(filings).filters(year)


def _filters(wars: Iterable[str], districts: Iterable[str], perspectives: Iterable[str], year: str | None) -> Filters:
    """The search filters of statements filed under ``wars`` and ``districts``, from sources of ``perspectives``."""
    out = [("war", tuple(sorted(wars))), ("district", tuple(sorted(districts))),
           ("perspective", tuple(sorted(perspectives))), ("year", (year,) if year else ())]
    return tuple((k, v) for k, v in out if v)


@dataclass(frozen=True)
class Gist:
    """What a date page's facets and search filters read of its statements: the districts and wars they are filed under
    and their sources' perspectives (sets: a statement counts for them however often it is listed).

    A year's page shows them for every statement of its months and days (tens of thousands in a busy year) and
    is rendered again on each edit that files a statement in the year: each day's gist is kept while its list is
    the same, and the year's is the union of a few hundred small sets.
    """

    districts: frozenset[str] = frozenset()
    wars: frozenset[str] = frozenset()
    perspectives: frozenset[str] = frozenset()

    def filters(self, year: str | None = None) -> Filters:
        """``Tally.filters`` of the same statements."""
        return _filters(self.wars, self.districts, self.perspectives, year)


def gist(filings: Iterable[Filing]) -> Gist:
    """The gist of the statements ``filings`` list."""
    alike = set(map(_FACETS, filings))
    return Gist(frozenset(d for facets in alike for d in facets[0]), frozenset(w for facets in alike for w in facets[1]),
                frozenset(facets[3] for facets in alike if facets[3]))


def merged(gists: Iterable[Gist]) -> Gist:
    """The gist of the statements of several lists together."""
    gists = list(gists)
    return Gist(frozenset().union(*(g.districts for g in gists)), frozenset().union(*(g.wars for g in gists)),
                frozenset().union(*(g.perspectives for g in gists)))
