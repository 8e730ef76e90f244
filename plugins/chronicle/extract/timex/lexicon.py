"""English words the date grammar knows, grouped by what they can mean.

Every table maps a lower-cased word to its meaning. The grammar asks "what
category is this word?" once per token, so these are plain dicts.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        [
            ("january",),
            ("february",),
            ("march",),
            ("april",),
            ("may",),
            ("june",),
            ("july",),
            ("august",),
            ("september",),
            ("october",),
            ("november",),
            ("december",),
        ],
        start=1,
    )
    for name in names
}

# Abbreviations are only trusted next to a day or a year ("Jan" is also a name).
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI",
}
# "spring" (water) and "fall" (verb, "the fall of Shusha") need a year or a
# determiner before they count as seasons.
AMBIGUOUS_SEASONS = frozenset({"spring", "fall"})

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "dawn": "MO", "dusk": "EV",
}
# Words after which "the night", "dawn" is the night or dawn of the day the narrative tells:
# "continued into the night", "during the night", "quieted down before dawn".
PART_LEADS = frozenset({"during", "into", "through", "throughout", "in", "at", "before", "by", "until", "till", "after", "since", "from"})
# "the April war", "the autumn war": a month or season naming a war, not a date.
WAR_NOUNS = frozenset({"war", "wars", "clashes", "offensive", "escalation", "fighting", "hostilities"})
# A sentence with one of these speaks of what is to come: its bare weekday lies ahead, its
# "September 21" after the document's date is this year's, not last year's.
FUTURE_WORDS = frozenset({"will", "shall", "scheduled", "planned", "plans", "expected", "upcoming"})
# What a date may name instead of an event: "the statement of November 9", "the November 9 statement".
DOCUMENT_NOUNS = frozenset({
    "statement", "agreement", "declaration", "resolution", "decree", "protocol", "decision", "law", "letter", "treaty",
    "accord", "memorandum", "ruling", "judgment", "communique", "communiqué", "order",
})

NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
}

# Ordinal words a century is counted in ("the fourth century").
ORDINAL_WORDS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
}

# Time units: singular and plural forms -> (canonical unit, ISO designator, multiplier).
# Decades and centuries are written in years, as TIMEX3 does (P30Y).
UNITS: dict[str, tuple[str, str, int]] = {}
for _unit, _designator, _factor, _forms in (
    ("minute", "TM", 1, ("minute", "minutes")),
    ("hour", "TH", 1, ("hour", "hours")),
    ("day", "D", 1, ("day", "days")),
    ("week", "W", 1, ("week", "weeks")),
    ("month", "M", 1, ("month", "months")),
    ("year", "Y", 1, ("year", "years")),
    ("decade", "Y", 10, ("decade", "decades")),
    ("century", "Y", 100, ("century", "centuries")),
):
    for _form in _forms:
        UNITS[_form] = (_unit, _designator, _factor)
PLURAL_UNITS = frozenset(
    {"minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries"}
)

# Half of a unit, written in the next smaller unit ("a year and a half" = P1Y6M).
HALF_OF: dict[str, str] = {
    "year": "6M", "month": "15D", "week": "3DT12H", "day": "T12H", "hour": "T30M",
    "decade": "5Y", "century": "50Y", "minute": "T30S",
}

# Modifiers of a period: word -> (TIMEX3 mod, fraction of the period it covers).
FUZZY_ADJECTIVES: dict[str, tuple[str, tuple[float, float]]] = {
    "early": ("START", (0.0, 1 / 3)),
    "mid": ("MID", (1 / 3, 2 / 3)),
    "late": ("END", (2 / 3, 1.0)),
}
FUZZY_NOUNS: dict[str, tuple[str, tuple[float, float]]] = {
    "beginning": ("START", (0.0, 1 / 3)),
    "start": ("START", (0.0, 1 / 3)),
    "middle": ("MID", (1 / 3, 2 / 3)),
    "end": ("END", (2 / 3, 1.0)),
}
HALVES: dict[str, tuple[str, tuple[float, float]]] = {
    "first": ("START", (0.0, 0.5)),
    "second": ("END", (0.5, 1.0)),
    "latter": ("END", (0.5, 1.0)),
}

# Words before a date that bound it; the bound word is part of the span ("By August 20").
BOUNDS: dict[str, str] = {"by": "ON_OR_BEFORE", "before": "BEFORE", "after": "AFTER"}
# Time zones a page's stamp writes glued to its date ("11:22 GMT29 November 2020").
ZONES = frozenset({"gmt", "utc", "msk", "amt", "azt", "cet", "eet"})
APPROXIMATORS = frozenset({"around", "about", "approximately", "circa", "roughly"})

# A four-digit number after these words counts things, not years ("around 1500 Afghans").
QUANTIFIERS = frozenset(
    {
        "about", "around", "approximately", "some", "nearly", "almost", "roughly",
        "over", "than", "least", "most", "total", "estimated", "additional", "another",
        "resolution", "no", "number", "nos", "p", "pp", "pg", "page", "pages",
        "flight", "route", "model", "type", "code", "article", "paragraph", "tons",
    }
)
# ...and before these words a number is a quantity.
MEASURES = frozenset(
    {
        "percent", "per", "km", "kilometers", "kilometres", "metres", "meters", "m",
        "miles", "tons", "tonnes", "people", "soldiers", "troops", "men", "civilians",
        "dead", "killed", "wounded", "residents", "refugees", "units", "tanks",
        "households", "families", "villages", "hectares", "dollars", "manat",
    }
)

# Prepositions that make a bare month or season name a date ("in August", "the summer").
TEMPORAL_PREPOSITIONS = frozenset(
    {
        "in", "on", "since", "until", "till", "by", "during", "from", "to", "through",
        "throughout", "of", "before", "after", "between", "and", "early", "late", "mid",
        "last", "next", "this", "that", "the", "around", "about", "following", "past", "every", "each", "into",
    }
)
RANGE_WORDS = frozenset({"to", "until", "till", "through", "thru"})
DASHES = frozenset({"-", "–", "—", "‒", "−"})
