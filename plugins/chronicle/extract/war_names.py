"""War names in a sentence: the catalogue's names in any spelling and case form, "<date> war", and a war
told by its length or its order ("a six-week war", "a nine-month blockade", "the first war").

A name may be ambiguous ("the Nagorno-Karabakh War"): it then means several
entries, and the sentence's dates or the document's period choose. A date
with a war noun ("the 1992-1994 war", "fighting in 2016") names the period of
that kind the date covers most. False friends ("the Great Patriotic War")
are never names.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from chronicle import alternation
from chronicle.extract import morphology
from chronicle.extract.timex.lexicon import NUMBER_WORDS
from chronicle.extract.war_periods import best, overlap, top_level
from chronicle.literals import Cued
from chronicle.wars import WarCatalog

_SEP = r"[\s\-‐‑–—]+"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_WHEN = rf"(?:(?:{_MONTH}\s+)?(?P<y1>{_YEAR})(?:\s*(?:[-‐‑–—/]|to|and)\s*(?P<y2>{_YEAR}|\d\d)\b)?|(?P<decade>(?:1[89]|20)\d0)s)"
_QUALIFIER = (
    rf"(?:(?:(?:Nagorno|Nagorny|Upper){_SEP})?(?:Karabakh|Karabagh|Artsakh){_SEP}"
    rf"|Armenian{_SEP}Azerbaijani{_SEP}|Azerbaijani{_SEP}Armenian{_SEP}|border{_SEP})?"
)
_NOUN = r"(?P<noun>wars?|clashes|escalation|offensives?|hostilities|fighting|conflict)"
# "the 1992-1994 war", "the July 2020 clashes", "the 1990s war"; "the war of 1992-94", "fighting in 2016".
_DATED_WARS = (
    re.compile(rf"(?<![\w-]){_WHEN}\s+{_QUALIFIER}{_NOUN}(?![\w-])", re.IGNORECASE),
    re.compile(rf"(?<![\w-]){_NOUN}\s+(?:of|in)\s+{_WHEN}(?![\w-])", re.IGNORECASE),
)
# What every "<date> war" holds: a year (or decade) and one of the nouns; a sentence without both is not searched.
_DATED_WAR_YEAR = re.compile(r"(?:1[89]|20)\d")
_DATED_WAR_NOUNS = ("war", "clashes", "escalation", "offensive", "hostilities", "fighting", "conflict")
# Which kinds of top-level period a noun can name, by preference.
_NOUN_KINDS = {
    "war": ("war", "clashes"),
    "conflict": ("war", "clashes"),
    "offensive": ("war", "clashes"),
}
_DEFAULT_NOUN_KINDS = ("clashes", "war")


@dataclass(frozen=True)
class Name:
    """A war name found in a sentence; ``means`` holds one id, or several when the name is ambiguous."""

    start: int
    end: int
    text: str
    means: tuple[str, ...]
    lasting: bool = False  # told by how long it lasted ("three days of fighting"): a war only if it holds the sentence's days


@dataclass(frozen=True)
class Matcher:
    names: re.Pattern[str] | None
    meaning: dict[str, tuple[str, ...]]  # folded name -> ids
    false_friends: re.Pattern[str] | None
    declined: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = ()  # Russian, Azerbaijani, Armenian names in any case
    # What the text of a name or a false friend must hold (``_gates``, ``_cues``): a sentence holding none is not searched.
    name_cues: tuple[str, ...] = ()
    friend_cues: tuple[str, ...] = ()
    # each name cue -> the other pieces (``_pieces``) of each name it stands for: a sentence holding a cue but no
    # name's other pieces ("war" without "first" and "karabakh") is not searched either
    name_rests: Mapping[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict, hash=False, compare=False)
    # text -> its names (``find_names``): a title and an opening are read by several passes of a document
    found: dict[tuple[str, WarCatalog], tuple[Name, ...]] = field(default_factory=dict, hash=False, compare=False)


@lru_cache(maxsize=8)
def matcher_for(catalog: WarCatalog) -> Matcher:
    meaning: dict[str, tuple[str, ...]] = {}
    spelled: dict[str, str] = {}  # folded -> as written: "İkinci" folds to a dotted i that the text does not have
    for war in catalog.all():
        for alias in war.aliases:
            meaning[_fold(alias)], spelled[_fold(alias)] = (war.id,), alias
    for amb in catalog.ambiguous:
        meaning[_fold(amb.name)], spelled[_fold(amb.name)] = amb.means, amb.name
    declined = tuple((re.compile(_pattern(spelled[key]), re.IGNORECASE), meaning[key])
                     for key in sorted(spelled, key=lambda n: (-len(n), n)) if morphology.declines(spelled[key]))
    friends = {_fold(n): n for n in catalog.false_friends}
    gates = _gates(spelled.values())
    return Matcher(_alternation(spelled), meaning, _alternation(friends), declined,
                   tuple(sorted(gates)), _cues(friends.values()), gates)


def _cues(names) -> tuple[str, ...]:
    """The first piece (``_pieces``) of each name: the start of its first word that any case form keeps."""
    return tuple(sorted({_pieces(name)[0] for name in names}))


def _gates(names) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Each gate piece -> the other pieces (``_pieces``) of every name filed under it, in a fixed order. A sentence
    may hold a name only if it holds all its pieces, whichever is asked first; so each name is filed under one of
    them, chosen so that few pieces stand for every name ("war" for seventeen, "battle" for fourteen): a sentence
    then takes one substring test per gate (27), not one per name's first piece (67), and the rests only where a
    gate stands. A piece shorter than three characters ("of", "44") gates only a name that has no longer one; a
    name whose other pieces include another's is left out, since a sentence holding its pieces holds the other's."""
    left = {_pieces(name) for name in names}
    gates: dict[str, tuple[tuple[str, ...], ...]] = {}
    while left:
        counts = Counter(p for pieces in left for p in set(pieces) if len(p) >= 3 or all(len(q) < 3 for q in pieces))
        gate = max(sorted(counts), key=lambda p: (counts[p], len(p)))  # the first of the most shared, longest
        members = sorted(pieces for pieces in left if gate in pieces)
        rests = list(dict.fromkeys(tuple(p for p in pieces if p != gate) for pieces in members))
        gates[gate] = tuple(r for r in rests if not any(set(o) < set(r) for o in rests))
        left -= set(members)
    return gates


