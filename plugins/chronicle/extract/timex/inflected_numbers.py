"""Numbers with their case endings, for the inflecting languages' grammar (``inflected``).

These languages glue a case ending to a number, after a hyphen or without one
("3-го", "1994-cü", "3-4-ը", "1994г"), so a day or a year is a number with its
ending, read as one unit; digits glued to a word before them ("Т-72") are a
name, not a date.
"""

from __future__ import annotations

from chronicle.extract.timex import lexicon as en
from chronicle.extract.timex.rules.blocks import MAX_YEAR, MIN_YEAR

MAX_ENDING = 5  # "3-го", "3-ին", "1994-cü", "3-dən": longer glued words are no case endings
DASHES = en.DASHES | {"\u058a"}  # the Armenian hyphen


class NumberWords:
    """Readers mixed into ``inflected._Reader``: they use its tokens, tables and memo of numbers."""

    def number(self, i: int) -> tuple[int, int, str] | None:
        """(index after, value, ending): "3", "3-го", "1994-cü", "1994г", "3-4-ը"'s "4-ը"."""
        if i not in self.numbers:
            self.numbers[i] = self.read_number(i)
        return self.numbers[i]

    def read_number(self, i: int) -> tuple[int, int, str] | None:
        if 0 <= i < self.n and self.t[i].kind == "word":
            return self.spelled_number(i)
        if not 0 <= i < self.n or self.t[i].kind != "num" or self.glued_to_word(i):
            return None
        j, ending = i + 1, ""
        if self.dash(j) and self.glued(j) and self.is_word(j + 1) and self.glued(j + 1) and not self.month(j + 1):
            j, ending = j + 2, self.low[j + 1]  # (a month there begins a range's second day: "12-հուլիսի 23")
        elif self.is_word(j) and self.glued(j):
            j, ending = j + 1, self.low[j]
        return j, int(self.t[i].text), ending

    def spelled_number(self, i: int) -> tuple[int, int, str] | None:
        """A number in words, tens before units: "otuz il əvvəl", "iyirmi yeddi il", "тридцать два года". Only
        counts read it: a day or a year in words is written with digits in these texts (``day`` and ``year``
        take no word longer than two letters or shorter than four digits)."""
        found = self.phrase("number_words", i)
        if found is None:
            return None
        j, value = found
        units = self.phrase("number_words", j) if value >= 20 and value % 10 == 0 else None
        if units is not None and units[1] < 10:
            j, value = units[0], value + units[1]
        return j, value, ""

    def glued_to_word(self, i: int) -> bool:
        """Digits stuck to a word before them: "Т-72", "МиГ-29", "Су25"; not to a month a range's first day ends on
        ("12 июня-23 июля", "12 iyun-23 iyul")."""
        if not self.glued(i):
            return False
        before = self.t[i - 1]
        return before.kind == "word" or (before.text in DASHES and self.glued(i - 1) and self.is_word(i - 2)
                                         and self.phrase("months", i - 2) is None)

    def ending(self, j: int) -> int:
        """Past a hyphen-glued case ending ("նոյեմբ-ից", "23:00-ին"); a month there ends a range ("iyun-iyul")."""
        if (self.dash(j) and self.glued(j) and self.is_word(j + 1) and self.glued(j + 1)
                and len(self.low[j + 1]) <= MAX_ENDING and self.phrase("months", j + 1) is None):
            return j + 2
        return j

    def plain_ending(self, ending: str) -> bool:
        return not ending or (len(ending) <= MAX_ENDING and ending not in self.w["decade_suffixes"])

    def day(self, i: int) -> tuple[int, int] | None:
        found = self.number(i)
        if found is None or len(self.t[i].text) > 2:
            return None
        j, value, ending = found
        if not 1 <= value <= 31 or ending in self.w["year_words"] or len(ending) > MAX_ENDING:
            return None
        return j, value

    def year(self, i: int) -> tuple[int, int] | None:
        """"1994", "1994 года", "1994 г.", "1994-м году", "1994-cü il", "1994 թ.", "1994 թվականին", "1994-ին"."""
        found = self.number(i)
        if found is None or len(self.t[i].text) != 4:
            return None
        j, value, ending = found
        if not MIN_YEAR <= value <= MAX_YEAR:
            return None
        if ending in self.w["year_words"] or ending in self.w["years_words"]:
            return self.dot(j), value
        if not self.plain_ending(ending):
            return None
        if self.word_in(j, "year_words") or self.word_in(j, "years_words"):
            return self.dot(j + 1), value
        if self.word_in(j, "measures") or (j < self.n and self.t[j].text == "%"):
            return None
        return j, value

    def month(self, i: int) -> tuple[int, int] | None:
        """"марта", "martın", "մարտի", "mart ayında", "сент."; a month's name with two letters swapped right beside
        a day's number ("Սեպտմեբերի 19-ին", "19 сентбяря")."""
        found = self.phrase("months", i) or self.misspelt_month(i)
        if found is None:
            return None
        j = self.ending(self.dot(found[0]))
        if self.word_in(j, "month_words"):
            j += 1
        return j, found[1]

    def misspelt_month(self, i: int) -> tuple[int, int] | None:
        """(index after, number) of a misspelt month's name (``languages._misspelt``) a number touches."""
        number = self.lx.misspelt.get(self.low[i]) if self.is_word(i) else None
        beside = 0 < i and self.t[i - 1].kind == "num" or i + 1 < self.n and self.t[i + 1].kind == "num"
        return (i + 1, number) if number is not None and beside else None

    def ambiguous(self, i: int, j: int) -> bool:
        """A month name that is also a word ("մարտ": battle), alone without "month" after it."""
        return j == i + 1 and self.low[i] in self.w["ambiguous_months"]
