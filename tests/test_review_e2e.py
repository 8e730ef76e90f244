"""``chronicle diff`` on real builds: a git repository whose head adds a source, edits a sentence
and fixes a spelling in the gazetteer; the report names exactly those changes.

The repository holds the project's mkdocs.yml, site_src, overrides and reference data
with a corpus of three tiny sources written for this test; every build is real MkDocs,
run as the README runs it (``.venv/bin/mkdocs build``), and the CLI is the console script.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent

META = "title: {title}\npublished: \"{published}\"\nlanguage: en\nkind: news\nperspective: neutral\n"
SOUTH = """Shelling reported along the southern front
On 12 June 1993 artillery units shelled the outskirts of Fuzuli.
Jabrayil was shelled on 14 June 1993. On 15 June 1993 shelling hit the village of Zorvaten.
Residents said the water supply was cut for three days.
"""
AGHDAM = """A note on the Aghdam front
On 4 July 1993 an offensive on Aghdam began.
The town fell on 23 July 1993.
"""
EDITED = ("The town fell on 23 July 1993.", "The town fell on 23 July 1993 after a long siege.")
ADDED = """Fighting near Qubadli
On 31 August 1993 troops entered Qubadli.
"""
# An invented village, so that no real place's filing depends on this test.
VILLAGE = """
- id: zorvaten-test
  name: "{spelling}"
  kind: village
  district: AZ-FUZ
  names: [["{spelling}", en, English]]
