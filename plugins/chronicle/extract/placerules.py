"""What the words around a place name say about it.

Three questions, each answered from the text next to a matched name:
- is it a place at all (not inside "Second Karabakh War", "Minsk Group",
  "Armenia: A Historical Atlas", "the 83rd Goris Rifle Battalion", "Operation
  Agdere", "Map of Lachin.png", a person's "E. Huseyinli", the given name of "Ararat Mirzoyan")?
- what kind of place does the context point to ("the town of", "district",
  "reservoir") and does the span grow ("Sarsang reservoir", "Republic of")?
- does the sentence report an event located there, or is the name an actor
  ("Baku maintains", "the Baku forces"), an alias ("now called Gyandja"), a
  route's end ("the road linking Kelbajar with Kirovabad", "on the road to
  Khankendi"), a reference point ("265 kilometers west of Baku"), a speaker's
  seat ("the Foreign Ministry in Yerevan said") or a negated goal ("the convoy
  did not reach Khojavend")?
"""

from __future__ import annotations

import re

from chronicle.extract.anchored import search_end as _search_end

# --- not a place -------------------------------------------------------------
# A name followed by one of these heads names a war, an organisation or a publication.
_NAMED_AFTER = re.compile(
    r"\s+(?:War|Wars|war|wars|[Cc]onflict|Group|Protocol|Agreement|Accords?|Treaty|Declaration|"
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
)
_NAMED_BEFORE = re.compile(
    r"\b(?:Treaty|Protocol|Declaration|Agreement|Statement|Accords?)\s+of\s+(?:the\s+)?$|\bOperation\s+$"
    r"|\b(?:Battle|Siege)\s+(?:of|for)\s+(?:the\s+)?$"  # a battle's name: "the Battle of Kalbajar"
    # the fighters a place raised: "the fighters of the defense area of Askeran", "the regiments of Martuni"
    r"|\b(?:fighters|regiments?|battalions?|brigades?|detachments?|squads?|defen[cs]e\s+areas?)\s+of\s+(?:the\s+)?$"
)
# "the 83rd Goris Rifle Battalion": a name among the words of a military unit's name.
_UNIT_AFTER = re.compile(
    r"(?:\s+[A-Z][\w-]*){0,3}\s+(?:Battalion|Brigade|Regiment|Division|Corps|Detachment|Squadron|Company|Platoon)\b"
)
# "the Qazax district prosecutor's office", "the Shamkir military and Qazax district prosecutor's offices",
# "the Tartar police": a local institution named after its seat.
_INSTITUTION_AFTER = re.compile(
    r"(?:\s+(?:military|district|city|regional|rayon))?(?:\s+and\s+[A-Z][\w-]*(?:\s+(?:military|district|city|regional))?)?"
    r"\s+(?:prosecutor['’]?s?|court|police)\b", re.I)
# "corr. E.Huseyinli", "By J. Smith": an initial makes the name after it a person's.
_INITIAL_BEFORE = re.compile(r"(?:^|[^\w.])[A-ZА-ЯЁ]\.\s?$")
# "Ararat Mirzoyan", "Араратом Мирзояном": a given name before a surname of the region's shapes (-yan, -yants, -ov,
# -ev, in any case form) is a person, not the place it spells ("-ian" and "-in" end nationalities and towns too:
# "Karabakh Armenian forces", "Lachin").
_SURNAME_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z'’-]+(?:yan|yants|ov|ova|ev|eva)|[А-ЯЁ][а-яё-]+(?:ян|янц|ов|ев)(?:а|у|ом|ым|ой|е|ы|ых|ыми)?)\b")
# ".../wiki/Capture_of_Fuzuli": a web address.
_URL_BEFORE = re.compile(r"(?:https?://|www\.)\S*$")
# "Map of Lachin.png", "Flag of Azerbaijan.svg": a file's name.
_FILE_AFTER = re.compile(r"[\w ()-]{0,40}\.(?:png|jpe?g|svg|gif|tiff?|webp)\b", re.I)
# "Armenia: A Historical Atlas": a name opening a title followed by a subtitle.
_TITLE_AFTER = re.compile(r":\s+(?:A|An|The)\s+[A-Z]")
_TITLE_START = re.compile(r"(?:^|[:\"“‘'(]\s*)$")


