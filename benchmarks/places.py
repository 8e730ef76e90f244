"""Place recognition: accuracy on the annotated seeds, throughput, scaling, memory.

    PYTHONPATH=plugins .venv/bin/python benchmarks/places.py            # throughput table
    PYTHONPATH=plugins .venv/bin/python benchmarks/places.py --gold     # score on the seeds
    PYTHONPATH=plugins .venv/bin/python benchmarks/places.py --collisions /usr/share/dict/words

--gold segments the seeds (paragraph = non-empty line, sentences by
chronicle.segment), writes a minimal data export of the place mentions and
filing districts to a temporary directory, and scores it with
shared/eval/score.py itself, so the figures are the scorer's own (the date and
war figures it also prints are meaningless here: this export has none).

The throughput mode tags 10 MB of deterministic synthetic war-report text with
the real gazetteer and with gazetteers grown 10x and 100x by synthesized
names, and prints medians and peak memory.

--collisions lists dictionary words that fold like a place name ("Areas" like
Aras, "Charter" like Chartar); add them to corpus/gazetteer/not-places.yaml.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import hashlib
import importlib.util
import io
import json
import pathlib
import random
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc

from chronicle.extract.placefold import fold
from chronicle.extract.placeindex import PlaceIndex, index_for
from chronicle.extract.places import filing_districts, tag_document
from chronicle.gazetteer import Gazetteer, Name, Place

ROOT = pathlib.Path(__file__).resolve().parent.parent
GAZETTEER = ROOT / "corpus" / "gazetteer"
SHARED = ROOT.parent / "shared"


def _split(text: str) -> list[str]:
    try:
        from chronicle.segment import split_sentences
    except ImportError:  # segmenter not available: one sentence per paragraph
        return [text]
    return list(split_sentences(text))


# --- gold ------------------------------------------------------------------


def export_seeds(seeds: pathlib.Path, gazetteer: Gazetteer, site: pathlib.Path) -> None:
    """Write sources.json / sentences.jsonl / mentions.jsonl for the place figures."""
    data = site / "data"
    data.mkdir(parents=True)
    sources, sentences, mentions = [], [], []
    for path in sorted(seeds.glob("*.txt")):
        raw = path.read_bytes()
        sid = path.stem
        sources.append({"id": sid, "file": path.name, "sha256": hashlib.sha256(raw).hexdigest()})
        paragraphs = [_split(line) for line in raw.decode("utf-8").splitlines() if line.strip()]
        tagged = tag_document(paragraphs, gazetteer)
        for p, (texts, found) in enumerate(zip(paragraphs, tagged.mentions), 1):
            for s, (text, ms) in enumerate(zip(texts, found)):
                row_id = f"p{p}s{s}"
                sentences.append({"source": sid, "id": row_id, "paragraph": p, "text": text,
                                  "districts": list(filing_districts(ms))})
                mentions += [{"source": sid, "sentence": row_id, **dataclasses.asdict(m), "place_kind": m.kind,
                              "kind": "place"} for m in ms]
    (data / "sources.json").write_text(json.dumps(sources), encoding="utf-8")
    for name, rows in (("sentences.jsonl", sentences), ("mentions.jsonl", mentions)):
        (data / name).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def score_gold(misses: int) -> int:
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    gazetteer = Gazetteer.load(GAZETTEER)
    output = io.StringIO()
    with tempfile.TemporaryDirectory() as tmp, contextlib.redirect_stdout(output):
        site = pathlib.Path(tmp) / "site"
        export_seeds(SHARED / "seeds", gazetteer, site)
        status = score.main(["--site", str(site), "--gold", str(SHARED / "eval" / "seeds-gold.yaml"),
                             "--seeds", str(SHARED / "seeds"), "--misses", str(misses),
                             "--min", "place_f1=0.97", "--min", "place_district_accuracy=0.97",
                             "--min", "link_districts_f1=0.93"])
    print(_place_lines(output.getvalue()))
    return status


def _place_lines(report: str) -> str:
    """Keep the scorer's place and district sections; this export has no dates or wars."""
    kept, keep = [], False
    for line in report.splitlines():
        if line.startswith("# "):
            keep = "place" in line or "districts" in line
        elif not line.startswith(" "):
            keep = line.startswith(("place_", "link_districts", "FAIL"))
            if line.startswith("FAIL"):
                line = line.split(" | ")[0]
        if keep:
            kept.append(line)
    return "\n".join(kept)


# --- throughput ----------------------------------------------------------------

_FRAMES = (
    "On {date}, {army} forces shelled the village of {p1} in the {p2} district.",
    "Fighting continued along the {p1}-{p2} line as units advanced towards {p3}.",
    "{p1} maintains that the offensive on {p2} was a response to attacks from {p3}.",
    "The town is 40 kilometres east of {p1} and close to the {p2} reservoir.",
    "Refugees from {p1} and {p2} reached {p3} after the road was cut.",
    "Officials said the situation in the region remained tense throughout the week.",
    "Observers from the Minsk Group visited {p1} before the Second Karabakh War resumed.",
    "Armenian and Azerbaijani delegations met in {p1} to discuss prisoners.",
)


def synthetic_text(size: int, names: list[str], seed: int = 7) -> list[list[str]]:
    """Paragraphs of sentences, about ``size`` bytes, deterministic for a seed."""
    rng = random.Random(seed)
    paragraphs, total = [], 0
    while total < size:
        sentences = []
        for _ in range(rng.randint(3, 8)):
            frame = rng.choice(_FRAMES)
            sentence = frame.format(date=f"{rng.randint(1, 28)} October 2020", army=rng.choice(("Armenian", "Azerbaijani")),
                                    p1=rng.choice(names), p2=rng.choice(names), p3=rng.choice(names))
            sentences.append(sentence)
            total += len(sentence.encode("utf-8")) + 1
        paragraphs.append(sentences)
    return paragraphs


