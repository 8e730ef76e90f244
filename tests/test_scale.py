"""The scale benchmark's floor: a bare MkDocs + Material site built as the chronicle's is, so the ratio compares like
with like (benchmarks/scale.py)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import scale  # noqa: E402

CHRONICLE = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=scale._ConfigLoader)


@pytest.mark.parametrize("key", ["features", "palette", "name", "font", "language"])
def test_the_floor_has_the_chronicles_theme(key):
    assert scale.floor_config()["theme"][key] == CHRONICLE["theme"][key]


@pytest.mark.parametrize("key", ["nav", "markdown_extensions", "validation", "use_directory_urls"])
def test_the_floor_has_the_chronicles_navigation_and_markdown(key):
    assert scale.floor_config()[key] == CHRONICLE[key]


def test_the_floor_leaves_the_chronicles_own_parts():
    config = scale.floor_config()
    assert "custom_dir" not in config["theme"] and config["plugins"] == ["search"]
    assert "custom_dir" in CHRONICLE["theme"]  # else the line above checks nothing


def test_env_tags_read_as_their_default(tmp_path):
    yml = tmp_path / "mkdocs.yml"
    yml.write_text("site_url: !ENV [SITE_URL, null]\ntheme: {name: material, custom_dir: x, edit: !ENV [EDIT, 'e/']}\n", encoding="utf-8")
    assert scale.floor_config(yml)["theme"] == {"name": "material", "edit": "e/"}


@pytest.mark.parametrize("nav, pages", [
    ([], []),
    (["index.md"], ["index.md"]),
    ([{"Home": "index.md"}, {"Wars": ["wars/index.md"]}, {"About": "about.md"}], ["index.md", "wars/index.md", "about.md"]),
    ([{"A": [{"B": ["a/b/index.md", "a/b/c.md"]}]}], ["a/b/index.md", "a/b/c.md"]),
])
def test_nav_pages(nav, pages):
    assert scale.nav_pages(nav) == pages


def test_a_floor_page_outside_the_navigation_links_no_other_plain_page(tmp_path):
    """The point of the fair floor: with the chronicle's pruned navigation, a plain page's HTML does not grow with the
    site (without it, every page listed every other page)."""
    project = scale.floor_project(40, tmp_path / "floor")
    sources = sorted((project / "docs").rglob("*.md"))
    assert len(sources) == 40
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-s"], cwd=project, env=env, check=True, capture_output=True)
    html = (project / "site" / "wars" / "p00004" / "index.html").read_text(encoding="utf-8")
    linked = set(re.findall(r'href="[^"#]*/(p\d{5})/"', html))
    assert linked == set()
    assert 'href="../../districts/"' in html  # the navigation's own pages are there


def test_each_build_after_an_edit_finds_one_more_source_changed(tmp_path, monkeypatch):
    """The edited builds spread over the corpus, as an editor's edits do, and each keeps the edits before it."""
    sources = tmp_path / "sources"
    sources.mkdir()
    for i in range(6):
        (sources / f"{i}.txt").write_text("A source.\n", encoding="utf-8")
    changed = []

    def build(args, cwd):
        changed.append(sorted(p.name for p in sources.glob("*.txt") if p.read_text(encoding="utf-8") != "A source.\n"))
        return {"seconds": 2.0, "cpu": 1.0, "plugin": 0.5, "rss": 10.0}

    monkeypatch.setattr(scale, "_run", build)
    medians = scale._median_edited_build(["build"], tmp_path, sources, 3)
    assert changed == [["0.txt"], ["0.txt", "2.txt"], ["0.txt", "2.txt", "4.txt"]]
    assert medians == {"seconds": 2.0, "cpu": 1.0, "plugin": 0.5, "rss": 10.0}
