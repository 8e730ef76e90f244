"""The building blocks of English dates: a month, a day, a year, a clock time, a count.

Every rule is composed from these few readers, so what counts as a day
("22nd", but not the "21" of "BM-21"), a year (four digits, not "2000 km") or
a month ("May" only with a capital) is decided in one place. Each reader
returns the index after what it read with the value read, or None.
"""

from __future__ import annotations

import calendar
import re

from chronicle.extract.timex import lexicon as lx
from chronicle.extract.timex.rules.sentence import Sentence

MIN_YEAR, MAX_YEAR = 1000, 2099
VAGUE_COUNTS = frozenset({"few", "several", "many"})
# Before these a four-digit number is a year even when a bracketed one follows it ("in 2015 [2016]").
_YEAR_PREPOSITIONS = frozenset({"in", "since", "of", "until", "till", "by", "from", "year", "the"})


_DOTTED_CLOCK = re.compile(r"\d{1,2}\.\d\d")  # "2.30": the British clock, with a dot
# Words before four digits that tell a time when no year starts with a nought ("at 0815", "around 0340")...
_CLOCK_LEADS = frozenset({"at", "from", "between", "until", "till", "to", "around", "about", "approximately"})
# Hours told by name, with the words before them that make them a time: midnight only as a day's start ("just after
# midnight", "since midnight"; "before midnight" ends the day before), noon as a point or a bound of the day.
_NAMED_HOURS = {
    "midnight": ((0, 0), frozenset({"after", "since", "from", "past"})),
    "noon": ((12, 0), frozenset({"at", "around", "about", "approximately", "from", "since", "until", "till", "by"})),
}
# ... and those that tell one after the day the clause opens with ("On December 15 at 0815"): not "around",
# "about" (a count: "On May 5, around 2000 people"), nor "since", "until" (a year: "On May 5, since 2005").
_DAY_CLOCK_LEADS = frozenset({"at", "from", "between"})


def valid_day(month: int, day: int, year: int | None) -> bool:
    """The month has that day (an unknown year counts as a leap year: "29 February" may be)."""
    return day <= calendar.monthrange(year or 2000, month)[1]


def _hour_in_part(hour: int, part: str | None) -> int:
    """The hour of the 24-hour clock that "{hour} in the {part}" tells: "twelve in the morning" is midnight's,
    "nine in the evening" 21, "eleven at night" 23 but "two at night" 2."""
    if part == "MO":
        return hour % 12
    if part in ("AF", "EV") or (part == "NI" and hour >= 6):
        return hour % 12 + 12
    return hour


