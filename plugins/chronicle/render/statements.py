"""Quoted statements as list items: the words, the footnote, who says it, where next."""

from __future__ import annotations

from collections.abc import Iterable

from chronicle.extract.dates import describe
from chronicle.index import Filing, SiteIndex, Statement
from chronicle.render.addresses import Addresses
from chronicle.render.common import Citations, attribution, link
from chronicle.render.text import inert

RELATED_KINDS = ("dates", "districts", "wars")
ROLE_NOTE = {"start": "begins", "end": "ends", "ongoing": "ongoing"}


class StatementRenderer:
    """Renders statements for one page, collecting that page's footnotes."""

    def __init__(self, page_uri: str, here: tuple[str, str], index: SiteIndex, addresses: Addresses) -> None:
        self.page_uri = page_uri
        self.here = here
        self.index = index
        self.addresses = addresses
        self.citations = Citations(page_uri)

    def item(self, filing: Filing, *, with_source: bool = True) -> str:
        st = filing.statement
        label = ""
        if filing.mention is not None:
            note = ROLE_NOTE.get(filing.role)
            label = f"**{inert(describe(filing.mention))}**{f' ({note})' if note else ''}: "
        line = f"- {label}{self.citations.quote(st)}"
        if with_source:
            line += f" — {attribution(st, self.page_uri)}"
        related = self.related(st)
        return f"{line}{f' · {related}' if related else ''}"

    def items(self, filings: Iterable[Filing], **kwargs) -> str:
        return "\n".join(self.item(f, **kwargs) for f in _unique(filings))

    def related(self, statement: Statement) -> str:
        """Links to the other pages this statement is filed on."""
        pages = sorted(self.index.cited_by.get(statement.key, ()), key=lambda kp: (RELATED_KINDS.index(kp[0]), kp[1]))
        links = [
            f"[{inert(title)}]({link(self.page_uri, uri)})"
            for uri, title in (self.addresses.of(kind, key) for kind, key in pages if (kind, key) != self.here)
        ]
        return f'<small class="chronicle-related">{" · ".join(links)}</small>' if links else ""

    def footnotes(self) -> str:
        return self.citations.definitions()


def _unique(filings: Iterable[Filing]) -> list[Filing]:
    """A sentence filed twice on one page (two mentions of the page's date) is listed once."""
    seen, out = set(), []
    for f in filings:
        if f.statement.key not in seen:
            seen.add(f.statement.key)
            out.append(f)
    return out
