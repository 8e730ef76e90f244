"""Lines that are no prose, and what they tell: a page's time stamp dates the page, a chronology's day heading
dates the story under it. The resolver asks these of the sentence it reads; a line's words decide, not its place.
"""

from __future__ import annotations

import datetime as dt
import re

from chronicle.extract.timex.frames import Frame
from chronicle.model import DateMention

_ENDS_PROSE = re.compile(r"[.!?։][\"”’)»]*(?:\[[^\[\]\n]{1,20}\])*\s*$")  # footnote marks may close it: ".[4]"
_CLOCK = re.compile(r"\b\d{1,2}:\d\d\b")
_CLOCK_VALUE = re.compile(r"T\d\d:\d\d")
_ZONE_GAP = re.compile(r"\s*(?:[A-Z]{2,4})?\s*[,|]?\s*")  # what stands between a stamp's clock and its date
_HEADING_WORDS = 3  # "September 27", "Sunday, 27 September": a day heading and no more


def ends_prose(text: str) -> bool:
    """The text ends as a sentence does: a full stop, a question or exclamation mark (a quote, or an encyclopedia's
    footnote marks, "took the village on 11 April 1994.[4]", may close it)."""
    return bool(_ENDS_PROSE.search(text))


def day_heading(text: str) -> bool:
    """A line that is a chronology's day heading ("September 27", "Sunday, 27 September"): a few words, no full
    stop, no clock (a page's stamp has one; a dateline, "Baku, April 2, Agency", has more words)."""
    return not ends_prose(text) and not _CLOCK.search(text) and len(text.split()) <= _HEADING_WORDS


def time_stamp(text: str, frame: Frame, mention: DateMention) -> bool:
    """A line that is nothing but a date with its clock ("Sunday, 04 March, 2018, 10:20") stamps the page:
    the publication's moment, not the story's (a chronology's day heading has no clock)."""
    return bool(_CLOCK_VALUE.search(mention.value)) and not re.search(r"\w", text[: frame.start] + text[frame.end :])


def stamped_day(text: str, frame: Frame, following: Frame | None) -> dt.date | None:
    """The day of a page's time stamp: a clock followed, past a zone at most, by a full date ("11:22 GMT29 November 2020")."""
    if frame.kind != "clock" or following is None or following.kind != "point" or following.point.precision != "day":
        return None
    point = following.point
    if point.year is None or not _ZONE_GAP.fullmatch(text[frame.end : following.start]):
        return None
    return dt.date(point.year, point.month, point.day)


def tells_clock(sentence: list[Frame]) -> bool:
    """Does the line tell a time of day, alone ("16:53") or with its day ("4 October 2020 16:53")?"""
    return any(f.kind == "clock" or f.clock is not None for f in sentence)
