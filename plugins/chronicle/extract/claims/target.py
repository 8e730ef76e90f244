"""Target: a place a claim is about, as the readers of ``targets`` and ``anaphora`` find it.

Apart from both so that each can make one: ``targets`` reads a place from where it stands, ``anaphora`` through a
pronoun or a description ("the town") that stands for it.
"""

from __future__ import annotations

from dataclasses import dataclass

from chronicle.model import DateMention, PlaceMention

LOCAL_KINDS = frozenset({"village", "settlement", "hill", "height", "pass", "reservoir", "landmark", "military-base", "bridge"})


@dataclass(frozen=True)
class Target:
    """A place a claim is about; ``district`` None for a region or for territory named only in general."""

    start: int
    end: int
    district: str | None
    place: str | None
    local: bool = False  # a village, hill or pass: not the fall of its district's town
    date: DateMention | None = None  # the date standing right after it in a list
    kind: str = ""  # the gazetteer kind of the place ("region" for Nagorno-Karabakh)


def target(m: PlaceMention, date: DateMention | None = None) -> Target:
    return Target(m.start, m.end, m.district, m.entity, m.kind in LOCAL_KINDS, date, m.kind)


def region(start: int, end: int) -> Target:
    return Target(start, end, None, None)
