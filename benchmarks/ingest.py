"""Benchmark reading sources: refusal of oversized files, and reading time against size.

    .venv/bin/python benchmarks/ingest.py [--repeats 3]

Prints medians. An oversized source must be refused by its size alone (one
``stat``), so refusing 50 MB costs what refusing 50 bytes costs. Plain text is
read in time linear in its size; HTML time is dominated by the standard
library's parser (``html.parser``), which the per-megabyte column shows.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from chronicle import ingest  # noqa: E402
from build import median_time  # noqa: E402  (benchmarks/ is on the path when a script runs)

SENTENCE = "The village was shelled again on Tuesday, residents said, and the road to the district centre was closed. "
HTML_BLOCK = "<div class='c'><p>The village was shelled again on <b>Tuesday</b>, residents said.</p> Then <span>the road</span> closed.</div>\n"


def write(folder: Path, name: str, data: bytes) -> Path:
    for old in folder.iterdir():
        old.unlink()
    (folder / name).write_bytes(data)
    return folder


def text_of(size: int) -> bytes:
    line = (SENTENCE * 10 + "\n").encode()
    return line * (size // len(line))


def html_of(size: int) -> bytes:
    body = HTML_BLOCK * (size // len(HTML_BLOCK))
    return f"<html><head><title>t</title></head><body><main>{body}</main></body></html>".encode()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write(folder, "huge.txt", b"word " * 10_000_000)
        refused = median_time(lambda: ingest.read_corpus(folder, folder), args.repeats)
        print(f"refuse a 50 MB source: {refused * 1000:.2f} ms")
        print("kind  size MB  seconds  s/MB")
        for kind, make, sizes in (("txt", text_of, (1, 3, 9)), ("html", html_of, (0.25, 0.5, 1, 2))):
            for mb in sizes:
                write(folder, f"s.{kind}", make(int(mb * 1_000_000)))
                seconds = median_time(lambda: ingest.read_corpus(folder, folder), args.repeats)
                print(f"{kind:5} {mb:7} {seconds:8.3f} {seconds / mb:5.2f}")


if __name__ == "__main__":
    main()
