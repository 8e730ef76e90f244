"""Shared fixtures: the real site built once per session, and tiny sites built in temp dirs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from hypothesis import settings
from playwright.sync_api import sync_playwright

from browser_support import CHROMIUM, CHROMIUM_ARGS, CHROMIUM_MISSING, SiteServer, Watch, watched_context

ROOT = Path(__file__).resolve().parent.parent
os.environ["NO_MKDOCS_2_WARNING"] = "1"
os.environ.setdefault("SOURCE_DATE_EPOCH", "1700000000")
# Builds and servers the tests start as subprocesses run this checkout's plugin too (pyproject's pytest
# `pythonpath` covers only this process), not whichever checkout the shared editable install points at.
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, (str(ROOT / "plugins"), os.environ.get("PYTHONPATH"))))
# In CI the property tests draw the same examples on every run, so a red run names a change, not a draw; elsewhere
# each run draws afresh (and a failure found so is fixed with a table row of its example).
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


def pytest_collection_modifyitems(config, items) -> None:
    """Without Debian's chromium the ``browser`` tests are skipped, saying what to install, rather than erroring."""
    if Path(CHROMIUM).exists():
        return
    skip = pytest.mark.skip(reason=CHROMIUM_MISSING)
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@dataclass
class BuiltSite:
    root: Path  # the project that was built
    site: Path
    returncode: int
    log: str

    def html(self, url_path: str) -> BeautifulSoup:
        """Parse a built page given its site-relative URL (``sources/x/``)."""
        path = self.site / url_path
        if url_path.endswith("/") or not url_path:
            path = path / "index.html"
        return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")

    def data(self, name: str):
        text = (self.site / "data" / name).read_text(encoding="utf-8")
        return json.loads(text) if name.endswith(".json") else [json.loads(line) for line in text.splitlines()]


def mkdocs_build(project: Path, site: Path, *, strict: bool = False, env: dict | None = None) -> BuiltSite:
    cmd = [sys.executable, "-m", "mkdocs", "build", "-f", str(project / "mkdocs.yml"), "-d", str(site)]
    if strict:
        cmd.append("--strict")
    run_env = {**os.environ, **(env or {})}
    proc = subprocess.run(cmd, capture_output=True, text=True, env=run_env, cwd=project)
    return BuiltSite(project, site, proc.returncode, proc.stdout + proc.stderr)


@pytest.fixture(scope="session")
def base_url(site) -> str:
    """The real site served on 127.0.0.1 for the browser tests."""
    with SiteServer(site.site) as server:
        yield server.base_url


@pytest.fixture
def watch() -> Watch:
    return Watch()


@pytest.fixture
def page(browser, watch):
    """A desktop page whose console errors and off-host requests the test can fail on (``watch.assert_clean``)."""
    context = watched_context(browser, watch)
    yield context.new_page()
    context.close()


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium, driven by Playwright (no browser download)."""
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> BuiltSite:
    """The real site from the real corpus, built strictly once for the session."""
    built = mkdocs_build(ROOT, tmp_path_factory.mktemp("real") / "site", strict=True)
    assert built.returncode == 0, built.log
    return built


TINY_CONFIG = """
site_name: Tiny chronicle
docs_dir: docs
theme:
  name: material
  font: false
plugins:
  - chronicle:
      sources_dir: sources
      gazetteer_dir: {gazetteer}
      wars_file: {wars}
markdown_extensions: [footnotes, attr_list, md_in_html, tables, admonition, toc]
validation:
  anchors: warn
  unrecognized_links: warn
"""


def tiny_project(tmp: Path, files: dict[str, bytes | str]) -> Path:
    """A project holding only ``files`` (under sources/), with the real gazetteer and wars."""
    project = Path(tempfile.mkdtemp(prefix="project-", dir=tmp))
    (project / "docs").mkdir(parents=True)
    (project / "docs" / "index.md").write_text("# Tiny\n", encoding="utf-8")
    (project / "sources").mkdir()
    for name, content in files.items():
        path = project / "sources" / name
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)
    config = TINY_CONFIG.format(gazetteer=ROOT / "corpus" / "gazetteer", wars=ROOT / "corpus" / "wars.yaml")
    (project / "mkdocs.yml").write_text(textwrap.dedent(config), encoding="utf-8")
    return project


@pytest.fixture
def tiny_site(tmp_path):
    """Build a tiny site from a dict of source files: ``tiny_site(files, strict=False)``."""

    def build(files: dict[str, bytes | str], *, strict: bool = False) -> BuiltSite:
        project = tiny_project(tmp_path, files)
        return mkdocs_build(project, project / "site", strict=strict)

    return build


def copy_project(dest: Path) -> Path:
    """A copy of the real project (without build products) to build from elsewhere."""
    ignore = shutil.ignore_patterns(".venv", "site", ".git", ".cache", "__pycache__", ".pytest_cache", ".hypothesis", "test-artifacts")
    shutil.copytree(ROOT, dest, ignore=ignore)
    return dest
