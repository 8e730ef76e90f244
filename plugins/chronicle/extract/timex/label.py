"""Neutral human labels for date mentions, as shown on date pages.

The label says no more than the text: a month-precision statement is
"sometime in August 1993", never a day.
"""

from __future__ import annotations

import datetime as dt
import re

from chronicle.model import DateMention

_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_PARTS = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}
_FUZZY = {"START": "early {}", "MID": "mid-{}", "END": "late {}"}
_BOUNDS = {
    "ON_OR_BEFORE": "by {}",
    "BEFORE": "before {}",
    "AFTER": "after {}",
    "ON_OR_AFTER": "from {} on",
    "APPROX": "around {}",
}
_UNITS = {
    "Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour", "TM": "minute",
    "S": "second", "DE": "decade", "CE": "century",
}
# The site's English month names, fixed: ``calendar.month_name`` asks ``strftime`` of the process's locale at each
# lookup (a date page's every quote is labelled: 1.4 % of rendering at 1,000 sources), and a label is no locale's.
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
_TIME = re.compile(r"^(.*)T(\d\d:\d\d|MO|AF|EV|NI)$")
# a span of the clock: "17:00 to 17:30 on 11 June 2021"
_CLOCKS = re.compile(r"^([^/]*)T(\d\d:\d\d)/([^/]*)T(\d\d:\d\d)$")
_WEEK = re.compile(r"(\d{4})-W(\d\d)")
_DURATION_PART = re.compile(r"(\d+|X)(DE|CE|[YMWDHS])")


def _week(value: str) -> str:
    """"the week of 30 August 1993" for ``1993-W35``, "the weekend of 4 September 1993" for ``1993-W35-WE``: read from
    the value, which a claim keeps when its bounds are opened ("by that week": no earliest day)."""
    year, week = _WEEK.match(value).groups()
    weekend = value.endswith("-WE")
    first = dt.date.fromisocalendar(int(year), int(week), 6 if weekend else 1)
    return f"the {'weekend' if weekend else 'week'} of {first.day} {MONTHS[first.month - 1]} {first.year}"


def describe(m: DateMention) -> str:
    if m.type == "DURATION":
        return _duration(m.value)
    if m.precision is None:
        return f"unresolved date ({m.text})"
    clocks = _CLOCKS.match(m.value)
    if clocks:
        first, start, last, end = clocks.groups()
        if first == last:
            return f"{start} to {end} on {_plain(first)}"
        return f"{start} on {_plain(first)} to {end} on {_plain(last)}"
    timed = _TIME.match(m.value)
    if timed:
        day, time = timed.groups()
        if time in _PARTS:
            return f"{_plain(day)}, {_PARTS[time]}"
        clock = _BOUNDS[m.mod].format(time) if m.mod in _BOUNDS else time
        return f"{clock} on {_plain(day)}"
    if "/" in m.value:
        text = _range(*m.value.split("/"))
    elif m.precision == "week":
        text = _week(m.value)
    else:
        text = _plain(m.value)
    if m.mod in _FUZZY:
        return _fuzzy(m.mod, text)
    if m.mod in _BOUNDS:
        return _BOUNDS[m.mod].format(text)
    if m.precision in ("month", "year") and "/" not in m.value:
        return f"sometime in {text}"
    return text


def _fuzzy(mod: str, text: str) -> str:
    article = "the " if text.startswith("the ") else ""
    return article + _FUZZY[mod].format(text.removeprefix("the "))


def _plain(value: str) -> str:
    """"1993-08-20" -> "20 August 1993"; "1993-08" -> "August 1993"; "199X" -> "the 1990s"; "13" -> "the 14th century"."""
    if value.endswith("X"):
        return f"the {value[:-1]}0s"
    if len(value) == 2 and value.isdigit():
        nth = int(value) + 1
        suffix = "th" if nth % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(nth % 10, "th")
        return f"the {nth}{suffix} century"
    parts = value.split("-")
    if len(parts) == 1:
        return value
    if parts[1] == "WI" and parts[0].isdigit():  # a winter by both its years: "winter 1992" alone names another
        return f"winter {parts[0]}/{(int(parts[0]) + 1) % 100:02d}"
    if parts[1] in _SEASONS:
        return f"{_SEASONS[parts[1]]} {parts[0]}"
    if parts[1].startswith("W"):
        weekend = "the weekend of " if parts[-1] == "WE" else ""
        return f"{weekend}week {int(parts[1][1:])} of {parts[0]}"
    month = MONTHS[int(parts[1]) - 1]
    if len(parts) == 2:
        return f"{month} {parts[0]}"
    return f"{int(parts[2])} {month} {parts[0]}"


def _range(start: str, end: str) -> str:
    """"June to August 1993": the year is said once when both ends share it."""
    a, b = start.split("-"), end.split("-")
    if len(a) == len(b) > 1 and a[0] == b[0]:
        if len(a) == 3 and a[1] == b[1]:
            return f"{int(a[2])} to {_plain(end)}"
        return f"{_plain(start).removesuffix(' ' + a[0])} to {_plain(end)}"
    return f"{_plain(start)} to {_plain(end)}"


def _duration(value: str) -> str:
    """"P44D" -> "44 days"; "P1Y6M" -> "1 year 6 months"; "PT24H" -> "24 hours"; "PXD" -> "some days"."""
    date_part, _, time_part = value[1:].partition("T")
    found = [(n, u) for n, u in _DURATION_PART.findall(date_part)]
    found += [(n, "TM" if u == "M" else u) for n, u in _DURATION_PART.findall(time_part)]
    words = []
    for amount, unit in found:
        name = _UNITS[unit]
        plural = "centuries" if name == "century" else name + "s"
        if amount == "X":
            words.append(f"some {plural}")
        else:
            words.append(f"{amount} {name if amount == '1' else plural}")
    return " ".join(words) or value
