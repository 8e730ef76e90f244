"""Dates of claims: the date expression of the claim's own sentence that dates it.

Each date of a sentence belongs to the predicate nearest to it, so that in
"the offensive launched on Tuesday" the Tuesday dates the offensive, not the
agreement that ended it. A date a reporting verb carries ("denounced on
Tuesday an aggression") only bounds the event: on or before. The war of a
claim is the top-level period its dates fall in.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from chronicle.events.intervals import ONE_DAY, Interval
from chronicle.extract.claims.predicates import Predicate
from chronicle.extract.claims.words import WORD, words_after, words_before
from chronicle.extract.timex.header import counted_years
from chronicle.lexicon import ClaimLexicon
from chronicle.literals import cued
from chronicle.extract.claims.target import Target
from chronicle.model import DateMention, WarMention
from chronicle.records import replace
from chronicle.wars import WarCatalog


def usable(dates: tuple[DateMention, ...], wars: tuple[WarMention, ...]) -> list[DateMention]:
    """Calendar dates (no durations, nothing unresolved), not the year inside a name ('1993 Summer Offensives'), nor a
    month written without digits inside a war's name ('Aprel döyüşlərinin məntiqi davamı', 'the April war')."""
    named = [w for w in wars if all(word[:1].isupper() or word[:1].isdigit() for word in w.text.split())]
    return [d for d in dates if d.type in ("DATE", "TIME") and "XX" not in d.value
            and not any(w.start <= d.start and d.end <= w.end for w in named)
            and not (not any(ch.isdigit() for ch in d.text) and any(w.start <= d.start and d.end <= w.end for w in wars))]


def told_before(dates: tuple[DateMention, ...], wars: tuple[WarMention, ...], start: int) -> DateMention | None:
    """The last calendar date (``usable``) a sentence tells before ``start``: where its story stands there."""
    return max((d for d in usable(dates, wars) if d.end <= start and d.earliest), key=lambda d: d.start, default=None)


def relative(text: str, dates: tuple[DateMention, ...], last: DateMention | None) -> list[DateMention]:
    """'In two days' after the 22nd: a count of days opening the sentence, counted from the last day given."""
    if last is None or last.precision != "day" or last.earliest is None:
        return []
    out = []
    for d in dates:
        days = re.fullmatch(r"P(\d+)D", d.value) if d.type == "DURATION" else None
        if days and re.fullmatch(r"\s*(?:In|Within|After)\s+", text[: d.start]):
            day = last.earliest + int(days[1]) * ONE_DAY
            out.append(DateMention(d.start, d.end, d.text, day.isoformat(), "DATE", None, day, day, "day",
                                   "claims: days after the previous date", last.value))
    return out


def counted_from(text: str, dates: tuple[DateMention, ...]) -> list[DateMention]:
    """'agreed to a ceasefire on Wednesday, 24 hours after Azerbaijan began an offensive', 'reached a ceasefire on
    20 September, the day after the army launched an offensive': a span of days or hours after (before) the last
    day the sentence gave before it dates the clause that follows it that much earlier (later). A span the clause
    ends on ("broke out the day before, with ...") counts from nothing."""
    out = []
    days_given = [d for d in dates if d.type in ("DATE", "TIME") and d.precision == "day" and d.earliest]
    spans = [(d.start, d.end, d.value) for d in dates if d.type == "DURATION"]
    spans += [(m.start(), m.end(), "P1D") for m in _THE_DAY.finditer(text)
              if not any(d.start <= m.start() < d.end for d in dates)]
    for start, end, value in spans:
        span = _SPAN.fullmatch(value)
        way = _COUNT_WAY.match(text, end)
        anchor = next((a for a in reversed(days_given) if a.end <= start), None)
        if not (span and way and anchor):
            continue
        days = int(span["days"]) if span["days"] else int(span["hours"]) // 24
        if not days or (span["hours"] and int(span["hours"]) % 24):
            continue
        day = anchor.earliest + (-days if way[1].casefold() == "after" else days) * ONE_DAY
        out.append(DateMention(start, way.end(), text[start:way.end()], day.isoformat(), "DATE", None, day, day,
                               "day", "claims: counted from the day just given", anchor.value))
    return out