class Blocks(Sentence):
    """Readers of the parts of a date, each one token or a few."""

    def month(self, i: int) -> tuple[int, int, bool] | None:
        """(index after, month, abbreviated). Full names need a capital unless unambiguous."""
        if not 0 <= i < self.n or self.t[i].kind != "word":
            return None
        tok = self.t[i]
        if tok.low in lx.MONTHS:
            if not tok.capitalized and tok.low in ("may", "march", "august"):
                return None
            return i + 1, lx.MONTHS[tok.low], False
        if tok.low in lx.MONTH_ABBREVIATIONS and tok.capitalized:
            j = i + 1
            if j < self.n and self.t[j].text == "." and self.glued(j):
                j += 1
            return j, lx.MONTH_ABBREVIATIONS[tok.low], True
        return None

    def day(self, i: int) -> tuple[int, int] | None:
        """A day of the month: "4", "04", "22nd" (not glued to letters: "BM-21", "A7")."""
        if not 0 <= i < self.n:
            return None
        tok = self.t[i]
        if tok.kind not in ("num", "ordinal") or len(tok.text.rstrip("stndrh")) > 2:
            return None
        if self.glued_to_word(i) or (i + 1 < self.n and self.t[i + 1].kind == "word" and self.glued(i + 1)):
            return None
        value = tok.number
        return (i + 1, value) if value and 1 <= value <= 31 else None

    def glued_to_word(self, i: int) -> bool:
        """Digits stuck to a word before them ("A7", "MiG-21"), except a preposition typo ("of1993"), a
        time zone ("GMT29 November") or a month ("on February18", a range's "12 June-23 July")."""
        if not self.glued(i):
            return False
        before = self.t[i - 1]
        if before.kind == "word":
            return before.low not in ("of", "in", "since") and before.low not in lx.ZONES and before.low not in lx.MONTHS
        return (
            before.text in lx.DASHES
            and self.glued(i - 1)
            and self.t[i - 2].kind == "word"
            and self.t[i - 2].low not in lx.FUZZY_ADJECTIVES  # "mid-1994" is a date, "BM-21" is not
            and self.t[i - 2].low not in lx.MONTHS
        )

    def year(self, i: int) -> tuple[int, int] | None:
        """A four-digit year where a year is expected (after a month, a season, "of")."""
        if not 0 <= i < self.n:
            return None
        tok = self.t[i]
        if tok.kind != "num" or len(tok.text) != 4 or not MIN_YEAR <= int(tok.text) <= MAX_YEAR:
            return None
        if self.glued_to_word(i) or (i + 1 < self.n and self.t[i + 1].kind == "word" and self.glued(i + 1)):
            return None
        if i + 1 < self.n and (self.t[i + 1].low in lx.MEASURES or self.t[i + 1].text == "%") and not self.attribution(i + 1):
            return None
        return i + 1, int(tok.text)

    def attribution(self, i: int) -> bool:
        """A "per" that names whose word or deed a statement follows ("per the ceasefire agreement", "per
        Russia"), not a rate ("per cent", "per day"): a determiner or a capitalised name follows it."""
        if self.low(i) != "per" or i + 1 >= self.n or self.t[i + 1].kind != "word":
            return False
        return self.t[i + 1].low in ("the", "a", "an", "its", "their") or self.t[i + 1].capitalized

    def military_clock(self, i: int) -> bool:
        """Four digits that tell a time of day the way monitoring transcripts and military reports do: "1600 gmt",
        "1530 local time", "2215 [1715]" (a local time and its conversion in brackets), "[1715 gmt]", "at 0815" (no
        year starts with a nought), "on December 15 at 0815" (the day its clause opens with, then the time),
        "from 1750 to 2245" (one end no year can be)."""
        if not self._hhmm(i):
            return False
        if self.low(i + 1) in lx.ZONES or (self.low(i + 1) == "local" and self.low(i + 2) == "time"):
            return True
        if self.low(i + 1) == "[" and self._four_digits(i + 2):  # "At 2215 [1715]", not "in 2015 [2016]"
            return self.low(i - 1) not in _YEAR_PREPOSITIONS
        if self.low(i - 1) == "[" and self._four_digits(i - 2) and self.military_clock(i - 2):
            return True
        if self.low(i + 1) in lx.MEASURES:
            return False  # "at 1500 metres", "from 2000 people"
        if self.low(i - 1) in _CLOCK_LEADS and self.t[i].text[0] == "0":
            return True
        if self.low(i - 1) in _DAY_CLOCK_LEADS and self._after_day(i - 2) and not self._years_apart(i):
            return True
        if (self.connects(i + 1) or self.word(i + 1, "and")) and self._hhmm(i + 2) and not self._could_be_year(i + 2):
            return True  # "from 1750 to 2245", "between 2300 and 0100": the other end is no year
        return (self.connects(i - 1) or self.word(i - 1, "and")) and self._hhmm(i - 2) and self.military_clock(i - 2)

    def _four_digits(self, i: int) -> bool:
        return 0 <= i < self.n and self.t[i].kind == "num" and len(self.t[i].text) == 4

    def _hhmm(self, i: int) -> bool:
        """Four digits that can be a time of the 24-hour clock ("0815", "2245")."""
        return self._four_digits(i) and int(self.t[i].text[:2]) <= 23 and int(self.t[i].text[2:]) <= 59

    def _could_be_year(self, i: int) -> bool:
        return MIN_YEAR <= int(self.t[i].text) <= MAX_YEAR

    def _years_apart(self, i: int) -> bool:
        """"from 1941 to 1945": both ends can be years, the later second; a span of years however close its day."""
        if not (self.connects(i + 1) and self._four_digits(i + 2)):
            return False
        return self._could_be_year(i) and self._could_be_year(i + 2) and int(self.t[i].text) < int(self.t[i + 2].text)

    def _after_day(self, k: int) -> bool:
        """Does a day end at token k, or before a comma and "starting" there ("On December 14, starting from")?
        The clause that opens with its day goes on with the time of that day."""
        k -= self.word(k, "starting", "beginning")
        k -= self.low(k) == ","
        if self._four_digits(k) and self.low(k - 1) == ",":
            k -= 2  # "on December 15, 2022, at 0815"
        elif self._four_digits(k):
            k -= 1
        return (self.day(k) is not None and self.month(k - 1) is not None) or (
            self.month(k) is not None and self.day(k - 1) is not None)

    def short_year(self, i: int) -> tuple[int, int] | None:
        """A two-digit year closing a day and month ("20 May 04", "1600 gmt 22 May 01 /BBC Monitoring/"), the
        way monitoring services and wire headers stamp a broadcast: only where nothing but punctuation follows,
        so "5 March 20 people" stays a day and a count."""
        if not 0 <= i < self.n or self.t[i].kind != "num" or len(self.t[i].text) != 2 or self.glued(i):
            return None
        after = self.t[i + 1] if i + 1 < self.n else None
        if after is not None and (after.kind != "punct" or after.text == ":"):
            return None
        value = int(self.t[i].text)
        return i + 1, (2000 + value if value < 50 else 1900 + value)

    def year_after(self, i: int) -> tuple[int, int] | None:
        """An optional ", 1993" after a month and day."""
        if i < self.n and self.t[i].text == ",":
            return self.year(i + 1)
        return self.year(i)

    def year_after_day(self, i: int) -> tuple[int, int] | None:
        """A day's or a month's year: ", 1993", "1993", or " in 1993" -- a text told years later writes "on March 27
        in 1993", "in April in 2016": the day and its year are one date."""
        if self.word(i, "in"):
            return self.year(i + 1)
        return self.year_after(i)

    def clock(self, i: int) -> tuple[int, tuple[int, int]] | None:
        """"06:00", "11:31", "6 a.m.", "6:30 pm"; the hours told in words or with a dot need what says they are a
        time: "2.30 in the morning", "nine in the evening", "ten o'clock", "11 at night"."""
        if not 0 <= i < self.n:
            return None
        tok = self.t[i]
        if tok.kind == "clock":
            hour, minute = (int(x) for x in tok.text.replace("\u0589", ":").split(":"))
            j = i + 1
        elif tok.kind == "num" and len(tok.text) <= 2 and (self.ampm(i + 1) or self.told_hour(i + 1)):
            hour, minute, j = int(tok.text), 0, i + 1
        elif _DOTTED_CLOCK.fullmatch(tok.text) and (self.ampm(i + 1) or self.told_hour(i + 1)):
            hour, minute = (int(x) for x in tok.text.split("."))  # "2.30 in the morning", "6.15 pm"
            j = i + 1
        elif tok.kind == "word" and lx.NUMBER_WORDS.get(tok.low, 13) <= 12 and self.told_hour(i + 1):
            hour, minute, j = lx.NUMBER_WORDS[tok.low], 0, i + 1  # "nine in the evening", "at ten o'clock"
        elif tok.kind == "num" and len(tok.text) == 4 and self.low(i - 1) != "[" and self.military_clock(i):
            return self.converted(i + 1 + self.word(i + 1, "hours", "hrs")), (int(tok.text[:2]), int(tok.text[2:]))
        elif tok.low in _NAMED_HOURS:  # "just after midnight", "at noon"
            hour, leads = _NAMED_HOURS[tok.low]
            return (i + 1, hour) if self.low(i - 1 - self.word(i - 1, "just", "shortly")) in leads else None
        else:
            return None
        after = self.ampm(j)
        if after is not None:
            j, pm = after
            if hour > 12:
                return None
            hour = hour % 12 + (12 if pm else 0)
        elif (told := self.told_hour(j)) is not None:
            j, part = told
            if part is not None and hour > 12:
                return None
            hour = _hour_in_part(hour, part)
        if hour > 24 or minute > 59:
            return None
        return j, (hour, minute)

    def converted(self, i: int) -> int:
        """Past the conversion in brackets a transcript writes after a local time ("2215 [1715 gmt]"): one time."""
        if self.low(i) == "[" and self._four_digits(i + 1):
            close = i + 2 + (self.low(i + 2) in lx.ZONES)
            return close + 1 if self.low(close) == "]" else i
        return i

    def told_hour(self, i: int) -> tuple[int, str | None] | None:
        """(index after, part of day or None) for what after a number tells an hour: "o'clock", "in the morning",
        "in the afternoon", "in the evening", "at night"."""
        if self.word(i, "o") and self.low(i + 1) in ("'", "\u2019") and self.word(i + 2, "clock"):
            return i + 3, None
        if self.word(i, "in") and self.word(i + 1, "the") and self.word(i + 2, "morning", "afternoon", "evening"):
            return i + 3, lx.PARTS_OF_DAY[self.low(i + 2)]
        if self.word(i, "at") and self.word(i + 1, "night"):
            return i + 2, "NI"
        return None

    def ampm(self, i: int) -> tuple[int, bool] | None:
        """(index after, afternoon) for "am", "pm", "a.m.", "p.m." after a clock."""
        if self.word(i, "am", "pm"):
            return i + 1, self.low(i) == "pm"
        if self.word(i, "a", "p") and self.low(i + 1) == "." and self.word(i + 2, "m"):
            j = i + 3 + (self.low(i + 3) == "." and self.glued(i + 3))
            return j, self.low(i) == "p"
        return None

    def count(self, i: int) -> tuple[int, int | None] | None:
        """A quantity before a unit: "24", "nine", "twenty-five", "a", "a few" (None: unspecified)."""
        if not 0 <= i < self.n:
            return None
        tok = self.t[i]
        if tok.kind in ("num", "quantity") and "." not in tok.text:
            if self.glued_to_word(i):
                return None
            return i + 1, int(tok.text.replace(",", ""))
        if tok.kind != "word":
            return None
        if tok.low in lx.NUMBER_WORDS:
            value = lx.NUMBER_WORDS[tok.low]
            if value >= 20 and self.dash(i + 1) and self.low(i + 2) in lx.NUMBER_WORDS:
                return i + 3, value + lx.NUMBER_WORDS[self.low(i + 2)]
            return i + 1, value
        if tok.low in ("a", "an"):
            if self.word(i + 1, "few"):
                return i + 2, None
            if self.word(i + 1, "couple") and self.word(i + 2, "of"):
                return i + 3, 2
            return i + 1, 1
        if tok.low in VAGUE_COUNTS:
            return i + 1, None
        return None
