"""What the grammar understood, before any year or anchor is filled in.

A ``Frame`` is the grammar's reading of one expression: calendar fields it
saw written (a ``Point``, possibly without its year), or a shift relative to
some anchor, or a duration. The resolver turns frames into ``DateMention``s;
keeping the two apart is what makes each value explainable.
"""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True)
class Point:
    """Calendar fields as written; ``year`` is None when the text leaves it out."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    season: str | None = None  # SP, SU, FA, WI
    decade: int | None = None  # 199 for the 1990s
    century: int | None = None  # 18 for the 19th century, as TIMEX3 writes it

    @property
    def precision(self) -> str:
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        if self.season is not None:
            return "season"
        if self.decade is not None:
            return "decade"
        if self.century is not None:
            return "century"
        return "year"

    def with_year(self, year: int | None) -> Point:
        return replace(self, year=year)


@dataclass(frozen=True, slots=True)
class Shift:
    """A date relative to an anchor: ``amount`` ``unit``s after it (negative: before).

    ``base`` is "document" (yesterday, this week: the document's own date),
    "narrative" (the same day, two days later: the last date the text set) or
    "war" (the third day of the war: the first day of the war the text tells).
    ``unit`` "month"/"year" with amount 0 and base "narrative" is "the month".
    """

    unit: str  # day, week, month, year, decade
    amount: int
    base: str
    edge: str | None = None  # "earlier"/"later" this month: clip at the anchor day
    precision: str | None = None  # "this very day 20 years ago": the anchor's own day, so many years back


# A bare weekday in a sentence of what is to come: the nearest such day, the document's own included.
AHEAD = 2
# Ends the rule of a day that names a document ("նոյեմբերի 9-ի եռակողմ հայտարարությունը", "заявление от 10 ноября"):
# a reference, which moves no narrative and takes no story's year.
DOCUMENT = "+document"


@dataclass(frozen=True, slots=True)
class Frame:
    start: int  # character offsets in the sentence
    end: int
    rule: str
    kind: str  # point, range, relative, weekday, clock, duration
    point: Point | None = None
    upto: Point | None = None  # end of a range
    shift: Shift | None = None
    weekday: int | None = None
    weekday_direction: int = 0  # -1 last, 0 nearest past, +1 next, AHEAD nearest ahead
    clock: tuple[int, int] | None = None
    until: tuple[int, int] | None = None  # the clock a span of the clock ends at ("from 17:50 to 22:45")
    part: str | None = None  # MO, AF, EV, NI
    mod: str | None = None
    portion: tuple[float, float] | None = None  # share of the period a mod covers
    duration: str | None = None
    topic: bool = False  # opens its sentence ("In 1993, ..."): sets the narrative year
    year_shift: int | None = None  # "в июле прошлого года": the document's year plus this (-1: last year's July)
    nearest: int = 0  # "last July", "this past July" (-1), "next July" (1): the nearest one before or after the document's date

    def but(self, **changes) -> Frame:
        return replace(self, **changes)
