"""Benchmark `mkdocs serve --dirty` as an editor uses it: seconds from saving a source to its page showing the edit.

    .venv/bin/python benchmarks/serve.py [--sizes 100,1000] [--edits 3] [--code OLD/plugins,plugins] [--no-floor]

A synthetic corpus (``benchmarks/build.py``'s generator) in a copy of the
project is served on 127.0.0.1; each edit appends a new sentence to another
source and polls that source's page until the sentence is there. The edits
spread over the site as an editor's do: each goes to another source (every
kind the synthetic corpus copies), names another district and another year
(both wars and the years between), and some state a claim that joins an event
many sources report (``EDITS``). Prints the median and the worst of the edits
per size, the first build's time, and every edit's time in order.

Beside it, in the same run, the floor: bare MkDocs + Material serving as many
plain Markdown pages (``scale.floor_project``), edited the same way (one
paragraph appended to one page). MkDocs' own serve loop (it polls the files
every 0.5 s, waits 0.1 s, then rebuilds the whole navigation and checks every
page) is paid by any site of that size, so the ratio says what the chronicle adds.

``--code`` serves copies of the same corpus with each of several copies of the plugin
package in turn (a folder holding ``chronicle/``, put first on ``PYTHONPATH``),
so a before and an after are measured in one run. The load average (1 minute)
is printed before and after each row: on a shared machine it says how far the
figures can be compared.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale import chronicle_project, floor_project  # noqa: E402

POLL = 0.05
TIMEOUT = 1800.0
# What each edit appends (``{n}`` makes it unique): a district and a year apiece; the claims (captured, liberated, took,
# entered) join events that hundreds of the synthetic sources report, the others only add to a day's and a district's pages.
EDITS = (
    "Edit {n}: shelling was reported in Tartar on 1 May 1994.",
    "Edit {n}: Armenian forces captured Agdam on 23 July 1993.",
    "Edit {n}: a school reopened in Shusha on 12 March 2021.",
    "Edit {n}: villagers left Kalbajar on 2 April 1993.",
    "Edit {n}: Azerbaijani forces liberated Fuzuli on 17 October 2020.",
    "Edit {n}: artillery fire was heard near Lachin on 26 August 2022.",
    "Edit {n}: clashes were reported in Jabrayil on 3 April 2016.",
    "Edit {n}: Azerbaijani troops entered Khankendi on 20 September 2023.",
    "Edit {n}: a convoy passed through Zangilan on 5 January 1992.",
    "Edit {n}: Armenian forces took Kalbajar on 3 April 1993.",
    "Edit {n}: a bridge was repaired in Qubadli on 9 June 2005.",
    "Edit {n}: Azerbaijani forces recaptured Shusha on 8 November 2020.",
)
STRIDE = 317  # the k-th edit goes to source (middle + k * STRIDE) mod size: another source each time, every fifth seed copied in turn


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


class Served:
    """``mkdocs serve --dirty --livereload`` of a project on a free port of 127.0.0.1, stopped on exit;
    ``code``: a folder to import the plugin package from first."""

    def __init__(self, project: Path, code: str | None = None) -> None:
        self.base = f"http://127.0.0.1:{_port()}/"
        cmd = [sys.executable, "-m", "mkdocs", "serve", "--dirty", "--livereload", "-a", self.base[7:-1]]
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        if code:
            env["PYTHONPATH"] = os.pathsep.join(p for p in (str(Path(code).resolve()), env.get("PYTHONPATH")) if p)
        self.process = subprocess.Popen(cmd, cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def __enter__(self) -> Served:
        return self

    def __exit__(self, *exc) -> None:
        self.process.send_signal(signal.SIGINT)  # as Ctrl-C: MkDocs removes its temporary site (525 MB at 1,000 sources)
        try:
            self.process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def edits_visible(edits: list[tuple[Path, str, str]]) -> list[float]:
    """Seconds from appending each ``sentence`` to its ``file`` until its ``page`` shows it: (file, page, sentence) in turn."""
    times = []
    for file, page, sentence in edits:
        with file.open("a", encoding="utf-8") as f:
            f.write(f"\n{sentence}\n")
        times.append(_wait(page, sentence))
    return times


def spread(files: list, edits: int) -> list:
    """The ``edits`` files edited in turn: each another one, from the middle on (``STRIDE``)."""
    return [files[(len(files) // 2 + k * STRIDE) % len(files)] for k in range(edits)]


def _load() -> float:
    return os.getloadavg()[0]


def measure(size: int, edits: int, codes: list[str | None], floor: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        pristine = chronicle_project(size, Path(tmp) / "p")
        rows = []
        for code in codes:  # each on a copy of the corpus as generated: an edit that gave a district its first page does so again
            project = shutil.copytree(pristine, Path(tmp) / f"p{len(rows)}", ignore=shutil.ignore_patterns(".cache"))
            sources = spread(sorted((project / "corpus" / "sources").glob("*.txt")), edits)
            load = _load()
            with Served(project, code) as served:
                first = _wait(f"{served.base}sources/{sources[0].stem}/", 'class="chronicle-s"')
                with urllib.request.urlopen(f"{served.base}data/pages.jsonl", timeout=60) as response:
                    pages = sum(1 for _ in response)
                times = edits_visible([(source, f"{served.base}sources/{source.stem}/", EDITS[k % len(EDITS)].format(n=f"{k} of {len(rows)}"))
                                       for k, source in enumerate(sources)])
            rows.append((code or "installed", pages, first, times, load, _load()))
        floor_first, floor_times = float("nan"), [float("nan")]
        if floor:
            floor_dir = floor_project(rows[0][1], Path(tmp) / "floor")
            plain = sorted((floor_dir / "docs").rglob("p*.md"))  # spread over the sections' folders (``floor_project``)

            def url(doc: Path) -> str:
                return f"{served.base}{doc.relative_to(floor_dir / 'docs').with_suffix('').as_posix()}/"

            with Served(floor_dir) as served:
                floor_first = _wait(url(plain[0]), plain[0].read_text(encoding="utf-8").splitlines()[0].removeprefix("# "))
                docs = spread(plain, edits)
                floor_times = edits_visible([(doc, url(doc), f"Edit number {k} was appended.") for k, doc in enumerate(docs)])
    floor_median = statistics.median(floor_times)
    for code, pages, first, times, load, load_after in rows:
        median = statistics.median(times)
        print(f"{size:>8} {pages:>6} {first:>8.1f} {median:>8.2f} {max(times):>7.2f} "
              f"{floor_first:>8.1f} {floor_median:>8.2f} {max(floor_times):>7.2f} {median / floor_median:>6.2f} "
              f"{load:>5.1f} {load_after:>5.1f}  {code}", flush=True)
        print(f"{'':>8} each edit, in order: {' '.join(f'{t:.2f}' for t in times)}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,1000")
    parser.add_argument("--edits", type=int, default=12)
    parser.add_argument("--code", default="", help="comma-separated folders holding chronicle/, served in turn (default: the installed one)")
    parser.add_argument("--no-floor", dest="floor", action="store_false", help="skip bare MkDocs + Material")
    args = parser.parse_args()
    codes = [c for c in args.code.split(",") if c] or [None]
    print(f"edit -> visible in seconds, median and worst of {args.edits} edits; floor: bare MkDocs + Material, as many plain pages")
    print(f"{'sources':>8} {'pages':>6} {'first s':>8} {'edit s':>8} {'worst':>7} {'floor 1st':>8} {'floor s':>8} {'worst':>7} {'ratio':>6} "
          f"{'load':>5} {'after':>5}  code")
    for size in (int(s) for s in args.sizes.split(",")):
        measure(size, args.edits, codes, args.floor)


if __name__ == "__main__":
    main()
