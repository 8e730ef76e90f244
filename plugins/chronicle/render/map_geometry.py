"""District outlines and the arithmetic that turns them into SVG path data.

The outlines ship with the plugin (``data/outlines.json``, made once by
``tools/outlines_from_natural_earth.py``) so a build needs no geometry
library and no network. Coordinates there are integers in thousandths of a
degree; here they become (lon, lat) floats, then page units through an
equirectangular projection scaled by cos(latitude), which is true enough
for a country 7 degrees wide.
"""

from __future__ import annotations

import functools
import json
import math
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data" / "outlines.json"

Point = tuple[float, float]  # (lon, lat) in degrees
Ring = tuple[Point, ...]
BBox = tuple[float, float, float, float]  # west, south, east, north


@dataclass(frozen=True)
class Outline:
    code: str  # ISO 3166-2, the gazetteer's district id
    rings: tuple[Ring, ...]  # outer rings and holes alike: the SVG fills them even-odd
    label: Point  # a point well inside the largest part, where the name goes
    name: str | None = None  # only for areas the gazetteer has no district for (Armenian provinces)

    @property
    def bbox(self) -> BBox:
        return bounds(self.rings)


@dataclass(frozen=True)
class Outlines:
    districts: dict[str, Outline]
    neighbours: dict[str, Outline]  # drawn for context, never linked
    nkao: tuple[Ring, ...]
    nkao_note: str  # how the NKAO outline was approximated, shown in the legend
    source: str


@dataclass(frozen=True)
class Projection:
    """Degrees to page units: x grows east, y grows south, one scale for both after the cos(lat) squeeze."""

    west: float
    north: float
    scale: float  # page units per degree of latitude
    squeeze: float  # cos(middle latitude): a degree of longitude is this much shorter
    width: int
    height: int

    def __call__(self, point: Point) -> tuple[float, float]:
        lon, lat = point
        return ((lon - self.west) * self.squeeze * self.scale, (self.north - lat) * self.scale)


@functools.cache
def load_outlines(path: Path = DATA) -> Outlines:
    raw = json.loads(path.read_text(encoding="utf-8"))
    unit = raw["precision"]

    def outline(code: str, entry: dict) -> Outline:
        return Outline(code, _rings(entry["rings"], unit), (entry["label"][0] / unit, entry["label"][1] / unit), entry.get("name"))

    return Outlines(
        districts={c: outline(c, e) for c, e in raw["districts"].items()},
        neighbours={c: outline(c, e) for c, e in raw["neighbours"].items()},
        nkao=_rings(raw["nkao"]["rings"], unit),
        nkao_note=raw["nkao"]["note"],
        source=raw["source"],
    )


def _rings(flat_rings: list[list[int]], unit: int) -> tuple[Ring, ...]:
    return tuple(tuple((r[i] / unit, r[i + 1] / unit) for i in range(0, len(r) - 1, 2)) for r in flat_rings)


def bounds(rings: tuple[Ring, ...]) -> BBox:
    lons = [p[0] for ring in rings for p in ring]
    lats = [p[1] for ring in rings for p in ring]
    return (min(lons), min(lats), max(lons), max(lats))


def union(boxes: list[BBox]) -> BBox:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def intersects(a: BBox, b: BBox) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def around(box: BBox, margin: float, min_span: float) -> BBox:
    """``box`` grown by ``margin`` of its size on every side, and to at least ``min_span`` degrees each way."""
    west, south, east, north = box
    half_w = max((east - west) * (0.5 + margin), min_span / 2)
    half_h = max((north - south) * (0.5 + margin), min_span / 2)
    cx, cy = (west + east) / 2, (south + north) / 2
    return (cx - half_w, cy - half_h, cx + half_w, cy + half_h)


def fit(box: BBox, width: int) -> Projection:
    """The projection that puts ``box`` exactly into ``width`` page units, the height following the shape."""
    west, south, east, north = box
    squeeze = math.cos(math.radians((south + north) / 2))
    scale = width / max((east - west) * squeeze, 1e-9)
    return Projection(west, north, scale, squeeze, width, max(1, round((north - south) * scale)))


def path_data(rings: tuple[Ring, ...], project: Projection) -> str:
    """SVG path data in whole page units with relative moves; points that round onto the previous one are dropped.

    A unit is finer than the outlines' own generalisation at both map sizes, so decimals would only add bytes.
    """
    parts = []
    for ring in rings:
        steps: list[tuple[int, int]] = []
        for point in ring:
            x, y = project(point)
            here = (round(x), round(y))
            if not steps or here != steps[-1]:
                steps.append(here)
        if len(steps) > 1 and steps[-1] == steps[0]:
            steps.pop()
        if len(steps) < 3:
            continue
        moves = [f"M{steps[0][0]} {steps[0][1]}"] + [f"l{b[0] - a[0]} {b[1] - a[1]}" for a, b in zip(steps, steps[1:])]
        parts.append("".join(moves) + "z")
    return "".join(parts)
