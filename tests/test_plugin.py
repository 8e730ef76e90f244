"""The plugin inside real MkDocs builds of tiny sites: errors, warnings, strictness."""

from __future__ import annotations

from conftest import mkdocs_build, tiny_project

GOOD = "A good source\nOn 4 July 1993 fighting began near Agdam.\n"


def test_bare_text_builds_titled_from_its_first_line_and_warns(tiny_site):
    built = tiny_site({"bare.txt": GOOD})
    assert built.returncode == 0, built.log
    assert "sources/bare.txt: no metadata file (bare.yml)" in built.log
    page = built.html("sources/bare/")
    assert page.select_one("article h1").get_text().startswith("A good source")
    assert tiny_site({"bare.txt": GOOD}, strict=True).returncode != 0


def test_bad_files_are_named_and_the_good_one_still_builds(tiny_site):
    files = {
        "good.txt": GOOD, "good.yml": "title: Good\n",
        "broken.txt": b"Fine\n\xff\xfe broken\n",
        "empty.txt": "   \n",
        "badmeta.txt": "Still shown.\n", "badmeta.yml": "title: [oops\n",
    }
    built = tiny_site(files)
    assert built.returncode == 0, built.log
    assert "sources/broken.txt:2: not valid UTF-8" in built.log
    assert "sources/empty.txt: no text found" in built.log
    assert "sources/badmeta.yml:" in built.log and "invalid YAML" in built.log
    assert built.html("sources/good/").find(string=lambda s: s and "fighting began" in s)
    assert built.html("sources/badmeta/").find(string="Still shown.")
    assert tiny_site(files, strict=True).returncode != 0


# Loaded before MkDocs by Python's site machinery (``sitecustomize`` on PYTHONPATH): the real date reader, made to fail
# on one text as a rule would on a shape nobody foresaw.
FAULTY_DATES = """
import chronicle.extract.dates as dates
_read = dates.tag_with_date
def _failing(texts, **kwargs):
    if any("Quibble" in sentence for paragraph in texts for sentence in paragraph):
        raise RuntimeError("no rule for this shape")
    return _read(texts, **kwargs)
dates.tag_with_date = _failing
"""


def test_a_fault_in_extraction_costs_one_source_its_filings_not_the_build(tmp_path):
    project = tiny_project(tmp_path, {"good.txt": GOOD, "good.yml": "title: Good\n",
                                      "odd.txt": "Quibble report\nShelling hit Tartar on 4 July 1993.\nThe town burned.\n",
                                      "odd.yml": "title: Quibble report\n"})
    (tmp_path / "faulty").mkdir()
    (tmp_path / "faulty" / "sitecustomize.py").write_text(FAULTY_DATES, encoding="utf-8")
    env = {"PYTHONPATH": str(tmp_path / "faulty")}
    built = mkdocs_build(project, project / "site", env=env)
    assert built.returncode == 0, built.log
    assert "sources/odd.txt: extraction failed (RuntimeError: no rule for this shape, in sitecustomize.py:6)" in built.log
    spans = [s.get_text() for s in built.html("sources/odd/").select("span.chronicle-s")]
    assert spans == ["Quibble report", "Shelling hit Tartar on 4 July 1993.", "The town burned."]
    rows = {row["text"]: row for row in built.data("sentences.jsonl")}
    assert rows["Shelling hit Tartar on 4 July 1993."]["districts"] == []
    assert rows["On 4 July 1993 fighting began near Agdam."]["districts"] == ["AZ-AGM"]  # the other source as ever
    assert mkdocs_build(project, project / "strict-site", strict=True, env=env).returncode != 0


def test_without_an_edit_url_pages_have_no_edit_button_rather_than_a_wrong_one(tiny_site):
    built = tiny_site({"good.txt": GOOD, "good.yml": "title: Good\n"})
    assert built.returncode == 0, built.log
    assert built.html("sources/good/").select_one('a[rel="edit"]') is None


def test_real_site_edit_link_points_at_the_corpus_file(site):
    edit = site.html("sources/004_127e8113856de8b2/").select_one('a[rel="edit"]')
    assert edit["href"].endswith("/edit/main/corpus/sources/004_127e8113856de8b2.txt")
    home_edit = site.html("").select_one('a[rel="edit"]')
    assert home_edit["href"].endswith("/edit/main/site_src/index.md")


def test_unknown_place_names_warn_with_file_and_line_and_reach_the_editors_page(tiny_site):
    text = "Unknown places\nShelling hit the village of Zyxoprad on 4 July 1993.\n"
    built = tiny_site({"unknown.txt": text, "unknown.yml": "title: Unknown places\n"})
    assert built.returncode == 0, built.log
    assert "sources/unknown.txt:2: place name 'Zyxoprad' is not in the gazetteer" in built.log
    editors = built.html("editors/")
    assert editors.find("td", string="Zyxoprad") is not None


HTML_SOURCE = """<!doctype html><html lang="en"><head><title>Report page</title>
<meta property="article:published_time" content="2020-10-05"><script>var tracker = 1;</script></head>
<body><nav><p>Home | World</p></nav><article><h1>Shelling reported</h1>
<p>On 4 October 2020 shelling hit Jabrayil.</p><p>Residents left <em>the town</em>.</p></article>
<footer><p>Copyright notice</p></footer></body></html>"""


def test_html_source_builds_its_main_text_only(tiny_site):
    built = tiny_site({"report.html": HTML_SOURCE})
    assert built.returncode == 0, built.log
    spans = [s.get_text() for s in built.html("sources/report/").select("span.chronicle-s")]
    assert spans == ["Shelling reported", "On 4 October 2020 shelling hit Jabrayil.", "Residents left the town."]
    rows = built.data("sentences.jsonl")
    assert rows[1]["dates"] == ["2020-10-04"] and rows[1]["districts"] == ["AZ-CAB"]
    assert built.data("sources.json")[0]["published"] == "2020-10-05"


def test_generated_pages_without_one_source_file_have_no_edit_link(site):
    assert site.html("dates/1993/").select_one('a[rel="edit"]') is None
    assert site.html("districts/aghdam-district/").select_one('a[rel="edit"]')["href"].endswith("/corpus/gazetteer/rayons.yaml")
    assert site.html("wars/interwar/").select_one('a[rel="edit"]')["href"].endswith("/corpus/wars.yaml")
