"""Days told by words, not digits, for the inflecting languages' grammar (``inflected``).

Relative days ("вчера", "dünən", "երեկ") and weekdays count from the
document's date, "накануне" and "ertəsi gün" from the narrative's last day;
parts of day and clock times fall on a day the text gives or, alone, on the
narrative's day. Days listed around a dated one share its month: before it
("3 и 4 марта") or, where the month comes first, after it ("oktyabrın 10-u
və 11-i"). Nights are written from the day they dawn on ("в ночь на 4
марта", "մայիսի լույս 8-ի գիշերը") and valued, as in English, at the night's
first day with TNI and a span over both days.
"""

from __future__ import annotations

import calendar
import re

from chronicle.extract.timex.frames import Frame, Point, Shift
from chronicle.extract.timex.rules.blocks import valid_day

Hit = tuple[int, Frame]
_DOTTED_CLOCK = re.compile(r"(\d{1,2})\.(\d{2})")
# Tokens a day with its ending ("10-u": number, hyphen, ending) and a month with its ("oktyabr-ın", "mart ayının") span.
_DAY_TOKENS = 3
_MONTH_TOKENS = 3
# A count of units is a length of time up to three digits ("27 лет"); four are a year ("1994 года").
_COUNT_DIGITS = 3
_DESIGNATORS = {"year": "Y", "month": "M", "week": "W", "day": "D"}


