"""Ingest: read corpus files and their metadata into :class:`RawSource` records.

Original files are never modified (their sha256 is exported). Metadata lives in
a YAML sidecar beside each file (``name.yml``) so a pull request can fix it
without touching the text. Every file may come from a stranger, so reading is
bounded (a size limit checked before reading, symbolic links that leave the
corpus refused, the safe YAML loader) and every problem becomes a
:class:`Diagnostic` with a repository-relative path and, where there is one, a
line: one bad file never stops the others from building.

Modules: ``text`` (plain text and Markdown), ``html`` (HTML pages),
``metadata`` (the sidecar schema), ``language`` (the language of a source
that declares none, detected from its text).
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
import unicodedata
from dataclasses import replace
from pathlib import Path

from chronicle.ingest import language
from chronicle.ingest.html import decode_html, html_blocks_of, html_meta, parse
from chronicle.ingest.metadata import META_FIELDS, first_line_title, merge, read_sidecar, validate
from chronicle.ingest.text import decode, text_blocks
from chronicle.model import Diagnostic, RawSource, SourceMeta
from chronicle.yamlload import shown_path as relative  # repository-relative, never absolute, links not resolved

__all__ = ["DEFAULT_MAX_SOURCE_BYTES", "decode", "discover", "html_blocks", "read_corpus", "read_source", "source_id", "text_blocks"]

SOURCE_SUFFIXES = (".txt", ".md", ".html", ".htm")
META_SUFFIXES = (".yml", ".yaml")
# The largest source read (the plugin option ``max_source_bytes``): a longer text
# is almost surely a mistake, and the build's time grows with it.
DEFAULT_MAX_SOURCE_BYTES = 10_000_000


def source_id(path: Path) -> str:
    """A URL-safe id from the file name, so renaming a file is the only way to change it."""
    return re.sub(r"[^a-z0-9_-]+", "-", path.stem.lower()).strip("-") or "source"


def discover(corpus_dir: Path, root: Path | None = None) -> tuple[list[Path], list[Diagnostic]]:
    """Source files under ``corpus_dir`` sorted by relative path, and the entries refused.

    Hidden files and folders are skipped (editors' lock and swap files); a
    symbolic link is read only when it resolves inside ``corpus_dir``, and a
    linked folder is never descended (its files are read where they are).
    """
    root = root or corpus_dir
    base = corpus_dir.resolve()
    found: list[Path] = []
    refused: list[Diagnostic] = []
    for folder, dirs, files in os.walk(corpus_dir):
        here = Path(folder)
        for name in sorted(dirs):
            if name.startswith(".") or (here / name).is_symlink():
                dirs.remove(name)
                if not name.startswith(".") and not _inside(here / name, base):
                    refused.append(Diagnostic(relative(here / name, root), None, "symbolic link to a folder outside the corpus; refused", fatal=True))
        for name in files:
            if name.startswith(".") or os.path.splitext(name)[1].lower() not in SOURCE_SUFFIXES:
                continue
            path = here / name
            if os.path.islink(path) and not _inside(path, base):
                refused.append(Diagnostic(relative(path, root), None, "symbolic link to a file outside the corpus; refused", fatal=True))
                continue
            found.append(path)
    return sorted(found, key=lambda p: p.relative_to(corpus_dir).as_posix()), refused


def _inside(path: Path, base: Path) -> bool:
    return path.resolve().is_relative_to(base)


Read = tuple[RawSource | None, list[Diagnostic]]
Kept = dict[Path, tuple[tuple, Read]]  # a source file -> the stamps of it and its sidecar, and what reading them gave


def read_corpus(corpus_dir: Path, root: Path, *, max_source_bytes: int = DEFAULT_MAX_SOURCE_BYTES,
                kept: Kept | None = None) -> tuple[list[RawSource], list[Diagnostic]]:
    """Read every source under ``corpus_dir``; paths in records are relative to ``root``.

    ``kept`` (``mkdocs serve``) remembers each file's reading: a file whose size and
    modification time, and its sidecar's, did not change is not read and parsed again.
    """
    paths, diagnostics = discover(corpus_dir, root)
    sources: list[RawSource] = []
    seen: dict[str, str] = {}
    for path in paths:
        source, problems = _read_kept(path, root, corpus_dir, max_source_bytes, kept)
        diagnostics.extend(problems)
        if source is None:
            continue
        if source.id in seen:
            diagnostics.append(Diagnostic(source.path, None, f"duplicate source id {source.id!r} (also {seen[source.id]}); skipped", fatal=True))
            continue
        seen[source.id] = source.path
        sources.append(source)
    return sources, diagnostics


def _read_kept(path: Path, root: Path, corpus_dir: Path, max_bytes: int, kept: Kept | None) -> Read:
    if kept is None:
        return _read_guarded(path, root, corpus_dir, max_bytes)
    stem = os.path.splitext(path)[0]  # the sidecars' stamps too: a fixed title is a new reading
    stamp = (max_bytes, _stamp(path), *(_stamp(stem + suffix) for suffix in META_SUFFIXES))
    if path not in kept or kept[path][0] != stamp:
        kept[path] = (stamp, _read_guarded(path, root, corpus_dir, max_bytes))
    return kept[path][1]


def _stamp(path: Path | str) -> tuple[int, int] | None:
    try:
        stat = os.stat(path)  # ``os.stat`` of a string: a serve rebuild stamps every file of the corpus
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


def _read_guarded(path: Path, root: Path, corpus_dir: Path, max_bytes: int) -> tuple[RawSource | None, list[Diagnostic]]:
    """:func:`read_source`, with any unforeseen failure confined to its file."""
    try:
        return read_source(path, root, corpus_dir=corpus_dir, max_bytes=max_bytes)
    except OSError as err:
        return None, [Diagnostic(relative(path, root), None, f"cannot be read ({err.strerror or err}); skipped", fatal=True)]
    except Exception as err:  # noqa: BLE001 -- the promise is that no single file stops the build
        return None, [Diagnostic(relative(path, root), None, f"unexpected {type(err).__name__} while reading ({err}); skipped", fatal=True)]


def read_source(path: Path, root: Path, *, corpus_dir: Path | None = None,
                max_bytes: int = DEFAULT_MAX_SOURCE_BYTES) -> tuple[RawSource | None, list[Diagnostic]]:
    """One source and its sidecar; ``None`` (with a fatal diagnostic) when it cannot be used."""
    rel = relative(path, root)
    refusal = _refusal(path, rel, max_bytes)
    if refusal:
        return None, [refusal]
    data = path.read_bytes()
    fmt = "html" if path.suffix.lower() in (".html", ".htm") else path.suffix.lower().lstrip(".")
    if fmt == "html":
        text, diagnostics = decode_html(data, rel)
    else:
        text, problem = decode(data, rel)
        diagnostics = [problem] if problem else []
    if not text:
        return None, diagnostics or [Diagnostic(rel, None, "no text found (empty file); skipped", fatal=True)]
    found, page_meta = _blocks(text, fmt, rel)
    sidecar, meta_problems = _sidecar(path, root, corpus_dir or path.parent)
    diagnostics += page_meta[1] + meta_problems
    if not found:
        why = "no article text found (only page chrome: navigation, banners, hidden elements?)" if fmt == "html" else "no text found (empty file)"
        return None, diagnostics + [Diagnostic(rel, None, f"{why}; skipped", fatal=True)]
    title = {} if "title" in sidecar or "title" in page_meta[0] else {"title": first_line_title(found[0][1])}
    meta = merge(sidecar, page_meta[0], {k: v for k, v in title.items() if v})
    if _missing_sidecar(path):
        diagnostics.append(_no_sidecar(path, rel, merge(sidecar, page_meta[0]), bool(title)))
    sample = language.sample_of(found)
    detected = None if meta.language else language.detect(sample)
    if detected:
        meta = replace(meta, language=detected)
    elif meta.language and (script := language.contradiction(meta.language, sample)):
        diagnostics.append(Diagnostic(rel, None, f"language {meta.language!r} is declared, but the text is written in {script} script; check the metadata"))
    return RawSource(source_id(path), rel, hashlib.sha256(data).hexdigest(), meta, tuple(found), fmt, detected is not None), diagnostics


def _refusal(path: Path, rel: str, max_bytes: int) -> Diagnostic | None:
    """Why a file is not read at all (checked by ``stat``, before reading a byte)."""
    if any(unicodedata.category(c) == "Cc" for c in rel) or not _utf8(rel):
        shown = rel.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        return Diagnostic(repr(shown)[1:-1], None, "file name holds control characters or is not UTF-8; skipped", fatal=True)
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        return Diagnostic(rel, None, "not a regular file; skipped", fatal=True)
    if info.st_size > max_bytes:
        return Diagnostic(rel, None, f"{info.st_size} bytes, more than the limit of {max_bytes} bytes (max_source_bytes); skipped", fatal=True)
    return None


def _utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _blocks(text: str, fmt: str, rel: str) -> tuple[list[tuple[int, str]], tuple[dict[str, str], list[Diagnostic]]]:
    """The text's blocks, and the metadata the page itself declares (checked)."""
    if fmt != "html":
        return text_blocks(text, markdown=fmt == "md"), ({}, [])
    soup = parse(text)
    declared = html_meta(soup)
    return html_blocks_of(soup), validate(declared, rel)


def _sidecar(path: Path, root: Path, corpus_dir: Path) -> tuple[dict[str, str], list[Diagnostic]]:
    sidecar = next((path.with_suffix(s) for s in META_SUFFIXES if path.with_suffix(s).exists()), None)
    if sidecar is None:
        return {}, []
    rel = relative(sidecar, root)
    if not _inside(sidecar, corpus_dir.resolve()):
        return {}, [Diagnostic(rel, None, "symbolic link to a file outside the corpus; metadata ignored")]
    return read_sidecar(sidecar, rel)


def _missing_sidecar(path: Path) -> bool:
    return not any(path.with_suffix(s).exists() for s in META_SUFFIXES)


def _no_sidecar(path: Path, rel: str, declared: SourceMeta, titled_from_text: bool) -> Diagnostic:
    """The warning for a source without a sidecar names only what is really unknown."""
    missing = [f for f in META_FIELDS if getattr(declared, f) is None]
    message = f"no metadata file ({path.stem}.yml)"
    if missing:
        message += f": unknown {', '.join(missing)}"
    if titled_from_text:
        message += "; title taken from the first line"
    return Diagnostic(rel, None, message)


def html_blocks(text: str) -> tuple[list[tuple[int, str]], SourceMeta]:
    """Blocks and declared metadata of an HTML text (bad metadata values dropped silently)."""
    soup = parse(text)
    declared, _ = validate(html_meta(soup), "")
    return html_blocks_of(soup), SourceMeta(**declared)