def _pieces(name: str) -> tuple[str, ...]:
    """What every match of the name holds, word by word (folded as ``_cue_fold``): the start of each word that
    any case form of it keeps, the word itself or, for a word that declines, its first three letters (a Russian
    stem is never shorter; ``_pattern`` writes each word so)."""
    words = re.sub(r"[\-‐‑–—]", " ", name).split()
    return tuple(dict.fromkeys(_cue_fold(w[:3] if morphology.declines(w) else w) for w in words))


def _first_word(name: str) -> str:
    return re.sub(r"[\-‐‑–—]", " ", name).split()[0]


def _cue_fold(text: str) -> str:
    """Case off the way the patterns' IGNORECASE takes it: "İ", "I", "ı" and "i" are one letter."""
    return text.casefold().replace("\u0307", "").replace("ı", "i")


def _holds_a_cue(folded: str, cues: tuple[str, ...]) -> bool:
    return any(map(folded.__contains__, cues))  # no generator frame per cue: every sentence asks


def _may_hold_a_name(folded: str, matcher: Matcher) -> bool:
    """Might the sentence (folded) hold a name? Only if it holds every piece of one (``_pieces``): the gates
    (``_gates``) are asked first, each by one substring test, and only for those it holds the names' other pieces."""
    rests = matcher.name_rests
    return any(any(all(map(folded.__contains__, rest)) for rest in rests[cue])
               for cue in filter(folded.__contains__, matcher.name_cues))


