"""The gazetteer: every place the corpus names, loaded from reviewable YAML.

Names carry their language and who uses them because each side's name carries
its claim: a district page shows them all, labelled, under a neutral title.
Azerbaijani names and ISO 3166-2 codes of rayons and cities come from pycountry
at load time so they are never retyped; the YAML under ``corpus/gazetteer/``
adds everything pycountry does not know. Bad data fails loudly with the file
and line, because a contributor fixes a spelling in a pull request and must be
told where a typo broke the build.
"""

from __future__ import annotations

import pathlib
from dataclasses import dataclass

from chronicle.model import Diagnostic

# Kinds that may appear as a mention's entity without a fixed containing rayon.
SPANNING = frozenset({"region", "province", "road", "river", "country"})

@dataclass(frozen=True)
class Name:
    text: str
    language: str  # ISO 639-1 code ("az", "hy", "ru", "en", ...)
    usage: str  # who uses it: "Azerbaijani (official)", "Armenian / NKR", "Soviet name", ...
    valid_from: str | None = None  # year (or ISO date) the name came into use
    valid_to: str | None = None  # year it went out of official use


@dataclass(frozen=True)
class Place:
    id: str
    name: str  # canonical, neutral English name
    kind: str
    district: str | None  # ISO 3166-2 rayon code, country code, or None (spans several rayons)
    names: tuple[Name, ...]
    coords: tuple[float, float] | None
    overlaps: tuple[str, ...] = ()  # rayons a region or NKR province spans
    source: str | None = None  # the dataset record a generated settlement came from; None: typed by an editor


@dataclass(frozen=True)
class Parent:
    """A containing unit over a period: boundaries change (Aghdara, 2023)."""

    district: str
    valid_from: str | None
    valid_to: str | None
    note: str


class Gazetteer:
    """Places by id, with the extras the recognizer needs (flags, history)."""

    def __init__(self, places: list[Place], seats: set[str], guarded: set[tuple[str, str]],
                 history: dict[str, tuple[Parent, ...]], ordinary: frozenset[str] = frozenset(),
                 warnings: tuple[Diagnostic, ...] = (), strict: frozenset[str] = frozenset(),
                 paged: frozenset[str] = frozenset()):
        self._places = {p.id: p for p in places}
        self.warnings = warnings  # data that loads but looks wrong (a village 80 km from its district)
        self._order = sorted(self._places)
        self._seats = frozenset(seats)
        self._strict = strict
        self._guarded = frozenset(guarded)
        self._history = history
        self._ordinary = ordinary
        # countries marked ``district_page`` (Armenia), by code: their places below the country file under the code
        self._abroad = {p.district: p for p in places if p.id in paged and p.kind == "country" and p.district}
        self.filed_abroad = frozenset(self._abroad)

    # --- loading ---------------------------------------------------------

    @classmethod
    def load(cls, directory: pathlib.Path, settlements: bool = True, root: pathlib.Path | None = None) -> "Gazetteer":
        """Read every ``*.yaml`` and ``*.yml`` in ``directory``; rayons.yaml is keyed by ISO code.

        ``settlements/`` holds generated files (see chronicle.settlements);
        ``settlements=False`` leaves them out (their generator compares against the rest).
        Messages name files relative to ``root`` (the repository) when it is given.
        """
        from chronicle.gazetteer_files import read_directory  # it builds this module's places: imported here, not above

        return read_directory(directory, settlements, root)

    # --- the data API ----------------------------------------------------

    def get(self, entity_id: str) -> Place:
        return self._places[entity_id]

    def __iter__(self):
        return (self._places[i] for i in self._order)

    def __len__(self) -> int:
        return len(self._places)

    def districts(self) -> list[Place]:
        """Every place with a district page, by code: each Azerbaijani rayon and city that has its own ISO 3166-2
        code, and each country the data marks ``district_page`` (Armenia: the border villages the clashes reached
        are filed under its code, as a village of a rayon is under the rayon's)."""
        found = [p for p in self._places.values() if p.kind in ("rayon", "city") and p.id == p.district]
        return sorted([*found, *self._abroad.values()], key=lambda p: p.district or p.id)

    def district(self, code: str) -> Place:
        """The place whose page a district code names: a rayon or city by its ISO 3166-2 code, a country with a
        district page by its ISO 3166-1 code."""
        if code in self._abroad:
            return self._abroad[code]
        place = self._places.get(code)
        if place is None or place.district != code or place.kind not in ("rayon", "city"):
            raise KeyError(code)
        return place

    def places_in(self, code: str) -> list[Place]:
        """Towns, villages and landmarks inside a rayon (not the rayon itself), by name."""
        inside = [p for p in self._places.values() if p.district == code and p.id != code and p.kind not in SPANNING]
        return sorted(inside, key=lambda p: (p.name, p.id))

    def seat_of_government(self, entity_id: str) -> bool:
        """Capitals stand for their governments ("Baku said"): recognizer hint."""
        return entity_id in self._seats

    def strict_seat(self, entity_id: str) -> bool:
        """A capital the data marks ``read_strictly`` (Baku): far from the fighting, named mostly as the government
        or the place news is told from, yet it files a district page of its own, so its mentions place an event
        only in a locative frame. Other capitals abroad (Yerevan, Moscow) file no district page; the data says
        which seat is read so, not a test on its code."""
        return entity_id in self._strict

    def needs_context(self, entity_id: str, text: str) -> bool:
        """Names that are also ordinary words match only with a cue ("village of")."""
        return (entity_id, text) in self._guarded

    def ordinary_word(self, word: str) -> bool:
        """An ordinary word that folds like a place name ("Areas", "Charter"): see not-places.yaml."""
        return word.casefold() in self._ordinary

    def history(self, entity_id: str) -> tuple[Parent, ...]:
        """Other containing units the place had or has (empty: only ``district``)."""
        return self._history.get(entity_id, ())
