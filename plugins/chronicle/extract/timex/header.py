"""The document's own date, read from its text when the metadata has none.

News copy states the day it was written in a few fixed shapes, never in its
prose: a header line before the text ("Posted: 15.12.2022 14:29", "Politics
12:52 03/04/2016 NKR", an ISO date opening the first line), a closing line
("Date of publication: 11/04/1994", a statement's "Baku, 15 March 2021"), a wire dateline that opens the first
paragraph ("BAKU, Azerbaijan, Oct. 26", "YEREVAN (Sputnik - 07th October,
2020) The capital...", a statement's "Moscow, Paris, 29 July 2021 – The Co-Chairs"). A dateline often leaves out the year; an anniversary
piece gives it by counting ("Today marks the 27th anniversary of ... July 23,
1993"), other copy by the dates it reports (a report is written after them).

Shapes, not words: what decides is where a date stands (a short line without
sentence punctuation near the top, a label before a colon, the capitals of a
dateline) and how much of its line it fills.
"""

from __future__ import annotations

import datetime as dt
import re

from chronicle.extract.timex.frames import Frame, Point
from chronicle.extract.timex.rules.blocks import valid_day
from chronicle.extract.timex.counts import counted_anniversary, counted_year, counted_years, full_days
from chronicle.extract.timex.lexicon import WEEKDAYS, ZONES
from chronicle.extract.timex.lines import tells_clock
from chronicle.extract.timex.weekday_lead import weekday_lead

_SCAN = 12  # header lines and datelines stand among the first paragraphs
_HEADER_MAX_WORDS = 16  # a header line is short: byline, section, time stamp
_CLOSING_LINES = 3  # a statement's place and date close it
_CLOSING_MAX_WORDS = 6
_OPENING_CHARS = 120  # a wire dateline's date stands at the very start of the lead
# ։ the Armenian full stop; an encyclopedia's sentence may end on its footnote marks ("on 11 April 1994.[4]")
_PROSE = re.compile(r"[.!?։][\"”’)»]?(?:\[[^\[\]\n]{1,20}\])*(?:\s|$)")
_LABEL = re.compile(r"^\W*(?:the\s+)?(?:date(?:\s+of\s+publication)?|published(?:\s+on)?|posted(?:\s+on)?|updated|dated)\b\s*[:\-]?", re.I)
# "Baku, July 23, AZERTAC", "Москва, 4 октября - АиФ-Москва.", "Երևան, հոկտեմբերի 4": a capitalised place in any script
_DATELINE = re.compile(r"^\W*(?=[A-ZА-ЯЁԱ-ՖƏÇŞĞÖÜİ])(?:[^\W\d_]|-)+(?:[/ ](?=[A-ZА-ЯЁԱ-ՖƏÇŞĞÖÜİ])(?:[^\W\d_]|-)+)*\s*[,.(]")
# "BAKU, ...", "YEREVAN/STEPANAKERT ...", "AT THE MUROV PASS, Azerbaijan, April 6 —", "БАКУ, 4 ноября.": a lead's capitals
_ALL_CAPS_LEAD = re.compile(r"^\W*(?:[A-ZА-ЯЁ]{3,}(?:[/ -][A-ZА-ЯЁ]{3,})*\b|[A-ZА-ЯЁ]{2,}(?:[/ -][A-ZА-ЯЁ]{2,})+,)")
# A statement's dateline: the places it is issued from, each capitalised, closed by a comma, then its date and a dash
# ("Moscow, Paris, Washington DC, 29 July 2021 – The Co-Chairs ...", "VIENNA, 12 November 2015 - In response ...").
_ISSUED_FROM = re.compile(r"^\W*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*(?:, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*)*,\s*$")
_DASH_AFTER = re.compile(r"^\s*[–—-]\s")
# A page's stamp writes its date in digits; a lead that opens with a spelled-out day ("27 September 2020
# the army began ...") tells what happened on it, not when the page was written.
_STAMPS = frozenset({"iso-date", "numeric-date"})
_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b", re.I)
# "Today, July 23, marks ...", "Bu gün - oktyabrın 4-də ...", "Сегодня, 8 мая, ...": the day a piece is written.
_TODAY = re.compile(r"^\W*(?:today|bu\s+gün|сегодня)\b", re.I)
# "since late 2022", "since the end of 2022": a state that lasts from then until the text was written
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:(?:early|mid|late|the\s+(?:end|beginning|start)\s+of)\s+)?$", re.I)