def _alternation(spelled: dict[str, str]) -> re.Pattern[str] | None:
    """One pattern for many names (folded -> as written), longest first so "Second Karabakh War" beats "Karabakh War"."""
    if not spelled:
        return None
    names = [spelled[key] for key in sorted(spelled, key=lambda n: (-len(n), n))]
    # Every name's pattern starts with its first word's first letter as written (``_pattern``): grouped by it
    # (``chronicle.alternation``), a position tries only the names that begin with its letter.
    firsts = [_first_word(name)[0] for name in names]
    body = alternation.grouped(list(zip(firsts, map(_pattern, names))))
    return re.compile(rf"(?=[{alternation.letters(firsts)}])(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def _pattern(name: str) -> str:
    """A name's words joined by any separator; in Russian, Azerbaijani and Armenian, in any case form."""
    words = re.sub(r"[\-‐‑–—]", " ", name).split()
    return _SEP.join(morphology.word_pattern(w, i == len(words) - 1) for i, w in enumerate(words))


def _meaning(text: str, matcher: Matcher) -> tuple[str, ...]:
    """What a matched name means: by its folded form, else by the declined name it is a case form of."""
    found = matcher.meaning.get(_fold(text))
    if found is not None:
        return found
    return next((ids for pattern, ids in matcher.declined if pattern.fullmatch(text)), ())


def _fold(name: str) -> str:
    return " ".join(re.sub(r"[\-‐‑–—]", " ", name).casefold().split())


_FOUND_KEPT = 4096  # texts whose names a matcher keeps at most: a long document's sentences


def find_names(text: str, matcher: Matcher, catalog: WarCatalog) -> tuple[Name, ...]:
    """The war names of a sentence in text order, false friends and overlaps left out; kept by text until the
    document is done (``forget_names``), since its title and sentences are read by several passes (its opening's
    war year, the catalogue's years of its days, each sentence's evidence, the title's campaigns)."""
    key = (text, catalog)
    found = matcher.found.get(key)
    if found is None:
        if len(matcher.found) >= _FOUND_KEPT:
            matcher.found.clear()
        found = matcher.found[key] = tuple(_find_names(text, matcher, catalog))
    return found


def forget_names(matcher: Matcher) -> None:
    """Drop the names kept by text: the passes of a document have read them. Kept across documents, they would
    serve a text read again (a benchmark's warm-up) from memory, which no build does."""
    matcher.found.clear()


def _find_names(text: str, matcher: Matcher, catalog: WarCatalog) -> list[Name]:
    folded = _cue_fold(text)
    friends = matcher.false_friends and _holds_a_cue(folded, matcher.friend_cues)
    taken = [m.span() for m in matcher.false_friends.finditer(text)] if friends else []
    found: list[Name] = []
    if matcher.names and _may_hold_a_name(folded, matcher):
        for m in matcher.names.finditer(text):
            if not overlaps(m.span(), taken):
                found.append(Name(m.start(), m.end(), m.group(), _meaning(m.group(), matcher)))
    spans = taken + [(n.start, n.end) for n in found]
    for m in (m for pattern in _DATED_WARS for m in pattern.finditer(text)) if _may_name_a_dated_war(text) else ():
        means = _dated_war(m, catalog)
        # "after the 2020 Artsakh War": the year says which of the wars an ambiguous name inside it means
        inside = [n for n in found if m.start() <= n.start and n.end <= m.end() and len(n.means) > 1]
        rest = [s for s in spans if s not in {(n.start, n.end) for n in inside}]
        if means and not overlaps(m.span(), rest):
            found = [n for n in found if n not in inside] + [Name(m.start(), m.end(), m.group(), means)]
            spans = rest + [m.span()]
    for name in _told_wars(text, catalog) if _holds_a_cue(folded, _TOLD_CUES) else ():
        inside = [n for n in found if name.start <= n.start and n.end <= name.end  # "blockade" in "nine-month blockade"
                  and n.end - n.start < name.end - name.start]  # (not the catalogue's own "Four-Day War")
        if not overlaps((name.start, name.end), [s for s in spans if s not in {(n.start, n.end) for n in inside}]):
            found = [n for n in found if n not in inside] + ([name] if name.means else [])
    return sorted(found, key=lambda n: n.start)


# "a bloody six-week war", "six weeks of bloodshed", "the 44-day conflict", "a nine-month blockade": a war (or a
# blockade) told by how long it lasted. Behind the test of its units (``Cued``): "[a-z]+" would start a try at
# every word of every sentence that names a war.
_LASTING_WAR = Cued(re.compile(
    r"(?<![\w-])(?P<n>\d{1,3}|[a-z]+)[- ](?P<unit>day|week|month)s?(?:[- ]long)?\s+(?:[\w-]+\s+)?"
    r"(?P<noun>war|conflict|fighting|blockade)\b"
    r"|(?<![\w-])(?P<n2>\d{1,3}|[a-z]+)\s+(?P<unit2>day|week|month)s\s+of\s+(?:[\w-]+\s+)?"
    r"(?P<noun2>war|fighting|combat|bloodshed|hostilities|blockade)\b",
    re.IGNORECASE,
))
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30}
_TOLD_CUES = ("war", "fight", "conflict", "combat", "bloodshed", "hostilit", "blockade")  # one is in every told war
# "the first war between the two sides", "their previous full-scale war": the catalogue's wars in order.
_ORDINAL_WAR = Cued(re.compile(
    r"(?<![\w-])(?P<ordinal>first|second|third)\s+(?:full-scale\s+)?war\b(?![\w-]|\s+(?:crimes?|criminals?|memorials?|of\s+independence)\b)",
    re.IGNORECASE,
))
_ORDINALS = ("first", "second", "third")


