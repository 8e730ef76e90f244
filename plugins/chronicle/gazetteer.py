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
from typing import Any

import pycountry

from chronicle import settlements as _settlements
from chronicle.model import Diagnostic
from chronicle.yamlload import LineDict as _Mapping, load_yaml, partial_date, shown_path

KINDS = frozenset({
    "rayon", "city", "town", "village", "landmark", "reservoir", "pass", "road",
    "military-base", "height", "river", "province", "region", "country",
})
# Kinds that may appear as a mention's entity without a fixed containing rayon.
_SPANNING = frozenset({"region", "province", "road", "river", "country"})
_PLACE_KEYS = frozenset({
    "id", "name", "kind", "district", "coords", "names", "overlaps", "history",
    "seat_of_government", "read_strictly", "centre", "source",
})
_NAME_KEYS = frozenset({"text", "lang", "usage", "valid_from", "valid_to", "needs_context"})


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


class _Reader:
    """Validation helpers that know which file they read, for error messages."""

    def __init__(self, path: pathlib.Path, root: pathlib.Path | None = None):
        self.path = path
        self.shown = shown_path(path, root)

    def fail(self, line: int, message: str) -> ValueError:
        return ValueError(f"{self.shown}:{line}: {message}")

    def load(self) -> Any:
        """The file's data; bad bytes, bad YAML and alias bombs raise with file and line."""
        return load_yaml(self.path, self.shown, unique_keys=True)

    def date(self, item: _Mapping, key: str) -> str | None:
        """A year or ISO date (``1991``, ``1991-09``, ``1991-09-02``) that exists in the calendar."""
        value = item.get(key)
        if value is None:
            return None
        date = partial_date(value)
        if date is None:
            raise self.fail(item.key_line(key), f"{key} must be a year or an ISO date (YYYY, YYYY-MM, YYYY-MM-DD), not {value!r}")
        return date

    def names(self, raw: Any, line: int) -> tuple[Name, ...]:
        if raw is None:
            return ()
        if not isinstance(raw, list):
            raise self.fail(line, "names must be a list")
        return tuple(self.name(item, line) for item in raw)

    def name(self, item: Any, line: int) -> Name:
        """``[text, lang, usage]`` or a mapping with optional validity dates."""
        if isinstance(item, list):
            if len(item) != 3 or not all(isinstance(x, str) and x for x in item):
                raise self.fail(line, f"a name must be [text, lang, usage], got {item!r}")
            return Name(item[0], item[1], item[2])
        if isinstance(item, _Mapping):
            self.keys(item, _NAME_KEYS, {"text", "lang", "usage"})
            return Name(
                str(item["text"]), str(item["lang"]), str(item["usage"]),
                self.date(item, "valid_from"), self.date(item, "valid_to"),
            )
        raise self.fail(line, f"a name must be [text, lang, usage], got {item!r}")

    def keys(self, entry: _Mapping, allowed: frozenset[str], required: set[str]) -> None:
        unknown = sorted(set(entry) - allowed)
        if unknown:
            raise self.fail(entry.line, f"unknown field(s) {', '.join(unknown)}")
        missing = sorted(required - set(entry))
        if missing:
            raise self.fail(entry.line, f"missing field(s) {', '.join(missing)}")

    def coords(self, raw: Any, line: int) -> tuple[float, float] | None:
        if raw is None:
            return None
        ok = isinstance(raw, list) and len(raw) == 2 and all(isinstance(x, (int, float)) for x in raw)
        if not ok or not (-90 <= raw[0] <= 90 and -180 <= raw[1] <= 180):
            raise self.fail(line, f"coords must be [lat, lon] in degrees, got {raw!r}")
        return (float(raw[0]), float(raw[1]))


def _az(name: str) -> str:
    """pycountry writes some Azerbaijani names with U+01DD where the language uses ə."""
    return name.replace("ǝ", "ə").replace("Ǝ", "Ə")


def _valid_code(code: Any) -> bool:
    if not isinstance(code, str):
        return False
    if "-" in code:
        return pycountry.subdivisions.get(code=code) is not None
    return pycountry.countries.get(alpha_2=code) is not None or code == "SU"


