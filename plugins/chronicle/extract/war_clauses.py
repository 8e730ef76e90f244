"""Clauses around a date that change what it says of a sentence's time.

"since June 2014" opens a range, "until the 2020 war" closes one, "ended in
November" names a war's last day, ", which was shelled in 1993," is an aside,
a wire dateline ("YEREVAN, APRIL 2, ARMENPRESS.") dates the report, not an
event, a document's date ("the statement of November 9") dates the document, a
date of birth ("born in 1965") dates a person, a census ("581 inhabitants in
2005") a count, an editor's note in square brackets ("[liberated in the 2020
second Karabakh war]") glosses a name for readers of a later day, a war told
with an indefinite determiner ("in a 1990s war that killed 30,000") is
background told to the reader, and a sentence that describes ("It borders the
villages of A and B") tells no time at all. ``wars`` reads them; they are kept
here so each is one small tested shape.
"""

from __future__ import annotations

import re

from chronicle.extract.cuetext import search_end
from chronicle.extract.timex.lexicon import DOCUMENT_NOUNS, NUMBER_WORDS
from chronicle.literals import Cued, led
from chronicle.model import DateMention

# Open ranges: "since June 2014", "from 2016 onwards" (a state from then on, its end untold).
# _SINCE, _FROM, UNTIL, ENDED and _DOCUMENT_BEFORE end in "$" and are searched in the text before a date by
# ``search_end``, each over the few whitespace-separated pieces its match can span (the number given where it is
# searched; tests/test_prefilters.py holds their longest shapes).
_SINCE = re.compile(r"\bsince\s+(?:the\s+|a\s+)?$", re.IGNORECASE)  # "since a 1994 ceasefire": the article a wire writes
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_ONWARDS = re.compile(r"^\s*(?:on|onwards?|forwards?)\b", re.IGNORECASE)
SINCE_CLAUSE = re.compile(r"\bsince\b[^.;:,()]*$", re.IGNORECASE)
_WHEN_FOLLOWS = re.compile(r"^\s*,?\s*when\b", re.IGNORECASE)
UNTIL = re.compile(r"\b(?:until|till|up to)\s+(?:the\s+)?$", re.IGNORECASE)
# "until the 2020 war": a state that ended as the named war began.
UNTIL_CLAUSE = re.compile(r"\b(?:until|till|up to)\s+(?:the\s+)?(?:(?:start|outbreak|beginning)\s+of\s+the\s+)?$", re.IGNORECASE)
# "under peace conditions after the 2020 war", "since the end of the 2020 War": the war bounds the time told, which
# comes after it (group "since": a state from then on); not "after the war began", told by ``_WAR_BEGAN`` after the name,
# nor "ruined following the war", its result.
_AFTER_CLAUSE = re.compile(r"\b(?:after|(?P<since>since)\s+the\s+end\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
_BEGAN = r"(?:had\s+|has\s+)?(?:began|begun|started|broke\s+out|erupted|resumed)\b"  # "the war began", "a new war broke out"
_WAR_BEGAN = re.compile(rf"^\s+{_BEGAN}", re.IGNORECASE)
# "The six-week conflict ... ended a year ago in November": the day told is the war's last.
ENDED = re.compile(r"\b(?:ended|came\s+to\s+an\s+end|was\s+over)\b(?:\s+[\w-]+){0,4}\s+$", re.IGNORECASE)
# The state at the time of writing: "has not yet implemented", "are currently holding", "to date", "so far".
NOW = Cued(re.compile(
    r"\b(?:(?:has|have)\s+(?:still\s+)?not\s+yet|(?:has|have)\s+yet\s+to|currently|at\s+present|to\s+date|so\s+far)\b",
    re.IGNORECASE,
))  # Cued (``chronicle.literals``): these patterns are asked of most sentences, and most hold none of their words
# ", which was shelled in 1993,": an aside about a place or a party, not the time of the sentence's report.
_ASIDE = re.compile(r",\s*which\b[^,;:.()]*")
# A date that names a document: "the resolutions of 19 January 2023", "the statement dated 9 November 2020",
# "the November 9 (trilateral) statement"; one qualifying word may stand between, never an article or a link word.
_NOUN = rf"(?:{'|'.join(sorted(DOCUMENT_NOUNS))})s?"
_DOCUMENT_BEFORE = re.compile(rf"\b{_NOUN}\s+(?:(?:adopted|signed|issued)\s+)?(?:of|dated|on)\s+(?:the\s+)?$", re.IGNORECASE)
_DOCUMENT_AFTER = re.compile(rf"^,?\s+(?:(?!(?:the|a|an|and|or|but|to|in|on|at|by|of|was|were)\b)[a-z]+\s+)?{_NOUN}\b", re.IGNORECASE)
# "the trilateral statement on a ceasefire made by the leaders of Armenia, Russia and Azerbaijan on": the document's
# own participle, however far from its noun, with no finite verb between ("the statement was signed on" tells the signing).
_DOCUMENT_MADE = re.compile(
    rf"\b{_NOUN}\b(?:(?!\b(?:is|are|was|were|be|been|has|have|had)\b)[^.;:!?]){{0,120}}?"
    r"\b(?:signed|made|adopted|issued|reached|concluded)(?:\s+by\b[^.;:!?]{0,80}?)?\s+on\s+(?:the\s+)?$", re.IGNORECASE)
_DOCUMENT_MADE_WORDS = ("signed", "made", "adopted", "issued", "reached", "concluded")
_DOCUMENT_MADE_REACH = 260  # the noun, its qualifiers and the participle's agent


def dateline(text: str, d: DateMention) -> bool:
    """The sentence is a wire dateline: beside its date, only capitals and punctuation ("YEREVAN, APRIL 2, ARMENPRESS.")."""
    rest = text[: d.start] + text[d.end :]
    return any(c.isalpha() for c in rest) and not any(c.islower() for c in rest)


def opens_range(text: str, d: DateMention) -> bool:
    """"since June 2014" (not "since 1991, when ..."), "from 2016 onwards": a range whose end the text leaves open."""
    before, after = text[: d.start], text[d.end :]
    since = search_end(_SINCE, before, 2) and not _WHEN_FOLLOWS.match(after)
    return bool(since or (search_end(_FROM, before, 2) and _ONWARDS.match(after)))


def in_aside(text: str, d: DateMention) -> bool:
    """The date stands inside a ", which ..." clause (the substring test first: most sentences have none)."""
    return "which" in text and any(m.start() < d.start < m.end() for m in _ASIDE.finditer(text))


def names_document(text: str, d: DateMention) -> bool:
    """The day names a document ("the resolution of 30 April 1993", "the November 9 statement", "the statement on a
    ceasefire made by the leaders on 9 November 2020", "a decree issued by the president on 31 July 2023"): a
    reference, neither the time of the sentence's report nor a war the text tells (the decree of a day in the blockade's
    months is not about the blockade). A year ("the 1994 ceasefire agreement") still tells when, as a year beside any
    event does."""
    before = text[: d.start]
    return d.precision == "day" and bool(search_end(_DOCUMENT_BEFORE, before, 4) or _DOCUMENT_AFTER.match(text[d.end :])
                                         or (any(w in before for w in _DOCUMENT_MADE_WORDS)
                                             and _DOCUMENT_MADE.search(before[-_DOCUMENT_MADE_REACH:])))


# The telling closing a sentence: "..., Human Rights Watch said today.", "..., the ministry said on Tuesday.": the
# speaker (a few words after a comma or at the start) and the verb of saying right before the date, nothing after it.
_SAID_BEFORE = re.compile(
    r"(?:^|[,;]\s*)(?:[^,;:.!?]{1,60}?\s)?(?:said|says|told\s+[^,;:.!?]{1,40}?|reported|announced|stated|added)"
    r"\s+(?:(?:late|early|earlier)\s+)?(?:on\s+|in\s+)?$", re.IGNORECASE)
_SAID_AFTER = re.compile(r"^\s*[.!]?\s*[\"”’»]?\s*$")


def attributed(text: str, d: DateMention) -> bool:
    """The date closes the sentence's attribution ("..., Human Rights Watch said today."): it dates the telling
    of what the sentence reports, never the events it tells (the substring test first: most sentences have none)."""
    return any(v in text for v in ("said", "says", "told", "reported", "announced", "stated", "added")) \
        and bool(_SAID_AFTER.match(text[d.end :]) and _SAID_BEFORE.search(text[: d.start]))


# A credit line's day: "This article was originally published ... on February 26, 2019", "Posted on 3 May 2021".
_PUBLISHED_BEFORE = re.compile(r"\b(?:published|posted|updated|first\s+appeared)\b[^.;:!?]{0,80}?\b(?:on|at)\s+$", re.IGNORECASE)


def published(text: str, d: DateMention) -> bool:
    """The date is the day the text itself was published or posted: the telling's, not an event's (the substring
    test first: most sentences say none of it)."""
    return any(v in text for v in ("ublished", "osted", "pdated", "appeared")) and bool(_PUBLISHED_BEFORE.search(text[: d.start]))


# "Mirfattah Bagirov, born in 1965", "(b. 1973)", "1994-cü il təvəllüdlü", "1980 года рождения", "ծնված 1980 թ.".
_BORN_BEFORE = re.compile(r"(?:\bborn\s+(?:in\s+|on\s+)?|\(b\.\s*|(?<!\w)ծնված\s+)$", re.IGNORECASE)
_BORN_AFTER = re.compile(r"^(?:-?(?:ci|cı|cu|cü))?\s*(?:il\s+təvəllüdlü|года\s+рождения|г\.\s*р\.)", re.IGNORECASE)
# A count of a place's people and the date it was taken: "had a population of around 74,500 as of 2013", "which
# numbered 567 persons in 2005", "had 581 inhabitants in 2005", "according to the census of 1989", "the 2009 census",
# "по переписи 1989 года", "2009-cu il siyahıyaalmasına görə", "2011 թ. մարդահամարի".
_COUNTED_BEFORE = re.compile(
    r"(?:\b(?:population|numbered)\b[^;:.()!?]{0,40}?\d[\d,.]*(?:\s+[a-z]+){0,2}|\d[\d,.]*\s+inhabitants)\s+(?:in|as\s+of)\s+$"
    r"|(?:\bcensus\s+(?:of\s+)?|(?<!\w)перепис\w*\s+(?:населения\s+)?)$", re.IGNORECASE)
_COUNTED_AFTER = re.compile(r"^\S{0,4}\s+(?:(?:il|года?|թ\.)\s+)?(?:census|переп\w+|siyahıyaalma\w*|մարդահամար\w*)",
                            re.IGNORECASE)
# An editor's note: a bracketed clause of words, not a reference mark ("[1]", "[citation needed]" holds no date).
_EDITORS_NOTE = re.compile(r"\[[^\[\]]{12,}\]")


def birth(text: str, d: DateMention) -> bool:
    """The date is a person's date of birth: it tells nothing of when the sentence's events happened."""
    return bool(_BORN_BEFORE.search(text[max(0, d.start - 12) : d.start]) or _BORN_AFTER.match(text[d.end : d.end + 20]))


def census(text: str, d: DateMention) -> bool:
    """The date is the day a count of a place's people was taken: it dates a state, not an event, even in a sentence
    that tells fighting ("had a pre-occupation population of 74,500 as of 2013", "which numbered 567 persons in
    2005 ..., fled")."""
    return bool(_COUNTED_BEFORE.search(text[max(0, d.start - 90) : d.start]) or _COUNTED_AFTER.match(text[d.end : d.end + 40]))


def in_editors_note(text: str, start: int) -> bool:
    """The position lies inside a square-bracketed note that glosses a name ("Aghdam district [liberated ...
    in the second Karabakh war]"): background, linked but not the time of the sentence."""
    return "[" in text and any(m.start() < start < m.end() for m in _EDITORS_NOTE.finditer(text))


# A war told with an indefinite determiner ("seized the region in a 1990s war that claimed 30,000 lives", "lost in a war
# over the region which killed 30,000 in the 1990s", "last had a full-scale war in 2020", "leading to two wars from 1991
# to 1994 and then in 2020"), to the end of its clause (a comma, a colon or a semicolon before a space, a full stop, a
# bracket): a war the text tells its reader of, not one it reports, which it names with the definite article ("the
# war", "the 1992-1994 war") or tells the start of ("A new war broke out on September 27").
_MODIFIER = r"(?:(?!(?:the|an?|in|of|on|at|by|for|to|with|from)\b)[\w'-]+\s+)"  # "full-scale", "1990s", not "in the"
_INDEFINITE_WAR = Cued(re.compile(
    rf"(?<![\w-])(?:an?\s+{_MODIFIER}{{0,3}}?war|(?:two|three|several)\s+{_MODIFIER}{{0,2}}?wars)\b(?!\s+{_BEGAN})"
    r"(?:(?![,;:]\s|[.!?](?:\s|$)|[()\[\]]).)*",
    re.IGNORECASE,
))


def in_indefinite_war(text: str, start: int) -> bool:
    """The position lies in a war told with an indefinite determiner, or in the clause that goes on about it:
    background the sentence gives its reader (a name there is linked, a date there dates nothing the text reports)."""
    return any(m.start() <= start < m.end() for m in _INDEFINITE_WAR.finditer(text))


# Words of fighting: only a sentence that reports fighting moves into the war a bare year overlaps. Each
# language names fighting by its own stems (Russian and Armenian inflect them, Azerbaijani adds suffixes), so
# each has its own alternation; a stem stands at a word's start and takes any ending.
_FIGHTING = Cued(led(re.compile(
    r"\b(?:fight\w*|fought|battl\w*|clash\w*|shell\w*|attack\w*|offensiv\w*|captur\w*|seiz\w*|occup(?!ants?\b)\w*|"
    r"kill\w*|bomb\w*|artillery|war|wars|conflict|hostilit\w*|assault\w*|liberat\w*|invad\w*|invasion|siege|besieg\w*|"
    r"ceasefire|truce|casualt\w*|wounded|destroy\w*|troops|forces|advanc\w*|retreat\w*|fell|fall|fire|fired|firing|explosions?|blasts?)\b"
    # Russian: "бои" but not "более", "наступление" but not "наступил"
    r"|(?<!\w)(?:бо(?:й|и|ям|ях|ями)\b|бо[её]в\w*|сраж\w*|обстрел\w*|штурм\w*|наступлени\w*|наступа\w*|атак\w*|"
    r"захват\w*|оккуп\w*|освобо[жд]\w*|уби[тлв]\w*|погиб\w*|ранен\w*|войн[аеуоы]\w*|войск\w*|артилл\w*|взрыв\w*|"
    r"перемири\w*|бомб\w*|отступ\w*|разруш\w*|огонь|огн[яеюё]\w*)"
    # Azerbaijani: "azad edildi", "işğal olunub", "ələ keçirdi"
    r"|(?<!\w)(?:döyüş\w*|hücum\w*|atəş\w*|[iİ]şğal\w*|azad\s+(?:ed|et|olun)\w*|müharibə\w*|həlak\w*|şəhid\w*|"
    r"yaralan\w*|öldürül\w*|bombard\w*|artilleriya\w*|mühasirə\w*|qoşun\w*|ələ\s+keçir\w*|geri\s+çəkil\w*|qırğın\w*)"
    # Armenian: not a bare "մարտ", which is also the month of March
    r"|(?<!\w)(?:պատերազմ\w*|մարտեր\w*|մարտակ\w*|ռմբակոծ\w*|հրետակոծ\w*|կրակ\w*|գրոհ\w*|հարձակ\w*|ազատագր\w*|"
    r"գրավ\w*|զոհ\w*|սպան\w*|վիրավոր\w*|օկուպաց\w*|հրադադար\w*|պաշար\w*|նահանջ\w*|զորք\w*|ներխուժ\w*)",
    re.IGNORECASE,
)))  # too many stems for ``Cued``'s test of them: ``led`` lets only a stem's first letter start a try


# A report that the truce was broken: "ceasefire violations", "violated the ceasefire regime", "нарушение режима
# перемирия", "atəşkəs rejimini pozub", "հրադադարի ռեժիմի խախտում". A truce that can be broken is one that holds:
# the years between the wars, which a text telling neither a year nor a war's name is about.
TRUCE_BROKEN = Cued(re.compile(
    r"\b(?:cease-?fire|truce)\s+(?:regime\s+)?violations?\b|\bviolat\w*\s+(?:of\s+)?(?:the\s+)?(?:cease-?fire|truce)\b"
    r"|(?<!\w)наруш\w*\s+(?:режима\s+)?(?:перемири\w*|прекращения\s+огня)"
    r"|(?<!\w)atəşkəs\w*\s+(?:rejimi\w*\s+)?poz\w*"
    r"|(?<!\w)հրադադարի\s+(?:ռեժիմի\s+)?խախտ\w*",
    re.IGNORECASE,
))
# What went on after a truce: "Despite the ceasefire, clashes continued", "a truce was signed, but hostilities
# resume", "skirmishes continued even after the war", "несмотря на перемирие". Told once the war is over, it is
# the matter of the years after the war the truce ended, not of the war (``wars._past_truce``).
AFTER_TRUCE = Cued(re.compile(
    r"\b(?:despite|notwithstanding|in\s+spite\s+of)\s+(?:[\w-]+\s+){0,3}?(?:cease-?fire|truce|armistice)\b"
    r"|\b(?:cease-?fire|truce|armistice)\b[^.;]*\b(?:but|yet|however)\b[^.;]*\b(?:continu|resum|persist)\w*"
    r"|\b(?:continu|persist)\w*[^.;]*\bafter\s+(?:[\w-]+\s+){0,4}?(?:war|cease-?fire|truce|armistice)\b"
    r"(?!\s+(?:began|begins|broke|started|erupted))"
    r"|(?<!\w)несмотря\s+на\s+(?:\w+\s+){0,2}?(?:перемири\w*|прекращени\w+\s+огня)",
    re.IGNORECASE,
))


def reports_fighting(text: str) -> bool:
    """Does the sentence report fighting (in English, Russian, Azerbaijani or Armenian)?"""
    return _FIGHTING.search(text) is not None


# Sentences that describe a place or a status instead of reporting an event.
_STATIVE = tuple(
    Cued(re.compile(p, re.IGNORECASE))
    for p in (
        r"\b(?:is|are|lies|lie)\s+(?:about\s+|some\s+|around\s+|approximately\s+|roughly\s+|nearly\s+)?\d[\d,.]*\s*(?:kilomet|km\b|miles?\b)",
        (
            r"\b(?:is|are)\s+(?:an?|the)\s+(?:(?!(?:for|of|to|in)\b)[\w-]+\s+){0,2}"
            r"(?:territory|region|enclave|exclave|city|town|village|district|province|capital|settlement|mountain|river)\b"
        ),
        r"\b(?:is|are)\s+(?:located|situated)\b",
        r"\b(?:is|are)\s+(?:\w+ly\s+)?recognized\s+as\b",
        # "It borders the villages of A and B": geography (not "beyond the borders of")
        r"\b(?:it|which|that|district|rayon|region|province|village|town|city|area|territory)\s+(?:also\s+)?(?:borders|adjoins)\b"
        r"|\b(?:is|are)\s+bordered\s+by\b"
        # the same in Russian, Armenian and Azerbaijani: "граничит с", "սահմանակցում է", "ilə həmsərhəddir"
        r"|(?<!\w)(?:граничит|граничат)\s+с\b|(?<!\w)սահմանակ(?:ց|ից)\w*|\bhəmsərhəd\w*",
    )
)
_NARRATIVE = re.compile(r"\b(?:was|were|had|did)\b", re.IGNORECASE)


def stative(text: str) -> bool:
    """The sentence describes a place or a status ("lies 9 km north of", "is located", "borders") instead of
    reporting an event."""
    return any(p.search(text) for p in _STATIVE) and not _NARRATIVE.search(text)  # the cheap tests of their words first


# "Today, 18 years after that victory, ...", "Thirty years on, today ...": with the document's own day, the years
# count back to the event (without it, "two years after the war" counts forward from the war, not back).
YEARS_AFTER = re.compile(r"\byears\s+(?:after|on)\b", re.IGNORECASE)


def after_clause(text: str, start: int, end: int) -> re.Match[str] | None:
    """The clause that names the war between ``start`` and ``end`` as the start of the time told ("after the 2020
    war"), if there is one; not "after the war began", nor after a war named by how long it has gone on ("a
    breakthrough after six weeks of bloodshed": weeks into it)."""
    counted = _COUNT.match(text, start)
    if _WAR_BEGAN.match(text[end:]) or counted and (counted.group(1).isdigit() or counted.group(1).casefold() in NUMBER_WORDS):
        return None
    return _AFTER_CLAUSE.search(text[:start])


_COUNT = re.compile(r"(\w+)\s+(?:days|weeks|months)\s+of\b", re.IGNORECASE)  # "six weeks of", not "the 44-day war"
