"""Material's navigation, rendered once for all the pages outside it that read it alike.

Material renders its whole navigation partial for every page: at 1,000 sources, 1,600
pages, about a third of the theme's time per page. A page outside the navigation (every
generated page but the hubs) activates no entry of it, so what it shows of the
navigation depends only on where the page lives: every link in it is relative to the
page's URL (MkDocs' ``url`` filter, ``get_relative_url``). ``url_place`` tells two
pages whose relative links to the navigation's targets read the same; the theme override
``overrides/partials/nav.html`` asks ``NavOnce`` for the partial, which renders Material's
own (``material/partials/nav.html``, see ``install``) the first time a place asks.
A page inside the navigation (an entry of it is active) is rendered as Material renders it.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterable
from pathlib import Path

import jinja2

THEME_PREFIX = "material"  # Material's own templates, under this prefix: the override includes the partial it replaces
PARTIAL = "partials/nav.html"

Place = tuple[int, tuple[str, ...]]


def folder(url: str) -> tuple[str, ...]:
    """The folder relative links start from, as MkDocs' ``get_relative_url`` takes it: the URL itself, or its
    folder when its last part names a file (``404.html``, ``x.html`` without directory URLs)."""
    head, tail = posixpath.split(url)
    start = head if "." in tail else url
    return tuple(part for part in posixpath.normpath("/" + start).split("/") if part)


def target_prefixes(targets: Iterable[str]) -> frozenset[tuple[str, ...]]:
    """Every leading run of folder names of the targets' paths (``dates/2020/`` gives (), (dates,), (dates, 2020))."""
    prefixes: set[tuple[str, ...]] = {()}
    for target in targets:
        parts = tuple(part for part in posixpath.normpath("/" + target).split("/") if part)
        prefixes.update(parts[:n] for n in range(1, len(parts) + 1))
    return frozenset(prefixes)


def url_place(url: str, prefixes: frozenset[tuple[str, ...]]) -> Place:
    """Where a page at ``url`` lives, as its relative links to the targets of ``prefixes`` see it.

    A relative link from folder D to target T climbs out of D to the longest run of
    folders D and T share, then goes down T: it depends on D's depth and on that
    shared run. The shared run is a leading run of T, so it lies within the longest
    leading run of D that begins some target: pages whose folders have the same depth
    and the same such run read every link to the targets alike.
    """
    parts = folder(url)
    shared = 0
    while shared < len(parts) and parts[: shared + 1] in prefixes:
        shared += 1
    return len(parts), parts[:shared]


def nav_targets(nav, homepage: str | None = None, logo: str | None = None) -> list[str]:
    """Every URL the navigation partial links: each entry's (sections' children, recursively), the home page, the logo."""
    found = [url for url in (homepage, logo) if url is not None]
    pending = list(nav.items)
    while pending:
        item = pending.pop()
        if getattr(item, "url", None) is not None:
            found.append(item.url)
        pending.extend(item.children or ())
    if nav.homepage is not None:
        found.append(nav.homepage.url)
    return found


class NavOnce:
    """The Jinja global ``chronicle_nav_once(page, nav, config)`` that the override calls around Material's partial
    (Jinja passes the partial as ``caller``). One lives as long as one build's Jinja environment."""

    def __init__(self) -> None:
        self._nav: object = None
        self._prefixes: frozenset[tuple[str, ...]] = frozenset()
        self._made: dict[Place, str] = {}

    def __call__(self, page, nav, config, caller: Callable[[], str]) -> str:
        if page is None or not nav or any(item.active for item in nav.items):
            return caller()
        if nav is not self._nav:
            self._nav, self._made = nav, {}
            self._prefixes = target_prefixes(nav_targets(nav, config.extra.get("homepage"), config.theme.get("logo")))
        place = url_place(page.url, self._prefixes)
        made = self._made.get(place)
        if made is None:
            made = self._made[place] = caller()
        return made


def install(env: jinja2.Environment, theme_dirs: list[str], custom_dir: str | None) -> None:
    """Give ``env`` the global and Material's own templates under ``material/`` (the first theme folder after the
    overrides that holds the partial)."""
    own = next(d for d in theme_dirs if d != custom_dir and (Path(d) / PARTIAL).exists())
    env.loader = jinja2.ChoiceLoader([env.loader, jinja2.PrefixLoader({THEME_PREFIX: jinja2.FileSystemLoader(own)})])
    env.globals["chronicle_nav_once"] = NavOnce()
