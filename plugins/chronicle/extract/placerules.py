"""What the words around a place name say about it.

Two questions, each answered from the text next to a matched name:
- is it a place at all (not inside "Second Karabakh War", "Minsk Group",
  "Armenia: A Historical Atlas", "the 83rd Goris Rifle Battalion", "Operation
  Agdere", "Map of Lachin.png", a person's "E. Huseyinli")?
- what kind of place does the context point to ("the town of", "district",
  "reservoir") and does the span grow ("Sarsang reservoir", "Republic of")?

A third, whether the sentence reports an event located there, is ``placeevents``'.
"""

from __future__ import annotations

import re
from functools import lru_cache

from chronicle.extract.cuetext import ANYTHING, Clues, Cue, ends_with, search_end

# --- not a place -------------------------------------------------------------
# A name followed by one of these heads names a war, an organisation or a publication (an editor's bracket
# may close between them: "the [Karabakh] conflict").
_NAMED_AFTER = re.compile(
    r"\]?\s+(?:War|Wars|war|wars|[Cc]onflict|Group|Protocol|Agreement|Accords?|Treaty|Declaration|"
    r"Principles|Times|Gazette|Post|Herald|Tribune|Journal|News|Institute|University|Airlines|"
    r"Summit|[Pp]rocess|Format|Conference|Final\s+Act|Charter|Wire|Agency|Press|Service|Media|Radio|TV|"
    # a negotiating body's name in Russian and Azerbaijani: "Минской группы", "Minsk qrupunun", "Minsk prosesi"
    r"групп\w*|конференци\w*|процесс\w*|qrup\w*|konfrans\w*|proses\w*|"
    # a ministry's name: "the Artsakh Ministry of Defence" (an army named after its country stays a place)
    r"Ministry|"
    # an operation's name in Azerbaijani and Russian: "Kəlbəcər əməliyyatı"
    r"əməliyyat\w*|операци\w*|"
    # the same heads in Russian, Azerbaijani and Armenian: "Qarabağ müharibəsi", "Ղարաբաղյան պատերազմ"
    r"войн[аыуеой]*|конфликт\w*|müharibə\w*|münaqişə\w*|պատերազմ\w*|հակամարտ\w*)\b"
    # an agency's name joined by a hyphen: "Кавказ-Пресс", "Karabakh-Info"
    r"|[-\u2010](?:Press|Пресс|Info|Инфо|Media|Медиа|News|TV|ТВ)\b"
)
# (Every match ends in "of", "for" or "Operation", "the" aside: ``inside_a_name`` tests that first.)
_NAMED_BEFORE = re.compile(
    r"\b(?:Treaty|Protocol|Declaration|Agreement|Statement|Accords?)\s+of\s+(?:the\s+)?$|\bOperation\s+$"
    r"|\b(?:Battle|Siege)\s+(?:of|for)\s+(?:the\s+)?$"  # a battle's name: "the Battle of Kalbajar"
    # the fighters a place raised: "the fighters of the defense area of Askeran", "the regiments of Martuni"
    r"|\b(?:fighters|regiments?|battalions?|brigades?|detachments?|squads?|defen[cs]e\s+areas?)\s+of\s+(?:the\s+)?$"
)
_NAMED_BEFORE_CUE = Cue(  # lower-cased, one is a word of every match
    "treaty protocol declaration agreement statement accord accords operation battle siege fighters regiment regiments "
    "battalion battalions brigade brigades detachment detachments squad squads defence defense", guards=(_NAMED_BEFORE,))
# "the 83rd Goris Rifle Battalion": a name among the words of a military unit's name.
_UNIT_AFTER = re.compile(
    r"(?:\s+[A-Z][\w-]*){0,3}\s+(?:Battalion|Brigade|Regiment|Division|Corps|Detachment|Squadron|Company|Platoon)\b"
)
_UNIT_CUE = Cue("battalion brigade regiment division corps detachment squadron company platoon", guards=(_UNIT_AFTER,))
# "corr. E.Huseyinli", "By J. Smith": an initial makes the name after it a person's.
_INITIAL_BEFORE = re.compile(r"(?:^|[^\w.])[A-ZА-ЯЁ]\.\s?$")
# ".../wiki/Capture_of_Fuzuli": a web address.
_URL_BEFORE = re.compile(r"(?:https?://|www\.)\S*$")
# "Map of Lachin.png", "Flag of Azerbaijan.svg": a file's name.
_FILE_AFTER = re.compile(r"[\w ()-]{0,40}\.(?:png|jpe?g|svg|gif|tiff?|webp)\b", re.I)
# "Armenia: A Historical Atlas": a name opening a title followed by a subtitle.
_TITLE_AFTER = re.compile(r":\s+(?:A|An|The)\s+[A-Z]")
_TITLE_START = re.compile(r"(?:^|[:\"“‘'(]\s*)$")


