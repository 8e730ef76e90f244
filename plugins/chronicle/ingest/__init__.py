"""Ingest: read corpus files and their metadata into :class:`RawSource` records.

Original files are never modified (their sha256 is exported). Metadata lives in
a YAML sidecar beside each file (``name.yml``) so a pull request can fix it
without touching the text. Problems become :class:`Diagnostic` records naming
the file and line; one bad file never stops the others from building.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import fields
from pathlib import Path

import yaml
from bs4 import BeautifulSoup, Tag

from chronicle.model import Diagnostic, RawSource, SourceMeta

SOURCE_SUFFIXES = (".txt", ".md", ".html", ".htm")
META_SUFFIXES = (".yml", ".yaml")
META_FIELDS = tuple(f.name for f in fields(SourceMeta))
# Lines no longer than this, with several lines per block, mean a hard-wrapped text.
HARD_WRAP_WIDTH = 100
HTML_DROP = ("script", "style", "nav", "footer", "header", "aside", "form", "noscript", "iframe", "svg", "button")
HTML_BLOCKS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "figcaption", "pre", "dt", "dd", "td", "th")


def source_id(path: Path) -> str:
    """A URL-safe id from the file name, so renaming a file is the only way to change it."""
    return re.sub(r"[^a-z0-9_-]+", "-", path.stem.lower()).strip("-") or "source"


def discover(corpus_dir: Path) -> list[Path]:
    """Source files under ``corpus_dir`` in a stable order (sorted by relative path)."""
    found = [p for p in corpus_dir.rglob("*") if p.is_file() and p.suffix.lower() in SOURCE_SUFFIXES]
    return sorted(found, key=lambda p: p.relative_to(corpus_dir).as_posix())


def read_corpus(corpus_dir: Path, root: Path) -> tuple[list[RawSource], list[Diagnostic]]:
    """Read every source under ``corpus_dir``; paths in records are relative to ``root``."""
    sources: list[RawSource] = []
    diagnostics: list[Diagnostic] = []
    seen: dict[str, str] = {}
    for path in discover(corpus_dir):
        source, problems = read_source(path, root)
        diagnostics.extend(problems)
        if source is None:
            continue
        if source.id in seen:
            diagnostics.append(Diagnostic(source.path, None, f"duplicate source id {source.id!r} (also {seen[source.id]}); skipped", fatal=True))
            continue
        seen[source.id] = source.path
        sources.append(source)
    return sources, diagnostics


def read_source(path: Path, root: Path) -> tuple[RawSource | None, list[Diagnostic]]:
    rel = _relative(path, root)
    data = path.read_bytes()
    text, problem = decode(data, rel)
    if problem:
        return None, [problem]
    fmt = "html" if path.suffix.lower() in (".html", ".htm") else path.suffix.lower().lstrip(".")
    meta, diagnostics = read_meta(path, root)
    if fmt == "html":
        blocks, html_meta = html_blocks(text)
        meta = _merge(html_meta, meta)
    else:
        blocks = text_blocks(text, markdown=fmt == "md")
    if not blocks:
        return None, diagnostics + [Diagnostic(rel, None, "no text found (empty file); skipped", fatal=True)]
    if meta.title is None:
        meta = _with_title(meta, blocks[0][1])
    return RawSource(source_id(path), rel, hashlib.sha256(data).hexdigest(), meta, tuple(blocks), fmt), diagnostics


def decode(data: bytes, rel: str) -> tuple[str, Diagnostic | None]:
    """UTF-8 (a BOM is allowed); anything else is reported at its line, not guessed."""
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        return "", Diagnostic(rel, line, f"not valid UTF-8 (byte {data[err.start]:#04x} at offset {err.start}); skipped", fatal=True)


def text_blocks(text: str, *, markdown: bool = False) -> list[tuple[int, str]]:
    """Paragraphs of a plain text with the line each starts on.

    One paragraph per line, as most exported texts are; blank-line-separated
    blocks when the text is hard-wrapped or Markdown.
    """
    lines = text.splitlines()
    if not markdown and not _hard_wrapped(lines):
        return [(n, line) for n, line in enumerate(lines, 1) if line.strip()]
    blocks: list[tuple[int, str]] = []
    start, current = 0, []
    for n, line in enumerate(lines + [""], 1):
        if line.strip():
            start = start or n
            current.append(line.strip())
        elif current:
            blocks.append((start, " ".join(current)))
            start, current = 0, []
    return blocks


def _hard_wrapped(lines: list[str]) -> bool:
    lengths = [len(line) for line in lines if line.strip()]
    multi_line_blocks = any(a.strip() and b.strip() for a, b in zip(lines, lines[1:]))
    return bool(lengths) and max(lengths) <= HARD_WRAP_WIDTH and multi_line_blocks and len(lengths) >= 5


def html_blocks(text: str) -> tuple[list[tuple[int, str]], SourceMeta]:
    """Main text of an HTML page: chrome dropped, block elements kept in order."""
    soup = BeautifulSoup(text, "html.parser")
    meta = _html_meta(soup)
    for tag in soup.find_all(HTML_DROP):
        tag.decompose()
    for br in soup.find_all("br"):
        br.replace_with(" ")  # inline markup joins without spaces; a line break is one
    main = soup.find("main") or soup.find("article") or soup.body or soup
    blocks = []
    for tag in main.find_all(HTML_BLOCKS):
        if tag.find(HTML_BLOCKS):  # the innermost block carries the text
            continue
        content = " ".join(tag.get_text().split())
        if content:
            blocks.append((tag.sourceline or 1, content))
    return blocks, meta


def _html_meta(soup: BeautifulSoup) -> SourceMeta:
    def content(*selectors: str) -> str | None:
        for selector in selectors:
            tag = soup.select_one(selector)
            value = tag.get("content") or tag.get("href") if isinstance(tag, Tag) else None
            if value:
                return str(value).strip()
        return None

    title = soup.title.get_text().strip() if soup.title else None
    published = content('meta[property="article:published_time"]', 'meta[name="date"]')
    return SourceMeta(
        title=content('meta[property="og:title"]') or title or None,
        url=content('link[rel="canonical"]', 'meta[property="og:url"]'),
        publisher=content('meta[property="og:site_name"]'),
        author=content('meta[name="author"]'),
        published=published[:10] if published else None,
        language=(soup.html.get("lang") if soup.html else None) or None,
    )


def read_meta(path: Path, root: Path) -> tuple[SourceMeta, list[Diagnostic]]:
    """The YAML sidecar's metadata; a missing or broken sidecar warns and builds anyway."""
    sidecar = next((path.with_suffix(s) for s in META_SUFFIXES if path.with_suffix(s).exists()), None)
    if sidecar is None:
        rel = _relative(path, root)
        missing = ", ".join(META_FIELDS)
        return SourceMeta(), [Diagnostic(rel, None, f"no metadata file ({path.stem}.yml): unknown {missing}; title taken from the first line")]
    rel = _relative(sidecar, root)
    try:
        data = yaml.safe_load(sidecar.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 1 if mark else None
        return SourceMeta(), [Diagnostic(rel, line, f"invalid YAML: {getattr(err, 'problem', err)}; metadata ignored", fatal=True)]
    except UnicodeDecodeError:
        return SourceMeta(), [Diagnostic(rel, None, "metadata file is not valid UTF-8; metadata ignored", fatal=True)]
    if not isinstance(data, dict):
        return SourceMeta(), [Diagnostic(rel, 1, "metadata must be a mapping of field: value; metadata ignored", fatal=True)]
    problems = [Diagnostic(rel, _key_line(sidecar, k), f"unknown metadata field {k!r} (known: {', '.join(META_FIELDS)})") for k in data if k not in META_FIELDS]
    values = {k: (None if data.get(k) is None else str(data[k])) for k in META_FIELDS}
    return SourceMeta(**values), problems


def _key_line(path: Path, key: object) -> int | None:
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith(f"{key}:"):
            return n
    return None


def _merge(base: SourceMeta, override: SourceMeta) -> SourceMeta:
    return SourceMeta(**{k: getattr(override, k) or getattr(base, k) for k in META_FIELDS})


def _with_title(meta: SourceMeta, first_block: str) -> SourceMeta:
    title = first_block.strip().strip("=#").strip() or first_block.strip()
    return _merge(meta, SourceMeta(title=title[:200]))


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
