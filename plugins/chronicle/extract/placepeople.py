"""Names of people and institutions that spell like places: "Anar Kerimli, the head of the agency", "Mr Huseynli",
"Barda Central District Hospital".

GeoNames lists villages named like Azerbaijani surnames (Kerimli, Hasanli), and an institution carries its town's
name: in either a name the gazetteer holds is no place of the story. Read by ``placescan`` for each name it finds;
what a sentence says about a place is ``placeframes``'.

A person's given name that spells like a village ("князь Оган Бегларян",
"Vahan Savadyan") is no place at all: a surname follows it. Nor is a name a person's
title stands before ("Mr Huseynli", "мать командира сельского отряда самообороны
Санасара": the person, or the home of the commander's unit). Nor is a name inside
a local institution's, which acts or receives ("taken to the Barda Central
District Hospital", "the Shamkir military and Qazax district prosecutor's
offices", "Ağdam rayon prokurorluğu"), as a unit's name is none (``placerules``).
"""

from __future__ import annotations

import re

_QUALIFIER = r"(?:central|regional|city|district|municipal|military|rayon|mərkəzi|rayon|şəhər)"
# "Barda Central District Hospital", "Aghdam district prosecutor's office", "Qazax Rayon Polis Şöbəsi".
_INSTITUTION = (r"hospitals?|prosecutor\w*|police|courts?|executive\s+power|administrations?|"
                r"prokuror\w*|xəstəxana\w*|polis\w*|icra\s+hakimiyyət\w*|məhkəmə\w*")
_INSTITUTION_AFTER = re.compile(
    rf"(?:\s+{_QUALIFIER}){{0,3}}"
    # "the Shamkir military and Qazax district prosecutor's offices": two places share the institution
    rf"(?:\s+and\s+[A-ZÀ-ÖØ-ÞƏİÇŞĞÜÖ][\w'’-]*(?:\s+{_QUALIFIER}){{0,3}})?"
    rf"\s+(?:{_INSTITUTION})\b",
    re.I,
)

# A surname right after: Armenian "-yan" in any script and case ("Бегларяна", "Араратом Мирзояном", "Սավադյանը"),
# Russian and Azerbaijani "-ov", "-ev" ("Teymurov", "Алиевой"), Azerbaijani "-li", "-zade" ("Babek Semidli",
# "Adilzade"). "Armenian" is an adjective, not a surname; a list's next village stands after a comma or "and".
_SURNAME_AFTER = re.compile(
    r"\s+(?!Armenians?\b)[A-ZА-ЯЁԱ-Ֆ][\w'’-]*?(?:yan|yants|ян|янц|յան|յանց|[oe]va?|yeva?|[ое]ва?|l[iıuü]|zad[eə])"
    r"(?:[аеуы]|ом|ым|ой|ых|ыми|ը|ի|ին|ն)?(?![\w'’-])"
)


# A surname that spells like a village ("Samir Kazimli, 38,", "said Kazimli, who says"): an age after it, or a speech
# verb before it and "who" after it make it a person (a title before it: ``titled``).
_AGE_AFTER = re.compile(r"^\s*(?:,\s*(?:aged\s+)?\d{1,3}\s*,|\s*\((?:aged\s+)?\d{1,3}\))")
_SAID_BEFORE = re.compile(r"\b(?:said|says|asked|asks|added|adds|recalled|recalls|explained|explains)\s+$")
_WHO_AFTER = re.compile(r"^,\s+who\b")


# A village neither speaks nor holds a post, a person whose surname spells like one does (GeoNames lists villages
# named Kerimli, Hasanli): "Anar Kerimli, the head of the agency", "Kerimli stressed that". A capital may
# speak for its government ("Baku said") and "residents of X told" are the village's: only a bare name is read so.
_POST_AFTER = re.compile(r",\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:director|head|chair(?:man|woman|person)?|spokes(?:man|woman|person)"
                         r"|deputy|minister|adviser|advisor|governor|mayor|representative|officer|chief|secretary|ombudsman)\b")
_SPEAKS_AFTER = re.compile(r"\s+(?:said|says|noted|notes|added|adds|told|tells|stressed|emphasi[sz]ed|stated|explained"
                           r"|recalled|announced|congratulated)\b")
# Where a person's name stands: at the start of the sentence or after a given name, not after a preposition.
_NAME_BEFORE = re.compile(r"(?:^|\b(?!(?:In|At|From|Near|To|On|The)\s)[A-Z][a-z]+\s+)$")


def speaks_or_holds_a_post(before: str, after: str) -> bool:
    """Does a name that spells like a village stand for a person: a post in apposition, or a verb of speech right
    after it, where a person's name stands?"""
    return ((_POST_AFTER.match(after) is not None or _SPEAKS_AFTER.match(after) is not None)
            and _NAME_BEFORE.search(before[-30:].lstrip(" \"“‘'(")) is not None)


def not_a_place(after: str, before: str = "") -> bool:
    """Is the matched name a person's given name (a surname right after it), a person's surname (an age after it,
    "said X, who") or part of the name of a local institution ("Barda Central District Hospital")? Either way it
    is no place of the story."""
    return (_SURNAME_AFTER.match(after) is not None or _INSTITUTION_AFTER.match(after) is not None
            or _AGE_AFTER.match(after) is not None
            or (_WHO_AFTER.match(after) is not None and _SAID_BEFORE.search(before[-12:]) is not None))


# A name right after a person's title is the person's ("Mr Huseynli", "First Deputy Chair of the Milli Majlis Ali Huseynli",
# "мать командира сельского отряда самообороны Санасара") or the home of the commander's unit: no place of events.
_TITLED_EN = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr)\.?\s+|\b(?i:chair(?:man|woman|person)?|speaker|deputy|minister|ambassador|governor|mayor|commander|"
    r"general|colonel|major|captain|president|premier|director|head)(?:\s+of\s+the(?:\s+[A-Z][\w'’-]*){1,4})?\s+[A-Z][a-z]+\s+)$"
)
# (Russian: the commander's title and the words of his unit in the genitive, no preposition between: "командир роты из
# Ханабада" tells where he came from, and a verb stands in the way: "командир роты погиб в Агдаме", "доложил о захвате".)
_TITLED_RU = re.compile(
    r"(?<!\w)[Кк]ом(?:андир|бат|див|взвод|рот)\w*(?:\s+(?!(?:в|во|на|из|у|о|об|под|около|близ|возле|с|со|от|до|к|за|над|при|по|и)\s)"
    r"[а-яё-]*(?:а|я|ы|и|ов|ев|ей|ого|его|ой|ых|их)){0,4}\s+$"
)
_TITLE_WORDS = ("mr", "mrs", "ms", "dr", "chair", "speaker", "deputy", "minister", "ambassador", "governor", "mayor", "commander",
                "general", "colonel", "major", "captain", "president", "premier", "director", "head", "ком")


def titled(before: str) -> bool:
    """Does a person's title (and a given name) stand right before the name? Then it names the person (or the home
    of the commander's unit), no place: "the village" later in the sentence does not stand for it either."""
    near = before[-80:].lower()
    if not any(map(near.__contains__, _TITLE_WORDS)):
        return False
    return bool(_TITLED_EN.search(before[-80:]) or _TITLED_RU.search(before[-80:]))