def inside_a_name(before: str, after: str, clues: Clues = ANYTHING) -> bool:
    """The matched name is part of a war's, organisation's or work's name. ``clues`` are the sentence's:
    a treaty's, a battle's or a unit's word it does not hold is not looked for next to each name."""
    # each pattern after its cheap necessary test: a file's dot within reach, an address's "http" or "www."
    if _NAMED_AFTER.match(after) or (
            clues.has(_NAMED_BEFORE_CUE) and ends_with(before, "of", "for", "operation", optional="the")
            and search_end(_NAMED_BEFORE, before, 4)) or ("." in after[:41] and _FILE_AFTER.match(after)):
        return True
    if (clues.has(_UNIT_CUE) and _UNIT_AFTER.match(after)) or ("." in before[-2:] and _INITIAL_BEFORE.search(before[-4:])) or (
            ("http" in before or "www." in before) and search_end(_URL_BEFORE, before, 1)):
        return True
    return bool(_TITLE_AFTER.match(after) and _TITLE_START.search(before.rstrip()))


# --- what the context says the place is --------------------------------------
# Russian, Azerbaijani and Armenian cue words follow the English ones in any case form.
# Azerbaijani takes the noun in its possessive form after a name ("Şuşa şəhəri", "Talış kəndində");
# the bare genitive ("şəhərin") is an ordinary noun and no cue.
_ADMIN = (r"districts?|regions?|rayons?|raions?|provinces?|area|municipality|район\w*|"
          r"rayon(?:u|unu|unun|unda|undan|una|ları|larının|larında)|շրջան\w*")
_TOWN = r"city|town|towns|cities|город\w*|şəhər(?:i|ini|inin|ində|indən|inə)|քաղաք\w*"
_VILLAGE = (r"villages?|settlements?|hamlets?|сел[оаеуя]?\w*|сёл|посёл\w*|посел\w*|"
            r"kənd(?:i|ini|inin|ində|indən|inə|ləri|lərinin|lərində|lərindən)|"
            r"qəsəbə(?:si|sini|sinin|sində|sindən|sinə)|գ(?:յու|իւ)ղ\w*")
_CUE_AFTER = re.compile(rf"\s+(?:({_ADMIN})|({_TOWN})|({_VILLAGE}))\b", re.I)
_CUE_BEFORE = re.compile(
    rf"\b(?:(?:({_ADMIN})|({_TOWN})|({_VILLAGE}))\s+of|(?:regional|district)\s+(cent(?:re|er))(?:\s+of)?)\s+(?:the\s+)?$",
    re.I,
)
# A group's noun whose members a parenthesis lists, in any language: "7 rayon (Laçın, Kəlbəcər, ...)", "districts
# (Lachin, Kalbajar and Aghdam)", "районов (Лачин, ...)": the noun is the cue of the first name (``placelists.share_cues``
# hands it on along the list).
_CUE_OPENS_LIST = re.compile(rf"(?<!\w)(?:({_ADMIN})|({_TOWN})|({_VILLAGE}))\s*\(\s*$", re.I)
# Russian puts the noun before the name without "of": "в городе Шуша", "село Талыш".
_CUE_BEFORE_RU = re.compile(r"(?<!\w)(?:(район\w*)|(город\w*)|(сел[оаеуя]?\w*|сёл|посёл\w*|посел\w*))\s+$", re.I)
ADMIN, TOWN, VILLAGE = "admin", "town", "village"


def _cue(match: re.Match | None) -> str | None:
    if match is None:
        return None
    groups = match.groups()
    if groups[0]:
        return ADMIN
    if groups[1] or (len(groups) > 3 and groups[3]):
        return TOWN
    return VILLAGE


@lru_cache(maxsize=4096)
def _english_cue(last_words: str) -> str | None:
    """The cue the last words before a name give in English ("the village of "): asked once for each wording,
    which a text repeats, since ``_CUE_BEFORE`` tries each of its words at each place in them."""
    return _cue(_CUE_BEFORE.search(last_words))


