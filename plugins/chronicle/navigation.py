"""The generated pages in MkDocs' navigation and tables of contents, as the plain data MkDocs reads (no MkDocs here)."""

from __future__ import annotations

import re

from chronicle.render.common import Heading
from chronicle.render.html import text


def toc_tokens(headings: tuple[Heading, ...]) -> list[dict]:
    """Flat headings as the nested tokens MkDocs' ``get_toc`` expects (names are HTML)."""
    root: list[dict] = []
    stack: list[dict] = []
    for h in headings:
        token = {"level": h.level, "id": h.id, "name": str(text(h.title)), "children": []}
        while stack and stack[-1]["level"] >= h.level:
            stack.pop()
        (stack[-1]["children"] if stack else root).append(token)
        stack.append(token)
    return root


def add_hubs_to_nav(nav: list | None, hubs: list[str]) -> None:
    """Hub pages (years, decades) join the nav section whose first entry is their folder's index.

    Runs in ``on_files``, before MkDocs builds the navigation from ``config.nav``.
    """
    if not nav:
        return
    listed = set(_nav_paths(nav))
    for entry in nav:
        children = next(iter(entry.values())) if isinstance(entry, dict) else None
        if not isinstance(children, list) or not children or not isinstance(children[0], str):
            continue
        folder = children[0].rsplit("/", 1)[0] + "/"
        children.extend(uri for uri in hubs if uri.startswith(folder) and uri not in listed)


def _nav_paths(nav) -> list[str]:
    if isinstance(nav, str):
        return [nav]
    if isinstance(nav, dict):
        return [p for v in nav.values() for p in _nav_paths(v)]
    if isinstance(nav, list):
        return [p for item in nav for p in _nav_paths(item)]
    return []


def outside_view(items: list, pruned: bool) -> tuple:
    """What a page outside the navigation shows of it: with Material's ``navigation.prune``, each top-level entry's title and
    link (a section links its first page, following first children); else every entry's address.

    A pruned section's template also writes a blank line per child: ``quiet_navigation`` folds them, so a year added to
    the Timeline leaves these pages' bytes as they were.
    ``items``: MkDocs' navigation items (``title``, ``url``, ``children``). A serve rebuild writes again the pages
    outside the navigation only when this changes (``rebuilds.KeptFiles``).
    """
    def whole(item) -> tuple:  # addresses only: a page's title is not read yet when MkDocs makes the navigation
        return (getattr(item, "url", None), tuple(whole(child) for child in item.children or ()))

    def first_link(item) -> str | None:
        while item.children:
            item = item.children[0]
        return getattr(item, "url", None)

    if not pruned:
        return tuple(whole(item) for item in items)
    return tuple((item.title, first_link(item), bool(item.children)) for item in items)


SIDEBARS = '<div class="md-sidebar md-sidebar--primary"'  # Material's navigation, then the table of contents, then the content
CONTENT = '<div class="md-content"'
_BREAKS = re.compile(r"\s*\n\s*")


def quiet_navigation(html: str) -> str:
    """The page with each run of white space holding a line break in Material's sidebars folded into one line break.

    A pruned section's template writes a blank line per child (Jinja's whitespace
    around a loop that finds the section's index page): a year added to the Timeline
    changed the bytes of every page, and a ``mkdocs serve`` rebuild rewrote all of
    them (1,600 at 1,000 sources, seconds). The sidebars hold links and labels, no
    preformatted text: a line break there reads as the white space it replaces.
    A page without Material's sidebars is returned as it is.
    """
    start = html.find(SIDEBARS)
    end = html.find(CONTENT, start) if start >= 0 else -1
    if end < 0:
        return html
    return html[:start] + _BREAKS.sub("\n", html[start:end]) + html[end:]
