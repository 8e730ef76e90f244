"""Reading the built site (issue 12): one order, no empty page linked, every spelling resolves, quiet pages.

Runs over the real site built once per session (``site`` in conftest.py),
with BeautifulSoup; the browser checks of the same pages are in
test_reading_browser.py.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re

import pytest

from chronicle.chronology import span_key
from chronicle.gazetteer import Gazetteer
from chronicle.ingest.metadata import PERSPECTIVES
from chronicle.render.common import slugify
from chronicle.wars import WarCatalog
from conftest import ROOT

GAZETTEER = Gazetteer.load(ROOT / "corpus" / "gazetteer")
CATALOG = WarCatalog.load(ROOT / "corpus" / "wars.yaml")
NOT_COVERED = "Not yet covered by the corpus"
# The spellings: each side's names for towns and provinces, and a source's own (Fizuly), with the district that holds them.
SPELLINGS = [
    ("Martakert", "AZ-TAR"), ("Mardakert", "AZ-TAR"), ("Martuni", "AZ-XVD"), ("Hadrut", "AZ-XVD"), ("Askeran", "AZ-XCI"),
    ("Berdzor", "AZ-LAC"), ("Karvachar", "AZ-KAL"), ("Kashatagh", "AZ-LAC"), ("Fizuly", "AZ-FUZ"), ("Fizuli", "AZ-FUZ"),
    ("Gyandja", "AZ-GA"), ("Yevlax", "AZ-YEV"), ("Latchin", "AZ-LAC"), ("Agdjabedu", "AZ-AGC"),
]


def _district_url(code: str) -> str:
    return f"districts/{slugify(GAZETTEER.district(code).name)}/"


def _has_page(site, url: str) -> bool:
    return (site.site / url / "index.html").exists()


def _resolve(site, url: str) -> str | None:
    """The page a URL shows: itself, or where its redirect stub sends the reader; None if nothing is there."""
    path = site.site / url / "index.html"
    if not path.exists():
        return None
    refresh = site.html(url).find("meta", attrs={"http-equiv": "refresh"})
    if refresh is None:
        return url
    return posixpath.normpath(posixpath.join(url, refresh["content"].split("url=", 1)[1])) + "/"


def _h1(site, url: str) -> str:
    return site.html(url).select_one("article h1").get_text(" ", strip=True)


# ----------------------------------------------------------------------------- spellings


@pytest.mark.parametrize(("spelling", "code"), SPELLINGS)
def test_each_sides_name_leads_to_the_district_that_holds_it_and_is_listed_there(site, spelling, code):
    page, alias = _district_url(code), f"districts/{slugify(spelling)}/"
    if not _has_page(site, page):  # a district without statements has no page, and no spelling leads to nothing
        assert _resolve(site, alias) is None, f"{alias} leads to the missing page {page}"
        return
    assert _resolve(site, alias) == page
    written = [td.get_text(strip=True) for td in site.html(page).select("article table.chronicle-names td[data-label='Also written']")]
    assert spelling in written


def test_every_spelling_a_source_writes_for_a_place_in_a_district_resolves(site):
    """From the export: each place mention inside a district; its spelling's URL shows the district's page (or nothing, without one)."""
    mentions = {(m["text"], m["district"]) for m in site.data("mentions.jsonl")
                if m["kind"] == "place" and (m.get("district") or "").startswith("AZ-") and m.get("place_kind") not in ("region", "country")}
    assert len(mentions) > 20
    wrong = {}
    for text, code in sorted(mentions):
        alias, page = f"districts/{slugify(text)}/", _district_url(code)
        expected = page if _has_page(site, page) else None
        if slugify(text) != "page" and _resolve(site, alias) != expected:
            wrong[text] = (alias, _resolve(site, alias), expected)
    assert not wrong, wrong


def test_every_gazetteer_name_of_a_district_is_under_also_written(site):
    for place in GAZETTEER.districts():
        url = _district_url(place.district or place.id)
        if not _has_page(site, url):
            continue
        written = {td.get_text(strip=True) for td in site.html(url).select("article table.chronicle-names td[data-label='Also written']")}
        assert {n.text for n in place.names} - {place.name} <= written, url


# ----------------------------------------------------------------------------- no empty page


def test_only_districts_and_wars_with_statements_have_pages(site):
    districts = [p for p in site.site.glob("districts/*/index.html") if 'http-equiv="refresh"' not in p.read_text(encoding="utf-8")]
    wars = list(site.site.glob("wars/*/index.html"))
    assert districts and wars
    for path in districts + wars:
        if path.parent.name in ("districts", "wars"):
            continue
        text = path.read_text(encoding="utf-8")
        assert "No source in the corpus" not in text, path
        assert 'class="chronicle-quote"' in text, path


@pytest.mark.parametrize("index", ["districts/", "wars/"])
def test_the_uncovered_are_listed_apart_and_not_linked(site, index):
    soup = site.html(index)
    heading = soup.find(["h2"], id=slugify(NOT_COVERED))
    assert heading is not None
    uncovered = heading.find_next_sibling(class_="chronicle-uncovered")
    assert uncovered is not None and uncovered.get_text(strip=True)
    items = uncovered.find_all("li") or [uncovered]
    assert all(isinstance(item.contents[0], str) for item in items)  # the name itself is no link (only a covered parent is)
    for a in uncovered.find_all("a"):
        assert (site.site / index / a["href"] / "index.html").exists(), a


def test_no_generated_page_links_to_a_district_or_war_page_that_does_not_exist(site):
    missing = set()
    for path in site.site.rglob("index.html"):
        for a in re.findall(r'href="([^"#]*(?:districts|wars)/[^"#]+/)"', path.read_text(encoding="utf-8")):
            target = (path.parent / a).resolve()
            if not (target / "index.html").exists():
                missing.add((path.relative_to(site.site).as_posix(), a))
    assert not missing, sorted(missing)[:20]


def test_the_home_table_and_timeline_link_only_pages_that_exist(site):
    home = site.html("")
    for a in home.select("article table a"):
        assert (site.site / a["href"].split("#")[0] / "index.html").exists(), a["href"]
    for row in site.data("timeline/periods.json"):
        if row.get("url"):
            assert (site.site / row["url"] / "index.html").exists(), row


# ----------------------------------------------------------------------------- one order


def test_the_wars_index_is_in_order_of_first_day(site):
    by_name = {w.name: w for w in CATALOG.all()}
    names = [li.find("a").get_text(strip=True) for li in site.html("wars/").select("article ul.chronicle-wars > li")]
    keys = [span_key(by_name[n].start, by_name[n].end) for n in names]
    assert keys == sorted(keys), names


def test_the_districts_index_is_alphabetical_with_a_sortable_count(site):
    table = site.html("districts/").select_one("article table.chronicle-sortable")
    names = [td.get_text(strip=True) for td in table.select("tbody td[data-label='District']")]
    assert names == sorted(names, key=str.casefold)
    assert table.find("th", attrs={"data-sort": "number"}).get_text(strip=True) == "Statements"
    assert all(td["data-value"].isdigit() for td in table.select("tbody td[data-label='Statements']"))


MONTHS = {m: i for i, m in enumerate(("January", "February", "March", "April", "May", "June", "July", "August", "September",
                                      "October", "November", "December"), 1)}


def _heading_start(title: str) -> dt.date:
    if title.startswith("the "):
        return dt.date(int(title[4:8]), 1, 1)
    words = title.split()
    return dt.date(int(words[-1]), MONTHS[words[0]], 1) if len(words) == 2 else dt.date(int(words[-1]), 1, 1)


def test_a_war_page_reads_year_by_year_in_order_without_repeating_a_heading(site):
    soup = site.html("wars/first-nagorno-karabakh-war/")
    years = soup.select("article details.chronicle-year")
    assert len(years) > 2 and all(d.has_attr("open") for d in years)
    toc = [a.get_text(strip=True) for a in soup.select("article nav.chronicle-years-toc a")]
    assert toc == [d.find("summary").get_text(" ", strip=True).rstrip(" ¶") for d in years]
    titles = []
    for d in years:
        titles += [d.find("summary").get_text(" ", strip=True).rstrip(" ¶")] + [h.get_text(" ", strip=True).rstrip(" ¶") for h in d.select("h4")]
    dated = [t for t in titles if t != "Undated statements"]
    assert len(dated) == len(set(dated)), titles
    starts = [_heading_start(t) for t in dated]
    assert starts == sorted(starts), titles


def test_a_month_page_places_a_part_of_the_month_at_its_first_day(tiny_site):
    """The issue's "late July" before "4 July": a part of the month is a section at its first day, the whole month opens the page."""
    text = ("Agdam in the summer of 1993\n"  # a bare .txt takes its first line as its title
            "In July 1993 the shelling of Agdam went on.\n"
            "In late July 1993 Agdam was taken.\n"
            "On 25 July 1993 the last defenders left Agdam.\n"
            "On 20 July 1993 the assault on Agdam began.\n"
            "On 4 July 1993 Agdam was shelled.\n"
            "Later, in August 1993, Fuzuli was shelled.\n")
    built = tiny_site({"order.txt": text})
    assert built.returncode == 0, built.log
    titles = [h.get_text(" ", strip=True).rstrip(" ¶") for h in built.html("dates/1993-07/").select("article h2")]
    assert titles[titles.index("Dated to July 1993 as a whole"):] == ["Dated to July 1993 as a whole", "4 July 1993", "20 July 1993", "Late July 1993",
                                                                      "25 July 1993"]


