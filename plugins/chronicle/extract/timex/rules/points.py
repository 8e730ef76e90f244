"""Calendar points: one day, month, season, year or decade, in every order English writes them.

A point is what ranges, lists and modifiers are made of ("June to August
1993", "June and July 1993", "early June 1993"), so each of its shapes is read
here once and ``point`` returns the longest. A year the text leaves out stays
None for the resolver to infer.
"""

from __future__ import annotations

from chronicle.extract.timex import lexicon as lx
from chronicle.extract.timex.calendar import season_of_year
from chronicle.extract.timex.frames import Point
from chronicle.extract.timex.rules.blocks import MAX_YEAR, MIN_YEAR, Blocks, valid_day
from chronicle.extract.timex.rules.sentence import PointHit
from chronicle.extract.timex.tokens import Token

# Words after which four digits are a year whatever follows them ("its 1995 elections", "a 1994 ceasefire").
_YEAR_OPENERS = frozenset({"a", "an", "its", "their", "his", "her", "our", "year", "years", "per", "at", "for", "with", "as"})


class Points(Blocks):
    """Readers of a single calendar point; each returns (index after, point, rule name)."""

    def __init__(self, tokens: list[Token], day_first: bool) -> None:
        super().__init__(tokens, day_first)
        # (token, bare_ok) -> point read: a range, a point with its clock and a list each read the same point again
        self._points: dict[tuple[int, bool], PointHit | None] = {}

    def point(self, i: int, bare_ok: bool = False) -> PointHit | None:
        """The longest calendar point starting at token i (only the readers that can start on its kind are asked)."""
        key = (i, bare_ok)
        if key in self._points:
            return self._points[key]
        best = None
        for reader in _READERS.get(self.t[i].kind, ()) if 0 <= i < self.n else ():
            hit = reader(self, i, bare_ok)
            if hit is not None and (best is None or hit[0] > best[0]):
                best = hit
        self._points[key] = best
        return best

    def month_first(self, i: int, bare_ok: bool) -> PointHit | None:
        """"July 4", "Sept. 27", "July 4, 1993", "August 2021", "April of 1993", "August" (after "in", "since"...)."""
        found = self.month(i)
        if found is None:
            return None
        j, month, abbreviated = found
        day = self.day(j)
        if day is None and self.low(j) == "," and self.word(i - 1, "on"):
            day = self.day(j + 1)  # "On February, 25": "on" wants a day, the comma is a translation's
        if day is not None and valid_day(month, day[1], None):
            year = self.year_after_day(day[0])
            if year is not None:
                if not valid_day(month, day[1], year[1]):
                    return None
                return year[0], Point(year[1], month, day[1]), "month-day-year"
            return day[0], Point(None, month, day[1]), "month-day"
        year = self.year_after_day(j) or (self.year(j + 1) if self.word(j, "of") else None)  # "in April of 1993"
        if year is not None:
            return year[0], Point(year[1], month), "month-year"
        if abbreviated or not (bare_ok or self.low(i - 1) in lx.TEMPORAL_PREPOSITIONS):
            return None
        return j, Point(None, month), "month"

    def day_first_point(self, i: int, bare_ok: bool) -> PointHit | None:
        """"4 July", "27 September 2020", "22nd of August", "4th of July, 1993", "25-26 of February 1992" (the
        ordinal's "of" after a bare number), a broadcast's "20 May 04"."""
        day = self.day(i)
        if day is None:
            return None
        j = day[0]
        rule = "day-month"
        if self.word(j, "of"):
            j += 1
            rule = "day-of-month"
        found = self.month(j)
        if found is None or not valid_day(found[1], day[1], None):
            return None
        k, month, _ = found
        year = self.year_after_day(k) or self.short_year(k)
        if year is not None and valid_day(month, day[1], year[1]):
            return year[0], Point(year[1], month, day[1]), rule + "-year"
        return k, Point(None, month, day[1]), rule

    def season(self, i: int, bare_ok: bool) -> PointHit | None:
        """"spring of 1993", "summer in 1993", "spring of1993", "summer 1993", "the summer", "winter"."""
        if not self.word(i, *lx.SEASONS):
            return None
        season = lx.SEASONS[self.low(i)]
        j = i + 1
        if self.word(j, "of", "in") and self.year(j + 1):
            k, year = self.year(j + 1)
            return k, season_of_year(year, season, self.runs_into(k, year)), "season-of-year"
        found = self.year(j)
        if found is not None:
            return found[0], season_of_year(found[1], season, self.runs_into(found[0], found[1])), "season-year"
        if self.low(i) in lx.AMBIGUOUS_SEASONS:
            before = self.low(i - 1)
            if self.low(i) == "fall" or before not in ("the", "in", "this", "last", "next", "early", "late", "mid", "-"):
                return None
        return j, Point(None, season=season), "season"

    def runs_into(self, k: int, year: int) -> bool:
        """Does the next year follow the one just read ("winter 1993-94", "winter of 1993/1994")?"""
        return (0 <= k + 1 < self.n and self.low(k) in ("-", "–", "/") and self.t[k + 1].kind == "num"
                and int(self.t[k + 1].text) in (year + 1, (year + 1) % 100))

    def bare_year(self, i: int, bare_ok: bool) -> PointHit | None:
        """"1993", "the 2020 war", "1993 Summer" -- but not "around 1500 Afghans", "resolution 853", "1600 gmt"."""
        year = self.year(i)
        if year is None or self.low(i - 1) in lx.QUANTIFIERS or self.military_clock(i) or self.counts_people(i):
            return None
        j, value = year
        season = self.low(j) if self.word(j, *lx.SEASONS) else None
        if season and (season not in lx.AMBIGUOUS_SEASONS or self.t[j].capitalized):
            return j + 1, Point(value, season=lx.SEASONS[season]), "year-season"
        return j, Point(value), "year"

    def counts_people(self, i: int) -> bool:
        """Four digits that count what the plural noun after them names, told by a verb before them ("officials
        said 1000 Azeris had been killed", "they evacuated 1200 villagers"): a year follows a preposition or
        a determiner ("in 1993 Armenians", "the 1995 elections"), never a bare lower-case verb."""
        before, after = self.t[i - 1] if i > 0 else None, self.t[i + 1] if i + 1 < self.n else None
        if before is None or after is None or before.kind != "word" or after.kind != "word" or self.glued(i - 1):
            return False
        if before.capitalized or before.low in lx.TEMPORAL_PREPOSITIONS or before.low in _YEAR_OPENERS:
            return False
        noun = after.low
        return len(noun) > 3 and noun.endswith("s") and not noun.endswith(("ss", "us")) and noun != "this"

    def century(self, i: int, bare_ok: bool) -> PointHit | None:
        """"the 19th century", "the fourth century": TIMEX3 counts centuries from 00 (the 19th is "18")."""
        if not 0 <= i < self.n or not self.word(i + 1, "century"):
            return None
        nth = self.t[i].number if self.t[i].kind == "ordinal" else lx.ORDINAL_WORDS.get(self.low(i))
        return (i + 2, Point(century=nth - 1), "century") if nth and nth <= 21 else None

    def decade(self, i: int, bare_ok: bool) -> PointHit | None:
        """"1990s"; "'90s" only after an apostrophe (a bare "90s" is usually an age)."""
        if not 0 <= i < self.n or self.t[i].kind != "decade":
            return None
        value = self.t[i].number
        if value >= 1000:
            return (i + 1, Point(decade=value // 10), "decade") if MIN_YEAR <= value <= MAX_YEAR else None
        if self.low(i - 1) in ("'", "\u2019"):
            return i + 1, Point(decade=190 + value // 10), "decade"
        return None

    def numeric(self, i: int, bare_ok: bool) -> PointHit | None:
        """ISO "1993-04-03"; "05/10/1992" (day first unless the document writes month first); a site's
        stamp "23-07-2014", "07.14.20" (day first; month first only where the second number cannot be a month)."""
        if not 0 <= i < self.n:
            return None
        tok = self.t[i]
        if tok.kind == "iso":
            year, month, day = (int(x) for x in tok.text[:10].split("-"))
            rule = "iso-date"
        elif tok.kind == "daymonth":  # "27.03.-03.04.1993": the range's end gives the year
            day, month = (int(x) for x in tok.text.split(".")[:2])
            if not (1 <= month <= 12 and 1 <= day <= 31):
                return None
            return i + 1, Point(None, month, day), "numeric-date"
        elif tok.kind == "numdate":
            a, b, c = (int(x) for x in tok.text.replace(".", "/").replace("-", "/").split("/"))
            # whatever the separator, a second number that cannot be a month is the day ("07.14.20", a US page's stamp)
            month_first = (a <= 12 < b) or ("/" in tok.text and a <= 12 and not self.day_first)
            day, month = (b, a) if month_first else (a, b)
            year = c if c >= 100 else (2000 + c if c < 50 else 1900 + c)
            rule = "numeric-date"
        else:
            return None
        if not (1 <= month <= 12 and MIN_YEAR <= year <= MAX_YEAR and 1 <= day <= 31):
            return None
        if not valid_day(month, day, year):
            return None
        return i + 1, Point(year, month, day), rule


# The readers in priority order (a tie goes to the one listed first), each under the token kinds it can start on:
# a month, a season or an ordinal word ("fourth century") is a word; a day a number or an ordinal; a year a number.
# A reader taught to start on another kind is listed under it too (tests/test_timex_points.py checks this table).
_READERS: dict[str, tuple] = {
    "word": (Points.month_first, Points.season, Points.century),
    "num": (Points.day_first_point, Points.bare_year),
    "ordinal": (Points.day_first_point, Points.century),
    "decade": (Points.decade,),
    "iso": (Points.numeric,),
    "numdate": (Points.numeric,),
    "daymonth": (Points.numeric,),
}
