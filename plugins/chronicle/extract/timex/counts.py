"""Years a text counts from an event to its own day: "the 27th anniversary", "22 years have passed since", "5 il ötür".

An anniversary piece that writes no date of its own is dated by its count (``header``): the day of the event its
lead names, so many years on. The resolver (``resolve``) and the claims' dating ask for the counts too.
"""

from __future__ import annotations

import datetime as dt
import re

from chronicle.extract.timex.frames import Frame, Point
from chronicle.extract.timex.lexicon import NUMBER_WORDS
from chronicle.extract.timex.rules.blocks import valid_day
from chronicle.literals import Cued

_LEAD = 2  # an anniversary piece counts its years in its title or its first lines
_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                  "eighth": 8, "ninth": 9, "tenth": 10}
_NUMBER = r"(\d{1,3}|[a-z]+(?:[- ][a-z]+)?)"
# Each searched only in a text that holds the words its matches need (``Cued``): most sentences count no years.
_COUNTED = tuple(Cued(re.compile(p, re.I)) for p in (
    rf"\b{_NUMBER}(?:st|nd|rd|th)?\s+anniversary\b",
    rf"\b{_NUMBER}\s+years?\s+(?:have\s+|has\s+)?(?:passed|pass|ago|since)\b",
    # "5 il ötür", "30 il keçir"; "22 года назад", "минуло 22 года"
    r"\b(\d{1,3})\s+il\s+(?:ötür|keçir|tamam)",
    r"\b(\d{1,3})\s+(?:лет|года?)\s+(?:назад|прошло|минуло|исполн)",
    r"(?:минуло|прошло|исполнилось|исполняется)\s+(\d{1,3})\s+(?:лет|года?)\b",
))
# The event a count of years leads from: its word after the count ("the 30th anniversary of the siege", "22 years have
# passed since the occupation of Kalbajar"), past the names before it ("the Khojaly massacre"); its stem is what the
# sentence telling its day writes ("occupied", "liberated").
_EVENT_AFTER_COUNT = re.compile(r"^\s+(?:since\s+)?(?:of\s+)?(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}([a-z]{5,})\b")
_STEM = 5

Sentences = list[list[str]]
Frames = list[list[list[Frame]]]


def full_days(sentence: list[Frame]) -> list[tuple[Frame, Point]]:
    """The days a sentence writes with their year, each with its frame."""
    return [(f, f.point) for f in sentence if f.kind == "point" and f.point and f.point.year and f.point.precision == "day"]


def counted_anniversary(paragraphs: Sentences, frames: Frames) -> tuple[dt.date, str] | None:
    """"The 20th anniversary of the massacres was marked Thursday ... carried out on February 28, 1988", "One year
    has passed since the exodus ... On 19 September 2023": a lead that counts an anniversary, or the years passed
    since, of the first day the text tells was written on that day, so many years on. When the lead names its event
    ("since the liberation of Jabrayil") and the text tells that event's day, the count is of that day: if the text
    writes it without a year ("was liberated on October 4"), the occupation it dates ("occupied on August 23, 1993")
    is another event, and the count dates nothing."""
    counts, events = [], []
    for texts in paragraphs[:_LEAD]:
        lead = " ".join(texts)
        for m in (m for pattern in _COUNTED[:2] for m in pattern.finditer(lead)):
            if (n := _count(m.group(1))) is not None:
                counts.append(n)
                events += _EVENT_AFTER_COUNT.findall(lead[m.end() :])[:1]
    day = _event_day(paragraphs, frames, events[0][:_STEM]) if events else None
    if day is None:
        day = next((p for para in frames for s in para for _, p in full_days(s)), None)
    if not counts or day is None or day.year is None or not valid_day(day.month, day.day, day.year + counts[0]):
        return None
    return dt.date(day.year + counts[0], day.month, day.day), "anniversary"


def _event_day(paragraphs: Sentences, frames: Frames, stem: str) -> Point | None:
    """The first day told (with or without its year) by a sentence that tells the event whose word starts so
    ("liberat": "was liberated on October 4"), None when no such sentence tells a day."""
    word = re.compile(rf"(?<!\w){re.escape(stem)}", re.I)
    for texts, para in zip(paragraphs, frames):
        for text, sentence in zip(texts, para):
            days = [f.point for f in sentence if f.kind == "point" and f.point and f.point.precision == "day"]
            if days and word.search(text):
                return days[0]
    return None


def counted_years(text: str) -> list[int]:
    """The years a text counts from an event to its own day ("27th anniversary", "5 il ötür", "минуло 22 года")."""
    return [n for rx in _COUNTED for m in rx.finditer(text) if (n := _count(m.group(1))) is not None]


def _count(words: str) -> int | None:
    """The count of a match of ``_NUMBER``, which may have taken the word before the count with it ("The third
    anniversary", "marks the second anniversary"): the two words, else the last one."""
    n = _number(words)
    return n if n is not None or " " not in words else _number(words.rpartition(" ")[2])


def counted_year(paragraphs: Sentences, frames: Frames, day: Point) -> int | None:
    """"Today marks the 27th anniversary" of an event on the dateline's own day and month."""
    counts = [n for texts in paragraphs for text in texts for n in counted_years(text)]
    events = [p.year for para in frames for s in para for _, p in full_days(s) if (p.month, p.day) == (day.month, day.day)]
    if counts and events:
        return events[0] + counts[0]
    return None


def _number(word: str) -> int | None:
    """"27", "twenty-first", "ten" -> the count; None for any other word."""
    if word.isdigit():
        return int(word)
    total = 0
    for part in re.split(r"[- ]", word.lower()):
        value = NUMBER_WORDS.get(part, _ORDINAL_WORDS.get(part))
        if value is None:
            return None
        total += value
    return total or None
