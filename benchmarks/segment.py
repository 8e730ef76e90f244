"""Benchmark our sentence splitter against pysbd: agreement, throughput, linearity.

    PYTHONPATH=plugins .venv/bin/python benchmarks/segment.py [--repeats 3] [--pysbd-cap 80000] [--diff]

pysbd (the ``bench`` extra) is run as the former ``split_sentences`` ran it:
pysbd 0.3.4 with ``clean=False``, its cuts joined back where a piece starts
inside a token or is a list marker. Reported, in one run:

- agreement: the share of paragraphs split exactly as pysbd splits them (and
  equal up to whitespace) on the seed texts (paragraph = what the reader makes
  of each ``corpus/sources/*.txt``) and on the written fixtures of
  ``tests/fixtures/segment/shapes.yaml``, where every difference from pysbd
  must carry a ``pysbd:`` note saying why (a difference in whitespace alone
  is explained by itself); ``--diff`` prints the differences;
- throughput: characters per second on the same paragraphs, median of
  ``--repeats`` runs, and the ratio;
- linearity: one paragraph of 20k, 80k, 320k and 2M characters made of seed
  prose, plus a 2 MB line without punctuation and a 2 MB run of ". " (a
  candidate boundary every two characters, the worst case); pysbd is
  quadratic, so it only runs up to ``--pysbd-cap`` characters.

Times are CPU seconds of this process (``time.process_time``): the machine is
shared, and wall time would measure the neighbours.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from chronicle.ingest import text_blocks
from chronicle.sentences import load_rules, split

SEEDS = ROOT / "corpus" / "sources"
SHAPES = ROOT / "tests" / "fixtures" / "segment" / "shapes.yaml"
SIZES = (20_000, 80_000, 320_000, 2_000_000)
_RULES = load_rules()
# The former post-processing of pysbd's cuts: a piece with no word of three letters joins the next.
_FRAGMENT = re.compile(r"^(?:\W*|\W*\w{1,2}\W*|\d+\W*)$")
Splitter = Callable[[str], tuple[str, ...]]
_WHITESPACE_ONLY = "whitespace only: the former post-processing joined pieces with a plain space; ours keeps the text's own"


def ours(text: str) -> tuple[str, ...]:
    return split(text, _RULES)


def pysbd_splitter() -> Splitter | None:
    """The former ``split_sentences`` (pysbd 0.3.4), or None when pysbd is not installed."""
    try:
        import pysbd
    except ImportError:
        return None
    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)

    def former(text: str) -> tuple[str, ...]:
        if not text.strip():
            return ()
        cuts = sorted({0, len(text), *(s.start for s in segmenter.segment(text))})
        merged: list[str] = []
        carry = ""
        for a, b in zip(cuts, cuts[1:]):
            piece = text[a:b].strip()
            if not piece:
                continue
            if merged and not carry and a > 0 and not text[a - 1].isspace():
                merged[-1] += piece
                continue
            piece = f"{carry} {piece}" if carry else piece
            carry = piece if _FRAGMENT.match(piece) else ""
            if not carry:
                merged.append(piece)
        if carry:
            merged[-1:] = [f"{merged[-1]} {carry}"] if merged else [carry]
        return tuple(merged)

    return former


def seed_paragraphs() -> list[tuple[str, str]]:
    return [(f"{p.name}:{line}", text) for p in sorted(SEEDS.glob("*.txt"))
            for line, text in text_blocks(p.read_text(encoding="utf-8"))]


def fixtures() -> list[dict]:
    return yaml.safe_load(SHAPES.read_text(encoding="utf-8"))


def _squash(sentences: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(" ".join(s.split()) for s in sentences)


def agreement(reference: Splitter, show: bool) -> None:
    print("## Agreement with pysbd (former split_sentences)\n")
    print("| texts | paragraphs | identical | equal up to whitespace | differences explained |")
    print("|---|---|---|---|---|")
    rows = {"seeds": [(name, text, None) for name, text in seed_paragraphs()],
            "fixtures": [(f"{n}-{c['shape']}", c["text"], c.get("pysbd")) for n, c in enumerate(fixtures(), 1)]}
    differences = []
    for label, cases in rows.items():
        same = squashed = explained = 0
        for name, text, note in cases:
            a, b = ours(text), reference(text)
            same += a == b
            squashed += _squash(a) == _squash(b)
            if a != b:
                note = note or (_WHITESPACE_ONLY if _squash(a) == _squash(b) else None)
                explained += note is not None
                differences.append((name, a, b, note))
        n = len(cases)
        print(f"| {label} | {n} | {same} ({same / n:.1%}) | {squashed} ({squashed / n:.1%}) | {explained} of {n - same} |")
    for name, a, b, note in differences if show else ():
        print(f"\n{name}: {note or 'UNEXPLAINED'}\n  ours : {list(a)}\n  pysbd: {list(b)}")
    print()


def _median_seconds(splitter: Splitter, texts: list[str], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.process_time()
        for text in texts:
            splitter(text)
        times.append(time.process_time() - start)
    return statistics.median(times)


def throughput(reference: Splitter, repeats: int) -> None:
    texts = [text for _, text in seed_paragraphs()] + [c["text"] for c in fixtures()]
    chars = sum(map(len, texts))
    t_ours, t_ref = _median_seconds(ours, texts, repeats), _median_seconds(reference, texts, repeats)
    print(f"## Throughput: {len(texts)} paragraphs, {chars:,} characters, median of {repeats}\n")
    print("| splitter | seconds | chars/s |\n|---|---|---|")
    print(f"| ours | {t_ours:.4f} | {chars / t_ours:,.0f} |")
    print(f"| pysbd | {t_ref:.4f} | {chars / t_ref:,.0f} |")
    print(f"\nours is {t_ref / t_ours:.1f}x faster\n")


def _prose(size: int) -> str:
    """One paragraph of ``size`` characters made of seed prose, cut at a space."""
    prose = " ".join(text for _, text in seed_paragraphs())
    text = (prose + " ") * (size // len(prose) + 1)
    return text[: text.rfind(" ", 0, size + 1)]


def linearity(reference: Splitter | None, repeats: int, cap: int) -> None:
    print(f"## Linearity: one paragraph per row, median of {repeats}; pysbd up to {cap:,} characters\n")
    print("| text | characters | ours s | ours chars/s | pysbd s | pysbd chars/s | ratio |")
    print("|---|---|---|---|---|---|---|")
    rows = [(f"seed prose {size:,}", _prose(size)) for size in SIZES]
    rows += [("no punctuation", ("lorem ipsum dolor " * 120_000)[:2_000_000]), ('". " run', ". " * 1_000_000)]
    for label, text in rows:
        t_ours = _median_seconds(ours, [text], repeats)
        cells = f"| {label} | {len(text):,} | {t_ours:.3f} | {len(text) / t_ours:,.0f} |"
        if reference is not None and len(text) <= cap and label.startswith("seed"):
            t_ref = _median_seconds(reference, [text], repeats)
            cells += f" {t_ref:.3f} | {len(text) / t_ref:,.0f} | {t_ref / t_ours:.0f}x |"
        else:
            cells += " - | - | - |"
        print(cells, flush=True)
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--pysbd-cap", type=int, default=80_000, help="largest paragraph given to pysbd")
    parser.add_argument("--diff", action="store_true", help="print every paragraph split differently")
    args = parser.parse_args()
    reference = pysbd_splitter()
    if reference is None:
        print("pysbd is not installed (pip install -e '.[bench]'): our figures only\n")
    else:
        agreement(reference, args.diff)
        throughput(reference, args.repeats)
    linearity(reference, args.repeats, args.pysbd_cap)


if __name__ == "__main__":
    main()
