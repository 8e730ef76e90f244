"""Benchmark the temporal tagger against dateparser: accuracy on the gold, throughput.

    PYTHONPATH=plugins .venv/bin/python benchmarks/dates.py [--repeats 3] [--misses]

Accuracy: both taggers run over the seed texts (paragraph = non-empty line,
sentences from ``chronicle.segment.split_sentences``); their mentions are
written as a minimal site export and scored by ``../shared/eval/score.py``
itself, so the figures are the scorer's (timex_f1_strict,
timex_value_accuracy, link_dates_f1 from the DATE/TIME values per paragraph).

Throughput (characters per second, median of --repeats runs) on the corpus
and on a deterministic synthetic corpus of ~10 MB of varied prose. dateparser's
``search_dates`` is far slower, so it is timed on a slice of the synthetic
corpus (and ours on the same slice, for a like-for-like ratio).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import random
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "plugins"))

from chronicle.extract.dates import tag_document
from chronicle.segment import split_sentences

SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "corpus" / "sources"
GOLD = SHARED / "eval" / "seeds-gold.yaml"
METRICS = ("timex_f1_strict", "timex_f1_relaxed", "timex_value_accuracy", "link_dates_f1")
Document = list[list[str]]  # paragraphs of sentences


def load_seeds() -> dict[str, tuple[bytes, Document]]:
    seeds = {}
    for path in sorted(SEEDS.glob("*.txt")):
        raw = path.read_bytes()
        lines = [line.strip() for line in raw.decode("utf-8").splitlines() if line.strip()]
        seeds[path.name] = (raw, [list(split_sentences(line)) for line in lines])
    return seeds


# ---------------------------------------------------------------- the two taggers
def ours(document: Document) -> list[list[list[dict]]]:
    return [
        [[{"start": m.start, "end": m.end, "text": m.text, "value": m.value, "type": m.type, "mod": m.mod} for m in s]
         for s in paragraph]
        for paragraph in tag_document(document)
    ]


def dateparser_tagger():
    warnings.filterwarnings("ignore")
    from dateparser.search import search_dates

    settings = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}

    def tag(document: Document) -> list[list[list[dict]]]:
        out = []
        for paragraph in document:
            sentences = []
            for sentence in paragraph:
                found = search_dates(sentence, languages=["en"], settings=settings) or []
                sentences.append(_located(sentence, found))
            out.append(sentences)
        return out

    return tag


def _located(sentence: str, found) -> list[dict]:
    """dateparser gives substrings and datetimes; find their offsets, read a day or a time value."""
    mentions, cursor = [], 0
    for text, when in found:
        start = sentence.find(text, cursor)
        if start < 0:
            continue
        cursor = start + len(text)
        timed = when.hour or when.minute
        value = when.strftime("%Y-%m-%dT%H:%M" if timed else "%Y-%m-%d")
        mentions.append({"start": start, "end": cursor, "text": text, "value": value,
                         "type": "TIME" if timed else "DATE", "mod": None})
    return mentions


# ---------------------------------------------------------------- scoring with score.py
def score(tagger, seeds: dict[str, tuple[bytes, Document]], show_misses: bool) -> dict[str, float]:
    spec = importlib.util.spec_from_file_location("gold_score", SHARED / "eval" / "score.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp)
        _write_export(site, tagger, seeds)
        gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
        out: dict = {}
        misses = scorer.score_gold(scorer.Export(site), gold, SEEDS, out)
    if show_misses:
        for kind, rows in sorted(misses.items()):
            if rows and kind.startswith(("timex", "dates")):
                print(f"  # {kind}: {len(rows)}")
                for row in rows:
                    print(f"      {row}")
    return {k: out[k] for k in METRICS}


def _write_export(site: Path, tagger, seeds) -> None:
    data = site / "data"
    data.mkdir()
    sources, sentences, mentions = [], [], []
    for name, (raw, document) in seeds.items():
        sid = name.split("_")[0]
        sources.append({"id": sid, "file": f"corpus/sources/{name}", "sha256": hashlib.sha256(raw).hexdigest()})
        for number, (paragraph, found) in enumerate(zip(document, tagger(document)), 1):
            for index, (text, items) in enumerate(zip(paragraph, found)):
                sentence_id = f"p{number}-s{index}"
                dates = sorted({m["value"] for m in items if m["type"] in ("DATE", "TIME")})
                sentences.append({"source": sid, "id": sentence_id, "paragraph": number, "text": text,
                                  "boilerplate": False, "dates": dates, "districts": [], "wars": []})
                mentions.extend({"source": sid, "sentence": sentence_id, "kind": "date", **m} for m in items)
    (data / "sources.json").write_text(json.dumps(sources), encoding="utf-8")
    for file, rows in (("sentences.jsonl", sentences), ("mentions.jsonl", mentions)):
        (data / file).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


# ---------------------------------------------------------------- synthetic corpus
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]
_TEMPLATES = [
    "On {month} {day}, the {unit} advanced towards {place} and took {count} villages.",
    "By {month} {day}, {year}, some {count2} soldiers had left {place}.",
    "In the {season} of {year}, fighting resumed along the front near {place}.",
    "The {n}-day ceasefire collapsed in mid-{month}, and {place} fell two days later.",
    "From {month} {day} - {month2} {day2}, the {unit} held the road to {place}.",
    "The {ordinal} session of the council passed resolution {count} on the {day}th of {month}.",
    "Between {year} and {year2}, the population of {place} fell from {count2} to {count}.",
    "A MiG-{count} and two BM-21 launchers were seen at {place} in the early {decade}s.",
    "The same day, an agreement on a {n}-day truce was signed; it lasted merely a month and a half.",
    "Men aged 18 to 40 were mobilized in {place}; {count2} of them were wounded by late {month}.",
    "At around {hh}:{mm} on {day} {month} {year}, shelling began again near {place}.",
    "Reports on Tuesday said that {count} people may march to {place} this week.",
    "The war of {year}-{year2} ended with the loss of {place}; three decades later the town was retaken.",
]
_PLACES = ["Agdam", "Fizuli", "Jebrail", "Kelbajar", "Shusha", "Lachin", "Martuni", "Hadrut", "Zangelan"]
_UNITS = ["brigade", "battalion", "army", "defence forces", "militia"]


def synthetic_corpus(size: int, seeds: dict[str, tuple[bytes, Document]]) -> list[Document]:
    """Documents of ~40 paragraphs mixing template prose with the seeds' own sentences."""
    rng = random.Random(1993)
    seed_sentences = [s for _, doc in seeds.values() for p in doc for s in p]
    documents, document, paragraph, total = [], [], [], 0
    while total < size:
        if rng.random() < 0.4:
            sentence = rng.choice(seed_sentences)
        else:
            year = rng.randint(1988, 2023)
            sentence = rng.choice(_TEMPLATES).format(
                month=rng.choice(_MONTHS), month2=rng.choice(_MONTHS), day=rng.randint(1, 28),
                day2=rng.randint(1, 28), year=year, year2=year + rng.randint(1, 4), n=rng.randint(2, 60),
                count=rng.randint(2, 999), count2=f"{rng.randint(1, 99)},{rng.randint(0, 999):03d}",
                season=rng.choice(["spring", "summer", "autumn", "winter"]), place=rng.choice(_PLACES),
                unit=rng.choice(_UNITS), ordinal=f"{rng.randint(20, 80)}th", decade=year // 10 * 10,
                hh=f"{rng.randint(0, 23):02d}", mm=f"{rng.randint(0, 59):02d}",
            )
        paragraph.append(sentence)
        total += len(sentence) + 1
        if len(paragraph) >= rng.randint(1, 6):
            document.append(paragraph)
            paragraph = []
        if len(document) >= 40:
            documents.append(document)
            document = []
    documents.append(document + ([paragraph] if paragraph else []))
    return [d for d in documents if d]


