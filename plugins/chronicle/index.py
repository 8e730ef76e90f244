"""Index: file every statement on the district, date and war pages it belongs to.

A statement is one source sentence with what extraction found in it. The
index decides *where* it appears; rendering decides *how*. Dates are filed at
the precision their text supports, never finer: "mid-August 1993" sits on the
August 1993 page, a range on its first and last pages and as ongoing between.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from operator import attrgetter
from typing import Any, Callable, Iterable, Mapping, TypeVar

from dateutil.relativedelta import relativedelta

from chronicle.chronology import first_mention, heading, mention_key
from chronicle.model import Corpus, DateMention, Paragraph, Sentence, SentenceFacts, Source

Key = tuple[str, str]  # (source id, sentence id)
G = TypeVar("G")
NO_FACTS = SentenceFacts()
FEW = 16  # fresh filings are put in place one by one while they are fewer than a page's kept ones by this factor

DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
MONTH = re.compile(r"^(\d{4})-(\d{2})$")
YEAR_PART = re.compile(r"^(\d{4})(?:-(?:SP|SU|FA|WI|H[12]|Q[1-4]))?$")
DECADE = re.compile(r"^(\d{3})X$")
WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


@dataclass(frozen=True)
class Statement:
    source: Source
    paragraph: Paragraph
    sentence: Sentence
    facts: SentenceFacts
    continuation: Sentence | None = None  # the second half of a sentence a caption cut in two

    @cached_property
    def key(self) -> Key:
        """(source id, sentence id), computed once: indexing and rendering ask for it hundreds of thousands of times."""
        return (self.source.id, self.sentence.id)

    @cached_property
    def first(self) -> DateMention | None:
        """The date that places it in the one order (``chronology.first_mention``), found once: a war's pages and
        timeline ask it of all their statements, again on every ``mkdocs serve`` rebuild that renders them."""
        return first_mention(self.facts.dates)

    @cached_property
    def period(self) -> str | None:
        """The narrative heading it goes under (``chronology.heading`` of its first date), found once as ``first``."""
        return heading(self.first)

    @cached_property
    def facets(self) -> tuple[tuple[str, ...], tuple[str, ...], str, str | None, bool]:
        """What a page that lists it counts: (filed districts, filed wars, source id, source's perspective, dated?).

        Found once, as ``first``: a busy war's page counts tens of thousands of statements on every rebuild (``render.tally``).
        """
        return (self.facts.filed_districts, self.facts.filed_wars, self.source.id, self.source.meta.perspective, self.first is not None)

    @property
    def text(self) -> str:
        """The words a page quotes: the sentence, joined with its second half where a caption cut it."""
        return f"{self.sentence.text} {self.continuation.text}" if self.continuation else self.sentence.text

    @property
    def when(self) -> dt.date:
        """The earliest day its dates name (for ordering); undated sort last."""
        days = [anchor_day(m) for m in self.facts.dates if anchor_day(m) and m.type in ("DATE", "TIME")]
        return min(days) if days else dt.date.max


def anchor_day(m: DateMention) -> dt.date | None:
    """The day a mention is placed at: its first day, or for "by 20 August" (no first day) the bounding day."""
    return m.earliest or m.latest


@dataclass(frozen=True)
class Filing:
    """A statement as it appears on one page, with how it relates to the page."""

    statement: Statement
    role: str = "on"  # on, start, end, ongoing, mention
    mention: DateMention | None = None

    @cached_property
    def order(self) -> tuple:
        """Its place in the one chronological order (``chronology``): the filing's own date, else the statement's first.

        Computed once: a filing of a source no edit touched keeps its place across ``mkdocs serve`` rebuilds.
        """
        s = self.statement
        when = mention_key(self.mention if self.mention and anchor_day(self.mention) else s.first)
        return (when, s.source.id, s.paragraph.number, s.sentence.id)


@dataclass(frozen=True)
class SourceFilings:
    """One source's share of the index: its statements (by key) and the pages each is filed on, in filing order.

    Computed once per processed source (``file_source``), so an index can be
    updated for the sources an edit changed (``update_index``) instead of rebuilt.
    """

    source_id: str
    statements: tuple[tuple[Key, Statement], ...]
    filings: tuple[tuple[str, str, Filing], ...]  # (kind, page, filing); kind: districts, dates or wars
    # ``carry.carried_over``: the share filed anew that this one stands for (its unchanged statements are an earlier share's)
    filed_from: SourceFilings | None = field(default=None, compare=False, repr=False)


Change = tuple[list["Filing"], list["Filing"], list["Filing"]]  # a page's list before, its filings taken out, its filings put in


@dataclass
class SiteIndex:
    statements: dict[Key, Statement] = field(default_factory=dict)
    districts: dict[str, list[Filing]] = field(default_factory=lambda: defaultdict(list))
    dates: dict[str, list[Filing]] = field(default_factory=lambda: defaultdict(list))
    wars: dict[str, list[Filing]] = field(default_factory=lambda: defaultdict(list))
    cited_by: dict[Key, set[tuple[str, str]]] = field(default_factory=lambda: defaultdict(set))
    cited: dict[str, int] = field(default_factory=dict)  # source id -> how many of its sentences some page quotes
    _counts: dict[tuple[str, str], int] = field(default_factory=dict, repr=False, compare=False)
    # (kind, page) -> (its list in the index this one was updated from, the filings taken out, those put in): what a
    # rebuild's pages derive their counts and groups from, instead of reading the whole list again (``update_index``)
    changes: dict[tuple[str, str], Change] = field(default_factory=dict, repr=False, compare=False)
    stamp: object = field(default_factory=object, repr=False, compare=False)  # this index, for a later one to name (not to hold)
    updated_from: object | None = field(default=None, repr=False, compare=False)  # the ``stamp`` of the index ``changes`` are from

    def count(self, kind: str, page: str) -> int:
        """Distinct statements filed on a page (a sentence filed twice counts once).

        Maps and indexes ask for every page, so each is counted once, and an
        updated index (``update_index``) keeps the counts of pages no edit reached.
        """
        if (kind, page) not in self._counts:
            self._counts[kind, page] = len(set(map(_KEY, getattr(self, kind).get(page, ()))))
        return self._counts[kind, page]


def build_index(corpus: Corpus, campaigns: Mapping[Key, tuple[str, ...]] | None = None) -> SiteIndex:
    """The index of a whole corpus (``campaigns``: the campaigns each statement is filed under besides its wars)."""
    return update_index(SiteIndex(), (), [file_source(s, corpus.facts, campaigns or {}) for s in corpus.sources])


def file_source(source: Source, facts: Mapping[Key, SentenceFacts], campaigns: Mapping[Key, tuple[str, ...]]) -> SourceFilings:
    """A source's statements and the pages they are filed on (a sentence a caption cut in two is one statement)."""
    sentences = {s.id: s for s in source.sentences()}
    second_halves = {s.continued_by for s in sentences.values() if s.continued_by}
    statements: list[tuple[Key, Statement]] = []
    filings: list[tuple[str, str, Filing]] = []
    for paragraph in source.paragraphs:
        for sentence in paragraph.sentences:
            if sentence.id in second_halves:
                continue  # quoted and filed with its first half, which is also found under its key
            own = facts.get((source.id, sentence.id), NO_FACTS)
            continuation = sentences.get(sentence.continued_by) if sentence.continued_by else None
            if continuation is not None:
                own = _joined(own, facts.get((source.id, continuation.id), NO_FACTS))
                statements.append(((source.id, continuation.id), Statement(source, paragraph, sentence, own, continuation)))
            statement = Statement(source, paragraph, sentence, own, continuation)
            statements.append((statement.key, statement))
            filings += _filings(statement, campaigns.get(statement.key, ()))
    return SourceFilings(source.id, tuple(statements), tuple(filings))


def update_index(previous: SiteIndex, removed: Iterable[SourceFilings], added: Iterable[SourceFilings]) -> SiteIndex:
    """A new index: ``previous`` without the statements of ``removed``, with those of ``added``.

    ``previous`` is left as it was; pages no change reaches share its lists, so
    an edit to one source costs the pages that source is filed on, not the corpus.
    """
    index = SiteIndex(statements=dict(previous.statements), districts=_pages(previous.districts), dates=_pages(previous.dates),
                      wars=_pages(previous.wars), cited_by=defaultdict(set, previous.cited_by), cited=dict(previous.cited),
                      updated_from=previous.stamp)
    gone: dict[tuple[str, str], list[Filing]] = defaultdict(list)  # each page's filings of the removed shares
    for share in removed:
        index.cited.pop(share.source_id, None)
        for key, _ in share.statements:
            index.statements.pop(key, None)
            index.cited_by.pop(key, None)
        for kind, page, filing in share.filings:
            gone[kind, page].append(filing)
    fresh: dict[tuple[str, str], list[Filing]] = defaultdict(list)
    for share in added:
        index.statements.update(share.statements)
        index.cited[share.source_id] = len({filing.statement.key for _, _, filing in share.filings})
        for kind, page, filing in share.filings:
            fresh[kind, page].append(filing)
            index.cited_by[filing.statement.key].add((kind, page))
    for page in gone.keys() & fresh.keys():  # filings carried over (``carry.carried_over``) go and come back: the page is as it was
        out, into = gone[page], fresh[page]
        both = set(map(id, out)) & set(map(id, into))
        if both:
            gone[page], fresh[page] = [f for f in out if id(f) not in both], [f for f in into if id(f) not in both]
    gone = {page: out for page, out in gone.items() if out}
    fresh = {page: into for page, into in fresh.items() if into}
    for share in added if previous.cited_by else ():  # a statement filed on the same pages keeps its set (what list items are kept by)
        for key, _ in share.statements:
            if (was := previous.cited_by.get(key)) is not None and index.cited_by.get(key) == was:
                index.cited_by[key] = was
    touched = gone.keys() | fresh.keys()
    index._counts = {page: n for page, n in previous._counts.items() if page not in touched}
    recorded = bool(previous.statements)  # an index made from nothing (a whole corpus indexed) has nothing to bring up to date
    for kind, page in touched:
        pages = getattr(index, kind)
        before, out, into = pages.get(page, []), gone.get((kind, page), []), fresh.get((kind, page), [])
        if recorded:  # every page touched, those made anew too: what is derived from all of them (``date_pages.statement_counts``) needs each
            index.changes[kind, page] = (before, out, into)
        if (kind, page) in previous._counts:  # a statement's filings all come from its source's share: all go, or none
            index._counts[kind, page] = previous._counts[kind, page] - len(set(map(_KEY, out))) + len(set(map(_KEY, into)))
        _refile(pages, page, out, into)
    return index


def _without(kept: list[Filing], gone: list[Filing]) -> list[Filing]:
    """A copy of ``kept`` (in order) without the filings ``gone`` (the very objects, each once in it): the previous
    index's list stays as it was.

    A few are taken out at their places, found by their order (a rebuild drops one
    source's filings from pages that hold tens of thousands); many are filtered out.
    """
    if len(gone) * FEW > len(kept):
        dropped = set(map(id, gone))
        return [f for f in kept if id(f) not in dropped]
    out = list(kept)
    for filing in gone:
        at = bisect.bisect_left(out, filing.order, key=_ORDER)
        while out[at] is not filing:  # past the filings of the same order (a statement on a day page as start and end)
            at += 1
        del out[at]
    return out


def regrouped(groups: list[tuple[G, list[Filing]]], gone: list[Filing], fresh: list[Filing], group_of: Callable[[Filing], G],
              order: Callable[[tuple[G, list[Filing]]], Any]) -> list[tuple[G, list[Filing]]]:
    """A page's ``groups`` (its filings under the ``group_of`` they share, each group in the page's order), without the
    filings ``gone`` and with the ``fresh`` ones: only the groups these fall in are made again; groups in ``order``."""
    out: dict[G, list[Filing]] = dict(groups)
    taken, put = defaultdict(list), defaultdict(list)
    for filing in gone:
        taken[group_of(filing)].append(filing)
    for filing in fresh:
        put[group_of(filing)].append(filing)
    for group in taken.keys() | put.keys():
        _refile(out, group, taken[group], put[group])
    return sorted(out.items(), key=order)


def _refile(lists: dict[G, list[Filing]], key: G, gone: list[Filing], fresh: list[Filing]) -> None:
    """The list under ``key`` without the filings ``gone`` and with the ``fresh`` ones, in order; dropped when empty."""
    if merged := _merged(_without(lists.get(key, []), gone), fresh):
        lists[key] = merged
    else:
        lists.pop(key, None)


def _merged(kept: list[Filing], fresh: list[Filing]) -> list[Filing]:
    """``sorted(kept + fresh, key=_ORDER)`` for a ``kept`` already in order.

    A few fresh filings are put in their places (a rebuild adds one source's
    filings to pages that hold tens of thousands); many are sorted in with the rest.
    """
    if len(fresh) * FEW > len(kept):
        return sorted(kept + fresh, key=_ORDER)
    for filing in sorted(fresh, key=_ORDER):  # stable, after the kept filings of the same order, as ``sorted`` places them
        bisect.insort_right(kept, filing, key=_ORDER)
    return kept


def _joined(first: SentenceFacts, second: SentenceFacts) -> SentenceFacts:
    """The facts of a sentence's two halves, as one sentence's."""
    return SentenceFacts(
        dates=first.dates + second.dates,
        places=first.places + second.places,
        wars=first.wars + second.wars,
        claims=first.claims + second.claims,
        filed_districts=tuple(dict.fromkeys(first.filed_districts + second.filed_districts)),
        filed_dates=tuple(dict.fromkeys(first.filed_dates + second.filed_dates)),
        filed_wars=tuple(dict.fromkeys(first.filed_wars + second.filed_wars)),
    )


def _pages(pages: dict[str, list[Filing]]) -> defaultdict[str, list[Filing]]:
    """A copy of a page -> filings mapping that shares the lists (a lookup of a missing page may have left an empty one)."""
    return defaultdict(list, ((page, filings) for page, filings in pages.items() if filings))


def _filings(statement: Statement, campaigns: tuple[str, ...]) -> list[tuple[str, str, Filing]]:
    """Where one statement is filed: its districts, its wars and campaigns, and its dates' pages (of a boilerplate
    line, only the days it files: a dateline's, an infobox row's; ``boilerplate.muted_days``)."""
    if is_heading(statement.paragraph, statement.source.meta.title):
        return []  # a heading names a topic; it states nothing a page should quote (its facts are still exported)
    facts = statement.facts
    out = [("districts", code, Filing(statement)) for code in facts.filed_districts]
    out += [("wars", war, Filing(statement)) for war in sorted({*facts.filed_wars, *campaigns})]
    dating = facts.dates if not statement.sentence.boilerplate else [m for m in facts.dates if m.value in facts.filed_dates]
    out += [("dates", page, Filing(statement, role, mention)) for mention in dating for page, role in date_pages(mention)]
    return out


# Wiki or Markdown heading markup around a line ("== Offensive ==", "## Aftermath").
_HEADING_MARKUP = re.compile(r"^\s*(=+|#+)\s*(.*?)\s*=*\s*$")
HEADING_MAX_WORDS = 12
HEADLINE_CAPITALS = 0.6  # share of words in capitals that makes a short line a headline


def is_heading(paragraph: Paragraph, title: str | None = None) -> bool:
    """A one-line paragraph that is a title, not a statement.

    Heading markup ("== Offensive =="), the source's own title repeated as a
    line, or a short line in headline case with no sentence end and no comma
    ("1993 Summer Offensives", "3 November"). A statement that merely lacks
    its full stop keeps its lower-case words and commas, so it stays a statement.
    """
    if len(paragraph.sentences) != 1:
        return False
    text = paragraph.sentences[0].text.strip()
    if (text.startswith("=") and text.endswith("=")) or _HEADING_MARKUP.match(text) and text.startswith("#"):
        return True
    if title and text.casefold() == title.strip().casefold():
        return True
    words = [w for w in text.split() if w[:1].isalpha()]
    if len(text.split()) > HEADING_MAX_WORDS or "," in text or re.search(r"[.!?…:;\"”’»)\]]$", text):
        return False
    return not words or sum(w[0].isupper() for w in words) / len(words) >= HEADLINE_CAPITALS


_ORDER = attrgetter("order")
_KEY = attrgetter("statement.key")


def dated(m: DateMention) -> bool:
    """Does the mention name a calendar date a page can show? Not durations, not unresolved values."""
    return m.type in ("DATE", "TIME") and "XX" not in m.value


def date_pages(m: DateMention) -> list[tuple[str, str]]:
    """The date pages a mention is filed on, each with the mention's role there."""
    if not dated(m):
        return []
    if "/" in m.value:
        start, end = m.value.split("/", 1)
        first, last = page_for(start), page_for(end)
        if not first or not last or first == last:
            return [(first, "on")] if first else []
        between = pages_between(first, last)
        return [(first, "start"), *((p, "ongoing") for p in between), (last, "end")]
    page = page_for(m.value, m)
    return [(page, "on")] if page else []


def page_for(value: str, mention: DateMention | None = None) -> str | None:
    """The page key (``1993``, ``1993-08``, ``1993-08-20`` or ``1990s``) for one value.

    A day bounded on one side ("by 20 August") is filed on that day's page, where its
    label reads "by 20 August 1993": a reader looking up the day finds the claim.
    """
    if DAY.match(value):
        return value[:10]
    if MONTH.match(value):
        return value
    if week := WEEK.match(value):
        if mention and mention.earliest and mention.latest and mention.earliest.month == mention.latest.month:
            return mention.earliest.strftime("%Y-%m")
        return week.group(1)
    if part := YEAR_PART.match(value):
        return part.group(1)
    if decade := DECADE.match(value):
        return f"{decade.group(1)}0s"
    return None


def pages_between(first: str, last: str) -> list[str]:
    """Pages strictly between two keys of the same precision (none across precisions)."""
    if len(first) != len(last) or first >= last:
        return []
    fmt, step = {4: ("%Y", relativedelta(years=1)), 7: ("%Y-%m", relativedelta(months=1)), 10: ("%Y-%m-%d", relativedelta(days=1))}.get(len(first), (None, None))
    if fmt is None:
        return []
    current = dt.datetime.strptime(first, fmt).date() + step
    end = dt.datetime.strptime(last, fmt).date()
    out = []
    while current < end:
        out.append(current.strftime(fmt))
        current += step
    return out


def page_kind(key: str) -> str:
    """``year``, ``month``, ``day`` or ``decade`` for a date page key."""
    return {4: "year", 7: "month", 10: "day"}.get(len(key), "decade") if not key.endswith("s") else "decade"
