"""``replace`` for the pipeline's frozen records, without ``dataclasses.replace``'s cost per call.

Extraction copies records in its inner loops (a claim per position, the
claims context per sentence, a date mention per expression): about 30,000
copies a megabyte of text, where ``dataclasses.replace`` spends ~8 us on each
walking the fields and calling ``__init__`` through frozen ``__setattr__``.
A plain record (a dataclass whose instance state is its fields, set only by
``__init__``) is copied here by its ``__dict__`` in ~2 us, with the same
result; anything else (slots, ``__post_init__`` checks, fields outside
``__init__``, cached properties in the instance, an unknown field name) goes
to ``dataclasses.replace`` itself, so the meaning never differs.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

T = TypeVar("T")
# Per class: its field names when a copy of the instance __dict__ is a faithful replace, else an empty set.
_PLAIN: dict[type, frozenset[str]] = {}


def replace(record: T, /, **changes: Any) -> T:
    """``dataclasses.replace(record, **changes)``, by a copy of the instance state for a plain record."""
    cls = type(record)
    names = _PLAIN.get(cls)
    if names is None:
        names = _PLAIN[cls] = _plain_fields(cls)
    state = getattr(record, "__dict__", None)
    if not names or len(state) != len(names) or not changes.keys() <= names:
        return dataclasses.replace(record, **changes)
    copy = object.__new__(cls)
    copy.__dict__.update(state, **changes)
    return copy


def _plain_fields(cls: type) -> frozenset[str]:
    """The field names of a dataclass whose instances hold their fields and nothing else; empty otherwise."""
    if "__slots__" in cls.__dict__ or hasattr(cls, "__post_init__") or not dataclasses.is_dataclass(cls):
        return frozenset()
    fields = dataclasses.fields(cls)
    return frozenset(f.name for f in fields) if all(f.init for f in fields) else frozenset()
