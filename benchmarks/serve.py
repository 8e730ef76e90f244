"""Benchmark `mkdocs serve --dirty` as an editor uses it: seconds from saving a source to its page showing the edit.

    .venv/bin/python benchmarks/serve.py [--sizes 100,1000] [--edits 3]

A synthetic corpus (``benchmarks/build.py``'s generator) in a copy of the
project is served on 127.0.0.1; each edit appends a new sentence to one
source and polls that source's page until the sentence is there. Prints the
median and the worst of the edits per size, and the first build's time.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale import chronicle_project  # noqa: E402

POLL = 0.05
TIMEOUT = 1800.0


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _shows(url: str, needle: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return needle in response.read().decode("utf-8")
    except OSError:
        return False


def _wait(url: str, needle: str) -> float:
    start = time.perf_counter()
    while time.perf_counter() - start < TIMEOUT:
        if _shows(url, needle):
            return time.perf_counter() - start
        time.sleep(POLL)
    raise TimeoutError(f"{url} never showed {needle!r}")


def measure(size: int, edits: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        project = chronicle_project(size, Path(tmp) / "p")
        source = sorted((project / "corpus" / "sources").glob("*.txt"))[size // 2]
        port = _port()
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        cmd = [sys.executable, "-m", "mkdocs", "serve", "--dirty", "--livereload", "-a", f"127.0.0.1:{port}"]
        proc = subprocess.Popen(cmd, cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            page = f"http://127.0.0.1:{port}/sources/{source.stem}/"
            first = _wait(page, 'class="chronicle-s"')
            times = []
            for i in range(edits):
                sentence = f"Edit number {i} was added on 1 May 1994 in Tartar."
                with source.open("a", encoding="utf-8") as f:
                    f.write(sentence + "\n")
                times.append(_wait(page, sentence))
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    print(f"{size:>8} {first:>12.1f} {statistics.median(times):>14.2f} {max(times):>10.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,1000")
    parser.add_argument("--edits", type=int, default=3)
    args = parser.parse_args()
    print(f"{'sources':>8} {'first build s':>12} {'edit->visible s':>14} {'worst s':>10}   (median of {args.edits} edits)")
    for size in (int(s) for s in args.sizes.split(",")):
        measure(size, args.edits)


if __name__ == "__main__":
    main()
