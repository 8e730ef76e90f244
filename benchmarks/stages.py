"""Where a whole build's time and memory go, stage by stage, and whether they grow linearly with the corpus.

    .venv/bin/python benchmarks/stages.py [--sizes 2000,3000] [--project DIR] [--profile FILE]

For each size, a synthetic project (``scale.chronicle_project``: the real
configuration, the seeds copied round-robin) is built cold with ``mkdocs
build`` in a child process of its own; ``--project`` builds an existing
project instead (its ``site/`` and ``.cache/`` are emptied first; ``--warm`` keeps
``.cache/``: what a build costs besides the extraction). The child
clocks the plugin's hooks (as ``hook_clock.py`` does) and the stages inside and
around them (ingest, extraction with its workers, assemble, render, export,
MkDocs' page loops, Pagefind: the parts it indexes while MkDocs writes
pages are charged to the stage running when each part's process ends, mostly
"mkdocs write pages"), and samples its resident memory every 0.2 s,
charging each sample to the stage running then. It prints, per stage, wall and
CPU seconds (CPU of the process and its children: the extraction's workers and
Pagefind are children), the peak RSS seen during the stage and the RSS when it
ended; "own s" is the CPU of the build process alone (the stage that writes pages is
charged the Pagefind parts that end in it: own s leaves them out). With two sizes
or more it adds each stage's cost per source between the sizes (the marginal
cost: if it is the same as the average, the stage grows linearly). ``--profile``
also writes a cProfile of the build process (slower; the CPU time of the build
process, not its children's).

Timings on a shared machine are noisy: CPU seconds compare better than wall.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import gc
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "plugins"))  # this checkout's plugin, not the installed one

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": "1700000000"}
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")


class StageClock:
    """Wall and CPU seconds and memory per named stage; stages nest, and memory samples go to the innermost."""

    def __init__(self) -> None:
        self.wall: dict[str, float] = defaultdict(float)
        self.cpu: dict[str, float] = defaultdict(float)
        self.own: dict[str, float] = defaultdict(float)  # this process's CPU only: Pagefind's, ended in a stage, left out
        self.calls: dict[str, int] = defaultdict(int)
        self.peak: dict[str, float] = defaultdict(float)
        self.end_rss: dict[str, float] = {}
        self.stack: list[str] = []
        self.order: list[str] = []

    def wrap(self, owner: object, name: str, label: str) -> None:
        """Replace ``owner.name`` with a clocked copy charged to ``label``."""
        method = getattr(owner, name)

        @functools.wraps(method)
        def clocked(*args, **kwargs):
            if label not in self.wall:
                self.order.append(label)
            self.stack.append(label)
            start, cpu, own = time.perf_counter(), _cpu(), time.process_time()
            try:
                return method(*args, **kwargs)
            finally:
                self.wall[label] += time.perf_counter() - start
                self.cpu[label] += _cpu() - cpu
                self.own[label] += time.process_time() - own
                self.calls[label] += 1
                self.stack.pop()
                self.end_rss[label] = _rss_mb()

        setattr(owner, name, clocked)

    def sample(self, stop: threading.Event) -> None:
        while not stop.wait(0.2):
            label = self.stack[-1] if self.stack else "mkdocs (other)"
            self.peak[label] = max(self.peak[label], _rss_mb())


class CollectorClock:
    """Time spent in Python's cycle collector, per generation (``gc.callbacks``): a big heap makes full collections dear.

    Full collections are also charged to the stage running then (``stages``): their cost grows with the heap, so a
    stage that grows faster than the corpus may owe it to them.
    """

    def __init__(self, clock: StageClock) -> None:
        self.seconds = [0.0, 0.0, 0.0]
        self.collections = [0, 0, 0]
        self.full_by_stage: dict[str, float] = defaultdict(float)
        self._clock = clock
        self._start = 0.0

    def __call__(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        else:
            seconds = time.perf_counter() - self._start
            self.seconds[info["generation"]] += seconds
            self.collections[info["generation"]] += 1
            if info["generation"] == 2:
                self.full_by_stage[self._clock.stack[-1] if self._clock.stack else "mkdocs (other)"] += seconds


def _cpu() -> float:
    """CPU seconds of this process and its finished children, in one system call (stages are clocked 100,000 times)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def _rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[1]) * PAGE_SIZE / 2**20


