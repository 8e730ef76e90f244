"""Extraction throughput of two versions of the code, alternated in one run (A/B), in MB/s.

    .venv/bin/python benchmarks/extraction_ab.py [--base main] [--rounds 4] [--corpus seeds|reports] [--mb 1]
    .venv/bin/python benchmarks/extraction_ab.py --base main --dirs /tmp/texts/*   # real texts kept outside
    .venv/bin/python benchmarks/extraction_ab.py --base HEAD --base-python /tmp/venv-pgo/bin/python   # interpreters

On a machine shared with other work, a figure measured at 22:00 and one
measured at 22:30 differ by more than most speed-ups. So both versions run in
the same minutes: ``--base`` (a git revision) is exported with ``git archive``
and gets this tree's corpus and benchmarks (the same input, the same clock),
then each round runs ``extraction.py --repeats 1 --json`` once per version in
fresh processes, the order flipped every round. Printed: each version's
median CPU seconds per stage and in all, as MB/s, their ratio, and the median
of the rounds' own ratios (paired: the steadier figure on a loaded machine).

``--base-python`` runs the base with another interpreter: with ``--base HEAD``
that compares two builds of Python on the same code. The build matters: the
pyenv CPython 3.11.7 of ``.venv`` is built without PGO and LTO, and Debian's
``/usr/bin/python3.11`` (3.11.2, PGO and LTO) ran this extraction 1.13-1.23x
faster (paired median 1.15x at 1 MB), with the same output (``digest.py``).
The other interpreter needs the project's packages: ``python3.11 -m venv
--without-pip DIR`` and, for the same minor version, a ``.pth`` file in DIR's
site-packages naming ``.venv``'s.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_INPUT = ("corpus", "benchmarks")  # taken from this tree for both versions


def export(revision: str, dest: Path) -> Path:
    """``revision``'s plugins with this tree's corpus and benchmarks, under ``dest``."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision, "plugins"], check=True, capture_output=True)
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive.stdout, check=True)
    for name in SHARED_INPUT:
        shutil.copytree(ROOT / name, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
    return dest


def run(tree: Path, options: list[str], python: str = sys.executable) -> dict[str, float]:
    out = subprocess.run([python, str(tree / "benchmarks" / "extraction.py"), "--repeats", "1", "--json", *options],
                         check=True, capture_output=True, text=True, cwd=tree)
    return json.loads(out.stdout.splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default="main", help="git revision to compare this tree with")
    parser.add_argument("--base-python", default=sys.executable, help="the interpreter that runs the base (default: this one)")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--corpus", default="seeds")
    parser.add_argument("--mb", default="1")
    parser.add_argument("--sources", default="100")
    parser.add_argument("--dirs", nargs="*", default=[], help="corpus directories to time instead (extraction.py --dirs)")
    args = parser.parse_args()
    options = ["--corpus", args.corpus, "--mb", args.mb, "--sources", args.sources]
    options += ["--dirs", *map(str, map(Path.resolve, map(Path, args.dirs)))] if args.dirs else []
    with tempfile.TemporaryDirectory() as tmp:
        trees = {args.base: export(args.base, Path(tmp)), "this tree": ROOT}
        runs: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
        for n in range(args.rounds):
            for name in (list(trees) if n % 2 == 0 else list(reversed(trees))):
                runs[name].append(run(trees[name], options, args.base_python if name == args.base else sys.executable))
    size = runs["this tree"][0]["mb"]
    print(f"{'directories' if args.dirs else args.corpus}: {size:.2f} MB, {runs['this tree'][0]['sources']:.0f} sources;"
          f" MB/s of CPU time, median of {args.rounds} alternated rounds")
    if args.base_python != sys.executable:
        print(f"{args.base} run by {args.base_python}, this tree by {sys.executable}")
    print(f"{'stage':<10} {args.base[:12]:>12} {'this tree':>12} {'ratio':>7} {'paired':>7}")
    for stage in [k for k in runs["this tree"][0] if k not in ("mb", "sources")]:
        rates = [size / statistics.median(r[stage] for r in runs[name]) for name in trees]
        # each round's two runs share that round's load: the median of their ratios is the steadier figure
        paired = statistics.median(a[stage] / b[stage] for a, b in zip(*runs.values()))
        print(f"{stage:<10} {rates[0]:>12.2f} {rates[1]:>12.2f} {rates[1] / rates[0]:>7.2f} {paired:>7.2f}")
    print("total MB/s of each round:", "; ".join(
        " vs ".join(f"{size / runs[name][n]['total']:.3f}" for name in trees) for n in range(args.rounds)))


if __name__ == "__main__":
    main()
