"""Redirects from every other spelling of a district to its page.

A reader or a source may use Fizuli, Agdam or Xankəndi; ``districts/fizuli/``
should still lead to the Fuzuli District page. Only spellings that name one
district get a redirect, and never over an existing page.
"""

from __future__ import annotations

import posixpath
from collections import defaultdict

from chronicle.render.addresses import Addresses
from chronicle.render.common import slugify
from chronicle.render.html import Markup, el

NO_SLUG = "page"  # what slugify gives a name with no Latin letters


def alias_targets(addresses: Addresses) -> dict[str, tuple[str, str]]:
    """Alias path (``districts/fizuli``) -> (target page uri, target title)."""
    claims: dict[str, set[tuple[str, str]]] = defaultdict(set)
    pages = set()
    for place in addresses.gazetteer.districts():
        uri, title = addresses.district(place.district or place.id)
        pages.add(uri.removesuffix(".md"))
        for name in place.names:
            slug = slugify(name.text)
            if slug != NO_SLUG:
                claims[f"districts/{slug}"].add((uri, title))
    return {alias: next(iter(t)) for alias, t in sorted(claims.items()) if len(t) == 1 and alias not in pages}


def redirect_files(targets: dict[str, tuple[str, str]], page_url, directory_urls: bool) -> dict[str, str]:
    """Site-relative file path -> a small HTML page that sends the reader on."""
    out = {}
    for alias, (uri, title) in targets.items():
        dest = f"{alias}/index.html" if directory_urls else f"{alias}.html"
        href = posixpath.relpath(page_url(uri) or ".", posixpath.dirname(dest)) + ("/" if directory_urls else "")
        head = el("head", Markup('<meta charset="utf-8">'), el("title", title), el("meta", name="robots", content="noindex"),
                  el("link", rel="canonical", href=href), el("meta", http_equiv="refresh", content=f"0; url={href}"))
        body = el("body", el("p", "This spelling leads to ", el("a", title, href=href), "."))
        out[dest] = f"<!doctype html>\n{el('html', head, body, lang='en')}\n"
    return out
