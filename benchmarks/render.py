"""Benchmark page rendering alone: the corpus extracted once, then ``render_site`` timed.

    PYTHONPATH=plugins .venv/bin/python benchmarks/render.py [--sizes 100,1000] [--repeats 3]

A whole build mixes extraction, rendering, MkDocs' templates and Pagefind, and
on a shared machine its wall time says little about any one of them. This
script extracts a synthetic corpus (``build.synthetic_corpus``) once, then
renders every page ``--repeats`` times as ``mkdocs build`` does (each page's
HTML packed as it is made) and prints medians of CPU seconds (which a busy
machine inflates less than wall time) and wall seconds, with the pages, the
quotes they show and the load average.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))
sys.path.insert(1, str(ROOT / "benchmarks"))

from build import synthetic_corpus  # noqa: E402
from chronicle import pipeline  # noqa: E402
from chronicle.render.common import packed  # noqa: E402
from chronicle.render.site import render_site  # noqa: E402


def measure(size: int, repeats: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = synthetic_corpus(size, Path(tmp))
        inputs = pipeline.Inputs(ROOT, corpus, ROOT / "corpus" / "gazetteer", ROOT / "corpus" / "wars.yaml")
        build = pipeline.run(inputs)
    cpu, wall = [], []
    for _ in range(repeats):
        start, start_cpu = time.perf_counter(), time.process_time()
        pages = render_site(build, keep=packed).pages()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    quotes = sum(str(p.body).count('class="chronicle-quote"') for p in pages)
    load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    print(f"{size:>8} {len(pages):>7} {quotes:>8} {statistics.median(cpu):>8.2f} {statistics.median(wall):>8.2f} {1000 * statistics.median(cpu) / len(pages):>8.2f}   {load}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,1000")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    print(f"render_site, medians of {args.repeats}")
    print(f"{'sources':>8} {'pages':>7} {'quotes':>8} {'CPU s':>8} {'wall s':>8} {'ms/page':>8}   load average")
    for size in (int(s) for s in args.sizes.split(",")):
        measure(size, args.repeats)


if __name__ == "__main__":
    main()
