"""The day of a report that states no date of its own but tells its day by the weekday, with the day beside it.

Wire copy reprinted without its stamp still says when it speaks: "the ministry said in a statement on Friday",
and the statement quoted next gives the day ("... between 17:00 and 17:30 on June 11"), or one sentence gives
both ("on Tuesday (19 September) around 13:00"). Neither writes the year. The report's lead speaks of its own
day: that day is the weekday's, and of the years the text allows for it (``header._year_of``: after the last day
it reports, the war whose weeks hold it, ...) the one in which the day falls on that weekday is the report's.
A weekday that fits none leaves the report undated: the lead's weekday and the statement's day were not one day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from chronicle.extract.timex.frames import AHEAD, Frame, Point

_SCAN = 12  # the lead stands among the first paragraphs, after the title's lines
Frames = list[list[list[Frame]]]


def weekday_lead(frames: Frames, year_of: Callable[[Point, int], int | None]) -> tuple[dt.date, str] | None:
    """(day, "weekday") for the first weekday the text tells, in the past, with a day without its year in its own
    expression ("Tuesday (19 September)") or after it in its paragraph or the next ("said on Friday" ... "on
    June 11"), when ``year_of`` finds a year in which that day falls on that weekday."""
    told = [(p, f) for p, para in enumerate(frames[:_SCAN]) for sentence in para for f in sentence]
    for at, (paragraph, frame) in enumerate(told):
        if frame.weekday is None or frame.weekday_direction == AHEAD or frame.weekday_direction > 0:
            continue
        if frame.kind == "point":
            day = frame.point if _yearless_day(frame) else None
        else:
            day = next((f.point for p, f in told[at + 1:] if p <= paragraph + 1 and _yearless_day(f)), None)
        year = year_of(day, frame.weekday) if day is not None else None
        return (dt.date(year, day.month, day.day), "weekday") if year is not None else None
    return None


def _yearless_day(frame: Frame) -> bool:
    point = frame.point
    return frame.kind == "point" and point is not None and point.year is None and point.precision == "day"