"""
PAGES_ENV = {"SITE_URL": "https://owner.github.io/chronicle/", "CHRONICLE_EDIT_URL": "https://github.com/owner/chronicle/edit/main/"}
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
MISSPELT, FIXED = "Zarvatin", "Zorvaten"  # two edits apart: the tagger forgives one


@dataclass(frozen=True)
class Builds:
    base: Path
    base_again: Path
    head: Path
    report_md: str  # what `make diff` printed


def git(project: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org"}
    return subprocess.run(["git", *args], cwd=project, env=env, check=True, capture_output=True, text=True).stdout


def build(project: Path, site: Path, env: dict[str, str] | None = None) -> Path:
    """A real build of the checked-out commit; its log beside the site (``site.log``)."""
    proc = subprocess.run([str(BIN / "mkdocs"), "build", "-d", str(site)], cwd=project, capture_output=True, text=True,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    site.with_suffix(".log").write_text(proc.stdout + proc.stderr, encoding="utf-8")
    return site


def write_source(project: Path, stem: str, text: str, title: str, published: str) -> None:
    (project / "corpus" / "sources" / f"{stem}.txt").write_text(text, encoding="utf-8")
    (project / "corpus" / "sources" / f"{stem}.yml").write_text(META.format(title=title, published=published), encoding="utf-8")


def set_village_spelling(project: Path, spelling: str, original: str) -> None:
    (project / "corpus" / "gazetteer" / "places.yaml").write_text(original + VILLAGE.format(spelling=spelling), encoding="utf-8")


@pytest.fixture(scope="module")
def builds(tmp_path_factory) -> Builds:
    """Base: two sources, the village misspelt. Head: (a) a source added, (b) a sentence edited, (c) the spelling fixed."""
    tmp = tmp_path_factory.mktemp("review")
    project = tmp / "project"
    project.mkdir()
    for name in ("site_src", "overrides"):
        shutil.copytree(ROOT / name, project / name)
    shutil.copytree(ROOT / "corpus" / "gazetteer", project / "corpus" / "gazetteer")
    shutil.copy(ROOT / "corpus" / "wars.yaml", project / "corpus" / "wars.yaml")
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    (project / ".gitignore").write_text(".cache/\n", encoding="utf-8")
    (project / "corpus" / "sources").mkdir()
    places = (ROOT / "corpus" / "gazetteer" / "places.yaml").read_text(encoding="utf-8")
    write_source(project, "010_south", SOUTH, "Shelling reported along the southern front", "1993-06-16")
    write_source(project, "011_aghdam", AGHDAM, "A note on the Aghdam front", "1993-07-25")
    set_village_spelling(project, MISSPELT, places)
    git(project, "init", "-q", "-b", "main")
    git(project, "add", ".")
    git(project, "commit", "-q", "-m", "base")
    base_again = build(project, tmp / "base-again", PAGES_ENV)  # as the Pages workflow builds: the export is the same

    write_source(project, "012_qubadli", ADDED, "Fighting near Qubadli", "1993-09-01")
    git(project, "add", ".")
    git(project, "commit", "-q", "-m", "(a) a source added")
    aghdam = project / "corpus" / "sources" / "011_aghdam.txt"
    aghdam.write_text(aghdam.read_text(encoding="utf-8").replace(*EDITED), encoding="utf-8")
    git(project, "commit", "-q", "-am", "(b) a sentence edited")
    set_village_spelling(project, FIXED, places)
    git(project, "commit", "-q", "-am", "(c) a spelling fixed in the gazetteer")
    # `make diff BASE=HEAD~3`: the base in a worktree, the head as checked out; KEEP keeps both builds and their logs.
    keep = tmp / "keep"
    proc = subprocess.run(["bash", str(ROOT / "tools" / "diff_branch.sh"), "HEAD~3"], cwd=project, capture_output=True, text=True,
                          env={**os.environ, "KEEP": str(keep), "NO_MKDOCS_2_WARNING": "1"})
    assert proc.returncode == 0, proc.stderr
    return Builds(keep / "base", base_again, keep / "head", proc.stdout)


def diff(old: Path, new: Path, *args: str) -> str:
    proc = subprocess.run([str(BIN / "chronicle"), "diff", str(old), str(new), *args], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


@pytest.fixture(scope="module")
def report(builds) -> dict:
    out = diff(builds.base, builds.head, "--format", "json", "--base-warnings", str(builds.base.with_suffix(".log")),
               "--warnings", str(builds.head.with_suffix(".log")))
    return json.loads(out)


def test_two_builds_of_the_same_commit_are_no_changes(builds):
    assert "No changes to the chronicle." in diff(builds.base, builds.base_again)
    assert json.loads(diff(builds.base, builds.base_again, "--format", "json"))["unchanged"] is True


def test_the_added_source_is_named_with_its_statements(report):
    assert [s["id"] for s in report["sources_added"]] == ["012_qubadli"]
    assert [s["quote"] for s in report["statements_added"]] == ["Fighting near Qubadli", "On 31 August 1993 troops entered Qubadli."]
    assert report["sources_removed"] == [] and report["statements_removed"] == []


def test_the_edited_source_is_flagged_and_its_sentence_is_one_changed_quote(report):
    changed = report["sources_changed"]
    assert [s["id"] for s in changed] == ["011_aghdam"] and changed[0]["old_sha256"] != changed[0]["new_sha256"]
    assert [(q["old"]["quote"], q["new"]["quote"]) for q in report["quotes_changed"]] == [EDITED]
    assert report["anchors_gone"] == []


def test_the_spelling_fix_moves_the_village_statement_to_its_district(report):
    moved = [(r["statement"]["quote"], r["changes"]) for r in report["refiled"]]
    assert moved == [("On 15 June 1993 shelling hit the village of Zorvaten.",
                      [{"kind": "districts", "old": ["AZ-CAB"], "new": ["AZ-FUZ"]}])]


def test_claims_added_are_the_new_sources_and_the_village_claim_moves_with_its_sentence(report):
    claims = report["claims"]
    assert [(c["id"].split("/")[0], c["kind"], c["district"], c["date"]) for c in claims["added"]] == [
        ("012_qubadli", "control", "AZ-QBI", "1993-08-31")]
    assert [(c["claim"]["wording"], c["changes"]) for c in claims["changed"]] == [
        ("shelling", [{"field": "district", "old": "AZ-CAB", "new": "AZ-FUZ"}])]
    assert claims["removed"] == []


def test_pages_gained_and_lost_statements_where_the_statements_went(report):
    added = {p["url"] for p in report["pages_added"]}
    assert {"sources/012_qubadli/", "dates/1993-08-31/", "events/control-az-qbi-1993/"} <= added
    counts = {p["url"]: (p["old_statements"], p["new_statements"]) for p in report["pages_recounted"]}
    assert counts["districts/fuzuli-district/"] == (1, 2) and counts["districts/jabrayil-district/"] == (2, 1)
    assert all(p["kind"] in ("dates", "districts", "events", "wars") for p in report["pages_recounted"])


def test_the_unknown_place_name_is_read_from_the_build_log(builds, report):
    assert report["unknown_places"] == []  # the head knows the village
    back = json.loads(diff(builds.head, builds.base, "--format", "json", "--warnings", str(builds.base.with_suffix(".log")),
                           "--base-warnings", str(builds.head.with_suffix(".log"))))
    assert back["unknown_places"] == [FIXED]


def test_make_diff_prints_the_markdown_report_of_the_same_changes(builds):
    summary = [line for line in builds.report_md.splitlines() if line.startswith("- **")]
    assert summary[:4] == [
        "- **Sources**: 1 added, 1 changed ⚠ (a source must stay byte-identical)",
        "- **Statements**: 2 added (war pages 2, district pages 2, date pages 1), 1 filed under other pages",
        "- **Quotes**: 1 no longer match their old sentence",
        "- **Claims**: 1 added, 1 now say another date, place, kind or war",
    ]
    assert [line.split(":")[0] for line in summary[4:]] == ["- **Pages**"]  # nothing else: no event flipped, no name unknown


def test_a_build_for_pages_has_full_urls_and_edits_in_its_own_repository(builds):
    """mkdocs.yml reads SITE_URL and CHRONICLE_EDIT_URL; without a repo_url there is no widget asking GitHub's API."""
    site = builds.base_again
    home = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert home.select_one('link[rel="canonical"]')["href"] == PAGES_ENV["SITE_URL"]
    assert home.select_one('[data-md-component="source"]') is None
    locs = [loc.text for loc in ElementTree.parse(site / "sitemap.xml").getroot().iter(f"{SITEMAP}loc")]
    assert locs and all(loc.startswith(PAGES_ENV["SITE_URL"]) for loc in locs)
    source = BeautifulSoup((site / "sources" / "010_south" / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert source.select_one('a[rel="edit"]')["href"] == PAGES_ENV["CHRONICLE_EDIT_URL"] + "corpus/sources/010_south.txt"