# ----------------------------------------------------------------------------- quiet pages


def test_a_source_page_reads_as_the_text_with_a_mark_on_each_cited_sentence(site):
    source = site.data("sources.json")[0]
    soup = site.html(source["page"])
    text = soup.select_one("article .chronicle-text")
    marks = text.select("button.chronicle-mark")
    assert marks
    for mark in marks:
        box = text.find(id=mark["popovertarget"])
        assert box is not None and box.has_attr("popover") and box.find("a"), mark
        assert int(mark.get_text()) == len(box.find_all("a"))
    visible = "".join(t for t in text.find_all(string=True) if not t.find_parent(attrs={"popover": True}))
    assert "quoted on" not in visible.lower()


def test_a_statement_names_the_other_pages_it_is_on_in_one_quiet_line(site):
    soup = site.html("wars/first-nagorno-karabakh-war/")
    lines = soup.select("article li small.chronicle-related")
    assert lines
    for line in lines:
        assert line.get_text().startswith("also on: ")
        assert not re.search(r"\d (January|February|March|April|June|July|August|September|October|November|December) \d{4}", line.get_text())
        assert not re.search(r" District\b", line.get_text())
        assert all(a.get("title") for a in line.find_all("a"))  # the full name, on hover


# ----------------------------------------------------------------------------- timelines

