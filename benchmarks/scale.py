"""Benchmark whole builds at scale: the chronicle against bare MkDocs + Material with as many plain pages.

    .venv/bin/python benchmarks/scale.py [--sizes 100,1000,10000] [--repeats 3]

For each size, a synthetic corpus (the seeds copied round-robin, each copy made
unique; see ``benchmarks/build.py``) is built with ``mkdocs build`` using the
real project's configuration; then a project with the same number of plain
Markdown pages (a few paragraphs each) is built in the same run: the floor any
MkDocs site of that size pays.

The floor is built like the chronicle's site (``floor_config``): the same
theme and theme features (``navigation.prune`` among them), palette, Markdown
extensions and validation levels, and the same navigation (the chronicle's
``nav``: the hubs of each section), its plain pages spread over those
sections and left out of the navigation, as the chronicle's generated pages
are. Without that, Material writes the whole navigation (every page) into
every page: at 10,000 pages 3.8 MB a page, a floor no site of that size would
choose (8.5 hours projected). Not taken: the chronicle's theme overrides,
assets and its own plugin; the floor keeps Material's search plugin, its
search as Pagefind is the chronicle's.

Then the builds after an edit: one source changed (a sentence appended, another source each
time) and the chronicle built again with the cache the build before left in ``.cache/``, what a
second ``mkdocs build`` costs an editor; its ratio to the floor's whole build is printed beside.

Both builds run through ``hook_clock.py``. Prints medians of wall time, peak
RSS (of the build process or its largest child), pages, ms per page, the
plugin's share of the wall time (its hooks, the search indexer included), CPU seconds of both, the
ratio to the floor in wall time and in CPU time, site size, search index size, the load average
before and after the size's builds, and the largest generated page (statements and bytes).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build import synthetic_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
HOOK_CLOCK = Path(__file__).resolve().parent / "hook_clock.py"
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000"}
FLOOR_TAKES = ("theme", "markdown_extensions", "validation", "nav", "use_directory_urls")  # from the chronicle's mkdocs.yml
FLOOR_LEAVES = ("custom_dir",)  # of its theme: the overrides are the chronicle's own (Pagefind's search box)


class _ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml's ``!ENV [NAME, default]`` read as its default: the floor takes no settings from the environment."""


_ConfigLoader.add_constructor("!ENV", lambda loader, node: loader.construct_sequence(node)[-1] if isinstance(node, yaml.SequenceNode) else None)


def _run(args: list[str], cwd: Path) -> dict:
    """One ``mkdocs`` command in a child process, clocked by ``hook_clock.py``: wall seconds,
    seconds in the plugin's hooks, and peak RSS (MB) of the build process or its largest child."""
    out = subprocess.run([sys.executable, str(HOOK_CLOCK), *args], cwd=cwd, env=ENV, check=True, capture_output=True, text=True)
    run = json.loads(out.stdout.strip().splitlines()[-1])
    return {"seconds": run["wall"], "cpu": run["cpu"], "plugin": run["plugin"], "rss": max(run["rss_mb"], run["child_rss_mb"])}


def _medians(runs: list[dict]) -> dict:
    """Medians of the times of ``runs``, and their highest RSS."""
    return {**{key: statistics.median(r[key] for r in runs) for key in ("seconds", "cpu", "plugin")},
            "rss": max(r["rss"] for r in runs)}


def _median_build(args: list[str], cwd: Path, repeats: int) -> dict:
    """Cold builds (the extraction cache is emptied before each)."""
    runs = []
    for _ in range(repeats):
        shutil.rmtree(cwd / ".cache", ignore_errors=True)
        runs.append(_run(args, cwd))
    return _medians(runs)


