"""Loading what ``chronicle diff`` compares: a build's export rows and, optionally, its log.

An export written by an older version may lack a file (``pages.jsonl``,
``events.jsonl``): it loads as empty, so the report still compares the rest.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

SentenceKey = tuple[str, str]  # (source id, sentence anchor)

# What a build log says: MkDocs' "WARNING  -  message" lines, colours stripped.
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_WARNING = re.compile(r"^WARNING\s+-\s+(?P<message>.+)$")
_UNKNOWN_PLACE = re.compile(r"place name (['\"])(?P<name>.+?)\1 is not in the gazetteer")


@dataclass(frozen=True)
class Export:
    """One build's export rows, keyed for comparison and kept in the export's own order."""

    sources: dict[str, dict] = field(default_factory=dict)
    sentences: dict[SentenceKey, dict] = field(default_factory=dict)
    claims: dict[str, dict] = field(default_factory=dict)
    events: dict[str, dict] = field(default_factory=dict)
    pages: dict[str, dict] = field(default_factory=dict)


def load_export(site: Path) -> Export:
    """The rows under ``site/data/``; raises FileNotFoundError when the folder holds no export."""
    data = site / "data"
    if not (data / "sources.json").is_file():
        raise FileNotFoundError(f"{data}: no data export (sources.json) - is this a built site?")
    sources = json.loads((data / "sources.json").read_text(encoding="utf-8"))
    return Export(
        sources={row["id"]: row for row in sources},
        sentences={(row["source"], row["id"]): row for row in _jsonl(data / "sentences.jsonl")},
        claims={row["id"]: row for row in _jsonl(data / "claims.jsonl")},
        events={row["id"]: row for row in _jsonl(data / "events.jsonl")},
        pages={row["url"]: row for row in _jsonl(data / "pages.jsonl")},
    )


def _jsonl(path: Path) -> list[dict]:
    if not path.is_file():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def log_warnings(log: str) -> tuple[str, ...]:
    """The warnings of a build log, each once, in the order logged (a strict build fails on any)."""
    found = (_WARNING.match(_ANSI.sub("", line).strip()) for line in log.splitlines())
    return tuple(dict.fromkeys(m["message"].strip() for m in found if m))


def unknown_place_names(log: str) -> tuple[str, ...]:
    """Place names the gazetteer does not know, as the build log names them (the export does not list them)."""
    found = (_UNKNOWN_PLACE.search(line) for line in log.splitlines())
    return tuple(sorted({m["name"] for m in found if m}))