def cue_after(after: str) -> str | None:
    return _cue(_CUE_AFTER.match(after))


def cue_before(before: str) -> str | None:
    if before.rstrip().endswith("("):
        return _cue(_CUE_OPENS_LIST.search(before[-40:]))
    if not before[-1:].isspace():
        return None  # every cue ends in a space before the name
    if ends_with(before, "of", "centre", "center", optional="the"):
        chunks = before.rsplit(None, 4)  # a match spans at most the last four: it starts after the space before them
        english = _english_cue(before[len(chunks[0]) if len(chunks) > 4 else 0:])
        if english:
            return english
    tail = before[-16:]
    return None if tail.isascii() else _cue(_CUE_BEFORE_RU.search(tail))  # the Russian nouns need Cyrillic letters


# Features named after a place: the suffix belongs to the mention and sets its kind ("the Stepanakert-Shushi
# stretch" is a stretch of road).
_FEATURES = (
    ("military-base", r"military\s+base|air\s*base|army\s+base"),
    ("reservoir", r"reservoir|dam|lake"),
    ("pass", r"pass"),
    ("road", r"highways?|roads?|corridors?|railways?|routes?|stretch(?:es)?|yolu\w*|ճանապարհ\w*|մայրուղ\w*|միջանցք\w*|dəhliz\w*"),
    ("river", r"rivers?|çay(?:ı|ının|ında|ından|ına|ını)?|գետ\w*"),
    ("height", r"heights|hill|hills|mountains?"),
    ("landmark", r"airport|mosque|church|cathedral|monastery|fortress|castle|bridges?|checkpoint|"
                 r"railway\s+station|station|cave|valley|gorge|memorial|cemetery"),
)
# Armenian may put an adjective between the name and the feature: "Ստեփանակերտ-Լիսագոր գրունտային ճանապարհը" (dirt road).
_FEATURE_AFTER = re.compile(
    r"\s+(?:[\u0561-\u0587]+(?:ային|յին|ական)\s+)?(?:" + "|".join(f"(?P<g{i}>{pattern})" for i, (_, pattern) in enumerate(_FEATURES)) + r")\b", re.I
)
# "река Тертер", "реки Тертер": the river, named before its name in Russian.
_RIVER_BEFORE = re.compile(r"(?<!\w)(?:рек[аиеуой]|рекой)\s+$", re.I)
# Between two places that together name a road: "the Martakert-Kelbajar road".
ROAD_LINK = re.compile(r"\s?[-\u2010\u2011\u2013]\s?")
# "дорога Степанакерт — Горис", "по трассе Лачин-Шуша": the road word before the names.
_ROAD_BEFORE = re.compile(r"(?<!\w)(?:дорог\w*|трасс\w*|шоссе|магистрал\w*|(?:roads?|routes?|highways?)(?:\s+of)?)\s+$", re.I)
_ROAD_DASH = re.compile(r"\s?[-\u2010\u2011\u2013\u2014]\s?")


def road_named_before(before: str, gap: str) -> bool:
    """"дорога X — Y", "the route of X-Y": a road word before the first name and a dash between the two."""
    return len(gap) <= 3 and _ROAD_DASH.fullmatch(gap) is not None and _ROAD_BEFORE.search(before) is not None  # a dash, a space aside
_REPUBLIC_BEFORE = re.compile(r"\bRepublic\s+of\s+(?:the\s+)?$")
_REPUBLIC_AFTER = re.compile(r"\s+(?:Autonomous\s+)?Republic\b(?!\s+of\b)")  # "Nakhchivan Autonomous Republic"
_COORDINATION = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*&\s*|"
                           r"\s+(?:и|или|və|və\s+ya|yaxud|և|եւ|ու|կամ)\s+)")


def feature_after(after: str) -> tuple[str, int] | None:
    """(kind, length) of a feature word right after a name, if any."""
    match = _FEATURE_AFTER.match(after)
    if match is None:
        return None
    return _FEATURES[int(match.lastgroup[1:])][0], match.end()  # the one group that took part: g0 .. g6


def river_before(before: str) -> bool:
    tail = before[-8:]
    return not tail.isascii() and _RIVER_BEFORE.search(tail) is not None  # "река" needs Cyrillic letters


