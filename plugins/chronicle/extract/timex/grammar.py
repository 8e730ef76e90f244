"""The date grammar: small rules over tokens, each producing a ``Frame``.

``parse_sentence`` walks the tokens left to right. Where a token can open a
date, the rules it can open (``_RULE_OPENERS``, at the end) are tried and the
longest match wins; ties go to the rule listed first. Rules are methods named after the
forms they read, composed from a few building blocks (``month``, ``day``,
``year``, ``point``, ``count``). Nothing here knows the document: a year the
text leaves out stays None for the resolver to infer.

Span convention (from the gold annotation): the minimal phrase, without a
leading preposition or "the" ("22nd of August", "end of the month"), but with
a bounding "by/before/after" ("By August 20") and "around" before a clock.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable

from chronicle.extract.timex import lexicon as lx
from chronicle.extract.timex.frames import Frame, Point, Shift
from chronicle.extract.timex.tokens import Token

Hit = tuple[int, Frame]  # index after the last token used, and the frame read
PointHit = tuple[int, Point, str]  # index after, point, rule name

_MIN_YEAR, _MAX_YEAR = 1000, 2099
_PUNCT_STOPS = frozenset({".", "!", "?", ";", ":", "\u2022"})
_TOPIC_LEAD = frozenset({"in", "during", "throughout", "by", "early", "late", "mid", "-", "the", "from", "until"})
_REL_AMOUNTS = {"same": 0, "following": 1, "next": 1, "previous": -1, "preceding": -1}
_SHIFT_DIRECTIONS = {"later": 1, "afterwards": 1, "afterward": 1, "earlier": -1, "ago": -1, "before": -1}
_SHIFT_UNITS = frozenset({"day", "week", "month", "year", "decade"})
_VAGUE_COUNTS = frozenset({"few", "several", "many"})
_BARE_UNIT_LEAD = frozenset({"within", "for", "in", "over", "after", "during", "lasting", "lasted"})
_SERIES_LEAD = frozenset({"following", "coming", "recent", "past"})
_RATE_WORDS = frozenset({"once", "twice", "times", "per", "hours", "days", "weeks", "months", "minutes"})


def parse_sentence(tokens: list[Token], day_first: bool = True) -> list[Frame]:
    """Frames for every date expression in one sentence, in reading order."""
    return _Grammar(tokens, day_first).scan()


class _Grammar:
    def __init__(self, tokens: list[Token], day_first: bool) -> None:
        self.t = tokens
        self.n = len(tokens)
        self.day_first = day_first
        self._future: bool | None = None

    # ------------------------------------------------------------ helpers
    def low(self, i: int) -> str:
        return self.t[i].low if 0 <= i < self.n else ""

    def word(self, i: int, *words: str) -> bool:
        return 0 <= i < self.n and self.t[i].kind == "word" and self.t[i].low in words

    def glued(self, i: int) -> bool:
        """Token i touches the token before it (no whitespace)."""
        return 0 < i < self.n and not self.t[i].gap

    def dash(self, i: int) -> bool:
        return 0 <= i < self.n and self.t[i].text in lx.DASHES

    def frame(self, i: int, j: int, rule: str, kind: str, **fields) -> Hit:
        return j, Frame(self.t[i].start, self.t[j - 1].end, rule, kind, **fields)

    def connects(self, i: int) -> bool:
        """A range connector: a dash, "to", "until", "through"."""
        return self.dash(i) or self.word(i, *lx.RANGE_WORDS)

    def skip_the(self, i: int) -> int:
        return i + 1 if self.word(i, "the") else i

    @property
    def future(self) -> bool:
        if self._future is None:
            self._future = any(t.low in ("will", "shall") for t in self.t)
        return self._future

    # ------------------------------------------------------------ driver
    def scan(self) -> list[Frame]:
        frames: list[Frame] = []
        i = 0
        while i < self.n:
            tok = self.t[i]
            rules = _WORD_RULES.get(tok.low, ()) if tok.kind == "word" else _KIND_RULES.get(tok.kind, ())
            if rules:
                found = self.expression(i, rules)
                if found:
                    i, more = found
                    frames.extend(more)
                    continue
            i += 1
        return frames

    def expression(self, i: int, rules: tuple[Rule, ...]) -> tuple[int, list[Frame]] | None:
        hit = self.longest(i, rules)
        if hit is None:
            return None
        j, frame = hit
        if self.opens_sentence(i):
            frame = frame.but(topic=True)
        if frame.kind == "point" and frame.clock is None and frame.part is None:
            j, frames = self.coordinated(j, frame)
            return j, self.preceding_days(i, frames)
        return j, [frame]

    def longest(self, i: int, rules: tuple[Rule, ...]) -> Hit | None:
        best = None
        for rule in rules:
            hit = rule(self, i)
            if hit is not None and (best is None or hit[0] > best[0]):
                best = hit
        return best

    def opens_sentence(self, i: int) -> bool:
        """Only a preposition or two stand before token i in its sentence ("In 1993, ...")."""
        k = i - 1
        while k >= 0 and k >= i - 3 and self.t[k].low in _TOPIC_LEAD:
            k -= 1
        return k < 0 or self.t[k].text in _PUNCT_STOPS

    # ------------------------------------------------------------ building blocks
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
        """Digits stuck to a word before them ("A7", "MiG-21"), except a preposition typo ("of1993")."""
        if not self.glued(i):
            return False
        before = self.t[i - 1]
        if before.kind == "word":
            return before.low not in ("of", "in", "since")
        return (
            before.text in lx.DASHES
            and self.glued(i - 1)
            and self.t[i - 2].kind == "word"
            and self.t[i - 2].low not in lx.FUZZY_ADJECTIVES  # "mid-1994" is a date, "BM-21" is not
        )

    def year(self, i: int) -> tuple[int, int] | None:
        """A four-digit year where a year is expected (after a month, a season, "of")."""
        if not 0 <= i < self.n:
            return None
        tok = self.t[i]
        if tok.kind != "num" or len(tok.text) != 4 or not _MIN_YEAR <= int(tok.text) <= _MAX_YEAR:
            return None
        if self.glued_to_word(i) or (i + 1 < self.n and self.t[i + 1].kind == "word" and self.glued(i + 1)):
            return None
        if i + 1 < self.n and (self.t[i + 1].low in lx.MEASURES or self.t[i + 1].text == "%"):
            return None
        return i + 1, int(tok.text)

    def year_after(self, i: int) -> tuple[int, int] | None:
        """An optional ", 1993" after a month and day."""
        if i < self.n and self.t[i].text == ",":
            return self.year(i + 1)
        return self.year(i)

    def valid_day(self, month: int, day: int, year: int | None) -> bool:
        return day <= calendar.monthrange(year or 2000, month)[1]

    # ------------------------------------------------------------ points
    def point(self, i: int, bare_ok: bool = False) -> PointHit | None:
        """The longest calendar point starting at token i."""
        best = None
        for reader in (self.month_first, self.day_first_point, self.season, self.bare_year, self.decade, self.numeric):
            hit = reader(i, bare_ok)
            if hit is not None and (best is None or hit[0] > best[0]):
                best = hit
        return best

    def month_first(self, i: int, bare_ok: bool) -> PointHit | None:
        """"July 4", "Sept. 27", "July 4, 1993", "August 2021", "August" (after "in", "since"...)."""
        found = self.month(i)
        if found is None:
            return None
        j, month, abbreviated = found
        day = self.day(j)
        if day is not None and self.valid_day(month, day[1], None):
            year = self.year_after(day[0])
            if year is not None:
                if not self.valid_day(month, day[1], year[1]):
                    return None
                return year[0], Point(year[1], month, day[1]), "month-day-year"
            return day[0], Point(None, month, day[1]), "month-day"
        year = self.year_after(j)
        if year is not None:
            return year[0], Point(year[1], month), "month-year"
        if abbreviated or not (bare_ok or self.low(i - 1) in lx.TEMPORAL_PREPOSITIONS):
            return None
        return j, Point(None, month), "month"

    def day_first_point(self, i: int, bare_ok: bool) -> PointHit | None:
        """"4 July", "27 September 2020", "22nd of August", "4th of July, 1993"."""
        day = self.day(i)
        if day is None:
            return None
        j = day[0]
        rule = "day-month"
        if self.word(j, "of") and self.t[i].kind == "ordinal":
            j += 1
            rule = "ordinal-of-month"
        found = self.month(j)
        if found is None or not self.valid_day(found[1], day[1], None):
            return None
        k, month, _ = found
        year = self.year_after(k)
        if year is not None and self.valid_day(month, day[1], year[1]):
            return year[0], Point(year[1], month, day[1]), rule + "-year"
        return k, Point(None, month, day[1]), rule

    def season(self, i: int, bare_ok: bool) -> PointHit | None:
        """"spring of 1993", "spring of1993", "summer 1993", "the summer", "winter"."""
        if not self.word(i, *lx.SEASONS):
            return None
        season = lx.SEASONS[self.low(i)]
        j = i + 1
        if self.word(j, "of") and self.year(j + 1):
            return j + 2, Point(self.year(j + 1)[1], season=season), "season-of-year"
        year = self.year(j)
        if year is not None:
            return year[0], Point(year[1], season=season), "season-year"
        if self.low(i) in lx.AMBIGUOUS_SEASONS:
            before = self.low(i - 1)
            if self.low(i) == "fall" or before not in ("the", "in", "this", "last", "next", "early", "late", "mid", "-"):
                return None
        return j, Point(None, season=season), "season"

    def bare_year(self, i: int, bare_ok: bool) -> PointHit | None:
        """"1993", "the 2020 war", "1993 Summer" -- but not "around 1500 Afghans", "resolution 853"."""
        year = self.year(i)
        if year is None or self.low(i - 1) in lx.QUANTIFIERS:
            return None
        j, value = year
        season = self.low(j) if self.word(j, *lx.SEASONS) else None
        if season and (season not in lx.AMBIGUOUS_SEASONS or self.t[j].capitalized):
            return j + 1, Point(value, season=lx.SEASONS[season]), "year-season"
        return j, Point(value), "year"

    def decade(self, i: int, bare_ok: bool) -> PointHit | None:
        """"1990s"; "'90s" only after an apostrophe (a bare "90s" is usually an age)."""
        if not 0 <= i < self.n or self.t[i].kind != "decade":
            return None
        value = self.t[i].number
        if value >= 1000:
            return (i + 1, Point(decade=value // 10), "decade") if _MIN_YEAR <= value <= _MAX_YEAR else None
        if self.low(i - 1) in ("'", "\u2019"):
            return i + 1, Point(decade=190 + value // 10), "decade"
        return None

    def numeric(self, i: int, bare_ok: bool) -> PointHit | None:
        """ISO "1993-04-03"; "05/10/1992" (day first unless the document writes month first)."""
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
            a, b, c = (int(x) for x in tok.text.replace(".", "/").split("/"))
            month_first = "/" in tok.text and (b > 12 or (a <= 12 and not self.day_first))
            day, month = (b, a) if month_first else (a, b)
            year = c if c >= 100 else (2000 + c if c < 50 else 1900 + c)
            rule = "numeric-date"
        else:
            return None
        if not (1 <= month <= 12 and _MIN_YEAR <= year <= _MAX_YEAR and 1 <= day <= 31):
            return None
        if not self.valid_day(month, day, year):
            return None
        return i + 1, Point(year, month, day), rule

    # ------------------------------------------------------------ dated expressions
    def dated(self, i: int) -> Hit | None:
        """A point, a range of points, or a day with a weekday and clock time."""
        best = self.longest(i, (_Grammar.range_, _Grammar.day_span, _Grammar.timed_point))
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
        """A point, with an optional leading/trailing weekday and clock ("20 September 2023 Wednesday 11:31")."""
        j = i
        leading_weekday = self.word(i, *lx.WEEKDAYS) and self.t[i].capitalized
        if leading_weekday:
            j = i + 1 + (self.low(i + 1) == ",")
        found = self.point(j, bare_ok=True)
        if found is None:
            return None
        k, point, rule = found
        if leading_weekday and point.precision != "day":
            return None
        if point.precision != "day":
            return self.frame(i, k, rule, "point", point=point)
        if self.word(k, *lx.WEEKDAYS) or (self.low(k) == "," and self.word(k + 1, *lx.WEEKDAYS)):
            k += 1 + (self.low(k) == ",")
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
        return self.frame(i, k, rule, "point", point=point, clock=clock)

    def range_(self, i: int) -> Hit | None:
        """"June to August 1993", "1992-1994", "March 27 - April 5", "April 1-2, 2016"."""
        first = self.point(i, bare_ok=True)
        if first is None:
            return None
        j, a, _ = first
        if not (self.connects(j) or (self.word(j, "and") and self.word(i - 1, "between"))):
            return None
        second = self.point(j + 1, bare_ok=True) or self.partial(j + 1, a)
        if second is None:
            return None
        k, b, _ = second
        unified = _unify(a, b)
        if unified is None:
            return None
        return self.frame(i, k, "range", "range", point=unified[0], upto=unified[1])

    def partial(self, i: int, a: Point) -> PointHit | None:
        """The end of a range that borrows from its start: "1-2, 2016", "1992-94"."""
        if a.precision == "day":
            day = self.day(i)
            if day is None or not self.valid_day(a.month, day[1], a.year):
                return None
            year = self.year_after(day[0])
            if year is not None:
                return year[0], Point(year[1], a.month, day[1]), "partial-day"
            return day[0], Point(a.year, a.month, day[1]), "partial-day"
        if a.precision == "year" and a.year and i < self.n and self.t[i].kind == "num" and len(self.t[i].text) == 2:
            century = a.year // 100 * 100
            return i + 1, Point(century + int(self.t[i].text)), "partial-year"
        return None

    def day_span(self, i: int) -> Hit | None:
        """"8–9 May", "1-2 April 2016": a day before a dash borrows the month that follows."""
        day = self.day(i)
        if day is None or not (self.connects(day[0]) or (self.word(day[0], "and") and self.word(i - 1, "between"))):
            return None
        second = self.day_first_point(day[0] + 1, True)
        if second is None:
            return None
        k, b, _ = second
        a = Point(b.year, b.month, day[1])
        if day[1] >= b.day:
            return None
        return self.frame(i, k, "day-range", "range", point=a, upto=b)

    def preceding_days(self, i: int, frames: list[Frame]) -> list[Frame]:
        """"16 and 17 October": bare days listed before the dated one share its month and year."""
        point = frames[0].point
        if point.precision != "day" or frames[0].mod:
            return frames
        before: list[Frame] = []
        k = i - 1
        joined = self.word(k, "and")
        while joined or (0 <= k < self.n and self.t[k].text == "," and before):
            day = self.day(k - 1)
            if day is None or day[0] != k or not self.valid_day(point.month, day[1], point.year):
                break
            found = self.frame(k - 1, k, "coordinated-day", "point", point=Point(point.year, point.month, day[1]))
            before.insert(0, found[1])
            k -= 2
            joined = False
        return before + frames

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
                    if day is None or not self.valid_day(point.month, day[1], point.year):
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
        return j, _share_year(frames)

    # ------------------------------------------------------------ modifiers
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
        return self.period_with_mod(i, j, mod, portion, "fuzzy:" + self.low(i))

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
        return self.frame(i, k, rule, "point", point=point, mod=mod, portion=portion)

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
        """"morning of November 1", "night of October 10", "night of 8–9 May"."""
        if not (self.word(i, *lx.PARTS_OF_DAY) and self.word(i + 1, "of")):
            return None
        inner = self.dated(self.skip_the(i + 2))
        if inner is None or inner[1].point.precision != "day" or inner[1].clock:
            return None
        j, frame = inner
        part = lx.PARTS_OF_DAY[self.low(i)]
        return self.frame(i, j, "part-of-day+" + frame.rule, frame.kind, point=frame.point, upto=frame.upto, part=part)

    # ------------------------------------------------------------ relative and anaphoric
    def relative(self, i: int) -> Hit | None:
        """yesterday; this week; earlier this month; the same day; the following day; two days later."""
        w = self.low(i)
        if w in ("yesterday", "today", "tomorrow", "tonight"):
            amount = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}[w]
            part = "NI" if w == "tonight" else None
            j = i + 1
            if part is None and self.word(j, *lx.PARTS_OF_DAY):
                part, j = lx.PARTS_OF_DAY[self.low(j)], j + 1
            return self.frame(i, j, "relative:" + w, "relative", shift=Shift("day", amount, "document"), part=part)
        if w in ("this", "last", "next") and not self.word(i - 1, "the"):
            return self.deictic(i)
        if w in ("earlier", "later") and self.word(i + 1, "this", "that"):
            unit = self.low(i + 2)
            if unit in ("week", "month", "year", "day"):
                base = "document" if self.low(i + 1) == "this" else "narrative"
                shift = Shift(unit, 0, base, edge=w)
                return self.frame(i, i + 3, f"relative:{w}-{self.low(i + 1)}", "relative", shift=shift)
        if w == "same" or (w in _REL_AMOUNTS and self.word(i - 1, "the")):
            return self.anaphoric(i, _REL_AMOUNTS[w])
        if w == "that" and self.word(i + 1, "day", "month", "year", *lx.PARTS_OF_DAY):
            return self.anaphoric(i, 0)
        return self.shifted(i)

    def deictic(self, i: int) -> Hit | None:
        """"this week", "last weekend", "last year", "this morning", "last night": against the document date."""
        amount = {"this": 0, "last": -1, "next": 1}[self.low(i)]
        nxt = self.low(i + 1)
        if nxt in ("week", "weekend", "month", "year"):
            return self.frame(i, i + 2, "relative:" + self.low(i), "relative", shift=Shift(nxt, amount, "document"))
        if nxt in lx.PARTS_OF_DAY and amount != 1:
            shift = Shift("day", amount if nxt == "night" else 0, "document")
            return self.frame(i, i + 2, "relative:" + self.low(i), "relative", shift=shift, part=lx.PARTS_OF_DAY[nxt])
        return None

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
        return self.frame(i, j + 2, "shift:" + direction, "relative", shift=shift)

    def weekday(self, i: int) -> Hit | None:
        """"Tuesday", "last Tuesday", "Tuesday night": against the document date."""
        direction = {"last": -1, "next": 1, "this": 0}.get(self.low(i))
        j = i + 1 if direction is not None else i
        if not (self.word(j, *lx.WEEKDAYS) and self.t[j].capitalized):
            return None
        if direction is None:
            direction = 1 if self.future else 0
        part = None
        k = j + 1
        if self.word(k, *lx.PARTS_OF_DAY):
            part, k = lx.PARTS_OF_DAY[self.low(k)], k + 1
        return self.frame(
            i, k, "weekday", "weekday", weekday=lx.WEEKDAYS[self.low(j)], weekday_direction=direction, part=part
        )

    # ------------------------------------------------------------ clock times
    def clock(self, i: int) -> tuple[int, tuple[int, int]] | None:
        """"06:00", "11:31", "6 a.m.", "6:30 pm"."""
        if not 0 <= i < self.n:
            return None
        tok = self.t[i]
        if tok.kind == "clock":
            hour, minute = (int(x) for x in tok.text.split(":"))
            j = i + 1
        elif tok.kind == "num" and len(tok.text) <= 2 and self.ampm(i + 1):
            hour, minute, j = int(tok.text), 0, i + 1
        else:
            return None
        after = self.ampm(j)
        if after is not None:
            j, pm = after
            if hour > 12:
                return None
            hour = hour % 12 + (12 if pm else 0)
        if hour > 24 or minute > 59:
            return None
        return j, (hour, minute)

    def ampm(self, i: int) -> tuple[int, bool] | None:
        if self.word(i, "am", "pm"):
            return i + 1, self.low(i) == "pm"
        if self.word(i, "a", "p") and self.low(i + 1) == "." and self.word(i + 2, "m"):
            j = i + 3 + (self.low(i + 3) == "." and self.glued(i + 3))
            return j, self.low(i) == "p"
        return None

    def clock_time(self, i: int) -> Hit | None:
        """"around 06:00" (APPROX), "06:00 on 27 September" (a TIME on that day), "11:31"."""
        mod = None
        j = i
        if self.word(i, *lx.APPROXIMATORS):
            mod, j = "APPROX", i + 1
        found = self.clock(j)
        if found is None:
            return None
        k, clock = found
        if self.word(k, "on"):
            day = self.dated(k + 1)
            if day is not None and day[1].kind == "point" and day[1].point.precision == "day" and not day[1].clock:
                return self.frame(i, day[0], "clock-on-date", "point", point=day[1].point, clock=clock, mod=mod)
        return self.frame(i, k, "clock", "clock", clock=clock, mod=mod)

    # ------------------------------------------------------------ durations
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
        if tok.low in _VAGUE_COUNTS:
            return i + 1, None
        return None

    def duration(self, i: int) -> Hit | None:
        """"24 hours", "nine months", "a year and a half", "44-day", "a few days", "over a year"."""
        start = i
        if self.word(i, "over"):
            i += 1
        best = None
        for reader in (self.counted_duration, self.adjectival_duration, self.half_duration, self.series_duration):
            hit = reader(i)
            if hit is not None and (best is None or hit[0] > best[0]):
                best = hit
        if best is None:
            return None
        j, value, rule = best
        if self.dash(j) and self.glued(j) and self.word(j + 1, "by"):
            return None  # "a day-by-day record": a manner, not a length of time
        return self.frame(start, j, rule, "duration", duration=value)

    def counted_duration(self, i: int) -> tuple[int, str, str] | None:
        counted = self.count(i)
        if counted is None:
            return None
        j, amount = counted
        if self.low(i) in ("a", "an") and self.low(i - 1) in _RATE_WORDS:
            return None  # "once a day", "24 hours a day": a frequency, not a duration
        half = self.and_a_half(j)
        if half:
            j = half
        unit = lx.UNITS.get(self.low(j))
        if unit is None or self.t[j].kind != "word":
            return None
        plural = self.low(j) in lx.PLURAL_UNITS
        if (amount is None and not plural) or (amount == 1 and plural and not half and self.t[i].kind == "word"):
            return None
        if self.word(j + 1, "old"):
            return None  # an age: "18 years old"
        k = j + 1
        if not half:
            after = self.and_a_half(k)
            if after:
                half, k = after, after
        return k, _duration_value(amount, unit, bool(half)), "duration"

    def and_a_half(self, i: int) -> int | None:
        if self.word(i, "and") and self.word(i + 1, "a") and self.word(i + 2, "half"):
            return i + 3
        return None

    def adjectival_duration(self, i: int) -> tuple[int, str, str] | None:
        """"44-day war", "three-day truce" -- not "76-year-old"."""
        counted = self.count(i)
        if counted is None or counted[1] is None or self.t[i].low in ("a", "an"):
            return None
        j = counted[0]
        if not (self.dash(j) and self.glued(j) and self.glued(j + 1)):
            return None
        unit = lx.UNITS.get(self.low(j + 1))
        if unit is None or self.low(j + 1) in lx.PLURAL_UNITS:
            return None
        if self.dash(j + 2) and self.word(j + 3, "old"):
            return None
        return j + 2, _duration_value(counted[1], unit, False), "duration-adjective"

    def half_duration(self, i: int) -> tuple[int, str, str] | None:
        """"half a year", "half an hour"."""
        if not (self.word(i, "half") and self.word(i + 1, "a", "an")):
            return None
        unit = lx.UNITS.get(self.low(i + 2))
        if unit is None or self.low(i + 2) in lx.PLURAL_UNITS:
            return None
        return i + 3, _duration_value(0, unit, True), "duration-half"

    def series_duration(self, i: int) -> tuple[int, str, str] | None:
        """"following days", "the next few days", "within days": an unspecified number of units."""
        j = i
        if self.word(i, *_SERIES_LEAD) or (self.word(i, "next") and self.word(i + 1, "few")):
            j = i + 1 + self.word(i + 1, "few")
        elif not self.word(i - 1, *_BARE_UNIT_LEAD):
            return None
        if not self.word(j, *lx.PLURAL_UNITS):
            return None
        if self.word(j + 1, "old", "ago", "later", "earlier"):
            return None
        return j + 1, _duration_value(None, lx.UNITS[self.low(j)], False), "duration-vague"

    BOUNDABLE: tuple[Rule, ...] = ()


Rule = Callable[[_Grammar, int], "Hit | None"]
# The rules in priority order (ties between equally long matches go to the first),
# each with the words and token kinds that can open it. Other tokens try no rule.
_COUNT_WORDS = {*lx.NUMBER_WORDS, "a", "an", *_VAGUE_COUNTS}
_DATE_WORDS = {*lx.MONTHS, *lx.MONTH_ABBREVIATIONS, *lx.SEASONS, *lx.WEEKDAYS}
_RULE_OPENERS: tuple[tuple[Rule, set[str], set[str]], ...] = (
    (_Grammar.bounded, set(lx.BOUNDS), set()),
    (_Grammar.fuzzy, set(lx.FUZZY_ADJECTIVES), set()),
    (_Grammar.part_of, {*lx.FUZZY_NOUNS, *lx.HALVES}, set()),
    (_Grammar.part_of_day, set(lx.PARTS_OF_DAY), set()),
    (_Grammar.dated, _DATE_WORDS, {"num", "ordinal", "iso", "numdate", "daymonth", "decade"}),
    (_Grammar.clock_time, set(lx.APPROXIMATORS), {"clock", "num"}),
    (
        _Grammar.relative,
        {"yesterday", "today", "tomorrow", "tonight", "this", "last", "next", "earlier", "later", "that",
         *_REL_AMOUNTS, *_COUNT_WORDS},
        {"num", "quantity"},
    ),
    (_Grammar.weekday, {*lx.WEEKDAYS, "this", "last", "next"}, set()),
    (_Grammar.duration, {"over", "half", "next", *_SERIES_LEAD, *_COUNT_WORDS, *lx.PLURAL_UNITS}, {"num", "quantity"}),
)
_WORD_RULES = {
    word: tuple(rule for rule, words, _ in _RULE_OPENERS if word in words)
    for word in set().union(*(words for _, words, _ in _RULE_OPENERS))
}
_KIND_RULES = {
    kind: tuple(rule for rule, _, kinds in _RULE_OPENERS if kind in kinds)
    for kind in set().union(*(kinds for _, _, kinds in _RULE_OPENERS))
}
_Grammar.BOUNDABLE = tuple(rule for rule, _, _ in _RULE_OPENERS if rule is not _Grammar.bounded)


def _unify(a: Point, b: Point) -> tuple[Point, Point] | None:
    """Give both ends of a range the same precision and years; None unless start < end."""
    if a.precision != b.precision or a.precision not in ("day", "month", "year", "season"):
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
    return (p.month or 0, p.day or 0)


def _share_year(frames: list[Frame]) -> list[Frame]:
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


def _duration_value(amount: int | None, unit: tuple[str, str, int], half: bool) -> str:
    """TIMEX3 duration: P44D, PT24H, P30Y (three decades), P1Y6M (a year and a half), PXD."""
    name, designator, factor = unit
    time = "T" if designator.startswith("T") else ""
    letter = designator[-1]
    if amount is None:
        vague = {"decade": "DE", "century": "CE"}.get(name, letter)
        return f"P{time}X{vague}"
    whole = f"{amount * factor}{letter}" if amount else ""
    extra = lx.HALF_OF[name] if half else ""
    if time and extra.startswith("T"):
        extra = extra[1:]
    elif not time and extra.startswith("T") and not whole:
        time, extra = "T", extra[1:]
    return f"P{time}{whole}{extra}" if whole or extra else f"P{time}0{letter}"
