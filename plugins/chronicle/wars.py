"""The catalog of wars, periods, campaigns and battles (corpus/wars.yaml).

Editors review the catalog as data; this module only loads it and refuses
entries that would file statements wrongly (unknown parent, a child outside
its parent's span, an alias claimed by two entries), naming the line so the
editor can fix the YAML rather than read a traceback.
"""

from __future__ import annotations

import datetime as dt
import pathlib
from dataclasses import dataclass, replace

import pycountry

from chronicle.yamlload import LineDict, load_yaml, shown_path

KINDS = frozenset({"war", "campaign", "battle", "clashes", "blockade", "period"})
_FIELDS = frozenset(
    {"id", "kind", "name", "aliases", "start", "end", "parent", "parties", "districts"}
)


@dataclass(frozen=True)
class War:
    id: str
    name: str
    aliases: tuple[str, ...]
    start: dt.date | None
    end: dt.date | None
    kind: str  # war, campaign, battle, clashes, blockade, period
    parent: str | None
    parties: tuple[str, ...]
    districts: tuple[str, ...]
    top_id: str = ""  # filled by the catalog: see ``top``

    @property
    def top(self) -> str:
        """Id of the top-level war or period this entry belongs to (the export's ``wars`` ids)."""
        return self.top_id or self.id

    def days(self) -> int:
        """Length of the span in days; unknown bounds count as one day."""
        if self.start is None or self.end is None:
            return 1
        return (self.end - self.start).days + 1


@dataclass(frozen=True)
class AmbiguousName:
    """A name several entries share; ``means`` is in order of preference."""

    name: str
    means: tuple[str, ...]


def fold(name: str) -> str:
    """Key under which two spellings of a name count as the same name."""
    return " ".join(name.replace("-", " ").replace("–", " ").replace("—", " ").casefold().split())


class WarCatalog:
    def __init__(self, wars: list[War], ambiguous: list[AmbiguousName], false_friends: list[str]):
        self._wars = sorted(wars, key=_chronological)
        self._by_id = {w.id: w for w in self._wars}
        self.ambiguous = tuple(ambiguous)
        self.false_friends = tuple(false_friends)

    @classmethod
    def load(cls, path: pathlib.Path, root: pathlib.Path | None = None) -> WarCatalog:
        """The catalog in ``path``; messages name it relative to ``root`` (the repository) when given."""
        shown = pathlib.Path(shown_path(path, root))
        data = load_yaml(path, str(shown), unique_keys=True)  # bad bytes, bad YAML, alias bombs: a ValueError naming file and line
        if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
            raise ValueError(f"{shown}:1: expected a mapping with a list under 'entries'")
        wars = [_war(shown, raw, line) for raw, line in zip(data["entries"], data["entries"].item_lines)]
        lines = {raw["id"]: raw.line for raw in data["entries"]}
        wars = _link(shown, wars, lines)
        ambiguous = [_ambiguous(shown, raw, lines) for raw in data.get("ambiguous") or []]
        false_friends = [str(name) for name in data.get("false_friends") or []]
        _check_names(shown, wars, ambiguous, lines)
        return cls(wars, ambiguous, false_friends)

    def all(self) -> list[War]:
        """Every entry, in chronological order: by start, the longer (the parent) first, then id."""
        return list(self._wars)

    def get(self, war_id: str) -> War:
        try:
            return self._by_id[war_id]
        except KeyError:
            raise KeyError(f"unknown war id {war_id!r}") from None

    def children(self, war_id: str) -> list[War]:
        """Direct children of an entry, chronologically."""
        return [w for w in self._wars if w.parent == war_id]

    def top_level(self) -> list[War]:
        return [w for w in self._wars if w.parent is None]


def _chronological(war: War) -> tuple:
    return (war.start or dt.date.min, -(war.end or dt.date.max).toordinal(), war.id)


def _fail(path: pathlib.Path, line: int, message: str) -> ValueError:
    return ValueError(f"{path}:{line}: {message}")


