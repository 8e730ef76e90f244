"""`mkdocs serve --dirty`, as an editor runs it: an edit to a source shows on its page, and only changed pages are rewritten."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from conftest import ROOT, mkdocs_build, tiny_project

POLL_SECONDS = 90  # a busy 2-core runner; the wait ends as soon as the page shows the edit


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def _wait_for(url: str, needle: str) -> str:
    deadline = time.monotonic() + POLL_SECONDS
    while time.monotonic() < deadline:
        body = _fetch(url)
        if body and needle in body:
            return body
        time.sleep(0.2)
    pytest.fail(f"{url} did not show {needle!r} within {POLL_SECONDS} s")


@pytest.fixture
def served(tmp_path):
    project = tiny_project(tmp_path, {
        "a.txt": "First source\nAgdam fell on 23 July 1993.\n",
        "b.txt": "Second source\nFuzuli fell on 23 August 1993.\n",
    })
    (project / "docs" / "index.md").write_text("# Tiny\n\n<!-- chronicle:overview -->\n", encoding="utf-8")
    (project / "docs" / "about.md").write_text("# About this chronicle\n\nHow it is made.\n", encoding="utf-8")
    port = _free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    cmd = [sys.executable, "-m", "mkdocs", "serve", "--dirty", "--livereload", "-a", f"127.0.0.1:{port}", "-f", str(project / "mkdocs.yml")]
    proc = subprocess.Popen(cmd, cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        yield project, f"http://127.0.0.1:{port}/"
    finally:
        proc.send_signal(signal.SIGINT)  # as Ctrl-C: MkDocs removes its temporary site
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def test_an_edit_to_a_source_shows_on_its_page_and_its_date_page(served):
    project, base = served
    _wait_for(base + "sources/a/", "Agdam fell on 23 July 1993.")
    with (project / "sources" / "a.txt").open("a", encoding="utf-8") as f:
        f.write("Shusha fell on 8 May 1992.\n")
    _wait_for(base + "sources/a/", "Shusha fell on 8 May 1992.")
    _wait_for(base + "dates/1992-05-08/", "Shusha fell on 8 May 1992.")
    _wait_for(base, "shusha-district/")  # the home page's overview counts the new district
    assert "Fuzuli fell on 23 August 1993." in _wait_for(base + "sources/b/", "Second source")


def test_pages_that_did_not_change_are_not_rewritten_and_those_that_did_are(served):
    """Generated pages and hand-written ones (the home page holds the overview, which this edit leaves as it was)."""
    project, base = served
    _wait_for(base + "sources/a/", "Agdam fell on 23 July 1993.")
    site = _served_site_dir(project)
    names = ("sources/a", "dates/1993-07-23", "sources/b", "dates/1993-08-23", "about", "")
    pages = {name: site / name / "index.html" for name in names}
    written = {name: path.stat().st_mtime_ns for name, path in pages.items()}
    text = (project / "sources" / "a.txt").read_text(encoding="utf-8")
    (project / "sources" / "a.txt").write_text(text.replace("Agdam fell", "Aghdam fell"), encoding="utf-8")
    _wait_for(base + "dates/1993-07-23/", "Aghdam fell on 23 July 1993.")
    rewritten = {name for name, path in pages.items() if path.stat().st_mtime_ns != written[name]}
    assert rewritten == {"sources/a", "dates/1993-07-23"}


def _served_site_dir(project: Path) -> Path:
    """mkdocs serve builds into a temporary folder; find it by the page it must hold."""
    import tempfile

    candidates = sorted(Path(tempfile.gettempdir()).glob("mkdocs_*/sources/b/index.html"), key=lambda p: p.stat().st_mtime_ns)
    assert candidates, "no served site found"
    return candidates[-1].parent.parent.parent


SEEDS = sorted((ROOT / "corpus" / "sources").glob("*.txt"))
SERVE_EDITS = {  # one after the other, each followed by a rebuild; ``p`` is the project
    "a dated sentence appended": lambda p: _append(p / "sources" / SEEDS[1].name, "\nThe town of Tartar was shelled on 1 May 1994.\n"),
    "a claim appended": lambda p: _append(p / "sources" / SEEDS[2].name, "\nArmenian forces captured Agdam on 2 August 1993.\n"),
    "an event's date changed": lambda p: _replace(p / "sources" / SEEDS[2].name, "Agdam on 2 August 1993", "Agdam on 3 August 1993"),
    "a sentence without a claim appended": lambda p: _append(p / "sources" / SEEDS[2].name, "\nThe report was revised on 5 May 1994 in Tartar.\n"),
    "a perspective changed, the claims as they were": lambda p: _replace(p / "sources" / SEEDS[2].with_suffix(".yml").name, "perspective: neutral",
                                                                       "perspective: azerbaijani"),
    "a source removed": lambda p: [(p / "sources" / SEEDS[4].name).unlink(), (p / "sources" / SEEDS[4].with_suffix(".yml").name).unlink()],
    "a source added": lambda p: (p / "sources" / "900_new.txt").write_text("A new source\n\nFuzuli was shelled on 20 August 1993.\n",
                                                                        encoding="utf-8"),
    "a district renamed": lambda p: _replace(p / "gazetteer" / "rayons.yaml", "name: Aghdam District", "name: Agdam District"),
    "an unchanged source touched": lambda p: _append(p / "sources" / SEEDS[0].name, ""),
    "the site renamed": lambda p: _replace(p / "mkdocs.yml", "site_name: Tiny chronicle", "site_name: A tiny chronicle"),  # every page
    "a place named again": lambda p: _append(p / "sources" / SEEDS[1].name, "\nArmenian forces captured Fuzuli on 23 August 1993.\n"),
    "a place's sentence removed": lambda p: _replace(p / "sources" / SEEDS[2].name, "Armenian forces captured Agdam on 3 August 1993.", ""),
    "pages without folders": lambda p: _append(p / "mkdocs.yml", "use_directory_urls: false\n"),  # every URL of the export changes
    "a dated sentence appended there": lambda p: _append(p / "sources" / SEEDS[3].name, "\nFuzuli was shelled on 21 August 1993.\n"),
    # a page comes for a district and a campaign the seeds file nothing under: the pages that link them render again
    "a district's first statement": lambda p: _append(p / "sources" / SEEDS[1].name, "\nArtillery fire was heard near Lachin on 26 August 2022.\n"),
    "a campaign's first statement": lambda p: _append(p / "sources" / SEEDS[2].name, "\nClashes broke out near Mardakert on 4 March 2008.\n"),
    "a period's first statement": lambda p: _append(p / "sources" / SEEDS[1].name, "\nClashes were reported in Jabrayil on 3 April 2016.\n"),
}


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{path.name} no longer holds {old!r}: the edit would test nothing"
    path.write_text(text.replace(old, new), encoding="utf-8")


def _files(site: Path) -> dict[str, bytes]:
    """Every file of a built site but the search index (``mkdocs serve`` indexes once, at its first build)."""
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*"))
            if p.is_file() and "pagefind" not in p.relative_to(site).parts}


# The real site's navigation, pruned by Material: a page outside it shows a link per section (and a blank line per entry of
# it), the pages in it their section; edits add and remove years of the Timeline ("a period's first statement": 2016).
PRUNED_NAV = """theme:
  name: material
  font: false
  features: [navigation.prune, navigation.indexes]