Sentences = list[list[str]]
Frames = list[list[list[Frame]]]
Spans = tuple[tuple[dt.date, dt.date], ...]


def header_date(paragraphs: Sentences, frames: Frames, written_year: int | None = None,
                wars: Spans = ()) -> tuple[dt.date, str] | None:
    """The document's own date and the shape that gave it ("header", "dateline", ...), if its text states one
    (``written_year``: the year its count of its war's years gives, a late resort for a dateline's year; not
    the year of a war it names, which may be what an anniversary piece remembers; ``wars``: the first and last
    days of the catalogue's wars of weeks, the last resort)."""
    for rule in (_labelled, _closing_dateline, _header_line, _opening_dateline):
        found = rule(paragraphs, frames)
        if found is not None:
            return found
    return (_yearless_dateline(paragraphs, frames, written_year, wars) or _yearless_stamp(paragraphs, frames)
            or _today_line(paragraphs, frames) or counted_anniversary(paragraphs, frames)
            or weekday_lead(frames, lambda day, weekday: _year_of(paragraphs, frames, day, weekday, written_year, wars)))


def publication_label(text: str) -> bool:
    """Does the text open with a publication label ("Posted:", "Date of publication:", "Updated:")?"""
    return bool(_LABEL.match(text))


def _day(point: Point) -> dt.date:
    return dt.date(point.year, point.month, point.day)


def _labelled(paragraphs: Sentences, frames: Frames) -> tuple[dt.date, str] | None:
    """"Date of publication: 11/04/1994", "Posted: 15.12.2022 14:29", among the first lines or the last."""
    ends = list(zip(paragraphs, frames))
    for texts, para in ends[:_SCAN] + ends[_SCAN:][-_CLOSING_LINES:]:
        text = " ".join(texts)
        if _LABEL.match(text) and len(text.split()) <= _HEADER_MAX_WORDS:
            days = [p for s in para for _, p in full_days(s)]
            if days:
                return _day(days[0]), "label"
    return None


def _closing_dateline(paragraphs: Sentences, frames: Frames) -> tuple[dt.date, str] | None:
    """A statement signed off with its place and date ("Baku, 15 March 2021") on one of its last lines."""
    for texts, para in list(zip(paragraphs, frames))[-_CLOSING_LINES:]:
        text = " ".join(texts)
        days = [p for s in para for _, p in full_days(s)]
        if days and _DATELINE.match(text) and len(text.split()) <= _CLOSING_MAX_WORDS:
            return _day(days[0]), "closing"
    return None


def _is_prose(text: str) -> bool:
    return len(text.split()) > _HEADER_MAX_WORDS or bool(_PROSE.search(text))


def _header_line(paragraphs: Sentences, frames: Frames) -> tuple[dt.date, str] | None:
    """A short line before the lead that holds a full date, or a first line that opens with one; of two such
    lines, the one that also gives the hour: a page's calendar line above its title tells today, the story's
    stamp below the title its day and time ("Tuesday, 19 March 2024" / title / "Thursday, 3 December 2020, 15:35")."""
    found = list(_header_lines(paragraphs, frames))
    timed = [day for day, clocked in found if clocked]
    return (timed or [day for day, _ in found] or [None])[0]


