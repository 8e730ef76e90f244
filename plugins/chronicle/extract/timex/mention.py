"""Building a ``DateMention`` from a frame: its value, its span of days, and the bounds a modifier opens.

Kept apart from ``resolve`` (which decides the year and the anchor) so that
each reads alone: here nothing is inferred, only assembled.
"""

from __future__ import annotations

import datetime as dt

from chronicle.extract.timex.frames import Frame
from chronicle.model import DateMention
from chronicle.records import replace


def bounded(span: tuple[dt.date, dt.date], mod: str | None) -> tuple[dt.date | None, dt.date | None]:
    """Open one end for "before", "after", "by"."""
    first, last = span
    if mod == "BEFORE":
        return None, first - dt.timedelta(days=1)
    if mod == "AFTER":
        return last + dt.timedelta(days=1), None
    if mod == "ON_OR_BEFORE":
        return None, last
    if mod == "ON_OR_AFTER":
        return first, None
    return first, last


def date_mention(
    frame: Frame,
    value: str,
    kind: str,
    span: tuple[dt.date | None, dt.date | None] | None,
    precision: str | None,
    anchor: str | None,
) -> DateMention:
    earliest, latest = span if span else (None, None)
    return DateMention(
        start=frame.start,
        end=frame.end,
        text="",
        value=value,
        type=kind,
        mod=frame.mod,
        earliest=earliest,
        latest=latest,
        precision=precision,
        rule=frame.rule,
        anchor=anchor,
    )


def clocked(day: str, frame: Frame, last: str | None = None) -> str:
    """A day's value with the frame's clock ("2021-06-11T17:00"), or with its span of the clock, an ISO interval
    that ends on ``last`` (else the same day): "2021-06-11T17:00/2021-06-11T17:30"."""
    value = f"{day}T{frame.clock[0]:02d}:{frame.clock[1]:02d}"
    if frame.until is not None:
        value += f"/{last or day}T{frame.until[0]:02d}:{frame.until[1]:02d}"
    return value


def unresolved(frame: Frame, value: str = "XXXX-XX-XX") -> DateMention:
    kind = "TIME" if frame.clock is not None or frame.part is not None else "DATE"
    if frame.clock is not None and "T" not in value:
        value = clocked(value, frame)
    elif frame.part is not None and "T" not in value:
        value += "T" + frame.part
    return date_mention(frame, value, kind, None, None, None)


def replace_span(mention: DateMention, span: tuple[dt.date, dt.date]) -> DateMention:
    return replace(mention, earliest=span[0], latest=span[1])
