"""Quoted statements as list items: the words, the footnote, who says it, where next."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from chronicle.extract.dates import describe
from chronicle.index import Filing, SiteIndex, Statement
from chronicle.rebuilds import KeptWhileSame
from chronicle.render.addresses import Addresses
from chronicle.render.common import Page, PageContext
from chronicle.render.html import Markup, el, filled, join

ROLE_NOTE = {"start": "begins", "end": "ends", "ongoing": "ongoing"}
# A statement's list item around its footnote reference (``html.filled``: the HTML ``el("li", ...)`` made of the same parts).
ITEM_BEFORE = "<li>{0}{1}"  # the day it tells (ITEM_DAY, ITEM_DAY_ROLE or nothing), the quote's words
ITEM_AFTER = "{0}{1}{2}</li>"  # the language tag, who says it (ITEM_WHO or nothing), where else (ITEM_RELATED or nothing)
ITEM_DAY = "<strong>{0}</strong>: "
ITEM_DAY_ROLE = "<strong>{0}</strong> ({1}): "
ITEM_WHO = " — {0}"
ITEM_RELATED = " {0}"


class StatementRenderer:
    """Renders statements for one page; links and footnotes go to the page's context."""

    def __init__(self, page: PageContext, here: tuple[str, str], index: SiteIndex, addresses: Addresses) -> None:
        self.page = page
        self.here = here
        self.index = index
        self.addresses = addresses

    def item(self, filing: Filing, *, with_source: bool = True) -> Markup:
        """The statement's list item; a rebuild keeps it while the statement, its date and the pages it is filed on are the same."""
        st = filing.statement
        before, after = self.page.kept_piece(("item", st.key, filing.role, with_source), (st, filing.mention, self.index.cited_by.get(st.key)),
                                             lambda page: self._halves(page, filing, with_source))
        return join((before, self.page.cite(st), after))  # three pieces of HTML: no escaping to do

    def _halves(self, page: PageContext, filing: Filing, with_source: bool) -> tuple[Markup, Markup]:
        """The list item before and after its footnote reference (the page numbers it): ``<li>``, the day it tells
        with its role, the quote's words | its language tag, who says it, where else it is filed, ``</li>``."""
        st = filing.statement
        lead: Markup | str = ""
        if filing.mention is not None:
            note = ROLE_NOTE.get(filing.role)
            lead = filled(ITEM_DAY_ROLE, describe(filing.mention), note) if note else filled(ITEM_DAY, describe(filing.mention))
        words, tag = page.quoted(st)
        who = filled(ITEM_WHO, page.attribution(st)) if with_source else ""
        related = self.related(page, st)
        return filled(ITEM_BEFORE, lead, words), filled(ITEM_AFTER, tag, who, filled(ITEM_RELATED, related) if related else "")

    def items(self, filings: Iterable[Filing], **kwargs) -> Markup:
        """The list of quotes, kept out of the search index (``data-pagefind-ignore``).

        Every quote is indexed once, on its source page, under the filters of
        the pages it is filed on; indexed again on each district, date and war
        page that lists it, a sentence made the index several times the size
        of the text. These pages are found by their titles and headings.
        """
        return el("ul", *(self.item(f, **kwargs) for f in unique(filings)), class_="chronicle-statements", data_pagefind_ignore=True)

    def related(self, page: PageContext, statement: Statement) -> Markup | None:
        """One quiet line of links to the other pages this statement is filed on.

        Statements filed on the same pages show the same line, from every page at the
        same depth: it is made once per rendering for its targets and their URLs (``Shared``).
        """
        here = self.here
        targets = tuple((kind, title, page.href(uri)) for kind, key, uri, title in self.addresses.filed_on(statement.key, self.index) if (kind, key) != here)
        return page.fragment(("related", targets), lambda: _related_line(targets), ()) if targets else None  # the key holds it all


def _related_line(targets: tuple[tuple[str, str, str], ...]) -> Markup:
    """"also on: 22 Aug 1993 · Fuzuli": each (kind, title, href) as a link named by its short title."""
    links = [el("a", short_title(kind, title), href=href, title=title) for kind, title, href in targets]
    return el("small", "also on: ", join(links, " · "), class_="chronicle-related")


def short_title(kind: str, title: str) -> str:
    """A page's name as a quiet link says it: "22 Aug 1993", "Fuzuli" (the full name is the link's title)."""
    if kind == "dates":
        return re.sub(r"\b([A-Z][a-z]{2})[a-z]+( \d{4})$", r"\1\2", title) if title[:1].isdigit() else title
    return title.removesuffix(" District") if kind == "districts" else title


class Listings:
    """The pages of long lists (the parts of a war's year, of a district's war, of a date's statements as a whole) that
    ``mkdocs serve`` keeps from its first build on, each as the rendering keeps it (``keep``: compressed, see ``common.packed``).

    Kept from the first build, not from the first rebuild only: the first edit that files a
    statement under a busy year otherwise rendered every part of it (80 parts of 200
    statements at 1,000 sources, seconds), where later edits render the part the statement
    falls in (``parts.content_parts``). Kept as the rendering keeps its pages, they hold no second copy of the site's HTML.
    """

    def __init__(self, keep: Callable[[Page], Page]) -> None:
        self.kept: KeptWhileSame[Page] = KeptWhileSame()
        self.keep = keep


def listing_page(listings: Listings | None, shown: tuple, filings: list[Filing], make: Callable[[], Page]) -> Page:
    """``make()``: a page that lists ``filings`` (a part of a war's year, of a district's war, of a date's statements as a
    whole), reused whole while each filing is the very same object and ``shown`` (its path, title, pager) is equal.

    An edit that files one statement more under a busy war renders that war's year
    again: its parts before the statement come out as they were, page by page. A filing
    kept is of a source no edit reached: its statement is filed on the same pages as before.
    """
    if listings is None:
        return make()
    return listings.kept.get(("listing", *shown), tuple(filings), lambda: listings.keep(make()))


def unique(filings: Iterable[Filing]) -> list[Filing]:
    """A sentence filed twice on one page (two mentions of the page's date) is listed once."""
    seen, out = set(), []
    for f in filings:
        if f.statement.key not in seen:
            seen.add(f.statement.key)
            out.append(f)
    return out
