"""The event export (DATA-EXPORT.md): claims.jsonl and events.jsonl field by field, events.csv, dataset.jsonld."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from chronicle import pipeline
from chronicle.export import CSV_COLUMNS, _line, write_export

ROOT = Path(__file__).resolve().parent.parent
CLAIM_FIELDS = ["id", "source", "sentence", "event", "kind", "district", "place", "war", "date", "mod", "earliest",
                "latest", "wording"]
EVENT_FIELDS = ["id", "kind", "district", "place", "war", "claims", "sources", "dates", "earliest", "latest",
                "disputed", "wordings"]


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> Path:
    inputs = pipeline.Inputs(ROOT, ROOT / "tests" / "fixtures" / "claims", ROOT / "corpus" / "gazetteer",
                             ROOT / "corpus" / "wars.yaml")
    build = pipeline.run(inputs)
    out = tmp_path_factory.mktemp("export") / "data"
    write_export(build.corpus, out, lambda uri: "/" + uri.removesuffix(".md") + "/", build.gazetteer)
    return out


def rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_claim_rows_have_the_contract_fields(exported):
    for row in rows(exported / "claims.jsonl"):
        assert list(row)[: len(CLAIM_FIELDS)] == CLAIM_FIELDS
        sentence = next(s for s in rows(exported / "sentences.jsonl") if s["id"] == row["sentence"])
        assert sentence["text"][row["start"]:row["end"]] == row["wording"]
        assert not sentence["boilerplate"]


def test_claims_follow_the_sentences_order(exported):
    order = {(s["source"], s["id"]): i for i, s in enumerate(rows(exported / "sentences.jsonl"))}
    claims = rows(exported / "claims.jsonl")
    keys = [(order[(c["source"], c["sentence"])], int(c["id"].rsplit("/", 1)[1])) for c in claims]
    assert keys == sorted(keys)


def test_every_claim_in_exactly_one_event_and_events_in_first_claim_order(exported):
    claims = rows(exported / "claims.jsonl")
    events = rows(exported / "events.jsonl")
    assert all(list(e) == EVENT_FIELDS for e in events)
    members = [cid for e in events for cid in e["claims"]]
    assert sorted(members) == sorted(c["id"] for c in claims)
    position = {c["id"]: i for i, c in enumerate(claims)}
    assert [position[e["claims"][0]] for e in events] == sorted(position[e["claims"][0]] for e in events)
    event_of = {cid: e["id"] for e in events for cid in e["claims"]}
    assert all(c["event"] == event_of[c["id"]] for c in claims)


def test_events_csv_has_one_row_per_claim_with_acled_like_columns(exported):
    table = list(csv.DictReader(io.StringIO((exported / "events.csv").read_text(encoding="utf-8"))))
    assert tuple(table[0]) == CSV_COLUMNS
    assert len(table) == len(rows(exported / "claims.jsonl"))
    shusha = next(r for r in table if r["iso_code"] == "AZ-SUS" and r["date_claimed"] == "2020-11-08")
    assert shusha["district"] == "Shusha District" and shusha["latitude"] and shusha["sentence_url"].startswith("/sources/")
    assert shusha["quote"].startswith("The town was captured on 8 November")


def test_dataset_jsonld_lists_every_data_file(site):
    """The built site's export, with the page list only a site has."""
    exported = site.site / "data"
    dataset = json.loads((exported / "dataset.jsonld").read_text(encoding="utf-8"))
    assert dataset["@type"] == "Dataset"
    listed = {d["contentUrl"] for d in dataset["distribution"]}
    assert listed == {p.name for p in exported.iterdir() if p.suffix in (".json", ".jsonl", ".csv")}


def test_two_exports_are_byte_identical(exported, tmp_path):
    inputs = pipeline.Inputs(ROOT, ROOT / "tests" / "fixtures" / "claims", ROOT / "corpus" / "gazetteer",
                             ROOT / "corpus" / "wars.yaml")
    build = pipeline.run(inputs)
    write_export(build.corpus, tmp_path, lambda uri: "/" + uri.removesuffix(".md") + "/", build.gazetteer)
    for name in ("claims.jsonl", "events.jsonl", "events.csv", "dataset.jsonld"):
        assert (tmp_path / name).read_bytes() == (exported / name).read_bytes()


@pytest.mark.parametrize("row", [
    {"source": "s1", "sentence": "s1-p2-3", "text": "Ağdam was shelled — “again”", "dates": ["1993-07-23"], "earliest": None},
    {"source": "ru-1", "text": "Бои под Шушой\tи \"Лачином\"", "n": 3, "share": 0.5, "disputed": True, "places": []},
    {"nested": {"district": "AZ-XA", "places": [{"name": "Stepanakert/Khankendi"}]}, "nan": float("nan")},
])
def test_a_jsonl_row_is_what_json_dumps_writes(row):
    """A row of sentences.jsonl and mentions.jsonl: the bytes ``json.dumps(row, ensure_ascii=False)`` writes, and a newline."""
    assert _line(row) == json.dumps(row, ensure_ascii=False) + "\n"
