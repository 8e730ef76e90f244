"""What a change does to the chronicle: pure functions from two exports' rows to dataclasses.

Identity is what a citation uses: a source by its id, a sentence by its
source and anchor, a page by its URL. A sentence rewritten in place (its
anchor changes with its words) is paired with its new self by position in
the source, so an edit reads as one changed quote, not as a statement
removed and another added.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass

from chronicle.review.claims import ClaimChanges, claim_changes
from chronicle.review.rows import Export, SentenceKey, log_warnings, unknown_place_names

FILING_KINDS = ("wars", "districts", "dates")  # the sentence fields that place a statement on pages of that kind
STATEMENT_PAGES = (*FILING_KINDS, "events")  # page kinds whose content is statements (not sources, indexes, editors)


@dataclass(frozen=True)
class SourceChange:
    """A source added, removed or whose bytes changed (sources must stay byte-identical)."""

    id: str
    title: str
    url: str
    old_sha256: str | None
    new_sha256: str | None


@dataclass(frozen=True)
class Statement:
    """A sentence as the pages quote it, with the pages of each kind it is filed under."""

    source: str
    anchor: str
    quote: str
    url: str
    filing: tuple[tuple[str, tuple[str, ...]], ...]  # (kind, values) for each of FILING_KINDS


@dataclass(frozen=True)
class FilingChange:
    kind: str
    old: tuple[str, ...]
    new: tuple[str, ...]


@dataclass(frozen=True)
class Refiled:
    """A statement in both builds now filed under other pages of at least one kind."""

    statement: Statement  # as the new build has it
    changes: tuple[FilingChange, ...]


@dataclass(frozen=True)
class QuoteChange:
    """A sentence whose words changed: its old anchor is gone and a citation of the old quote breaks."""

    old: Statement
    new: Statement


@dataclass(frozen=True)
class PageChange:
    """A generated page added, removed or whose number of quoted statements changed."""

    url: str
    title: str
    kind: str
    old_statements: int | None  # None: the page did not exist
    new_statements: int | None


@dataclass(frozen=True)
class Report:
    """Everything ``chronicle diff`` says, each list in a fixed order."""

    sources_added: tuple[SourceChange, ...] = ()
    sources_removed: tuple[SourceChange, ...] = ()
    sources_changed: tuple[SourceChange, ...] = ()
    statements_added: tuple[Statement, ...] = ()
    statements_removed: tuple[Statement, ...] = ()
    refiled: tuple[Refiled, ...] = ()
    quotes_changed: tuple[QuoteChange, ...] = ()
    anchors_gone: tuple[Statement, ...] = ()
    claims: ClaimChanges = ClaimChanges()
    pages_added: tuple[PageChange, ...] = ()
    pages_removed: tuple[PageChange, ...] = ()
    pages_emptied: tuple[PageChange, ...] = ()
    pages_recounted: tuple[PageChange, ...] = ()
    # From the build logs, when given: what the editors must look at, not a change to the chronicle.
    unknown_places: tuple[str, ...] = ()  # new in the new build's log
    warnings: tuple[str, ...] = ()  # the new build's, all of them
    new_warnings: tuple[str, ...] = ()  # those the old build did not give

    @property
    def unchanged(self) -> bool:
        """True when the two exports tell the same chronicle (what the logs say is reported, but is no change)."""
        from_logs = ("unknown_places", "warnings", "new_warnings")
        lists = [getattr(self, name) for name in self.__dataclass_fields__ if name not in (*from_logs, "claims")]
        return not any(lists) and self.claims.unchanged


def compare(old: Export, new: Export, *, old_log: str | None = None, new_log: str | None = None) -> Report:
    """The report of what changed from ``old`` to ``new``; logs add unknown place names and warnings."""
    pairs = edited_sentences(old, new)
    added, removed, changed = source_changes(old, new)
    pages_added, pages_removed, pages_emptied, pages_recounted = page_changes(old, new)
    warnings = log_warnings(new_log or "")
    return Report(
        sources_added=added, sources_removed=removed, sources_changed=changed,
        statements_added=statements_only_in(new, old, skip=set(pairs.values())),
        statements_removed=statements_only_in(old, new, skip=set(pairs)),
        refiled=refiled(old, new, pairs),
        quotes_changed=tuple(QuoteChange(statement(old, o), statement(new, n)) for o, n in pairs.items()),
        anchors_gone=anchors_gone(old, new, skip=set(pairs)),
        claims=claim_changes(old, new, {o: n[1] for o, n in pairs.items()}),
        pages_added=pages_added, pages_removed=pages_removed, pages_emptied=pages_emptied, pages_recounted=pages_recounted,
        unknown_places=_new(unknown_place_names(new_log or ""), unknown_place_names(old_log or "")),
        warnings=warnings,
        new_warnings=warnings if old_log is None else _new(warnings, log_warnings(old_log)),
    )


def _new(items: tuple[str, ...], before: tuple[str, ...]) -> tuple[str, ...]:
    known = set(before)
    return tuple(item for item in items if item not in known)


def source_changes(old: Export, new: Export) -> tuple[tuple[SourceChange, ...], ...]:
    """(added, removed, changed) sources, each by id."""
    def change(row_old: dict | None, row_new: dict | None) -> SourceChange:
        row = row_new or row_old
        return SourceChange(row["id"], row.get("title") or row["id"], row["page"],
                            row_old and row_old["sha256"], row_new and row_new["sha256"])

    added = tuple(change(None, new.sources[i]) for i in sorted(new.sources.keys() - old.sources.keys()))
    removed = tuple(change(old.sources[i], None) for i in sorted(old.sources.keys() - new.sources.keys()))
    changed = tuple(change(old.sources[i], new.sources[i]) for i in sorted(old.sources.keys() & new.sources.keys())
                    if old.sources[i]["sha256"] != new.sources[i]["sha256"])
    return added, removed, changed


def statement(export: Export, key: SentenceKey) -> Statement:
    row = export.sentences[key]
    return Statement(row["source"], row["id"], row["text"], row["url"], filing(row))


def filing(row: dict) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((kind, tuple(row.get(kind) or ())) for kind in FILING_KINDS)


def is_statement(row: dict) -> bool:
    """A sentence some war, district or date page quotes (boilerplate never is)."""
    return not row.get("boilerplate") and any(values for _, values in filing(row))


def statements_only_in(this: Export, other: Export, *, skip: set[SentenceKey]) -> tuple[Statement, ...]:
    """Statements of ``this`` whose sentence ``other`` lacks, in reading order."""
    return tuple(statement(this, key) for key, row in this.sentences.items()
                 if key not in other.sentences and key not in skip and is_statement(row))


def refiled(old: Export, new: Export, pairs: dict[SentenceKey, SentenceKey]) -> tuple[Refiled, ...]:
    """Sentences in both builds (or rewritten in place) now filed under other pages, in the new reading order."""
    old_of = {n: o for o, n in pairs.items()} | {k: k for k in new.sentences if k in old.sentences}
    found = []
    for key in new.sentences:
        if key not in old_of:
            continue
        before, after = dict(filing(old.sentences[old_of[key]])), dict(filing(new.sentences[key]))
        changes = tuple(FilingChange(kind, before[kind], after[kind]) for kind in FILING_KINDS if before[kind] != after[kind])
        if changes:
            found.append(Refiled(statement(new, key), changes))
    return tuple(found)


def edited_sentences(old: Export, new: Export) -> dict[SentenceKey, SentenceKey]:
    """Old sentence -> new sentence where a source kept in both builds had a sentence rewritten in place.

    The sentences of each source are aligned by their anchors; a stretch of
    old sentences replaced by a stretch of new ones pairs them in order (the
    extra ones of the longer stretch count as removed or added).
    """
    before, after = _by_source(old.sentences), _by_source(new.sentences)
    pairs: dict[SentenceKey, SentenceKey] = {}
    for source in sorted(old.sources.keys() & new.sources.keys()):
        a, b = before.get(source, []), after.get(source, [])
        if a == b:
            continue  # most sources, in most changes
        matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "replace":
                pairs.update(((source, o), (source, n)) for o, n in zip(a[i1:i2], b[j1:j2]))
    return pairs


def _by_source(sentences: Iterable[SentenceKey]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = {}
    for source, anchor in sentences:
        grouped.setdefault(source, []).append(anchor)
    return grouped


def anchors_gone(old: Export, new: Export, *, skip: set[SentenceKey]) -> tuple[Statement, ...]:
    """Sentence anchors of sources still in the new build that no longer exist (links to them break)."""
    return tuple(statement(old, key) for key in old.sentences
                 if key[0] in new.sources and key not in new.sentences and key not in skip)


def page_changes(old: Export, new: Export) -> tuple[tuple[PageChange, ...], ...]:
    """(added, removed, emptied, recounted) generated pages, by URL.

    Emptied pages lost their last statement; recounted ones quote another
    number of statements (emptied pages are not repeated there). Both only
    for pages of statements: a source page quotes none, the editors' page
    links sentences for another reason.
    """
    def change(url: str) -> PageChange:
        o, n = old.pages.get(url), new.pages.get(url)
        row = n or o
        return PageChange(url, row["title"], row["kind"], o and o["statements"], n and n["statements"])

    both = [change(url) for url in sorted(old.pages.keys() & new.pages.keys()) if new.pages[url]["kind"] in STATEMENT_PAGES]
    return (
        tuple(change(url) for url in sorted(new.pages.keys() - old.pages.keys())),
        tuple(change(url) for url in sorted(old.pages.keys() - new.pages.keys())),
        tuple(p for p in both if p.old_statements and not p.new_statements),
        tuple(p for p in both if p.old_statements != p.new_statements and p.new_statements),
    )
