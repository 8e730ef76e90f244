"""Reading the gazetteer's YAML files: each entry validated as it is read, each error naming file and line.

Apart from ``chronicle.gazetteer`` (the places and the questions the stages ask of them) because the rules of
the files (which keys, which kinds, which codes pycountry knows) change with the data editors' needs, not with
the recognizer's.
"""

from __future__ import annotations

import pathlib
from typing import Any

import pycountry

from chronicle import settlements as _settlements
from chronicle.gazetteer import SPANNING, Gazetteer, Name, Parent, Place
from chronicle.model import Diagnostic
from chronicle.yamlload import LineDict as _Mapping, load_yaml, partial_date, shown_path

KINDS = frozenset({
    "rayon", "city", "town", "village", "landmark", "reservoir", "pass", "road",
    "military-base", "height", "river", "province", "region", "country",
})
_PLACE_KEYS = frozenset({
    "id", "name", "kind", "district", "coords", "names", "overlaps", "history",
    "seat_of_government", "read_strictly", "centre", "source", "district_page",
})
_NAME_KEYS = frozenset({"text", "lang", "usage", "valid_from", "valid_to", "needs_context"})


def read_directory(directory: pathlib.Path, settlements: bool, root: pathlib.Path | None) -> Gazetteer:
    """The gazetteer of every ``*.yaml`` and ``*.yml`` in ``directory`` (see ``Gazetteer.load``)."""
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
    return Gazetteer(builder.places, builder.seats, builder.guarded, builder.history, frozenset(builder.ordinary),
                     tuple(builder.distance_warnings()), frozenset(builder.strict), frozenset(builder.paged))


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


class _Builder:
    """Accumulates places from the files, validating each entry as it goes."""

    def __init__(self):
        self.places: list[Place] = []
        self.ids: dict[str, str] = {}
        self.seats: set[str] = set()
        self.strict: set[str] = set()
        self.paged: set[str] = set()  # countries with a district page of their own (``district_page``)
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
        if district is None and kind not in SPANNING:
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
        if entry.get("district_page"):
            if entry.get("kind") != "country":
                raise reader.fail(entry.key_line("district_page"), f"{pid}: district_page is for a country (its places file under its code)")
            self.paged.add(pid)
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
