"""Generated settlement files and the distance check every located place passes.

``corpus/gazetteer/settlements/`` holds one file per district, written by
``tools/gazetteer_from_geonames.py`` from an open dataset: an ``area`` (the
district's or province's ISO 3166-2 code), its ``centre`` and the list of
``settlements``, each an ordinary gazetteer entry that names its ``source``.
A place far from the centre of its district is usually a typo in the
coordinates or a village filed in the wrong district, so the build warns with
the file and line instead of putting it on the wrong page silently.
"""

from __future__ import annotations

import math
import pathlib
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import yaml

from chronicle.model import Diagnostic
from chronicle.yamlload import DEFAULT_MAX_YAML_BYTES, LineDict, LineList, YamlError

MAX_KM = 60.0
_EARTH_KM = 6371.0
_FILE_KEYS = frozenset({"area", "centre", "settlements"})
# Kinds that have no single location inside a district.
_UNLOCATED = frozenset({"rayon", "region", "province", "country", "road", "river"})


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (lat, lon) points in degrees."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * _EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


_SCALARS = yaml.constructor.SafeConstructor()


def load(path: pathlib.Path, shown: str) -> Any:
    """A settlement file, parsed by libyaml: the pure-Python parser takes ten seconds for them all.

    Same containers as chronicle.yamlload (mappings and sequences know their
    lines), same refusals (size, NUL, UTF-8, a key given twice); anchors and
    aliases are refused outright, since the generator never writes them.
    """
    if path.stat().st_size > DEFAULT_MAX_YAML_BYTES:
        raise YamlError(shown, None, f"more than {DEFAULT_MAX_YAML_BYTES} bytes; refused")
    data = path.read_bytes()
    if b"\0" in data:
        raise YamlError(shown, data[: data.index(b"\0")].count(b"\n") + 1, "NUL byte in the file; refused")
    try:
        text = data.decode("utf-8-sig")
        node = yaml.compose(text, Loader=yaml.CSafeLoader)
    except UnicodeDecodeError as err:
        raise YamlError(shown, data[: err.start].count(b"\n") + 1, "not valid UTF-8; refused") from None
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        raise YamlError(shown, mark.line + 1 if mark else 1, f"invalid YAML: {err.problem or err.context}") from None
    return None if node is None else _build(node, shown, set())


def _build(node: yaml.Node, shown: str, seen: set[int]) -> Any:
    line = node.start_mark.line + 1
    if id(node) in seen:
        raise YamlError(shown, line, "an alias in a generated file; refused")
    seen.add(id(node))
    if isinstance(node, yaml.SequenceNode):
        items = LineList(_build(child, shown, seen) for child in node.value)
        items.line, items.item_lines = line, [child.start_mark.line + 1 for child in node.value]
        return items
    if not isinstance(node, yaml.MappingNode):
        return _SCALARS.construct_object(node)
    mapping = LineDict()
    mapping.line, mapping.key_lines, mapping.duplicates = line, {}, []
    for key_node, value_node in node.value:
        key = _build(key_node, shown, seen)
        if key in mapping.key_lines:
            raise YamlError(shown, key_node.start_mark.line + 1,
                            f"{key!r} is given twice in one mapping (first on line {mapping.key_lines[key]})")
        mapping.key_lines[key] = key_node.start_mark.line + 1
        mapping[key] = _build(value_node, shown, seen)
    return mapping


def files(directory: pathlib.Path) -> list[pathlib.Path]:
    """The settlement files, in a stable order (none when the folder is absent)."""
    if not directory.is_dir():
        return []
    return sorted(p for p in directory.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())


def read_file(reader: Any, data: Any, add_entry: Callable[[Any, Any], str], valid_code: Callable[[str], bool]
              ) -> tuple[str, tuple[float, float] | None, list[str]]:
    """(area, centre, ids) of one settlement file; each entry goes through ``add_entry``.

    ``reader`` is the gazetteer's file reader (for errors with file:line);
    every settlement must say where its data came from.
    """
    if not isinstance(data, dict) or not set(data) <= _FILE_KEYS or "area" not in data or "settlements" not in data:
        raise reader.fail(getattr(data, "line", 1), f"a settlement file maps {', '.join(sorted(_FILE_KEYS))}")
    area = data["area"]
    if not isinstance(area, str) or "-" not in area or not valid_code(area):
        raise reader.fail(data.key_line("area"), f"area must be an ISO 3166-2 code, not {area!r}")
    centre = reader.coords(data.get("centre"), data.key_line("centre"))
    entries = data["settlements"]
    if not isinstance(entries, list):
        raise reader.fail(data.key_line("settlements"), "settlements must be a list of places")
    ids = []
    for entry in entries:
        if not isinstance(entry, dict):
            raise reader.fail(data.key_line("settlements"), f"each settlement must be a mapping, got {entry!r}")
        if not entry.get("source"):
            raise reader.fail(entry.line, "a settlement needs a source (the dataset record it came from)")
        ids.append(add_entry(reader, entry))
    return area, centre, ids


def far_from_centre(located: Iterable[tuple[Any, str, str]], centres: Mapping[str, tuple[float, float]]
                    ) -> list[Diagnostic]:
    """Warnings for places more than 60 km from the centre of their area.

    ``located`` yields (place, area code, "path:line"); places without
    coordinates, areas without a centre and unlocated kinds are skipped.
    """
    warnings = []
    for place, area, where in located:
        centre = centres.get(area)
        if place.coords is None or centre is None or place.kind in _UNLOCATED:
            continue
        km = distance_km(place.coords, centre)
        if km > MAX_KM:
            path, _, line = where.rpartition(":")
            warnings.append(Diagnostic(path, int(line), f"{place.name} ({place.id}) is {km:.0f} km from the centre of "
                                       f"{area} (more than {MAX_KM:.0f} km): wrong district or wrong coordinates?"))
    return warnings
