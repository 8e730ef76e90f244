"""What ``chronicle diff`` finds between two exports: tables over the pure functions of ``chronicle.review``.

Each row is a small old export, a new one and what the report must say; the
exports are made of the rows the real export writes (fields as in DATA-EXPORT.md).
"""

from __future__ import annotations

import pytest

from chronicle.review.changes import FilingChange, compare, edited_sentences
from chronicle.review.rows import Export, log_warnings, unknown_place_names


def src(id_: str, sha: str = "aa") -> dict:
    return {"id": id_, "title": f"Title {id_}", "sha256": sha, "page": f"sources/{id_}/"}


def sen(source: str, anchor: str, text: str = "", *, districts=(), dates=(), wars=("w",), boilerplate=False) -> dict:
    return {"source": source, "id": anchor, "text": text or f"Sentence {anchor}.", "boilerplate": boilerplate,
            "districts": list(districts), "dates": list(dates), "wars": list(wars), "url": f"sources/{source}/#{anchor}"}


def clm(source: str, anchor: str, n: int = 1, **fields) -> dict:
    row = {"id": f"{source}/{anchor}/{n}", "source": source, "sentence": anchor, "event": "e", "kind": "control",
           "district": "AZ-FUZ", "war": "w", "date": "1993-08-23", "mod": None, "wording": "fell"}
    return row | fields


def evt(id_: str, disputed: bool, dates=("1993-08-20", "1993-08-22")) -> dict:
    return {"id": id_, "kind": "control", "district": "AZ-FUZ", "dates": list(dates), "disputed": disputed}


def page(url: str, statements: int, kind: str | None = None) -> dict:
    return {"url": url, "kind": kind or url.split("/")[0], "title": url, "statements": statements}


def export(sources=(), sentences=(), claims=(), events=(), pages=()) -> Export:
    return Export({s["id"]: s for s in sources}, {(s["source"], s["id"]): s for s in sentences},
                  {c["id"]: c for c in claims}, {e["id"]: e for e in events}, {p["url"]: p for p in pages})


A = src("a")
BASE = export([A], [sen("a", "s-1", districts=["AZ-FUZ"]), sen("a", "s-2"), sen("a", "s-3")])


@pytest.mark.parametrize(("old", "new", "added", "removed", "changed"), [
    ([A], [A], [], [], []),
    ([A], [A, src("b")], ["b"], [], []),
    ([A, src("b")], [A], [], ["b"], []),
    ([A], [src("a", "bb")], [], [], ["a"]),  # same id, other bytes: flagged
    ([src("b"), src("a")], [src("c"), src("a", "bb"), src("b")], ["c"], [], ["a"]),
])
def test_sources_are_added_removed_or_changed_by_sha256(old, new, added, removed, changed):
    report = compare(export(old), export(new))
    assert [s.id for s in report.sources_added] == added
    assert [s.id for s in report.sources_removed] == removed
    assert [s.id for s in report.sources_changed] == changed


@pytest.mark.parametrize(("new_sentences", "added"), [
    ([sen("a", "s-4")], ["s-4"]),
    ([sen("a", "s-4", boilerplate=True)], []),  # boilerplate is never quoted on pages
    ([sen("a", "s-4", wars=())], []),  # filed nowhere: only on its source page
    ([sen("a", "s-4"), sen("a", "s-5", dates=["1993"])], ["s-4", "s-5"]),
])
def test_statements_added_are_new_sentences_some_page_quotes(new_sentences, added):
    new = export([A], [*BASE.sentences.values(), *new_sentences])
    report = compare(BASE, new)
    assert [s.anchor for s in report.statements_added] == added
    assert report.statements_removed == () and report.anchors_gone == ()


def test_a_removed_sentence_is_a_removed_statement_and_a_lost_anchor():
    new = export([A], [sen("a", "s-1", districts=["AZ-FUZ"]), sen("a", "s-3")])
    report = compare(BASE, new)
    assert [s.anchor for s in report.statements_removed] == ["s-2"]
    assert [s.anchor for s in report.anchors_gone] == ["s-2"]


def test_a_removed_source_loses_its_statements_but_not_anchors_one_by_one():
    report = compare(BASE, export())
    assert [s.anchor for s in report.statements_removed] == ["s-1", "s-2", "s-3"]
    assert report.anchors_gone == ()  # the source itself is listed as removed


