"""The district map: outlines in an inline SVG, shaded by how much the corpus says.

Plain SVG rather than a map library: no script, no tile server and no
third-party request; it works with JavaScript off, scales with the page
(width 100%), and its colours come from the stylesheet, so dark mode and
print styles apply. Districts with statements are links; the others are
drawn but muted and not linked (no link leads to an empty page). The former
NKAO is outlined on top, and the legend says how its outline was drawn.

A map shows each district's shading class, not its count: a district page's
map draws a dozen neighbours, and an edit that moves one count within its
class leaves every page that draws it as it was (``mkdocs serve`` rewrites a
page, not a dozen). The exact counts are one shared file (``COUNTS_FILE``)
that ``assets/map.js`` reads into the hover text; without JavaScript the
hover says the class's range, as the legend does.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from chronicle.gazetteer import Place
from chronicle.index import SiteIndex
from chronicle.render.addresses import Addresses
from chronicle.render.common import PageContext
from chronicle.render.html import Markup, el
from chronicle.render.map_geometry import BBox, Outline, Projection, around, fit, intersects, load_outlines, path_data, union

WIDTH = 640  # page units of the SVG's width; the CSS scales it to the column
# Lower bounds of the shading classes (statements in a district); class 0 is "none".
BREAKS = (1, 10, 50, 200)
# A district page shows its district with this share of its size around it, and at least this many degrees.
ZOOM_MARGIN, ZOOM_MIN_SPAN = 0.6, 0.7
PLACE_LABEL_LIFT = 9  # a place's name sits this far above its dot (SVG units)
LABEL_SIZES = (11.0, 19.0)  # font sizes in SVG units on wide and narrow screens (chronicle.css says the same)
COUNTS_FILE = "map.json"  # each district's statements (``district_counts``), in the export's folder (data/, as the timelines)


def shade_class(count: int, breaks: Sequence[int] = BREAKS) -> int:
    """A district's shading class: how many of the classes' lower bounds its ``count`` reaches (0: no statements)."""
    return sum(1 for b in breaks if count >= b)


def legend_labels(breaks: Sequence[int] = BREAKS) -> list[str]:
    """One label per class: "none", "1–9", ..., "200 or more"."""
    labels = ["none"]
    for low, high in zip(breaks, list(breaks[1:]) + [None]):
        labels.append(f"{low} or more" if high is None else (f"{low}" if high - 1 == low else f"{low}\u2013{high - 1}"))
    return labels


def short_name(name: str) -> str:
    """The label on the map: "Fuzuli District" -> "Fuzuli", "Shaki (city)" -> "Shaki"."""
    return name.removesuffix(" District").removesuffix(" (city)")


def district_map(page: PageContext, addresses: Addresses, counts: Callable[[str], int],
                 focus: str | None = None, points: Sequence[Place] = ()) -> Markup | None:
    """The whole country (``focus`` None) or one district with its neighbours and the ``points`` sources name there."""
    points = [p for p in points if p.coords]
    if focus is not None and not _areas(focus):
        return None
    frame = _frame(focus)
    project, drawn = frame.project, frame.drawn
    shades = {s.code: shade_class(counts(s.code)) for s in drawn}
    body = [frame.context_group,
            el("g", *(_district(page, addresses, s, shades[s.code], frame.paths[s.code], focus) for s in drawn)),
            frame.nkao,
            el("g", *(_point(p, project) for p in points), class_="chronicle-map-points"),
            el("g", *_labels(addresses, drawn, frame.context, points, shades, project, focus), class_="chronicle-map-labels")]
    title = _title(addresses, focus, points)
    svg = el("svg", *body, viewBox=f"0 0 {project.width} {project.height}", role="group", aria_label=title,
             xmlns="http://www.w3.org/2000/svg")
    return el("figure", svg, _legend(load_outlines().nkao_note, bool(points)), class_="chronicle-map",
              data_counts=page.asset(f"data/{COUNTS_FILE}"), data_search_exclude=True, data_pagefind_ignore="all")


@dataclass(frozen=True)
class Frame:
    """What a map draws the same whatever the corpus says: its projection, its districts' and neighbours' outlines."""

    project: Projection
    drawn: list[Outline]  # the districts in view, the one in focus last (its border on top)
    context: list[Outline]  # the neighbouring provinces in view
    paths: dict[str, str]  # district code -> its outline as SVG path data
    context_group: Markup  # the neighbours, drawn
    nkao: Markup  # the former NKAO's outline, drawn


@functools.cache  # the outlines never change while the plugin runs: a map's geometry is projected once, not on every rebuild
def _frame(focus: str | None) -> Frame:
    outlines = load_outlines()
    areas = _areas(focus) if focus is not None else ()
    view = _view(list(outlines.districts.values()), union([a.bbox for a in areas]) if areas else None)
    project = fit(view, WIDTH)
    drawn = sorted(_drawn(view), key=lambda s: s.code == focus)
    context = [s for s in outlines.neighbours.values() if intersects(s.bbox, view)]
    return Frame(project, drawn, context, {s.code: path_data(s.rings, project) for s in drawn},
                 el("g", *(_neighbour(s, project, s in areas) for s in context), class_="chronicle-map-context"),
                 el("path", d=path_data(outlines.nkao, project), class_="chronicle-map-nkao"))


def _areas(focus: str) -> tuple[Outline, ...]:
    """The outlines that draw a page's district: its own, or for a country with a district page (Armenia) its
    provinces the map holds as neighbours ("AM-TV", "AM-SU", ...); none for a code the map does not draw."""
    outlines = load_outlines()
    if focus in outlines.districts:
        return (outlines.districts[focus],)
    return tuple(s for code, s in outlines.neighbours.items() if code.startswith(f"{focus}-"))


def shown_on(focus: str) -> frozenset[str]:
    """The districts a district page's map draws (their shading classes colour it), so a change to one re-renders the pages that show it."""
    if not _areas(focus):
        return frozenset()
    return frozenset(s.code for s in _frame(focus).drawn)


