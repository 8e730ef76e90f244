"""What one sentence itself says of its time: the evidence ``wars`` decides from.

A sentence's war names, and the dates that place its events, set apart from the
dates that do not: a commemoration's day, a dateline, a birth, a census, an
editor's gloss, a war told to the reader ("in a 1990s war that killed 30,000"),
a ", which ..." aside, the start of a state ("since 2020"), a bare year that dates
no fighting. Reading stays apart from deciding because the document's period is
only known once every sentence has been read.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from chronicle.extract.cuetext import search_end
from chronicle.extract.war_clauses import (
    AFTER_TRUCE, ENDED, NOW, TRUCE_BROKEN, UNTIL, YEARS_AFTER, after_clause, attributed, birth, census, dateline, in_aside,
    in_editors_note, in_indefinite_war,
    names_document, opens_range, published, reports_fighting, stative,
)
from chronicle.extract.war_names import Matcher, Name, find_names, overlaps
from chronicle.extract.war_periods import ended_in, named_era, news_span, periods
from chronicle.extract.timex.header import counted_years
from chronicle.literals import Cued
from chronicle.model import DateMention, WarMention
from chronicle.wars import WarCatalog

# "Today marks the 27th anniversary of ...", "26 years pass since ...", "honoured the memory of the victims of
# the 2016 April war": the day told is the commemoration's.
ANNIVERSARY = Cued(re.compile(
    r"\b(?:anniversary|years?\s+(?:have\s+|has\s+)?pass(?:ed)?|years\s+(?:ago|since)|memory|tribute|commemorat\w*|remembrance)\b",
    re.IGNORECASE,
))


@dataclass
class Sentence:
    """One sentence's evidence: read here, then settled by ``wars`` once the document's period is known
    (``wars``, ``evidence``, ``aside_periods``, ``filed`` are filled there)."""

    text: str
    names: list[Name]
    spans: list[tuple[dt.date, dt.date]]  # the sentence's own usable dates
    # names in an editor's bracketed note, or of a war told to the reader ("in a 1990s war that killed 30,000"):
    # linked, never its time
    glossed: list[Name] = field(default_factory=list)
    background: list[Name] = field(default_factory=list)  # the latter: where nothing else dates the text, they say its war
    since: list[dt.date] = field(default_factory=list)  # "since <date>": a state from then until now
    stative: bool = False
    now: bool = False  # tells the state at the time of writing ("has not yet implemented")
    wars: list[WarMention] = field(default_factory=list)
    evidence: set[str] = field(default_factory=set)  # top-level ids from names and dates
    aside: list[tuple[dt.date, dt.date]] = field(default_factory=list)  # dates of ", which ..." clauses
    aside_periods: set[str] = field(default_factory=set)  # their periods: linked, never the sentence's time
    years: list[tuple[dt.date, dt.date]] = field(default_factory=list)  # bare years that date no event: they still choose a name's meaning
    dated_outside: bool = False  # dated, but in no period: context must not fill it
    outside_before: bool = False  # dated in no period by more than the document's own day: so are the undated after it
    truce_broken: bool = False  # reports a ceasefire violation: a sign of the years between the wars
    after_truce: bool = False  # tells what went on despite a truce ("Despite the ceasefire, clashes continued")
    unyeared: bool = False  # tells a day or an hour whose year nothing gives ("On 13 September", "on Tuesday")
    told_today: bool = False  # tells fighting on the document's own day ("Shells hit it, the spokesman said Sunday")
    era: bool = False  # dated only by a named era ("during the occupation period"): no day the text was told after
    filed: tuple[str, ...] = ()


def read_sentence(
    text: str, dates: list[DateMention], matcher: Matcher, catalog: WarCatalog, today: dt.date | None
) -> Sentence:
    """What a sentence itself says: its war names and the dates that place its events."""
    found = find_names(text, matcher, catalog)
    taken = [(n.start, n.end) for n in found]
    background = [n for n in found if in_indefinite_war(text, n.start)]
    glossed = background + [n for n in found if in_editors_note(text, n.start) and n not in background]
    sentence = Sentence(text, [n for n in found if n not in glossed], [], glossed=glossed, background=background)
    commemorated = today is not None and bool(ANNIVERSARY.search(text) or counted_years(text) or (
        YEARS_AFTER.search(text) and any(d.earliest == today for d in dates)))
    # the commemoration's day (this year's, or an earlier year's of the same time: "mourning events in memory of the
    # victims ..., Baku, February 26, 2018" in a piece of 26 February 2019), the day a dateline ("YEREVAN, APRIL 2,
    # ARMENPRESS.") gives the report, or a credit line's day of publication: not an event's
    dates = [d for d in dates if not ((d.earliest == today and (commemorated or dateline(text, d) or published(text, d)))
                                      or (commemorated and _earlier_anniversary(d, today, catalog)))]
    finer = any(d.precision in ("day", "month", "season") for d in dates)
    # searched once a sentence, not once per bare year in it (a chronology's line may hold many)
    fighting = not finer and any(d.precision == "year" for d in dates) and reports_fighting(text)
    for d in dates:
        if d.type not in ("DATE", "TIME") or d.earliest is None or d.latest is None or d.precision == "century":
            continue  # "monuments of the 14th century" tell no war
        if overlaps((d.start, d.end), taken) or (today is not None and d.earliest > today):
            continue  # part of a war's name, or a plan rather than an event
        if attributed(text, d):  # the day of telling, not when the events happened (on the document's own day, the
            sentence.told_today |= d.earliest == today  # news is of that day: "Shells hit it, the spokesman said Sunday")
            continue
        if birth(text, d) or census(text, d) or in_editors_note(text, d.start) or names_document(text, d):
            continue  # a person's birth, a count of people, an editor's gloss of a name, a document's day ("the November
            # 9 statement"): not when the events happened, nor a war the text tells
        if in_indefinite_war(text, d.start):  # a war told to the reader ("a war ... which killed 30,000 in the 1990s"):
            sentence.years.append((d.earliest, d.latest))  # background, as a year beside no fighting is
            continue
        if in_aside(text, d):
            sentence.aside.append((d.earliest, d.latest))
            continue
        if opens_range(text, d):
            sentence.since.append(d.earliest)  # a state from then on, not an event on that date
            continue
        if d.precision == "year" and (finer or not fighting) and periods(d.earliest, d.latest, catalog, None):
            sentence.years.append((d.earliest, d.latest))
            continue  # a bare year beside a day ("Grigoryan, 2004, killed on April 2"), or in a sentence of no fighting
        # (a year in no period, "В 1701 году", "In 2024", still dates the sentence: outside every war)
        # "until early September": what went on stopped as that time began
        before = text[: d.start]  # "up to the": three pieces; "came to an end" and four words: eight (``search_end``)
        span = (d.earliest, d.earliest if search_end(UNTIL, before, 3) else d.latest)
        sentence.spans.append(ended_in(*span, catalog) if search_end(ENDED, before, 8) else span)
    if commemorated and today is not None:  # ``commemorated`` implies the day; said here for the type of ``today``
        sentence.spans += counted_back(text, dates, today)
    sentence.names = [n for n in sentence.names if not (n.lasting and _elsewhen(n, sentence.spans, catalog))]
    era = named_era(text, catalog) if not sentence.spans and not sentence.names else None
    sentence.spans += [era] if era else []  # "in the Soviet period", "during the occupation period"
    sentence.era = era is not None
    sentence.stative = not sentence.names and not sentence.spans and stative(text)
    sentence.now = not sentence.names and not sentence.spans and NOW.search(text) is not None
    sentence.truce_broken = TRUCE_BROKEN.search(text) is not None
    sentence.after_truce = AFTER_TRUCE.search(text) is not None
    # news of fighting on the document's own day, told in the report or in its attribution
    sentence.told_today = (sentence.told_today or (today, today) in sentence.spans) and reports_fighting(text)
    sentence.unyeared = any(d.type in ("DATE", "TIME") and d.value.startswith("XXXX-") for d in dates)
    return sentence


def _earlier_anniversary(d: DateMention, today: dt.date | None, catalog: WarCatalog) -> bool:
    """A day on the document's month and day in an earlier year of the same period as the document's date: an
    earlier commemoration of the event the text remembers (the event's own day lies in its war, another period)."""
    return (today is not None and d.precision == "day" and d.earliest is not None and d.earliest < today
            and (d.earliest.month, d.earliest.day) == (today.month, today.day)
            and periods(d.earliest, d.earliest, catalog, None) == periods(today, today, catalog, None))


def counted_back(text: str, dates: list[DateMention], today: dt.date) -> list[tuple[dt.date, dt.date]]:
    """"27 years passed since the occupation": the year of the event an anniversary counts back to (asked
    only of a commemorating sentence: one that counts years or names an anniversary, and a date to count from)."""
    counted = counted_years(text)  # "5 il ötür", which no duration reads
    years = [int(d.value[1:-1]) for d in dates if d.type == "DURATION" and re.fullmatch(r"P\d+Y", d.value)] or counted
    return [(dt.date(today.year - n, 1, 1), dt.date(today.year - n, 12, 31)) for n in years[:1] if n < today.year]


def _elsewhen(name: Name, spans: list[tuple[dt.date, dt.date]], catalog: WarCatalog) -> bool:
    """A war told by its length while every day the sentence dates lies outside it: "eight were killed by 1 August
    2014 after three days of sporadic fighting" tells how long these events lasted, not the two-day war of 2023."""
    war = catalog.get(name.means[0])
    return bool(spans) and war.start is not None and war.end is not None and all(
        hi < war.start or lo > war.end for lo, hi in spans)


def wars_told_after(sentences: Sequence[Sentence], catalog: WarCatalog) -> list[tuple[dt.date, dt.date]]:
    """The last days of the wars the text names as the start of the time it tells ("the areas ceded after the 2020
    war"): news of days with no year is set after them, as after the years its background tells."""
    return [(war.end, war.end) for s in sentences for n in s.names
            if len(n.means) == 1 and (war := catalog.get(n.means[0])).end and after_clause(s.text, n.start, n.end)]


def news_before_background(sentences: Sequence[Sentence]) -> bool:
    """Does an undated text report fighting with no date before all it dates, and tell the state of the time of
    writing after that ("Armenians opened fire on the positions ... The two countries signed a ceasefire agreement in
    1994. The co-chairs are currently holding peace negotiations")? A news agency's report closed by its background:
    the news is of the time of writing, after every year the background tells. Days or months told anywhere leave
    the text to their own periods."""
    first = next((i for i, s in enumerate(sentences) if s.spans or s.years or s.names), None)
    if first is None or any(news_span(*span) for s in sentences for span in s.spans):
        return False
    return any(reports_fighting(s.text) for s in sentences[:first]) and any(s.now for s in sentences[first:])
