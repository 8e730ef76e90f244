"""HTML sources: decode as declared, drop page chrome, keep every piece of article text in order.

A quote on the site must be findable in the original, so the reader loses
nothing that a reader of the article sees: text directly in containers, text
before and after nested blocks, headings, captions, ``<pre>`` with its
spacing (its block text keeps its newlines and spaces; the renderer shows it
with ``white-space: pre-wrap``). It drops what a reader does not see as the
article: hidden elements, navigation, site headers and footers, cookie and
consent banners, scripts and styles. Each block keeps the line it starts on.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import PreformattedString

from chronicle.ingest.metadata import Located
from chronicle.ingest.text import nul_problem
from chronicle.model import Diagnostic

DROP = (
    "head", "title", "script", "style", "noscript", "template", "nav", "footer", "aside", "iframe",
    "svg", "math", "button", "select", "textarea", "input", "label", "object", "embed", "canvas", "dialog",
)
BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "section",
    "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
})
_CHROME_ROLES = frozenset({"dialog", "alertdialog", "navigation", "banner", "contentinfo", "complementary", "search"})
_BANNER = re.compile(r"cookie|consent|gdpr|onetrust", re.I)
_INVISIBLE_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_KEEP = ("html", "body", "main", "article")
# Browsers look for a declared charset in the first bytes only (the spec says 1024).
_PRESCAN = 4096
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")
# WHATWG: pages that declare Latin-1 or ASCII are read as windows-1252, as browsers do.
_WEB_CODECS = {"iso8859-1": "cp1252", "ascii": "cp1252"}
# Legacy encodings a web page may declare. Python knows more codecs than the web
# (rot13, unicode_escape, zlib...): a page declaring one of those is read as UTF-8.
_LEGACY = re.compile(r"cp125\d|cp866|cp874|iso8859-\d+|koi8-[ru]|mac-(?:cyrillic|roman)|gbk|gb18030|gb2312|big5(?:hkscs)?"
                     r"|euc_jp|euc_kr|iso2022_jp|shift_jis|tis-620|ascii")
_BLANK_LINES = re.compile(r"^(?:[ \t]*\r?\n)+")
# A descendant holding this share of a container's text is where the article is.
_CONTENT_SHARE = 0.9


# --- decoding ---------------------------------------------------------------------


def decode_html(data: bytes, rel: str) -> tuple[str, list[Diagnostic]]:
    """Text of an HTML file: a BOM, else the declared charset, else UTF-8; never guessed."""
    declared, where = _declared_charset(data)
    codec = _codec(declared) if declared and not data.startswith(codecs.BOM_UTF8) else "utf-8"
    notes: list[Diagnostic] = []
    if declared and codec is None:
        notes.append(Diagnostic(rel, _line_of(data, declared.encode()), f"unknown charset {declared!r} declared; read as UTF-8"))
        codec = "utf-8"
    try:
        text = data.decode("utf-8-sig" if codec == "utf-8" else codec)
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        name = "UTF-8" if codec == "utf-8" else declared
        return "", notes + [Diagnostic(rel, line, f"not valid {name} (byte {data[err.start]:#04x} at offset {err.start}); skipped", fatal=True)]
    if codec != "utf-8":
        used = "" if codecs.lookup(codec).name == codecs.lookup(declared).name else f" (read as {_display(codec)}, as browsers do)"
        notes.append(Diagnostic(rel, _line_of(data, declared.encode()), f"decoded as {declared}, as its {where} declares{used}", level="info"))
    nul = nul_problem(text, rel)
    return ("", notes + [nul]) if nul else (text, notes)


def _declared_charset(data: bytes) -> tuple[str | None, str]:
    head = data[:_PRESCAN]
    xml = _XML_ENCODING.match(head)
    if xml:
        return xml.group(1).decode("ascii"), "XML declaration"
    meta = _META_CHARSET.search(head)
    return (meta.group(1).decode("ascii"), "<meta charset>") if meta else (None, "")


def _codec(label: str) -> str | None:
    """Python codec for a declared label; ``utf-8`` for every Unicode label (UTF-16 and UTF-7 cannot be declared in-band)."""
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name.startswith("utf"):
        return "utf-8"
    return _WEB_CODECS.get(name, name) if _LEGACY.fullmatch(name) else None


def _display(codec: str) -> str:
    return codec.replace("cp125", "windows-125")


def _line_of(data: bytes, needle: bytes) -> int:
    at = data.lower().find(needle.lower())
    return data[:at].count(b"\n") + 1 if at >= 0 else 1


# --- metadata ---------------------------------------------------------------------


def html_meta(soup: BeautifulSoup) -> Located:
    """Metadata the page declares, each value with the line of its tag (unchecked)."""
    found: Located = {}
    head = soup.head or soup  # meta and link tags belong in the head; searching only it keeps big pages fast

    def take(field: str, *selectors: str) -> None:
        for selector in selectors:
            tag = head.select_one(selector)
            value = (tag.get("content") or tag.get("href")) if isinstance(tag, Tag) else None
            if value and str(value).strip():
                found[field] = (str(value).strip(), tag.sourceline)
                return

    take("title", 'meta[property="og:title"]')
    if "title" not in found and soup.title and soup.title.get_text().strip():
        found["title"] = (" ".join(soup.title.get_text().split()), soup.title.sourceline)
    take("url", 'link[rel="canonical"]', 'meta[property="og:url"]')
    take("publisher", 'meta[property="og:site_name"]')
    take("author", 'meta[name="author"]')
    take("published", 'meta[property="article:published_time"]', 'meta[name="date"]')
    if "published" in found:
        value, line = found["published"]
        found["published"] = (value[:10], line)
    lang = soup.html.get("lang") if isinstance(soup.html, Tag) else None
    if isinstance(lang, str) and lang.strip():
        found["language"] = (lang.strip().split("-")[0].split("_")[0], soup.html.sourceline)
    return found


# --- blocks -----------------------------------------------------------------------


def parse(text: str) -> BeautifulSoup:
    return BeautifulSoup(text, "html.parser")


def html_blocks_of(soup: BeautifulSoup) -> list[tuple[int, str]]:
    """The article's blocks, each ``(line, text)``; ``soup`` loses its chrome in the process."""
    lines = _text_lines(soup)
    dropped: set[int] = set()
    for tag in soup.find_all(True):  # document order: a parent is judged before its children
        if id(tag.parent) in dropped:
            dropped.add(id(tag))
        elif _chrome(tag):
            dropped.add(id(tag))
            tag.extract()
    return _Blocks(lines).read(_content(soup))