@pytest.mark.parametrize(("old", "new", "pairs"), [
    (["s-1", "s-2", "s-3"], ["s-1", "s-x", "s-3"], {"s-2": "s-x"}),  # one sentence rewritten
    (["s-1", "s-2"], ["s-1", "s-2", "s-3"], {}),  # one appended
    (["s-1", "s-2", "s-3"], ["s-1", "s-3"], {}),  # one dropped
    (["s-1", "s-2", "s-3"], ["s-x", "s-y", "s-3"], {"s-1": "s-x", "s-2": "s-y"}),
    (["s-1", "s-2"], ["s-1", "s-x", "s-y"], {"s-2": "s-x"}),  # split in two: the second half is new
])
def test_a_sentence_rewritten_in_place_is_paired_with_its_new_self(old, new, pairs):
    before = export([A], [sen("a", i) for i in old])
    after = export([A], [sen("a", i) for i in new])
    assert edited_sentences(before, after) == {("a", o): ("a", n) for o, n in pairs.items()}


def test_an_edited_sentence_is_one_changed_quote_not_a_statement_removed_and_added():
    new = export([src("a", "bb")], [sen("a", "s-1", districts=["AZ-FUZ"]), sen("a", "s-x", "Edited."), sen("a", "s-3")])
    report = compare(BASE, new)
    assert [(q.old.quote, q.new.quote) for q in report.quotes_changed] == [("Sentence s-2.", "Edited.")]
    assert report.statements_added == report.statements_removed == report.anchors_gone == ()


@pytest.mark.parametrize(("old", "new", "changes"), [
    (dict(districts=["AZ-CAB"]), dict(districts=["AZ-FUZ"]), [FilingChange("districts", ("AZ-CAB",), ("AZ-FUZ",))]),
    (dict(dates=[]), dict(dates=["1993-08-23"]), [FilingChange("dates", (), ("1993-08-23",))]),
    (dict(wars=["w"], dates=["1993"]), dict(wars=["v"], dates=["1994"]),
     [FilingChange("wars", ("w",), ("v",)), FilingChange("dates", ("1993",), ("1994",))]),
    (dict(districts=["AZ-FUZ"]), dict(districts=["AZ-FUZ"]), []),
])
def test_a_statement_filed_under_other_pages_says_old_and_new_per_kind(old, new, changes):
    report = compare(export([A], [sen("a", "s-1", **old)]), export([A], [sen("a", "s-1", **new)]))
    assert [list(r.changes) for r in report.refiled] == ([changes] if changes else [])


@pytest.mark.parametrize(("old_claims", "new_claims", "added", "removed", "changed"), [
    ([clm("a", "s-1")], [clm("a", "s-1")], [], [], []),
    ([], [clm("a", "s-1")], ["a/s-1/1"], [], []),
    ([clm("a", "s-1"), clm("a", "s-1", 2)], [clm("a", "s-1")], [], ["a/s-1/2"], []),
    ([clm("a", "s-1")], [clm("a", "s-1", date="1993-08-25")], [], [], [("date", "1993-08-23", "1993-08-25")]),
    ([clm("a", "s-1")], [clm("a", "s-1", mod="ON_OR_BEFORE")], [], [], [("mod", None, "ON_OR_BEFORE")]),
    ([clm("a", "s-1")], [clm("a", "s-1", district="AZ-CAB")], [], [], [("district", "AZ-FUZ", "AZ-CAB")]),
    ([clm("a", "s-1")], [clm("a", "s-1", event="renamed")], [], [], []),  # the grouping's name alone is no change
])
def test_claims_added_removed_or_saying_something_else(old_claims, new_claims, added, removed, changed):
    sentences = [sen("a", "s-1")]
    claims = compare(export([A], sentences, old_claims), export([A], sentences, new_claims)).claims
    assert [c.id for c in claims.added] == added
    assert [c.id for c in claims.removed] == removed
    assert [(f.field, f.old, f.new) for c in claims.changed for f in c.changes] == changed


def test_a_claim_keeps_its_identity_when_its_sentence_is_rewritten():
    old = export([A], [sen("a", "s-1")], [clm("a", "s-1", date="1993-08-20")])
    new = export([A], [sen("a", "s-x", "Rewritten.")], [clm("a", "s-x", date="1993-08-22")])
    claims = compare(old, new).claims
    assert claims.added == claims.removed == ()
    assert [(c.claim.id, c.changes[0].old, c.changes[0].new) for c in claims.changed] == [("a/s-x/1", "1993-08-20", "1993-08-22")]


