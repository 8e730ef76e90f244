"""What every generated page shares: the page record, quotes and their footnotes."""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from dataclasses import dataclass
from functools import lru_cache

from anyascii import anyascii

from chronicle.index import Statement
from chronicle.render.text import inert, text_fragment


@dataclass(frozen=True)
class Page:
    uri: str  # path under docs_dir, e.g. "districts/aghdam.md"
    title: str
    markdown: str
    edit_path: str | None = None  # repository file an editor changes to change this page
    in_nav: bool = False


def slugify(text: str) -> str:
    """URL slug in ASCII: transliterated (Bakı -> baki, Физули -> fizuli), never silently dropping letters."""
    return re.sub(r"[^a-z0-9]+", "-", anyascii(text).lower()).strip("-") or "page"


def link(from_uri: str, to_uri: str, anchor: str | None = None) -> str:
    """Relative ``.md`` link so MkDocs resolves and checks it."""
    target = _relative(posixpath.dirname(from_uri), to_uri)
    return f"{target}#{anchor}" if anchor else target


@lru_cache(maxsize=1 << 16)
def _relative(from_dir: str, to_uri: str) -> str:
    """``posixpath.relpath`` for docs-relative paths, without its trips to the filesystem (a hot path)."""
    src = from_dir.split("/") if from_dir else []
    dst = to_uri.split("/")
    common = 0
    while common < len(src) and common < len(dst) - 1 and src[common] == dst[common]:
        common += 1
    return "/".join([".."] * (len(src) - common) + dst[common:])


def source_uri(source_id: str) -> str:
    return f"sources/{source_id}.md"


def human_date(iso: str | None) -> str | None:
    """``2023-09-20`` -> ``20 September 2023`` (partial dates stay partial)."""
    if not iso:
        return None
    for fmt, length in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        try:
            day = dt.datetime.strptime(iso[:length], fmt).date()
        except ValueError:
            continue
        return {10: f"{day.day} {day:%B %Y}", 7: f"{day:%B %Y}", 4: f"{day:%Y}"}[length]
    return iso


def attribution(statement: Statement, page_uri: str) -> str:
    """Who says it: the source's title, linked to its page (two sources may share a title), and its perspective."""
    meta = statement.source.meta
    who = f"*[{inert(statement.source.title)}]({link(page_uri, source_uri(statement.source.id))})*"
    if meta.perspective:
        who += f" ({inert(meta.perspective)})"
    return who


class Citations:
    """Footnotes of one page: one per quoted sentence, labelled by its target."""

    def __init__(self, page_uri: str) -> None:
        self.page_uri = page_uri
        self._used: dict[str, Statement] = {}

    def cite(self, statement: Statement) -> str:
        label = f"{statement.source.id}-{statement.sentence.id}"
        self._used.setdefault(label, statement)
        return f"[^{label}]"

    def quote(self, statement: Statement) -> str:
        """The sentence verbatim, in quotation marks, with its footnote."""
        return f'<q class="chronicle-quote">{inert(statement.sentence.text)}</q>{self.cite(statement)}'

    def definitions(self) -> str:
        return "\n\n".join(f"[^{label}]: {self._definition(st)}" for label, st in self._used.items())

    def _definition(self, st: Statement) -> str:
        meta = st.source.meta
        parts = [f"*{inert(st.source.title)}*"]
        parts += [inert(v) for v in (meta.publisher, human_date(meta.published)) if v]
        target = link(self.page_uri, source_uri(st.source.id), st.sentence.id)
        text = f"{', '.join(parts)}, ¶ {st.paragraph.number}: [the sentence in its source]({target})"
        if meta.url:
            text += f" · [original]({text_fragment(meta.url, st.sentence.text)})"
        return text
