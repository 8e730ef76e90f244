"""Extraction throughput with hot modules compiled (Cython or mypyc) against the same code pure, paired, in MB/s.

    .venv-with-cython-or-mypy/bin/python benchmarks/compiled_ab.py [--compiler cython|mypyc] [--rounds 4]
        [--corpus seeds|reports] [--mb 0.5] [--modules chronicle/extract/cuetext.py ...]

Extraction is interpreter overhead spread over thousands of small functions
(``call_count.py``), so compiling the pure-Python modules to C extensions was
the lever left. This measures it without touching the tree: it copies
``plugins``, ``corpus`` and ``benchmarks`` to a temporary directory, compiles
``--modules`` there in place (``.so`` beside each ``.py``, which the import
system prefers), then alternates ``extraction.py --repeats 1 --json`` in this
tree and in the copy, the order flipped every round, and prints each round's
MB/s and the median of the paired ratios. The interpreter running this script
must have ``cython`` or ``mypy`` (which ships mypyc) installed; the runs
themselves use the same interpreter.

Cython compiles any module but, untyped, removes little of the overhead;
``annotation_typing`` is off because with it Cython enforces the hints as
exact types (a ``dict`` hint refuses a ``dict`` subclass). mypyc refuses code
mypy rejects and classes with several bases (the timex grammar's mixins), and
checks the hints at run time, so it needs the code made type-correct first;
the default ``--modules`` are those mypy accepts as they are (with
``follow_imports = silent``).

Measured (December 2026, 2 shared cores, paired medians): Cython, 68 modules
of extract/, boilerplate/, segment, sentences, literals, alternation, records,
lexicon, pipeline: 1.05x. mypyc, the 15 modules below alone: 0.96x (calls
between compiled and interpreted code cost more than they save). mypyc, 57
modules (all of those but the timex grammar's mixin classes, resolve and
deixis; with model.py and claims/__init__), mypy's errors silenced, the hints
that were wrong at run time widened to ``Any`` and ``records.replace`` taught
native classes (no ``__dict__``): 1.23x seeds, 1.28x reports, 1.21x real
texts, output identical. Short of the 1.5x that would pay for a compile step
in the install and a stale-extension guard, so nothing is compiled.
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
COPIED = ("plugins", "corpus", "benchmarks")
# Modules mypy accepts unchanged whose classes no interpreted module subclasses.
TYPE_CLEAN = ("chronicle/extract/cuetext.py", "chronicle/extract/placeindex.py", "chronicle/extract/placeframes.py",
              "chronicle/extract/placeevents.py", "chronicle/extract/placefold.py",
              "chronicle/extract/claims/clauses.py",
              "chronicle/extract/claims/controlled.py", "chronicle/extract/claims/reach.py",
              "chronicle/extract/claims/unasserted.py", "chronicle/extract/timex/tokens.py",
              "chronicle/extract/timex/frames.py", "chronicle/extract/timex/mention.py", "chronicle/segment.py",
              "chronicle/alternation.py", "chronicle/lexicon.py")


def compile_copy(dest: Path, compiler: str, modules: list[str]) -> None:
    """Copy the tree's inputs to ``dest`` and compile ``modules`` (paths under ``plugins``) in place."""
    for name in COPIED:
        shutil.copytree(ROOT / name, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
    plugins = dest / "plugins"
    if compiler == "mypyc":
        (plugins / "mypy.ini").write_text("[mypy]\nignore_missing_imports = True\nfollow_imports = silent\n")
        command = [sys.executable, "-m", "mypyc", *modules]
    else:
        setup = ("from setuptools import setup\nfrom Cython.Build import cythonize\n"
                 f"setup(ext_modules=cythonize({modules!r}, compiler_directives={{'language_level': 3, "
                 "'binding': True, 'annotation_typing': False}, quiet=True), "
                 "script_args=['build_ext', '--inplace', '-j', '2'])\n")
        command = [sys.executable, "-c", setup]
    subprocess.run(command, cwd=plugins, check=True, capture_output=True)


def rate(tree: Path, options: list[str]) -> float:
    """MB/s of CPU time of one ``extraction.py`` run in ``tree``."""
    out = subprocess.run([sys.executable, str(tree / "benchmarks" / "extraction.py"), "--repeats", "1", "--json",
                          *options], check=True, capture_output=True, text=True, cwd=tree)
    figures = json.loads(out.stdout.splitlines()[-1])
    return figures["mb"] / figures["total"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--compiler", choices=("cython", "mypyc"), default="mypyc")
    parser.add_argument("--modules", nargs="*", default=list(TYPE_CLEAN), help="paths under plugins/ to compile")
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--corpus", default="seeds")
    parser.add_argument("--mb", default="0.5")
    args = parser.parse_args()
    options = ["--corpus", args.corpus, "--mb", args.mb, "--sources", str(round(float(args.mb) * 100))]
    with tempfile.TemporaryDirectory() as tmp:
        compile_copy(Path(tmp), args.compiler, args.modules)
        trees = {"pure": ROOT, args.compiler: Path(tmp)}
        rates: dict[str, list[float]] = {name: [] for name in trees}
        for n in range(args.rounds):
            for name in (list(trees) if n % 2 == 0 else list(reversed(trees))):
                rates[name].append(rate(trees[name], options))
            with open("/proc/loadavg", encoding="ascii") as load:
                print(f"round {n + 1}: " + ", ".join(f"{k} {v[-1]:.3f} MB/s" for k, v in rates.items())
                      + f" (load {load.read().split()[0]})")
    paired = statistics.median(c / p for p, c in zip(*rates.values()))
    pure, compiled = (statistics.median(rates[name]) for name in trees)
    print(f"{args.corpus}, {len(args.modules)} modules by {args.compiler}:"
          f" pure {pure:.3f} MB/s, compiled {compiled:.3f} MB/s; paired ratio {paired:.2f}")


if __name__ == "__main__":
    main()
