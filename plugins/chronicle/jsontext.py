"""JSON lists written an item at a time, byte for byte as ``json.dumps(items, ensure_ascii=False, indent=1)`` writes them.

A ``mkdocs serve`` rebuild keeps the text of each item no edit touched (a war's
timeline, a source's record in sources.json) and only joins them again.
"""

from __future__ import annotations

import json


def item(row: dict) -> str:
    """One item as the list's ``json.dumps`` writes it: a level deeper (a string holds no raw newline to indent)."""
    return " " + json.dumps(row, ensure_ascii=False, indent=1).replace("\n", "\n ")


def listed(items: list[str]) -> str:
    """The items (``item``) as one JSON list, with a final newline."""
    return "[\n" + ",\n".join(items) + "\n]\n" if items else "[]\n"