class Gazetteer:
    """Places by id, with the extras the recognizer needs (flags, history)."""

    def __init__(self, places: list[Place], seats: set[str], guarded: set[tuple[str, str]],
                 history: dict[str, tuple[Parent, ...]], ordinary: frozenset[str] = frozenset(),
                 warnings: tuple[Diagnostic, ...] = (), strict: frozenset[str] = frozenset()):
        self._places = {p.id: p for p in places}
        self.warnings = warnings  # data that loads but looks wrong (a village 80 km from its district)
        self._order = sorted(self._places)
        self._seats = frozenset(seats)
        self._strict = strict
        self._guarded = frozenset(guarded)
        self._history = history
        self._ordinary = ordinary

    # --- loading ---------------------------------------------------------

    @classmethod
    def load(cls, directory: pathlib.Path, settlements: bool = True, root: pathlib.Path | None = None) -> "Gazetteer":
        """Read every ``*.yaml`` and ``*.yml`` in ``directory``; rayons.yaml is keyed by ISO code.

        ``settlements/`` holds generated files (see chronicle.settlements);
        ``settlements=False`` leaves them out (their generator compares against the rest).
        Messages name files relative to ``root`` (the repository) when it is given.
        """
        directory = pathlib.Path(directory)
        builder = _Builder()
        files = sorted(p for p in directory.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
        if not files:
            raise ValueError(f"{shown_path(directory, root)}: no gazetteer files (*.yaml, *.yml)")
        for path in files:
            reader = _Reader(path, root)
            data = reader.load()
            if path.stem == "rayons":
                builder.rayons(reader, data)
            elif path.stem == "not-places":
                builder.ordinary_words(reader, data)
            else:
                builder.entries(reader, data)
        for path in _settlements.files(directory / "settlements") if settlements else ():
            builder.settlement_file(_Reader(path, root))
        builder.check_references()
        builder.check_strict_seats()
        return cls(builder.places, builder.seats, builder.guarded, builder.history, frozenset(builder.ordinary),
                   tuple(builder.distance_warnings()), frozenset(builder.strict))

    # --- the data API ----------------------------------------------------

    def get(self, entity_id: str) -> Place:
        return self._places[entity_id]

    def __iter__(self):
        return (self._places[i] for i in self._order)

    def __len__(self) -> int:
        return len(self._places)

    def districts(self) -> list[Place]:
        """Every Azerbaijani rayon and city that has its own ISO 3166-2 code, by code."""
        found = [p for p in self._places.values() if p.kind in ("rayon", "city") and p.id == p.district]
        return sorted(found, key=lambda p: p.id)

    def district(self, code: str) -> Place:
        place = self._places.get(code)
        if place is None or place.district != code or place.kind not in ("rayon", "city"):
            raise KeyError(code)
        return place

    def places_in(self, code: str) -> list[Place]:
        """Towns, villages and landmarks inside a rayon (not the rayon itself), by name."""
        inside = [p for p in self._places.values() if p.district == code and p.id != code and p.kind not in _SPANNING]
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


class _Builder:
    """Accumulates places from the files, validating each entry as it goes."""

    def __init__(self):
        self.places: list[Place] = []
        self.ids: dict[str, str] = {}
        self.seats: set[str] = set()
        self.strict: set[str] = set()
        self.guarded: set[tuple[str, str]] = set()
        self.history: dict[str, tuple[Parent, ...]] = {}
        self.ordinary: set[str] = set()
        self.areas: dict[str, str] = {}  # place id -> the settlement file's area (an Armenian province)
        self.centres: dict[str, tuple[float, float]] = {}
        self._pycountry = {s.code: s for s in pycountry.subdivisions.get(country_code="AZ")}

    def add(self, reader: _Reader, line: int, place: Place) -> None:
        if place.id in self.ids:
            raise reader.fail(line, f"duplicate id {place.id!r} (first in {self.ids[place.id]})")
        self.ids[place.id] = f"{reader.shown}:{line}"
        self.places.append(place)

    def rayons(self, reader: _Reader, data: Any) -> None:
        """Entries keyed by ISO code; every AZ subdivision must be present."""
        if not isinstance(data, _Mapping):
            raise reader.fail(1, "rayons.yaml must map ISO 3166-2 codes to entries")
        for code, entry in data.items():
            sub = self._pycountry.get(code)
            line = entry.line if isinstance(entry, _Mapping) else data.line
            if sub is None:
                raise reader.fail(line, f"{code!r} is not an ISO 3166-2:AZ code")
            if not isinstance(entry, _Mapping):
                raise reader.fail(line, f"{code}: entry must be a mapping")
            self.rayon(reader, code, sub, entry)
        missing = sorted(set(self._pycountry) - set(data))
        if missing:
            raise reader.fail(data.line, f"missing ISO codes: {', '.join(missing)}")

    def rayon(self, reader: _Reader, code: str, sub: Any, entry: _Mapping) -> None:
        reader.keys(entry, _PLACE_KEYS - {"id", "district"}, {"name", "kind"})
        kind = entry["kind"]
        if kind not in ("rayon", "city", "region"):
            raise reader.fail(entry.line, f"{code}: kind must be rayon, city or region")
        official = Name(_az(sub.name), "az", "Azerbaijani (official)")
        names = (official, *reader.names(entry.get("names"), entry.line))
        self.note_flags(reader, code, entry, names)
        overlaps = self.overlaps(reader, entry)
        district = None if kind == "region" else code  # Nakhchivan spans several rayons: filed under none
        self.add(reader, entry.line, Place(code, str(entry["name"]), kind, district, names,
                                           reader.coords(entry.get("coords"), entry.line), overlaps))
        centre = entry.get("centre")
        if centre is not None:
            self.centre(reader, code, names, centre, entry.key_line("centre"))

    def centre(self, reader: _Reader, code: str, names: tuple[Name, ...], centre: Any, line: int) -> None:
        """The rayon's seat shares its names; it is listed among the places inside."""
        if not isinstance(centre, _Mapping):
            raise reader.fail(line, f"{code}: centre must be a mapping")
        reader.keys(centre, frozenset({"id", "name", "kind", "coords", "names"}), {"id", "name", "kind"})
        if centre["kind"] not in ("city", "town"):
            raise reader.fail(centre.line, f"{code}: centre kind must be city or town")
        extra = reader.names(centre.get("names"), centre.line)
        self.add(reader, centre.line, Place(str(centre["id"]), str(centre["name"]), centre["kind"], code,
                                            names + extra, reader.coords(centre.get("coords"), centre.line)))

    def ordinary_words(self, reader: _Reader, data: Any) -> None:
        if not isinstance(data, _Mapping) or set(data) != {"ordinary_words"}:
            raise reader.fail(getattr(data, "line", 1), "not-places.yaml must hold one key, ordinary_words")
        words = data["ordinary_words"] or []
        bad = [w for w in words if not isinstance(w, str) or not w.strip()]
        if bad or not isinstance(words, list):
            raise reader.fail(data.line, f"ordinary_words must be a list of words, bad: {bad!r}")
        self.ordinary.update(w.casefold() for w in words)

    def entries(self, reader: _Reader, data: Any) -> None:
        if not isinstance(data, list):
            raise reader.fail(1, "expected a list of places")
        for line, entry in zip(data.item_lines, data):
            if not isinstance(entry, _Mapping):
                raise reader.fail(line, f"each place must be a mapping, got {entry!r}")
            self.entry(reader, entry)

    def entry(self, reader: _Reader, entry: _Mapping) -> str:
        reader.keys(entry, _PLACE_KEYS - {"centre"}, {"id", "name", "kind", "names"})
        kind, district = entry["kind"], entry.get("district")
        if kind not in KINDS:
            raise reader.fail(entry.line, f"unknown kind {kind!r} (one of {', '.join(sorted(KINDS))})")
        if district is not None and not _valid_code(district):
            raise reader.fail(entry.line, f"district {district!r} is not an ISO 3166 code")
        if district is None and kind not in _SPANNING:
            raise reader.fail(entry.line, f"a {kind} needs a district")
        names = reader.names(entry["names"], entry.line)
        if not names:
            raise reader.fail(entry.line, "a place needs at least one name")
        self.note_flags(reader, str(entry["id"]), entry, names)
        self.add(reader, entry.line, Place(str(entry["id"]), str(entry["name"]), kind, district, names,
                                           reader.coords(entry.get("coords"), entry.line),
                                           self.overlaps(reader, entry), entry.get("source")))
        return str(entry["id"])

    def settlement_file(self, reader: _Reader) -> None:
        area, centre, ids = _settlements.read_file(reader, _settlements.load(reader.path, reader.shown), self.entry, _valid_code)
        if centre is not None:
            self.centres.setdefault(area, centre)
        self.areas.update(dict.fromkeys(ids, area))

    def distance_warnings(self) -> list[Diagnostic]:
        """Places more than 60 km from the centre of their rayon (or of their settlement file's area)."""
        centres = {p.id: p.coords for p in self.places if p.kind in ("rayon", "city") and p.district == p.id and p.coords}
        centres.update(self.centres)
        located = ((p, self.areas.get(p.id, p.district or ""), self.ids[p.id]) for p in self.places if p.id != p.district)
        return _settlements.far_from_centre(located, centres)

    def overlaps(self, reader: _Reader, entry: _Mapping) -> tuple[str, ...]:
        raw = entry.get("overlaps") or []
        bad = [c for c in raw if not _valid_code(c)]
        if bad or not isinstance(raw, list):
            raise reader.fail(entry.line, f"overlaps must list ISO 3166-2 codes, bad: {bad or raw!r}")
        return tuple(sorted(raw))

    def note_flags(self, reader: _Reader, pid: str, entry: _Mapping, names: tuple[Name, ...]) -> None:
        if entry.get("seat_of_government"):
            self.seats.add(pid)
        if entry.get("read_strictly"):
            self.strict.add(pid)
        raw_names = entry.get("names") or []
        for raw, name in zip(raw_names, names[len(names) - len(raw_names):]):
            if isinstance(raw, _Mapping) and raw.get("needs_context"):
                self.guarded.add((pid, name.text))
        history = entry.get("history")
        if history is not None:
            self.history[pid] = self.parents(reader, entry.line, history)

    def parents(self, reader: _Reader, line: int, raw: Any) -> tuple[Parent, ...]:
        if not isinstance(raw, list):
            raise reader.fail(line, "history must be a list")
        out = []
        for item in raw:
            if not isinstance(item, _Mapping):
                raise reader.fail(line, "each history item must be a mapping")
            reader.keys(item, frozenset({"district", "valid_from", "valid_to", "note"}), {"district", "note"})
            if not _valid_code(item["district"]):
                raise reader.fail(item.key_line("district"), f"history district {item['district']!r} is not an ISO 3166 code")
            out.append(Parent(str(item["district"]), reader.date(item, "valid_from"),
                              reader.date(item, "valid_to"), str(item["note"])))
        return tuple(out)

    def check_strict_seats(self) -> None:
        """``read_strictly`` belongs to a seat of government outside every rayon the conflict's regions span
        (regions.yaml ``overlaps``): a capital where the fighting was (Stepanakert) is read like any town."""
        contested = {d for p in self.places for d in p.overlaps}
        for place in self.places:
            if place.id in self.strict and (place.id not in self.seats or place.district in contested):
                raise ValueError(f"{self.ids[place.id]}: read_strictly wants a seat_of_government outside the conflict's rayons")

    def check_references(self) -> None:
        """Every place's district is a rayon or city of rayons.yaml (it gets a page), or a country code."""
        pages = {p.id for p in self.places if p.kind in ("rayon", "city") and p.district == p.id}
        for place in self.places:
            code = place.district
            if code and "-" in code and code not in pages:
                raise ValueError(f"{self.ids[place.id]}: district {code} is no rayon or city of rayons.yaml")
            for parent in self.history.get(place.id, ()):
                if "-" in parent.district and parent.district not in pages:
                    raise ValueError(f"{self.ids[place.id]}: history district {parent.district} is no rayon or city of rayons.yaml")
