"""CPU microseconds per sentence, by stage, for a sentence with nothing in it and for the seeds' sentences.

    .venv/bin/python benchmarks/sentence_cost.py [--runs 3] [--base main]

Throughput hides what a sentence costs: 1 MB/s is about 120 us for a sentence of the seeds. Two inputs are
timed: "plain", prose with no date, place, war or claim in it (what every stage pays for a sentence it finds
nothing in: the floor its gates leave), and "seeds", the seeds' lines as ``extraction.py`` cuts them (each
made unique by its "Copy N:" prefix). Each figure is the median of ``--runs`` runs of ``process_many`` in
this process, split by stage as ``extraction.py`` does; ``--base`` (a git revision) also times that
revision's plugins on the same input, run by run in turn, for a before/after on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))
sys.path.insert(1, str(ROOT / "benchmarks"))

import extraction  # noqa: E402
from extraction_ab import export  # noqa: E402
from chronicle import ingest, pipeline  # noqa: E402
from chronicle.gazetteer import Gazetteer  # noqa: E402
from chronicle.model import RawSource, SourceMeta  # noqa: E402
from chronicle.segment import segment, split_sentences  # noqa: E402
from chronicle.wars import WarCatalog  # noqa: E402

# Prose with nothing for any stage to find: no digit, no month, no name, no event verb.
PLAIN = (
    "The people of the region went back to their homes and found that most of them were still standing.",
    "Many families said that they would stay with relatives until the roads were repaired.",
    "Teachers opened the school again and children brought their own books from home.",
    "Nobody knew how long the work would take, but the mood in the streets was calm.",
    "Shops sold bread and milk, and the market filled with people in the afternoon light.",
)
PLAIN_SENTENCES = 4000


def plain_sources() -> list[RawSource]:
    """20 sources of 40 paragraphs of five plain sentences each."""
    paragraphs = ["  ".join(PLAIN[(i + k) % len(PLAIN)] for k in range(5)) for i in range(PLAIN_SENTENCES // 5)]
    return [RawSource(f"plain-{n}", f"plain/{n}.txt", f"{n:064d}", SourceMeta(title="Plain prose", language="en"),
                      tuple(ingest.text_blocks("\n\n".join(paragraphs[n * 40:(n + 1) * 40]))), "txt") for n in range(20)]


def measure(runs: int) -> dict[str, dict[str, float]]:
    """Median microseconds per sentence of each stage and in all, for each input."""
    gazetteer = Gazetteer.load(ROOT / "corpus" / "gazetteer")
    catalog = WarCatalog.load(ROOT / "corpus" / "wars.yaml")
    out = {}
    for name, raws in (("plain", plain_sources()), ("seeds", extraction.corpus(500_000, 50))):
        count = sum(len(p.sentences) for raw in raws for p in segment(raw).paragraphs)
        pipeline.process(raws[0], gazetteer, catalog)  # tables loaded, patterns compiled
        seen: list[dict[str, float]] = []
        for _ in range(runs):
            split_sentences.cache_clear()
            with extraction.StageClock() as clock:
                start = time.process_time()
                pipeline.process_many(raws, gazetteer, catalog, 1)
                seen.append({"total": time.process_time() - start, **clock.seconds})
        out[name] = {stage: statistics.median(s.get(stage, 0.0) for s in seen) / count * 1e6 for stage in seen[0]}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--base", help="git revision to time beside this tree")
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args()
    if args.json or not args.base:
        figures = measure(args.runs)
        if args.json:
            print(json.dumps(figures))
            return
        trees = {"this tree": figures}
    else:
        with tempfile.TemporaryDirectory() as tmp:
            paths = {args.base: export(args.base, Path(tmp)), "this tree": ROOT}
            runs: dict[str, list[dict]] = {name: [] for name in paths}
            for n in range(args.runs):  # one run each in turn, the order flipped every round
                for name in (list(paths) if n % 2 == 0 else list(reversed(paths))):
                    done = subprocess.run([sys.executable, str(paths[name] / "benchmarks" / "sentence_cost.py"), "--runs", "1",
                                           "--json"], check=True, capture_output=True, text=True, cwd=paths[name])
                    runs[name].append(json.loads(done.stdout.splitlines()[-1]))
        trees = {name: {kind: {stage: statistics.median(r[kind][stage] for r in seen) for stage in seen[0][kind]}
                        for kind in seen[0]} for name, seen in runs.items()}
    for name, figures in trees.items():
        for kind, stages in figures.items():
            print(f"{name[:12]:<12} {kind:<6} {stages['total']:6.0f} us/sentence: "
                  + ", ".join(f"{stage} {us:.0f}" for stage, us in stages.items() if stage != "total"))
    if args.base and not args.json:
        # each round's two runs share that round's load: the median of their ratios is the steadier figure
        base, this = runs[args.base], runs["this tree"]
        for kind in base[0]:
            print(f"{'paired':<12} {kind:<6} base/this: " + ", ".join(
                f"{stage} {statistics.median(b[kind][stage] / t[kind][stage] for b, t in zip(base, this) if t[kind][stage]):.2f}"
                for stage in base[0][kind]))


if __name__ == "__main__":
    main()
