"""What is known about a document before it is read in order: the anchors ``resolve.Resolver`` starts from.

The document's own date (given in its metadata, else stated in a header line, a
dateline or a closing line: ``header.header_date``), the title's year, and every
date the text writes with its year, so that a day written without one can take
the year the text gives that same day elsewhere, or the first year it names later.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from chronicle.extract.timex.frames import Frame
from chronicle.extract.timex.header import header_date

# "tense since 1991", "under attack since October 1991", "с февраля 1988 года": where a state began that
# lasts to the writing (Russian "с" before a month or a year; before a day it opens a range: "с 25 на 26 февраля").
_SINCE = re.compile(r"(?:\bsince(?:\s+the)?|(?<!\w)с)\s+$", re.IGNORECASE)


# A lead that opens on its dateline: capitalised places and an agency, each closed by a comma ("Nagorno-Karabakh,
# SAEDNEWS, Dec. 1: ...", "BAKU, Azerbaijan, Dec. 1 -"), then the day and a colon, a dash, the agency in brackets
# or a stop before it between slashes ("MOSCOW, December 1. /TASS/.").
_DATELINE_HEAD = re.compile(r"^\W*(?:[A-ZА-ЯЁ][\w.'’-]*(?:[ /-][A-ZА-ЯЁ][\w.'’-]*)*,\s*){1,3}$")
_DATELINE_TAIL = re.compile(r"^\s*(?:[:\u2013\u2014(-]|\.\s*/)")
# What stands around a year that dates a thing (``dates_a_thing``): a determiner before and a noun after it, a noun and
# "of" before it, a Russian noun before its genitive ("перемирия 1994 года"; not a preposition: "после 1994 года").
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|this|that|whose)\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"[\s-]+[^\W\d_A-ZА-ЯЁƏÇŞĞÖÜİ][^\W\d_]+")
_OF_BEFORE = re.compile(  # (not a time's noun: "the new year of 1994", "the end of 1994" are times of their own)
    r"\b(?!(?:years?|spring|summer|autumn|fall|winter|end|beginning|start|middle|course|half|part|rest|months?|weeks?|"
    r"days?)\s)[a-z]{3,}\s+of\s+(?:the\s+)?$")
_RU_NOUN_BEFORE = re.compile(r"(?<!\w)(?!(?:после|около|начала|конца|середины|течение)\s)[а-яё]{4,}\s+$", re.IGNORECASE)
_SCAN = 12  # a dateline stands among the first paragraphs
_REPRINT_DAYS = 3  # a page that reprints a report stamps it at most this many days after the report's dateline


@dataclass(frozen=True)
class DocumentAnchors:
    """What is known about the document before reading it in order."""

    title_year: int | None
    date: dt.date | None
    date_label: str | None  # "document-date:2023-09-20", else the shape that stated it: "header:2023-09-20"
    later_years: tuple[tuple[int, int], ...]  # (sentence number, year) of dates written with a year
    war_year: int | None = None  # the one year of the wars the text opens by naming (``war_names.named_year``)
    written_days: tuple[tuple[int, int, int], ...] = ()  # (month, day, year) of every day written with its year
    wars: tuple[tuple[dt.date, dt.date], ...] = ()  # first and last days of the catalogue's wars, for "the third day of the war"


def document_anchors(
    paragraphs: list[list[str]],
    frames: list[list[list[Frame]]],
    title_frames: list[Frame],
    document_date: dt.date | None,
    war_year: int | None = None,
    written_year: int | None = None,
    wars: tuple[tuple[dt.date, dt.date], ...] = (),
) -> DocumentAnchors:
    title_year = next((f.point.year for f in title_frames if f.point and f.point.year), None)
    label = f"document-date:{document_date.isoformat()}" if document_date else None
    if document_date is None:
        found = header_date(paragraphs, frames, written_year, wars)
        document_date, label = (found[0], f"{found[1]}:{found[0].isoformat()}") if found else (None, None)
    reported = _reported_day(paragraphs, frames, document_date) if document_date else None
    if reported is not None:
        document_date, label = reported, f"dateline:{reported.isoformat()}"
    later = []
    days = []
    seq = 0
    for paragraph, texts in zip(frames, paragraphs):
        for sentence, text in zip(paragraph, texts):
            for frame in sentence:
                if frame.point and frame.point.year and frame.point.precision in ("day", "month", "season") \
                        and not began_since(text, frame):
                    later.append((seq, frame.point.year))
                    if frame.point.precision == "day":
                        days.append((frame.point.month, frame.point.day, frame.point.year))
            seq += 1
    return DocumentAnchors(title_year, document_date, label, tuple(later), war_year, tuple(days), wars)


def began_since(text: str, frame: Frame) -> bool:
    """Does the frame name the month, season or year a state began that goes on to the writing ("tense since
    1991", "since the autumn of 1991")? That year is the story's past, not its time: it dates no day the text
    tells without a year. (A day so named, "since September 27, 2020", is the story's own start and still does.)"""
    return frame.point is not None and frame.point.precision in ("month", "season", "year") \
        and bool(_SINCE.search(text[: frame.start]))


def dates_a_thing(text: str, frame: Frame) -> bool:
    """Is the frame a bare year that dates a thing the sentence names, not the time it tells ("the 1994 ceasefire",
    "the 1992-1994 war", "the occupation of 1993", "перемирие 1994 года", "1994-cü il atəşkəsi")? Such a year is the
    thing's, a background the text recalls: it gives no year to a day another sentence tells without one."""
    before, after, written = text[: frame.start], text[frame.end :], text[frame.start : frame.end]
    if frame.point is None or frame.point.precision != "year" or not written[:1].isdigit():
        return False  # (a year told with more, "the end of 1994", is a time of its own)
    if _DETERMINER_BEFORE.search(before) and _NOUN_AFTER.match(after):
        return True  # "the 1994 ceasefire"
    if _OF_BEFORE.search(before):
        return True  # "the ceasefire of 1994"
    if written.endswith("года") and _RU_NOUN_BEFORE.search(before):
        return True  # "перемирие 1994 года" (the genitive; "в 1994 году" tells the time)
    return written.endswith(" il") and _NOUN_AFTER.match(after) is not None  # "1994-cü il atəşkəsi" ("1994-cü ildə": in 1994)


def _reported_day(paragraphs: list[list[str]], frames: list[list[list[Frame]]], stamped: dt.date) -> dt.date | None:
    """The day the lead's dateline gives, when it is a few days before the page's own date: a site that reprints
    wire copy stamps the day it copied it ("December 02, 2020" over "Nagorno-Karabakh, SAEDNEWS, Dec. 1: Soldiers
    ... entered the district overnight"); the report's "overnight", "Tuesday", "yesterday" count from the dateline's
    day. The same day, or none, leaves the page's date as it is."""
    for texts, para in list(zip(paragraphs, frames))[:_SCAN]:
        first = next((f for f in para[0] if f.kind == "point" and f.point and f.point.precision == "day"), None) \
            if texts and para else None
        if first is None or not _DATELINE_HEAD.match(texts[0][: first.start]) \
                or not _DATELINE_TAIL.match(texts[0][first.end :]):
            continue
        point = first.point
        year = point.year or (stamped.year if (point.month, point.day) <= (stamped.month, stamped.day) else stamped.year - 1)
        try:
            day = dt.date(year, point.month, point.day)
        except ValueError:
            return None
        return day if 0 < (stamped - day).days <= _REPRINT_DAYS else None
    return None