def build_once(project: Path, profile: str | None, warm: bool = False) -> dict:
    """One ``mkdocs build`` of ``project`` in this process, clocked by stage: cold, or ``warm`` (the extraction cache kept)."""
    import mkdocs.commands.build as mkbuild
    from mkdocs.__main__ import cli
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

    from chronicle import ingest, pipeline, plugin, search_index
    from chronicle.cache import DiskCache

    clock = StageClock()
    for name in [n for n in vars(plugin.ChroniclePlugin) if n.startswith("on_")]:
        clock.wrap(plugin.ChroniclePlugin, name, f"hook {name}")
    for owner, name, label in [
        (ingest, "read_corpus", "ingest"),
        (pipeline, "process_many", "extract (workers)"),
        (DiskCache, "put", "extraction cache write"),
        (pipeline, "assemble", "assemble (events, index)"),
        (plugin, "render_site", "render"),
        (plugin.ChroniclePlugin, "_export_files", "export"),
        (pipeline, "overview", "overview"),
        (pipeline, "redirects", "redirects"),
        (search_index, "build_search_index", "pagefind"),
        (search_index.IndexWhileWriting, "written", "pagefind weighing pages"),
        (search_index.IndexWhileWriting, "finish", "pagefind after the pages"),
        (mkbuild, "get_files", "mkdocs get_files"),
        (Files, "add_files_from_theme", "mkdocs theme files"),
        (mkbuild, "get_navigation", "mkdocs navigation"),
        (mkbuild, "_populate_page", "mkdocs populate pages"),
        (Files, "copy_static_files", "mkdocs copy static"),
        (mkbuild, "_build_theme_template", "mkdocs theme templates"),
        (mkbuild, "_build_page", "mkdocs write pages"),
        (Page, "validate_anchor_links", "mkdocs validate anchors"),
    ]:
        clock.wrap(owner, name, label)
    if not warm:
        shutil.rmtree(project / ".cache", ignore_errors=True)
    shutil.rmtree(project / "site", ignore_errors=True)
    stop = threading.Event()
    sampler = threading.Thread(target=clock.sample, args=(stop,), daemon=True)
    sampler.start()
    os.chdir(project)
    collector = CollectorClock(clock)
    gc.callbacks.append(collector)
    # CPU time, not wall: on a shared machine the wall clock charges other processes' turns to whatever ran then.
    profiler = cProfile.Profile(time.process_time) if profile else None
    start, cpu = time.perf_counter(), _cpu()
    if profiler:
        profiler.enable()
    cli.main(args=["build", "-q", "-d", str(project / "site")], prog_name="mkdocs", standalone_mode=False)
    if profiler:
        profiler.disable()
        profiler.dump_stats(profile)
    wall, cpu = time.perf_counter() - start, _cpu() - cpu
    stop.set()
    sampler.join()
    site = project / "site"
    return {
        "wall": wall, "cpu": cpu, "load": open("/proc/loadavg", encoding="ascii").read().split()[:3],
        "gc": {"seconds": collector.seconds, "collections": collector.collections, "full_by_stage": collector.full_by_stage},
        "plugin": sum(v for k, v in clock.wall.items() if k.startswith("hook ")),
        "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "child_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "pages": sum(1 for _ in site.rglob("index.html")),
        "site_mb": sum(p.stat().st_size for p in site.rglob("*") if p.is_file()) / 2**20,
        "stages": {k: {"wall": clock.wall[k], "cpu": clock.cpu[k], "own_cpu": clock.own[k], "calls": clock.calls[k], "peak_rss_mb": clock.peak.get(k, 0.0),
                       "end_rss_mb": clock.end_rss.get(k, 0.0)} for k in clock.order + ["mkdocs (other)"] if k in clock.wall or k in clock.peak},
    }


