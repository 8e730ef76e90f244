"""Resolution: turn the grammar's frames into dated ``DateMention``s, like a careful reader.

Two kinds of anchor fill what the text leaves out:

* the **document date** (passed in, else the date the text states for
  itself: a header line, a dateline, a closing line; see ``header``): for
  "yesterday", "on Tuesday", "this week", "earlier this month", "three years ago";
* the **narrative**, read in order: the last day, month and year the text
  established, for "the same day", "two days later", "end of the month" and
  for the year of an underspecified "On July 4".

The year of an underspecified date comes, in this order, from an explicit year
earlier in the same sentence; the narrative's current year (initially the
title's year); the document date; the first later date written with its year
(a text may name its year only in its fourth paragraph); the last year the text
named before it, even in an aside (a book's page that names its year once). A bare year moves the
narrative only when it opens its sentence ("In 1993 it sent..."): captions
("The Aghdam mosque in 2011.") and asides ("tense since 1991") do not.

A dated text tells the past: a day the document's year would put after the
document's date ("from September 27 to November 10" in a May 2021 piece) is
of the last earlier year the text named, else of the year before, unless the
sentence speaks of the future ("scheduled for September 21"). A paragraph that
commemorates ("Four years have passed since the 2016 April War") tells its
days in the year it names; a lead that does ("25 years pass since the
occupation of Kalbajar") gives that year to the days the whole piece tells
without a year, unless a year the text wrote since, the future or the piece's
own day ("today", "this year") dates them. A chronology that opens by naming
one war of a single year ("the 44-day war") and was written after it dates its
day headings ("September 27") in the war's year. A date naming a document ("the statement of
November 9, 2020") does not move the narrative. "28 years later" counts from
the last year its paragraph named; the dawn or the small hours after a night
the paragraph told are the next day's.
Each mention records the rule that read it and the anchor that dated it.
"""

from __future__ import annotations

import datetime as dt
import re

from chronicle.extract.cuetext import search_end
from chronicle.extract.timex import calendar as cal
from chronicle.extract.timex.anchors import DocumentAnchors, began_since, dates_a_thing
from chronicle.extract.timex.clauses import in_aside, names_a_document, year_after
from chronicle.extract.timex.deixis import Deixis
from chronicle.extract.timex import lexicon as lx
from chronicle.extract.timex.frames import DOCUMENT, Frame, Point
from chronicle.extract.timex.header import counted_years
from chronicle.extract.timex.lines import day_heading, ends_prose, stamped_day, time_stamp
from chronicle.extract.timex.mention import bounded, clocked, date_mention, unresolved
from chronicle.literals import Cued
from chronicle.model import DateMention
from chronicle.records import replace

_OPEN_BOUNDS = {"BEFORE", "AFTER"}
_FUTURE = Cued(re.compile(r"\b(?:" + "|".join(sorted(lx.FUTURE_WORDS)) + r")\b", re.IGNORECASE))
# "Today marks the 4th anniversary", "Four years have passed since", "31 years ago", "Ten years on from the battle":
# a paragraph that looks back.
# The same in Russian, Azerbaijani and Armenian: "34-я годовщина", "27 лет назад", "проходит 3 года", "минуло 27 лет",
# "27 лет со дня"; "27 il ötür", "26 il əvvəl", "ildönümü"; "27 տարի առաջ", "27 տարի է անցել", "տարելից".
_LOOKS_BACK = Cued(re.compile(
    r"\b(?:anniversary|years?\s+(?:have\s+|has\s+)?pass(?:ed)?|years?\s+ago|years?\s+on\s+from)\b"
    r"|(?<!\w)(?:годовщин|(?:лет|года?)\s+(?:назад|прошл|минул|со\s+дня|с\s+момента)|(?:проход|прошл|минул|исполн)\w*\s+\w+"
    r"(?:\s+\w+)?\s+(?:лет|года?)(?!\w)|il\s+(?:ötür|keçir|tamam|əvvəl)|ildönüm|տարի\s+(?:առաջ|է\s+անց)|տարելից)", re.IGNORECASE))
