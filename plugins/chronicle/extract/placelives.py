"""A person's life told around a name: where someone was born, grew up, went to school, worked, moved or fled to or
served.

Biographies of the fallen, veterans' and survivors' stories and a village's profiles of its people name many
places where no war event happened, beside the battle a person fought or fell in: "He was born on 5 January
1971 in Barda district", "Shirin Mirzayev, who is originally from Mirzalar village of Shusha district", "He
attended school in Sumgayit", "was hired as an electrician at the plant in Mingachevir", "His family moved to
Sumgayit", "We fled to Sumgait", "The other two were residents of Stepanakert", "After serving in the Interior Troops in Baku", "They
transferred Artur to Jabrayil". The name is where a life passed, not where the war did; the sentence's other
names (the battle's) still file it.

Each frame is a verb (or a burial ground, a monument) of the life course with the name as its place, and what may stand between the verb and the
name is held to a date ("born on March 8, 1974, in"), a place's own description ("in the Lejbaddin village of",
"of Artsakh's", "the Sadarak district of the") or the names listed before it ("worked in Priozorsk and"): a
clause of its own between ("born in Shusha, he fought in Aghdam") gives the later name back to the story.
"""

from __future__ import annotations

import re

from chronicle.extract.cuetext import ANYTHING, Clues, Cue
from chronicle.literals import led

_NAME = r"(?-i:[A-Z])[\w'’-]*"
# What may describe the place before its name: "the Lejbaddin village of", "the community of X of", "Artsakh's",
# "the Sadarak district of the", "the central".
_LOCATOR = (rf"(?:(?:the\s+)?(?:{_NAME}\s+)?(?:village|settlement|community|city|town|district|region|rayon|municipality|"
            rf"province|capital)\s+of\s+|{_NAME}\s+of\s+|{_NAME}['’]s\s+){{0,3}}(?:the\s+)?(?:(?:central|[a-z]+ern)\s+)?")
# The names listed before this one: "in Priozorsk and", "in Aghdam, Fizuli and".
_LISTED = rf"(?:{_NAME}(?:\s+(?:district|region|rayon|city|town|village))?(?:\s*\([^()]{{1,40}}\))?\s*(?:,\s*(?:and\s+)?|\s+and\s+))*"
# A date between a verb and its place: "born on January 5, 1971 in", "born on March 8, 1974, in", "buried on 3 May in".
_DATE = (r"(?:,?\s+(?:on|in)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}"
         r"(?:st|nd|rd|th)?|\d{4})(?:,?\s+\d{4})?)*,?")
_PLACE = rf"\s+{_LOCATOR}{_LISTED}$"
_INSTITUTION = r"(?:schools?|universit(?:y|ies)|institutes?|colleges?|lycea|lyceums?|academ(?:y|ies)|technical\s+schools?)"
# Words between a verb and its place that open a clause of their own, where an event may be told.
_QUIET = (r"(?:(?!\b(?:when|while|as\s+(?:the|a|an)\s+\w+\s+(?:was|were)|and\s+(?:then|later)|until|where|which|who|after|"
          r"before|during|because)\b)[^.;:!?])")
# Who moves house: a family, its members, a pronoun.
_MOVERS = r"(?:famil(?:y|ies)|parents|(?-i:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e))\b"