def inside_a_name(before: str, after: str) -> bool:
    """The matched name is part of a war's, organisation's or work's name."""
    # each pattern after its cheap necessary test: a file's dot within reach, an address's "http" or "www."
    if _NAMED_AFTER.match(after) or _search_end(_NAMED_BEFORE, before, 4) or ("." in after[:41] and _FILE_AFTER.match(after)):
        return True
    if _UNIT_AFTER.match(after) or _INSTITUTION_AFTER.match(after) or _SURNAME_AFTER.match(after) \
            or _INITIAL_BEFORE.search(before[-4:]) or (("http" in before or "www." in before) and _search_end(_URL_BEFORE, before, 1)):
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
            r"qəsəbə(?:si|sini|sinin|sində|sindən|sinə)|գյուղ\w*")
_CUE_AFTER = re.compile(rf"\s+(?:({_ADMIN})|({_TOWN})|({_VILLAGE}))\b", re.I)
_CUE_BEFORE = re.compile(
    rf"\b(?:(?:({_ADMIN})|({_TOWN})|({_VILLAGE}))\s+of|(?:regional|district)\s+(cent(?:re|er))(?:\s+of)?)\s+(?:the\s+)?$",
    re.I,
)
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


def cue_after(after: str) -> str | None:
    return _cue(_CUE_AFTER.match(after))


def cue_before(before: str) -> str | None:
    if not before[-1:].isspace():
        return None  # every cue ends in a space before the name
    english = _ends_with(before, "of", "centre", "center", optional="the") and _search_end(_CUE_BEFORE, before, 4)
    return _cue(english or _CUE_BEFORE_RU.search(before[-16:]))


def _ends_with(text: str, *words: str, optional: str = "") -> bool:
    """Does the text end (spaces aside, and an ``optional`` last word aside) with one of the words, in any case?
    A cheap test before a pattern anchored at the end, which Python can only search from the start."""
    tail = text.rstrip().lower()
    if optional and tail.endswith(optional):
        tail = tail[: -len(optional)].rstrip()
    return tail.endswith(words)


def _holds(text: str, *parts: str) -> bool:
    """Does the text hold one of the parts, in any case? (the cheap test before a pattern that needs one)"""
    lowered = text.lower().replace("\u0307", "").replace("ı", "i")  # "İ" and "ı" match "i" in an IGNORECASE pattern
    return any(map(lowered.__contains__, parts))


# Features named after a place: the suffix belongs to the mention and sets its kind.
_FEATURES = (
    ("military-base", r"military\s+base|air\s*base|army\s+base"),
    ("reservoir", r"reservoir|dam|lake"),
    ("pass", r"pass"),
    ("road", r"highways?|roads?|corridors?|railways?|routes?|yolu\w*|ճանապարհ\w*|միջանցք\w*|dəhliz\w*"),
    ("river", r"river|çay(?:ı|ının|ında|ından|ına|ını)?|գետ\w*"),
    ("height", r"heights|hill|hills|mountains?"),
    ("landmark", r"airport|mosque|church|cathedral|monastery|fortress|castle|bridges?|checkpoint|"
                 r"railway\s+station|station|cave|valley|gorge|memorial|cemetery"),
)
_FEATURE_AFTER = re.compile(
    r"\s+(?:" + "|".join(f"(?P<g{i}>{pattern})" for i, (_, pattern) in enumerate(_FEATURES)) + r")\b", re.I
)
# "река Тертер", "реки Тертер": the river, named before its name in Russian.
_RIVER_BEFORE = re.compile(r"(?<!\w)(?:рек[аиеуой]|рекой)\s+$", re.I)
# Between two places that together name a road: "the Martakert-Kelbajar road".
ROAD_LINK = re.compile(r"\s?[-\u2010\u2011\u2013]\s?")
# "дорога Степанакерт — Горис", "по трассе Лачин-Шуша": the road word before the names.
_ROAD_BEFORE = re.compile(r"(?<!\w)(?:дорог\w*|трасс\w*|шоссе|магистрал\w*|(?:roads?|routes?|highways?)\s+of)\s+$", re.I)
_ROAD_DASH = re.compile(r"\s?[-\u2010\u2011\u2013\u2014]\s?")