def _header_lines(paragraphs: Sentences, frames: Frames):
    """Each header line's (date, shape) and whether its line also holds a clock time."""
    headings = _heading_days(paragraphs, frames)
    chronology = _runs_forward(headings)
    for index, (texts, para) in enumerate(list(zip(paragraphs, frames))[:_SCAN]):
        text = " ".join(texts)
        first = next(iter(full_days(para[0])), None) if para else None
        clocked = any(tells_clock(s) for s in para)
        if ((index == 0 or _LABEL.match(text)) and first is not None and _bare_or_labelled(text[: first[0].start])
                and first[0].rule in _STAMPS):
            yield (_day(first[1]), "header"), clocked  # " date 2017-05-17 Title of the piece", under the title too
            continue
        days = [p for s in para for _, p in full_days(s)]
        if not days or _table_row(paragraphs, index) or _glued_field(texts[0], first) or _other_field(texts[0], first):
            continue
        if not _is_prose(text):
            if not (chronology and index in headings):
                yield (_day(days[0]), "header"), clocked
            continue
        half = _covers_half(texts, para)
        if half is not None:
            yield (half, "header"), clocked


def _heading_days(paragraphs: Sentences, frames: Frames) -> dict[int, dt.date]:
    """{paragraph: day} of the lines that are nothing but a day with its year and no clock ("5 JULY 1921",
    "June 29, 2023"): a page's stamp, or the day headings of a chronology or of a live blog."""
    days = {}
    for index, (texts, para) in enumerate(zip(paragraphs, frames)):
        if len(texts) != 1 or _is_prose(texts[0]) or tells_clock(para[0]):
            continue
        found = full_days(para[0])
        if len(found) == 1 and _alnum(texts[0][found[0][0].start : found[0][0].end]) * 2 >= _alnum(texts[0]):
            days[index] = _day(found[0][1])
    return days


def _runs_forward(headings: dict[int, dt.date]) -> bool:
    """Are the lines that are nothing but a day a chronology's headings, the last a later day than the first
    ("5 JULY 1921" ... "7 OCTOBER 1977")? None of them is the page's stamp: a live blog heads its newest day
    first, and a page's calendar line stands above its older stamp."""
    days = list(headings.values())
    return len(days) >= 2 and days[-1] > days[0]


def _bare_or_labelled(before: str) -> bool:
    """Only a label or no word at all before a first line's date ("date 2017-05-17 Title"): a stamp.
    "On 27 September 2020 Azerbaijan launched ..." opens a narrative, whose later days are not the past."""
    return not any(ch.isalpha() for ch in before) or (len(before.split()) == 1 and bool(_LABEL.match(before)))


def _glued_field(text: str, first: tuple[Frame, Point] | None) -> bool:
    """A label run into its day with no space or colon ("Date27 September 2020 - present"): a mirror's
    infobox row, its cells flattened, telling a war's span, not the page's stamp (a time zone run into
    its day, "11:22 GMT29 November 2020", is a stamp)."""
    if first is None or first[0].start == 0 or not text[first[0].start - 1].isalpha():
        return False
    label = re.findall(r"[^\W\d_]+$", text[: first[0].start])[-1]
    return label.lower() not in ZONES


# An infobox's row flattened to "- Established: 4 January 1963": a label of a few words, a colon, its value.
_FIELD = re.compile(r"^\W*[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,3}\s*:\s*$")


def _other_field(text: str, first: tuple[Frame, Point] | None) -> bool:
    """A labelled row whose label is no publication's ("Established: 4 January 1963", "Founded: 1930"): the
    infobox's field of its subject, not the page's stamp ("Posted: 15.12.2022", "Date of publication: ...")."""
    if first is None:
        return False
    label = text[: first[0].start]
    return _FIELD.match(label) is not None and _LABEL.match(label) is None


def _table_row(paragraphs: Sentences, index: int) -> bool:
    """A line of cells between bars beside another with as many: a table's row, not the page's stamp."""
    bars = [" ".join(texts).count("|") for texts in paragraphs[max(0, index - 1) : index + 2]]
    here = " ".join(paragraphs[index]).count("|")
    return here > 0 and bars.count(here) >= 2