def _drawn(view: BBox) -> list[Outline]:
    return [s for s in load_outlines().districts.values() if intersects(s.bbox, view)]


def statement_counter(index: SiteIndex) -> Callable[[str], int]:
    """Statements filed under a district, each sentence once; asked only for the districts a map draws."""
    return lambda code: index.count("districts", code)


def district_counts(index: SiteIndex) -> dict[str, int]:
    """Each district with statements and how many (``COUNTS_FILE``: the maps' hover text reads it)."""
    return {code: count for code in sorted(index.districts) if (count := index.count("districts", code))}


def _view(shapes: list[Outline], focus: BBox | None) -> BBox:
    if focus is None:
        return around(union([s.bbox for s in shapes]), 0.01, 0)
    return around(focus, ZOOM_MARGIN, ZOOM_MIN_SPAN)


def _district(page: PageContext, addresses: Addresses, shape: Outline, shade: int, path_d: str, focus: str | None) -> Markup:
    place = addresses.gazetteer.district(shape.code)
    classes = f"chronicle-map-district chronicle-shade-{shade}" + (" chronicle-here" if shape.code == focus else "")
    others = ", ".join(dict.fromkeys(n.text for n in place.names if n.text != place.name))
    hover = f"{place.name} ({others}): {_statements(shade)}" if others else f"{place.name}: {_statements(shade)}"
    path = el("path", el("title", hover), d=path_d, class_=classes, data_district=shape.code)
    if shade == 0 or shape.code == focus:
        return path
    return el("a", path, href=page.href(addresses.district(shape.code)[0]), aria_label=f"{place.name}: {_statements(shade)}")


def _neighbour(shape: Outline, project: Projection, here: bool = False) -> Markup:
    """A province across the border, drawn for context; outlined as the page's own on Armenia's page (``here``)."""
    return el("path", el("title", f"{shape.name} (Armenia)"), d=path_data(shape.rings, project),
              class_="chronicle-map-neighbour" + (" chronicle-here" if here else ""))


