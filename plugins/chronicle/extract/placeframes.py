"""Sentence frames that name a place without placing an event there.

Place-centric pages (a district's article, a resettlement report, a mine
incident) describe a place by what lies around it and by the institutions
named after it, and neither is where anything happened:

- a boundary: "It borders with the districts of Khojavend and Beylagan",
  "граничит с Физулинским районом", "... rayonları ilə həmsərhəddir", "սահմանակցում է ... շրջանին";
- a ranking against other places: "the third largest town in Karabakh after
  Stepanakert and Shushi", "Cəbrayıldan sonra azad edilən ikinci rayon mərkəzi";
- a historical division the name qualifies: "the Khachen and Gyulistan
  gavars", "the Karabakh khanate";
- a reference point a place is measured from, in Russian: "расположен к югу
  от Лачина", "в 35 километрах от" (the English forms are ``placeevents``');
- a unit's seat and its administrative history: "Административный центр —
  город Лачын", "it was abolished and joined to Barda in 1963", "включён в
  состав Геранбойского района" (a wiki mirror's district article, an
  anniversary piece's background);
- the seat of an office or a reporter: "the special representation of the
  President in the Jabrayil, Gubadli and Zangilan districts" ("в
  Джабраильском, Губадлинском и Зангиланском районах"), "the correspondent
  sent to Aghdara" ("Ağdərəyə ezam olunan əməkdaş").

``placeevents.reports_event`` answers for the cues right next to a name (an
actor's verb, a distance, a route); these frames span a clause.

A settlement's article opens by saying which district it lies in ("Aghdam
(Azerbaijani: Ağdam) is a village in the Khojavend District", "Агдам — село в
Товузском районе"): its names are villages of that district, whatever town of
the same name a bare reading prefers.

Names of people and institutions that spell like places are ``placepeople``'s.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from chronicle.extract.cuetext import Cue
from chronicle.literals import led

if TYPE_CHECKING:
    from chronicle.extract.placelists import Hit

# A clause runs to the name without a full stop, semicolon or colon.
_CLAUSE = r"[^.;:!?]{0,160}$"
# "It borders with ...", "The district borders the districts of ...", "bordered by", "adjacent to", "граничит с";
# a side may stand before the neighbours ("is bordered to the west by"), and a named subject makes "borders" a verb
# ("Fizuli borders on Agjabadi"; "Armenia's borders with" is a noun, and "borders on" is the verb's alone).
_SIDE = r"(?:(?:to|in|on|from)\s+the\s+(?:north|south|east|west)(?:[\s-]?(?:east|west))?(?:ern)?\s+(?:side\s+)?)"
_BORDER_BEFORE = re.compile(
    r"(?:\b(?:it|which|that|district|rayon|region|province|village|town|city|area|territory|oblast)\s+"
    rf"(?:also\s+)?borders\b|\bbordered\s+{_SIDE}?(?:by|on|with)\b|\badjoins\b|\badjacent\s+to\b|"
    r"\b(?-i:[A-Z])[\w-]*\s+(?:also\s+)?borders\s+(?:on|with)\b|\bborders\s+on\b|"
    r"(?<!\w)(?:граничит|граничащ\w*|граничил\w*)\s+с\b|"
    # Armenian: "շրջանը հյուսիսից սահմանակցում է Շահումյանի շրջանին", "սահմանակից է"
    r"(?<!\w)սահմանակ(?:ց|ից)\w*)" + _CLAUSE,
    re.I,
)
# Azerbaijani puts the verb last: "Ağcabədi, Tərtər ... rayonları ilə həmsərhəddir".
_BORDER_AFTER = re.compile(r"[^.;:!?]{0,160}?\b(?:həmsərhəd\w*|ilə\s+sərhədlən\w*)", re.I)

# "the third largest town in Karabakh after Stepanakert and Shushi": the places it is ranked after.
_RANKED_AFTER = re.compile(
    r"\b(?:(?:larg|bigg|old|high|great)est|most\s+\w+)\b[^.;:!?]{0,60}?\bafter\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*\s*(?:,|\band\b)\s*)*$"
)
# The same rank in Azerbaijani, Armenian and Russian: "Cəbrayıldan sonra ... azad edilən ikinci rayon mərkəzi",
# "Ջաբրայիլից հետո ... երկրորդ", "вторым после Джебраила".
_ORDINALS_AFTER = (r"ikinci|üçüncü|dördüncü|beşinci|altıncı|yeddinci|\d+-?(?:ci|cı|cu|cü)|"
                   r"երկրորդ\w*|երրորդ\w*|չորրորդ\w*|հինգերորդ\w*")
_RANKED_AFTER_OTHERS = re.compile(rf"^\s+(?:sonra|հետո)\b[^.;:!?։]{{0,80}}?(?<!\w)(?:{_ORDINALS_AFTER})(?!\w)", re.I)
_RANKED_AFTER_RU = re.compile(r"(?<!\w)(?:втор|трет|четв[её]рт|пят)\w*\s+(?:[\w,-]+\s+){0,4}?после\s+$", re.I)
_HISTORICAL_DIVISION = (r"gavars?|cantons?|khanates?|melikdoms?|principalit(?:y|ies)|kingdoms?|"
                        r"mahals?|uezds?|uyezds?|sultanates?|ханств\w*|уезд\w*|xanlı\w*|mahal\w*")
# "the Khachen and Gyulistan gavars", "the Karabakh khanate": a historical division named after the place.
_DIVISION_AFTER = re.compile(
    rf"(?:\s*(?:,|\band\b)\s*[A-Z][\w'’-]*)*\s+(?:{_HISTORICAL_DIVISION})\b", re.I
)


# "the special representation of the President of Azerbaijan in the Jabrayil, Gubadli and ...": the office's seat.
_OFFICE_IN = re.compile(
    r"(?i:representati(?:ve\s+office|on)s?|представительств\w*)"
    r"(?:\s+(?:of|the|[Pp]resident\w*|президента|[A-ZА-ЯЁ][\w'’-]*))*\s+(?:in|в)\s+(?:the\s+)?"
    r"(?:[A-ZА-ЯЁ][\w'’-]*\s*(?:,|\band\b|\bи\b)\s*)*$"
)
# "chief of the International Committee of the Red Cross in Baku", "head of the UNHCR office in Ganja": a person's
# title names a body by its capitalised name, and where the body sits is no place of events.
_TITLE_OF_BODY_IN = re.compile(
    r"\b(?:chief|head|director|chair(?:man|woman|person)?|coordinator|secretary)\s+of\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w'’&.-]*|for|of|and|on|the)\s+){1,8}?(?:(?:office|branch|bureau|mission)\s+)?in\s+(?:the\s+)?$"
)
# "the correspondent sent to Aghdara", "Ağdərəyə ezam olunan əməkdaşı": where the reporter went.
_REPORTER_SENT_TO = re.compile(r"\b(?:correspondents?|reporters?)\s+(?:sent|dispatched|travell?ing)\s+to\s+(?:the\s+)?$", re.I)
_REPORTER_SENT_AFTER = re.compile(r"\w*\s+ezam\s+olun\w*\s+(?:əməkdaş|müxbir)", re.I)  # "Ağdərə|yə ezam olunan"


# The words of the frames ``describes_only`` reads, lower-cased, and the stems of those that inflect: a sentence
# that holds none describes no place.
DESCRIBING = Cue(
    "borders bordered adjoins adjacent after ezam correspondent correspondents reporter reporters gavar gavars canton "
    "cantons khanate khanates melikdom melikdoms principality principalities kingdom kingdoms mahal mahals uezd uezds "
    "uyezd uyezds sultanate sultanates had stand stands sit sits pose poses gather gathers wait waits from chief head "
    "director chair chairman chairwoman chairperson coordinator secretary native natives capital made part joined merged "
    "incorporated integrated divided separated split partitioned fled left abandoned",
    "consist compris compos representati mahal xanli гранич sərhəd представительств ханств уезд սահմանակ sonra հետո после live resid settled "
    "центр состав раздел км километр метр север юг восток запад")


def planned(after: str) -> bool:
    """Is the name the subject of what was to be done ("Shusha and its villages were to be excluded")? (Asked
    apart from ``describes_only``, whose words most sentences lack: this one needs " to be " after the name.)"""
    return " to be " in after[:100] and _TO_BE_DONE.match(after) is not None


def describes_only(before: str, after: str) -> bool:
    """Does the clause around a name describe the place (its neighbours, its rank, a historical division,
    a unit's seat or administrative history, an office's or a reporter's seat) rather than place an event there?"""
    lowered, ahead = before.lower(), after[:200].lower()  # the cheap tests first: most clauses hold no cue word
    if any(map(lowered.__contains__, ("border", "adjoin", "adjacent", "гранич", "սահմանակ"))) and _BORDER_BEFORE.search(before):
        return True
    if "sərhəd" in ahead and _BORDER_AFTER.match(after):
        return True
    if "after" in lowered and _RANKED_AFTER.search(before):
        return True
    if (("sonra" in ahead[:20] or "հետո" in ahead[:20]) and _RANKED_AFTER_OTHERS.match(after)) or (
            "после" in lowered[-12:] and _RANKED_AFTER_RU.search(before[-80:])):
        return True  # ranked after it: "Cəbrayıldan sonra ... ikinci", "вторым после Джебраила"
    if ("представительств" in lowered or "representati" in lowered) and _OFFICE_IN.search(before):
        return True
    if " of " in lowered[-120:] and _TITLE_OF_BODY_IN.search(before[-120:]):
        return True
    if _REPORTER_SENT_AFTER.match(after) or (("correspondent" in lowered or "reporter" in lowered) and _REPORTER_SENT_TO.search(before)):
        return True
    if any(map(lowered[-120:].__contains__, ("live", "resid", "settled"))) and _RESIDES_IN.search(before[-120:]):
        return True
    if "that had" in lowered[-120:] and _EARLIER_STATE.search(before[-120:]):
        return True
    if ("from" in lowered[-60:] or "of" in lowered[-20:] or "who" in lowered[-160:]) and _origin_of_people(before):
        return True
    if _POSTURE.search(lowered[:60]) and _scene_only(before):
        return True
    if "capital" in lowered[-60:] and _CAPITAL_WAS.search(before[-80:]) or "capital" in ahead[:40] and _IS_CAPITAL.match(after):
        return True
    if any(map(lowered.__contains__, ("consist", "compris", "compos", "made up"))) and _MADE_OF.search(before):
        return True
    if _administered(lowered, ahead, before, after):
        return True
    if " от" in lowered[-4:] and _REFERENCE_POINT.search(before[-80:]):
        return True  # "Расположен к югу от Лачина"
    if ("центр" in lowered[-80:] and _CENTRE_RU.search(before)) or ("центр" in ahead[:80] and _IS_CENTRE_RU.match(after)):
        return True  # "Административный центр — город Лачын", "Губадлы — город в Азербайджане, административный центр района"
    return _DIVISION_AFTER.match(after) is not None


# A place's description measures it from another ("расположен к югу от Лачина", "в 35 километрах от границы"): a
# reference point, as "12 km north-east of Aghdam" and "the distance to Baku" are in English (``placeevents``).
_REFERENCE_POINT = re.compile(
    r"(?<!\w)(?:(?:в|на)\s+\d[\d.,\s]*(?:км|километр\w*|метр\w*)|(?:к|на)\s+(?:(?:северо|юго)-)?(?:север|юг|восток|запад)\w*)"
    r"\s+от\s+$",
    re.I,
)


# A unit's administrative history names the units it was made part of, joined to or divided between: "Both were
# subsequently part of the Agdam and Qarabag districts", "it was abolished and joined to Barda in 1963", "Agdere district
# was separated between 3 districts ... - Tartar, Agdam and Kalbajar", "включён в состав Геранбойского района",
# "Ханларский, Дашкесанский, Шамхорский — были включены не в состав автономии": none of them is a place of events.
_PART_OF = led(re.compile(
    r"\b(?:(?:was|were|is|are|became|remained)\s+(?:[a-z]+\s+)?part\s+of|(?:joined|merged|incorporated|integrated)\s+(?:in)?(?:to|with)"
    r"|(?:divided|separated|split|partitioned)\s+(?:between|among)\b[^.;:!?]{0,100}?)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*(?:\s*,\s*|\s+and\s+))*$"
))
_INTO_UNIT_RU = re.compile(
    r"(?<!\w)(?:(?:включ|вош|вход|присоедин|объедин)\w*\s+(?:[^.;:!?]{0,40}?\s)?в\s+состав|раздел\w*\s+между)\s+"
    r"(?:[\w-]+\s*(?:,\s*|\s+и\s+))*$",
    re.I,
)
_UNITS_INCLUDED_RU = re.compile(r"^[^.;:!?]{0,120}?(?<!\w)(?:включен|присоединен)\w*\s+(?:[^.;:!?]{0,30}?\s)?в\s+состав", re.I)


def _administered(lowered: str, ahead: str, before: str, after: str) -> bool:
    """Is the name a unit its administrative history joins, includes or divides (not a place of events)?"""
    if any(map(lowered[-160:].__contains__, ("part of", "joined", "merged", "incorporated", "integrated", "divided",
                                               "separated", "split", "partitioned"))) and _PART_OF.search(before[-160:]):
        return True
    if ("состав" in lowered[-100:] or "раздел" in lowered[-100:]) and _INTO_UNIT_RU.search(before[-100:]):
        return True
    return "состав" in ahead[:160] and _UNITS_INCLUDED_RU.match(after) is not None


# "the stronghold that had turned the lives of civilians in Stepanakert into hell, fell": a restrictive clause in the
# pluperfect describes what the subject had been, not where the sentence's event happens.
_EARLIER_STATE = re.compile(r"\bthat\s+had\s+(?!been\b)[a-z]+\b[^,.;:!?\"“”]{0,100}$", re.I)
# "who since the 1990s has lived in a settlement for displaced people in Pirshagi", "my family settled in Baku":
# where someone lives is a state, not the place of an event (a participle is left alone: "families living in
# basements in Stepanakert were shelled" tells where the shelling fell).
_RESIDES_IN = re.compile(
    r"\b(?:lives?|lived|resides?|resided|settled)\s+(?:[^.;:!?]{0,80}?\s)?(?:in|at)\s+"
    r"(?:\[[^\]]{0,40}\]\s+)?(?:the\s+)?(?:(?:city|town|village|settlement|capital)\s+(?:of\s+)?)?$",
    re.I,
)

# "Its capital was the city of Stepanakert", "The provincial capital is Hadrut", "X is the capital of Y": which town a unit
# is governed from describes the unit, not where anything happened ("Stepanakert, the capital, was shelled" stays).
_CAPITAL_WAS = re.compile(r"\b(?:its|their|the(?:\s+[\w-]+)?)\s+capital(?:\s+(?:city|and\s+largest\s+city))?\s+(?:is|was|became)\s+"
                          r"(?:the\s+(?:city|town)\s+of\s+)?$", re.I)
# "It consisted of most of the Jabrayil District, the western part of the Fuzuli District ...": what a unit is made of.
_MADE_OF = re.compile(r"\b(?:consist(?:s|ed|ing)?\s+of|compris(?:es|ed|ing)|(?:is|was|were|are)\s+(?:composed|made\s+up)\s+of)\b"
                      # the parts listed up to the name, no clause of their own ("units from X that attacked Y" is a deed)
                      r"(?:(?!\b(?:who|which|that|where|and\s+\w+ed)\b|\b\w+ed\b)[^.;:!?]){0,160}$", re.I)
# "Shusha and its surrounding villages were to be excluded from the autonomy": what was to be done, not what was.
# (the name is the subject: no verb or relative clause of its own before, "Lachin, which was to be returned" is not)
_TO_BE_DONE = re.compile(r"^(?:(?!\b(?:which|who|that|was|were|is|are|\w+ed)\b)[^.;:!?]){0,80}?\b(?:was|were)\s+to\s+be\s+"
                         r"[a-z]+(?:ed|en|t)\b")
# The same in Russian, which names a unit's seat its "administrative centre" ("административный центр", "райцентр"):
# "Административный центр — город Лачын", "райцентром Шаумяновского района было село Акнаберд", "был образован с
# административным центром в городе Лачыне", "город в Азербайджане, административный центр Губадлинского района" (the
# unit it is the seat of). A centre a verb takes is an event's place: "обстрелам были подвергнуты райцентры Агдам и
# Физули", "армяне захватили административный центр Физулинского района".
_CENTRE_RU = re.compile(
    r"(?:(?:^|[,;(]\s*)(?:административн\w*\s+)?(?:рай)?центр\w*\s*[—–]\s*"
    r"|(?<!\w)(?:административн\w*\s+центр|райцентр)\w*(?:\s+[\w-]+){0,3}?\s+(?:был[аои]?|являл(?:ся|ась|ось)|является|стал[аои]?)\s+"
    r"|(?<!\w)с\s+административн\w*\s+центр\w*\s+в\s+"
    r"|(?:^|[,;(—–]\s*)административн\w*\s+центр\w*\s+)"
    r"(?:(?:город|сел|посёл|посел|деревн)\w*\s+)?$",
    re.I,
)
# ... and the seat it is said of: "Губадлы — город в Азербайджане, административный центр", "Лачин является
# административным центром района" (a subject with nothing but a copula or a dash, and its kind, before the centre).
_IS_CENTRE_RU = re.compile(
    r"^\s*\)?\s*(?:[—–]\s+(?:[^.;:!?—–]{0,60}?,\s*)?|(?:был[аои]?|является|являлся|являлась|стал[аои]?)\s+)"
    r"(?:административн\w*\s+центр|райцентр)\w*",
    re.I,
)
_IS_CAPITAL = re.compile(r"^(?:\s+city)?\s+(?:is|was|became)\s+(?:the|its)\s+(?:[\w-]+\s+)?capital\b", re.I)


# "the massacre of refugees from Khojaly", "a displaced woman from Martuni", "a native of Shusha": where people come
# from, told to say who they are, is no place of what the sentence reports ...
_PEOPLE_FROM = led(re.compile(
    r"\b(?:(?:refugees|prisoners|hostages|residents|natives|inhabitants|people|families|civilians|deportees|evacuees|"
    r"survivors|migrants|IDPs|displaced(?:\s+(?:persons|people))?|wom[ae]n|m[ae]n|girls?|boys?|mothers?|fathers?|sons?|"
    r"daughters?|widows?)\s+(?:originally\s+)?from|natives?\s+of)\s+(?:the\s+)?(?:(?:city|town|village|district|region)\s+of\s+)?$",
    re.I,
))
# ... unless a verb earlier in the clause moves them out of it: "troops expelled the civilians from Khojaly",
# "the army evacuated families from the village of Talish" happened there.
_MOVED_OUT = re.compile(
    r"\b(?:evacuat|expel|deport|drove|drive|driven|rescu|freed|releas|remov|withdr|pull|fle[de]|flee|escap|brought|"
    r"bring|took|take|taken|carr|airlift|transport|mov|forc|chas|oust|push)\w*\b[^.;:!?]{0,60}$",
    re.I,
)
# A photograph's caption tells what it shows, in the present tense from the sentence's first words: "Ethnic Armenian
# soldiers stand in a trench at their position near the town of X, April 8, 2016." People standing, sitting, posing,
# gathering or waiting somewhere are the scene, not an event reported there ...
_CAPTION_REACH = 150  # within the text a rule may look back on (``placescan.lookback``), so its start is the sentence's
_POSTURE = re.compile(r"\b(?:stand|stands|sit|sits|pose|poses|gather|gathers|wait|waits)\b")
_CAPTION_SUBJECT = re.compile(
    r"^\W*(?:[\w'’-]+\s+){1,6}?(?:stand|stands|sit|sits|pose|poses|gather|gathers|wait|waits)\s+(?P<scene>.*)$",
    re.I | re.S,
)
# ... unless something that happened stands between the verb and the name: "A man stands in front of a damaged car
# following shelling in Barda" (a participle, an event's preposition, a clause of its own).
_SCENE_BROKEN = re.compile(r"[,;:!?()\"“”]|\b(?:following|after|during|amid|as|while|when|where|which|who|that|because|"
                           r"said|says)\b|\b[a-z]+ed\b", re.I)


# ... and so is where they had fled or been driven from, told in a relative clause on them: "Khojaly embraced
# Azerbaijanis who had fled from their homes in Armenia and Khankendi", "families who escaped pogroms but were
# deported from Sumgait, Baku and other areas" (the clause says who they are; the sentence's event is elsewhere).
_WHO_FLED_FROM = re.compile(
    r"\bwho\s+(?:had\s+|have\s+|has\s+)?(?:been\s+|were\s+|was\s+)?(?:\w+ly\s+)?"
    r"(?:(?:fled|flee|escaped|deported|expelled|evicted|displaced|driven|forced)\b[^.;:!?]{0,80}?\bfrom\s+"
    r"(?:their\s+(?:homes?|houses?)\s+in\s+)?"
    # ... or who left the place itself: "Leyla's family, who fled their home village of Tugh, moved to Goychay"
    r"|(?:fled|left|abandoned)\s+(?:their|his|her|our)\s+(?:native\s+|home\s+)?(?:village|town|city|homes?)\s+(?:of|in)\s+)"
    r"(?:the\s+)?(?:(?:city|town|village|district|region)\s+of\s+)?"
    r"(?:[A-Z][\w'’-]*,?\s+(?:(?:and|or)\s+)?)*$"
)


def _origin_of_people(before: str) -> bool:
    """"refugees from Khojaly", "families who were deported from Sumgait": the people's origin, not where anything
    happened to them (unless a verb of the sentence's own moved them out of it)."""
    if "who" in before[-160:] and _WHO_FLED_FROM.search(before[-160:]):
        return True
    match = _PEOPLE_FROM.search(before[-80:])
    if match is None:
        return False
    ahead = before[: len(before) - len(before[-80:]) + match.start()]
    return _MOVED_OUT.search(ahead[-80:]) is None


def _scene_only(before: str) -> bool:
    """A caption's subject standing, sitting or gathering at the place, with nothing that happened in between
    (a caption is short: a name further from the sentence's start than a caption runs is read as prose)."""
    if len(before) > _CAPTION_REACH:
        return False
    match = _CAPTION_SUBJECT.match(before)
    return match is not None and _SCENE_BROKEN.search(match.group("scene")) is None


# "X (...) is a village in the", "X is a town and municipality in the", "X — село в": the lead of a settlement's article.
_DEFINED_AS = re.compile(
    r"^\)?\s+(?:is|was)\s+(?:an?\s+)?(?:(?:small|large|former|abandoned|rural|mountain)\s+)?(village|town|settlement|hamlet|"
    r"municipality)(?:\s+and\s+(?:a\s+)?municipality)?\s+in\s+(?:the\s+)?$"
    r"|^\)?\s+[—–-]\s+(?:(село|деревня|посёлок|поселок)|(город))\s+в\s+$",
    re.I,
)
_LEAD = 3  # the subject opens the sentence: at most a quote mark or a bracket before it


def defined_in(text: str, hits: list[Hit], village: str, town: str) -> None:
    """The names that open a settlement's definition ("A (B) is a village in the C District") take the
    definition's cue (``village`` or ``town``) and the district after it as their qualifier."""
    if not hits or hits[0].start > _LEAD:
        return
    for k in range(1, len(hits)):
        match = _DEFINED_AS.search(text[hits[k - 1].end:hits[k].start])
        if match is None:
            continue
        cue = town if (match.group(1) or "").lower() == "town" or match.group(3) else village
        for hit in hits[:k]:
            hit.cue, hit.qualifiers = cue, {e.entity for e in hits[k].entries}
        return


_APPOSITION_REACH = 100  # a description of a few words, its noun's complement included
# A description set off by a comma before the name it describes: "the de facto capital, ", "Nagorno-Karabakh's main
# city, ", "the capital of Karabagh, " (not a qualifier after a name: "the village of X, Y district").
_APPOSITION = re.compile(r"(?:\b(?:the|its|their)|(?-i:[A-Z])[\w'’-]*['’]s)\s+(?:(?!(?:the|its|their)\b)[\w'’-]+\s+){0,3}?"
                         r"(?:(?:capital|city|town|village|settlement|stronghold)(?:\s+city)?"
                         r"|capital(?:\s+city)?\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:[\s-](?-i:[A-Z])[\w'’-]*)*)\s*,\s*$", re.I)


def readings(before: str) -> tuple[str, ...]:
    """The texts before a name that its frame is read from: ``before`` itself and, where a description stands in
    apposition to the name, the text before that description, so the frame around the description is the name's
    ("overlooking Nagorno-Karabakh's main city, Stepanakert" overlooks Stepanakert; "connecting the de facto capital,
    Stepanakert, to Goris" names a link's end)."""
    if not before.rstrip().endswith(","):
        return (before,)  # most names: no comma right before them
    description = _APPOSITION.search(before[-_APPOSITION_REACH:])
    return (before, before[: len(before) - len(description.group())]) if description else (before,)
