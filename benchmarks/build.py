"""Benchmark the build: the real site with MkDocs, and the pipeline as the corpus grows.

    .venv/bin/python benchmarks/build.py [--sizes 5,100,1000] [--repeats 3]

Prints medians. "cold" runs every stage for every source; "warm" is what a
``mkdocs serve`` rebuild costs after one source changed: the other sources'
extraction is reused (as the plugin's cache does) and only that one source,
indexing and page rendering run again.
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

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from chronicle import ingest, pipeline  # noqa: E402
from chronicle.gazetteer import Gazetteer  # noqa: E402
from chronicle.wars import WarCatalog  # noqa: E402


def median_time(fn, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def mkdocs_build(repeats: int) -> float:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000"}
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(ROOT / "mkdocs.yml"), "-d", f"{tmp}/site"]
        return median_time(lambda: subprocess.run(cmd, check=True, env=env, cwd=ROOT), repeats)


def synthetic_corpus(size: int, dest: Path) -> Path:
    """``size`` sources: the seeds copied round-robin, each copy's first line made unique."""
    seeds = sorted((ROOT / "corpus" / "sources").glob("*.txt"))
    for i in range(size):
        seed = seeds[i % len(seeds)]
        text = seed.read_text(encoding="utf-8")
        (dest / f"{i:05d}_{seed.stem}.txt").write_text(f"Copy {i}: {text}", encoding="utf-8")
        shutil.copy(seed.with_suffix(".yml"), dest / f"{i:05d}_{seed.stem}.yml")
    return dest


def scaling(size: int, repeats: int, gazetteer: Gazetteer, catalog: WarCatalog) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        corpus = synthetic_corpus(size, Path(tmp))
        inputs = pipeline.Inputs(Path(tmp), corpus, ROOT / "corpus" / "gazetteer", ROOT / "corpus" / "wars.yaml")
        raws, diagnostics = ingest.read_corpus(corpus, Path(tmp))
        processed = [pipeline.process(r, gazetteer, catalog) for r in raws]

        def cold() -> None:
            pipeline.render_pages(pipeline.assemble([pipeline.process(r, gazetteer, catalog) for r in raws], diagnostics, gazetteer, catalog, inputs))

        def warm() -> None:
            changed = [pipeline.process(raws[0], gazetteer, catalog), *processed[1:]]
            pipeline.render_pages(pipeline.assemble(changed, diagnostics, gazetteer, catalog, inputs))

        pages = len(pipeline.render_pages(pipeline.assemble(processed, diagnostics, gazetteer, catalog, inputs)))
        return {"cold": median_time(cold, repeats), "warm": median_time(warm, repeats), "pages": pages}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="5,100,1000")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    gazetteer = Gazetteer.load(ROOT / "corpus" / "gazetteer")
    catalog = WarCatalog.load(ROOT / "corpus" / "wars.yaml")
    print(f"mkdocs build of the real site (5 sources), median of {args.repeats}: {mkdocs_build(args.repeats):.2f} s")
    print(f"\npipeline, corpus -> page Markdown (no MkDocs), median of {args.repeats}")
    print(f"  {'sources':>8} {'pages':>7} {'cold s':>8} {'warm s':>8} {'warm/cold':>10}")
    for size in (int(s) for s in args.sizes.split(",")):
        r = scaling(size, args.repeats, gazetteer, catalog)
        print(f"  {size:>8} {r['pages']:>7} {r['cold']:>8.2f} {r['warm']:>8.2f} {r['warm'] / r['cold']:>10.2f}")
    print(f"\npeak resident memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
