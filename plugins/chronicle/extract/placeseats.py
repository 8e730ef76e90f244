"""What a capital far from the fighting stands for when a preposition of place still governs it.

A capital read strictly (``Gazetteer.strict_seat``: Baku) places an event only in a locative frame ("rioting in
the Azerbaijani capital of Baku", "the situation became tense in the cities of Baku and Ganja"). The pooled gold
sets still hold locative frames in which the capital is no place of the war's events, each a frame of its own
sentence, not a word of one text:

- the seat to which people are sent back or conveyed ("were sent back to Baku", "captives were brought to Baku by plane"): the
  aftermath's place, the event was elsewhere (people who arrive, and forces sent in, keep the capital:
  "Refugees arrived in Baku", "Soviet troops were sent to Baku"; where people flee to is a life's place,
  ``placelives``);
- the seat where those who govern are ("President Elchibey was sitting in Baku");
- the seat whose residents remember an event ("thousands of Baku residents go to the memorial complex ... in
  memory of the victims of the Khojaly tragedy");
- the seat as the goal of a move on its government ("marched from Ganja to Baku ..., to depose the president",
  "... towards Baku ...").

Where a unit is garrisoned, a body sits ("the district's Executive Authority, currently located in Baku") or envoys
come from ("Representatives from Stepanakert and Baku held meetings in Yevlakh") is no place of the events either,
for any place (``garrison``, ``SENT_FROM``).

Where a casualty of an event elsewhere is taken or treated ("was taken to one of the hospitals in Baku", "to a
hospital in Stepanakert") is no place of the event, for any place either (``cared_in``).

A change of who governs is no war event wherever it is told ("as power changed hands in Baku"): ``power_changed``
holds for any place; nor is a demonstration or a rally, a side's politics told in a town ("organize public
demonstrations in Stepanakert", "First demonstration in Baku"): ``protested_in``.

Where a force patrols is where it keeps watch, as a garrison is where it stands ("Three routes were patrolled in the
Martakert, Martuni, and Shushi regions", "carrying out patrolling duties around Artsakh's Martuni and Martakert
regions", "the monastery, patrolled by Russian peacekeepers"): ``patrolled``.
"""

from __future__ import annotations

import re

from chronicle.extract.cuetext import Clues, Cue, search_end
from chronicle.extract.placelisted import governed
from chronicle.extract.placelives import HARM

_CAPITAL_OF = r"(?:the\s+(?:[A-Z][\w-]*\s+)?(?:capital|city)(?:\s+city)?(?:\s+of)?\s+)?"
# "taken to one of the hospitals in Baku", "has been transported to a hospital in Baku": where the wounded are taken
# or treated ("Rockets hit a hospital in Baku" is a blow there; "a Baku hospital" is no locative frame: ``placeevents``
# reads it as no place of events already).
_CARED_IN = re.compile(r"\b(?:taken|brought|flown|transported|rushed|evacuated|admitted|treated|carried|delivered|sent)\s+"
                       r"(?:[\w'’-]+\s+){0,6}?(?:hospitals?|clinics?|infirmar(?:y|ies)|morgues?)\s+(?:in|of)\s+"
                       rf"{_CAPITAL_OF}$", re.I)
CARED_CUE = Cue("hospital hospitals clinic clinics infirmary infirmaries morgue morgues", guards=(_CARED_IN,))
# "were sent back to Baku", "flown back to Baku": a return to where the movers came from.
_BACK_TO = re.compile(rf"\bback\s+(?:to|in)\s+{_CAPITAL_OF}$", re.I)
# "captives and hostages ... were brought to Baku by plane": people conveyed to the capital after the event (released,
# repatriated); forces sent there are a deployment, an event there ("Soviet troops were sent to Baku").
_CONVEYED_TO = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+\s+)?(?:brought|flown|taken|transported|delivered|"
                          rf"returned|repatriated|airlifted)\s+(?:\w+\s+)?to\s+{_CAPITAL_OF}$", re.I)
_FORCES = re.compile(r"\b(?:troops|forces|units|army|armies|soldiers|tanks|reinforcements|paratroopers|divisions?|"
                     r"regiments?|battalions?|brigades?)\b", re.I)
