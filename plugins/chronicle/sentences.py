"""Sentence boundaries from the shape of text, in one pass linear in its length.

Why our own splitter and not pysbd: pysbd is quadratic in paragraph length (a
2 MB line never finishes) and rewrites the text it splits ("!!!" came back as
"!! !"), so quotes were not verbatim. This module only chooses cut points:
every sentence is a stripped slice of its paragraph, and the sentences in
order give the paragraph back up to the whitespace between them.

A candidate boundary is a run of stops (". ! ? …", plus any a language file
adds, such as the Armenian "։"), the closers glued to it (quotes, brackets,
citation markers such as "[2]"), whitespace, and the next character:

- "!", "?", "…", "..." and added stops end a sentence unless a lower-case word
  follows ('"Where?" she asked').
- A conditional stop ends a sentence only right after the letters its
  language file gives, before a capital or a digit: Armenian web text types
  the ASCII colon for "։", so ":" after an Armenian word ends a sentence
  ("...հարձակվեց: Այնուհետև", "...Մամեդովը: 1994թ.") and nowhere else
  ("Note: The", "11:31", 'ասվում է: «Մենք').
- "." after a prefix (Gen., St., No., p.), a single letter ("J. Smith", "А.
  Иванов") or an upper-case dotted form ("U.S. Army") never does.
- "." after a unit that follows a number ("в 1994 г.", "1992-1994 гг.") is an
  abbreviation, unless the sentence so far is only a date ("В 1994 г. Армения
  ...": fewer than two words of three letters): then, and before a name
  ("г. Шуша": city), it is a prefix.
- "." after an abbreviation (Aug., approx.) or a lower-case dotted form
  ("p.m.") does before a capital, an opener or a symbol, not before a number
  or a lower-case word ("Sept. 27", "et al. wrote").
- "." after any other word does, except before a lower-case word, which it
  ends only when a closing quote or bracket touches the period ('"Title".
  publisher') or a citation field follows ("Gazette. p. B1"): in running text
  a lower-case word after a period mostly means an abbreviation we do not know.
- A piece without a word of three characters ("1.", "^ ") is a list marker or
  a stray abbreviation: it joins the sentence that follows (or, at the end of
  the paragraph, the one before).
- Hard limit: no sentence is longer than ``max_chars`` (5,000 by default). A
  longer stretch without a boundary is cut at the last whitespace before the
  limit, so it is never cut inside a word, unless one "word" is itself longer
  than the limit (a run of 5,000 characters without a space), which is cut
  at the limit.

Abbreviations live in ``data/sentences/<language>.yaml``; every file there is
read and merged, since lists of different scripts cannot collide. A language
is added by adding its file.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from chronicle.yamlload import load_yaml

DATA = Path(__file__).parent / "data" / "sentences"
MAX_CHARS = 5000
STOPS = ".!?…"
CLOSERS = "\"'”’»›)]}"
OPENERS = "\"'“‘„«‹([{¿¡"
_CLOSE_ONLY = frozenset(",;:)]}»›”’")  # never the first character of a sentence
_KEYS = {"language", "stops", "prefixes", "abbreviations", "after_numbers", "conditional_stops"}

_FRAGMENT = re.compile(r"\W*|\W*\w{1,2}\W*|\d+\W*")
_FRAGMENT_MAX = 40  # a list marker is short; the bound keeps runs of "." linear
_LOOK = 40  # characters looked at around a stop: longer words are no abbreviations
_DOTTED = re.compile(r"(?:[^\W\d_]{1,4}\.)+[^\W\d_]{1,4}")
_FIELD = re.compile(r"[^\W\d_]{1,8}(?=\.)")
_NONSPACE = re.compile(r"\S")
_LONG_WORD = re.compile(r"[^\W\d_]{3,}")
_DATE_OPENER_MAX = 60  # a date alone is short; the bound keeps the count linear
_UP_TO_LAST_SPACE = re.compile(r"(?s:.*)\s")


@dataclass(frozen=True)
class Rules:
    """Merged language data, entries as written in the files."""

    stops: str
    prefixes: frozenset[str]
    abbreviations: frozenset[str]
    after_numbers: frozenset[str] = frozenset()  # abbreviations after a number, prefixes elsewhere
    conditional: tuple[tuple[str, str], ...] = ()  # (stop, the letters it must stand after)


def load_rules(directory: Path = DATA) -> Rules:
    """Every ``*.yaml`` of ``directory`` merged into one set of rules."""
    stops, prefixes, abbreviations, after_numbers, conditional = list(STOPS), set(), set(), set(), {}
    for path in sorted(directory.glob("*.yaml")):
        data = _read(path)
        stops += [s for s in data.get("stops", []) if s not in stops]
        prefixes |= set(data.get("prefixes", []))
        abbreviations |= set(data.get("abbreviations", []))
        after_numbers |= set(data.get("after_numbers", []))
        for stop, letters in (data.get("conditional_stops") or {}).items():
            conditional[stop] = conditional.get(stop, "") + letters
    stops += [s for s in conditional if s not in stops]
    return Rules(
        "".join(stops), frozenset(prefixes), frozenset(abbreviations), frozenset(after_numbers),
        tuple(sorted(conditional.items())),
    )


def _read(path: Path) -> dict:
    """One language file, its shape checked so a typo fails loudly, naming the file."""
    where = f"{path.parent.name}/{path.name}"
    data = load_yaml(path, where)
    if not isinstance(data, dict) or set(data) - _KEYS:
        raise ValueError(f"{where}: expected a mapping with keys among {sorted(_KEYS)}")
    conditional = data.get("conditional_stops", {})
    if not isinstance(conditional, dict) or not all(
        isinstance(k, str) and len(k) == 1 and isinstance(v, str) and v for k, v in conditional.items()
    ):
        raise ValueError(f"{where}: conditional_stops maps one character to the letters it must stand after")
    for key in ("stops", "prefixes", "abbreviations", "after_numbers"):
        entries = data.get(key, [])
        if not isinstance(entries, list) or not all(isinstance(e, str) and e.strip() for e in entries):
            raise ValueError(f"{where}: {key} must be a list of non-empty strings")
    if any(len(s) != 1 for s in data.get("stops", [])):
        raise ValueError(f"{where}: each stop is one character")
    return data


def _listed(word: str, entries: frozenset[str]) -> bool:
    """As written, capitalized at a sentence start ("Approx." for "approx"), or in capitals ("SEPT. 25").

    A capitalized entry matches only itself, so "No" and "Art" do not make the
    words "no" and "art" abbreviations; a single letter matches only itself
    ("p" is a page, "P." an initial). Wire chronologies write their months in
    capitals ("FEB. 28, 1988"), so an entry's all-capital form is the entry too.
    """
    if word in entries:
        return True
    if len(word) < 2:
        return False
    if word.isupper():
        return word.capitalize() in entries or word.lower() in entries
    return word == word.capitalize() and word.lower() in entries


def split(text: str, rules: Rules, max_chars: int = MAX_CHARS) -> tuple[str, ...]:
    """Sentences of one paragraph: stripped slices of ``text``, in order."""
    return tuple(text[a:b] for a, b in _bounded(_spans(text, rules), text, max_chars))


@lru_cache(maxsize=16)
def _candidates(stops: str) -> re.Pattern[str]:
    """Stops starting a run (so a run is tried once), glued closers, then whitespace.

    Possessive quantifiers and the look-behind keep the scan linear.
    """
    s, c = re.escape(stops), re.escape(CLOSERS)
    closer = rf"[{c}]|\[[^\[\]\n]{{1,24}}\]"  # a quote, a bracket, a citation marker
    return re.compile(rf"(?<![{s}])(?P<stop>[{s}]++)(?P<close>(?:{closer})*+)(?=\s+(?P<next>\S))")


def _spans(text: str, rules: Rules) -> list[tuple[int, int]]:
    """(start, end) of each sentence, whitespace excluded; one pass over the candidates."""
    first = _NONSPACE.search(text)
    if first is None:
        return []
    start, spans = first.start(), []
    for m in _candidates(rules.stops).finditer(text, start):
        if not _is_fragment(text, start, m.end()) and _ends_sentence(text, m, rules, start):
            spans.append((start, m.end()))
            start = m.start("next")
    end = len(text.rstrip())
    if spans and _is_fragment(text, start, end):
        start = spans.pop()[0]
    spans.append((start, end))
    return spans


def _is_fragment(text: str, start: int, end: int) -> bool:
    """A list marker or stray abbreviation ("1.", "^", "pg."): no sentence of its own."""
    return end - start <= _FRAGMENT_MAX and bool(_FRAGMENT.fullmatch(text, start, end))


def _ends_sentence(text: str, m: re.Match[str], rules: Rules, start: int) -> bool:
    """The rules of the module docstring, for one candidate."""
    nxt = m["next"]
    if nxt in _CLOSE_ONLY:
        return False
    if any(stop in m["stop"] and not _between(text, m.start(), nxt, letters) for stop, letters in rules.conditional):
        return False
    if m["stop"] != ".":
        return not nxt.islower()
    word = _word_before(text, m.start())
    if m["close"] or word[-1:] in CLOSERS:
        return True
    kind = _kind(word.lstrip(OPENERS), rules, lambda: _number_before(text, m.start() - len(word)))
    if kind == "unit":  # "в 1994 г.": the year closes its sentence, unless it opens one ("В 1994 г. Армения")
        kind = "prefix" if _date_opener(text, start, m.start()) else "abbreviation"
    if kind == "prefix":
        return False
    if nxt.islower():
        return kind == "word" and _field_follows(text, m.start("next"), rules)
    return kind == "word" or not nxt.isdigit()


def _between(text: str, stop: int, nxt: str, letters: str) -> bool:
    """A conditional stop right after one of its letters, before a capital or a digit ("հարձակվեց: 1994թ.")."""
    return stop > 0 and text[stop - 1] in letters and (nxt.isupper() or nxt.isdigit())


def _word_before(text: str, stop: int) -> str:
    """The word the stop is glued to, read from a bounded window so the pass stays linear."""
    window = text[max(0, stop - _LOOK) : stop]
    if not window or window[-1].isspace():
        return ""
    return window.rsplit(None, 1)[-1]


def _number_before(text: str, start: int) -> bool:
    """A number stands just before the word starting at ``start`` ("1994 г", "1992-1994 гг")."""
    window = text[max(0, start - _LOOK) : start].rstrip()
    return window[-1:].isdigit()


def _date_opener(text: str, start: int, stop: int) -> bool:
    """The sentence so far is only a date ("В 1994 г.", "12 мая 1994 г."): fewer than two words of three letters."""
    return stop - start <= _DATE_OPENER_MAX and len(_LONG_WORD.findall(text, start, stop)) < 2


def _kind(word: str, rules: Rules, after_number: Callable[[], bool] = lambda: False) -> str:
    """What a period after ``word`` may mean: "prefix" (never an end), "abbreviation", "word", or
    "unit" (a year's "г." after its number, which ends a sentence unless a date is all it has).

    ``after_number`` is asked only for a unit that reads differently after a number ("г.").
    """
    unit = word.lstrip("0123456789")
    if _listed(unit, rules.after_numbers):
        return "unit" if unit != word or after_number() else "prefix"
    if _listed(word, rules.prefixes):
        return "prefix"
    if _listed(word, rules.abbreviations):
        return "abbreviation"
    if len(word) == 1 and word.isalpha():
        return "prefix"  # an initial
    if _DOTTED.fullmatch(word):
        return "abbreviation" if any(ch.islower() for ch in word) else "prefix"
    return "word"


def _field_follows(text: str, start: int, rules: Rules) -> bool:
    """A listed abbreviation starts the next piece: a citation field ("p. B1", "pg. A7")."""
    m = _FIELD.match(text, start, start + _LOOK)
    return bool(m) and (_listed(m.group(), rules.prefixes) or _listed(m.group(), rules.abbreviations))


def _bounded(spans: list[tuple[int, int]], text: str, limit: int) -> list[tuple[int, int]]:
    """Spans longer than ``limit`` cut at their last whitespace before it."""
    out = []
    for start, end in spans:
        while end - start > limit:
            cut, resume = _cut(text, start, limit)
            out.append((start, cut))
            start = resume
        out.append((start, end))
    return out


def _cut(text: str, start: int, limit: int) -> tuple[int, int]:
    """End of the first piece and start of the rest."""
    window = text[start : start + limit + 1]
    m = _UP_TO_LAST_SPACE.match(window, 1)
    if m is None:  # one "word" longer than the limit: cut at the limit, before its accents
        cut = start + limit
        floor = max(start + 1, cut - _LOOK)  # bounded, so a run of accents stays linear
        while cut > floor and unicodedata.combining(text[cut]):
            cut -= 1
        return cut, cut
    end = start + len(window[: m.end() - 1].rstrip())
    return end, _NONSPACE.search(text, start + m.end()).start()