# (``led``: a match starts at one of its branches' first letters; the words of the frames are tried only there)
_LIFE_BEFORE = led(re.compile(
    # birth and upbringing: "was born in", "born on May 23, in the community of", "grew up in", "was raised in"
    rf"\b(?:born(?:\s+and\s+(?:raised|grew\s+up))?{_DATE}\s+(?:in|at)|(?:grew|grown)\s+up\s+in|raised\s+in|"
    # origin told of a person: "who is originally from", "was from village of", "hails from", "were residents of"
    r"(?:is|was|are|were)\s+(?:originally\s+)?from|originally\s+from|hails?\s+from|"
    r"(?:is|was|are|were)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:natives?|residents?|inhabitants?)\s+of|"
    # school: "attended school in", "completed his secondary education in", "graduated from" (a school named after it)
    rf"(?:attend(?:s|ed|ing)?|finish(?:ed|ing)?|complet(?:ed|ing)|enter(?:ed|ing)?|admitted\s+to|graduat(?:ed|ing)\s+from)"
    rf"\s+(?:the\s+|his\s+|her\s+)?(?:[\w-]+\s+){{0,3}}?(?:{_INSTITUTION}(?:\s+No\.?\s*\d+)?|education)"
    rf"(?:\s+named\s+after\s+[^.;:!?]{{0,40}}?)?\s+(?:in|of|at)|"
    r"graduat(?:ed|ing)\s+from|studi(?:ed|es)\s+(?:[\w-]+\s+){0,2}?(?:in|at)|"
    # work: "worked in", "was hired as an electrician in the energy department of the Weaving Plant in"
    rf"(?:work(?:s|ed|ing)?|employed|hired)\b{_QUIET}{{0,80}}?\b(?:in|at)|"
    # moving house: "his family moved to", "They kept moving, first to Fuzuli, then within a year back to"; a stay
    rf"{_MOVERS}[^.;:!?]{{0,100}}?\b(?:moved|moving|relocated)\b{_QUIET}{{0,140}}?\bto|"
    rf"\bstay(?:s|ed|ing)?\b{_QUIET}{{0,60}}?\bin|"
    # an arrival told in the first person plural: "From Lachin we came to Imishli"
    rf"(?-i:\b[Ww]e)\s+(?:\w+\s+)?(?:came|moved)\s+(?:back\s+)?to|"
    # where the displaced found a roof: "found relatively permanent housing in a former kindergarten in", "refugee camp in"
    rf"\b(?:found|find|sought|seek)\s+(?:[\w-]+\s+){{0,2}}?(?:housing|refuge|homes?)\b{_QUIET}{{0,60}}?\bin|"
    r"\b(?:refugee|IDP|tent)\s+(?:camps?|settlements?)\s+in|"
    # ... or fled to: "We fled to Sumgait", "driven from their homes toward", "forced to leave their homes to make their
    # way to the town of" (the flight happened where they left, named after "from")
    rf"\b(?:fled|flee(?:s|ing)?|escap(?:ed|ing)|driven|forced\s+to\s+leave)\b{_QUIET}{{0,60}}?\b(?:to|towards?|into)|"
    # where they were placed: "became refugees, who were later placed in", "IDPs were temporarily housed in"
    r"\b(?:refugees|IDPs|displaced\s+(?:persons|people)|evacuees)\b[^.;:!?]{0,60}?"
    r"\b(?:placed|housed|accommodated|sheltered|lodged)\s+(?:temporarily\s+)?in|"
    # a post: "began his service in the", "serving in the Interior Troops in", "transferred him to", "was appointed
    # commander of a tank brigade formed in", "assigned the duties of commander of the Self-Defense Forces of the"
    rf"(?:his|her|their|military)\s+service\s+in|serv(?:e|es|ed|ing)\s+in\s+the\s+(?:{_NAME}\s+){{1,3}}?in|"
    rf"(?:transferred|assigned|posted|appointed)\s+(?:(?:him|her|them|me|us|{_NAME})\s+)?to|"
    rf"(?:appointed|assigned|elected)\b{_QUIET}{{0,40}}?\bcommander\s+of{_QUIET}{{0,60}}?\b(?:in|of)|"
    # burial and memory: "was buried at a Martyrs' Lane cemetery in", "visited his grave in", "His monument was erected in"
    rf"(?:buried|interred|reburied){_DATE}\s+(?:in|at)|(?:buried|interred)\s+(?:in|at)\s+(?:the\s+|an?\s+)?{_QUIET}{{0,40}}?\bin|"
    r"(?<!mass\s)(?:cemetery|cemeteries|graveyard|graves?|tombs?|Lane|Alley(?:\s+of\s+(?:Martyrs|Honou?r))?)\s+in|"
    rf"(?:monuments?|bust|busts|statues?|memorial\s+plaques?|plaques?)\b{_QUIET}{{0,40}}?\b(?:erected|unveiled|installed|stands?)\s+in)"
    + _PLACE,
    re.I,
))
# Where the arrivals settled: "Then we came to Baku and settled in an abandoned kindergarten", "For two months in
# Imishli we lived with his friend".
_SETTLED_AFTER = re.compile(r"^\s+(?:and|(?-i:we|they|I|he|she))\s+(?:\w+\s+)?(?:settled|stayed|lived)\b", re.I)
# An institution named after the person: "The Secondary School No. 15 in Mingachevir was named after him".
_NAMED_AFTER = re.compile(r"^\s+(?:is|was|has\s+been|were|have\s+been)\s+named\s+after\s+(?:him|her|them)\b", re.I)
# A biography's lead gives birth and death in parentheses, each a date and a place: "(27 June 1973, Mingachevir,
# Azerbaijan SSR – 22 August 1992, Papravənd, Agdam)": the place before the dash is where the person was born.
_LEAD_BIRTH = re.compile(
    r"\((?:[^()]{0,80}?;\s*)?(?:\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},\s*\d{4}),\s*(?:[A-Z][\w'’ -]*,\s*)*$"
)
_LEAD_DASH = re.compile(r"^[^()–—]{0,60}?\s*[–—]\s*")
# A frame yields to what happened there told right after it: "He worked in Tartar when shells hit the plant", "the
# dead were buried in Baku during the March events", "was a resident of the X village of Y district, who has been
# injured in the shelling".
_EVENT_AFTER = re.compile(
    r"^\s*,?\s+(?:when|while|during|as\s+(?:the|a|an)\s)"
    r"|^[^.;:!?]{0,40}?,\s+who\s+(?:has|had|have)?\s*(?:been|was|were)\s+(?:\w+\s+)?(?:killed|injured|wounded|hurt|captured|taken)\b"
    # ... or what befell them where they fled: "fled to X, where they were killed by shelling"
    r"|^\s*,\s+where\s+[^.;:!?]{0,60}?\b(?:killed|injured|wounded|hurt|captured|shelled|attacked|bombed|surrounded)\b",
    re.I,
)

