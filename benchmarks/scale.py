"""Benchmark whole builds at scale: the chronicle against bare MkDocs + Material with as many plain pages.

    .venv/bin/python benchmarks/scale.py [--sizes 100,1000,10000] [--repeats 3]

For each size, a synthetic corpus (the seeds copied round-robin, each copy made
unique; see ``benchmarks/build.py``) is built with ``mkdocs build`` using the
real project's configuration; then a project with the same number of plain
Markdown pages (a few paragraphs each, the same theme, no plugins but search)
is built in the same run: the floor any MkDocs site of that size pays.

Prints medians of wall time and peak RSS (of the build process and its
children), pages, ms per page, the ratio to the floor, site size, search
index size, and the largest generated page (statements and bytes).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build import synthetic_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000"}
FLOOR_CONFIG = """site_name: Floor
docs_dir: docs
theme:
  name: material
  font: false
plugins: [search]
"""


def _run(cmd: list[str], cwd: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one build in a child process."""
    start = time.perf_counter()
    code = f"import resource, subprocess, sys; r = subprocess.run(sys.argv[1:]); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); sys.exit(r.returncode)"
    out = subprocess.run([sys.executable, "-c", code, *cmd], cwd=cwd, env=ENV, check=True, capture_output=True, text=True)
    return time.perf_counter() - start, int(out.stdout.strip().splitlines()[-1]) / 1024


def _median_build(cmd: list[str], cwd: Path, repeats: int) -> tuple[float, float]:
    """Cold builds: the extraction cache is emptied before each."""
    runs = []
    for _ in range(repeats):
        shutil.rmtree(cwd / ".cache", ignore_errors=True)
        runs.append(_run(cmd, cwd))
    return statistics.median(r[0] for r in runs), max(r[1] for r in runs)


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.exists() else 0


def chronicle_project(size: int, dest: Path) -> Path:
    """The real project (config, theme overrides, gazetteer, wars, hand-written pages) with a synthetic corpus."""
    ignore = shutil.ignore_patterns(".venv", "site", ".git", ".cache", "__pycache__", "tests", "test-artifacts", "sources")
    shutil.copytree(ROOT, dest, ignore=ignore)
    (dest / "corpus" / "sources").mkdir()
    synthetic_corpus(size, dest / "corpus" / "sources")
    return dest


def floor_project(pages: int, dest: Path) -> Path:
    docs = dest / "docs"
    docs.mkdir(parents=True)
    paragraph = "A plain paragraph of about the length of a quoted statement, with a [link](index.md) in it. " * 3
    (docs / "index.md").write_text("# Floor\n", encoding="utf-8")
    for i in range(pages - 1):
        (docs / f"p{i:05d}.md").write_text(f"# Page {i}\n\n" + "\n\n".join([paragraph] * 8) + "\n", encoding="utf-8")
    (dest / "mkdocs.yml").write_text(FLOOR_CONFIG, encoding="utf-8")
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
    with tempfile.TemporaryDirectory() as tmp:
        project = chronicle_project(size, Path(tmp) / "chronicle")
        site = project / "site"
        seconds, rss = _median_build([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(site)], project, repeats)
        pages = sum(1 for _ in site.rglob("index.html"))
        search = _size(site / "pagefind") or _size(site / "search")
        name, statements, page_bytes = largest_page(site)
        site_bytes = _size(site)
        shutil.rmtree(project)
        floor = floor_project(pages, Path(tmp) / "floor")
        floor_seconds, floor_rss = _median_build([sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(floor / "site")], floor, repeats)
    print(f"{size:>8} {pages:>7} {seconds:>9.1f} {rss:>8.0f} {1000 * seconds / pages:>8.1f} "
          f"{floor_seconds:>9.1f} {floor_rss:>8.0f} {seconds / floor_seconds:>6.2f} {site_bytes / 2**20:>8.1f} {search / 2**20:>8.1f}   {name} ({statements}, {page_bytes // 1024} KB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    print(f"medians of {args.repeats}; RSS is the peak of the build process")
    print(f"{'sources':>8} {'pages':>7} {'build s':>9} {'RSS MB':>8} {'ms/page':>8} {'floor s':>9} {'floor MB':>8} {'ratio':>6} {'site MB':>8} {'index MB':>8}   largest page (statements, size)")
    for size in (int(s) for s in args.sizes.split(",")):
        measure(size, args.repeats)


if __name__ == "__main__":
    main()