def _text_lines(soup: BeautifulSoup) -> dict[int, int]:
    """Line each text node starts on: its preceding tag's line plus the newlines in between."""
    lines: dict[int, int] = {}
    line = 1
    for node in soup.descendants:
        if isinstance(node, Tag):
            line = node.sourceline or line
        else:
            lines[id(node)] = line
            line += node.count("\n")
    return lines


def _chrome(tag: Tag) -> bool:
    """Does a reader of the article not see this element as part of it?"""
    if tag.name in ("html", "body"):
        return False
    if tag.name in DROP:
        return True
    if tag.name == "header" and tag.find_parent(("article", "main", "section")) is None:
        return True
    if (tag.has_attr("hidden") and tag.get("hidden") != "until-found") or str(tag.get("aria-hidden")).lower() == "true":
        return True
    if _INVISIBLE_STYLE.search(str(tag.get("style") or "")):
        return True
    if tag.name in _KEEP:
        return False
    banner = tag.get("role") in _CHROME_ROLES or _BANNER.search(" ".join([*_classes(tag), str(tag.get("id") or "")]))
    return bool(banner) and tag.find(("main", "article")) is None


def _classes(tag: Tag) -> list[str]:
    value = tag.get("class") or []
    return [value] if isinstance(value, str) else list(value)


def _content(soup: BeautifulSoup) -> Tag | BeautifulSoup:
    """The element holding the article: ``<main>``, the longest ``<article>``, else where the text is."""
    main = soup.find("main") or soup.find(attrs={"role": "main"})
    if isinstance(main, Tag):
        return main
    articles = soup.find_all("article")
    if articles:
        return max(articles, key=lambda a: len(a.get_text()))
    container = soup.body or soup
    while True:
        total = len(container.get_text().strip())
        inner = next((c for c in container.find_all(True, recursive=False)
                      if len(c.get_text().strip()) >= _CONTENT_SHARE * total), None)
        if inner is None or total == 0 or inner.name not in BLOCKS:
            return container
        container = inner


class _Blocks:
    """Collects runs of inline text into blocks; a block element or two ``<br>`` end a run."""

    def __init__(self, lines: dict[int, int]):
        self.lines = lines
        self.out: list[tuple[int, str]] = []
        self.parts: list[str] = []
        self.start = 0
        self.after_br = False

    def read(self, root: Tag | BeautifulSoup) -> list[tuple[int, str]]:
        for node, block_end in _walk(root):
            if block_end:
                self.flush()
            elif isinstance(node, Tag):
                self.tag(node)
            else:
                self.text(node)
        self.flush()
        return self.out

    def tag(self, tag: Tag) -> None:
        if tag.name == "br":
            if self.after_br:
                self.flush()
            else:
                self.parts.append(" ")
                self.after_br = True
        elif tag.name == "pre":
            self.flush()
            self.pre(tag)
        elif tag.name in BLOCKS:
            self.flush()

    def text(self, node: NavigableString) -> None:
        if isinstance(node, PreformattedString):  # comments, CDATA, doctypes
            return
        stripped = node.lstrip()
        if stripped:
            if not self.start:
                self.start = self.lines.get(id(node), 1) + node[: len(node) - len(stripped)].count("\n")
            self.after_br = False
        self.parts.append(str(node))

    def pre(self, tag: Tag) -> None:
        """Preformatted text keeps its spaces and newlines; blank lines around it are markup."""
        pieces: list[str] = []
        first: NavigableString | None = None
        for node in tag.descendants:
            if isinstance(node, Tag):
                pieces.append("\n" if node.name == "br" else "")
            elif not isinstance(node, PreformattedString):
                pieces.append(str(node))
                first = first or (node if node.strip() else None)
        if first is None:
            return
        body = _BLANK_LINES.sub("", "".join(pieces)).rstrip()
        line = self.lines.get(id(first), tag.sourceline or 1) + first[: len(first) - len(first.lstrip())].count("\n")
        self.out.append((line, body))

    def flush(self) -> None:
        content = " ".join("".join(self.parts).split())
        if content:
            self.out.append((self.start or 1, content))
        self.parts, self.start, self.after_br = [], 0, False


def _walk(root: Tag | BeautifulSoup) -> Iterator[tuple[Tag | NavigableString, bool]]:
    """Nodes in document order, and ``(block, True)`` when a block element ends; no recursion, so no depth limit."""
    stack: list[tuple[Tag | BeautifulSoup, Iterator]] = [(root, iter(root.children))]
    while stack:
        parent, children = stack[-1]
        node = next(children, None)
        if node is None:
            stack.pop()
            if isinstance(parent, Tag) and parent.name in BLOCKS:
                yield parent, True
            continue
        yield node, False
        if isinstance(node, Tag) and node.name not in ("pre", "br"):
            stack.append((node, iter(node.children)))
