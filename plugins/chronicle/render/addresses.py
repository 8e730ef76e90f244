"""Where each page lives and what it is called: one place that decides URLs."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from chronicle.gazetteer import Gazetteer
from chronicle.index import SiteIndex, page_kind
from chronicle.rebuilds import KeptWhileSame
from chronicle.render.common import MAX_STATEMENTS_PER_PAGE, PageContext, Shared, slugify
from chronicle.render.event_pages import EventLinks
from chronicle.wars import WarCatalog

if TYPE_CHECKING:
    from chronicle.render.statements import Listings

# The order of a statement's other pages on its "also on" line.
RELATED_KINDS = ("dates", "districts", "wars")


class Addresses:
    def __init__(self, gazetteer: Gazetteer, catalog: WarCatalog, data_files: dict[str, str] | None = None, directory_urls: bool = True,
                 statements_per_page: int = MAX_STATEMENTS_PER_PAGE) -> None:
        self.gazetteer = gazetteer
        self.catalog = catalog
        self.data_files = data_files or {}  # "wars"/"districts" -> repository path, for edit links
        self.directory_urls = directory_urls  # MkDocs' use_directory_urls: how a page path becomes its URL
        self.statements_per_page = statements_per_page  # longer lists are split over several pages
        self.events = EventLinks()  # where each event is listed; the pipeline fills it once events are resolved
        self.covered: dict[str, frozenset[str]] | None = None  # "districts"/"wars" -> keys with statements (None: all count)
        self.kept: KeptWhileSame | None = None  # what a ``mkdocs serve`` rebuild reuses of the previous rendering (``render_site``)
        # Where pages keep their pieces (``PageContext.kept_piece``): ``kept`` from a serve rebuild on; None in a first
        # build, which would otherwise hold the site's HTML twice.
        self.page_pieces: KeptWhileSame | None = None
        self.listings: Listings | None = None  # ``mkdocs serve``: the parts of long lists, kept from the first build on
        self.shared = Shared()  # fragments the pages of this rendering show alike: footnotes, attributions, "also on" lines
        self._known: dict[tuple[str, str], tuple[str, str]] = {}
        self._filed: dict[tuple[str, str], tuple[tuple[str, str, str, str], ...]] = {}

    def of(self, kind: str, key: str) -> tuple[str, str]:
        """(page uri, page title) for a district code, date key or war id (remembered: every quote asks)."""
        found = self._known.get((kind, key))
        if found is None:
            found = self._known[(kind, key)] = {"districts": self.district, "dates": self.date, "wars": self.war}[kind](key)
        return found

    def page(self, uri: str, scope: str | None = None) -> PageContext:
        """A page of this rendering, sharing its fragments with the others (``Shared``) and keeping its pieces for a rebuild;
        ``scope``: the first page of the long list it is a part of (``PageContext.scope``), whose parts share their pieces:
        an edit that files a statement early in a busy year moves every later statement to the next part."""
        return PageContext(uri, self.directory_urls, self.page_pieces, self.shared, scope)

    def filed_on(self, statement: tuple[str, str], index: SiteIndex) -> tuple[tuple[str, str, str, str], ...]:
        """(kind, key, page uri, page title) of each page a statement is filed on: dates, then districts, then wars.

        Remembered for this rendering: each page that quotes the statement lists the others ("also on").
        """
        found = self._filed.get(statement)
        if found is None:
            pages = sorted(index.cited_by.get(statement, ()), key=lambda kp: (RELATED_KINDS.index(kp[0]), kp[1]))
            found = self._filed[statement] = tuple((kind, key, *self.of(kind, key)) for kind, key in pages)
        return found

    def has_district(self, code: str) -> bool:
        """Regions and most country codes have no district page (a country the gazetteer marks ``district_page`` has)."""
        try:
            self.gazetteer.district(code)
        except KeyError:
            return False
        return True

    def has_page(self, kind: str, key: str) -> bool:
        """Is there a page to link? A district or war no statement is filed under has none (no empty page is linked)."""
        if kind == "districts" and not self.has_district(key):
            return False
        return self.covered is None or kind not in self.covered or key in self.covered[kind]

    def district(self, code: str) -> tuple[str, str]:
        place = self.gazetteer.district(code)
        return f"districts/{slugify(place.name)}.md", place.name

    def war(self, war_id: str) -> tuple[str, str]:
        return f"wars/{war_id}.md", self.catalog.get(war_id).name

    def date(self, key: str) -> tuple[str, str]:
        return f"dates/{key}.md", date_title(key)


def date_title(key: str) -> str:
    kind = page_kind(key)
    if kind == "day":
        day = dt.date.fromisoformat(key)
        return f"{day.day} {day:%B %Y}"
    if kind == "month":
        return f"{dt.date.fromisoformat(key + '-01'):%B %Y}"
    return key


def covered(index: SiteIndex) -> dict[str, frozenset[str]]:
    """The districts and wars that some statement is filed under: the ones that get a page."""
    return {kind: frozenset(key for key, filings in getattr(index, kind).items() if filings) for kind in ("districts", "wars")}