def _war(path: pathlib.Path, raw: object, line: int) -> War:
    if not isinstance(raw, LineDict):
        raise _fail(path, line, f"an entry must be a mapping, not {raw!r}")
    line = raw.line
    unknown = sorted(set(raw) - _FIELDS)
    if unknown:
        raise _fail(path, line, f"unknown field(s) {', '.join(unknown)}")
    for key in ("id", "kind", "name"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise _fail(path, line, f"entry needs a non-empty '{key}'")
    if raw["kind"] not in KINDS:
        raise _fail(path, line, f"{raw['id']}: kind {raw['kind']!r} is not one of {', '.join(sorted(KINDS))}")
    start, end = _date(path, raw, "start"), _date(path, raw, "end")
    if start and end and start > end:
        raise _fail(path, line, f"{raw['id']}: start {start} is after end {end}")
    districts = _strings(path, line, raw, "districts")
    for code in districts:
        if not _known_district(code):
            raise _fail(path, line, f"{raw['id']}: {code!r} is not an ISO 3166-2 subdivision or country code")
    parent = raw.get("parent")
    if parent is not None and not isinstance(parent, str):
        raise _fail(path, line, f"{raw['id']}: parent must be an id")
    return War(
        id=raw["id"],
        name=raw["name"],
        aliases=_strings(path, line, raw, "aliases"),
        start=start,
        end=end,
        kind=raw["kind"],
        parent=parent,
        parties=_strings(path, line, raw, "parties"),
        districts=districts,
    )


def _date(path: pathlib.Path, raw: LineDict, key: str) -> dt.date | None:
    value = raw.get(key)
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    raise _fail(path, raw.line, f"{raw['id']}: {key} must be an ISO date (YYYY-MM-DD), not {value!r}")


def _strings(path: pathlib.Path, line: int, raw: dict, key: str) -> tuple[str, ...]:
    value = raw.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(path, line, f"{raw.get('id')}: {key} must be a list of non-empty texts")
    return tuple(value)


def _known_district(code: str) -> bool:
    if "-" in code:
        return pycountry.subdivisions.get(code=code) is not None
    return pycountry.countries.get(alpha_2=code) is not None


def _link(path: pathlib.Path, wars: list[War], lines: dict[str, int]) -> list[War]:
    """Check ids and parents, and record each entry's top-level ancestor."""
    by_id: dict[str, War] = {}
    for war in wars:
        if war.id in by_id:
            raise _fail(path, lines[war.id], f"duplicate id {war.id!r}")
        by_id[war.id] = war
    linked = []
    for war in wars:
        top, seen = war, {war.id}
        while top.parent is not None:
            parent = by_id.get(top.parent)
            if parent is None:
                raise _fail(path, lines[war.id], f"{war.id}: unknown parent {top.parent!r}")
            if parent.id in seen:
                raise _fail(path, lines[war.id], f"{war.id}: parents form a cycle")
            seen.add(parent.id)
            top = parent
        if war.parent is not None:
            _check_inside(path, lines[war.id], war, by_id[war.parent])
        linked.append(replace(war, top_id=top.id))
    return linked


def _check_inside(path: pathlib.Path, line: int, child: War, parent: War) -> None:
    if child.start and parent.start and child.start < parent.start or child.end and parent.end and child.end > parent.end:
        raise _fail(path, line, f"{child.id}: span {child.start}..{child.end} is outside its parent {parent.id}")


def _ambiguous(path: pathlib.Path, raw: object, lines: dict[str, int]) -> AmbiguousName:
    line = raw.line if isinstance(raw, LineDict) else 1
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str) or not isinstance(raw.get("means"), list):
        raise _fail(path, line, "an ambiguous name needs 'name' and a list 'means'")
    if len(raw["means"]) < 2:
        raise _fail(path, line, f"{raw['name']!r}: an ambiguous name means at least two entries; make it an alias")
    for war_id in raw["means"]:
        if war_id not in lines:
            raise _fail(path, line, f"{raw['name']!r}: unknown war id {war_id!r}")
    return AmbiguousName(raw["name"], tuple(raw["means"]))


def _check_names(path: pathlib.Path, wars: list[War], ambiguous: list[AmbiguousName], lines: dict[str, int]) -> None:
    """One spelling, one meaning: otherwise which entry a text means would depend on file order."""
    owner: dict[str, str] = {fold(a.name): "ambiguous" for a in ambiguous}
    if len(owner) != len(ambiguous):
        raise _fail(path, 1, "an ambiguous name is listed twice")
    for war in wars:
        for name in war.aliases:
            key = fold(name)
            if owner.get(key, war.id) != war.id:
                raise _fail(path, lines[war.id], f"{war.id}: alias {name!r} also names {owner[key]}")
            owner[key] = war.id
