"""Dated expressions: a point with its weekday and clock, ranges of points, and lists of them.

Points rarely stand alone: "Monday, 27 September 2020, 06:00", "March 27 -
April 5", "1-2 April 2016", "16 and 17 October", "June and July 1993". A range
or a list often writes its month or year once, on one item only, so the items
are read together here and share what is written once (``unify``,
``share_year``, also used by the inflecting languages' grammar).
"""

from __future__ import annotations

from chronicle.extract.timex import lexicon as lx
from chronicle.extract.timex.frames import Frame, Point
from chronicle.extract.timex.rules.blocks import valid_day
from chronicle.extract.timex.rules.points import Points
from chronicle.extract.timex.rules.sentence import Hit, PointHit


class Spans(Points):
    """Rules that read a point with what dates it further, or several points as one expression."""

    def dated(self, i: int) -> Hit | None:
        """A point, a range of points, or a day with a weekday and clock time."""
        best = self.longest(i, (Spans.range_, Spans.day_span, Spans.timed_point))
        if best is None:
            return None
        j, frame = best
        bare_month = frame.kind == "point" and frame.point.precision == "month" and frame.point.year is None
        if bare_month and not (self.low(i - 1) in lx.TEMPORAL_PREPOSITIONS or self.coordinated_with_year(j)):
            return None  # "May", "March" alone are verbs as often as months
        return best

    def coordinated_with_year(self, j: int) -> bool:
        """A bare month followed by "and July 1993"."""
        if not self.word(j, "and") and not (j < self.n and self.t[j].text == ","):
            return False
        nxt = self.point(j + 1)
        return nxt is not None and nxt[1].year is not None

    def timed_point(self, i: int) -> Hit | None:
        """A point, with an optional leading/trailing weekday and clock ("20 September 2023 Wednesday 11:31", "Tuesday
        (19 September)"); the weekday is kept: it tells the year of a day written without one."""
        j = i
        leading_weekday = self.word(i, *lx.WEEKDAYS) and self.t[i].capitalized
        bracketed = leading_weekday and self.low(i + 1) == "("
        if leading_weekday:
            j = i + 1 + (self.low(i + 1) in (",", "("))
        found = self.point(j, bare_ok=True)
        if found is None or (bracketed and self.low(found[0]) != ")"):
            return None
        k, point, rule = found
        k += bracketed
        weekday = lx.WEEKDAYS[self.low(i)] if leading_weekday else None
        if leading_weekday and point.precision != "day":
            return None
        if point.precision != "day":
            return self.frame(i, k, rule, "point", point=point)
        if self.word(k, *lx.WEEKDAYS) or (self.low(k) == "," and self.word(k + 1, *lx.WEEKDAYS)):
            k += 1 + (self.low(k) == ",")
            weekday = lx.WEEKDAYS[self.low(k - 1)]
        clock = None
        if self.t[k - 1].kind == "iso" and "T" in self.t[k - 1].text:
            hour, minute = self.t[k - 1].text[11:].split(":")
            clock = (int(hour), int(minute))
        else:
            lead = k + (self.low(k) in (",", "at"))
            found_clock = self.clock(lead)
            if found_clock is not None:
                k, clock = found_clock
                rule += "-time"
        return self.frame(i, k, rule, "point", point=point, clock=clock, weekday=weekday)

    def clock_time(self, i: int) -> Hit | None:
        """"around 06:00" (APPROX), "06:00 on 27 September" (a TIME on that day), "11:31"."""
        mod = None
        j = i
        if self.word(i, *lx.APPROXIMATORS):
            mod, j = "APPROX", i + 2 if self.word(i + 1, "at") else i + 1  # "approximately at 22:30"
        found = self.clock(j)
        if found is None or self.zone_offset(j):
            return None
        k, clock = found
        told_part = self.low(k - 1) in lx.PARTS_OF_DAY
        zoned = self.zone_named(k)  # "1:15 pm Yerevan time on Tuesday, September 19"
        if self.word(zoned, "on") or (told_part and self.word(zoned, "of")):  # "at 2.30 in the morning of May 8"
            day = self.dated(zoned + 1)
            if day is not None and day[1].kind == "point" and day[1].point.precision == "day" and not day[1].clock:
                return self.frame(i, day[0], "clock-on-date", "point", point=day[1].point, clock=clock, mod=mod)
        return self.frame(i, k, "clock", "clock", clock=clock, mod=mod)

    def clock_range(self, i: int) -> Hit | None:
        """"5:00 pm to 6:30 pm", "between 05:54 and 10:52 pm on November 17", "from 1750 to 2245", "between 5 and 7
        pm": a span of the clock (its end's "pm" is its start's too where that keeps the start first), of the day
        written after it ("on June 11") or on each end ("from 21:30 on March 8 to 04:15 on March 9")."""
        told = self.clock(i)
        first = told or self.bare_hour(i)
        if first is None:
            return None
        j, start = first
        plain = j == i + 1  # no "pm" of its own
        day = self.day_of_clock(j)
        if day is not None:
            j = day[0]
        if not (self.connects(j) or (self.word(j, "and") and self.word(i - 1, "between"))):
            return None
        second = self.clock(j + 1)
        meridiem = self.ampm(j + 2)  # the end's "pm" ("10:52 pm", "7 pm")
        if second is None or (told is None and meridiem is None):
            return None
        k, end = second
        evening = (start[0] + 12, start[1])
        if plain and day is None and meridiem is not None and meridiem[1] and start[0] < 12 and evening <= end:
            start = evening  # "between 05:54 and 10:52 pm": both in the evening
        last = self.day_of_clock(k)
        if day is None and last is None:
            return self.frame(i, k, "clock-range", "clock", clock=start, until=end)
        if day is None:
            return self.frame(i, last[0], "clock-range-on-date", "point", point=last[1].point, clock=start, until=end)
        if last is None:
            return self.frame(i, k, "clock-range-on-date", "point", point=day[1].point, clock=start, until=end)
        ends = unify(day[1].point, last[1].point)
        if ends is None:
            return None
        return self.frame(i, last[0], "clock-range-on-dates", "range", point=ends[0], upto=ends[1], clock=start,
                          until=end)

    def bare_hour(self, i: int) -> tuple[int, tuple[int, int]] | None:
        """An hour without its minutes or "pm" ("between 5 and 7 pm"), which only the end of a span makes a time."""
        tok = self.t[i] if 0 <= i < self.n else None
        if tok is None or tok.kind != "num" or len(tok.text) > 2 or self.glued_to_word(i):
            return None
        if not 0 < int(tok.text) <= 12:
            return None
        return i + 1, (int(tok.text), 0)

    def day_of_clock(self, k: int) -> Hit | None:
        """The day written right after a clock that ends at token k ("17:30 on June 11", "1300 local time on
        Tuesday, September 19"), as a point frame without a clock of its own; None when none is."""
        zoned = self.zone_named(k)
        if not self.word(zoned, "on"):
            return None
        day = self.dated(zoned + 1)
        if day is None or day[1].kind != "point" or day[1].point.precision != "day" or day[1].clock:
            return None
        return day

    def zone_named(self, i: int) -> int:
        """The token after the time zone a clock at token i-1 is told in, if any: "GMT", "local time", "Moscow
        time", "Yerevan/Baku time" (up to three capitalised words and slashes before "time")."""
        if self.word(i, *lx.ZONES):
            return i + 1
        k = i
        while k < min(i + 5, self.n) and (self.t[k].capitalized or self.t[k].text == "/" or self.word(k, "local")):
            k += 1
        return k + 1 if k > i and self.word(k, "time") else i

    def zone_offset(self, i: int) -> bool:
        """"(UTC+04:00)", "GMT+4": the clock at token i is a time zone's offset, not a time."""
        return i >= 2 and self.t[i - 1].text in ("+", "-", "\u2212") and self.word(i - 2, "utc", "gmt")

    def range_(self, i: int) -> Hit | None:
        """"June to August 1993", "1992-1994", "March 27 - April 5", "April 1-2, 2016"."""
        first = self.point(i, bare_ok=True)
        if first is None:
            return None
        j, a, _ = first
        j += self.year_comma(i, j)
        if not (self.connects(j) or (self.word(j, "and") and self.word(i - 1, "between"))):
            return None
        second = self.point(j + 1, bare_ok=True) or self.partial(j + 1, a)
        if second is None:
            return None
        k, b, _ = second
        unified = unify(a, b)
        if unified is None:
            return None
        return self.frame(i, k, "range", "range", point=unified[0], upto=unified[1])

    def year_comma(self, i: int, j: int) -> int:
        """1 when token j is the comma that closes the year of a range's first end ("from November 10, 2020, to
        December 1, 2020", "between March 3, 1993, and ..."): the style that sets a year off by commas inside a
        sentence; 0 otherwise (without "from" or "between" the comma ends the date: "On May 9, 2020, to their joy")."""
        closes_year = self.t[j - 1].kind == "num" and len(self.t[j - 1].text) == 4
        return int(j < self.n and self.t[j].text == "," and closes_year and self.word(i - 1, "from", "between"))

    def partial(self, i: int, a: Point) -> PointHit | None:
        """The end of a range that borrows from its start: "1-2, 2016", "1992-94"."""
        if a.precision == "day":
            day = self.day(i)
            if day is None or not valid_day(a.month, day[1], a.year) or self.counts_days(day[0]):
                return None
            year = self.year_after(day[0])
            if year is not None:
                return year[0], Point(year[1], a.month, day[1]), "partial-day"
            return day[0], Point(a.year, a.month, day[1]), "partial-day"
        if a.precision == "year" and a.year and i < self.n and self.t[i].kind == "num" and len(self.t[i].text) == 2:
            century = a.year // 100 * 100
            return i + 1, Point(century + int(self.t[i].text)), "partial-year"
        return None

    def counts_days(self, i: int) -> bool:
        """"day" follows the number that ends at token i: "24 October – 28th day of the war" is a day and
        the war's count of days, no range (the inflecting languages' grammar asks the same)."""
        return lx.UNITS.get(self.low(i), ("",))[0] == "day"

    def day_span(self, i: int) -> Hit | None:
        """"8–9 May", "1-2 April 2016", "1 to April 2": a day before a dash borrows the month of the day after it;
        so does a day before a slash and the next day ("the night of 25/26 February": the night that joins them)."""
        day = self.day(i)
        if day is None:
            return None
        slashed = day[0] < self.n and self.t[day[0]].text == "/"
        if not (slashed or self.connects(day[0]) or (self.word(day[0], "and") and self.word(i - 1, "between"))):
            return None
        second = self.point(day[0] + 1, True)
        if second is None or second[1].precision != "day":
            return None
        k, b, _ = second
        a = Point(b.year, b.month, day[1])
        if day[1] >= b.day or (slashed and b.day != day[1] + 1):
            return None
        return self.frame(i, k, "day-range", "range", point=a, upto=b)

    def preceding_days(self, i: int, frames: list[Frame]) -> list[Frame]:
        """"16 and 17 October", "14 or 15 October": bare days listed before the dated one share its month and year."""
        point = frames[0].point
        if point.precision != "day" or frames[0].mod:
            return frames
        before: list[Frame] = []
        k = i - 1
        joined = self.word(k, "and", "or")  # "or": two days a source hesitates between are both told
        while joined or (0 <= k < self.n and self.t[k].text == "," and before):
            day = self.day(k - 1)
            if day is None or day[0] != k or not valid_day(point.month, day[1], point.year):
                break
            found = self.frame(k - 1, k, "coordinated-day", "point", point=Point(point.year, point.month, day[1]))
            before.insert(0, found[1])
            k -= 2
            joined = False
        return before + frames

    def joined(self, frames: list[Frame]) -> list[Frame]:
        """Two days or two months joined by "and" that follow each other ("March 9 and 10", "16 and 17 October",
        "May and June 2023") are one span of time, as "9-10 March" is: what the sentence tells runs across both.
        Days apart ("14 and 17 October"), a part of the day ("the evening of October 16th and 17th": that evening,
        then the day), "or" (a source hesitating between two days) and longer lists stay one frame per item."""
        if len(frames) != 2 or any(f.part or f.mod or f.clock for f in frames):
            return frames
        first, second = frames
        between = [t.low for t in self.t if first.end <= t.start and t.end <= second.start]
        if between not in (["and"], [",", "and"]) or not _follows(first.point, second.point):
            return frames
        return [first.but(end=second.end, kind="range", rule="coordinated-range", upto=second.point)]

    def coordinated(self, j: int, frame: Frame) -> tuple[int, list[Frame]]:
        """"October 16th and 17th", "16 and 17 October", "June and July 1993": one frame per item."""
        frames = [frame]
        point = frame.point
        while j < self.n and (self.word(j, "and") or (self.t[j].text == "," and not self.dash(j + 1))):
            k = j + 1 + (self.t[j].text == "," and self.word(j + 1, "and"))
            if point.precision == "day":
                nxt = self.point(k, bare_ok=True)
                if nxt is None or nxt[1].precision != "day":
                    day = self.day(k) if self.word(k - 1, "and") else None
                    if day is None or not valid_day(point.month, day[1], point.year):
                        break
                    end = self.year_after(day[0])
                    if end is not None:
                        nxt = (end[0], Point(end[1], point.month, day[1]), "coordinated-day")
                    else:
                        nxt = (day[0], Point(point.year, point.month, day[1]), "coordinated-day")
            else:
                nxt = self.point(k, bare_ok=True)
                if nxt is None or nxt[1].precision != point.precision or nxt[1].precision == "year":
                    break
            end, point, rule = nxt
            frames.append(self.frame(k, end, rule, "point", point=point)[1])
            j = end
        return j, share_year(frames)


