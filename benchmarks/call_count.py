"""Function calls per sentence, by stage: the work extraction does, counted instead of timed.

    .venv/bin/python benchmarks/call_count.py [--corpus seeds|reports|plain] [--base main] [--top 12]
    .venv/bin/python benchmarks/call_count.py --dirs /tmp/texts/news /tmp/texts/chron [--base main]   # real texts

Extraction's profile is flat: no stage holds a hot loop, and a sentence of the
seeds costs about 1,200 function calls spread over every stage (some 70 of them
regular-expression searches), at roughly half a microsecond each. So the count
of calls is what a speed-up must bring down: 1 MB/s, about 120 us for a seeds
sentence, is about 250 calls. Timings on this shared machine move by tens of
percent from one minute to the next; counts do not move at all (the same input
gives the same count), so one run of each version is a before/after.

Counted with ``sys.setprofile`` while ``pipeline.process_many`` runs (in this
process, as ``extraction.py`` runs it), each call charged to the stage
``extraction.STAGES`` names that it runs under ("glue": in ``process`` itself,
between stages). Columns: calls of Python functions, calls of built-in ones,
and of those the methods of compiled patterns and their matches (``re``).
``--base`` (a git revision) counts that revision's plugins on this tree's
input too (``extraction_ab.export``) and prints both; ``--top N`` lists, for
each stage, the N functions called most often a sentence (where to look).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))
sys.path.insert(1, str(ROOT / "benchmarks"))

import extraction  # noqa: E402
from extraction_ab import export  # noqa: E402
from sentence_cost import plain_sources  # noqa: E402
from chronicle import pipeline  # noqa: E402
from chronicle.gazetteer import Gazetteer  # noqa: E402
from chronicle.segment import segment, split_sentences  # noqa: E402
from chronicle.wars import WarCatalog  # noqa: E402

KINDS = ("python", "builtin", "re")
_REGEX_TYPES = (re.Pattern, re.Match)


class CallCounter:
    """Counts the calls made while in use, by the stage running (the stage functions wrapped as ``StageClock`` does)."""

    def __init__(self, by_function: bool = False) -> None:
        self.counts: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(KINDS, 0))
        self.functions: dict[str, Counter[str]] = defaultdict(Counter)  # stage -> function -> calls (``by_function``)
        self._by_function = by_function
        self._stage = "glue"
        self._saved: list[tuple[object, str, object]] = []

    def __enter__(self) -> CallCounter:
        for stage, (module, name) in extraction.STAGES.items():
            original = getattr(module, name)
            self._saved.append((module, name, original))
            setattr(module, name, self._staged(stage, original))
        sys.setprofile(self._count)
        return self

    def __exit__(self, *exc) -> None:
        sys.setprofile(None)
        for module, name, original in self._saved:
            setattr(module, name, original)

    def _staged(self, stage: str, function):
        def staged(*args, **kwargs):
            outer, self._stage = self._stage, stage
            try:
                return function(*args, **kwargs)
            finally:
                self._stage = outer
        return staged

    def _count(self, frame, event: str, arg) -> None:
        if event == "call":
            self.counts[self._stage]["python"] += 1
            if self._by_function:
                code = frame.f_code
                self.functions[self._stage][f"{Path(code.co_filename).stem}.{code.co_qualname}"] += 1
        elif event == "c_call":
            counts = self.counts[self._stage]
            counts["builtin"] += 1
            if isinstance(getattr(arg, "__self__", None), _REGEX_TYPES):
                counts["re"] += 1
            if self._by_function:
                self.functions[self._stage][getattr(arg, "__qualname__", repr(arg))] += 1


def measure(corpus: str, top: int = 0, dirs: list[Path] | None = None) -> dict[str, dict[str, float]]:
    """Calls per sentence by stage and kind, and in all (and, with ``top``, each stage's most called functions);
    ``dirs``: the sources of these corpus directories instead (real texts, kept outside the repository)."""
    gazetteer = Gazetteer.load(ROOT / "corpus" / "gazetteer")
    catalog = WarCatalog.load(ROOT / "corpus" / "wars.yaml")
    if dirs:
        raws, sites = extraction.directories(dirs)
    else:
        raws = plain_sources() if corpus == "plain" else extraction.CORPORA[corpus](500_000, 50)
        sites = [frozenset()] * len(raws)
    sentences = sum(len(p.sentences) for raw in raws for p in segment(raw).paragraphs)
    for raw in raws if dirs else raws[:1]:  # tables loaded, patterns compiled (each language's): not counted
        pipeline.process(raw, gazetteer, catalog)
    split_sentences.cache_clear()
    with CallCounter(by_function=top > 0) as counter:
        pipeline.process_many(raws, gazetteer, catalog, 1, sites)
    out = {stage: {kind: n / sentences for kind, n in counts.items()} for stage, counts in sorted(counter.counts.items())}
    out["total"] = {kind: sum(counts[kind] for counts in out.values()) for kind in KINDS}
    for stage, functions in sorted(counter.functions.items()):
        print(f"{stage}: " + ", ".join(f"{name} {n / sentences:.1f}" for name, n in functions.most_common(top)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", choices=["plain", *sorted(extraction.CORPORA)], default="seeds")
    parser.add_argument("--base", help="git revision to count beside this tree")
    parser.add_argument("--top", type=int, default=0, help="list each stage's N most called functions")
    parser.add_argument("--json", action="store_true", help="print the counts as one JSON object")
    parser.add_argument("--dirs", type=Path, nargs="*", default=[],
                        help="count these corpus directories' sources instead (--corpus unused)")
    args = parser.parse_args()
    dirs = [d.resolve() for d in args.dirs]
    if args.json:
        print(json.dumps(measure(args.corpus, dirs=dirs)))
        return
    trees = {"this tree": measure(args.corpus, args.top, dirs)}
    if args.base:
        with tempfile.TemporaryDirectory() as tmp:
            tree = export(args.base, Path(tmp))
            done = subprocess.run([sys.executable, str(tree / "benchmarks" / "call_count.py"), "--corpus", args.corpus, "--json",
                                   *(["--dirs", *map(str, dirs)] if dirs else [])],
                                  check=True, capture_output=True, text=True, cwd=tree)
        trees = {args.base: json.loads(done.stdout.splitlines()[-1]), **trees}
    print(f"{'directories' if dirs else args.corpus}: calls per sentence (python + builtin; re: methods of patterns and matches, among builtin)")
    for name, counts in trees.items():
        for stage, kinds in counts.items():
            print(f"{name[:12]:<12} {stage:<10} {kinds['python'] + kinds['builtin']:7.0f}  "
                  + "  ".join(f"{kind} {kinds[kind]:6.1f}" for kind in KINDS))


if __name__ == "__main__":
    main()
