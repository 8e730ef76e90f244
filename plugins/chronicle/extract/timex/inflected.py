"""The date grammar of languages that inflect their date words (Russian, Azerbaijani, Armenian).

Same frames as the English grammar, same resolver after it; only the reading
differs. These languages mark a date's role with case endings rather than
prepositions ("3 марта", "martın 3-də", "մարտի 3-ին"), glue endings to
digits with a hyphen ("3-го", "1994-cü", "1980-ական") and put the year
first as readily as last ("1994-cü il martın 3-də", "1994 թ. մարտի 3-ին").
So the rules read a *number with its ending* as one unit and accept day,
month and year in either order; every word they know comes from the
language's YAML file (``languages``), none is written here.

Span convention as in English: the minimal phrase, without a leading
preposition ("в марте" -> "марте", "с 3 марта по 11 апреля" -> "3 марта по
11 апреля"), with the year's word ("1994 года", "1994 թ.", "1994-cü il").
"""

from __future__ import annotations

from functools import partial

from chronicle.extract.timex import lexicon as en
from chronicle.extract.timex.calendar import season_of_year
from chronicle.extract.timex.frames import DOCUMENT, Frame, Point
from chronicle.extract.timex.inflected_days import DayWords
from chronicle.extract.timex.inflected_numbers import DASHES, NumberWords
from chronicle.extract.timex.languages import Lexicon, Phrases
from chronicle.extract.timex.rules.blocks import MAX_YEAR, MIN_YEAR, valid_day
from chronicle.extract.timex.rules.points import Points
from chronicle.extract.timex.rules.sentence import Hit, PointHit
from chronicle.extract.timex.rules.spans import share_year, unify
from chronicle.extract.timex.tokens import Token

_DOTS = frozenset({".", "\u2024"})  # "թ." is also written with the one-dot leader
_STOPS = frozenset({".", "!", "?", ";", ":", "\u0589", "\u2022"})
_PORTIONS = {mod: portion for mod, portion in en.FUZZY_NOUNS.values()}
# A century's Roman numeral, its X and I often typed as the Cyrillic letters that look alike ("ХХ века").
_ROMAN = {"I": 1, "V": 5, "X": 10}
_LOOKALIKES = str.maketrans("ХІ", "XI")
_LAST_CENTURY = 21


def _roman(text: str) -> int | None:
    """"XIX" -> 19, "ХХ" (Cyrillic) -> 20; None for any other word."""
    letters = text.translate(_LOOKALIKES)
    if not letters or any(ch not in _ROMAN for ch in letters):
        return None
    values = [_ROMAN[ch] for ch in letters]
    return sum(-v if v < nxt else v for v, nxt in zip(values, [*values[1:], 0]))


def parse_sentence(tokens: list[Token], lexicon: Lexicon, day_first: bool = True) -> list[Frame]:
    """Frames for every date expression in one sentence, in reading order."""
    return _Reader(tokens, lexicon, day_first).scan()


