"""Is a name a route's end or course, or where a move set out from, rather than a place of events?

"the road linking Kelbajar with Kirovabad", "the corridor between Lachin and Khankendi", "a road through Lachin
to Khankendi", "advancing from the city of Jabrayil": the names say where a road runs or where a unit came from;
what the sentence reports happened elsewhere. One of the tests ``placeevents.reports_event`` asks, apart from it
because a road's course is read further back than the cues that stand next to a name.
"""

from __future__ import annotations

import re

from chronicle.extract.cuetext import Clues, Cue, search_end
from chronicle.extract.placelisted import governed

_LINK_VERB = r"\b(?:link|connect|join)(?:s|ed|ing)?\s+"
_ROUTE = r"\b(?:road|highway|route|corridor|railway|pipeline)\s+(?:from|between)\s+"
# "the Azeri capital", "Karabakh's main city", "the villages of"; a wiki's link marks before the name: "the road between
# [[Stepanakert]] and [[Agdam]]"
_PLACE_NOUN = r"(?:capital|city|cities|towns?|villages?|regions?|settlements?)"
_FILLER = rf"(?:the\s+)?(?:[\w-]+['’]s\s+)?(?:(?:so-called|of|(?:[\w-]+\s+){{0,2}}?{_PLACE_NOUN})\s+)*(?:\[\[)?"
_ROUTE_FIRST = re.compile(rf"(?:{_LINK_VERB}|{_ROUTE}){_FILLER}$", re.I)
# The way a road goes, from one place on to the next: "one road for reinforcements - through Lachin to Khankendi"
# (a clause between keeps the place: "the road was cut and the army went through Lachin"; a road opened "through
# Lachin", with no place after it, is an event there).
_ROAD_THROUGH = (r"\b(?:road|highway|route|corridor|railway|pipeline)s?\b"
                 r"(?:(?!\b(?:and|but|was|were|is|are|had|has)\b)[^.;:!?]){0,60}?\s(?:through|via)\s+")
_THROUGH_FIRST = re.compile(rf"{_ROAD_THROUGH}{_FILLER}$", re.I)
_COURSE_REACH = 240  # a road's course through a list of names reaches further back than the cues next to a name
_ON_TO = re.compile(r"\s+to\s+(?:the\s+)?[A-Z\u0400-\u042f]")
# ... through a list of names too: "roads through Lisagor, Mets Shen and Hin Shen villages toward the capital X".
_THROUGH_SECOND = re.compile(rf"{_ROAD_THROUGH}[A-Z][^,;.]{{0,60}}?(?:,\s+[A-Z][^,;.]{{0,60}}?)*\s+(?:to|towards?)\s+{_FILLER}$", re.I)
# "through any other routes, including Aghdam": a name given as one of the routes stands for its road.
_ROUTE_EXAMPLE = re.compile(r"\b(?:roads?|routes?|highways?|corridors?)\s*,?\s+(?:including|such\s+as|like|via)\s+(?:the\s+)?$", re.I)
_ROUTE_SECOND = re.compile(rf"(?:{_LINK_VERB}|{_ROUTE})[^,;.]{{1,60}}?\s+(?:with|to|and)\s+{_FILLER}$", re.I)
ROUTE_CUE = Cue(" ".join(f"{verb}{ending}" for verb in ("link", "connect", "join") for ending in ("", "s", "ed", "ing"))
                 + " road highway route corridor railway pipeline roads highways routes corridors",
                 guards=(_ROUTE_FIRST, _ROUTE_SECOND, _ROUTE_EXAMPLE))

# Where a move starts is no place of the event: "Advancing from the city of Jabrayil, ...", "transferred reserves
# from the Aghdam and Martakert directions", "marched from Ganja to Baku", "the units withdrawn from Lachin were
# fighting in Baku" (a participle naming a unit by where it came from). A side that withdraws or retreats from a
# place gives it up, which happens there ("Armenia agreed to withdraw its forces from Agdam, Kalbajar and Lachin
# districts"; the claims read "withdrew from X" as control of X alike).
_MOVED_FROM = re.compile(
    r"\b(?:advanc|mov|transferr|redeploy|withdrawn|brought|sent|march)\w*\b[^.;:]{0,40}?\bfrom\s+(?:the\s+)?"
    r"(?:(?:city|town|village|district|region)\s+of\s+)?(?:[A-Z][\w'’-]*\s+(?:and|or)\s+)?$",
    re.I,
)
MOVE_CUE = Cue(stems="advanc mov transferr redeploy withdrawn brought sent march", guards=(_MOVED_FROM,))


def on_route(before: str, near: str, after: str, clues: Clues) -> bool:
    """Does the name end or run along a route, or start a move? ``near`` is the end of ``before`` that the cues
    next to a name are searched in."""
    if clues.has(ROUTE_CUE) and ROUTE_CUE.found_in(before) and (  # the first end, or one listed after it ("connecting
            # the villages of A, B and C")
            governed(near, _ROUTE_FIRST) or _ROUTE_SECOND.search(before) or search_end(_ROUTE_EXAMPLE, near, 5)):
        return True
    if clues.has(ROUTE_CUE) and (" through " in before or " via " in before) and (
            (_THROUGH_FIRST.search(near) and _ON_TO.match(after)) or _THROUGH_SECOND.search(before[-_COURSE_REACH:])):
        return True
    return "from" in near and clues.has(MOVE_CUE) and MOVE_CUE.found_in(near) and bool(_MOVED_FROM.search(near))