# The first paragraphs (a headline, a dateline, the lead): a count of years there says what the whole piece remembers.
# A page that heads its lead with lines of no prose (a title twice, a stamp, a read counter) still has its lead: the
# first paragraph of prose.
_LEAD_PARAGRAPHS = 3
# "Today veterans laid flowers on May 9", "this year's ceremony": a sentence of the piece's own day, not the story's.
_NOW = Cued(re.compile(r"(?<!\w)(?:today|tonight|this\s+(?:year|month|week)|now|currently|at\s+present|сегодня|bu\s+gün)(?!\w)",
                       re.IGNORECASE))
_IN_BEFORE = re.compile(r"\b(?:in|during|throughout)\s+$", re.IGNORECASE)  # "the war ... in 1993 was marked by"
_ASIDE_REACH = 120  # how far back a relative clause that has not closed before the date is read (``Resolver.aside``)
# "last December": the one before the writing, which a text known only by its war's year cannot place.
_LAST = re.compile(r"\blast\s+$", re.IGNORECASE)
# "(Story last updated June 23)", "Updated: June 23": the page's own later day, after its publication, not before it;
# the days its story tells up to then are not in the past of the publication's date either.
_UPDATED = re.compile(r"\bupdated(?:\s+on)?\s*:?\s*$", re.IGNORECASE)
# What may stand between a clock and the day it is on: " yesterday", " local time on Monday", ", on Sunday".
_DAY_NEXT_TO_CLOCK = re.compile(r"[\s,]*(?:\(?[A-Za-z]{1,5}\)?\s+)?(?:local\s+time\s+)?(?:on\s+|of\s+)?")
# The part of the day a clock's hour falls in, latest first: "22:30" after "the evening of May 16" is that evening.


