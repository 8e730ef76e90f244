"""Armenia's page among the districts: a tiny build of a report of shelling in Tavush files its sentences under AM,
and the page is made as a rayon's is (title, names, map of its provinces, places named, a row in the index)."""

from __future__ import annotations

import pytest

TEXT = """Villages on the border shelled

On 3 May 2021, mortar rounds fell on the village of Movses in Tavush province, the ministry said.

The shelling of Aygepar began at 05:20 on 3 May 2021.

Armenia said the talks would go on.
"""
META = "title: Villages on the border shelled\npublished: '2021-05-04'\nlanguage: en\nkind: news\nperspective: neutral\n"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from conftest import mkdocs_build, tiny_project

    project = tiny_project(tmp_path_factory.mktemp("abroad"), {"tavush.txt": TEXT, "tavush.yml": META})
    return mkdocs_build(project, project / "site", strict=True)


def test_the_build_is_strict_clean(built):
    assert built.returncode == 0, built.log


def test_sentences_at_armenian_villages_are_filed_under_am_and_the_country_alone_is_not(built):
    rows = {r["text"]: r["districts"] for r in built.data("sentences.jsonl")}
    assert rows["On 3 May 2021, mortar rounds fell on the village of Movses in Tavush province, the ministry said."] == ["AM"]
    assert rows["The shelling of Aygepar began at 05:20 on 3 May 2021."] == ["AM"]
    assert rows["Armenia said the talks would go on."] == []


def test_armenia_has_a_district_page_with_its_map_and_places(built):
    page = built.html("districts/armenia/")
    assert page.select_one("article h1").get_text(strip=True) == "Armenia"
    assert page.select_one("article p.chronicle-crumbs code").get_text() == "AM"
    assert "Map of Armenia's provinces near Azerbaijan" in page.select_one("figure.chronicle-map svg")["aria-label"]
    named = page.find(lambda tag: tag.name == "h2" and tag.get_text(strip=True).startswith("Places in Armenia that sources name"))
    assert named is not None and "Movses (village)" in named.find_next("p").get_text()
    quotes = [q.get_text() for q in page.select("article q.chronicle-quote")]
    assert any("Movses" in q for q in quotes) and not any(q.startswith("Armenia said") for q in quotes)
    assert "the country" in {td.get_text() for td in page.select("table.chronicle-names td[data-label='Names']")}


def test_the_districts_index_lists_armenia(built):
    index = built.html("districts/")
    rows = {row.code.get_text(): row for row in index.select("article tbody tr")}
    assert rows["AM"].a["href"].rstrip("/").endswith("armenia") and rows["AM"].a.get_text() == "Armenia"
    assert "the villages and towns of Armenia where sources report events stand under Armenia" in index.select_one("article p").get_text()