# Where people live, told of them: "and living in the Azerbaijani capital of", "These families have lived in Baku and".
_LIVING_BEFORE = re.compile(rf"\b(?:living|(?:has|have|had)\s+(?:long\s+|always\s+)?lived)\s+in{_PLACE}", re.I)
# People named by where they live: "one of the residents of the occupied town of" before the name, "residents" after it.
_RESIDENTS_OF = re.compile(r"\b(?:residents?|inhabitants?)\s+of\s+(?:[\w'’-]+\s+){0,6}?$", re.I)
_RESIDENTS_AFTER = re.compile(r"^\s+(?:residents?|inhabitants?)\b", re.I)
# ... who speak or take part: the verb their clause turns on, a few words on ("urged the soldiers", ", witnesses of
# the massacre, took part").
_VOICE = re.compile(
    r"^[^.;:!?]{0,60}?\b(?:urged?|urges|said|says?|told|tells?|called|calls?|appealed|asked|demanded|complained|"
    r"participated|participate|took\s+part|take\s+part|attended|attend|gathered|gather)\b",
    re.I,
)
# Harm told in the sentence: the place is where it happened after all ("civilians living in Tartar were killed", "an
# offensive against the Armenians living in the Shaumyan district").
HARM = re.compile(
    r"\b(?:kill\w*|wound\w*|injur\w*|shell\w*|fired|firing|bomb\w*|struck|strikes?|hit|destroy\w*|damag\w*|"
    r"attack\w*|fight\w*|clash\w*|missiles?|rockets?|artillery|drones?|explo\w*|blasts?|captur\w*|liberat\w*|"
    r"evacuat\w*|fled|flee\w*|died|dead|siege|besieg\w*|blockad\w*|offensives?|assault\w*|raids?|deport\w*|expel\w*|"
    r"massacre\w*|pogroms?|violence)\b",
    re.I,
)
# A move that is a return, not a life's: families counted ("85 people of 23 families relocated to", "the first
# families moved back to"): the resettlement of a place is one of its events.
_RESETTLED = re.compile(
    r"(?:\b(?:\d[\d,]*|first|more|several|(?:dozens|hundreds|thousands)\s+of|(?:two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\w*)\s+(?:[\w-]+\s+){0,4}?famil(?:y|ies)\b"
    r"[^.;:!?]{0,100}?\b(?:moved|relocated))\b[^.;:!?]{0,60}?\bto\s+(?:[\w'’-]+\s+){0,4}?$",
    re.I,
)

