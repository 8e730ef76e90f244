"""The generated pages in MkDocs' navigation and tables of contents, as the plain data MkDocs reads (no MkDocs here)."""

from __future__ import annotations

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
    link (a section links its first page, following first children) and how many children it has (the template writes a
    blank line for each: a year added to the Timeline changes every page's bytes); else every entry's address.

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
    return tuple((item.title, first_link(item), len(item.children or ())) for item in items)