class _Reader(DayWords, NumberWords):
    def __init__(self, tokens: list[Token], lexicon: Lexicon, day_first: bool) -> None:
        self.t = tokens
        self.n = len(tokens)
        self.lx = lexicon
        self.w = lexicon.words
        self.low = [t.low.replace("i\u0307", "i") for t in tokens]  # Azerbaijani "İyun" lower-cases with a dot
        self.numeric_dates = Points(tokens, day_first)
        self.numbers: dict[int, tuple[int, int, str] | None] = {}  # memo: rules ask for the same tokens
        self.points: dict[int, PointHit | None] = {}

    # ------------------------------------------------------------ helpers
    def is_word(self, i: int) -> bool:
        return 0 <= i < self.n and self.t[i].kind == "word"

    def word_in(self, i: int, key: str) -> bool:
        return self.is_word(i) and self.low[i] in self.w[key]

    def glued(self, i: int) -> bool:
        return 0 < i < self.n and not self.t[i].gap

    def dash(self, i: int) -> bool:
        return 0 <= i < self.n and self.t[i].text in DASHES

    def dot(self, j: int) -> int:
        """After an abbreviation ("г.", "гг.", "թ."), its glued period; a full word's period ends the sentence."""
        abbreviated = self.low[j - 1] in self.w["abbreviations"]
        return j + 1 if abbreviated and j < self.n and self.t[j].text in _DOTS and self.glued(j) else j

    def phrase(self, key: str, i: int) -> tuple[int, object] | None:
        """The longest phrase of a table starting at token i, and its meaning."""
        if not self.is_word(i):
            return None
        table: Phrases = self.lx.tables[key]
        for rest, meaning in table.get(self.low[i], ()):
            if all(self.is_word(i + 1 + k) and self.low[i + 1 + k] == word for k, word in enumerate(rest)):
                return i + 1 + len(rest), meaning
        return None

    def frame(self, i: int, j: int, rule: str, kind: str, **fields) -> Hit:
        return j, Frame(self.t[i].start, self.t[j - 1].end, rule, kind, **fields)

    def longest(self, i: int, readers) -> tuple | None:
        best = None
        for reader in readers:
            hit = reader(i)
            if hit is not None and (best is None or hit[0] > best[0]):
                best = hit
        return best

    # ------------------------------------------------------------ driver
    def scan(self) -> list[Frame]:
        found: list[tuple[int, int, Frame]] = []
        i = 0
        while i < self.n:
            hit = self.expression(i) if self.may_open(i) else None
            if hit is None:
                i += 1
                continue
            j, frame = hit
            if frame.point is not None and frame.point.precision == "day" and self.names_document(i, j):
                frame = frame.but(rule=frame.rule + DOCUMENT)
            found.append((i, j, frame.but(topic=True) if self.opens_sentence(i) else frame))
            i = j
        return self.coordinated(found)

    def coordinated(self, found: list[tuple[int, int, Frame]]) -> list[Frame]:
        """"в январе, июне и июле 1993 года": points listed with a comma or "и" take the year of the last."""
        frames: list[Frame] = []
        run: list[Frame] = []
        last_end = -1
        for i, j, frame in found:
            if not (run and frame.kind == "point" and self.joins(last_end, i)):
                frames += share_year(run) if run else []
                run = []
            if frame.kind == "point":
                run.append(frame)
            else:
                frames.append(frame)
            last_end = j
        return frames + (share_year(run) if run else [])

    def joins(self, end: int, start: int) -> bool:
        """Only commas and "and" stand between two dates."""
        between = range(end, start)
        return bool(between) and all(self.t[k].text == "," or self.word_in(k, "and_words") for k in between)

    def may_open(self, i: int) -> bool:
        tok = self.t[i]
        if tok.kind != "word":
            return tok.kind in ("num", "iso", "numdate", "daymonth", "clock")
        return self.low[i] in self.lx.openers or self.word_in(i + 1, "century_words") or self.low[i] in self.lx.misspelt

    def expression(self, i: int) -> Hit | None:
        readers = (self.dated, self.fuzzy_before, self.night, self.dawn_night, self.listed_day, self.day_listed_after,
                   self.relative, self.this_day_back, self.weekday, self.part_alone, self.clock_time, self.ago, self.length)
        return self.longest(i, readers)

    def names_document(self, i: int, j: int) -> bool:
        """Does the day read from token i to j name a document? In the genitive, a document's noun right after it or
        one word after ("նոյեմբերի 9-ի եռակողմ հայտարարությունը"), or the noun before it with its link ("заявления от
        10 ноября")."""
        after = self.word_in(j, "document_nouns") or (self.is_word(j) and self.word_in(j + 1, "document_nouns"))
        return (after and self.word_in(j - 1, "document_endings")) or (
            self.word_in(i - 1, "document_links") and self.word_in(i - 2, "document_nouns"))

    def opens_sentence(self, i: int) -> bool:
        """Only a preposition or two stand before token i ("В 1993 году ...", "1993-cü ildə ...")."""
        k = i - 1
        while k >= 0 and self.low[k] in self.w["topic_lead"]:
            k -= 1
        return k < 0 or self.t[k].text in _STOPS

    # ------------------------------------------------------------ points
    def point(self, i: int) -> PointHit | None:
        """The longest calendar point starting at token i (asked by several rules: read once)."""
        if i not in self.points:
            readers = (self.day_month, self.year_first, self.month_first, self.season, self.decade, self.bare_year,
                       self.numeric, self.century)
            self.points[i] = self.longest(i, readers)
        return self.points[i]

    def day_month(self, i: int) -> PointHit | None:
        """"3 марта 1994 года", "3-го марта", "3 mart 1994-cü il", "3 մարտի 1994 թ."."""
        day = self.day(i)
        month = day and self.month(day[0])
        if not month or not valid_day(month[1], day[1], None):
            return None
        j = month[0]
        year = self.year(j + (j < self.n and self.t[j].text == ","))
        if year is not None and valid_day(month[1], day[1], year[1]):
            return year[0], Point(year[1], month[1], day[1]), "day-month-year"
        return j, Point(None, month[1], day[1]), "day-month"

    def month_first(self, i: int, year_before: bool = False) -> PointHit | None:
        """"марта 1994 года", "martın 3-də", "մարտի 3-ին", "в марте"; after its year ``year_before``."""
        month = self.month(i)
        if month is None:
            return None
        j, number = month
        day = self.day(j) if self.lx.month_day else None
        if day is not None and valid_day(number, day[1], None):
            return day[0], Point(None, number, day[1]), "month-day"
        year = self.year(j)
        if year is not None:
            return year[0], Point(year[1], number), "month-year"
        return None if self.ambiguous(i, j) and not year_before else (j, Point(None, number), "month")

    def year_first(self, i: int) -> PointHit | None:
        """"1994-cü il martın 3-də", "1994 թվականի մարտի 3-ին", "1993-cü ilin yayında", "1993 թ. ամռանը"."""
        year = self.year(i)
        if year is None:
            return None
        j = year[0] + (year[0] < self.n and self.t[year[0]].text == ",")
        after_year = (partial(self.month_first, year_before=True), self.day_month, partial(self.season_of, year_before=True))
        inner = self.longest(j, after_year)
        if inner is None or inner[1].year is not None:
            return None
        k, point, rule = inner
        if point.day is not None and not valid_day(point.month, point.day, year[1]):
            return None
        if point.season is not None:  # "1992-ci ilin qışında": the winter of the year 1992, its January and February
            return k, season_of_year(year[1], point.season), "year-" + rule
        return k, point.with_year(year[1]), "year-" + rule

    def season(self, i: int) -> PointHit | None:
        """"летом 1993 года", "лето 1993 года", "летом", "yayda", "ամռանը"."""
        return self.season_of(i, year_before=False)

    def season_of(self, i: int, year_before: bool) -> PointHit | None:
        found = self.phrase("seasons", i)
        if found is None:
            return None
        j, season = found
        year = self.year(j)
        if year is not None:
            return year[0], season_of_year(year[1], season), "season-year"
        if self.low[i] in self.w["ambiguous_seasons"] and not year_before:
            return None
        return j, Point(None, season=season), "season"

    def bare_year(self, i: int) -> PointHit | None:
        year = self.year(i)
        return None if year is None else (year[0], Point(year[1]), "year")

    def decade(self, i: int) -> PointHit | None:
        """"1980-х", "в 90-е годы", "80-ci illər", "1980-ական թվականներ"."""
        found = self.number(i)
        if found is None or len(self.t[i].text) not in (2, 4):
            return None
        j, value, ending = found
        plural = bool(ending) and self.word_in(j, "years_words")  # "80-ci illər"; "1990 гг." ends a range of years
        if value % 10 or not (ending in self.w["decade_suffixes"] or plural):
            return None
        if plural:
            j = self.dot(j + 1)
        decade = value // 10 if value >= 1000 else 190 + value // 10
        return (j, Point(decade=decade), "decade") if MIN_YEAR <= decade * 10 <= MAX_YEAR else None

    def century(self, i: int) -> PointHit | None:
        """"XX века", "ХХ век", "XIX əsrin", "XX դարի": TIMEX3 counts centuries from 00 (the 20th is "19")."""
        number = _roman(self.t[i].text) if self.is_word(i) and self.word_in(i + 1, "century_words") else None
        return (i + 2, Point(century=number - 1), "century") if number and number <= _LAST_CENTURY else None

    def numeric(self, i: int) -> PointHit | None:
        """"03.03.1994", "1994-03-03": read as in English."""
        return self.numeric_dates.numeric(i, True)

    # ------------------------------------------------------------ dated expressions
    def dated(self, i: int) -> Hit | None:
        """A point or a range, with a weekday before it and a part of day or a modifier after it; a month or day
        of a year named from the document's ("в июле прошлого года", "ötən ilin iyulunda")."""
        j = i
        weekday = self.weekday_name(i)
        before = self.phrase("relative_years", i) if weekday is None else None
        if weekday is not None:
            j = weekday[0] + (weekday[0] < self.n and self.t[weekday[0]].text == ",")
        elif before is not None:
            j = before[0]
        hit = self.longest(j, (self.range_, self.day_span, self.point_frame))
        if hit is None or (weekday is not None and hit[1].point.precision != "day"):
            return None
        k, frame = hit
        if j != i:
            frame = frame.but(start=self.t[i].start)
        if frame.kind == "point" and frame.point.year is None and frame.point.precision in ("month", "day"):
            after = self.phrase("relative_years", k) if before is None else None
            if after is not None:
                k, frame = after[0], frame.but(end=self.t[after[0] - 1].end)
            shift = (before or after or (None, None))[1]
            if shift is not None:
                frame = frame.but(year_shift=shift)
        elif before is not None:
            return None
        if frame.point.precision == "day":
            part = self.phrase("parts_of_day", k)
            if part is not None:
                return part[0], frame.but(end=self.t[part[0] - 1].end, part=part[1], rule=frame.rule + "+part")
            return k, frame
        return self.fuzzy_after(k, frame) or (k, frame)

    def point_frame(self, i: int) -> Hit | None:
        found = self.point(i)
        if found is None:
            return None
        j, point, rule = found
        return self.frame(i, j, rule, "point", point=point)

    def range_(self, i: int) -> Hit | None:
        """"с 3 марта по 11 апреля", "1992-1994 гг.", "martın 3-dən aprelin 11-dək", "1992-ից մինչև 1994 թ."."""
        first = self.point(i)
        if first is None:
            return None
        j, a, _ = first
        opened = any(self.low[j - 1].endswith(e) for e in self.w["from_endings"])
        if self.dash(j) or self.word_in(j, "range_words"):
            j += 1
        elif not opened:
            return None
        second = self.point(j) or self.partial(j, a)
        if second is None:
            return None
        unified = unify(a, second[1])
        if unified is None:
            return None
        return self.frame(i, second[0], "range", "range", point=unified[0], upto=unified[1])

    def partial(self, i: int, a: Point) -> PointHit | None:
        """A range's end that borrows its start's month: "մարտի 3-4-ը", "3-dən 11-dək"; "1992-94"."""
        if a.precision == "day":
            day = self.day(i)
            if day is None or not valid_day(a.month, day[1], a.year) or self.counts_days(day[0]):
                return None
            year = self.year(day[0])
            return (year[0], Point(year[1], a.month, day[1]), "partial-day") if year else (
                day[0], Point(a.year, a.month, day[1]), "partial-day")
        if a.precision == "year" and i < self.n and self.t[i].kind == "num" and len(self.t[i].text) == 2:
            found = self.number(i)
            j = self.dot(found[0] + 1) if self.word_in(found[0], "years_words") else found[0]
            return j, Point(a.year // 100 * 100 + found[1]), "partial-year"
        return None

    def counts_days(self, j: int) -> bool:
        """"день", "gün", "օր" follows: "24 октября – 28-й день войны" is a day and a count, no range."""
        unit = self.phrase("units", j)
        return unit is not None and unit[1] == "day"

    def day_span(self, i: int) -> Hit | None:
        """"3-4 марта", "3–4 aprel 2016": a day before a dash borrows the month that follows."""
        day = self.day(i)
        if day is None or not (self.dash(day[0]) or self.word_in(day[0], "range_words")):
            return None
        second = self.day_month(day[0] + 1)
        if second is None or day[1] >= second[1].day:
            return None
        b = second[1]
        return self.frame(i, second[0], "day-range", "range", point=Point(b.year, b.month, day[1]), upto=b)

    # ------------------------------------------------------------ modifiers
    def fuzzy_before(self, i: int) -> Hit | None:
        """"в начале марта", "в конце 1993 года", "в середине 1990-х"."""
        found = self.phrase("fuzzy_before", i)
        if found is None:
            return None
        inner = self.point(found[0])
        if inner is None or inner[1].precision == "day":
            return None
        mod = found[1]
        return self.frame(i, inner[0], f"fuzzy:{mod}", "point", point=inner[1], mod=mod, portion=_PORTIONS[mod])

    def fuzzy_after(self, j: int, frame: Frame) -> Hit | None:
        """"martın əvvəlində", "1993-cü ilin sonunda", "1990-ականների կեսերին"."""
        found = self.phrase("fuzzy_after", j)
        if found is None or frame.kind != "point":
            return None
        mod = found[1]
        end = self.t[found[0] - 1].end
        return found[0], frame.but(end=end, rule=f"fuzzy:{mod}", mod=mod, portion=_PORTIONS[mod])
