"""Where a sentence's events happen when the sentence itself does not say.

Place names alone do not file a sentence well. A wire report opens with its
dateline city ("BAKU, Azerbaijan (Agency) -"), which is where it was written,
not where anything happened; a byline ("By J. Smith in Stepanakert") likewise.
And a sentence often names no place at all because the text already has:
"the town" is the town last named; "Shelling resumed on 3 March" happens where
the rest of its paragraph does. This module reads those two sides of the
discourse:

* ``credit_ends``: where the dateline or byline at the start of a sentence ends,
  so the names inside are kept as mentions but never file the sentence;
* ``carried_dates``: a sentence that names its own place but no date, told
  right after a dated sentence of its paragraph ("On the evening of October 16
  the town was shelled. As a result three civilians of Shosh were wounded."),
  continues that sentence's story: it takes its day; so does a paragraph that
  opens on "the shelling" the paragraph before it dated;
* ``districts_in_their_time``: a place whose containing unit changed ("Shahumian": a Soviet rayon, then an NKR
  province over another district) is filed under the unit of the time its sentence tells;
* ``boxed_districts``: an encyclopedia mirror's infobox row that states days ("Date3 May 1994 – 11 June
  1994") is filed under the districts the article's lead names first: the box dates the subject, the lead places it;
* ``inherited_districts``: for a sentence that reports something (it has a date,
  or it says "the town") but names no place, the districts it takes from its
  context. "The town/city/village/district/region" takes the last place of
  that kind named before it (in this paragraph or the two before that name a
  place, a dateline's city included, a capital named as its government not: "Baku's control", "Yerevan said";
  "the district" is the district of the last place named; so do
  Russian "в город" and Azerbaijani "şəhərə"); a
  dated sentence takes its paragraph's place: the district the paragraph names
  first, else the title's, else the one both paragraphs around it name (wire copy
  writes a sentence a paragraph), else, in the text's lead that places its events only in
  a region ("shelling racked Nagorno-Karabakh yesterday"), the one the next paragraph
  names (where the lead's events happened); in a paragraph that names several, the places of the
  undated sentence right before it ("... shelled Tartar and Aghdam. The attack
  began at 22:00 on May 16."). Both only add filing: no mention is invented.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from chronicle.extract.border_sides import border_side
from chronicle.extract.places import filing_districts
from chronicle.extract.timex.lines import ends_prose
from chronicle.gazetteer import Parent
from chronicle.literals import led
from chronicle.model import DateMention, PlaceMention
from chronicle.records import replace

_SCAN = 12  # datelines and bylines stand among the first paragraphs
# "YEREVAN/STEPANAKERT (Agency - 7 October 2020)", "BAKU, Azerbaijan (AP) _", "STEPANAKERT, Azerbaijan:", "YEREVAN. -";
# after a stamp the page puts first: its date ("date 2023-12-18") or a syndicator's credit in parentheses
# ("(MENAFN- Trend) BAKU, Azerbaijan, December 18.")
# Agencies writing in Russian or Armenian write the city in their script and the day before the month:
# "БАКУ, 4 ноября. /Agency/.".
_WIRE_DATELINE = re.compile(
    r"^[^\w(]*(?:date\s+\d{4}(?:-\d\d){0,2}\s+)?(?:\([^()]{1,60}\)\s*)?[A-ZА-ЯЁԱ-Ֆ]{3,}(?:[/ -][A-ZА-ЯЁԱ-Ֆ]{3,})*"
    r"(?:,\s*[A-Z][a-z]+)?(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[^\W\d_]{3,12}))?"
    r"\s*(?:\([^()]{0,80}\))?\s*[.,:]?\s*[-\u2013\u2014_:]?"
)
# "Baku/18.09.23/Turan:", "БАКУ/Trend/ –", "БАКУ /Agency/ -": a city, then the date or the agency between slashes
# (after the page's date stamp, if any).
_SLASHED_DATELINE = re.compile(
    r"^\W*(?:date\s+\d{4}(?:-\d\d){0,2}\s+)?[^\W\d_][\w.-]+\s?(?:/[^/\s]{2,20}){1,2}/?\s*[:\u2013\u2014-]\s"
)
# "Azerbaijan, Baku, 8 March / Agency corr.": names in ordinary case, then the day, then an agency's credit
# between slashes, a dash or nothing more: the whole sentence, or up to the credit's closing slash or dash.
_NAMED_DATELINE = re.compile(
    r"^\W*(?:[A-Z][a-z]+,\s+){1,2}(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})"
    r"(?:\s*/[^/]{0,60}(?:/|$)|\s*[.:]?\s*$|\s*[\u2013\u2014-]\s)"
)
_NAME_HEADING_WORDS = 3
_BYLINE = re.compile(r"^By\s+[A-Z](?:[^.!?]|\.(?=\s))*$")  # initials allowed: "By J. Smith in Stepanakert"
_BYLINE_MAX_WORDS = 10
# A monitoring transcript's source line: the station, then where it broadcasts from ("ANS TV, Baku", "Radio Baku",
# "Source: Azerbaijani Television, Baku, in Azeri 1600 gmt"): where the text was heard, no event there.
_SOURCE_LINE = re.compile(r"^(?:Source:\s*)?(?:[A-Z][\w.&'’-]*\s+){0,3}(?:TV|Radio|Television|Radiosu|Televiziyası)\b[^.!?]{0,80}$")
# "the town", "the besieged city", "the district" -- but not "the town of X", "the city's mayor".
_ANAPHOR = led(re.compile(  # (``led``: tried only at a "T" or a "t", not at every character of each sentence)
    r"\b[Tt]he\s+(?:[a-z]+\s+)?(city|town|village|settlement|district|region|rayon)\b(?!\s+of\b|['’]s\b|\s+[A-Z])"
))
# The same in Russian and Azerbaijani, a case ending on the bare noun: "в город переехали 32 семьи", "şəhərə köçüb",
# "rayonda"; the genitive may stand before the names of its parts: "rayonun Əmirallar və Muğanlı kəndləri" (the
# district's villages). With a name before it, "Laçın şəhərinə", the sentence names its own place and no anaphor is read.
_ANAPHOR_OTHER = led(re.compile(  # (``led``: tried only where one of their first letters stands)
    r"(?<!\w)(город|сел|район|şəhər|kənd|rayon)(?:(?<=сел)(?:о|а|е|у|ом)|(?<!сел)(?:а|е|у|ом|ə|də|dən|u|a|da|dan|un|in)?)"
    r"(?<!rayon)(?!\w)(?:(?<=un|in)|(?!\s+[A-ZА-ЯЁƏÇŞĞÖÜİ]))"  # (the bare Latin "rayon" may be English's: a case ending)
))
_KINDS = {
    "city": ("city", "town", "municipality", "rayon"),
    "town": ("town", "city", "municipality", "rayon"),
    "village": ("village", "town"),
    "settlement": ("village", "town"),
    "district": None,  # the district of whatever place was named last
    "rayon": None,
    "region": ("rayon", "region", "province"),
    "город": ("city", "town", "municipality", "rayon"),
    "şəhər": ("city", "town", "municipality", "rayon"),
    "сел": ("village", "town"),
    "kənd": ("village", "town"),
    "район": None,
}
_LEAD_REACH = 3  # paragraphs of prose after an infobox where the article's lead names its subject's place
_REACH = 2  # paragraphs before this one, of those that name a place, where "the town" may find its town
_MAX_BACK = 8  # paragraphs looked back over at most (a question and its answer name no place in between)

Grid = Sequence[Sequence[str]]


def credit_ends(paragraphs: Grid) -> dict[tuple[int, int], int]:
    """(paragraph, sentence) -> the offset where a leading dateline or byline ends; a heading that is
    nothing but a name ("Kalbajar", "Shahumyan Region") ends at its end: it names a topic, no event."""
    ends: dict[tuple[int, int], int] = {
        (p, 0): len(sentences[0]) for p, sentences in enumerate(paragraphs) if len(sentences) == 1 and _name_heading(sentences[0])
    }
    for p, sentences in enumerate(paragraphs[:_SCAN]):
        if not sentences or (p, 0) in ends:
            continue
        first = sentences[0]
        if (_BYLINE.match(first) and len(first.split()) <= _BYLINE_MAX_WORDS) or (len(sentences) == 1 and _SOURCE_LINE.match(first)):
            ends[(p, 0)] = len(first)
            continue
        match = _SLASHED_DATELINE.match(first) or _NAMED_DATELINE.match(first) or _WIRE_DATELINE.match(first)
        # a dateline that is a sentence of its own ("FUZULI, Azerbaijan, March 6.") when more follow
        whole = match is not None and match.end() == len(first.rstrip()) and len(sentences) > 1
        if match and (match.end() < len(first) or whole) and _looks_like_dateline(match.group()):
            ends[(p, 0)] = match.end()
    return ends


def _name_heading(text: str) -> bool:
    """One to three capitalised words without a figure or a closing stop, one of them perhaps the other
    name in parentheses ("Stepanakert (Khankendi)", a photo's caption): a heading that names."""
    # (split no further than one word past the most a heading has: a paragraph of prose is no heading either way)
    words = [w[1:-1] if w[:1] == "(" and w[-1:] == ")" else w for w in text.split(None, _NAME_HEADING_WORDS)]
    return 0 < len(words) <= _NAME_HEADING_WORDS and all(
        w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words)


def outside_credits(
    mentions: Sequence[Sequence[Sequence[PlaceMention]]], ends: dict[tuple[int, int], int]
) -> list[list[list[PlaceMention]]]:
    """The same mentions, those inside a dateline or byline marked as reporting no event there."""
    return [
        [[replace(m, event=False) if m.end <= ends.get((p, s), -1) else m for m in ms] for s, ms in enumerate(para)]
        for p, para in enumerate(mentions)
    ]


def districts_in_their_time(
    mentions: Sequence[Sequence[Sequence[PlaceMention]]],
    dates: Sequence[Sequence[Sequence[DateMention]]],
    document_date: dt.date | None,
    history: Callable[[str], Sequence[Parent]],
) -> list[list[list[PlaceMention]]]:
    """The same mentions, a place whose containing unit changed filed under the one of the time its sentence
    tells: "Shahumian" in 1991 is the Soviet rayon that Goranboy absorbed, in 1994 the NKR's province over
    Kalbajar. That time is the sentence's first date, else the last one the text told before it, else (a
    headline) the first the text tells, else the document's date; a time no period of the place's history
    holds leaves its district as it is."""
    told = [[next((d.earliest for d in (dates[p][s] if p < len(dates) and s < len(dates[p]) else ())
                   if d.earliest is not None and d.type in ("DATE", "TIME")), None) for s in range(len(para))]
            for p, para in enumerate(mentions)]
    last = next((day for row in told for day in row if day), document_date)
    out = []
    for para, days in zip(mentions, told):
        rows = []
        for ms, day in zip(para, days):
            last = day or last
            rows.append([_of_the_time(m, last, history) for m in ms])
        out.append(rows)
    return out


def _of_the_time(mention: PlaceMention, when: dt.date | None, history: Callable[[str], Sequence[Parent]]) -> PlaceMention:
    """The mention under the unit its place's history gives for ``when`` (a road or a region across several
    districts, filed under none, stays so: "the Martakert-Kelbajar road")."""
    if when is None or mention.district is None:
        return mention
    for parent in history(mention.entity):
        if (parent.valid_from is None or int(parent.valid_from[:4]) <= when.year) and (
                parent.valid_to is None or when.year <= int(parent.valid_to[:4])):
            return replace(mention, district=parent.district)
    return mention


def boxed_districts(
    boxes: Sequence[bool], prose: Sequence[bool], filed: Sequence[Sequence[tuple[str, ...]]]
) -> list[tuple[str, ...]]:
    """Per paragraph, the districts an infobox's date row is filed under (empty for every other paragraph).

    A mirror's infobox dates the article's subject ("Date3 May 1994 – 11 June 1994") without naming its
    place: the box's Location row is often lost in the copy, and a title such as "Battle of X" names a battle,
    no place of events. The article's lead names it ("The battle took place in the X District in March 1993"):
    the row takes the districts of the first sentence after it that is filed under any, when that sentence
    stands within the first ``_LEAD_REACH`` paragraphs of prose after the box. ``boxes`` tells the muted
    infobox rows that file days, ``prose`` the paragraphs not muted, ``filed`` each sentence's districts."""
    result: list[tuple[str, ...]] = [()] * len(boxes)
    lead: tuple[str, ...] = ()
    gap = 0  # paragraphs of prose from here to the lead's, the lead's included
    for p in range(len(boxes) - 1, -1, -1):  # read backwards: the nearest lead after each row, in one pass
        if prose[p]:
            named = next((districts for districts in filed[p] if districts), ())
            lead, gap = (named, 1) if named else (lead, gap + 1)
        if boxes[p] and gap <= _LEAD_REACH:
            result[p] = lead
    return result


def _looks_like_dateline(prefix: str) -> bool:
    """A capitalised lead word is a dateline only when a comma, a parenthesis or a dash follows it."""
    return bool(re.search(r"[,(\-\u2013\u2014_:]|\.\s*$", prefix))


def inherited_districts(
    mentions: Sequence[Sequence[Sequence[PlaceMention]]],
    paragraphs: Grid,
    dates: Sequence[Sequence[Sequence[DateMention]]],
    topic: tuple[str, ...] = (),
    governments: Callable[[str], bool] = lambda entity: False,
    credits: dict[tuple[int, int], int] | None = None,
    abroad: frozenset[str] = frozenset(),
) -> list[list[tuple[str, ...]]]:
    """Districts each sentence takes from its context (empty where it names its own place).

    ``topic`` holds the districts the title reports events in: a dated sentence in
    a paragraph that names no place ("The assault began on 20 August.") takes
    it when it is one district, else the one district the paragraphs around it both name, else, in the
    lead of the text when it places its events only in a region, the one district the next paragraph names.
    ``governments`` tells the seats of government: one named as its government only
    ("a ceremony reaffirming Baku's control", "Yerevan said") is no town "the city" can
    mean, unless it is a dateline's (``credits``: ``credit_ends``). ``abroad``: the countries whose places below the
    country file under their code (``places.filing_districts``): "the village" after Armenia's Movses is Armenia's.
    """
    topic = topic if len(topic) == 1 else ()
    towns = _as_towns(mentions, governments, credits or {})
    named = [frozenset(d for ms in para for d in filing_districts(ms, abroad)) for para in mentions]
    lead = _lead(paragraphs)
    result: list[list[tuple[str, ...]]] = []
    for p, sentences in enumerate(paragraphs):
        own = [filing_districts(ms, abroad) for ms in mentions[p]]
        # the first place the paragraph names is its topic; a paragraph naming none stands under the title's, else
        # under the one district the paragraphs around it name, else (the text's lead) the one the next names; one
        # whose first places are several stands under the title's if it names it too ("Events in Ganja and Baku let
        # them attack ... the offensive on Aghdam", under "Aghdam, 18 years on")
        first = next((ds for ds in own if ds), ())
        paragraph_place = (topic if len(first) > 1 and set(topic) <= named[p] else first) or topic or _between(named, p) \
            or (_placed_after(named, p) if p == lead and _regional(mentions[p]) else ())
        row = []
        for s, text in enumerate(sentences):
            if own[s]:
                row.append(())
                continue
            anaphor = _ANAPHOR.search(text) or _ANAPHOR_OTHER.search(text)
            # "the village" with no village named within reach still stands in the paragraph's place
            antecedent = _antecedent(towns, p, s, anaphor, topic, abroad) if anaphor else ()
            if antecedent:
                row.append(antecedent)
            elif len(paragraph_place) == 1 and any(m.earliest for m in dates[p][s]) and not _abroad(mentions[p][s], text):
                row.append(paragraph_place)
            elif s and own[s - 1] and _tells_when(dates[p][s], dates[p][s - 1]) and not _abroad(mentions[p][s], text):
                row.append(own[s - 1])  # "... shelled Tartar and Aghdam. The attack began at 22:00 on May 16."
            else:
                row.append(())
        result.append(row)
    return result


def _between(named: Sequence[frozenset[str]], p: int) -> tuple[str, ...]:
    """The one district the paragraphs right before and after paragraph p both name, and name alone: wire copy
    writes a sentence a paragraph, so "A delegation came to see the ruins on 3 May." between two paragraphs
    about the shelling of one town stands in that town's district (between two places, it stands in neither)."""
    if 0 < p < len(named) - 1 and len(named[p - 1]) == 1 and named[p - 1] == named[p + 1]:
        return tuple(named[p - 1])
    return ()


def _lead(paragraphs: Grid) -> int | None:
    """The text's lead: its first paragraph of prose (a headline, a byline or a stamp, without a sentence's stop,
    is none)."""
    return next((p for p, sentences in enumerate(paragraphs) if any(ends_prose(text) for text in sentences)), None)


def _regional(sentences: Sequence[Sequence[PlaceMention]]) -> bool:
    """Does the paragraph place an event in a region that spans districts (Nagorno-Karabakh), and in no district?"""
    return any(m.event and m.district is None for ms in sentences for m in ms)


def _placed_after(named: Sequence[frozenset[str]], p: int) -> tuple[str, ...]:
    """The one district the paragraph after the lead names: wire copy tells what happened, when and in which region
    first ("Heavy shelling of the capital racked Nagorno-Karabakh yesterday", "A blast rocked the region on Monday")
    and where in the next paragraph ("rockets rained down on Stepanakert"); after it several districts name none."""
    return tuple(named[p + 1]) if p + 1 < len(named) and len(named[p + 1]) == 1 else ()


# A sentence that says what is, will be or had been ("Shusha is its cultural capital", "the town had been shelled
# for weeks") steps out of the day told before it; only a sentence narrated in the simple past goes on with it.
# ("'s" is left out: in news copy it is mostly a possessive, "Azerbaijan's Tartar district".)
_OUT_OF_STORY = re.compile(r"\b(?:is|are|will|would|shall|can|may|must|should|has|have|had|since)\b|['’](?:re|ll|d|ve)\b", re.I)
# "The shelling forced residents of Stepanakert into shelters": a paragraph that opens on the event the one before
# it reported, named by its kind with "the", goes on with that paragraph's day.
_EVENT_ANAPHOR = re.compile(
    r"^[\W_]*The\s+(?:[a-z-]+\s+)?(?:shelling|attacks?|strikes?|assault|bombardment|barrage|offensive|fighting|clashes|"
    r"explosions?|blasts?|raids?)\b"
)


def carried_dates(
    paragraphs: Grid, dates: Sequence[Sequence[Sequence[DateMention]]], own_districts: Sequence[Sequence[tuple[str, ...]]],
    language: str | None = "en",
) -> list[list[tuple[str, ...]]]:
    """The date each sentence takes from the sentence before it in its paragraph (empty for most).

    ``own_districts`` are the rayons each sentence names as places of events. A sentence with a place
    and no time of its own, right after a sentence that tells one date (a range counts as one, a day and
    its part of the day too), is the next step of that sentence's story: "The warring sides traded fire
    early Friday. Authorities said the town of Martakert was struck." files Martakert's strike under Friday. The first sentence of a
    paragraph takes the day of the paragraph before it only when it opens on that paragraph's event
    ("The shelling forced residents of Stepanakert into shelters"). No sentence takes a day after
    several dates, nor one that tells its own time, even as a span ("In two days the troops entered
    the town": two days after the day told), nor (in English) one not narrated in the simple past.
    """
    english = (language or "en").split("-")[0] == "en"
    result: list[list[tuple[str, ...]]] = []
    for p, sentences in enumerate(paragraphs):
        row: list[tuple[str, ...]] = []
        for s, text in enumerate(sentences):
            if s:
                before = _told(dates[p][s - 1])
            elif p and english and _EVENT_ANAPHOR.match(text):
                before = _told([m for ms in dates[p - 1] for m in ms])
            else:
                before = ()
            one_day = len({value.split("T")[0] for value in before}) == 1  # "at dawn on Sunday": the day and its part
            takes = one_day and not dates[p][s] and own_districts[p][s] and not (english and _OUT_OF_STORY.search(text))
            row.append(before if takes else ())
        result.append(row)
    return result


def _told(mentions: Sequence[DateMention]) -> tuple[str, ...]:
    """The calendar dates the mentions tell, each once (no spans of time, no dates without a year)."""
    return tuple(dict.fromkeys(m.value for m in mentions if m.earliest and "XX" not in m.value))


def _tells_when(here: Sequence[DateMention], before: Sequence[DateMention]) -> bool:
    """The sentence dates what the undated sentence before it told: it tells a day, the one before no date.
    (A year is no such step: "In 1992 the forces occupied 20 percent of Azerbaijan" is background.)"""
    return any(m.earliest and m.earliest == m.latest for m in here) and not any(m.earliest for m in before)


def _abroad(mentions: Sequence[PlaceMention], text: str) -> bool:
    """The sentence places its event outside Azerbaijan ("Armenia launched attacks on 27 September"):
    it names a country or a place abroad as the place of an event, and no rayon, so the paragraph's
    rayon is not its place (a speaker's seat, or a country that did not step in, places nothing; nor
    does a country named as the far side of a border the event ran along: "the Azerbaijan-Iran border")."""
    return any(m.event and m.district and not m.district.startswith("AZ") and not border_side(text, m)
               for m in mentions)


def _as_towns(
    mentions: Sequence[Sequence[Sequence[PlaceMention]]], governments: Callable[[str], bool], credits: dict[tuple[int, int], int]
) -> list[list[list[PlaceMention]]]:
    """The mentions an anaphor may take: all but a seat of government named as its government (no event there,
    outside a dateline). "The flag was raised over the city" after "reaffirming Baku's control" is not Baku."""
    return [[[m for m in ms if m.event or m.end <= credits.get((p, s), -1) or not governments(m.entity)]
             for s, ms in enumerate(para)] for p, para in enumerate(mentions)]


def _antecedent(
    mentions: Sequence[Sequence[Sequence[PlaceMention]]], p: int, s: int, anaphor: re.Match[str], topic: tuple[str, ...] = (),
    abroad: frozenset[str] = frozenset(),
) -> tuple[str, ...]:
    """The district of the last place of the anaphor's kind named before it (sentence s of paragraph p);
    the title's place when it is among them: in a text about Shusha, "the town" is Shusha even when
    Stepanakert was named last. A place named as a place of events outranks one named otherwise: in "They
    surrounded Khojaly. We headed towards Aghdam. ... 7,000 people were crossing, the whole town", the town is
    Khojaly, not where the flight was heading (a dateline's city, named for no event, still stands when no
    other town does: "STEPANAKERT - ... shelling the city")."""
    kinds = _KINDS[anaphor.group(1)]
    naming = [q for q in range(p - 1, max(-1, p - _MAX_BACK - 1), -1) if any(mentions[q])][:_REACH]
    candidates: list[PlaceMention] = []
    for q in (p, *naming):
        earlier = [m for m in mentions[p][s] if m.end <= anaphor.start()]
        sentences = [*mentions[q][:s], earlier] if q == p else mentions[q]
        candidates += [m for ms in reversed(sentences) for m in reversed(ms) if kinds is None or m.kind in kinds]
    if not candidates:
        return ()

    def filed(m: PlaceMention) -> tuple[str, ...]:  # a rayon's code, or a country's for a place below it, named as it was
        return filing_districts([replace(m, event=True)], abroad)

    if topic and any(topic[0] in filed(m) for m in candidates):
        return topic[:1]
    return filed(next((m for m in candidates if m.event), candidates[0]))
