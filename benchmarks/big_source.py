"""Benchmark one large source through the whole pipeline: is the work linear in its size?

    .venv/bin/python benchmarks/big_source.py [--sizes-mb 1,3,9] [--repeats 3]

A source of N MB is made by repeating the seeds' paragraphs (each copy's
first words made unique, so sentence anchors differ). It is read, segmented,
extracted, indexed and its pages rendered to HTML, as the plugin does; then
a source over the size limit is refused. Prints CPU seconds (medians), seconds
per MB, and the refusal time.
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

from chronicle import ingest, pipeline  # noqa: E402
from chronicle.gazetteer import Gazetteer  # noqa: E402
from chronicle.wars import WarCatalog  # noqa: E402

MB = 1_000_000


def big_text(size: int) -> str:
    lines = [line for p in sorted((ROOT / "corpus" / "sources").glob("*.txt")) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    out, n, total = [], 0, 0
    while total < size:
        line = f"Copy {n}: {lines[n % len(lines)]}"
        out.append(line)
        total += len(line.encode("utf-8")) + 1
        n += 1
    return "\n".join(out) + "\n"


def run_once(corpus: Path, gazetteer: Gazetteer, catalog: WarCatalog) -> float:
    start = time.process_time()
    raws, diagnostics = ingest.read_corpus(corpus, corpus.parent, max_source_bytes=20 * MB)
    inputs = pipeline.Inputs(corpus.parent, corpus, ROOT / "corpus" / "gazetteer", ROOT / "corpus" / "wars.yaml")
    build = pipeline.assemble([pipeline.process(r, gazetteer, catalog) for r in raws], diagnostics, gazetteer, catalog, inputs)
    pipeline.render_pages(build)
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes-mb", default="1,3,9")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    gazetteer = Gazetteer.load(ROOT / "corpus" / "gazetteer")
    catalog = WarCatalog.load(ROOT / "corpus" / "wars.yaml")
    print(f"{'MB':>5} {'CPU s':>8} {'s per MB':>9}   (median of {args.repeats})")
    for size in (float(s) for s in args.sizes_mb.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            corpus = Path(tmp) / "sources"
            corpus.mkdir()
            (corpus / "big.txt").write_text(big_text(int(size * MB)), encoding="utf-8")
            seconds = statistics.median(run_once(corpus, gazetteer, catalog) for _ in range(args.repeats))
        print(f"{size:>5.0f} {seconds:>8.1f} {seconds / size:>9.2f}")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "sources"
        corpus.mkdir()
        with (corpus / "huge.txt").open("wb") as f:
            f.truncate(50 * MB)
        start = time.perf_counter()
        raws, diagnostics = ingest.read_corpus(corpus, Path(tmp))
        elapsed = time.perf_counter() - start
        assert not raws and diagnostics
        print(f"a 50 MB source refused in {elapsed * 1000:.1f} ms: {diagnostics[0]}")


if __name__ == "__main__":
    main()
