"""chronicle.records.replace gives what dataclasses.replace gives, for every kind of record."""

from __future__ import annotations

import dataclasses
from functools import cached_property

import pytest

from chronicle.model import Claim, DateMention, Diagnostic, PlaceMention, SentenceFacts
from chronicle.records import replace


@dataclasses.dataclass(frozen=True, slots=True)
class Slotted:
    a: int
    b: str = ""


@dataclasses.dataclass(frozen=True)
class Cached:
    a: int

    @cached_property
    def double(self) -> int:
        return self.a * 2


@dataclasses.dataclass(frozen=True)
class Derived:
    a: int
    b: int = dataclasses.field(init=False, default=0)


CLAIM = Claim("s", "p1s1", 0, "control", "AZ-SUS", "shusha", "second-war", "2020-11-08", None, None, None, "took", 3, 7)
CASES = [
    (CLAIM, {"position": 2}),
    (CLAIM, {"date": None, "mod": "ON_OR_BEFORE", "context": (None, None)}),
    (CLAIM, {}),
    (DateMention(0, 4, "1993", "1993"), {"text": "in 1993", "end": 7}),
    (PlaceMention(0, 5, "Shusha", "shusha", "AZ-SUS"), {"event": False}),
    (SentenceFacts(), {"claims": (CLAIM,)}),
    (Diagnostic("a.txt", 3, "bad", fatal=True), {"fatal": False, "level": ""}),  # __post_init__ derives the level
    (Slotted(1, "x"), {"b": "y"}),
    (Derived(1), {"a": 2}),
]


@pytest.mark.parametrize(("record", "changes"), CASES, ids=lambda v: type(v).__name__ if dataclasses.is_dataclass(v) else "")
def test_replace_equals_dataclasses_replace(record, changes):
    copy = replace(record, **changes)
    expected = dataclasses.replace(record, **changes)
    assert (copy, type(copy), hash(copy)) == (expected, type(expected), hash(expected))
    assert copy is not record
    assert record == dataclasses.replace(record)  # the original is untouched


def test_a_cached_value_is_not_carried_into_the_copy():
    record = Cached(2)
    assert record.double == 4
    assert replace(record, a=5).double == 10


def test_an_unknown_field_is_refused_as_dataclasses_refuses_it():
    with pytest.raises(TypeError):
        replace(CLAIM, colour="red")