_SPAN = re.compile(r"P(?:(?P<days>\d+)D|T(?P<hours>\d+)H)")
# the way of the count, then the clause it dates: a word, not the clause's end ("broke out the day before, with ...")
_COUNT_WAY = re.compile(r"\s+(after|before)\b(?=\s+[^\W\d])", re.I)
_THE_DAY = re.compile(r"\bthe\s+day\b", re.I)  # "the day after": one day, as the tagger's "a day" (P1D)
COUNTED = "claims: anniversary counted back from the document's day"


def anniversary(text: str, dates: list[DateMention], document_date: dt.date | None, lex: ClaimLexicon) -> list[DateMention]:
    """'Today, 24 years pass from the occupation of Aghdam', 'the 34th anniversary of', '5 il ötür', 'минуло 22
    года': the event's day is today's (the sentence's own day, else the document's), that many years back.

    The sentence's dates then lose the day it is counted from: that is the commemoration's, not the event's
    (and so is it when the sentence gives no count: "today, on the anniversary of ...")."""
    durations = [d for d in dates if d.type == "DURATION" and re.fullmatch(r"P\d+Y", d.value)]
    cue = bool(cued(lex.phrases["anniversary"]).search(text))
    durations = durations if durations and cue else []
    counts = [int(durations[0].value[1:-1])] if durations else counted_years(text)
    today = next((d for d in dates if _today(d, document_date)), None)
    anchor = today.earliest if today else document_date
    kept = [d for d in dates if d.type != "DURATION"]
    if anchor is None or not (counts or cue):
        return kept
    kept = [d for d in kept if not (d.precision == "day" and d.earliest == anchor)]
    if not counts:
        return kept
    try:
        day = anchor.replace(year=anchor.year - counts[0])
    except ValueError:  # 29 February
        day = anchor.replace(year=anchor.year - counts[0], day=28)
    at = durations[0] if durations else today
    start, end, said = (at.start, at.end, at.text) if at else (0, 0, "")
    return kept + [DateMention(start, end, said, day.isoformat(), "DATE", None, day, day, "day", COUNTED, anchor.isoformat())]


def _today(d: DateMention, document_date: dt.date | None) -> bool:
    """The day an anniversary is counted from, as the sentence names it: a day of the year the piece is written
    ("commemorated on February 28"), or a 'today' the date tagger resolved to the day it stands for ("Today",
    "Bu gün"); never a day the text reports ("18 мая 1992 года") or one already counted back ("this very day
    20 years ago")."""
    if d.type != "DATE" or d.precision != "day" or d.earliest is None:
        return False
    if document_date is not None and d.earliest.year == document_date.year:
        return True
    anchor = d.anchor or ""
    return (d.rule or "").startswith("relative:") and not anchor.startswith("narrative") \
        and anchor.partition(":")[2][:10] == d.value[:10]


def measured_from(text: str, dates: list[DateMention], lex: ClaimLexicon) -> list[DateMention]:
    """'2016-ի ապրիլի 2-ին ... մեկնարկեցին 90-ականների պատերազմից հետո ամենալայնածավալ գործողությունները': a date
    in a phrase closed by 'after' is what the event is measured from, not its day; it goes when another remains."""
    after = [d for d in dates if any(lex.has("after_postpositions", w) for w in words_after(text, d.end, 2))]
    return [d for d in dates if d not in after] if len(after) < len(dates) else dates


def started(text: str, dates: list[DateMention], lex: ClaimLexicon) -> list[DateMention]:
    """'On September 27, 2020, and continuing until October 17, 2020, fighting broke out': an event the sentence
    gives a start and an end is dated by its start, so a date after 'until' goes when an earlier one stands."""
    ends = [d for d in dates if any(lex.has("until", w) for w in words_before(text, d.start, 1))]
    return [d for d in dates if d not in ends or not any(o.start < d.start and o not in ends for o in dates)]


def ongoing(text: str, dates: list[DateMention], lex: ClaimLexicon) -> list[DateMention]:
    """'in the fighting continuing since 27 September, the army liberated 240 settlements': a date after words that
    say something still goes on since it starts the backdrop, not the event told against it; it goes."""
    pattern = lex.phrases["ongoing_since"]
    return [d for d in dates if not any(m.start() < d.start and not text[m.end():d.start].strip()  # its "с" in it or not
                                        for m in pattern.finditer(text, max(0, d.start - 40), d.end))]


