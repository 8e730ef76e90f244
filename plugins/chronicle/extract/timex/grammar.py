"""The English date grammar: small rules over tokens, each producing a ``Frame``.

``parse_sentence`` walks the tokens left to right. Where a token can open a
date, the rules it can open (``_RULE_OPENERS``, at the end) are tried and the
longest match wins; ties go to the rule listed first. The rules live in
``timex.rules``, one module per kind of expression (points, spans of points,
relative dates, modifiers, durations), composed from a few building blocks
(``month``, ``day``, ``year``, ``point``, ``count``); ``_Grammar`` joins them
and drives the scan. Nothing here knows the document: a year the text leaves
out stays None for the resolver to infer.

Span convention (from the gold annotation): the minimal phrase, without a
leading preposition or "the" ("22nd of August", "end of the month"), but with
a bounding "by/before/after" ("By August 20") and "around" before a clock.
"""

from __future__ import annotations

from chronicle.extract.timex import lexicon as lx
from chronicle.extract.timex.frames import Frame
from chronicle.extract.timex.rules.blocks import VAGUE_COUNTS
from chronicle.extract.timex.rules.durations import SERIES_LEAD, Durations
from chronicle.extract.timex.rules.modifiers import Modifiers
from chronicle.extract.timex.rules.relative import REL_AMOUNTS
from chronicle.extract.timex.rules.sentence import Rule
from chronicle.extract.timex.tokens import Token

_YEAR_OF = {"this": 0, "last": -1, "next": 1, "previous": -1}
_PUNCT_STOPS = frozenset({".", "!", "?", ";", ":", "\u2022"})
_TOPIC_LEAD = frozenset({"in", "during", "throughout", "by", "early", "late", "mid", "-", "the", "from", "until", "at", "towards", "toward",
                         "around"})


def parse_sentence(tokens: list[Token], day_first: bool = True) -> list[Frame]:
    """Frames for every date expression in one sentence, in reading order."""
    return _Grammar(tokens, day_first).scan()


class _Grammar(Modifiers, Durations):
    """Every rule of the layers, and the scan that tries at each token the rules it can open."""

    def scan(self) -> list[Frame]:
        """Left to right; a token opens only the rules listed for it, and a match is skipped whole."""
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
        """The longest match at token i; a plain point also takes the days listed before it and the points after it."""
        hit = self.longest(i, rules)
        if hit is None:
            return None
        j, frame = hit
        if self.names_a_war(frame, j) or self.names_a_document(frame, i, j):
            return None
        if self.opens_sentence(i):
            frame = frame.but(topic=True)
        if frame.kind == "point" and frame.point.year is None and self.word(j, "of") and self.word(j + 2, "year"):
            shift = _YEAR_OF.get(self.low(j + 1))  # "March of this year", "in July of last year": the document's years
            if shift is not None:
                frame, j = frame.but(end=self.t[j + 2].end, year_shift=shift), j + 3
        if frame.kind == "point" and frame.clock is None:
            if (frame.part is None and frame.point.precision == "day" and self.word(j, *lx.PARTS_OF_DAY)
                    and not self.word(j + 1, "of")):
                return j + 1, [frame.but(end=self.t[j].end, part=lx.PARTS_OF_DAY[self.low(j)])]  # "May 16 evening"
            j, frames = self.coordinated(j, frame)  # "on the evening of October 16th and 17th": two days
            return j, self.joined(self.preceding_days(i, frames))
        return j, [frame]

    def names_a_war(self, frame: Frame, j: int) -> bool:
        """"the April war", "the autumn war": a month or season without its year before a war noun is a name."""
        point = frame.point
        named = frame.kind == "point" and point.year is None and point.precision in ("month", "season")
        return named and self.word(j, *lx.WAR_NOUNS)

    def names_a_document(self, frame: Frame, i: int, j: int) -> bool:
        """"resolution 822 (1993)": a year in brackets right after a number is part of a document's symbol."""
        point = frame.point
        if frame.kind != "point" or point is None or point.precision != "year" or i < 2 or j >= self.n:
            return False
        return self.t[i - 1].text == "(" and self.t[i - 2].kind == "num" and self.t[j].text == ")"

    def opens_sentence(self, i: int) -> bool:
        """Only a preposition or two stand before token i in its sentence ("In 1993, ...")."""
        k = i - 1
        while k >= 0 and k >= i - 3 and self.t[k].low in _TOPIC_LEAD:
            k -= 1
        return k < 0 or self.t[k].text in _PUNCT_STOPS


# The rules in priority order (ties between equally long matches go to the first),
# each with the words and token kinds that can open it. Other tokens try no rule.
_COUNT_WORDS = {*lx.NUMBER_WORDS, "a", "an", *VAGUE_COUNTS}
_DATE_WORDS = {*lx.MONTHS, *lx.MONTH_ABBREVIATIONS, *lx.SEASONS, *lx.WEEKDAYS, *lx.ORDINAL_WORDS}
_RULE_OPENERS: tuple[tuple[Rule, set[str], set[str]], ...] = (
    (_Grammar.bounded, set(lx.BOUNDS), set()),
    (_Grammar.fuzzy, set(lx.FUZZY_ADJECTIVES), set()),
    (_Grammar.part_of, {*lx.FUZZY_NOUNS, *lx.HALVES}, set()),
    (_Grammar.counted_part, {"first", "last"}, set()),
    (_Grammar.part_of_day, set(lx.PARTS_OF_DAY), set()),
    (_Grammar.narrative_part, set(lx.PARTS_OF_DAY), set()),
    (_Grammar.dated, _DATE_WORDS, {"num", "ordinal", "iso", "numdate", "daymonth", "decade"}),
    (_Grammar.clock_time, {*lx.APPROXIMATORS, *(w for w, n in lx.NUMBER_WORDS.items() if n <= 12), "midnight", "noon"},
     {"clock", "num", "quantity"}),
    (_Grammar.clock_range, {"midnight", "noon"}, {"clock", "num"}),
    (
        _Grammar.relative,
        {"yesterday", "today", "tomorrow", "tonight", "overnight", "this", "last", "past", "next", "earlier", "later", "that",
         "day", "weekend", *REL_AMOUNTS, *_COUNT_WORDS, *lx.ORDINAL_WORDS},
        {"num", "quantity", "ordinal"},
    ),
    (_Grammar.weekday, {*lx.WEEKDAYS, "this", "last", "next"}, set()),
    (_Grammar.duration, {"over", "half", "next", *SERIES_LEAD, *_COUNT_WORDS, *lx.PLURAL_UNITS}, {"num", "quantity"}),
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
