"""The claims of the test fixtures (tests/fixtures/claims: a wire story, a chronology, an encyclopedia
paragraph, a partisan piece) against their gold, matched the way shared/eval/score.py matches the seeds:
same sentence, kind, district and date (or one of the listed alternatives)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from chronicle import pipeline
from chronicle.model import Claim

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "claims"
GOLD = yaml.safe_load((FIXTURES / "gold.yaml").read_text(encoding="utf-8"))
REQUIRED = [g for g in GOLD["claims"] if not g.get("optional")]


@pytest.fixture(scope="module")
def extracted() -> list[tuple[str, str, Claim]]:
    """(file, sentence text, claim) for every claim the pipeline finds in the fixtures."""
    inputs = pipeline.Inputs(ROOT, FIXTURES, ROOT / "corpus" / "gazetteer", ROOT / "corpus" / "wars.yaml")
    build = pipeline.run(inputs)
    out = []
    for source in build.corpus.sources:
        for sentence in source.sentences():
            for c in build.corpus.facts_for(source.id, sentence.id).claims:
                out.append((Path(source.raw.path).name, sentence.text, c))
    return out


def fits(gold: dict, file: str, text: str, c: Claim) -> bool:
    if file != gold["file"] or gold["sentence_contains"] not in text or c.kind != gold["kind"]:
        return False
    if c.district not in [gold["district"], *(gold.get("district_also_ok") or [])]:
        return False
    dates = [gold["date"], *(gold.get("date_also_ok") or [])]
    return gold["date"] is None or c.date in [None if d is None else str(d) for d in dates]


@pytest.mark.parametrize("gold", REQUIRED, ids=lambda g: f'{g["file"]}: {g["sentence_contains"][:40]} ({g["district"]})')
def test_each_gold_claim_is_found(gold, extracted):
    assert any(fits(gold, *row) for row in extracted)


def test_no_claim_is_spurious(extracted):
    spurious = [(file, c.kind, c.district, c.date, text[:60]) for file, text, c in extracted
                if not any(fits(g, file, text, c) for g in GOLD["claims"])]
    assert spurious == []


@pytest.mark.parametrize("gold", [g for g in REQUIRED if g.get("mod")], ids=lambda g: g["sentence_contains"][:40])
def test_modifiers_are_kept(gold, extracted):
    found = [c for row in extracted if fits(gold, *row) for c in [row[2]]]
    assert {c.mod for c in found} == {gold["mod"]}
