"""The tagger on the annotated seeds, scored by shared/eval/score.py (through the benchmark's export)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCHMARK = Path(__file__).resolve().parents[1] / "benchmarks" / "dates.py"


def _benchmark():
    spec = importlib.util.spec_from_file_location("dates_benchmark", BENCHMARK)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not (BENCHMARK.parents[2] / "shared" / "eval" / "score.py").exists(), reason="no shared/eval")
def test_gold_scores_meet_the_issue_bar():
    bench = _benchmark()
    scores = bench.score(bench.ours, bench.load_seeds(), show_misses=False)
    assert scores["timex_f1_strict"] >= 0.95
    assert scores["timex_value_accuracy"] >= 0.95
    assert scores["link_dates_f1"] >= 0.93
