"""tools/score_texts.py: annotated sets of texts kept outside the repository, scored the way score.py scores the seeds.

The text below is written for this test: a dated dispatch whose two events a
careful reader files in 2020, under Jabrayil and Khojavend districts.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tool_support import load_tool

score_texts = load_tool("score_texts")

TEXT = ("BAKU, October 12, 2020.\n\n"
        "Azerbaijani forces took control of Jabrayil on October 4, the ministry said. "
        "The town of Hadrut was shelled on October 9.\n")
MANIFEST = {"items": [{"id": "w-01", "expect": {
    "districts": ["AZ-CAB", "AZ-XVD"], "wars": ["second-nagorno-karabakh-war"],
    "dates": [{"phrase": "October 4", "value": "2020-10-04", "district": "AZ-CAB"},
              {"phrase": "October 9", "value": "2020-10-09", "district": "AZ-XVD"}],
    "names": [{"form": "Jabrayil", "district": "AZ-CAB"}, {"form": "Hadrut", "district": "AZ-XVD"},
              {"form": "Atlantis", "district": "AZ-CAB"}]}}]}
CLAIMS = {"files": ["w-01.txt"], "claims": [
    {"file": "w-01.txt", "paragraph_starts": "Azerbaijani forces", "sentence_contains": "took control of Jabrayil",
     "kind": "control", "district": "AZ-CAB", "war": "second-nagorno-karabakh-war", "date": "2020-10-04",
     "mod": None, "wording": "took control of", "event": "control-AZ-CAB-2020"}], "events": []}


def annotated_set(folder: Path, prefix: str) -> Path:
    """A set of one text whose ids start with ``prefix`` (ids are unique across the sets one run pools)."""
    (folder / "texts").mkdir(parents=True)
    (folder / "texts" / f"{prefix}-01.txt").write_text(TEXT.replace("BAKU", f"BAKU ({prefix})"), encoding="utf-8")
    for name, gold in (("manifest.yaml", MANIFEST), ("claims.yaml", CLAIMS)):
        (folder / name).write_text(yaml.safe_dump(gold).replace("w-01", f"{prefix}-01"), encoding="utf-8")
    return folder


def rows(out: str) -> dict[str, dict[str, str]]:
    """The printed table as {set: {heading: figure}}."""
    lines = [line.strip("|").split("|") for line in out.strip().splitlines() if line.startswith("|")]
    head = [h.strip() for h in lines[0]]
    return {cells[0].strip(): dict(zip(head[1:], (c.strip() for c in cells[1:]))) for cells in lines[2:]}


@pytest.mark.skipif(not score_texts.SCORE.exists(), reason="../shared/eval/score.py is not beside the repository")
def test_each_set_and_the_pool_are_scored(tmp_path, capsys):
    sets = [annotated_set(tmp_path / name, name[0]) for name in ("alpha", "beta")]
    assert score_texts.main([str(s) for s in sets]) == 0
    table = rows(capsys.readouterr().out)
    assert list(table) == ["alpha", "beta", "pooled"]
    for name in table:
        # two of three names found (no list holds the made-up Atlantis), the found ones in their districts
        assert table[name]["names"] == "0.667" and table[name]["in district"] == "0.667"
        assert table[name]["districts"] == "1.000" and table[name]["claims R"] == "1.000"
    # two annotators' event keys never meet: the pool leaves events to each set's own line
    assert table["alpha"]["events"] != "" and table["pooled"]["events"] == ""


@pytest.mark.skipif(not score_texts.SCORE.exists(), reason="../shared/eval/score.py is not beside the repository")
def test_misses_are_listed_under_their_set(tmp_path, capsys):
    score_texts.main([str(annotated_set(tmp_path / "alpha", "a")), "--misses", "5"])
    out = capsys.readouterr().out
    assert out.startswith("## alpha\n")
    assert '# names_missed: 1\n    a-01: "Atlantis"' in out
