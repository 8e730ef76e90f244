"""Throughput of the whole extraction (segment, dates, places, discourse, wars, claims) per source, in MB/s.

    .venv/bin/python benchmarks/extraction.py [--mb 2] [--sources 200] [--repeats 3] [--corpus reports] [--json]
    .venv/bin/python benchmarks/extraction.py --dirs /tmp/texts/news /tmp/texts/chron [--repeats 3]

The corpus is the seeds' lines, each copy's first words made unique (so no
cache sees a paragraph twice), cut into ``--sources`` sources of equal size;
``--corpus reports`` takes ``places.py``'s synthetic war reports instead (the
text the issue's places figure is measured on). ``--json`` prints the medians
as one JSON object, for ``extraction_ab.py``. ``--dirs`` times the sources
of corpus directories instead: real texts, which the repository may not hold.
Each source goes through ``pipeline.process`` (by ``process_many``, as the
plugin calls it, in this one process), with the real gazetteer and wars. The
machine is shared, so time is CPU time (``time.process_time``), and each
figure is the median of ``--repeats`` runs; the wall-clock time of the same
runs is shown beside it (``wall``: it grows with the machine's load, CPU time less).
Beside the total, the CPU time of each stage is shown (measured by wrapping
the stage functions ``pipeline.process`` calls, so the stages sum to a little
less than the total: the rest is the glue between them).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))
sys.path.insert(1, str(ROOT / "benchmarks"))

from chronicle import ingest, pipeline  # noqa: E402
from chronicle.gazetteer import Gazetteer  # noqa: E402
from chronicle.model import RawSource, SourceMeta  # noqa: E402
from chronicle.segment import site_lines, split_sentences  # noqa: E402
from chronicle.wars import WarCatalog  # noqa: E402
from places import synthetic_text  # noqa: E402

MB = 1_000_000
# (module, function) pairs of the stages pipeline.process calls, as it names them.
STAGES = {
    "segment": (pipeline, "segment"),
    "dates": (pipeline.date_tagger, "tag_with_date"),
    "places": (pipeline.place_tagger, "tag_document"),
    "discourse": (pipeline.discourse, "inherited_districts"),
    "wars": (pipeline.war_tagger, "tag_document"),
    "claims": (pipeline.claim_tagger, "tag_source"),
}


def corpus(size: int, sources: int) -> list[RawSource]:
    """``sources`` sources of the seeds' lines, ``size`` bytes in all, each line made unique."""
    lines = [line for p in sorted((ROOT / "corpus" / "sources").glob("*.txt"))
             for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts: list[list[str]] = [[] for _ in range(sources)]
    total = n = 0
    while total < size:
        line = f"Copy {n}: {lines[n % len(lines)]}"
        texts[total * sources // size].append(line)
        total += len(line.encode("utf-8")) + 1
        n += 1
    return [
        RawSource(f"bench-{i}", f"bench/{i}.txt", f"{i:064d}", SourceMeta(title=f"Copy of the seeds {i}", language="en"),
                  tuple(ingest.text_blocks("\n\n".join(t))), "txt")
        for i, t in enumerate(texts) if t
    ]


def war_reports(size: int, sources: int) -> list[RawSource]:
    """``places.py``'s synthetic war reports, named from the editors' gazetteer entries, cut into ``sources`` sources."""
    gazetteer = Gazetteer.load(ROOT / "corpus" / "gazetteer")
    names = sorted({n.text for p in gazetteer if p.source is None for n in p.names
                    if n.language in ("en", "az") and n.text[:1].isupper()})
    paragraphs = synthetic_text(size, names)
    step = -(-len(paragraphs) // sources)
    return [
        RawSource(f"reports-{i}", f"reports/{i}.txt", f"{i:064d}", SourceMeta(title=f"War reports {i}", language="en"),
                  tuple(ingest.text_blocks("\n\n".join(" ".join(p) for p in paragraphs[start:start + step]))), "txt")
        for i, start in enumerate(range(0, len(paragraphs), step))
    ]


CORPORA = {"seeds": corpus, "reports": war_reports}


class StageClock:
    """Wraps the stage functions while in use and adds up the CPU time each takes."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self._saved: list[tuple[object, str, object]] = []

    def __enter__(self) -> StageClock:
        for stage, (module, name) in STAGES.items():
            original = getattr(module, name)
            self._saved.append((module, name, original))
            setattr(module, name, self._timed(stage, original))
        return self

    def __exit__(self, *exc) -> None:
        for module, name, original in self._saved:
            setattr(module, name, original)

    def _timed(self, stage: str, function):
        def timed(*args, **kwargs):
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                self.seconds[stage] += time.process_time() - start
        return timed


def directories(dirs: list[Path]) -> tuple[list[RawSource], list[frozenset[str]]]:
    """The sources of these corpus directories (real texts kept outside the repository), with their site lines."""
    raws = [raw for d in dirs for raw in ingest.read_corpus(d, d)[0]]
    return raws, site_lines(raws)


def run_once(raws: list[RawSource], sites: list[frozenset[str]], gazetteer: Gazetteer,
             catalog: WarCatalog) -> tuple[float, float, dict[str, float]]:
    """CPU seconds, wall-clock seconds and CPU seconds by stage of one extraction of every source."""
    split_sentences.cache_clear()
    with StageClock() as clock:
        start, wall = time.process_time(), time.perf_counter()
        pipeline.process_many(raws, gazetteer, catalog, 1, sites)  # as the plugin does, in this one process
        total, wall = time.process_time() - start, time.perf_counter() - wall
    return total, wall, dict(clock.seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=2.0)
    parser.add_argument("--sources", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--corpus", choices=sorted(CORPORA), default="seeds")
    parser.add_argument("--json", action="store_true", help="print the medians as one JSON object")
    parser.add_argument("--dirs", type=Path, nargs="*", default=[],
                        help="time these corpus directories' sources instead (--corpus, --mb and --sources unused)")
    args = parser.parse_args()
    gazetteer = Gazetteer.load(ROOT / "corpus" / "gazetteer")
    catalog = WarCatalog.load(ROOT / "corpus" / "wars.yaml")
    if args.dirs:
        raws, sites = directories(args.dirs)
    else:
        raws = CORPORA[args.corpus](int(args.mb * MB), args.sources)
        sites = [frozenset()] * len(raws)
    size = sum(len(text.encode("utf-8")) + 1 for raw in raws for _, text in raw.blocks)
    for raw in raws[:1] if not args.dirs else raws:  # warm: lexicons of each language, compiled patterns
        pipeline.process(raw, gazetteer, catalog)
    runs = [run_once(raws, sites, gazetteer, catalog) for _ in range(args.repeats)]
    total = statistics.median(t for t, _, _ in runs)
    wall = statistics.median(w for _, w, _ in runs)
    stages = {stage: statistics.median(s.get(stage, 0.0) for _, _, s in runs) for stage in STAGES}
    if args.json:
        print(json.dumps({"mb": size / MB, "sources": len(raws), "total": total, **stages, "wall": wall}))
        return
    print(f"{len(raws)} sources, {size / MB:.2f} MB; CPU seconds, median of {args.repeats}")
    print(f"{'stage':<10} {'CPU s':>7} {'MB/s':>7}")
    for stage, seconds in stages.items():
        print(f"{stage:<10} {seconds:>7.2f} {size / MB / seconds if seconds else float('inf'):>7.2f}")
    print(f"{'total':<10} {total:>7.2f} {size / MB / total:>7.2f}")
    print(f"{'wall':<10} {wall:>7.2f} {size / MB / wall:>7.2f}")


if __name__ == "__main__":
    main()
