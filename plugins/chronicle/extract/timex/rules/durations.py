"""Durations: lengths of time ("24 hours", "a year and a half", "44-day war", "the following days").

A length is no date: it is kept as a TIMEX3 duration value (P44D, PT24H,
P1Y6M, PXD) and never anchors a narrative. The rules are kept apart from the
dates' because what they must refuse differs: an age ("18 years old"), a rate
("twice a day"), a manner ("day-by-day").
"""

from __future__ import annotations

from chronicle.extract.timex import lexicon as lx
from chronicle.extract.timex.rules.blocks import Blocks
from chronicle.extract.timex.rules.sentence import Hit

_BARE_UNIT_LEAD = frozenset({"within", "for", "in", "over", "after", "during", "lasting", "lasted"})
SERIES_LEAD = frozenset({"following", "coming", "recent", "past"})
_RATE_WORDS = frozenset({"once", "twice", "times", "per", "hours", "days", "weeks", "months", "minutes"})


class Durations(Blocks):
    """Readers of a length of time; ``duration`` tries them all and keeps the longest."""

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
        """"24 hours", "a few days", "two and a half years", "a year and a half" -- not an age or a rate."""
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
        """The index after "and a half", wherever it stands ("two and a half years", "two years and a half")."""
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
        if self.word(i, *SERIES_LEAD) or (self.word(i, "next") and self.word(i + 1, "few")):
            j = i + 1 + self.word(i + 1, "few")
        elif not self.word(i - 1, *_BARE_UNIT_LEAD):
            return None
        if not self.word(j, *lx.PLURAL_UNITS):
            return None
        if self.word(j + 1, "old", "ago", "later", "earlier"):
            return None
        return j + 1, _duration_value(None, lx.UNITS[self.low(j)], False), "duration-vague"


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