def _told_wars(text: str, catalog: WarCatalog) -> list[Name]:
    """Wars a sentence tells by length or by order rather than by name: a length that fits exactly one war of
    the catalogue (within one unit: "six weeks" is the 45 days of the 2020 war), an ordinal among its wars.
    A length that fits no war, or several, is told too, meaning none, so that the bare name inside it stays unread."""
    spans = [w for w in top_level(catalog) if w.start and w.end]
    wars = sorted((w for w in spans if w.kind == "war"), key=lambda w: w.start)
    found = []
    for m in _LASTING_WAR.finditer(text):
        word = (m.group("n") or m.group("n2")).lower()
        count = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
        if not count:  # "a months-long blockade": no number, no length to tell which it is not; its noun is read as named
            continue
        unit = _UNIT_DAYS[(m.group("unit") or m.group("unit2")).lower()]
        kind = "blockade" if (m.group("noun") or m.group("noun2")).lower() == "blockade" else "war"
        fitting = [w for w in spans if w.kind == kind and abs(count * unit - w.days()) <= unit]
        # a length no war (or more than one) had still says which war it is not: "a two-week blockade of the road"
        found.append(Name(m.start(), m.end(), m.group(), (fitting[0].id,) if len(fitting) == 1 else (), lasting=True))
    for m in _ORDINAL_WAR.finditer(text):
        rank = _ORDINALS.index(m.group("ordinal").lower())
        if rank < len(wars):
            found.append(Name(m.start(), m.end(), m.group(), (wars[rank].id,)))
    return found


_OPENING_PARAGRAPHS = 3  # where a text says what it is about


def opening_war_year(title: str | None, paragraphs: Sequence[Sequence[str]], catalog: WarCatalog) -> int | None:
    """The one calendar year of the wars a text's title and first paragraphs name, if each lies in that year
    ("44 days of the second Artsakh war": 2020), else None: a chronology that never writes its year still
    tells it by its war."""
    matcher = matcher_for(catalog)
    texts = [title or "", *(s for paragraph in paragraphs[:_OPENING_PARAGRAPHS] for s in paragraph)]
    years: set[int] = set()
    for text in texts:
        for name in find_names(text, matcher, catalog):
            wars = [catalog.get(i) for i in name.means]
            if len(wars) != 1 or not (wars[0].start and wars[0].end) or wars[0].start.year != wars[0].end.year:
                return None
            years.add(wars[0].start.year)
    return years.pop() if len(years) == 1 else None