def run_child(project: Path, profile: str | None, warm: bool = False) -> dict:
    # An absolute path: the child works in the project, and a relative one, read again from there, named a folder
    # inside it (the build wrote its site to project/project/site).
    args = [sys.executable, __file__, "--one", str(project.resolve())] + (["--profile", profile] if profile else []) + (["--warm"] if warm else [])
    out = subprocess.run(args, env=ENV, check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def report(size: int | None, run: dict) -> None:
    print(f"\n== {size or '?'} sources: {run['pages']} pages, wall {run['wall']:.1f} s, CPU {run['cpu']:.1f} s, "
          f"plugin hooks {run['plugin']:.1f} s ({100 * run['plugin'] / run['wall']:.0f} %), peak RSS {run['rss_mb']:.0f} MB "
          f"(largest child {run['child_rss_mb']:.0f} MB), site {run['site_mb']:.0f} MB, load {' '.join(run['load'])}")
    if "gc" in run:
        print(f"cycle collector: {sum(run['gc']['seconds']):.1f} s wall in {sum(run['gc']['collections'])} collections "
              f"(full: {run['gc']['collections'][2]} taking {run['gc']['seconds'][2]:.1f} s"
              + "".join(f"; {s:.1f} s in {k}" for k, s in sorted(run["gc"].get("full_by_stage", {}).items(), key=lambda kv: -kv[1]) if s >= 0.05) + ")")
    print(f"{'stage':<28} {'calls':>6} {'wall s':>8} {'CPU s':>8} {'own s':>8} {'peak MB':>8} {'end MB':>8}")
    for name, st in run["stages"].items():
        print(f"{name:<28} {st['calls']:>6} {st['wall']:>8.1f} {st['cpu']:>8.1f} {st.get('own_cpu', 0.0):>8.1f} {st['peak_rss_mb']:>8.0f} {st['end_rss_mb']:>8.0f}")


def linearity(runs: list[tuple[int, dict]]) -> None:
    """Average cost per source at the smallest size beside the marginal cost per source up to each larger one."""
    (small, first), rest = runs[0], runs[1:]
    print(f"\nper source (ms of CPU; MB of RSS per 1,000 sources): average at {small}, then marginal to each larger size")
    keys = ["(build)", *first["stages"]]
    print(f"{'stage':<28} {'avg':>8}" + "".join(f" {'to ' + str(n):>9}" for n, _ in rest))

    def cpu(run: dict, key: str) -> float:
        return run["cpu"] if key == "(build)" else run["stages"].get(key, {}).get("cpu", 0.0)

    for key in keys:
        line = f"{key:<28} {1000 * cpu(first, key) / small:>8.2f}"
        for n, run in rest:
            line += f" {1000 * (cpu(run, key) - cpu(first, key)) / (n - small):>9.2f}"
        print(line)
    line = f"{'peak RSS':<28} {1000 * first['rss_mb'] / small:>8.0f}"
    for n, run in rest:
        line += f" {1000 * (run['rss_mb'] - first['rss_mb']) / (n - small):>9.0f}"
    print(line)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="2000,3000")
    parser.add_argument("--project", type=Path, help="build this project instead of synthetic ones")
    parser.add_argument("--profile", help="write a cProfile of the build process here")
    parser.add_argument("--warm", action="store_true", help="with --project: keep its extraction cache (what rendering and MkDocs cost)")
    parser.add_argument("--json", help="also write the runs as JSON here")
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)  # the child: build this project, print JSON
    args = parser.parse_args()
    if args.one:
        print(json.dumps(build_once(args.one, args.profile, args.warm)))
        return
    from scale import chronicle_project

    runs: list[tuple[int, dict]] = []
    if args.project:
        runs.append((len(list((args.project / "corpus" / "sources").glob("*.txt"))), run_child(args.project, args.profile, args.warm)))
    else:
        for size in (int(s) for s in args.sizes.split(",")):
            with tempfile.TemporaryDirectory() as tmp:
                runs.append((size, run_child(chronicle_project(size, Path(tmp) / "chronicle"), args.profile)))
    for size, run in runs:
        report(size, run)
    if len(runs) > 1:
        linearity(runs)
    if args.json:
        Path(args.json).write_text(json.dumps(runs, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
