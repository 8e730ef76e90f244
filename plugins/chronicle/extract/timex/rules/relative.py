"""Relative expressions: dates told by their distance from another date, not by the calendar.

"yesterday", "last week", "this morning" count from the document's date;
"the same day", "the following week", "two days later" from the narrative's
last date; "Tuesday" from the document's date, forward when the sentence
speaks of the future. The grammar only records the shift (``Shift``) and its
base: the resolver, which knows both dates, does the arithmetic.
"""

from __future__ import annotations

from dataclasses import replace

from chronicle.extract.timex import lexicon as lx
from chronicle.extract.timex.frames import AHEAD, Point, Shift
from chronicle.extract.timex.rules.blocks import Blocks
from chronicle.extract.timex.rules.sentence import Hit

REL_AMOUNTS = {"same": 0, "following": 1, "next": 1, "previous": -1, "preceding": -1}
_SHIFT_DIRECTIONS = {"later": 1, "afterwards": 1, "afterward": 1, "earlier": -1, "ago": -1, "before": -1}
_SHIFT_UNITS = frozenset({"day", "week", "month", "year", "decade"})
_WAR_DAY_NOUNS = frozenset({"war", "fighting", "hostilities", "offensive", "clashes", "conflict"})
# Prepositions that make "the last week" the days up to the report: "in the last week", "over the past week".
_SPAN_LEADS = ("in", "over", "during", "within")
# Prepositions after which "the 29th" is a day of the narrative's month.
_MONTH_DAY_LEADS = ("on", "by", "until", "till", "since", "from")