BARE_DATE = re.compile(r"^(sometime in |early |mid-|late |the )?(\d{1,2} )?([A-Z][a-z]+ )?\d{4}s?$")


@pytest.mark.parametrize("war", ["first-nagorno-karabakh-war", "second-nagorno-karabakh-war"])
def test_timeline_items_say_what_happened_and_whose_words(site, war):
    points = [r for r in site.data(f"timeline/{war}.json") if r["type"] == "point"]
    assert points
    assert not [r["content"] for r in points if BARE_DATE.match(r["content"])]
    assert {r["className"] for r in points} <= {f"chronicle-p-{p}" for p in (*PERSPECTIVES, "unstated")}
    legend = {li.get_text(strip=True) for li in site.html(f"wars/{war}/").select("article ul.chronicle-legend li")}
    assert {r["perspective"] for r in points} == legend


def test_periods_that_nest_are_on_separate_lanes(site):
    rows = site.data("timeline/periods.json")
    for a in rows:
        for b in rows:
            if a is not b and a["group"] == b["group"]:
                assert a["end"] < b["start"] or b["end"] < a["start"], (a["id"], b["id"])
    lane = {r["id"]: r["group"] for r in rows}
    assert lane["war-interwar"] != lane["war-second-nagorno-karabakh-war"]


def test_home_table_cells_say_their_war_when_they_become_cards(site):
    cells = site.html("").select("article table.chronicle-cards td.chronicle-num")
    filled = [td for td in cells if td.get_text(strip=True)]
    assert filled and all(td.get("data-label") for td in filled)
    assert all("chronicle-empty" in td["class"] for td in cells if not td.get_text(strip=True))


def test_the_timeline_index_lists_decades_and_years_in_the_one_order(site):
    """A decade ("1990s") opens before its first year, as its span is the longer."""
    keys = [a["href"].strip("/").split("/")[-1] for a in site.html("dates/").select("article ul.chronicle-tree > li > a")]
    assert any(k.endswith("s") for k in keys), keys
    starts = [(int(k[:4]), not k.endswith("s")) for k in keys]
    assert starts == sorted(starts), keys


def test_the_events_index_lists_each_wars_events_in_the_one_order(site):
    """Each event at its earliest claim's span (first day, the longer first); events without a dated claim last."""
    claims: dict[str, list] = {}
    for claim in site.data("claims.jsonl"):
        start = claim["earliest"] or claim["latest"]
        length = (dt.date.fromisoformat(claim["latest"]) - dt.date.fromisoformat(claim["earliest"])).days if claim["earliest"] and claim["latest"] else 0
        claims.setdefault(claim["event"], []).append((False, start, -length) if start else (True, "", 0))
    soup = site.html("events/")
    checked = 0
    for ul in soup.select("article ul.chronicle-events"):
        ids = [a["href"].strip("/").split("/")[-1] for a in ul.select(":scope > li > a:first-child")]
        keys = [min(claims[i]) for i in ids]
        assert keys == sorted(keys), ids
        checked += len(ids)
    assert checked > 10
