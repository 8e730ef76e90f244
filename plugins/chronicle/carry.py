"""What a source extracted again keeps of its previous share of the index: the statements pages show as they were.

``mkdocs serve`` reuses rendered pieces, and whole parts of long lists, while what
they are made from comes back as the very same objects (``rebuilds.KeptWhileSame``).
An edit extracts its source again, which makes every statement of it anew; this
module hands the index the previous objects wherever nothing a page shows changed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from chronicle.index import Filing, Key, SourceFilings, Statement
from chronicle.model import Source


def carried_over(before: SourceFilings, after: SourceFilings) -> SourceFilings:
    """``after`` (a source filed anew) with the very statements and filings of ``before`` (its previous share) for each
    statement a page shows as it did: the same paragraph, sentence, facts and second half, filed on the same pages in the
    same roles, of a source cited the same way (title, file, metadata).

    An edit appends a sentence to a source of forty: the other thirty-nine stay the same
    objects, so the parts of long lists that hold them are reused whole (``statements.listing_page``)
    and the pages they are filed on keep their lists; made anew, they rendered every such
    part again (thirty to forty parts of 200 statements, most of a second at 1,000 sources).
    """
    old_source = before.statements[0][1].source if before.statements else None
    new_source = after.statements[0][1].source if after.statements else None
    if old_source is None or new_source is None or citation(old_source) != citation(new_source):
        return after
    was = dict(before.statements)
    old_filings, new_filings = _by_statement(before.filings), _by_statement(after.filings)
    same = {key for key, st in after.statements
            if (old := was.get(key)) is not None and _shown(old) == _shown(st) and _where(old_filings[key]) == _where(new_filings[key])}
    if not same:
        return after
    statements = tuple((key, was[key] if key in same else st) for key, st in after.statements)
    olds = {key: iter(old_filings[key]) for key in same}
    filings = tuple(next(olds[f.statement.key]) if f.statement.key in same else (kind, page, f) for kind, page, f in after.filings)
    return SourceFilings(after.source_id, statements, filings, filed_from=after)


def citation(source: Source) -> tuple:
    """What a page shows of a statement's source besides the statement: its title, file and metadata."""
    return (source.title, source.raw.path, source.meta)


def _shown(statement: Statement) -> tuple:
    return (statement.paragraph, statement.sentence, statement.facts, statement.continuation)


def _by_statement(filings: Iterable[tuple[str, str, Filing]]) -> defaultdict[Key, list[tuple[str, str, Filing]]]:
    out: defaultdict[Key, list[tuple[str, str, Filing]]] = defaultdict(list)
    for kind, page, filing in filings:
        out[filing.statement.key].append((kind, page, filing))
    return out


def _where(filings: list[tuple[str, str, Filing]]) -> list[tuple]:
    """The pages a statement is filed on and how (its role and date there), in filing order."""
    return [(kind, page, filing.role, filing.mention) for kind, page, filing in filings]
