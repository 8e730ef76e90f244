"""A small vendored map: district centres as points in an inline SVG.

No tile server and no script: the points come from the gazetteer's
coordinates, projected equirectangularly over the districts' bounding box.
"""

from __future__ import annotations

import math

from chronicle.gazetteer import Gazetteer
from chronicle.render.html import Markup, el

WIDTH, HEIGHT, MARGIN = 600, 360, 12


def district_map(gazetteer: Gazetteer, highlight: str | None = None) -> Markup | None:
    points = [(p, p.coords) for p in gazetteer.districts() if p.coords]
    if not points:
        return None
    lats = [c[0] for _, c in points]
    lons = [c[1] for _, c in points]
    scale_x = math.cos(math.radians(sum(lats) / len(lats)))
    span_x = max((max(lons) - min(lons)) * scale_x, 1e-6)
    span_y = max(max(lats) - min(lats), 1e-6)
    k = min((WIDTH - 2 * MARGIN) / span_x, (HEIGHT - 2 * MARGIN) / span_y)
    dots = []
    for place, (lat, lon) in sorted(points, key=lambda pc: (pc[0].district or pc[0].id) == highlight):
        x = MARGIN + (lon - min(lons)) * scale_x * k
        y = HEIGHT - MARGIN - (lat - min(lats)) * k
        here = (place.district or place.id) == highlight
        cls = "chronicle-dot chronicle-here" if here else "chronicle-dot"
        dots.append(el("circle", el("title", place.name), class_=cls, cx=f"{x:.1f}", cy=f"{y:.1f}", r=7 if here else 4))
    label = f"Map of Azerbaijan's districts; {gazetteer.district(highlight).name} highlighted" if highlight else "Map of Azerbaijan's districts"
    svg = el("svg", *dots, viewBox=f"0 0 {WIDTH} {HEIGHT}", role="img", aria_label=label)
    return el("figure", svg, class_="chronicle-map", data_search_exclude=True, data_pagefind_ignore="all")
