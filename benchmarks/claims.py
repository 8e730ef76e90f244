"""Benchmark claims extraction and event resolution.

    PYTHONPATH=plugins .venv/bin/python benchmarks/claims.py [--repeats 3] [--copies 20] [--sources 1000 10000]

Throughput (characters per second, median of --repeats runs): the claims
stage (``chronicle.extract.claims.tag_source``) beside the date tagger
(``chronicle.extract.dates.tag_document``) on the same text: the seed corpus
repeated --copies times, with the place, date and war mentions the claims
stage reads computed once beforehand (they are other stages' work).

Event resolution (``chronicle.events.resolve``) on synthetic claims, ten per
source, for each --sources count: the time, the time per claim, and the ratio
to n log n, which stays flat when resolution grows no worse than n log n.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from chronicle import ingest, lexicon, pipeline  # noqa: E402
from chronicle.events import interval, resolve  # noqa: E402
from chronicle.extract import claims as claim_tagger  # noqa: E402
from chronicle.extract import dates as date_tagger  # noqa: E402
from chronicle.gazetteer import Gazetteer  # noqa: E402
from chronicle.model import Claim  # noqa: E402
from chronicle.wars import WarCatalog  # noqa: E402
from build import median_time  # noqa: E402  (benchmarks/ is on the path when a script runs)

CLAIMS_PER_SOURCE = 10
DISTRICTS = ["AZ-AGM", "AZ-FUZ", "AZ-CAB", "AZ-QBI", "AZ-ZAN", "AZ-KAL", "AZ-LAC", "AZ-SUS", "AZ-XA", "AZ-XCI",
             "AZ-XVD", "AZ-TAR", None]
KINDS = ["control", "control", "assault", "assault", "assault", "ceasefire", "massacre", "other"]
WARS = {"first-nagorno-karabakh-war": (dt.date(1988, 2, 20), dt.date(1994, 5, 12)),
        "second-nagorno-karabakh-war": (dt.date(2020, 9, 27), dt.date(2020, 11, 10))}


def throughput(repeats: int, copies: int) -> None:
    gazetteer = Gazetteer.load(ROOT / "corpus" / "gazetteer")
    catalog = WarCatalog.load(ROOT / "corpus" / "wars.yaml")
    lex = lexicon.load()["en"]
    raws, _ = ingest.read_corpus(ROOT / "corpus" / "sources", ROOT)
    processed = [pipeline.process(r, gazetteer, catalog) for r in raws] * copies
    texts = [[[s.text for s in p.sentences] for p in pr.source.paragraphs] for pr in processed]
    chars = sum(len(s) for doc in texts for para in doc for s in para)

    def dates() -> None:
        for doc in texts:
            date_tagger.tag_document(doc)

    def claims() -> None:
        for pr in processed:
            claim_tagger.tag_source(pr.source, pr.facts, lex, catalog, pipeline.document_date(pr.source))

    for name, fn in (("date tagger", dates), ("claims", claims)):
        seconds = median_time(fn, repeats)
        print(f"{name:<12} {chars:>10,} chars  {seconds:8.3f} s  {chars / seconds:>12,.0f} chars/s")


def synthetic(sources: int, seed: int = 8) -> list[Claim]:
    """Claims as ``sources`` sources would give them: clustered around a few hundred happenings, some vague or undated."""
    rng = random.Random(seed)
    happenings = []
    for _ in range(max(50, sources // 5)):
        war = rng.choice(list(WARS))
        lo, hi = WARS[war]
        day = lo + dt.timedelta(days=rng.randrange((hi - lo).days + 1))
        happenings.append((rng.choice(KINDS), rng.choice(DISTRICTS), war, day))
    out = []
    for s in range(sources):
        for n in range(CLAIMS_PER_SOURCE):
            kind, district, war, day = rng.choice(happenings)
            district = None if kind == "ceasefire" else district
            form = rng.random()
            day += dt.timedelta(days=rng.randint(-3, 3))
            value, mod = ((day.isoformat(), None) if form < 0.6 else (day.strftime("%Y-%m"), None) if form < 0.75
                          else (day.isoformat(), "ON_OR_BEFORE") if form < 0.85 else (None, None))
            lo, hi = interval(value, mod)
            context = (day - dt.timedelta(days=rng.randint(0, 10)), None) if value is None else (None, None)
            out.append(Claim(f"{s:06d}", f"s-{n:03d}", 1, kind, district, None, war, value, mod, lo, hi, "took",
                             0, 4, context))
    return out


def resolution(counts: list[int], repeats: int) -> None:
    print(f"{'sources':>8} {'claims':>8} {'seconds':>9} {'µs/claim':>9} {'µs per n·log2 n':>16} {'events':>8}")
    for count in counts:
        claims = synthetic(count)
        seconds = median_time(lambda: resolve(claims), repeats)
        n = len(claims)
        events = len(resolve(claims))
        print(f"{count:>8} {n:>8} {seconds:9.3f} {seconds / n * 1e6:9.1f} {seconds / (n * math.log2(n)) * 1e6:16.3f} {events:>8}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--copies", type=int, default=20, help="how many times the seed corpus is repeated")
    parser.add_argument("--sources", type=int, nargs="+", default=[1000, 10000])
    args = parser.parse_args()
    throughput(args.repeats, args.copies)
    resolution(args.sources, args.repeats)


if __name__ == "__main__":
    main()
