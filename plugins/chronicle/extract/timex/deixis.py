"""Deixis: the dates a sentence gives by pointing from a day it does not write.

"two days later", "three years ago", "on the 40th day of the war" count from the
narrative's last date, the document's or the war's first day; "on Tuesday" from
the document's day; a bare clock time happens on the day the text last told
that part of the day. ``Resolver`` reads these with the narrative it keeps.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from dateutil.relativedelta import relativedelta

from chronicle.extract.timex import calendar as cal
from chronicle.extract.timex.anchors import DocumentAnchors
from chronicle.extract.timex.frames import AHEAD, Frame, Point
from chronicle.extract.timex.mention import date_mention, replace_span, unresolved
from chronicle.extract.timex.rules.blocks import valid_day
from chronicle.model import DateMention

SMALL_HOURS = 7  # a clock before 07:00 told after a night is that night's morning
_HOURS_OF_PARTS = (("EV", 17), ("AF", 12), ("MO", SMALL_HOURS))


class Deixis:
    """The resolver's reading of relative days, weekdays and clock times (its state is ``Resolver``'s)."""

    anchors: DocumentAnchors
    day: dt.date | None
    yearless: Point | None
    month: tuple[int, int] | None
    year: int | None
    label: str
    text: str
    paragraph: int
    named: list[tuple[int, int]]
    future: bool
    night: dt.date | None
    stamped: dt.date | None
    day_after: dt.date | None
    local_day: dt.date | None
    parts: dict[str, tuple[int, dt.date]]
    dated_before: int
    build: Callable[[Frame, Point, Point | None, str | None], DateMention]  # ``Resolver.build``

    def relative(self, frame: Frame) -> tuple[DateMention, Point | None]:
        shift = frame.shift
        base, anchor = self.base_for(shift.unit, shift.base)
        if frame.rule == "relative:overnight" and self.local_day is not None:
            # "On the 43rd day of the war, November 8, they attacked overnight" in a piece of a year later: the night
            # before the day the sentence tells, not before the document's day
            base, anchor = self.local_day, f"sentence:{self.local_day.isoformat()}"
        if base is None:
            return self.on_yearless_day(frame), None
        try:
            return self.shifted(frame, base, anchor)
        except (ValueError, OverflowError):  # "2020 years ago" from 2000: before the calendar starts
            return unresolved(frame), None

    def shifted(self, frame: Frame, base: dt.date, anchor: str | None) -> tuple[DateMention, Point | None]:
        shift = frame.shift
        if shift.unit == "monthday":
            return self.month_day(frame, base, anchor)
        if frame.part == "MO" and shift.base == "narrative" and shift.amount == 0 and base == self.night:
            base += dt.timedelta(days=1)  # "into the night but quieted down before dawn"
        if shift.unit in ("week", "weekend"):
            weeks = shift.amount
            if shift.edge == "nearest" and base.weekday() < 5 and not self.future:
                weeks = -1  # "over the weekend" in a Monday's report: the one just past
            value, span = cal.week(base + relativedelta(weeks=weeks))
            if shift.unit == "weekend":  # "last weekend": Saturday and Sunday of the week before
                value, span = f"{value}-WE", (span[1] - dt.timedelta(days=1), span[1])
            return date_mention(frame, value, "DATE", span, "week", anchor), None
        if shift.unit == "decade":
            point = Point(decade=(base.year + 10 * shift.amount) // 10)
        else:
            moved = base + relativedelta(**{shift.unit + "s": shift.amount})
            point = cal.point_of(moved, shift.precision or shift.unit)
        mention = self.build(frame, point, None, anchor)
        if shift.edge and mention.earliest:
            limit = self.anchors.date if shift.base == "document" else self.day
            if limit is not None and mention.earliest <= limit <= mention.latest:
                span = (mention.earliest, limit) if shift.edge == "earlier" else (limit, mention.latest)
                mention = replace_span(mention, span)
        return mention, point

    def on_yearless_day(self, frame: Frame) -> DateMention:
        """A clock, "the same day" or "around the same time" told after a day the text gives no year ("On December
        14, starting from 1750 to 2245"): that day, still without its year ("XXXX-12-14T17:50/XXXX-12-14T22:45"),
        which the catalogue may yet date (``catalogue_years``); other days counted from it stay unread."""
        shift = frame.shift
        same_day = shift is None or (shift.base == "narrative" and shift.unit == "day" and shift.amount == 0)
        if self.yearless is None or not same_day:
            return unresolved(frame)
        return self.build(frame, self.yearless, None, None)

    def month_day(self, frame: Frame, base: dt.date, anchor: str | None) -> tuple[DateMention, Point | None]:
        """"On the 29th" after "September 28": that day of the narrative's month, or of the next month when the
        narrative has passed it ("the 3rd" after "October 29" is November 3); counted from the document's day (no
        day told yet), the last such day up to it. A day the month does not have is left unread."""
        forward = (anchor or "").startswith("narrative")
        month = dt.date(base.year, base.month, 1)
        if (frame.shift.amount < base.day) if forward else (frame.shift.amount > base.day):
            month += relativedelta(months=1 if forward else -1)
        if not valid_day(month.month, frame.shift.amount, month.year):
            return unresolved(frame), None
        point = Point(month.year, month.month, frame.shift.amount)
        return self.build(frame, point, None, anchor), point

    def base_for(self, unit: str, base: str) -> tuple[dt.date | None, str | None]:
        """The day a shift counts from: the narrative's last date at the unit's precision, else the document's
        (a war's day: the first day of the war that holds the narrative's day, else the document's, else its year)."""
        if base == "war":
            start = self.war_start()
            return start, f"war-start:{start.isoformat()}" if start else None
        if base == "narrative":
            if unit in ("day", "week", "monthday") and self.day is not None:
                return self.day, f"narrative:{self.label}"
            if unit == "month" and self.month is not None:
                return dt.date(*self.month, 1), f"narrative:{self.label}"
            here = [year for paragraph, year in self.named if paragraph == self.paragraph]
            if unit in ("year", "decade") and here:
                return dt.date(here[-1], 1, 1), f"named:{here[-1]}"  # "in 1992 ... 28 years later"
            if unit in ("year", "decade") and self.year is not None:
                return dt.date(self.year, 1, 1), f"narrative:{self.label}"
        return self.anchors.date, self.anchors.date_label

    def war_start(self) -> dt.date | None:
        """The first day of the war the text tells: the one holding the narrative's day, else the document's day
        (or the week after its end: a report of the ceasefire's days), else the one year the text opens by naming."""
        for day, slack in ((self.day, 0), (self.anchors.date, 7)):
            held = [lo for lo, hi in self.anchors.wars if day is not None and lo <= day <= hi + dt.timedelta(days=slack)]
            if len(held) == 1:
                return held[0]
        named = [lo for lo, _ in self.anchors.wars if lo.year == self.anchors.war_year]
        return named[0] if len(named) == 1 else None

    def weekday(self, frame: Frame) -> tuple[DateMention, Point | None]:
        """"on Tuesday" in a Wednesday article is the day before; "next Tuesday" is ahead; "Tuesday" in a
        Tuesday article is that day, even in a sentence that also tells what is to come ("shelling that began
        on Tuesday morning will go on")."""
        today = self.anchors.date
        if today is None:
            return unresolved(frame), None
        if frame.weekday_direction == AHEAD:
            day = today + dt.timedelta(days=(frame.weekday - today.weekday()) % 7)
        elif frame.weekday_direction > 0:
            day = today + dt.timedelta(days=(frame.weekday - today.weekday() - 1) % 7 + 1)
        else:
            back = (today.weekday() - frame.weekday) % 7
            day = today - dt.timedelta(days=back or (7 if frame.weekday_direction < 0 else 0))
        point = cal.point_of(day, "day")
        return self.build(frame, point, None, self.anchors.date_label), point

    def clock(self, frame: Frame) -> tuple[DateMention, Point | None]:
        """A bare clock time happens on the day its sentence writes after it, else before it, else the narrative's,
        else the document's; a time alone on its line is a live blog's stamp: the document's day, where the entry
        under it starts again."""
        stamp = self.text.strip() == self.text[frame.start : frame.end] and self.anchors.date is not None
        if stamp:
            self.day = self.anchors.date
        hour = frame.clock[0] if frame.clock else None  # the inflected grammars' "early in the morning" has none
        told = None if stamp or hour is None else self.told_part(hour)
        if self.stamped is not None:
            day, anchor = self.stamped, "stamp"
        elif self.day_after is not None:
            day, anchor = self.day_after, f"sentence:{self.day_after.isoformat()}"
        elif self.local_day is not None:  # "On December 14, from 1750 to 2245": the day its sentence wrote before it
            day, anchor = self.local_day, f"sentence:{self.local_day.isoformat()}"
        elif told is not None:
            day, anchor = told, f"part:{told.isoformat()}"
        elif self.day is not None:
            day, anchor = self.day, f"narrative:{self.label}"
        else:
            day, anchor = self.anchors.date, self.anchors.date_label
        if day is None:
            return self.on_yearless_day(frame), None
        if day == self.night and (hour < SMALL_HOURS if hour is not None else frame.part == "MO"):
            day += dt.timedelta(days=1)  # "During the night ... by 5am"; "в ночь на 21 октября ... Утром", as English "dawn"
        return self.build(frame, cal.point_of(day, "day"), None, anchor), None

    def told_part(self, hour: int) -> dt.date | None:
        """The day the text last told the part of the day ``hour`` falls in, in this paragraph or the last one
        before it that wrote a date (a paragraph of quotes between them goes on telling that day)."""
        part = next((name for name, first in _HOURS_OF_PARTS if hour >= first), None)
        told = self.parts.get(part) if part else None
        return told[1] if told and told[0] in (self.paragraph, self.dated_before) else None