_COUNTED_DAYS = 120  # the longest war whose days a text counts


@lru_cache(maxsize=8)
def war_spans(catalog: WarCatalog) -> tuple[tuple[dt.date, dt.date], ...]:
    """First and last days of the catalogue's top-level wars and clashes that lasted weeks, not years: what "the
    third day of the war" counts from (in the six years of the first war, "the third day of the fighting" is a battle's)."""
    return tuple((w.start, w.end) for w in top_level(catalog)
                 if w.kind in ("war", "clashes") and w.start and w.end and w.days() <= _COUNTED_DAYS)


# "a five-year undeclared war", "the 5-year-old conflict", "a five-year-old territorial dispute", "four years of
# fighting": a war counted in years.
_COUNTED_WAR = re.compile(
    r"\b(\d{1,2}|[a-z]+)[- ]years?(?:[- ]old)?\s+(?:[\w-]+\s+){0,2}?(?:war|conflict|fighting|dispute)\b"
    r"|\b(\d{1,2}|[a-z]+)\s+years\s+of\s+(?:war|fighting|conflict)\b", re.I)


def counted_war_year(paragraphs: Sequence[Sequence[str]], catalog: WarCatalog) -> int | None:
    """The year a dispatch that counts its war's years was written: so many years after the war began, if
    exactly one war of the catalogue lasted that long ("a five-year undeclared war" is the first war's
    1993). A dispatch of 1992 that names no year but counts "four years of fighting" tells its year so."""
    for text in (s for paragraph in paragraphs for s in paragraph):
        if "year" not in text:
            continue
        for m in _COUNTED_WAR.finditer(text):
            word = (m.group(1) or m.group(2)).lower()
            count = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
            wars = [w for w in top_level(catalog) if count and w.kind == "war" and w.start and w.end
                    and w.start.year + count <= w.end.year]
            if len(wars) == 1:
                return wars[0].start.year + count
    return None


def _may_name_a_dated_war(text: str) -> bool:
    """A cheap test that spares most sentences the two "<date> war" patterns (they need a year and a noun)."""
    if not _DATED_WAR_YEAR.search(text):
        return False
    folded = text.casefold()
    return any(noun in folded for noun in _DATED_WAR_NOUNS)


def _dated_war(m: re.Match[str], catalog: WarCatalog) -> tuple[str, ...]:
    """The top-level period a "<date> war" names: the one of the noun's kind the date covers most."""
    lo, hi = _dated_war_span(m)
    noun = m.group("noun").lower().rstrip("s") if m.group("noun").lower() != "hostilities" else "hostilities"
    overlapping = [w for w in top_level(catalog) if overlap(w, lo, hi)]
    for kind in _NOUN_KINDS.get(noun, _DEFAULT_NOUN_KINDS):
        fitting = [w for w in overlapping if w.kind == kind]
        if fitting:
            return (best(fitting, lo, hi).id,)
    return ()


def _dated_war_span(m: re.Match[str]) -> tuple[dt.date, dt.date]:
    if m.group("decade"):
        first = int(m.group("decade"))
        return dt.date(first, 1, 1), dt.date(first + 9, 12, 31)
    y1 = int(m.group("y1"))
    y2 = m.group("y2")
    last = y1 if not y2 else int(y2) if len(y2) == 4 else y1 // 100 * 100 + int(y2)
    last = max(last, y1)
    month = m.group("month")
    if month and not y2:
        number = _MONTHS.index(month[:3].lower()) + 1
        start = dt.date(y1, number, 1)
        return start, _month_end(start)
    return dt.date(y1, 1, 1), dt.date(last, 12, 31)


def _month_end(day: dt.date) -> dt.date:
    following = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Does the span share a character with any of the spans?"""
    return any(span[0] < b and a < span[1] for a, b in spans)