def in_relative(text: str, dates: list[DateMention], preds: list[Predicate], lex: ClaimLexicon) -> list[DateMention]:
    """'... established control over the town of Shushi, which after the massacre of 1918 had been populated mostly by
    Azerbaijanis': a date in a relative clause that follows a predicate and states no event of its own describes the
    place named before it, not the event; it goes. (A relative clause that does state one keeps its date: there the
    nearer predicate takes it. A bare noun there, "after the massacre of 1918", states nothing.)"""
    kept = []
    preds = [p for p in preds if p.happened] or preds  # those ``assign`` gives dates to
    for d in dates:
        opener = _relative_before(text, d.start, lex)
        close = _CLAUSE_END.search(text, d.end)
        end = close.start() if close else len(text)
        told_before = any(p.wording[1] <= opener for p in preds) if opener >= 0 else False
        told_inside = any(opener <= p.wording[0] < end for p in preds)
        if not told_before or told_inside:
            kept.append(d)
    return kept


def _relative_before(text: str, at: int, lex: ClaimLexicon) -> int:
    """Where the relative clause the position stands in opens (its comma), or -1: no comma-led relative pronoun
    between the last clause end and the position ('that' is left out: it introduces what is said as often)."""
    start = max(text.rfind(mark, 0, at) for mark in (";", ". ", ": "))
    for m in reversed(list(_COMMA_WORD.finditer(text, max(0, start), at))):
        if lex.has("relatives", m[1]) and m[1].casefold() != "that":
            return m.start()
    return -1


_COMMA_WORD = re.compile(r",\s*(\w+)")
_CLAUSE_END = re.compile(r"[,;]|\.(?:\s|$)")


def ends_another(text: str, d: DateMention, pred: Predicate, lex: ClaimLexicon) -> bool:
    """'As a result of the aggression that lasted until May 12, 1994, the Armenians managed to occupy ...': a date
    after 'until' in a clause before the claim's ends something else that lasted; what it brought about happened
    by then. Not the claim's own end ('Fuzuli was shelled until 17 October'), nor when the sentence goes on to the
    day itself ('until November 25, 2020, when ... returned')."""
    if d.end > pred.wording[0] or "," not in text[d.end:pred.wording[0]] or d.mod is not None:
        return False
    return any(lex.has("until", w) for w in words_before(text, d.start, 1)) and not re.match(r"\s*,?\s*when\b", text[d.end:])


def distance(d: DateMention, span: tuple[int, int], text: str = "") -> int:
    """Characters between a date and a predicate; a comma between them counts as a long way."""
    gap = max(0, span[0] - d.end, d.start - span[1])
    between = text[min(d.end, span[1]): max(d.start, span[0])] if text else ""
    # "besieged the town in February 1992 and committed ...", "advanced on the city Tuesday after capturing ...": a
    # date right before "and", or before what its subject did before or after, ends the clause before it
    closing = d.end <= span[0] and bool(_CLAUSE_ENDS.match(text, d.end))
    # "killed one civilian on October 14, amid a truce reached earlier": a date before "amid" or "despite" dates the
    # clause it closes, never the backdrop that follows
    backdrop = d.end <= span[0] and bool(_BACKDROP_NEXT.match(between))
    # "began a series of attacks on Sunday, just two months after clashes in July left seventeen dead": a date after
    # the predicate, in a phrase that a comma and "after" or "before" open on another event's noun, is that event's
    earlier = d.start >= span[1] and bool(_OTHER_EVENT.search(between))
    return gap + 60 * (between.count(",") + between.count(";") + closing) + 200 * (backdrop or earlier)


_CLAUSE_ENDS = re.compile(r"\s*,?\s*(?:and\b|(?:after|before)\s+\w+ing\b)", re.I)
_OTHER_EVENT = re.compile(r",\s*(?:[\w-]+\s+){0,4}(?:after|before)\s+(?![\w-]+ing\b)(?:the\s+)?[a-z]", re.I)
_BACKDROP_NEXT = re.compile(r"\s*,?\s*(?:amid|amidst|despite|in spite of)\b", re.I)


def assign(preds: list[Predicate], dates: list[DateMention], text: str = "") -> dict[int, DateMention]:
    """Each predicate's date: the nearest of the dates that are nearer to it than to any other predicate.

    A bare noun ("starting their occupation") takes a date only in a sentence where nothing is said to happen.
    """
    owned: dict[int, list[DateMention]] = {}
    eligible = [i for i, p in enumerate(preds) if p.happened] or list(range(len(preds)))
    carried = {id(d): _carried(text, d) for d in dates}  # read once per date, not once per predicate compared
    for d in dates:
        if eligible:
            owner = min(eligible, key=lambda i: (distance(d, preds[i].wording, text) + carried[id(d)], i))
            owned.setdefault(owner, []).append(d)
    return {i: min(ds, key=lambda d: distance(d, preds[i].wording, text) + carried[id(d)]) for i, ds in owned.items()}