def _median_edited_build(args: list[str], cwd: Path, sources: Path, repeats: int) -> dict:
    """Builds that find the cache of the build before, each after one more source got a sentence appended."""
    texts = sorted(sources.glob("*.txt"))
    runs = []
    for i in range(repeats):
        with texts[i * len(texts) // repeats].open("a", encoding="utf-8") as text:
            text.write(f"\nAn editor added sentence {i} to this source.\n")
        runs.append(_run(args, cwd))
    return _medians(runs)


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.exists() else 0


def chronicle_project(size: int, dest: Path) -> Path:
    """The real project (config, theme overrides, gazetteer, wars, hand-written pages) with a synthetic corpus."""
    ignore = shutil.ignore_patterns(".venv", "site", ".git", ".cache", "__pycache__", "tests", "test-artifacts", "sources")
    shutil.copytree(ROOT, dest, ignore=ignore)
    (dest / "corpus" / "sources").mkdir()
    synthetic_corpus(size, dest / "corpus" / "sources")
    return dest


def floor_config(chronicle_yml: Path = ROOT / "mkdocs.yml") -> dict:
    """The floor's configuration: the chronicle's theme, features, extensions, validation and navigation, Material's
    search as its only plugin (see the module's docstring)."""
    chronicle = yaml.load(chronicle_yml.read_text(encoding="utf-8"), Loader=_ConfigLoader)
    config = {"site_name": "Floor", "docs_dir": "docs", "plugins": ["search"]}
    config |= {key: chronicle[key] for key in FLOOR_TAKES if key in chronicle}
    config["theme"] = {key: value for key, value in config["theme"].items() if key not in FLOOR_LEAVES}
    return config


def nav_pages(nav: list) -> list[str]:
    """The Markdown files a ``nav`` lists, in its order."""
    found: list[str] = []
    for entry in nav:
        value = next(iter(entry.values())) if isinstance(entry, dict) else entry
        found.extend(nav_pages(value) if isinstance(value, list) else [value])
    return found


def floor_project(pages: int, dest: Path, chronicle_yml: Path = ROOT / "mkdocs.yml") -> Path:
    """``pages`` plain pages under ``floor_config``: the navigation's pages, and the rest spread round-robin over
    the folders of its sections (``wars/``, ``districts/``, ...), outside the navigation."""
    docs = dest / "docs"
    config = floor_config(chronicle_yml)
    listed = nav_pages(config.get("nav", [])) or ["index.md"]
    folders = sorted({Path(page).parent.as_posix() for page in listed} - {"."}) or ["pages"]
    paragraph = "A plain paragraph of about the length of a quoted statement, with a [link]({home}) in it. " * 3
    plain = [f"{folders[i % len(folders)]}/p{i:05d}.md" for i in range(max(pages - len(listed), 0))]
    for i, page in enumerate([*listed, *plain]):
        path = docs / page
        path.parent.mkdir(parents=True, exist_ok=True)
        home = "../" * page.count("/") + "index.md"
        path.write_text(f"# Page {i}\n\n" + "\n\n".join([paragraph.format(home=home)] * 8) + "\n", encoding="utf-8")
    (dest / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return dest


def largest_page(site: Path) -> tuple[str, int, int]:
    """The generated page with the most quoted statements: (path, statements, bytes)."""
    best = ("", 0, 0)
    for page in site.rglob("index.html"):
        html = page.read_text(encoding="utf-8")
        count = html.count('class="chronicle-quote"')
        if count > best[1]:
            best = (page.parent.relative_to(site).as_posix(), count, len(html.encode("utf-8")))
    return best


def measure(size: int, repeats: int) -> None:
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        project = chronicle_project(size, Path(tmp) / "chronicle")
        site = project / "site"
        build = _median_build(["build", "-q", "-d", str(site)], project, repeats)
        edited = _median_edited_build(["build", "-q", "-d", str(site)], project, project / "corpus" / "sources", repeats)
        pages = sum(1 for _ in site.rglob("index.html"))
        search = _size(site / "pagefind") or _size(site / "search")
        name, statements, page_bytes = largest_page(site)
        site_bytes = _size(site)
        shutil.rmtree(project)
        floor_dir = floor_project(pages, Path(tmp) / "floor")
        floor = _median_build(["build", "-q", "-d", str(floor_dir / "site")], floor_dir, repeats)
    seconds = build["seconds"]
    print(f"{size:>8} {pages:>7} {seconds:>9.1f} {build['rss']:>8.0f} {1000 * seconds / pages:>8.1f} "
          f"{100 * build['plugin'] / seconds:>7.0f}% {build['cpu']:>7.0f} {floor['seconds']:>9.1f} {floor['cpu']:>9.0f} {floor['rss']:>8.0f} "
          f"{seconds / floor['seconds']:>6.2f} {build['cpu'] / floor['cpu']:>6.2f} "
          f"{edited['seconds']:>8.1f} {edited['seconds'] / floor['seconds']:>7.2f} {site_bytes / 2**20:>8.1f} {search / 2**20:>8.1f} "
          f"{load:>5.1f}-{os.getloadavg()[0]:<5.1f}  {name} ({statements}, {page_bytes // 1024} KB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    print(f"medians of {args.repeats}; RSS is the peak of the build process or its largest child; "
          "plugin: share of the build's wall time spent in the chronicle plugin's hooks; "
          "CPU r: the ratio of CPU seconds (build process and children), which a busy machine inflates less; "
          "edit s: a build after one source was edited, with the cache of the build before; edit r: its ratio to the floor's build; "
          "floor: bare MkDocs + Material with the chronicle's theme, features (navigation.prune), Markdown extensions and nav, "
          "its plain pages in the nav's sections but outside the nav, as the generated pages are")
    print(f"{'sources':>8} {'pages':>7} {'build s':>9} {'RSS MB':>8} {'ms/page':>8} {'plugin':>8} {'CPU s':>7} {'floor s':>9} {'floor CPU':>9} "
          f"{'floor MB':>8} {'ratio':>6} {'CPU r':>6} {'edit s':>8} {'edit r':>7} {'site MB':>8} {'index MB':>8} {'load':>11}  largest page (statements, size)")
    for size in (int(s) for s in args.sizes.split(",")):
        measure(size, args.repeats)


if __name__ == "__main__":
    main()
