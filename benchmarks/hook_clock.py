"""Run ``mkdocs build`` in this process and clock the chronicle plugin's own hooks.

    .venv/bin/python benchmarks/hook_clock.py build -q -d site     (from a project directory)

The issue's budget is "the plugin's own work ≤ 10 % of the build". MkDocs and
Material do the rest (navigation, templates, writing pages), so this script
wraps every ``on_*`` method of ``ChroniclePlugin`` with a wall clock before the
command line runs, then prints one JSON line: the build's wall and CPU seconds (CPU of this
process and its children, which a shared machine inflates less), the
seconds spent inside the plugin's hooks (the extraction, rendering, export and
the Pagefind indexer the plugin starts), per hook, and the peak RSS of this
process and of its largest child (the indexer).
"""

from __future__ import annotations

import functools
import json
import resource
import sys
import time
from collections import defaultdict

from chronicle.plugin import ChroniclePlugin
from mkdocs.__main__ import cli

HOOK_SECONDS: dict[str, float] = defaultdict(float)


def clocked(name: str, method):
    """``method`` that adds its wall time to ``HOOK_SECONDS[name]``; MkDocs' priority marks carry over."""

    @functools.wraps(method)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return method(*args, **kwargs)
        finally:
            HOOK_SECONDS[name] += time.perf_counter() - start

    return wrapper


def main(argv: list[str]) -> int:
    for name in [n for n in vars(ChroniclePlugin) if n.startswith("on_")]:
        setattr(ChroniclePlugin, name, clocked(name, getattr(ChroniclePlugin, name)))
    start = time.perf_counter()
    try:
        cli.main(args=argv, prog_name="mkdocs", standalone_mode=False)
    finally:
        wall = time.perf_counter() - start
        own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        print(json.dumps({
            "wall": wall,
            "cpu": own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime,
            "plugin": sum(HOOK_SECONDS.values()),
            "hooks": dict(sorted(HOOK_SECONDS.items())),
            "rss_mb": own.ru_maxrss / 1024,
            "child_rss_mb": children.ru_maxrss / 1024,
        }))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