def road_named_before(before: str, gap: str) -> bool:
    """"дорога X — Y", "the route of X-Y": a road word before the first name and a dash between the two."""
    return _ROAD_DASH.fullmatch(gap) is not None and _ROAD_BEFORE.search(before) is not None
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
    return _RIVER_BEFORE.search(before[-8:]) is not None


# "сел Чыраглы и Орта Гервенд Агдамского района": a district's adjective after a list of villages names
# their district; "Ağdam rayonunun Çıraqlı kəndi", "Շուշիի շրջանի Քարինտակ գյուղը": a district's genitive
# before them does, a participle between or not ("Ağdam rayonunun işğal olunmuş Şıxlar kəndi").
_DISTRICT_ADJECTIVE = re.compile(r"[А-ЯЁ][а-яё-]+(?:ск|цк)(?:ого|ой|их|ий|ая|ое|ом)")
_DISTRICT_GENITIVE = re.compile(r"\s+(?:rayonunun|şəhərinin|շրջանի|մարզի)\s+(?:[a-zəğıöüşç\u0561-\u0587]+\s+){0,2}")


_ADJECTIVE_GAP = re.compile(r"\s*(?:[-\u2013\u2014]\s*)?")  # "Юхары Айбасанлы - Физулинского района"


def qualifies_previous(gap: str, name: str) -> bool:
    """Does ``name``, right after ``gap``, say which district the names before it lie in?"""
    return _ADJECTIVE_GAP.fullmatch(gap) is not None and _DISTRICT_ADJECTIVE.fullmatch(name) is not None


# "A, B and C villages of the Fuzuli district", "A and B (in Fuzuli)": the rayon after a list of villages
# names the district of every village in it.
_VILLAGES_OF = re.compile(r"\s+(?:the\s+)?(?:villages?|settlements?)\s+(?:of|in)\s+(?:the\s+)?|\s*\(\s*in\s+(?:the\s+)?", re.I)
# Between two names of one list an aside may stand: "Gunashli (previously Norashen), Chinarli".
_ASIDE = re.compile(r"\s*\(\s*(?:[a-zа-яё]+\s+){0,2}|\)(?:\s*,\s*(?:and\s+|и\s+)?|\s+(?:and|и)\s+)?")


_VILLAGES_AHEAD = re.compile(r"\)?\s+(?:the\s+)?(?:villages?|settlements?)\s+(?:of|in)\s+(?:the\s+)?[A-Z]")
LIST_WORDS = frozenset({"and", "or", "previously", "formerly", "now", "also"})  # lower-case words a list and its asides may hold
_VILLAGE_WORDS = re.compile(r"(?:villages?|settlements?)\s+(?:of|in)\s", re.I)
_VILLAGES_REACH = 400


def holds_villages(text: str, start: int) -> bool:
    """Is there a "villages of" ahead within a list's reach? (the cheap test first: most sentences hold neither word)"""
    window = text[start:start + _VILLAGES_REACH]
    return ("illage" in window or "ettlement" in window) and _VILLAGE_WORDS.search(window) is not None


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


def qualifies_next(gap: str) -> bool:
    """Does the name before ``gap`` say which district the names after it lie in?"""
    return _DISTRICT_GENITIVE.fullmatch(gap) is not None


def republic_extension(before: str, after: str) -> tuple[int, int]:
    """How far "Republic of X" / "X Republic" widens the span, left and right."""
    left = _search_end(_REPUBLIC_BEFORE, before, 3) if "Republic" in before else None
    right = _REPUBLIC_AFTER.match(after)
    return (len(before) - left.start() if left else 0, right.end() if right else 0)


def coordinated(gap: str) -> bool:
    """Two names joined as a list ("A, B and C districts") share a cue."""
    return _COORDINATION.fullmatch(gap) is not None