@pytest.mark.parametrize(("old_events", "new_events", "flips"), [
    ([evt("e", False)], [evt("e", True)], [("e", True)]),
    ([evt("e", True)], [evt("e", False)], [("e", False)]),
    ([evt("e", True)], [evt("e", True)], []),
    ([], [evt("e", True)], [("e", True)]),  # a new event that is disputed from the start
    ([evt("e", True)], [], [("e", False)]),  # a disputed event that is gone
    ([], [evt("e", False)], []),
])
def test_events_that_became_or_stopped_being_disputed(old_events, new_events, flips):
    pages = [page("events/e/", 2)] if new_events else []
    claims = compare(export(events=old_events), export(events=new_events, pages=pages)).claims
    assert [(d.id, d.disputed) for d in claims.disputes] == flips
    assert all(d.url == ("events/e/" if new_events else None) for d in claims.disputes)


@pytest.mark.parametrize(("old_pages", "new_pages", "field", "urls"), [
    ([], [page("dates/1993/", 1)], "pages_added", ["dates/1993/"]),
    ([page("dates/1993/", 1)], [], "pages_removed", ["dates/1993/"]),
    ([page("districts/x/", 2)], [page("districts/x/", 0)], "pages_emptied", ["districts/x/"]),
    ([page("districts/x/", 2)], [page("districts/x/", 0)], "pages_recounted", []),  # emptied is not repeated
    ([page("wars/w/", 2)], [page("wars/w/", 3)], "pages_recounted", ["wars/w/"]),
    ([page("editors/", 2, "editors")], [page("editors/", 0, "editors")], "pages_emptied", []),  # not a page of statements
    ([page("sources/a/", 0)], [page("sources/a/", 0)], "pages_recounted", []),
])
def test_pages_added_removed_emptied_or_recounted(old_pages, new_pages, field, urls):
    report = compare(export(pages=old_pages), export(pages=new_pages))
    assert [p.url for p in getattr(report, field)] == urls


LOG = """INFO    -  Cleaning site directory
\x1b[33mWARNING \x1b[0m -  chronicle: sources/x.txt:3: place name 'Zorvaten' is not in the gazetteer (see the editors' page)
WARNING -  Doc file 'a.md' contains a link to 'b.md', but the target is not found among documentation files.
WARNING -  Doc file 'a.md' contains a link to 'b.md', but the target is not found among documentation files.
INFO    -  chronicle: sources/y.txt:2: place name "O'Hara" is not in the gazetteer (see the editors' page)
INFO    -  Documentation built in 1.00 seconds
"""


def test_warnings_are_read_from_the_log_once_each_in_order():
    assert log_warnings(LOG) == (
        "chronicle: sources/x.txt:3: place name 'Zorvaten' is not in the gazetteer (see the editors' page)",
        "Doc file 'a.md' contains a link to 'b.md', but the target is not found among documentation files.",
    )


def test_unknown_place_names_are_read_from_any_log_line():
    assert unknown_place_names(LOG) == ("O'Hara", "Zorvaten")


@pytest.mark.parametrize(("old_log", "new_log", "unknown", "new_warnings"), [
    (None, LOG, ("O'Hara", "Zorvaten"), 2),  # without the base's log everything counts as new
    (LOG, LOG, (), 0),
    ("", LOG, ("O'Hara", "Zorvaten"), 2),
    (LOG, "", (), 0),
])
def test_only_what_the_new_build_adds_to_its_log_is_reported(old_log, new_log, unknown, new_warnings):
    report = compare(BASE, BASE, old_log=old_log, new_log=new_log)
    assert report.unknown_places == unknown and len(report.new_warnings) == new_warnings
    assert report.unchanged  # a log alone does not change the chronicle


def test_identical_exports_are_unchanged_and_any_difference_is_not():
    assert compare(BASE, BASE).unchanged
    assert not compare(BASE, export([src("a", "bb")], BASE.sentences.values())).unchanged
    assert not compare(export(events=[evt("e", False)]), export(events=[evt("e", True)])).unchanged