def _labels(addresses: Addresses, drawn: list[Outline], context: list[Outline], points: Sequence[Place],
            shades: Mapping[str, int], project: Projection, focus: str | None) -> list[Markup]:
    """Names, most important first: the district in focus, covered districts (the darker first), places, then the rest.

    The country map names covered districts only; a place's name sits just above its dot.
    """
    ranked = sorted(drawn, key=lambda s: (s.code != focus, -shades[s.code], -_area(s)))
    wanted = [s for s in ranked if focus is not None or shades[s.code] > 0]
    labels = [Label(short_name(addresses.gazetteer.district(s.code).name), *project(s.label), "chronicle-here" if s.code == focus else None)
              for s in wanted]
    places = [Label(p.name, x, y - PLACE_LABEL_LIFT, "chronicle-map-place") for p in points for x, y in [project((p.coords[1], p.coords[0]))]]
    covered = sum(1 for s in wanted if s.code == focus or shades[s.code] > 0)
    labels[covered:covered] = places
    labels += [Label(short_name(s.name or s.code).removesuffix(" Province"), *project(s.label), "chronicle-map-context") for s in context]
    fitting = place_labels(labels, (project.width, project.height))
    return [el("text", label.text, x=f"{label.x:.0f}", y=f"{label.y:.0f}", class_=cls) for label, cls in fitting]


@dataclass(frozen=True)
class Label:
    text: str
    x: float
    y: float
    cls: str | None = None


def place_labels(labels: list[Label], frame: tuple[float, float], sizes: tuple[float, float] = LABEL_SIZES) -> list[tuple[Label, str | None]]:
    """Labels in priority order, minus those that would overlap one already placed or stick out of the ``frame`` (width, height).

    Text is larger on phones (``sizes``: desktop, phone, in SVG units), so a label that fits only at the
    desktop size is kept with the class ``chronicle-map-minor``, which the stylesheet hides on small screens.
    """
    placed: dict[float, list[tuple[float, float, float, float]]] = {size: [] for size in sizes}
    out = []
    for label in labels:
        boxes = {size: _box(label, size) for size in sizes}
        desktop, phone = sizes
        inside = 0 <= boxes[desktop][0] and boxes[desktop][2] <= frame[0] and 0 <= boxes[desktop][1] and boxes[desktop][3] <= frame[1]
        if not inside or any(_overlap(boxes[desktop], b) for b in placed[desktop]):
            continue
        placed[desktop].append(boxes[desktop])
        fits_phone = not any(_overlap(boxes[phone], b) for b in placed[phone])
        if fits_phone:
            placed[phone].append(boxes[phone])
        classes = " ".join(c for c in (label.cls, None if fits_phone else "chronicle-map-minor") if c)
        out.append((label, classes or None))
    return out


def _box(label: Label, size: float) -> tuple[float, float, float, float]:
    """The text's extent, centred on its point (an average glyph is about 0.55 em wide)."""
    half_w, half_h = len(label.text) * size * 0.55 / 2, size * 0.6
    return (label.x - half_w, label.y - half_h, label.x + half_w, label.y + half_h)


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _area(shape: Outline) -> float:
    west, south, east, north = shape.bbox
    return (east - west) * (north - south)


def _point(place: Place, project: Projection) -> Markup:
    x, y = project((place.coords[1], place.coords[0]))
    return el("circle", el("title", f"{place.name} ({place.kind})"), cx=f"{x:.1f}", cy=f"{y:.1f}", r=4, class_="chronicle-map-point")


def _legend(nkao_note: str, with_points: bool) -> Markup:
    keys = [el("li", el("span", class_=f"chronicle-map-swatch chronicle-shade-{i}"), label)
            for i, label in enumerate(legend_labels())]
    keys.append(el("li", el("span", class_="chronicle-map-swatch chronicle-map-swatch-nkao"), "former NKAO (approximate)", title=nkao_note))
    if with_points:
        keys.append(el("li", el("span", class_="chronicle-map-swatch chronicle-map-swatch-point"), "a place sources name"))
    return el("figcaption", el("span", "Statements per district: "), el("ul", *keys),
              el("small", nkao_note, " Outlines: Natural Earth (public domain), generalised."))


def _title(addresses: Addresses, focus: str | None, points: Sequence[Place]) -> str:
    if focus is None:
        return "Map of Azerbaijan's districts, shaded by the number of statements; districts with statements are links"
    name = addresses.gazetteer.district(focus).name
    shown = f"{name} and its neighbours" if focus in load_outlines().districts \
        else f"{name}'s provinces near Azerbaijan and their neighbours"
    return f"Map of {shown}" + (f", with {len(points)} places sources name" if points else "")


def _statements(shade: int) -> str:
    """The hover's count as the legend gives it ("10–49 statements"); ``assets/map.js`` puts the exact count in its place."""
    return "no statements" if shade == 0 else f"{legend_labels()[shade]} statements"