def grown(gazetteer: Gazetteer, factor: int, seed: int = 11) -> Gazetteer:
    """The gazetteer plus (factor - 1) x as many synthesized villages, each with three names."""
    rng = random.Random(seed)
    syllables = ("ag", "dam", "ka", "ra", "bakh", "zan", "gi", "lan", "shu", "sha", "tar", "ve", "nd", "li", "ja",
                 "bar", "qu", "ba", "dli", "ko", "vsa", "kan", "mar", "ta", "kert", "or", "du", "bad")
    places = list(gazetteer)
    extra = (factor - 1) * sum(len(p.names) for p in places)
    districts = [p.id for p in gazetteer.districts()]
    for n in range(extra // 3):
        stem = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).capitalize() + f"{n:05d}"[-0:]
        stem = stem.rstrip("0123456789") + "".join(chr(97 + int(d)) for d in f"{n:05d}")
        names = (Name(stem, "az", "synthetic"), Name(stem + "li", "ru", "synthetic"), Name("Nor " + stem, "hy", "synthetic"))
        places.append(Place(f"synthetic-{n}", stem, "village", rng.choice(districts), names, None))
    return Gazetteer(places, set(), set(), {})


def _median_run(paragraphs: list[list[str]], gazetteer: Gazetteer, repeats: int) -> tuple[float, float, int]:
    """Median wall and CPU seconds: on a shared machine CPU time is what the code itself costs."""
    times, cpu, found = [], [], 0
    for _ in range(repeats):
        started, started_cpu = time.perf_counter(), time.process_time()
        result = tag_document(paragraphs, gazetteer)
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
        found = sum(len(s) for p in result.mentions for s in p)
    return statistics.median(times), statistics.median(cpu), found


def throughput(size_mb: float, repeats: int, factors: tuple[int, ...], settlements: bool) -> None:
    base = Gazetteer.load(GAZETTEER, settlements=settlements)
    # The same text with or without generated settlements: names from the editors' entries only.
    names = sorted({n.text for p in base if p.source is None for n in p.names
                    if n.language in ("en", "az") and n.text[:1].isupper()})
    paragraphs = synthetic_text(int(size_mb * 1_000_000), names)
    size = sum(len(s.encode("utf-8")) + 1 for p in paragraphs for s in p)
    print(f"text: {size / 1e6:.1f} MB, {sum(len(p) for p in paragraphs)} sentences; median of {repeats} runs;"
          f" generated settlements {'in' if settlements else 'left out'}")
    print(f"{'gazetteer':>10} {'names':>8} {'index s':>8} {'index MB':>9} {'tag s':>8} {'MB/s':>7} {'cpu MB/s':>9}"
          f" {'mentions':>9} {'tag MB':>7}")
    for factor in factors:
        gazetteer = base if factor == 1 else grown(base, factor)
        n_names = sum(len(p.names) for p in gazetteer)
        started = time.perf_counter()
        PlaceIndex(gazetteer)
        built = time.perf_counter() - started
        tracemalloc.start()
        PlaceIndex(gazetteer)
        index_mb = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
        index_for(gazetteer)
        seconds, cpu, found = _median_run(paragraphs, gazetteer, repeats)
        tracemalloc.start()
        tag_document(paragraphs[: len(paragraphs) // 10], gazetteer)
        peak = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
        print(f"{factor:>9}x {n_names:>8} {built:>8.2f} {index_mb:>9.1f} {seconds:>8.2f} {size / 1e6 / seconds:>7.2f}"
              f" {size / 1e6 / cpu:>9.2f} {found:>9} {peak:>7.1f}")
    print("index MB: tracemalloc peak while building the index (a second, untimed build)")
    print("tag MB: tracemalloc peak while tagging a tenth of the text, index built; ru_maxrss of the process:"
          f" {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


# --- collisions --------------------------------------------------------------


def collisions(wordlist: pathlib.Path) -> int:
    """Words of a dictionary that fold like a place name but not listed in not-places.yaml."""
    gazetteer = Gazetteer.load(GAZETTEER)
    index = PlaceIndex(gazetteer)
    words = sorted({w.strip() for w in wordlist.read_text(encoding="utf-8").split() if w.strip().isalpha()})
    found = [w for w in words if index.collides(w) and not gazetteer.ordinary_word(w)]
    print(f"{len(words)} words, {len(found)} fold like a place name and are not in not-places.yaml:")
    for word in found:
        print(f"  - {word}  # {', '.join(sorted({e.entity for e in index.keys[fold(word)]}))}")
    return 1 if found else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", action="store_true", help="score on the annotated seeds")
    parser.add_argument("--collisions", type=pathlib.Path, metavar="WORDLIST",
                        help="list dictionary words that fold like a place name (e.g. /usr/share/dict/words)")
    parser.add_argument("--misses", type=int, default=40)
    parser.add_argument("--mb", type=float, default=10.0, help="size of the synthetic text")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--factors", default="1,10,100", help="gazetteer sizes to time, as multiples of the real one")
    parser.add_argument("--no-settlements", action="store_true",
                        help="leave out corpus/gazetteer/settlements/ (the gazetteer before issue 13)")
    args = parser.parse_args(argv)
    if args.gold:
        return score_gold(args.misses)
    if args.collisions:
        return collisions(args.collisions)
    throughput(args.mb, args.repeats, tuple(int(f) for f in args.factors.split(",")), not args.no_settlements)
    return 0


if __name__ == "__main__":
    sys.exit(main())