def _follows(a: Point, b: Point) -> bool:
    """Is b the day or the month right after a, in the same year (or both without one)?"""
    if a.precision != b.precision or a.year != b.year:
        return False
    if a.precision == "day":
        return a.month == b.month and b.day == a.day + 1
    return a.precision == "month" and b.month == a.month + 1


def unify(a: Point, b: Point) -> tuple[Point, Point] | None:
    """Give both ends of a range the same years; None unless start < end. A year and a month stand as written when
    each has its year and the years follow ("From 1988 to November 1993": 1988/1993-11); a day is an end of its own
    ("existed from 1923 until 26 November 1991": the day it ended)."""
    if a.precision != b.precision:
        mixed = {a.precision, b.precision} == {"month", "year"} and a.year is not None and b.year is not None
        return (a, b) if mixed and a.year < b.year else None
    if a.precision not in ("day", "month", "year", "season"):
        return None
    if a.year is None and b.year is not None:
        a = a.with_year(b.year if _month_day(a) <= _month_day(b) else b.year - 1)
    elif b.year is None and a.year is not None:
        b = b.with_year(a.year if _month_day(a) <= _month_day(b) else a.year + 1)
    if a.precision == "year":
        return (a, b) if a.year < b.year <= a.year + 200 else None
    if a.precision == "season":
        return (a, b) if a.year is not None and a.year <= b.year else None
    key_a, key_b = (a.year or 0, *_month_day(a)), (b.year or 0, *_month_day(b))
    return (a, b) if key_a < key_b else None


def _month_day(p: Point) -> tuple[int, int]:
    """The key that orders two points of one year (month, day; 0 for what is unknown)."""
    return (p.month or 0, p.day or 0)


def share_year(frames: list[Frame]) -> list[Frame]:
    """Coordinated items written without a year take the year written on a later item."""
    year = None
    out = []
    for frame in reversed(frames):
        point = frame.point
        if point.year is None and year is not None:
            frame = frame.but(point=point.with_year(year))
        year = frame.point.year if frame.point.year is not None else year
        out.append(frame)
    return out[::-1]
