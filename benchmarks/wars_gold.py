"""Score the sentence-to-war assignment on the annotated seeds, like score.py's link_wars_f1.

    PYTHONPATH=plugins .venv/bin/python benchmarks/wars_gold.py [--dates gold|tagger] [-v]

Paragraph = non-empty line of a seed; sentences from chronicle.segment. Dates
come from the dates tagger (``--dates tagger``, the default when it imports)
or from the gold's own timexes (``--dates gold``), which measures the
assignment alone. Boilerplate paragraphs (per the gold) are not scored, as in
score.py. Prints misses, then precision, recall and F1.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import pathlib
import re
import sys

import yaml
from chronicle.extract.wars import tag_document
from chronicle.model import DateMention
from chronicle.segment import split_sentences
from chronicle.wars import WarCatalog

ROOT = pathlib.Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "eval" / "seeds-gold.yaml"
SEEDS = ROOT / "corpus" / "sources"
# What the seeds' sources say about themselves (as the corpus metadata will).
TITLES = {
    "000": ("1993 Summer Offensives", None),
    "001": (None, None),
    "002": ("1993 Summer Offensives", None),
    "003": ("Martyrs of Second Karabakh War", None),
    "004": ("Azerbaijan stops the offensive after the surrender of the Karabakh Armenians", dt.date(2023, 9, 20)),
}
_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dates", choices=("gold", "tagger"), default=None)
    ap.add_argument("-v", "--verbose", action="store_true", help="print every scored paragraph")
    args = ap.parse_args(argv)
    tagger = _tagger() if args.dates != "gold" else None
    if args.dates == "tagger" and tagger is None:
        print("chronicle.extract.dates is not importable", file=sys.stderr)
        return 1
    print(f"dates from: {'tagger' if tagger else 'gold timexes'}")
    catalog = WarCatalog.load(ROOT / "corpus" / "wars.yaml")
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    tp = fp = fn = 0
    for g in gold["sources"]:
        title, day = TITLES[g["file"][:3]]
        lines = [l for l in (SEEDS / g["file"]).read_text(encoding="utf-8").splitlines() if l.strip()]
        paragraphs = [list(split_sentences(l)) for l in lines]
        if tagger:
            dates = tagger(paragraphs, title=title, document_date=day)
            dates = [[list(ds) for ds in para] for para in dates]
        else:
            dates = [_gold_dates(p, gp) for p, gp in zip(paragraphs, g["paragraphs"])]
        result = tag_document(paragraphs, dates, catalog, title=title, document_date=day)
        for i, gp in enumerate(g["paragraphs"]):
            if gp["boilerplate"]:
                continue
            want = set(gp.get("wars") or [])
            got = {w for s in result.filed[i] for w in s}
            tp, fp, fn = tp + len(want & got), fp + len(got - want), fn + len(want - got)
            if want != got or args.verbose:
                mark = "  " if want == got else "XX"
                print(f"{mark} {g['file'][:3]} p{i + 1:<3} want {sorted(want)} got {sorted(got)} | {lines[i][:60]}")
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"link_wars precision {p:.3f} recall {r:.3f} f1 {f:.3f} (tp {tp} fp {fp} fn {fn})")
    return 0


def _tagger():
    try:
        from chronicle.extract.dates import tag_document as tag_dates
    except ImportError:
        return None
    return tag_dates


def _gold_dates(sentences: list[str], gp: dict) -> list[list[DateMention]]:
    """The gold timexes as DateMentions, placed in the first sentence that holds their text."""
    out: list[list[DateMention]] = [[] for _ in sentences]
    for t in gp.get("timexes") or []:
        for k, s in enumerate(sentences):
            at = s.find(t["text"])
            if at >= 0:
                lo, hi = _bounds(str(t["value"]), t.get("mod"))
                out[k].append(
                    DateMention(at, at + len(t["text"]), t["text"], str(t["value"]), t.get("type", "DATE"),
                                t.get("mod"), lo, hi)
                )
                break
    return out


def _bounds(value: str, mod: str | None) -> tuple[dt.date | None, dt.date | None]:
    """Days a TIMEX3 value can mean, narrowed by START/MID/END."""
    if "/" in value:
        a, b = value.split("/")
        return _bounds(a, None)[0], _bounds(b, None)[1]
    value = value.split("T")[0]
    if value.startswith("P") or "X" in value[:4]:
        return None, None
    if m := re.fullmatch(r"(\d{3})X", value):
        lo, hi = dt.date(int(m[1]) * 10, 1, 1), dt.date(int(m[1]) * 10 + 9, 12, 31)
    elif m := re.fullmatch(r"(\d{4})-W(\d\d)", value):
        lo = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        hi = lo + dt.timedelta(days=6)
    elif m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        first, last = _SEASONS[m[2]]
        y = int(m[1])
        lo = dt.date(y, first, 1)
        hi = dt.date(y + (last - 1) // 12, (last - 1) % 12 + 1, 1)
        hi = hi.replace(day=calendar.monthrange(hi.year, hi.month)[1])
    elif m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", value):
        lo = hi = dt.date(int(m[1]), int(m[2]), int(m[3]))
    elif m := re.fullmatch(r"(\d{4})-(\d\d)", value):
        lo = dt.date(int(m[1]), int(m[2]), 1)
        hi = lo.replace(day=calendar.monthrange(lo.year, lo.month)[1])
    elif m := re.fullmatch(r"(\d{4})", value):
        lo, hi = dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
    else:
        return None, None
    third = ((hi - lo).days + 1) // 3
    if mod == "START":
        hi = lo + dt.timedelta(days=third - 1)
    elif mod == "MID":
        lo, hi = lo + dt.timedelta(days=third), hi - dt.timedelta(days=third)
    elif mod == "END":
        lo = hi - dt.timedelta(days=third - 1)
    return lo, hi


if __name__ == "__main__":
    sys.exit(main())
