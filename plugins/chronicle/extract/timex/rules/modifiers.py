"""Modifiers: words that narrow or bound a date read by another rule.

"early February", "end of the month", "second half of 1993" take a portion
of a period; "By August 20", "before 1994" bound one; "night of 8–9 May"
names a part of a day, and "into the night", "before dawn" the part of the day the narrative
tells ("at dawn on 3 May": that day). Each modifier wraps the frame another rule reads, so
these rules stand above points, spans and relative dates and only add a
``mod``, a ``portion`` or a ``part`` to what those give.
"""

from __future__ import annotations

from chronicle.extract.timex import lexicon as lx
from chronicle.extract.timex.frames import Point, Shift
from chronicle.extract.timex.rules.relative import REL_AMOUNTS, Relative
from chronicle.extract.timex.rules.sentence import Hit, Rule
from chronicle.extract.timex.rules.spans import Spans, unify


# How many of a unit a period holds, for "the first six months of 2020" (a month's weeks and days by a month of 30 days:
# the portion is a share of the month's own days).
_UNITS_IN = {("months", "year"): 12, ("weeks", "year"): 52, ("days", "year"): 365, ("weeks", "month"): 30 / 7,
             ("days", "month"): 30}


class Modifiers(Spans, Relative):
    """Rules that read a modifier and the date it applies to."""

    # The rules a bound ("by", "before", "after") may apply to: every rule but itself, set by ``grammar``.
    BOUNDABLE: tuple[Rule, ...] = ()

    def fuzzy(self, i: int) -> Hit | None:
        """"early February", "mid-August", "Early in January", "Late in the spring", "late 1993"."""
        if not self.word(i, *lx.FUZZY_ADJECTIVES):
            return None
        mod, portion = lx.FUZZY_ADJECTIVES[self.low(i)]
        j = i + 1
        if self.dash(j) and self.glued(j):
            j += 1
        elif self.word(j, "in"):
            j = self.skip_the(j + 1)
        elif self.word(j, "part") and self.word(j + 1, "of"):
            j = self.skip_the(j + 2)
        return self.period_with_mod(i, j, mod, portion, "fuzzy:" + self.low(i)) or self.days_late_early(i, j)

    def days_late_early(self, i: int, j: int) -> Hit | None:
        """"late March 13 - early March 14", "late on March 13 to early March 14": the hours across two days, from the
        end of the first to the start of the next, read as the span of both days (a day alone, "late March 13",
        is left to the day's own rule)."""
        found = self.point(self.skip_the(j + self.word(j, "on")), bare_ok=True)
        if found is None or found[1].precision != "day" or not self.connects(found[0]):
            return None
        k = found[0] + 1
        k += self.word(k, *lx.FUZZY_ADJECTIVES)
        k += self.word(k, "on")
        end = self.point(k, bare_ok=True)
        if end is None or end[1].precision != "day":
            return None
        unified = unify(found[1], end[1])
        if unified is None:
            return None
        return self.frame(i, end[0], "fuzzy-days", "range", point=unified[0], upto=unified[1])

    def part_of(self, i: int) -> Hit | None:
        """"beginning of August", "end of the month", "second half of April", "end of 1993"."""
        if self.word(i, *lx.FUZZY_NOUNS):
            mod, portion = lx.FUZZY_NOUNS[self.low(i)]
            j = i + 1
        elif self.word(i, *lx.HALVES) and self.word(i + 1, "half", "part"):
            mod, portion = lx.HALVES[self.low(i)]
            j = i + 2
        else:
            return None
        if not self.word(j, "of"):
            return None
        return self.period_with_mod(i, self.skip_the(j + 1), mod, portion, "part-of:" + self.low(i))

    def counted_part(self, i: int) -> Hit | None:
        """"the first six months of 2020", "the last two weeks of October": so many of a year's months, of a month's
        weeks or days, from its start or up to its end."""
        if not self.word(i, "first", "last"):
            return None
        counted = self.count(i + 1)
        if counted is None or counted[1] is None or not self.word(counted[0] + 1, "of"):
            return None
        j, amount = counted  # j: the unit, then "of"
        found = self.point(self.skip_the(j + 2), bare_ok=True)
        whole = _UNITS_IN.get((self.low(j), found[1].precision)) if found else None
        if whole is None or not 0 < amount < whole:
            return None
        share = amount / whole
        mod, portion = ("START", (0.0, share)) if self.low(i) == "first" else ("END", (1.0 - share, 1.0))
        return self.frame(i, found[0], "part-of:" + self.low(i), "point", point=found[1], mod=mod, portion=portion)

    def period_with_mod(self, i: int, j: int, mod: str, portion: tuple[float, float], rule: str) -> Hit | None:
        """The period a fuzzy modifier applies to: a month, season, year, decade or "the month"."""
        if self.word(j, "month", "year", "week", "decade") and self.word(j - 1, "the"):
            shift = Shift(self.low(j), 0, "narrative")
            return self.frame(i, j + 1, rule, "relative", shift=shift, mod=mod, portion=portion)
        relative = self.relative(j)
        if relative is not None and relative[1].shift and relative[1].shift.unit != "day":
            k, inner = relative
            return self.frame(i, k, rule, "relative", shift=inner.shift, mod=mod, portion=portion)
        found = self.point(j, bare_ok=True)
        if found is None or found[1].precision == "day":
            return None
        k, point, _ = found
        return self.modified_range(i, k, point) or self.frame(i, k, rule, "point", point=point, mod=mod, portion=portion)

    def modified_range(self, i: int, k: int, start: Point) -> Hit | None:
        """"late February – March 1992", "mid-June to late July 1993": a modified period that opens a range is its
        first end, and takes the year written once at the other (the months stand whole: a range has no one portion)."""
        if not (self.connects(k) or (self.word(k, "and") and self.word(i - 1, "between"))):
            return None
        end = self.fuzzy(k + 1) or self.dated(k + 1)
        if end is None or end[1].kind != "point" or end[1].point.precision == "day":
            return None
        unified = unify(start, end[1].point)
        if unified is None:
            return None
        return self.frame(i, end[0], "modified-range", "range", point=unified[0], upto=unified[1])

    def bounded(self, i: int) -> Hit | None:
        """"By August 20" keeps its bound; "By late February" is just "late February" (one mod)."""
        if not self.word(i, *lx.BOUNDS):
            return None
        inner = self.longest(self.skip_the(i + 1), self.BOUNDABLE)
        if inner is None or inner[1].kind in ("duration", "clock"):
            return None
        j, frame = inner
        if frame.mod is not None:
            return inner
        bound = self.low(i)
        return j, frame.but(start=self.t[i].start, mod=lx.BOUNDS[bound], rule=f"bound:{bound}+{frame.rule}")

    def part_of_day(self, i: int) -> Hit | None:
        """"morning of November 1", "night of October 10", "night of 8–9 May", "night hours of April 3";
        "a night from May 16 to 17" (a night named by the two days it joins);
        "the evening of the same day", "the morning of the next day": that part of the day the narrative tells."""
        of = i + 2 if self.word(i + 1, "hours") else i + 1
        if not (self.word(i, *lx.PARTS_OF_DAY) and self.word(of, "of", "from")):
            return None
        part = lx.PARTS_OF_DAY[self.low(i)]
        day = self.skip_the(of + 1)
        if self.low(day) in REL_AMOUNTS:
            told = self.anaphoric(day, REL_AMOUNTS[self.low(day)])
            if told is None or told[1].shift.unit != "day" or told[1].part:
                return None
            return self.frame(i, told[0], "part-of-day+anaphoric", "relative", shift=told[1].shift, part=part)
        inner = self.dated(day)
        if inner is None or inner[1].point.precision != "day" or inner[1].clock:
            return None
        if self.word(of, "from") and (self.low(i) != "night" or inner[1].upto is None):
            return None
        j, frame = inner
        return self.frame(i, j, "part-of-day+" + frame.rule, frame.kind, point=frame.point, upto=frame.upto, part=part)

    def narrative_part(self, i: int) -> Hit | None:
        """"into the night", "during the night", "before dawn", "from the morning hours": that part of the day the
        narrative tells."""
        hours = self.word(i + 1, "hours")
        if not self.word(i, *lx.PARTS_OF_DAY) or self.word(i + 1 + hours, "of"):
            return None  # "night of 8-9 May", "morning hours of April 3": the part-of-day rule's
        start = i - 1 if self.word(i - 1, "the") else i
        if start == i and not self.word(i, "dawn", "dusk"):
            return None  # a bare "morning" is a word, not a date
        if not self.word(start - 1, *lx.PART_LEADS):
            return None
        part = lx.PARTS_OF_DAY[self.low(i)]
        end = i + 1 + hours
        day = self.dated(end + 1) if self.word(end, "on") else None
        if day is not None and day[1].kind == "point" and day[1].point.precision == "day" and not day[1].clock:
            return self.frame(start, day[0], "part-on-date", "point", point=day[1].point, part=part)  # "at dawn on 3 May"
        return self.frame(start, end, "narrative-part", "relative", shift=Shift("day", 0, "narrative"), part=part)