# "сел Чыраглы и Орта Гервенд Агдамского района": a district's adjective after a list of villages names
# their district; "Ağdam rayonunun Çıraqlı kəndi", "Շուշիի շրջանի Քարինտակ գյուղը": a district's genitive
# before them does, a participle between or not ("Ağdam rayonunun işğal olunmuş Şıxlar kəndi").
_DISTRICT_ADJECTIVE = re.compile(r"[А-ЯЁ][а-яё-]+(?:ск|цк)(?:ого|ой|их|ий|ая|ое|ом)")
_DISTRICT_GENITIVE = re.compile(r"\s+(?:rayonunun|şəhərinin|շրջանի|մարզի)\s+(?:[a-zəğıöüşç\u0561-\u0587]+\s+){0,2}")


# "Юхары Айбасанлы - Физулинского района": a dash set off by a space, or a long one; a hyphen glued to both names
# joins them into one compound ("на Физули-Джабраильском направлении": both districts' front, neither qualifies).
_ADJECTIVE_GAP = re.compile(r"\s*|\s+[-\u2013\u2014]\s*|\s*[\u2013\u2014]\s*|-\s+")


# "Тертерского района", "в Физулинском районе": Russian names a district by its adjective and the district's noun, the
# two words the reader copies as its name; a plural noun after a list of adjectives ("Кельбаджарский и Лачинский
# районы") is the whole list's, no one name's, and stays out.
_ADJECTIVE_FORM = re.compile(r"[а-яё-]+(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое)", re.I)
_DISTRICT_NOUN = re.compile(r"\s+(?:район(?:а|у|ом|е)?|округ(?:а|у|ом|е)?|област(?:ь|и|ью))(?!\w)", re.I)


def district_noun_after(name: str, after: str) -> int:
    """How far the singular noun after a district's adjective widens its mention ("Тертерского" + " района")."""
    if name.isascii() or _ADJECTIVE_FORM.fullmatch(name) is None:
        return 0  # most names: no adjective
    match = _DISTRICT_NOUN.match(after)
    return match.end() if match else 0


def district_adjective(word: str) -> bool:
    """"Джабраильского": a word that closes a list of villages rather than continuing a name."""
    return not word.isascii() and _DISTRICT_ADJECTIVE.fullmatch(word) is not None


def qualifies_previous(gap: str, name: str) -> bool:
    """Does ``name``, right after ``gap``, say which district the names before it lie in?"""
    return not name.isascii() and _ADJECTIVE_GAP.fullmatch(gap) is not None and _DISTRICT_ADJECTIVE.fullmatch(name) is not None


# "A, B and C villages of the Fuzuli district", "A and B (in Fuzuli)": the rayon after a list of villages
# names the district of every village in it.
_VILLAGES_OF = re.compile(r"\s+(?:the\s+)?(?:villages?|settlements?)\s+(?:of|in)\s+(?:the\s+)?|\s*\(\s*in\s+(?:the\s+)?", re.I)
# Between two names of one list an aside may stand: "Gunashli (previously Norashen), Chinarli".
_ASIDE = re.compile(r"\s*\(\s*(?:[a-zа-яё]+\s+){0,2}|\)(?:\s*,\s*(?:and\s+|и\s+)?|\s+(?:and|и)\s+)?")


# English closes a list with "villages of X"; Azerbaijani with the village noun itself, in the plural or as the
# attribute of another noun: "Bulutan, Təkə, Tağaser kəndləri", "Qarakollu və Qaradağlı kənd sakinləri".
_VILLAGES_AHEAD = re.compile(r"\)?\s+(?:(?:the\s+)?(?:villages?|settlements?)\s+(?:of|in)\s+(?:the\s+)?[A-Z]"
                             r"|kənd(?:ləri\w*|i\w*)?\b)")
LIST_WORDS = frozenset({"and", "or", "previously", "formerly", "now", "also", "və", "и"})  # lower-case words a list and its asides may hold
_VILLAGE_WORDS = re.compile(r"(?:villages?|settlements?)\s+(?:of|in)\s|\skənd\w*", re.I)
VILLAGES = Cue(stems="illage ettlement kənd", guards=(_VILLAGE_WORDS,))  # in every list of villages a name may stand in
_VILLAGES_REACH = 400


def holds_villages(text: str, start: int) -> bool:
    """Is there a "villages of" ahead within a list's reach? (the cheap test first: most sentences hold neither word)"""
    window = text[start:start + _VILLAGES_REACH]
    return ("illage" in window or "ettlement" in window or "kənd" in window) and _VILLAGE_WORDS.search(window) is not None