# --- is it where an event happens? ----------------------------------------------
_DISTANCE = re.compile(
    r"\b(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?)\s+"
    r"(?:(?:to\s+the\s+)?(?:north|south|east|west)(?:[\s-]?(?:east|west))?(?:ern)?\s+)?"
    r"(?:of|from|away\s+from)\s+(?:the\s+(?:\w+\s+)?(?:city|town|village)\s+of\s+)?$",
    re.I,
)
_ALIAS = re.compile(
    r"\b(?:(?:now|also|formerly|previously|later|once|then|is|was|are|were|be|been|being)\s+"
    r"(?:called|known\s+as|named)|renamed(?:\s+(?:to|as))?|name\s+(?:of|for))\b[^,;:.()]{0,50}$",
    re.I,
)
# "Gashalti (near Naftalan)": a bracketed "near" gives a reference point, not a place of events.
_NEAR_ASIDE = re.compile(r"\(\s*(?:near|close\s+to|not\s+far\s+from)\s+$", re.I)
# "surrender several territories to Baku": a capital receiving what is handed over is its government.
_HANDED_TO = re.compile(r"\b(?:surrender\w*|hand\w*|return\w*|transfer\w*|ced(?:e|es|ed|ing)|gave|give\w*)\b[^.;:]{0,60}\bto\s+$", re.I)
# "Aghdam (Akna)": a parenthesis right after a name gives another name; "the south (Hadrut)" places an event.
_ALIAS_PAREN = re.compile(r"[A-Z][\w'’-]*\s*\(\s*(?:[A-Z][a-z]+\s*:\s*|or\s+|also\s+|formerly\s+)?$|"
                          r"\(\s*(?:[A-Z][a-z]+\s*:\s*|or\s+|also\s+|formerly\s+)$")
# "the convoy did not reach Khojavend", "never entered the town of X": no event there.
_NEGATED = re.compile(
    r"\b(?:not|never|n['’]t|failed\s+to)\s+(?:\w+\s+)?(?:reach|enter|arrive|get|return|come|go)\w*\s+"
    r"(?:in|at|to|into|as\s+far\s+as)?\s*(?:the\s+)?(?:(?:city|town|village|district|region)\s+of\s+)?$",
    re.I,
)
_NEITHER = re.compile(r"\b(?:neither|nor)\s+(?:the\s+)?(?:(?:city|town|village|district|region)\s+of\s+)?$", re.I)
# "the Foreign Ministry in Yerevan said", "a spokesman said in Baku", "commanders based in Stepanakert":
# where the speaker sits, not where anything happened.
_SEAT_OF = re.compile(
    r"\b(?:(?:ministry|embassy|office|headquarters|government|authorities|officials?|spokes(?:man|woman|person)|"
    r"press\s+service|agency|correspondent|based|headquartered|stationed|"  # and a body's or an envoy's: "the UN mission in Baku"
    r"mission|delegation|representatives?|envoys?|ambassadors?|consulate|bureau|(?:television|TV|radio)\s+station)\s+in"
    r"|(?:said|says|told|stated|announced)\s+(?:\w+\s+)?in)\s+(?:(?:[\w-]+['’]s\s+)?(?:capital|city)\s+(?:of\s+)?)?$",
    re.I,
)
# A garrison is no place of the event its unit takes part in: "дислоцированного в Степанакерте", "Xankəndi şəhərində dislokasiya olunmuş".
_STATIONED = (re.compile(r"(?<!\w)(?:дислоцир|расквартир|базир)\w*\s+в\s+$", re.I), re.compile(r"\w*\s+(?:\w+\s+)?(?:dislokasiya|yerləşdiril)\w*\s+olun", re.I))
# These cues stand just before the name: only this much of the text before it is searched
# (an alias cue may stand up to 50 characters before the name, after its own 30).
_NEAR = 80
_ALIAS_REACH = 100
# "threatened to bombard the Mingechevir reservoir", "planned to seize Shusha": an aim, not a deed.
_INTENT = re.compile(
    r"\b(?:threat(?:en|ens|ened|ening)|plann?(?:ed|ing|s)?|intend(?:s|ed|ing)?|vow(?:s|ed|ing)?)\s+to\s+[a-z]+\s+"
    r"(?:the\s+)?(?:(?:city|town|village|district|region)\s+of\s+)?$",
    re.I,
)
# "on the road to Khankendi", "a convoy bound for Stepanakert": a direction, not a place of events.
_HEADING_TO = re.compile(
    r"\b(?:(?:road|highway|route|way)\s+to|bound\s+for|head(?:ed|ing)\s+(?:for|to)|en\s+route\s+to)\s+(?:the\s+)?$", re.I
)
_LINK_VERB = r"\b(?:link|connect|join)(?:s|ed|ing)?\s+"
_ROUTE = r"\b(?:road|highway|route|corridor|railway|pipeline)\s+(?:from|between)\s+"
_FILLER = r"(?:the\s+)?(?:(?:so-called|city|town|village|region|of)\s+)*"
_ROUTE_WORDS = ("link", "connect", "join", "road", "highway", "route", "corridor", "railway", "pipeline")  # one is in every route cue
_ROUTE_FIRST = re.compile(rf"(?:{_LINK_VERB}|{_ROUTE}){_FILLER}$", re.I)
_ROUTE_SECOND = re.compile(rf"(?:{_LINK_VERB}|{_ROUTE})[^,;.]{{1,60}}?\s+(?:with|to|and)\s+{_FILLER}$", re.I)