class DayWords:
    """Readers mixed into ``inflected._Reader``: they use its tokens, tables and point readers."""

    def night(self, i: int) -> Hit | None:
        """"ночь на 4 марта" (3 to 4 March), "ночь с 3 на 4 марта": the night's first day, TNI."""
        before = self.phrase("night_before", i)
        if before is not None:
            inner = self.point(before[0])
            if inner is None or inner[1].precision != "day":
                return None
            b = inner[1]
            return self.frame(i, inner[0], "night-before", "range", point=_eve(b), upto=b, part="NI")
        between = self.phrase("night_between", i)
        day = between and self.day(between[0])
        if not day or not self.word_in(day[0], "night_to"):
            return None
        inner = self.day_month(day[0] + 1)
        if inner is None or day[1] >= inner[1].day:
            return None
        b = inner[1]
        return self.frame(i, inner[0], "night-between", "range", point=Point(b.year, b.month, day[1]), upto=b, part="NI")

    def part_alone(self, i: int) -> Hit | None:
        """"рано утром", "səhər", "առավոտյան", "утром 4 марта": on the narrative's day, else the document's;
        "утром того же дня", "вечером следующего дня": that part of a day counted from the narrative's."""
        found = self.phrase("parts_of_day", i)
        if found is None:
            return None
        j, part = found
        inner = self.dated(j + self.word_in(j, "topic_lead"))  # "утром 4 марта", "рано утром в субботу, 10 октября"
        if inner is not None and inner[1].point.precision == "day" and inner[1].part is None:
            k, frame = inner
            return k, frame.but(start=self.t[i].start, part=part, rule="part-of-day+" + frame.rule)
        day = self.phrase("narrative_days", j)
        if day is not None and isinstance(day[1], int):
            shift = Shift("day", day[1], "narrative")
            return self.frame(i, day[0], f"relative:{self.low[j]}", "relative", shift=shift, part=part)
        return self.frame(i, j, "part-of-day", "clock", part=part)

    def dawn_night(self, i: int) -> Hit | None:
        """"մայիսի լույս 8-ի գիշերը", "1994թ. մայիսի լույս 9-ի գիշերը": the night that dawns on 8 May (7 to 8 May)."""
        year = self.year(i)
        month = self.month(year[0] if year else i)
        if month is None or not self.word_in(month[0], "night_dawn"):
            return None
        day = self.day(month[0] + 1)
        part = day and self.phrase("parts_of_day", day[0])
        if not part or part[1] != "NI" or not valid_day(month[1], day[1], year and year[1]):
            return None
        b = Point(year and year[1], month[1], day[1])
        return self.frame(i, part[0], "night-dawn", "range", point=_eve(b), upto=b, part="NI")

    def listed_day(self, i: int) -> Hit | None:
        """"21 или 22 мая 1993 г.", "3 и 4 марта": a bare day listed before a dated one takes its month and year."""
        day = self.day(i)
        if day is None or not (self.word_in(day[0], "and_words") or (day[0] < self.n and self.t[day[0]].text == ",")):
            return None
        after = self.day_month(day[0] + 1)
        if after is None or not valid_day(after[1].month, day[1], after[1].year):
            return None
        point = Point(after[1].year, after[1].month, day[1])
        return self.frame(i, day[0], "listed-day", "point", point=point)

    def day_listed_after(self, i: int) -> Hit | None:
        """"oktyabrın 10-u və 11-i", "հոկտեմբերի 10-ին և 11-ին": where the month comes first, the days listed after
        the first take its month (its year comes from the sentence, as the first day's does). Only a day with its
        case ending after a hyphen: "martın 3-ü və 4 nəfər" lists a count, "ՆՈՅԵՄԲԵՐԻ 1, 24News" names an agency."""
        day = self.day(i) if self.lx.month_day else None
        if day is None or day[0] != i + _DAY_TOKENS or self.counts_days(day[0]):
            return None
        month = self.month_of_list(i - 1)
        if month is None or not valid_day(month, day[1], None):
            return None
        return self.frame(i, day[0], "listed-day-after", "point", point=Point(None, month, day[1]))

    def month_of_list(self, k: int) -> int | None:
        """The month that opens a list of days whose separator ("," "və" "և") is token k: "martın 3-ü, 4-ü və"."""
        if not (0 <= k < self.n and (self.t[k].text == "," or self.word_in(k, "and_words"))):
            return None
        start = next((s for s in range(k - 1, max(-1, k - _DAY_TOKENS - 1), -1) if _ends_at(self.day(s), k)), None)
        if start is None:
            return None
        month = next((self.month(m)[1] for m in range(start - 1, max(-1, start - _MONTH_TOKENS - 1), -1)
                      if _ends_at(self.month(m), start)), None)
        return month if month is not None else self.month_of_list(start - 1)

    def clock_time(self, i: int) -> Hit | None:
        """"06:00", "23:00-ին", "saat 5", "ժամը 17-ի", "в 17 часов": a time on the narrative's day, else the document's."""
        if self.t[i].kind == "clock":
            if i >= 2 and self.t[i - 1].text in ("+", "-", "\u2212") and self.t[i - 2].text.lower() in ("utc", "gmt"):
                return None  # "(UTC+04:00)": a time zone's offset, not a time
            j, clock = self.numeric_dates.clock(i)
            return self.frame(i, self.ending(j), "clock", "clock", clock=clock)
        start, k = i, i + self.word_in(i, "hour_before")
        if k > start and k < self.n:
            dotted = _DOTTED_CLOCK.fullmatch(self.t[k].text)  # "saat 12.00-da": after the hour word, a time
            if dotted and int(dotted[1]) <= 24 and int(dotted[2]) < 60:
                return self.frame(start, self.ending(k + 1), "clock", "clock", clock=(int(dotted[1]), int(dotted[2])))
        hour = self.number(k)
        if hour is None or len(self.t[k].text) > 2 or hour[1] > 24:
            return None
        j = hour[0]
        minutes = self.spaced_minutes(j) if k > start else None
        if minutes is not None:  # "Ժամը 13: 45-ին": after the hour word, a time typed with a space after its colon
            return self.frame(start, self.ending(j + 2), "clock", "clock", clock=(hour[1], minutes))
        if self.word_in(j, "hour_after") and (k > start or self.word_in(start - 1, "topic_lead")):
            j += 1
        elif k == start:
            return None  # a bare number is no time; "5 часов боя" is a length, "в 5 часов" a time
        return self.frame(start, j, "clock", "clock", clock=(hour[1], 0))

    def spaced_minutes(self, j: int) -> int | None:
        """The minutes after an hour's colon glued to it and a space: "13: 45" (two digits, under 60)."""
        if not (j + 1 < self.n and self.t[j].text == ":" and self.glued(j) and self.t[j + 1].kind == "num"):
            return None
        text = self.t[j + 1].text
        return int(text) if len(text) == 2 and int(text) < 60 else None

    def ago(self, i: int) -> Hit | None:
        """"14 лет назад", "28 տարի առաջ", "26 il əvvəl": counted back from the document's date."""
        count = self.number(i)
        unit = count and self.phrase("units", count[0])
        if not unit or not self.word_in(unit[0], "ago_words") or count[2]:
            return None
        amount, name = (count[1] * 7, "day") if unit[1] == "week" else (count[1], unit[1])
        return self.frame(i, unit[0] + 1, "shift:ago", "relative", shift=Shift(name, -amount, "document"))

    def this_day_back(self, i: int) -> Hit | None:
        """"ötən ilin bu günündə", "в этот день 32 года назад", "28 տարի առաջ այս օրը": the document's own day and
        month, so many years back (an anniversary piece's day, as English "this very day 20 years ago"); the count
        or the year named from the document's stands on either side of "this day"."""
        day = self.phrase("this_day", i)
        back = self.years_back(day[0] if day else i)
        if day is None and back is not None:  # "32 года назад в этот день": a preposition may open the day's phrase
            day = self.phrase("this_day", back[0] + self.word_in(back[0], "topic_lead"))
            back = (day[0], back[1]) if day is not None else None
        if day is None or back is None:
            return None
        shift = Shift("year", back[1], "document", precision="day")
        return self.frame(i, back[0], "relative:this-day-back", "relative", shift=shift)

    def years_back(self, i: int) -> tuple[int, int] | None:
        """(index after, years after the document's) of "ötən ilin", "прошлого года" or "32 года назад"."""
        named = self.phrase("relative_years", i)
        if named is not None:
            return named
        hit = self.ago(i)
        shift = hit[1].shift if hit is not None else None
        return (hit[0], shift.amount) if shift is not None and shift.unit == "year" else None

    def length(self, i: int) -> Hit | None:
        """"27 лет", "27 il", "27 տարի", "тридцать два года": a length of time (P27Y), as "27 years" is in English; a
        count of years a commemoration writes ("минуло 27 лет") then tells the year it remembers (``resolve``). A
        count with "ago" after it is a date (``ago``); one with a case ending ("1994-cü il") or of four digits
        ("1994 года") is a year."""
        count = self.number(i)
        unit = count and self.phrase("units", count[0])
        if not unit or count[2] or not count[1] or self.word_in(unit[0], "ago_words") or (
                self.t[i].kind == "num" and len(self.t[i].text) > _COUNT_DIGITS):
            return None
        return self.frame(i, unit[0], "duration", "duration", duration=f"P{count[1]}{_DESIGNATORS[unit[1]]}")

    # ------------------------------------------------------------ relative days and weekdays
    def relative(self, i: int) -> Hit | None:
        """"вчера", "bu gün", "Այսօր", "вчера вечером", "прошлой ночью" (the document's day);
        "накануне", "ertəsi gün" (the narrative's); "на прошлой неделе", "ötən il", "այս տարի" (the document's
        week, month or year, or the one before or after it)."""
        for key, base in (("relative_days", "document"), ("narrative_days", "narrative")):
            found = self.phrase(key, i)
            if found is not None:
                j, meaning = found
                amount, part = (meaning, None) if isinstance(meaning, int) else meaning  # "прошлой ночью": [-1, NI]
                after = self.phrase("parts_of_day", j) if part is None else None
                j, part = after if after is not None else (j, part)
                return self.frame(i, j, f"relative:{self.low[i]}", "relative", shift=Shift("day", amount, base), part=part)
        found = self.phrase("relative_periods", i)  # "на прошлой неделе", "ötən il": a week, month or year back
        if found is not None:
            j, (unit, amount) = found
            return self.frame(i, j, f"relative:{self.low[i]}", "relative", shift=Shift(unit, amount, "document"))
        return None

    def weekday_name(self, i: int) -> tuple[int, int] | None:
        """"пятницу", "cümə günü", "ուրբաթ օրը"; "bazar", "շաբաթ" only with their tail ("bazar günü")."""
        found = self.phrase("weekdays", i)
        if found is None:
            return None
        j, weekday = found
        if self.word_in(j, "weekday_tails"):
            return j + 1, weekday
        return None if j == i + 1 and self.low[i] in self.w["ambiguous_weekdays"] else (j, weekday)

    def weekday(self, i: int) -> Hit | None:
        """"в пятницу", "в прошлую пятницу", "keçən cümə", "ուրբաթ օրը երեկոյան": against the document date."""
        direction = self.phrase("weekday_directions", i)
        j = direction[0] if direction is not None else i
        found = self.weekday_name(j)
        if found is None:
            return None
        k, weekday = found
        part = self.phrase("parts_of_day", k)
        k, part = part if part is not None else (k, None)
        return self.frame(i, k, "weekday", "weekday", weekday=weekday,
                          weekday_direction=direction[1] if direction else 0, part=part)


def _ends_at(hit: tuple | None, k: int) -> bool:
    """Does a reader's hit (index after, value) end right before token k?"""
    return hit is not None and hit[0] == k


def _eve(p: Point) -> Point:
    """The day before a day written without its year in mind: 1 March's eve is 28 February unless the year says 29."""
    if p.day > 1:
        return Point(p.year, p.month, p.day - 1)
    month = p.month - 1 or 12
    year = None if p.year is None else p.year - (p.month == 1)
    return Point(year, month, calendar.monthrange(year or 2001, month)[1])
