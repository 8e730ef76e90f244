"""The district a place name no list holds is filed under, from the places its sentence and paragraph name.

A village the gazetteer lacks ("the villages of Alpha and Beta of Zangilan district") is filed where its
context puts it: the one rayon its sentence places an event in or names, else its paragraph's; on the
border, the side of the place named nearest to it.
"""

from __future__ import annotations

from collections.abc import Sequence

from chronicle.model import PlaceMention


def district_of_unlisted(sentence: Sequence[PlaceMention], context: set[str]) -> str | None:
    """The one Azerbaijani rayon the sentence places an event in, else the one it names, else the one its
    paragraph names, else Armenia where the sentence names a place in Armenia below the country ("near Sev
    Lake in Syunik Province"), else None ("Advancing from the Lachin district, the units shelled Gubadli and
    took the height of X": X is Gubadli's)."""
    for names in ({m.district for m in sentence if m.event}, {m.district for m in sentence}, context):
        rayons = {d for d in names if d and d.startswith("AZ-")}
        if len(rayons) == 1:
            return rayons.pop()
        if rayons:
            return None
    return "AM" if _in_armenia(sentence) else None


def side_of(sentence: Sequence[PlaceMention], start: int, end: int, filing: str | None) -> str | None:
    """The side of the border a name no list holds lies on, where its sentence names places on both: the nearest named
    place's ("from Goysu settlement of the Basarkechar region ... at Galakand of the Gadabay district": Armenia's
    village, though the sentence's one rayon is Gadabay); elsewhere the sentence's district, ``filing``."""
    if filing is None or not _in_armenia(sentence):
        return filing
    placed = [m for m in sentence if m.district and m.kind != "country"]
    nearest = min(placed, key=lambda m: m.start - end if m.start >= end else start - m.end)
    return "AM" if nearest.district == "AM" else filing


def _in_armenia(sentence: Sequence[PlaceMention]) -> bool:
    """Does the sentence name a place in Armenia below the country ("near Sev Lake in Syunik Province")?"""
    return any(m.district == "AM" and m.kind != "country" for m in sentence)