class Resolver(Deixis):
    """Reads a document's frames in order, keeping the narrative's current date."""

    def __init__(self, anchors: DocumentAnchors) -> None:
        self.anchors = anchors
        self.year: int | None = anchors.title_year
        self.month: tuple[int, int] | None = None
        self.early = False  # the narrative stands in the first half of its year (spring, March)
        self.paragraph = 0
        self.vague_since: int | None = None  # paragraph where a bare year or span of years set the year
        self.day: dt.date | None = None
        self.yearless: Point | None = None  # the day the narrative last told, by its month and day only: no year known
        self.label = "title" if anchors.title_year else ""
        self.text = ""  # the sentence being read
        self.stamped: dt.date | None = None  # the full date a clock stands beside ("11:22 GMT 29 November 2020")
        self.day_after: dt.date | None = None  # the day the sentence writes after a clock ("from 1 a.m. ... on February 26")
        self.future = False  # it speaks of what is to come
        self.named: list[tuple[int, int]] = []  # (paragraph, year) of every year the text wrote, in order
        self.story: tuple[int, int] | None = None  # (paragraph, year) a commemorating paragraph tells of
        self.remembered: int | None = None  # the year a commemorating lead counts back to, for the whole piece
        self.night: dt.date | None = None  # the day whose night the paragraph last told
        self.parts: dict[str, tuple[int, dt.date]] = {}  # part of day -> (paragraph, day) it was last told for
        self.dated_before = -1  # the last paragraph before this one that wrote a date
        self.dates_here = False
        self.local_day: dt.date | None = None  # the day the sentence being read wrote earlier
        self.local_winter = False  # the sentence's year is a winter's (its January and February lie in the next year)
        self.updated: dt.date | None = None  # the day a page says it was last updated ("Story last updated June 23")
        self.first_prose: int | None = None  # the paragraph of the text's first sentence of prose
        self.lead_day: dt.date | None = None  # the first day the lead told: an undated text's news

    def next_paragraph(self) -> None:
        if self.dates_here:
            self.dated_before, self.dates_here = self.paragraph, False
        self.paragraph += 1
        self.night = None

    def sentence(self, seq: int, text: str, frames: list[Frame]) -> list[DateMention]:
        doc = self.anchors.date
        if self.first_prose is None and ends_prose(text):
            self.first_prose = self.paragraph
        if self.remembered is None and doc is not None and self.in_lead():
            counts = counted_years(text)  # "Today marks the 30th anniversary of the fall of Shusha"
            self.remembered = doc.year - counts[0] if counts else None
        if not frames:
            return []  # most sentences: the two searches below would only serve the frames' resolution
        mentions = []
        local_year = None
        self.local_day = None
        self.local_winter = False
        self.text, self.future = text, bool(_FUTURE.search(text))
        looks_back = bool(_LOOKS_BACK.search(text))
        for at, frame in enumerate(frames):
            if frame.topic and dates_a_thing(text, frame):
                frame = frame.but(topic=False)  # "The 1994 ceasefire agreement left ...": the ceasefire's year, no story's
            self.stamped = stamped_day(text, frame, frames[at + 1] if at + 1 < len(frames) else None)
            self.day_after = self.day_told_after(seq, frame, frames[at + 1:], local_year) if frame.kind == "clock" else None
            mention, last = self.resolve(seq, frame, local_year if local_year is not None else year_after(text, frame, frames[at + 1:]))
            mentions.append(replace(mention, text=text[frame.start : frame.end]))
            self.note(frame, mention, looks_back)
            if not names_a_document(text, frame.start) and not frame.rule.endswith(DOCUMENT) \
                    and not (mention.anchor or "").startswith("past:") \
                    and not time_stamp(text, frame, mention) and not self.aside(text, frame) \
                    and not self.after_writing(mention):
                self.advance(frame, mention, last)  # a document's date, a year guessed or a page's stamp tells no story
            if frame.point and frame.point.year is not None and (frame.topic or frame.point.precision != "year"):
                local_year = (frame.upto or frame.point).year  # not an aside's year: "tense since 1991 but on Sept. 27"
                self.local_winter = frame.point.season == "WI" and frame.point.month is None
            if frame.kind == "point" and mention.precision == "day" and mention.earliest is not None:
                self.local_day = mention.earliest  # "On November 8, ... overnight": that day's night
            elif frame.kind == "point" and frame.point.precision == "day" and mention.precision is None:
                self.yearless, self.day = frame.point, None  # "On December 14" in a text that never gives its year
            elif frame.kind == "range" and frame.part == "NI" and frame.upto and frame.upto.precision == "day" \
                    and mention.precision is None:
                self.yearless, self.day = frame.upto, None  # "в ночь на 13 сентября ... Утром того же дня": the 13th
            elif frame.kind == "relative" and frame.shift.unit == "year" and mention.precision == "year":
                local_year = mention.earliest.year  # "30 years ago on 2 October": that year's 2 October
        return mentions

    def in_lead(self) -> bool:
        """Is the sentence read in the text's first paragraphs, or in its first paragraph of prose?"""
        return self.paragraph <= _LEAD_PARAGRAPHS or self.paragraph == self.first_prose

    def day_told_after(self, seq: int, clock: Frame, frames: list[Frame], local_year: int | None) -> dt.date | None:
        """The day the sentence writes after its clocks ("from 1 a.m. till 4 a.m. in the morning on February 26"):
        the clocks before it are that day's, not the narrative's. So is a day counted from the report's right after
        the clock ("at around 03:40 yesterday", "at 05:20 on Monday"), but not one a clause later."""
        following = next((f for f in frames if f.kind != "clock"), None)
        if following is None:
            return None
        if following.kind == "point" and following.point.precision == "day":
            mention, _ = self.absolute(seq, following, local_year)
        elif _DAY_NEXT_TO_CLOCK.fullmatch(self.text, clock.end, following.start) and (
                following.kind == "weekday" or following.kind == "relative" and following.shift.unit == "day"):
            mention, _ = self.relative(following) if following.kind == "relative" else self.weekday(following)
        else:
            return None
        return mention.earliest if mention.precision == "day" else None

    def stamps_page(self, mention: DateMention) -> bool:
        """Is the mention the page's stamp, a line without a sentence's stop that writes the document's own day
        ("Sept 1 2004" under the title of "11 years pass since the occupation ...")? Its year is the writing's,
        named for no story: the days the piece tells without a year stay those of the year it remembers."""
        doc = self.anchors.date
        return doc is not None and mention.earliest == doc == mention.latest and not ends_prose(self.text)

    def aside(self, text: str, frame: Frame) -> bool:
        """Is the date told in a relative clause ("Lachin, which was returned in December 2020,") of a text whose story
        already has its year? It says when the place's past happened, not where the story now stands."""
        return self.year is not None and in_aside(text, max(0, frame.start - _ASIDE_REACH), frame.start)

    def note(self, frame: Frame, mention: DateMention, looks_back: bool) -> None:
        """Remember the years the text wrote, the year a commemorating sentence names, the night it told."""
        year = frame.point.year if frame.point else None
        doc = self.anchors.date
        if looks_back and doc is not None and frame.kind == "duration" and re.fullmatch(r"P\d+Y", frame.duration or ""):
            self.story = (self.paragraph, doc.year - int(frame.duration[1:-1]))  # "One year has passed since ..."
        elif looks_back and doc is not None and frame.kind == "relative" and mention.precision == "year":
            self.story = (self.paragraph, mention.earliest.year)  # "Ten years on from the battle", "30 years ago"
        if year is not None and not began_since(self.text, frame) and not self.stamps_page(mention):
            if not dates_a_thing(self.text, frame):  # "the 1994 ceasefire" dates the ceasefire, no day told elsewhere
                self.named.append((self.paragraph, year))
            if looks_back and doc is not None and year < doc.year:
                self.story = (self.paragraph, year)
        if self.story and self.story[0] == self.paragraph and self.in_lead() and self.remembered is None \
                and self.story[1] < doc.year:
            self.remembered = self.story[1]
        if mention.value.endswith("TNI") and mention.earliest is not None:
            self.night = mention.earliest
        self.dates_here = True
        if frame.part is not None and mention.earliest is not None:
            self.parts[frame.part] = (self.paragraph, mention.earliest)

    # ------------------------------------------------------------ per kind
    def resolve(self, seq: int, frame: Frame, local_year: int | None) -> tuple[DateMention, Point | None]:
        if frame.kind == "duration":
            return date_mention(frame, frame.duration, "DURATION", None, None, None), None
        if frame.kind in ("point", "range"):
            return self.absolute(seq, frame, local_year)
        if frame.kind == "relative":
            return self.relative(frame)
        if frame.kind == "weekday":
            return self.weekday(frame)
        return self.clock(frame)

    def absolute(self, seq: int, frame: Frame, local_year: int | None) -> tuple[DateMention, Point | None]:
        a, b = frame.point, frame.upto
        anchor = "explicit"
        doc = self.anchors.date
        if a.year is None and doc is not None and (frame.year_shift is not None or frame.nearest):
            year = doc.year + frame.year_shift if frame.year_shift is not None else cal.nearest_year(a, doc, frame.nearest)
            a, b, anchor = a.with_year(year), cal.end_in(a, b, year), self.anchors.date_label
        elif a.year is None and a.decade is None and a.century is None:
            year, anchor = self.infer_year(seq, a, local_year)
            if (anchor or "").startswith("war:") and (frame.nearest or _LAST.search(self.text[: frame.start])):
                year, anchor = None, None  # "set up last December" in a dispatch known by its year only: which December?
            if search_end(_UPDATED, self.text[: frame.start], 3) and year is not None and a.day is not None:
                self.updated = dt.date(year, a.month, a.day)  # written up to that day: no day before it is past
            elif local_year is None and year is not None and self.ahead(a, b, year):
                year, anchor = self.written_year(a) or self.past_year()
            if frame.weekday is not None and year is not None and a.day is not None:  # "Friday, June 11"
                agreeing = cal.year_on_weekday(a, frame.weekday, year, later=self.anchors.date is None)
                year, anchor = (year, anchor) if agreeing in (None, year) else (agreeing, f"weekday:{agreeing}")
            a, b = a.with_year(year), cal.end_in(a, b, year)
        # the night of 27-28 October is told by its first day: its evening before, its small hours after
        return self.build(frame, a, b, anchor), a if frame.part is not None else b or a

    def after_writing(self, mention: DateMention) -> bool:
        """Does the mention tell a time after the document's date, in a sentence not of the future? No story
        goes on there: it is the page's, as a site's clock line is ("Time in Yerevan: 11:07, 7 May 2024" over a
        report of 8 April 2016 is the day the page was read), and the report's "April 7" stays in 2016."""
        doc = self.anchors.date
        return doc is not None and not self.future and mention.earliest is not None \
            and mention.earliest > doc + dt.timedelta(days=1)

    def ahead(self, a: Point, b: Point | None, year: int) -> bool:
        """Would the document's year put the date (its end, for a range) after the document's date, in a
        sentence of the past? (A narrative that crossed into a later year keeps it: "December 26 ... January 5".)"""
        doc = self.anchors.date
        if doc is None or self.future or year != doc.year:
            return False
        bounds = cal.bounds(cal.end_in(a, b, year) or a.with_year(year))
        return bounds is not None and bounds[0] > max(doc, self.updated or doc) + dt.timedelta(days=1)

    def written_year(self, point: Point) -> tuple[int, str] | None:
        """The year the text itself writes this same day with ("On October 2" heading a page stamped September 30,
        2020, whose report says "the night of 2 October 2020"): the stamp was not the day of writing."""
        years = {y for m, d, y in self.anchors.written_days if (m, d) == (point.month, point.day)}
        if point.day is None or len(years) != 1:
            return None
        year = years.pop()
        return year, f"written:{year}"

    def past_year(self) -> tuple[int, str]:
        """The last year before the document's that the text wrote, else the year before the document's."""
        doc = self.anchors.date
        earlier = [year for _, year in self.named if year < doc.year]
        if earlier:
            return earlier[-1], f"past:{earlier[-1]}"
        return doc.year - 1, f"past:{self.anchors.date_label}"

    def infer_year(self, seq: int, point: Point, local_year: int | None) -> tuple[int | None, str | None]:
        if local_year is not None:  # "On February 12, 1994, in severe winter": the winter of 1993/94
            told_in_winter = point.season == "WI" and self.month in ((local_year, 1), (local_year, 2))
            # "in the winter of 1992 (1991-WI) ... on February 25": a January or February of that winter is 1992's
            into_winter = self.local_winter and point.month is not None and point.month <= 2
            return local_year - told_in_winter + into_winter, f"sentence:{local_year}"
        if self.story is not None and self.story[0] == self.paragraph:
            return self.story[1], f"commemorated:{self.story[1]}"
        if self.remembers():
            return self.remembered, f"remembered:{self.remembered}"  # "25 years pass since ..." / "... on April 2"
        if self.year is not None and self.background(point):
            return self.anchors.date.year, self.anchors.date_label
        if self.year is not None and self.back_from_history(point):
            return self.lead_day.year, f"lead:{self.lead_day.isoformat()}"
        if self.year is not None:
            year = self.year
            if self.month and point.month and self.month[0] == year and self.month[1] - point.month >= 9:
                year += 1  # "December 26 ... On January 5": the narrative crossed into the next year
            if point.season == "WI" and self.early:
                year -= 1  # "the cold winter" told in spring 1994 is the winter of 1993/94
            return year, self.label if self.label == "title" else f"narrative:{self.label}"
        war_year = self.anchors.war_year
        if war_year is not None and self.anchors.date is not None and war_year < self.anchors.date.year \
                and day_heading(self.text):
            return war_year, f"war:{war_year}"  # "Chronicle of the 44-day war", then "September 27", written in 2021
        if self.anchors.date is not None:
            return self.anchors.date.year, self.anchors.date_label
        later = next((year for s, year in self.anchors.later_years if s >= seq), None)
        if later is not None:
            return later, f"later-text:{later}"
        if self.named and point.season is None:  # a book's page: "the offensive of 1994 ... On 24 January they"
            return self.named[-1][1], f"named:{self.named[-1][1]}"  # (a winter after a bare year may be the one before)
        if self.anchors.war_year is not None:
            return self.anchors.war_year, f"war:{self.anchors.war_year}"
        return None, None

    def remembers(self) -> bool:
        """Does the year the lead counts back to date this sentence's day? Not when the text has since written a
        day of its own (the narrative's), nor in a sentence of the future or of the piece's own day; a narrative
        that stands at the document's day ("Today marks the 30th anniversary") or at a background year gives way to it.
        Of lines without a full stop, only a chronology's day heading ("September 27") tells the story: a page's
        stamp ("agency Saturday, April 30, 16:35") or a dateline ("Baku, April 2, Agency") dates the page."""
        if self.remembered is None or self.future or _NOW.search(self.text):
            return False
        if not ends_prose(self.text) and not day_heading(self.text):
            return False
        if self.year is None or self.vague_since is not None:
            return True  # nothing dated yet, or only a background year ("In 1992 the war spread ...")
        return self.year == self.anchors.date.year and all(year != self.year for _, year in self.named)

    def background(self, point: Point) -> bool:
        """A news text's history aside ("In 1992-1994, tensions boiled over") gives no year to the
        report's "On November 9" in a later paragraph: that day is the document's year's, if not after it."""
        doc = self.anchors.date
        if doc is None or self.vague_since is None or self.vague_since == self.paragraph or not point.month:
            return False
        return (point.month, point.day or 1) <= (doc.month, doc.day) and self.year < doc.year

    def back_from_history(self, point: Point) -> bool:
        """The same in a text that states no date of its own: its lead tells the news's day ("Hostilities should cease
        on September 20, 2023"), a later paragraph the history behind it ("In 1991, the region declared ..."), and the
        next one's "On September 19" returns to the news, in the lead day's year, if not after that day."""
        lead = self.lead_day
        if self.anchors.date is not None or lead is None or self.vague_since is None or self.vague_since == self.paragraph \
                or not point.month:
            return False
        return (point.month, point.day or 1) <= (lead.month, lead.day) and self.year < lead.year

    # ------------------------------------------------------------ values and the narrative
    def build(self, frame: Frame, a: Point, b: Point | None, anchor: str | None) -> DateMention:
        value = cal.value(a)
        if frame.until is not None:  # a span of the clock ends on its own day, or on the next when its clock is earlier
            b = b or (cal.next_day(a) if frame.until < frame.clock else a)
        elif b is not None and frame.part is None:
            value = f"{value}/{cal.value(b)}"
        span = cal.bounds(a)
        end = span if b is None else cal.bounds(b)
        if span is None or end is None:
            return unresolved(frame, value)
        span = (span[0], end[1])
        if frame.clock is not None:
            value = clocked(value, frame, cal.value(b) if b is not None else None)
        elif frame.part is not None:
            value += "T" + frame.part
        if frame.portion is not None:
            span = cal.narrow(span, frame.portion)
        kind = "TIME" if frame.clock is not None or frame.part is not None else "DATE"
        return date_mention(frame, value, kind, bounded(span, frame.mod), a.precision, anchor)

    def outdates_title(self, frame: Frame) -> bool:
        """Does the text's own "in 1993" ("the war ... in 1993 was marked by ...") give the year its story stands in,
        where only the title's year did ("World Report 1994": a year's report, titled by the next year)? Only the
        year before the title's: "built in 1752" in a piece titled by 1992 is the town's past, not its story."""
        return self.label == "title" and frame.point.year == self.year - 1 and bool(_IN_BEFORE.search(self.text[: frame.start]))

    def advance(self, frame: Frame, mention: DateMention, last: Point | None) -> None:
        """Move the narrative to what this mention established."""
        if mention.precision is None or mention.mod in _OPEN_BOUNDS or last is None or cal.bounds(last) is None:
            return
        precision = last.precision
        if precision == "year" and not (frame.point and frame.point.year is not None and (frame.topic or self.outdates_title(frame))):
            return
        if frame.point is not None and frame.point.year is None and self.vague_since == self.paragraph and last.year == self.year:
            self.vague_since = None  # "1991 was the last year ... In the spring, the army ...": the story's year, no aside
        if precision in ("decade", "century") or (precision == "season" and frame.point.year is None):
            return  # nor does a season told without its year ("in severe winter" of February 1994)
        if precision == "day":
            self.day, self.yearless = dt.date(last.year, last.month, last.day), None
            self.lead_day = self.lead_day or (self.day if self.in_lead() else None)
        elif self.day is not None and (self.day.year, self.day.month) != (last.year, last.month or self.day.month):
            self.day = None
        if last.month is not None or last.season is not None:
            self.early = (last.month or 0) <= 6 if last.month is not None else last.season == "SP"
        if last.month is not None:
            self.month = (last.year, last.month)
        elif self.month is not None and self.month[0] != last.year:
            self.month = None
        self.year = last.year
        if last.season == "WI" and last.month is None:  # a winter's story is mostly its January and February:
            self.year, self.early = last.year + 1, True  # "the winter of 1992 (1991-WI) ... on February 25" is 1992
        self.label = mention.value
        self.vague_since = self.paragraph if precision == "year" else None
