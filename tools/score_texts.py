"""Score the extraction on annotated sets of texts kept outside the repository.

    .venv/bin/python tools/score_texts.py SET [SET ...] [--repo DIR] [--misses N] [--pooled-only]

A SET is a folder holding ``texts/ID.txt``, ``manifest.yaml`` (the form
``../shared/eval/score.py --manifest`` reads: per text the districts, wars,
dates and place names it reports) and, optionally, ``claims.yaml`` (the form
of ``seeds-claims.yaml``). Real texts read for measuring may not live in the
repository, so they are scored from wherever they are kept.

Each set is run through the pipeline (no MkDocs: ``pipeline.run``) with the
gazetteer and wars catalogue of the code scored, its data export written into
a temporary site, and ``score.py`` run on that. With several sets, one more
line scores them pooled, except events: an event groups the claims of one
set's texts only when each set is scored alone (two annotators' keys for the
same happening differ), so the pooled line leaves ``events_pair_f1`` and
``disputed_f1`` to the per-set lines.

``--repo DIR`` scores the code of another checkout (a worktree at an earlier
commit) on the same sets: before-and-after figures of one change.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SCORE = ROOT.parent / "shared" / "eval" / "score.py"
EVENT_METRICS = ("events_pair_f1", "disputed_f1")
# The table's columns: a short heading for each figure score.py prints.
COLUMNS = {"holdout_districts_f1": "districts", "holdout_wars_f1": "wars", "holdout_dates_recall": "dates",
           "holdout_names_recall": "names", "holdout_names_district_accuracy": "in district",
           "claims_recall": "claims R", "claims_precision": "claims P", "claims_date_accuracy": "claim dates",
           "events_pair_f1": "events", "disputed_f1": "disputed"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="+", type=Path, help="folders holding texts/, manifest.yaml and claims.yaml")
    parser.add_argument("--repo", type=Path, default=ROOT, help="the checkout whose code and reference data are scored")
    parser.add_argument("--misses", type=int, default=0, help="list this many misses of each kind (0: summaries only)")
    parser.add_argument("--pooled-only", action="store_true", help="print the pooled line only")
    parser.add_argument("--score", type=Path, default=SCORE, help="the scorer (shared/eval/score.py)")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.repo.resolve() / "plugins"))
    with tempfile.TemporaryDirectory(prefix="score-texts-") as tmp:
        work = Path(tmp)
        rows = {}
        runs = [] if args.pooled_only and len(args.sets) > 1 else [(s.name, s) for s in args.sets]
        if len(args.sets) > 1:
            runs.append(("pooled", pooled(args.sets, work / "pooled")))
        for name, folder in runs:
            site = work / f"site-{name}"
            export(args.repo.resolve(), folder / "texts", site)
            lines = score(args.score, site, folder, args.misses)
            if args.misses:
                print(f"## {name}", *lines[:-1], sep="\n")
            figures = dict(part.split("=") for part in lines[-1].split() if "=" in part)
            rows[name] = {k: v for k, v in figures.items() if name != "pooled" or k not in EVENT_METRICS}
    print(table(rows))
    return 0


def table(rows: dict[str, dict[str, str]]) -> str:
    """One Markdown row per set, a column per figure (blank where a set has none)."""
    lines = ["| set | " + " | ".join(COLUMNS.values()) + " |", "|---" * (len(COLUMNS) + 1) + "|"]
    for name, figures in rows.items():
        lines.append(f"| {name} | " + " | ".join(figures.get(key, "") for key in COLUMNS) + " |")
    return "\n".join(lines)


def export(repo: Path, texts: Path, site: Path) -> None:
    """The data export of ``texts`` under ``site/data``, as a build of the code in ``repo`` writes it."""
    from chronicle import pipeline
    from chronicle.export import write_export

    inputs = pipeline.Inputs(root=texts.parent, sources_dir=texts, gazetteer_dir=repo / "corpus" / "gazetteer",
                             wars_file=repo / "corpus" / "wars.yaml")
    build = pipeline.run(inputs)
    write_export(build.corpus, site / "data", lambda uri: "/" + uri.removesuffix(".md") + "/", build.gazetteer)


def score(scorer: Path, site: Path, folder: Path, misses: int) -> list[str]:
    """score.py's output lines for one set: its misses (``misses`` of each kind), its figures, its summary last."""
    command = [sys.executable, str(scorer), "--site", str(site), "--manifest", str(folder / "manifest.yaml"),
               "--texts", str(folder / "texts"), "--misses", str(misses)]
    if (folder / "claims.yaml").exists():
        command += ["--claims", str(folder / "claims.yaml")]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1) or not done.stdout.strip():
        raise SystemExit(f"score.py failed on {folder}: {done.stderr.strip()}")
    lines = done.stdout.rstrip("\n").split("\n")
    return lines if misses else lines[-1:]


def pooled(sets: list[Path], folder: Path) -> Path:
    """One set of every text, manifest item and claim of ``sets`` (file names are unique across sets)."""
    (folder / "texts").mkdir(parents=True)
    items, claims, files = [], [], []
    for s in sets:
        for text in sorted((s / "texts").glob("*.txt")):
            shutil.copy2(text, folder / "texts" / text.name)
        items += yaml.safe_load((s / "manifest.yaml").read_text(encoding="utf-8"))["items"]
        if (s / "claims.yaml").exists():
            gold = yaml.safe_load((s / "claims.yaml").read_text(encoding="utf-8"))
            claims += gold.get("claims") or []
            files += gold.get("files") or sorted({c["file"] for c in gold.get("claims") or []})
    (folder / "manifest.yaml").write_text(yaml.safe_dump({"items": items}, allow_unicode=True), encoding="utf-8")
    if files:
        (folder / "claims.yaml").write_text(yaml.safe_dump({"files": files, "claims": claims}, allow_unicode=True),
                                            encoding="utf-8")
    return folder


if __name__ == "__main__":
    sys.exit(main())