def villages_ahead(after: str) -> bool:
    return _VILLAGES_AHEAD.match(after) is not None


def villages_of(gap: str) -> bool:
    """Does the gap before a rayon's name say that the names before it are its villages?"""
    return _VILLAGES_OF.fullmatch(gap) is not None


_OF_DISTRICT = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?")


def of_district(gap: str) -> bool:
    """"A and B of Zangilan district": the gap before a rayon named with its "district"."""
    return _OF_DISTRICT.fullmatch(gap) is not None


def in_one_list(gap: str) -> bool:
    """Do the names on either side of the gap belong to one list?"""
    return coordinated(gap) or _ASIDE.fullmatch(gap) is not None


# "the Zangilan district's villages of A and B", "the villages of Zangilan district: A, B and C", "nine villages of the
# Jabrayil district, A, B and C": a rayon named with its noun before a list of villages names their district.
_LISTS_AFTER = re.compile(r"\s+(?:district|rayon|region)(?:['’]s\s+(?:villages?|settlements?)\s+(?:of\s+)?(?:the\s+)?"
                          r"|\s*:\s*|(?P<comma>\s*,\s*(?:(?:including|namely)\s+)?))", re.I)
_VILLAGES_BEFORE = re.compile(r"\b(?:villages?|settlements?)\s+(?:of|in)\s+(?:the\s+)?$", re.I)
# Russian heads the list with the villages' noun and the rayon's adjective, then a colon, a dash or nothing: "9 сел
# Джабраильского района — A, B и C", "населенные пункты Губадлинского района: A, B", "сел Джабраильского района A, B".
_LISTS_AFTER_RU = re.compile(r"\s+район(?:а|ов)(?:\s*[:\u2013\u2014-]\s*|\s+)", re.I)
_VILLAGES_BEFORE_RU = re.compile(r"(?<!\w)(?:сел[оаы]?|сёл|деревн[иья]|населенн\w+\s+пункт\w*|населённ\w+\s+пункт\w*)\s+$", re.I)


# "the Dashkasan region (Astaf, Tazakend settlements)": the district named with its noun, then in parentheses the names
# of its settlements, closed by their noun (a defence ministry's bulletin of fire across the border: "the Basarkechar
# region (A, B settlements) and the Gorus region (C settlement)").
_LISTS_IN_PARENTHESES = re.compile(r"\s+(?:district|rayon|region)\s*\(\s*", re.I)
_CLOSED_BY_SETTLEMENTS = re.compile(r"[^()]{0,160}?\s(?:villages?|settlements?)\s*\)", re.I)


def lists_after(before: str, gap: str, after: str = "") -> bool:
    """Does the rayon between ``before`` and ``gap`` name the district of the list right after the gap? A comma
    does so only after "villages of" ("nine villages of the Jabrayil district, A, B and C"): "in Fuzuli district,
    A" is a clause's place, then another name; a parenthesis only when the settlements' noun closes it (``after``:
    the text from the list's first name on). In Russian, the villages' noun before the rayon's adjective opens
    the list ("сел Губадлинского района – A, B"; "бои в Губадлинском районе – A" is no list)."""
    if _LISTS_AFTER_RU.fullmatch(gap) is not None:
        return _VILLAGES_BEFORE_RU.search(before[-32:]) is not None
    if _LISTS_IN_PARENTHESES.fullmatch(gap) is not None:
        return _CLOSED_BY_SETTLEMENTS.match(after) is not None
    match = _LISTS_AFTER.fullmatch(gap)
    return match is not None and (match.group("comma") is None or _VILLAGES_BEFORE.search(before[-32:]) is not None)


def qualifies_next(gap: str) -> bool:
    """Does the name before ``gap`` say which district the names after it lie in?"""
    return ("rayonunun" in gap or not gap.isascii()) and _DISTRICT_GENITIVE.fullmatch(gap) is not None  # its one ASCII genitive


def republic_extension(before: str, after: str) -> tuple[int, int]:
    """How far "Republic of X" / "X Republic" widens the span, left and right."""
    left = search_end(_REPUBLIC_BEFORE, before, 3) if "Republic" in before else None
    right = _REPUBLIC_AFTER.match(after)
    return (len(before) - left.start() if left else 0, right.end() if right else 0)


def coordinated(gap: str) -> bool:
    """Two names joined as a list ("A, B and C districts") share a cue."""
    return _COORDINATION.fullmatch(gap) is not None
