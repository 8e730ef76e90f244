"""Every spelling of a district, and of the places inside it, leads to its page.

A reader or a source may use Fizuli, Agdam, Xankəndi, or a town's name on the
other side (Martakert, Hadrut, Berdzor): ``districts/fizuli/`` and
``districts/hadrut/`` should still lead to the district's page, and that page
lists each spelling under "Also written". A spelling counts for a district
when it names the district itself, or a town, province or landmark inside it
that an editor typed into the gazetteer or that a source names (not the
thousands of generated villages no source mentions); and every spelling a
source itself writes for one of them counts too. A district's own names
win over the names of places inside another; a spelling left naming two
districts gets no redirect. Never over an existing page, never to a district
without a page.
"""

from __future__ import annotations

import posixpath
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache

from chronicle.gazetteer import Gazetteer, Name, Place
from chronicle.index import Statement
from chronicle.render.addresses import Addresses
from chronicle.render.common import slugify
from chronicle.render.html import Markup, el

NO_SLUG = "page"  # what slugify gives a name with no Latin letters
SOURCE_USAGE = "as a source writes it (not in the gazetteer)"
# Kinds that are not inside one district (or are districts themselves).
NOT_INSIDE = frozenset({"rayon", "country", "region"})


@dataclass(frozen=True)
class Spelling:
    """One name of a district or of a place inside it."""

    name: Name
    place: Place  # the district itself, or the place inside it that bears the name
    own: bool  # the district's own name (wins a slug over a place inside another district)


def spellings(gazetteer: Gazetteer, written: Mapping[str, Collection[tuple[str, str]]] | None = None,
              only: str | None = None) -> dict[str, list[Spelling]]:
    """District code -> its own names, then those of the places inside it, each with the spellings sources write.

    ``written``: place id -> (text, language) of each spelling a source uses
    (:func:`written_spellings`); a place inside a district counts when an editor
    typed it or a source names it. ``only``: that one district's (its page's).
    """
    written = written or {}
    out: dict[str, list[Spelling]] = defaultdict(list)
    districts = [p for p in gazetteer.districts() if only is None or (p.district or p.id) == only]
    for place in districts:
        out[place.district or place.id] += _names_of(place, True, written)
    inside = _inside(gazetteer)
    for code in list(out):
        out[code] += [s for place in inside.get(code, ()) if place.source is None or place.id in written for s in _names_of(place, False, written)]
    return dict(out)


@lru_cache(maxsize=2)  # a gazetteer never changes once loaded: serve keeps one, and a reload brings another
def _inside(gazetteer: Gazetteer) -> dict[str, list[Place]]:
    """District code -> the places inside it that may lend it a spelling, in the gazetteer's order (found once, not per page)."""
    codes = {p.district or p.id for p in gazetteer.districts()}
    out: dict[str, list[Place]] = defaultdict(list)
    for place in gazetteer:
        if place.district in codes and place.kind not in NOT_INSIDE and place.id != place.district:
            out[place.district].append(place)
    return dict(out)


def _names_of(place: Place, own: bool, written: Mapping[str, Collection[tuple[str, str]]]) -> list[Spelling]:
    """A place's gazetteer names, then the spellings sources write for it that the gazetteer lacks."""
    known = {slugify(n.text) for n in place.names}
    extra = sorted((text, lang) for text, lang in written.get(place.id, ()) if slugify(text) not in known)
    names = [*place.names, *(Name(text, lang, SOURCE_USAGE) for text, lang in dict.fromkeys(extra))]
    return [Spelling(n, place, own) for n in names]


def alias_targets(addresses: Addresses, written: Mapping[str, Collection[tuple[str, str]]] | None = None) -> dict[str, tuple[str, str]]:
    """Alias path (``districts/fizuli``) -> (target page uri, target title)."""
    own: dict[str, set[tuple[str, str]]] = defaultdict(set)
    inside: dict[str, set[tuple[str, str]]] = defaultdict(set)
    pages = set()
    for code, names in spellings(addresses.gazetteer, written).items():
        uri, title = addresses.district(code)
        pages.add(uri.removesuffix(".md"))
        if not addresses.has_page("districts", code):
            continue
        for spelling in names:
            slug = slugify(spelling.name.text)
            if slug != NO_SLUG:
                (own if spelling.own else inside)[f"districts/{slug}"].add((uri, title))
    targets = {}
    for alias in sorted(own.keys() | inside.keys()):
        claims = own.get(alias) or inside[alias]
        if len(claims) == 1 and alias not in pages:
            targets[alias] = next(iter(claims))
    return targets


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


def written_spellings(statements: Iterable[Statement]) -> dict[str, set[tuple[str, str]]]:
    """Place id -> (text, language) of each spelling the statements write for it."""
    out: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for place, text, language in written_names(statements):
        out[place].add((text, language))
    return dict(out)


def written_names(statements: Iterable[Statement]) -> Iterator[tuple[str, str, str]]:
    """(place id, text, language) of each place name the statements write, as often as they write it."""
    for st in statements:
        language = st.source.meta.language or ""
        for m in st.facts.places:
            yield m.entity, m.text, language