def _covers_half(texts: list[str], para: list[list[Frame]]) -> dt.date | None:
    """A paragraph that is little more than a full date ("20 September 2023 Wednesday 11:31"), or a
    credit line with a cell between bars that is nothing but one ("March 05, 1988|By J. Smith, Chicago Tribune.")."""
    letters = _alnum(" ".join(texts))
    for text, sentence in zip(texts, para):
        for frame, point in full_days(sentence):
            date = _alnum(text[frame.start : frame.end])
            cell = _cell(text, frame.start, frame.end)
            if date * 2 >= letters or (cell is not None and date == _alnum(cell)):
                return _day(point)
    return None


def _alnum(text: str) -> int:
    return sum(map(str.isalnum, text))  # (map: no generator frame per character)


def _cell(text: str, start: int, end: int) -> str | None:
    """The cell between bars that holds text[start:end]; None when the line has no bar."""
    if "|" not in text:
        return None
    left = text.rfind("|", 0, start) + 1
    right = text.find("|", end)
    return text[left : right if right >= 0 else len(text)]


def _opening_dateline(paragraphs: Sentences, frames: Frames) -> tuple[dt.date, str] | None:
    """"YEREVAN/STEPANAKERT (Sputnik - 07th October, 2020) The capital ...": the date inside the lead's dateline;
    "Moscow, Paris, Washington DC, 29 July 2021 – The Co-Chairs ...": a statement's places, its date, a dash."""
    for texts, para in list(zip(paragraphs, frames))[:_SCAN]:
        if not texts or not para:
            continue
        capitals = bool(_ALL_CAPS_LEAD.match(texts[0]))
        days = [p for f, p in full_days(para[0]) if f.start <= _OPENING_CHARS
                and (capitals or _ISSUED_FROM.match(texts[0][: f.start]) and _DASH_AFTER.match(texts[0][f.end :]))]
        if days:
            return _day(days[0]), "dateline"
    return None


def _yearless_dateline(paragraphs: Sentences, frames: Frames, written_year: int | None = None,
                       wars: Spans = ()) -> tuple[dt.date, str] | None:
    """"Baku, July 23, AZERTAC": the year from an anniversary's count, else from the dates the text reports, else
    the one war of weeks fought on that day."""
    for texts, para in list(zip(paragraphs, frames))[:_SCAN]:
        if not texts or not para or not _DATELINE.match(texts[0]):
            continue
        opening = [f for f in para[0] if f.kind == "point" and f.point and f.point.year is None
                   and f.point.precision == "day" and f.start <= _OPENING_CHARS]
        if opening and (len(" ".join(texts).split()) <= 8 or _ALL_CAPS_LEAD.match(texts[0])):
            year = _year_of(paragraphs, frames, opening[0].point, _weekday(texts[0], opening[0]), written_year, wars)
            if year is not None:
                return dt.date(year, opening[0].point.month, opening[0].point.day), "dateline"
    return None


def _yearless_stamp(paragraphs: Sentences, frames: Frames) -> tuple[dt.date, str] | None:
    """"arminfo Saturday, April 30, 16:35": a short line near the top holding a day and a clock but no year is
    the page's time stamp; its year is found as a yearless dateline's is."""
    for texts, para in list(zip(paragraphs, frames))[:_SCAN]:
        if not texts or not para or _is_prose(" ".join(texts)):
            continue
        clocked = any(f.clock is not None for f in para[0])
        days = [f for f in para[0] if f.kind == "point" and f.point and f.point.year is None and f.point.precision == "day"]
        if clocked and days:
            year = _year_of(paragraphs, frames, days[0].point, _weekday(texts[0], days[0]))
            if year is not None:
                return dt.date(year, days[0].point.month, days[0].point.day), "stamp"
    return None


