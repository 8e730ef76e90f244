"""The district map: outlines from shipped data, projected, shaded, linked where the corpus has something to show.

Pure parts first (projection, path data, shading classes, label placement,
the shipped outlines), then the map as rendered for the real gazetteer, then
the built site in Chromium: outlines drawn, a covered district one click
away, no link to an empty page, no request leaving the machine.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import replace
from urllib.parse import urljoin

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import expect

from chronicle.gazetteer import Gazetteer
from chronicle.render.addresses import Addresses
from chronicle.render.common import PageContext, link
from chronicle.render.map import BREAKS, Label, district_map, legend_labels, place_labels, shade_class, short_name
from chronicle.render.map_geometry import DATA, around, bounds, fit, intersects, load_outlines, path_data
from chronicle.wars import WarCatalog
from conftest import ROOT

AZERBAIJAN = (44.7, 38.35, 50.9, 41.95)  # west, south, east, north, with a little room
COVERED = {"AZ-FUZ": 42, "AZ-AGM": 7, "AZ-XCI": 250}


# ----------------------------------------------------------------------------- projection and path data


@pytest.mark.parametrize("point, x, y_share", [
    ((44.0, 41.0), 0.0, 0.0),      # north-west corner: the origin
    ((46.0, 39.0), 600.0, 1.0),    # south-east corner: full width, full height
    ((45.0, 40.0), 300.0, 0.5),    # centre
])
def test_fit_puts_the_box_into_the_width(point, x, y_share):
    project = fit((44.0, 39.0, 46.0, 41.0), 600)
    assert project(point)[0] == pytest.approx(x)
    assert project(point)[1] == pytest.approx(project.height * y_share, abs=0.5)


@pytest.mark.parametrize("south, north", [(0.0, 2.0), (39.0, 41.0), (59.0, 61.0)])
def test_a_degree_of_longitude_shrinks_by_the_cosine_of_the_latitude(south, north):
    project = fit((10.0, south, 12.0, north), 400)
    squeeze = math.cos(math.radians((south + north) / 2))
    assert project.height == round(400 / squeeze)  # 2 x 2 degrees: taller than wide away from the equator


@pytest.mark.parametrize("rings, expected", [
    ((((0.0, 1.0), (1.0, 1.0), (1.0, 0.0)),), "M0 0l10 0l0 10z"),
    ((((0.0, 1.0), (0.04, 1.0), (1.0, 1.0), (1.0, 0.0)),), "M0 0l10 0l0 10z"),         # rounds onto the previous point: dropped
    ((((0.0, 1.0), (1.0, 1.0), (1.0, 0.0), (0.01, 0.99)),), "M0 0l10 0l0 10z"),        # rounds onto the first point: dropped
    ((((0.0, 1.0), (0.5, 1.0)),), ""),                                                 # fewer than 3 points: no ring
    ((((0.0, 1.0), (0.56, 0.94), (0.0, 0.0)), ((0.5, 0.5), (0.6, 0.5), (0.6, 0.4))), "M0 0l6 1l-6 9zM5 5l1 0l0 1z"),
])
def test_path_data_is_relative_in_whole_units(rings, expected):
    project = replace(fit((0.0, 0.0, 1.0, 1.0), 10), squeeze=1.0, scale=10.0)
    assert path_data(rings, project) == expected


@pytest.mark.parametrize("a, b, overlapping", [
    ((0, 0, 1, 1), (0.5, 0.5, 2, 2), True),
    ((0, 0, 1, 1), (1, 1, 2, 2), True),   # touching corners count: a neighbour that touches is drawn
    ((0, 0, 1, 1), (1.1, 0, 2, 1), False),
    ((0, 0, 1, 1), (0, 1.1, 1, 2), False),
])
def test_intersects(a, b, overlapping):
    assert intersects(a, b) is overlapping and intersects(b, a) is overlapping


@pytest.mark.parametrize("box, margin, min_span, expected", [
    ((0, 0, 2, 1), 0.5, 0, (-1, -0.5, 3, 1.5)),
    ((0, 0, 0.1, 0.1), 0.5, 1.0, (-0.45, -0.45, 0.55, 0.55)),   # a small city still shows its surroundings
])
def test_around(box, margin, min_span, expected):
    assert around(box, margin, min_span) == pytest.approx(expected)


# ----------------------------------------------------------------------------- shading, names, labels


@pytest.mark.parametrize("count, cls", [(0, 0), (1, 1), (9, 1), (10, 2), (49, 2), (50, 3), (199, 3), (200, 4), (12000, 4)])
def test_shade_classes(count, cls):
    assert shade_class(count) == cls


def test_the_legend_names_one_range_per_class():
    assert legend_labels((1, 10, 50, 200)) == ["none", "1\u20139", "10\u201349", "50\u2013199", "200 or more"]
    assert legend_labels((1, 2)) == ["none", "1", "2 or more"]
    assert len(legend_labels()) == shade_class(10**9) + 1 == len(BREAKS) + 1


@pytest.mark.parametrize("name, label", [
    ("Fuzuli District", "Fuzuli"), ("Shaki (city)", "Shaki"), ("Baku", "Baku"), ("Khankendi (Stepanakert)", "Khankendi (Stepanakert)"),
])
def test_short_names(name, label):
    assert short_name(name) == label


@pytest.mark.parametrize("labels, kept, minor", [
    ([Label("Aaaa", 50, 50), Label("Bbbb", 52, 52)], ["Aaaa"], []),                       # overlaps the first: dropped
    ([Label("Aaaa", 50, 50), Label("Bbbb", 50, 70)], ["Aaaa", "Bbbb"], ["Bbbb"]),          # fits small, not at phone size
    ([Label("Aaaa", 50, 20), Label("Bbbb", 50, 80)], ["Aaaa", "Bbbb"], []),
    ([Label("Aaaa", 2, 50), Label("Bbbb", 50, 99)], [], []),                              # would stick out of the frame
])
def test_place_labels_drops_overlaps_and_marks_those_too_big_for_a_phone(labels, kept, minor):
    placed = place_labels(labels, (100, 100), sizes=(10, 20))
    assert [label.text for label, _ in placed] == kept
    assert [label.text for label, cls in placed if cls and "chronicle-map-minor" in cls] == minor


# ----------------------------------------------------------------------------- the shipped outlines


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load(ROOT / "corpus" / "gazetteer")


def test_every_district_of_the_gazetteer_has_an_outline_and_no_outline_is_unknown(gazetteer):
    codes = {p.district or p.id for p in gazetteer.districts() if p.kind != "country"}
    assert set(load_outlines().districts) == codes
    # a country with a district page (Armenia) is drawn by its provinces among the neighbours
    countries = {p.district for p in gazetteer.districts() if p.kind == "country"}
    assert countries == {"AM"} and {code.split("-")[0] for code in load_outlines().neighbours} == countries


def test_the_neighbours_are_the_armenian_provinces_the_gazetteer_holds_settlements_for():
    provinces = {f.stem.upper() for f in (ROOT / "corpus" / "gazetteer" / "settlements").glob("am-*.yaml")}
    assert set(load_outlines().neighbours) == provinces


def test_the_simplified_outlines_stay_small_and_inside_azerbaijan():
    outlines = load_outlines()
    assert DATA.stat().st_size < 300_000
    points = sum(len(ring) for o in outlines.districts.values() for ring in o.rings)
    assert 1_000 < points < 6_000, points
    for code, outline in outlines.districts.items():
        west, south, east, north = outline.bbox
        assert AZERBAIJAN[0] <= west < east <= AZERBAIJAN[2] and AZERBAIJAN[1] <= south < north <= AZERBAIJAN[3], code
        assert all(len(ring) >= 3 for ring in outline.rings), code


def test_each_label_point_lies_inside_its_outline():
    outlines = load_outlines()
    for code, outline in {**outlines.districts, **outlines.neighbours}.items():
        assert _inside(outline.label, outline.rings), code


def test_the_nkao_outline_lies_in_karabakh():
    outlines = load_outlines()
    west, south, east, north = bounds(outlines.nkao)
    karabakh = [outlines.districts[c] for c in ("AZ-XA", "AZ-XCI", "AZ-SUS", "AZ-XVD", "AZ-TAR")]
    assert all(_inside(o.label, outlines.nkao) for o in karabakh[:4])
    assert 46.0 < west < east < 47.5 and 39.2 < south < north < 40.6
    assert "Approximate" in outlines.nkao_note


def _inside(point: tuple[float, float], rings) -> bool:
    """Even-odd rule, as the SVG fills them."""
    x, y = point
    crossings = 0
    for ring in rings:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
            if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                crossings += 1
    return crossings % 2 == 1


# ----------------------------------------------------------------------------- the map as rendered


@pytest.fixture(scope="module")
def addresses(gazetteer) -> Addresses:
    return Addresses(gazetteer, WarCatalog.load(ROOT / "corpus" / "wars.yaml"))


def _render(addresses, focus=None, points=()) -> BeautifulSoup:
    page = PageContext("districts/index.md" if focus is None else "districts/x.md")
    html = district_map(page, addresses, lambda code: COVERED.get(code, 0), focus=focus, points=points)
    return BeautifulSoup(str(html), "html.parser")


def test_only_covered_districts_are_links(addresses):
    soup = _render(addresses)
    linked = {a["href"] for a in soup.select("svg a")}
    assert linked == {link("districts/index.md", addresses.district(code)[0]) for code in COVERED}
    paths = soup.select("svg path.chronicle-map-district")
    assert len(paths) == len(load_outlines().districts)
    for path in paths:
        covered = "chronicle-shade-0" not in path["class"]
        assert (path.parent.name == "a") is covered


@pytest.mark.parametrize("code, shade", [("AZ-FUZ", 2), ("AZ-AGM", 1), ("AZ-XCI", 4), ("AZ-BA", 0)])
def test_districts_are_shaded_by_their_count(addresses, code, shade):
    name = addresses.gazetteer.district(code).name
    path = next(p for p in _render(addresses).select("svg path.chronicle-map-district") if p.title.get_text().startswith(name + " ("))
    assert f"chronicle-shade-{shade}" in path["class"]


def test_hover_shows_the_other_names_and_the_range_of_the_count_and_names_the_file_of_exact_counts(addresses):
    soup = _render(addresses)
    fuzuli = next(p for p in soup.select("svg path.chronicle-map-district") if p.title.get_text().startswith("Fuzuli District"))
    assert "Füzuli" in fuzuli.title.get_text() and fuzuli.title.get_text().endswith(": 10\u201349 statements")
    assert fuzuli["data-district"] == "AZ-FUZ" and fuzuli.parent["aria-label"] == "Fuzuli District: 10\u201349 statements"
    assert soup.figure["data-counts"] == "../data/map.json"  # assets/map.js puts "42 statements" in the hover


@pytest.mark.parametrize("focus", [None, "AZ-FUZ"])
@pytest.mark.parametrize(("counts", "same"), [
    ({"AZ-FUZ": 11, "AZ-AGM": 1, "AZ-XCI": 200}, True),  # every count moved within its shading class
    ({"AZ-FUZ": 9, "AZ-AGM": 7, "AZ-XCI": 250}, False),  # Fuzuli fell below 10: its shade, hover and label's rank change
    ({"AZ-FUZ": 42, "AZ-AGM": 7, "AZ-XCI": 250, "AZ-CAB": 1}, False),  # Jabrayil's first statement: shaded and linked
])
def test_a_map_changes_only_when_a_districts_shading_class_does(addresses, focus, counts, same):
    """A count is on the map only as its class, so an edit within a class leaves the pages of the districts around it as written."""
    page = PageContext("districts/index.md" if focus is None else "districts/x.md")
    html = [str(district_map(page, addresses, lambda code: tally.get(code, 0), focus=focus)) for tally in (COVERED, counts)]
    assert (html[0] == html[1]) is same


def test_the_file_of_counts_holds_the_counts_the_districts_index_shows(site):
    counts = json.loads((site.site / "data" / "map.json").read_text(encoding="utf-8"))
    table = BeautifulSoup((site.site / "districts" / "index.html").read_text(encoding="utf-8"), "html.parser").select("article tbody tr")
    shown = {row.code.get_text(): int(row.select_one("td.chronicle-num")["data-value"]) for row in table}
    assert counts == shown and list(counts) == sorted(counts) and len(counts) > 3


def test_the_country_map_labels_only_covered_districts_and_outlines_the_nkao(addresses):
    soup = _render(addresses)
    labels = {t.get_text() for t in soup.select("svg text") if not t.get("class") or "chronicle-map-context" not in t["class"]}
    assert labels <= {"Fuzuli", "Aghdam", "Khojaly"} and "Khojaly" in labels
    assert soup.select_one("svg path.chronicle-map-nkao")["d"].startswith("M")
    assert "former NKAO (approximate)" in soup.figcaption.get_text()


def test_a_district_page_zooms_to_its_district_and_marks_the_places(addresses):
    gazetteer = addresses.gazetteer
    places = [p for p in gazetteer.places_in("AZ-FUZ") if p.coords and p.kind != "rayon"][:3]
    soup = _render(addresses, focus="AZ-FUZ", points=places)
    drawn = soup.select("svg path.chronicle-map-district")
    assert 3 < len(drawn) < 25, "the district with its neighbours, not the whole country"
    assert "chronicle-here" in drawn[-1]["class"] and drawn[-1].parent.name != "a", "the page does not link to itself"
    assert [c.title.get_text() for c in soup.select("svg circle.chronicle-map-point")] == [f"{p.name} ({p.kind})" for p in places]
    assert "a place sources name" in soup.figcaption.get_text()


def test_names_are_escaped_once(addresses, gazetteer):
    hostile = replace(gazetteer.places_in("AZ-FUZ")[0], name='<b>"x" & y</b>', coords=(39.6, 47.1))
    html = str(district_map(PageContext("districts/x.md"), addresses, lambda c: 0, focus="AZ-FUZ", points=[hostile]))
    assert "<b>" not in html and "&lt;b&gt;&#34;x&#34; &amp; y&lt;/b&gt;" in html


def test_armenias_page_zooms_to_its_provinces_and_outlines_them_as_its_own(addresses, gazetteer):
    places = [gazetteer.get(i) for i in ("aygepar", "goris")]
    soup = _render(addresses, focus="AM", points=places)
    own = [p for p in soup.select("svg path.chronicle-map-neighbour") if "chronicle-here" in p["class"]]
    assert sorted(p.title.get_text() for p in own) == sorted(f"{o.name} (Armenia)" for o in load_outlines().neighbours.values())
    drawn = soup.select("svg path.chronicle-map-district")
    assert 3 < len(drawn) < len(load_outlines().districts), "Armenia's neighbours, not the whole country"
    assert not any("chronicle-here" in p["class"] for p in drawn)
    assert soup.svg["aria-label"] == "Map of Armenia's provinces near Azerbaijan and their neighbours, with 2 places sources name"
    assert [c.title.get_text() for c in soup.select("svg circle.chronicle-map-point")] == ["Aygepar (village)", "Goris (town)"]


def test_a_code_without_an_outline_gets_no_map(addresses):
    assert district_map(PageContext("districts/x.md"), addresses, lambda c: 0, focus="AZ-NX") is None


# ----------------------------------------------------------------------------- in the browser


@pytest.mark.browser
def test_the_districts_index_draws_the_outlines_and_links_only_covered_districts(page, watch, base_url, site):
    page.goto(urljoin(base_url, "districts/"), wait_until="load")
    svg = page.locator("article figure.chronicle-map svg")
    assert svg.locator("path.chronicle-map-district").count() >= len(load_outlines().districts)
    assert svg.bounding_box()["width"] > 300
    assert svg.locator("a").count() >= 1
    assert svg.locator("a path.chronicle-shade-0").count() == 0, "a district without statements is never a link"
    muted = svg.locator("path.chronicle-shade-0")
    assert muted.count() >= 1 and muted.first.evaluate("p => p.closest('a') === null")
    label = svg.locator("text:not(.chronicle-map-context)").first  # a covered district's name, where a reader clicks
    name, box = label.text_content(), label.bounding_box()
    with page.expect_navigation():
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    expect(page.locator("article h1")).to_contain_text(name)
    expect(page.locator("article figure.chronicle-map svg path.chronicle-here")).to_have_count(1)
    watch.assert_clean()


@pytest.mark.browser
def test_with_javascript_the_hover_gives_the_exact_count(page, watch, base_url, site):
    counts = json.loads((site.site / "data" / "map.json").read_text(encoding="utf-8"))
    code, count = max(counts.items(), key=lambda item: item[1])
    page.goto(urljoin(base_url, "districts/"), wait_until="load")
    district = page.locator(f'article figure.chronicle-map svg path[data-district="{code}"]')
    expect(district.locator("title")).to_have_text(re.compile(f": {count} statements$"))
    expect(page.locator(f'article figure.chronicle-map svg a:has(path[data-district="{code}"])')).to_have_attribute(
        "aria-label", re.compile(f": {count} statements$"))
    watch.assert_clean()


@pytest.mark.browser
def test_a_district_page_shows_its_zoomed_map_with_the_places_sources_name(page, watch, base_url, site):
    district = next(p for p in sorted(site.site.glob("districts/*/index.html")) if 'class="chronicle-map-point"' in p.read_text(encoding="utf-8"))
    page.goto(urljoin(base_url, district.parent.relative_to(site.site).as_posix() + "/"), wait_until="load")
    figure = page.locator("article figure.chronicle-map")
    expect(figure.locator("svg circle.chronicle-map-point").first).to_be_visible()
    assert figure.locator("svg path.chronicle-map-district").count() < len(load_outlines().districts)
    assert len(district.read_text(encoding="utf-8").split('<figure class="chronicle-map"')[1].split("</figure>")[0]) < 40_000
    watch.assert_clean()
