"""No page grows without bound: long lists of statements continue on pages of their own, and every statement stays reachable."""

from __future__ import annotations

from conftest import mkdocs_build, tiny_project

LIMIT = 3
TOWNS = ["Agdam", "Fuzuli", "Jabrayil", "Qubadli", "Zangilan"]


def _build(tmp_path):
    files = {f"{i:02d}.txt": f"Report {i}\nAgdam fell on 23 July 1993, said witness {i}.\n{TOWNS[i % 5]} was shelled on {i + 1} August 1993.\n" for i in range(10)}
    project = tiny_project(tmp_path, files)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("      sources_dir: sources", f"      sources_dir: sources\n      max_statements_per_page: {LIMIT}"))
    return mkdocs_build(project, project / "site", strict=False)


def test_long_lists_are_split_and_every_statement_stays_reachable(tmp_path):
    built = _build(tmp_path)
    assert built.returncode == 0, built.log
    assert "not found among documentation files" not in built.log and "does not contain an anchor" not in built.log
    pages = {p.parent.relative_to(built.site).as_posix(): p for p in built.site.rglob("index.html")}
    quotes = {name: built.html(name + "/").select("article q.chronicle-quote") for name in pages if name.startswith(("dates", "wars", "districts"))}
    assert max(len(q) for q in quotes.values()) == LIMIT
    # A busy day continues on numbered parts, broken where the statements' own keys say (``render.parts``).
    day = sorted((name for name in quotes if name.startswith("dates/1993-07-23")), key=lambda name: (len(name), name))
    assert day == ["dates/1993-07-23", *(f"dates/1993-07-23-{n}" for n in range(2, len(day) + 1))] and len(day) >= 4
    shown = [q.get_text() for name in day for q in quotes[name]]
    assert sorted(shown) == sorted(f"Agdam fell on 23 July 1993, said witness {i}." for i in range(10))
    pager = built.html("dates/1993-07-23-2/").select_one("article nav.chronicle-pager")
    assert [a.get_text() for a in pager.select("a")] == ["1", *(str(n) for n in range(3, len(day) + 1))] and pager.select_one("strong").get_text() == "2"
    aghdam = built.html("districts/aghdam-district/")
    assert not aghdam.select("article q.chronicle-quote") and aghdam.select("article a[href*='first-nagorno-karabakh-war']")
    war = built.html("wars/first-nagorno-karabakh-war/")
    assert "1993" in [a.get_text() for a in war.select("article ul.chronicle-years a")]
    assert not war.select("article q.chronicle-quote")


def test_a_busy_year_lists_its_months_with_counts_that_match_their_pages(tmp_path):
    built = _build(tmp_path)
    year = built.html("dates/1993/")
    counts = {a.get_text(): int(a.parent.get_text().rsplit("(", 1)[1].rstrip(")")) for a in year.select("article ul.chronicle-children a")}
    assert counts == {"July 1993": 10, "August 1993": 10}


def test_statements_dated_to_a_whole_busy_year_move_to_pages_of_their_own(tmp_path):
    files = {f"{i:02d}.txt": f"Report {i}\nFighting went on in Agdam throughout 1993, said witness {i}.\n" for i in range(5)}
    project = tiny_project(tmp_path, files)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("      sources_dir: sources", f"      sources_dir: sources\n      max_statements_per_page: {LIMIT}"))
    built = mkdocs_build(project, project / "site", strict=False)
    assert built.returncode == 0, built.log
    assert not built.html("dates/1993/").select("article q.chronicle-quote")
    parts = sorted(p.parent.relative_to(built.site).as_posix() for p in (built.site / "dates").glob("1993-whole*/index.html"))
    assert parts[:2] == ["dates/1993-whole", "dates/1993-whole-2"]
    shown = [q.get_text() for part in parts for q in built.html(part + "/").select("article q.chronicle-quote")]
    assert sorted(shown) == sorted(f"Fighting went on in Agdam throughout 1993, said witness {i}." for i in range(5))
