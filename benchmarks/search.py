"""Benchmark search: Pagefind's index size and build time, and the time a reader waits for a first result.

    .venv/bin/python benchmarks/search.py [--sizes real,100,1000] [--repeats 3] [--queries Fuzuli,Agdam]
    .venv/bin/python benchmarks/search.py --site /tmp/site [--repeats 3] [--no-index]

For the real site and for synthetic corpora (``benchmarks/build.py``'s
generator: the seeds copied round-robin), builds the site once with
``mkdocs build`` (which already runs Pagefind), then measures, as medians:

- index: what Pagefind writes under ``site/pagefind/`` (files, MB), the
  time ``build_search_index`` takes over the built site, and the peak RSS of
  Pagefind's own process (it holds every page's words at once: the figure
  that grows with the corpus);
- first result: in Debian's Chromium against the site on 127.0.0.1, the time
  from filling a query into the open search box to its first result on
  screen. "Cold" is the first query in a fresh browser context (nothing
  cached; fetching the WASM, the index chunks and the first fragments),
  "warm" a second query in the same box. Both include the box's 300 ms input
  debounce.

``--site`` measures a site built beforehand (a 10,000-source site is built
once, by ``scale.py`` or ``hook_clock.py``): Pagefind is run over it again
for the index figures (``--no-index`` keeps the index it has), then the
first-result figures are taken over that index.
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
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "plugins"), str(ROOT / "tests"), str(ROOT / "benchmarks")]

from playwright.sync_api import Browser, expect, sync_playwright  # noqa: E402

from browser_support import CHROMIUM, CHROMIUM_ARGS, TIMEOUT_MS, SiteServer  # noqa: E402
from build import synthetic_corpus  # noqa: E402

IGNORE = shutil.ignore_patterns(".venv", "site", ".git", ".cache", "__pycache__", ".pytest_cache", ".hypothesis", "test-artifacts")


def built_site(size: str, tmp: Path) -> tuple[Path, int, float]:
    """Build the real project, or a copy whose corpus is ``size`` synthetic sources: (site, sources, seconds)."""
    project = ROOT
    if size != "real":
        project = Path(shutil.copytree(ROOT, tmp / "project", ignore=IGNORE))
        corpus = project / "corpus" / "sources"
        shutil.rmtree(corpus)
        corpus.mkdir()
        synthetic_corpus(int(size), corpus)
    sources = len(list((project / "corpus" / "sources").glob("*.yml")))
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000"}
    cmd = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(project / "mkdocs.yml"), "-d", str(tmp / "site")]
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, cwd=project)
    return tmp / "site", sources, time.perf_counter() - start


# Indexes a site in a fresh process, so that its children's peak RSS is Pagefind's alone.
INDEX_ONCE = """
import json, resource, sys, time
from pathlib import Path
from chronicle.search_index import build_search_index
start = time.perf_counter()
index = build_search_index(Path(sys.argv[1]))
print(json.dumps({"s": time.perf_counter() - start, "files": index.files, "bytes": index.bytes,
                  "rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
"""


def index_figures(site: Path, repeats: int) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "plugins")}
    runs = [json.loads(subprocess.run([sys.executable, "-c", INDEX_ONCE, str(site)], check=True, env=env,
                                      capture_output=True, text=True).stdout) for _ in range(repeats)]
    pages = sum(1 for p in site.rglob("index.html") if "data-pagefind-body" in p.read_text(encoding="utf-8"))
    return {"pages": pages, "files": runs[-1]["files"], "mb": runs[-1]["bytes"] / 1e6,
            "index_s": statistics.median(r["s"] for r in runs), "rss_mb": statistics.median(r["rss_mb"] for r in runs)}


def first_result_ms(browser: Browser, base_url: str, queries: tuple[str, str]) -> tuple[float, float]:
    """Cold and warm: a first search in a context with an empty cache, then a second query in the same box."""
    context = browser.new_context(service_workers="block")
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    page.goto(base_url, wait_until="load")
    page.locator(".md-header pagefind-modal-trigger button").click()
    box = page.locator("pagefind-modal input")
    box.wait_for()
    waits = []
    for query in queries:
        start = time.perf_counter()
        box.fill(query)
        expect(page.locator("pagefind-summary")).to_contain_text(f"for {query}")
        page.locator("pagefind-results a.pf-result-link").first.wait_for()
        waits.append((time.perf_counter() - start) * 1000)
    context.close()
    return waits[0], waits[1]


def first_result_figures(browser: Browser, site: Path, queries: tuple[str, str], repeats: int) -> tuple[float, float]:
    """Medians of cold and warm first-result waits over ``repeats`` fresh contexts, the site served on 127.0.0.1."""
    with SiteServer(site) as server:
        waits = [first_result_ms(browser, server.base_url, queries) for _ in range(repeats)]
    return statistics.median(w[0] for w in waits), statistics.median(w[1] for w in waits)


def measure_site(site: Path, queries: tuple[str, str], repeats: int, reindex: bool) -> None:
    """The ``--site`` mode: index figures (unless ``reindex`` is off), then first-result waits."""
    if reindex:
        print(f"Pagefind over {site}, medians of {repeats}:", index_figures(site, repeats), flush=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        cold, warm = first_result_figures(browser, site, queries, repeats)
        browser.close()
    print(f"first result over {site}, queries {queries}, medians of {repeats}: cold {cold:.0f} ms, warm {warm:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="real,100,1000")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--queries", default="Fuzuli,Agdam", help="the cold query, then the warm one")
    parser.add_argument("--site", type=Path, help="measure this built site instead of building corpora")
    parser.add_argument("--no-index", action="store_true", help="with --site: keep the site's index, measure only first results")
    args = parser.parse_args()
    queries = tuple(args.queries.split(","))
    if args.site:
        measure_site(args.site, queries, args.repeats, reindex=not args.no_index)
        return
    print(f"Pagefind search, medians of {args.repeats}; queries {queries} (first result: cold, then warm, in ms)")
    print(f"  {'corpus':>8} {'sources':>8} {'pages':>7} {'build s':>8} {'files':>6} {'index MB':>9} {'index s':>8} {'RSS MB':>7} {'cold ms':>8} {'warm ms':>8}")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        for size in args.sizes.split(","):
            with tempfile.TemporaryDirectory() as tmp:
                site, sources, build_s = built_site(size, Path(tmp))
                figures = index_figures(site, args.repeats)
                cold, warm = first_result_figures(browser, site, queries, args.repeats)
            print(f"  {size:>8} {sources:>8} {figures['pages']:>7} {build_s:>8.1f} {figures['files']:>6} {figures['mb']:>9.2f} "
                  f"{figures['index_s']:>8.2f} {figures['rss_mb']:>7.0f} {cold:>8.0f} {warm:>8.0f}", flush=True)
        browser.close()


if __name__ == "__main__":
    main()
