"""Plain data classes shared by every pipeline stage.

The pipeline (ingest -> segment -> extract -> index -> render -> export) passes
these immutable records from stage to stage. Nothing here imports MkDocs, so
the same model can feed another site generator later.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property


LEVELS = ("error", "warning", "info")


@dataclass(frozen=True)
class Diagnostic:
    """A problem found in an input file, reported as ``path:line: message``.

    ``fatal`` diagnostics make the affected source unusable (it is skipped):
    their ``level`` is "error". The others warn ("warning", the default) or
    only inform ("info": something was done that the editor may want to
    know, such as decoding a page in its declared charset). Errors and
    warnings fail a ``--strict`` build; information does not.
    """

    path: str
    line: int | None
    message: str
    fatal: bool = False
    level: str = ""  # "error", "warning" or "info"; derived from ``fatal`` when not given

    def __post_init__(self) -> None:
        level = self.level or ("error" if self.fatal else "warning")
        if level not in LEVELS or self.fatal != (level == "error"):
            raise ValueError(f"inconsistent diagnostic level {self.level!r} (fatal={self.fatal})")
        object.__setattr__(self, "level", level)

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class SourceMeta:
    """Bibliographic metadata; every field is optional (``None`` = unknown)."""

    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date (YYYY, YYYY-MM or YYYY-MM-DD)
    retrieved: str | None = None
    language: str | None = None
    kind: str | None = None
    perspective: str | None = None
    license: str | None = None
    revision: str | None = None  # which revision of the page: a wiki oldid, "revision of 2021-03", ...


@dataclass(frozen=True)
class RawSource:
    """A corpus file read and decoded, before segmentation.

    ``blocks`` are the text blocks the reader found, each with the 1-based line
    of the original file it starts on (for ``file:line`` messages and links).
    """

    id: str
    path: str  # relative to the repository root, POSIX separators
    sha256: str
    meta: SourceMeta
    blocks: tuple[tuple[int, str], ...]
    format: str  # "txt", "md" or "html"
    # ``meta.language`` was read from the text (``chronicle.ingest.language``), not declared by the sidecar or page
    language_detected: bool = False


@dataclass(frozen=True)
class Sentence:
    id: str  # anchor on the source page; stable under edits elsewhere
    paragraph: int  # 1-based paragraph number
    text: str
    boilerplate: bool = False
    # The sentence that completes this one when a caption was spliced into it (its id, two paragraphs on).
    continued_by: str | None = None


@dataclass(frozen=True)
class Paragraph:
    number: int  # 1-based
    line: int  # 1-based line in the original file
    sentences: tuple[Sentence, ...]
    boilerplate: str | None = None  # reason ("navigation", "byline", ...) or None

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)


@dataclass(frozen=True)
class Source:
    raw: RawSource
    paragraphs: tuple[Paragraph, ...]

    @property
    def id(self) -> str:
        return self.raw.id

    @property
    def meta(self) -> SourceMeta:
        return self.raw.meta

    @property
    def title(self) -> str:
        return self.raw.meta.title or self.raw.id

    def sentences(self) -> list[Sentence]:
        return [s for p in self.paragraphs for s in p.sentences]


# --- extraction results -----------------------------------------------------


@dataclass(frozen=True)
class DateMention:
    """A temporal expression, normalized TIMEX3-style.

    ``earliest``/``latest`` bound the days the expression can mean;
    ``precision`` is the finest calendar unit the text supports ("day",
    "month", "season", "year", "decade", "century", or None for durations and
    unresolvable expressions). ``rule`` and ``anchor`` explain the resolution.
    """

    start: int
    end: int
    text: str
    value: str
    type: str = "DATE"  # DATE, TIME, DURATION, SET
    mod: str | None = None
    earliest: dt.date | None = None
    latest: dt.date | None = None
    precision: str | None = None
    rule: str = ""
    anchor: str | None = None


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    text: str
    entity: str  # gazetteer id
    district: str | None  # ISO 3166-2 code, a country code, or None (region)
    kind: str = "place"
    event: bool = True  # does the sentence report an event located here?


@dataclass(frozen=True)
class WarMention:
    start: int
    end: int
    text: str
    war: str


@dataclass(frozen=True)
class Claim:
    """One sentence's statement that an event happened, with the date it gives (DATA-EXPORT.md, claims.jsonl).

    ``wording`` is ``sentence text[start:end]`` exactly. ``earliest``/``latest``
    are the days the claim's own date allows (None on an open side).
    ``context`` is the narrative date around an undated claim (the last date
    the text gave before it): never exported as the claim's date, only used to
    tell a source's separate happenings apart when grouping claims into events.
    """

    source: str
    sentence: str
    position: int  # 1-based among the sentence's claims, in text order
    kind: str  # control, assault, massacre, ceasefire, agreement, other
    district: str | None
    place: str | None  # gazetteer id of the most specific place named
    war: str
    date: str | None
    mod: str | None
    earliest: dt.date | None
    latest: dt.date | None
    wording: str
    start: int
    end: int
    context: tuple[dt.date | None, dt.date | None] = (None, None)
    local: bool = False  # about a village, hill or pass: not the fall of its district's town
    voiced: bool = False  # put forward by a reporting verb: one voice's account, which its source may set against others

    @cached_property
    def id(self) -> str:
        """``source/sentence/position``, made once: a serve rebuild asks it of every claim to find what it kept."""
        return f"{self.source}/{self.sentence}/{self.position}"


@dataclass(frozen=True)
class Event:
    """Every source's claims about one happening (DATA-EXPORT.md, events.jsonl); built by ``chronicle.events``."""

    id: str
    kind: str
    district: str | None
    place: str | None
    war: str
    claims: tuple[Claim, ...]
    sources: tuple[str, ...]
    dates: tuple[str, ...]
    earliest: dt.date | None
    latest: dt.date | None
    disputed: bool
    wordings: tuple[str, ...]


@dataclass(frozen=True)
class SentenceFacts:
    """What extraction found in one sentence, and where it is filed."""

    dates: tuple[DateMention, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    wars: tuple[WarMention, ...] = ()
    claims: tuple[Claim, ...] = ()
    filed_districts: tuple[str, ...] = ()
    filed_dates: tuple[str, ...] = ()
    filed_wars: tuple[str, ...] = ()


@dataclass
class Corpus:
    """Everything the build knows: sources in id order, facts per sentence."""

    sources: list[Source] = field(default_factory=list)
    facts: dict[tuple[str, str], SentenceFacts] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)  # in the order of each event's first claim
    claims: list[Claim] = field(default_factory=list)  # every claim in export order: sources by id, sentences in reading order

    def facts_for(self, source_id: str, sentence_id: str) -> SentenceFacts:
        return self.facts.get((source_id, sentence_id), SentenceFacts())