def slice_of(documents: list[Document], size: int) -> list[Document]:
    out, total = [], 0
    for document in documents:
        if total >= size:
            break
        out.append(document)
        total += chars(document)
    return out


def chars(document: Document) -> int:
    return sum(len(s) for p in document for s in p)


def throughput(tagger, documents: list[Document], repeats: int) -> float:
    size = sum(chars(d) for d in documents)
    times = []
    for _ in range(repeats):
        began = time.perf_counter()
        for document in documents:
            tagger(document)
        times.append(time.perf_counter() - began)
    return size / statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--size", type=int, default=10_000_000, help="synthetic corpus size in characters")
    ap.add_argument("--slice", type=int, default=30_000, help="characters of it given to dateparser")
    ap.add_argument("--misses", action="store_true", help="list the gold misses behind the scores")
    ap.add_argument("--score-only", action="store_true")
    args = ap.parse_args(argv)

    seeds = load_seeds()
    theirs = dateparser_tagger()
    print("accuracy on the gold (scored by shared/eval/score.py)")
    ours_score = score(ours, seeds, args.misses)
    theirs_score = score(theirs, seeds, False)
    print(f"  {'metric':24s} {'ours':>8s} {'dateparser':>11s}")
    for metric in METRICS:
        print(f"  {metric:24s} {ours_score[metric]:8.3f} {theirs_score[metric]:11.3f}")
    if args.score_only:
        return 0

    corpus = [doc for _, doc in seeds.values()]
    synthetic = synthetic_corpus(args.size, seeds)
    part = slice_of(synthetic, args.slice)
    rows = [
        ("seed corpus", corpus, corpus),
        (f"synthetic slice ({sum(map(chars, part)):,} chars)", part, part),
        (f"synthetic corpus ({sum(map(chars, synthetic)):,} chars)", synthetic, None),
    ]
    print(f"\nthroughput, chars/s (median of {args.repeats} runs)")
    print(f"  {'text':42s} {'ours':>12s} {'dateparser':>12s} {'ratio':>8s}")
    for name, mine, theirs_docs in rows:
        speed = throughput(ours, mine, args.repeats)
        if theirs_docs is None:
            print(f"  {name:42s} {speed:12,.0f} {'(too slow)':>12s}")
            continue
        slow = throughput(theirs, theirs_docs, args.repeats)
        print(f"  {name:42s} {speed:12,.0f} {slow:12,.0f} {speed / slow:7.0f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