def adjuncts_share(preds: list[Predicate], own: dict[int, DateMention], text: str) -> dict[int, DateMention]:
    """'Forces shelled positions in Tovuz, intermittently firing at Chinarli, between 05:54 and 10:52 pm on November
    17': a participle after a comma is an adjunct of the clause before it, whose time is its own; the date the
    adjunct took dates the main verb too, when that has none."""
    out = dict(own)
    for i in range(1, len(preds)):
        pred, main = preds[i], preds[i - 1]
        form = text[pred.start:pred.end]
        if i in own and i - 1 not in out and main.happened and pred.role == "verbs" and form.islower() \
                and form.split()[0].endswith("ing") and text[:pred.wording[0]].rstrip().endswith(","):
            out[i - 1] = own[i]
    return out


def backdrop_shares(preds: list[Predicate], own: dict[int, DateMention], text: str) -> dict[int, DateMention]:
    """'Kalbajar was occupied after the long battles on April 2, 1993': a bare noun the main verb's "after" governs,
    with no object of its own, is the backdrop of the clause; the date after it, nearer to it, dates the main verb
    too, when that has none."""
    out = dict(own)
    for i in range(1, len(preds)):
        noun, main = preds[i], preds[i - 1]
        if i in own and i - 1 not in out and noun.presupposed and noun.wording == (noun.start, noun.end) \
                and main.happened and not main.presupposed and _BACKDROP_GAP.fullmatch(text, main.end, noun.start):
            out[i - 1] = own[i]
    return out


_BACKDROP_GAP = re.compile(r"\s+(?:after|following)\s+(?:(?:the|a|an)\s+)?(?:[a-z-]+\s+){0,2}", re.I)


def _carried(text: str, d: DateMention) -> int:
    """A date a reporting verb carries ('..., the ministry said April 6') dates an event only when no other does."""
    before = words_before(text, d.start, 4)
    return 200 if any(w in ("said", "says", "reported", "announced", "stated", "message") for w in before) else 0


def opening(text: str, dates: list[DateMention], preds: list[Predicate]) -> DateMention | None:
    """A date that opens the sentence ('During the winter of 1991, X was blockaded and ... bombarded') frames it all."""
    first = min(dates, key=lambda d: d.start, default=None)
    if first is None or len(WORD.findall(text[: first.start])) > 3 or any(p.wording[0] < first.start for p in preds):
        return None
    return first


def bounds(d: DateMention) -> Interval:
    """The days a mention allows: the tagger's bounds, a night running into the next day (DATA-EXPORT.md) unless
    the tagger's bounds already hold it ("the night from May 16 to 17" is 16-17, not 16-18)."""
    latest = d.latest + ONE_DAY if d.latest and "TNI" in d.value and d.latest == d.earliest else d.latest
    return d.earliest, latest


def reported(text: str, d: DateMention, pred: Predicate, lex: ClaimLexicon) -> bool:
    """Is the date carried by a reporting verb ('denounced on Tuesday an aggression', '..., the president said
    Sunday', 'the ministry said Sunday that ...')? Then it only bounds the event."""
    return not (pred.wording[0] <= d.start < pred.wording[1]) and _after_reporting(text, d, lex)


def _after_reporting(text: str, d: DateMention, lex: ClaimLexicon) -> bool:
    before = words_before(text, d.start, 2)
    return bool(before) and (lex.has("reporting", before[-1]) or (before[-1] == "on" and lex.has("reporting", before[0])))


def voiced(text: str, lex: ClaimLexicon) -> bool:
    """Does a reporting verb put the sentence's claims forward ('the President announced that forces had taken the
    town', '..., the ministry said')? Then each is a voice's account, which its source may set against another's
    day for the same happening (grouping reads it)."""
    return bool(lex.phrases["reporting"].search(text))


def carried(text: str, dates: list[DateMention], preds: list[Predicate], lex: ClaimLexicon) -> DateMention | None:
    """'The ministry said Sunday that troops seized ... and reached ...': the report's date bounds all it reports."""
    for d in dates:
        if _after_reporting(text, d, lex) and re.match(r"\s*,?\s*that\b", text[d.end:]) and all(
                p.wording[0] > d.end for p in preds):
            return d
    return None