# Where a move starts is no place of the event: "Advancing from the city of Jabrayil, ...", "transferred reserves
# from the Aghdam and Martakert directions".
_MOVED_FROM = re.compile(
    r"\b(?:advanc|mov|transferr|redeploy|withdr[ae]w|retreat|brought|sent)\w*\b[^.;:]{0,40}?\bfrom\s+(?:the\s+)?"
    r"(?:(?:city|town|village|district|region)\s+of\s+)?(?:[A-Z][\w'’-]*\s+(?:and|or)\s+)?$",
    re.I,
)
_MOVE_WORDS = ("advanc", "mov", "transferr", "redeploy", "withdr", "retreat", "brought", "sent")  # one is in every move cue

_ACTOR_NOUNS = (
    r"army|armies|forces|troops|government|authorities|leadership|officials|military|regime|side|"
    r"diplomats?|envoys?|president|administration|position|stance|policy|claims?|offensive|soldiers|"
    r"units|command|ministry|parliament|negotiators|delegation|allies|propaganda|"
    # what a government holds or wants: "the hills passed to Baku's control", "on Baku's terms"
    r"control|rule|jurisdiction|sovereignty|terms|conditions|demands|decision|proposals?"
)
_POSSESSIVE_ACTOR = re.compile(rf"['’]s?\s+(?:\w+\s+)?(?:{_ACTOR_NOUNS})\b", re.I)
# Russian names the possessor after the noun: "под контроль Баку", "власти Еревана", "официальный Баку".
_ACTOR_BEFORE_RU = re.compile(
    r"(?<!\w)(?:контрол|власт|правительств|руководств|позици|требовани|услови|решени|предложени|официальн)\w*\s+$", re.I
)
_ATTRIBUTIVE_ACTOR = re.compile(rf"\s+(?:{_ACTOR_NOUNS})\b", re.I)
_CLAUSE_START = re.compile(
    r"(?:^|[,;:(\"“]|\b(?:and|but|while|as|that|since|because|when|although|whereas|then|so))\s*$", re.I
)
# The same without the text's start, for the slice of a long text just before a name.
_CLAUSE_START_TAIL = re.compile(
    r"(?:[,;:(\"“]|\b(?:and|but|while|as|that|since|because|when|although|whereas|then|so))\s*$", re.I
)
_ADVERBS = (r"has|have|had|also|still|already|then|now|again|reportedly|officially|quickly|soon|later|"
            r"firmly|repeatedly|immediately|once|further|not|never|did|does|do|will|would|could|can|may|might")
_NEXT_VERB = re.compile(rf"\s+(?:(?:{_ADVERBS})\s+)*([a-z]+)\b")
_SPEECH = frozenset(
    "said says claimed claims announced announces denied denies confirmed confirms maintains maintained "
    "insists insisted accused accuses warned warns stated states reported reports responded responds "
    "rejected rejects demanded demands justified justifies argued argues believes believed threatened "
    "threatens condemned condemns protested protests welcomed welcomes blamed blames "
    # the same verbs after two capitals as one subject: "Yerevan and Baku accuse each other"
    "say claim announce deny confirm insist accuse warn state respond reject demand argue believe threaten "
    "condemn protest welcome blame".split()
)
# Verbs whose subject is where something happens, even for a capital ("Baku hosted the talks").
_HAPPENS = frozenset(
    "fell falls burned burns shook hosted hosts suffered suffers lies lay sits remains remained came comes "
    "is was were are has had been being".split()
)
# A capital that "is willing", "was ready", "is openly attacking": the government's stance or deed,
# not a place of events.
_WILLING = re.compile(
    r"\s+(?:is|was|are|were|remains?|seems?|has\s+been)\s+(?:not\s+)?(?:\w+ly\s+)?"
    r"(?:willing|ready|prepared|determined|unwilling|committed|interested|(?!being\b)[a-z]+ing)\b"
)
_CO_SUBJECT = re.compile(r"\s+(?:and|or)\s+[A-Z][\w'’-]*(?=\s)")
_IRREGULAR = frozenset("sent made took gave saw sought won kept told held began got lost put set went".split())