class Relative(Blocks):
    """Rules for dates counted from the document's date or the narrative's."""

    def relative(self, i: int) -> Hit | None:
        """yesterday; this week; earlier this month; the same day; the following day; two days later."""
        w = self.low(i)
        if self.word(i + 1, "day") and self.word(i + 2, "of") and self.word(i - 1, "the"):
            return self.war_day(i)
        if i < self.n and self.t[i].kind == "ordinal" and self.word(i - 1, "the") and self.word(i - 2, *_MONTH_DAY_LEADS):
            return self.month_day(i)  # "On the 29th,"
        if w == "overnight":  # "Situation tense overnight": the night before the report
            return self.frame(i, i + 1, "relative:overnight", "relative", shift=Shift("day", -1, "document"), part="NI")
        if w in ("yesterday", "today", "tomorrow", "tonight"):
            amount = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}[w]
            part = "NI" if w == "tonight" else None
            j = i + 1
            if self.possessive(j) and self.word(j + 2, *lx.PARTS_OF_DAY):
                j += 2  # "yesterday's morning"
            if part is None and self.word(j, *lx.PARTS_OF_DAY):
                part, j = lx.PARTS_OF_DAY[self.low(j)], j + 1
            early = part is None and self.word(i - 1, "early")  # "captured early today": in its morning
            part = "MO" if early else part
            return self.frame(i - early, j, "relative:" + w, "relative", shift=Shift("day", amount, "document"), part=part)
        if w == "this" and self.word(i + 1, "day", "very", "same"):
            return self.same_day_back(i)
        if w in ("this", "last", "next") and not self.word(i - 1, "the"):
            return self.deictic(i)
        if w in ("last", "past") and self.word(i - 1, "the") and self.word(i - 2, *_SPAN_LEADS) and self.word(i + 1, "week") \
                and not self.word(i + 2, "of"):
            # "in the last week", "over the past week": the seven days up to the report, its week ("this week")
            return self.frame(i, i + 2, "relative:the-past-week", "relative", shift=Shift("week", 0, "document"))
        if w in ("earlier", "later") and self.word(i + 1, "this", "that"):
            unit = self.low(i + 2)
            if unit in ("week", "month", "year", "day"):
                base = "document" if self.low(i + 1) == "this" else "narrative"
                shift = Shift(unit, 0, base, edge=w)
                return self.frame(i, i + 3, f"relative:{w}-{self.low(i + 1)}", "relative", shift=shift)
        if w == "same" and self.word(i + 1, "time"):
            return self.same_time(i)
        if w == "same" or (w in REL_AMOUNTS and self.word(i - 1, "the")):
            return self.anaphoric(i, REL_AMOUNTS[w])
        if w == "that" and self.word(i + 1, "day", "month", "year", *lx.PARTS_OF_DAY):
            return self.anaphoric(i, 0)
        if w == "day" and self.word(i - 1, "the"):
            return self.day_before(i)
        if w == "weekend" and self.word(i - 1, "the") and self.word(i - 2, "over", "during", "at"):
            # "over the weekend": the nearest one, past in a report (the resolver knows the document's weekday)
            return self.frame(i, i + 1, "relative:the-weekend", "relative",
                              shift=Shift("weekend", 0, "document", edge="nearest"))
        return self.shifted(i)

    def war_day(self, i: int) -> Hit | None:
        """"the third day of the war", "the 43rd day of the fighting": days counted from the war's first,
        which the resolver knows from the catalogue (the war of the narrative's day, else of the document's)."""
        tok = self.t[i]
        count = lx.ORDINAL_WORDS.get(tok.low) if tok.kind == "word" else tok.number if tok.kind == "ordinal" else None
        noun = self.skip_the(i + 3)
        if not count or not self.word(noun, *_WAR_DAY_NOUNS):
            return None
        return self.frame(i, noun + 1, "relative:war-day", "relative", shift=Shift("day", count - 1, "war"))

    def month_day(self, i: int) -> Hit | None:
        """"On the 29th, ...", "by the 3rd.": a day of the month the narrative tells, written by its ordinal alone
        after "the" and a preposition of time (``_MONTH_DAY_LEADS``); not "on the 15th brigade", "on the 43rd day of
        the war" nor "on the 2nd of April": the ordinal closes its phrase (a stop, a comma or the sentence's end)."""
        day = self.t[i].number
        closes = i + 1 >= self.n or self.t[i + 1].kind == "punct"
        if not (closes and day and 1 <= day <= 31):
            return None
        return self.frame(i - 1, i + 1, "relative:month-day", "relative", shift=Shift("monthday", day, "narrative"))

    def same_time(self, i: int) -> Hit | None:
        """"around the same time", "at about the same time": the time of what the narrative just told, on its day;
        not a bare "at the same time", which as often joins two statements as two events ("At the same time, the
        ministry said ...")."""
        if not (self.word(i - 1, "the") and self.word(i - 2, *lx.APPROXIMATORS)):
            return None
        shift = Shift("day", 0, "narrative")
        return self.frame(i - 2, i + 2, "anaphoric:same-time", "relative", shift=shift, mod="APPROX")

    def day_before(self, i: int) -> Hit | None:
        """"the day before", "the day after": the narrative's day, one back or on; not "the day before the vote"
        (an event's eve, left unread) nor "the day before yesterday"."""
        amount = {"before": -1, "after": 1}.get(self.low(i + 1))
        if amount is None or (i + 2 < self.n and self.t[i + 2].kind == "word"):
            return None
        return self.frame(i, i + 2, "anaphoric:day-" + self.low(i + 1), "relative", shift=Shift("day", amount, "narrative"))

    def deictic(self, i: int) -> Hit | None:
        """"this week", "last weekend", "last year", "this morning", "last night", "last July": against the document
        date; "this past weekend" is the last one, "this past July" the last July."""
        amount = {"this": 0, "last": -1, "next": 1}[self.low(i)]
        past = amount == 0 and self.word(i + 1, "past") and self.word(i + 2, "week", "weekend", "month", "year", *lx.MONTHS)
        if past:
            i, amount = i + 1, -1
        nxt = self.low(i + 1)
        if nxt in lx.MONTHS:  # "this past July", "last July" in a December report: that year's July; "this July": the year's
            month = Point(None, lx.MONTHS[nxt])
            if amount == 0:
                return self.frame(i, i + 2, "deictic-month:this", "point", point=month, year_shift=0)
            return self.frame(i - past, i + 2, "deictic-month:" + ("this-past" if past else self.low(i)), "point",
                              point=month, nearest=amount)
        if nxt in ("week", "weekend", "month", "year"):
            return self.frame(i - past, i + 2, "relative:" + ("this-past" if past else self.low(i)), "relative",
                              shift=Shift(nxt, amount, "document"))
        if nxt in lx.PARTS_OF_DAY and amount != 1:
            shift = Shift("day", amount if nxt == "night" else 0, "document")
            return self.frame(i, i + 2, "relative:" + self.low(i), "relative", shift=shift, part=lx.PARTS_OF_DAY[nxt])
        return None

    def same_day_back(self, i: int) -> Hit | None:
        """"this very day 20 years ago", "this day 30 years ago": the document's day and month, years back
        (an anniversary piece's "20 years ago" alone is only a year)."""
        j = i + 2 if self.word(i + 1, "very", "same") else i + 1
        hit = self.shifted(j + 1) if self.word(j, "day") else None
        if hit is None or hit[1].shift.base != "document":
            return None
        shift = replace(hit[1].shift, precision="day")
        return self.frame(i, hit[0], "relative:this-day-ago", "relative", shift=shift)

    def possessive(self, i: int) -> bool:
        """An apostrophe (straight, curly or a backtick) and "s" at token i: "yesterday's"."""
        return i + 1 < self.n and self.t[i].text in ("'", "\u2019", "`") and self.word(i + 1, "s") and self.glued(i + 1)

    def anaphoric(self, i: int, amount: int) -> Hit | None:
        """"same day", "following day", "that night": against the narrative's last date."""
        nxt = self.low(i + 1)
        if nxt in ("day", "week", "month", "year"):
            return self.frame(i, i + 2, "anaphoric", "relative", shift=Shift(nxt, amount, "narrative"))
        if nxt in lx.PARTS_OF_DAY:
            return self.frame(
                i, i + 2, "anaphoric", "relative", shift=Shift("day", amount, "narrative"), part=lx.PARTS_OF_DAY[nxt]
            )
        return None

    def shifted(self, i: int) -> Hit | None:
        """"two days later", "three decades earlier", "a year ago"."""
        counted = self.count(i)
        if counted is None or counted[1] is None:
            return None
        j, amount = counted
        unit = lx.UNITS.get(self.low(j))
        if unit is not None and unit[0] == "hour" and amount % 24 == 0 and self.word(j + 1, "later", "earlier", "ago"):
            unit, amount = lx.UNITS["day"], amount // 24  # "48 hours later": two days on, not a span of time
        elif unit is not None and unit[0] == "hour" and amount < 24 and self.word(j + 1, "ago"):
            unit, amount = lx.UNITS["day"], 0  # "two hours ago": the report's own day
        if unit is None or unit[0] not in _SHIFT_UNITS:
            return None
        direction = self.low(j + 1)
        if direction == "on" and self.word(j + 2, "from", "since"):
            direction = "ago"  # "ten years on from the battle": counted back from the document's date
        if direction not in _SHIFT_DIRECTIONS:
            return None
        if direction == "before" and j + 2 < self.n and self.t[j + 2].kind == "word":
            return None  # "two days before the vote": anchored on an event, left to the duration rule
        base = "document" if direction == "ago" else "narrative"
        name, amount = ("day", amount * 7) if unit[0] == "week" else (unit[0], amount)  # "six weeks later" is a day
        shift = Shift(name, amount * _SHIFT_DIRECTIONS[direction], base)
        if direction == "ago" and self.word(j + 2, "today"):
            # "18 years ago today": the document's own day and month, so many years back
            return self.frame(i, j + 3, "shift:ago-today", "relative", shift=replace(shift, precision="day"))
        return self.frame(i, j + 2, "shift:" + direction, "relative", shift=shift)

    def weekday(self, i: int) -> Hit | None:
        """"Tuesday", "last Tuesday", "Tuesday night": against the document date."""
        direction = {"last": -1, "next": 1, "this": 0}.get(self.low(i))
        j = i + 1 if direction is not None else i
        if not (self.word(j, *lx.WEEKDAYS) and self.t[j].capitalized):
            return None
        if direction is None:
            direction = AHEAD if self.future else 0
        part = None
        k = j + 1
        if self.word(k, *lx.PARTS_OF_DAY):
            part, k = lx.PARTS_OF_DAY[self.low(k)], k + 1
        return self.frame(
            i, k, "weekday", "weekday", weekday=lx.WEEKDAYS[self.low(j)], weekday_direction=direction, part=part
        )