HANDOVER_DAYS = 31  # how long after a war's end a change of hands is still the war's


@lru_cache(maxsize=4096)
def war_for(catalog: WarCatalog, span: Interval, kind: str, filed: tuple[str, ...]) -> str | None:
    """The top-level period a claim's days fall in: one the sentence is filed under first, then the most specific.
    A change of hands in the month after a war ended is that war's: the territory its ceasefire hands over (the
    same handover dated "November 2020" by one source and "25 November 2020" by another is one event of one war).

    Remembered: a text's claims ask again and again about the same days (a catalog is not changed once loaded)."""
    lo, hi = span
    if lo is None and hi is None:
        return None
    lo, hi = lo or hi, hi or lo
    pool = [w for w in catalog.top_level() if (w.start or dt.date.min) <= hi and lo <= (w.end or dt.date.max)]
    if not pool:
        return None

    def rank(w) -> tuple:
        overlap = (min(hi, w.end or dt.date.max) - max(lo, w.start or dt.date.min)).days
        fits_kind = (w.kind == "blockade") == (kind == "other")
        return (w.kind != "period", fits_kind, w.id in filed, overlap, w.id)

    best = max(pool, key=rank)
    if best.kind == "period" and kind == "control":
        ended = [w for w in catalog.top_level() if w.kind == "war" and w.end and w.end < lo
                 and (lo - w.end).days <= HANDOVER_DAYS]
        if ended:  # "the district was returned on 25 November 2020": the war's ceasefire carried out, its own event
            return max(ended, key=lambda w: w.end).id
    return best.id


def undated_war(catalog: WarCatalog, narrative: Interval, kind: str, filed: tuple[str, ...]) -> str | None:
    """An undated claim's war: its sentence's (the narrative's if the sentence is filed under several), except a change
    of hands the narrative tells in the month after a war's end, in a sentence filed under the period after it only
    ("the district was handed back", told after 20 November 2020): that war's ceasefire carried out, as ``war_for``
    files the same handover dated."""
    told = war_for(catalog, narrative, kind, filed) if narrative[0] else None
    if not filed or told in filed:
        return told
    war = catalog.get(told) if told is not None else None
    handed_over = (kind == "control" and war is not None and war.kind == "war" and war.end is not None
                   and war.end < narrative[0] and all(catalog.get(w).kind == "period" for w in filed))
    return told if handed_over else filed[0]


ENDING_KINDS = ("war", "clashes")  # top-level entries that end with a ceasefire (not periods or blockades)


def ends_war(catalog: WarCatalog, span: Interval) -> bool:
    """Does an agreement dated ``span`` (a month at most) hold the last day of a war? Then it is the ceasefire that
    ended it, however the sentence names it ("signed a Moscow-brokered deal" on 10 November 2020, "an agreement
    signed ... in the first half of November"): the parties' agreement of a war's last day stopped the fighting."""
    lo, hi = span
    if lo is None or hi is None or (hi - lo).days > HANDOVER_DAYS:
        return False
    return any(w.kind in ENDING_KINDS and w.end is not None and lo <= w.end <= hi for w in catalog.top_level())


SHORT_WAR_DAYS = 90  # a war of weeks (2016, July 2020, 2020, 2023), not one of years


def in_short_war(catalog: WarCatalog, span: Interval) -> bool:
    """Does an agreement dated ``span`` (a month at most) fall within a war of weeks? Its belligerents agree mid-war
    only on truces ("the obligations set in the Moscow Statement of October 10", the humanitarian ceasefires of
    October 2020): a ceasefire, as the one that ended the war is."""
    lo, hi = span
    if lo is None or hi is None or (hi - lo).days > HANDOVER_DAYS:
        return False
    return any(w.kind in ENDING_KINDS and w.start is not None and w.end is not None
               and (w.end - w.start).days <= SHORT_WAR_DAYS and w.start <= lo and hi <= w.end for w in catalog.top_level())


def respectively(text: str, found: list[Target], dates: list[DateMention]) -> list[Target]:
    """'withdraw from Aghdam, Kalbajar and Lachin by 20 November, 25 November and 1 December 2020, respectively':
    places and days listed in one order, each place its day (as many days after the last place as there are places)."""
    if len(found) < 2 or not _RESPECTIVELY.search(text):
        return found
    days = [d for d in dates if d.start > found[-1].end and d.precision == "day"]
    if len(days) != len(found):
        return found
    return [replace(t, date=d) for t, d in zip(found, days)]


_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
