"""The metadata schema: what each field of a source's sidecar may hold.

A sidecar comes from a pull request, so every value is checked before it
reaches a page or the export: texts without control characters, dates that
exist in the calendar, ``http``/``https`` URLs only, language codes that
ISO 639 knows, ``kind`` and ``perspective`` from the lists below. A bad value
is a warning naming the file and the line of its key; the field is dropped
and the source still builds.

The allowed kinds and perspectives are constants here rather than a YAML file
in ``corpus/``: they are part of the export contract (consumers group by them)
and of the renderers' labels, so changing them is a code change reviewed as
one, and a second file would need its own loader, location option and
fallback for the tiny corpora tests build.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import fields
from pathlib import Path
from typing import Any, Callable
from urllib.parse import urlsplit

import pycountry

from chronicle.model import Diagnostic, SourceMeta
from chronicle.yamlload import LineDict, YamlError, load_yaml, partial_date

META_FIELDS = tuple(f.name for f in fields(SourceMeta))
KINDS = (
    "news", "encyclopedia", "partisan-history", "report", "official-statement",
    "academic", "book", "memoir", "interview", "blog",
)
PERSPECTIVES = ("neutral", "armenian", "azerbaijani", "russian", "turkish", "iranian")
# A sidecar holds a dozen short lines; anything near this size is not metadata.
MAX_META_BYTES = 100_000
# Bidirectional embeddings, overrides and isolates reorder what a reader sees.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

Located = dict[str, tuple[Any, int | None]]  # field -> (raw value, line it was read from)


def _forbidden(text: str) -> str | None:
    """The first character a metadata text may not hold, as ``U+XXXX``."""
    for char in text:
        if (unicodedata.category(char) in ("Cc", "Cs") and char not in "\t\n\r") or char in _BIDI_CONTROLS:
            return f"U+{ord(char):04X}"
    return None


def _text(value: Any) -> tuple[str | None, str | None]:
    if isinstance(value, bool) or not isinstance(value, (str, int, float, dt.date)):
        shape = "a mapping" if isinstance(value, dict) else "a list" if isinstance(value, list) else "true/false" if isinstance(value, bool) else type(value).__name__
        return None, f"must be text, not {shape}"
    text = str(value).strip()
    bad = _forbidden(text)
    if bad:
        return None, f"control character {bad} is not allowed"
    return text or None, None


def _url(value: Any) -> tuple[str | None, str | None]:
    text, problem = _text(value)
    if problem or text is None:
        return text, problem
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or any(c.isspace() for c in text):
        return None, f"{text!r} is not an http or https URL"
    return text, None


def _date(value: Any) -> tuple[str | None, str | None]:
    date = partial_date(value)
    if date is None:
        return None, f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD that exists)"
    return date, None


def _language(value: Any) -> tuple[str | None, str | None]:
    text, problem = _text(value)
    if problem or text is None:
        return text, problem
    code = text.lower()
    known = pycountry.languages.get(alpha_2=code) if len(code) == 2 else pycountry.languages.get(alpha_3=code) if len(code) == 3 else None
    if known is None:
        return None, f"{text!r} is not an ISO 639-1 or 639-3 language code"
    return code, None


def _one_of(allowed: tuple[str, ...]) -> Callable[[Any], tuple[str | None, str | None]]:
    def check(value: Any) -> tuple[str | None, str | None]:
        text, problem = _text(value)
        if problem or text is None or text in allowed:
            return text, problem
        return None, f"{text!r} is not one of {', '.join(allowed)}"
    return check


CHECKS: dict[str, Callable[[Any], tuple[str | None, str | None]]] = {
    "title": _text, "url": _url, "publisher": _text, "author": _text,
    "published": _date, "retrieved": _date, "language": _language,
    "kind": _one_of(KINDS), "perspective": _one_of(PERSPECTIVES),
    "license": _text, "revision": _text,
}
assert set(CHECKS) == set(META_FIELDS), "every SourceMeta field needs a check"
# Front matter written for other tools names two fields otherwise (Jekyll's and Hugo's ``date``, ``lang``):
# read as ours rather than dropped, since a source's date anchors every relative date in it.
ALIASES = {"date": "published", "lang": "language"}


def _canonical(located: Located, rel: str) -> tuple[Located, list[Diagnostic]]:
    """The fields under their own names; an alias beside the field it stands for is ignored, with a warning."""
    named: Located = {}
    problems: list[Diagnostic] = []
    for key, (raw, line) in located.items():
        field = ALIASES.get(key, key) if isinstance(key, str) else key
        if field != key and field in located:
            problems.append(Diagnostic(rel, line, f"{key!r} and {field!r} are both given; {field!r} is used"))
            continue
        named[field] = (raw, line)
    return named, problems


def validate(located: Located, rel: str) -> tuple[dict[str, str], list[Diagnostic]]:
    """Checked values by field; each bad or unknown field becomes a warning at its line."""
    values: dict[str, str] = {}
    located, problems = _canonical(located, rel)
    for key, (raw, line) in located.items():
        check = CHECKS.get(key) if isinstance(key, str) else None
        if check is None:
            problems.append(Diagnostic(rel, line, f"unknown metadata field {key!r} (known: {', '.join(META_FIELDS)})"))
            continue
        if raw is None:
            continue
        value, problem = check(raw)
        if problem:
            problems.append(Diagnostic(rel, line, f"{key}: {problem}; field dropped"))
        elif value is not None:
            values[key] = value
    return values, problems


def read_sidecar(sidecar: Path, rel: str) -> tuple[dict[str, str], list[Diagnostic]]:
    """The sidecar's checked fields; a broken sidecar is one warning and no fields."""
    try:
        data = load_yaml(sidecar, rel, max_bytes=MAX_META_BYTES)
    except YamlError as err:
        return {}, [Diagnostic(rel, err.line, f"{err.message.removesuffix('; refused')}; metadata ignored")]
    if data is None:
        return {}, []
    if not isinstance(data, LineDict):
        return {}, [Diagnostic(rel, 1, "metadata must be a mapping of field: value; metadata ignored")]
    values, problems = validate({k: (v, data.key_line(k)) for k, v in data.items()}, rel)
    repeated = [Diagnostic(rel, line, f"{key!r} is given more than once; the last value is used") for key, line in data.duplicates]
    return values, repeated + problems


def merge(*layers: dict[str, str]) -> SourceMeta:
    """One record from layers of checked values; earlier layers win."""
    merged: dict[str, str] = {}
    for layer in reversed(layers):
        merged.update(layer)
    return SourceMeta(**merged)


def first_line_title(first_block: str) -> str | None:
    """A title from a text's first paragraph, for sources that declare none."""
    title = first_block.strip().strip("=#").strip() or first_block.strip()
    value, problem = _text(re.sub(r"\s+", " ", title)[:200])
    return None if problem else value