# "President Abulfaz Elcibey was sitting in Baku", "the government remained in Baku": where those who govern are.
_OFFICE_IN = re.compile(r"\b(?:president|prime\s+minister|ministers?|government|leadership|parliament|cabinet|officials)\b"
                        r"[^.;:!?]{0,40}?\b(?:(?:was|is|were|are)(?:\s+(?:still|then|already))?(?:\s+(?:sitting|staying|living|residing))?"
                        rf"|remained|remains|stayed|stays|sat|lived|lives|resided|resides)\s+in\s+{_CAPITAL_OF}$", re.I)
# "thousands of Baku residents go to the memorial complex": a sentence of remembrance; the remembered event's
# own name ("the anniversary of the Baku pogroms") stays its place.
_REMEMBERING = re.compile(r"\b(?:memorials?|mourn\w*|commemorat\w*|anniversar(?:y|ies)|tributes?|vigils?|wreaths?|"
                          r"in\s+memory\s+of)\b", re.I)
# (the event's noun may take its agent first: "the massacre perpetrated by the Soviet Empire in Baku").
_REMEMBERED = re.compile(r"\b(?:(?:victims|anniversary|memory)\s+of|(?:massacres?|pogroms?|tragedy|events|killings|riots?|rioting|"
                         r"crackdown|bloodshed)(?:\s+of|(?:\s+(?:perpetrated|committed|carried\s+out|organi[sz]ed|staged|unleashed)"
                         r"(?:\s+by\s+[^,;:.!?]{0,40}?)?)?\s+in))\s+(?:the\s+)?"
                         rf"{_CAPITAL_OF}$", re.I)
_REMEMBERING_CUE = Cue(stems="memorial mourn commemorat anniversar tribute vigil wreath memory", guards=(_REMEMBERING,))
# "marched from Ganja to Baku in the summer of 1993, to depose the then president", "marched from Ganja towards Baku
# ..., to depose": a move on a government.
_ON_GOVERNMENT = re.compile(r"[^.;:!?]{0,60}?\bto\s+(?:depose|overthrow|oust|topple|unseat|seize\s+power|take\s+power)\b",
                            re.I)
# "as power changed hands in Baku", "the change of government in Baku": who governs changed there (a revolt told as
# such, "the coup in Baku", is ``placeevents``' own frame).
_POWER_CHANGE = re.compile(
    r"(?:\bpower\s+(?:changed|changes|changing|passed)\s+hands"
    rf"|\bchange\s+of\s+(?:power|government|regime|leadership))\s+in\s+{_CAPITAL_OF}$", re.I)
POWER_CUE = Cue("hands change", guards=(_POWER_CHANGE,))


# "public demonstrations in Stepanakert", "Mass demonstrations began in", "a rally held on the streets of": a verb of
# its taking place may stand between ("protest incidents in X", a verb and its object, is no such frame); harm told
# beside it is an event there ("Shells hit a rally in X", "a rally in X, killing two"), harm it protests is not.
_PROTEST_IN = re.compile(
    r"\b(?:demonstrations?|rall(?:y|ies)|protests?|pickets?)"
    r"(?:\s+(?:(?:was|were|is|are|has|have|had)\s+)?(?:been\s+)?(?:held|staged|organi[sz]ed|took\s+place|taken\s+place|"
    r"takes?\s+place|began|begins?|started|starts?|broke\s+out|erupted|continued|continues?|spread))?"
    rf"\s+(?:(?:in|at|across|throughout)\s+(?:the\s+(?:streets|squares?|centre|center)\s+of\s+)?|on\s+the\s+streets\s+of\s+)"
    rf"{_CAPITAL_OF}$", re.I)
_HARM_REACH = 80  # how far after a rally's place the harm done to it is told ...
_PROTESTED_AGAINST = re.compile(r"\s(?:to|against|over|for|demanding|calling)\s")  # ... before what it is held against
PROTEST_CUE = Cue("demonstration demonstrations rally rallies protest protests picket pickets", guards=(_PROTEST_IN,))
# "Three routes were patrolled in the", "Patrol was carried out along three routes in", "patrolling duties around
# Artsakh's": where a force keeps watch (a list's later names too); "X, patrolled by peacekeepers" after the name. Only
# words that tell the patrol stand between ("a patrol came under fire in X" is a blow there).
_PATROL_WORDS = (r"(?:was|were|is|are|has|have|been|being|carried|conducted|out|duties|missions?|routes?|along|\d+|one|two|"
                 r"three|four|five|several)")