def reports_event(before: str, after: str, seat_of_government: bool) -> bool:
    """Does the sentence place an event here, rather than using the name otherwise?"""
    near = before[-_NEAR:]  # every cue below ends where the name starts: search only near it
    if (_ends_with(near, "of", "from") and _search_end(_DISTANCE, near, 11)) or ("(" in near and _ALIAS_PAREN.search(near)) or (
            _holds(before[-_ALIAS_REACH:], "call", "known", "name") and _ALIAS.search(before[-_ALIAS_REACH:])):
        return False
    if _not_here(before[-_NEAR:]) or ("(" in near and _search_end(_NEAR_ASIDE, near, 4)) or _garrison(near, after):
        return False
    if seat_of_government and _ends_with(near, "to") and _HANDED_TO.search(near):
        return False
    if _holds(before, *_ROUTE_WORDS) and (_ROUTE_FIRST.search(near) or _ROUTE_SECOND.search(before)):
        return False
    if "from" in near and _holds(near, *_MOVE_WORDS) and _MOVED_FROM.search(near):
        return False
    if seat_of_government and (_POSSESSIVE_ACTOR.match(after) or _attributive_actor(before, after) or _WILLING.match(after)
                               or _ACTOR_BEFORE_RU.search(near[-24:])):
        return False  # "Baku's forces", "the Baku government", "if Baku is willing", "под контроль Баку"
    return not _subject_of(before, after, seat_of_government)


def _not_here(near: str) -> bool:
    """A negated goal, an aim, a speaker's seat or a direction just before the name (the cheap test first:
    this runs for every mention)."""
    lowered = near.lower()
    if ("not" in lowered or "never" in lowered or "n't" in lowered or "n’t" in lowered or "failed" in lowered) and _search_end(_NEGATED, near, 10):
        return True
    if ("neither" in lowered or "nor " in lowered) and _search_end(_NEITHER, near, 5):
        return True  # "while neither Yerevan nor Moscow acted": what did not happen, nowhere
    if " to " in near and _search_end(_INTENT, near, 8):
        return True
    return (" in " in near and bool(_search_end(_SEAT_OF, near, 6))) or bool(_search_end(_HEADING_TO, near, 4))


def _garrison(near: str, after: str) -> bool:
    """Where a unit is stationed, in Russian (the cue before the name) or Azerbaijani (after it)."""
    return ("в" in near[-4:] and bool(_STATIONED[0].search(near[-40:]))) or ("olun" in after[:50] and bool(_STATIONED[1].match(after[:50])))


def _attributive_actor(before: str, after: str) -> bool:
    """"the Baku forces": the name modifies an actor noun; "official Baku" is the government."""
    return bool(re.search(r"\bthe\s+$", before, re.I) and _ATTRIBUTIVE_ACTOR.match(after)) or bool(
        re.search(r"\bofficial\s+$", before, re.I))


def _subject_of(before: str, after: str, seat_of_government: bool) -> bool:
    """The name is the subject of a verb that makes it an actor ("Baku maintains")."""
    if not (_search_end(_CLAUSE_START, before, 1) if len(before) <= _NEAR else _search_end(_CLAUSE_START_TAIL, before[-_NEAR:], 1)):
        return False
    partner = _CO_SUBJECT.match(after)  # "Yerevan and Baku accuse": the verb after the second name
    match = _NEXT_VERB.match(after, partner.end() if partner else 0)
    if match is None:
        return False
    verb = match.group(1)
    if verb in _SPEECH:
        return True
    if not seat_of_government or verb in _HAPPENS:
        return False
    return verb in _IRREGULAR or verb.endswith("ed") or (verb.endswith("s") and not verb.endswith("ss"))
