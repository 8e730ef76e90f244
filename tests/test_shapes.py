"""Extraction holds on the shapes of texts nobody here has seen (issue 13).

Texts written for the tests, each in the shape of a kind of real source
(a wire report dated only by its dateline, an encyclopedia mirror with its
chrome, a day-by-day chronology, an anniversary piece, a government statement;
a live blog under time stamps, a question-and-answer interview, a timeline led
by years, a table of cells between bars, footnoted academic prose with its
notes, a press release with its release line and end mark, a village-level report on a news page
with its chrome, a book-like narrative of a district's fall, a syndicated report of a border incident inside Armenia stamped
with its page's date, a defence ministry's daily ceasefire bulletin listing the villages fired from and at on both sides of the
border, a newspaper archive's 1993 dispatch dated by its credit line, a council resolution set out clause by clause,
a village's encyclopedia article, a think-tank commentary that moves between decades, an Armenian news site's page on a
district with its weather and rate widgets and its "read also" list, a Russian agency's report of the 2023 exodus, a radio
monitoring transcript wrapped without blank lines, an Azerbaijani agency's list of villages no gazetteer holds, an agency's
anniversary piece that counts its years but never writes the year of its days, a wire story stamped month first that
tells its day once and goes on with the places hit), are built by the real pipeline and scored the way ``../shared/eval/score.py``
scores the seeds, with its own functions. Every figure must reach 0.95.
"""

from __future__ import annotations

import importlib.util
import pathlib
from collections import defaultdict

import pytest
import yaml

from chronicle import pipeline
from chronicle.export import write_export

ROOT = pathlib.Path(__file__).resolve().parents[1]
SHAPES = ROOT / "tests" / "fixtures" / "shapes"
SCORE = ROOT.parent / "shared" / "eval" / "score.py"
FLOOR = 0.95
FIGURES = (
    "timex_f1_strict", "timex_f1_relaxed", "timex_value_accuracy", "place_f1", "place_district_accuracy",
    "link_districts_f1", "link_wars_f1", "link_dates_f1", "paragraphs_found", "boilerplate_accuracy",
)


@pytest.fixture(scope="module")
def score():
    """score.py, imported from the shared evaluation folder beside the repository."""
    if not SCORE.exists():
        pytest.skip(f"{SCORE} is not beside the repository")
    spec = importlib.util.spec_from_file_location("shared_score", SCORE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def figures(score, tmp_path_factory) -> tuple[dict, dict]:
    site = tmp_path_factory.mktemp("shapes-site")
    inputs = pipeline.Inputs(ROOT, SHAPES, ROOT / "corpus" / "gazetteer", ROOT / "corpus" / "wars.yaml")
    write_export(pipeline.run(inputs).corpus, site / "data", lambda uri: uri)
    gold = yaml.safe_load((SHAPES / "shapes-gold.yaml").read_text(encoding="utf-8"))
    export = score.Export(site)
    out: dict = {}
    misses = score.score_gold(export, gold, SHAPES, out)
    out["link_dates_f1"] = _dates_with_headings(score, export, gold, misses)
    return out, misses


def _dates_with_headings(score, export, gold: dict, misses: dict) -> float:
    """score.py's date links, where a chronology's paragraph is also expected under its heading's day, and a
    paragraph that goes on with the event the one before it dated ("The shelling drove ...") under that day."""
    counts = defaultdict(int)
    misses["dates_missed"], misses["dates_spurious"] = [], []
    for source in gold["sources"]:
        row = export.source_for((SHAPES / source["file"]).read_bytes())
        paragraphs, last = export.paragraphs(row["id"]), 0
        for gp in source["paragraphs"]:
            index = score.match_paragraph(paragraphs, gp["starts"], last)
            if index is None or gp.get("boilerplate"):
                continue
            last = index
            want = ({str(t["value"]) for t in gp["timexes"] if t["type"] in ("DATE", "TIME")}
                    | set(gp.get("dated_by_heading", [])) | set(gp.get("dated_by_story", [])))
            got = {str(v) for r in paragraphs[index] for v in r["dates"]}
            counts["tp"] += len(want & got)
            counts["fp"] += len(got - want)
            counts["fn"] += len(want - got)
            misses["dates_missed"] += [f'{source["file"]}: {gp["starts"]}… {v}' for v in sorted(want - got)]
            misses["dates_spurious"] += [f'{source["file"]}: {gp["starts"]}… {v}' for v in sorted(got - want)]
    return score.f1(counts["tp"], counts["fp"], counts["fn"])[2]


@pytest.mark.parametrize("figure", FIGURES)
def test_shape_fixtures_score_at_least_the_floor(figures, figure):
    out, misses = figures
    listed = {kind: rows for kind, rows in misses.items() if rows}
    assert out[figure] >= FLOOR, f"{figure} = {out[figure]:.3f}; misses: {listed}"
