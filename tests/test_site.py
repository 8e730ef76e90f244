"""The real site, built strictly from the real corpus, checked as a reader and a scorer see it."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup

from conftest import ROOT, copy_project, mkdocs_build

SEEDS = sorted((ROOT / "corpus" / "sources").glob("*.txt"))


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_source_page_holds_every_sentence_of_its_file(site, path):
    """Boilerplate included: the page's sentences, in order, are the file's lines."""
    sources = {s["file"]: s for s in site.data("sources.json")}
    row = sources[f"corpus/sources/{path.name}"]
    assert row["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    page = site.html(row["page"])
    shown = squash(" ".join(span.get_text() for span in page.select("article span.chronicle-s")))
    original = squash(" ".join(line for line in path.read_text(encoding="utf-8").splitlines()))
    assert shown == original


def test_sentence_rows_point_at_spans_on_their_source_pages(site):
    pages = {}
    for row in site.data("sentences.jsonl"):
        page_url, anchor = row["url"].split("#")
        page = pages.setdefault(page_url, site.html(page_url))
        span = page.find(id=anchor)
        assert span is not None and span.get_text() == row["text"], row


def _generated_pages(site) -> list[Path]:
    return sorted(p for kind in ("districts", "dates", "wars") for p in (site.site / kind).rglob("index.html"))


def _resolve(site, page: Path, href: str) -> tuple[Path, str]:
    parts = urlsplit(href)
    target = (page.parent / unquote(parts.path)).resolve()
    if target.is_dir():
        target = target / "index.html"
    return target, parts.fragment


def test_every_footnote_link_resolves_to_an_existing_sentence(site):
    checked = 0
    for page in _generated_pages(site):
        soup = site.html(str(page.relative_to(site.site).parent) + "/")
        for note in soup.select("div.footnote li"):
            link = note.find("a", string="the sentence in its source")
            assert link is not None, (page, note)
            target, fragment = _resolve(site, page, link["href"])
            html = BeautifulSoup(target.read_text(encoding="utf-8"), "html.parser")
            span = html.find(id=fragment)
            assert span is not None and "chronicle-s" in span.get("class", []), (page, link["href"])
            checked += 1
    assert checked > 50


def test_every_quote_on_a_generated_page_is_verbatim_and_footnoted(site):
    rows = site.data("sentences.jsonl")
    texts = {(row["source"], row["id"]): row["text"] for row in rows}
    # A sentence a caption cut in two is quoted whole: its first half, a space, its second half.
    sentences = {row["text"] for row in rows} | {
        f"{row['text']} {texts[(row['source'], row['continued_by'])]}" for row in rows if row["continued_by"]
    }
    quotes = 0
    for page in _generated_pages(site):
        soup = site.html(str(page.relative_to(site.site).parent) + "/")
        labels = {a["href"].split("#", 1)[1] for a in soup.select("a.footnote-ref")}
        notes = {li["id"] for li in soup.select("div.footnote li")}
        assert labels == notes, page  # no unreferenced footnote, no dangling reference
        for q in soup.select("q.chronicle-quote"):
            assert q.get_text() in sentences
            assert q.find_next_sibling("sup") is not None
            quotes += 1
    assert quotes > 50


def test_footnotes_name_their_source_and_revision_and_say_the_live_page_may_differ(site):
    soup = site.html("districts/aghdam-district/")
    notes = soup.select("div.footnote li")
    assert notes
    wiki = [n for n in notes if "1993 Summer Offensives" in n.get_text()]
    assert wiki and "Wikipedia" in wiki[0].get_text() and "¶" in wiki[0].get_text()
    assert {"earlier revision", "later revision"} <= {n.get_text().split(", ")[1].split(" (")[0] for n in wiki}
    live = wiki[0].find("a", string="live page")  # the URL names no revision: no text fragment, and a warning
    assert live["href"] == "https://en.wikipedia.org/wiki/1993_Summer_Offensives" and "may differ" in wiki[0].get_text()
    assert all(n["id"].startswith("fn:") and re.fullmatch(r"fn:[\w-]+-s-[0-9a-f]{8}(-\d+)?", n["id"]) for n in notes)


@pytest.mark.parametrize("hub", ["wars/", "districts/", "dates/", "sources/", "editors/"])
def test_every_page_kind_has_an_index_in_the_nav(site, hub):
    home = site.html("")
    assert home.select_one(f'nav.md-nav a[href$="{hub}"]') is not None
    assert site.html(hub).select("article a")


def test_district_date_and_war_pages_link_to_each_other(site):
    kinds = {"districts": "/districts/", "dates": "/dates/", "wars": "/wars/"}
    for kind, sample in (("districts", "districts/aghdam-district/"), ("dates", "dates/1993-07-04/"), ("wars", "wars/first-nagorno-karabakh-war/")):
        soup = site.html(sample)
        hrefs = [str((site.site / sample / a["href"]).resolve()) for a in soup.select("article a[href]") if not a["href"].startswith(("http", "#"))]
        for other, marker in kinds.items():
            if other != kind:
                assert any(marker in h for h in hrefs), (sample, other)


def test_leaf_pages_stay_out_of_the_nav(site):
    home = site.html("")
    nav_links = {a["href"] for a in home.select("nav.md-nav a[href]")}
    assert not any("1993-07-04" in h or "aghdam" in h for h in nav_links)


def test_site_requests_nothing_from_other_hosts(site):
    for page in [site.site / "index.html", *list(_generated_pages(site))[:20]]:
        html = page.read_text(encoding="utf-8")
        for match in re.finditer(r'<(?:script|link|img)[^>]+(?:src|href)="(https?:)?//([^/"]+)', html):
            pytest.fail(f"{page}: requests {match.group(0)}")


def test_export_follows_the_contract(site):
    sources = site.data("sources.json")
    assert [s["id"] for s in sources] == sorted(s["id"] for s in sources)
    for s in sources:
        assert {"id", "file", "sha256", "title", "url", "publisher", "published", "kind", "perspective", "language", "page"} <= set(s)
    for row in site.data("sentences.jsonl"):
        assert {"source", "id", "paragraph", "text", "boilerplate", "districts", "dates", "wars", "url"} <= set(row)
    texts = {(r["source"], r["id"]): r["text"] for r in site.data("sentences.jsonl")}
    for m in site.data("mentions.jsonl"):
        assert texts[(m["source"], m["sentence"])][m["start"]:m["end"]] == m["text"]
        assert m["kind"] in ("date", "place", "war")


def test_two_builds_with_different_hash_seeds_are_byte_identical(tmp_path):
    project = copy_project(tmp_path / "project")
    digests = []
    for seed in ("1", "4242"):
        built = mkdocs_build(project, tmp_path / f"site-{seed}", env={"PYTHONHASHSEED": seed})
        assert built.returncode == 0, built.log
        digests.append({p.relative_to(built.site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(built.site.rglob("*")) if p.is_file()})
    assert digests[0].keys() == digests[1].keys()
    different = [k for k in digests[0] if digests[0][k] != digests[1][k]]
    assert not different


def test_day_pages_step_through_each_war_day_by_day(site):
    links = site.html("dates/1993-08-22/").select("article ul.chronicle-steps a")
    texts = [a.get_text() for a in links]
    war = texts.index("First Nagorno-Karabakh War")
    assert texts[war + 1].startswith("← ") and texts[war + 2].endswith(" →")
    previous = links[war + 1]["href"]
    assert site.html("dates/1993-08-22/" + previous).select_one("article h1").get_text().startswith(texts[war + 1][2:])


@pytest.mark.parametrize(("alias", "page"), [("fizuli", "fuzuli-district"), ("agdam", "aghdam-district"), ("xankendi", "khankendi-stepanakert"), ("cebrayil", "jabrayil-district")])
def test_other_spellings_of_a_district_lead_to_its_page(site, alias, page):
    redirect = site.html(f"districts/{alias}/")
    refresh = redirect.find("meta", attrs={"http-equiv": "refresh"})["content"]
    assert refresh == f"0; url=../{page}/"
    assert (site.site / "districts" / page / "index.html").exists()


def test_no_sentence_is_quoted_twice_on_one_page(site):
    """A second reference to one footnote would mean the same sentence quoted twice on the page."""
    twice = {}
    for path in site.site.rglob("index.html"):
        html = path.read_text(encoding="utf-8")
        if "fnref" in html:
            repeated = BeautifulSoup(html, "html.parser").select('article sup[id^="fnref2:"]')
            if repeated:
                twice[path.parent.relative_to(site.site).as_posix()] = [s["id"] for s in repeated]
    assert not twice, twice