_PATROLLED_IN = re.compile(rf"\bpatrol(?:s|led|ling)?(?:\s+{_PATROL_WORDS})*\s+(?:in|around|along|across)\s+(?:the\s+)?"
                           r"(?:(?-i:[A-Z])[\w'’-]*['’]s\s+)?$", re.I)
_PATROLLED_BY = re.compile(r"(?:\s+[a-z]+)?\s*,\s+(?:(?:which|that)\s+(?:is|are|was|were)\s+)?patrolled\s+by\b", re.I)
PATROL_CUE = Cue("patrol patrols patrolled patrolling", guards=(_PATROLLED_IN, _PATROLLED_BY))


def protested_in(near: str, after: str, clues: Clues) -> bool:
    """Is the name where a demonstration or a rally is told (a side's politics, no war event), or one of a list of
    such places?"""
    if not (clues.has(PROTEST_CUE) and PROTEST_CUE.found_in(near) and governed(near, _PROTEST_IN)):
        return False
    told_after = after[:_HARM_REACH]
    against = _PROTESTED_AGAINST.search(told_after)
    return HARM.search(near) is None and HARM.search(told_after[:against.start()] if against else told_after) is None


def patrolled(near: str, after: str, clues: Clues) -> bool:
    """Is the name where a force patrols, keeping watch as a garrison does, rather than a place of events?"""
    if not clues.has(PATROL_CUE):
        return False
    return _PATROLLED_BY.match(after) is not None or (PATROL_CUE.found_in(near) and governed(near, _PATROLLED_IN))


def power_changed(near: str, clues: Clues) -> bool:
    """Does the text just before the name tell a change of who governs there (no war event)?"""
    return clues.has(POWER_CUE) and POWER_CUE.found_in(near) and search_end(_POWER_CHANGE, near, 12) is not None


def cared_in(near: str, clues: Clues) -> bool:
    """Is the name where a casualty of an event elsewhere is taken or treated ("taken to a hospital in Stepanakert"),
    whatever place it is?"""
    return clues.has(CARED_CUE) and CARED_CUE.found_in(near) and search_end(_CARED_IN, near, 16) is not None


def seat_named(near: str, after: str, clues: Clues) -> bool:
    """Is a capital read strictly, though a preposition of place governs it, named as the seat that receives the
    aftermath, remembers, or is governed (the event was elsewhere)?"""
    if search_end(_BACK_TO, near, 10) or search_end(_OFFICE_IN, near, 16):
        return True
    conveyed = search_end(_CONVEYED_TO, near, 12)
    if conveyed and not _FORCES.search(near[:conveyed.start()]):
        return True
    if clues.has(_REMEMBERING_CUE) and _REMEMBERING_CUE.found_in(near + after) and _REMEMBERING.search(near + after):
        return search_end(_REMEMBERED, near, 18) is None
    return bool(near.rstrip().lower().endswith(("to", "towards")) and _ON_GOVERNMENT.match(after))


# "Representatives from Stepanakert and Baku held meetings in Yevlakh", "a delegation of Baku": envoys named by the
# seat that sent them (a list's later names too); where they meet or arrive is the place of the event. So are the
# authorities and the news that come "from" a seat ("Authorities from both, Baku and Stepanakert, said", "The official
# news from Stepanakert came"; "the authorities of Shusha evacuated the town" are the town's, and stay).
SENT_FROM = re.compile(
    r"\b(?:(?:representatives?|delegat(?:es?|ions?)|envoys?|emissar(?:y|ies)|negotiators?|officials)\s+(?:of|from)"
    r"|(?:authorities|news)\s+from)\s+(?:both,?\s+)?(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*,?\s+(?:and\s+)?)*$",
    re.I,
)

