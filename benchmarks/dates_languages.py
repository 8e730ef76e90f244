"""Dates in Russian, Azerbaijani and Armenian: value accuracy on the annotated fixtures, and throughput.

    PYTHONPATH=plugins .venv/bin/python benchmarks/dates_languages.py [--repeats 3] [--size 2000000] [--misses]

Accuracy: every annotated expression of ``tests/fixtures/languages/<lang>/*.yaml``
counts as right when a mention overlapping it in its paragraph has its value
(the seed gold's "timex_value_accuracy"). Paragraphs are split into sentences
by ``chronicle.segment.split_sentences``, as a build does.

Throughput (characters per second, median of --repeats runs) of the date
tagger per language on ~--size characters of the fixture paragraphs in a
shuffled order, and on English (the synthetic corpus of ``benchmarks/dates.py``)
for comparison: the languages' grammar must not slow English down, and reads
its own text at the same order of speed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from build import median_time  # noqa: E402
from dates import load_seeds, synthetic_corpus  # noqa: E402

from chronicle.extract.dates import tag_document  # noqa: E402
from chronicle.segment import split_sentences  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "languages"
LANGUAGES = ("ru", "az", "hy")
Document = list[list[str]]


def fixtures(language: str) -> list[dict]:
    return [yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted((FIXTURES / language).glob("*.yaml"))]


def accuracy(language: str, show_misses: bool) -> tuple[int, int]:
    """(right, annotated) over the language's fixtures."""
    right = total = 0
    for text in fixtures(language):
        day = text.get("document_date")
        paragraphs = [p["text"] for p in text["paragraphs"]]
        sentences = [list(split_sentences(p)) for p in paragraphs]
        found = tag_document(sentences, document_date=dt.date.fromisoformat(day) if day else None, language=language)
        for paragraph, pieces, mentions, gold in zip(paragraphs, sentences, found, text["paragraphs"]):
            located = _in_paragraph(paragraph, pieces, mentions)
            cursor = 0
            for surface, value in gold["timexes"]:
                start = paragraph.index(surface, cursor)
                cursor = start + 1
                near = [(t, v) for a, b, t, v in located if a < start + len(surface) and start < b]
                ok = any(v == value for _, v in near)
                right += ok
                total += 1
                if show_misses and not ok:
                    print(f"    miss {language}: {surface!r} want {value}, got {near}")
    return right, total


def _in_paragraph(paragraph: str, pieces: list[str], mentions) -> list[tuple[int, int, str, str]]:
    """Mentions with offsets in their paragraph (a sentence is a slice of it)."""
    out, position = [], 0
    for sentence, found in zip(pieces, mentions):
        offset = paragraph.index(sentence, position)
        position = offset + len(sentence)
        out += [(offset + m.start, offset + m.end, m.text, m.value) for m in found]
    return out


def corpus(language: str, size: int) -> Document:
    """~size characters of the fixture paragraphs in a shuffled order, split into sentences."""
    paragraphs = [p["text"] for text in fixtures(language) for p in text["paragraphs"]]
    rng = random.Random(14)
    out, total = [], 0
    while total < size:
        text = rng.choice(paragraphs)
        out.append(list(split_sentences(text)))
        total += len(text)
    return out


def speed(documents: list[Document], language: str, repeats: int) -> float:
    size = sum(len(s) for d in documents for p in d for s in p)
    seconds = median_time(lambda: [tag_document(d, language=language) for d in documents], repeats)
    return size / seconds


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--size", type=int, default=2_000_000, help="characters per language")
    ap.add_argument("--misses", action="store_true", help="list the expressions read wrong")
    args = ap.parse_args(argv)

    print("value accuracy on the annotated fixtures")
    for language in LANGUAGES:
        right, total = accuracy(language, args.misses)
        print(f"  {language}: {right}/{total} = {right / total:.3f}")

    print(f"\nthroughput, chars/s (median of {args.repeats} runs, ~{args.size:,} chars each)")
    english = synthetic_corpus(args.size, load_seeds())
    print(f"  en: {speed(english, 'en', args.repeats):12,.0f}")
    for language in LANGUAGES:
        print(f"  {language}: {speed(_chunks(corpus(language, args.size)), language, args.repeats):12,.0f}")
    return 0


def _chunks(paragraphs: Document, size: int = 40) -> list[Document]:
    """Documents of 40 paragraphs, like the English synthetic corpus."""
    return [paragraphs[i : i + size] for i in range(0, len(paragraphs), size)]


if __name__ == "__main__":
    sys.exit(main())
