"""The one place where values enter HTML.

Every generated page is built from :class:`markupsafe.Markup` fragments. A
plain ``str`` (source text, metadata, file names, gazetteer and wars values)
is escaped exactly once, when it is placed into an element or an attribute;
a ``Markup`` value is HTML this module already made and is kept as it is.
There is no other escaping anywhere in the renderer, and no entity encoding
upstream that a later layer could decode again.

Three contexts, three functions: :func:`el` escapes text children and quoted
attribute values, :func:`external_url` admits only ``http`` and ``https``
URLs (anything else is not linked at all), and internal links are made by
:class:`chronicle.render.common.PageContext`, which computes them from page
paths, never from input. :func:`filled` is ``el`` for the few fixed shapes made
once per quote on every page (a footnote and its reference, a statement's list
item): the template is HTML written in code, each value escaped into its slot.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from urllib.parse import quote, urlsplit

from markupsafe import Markup, escape
from markupsafe import _escape_inner  # noqa: PLC2701 - markupsafe's own C escaper; pinned (3.0.4), see _escape_str

__all__ = ["Markup", "el", "filled", "join", "text", "external_url", "edit_url", "text_fragment"]

# Elements that have no closing tag.
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "wbr"})
# Characters kept as they are when a URL path is percent-encoded.
_URL_SAFE = "/:@!$&'()*+,;=-._~%"
ALLOWED_SCHEMES = ("http", "https")


# ``Markup(s)`` for a plain ``str`` ``s`` that is already HTML: the very object ``Markup.__new__`` returns
# (it calls ``str.__new__`` once it has seen ``s`` has no ``__html__``), without that Python-level check:
# a 1,000-source build makes some 5 million fragments, and the check was a third of ``el``'s time.
_markup = functools.partial(str.__new__, Markup)


def text(value: object) -> Markup:
    """Any value as HTML text (``Markup`` passes through, everything else is escaped)."""
    return escape(value)


def join(parts: Iterable[object], separator: object = "") -> Markup:
    """Fragments joined by ``separator``, each escaped unless it is already ``Markup`` (``_escape_str`` inline, as in ``el``)."""
    return _markup(_escape_str(separator).join([p if type(p) is Markup else _escape_inner(p) if type(p) is str else _escape_str(p) for p in parts]))


def el(tag: str, *children: object, **attrs: object) -> Markup:
    """``<tag attrs>children</tag>`` with every attribute value and text child escaped.

    Attribute names come from code, never from input: ``class_`` is ``class``,
    ``data_x`` is ``data-x``, ``aria_label`` is ``aria-label``. ``None`` and
    ``False`` leave an attribute out, ``True`` writes it bare.

    The hot path of rendering (a 1,000-source build makes 1.3 million elements): a ``Markup`` or plain ``str``
    child is handled inline, ``_escape_str``'s two cases without a call each; anything else goes through it.
    """
    opening = f"<{tag}"
    for name, value in attrs.items():
        if value is None or value is False:
            continue
        name = _ATTRIBUTE_NAMES.get(name) or _attribute_name(name)
        if value is True:
            opening += f" {name}"
        else:
            opening += f' {name}="{_escape_str(value)}"'
    if tag in _VOID:
        return _markup(opening + ">")
    inner = "".join([c if type(c) is Markup else _escape_inner(c) if type(c) is str else _escape_str(c) for c in children if c is not None])
    return _markup(f"{opening}>{inner}</{tag}>")


def filled(template: str, *values: object) -> Markup:
    """``template`` (HTML written in code, ``str.format`` slots ``{0}``, ``{1}`` ...) with each value escaped into its slot.

    For the few shapes made once per statement on every page that lists it (a footnote reference, a footnote's
    list item): one format in place of an ``el`` call per element. A test holds each such template to the HTML
    ``el`` makes of the same values. ``_escape_str``'s two common cases are inline, as in ``el``: ``join`` and ``filled`` take
    3 million values at 1,000 sources, and a call each was about 15 % of their time.
    """
    return _markup(template.format(*[v if type(v) is Markup else _escape_inner(v) if type(v) is str else _escape_str(v) for v in values]))


_ATTRIBUTE_NAMES: dict[str, str] = {}


def _attribute_name(name: str) -> str:
    _ATTRIBUTE_NAMES[name] = name.rstrip("_").replace("_", "-")
    return _ATTRIBUTE_NAMES[name]


def _escape_str(value: object) -> str:
    """A value as an HTML string: ``Markup`` as it is, anything else escaped (the hot path of every page).

    A plain ``str`` goes straight to the C function ``escape`` itself calls: the
    same characters escaped the same way, without wrapping each of millions of
    strings in a ``Markup`` only to unwrap it again (a 1,000-source build
    escapes about 6 million strings; ``str(escape(s))`` cost ~1.4 µs each).
    """
    if type(value) is str:  # not a subclass: ``Markup`` is a ``str`` and must pass as it is
        return _escape_inner(value)
    return value if isinstance(value, Markup) else str(escape(value))


def external_url(url: str | None) -> str | None:
    """``url`` if it is an absolute ``http(s)`` URL, with unsafe characters percent-encoded; else ``None``.

    ``javascript:``, ``data:``, relative and scheme-less URLs are never linked:
    the caller shows the value as text instead (and ingest warns about it).
    """
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ALLOWED_SCHEMES or not parts.netloc:
        return None
    return quote(url, safe=_URL_SAFE + "?#[]")


def edit_url(base: str, repository_path: str) -> str:
    """The "edit this page" link: a repository path percent-encoded under the configured base URL."""
    return base + quote(repository_path, safe="/")


# Text fragments need these characters percent-encoded on top of URL escaping.
_FRAGMENT_RESERVED = str.maketrans({"-": "%2D", ",": "%2C", "&": "%26"})
FRAGMENT_EDGE_WORDS = 4


def text_fragment(url: str, sentence: str) -> str:
    """``url`` with a ``#:~:text=`` directive that scrolls to ``sentence``.

    Long sentences use the ``start,end`` form so the link survives small edits
    in the middle of the sentence.
    """
    words = sentence.split()

    def enc(part: list[str]) -> str:
        return quote(" ".join(part), safe="").translate(_FRAGMENT_RESERVED)

    if len(words) <= 2 * FRAGMENT_EDGE_WORDS:
        directive = enc(words)
    else:
        directive = f"{enc(words[:FRAGMENT_EDGE_WORDS])},{enc(words[-FRAGMENT_EDGE_WORDS:])}"
    return f"{url.split('#', 1)[0]}#:~:text={directive}"