# A garrison is no place of the event its unit takes part in: "дислоцированного в Степанакерте", "Xankəndi şəhərində dislokasiya olunmuş";
# in Azerbaijani a unit may also follow the participle "located" that its town governs: "Xankəndi (Stepanakert) şəhərində
# yerləşən 366-cı motoatıcı alayın", "Xankəndidə yerləşən Rusiyaya məxsus 366-cı alayın" (a place that follows it is
# only where that place lies: "sərhədində yerləşən Horadizi").
_STATIONED = (re.compile(r"(?<!\w)(?:дислоцир|расквартир|базир)\w*\s+в\s+$", re.I),
              re.compile(r"\w*\s+(?:\([^()]{1,40}\)\s+)?(?:\w+\s+)?(?:(?:dislokasiya|yerləşdiril)\w*\s+olun"
                         r"|yerləşən\s+(?:[\w-]+\s+){0,3}?(?:alay|diviziya|briqada|batalyon|hərbi\s+hissə|qarnizon|baza)\w*)", re.I))
# A unit "located", "quartered" or "deployed" in a town, a few words after its name, is garrisoned there ("stationed"
# and "based" are the seat cues'): not where the events it took part in happened ("the 23rd division of the 4th army
# deployed in Kirovabad"; a unit that "was deployed in" a town was moved there, an event of its own, and stays).
_UNIT_LOCATED = re.compile(r"\b(?:regiments?|divisions?|battalions?|brigades?|garrisons?|bases?)\b[^.;:!?]{0,40}?"
                           r"\b(?:located|quartered|(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)deployed)"
                           r"\s+(?:in|at)\s+(?:the\s+(?:city|town|village)\s+of\s+)?$", re.I)
# ... but a unit or base that an attack is made on is where the attack was: "launched an attack on an Armenian military
# base located in Tavush province", "shelled the regiment's base located in X" (the words before the unit's noun).
_ATTACKED_BEFORE = re.compile(r"(?:\b(?:attacks?|assaults?|strikes?|raids?|fire|shelling|bombardment)\s+(?:on|at|against)"
                              r"|\b(?:attacked|shelled|struck|hit|targeted|bombed|bombarded|stormed|raided))\s+"
                              r"(?:(?:a|an|the|its|their)\s+)?(?:[\w'’-]+\s+){0,3}$", re.I)
# "the Zangilan District Executive Authority, currently located in Baku": where a body sits, told in an aside on it,
# is no place of what the sentence reports ("the school located in Shusha was shelled" has no aside, and stays).
_BODY_LOCATED = re.compile(r"\b(?:authorit(?:y|ies)|administrations?|executive\s+power|offices?|committees?|ministr(?:y|ies)|"
                           r"headquarters|embass(?:y|ies)|consulates?|missions?|councils?|agenc(?:y|ies)|representations?)"
                           r"\s*,\s+(?:(?:currently|now|temporarily|still|then|formerly)\s+)?(?:located|housed|situated)\s+"
                           r"(?:in|at)\s+(?:the\s+(?:[A-Z][\w-]*\s+)?(?:capital|city|town)(?:\s+city)?(?:\s+of)?\s+)?$", re.I)
# "On the night of April 29, the Soviet Army forces located in Kirovabad surrounded ...": forces named as their clause's
# subject by where they are located are garrisoned there too ("shelled the troops located in X" is a strike on X).
_FORCES_LOCATED = re.compile(r"(?:^|[,;:(]\s*)(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:forces|troops|units)\s+(?:located|quartered)"
                             r"\s+(?:in|at)\s+(?:the\s+(?:city|town|village)\s+of\s+)?$")


def _unit_located(near: str) -> bool:
    """A unit or a base "located in" the name, one an attack was not made on."""
    found = search_end(_UNIT_LOCATED, near, 12)
    return found is not None and _ATTACKED_BEFORE.search(near, max(0, found.start() - 80), found.start()) is None


def garrison(near: str, after: str) -> bool:
    """Where a unit is stationed, in Russian (the cue before the name), Azerbaijani (after it) or English
    ("the 366th regiment of the former USSR located in the town of Khankendi"), or where a body sits ("the
    district's Executive Authority, currently located in Baku")."""
    return (("в" in near[-4:] and bool(_STATIONED[0].search(near[-40:])))
            or (("olun" in after[:50] or "yerləşən" in after[:60]) and bool(_STATIONED[1].match(after[:120])))
            or (("located" in near or "quartered" in near or "deployed" in near)
                and (_unit_located(near) or _FORCES_LOCATED.search(near) is not None))
            or (("located" in near[-40:] or "housed" in near[-40:] or "situated" in near[-40:])
                and search_end(_BODY_LOCATED, near, 12) is not None))
