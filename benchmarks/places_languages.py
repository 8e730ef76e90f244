"""Place recognition in Russian, Azerbaijani and Armenian: accuracy on the fixtures, and throughput.

    .venv/bin/python benchmarks/places_languages.py              # accuracy per language, throughput (2 MB)
    .venv/bin/python benchmarks/places_languages.py --mb 10      # throughput on a larger mixed corpus

Accuracy: of the mentions the fixtures (tests/fixtures/places_languages/*.yaml)
expect, the share found with the expected text and district; and the share of
the no-place sentences left without a mention. Throughput: the fixtures'
sentences, shuffled into paragraphs of a deterministic mixed-language corpus
(with English from the seeds when present), tagged with each paragraph's
language; medians of three runs, after one warm-up run that fills the caches
the way a build's first sources do.
"""

from __future__ import annotations

import argparse
import pathlib
import random
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))
sys.path.insert(0, str(ROOT / "tests"))

from build import median_time  # noqa: E402  (benchmarks/ is on the path when a script runs)
from places_languages_support import GAZETTEER, LANGUAGES, Fixture, found, load  # noqa: E402

from chronicle.extract.places import tag_document  # noqa: E402
from chronicle.gazetteer import Gazetteer  # noqa: E402

SEEDS = ROOT.parent / "shared" / "seeds"


def accuracy(fixture: Fixture, gazetteer: Gazetteer) -> tuple[int, int, int, int]:
    """(mentions right, mentions expected, no-place sentences clean, no-place sentences)."""
    right = expected = 0
    for sentence, wanted in fixture.mentions:
        got = found(gazetteer, sentence, fixture.language)
        right += sum(1 for mention in wanted if mention in got)
        expected += len(wanted)
    clean = sum(1 for s in fixture.no_place if not found(gazetteer, s, fixture.language))
    return right, expected, clean, len(fixture.no_place)


def corpus(megabytes: float, fixtures: list[Fixture]) -> list[tuple[str, list[list[str]]]]:
    """(language, paragraphs) documents of about ``megabytes`` MB, the same every run."""
    rng = random.Random(14)
    pools = {f.language: [s for s, _ in f.mentions] + f.no_place for f in fixtures}
    if SEEDS.is_dir():
        pools["en"] = [line for p in sorted(SEEDS.glob("*.txt")) for line in p.read_text(encoding="utf-8").splitlines()
                       if line.strip()]
    documents, size = [], 0
    while size < megabytes * 1_000_000:
        language = rng.choice(sorted(pools))
        paragraphs = [[rng.choice(pools[language]) for _ in range(4)] for _ in range(10)]
        size += sum(len(s.encode("utf-8")) + 1 for p in paragraphs for s in p)
        documents.append((language, paragraphs))
    return documents


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=2.0)
    args = parser.parse_args(argv)
    gazetteer = Gazetteer.load(GAZETTEER)
    fixtures = [load(language) for language in LANGUAGES]
    print("language  mentions right  accuracy  no-place clean")
    for fixture in fixtures:
        right, expected, clean, guards = accuracy(fixture, gazetteer)
        print(f"{fixture.language:8}  {right:>4}/{expected:<4}      {right / expected:8.3f}  {clean:>4}/{guards}")
    documents = corpus(args.mb, fixtures)
    size = sum(len(s.encode("utf-8")) + 1 for _, paragraphs in documents for p in paragraphs for s in p)

    def run() -> None:
        for language, paragraphs in documents:
            tag_document(paragraphs, gazetteer, language)

    run()  # warm-up: the index, the dictionary and the per-word caches
    seconds = median_time(run, 3)
    print(f"throughput: {size / 1e6:.1f} MB mixed (ru, az, hy{', en' if SEEDS.is_dir() else ''}) "
          f"in {seconds:.2f} s median = {size / 1e6 / seconds:.2f} MB/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