_REACH = 200  # the longest frame: a verb, a job of 80 characters, a place's description and the names before it

# The words of the frames: a sentence that holds none tells no life.
LIFE = Cue(
    "born grew grown raised from natives native residents resident inhabitants inhabitant attend attends attended "
    "attending finish finished finishing completed completing enter entered entering admitted graduated graduating "
    "studied studies work works worked working employed hired moved moving relocated came stay stays stayed staying found "
    "find sought seek refugee idp tent service serve serves served serving transferred assigned posted appointed "
    "fled flee flees fleeing escaped escaping driven leave elected placed housed accommodated sheltered lodged buried interred reburied cemetery cemeteries graveyard grave graves tomb tombs lane alley monument "
    "monuments bust busts statue statues plaque plaques",
    guards=(_LIFE_BEFORE,),
)
NAMED_AFTER = Cue("named", guards=(_NAMED_AFTER,))
SETTLED = Cue("settled stayed lived", guards=(_SETTLED_AFTER,))
LIVING = Cue("living lived", guards=(_LIVING_BEFORE,))
RESIDENTS = Cue("residents resident inhabitants inhabitant", guards=(_RESIDENTS_OF, _RESIDENTS_AFTER))


def tells_a_life(before: str, after: str, clues: Clues = ANYTHING) -> bool:
    """Is the name where a person was born, grew up, studied, worked, lived, found refuge, served or lies buried,
    rather than a place of the war's events? (``before`` ends and ``after`` starts at the name; ``clues``, the
    sentence's, rule out at once the frames it holds no word of.)"""
    near = before[-_REACH:]
    if clues.has(LIFE) and LIFE.found_in(near) and _LIFE_BEFORE.search(near) is not None:
        # "He worked in Tartar when shells hit the plant": what happened there is told right after
        return _EVENT_AFTER.match(after) is None and _RESETTLED.search(near) is None
    if "(" in near and _LEAD_BIRTH.search(near[-120:]) is not None and _LEAD_DASH.match(after) is not None:
        return True
    return (clues.has(NAMED_AFTER) and _NAMED_AFTER.match(after) is not None) or (
        clues.has(SETTLED) and _SETTLED_AFTER.match(after) is not None) or _lives_there(near, after, clues)


def _lives_there(near: str, after: str, clues: Clues) -> bool:
    """Is the name where people live, told of them, or the town of residents who speak or take part, with no harm
    told in the sentence (then the place is where it happened)?"""
    if clues.has(LIVING) and _LIVING_BEFORE.search(near) is not None:
        return HARM.search(near) is None and HARM.search(after) is None
    if not clues.has(RESIDENTS):
        return False
    named_after = _RESIDENTS_AFTER.match(after)
    if named_after is None and _RESIDENTS_OF.search(near[-80:]) is None:
        return False
    rest = after[named_after.end():] if named_after else after
    return _VOICE.match(rest) is not None and HARM.search(rest) is None