def _weekday(text: str, frame: Frame) -> int | None:
    """The weekday written in a date's span ("Saturday, April 30"), if any."""
    found = _WEEKDAY.search(text[frame.start : frame.end])
    return WEEKDAYS[found.group(1).lower()] if found else None


def _year_of(paragraphs: Sentences, frames: Frames, day: Point, weekday: int | None,
             written_year: int | None = None, wars: Spans = ()) -> int | None:
    """The year of a day written without one: an anniversary's count from the event on that day, else the
    year that puts it after every day the text reports, else a year the text names plus the years it counts
    ("the 20th anniversary" of what began in "late April 1991"), else the year its war's count gives, else the
    year of the one war of weeks whose days hold it. A weekday written beside the day rules out every year that
    would put the day on another."""
    counts = [n for texts in paragraphs for text in texts for n in counted_years(text)]
    named = [f.point.year for para in frames for s in para for f in s if f.point and f.point.year]
    candidates = [counted_year(paragraphs, frames, day), _reported_year(frames, day), _since_year(paragraphs, frames, day)]
    candidates += [year + count for year in named for count in counts] + [written_year, _war_year(day, wars)]
    for year in candidates:
        if year is not None and valid_day(day.month, day.day, year) and (
                weekday is None or dt.date(year, day.month, day.day).weekday() == weekday):
            return year
    return None


def _war_year(day: Point, wars: Spans) -> int | None:
    """The year of the one war of weeks fought on the day (a wire dateline "STEPANAKERT, October 11." over a
    report whose only years are its background's: "flare-ups in the summer of 2014, in April 2016"): a dispatch
    dated in a war's weeks that writes no year of its own was filed during it, as most such copy is."""
    years = {year for first, last in wars for year in range(first.year, last.year + 1)
             if valid_day(day.month, day.day, year) and first <= dt.date(year, day.month, day.day) <= last}
    return years.pop() if len(years) == 1 else None


def _today_line(paragraphs: Sentences, frames: Frames) -> tuple[dt.date, str] | None:
    """"Today, October 4, marks 5 years since ...": a lead that opens with "today" and a day without its year
    dates the piece when the years it counts lead from an event told on that day and month."""
    for texts, para in list(zip(paragraphs, frames))[:_SCAN]:
        if not texts or not para or not _TODAY.match(texts[0]):
            continue
        opening = [f.point for f in para[0] if f.kind == "point" and f.point and f.point.year is None
                   and f.point.precision == "day" and f.start <= _OPENING_CHARS]
        year = counted_year(paragraphs, frames, opening[0]) if opening else None
        if year is not None:
            return dt.date(year, opening[0].month, opening[0].day), "today"
    return None


def _since_year(paragraphs: Sentences, frames: Frames, day: Point) -> int | None:
    """"The road has been blocked since late 2022": a state the text says has lasted until it was written began
    before it was written; the year that puts the dateline after the latest such beginning."""
    starts = [_first_day(f) for texts, para in zip(paragraphs, frames) for text, s in zip(texts, para) for f in s
              if f.kind == "point" and f.point and f.point.year and _SINCE_BEFORE.search(text[max(0, f.start - 12):f.start])]
    if not starts:
        return None
    last = max(starts)
    return last.year if (day.month, day.day) >= (last.month, last.day) else last.year + 1


def _first_day(frame: Frame) -> dt.date:
    """The first day of a point ("late 2022": its last third begins in September)."""
    point = frame.point
    month = point.month or (1 + int(12 * frame.portion[0]) if frame.portion else 1)
    return dt.date(point.year, month, point.day or 1)


def _reported_year(frames: Frames, day: Point) -> int | None:
    """A report is written on or after the last day it reports: the year that puts the dateline there."""
    days = [_day(p) for para in frames for s in para for _, p in full_days(s)]
    if not days:
        return None
    last = max(days)
    return last.year if (day.month, day.day) >= (last.month, last.day) else last.year + 1
