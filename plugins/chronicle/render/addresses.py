"""Where each page lives and what it is called: one place that decides URLs."""

from __future__ import annotations

import datetime as dt

from chronicle.gazetteer import Gazetteer
from chronicle.index import page_kind
from chronicle.render.common import slugify
from chronicle.wars import WarCatalog


class Addresses:
    def __init__(self, gazetteer: Gazetteer, catalog: WarCatalog, data_files: dict[str, str] | None = None, directory_urls: bool = True) -> None:
        self.gazetteer = gazetteer
        self.catalog = catalog
        self.data_files = data_files or {}  # "wars"/"districts" -> repository path, for edit links
        self.directory_urls = directory_urls  # MkDocs' use_directory_urls: how a page path becomes its URL

    def of(self, kind: str, key: str) -> tuple[str, str]:
        """(page uri, page title) for a district code, date key or war id."""
        return {"districts": self.district, "dates": self.date, "wars": self.war}[kind](key)

    def has_district(self, code: str) -> bool:
        """Country codes and regions have no district page."""
        try:
            self.gazetteer.district(code)
        except KeyError:
            return False
        return True

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
