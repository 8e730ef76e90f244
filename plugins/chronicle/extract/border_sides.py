"""A country named as a side of a border ("the Azerbaijan-Iran border", "the border with Iran") is no place
where an event happened: the event ran along the border, on the side the text is about. ``discourse`` asks it
before it takes a sentence that names a country abroad as told abroad."""

from __future__ import annotations

import re

from chronicle.model import PlaceMention

# A border and the names of its sides, in the languages the code reads: "the Azerbaijan-Iran border",
# "Armenia-Azerbaijan state border", "the border with Iran", "the border between Azerbaijan and Iran", "границей с
# Ираном", "Azərbaycan-İran sərhədi", "İranla sərhəddə". Between a side and the border word stand only other sides'
# names (capitalised) and the few words that join them: "border posts near the village of X" names where it happened.
_BORDER = r"(?i:borders?|frontiers?|границ\w*|рубеж\w*|sərhəd\w*|սահման\w*)"
_SIDE = r"[A-ZА-ЯЁƏÇŞĞÖÜİԱ-Ֆ][^\W\d_]*"
_JOIN = r"[\s\u2013\u2014-]+"
_AFTER = re.compile(rf"[^\W\d_]*(?:{_JOIN}(?:{_SIDE}|state|государственн\w*|dövlət)){{0,2}}{_JOIN}{_BORDER}(?!\w)")
_BEFORE = re.compile(rf"(?<!\w){_BORDER}(?:\s+(?:with|of|the|between|and|с|со|между|и|{_SIDE})){{1,4}}\s+$")


def border_side(text: str, mention: PlaceMention) -> bool:
    """Does the name stand as one side of a border, the border word at most a few words away with no stop between
    ("the Azerbaijan-Iran border", "the border with Iran", "границы с Ираном", "Azərbaycan-İran sərhədi")?"""
    return bool(_AFTER.match(text, mention.end) or _BEFORE.search(text, 0, mention.start))
