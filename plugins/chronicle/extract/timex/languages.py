"""Per-language words of the date grammar, read once from ``data/timex/<language>.yaml``.

English keeps its tables in ``lexicon`` (its grammar reads them as Python
names); every other language is a file, so a reviewer who reads the language
checks words without reading code. A language is added by adding its file:
the grammar that reads these tables (``inflected``) names no word itself.

Each table maps a phrase (a tuple of lower-case words, most often one) to
what it means, indexed by its first word, so the grammar asks one dict per
token. The anchor pattern, compiled once per language, lets a sentence
without a digit or a date word skip tokenizing altogether.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from chronicle import alternation
from chronicle.yamlload import load_yaml

DATA = Path(__file__).resolve().parents[2] / "data" / "timex"
_MAPPINGS = ("months", "seasons", "weekdays", "weekday_directions", "relative_days", "narrative_days",
             "parts_of_day", "fuzzy_before", "fuzzy_after", "units", "relative_periods", "relative_years", "number_words")
_LISTS = ("abbreviations", "ambiguous_months", "month_endings", "month_words", "ambiguous_seasons", "year_words", "years_words", "decade_suffixes", "century_words",
          "weekday_tails", "ambiguous_weekdays", "night_before", "night_between", "night_to", "range_words",
          "from_endings", "topic_lead", "measures", "and_words", "night_dawn", "ago_words", "hour_before",
          "hour_after", "this_day", "document_nouns", "document_links",
          "document_endings")
_KEYS = {"language", "month_day", *_MAPPINGS, *_LISTS}
_FOLLOWERS = ("fuzzy_after", "units")
_CODE = re.compile(r"[a-z]{2,3}")
_MISSPELT_FROM = 6  # letters of a month's name whose typos are read (``_misspelt``): "Սեպտեմբեր", not "մարտ"

Phrases = dict[str, tuple[tuple[tuple[str, ...], Any], ...]]  # first word -> (rest of the phrase, meaning), longest first


@dataclass(frozen=True)
class Lexicon:
    """One language's tables; lists are frozensets of words, mappings are ``Phrases``."""

    language: str
    month_day: bool
    tables: dict[str, Phrases]
    words: dict[str, frozenset[str]]
    openers: frozenset[str]  # first words of every phrase: the tokens where a rule may start
    anchor: re.Pattern[str]
    misspelt: dict[str, int]  # a month's name with two neighbouring letters swapped ("Սեպտմեբերի") -> its number

    def may_hold_date(self, text: str) -> bool:
        """A digit or a date word: the sentence is worth tokenizing."""
        return self.anchor.search(text) is not None


def available() -> tuple[str, ...]:
    return tuple(sorted(path.stem for path in DATA.glob("*.yaml")))


@lru_cache(maxsize=None)
def load(language: str | None, directory: Path = DATA) -> Lexicon | None:
    """The lexicon of a language ("ru", "hy-AM"), or None for English and languages without a file
    (the English grammar reads them). Only an ISO code names a file: a path never does."""
    code = (language or "").split("-")[0].lower()
    path = directory / f"{code}.yaml"
    if not _CODE.fullmatch(code) or code == "en" or not path.is_file():
        return None
    return _build(_read(path))


def _read(path: Path) -> dict:
    """A language file, its shape checked so a typo fails loudly, naming the file."""
    where = f"{path.parent.name}/{path.name}"
    data = load_yaml(path, where)
    if not isinstance(data, dict) or set(data) - _KEYS:
        raise ValueError(f"{where}: expected a mapping with keys among {sorted(_KEYS)}")
    for key in _MAPPINGS:
        table = data.get(key, {})
        if not isinstance(table, dict):
            raise ValueError(f"{where}: {key} must be a mapping")
    for key in _LISTS:
        entries = data.get(key, [])
        if not isinstance(entries, list) or not all(isinstance(e, str) and e.strip() for e in entries):
            raise ValueError(f"{where}: {key} must be a list of non-empty strings")
    return data


def _build(data: dict) -> Lexicon:
    endings = ["", *(data.get("month_endings") or [])]
    flat: dict[str, dict[str, Any]] = {
        "months": {f"{form}{end}": int(number) for number, forms in data["months"].items() for form in forms for end in endings},
        "ambiguous_months": dict.fromkeys(f"{form}{end}" for form in data.get("ambiguous_months") or [] for end in endings),
        "night_before": dict.fromkeys(data.get("night_before") or [], True),
        "night_between": dict.fromkeys(data.get("night_between") or [], True),
        "this_day": dict.fromkeys(data.get("this_day") or [], True),
    }
    for key in ("seasons", "weekdays"):  # meaning -> its forms
        flat[key] = {form: meaning for meaning, forms in (data.get(key) or {}).items() for form in forms}
    for key in _MAPPINGS[3:]:  # phrase -> its meaning
        flat[key] = dict(data.get(key) or {})
    words = {key: frozenset(w.lower() for w in data.get(key) or []) for key in _LISTS}
    words["ambiguous_months"] = frozenset(flat.pop("ambiguous_months"))  # every form of the listed names
    tables = {key: _index(table) for key, table in flat.items()}
    # words that only follow a date or a number ("sonunda", "лет") open no expression
    openers = {key: table for key, table in flat.items() if key not in _FOLLOWERS}
    first_words = {phrase.lower().split()[0] for table in openers.values() for phrase in table} | words["hour_before"]
    anchor = _anchor(first_words | words["century_words"])
    misspelt = _misspelt(data["months"], endings, set(flat["months"]))
    return Lexicon(data["language"], bool(data.get("month_day")), tables, words, frozenset(first_words), anchor, misspelt)


def _misspelt(months: dict, endings: list[str], forms: set[str]) -> dict[str, int]:
    """Every form of a month's full name (six letters or more) typed with two neighbouring letters after the first
    swapped ("Սեպտմեբերի" for "Սեպտեմբերի"), that is no form of another month: read as the month only beside a day
    (``inflected_numbers.month``), so a word of the language that happens to spell so is never a date."""
    out: dict[str, int] = {}
    for number, names in months.items():
        for name in (n.lower() for n in names if len(n) >= _MISSPELT_FROM):
            for k in range(1, len(name) - 1):
                swapped = name[:k] + name[k + 1] + name[k] + name[k + 2:]
                out.update({f"{swapped}{end}": int(number) for end in endings if swapped != name})
    return {form: number for form, number in out.items() if form not in forms}


def _anchor(words: set[str]) -> re.Pattern[str]:
    """A digit or one of the words, whole. Grouped by first letter (``chronicle.alternation``): a plain alternation
    of a language's few hundred words tried each of them at every position of a sentence (a Russian sentence took
    36 us, an Azerbaijani one 74 us; grouped, 2-5 us), where most positions start none of them."""
    longest_first = sorted(words, key=len, reverse=True)
    return re.compile(rf"\d|(?=[{alternation.letters(w[0] for w in longest_first)}])\b(?:"
                      + alternation.grouped([(w[0], re.escape(w)) for w in longest_first]) + r")\b", re.IGNORECASE)


def _index(table: dict[str, Any]) -> Phrases:
    """Phrases by their first word, longest first so the longest reading wins."""
    index: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
    for phrase, meaning in table.items():
        first, *rest = phrase.lower().split()
        index.setdefault(first, []).append((tuple(rest), meaning))
    return {first: tuple(sorted(entries, key=lambda e: -len(e[0]))) for first, entries in index.items()}