nav:
  - Home: index.md
  - Wars and periods: [wars/index.md]
  - Districts: [districts/index.md]
  - Timeline: [dates/index.md]
  - Events: [events/index.md]
  - Sources: [sources/index.md]
  - About: about.md
"""


@pytest.mark.parametrize(("per_page", "nav"), [(None, ""), (8, ""), (None, PRUNED_NAV)],
                         ids=["pages as configured", "every war and district split in parts", "the real site's pruned navigation"])
def test_serve_rebuilds_write_what_a_full_build_writes(tmp_path, per_page, nav):
    """The plugin's reuse between rebuilds (index, events, pages, parts of pages, counts, export lines) leaves no stale byte
    behind; split in parts of a few statements, a war's year or a district's war has parts an edit leaves as they were."""
    project = tiny_project(tmp_path, {p.name: p.read_bytes() for s in SEEDS for p in (s, s.with_suffix(".yml"))})
    if per_page:
        _replace(project / "mkdocs.yml", "      sources_dir: sources\n", f"      sources_dir: sources\n      max_statements_per_page: {per_page}\n")
    if nav:
        _replace(project / "mkdocs.yml", "theme:\n  name: material\n  font: false\n", nav)
    (project / "docs" / "index.md").write_text("# Tiny\n\n<!-- chronicle:overview -->\n", encoding="utf-8")  # the districts by war
    # A hand-written page a rebuild may leave as written: the navigation of the pages it writes still shows its title,
    # and its link to a page an edit removes is resolved, then left as written (with a warning), as a full build does.
    (project / "docs" / "about.md").write_text(f"# About this chronicle\n\nSee [a source](sources/{SEEDS[4].stem}.md).\n", encoding="utf-8")
    shutil.copytree(ROOT / "corpus" / "gazetteer", project / "gazetteer")  # a copy the edits may rename a district in
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    (project / "mkdocs.yml").write_text(config.replace(str(ROOT / "corpus" / "gazetteer"), str(project / "gazetteer")), encoding="utf-8")
    served = tmp_path / "served"

    def rebuild():  # what `mkdocs serve --dirty` does on each change: a new config, the same plugin instance
        config = load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(served))
        build(config, serve_url="http://127.0.0.1:8000/", dirty=True)

    load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(served)).plugins.on_startup(command="serve", dirty=True)
    rebuild()
    stale, theirs = {}, {}
    for n, (name, edit) in enumerate(SERVE_EDITS.items()):  # each rebuild against a full build: a later edit may mend what an earlier left stale
        edit(project)
        rebuild()
        full = mkdocs_build(project, tmp_path / f"full-{n}")
        assert full.returncode == 0, full.log
        mine, theirs = _files(served), _files(full.site)
        stale[name] = sorted(path for path in theirs if mine.get(path) != theirs[path])
    assert stale == dict.fromkeys(SERVE_EDITS, [])
    assert {"data/events.csv", "data/claims.jsonl", "sources/900_new.html"} <= theirs.keys()  # the last edits: pages without folders
    assert "Agdam District" in theirs["districts/index.html"].decode("utf-8")
    assert "districts-by-war" in theirs["index.html"].decode("utf-8")


def test_a_rebuild_rewrites_the_export_files_whose_text_changed_and_no_other(tmp_path):
    """Each export file is rewritten after an edit exactly when its text changed (``mkdocs serve`` compares its pieces)."""
    project = tiny_project(tmp_path, {"a.txt": "First source\nAgdam fell on 23 July 1993.\n", "b.txt": "Second source\nFuzuli fell on 23 August 1993.\n"})
    served = tmp_path / "served"
    load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(served)).plugins.on_startup(command="serve", dirty=True)
    build(load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(served)), serve_url="http://127.0.0.1:8000/", dirty=True)
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in sorted((served / "data").rglob("*")) if p.is_file()}
    time.sleep(0.01)  # a rewrite shows in the modification time
    _append(project / "sources" / "a.txt", "The town of Tartar was shelled on 1 May 1994.\n")
    build(load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(served)), serve_url="http://127.0.0.1:8000/", dirty=True)
    changed = {p.name for p, (_, text) in before.items() if p.read_bytes() != text}
    rewritten = {p.name for p, (written, _) in before.items() if p.stat().st_mtime_ns != written}
    assert {"sentences.jsonl", "mentions.jsonl"} <= changed and "dataset.jsonld" not in changed
    assert rewritten == changed


def test_a_year_added_to_the_timeline_leaves_the_pages_outside_the_navigation_as_written(tmp_path):
    """Material writes a blank line per child of a pruned section: folded (``navigation.quiet_navigation``), a year added to
    the Timeline rewrites the pages in the navigation and those the edit reached, not every page of the site."""
    project = tiny_project(tmp_path, {"a.txt": "First source\nAgdam fell on 23 July 1993.\n", "b.txt": "Second source\nFuzuli fell on 23 August 1993.\n"})
    _replace(project / "mkdocs.yml", "theme:\n  name: material\n  font: false\n", PRUNED_NAV)
    served = tmp_path / "served"

    def rebuild():
        build(load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(served)), serve_url="http://127.0.0.1:8000/", dirty=True)

    load_config(config_file=str(project / "mkdocs.yml"), site_dir=str(served)).plugins.on_startup(command="serve", dirty=True)
    rebuild()
    written = {p.parent.relative_to(served).as_posix(): p.stat().st_mtime_ns for p in served.rglob("index.html")}
    time.sleep(0.01)  # a rewrite shows in the modification time
    _append(project / "sources" / "a.txt", "Clashes were reported in Jabrayil on 3 April 2016.\n")
    rebuild()
    now = {p.parent.relative_to(served).as_posix(): p.stat().st_mtime_ns for p in served.rglob("index.html")}
    assert "dates/2016" in now.keys() - written.keys()  # the year is new: the Timeline's section has one child more
    rewritten = {name for name, stamp in written.items() if now.get(name) != stamp}
    assert {"dates", "sources/a"} <= rewritten  # in the navigation; reached by the edit
    assert not {"sources/b", "dates/1993-07-23"} & rewritten  # outside the navigation, and out of the edit's reach
    full = mkdocs_build(project, tmp_path / "full")
    assert full.returncode == 0, full.log
    assert _files(served) == _files(full.site)  # and as a full build writes them
