"""The report as a reviewer reads it: Markdown that stays short, escapes what sources say, and links into the preview."""

from __future__ import annotations

import json

import pytest

from chronicle.review.changes import PageChange, Report, SourceChange, Statement
from chronicle.review.claims import ClaimChanges, DisputeChange
from chronicle.review.report import CAP, FOLD, NO_CHANGES, md, to_json, to_markdown


def statement(n: int, quote: str = "", **filing) -> Statement:
    kinds = tuple((kind, tuple(filing.get(kind, ()))) for kind in ("wars", "districts", "dates"))
    return Statement("a", f"s-{n}", quote or f"Quote {n}.", f"sources/a/#s-{n}", kinds)


def test_identical_builds_say_no_changes():
    assert NO_CHANGES in to_markdown(Report())
    assert json.loads(to_json(Report()))["unchanged"] is True


@pytest.mark.parametrize(("count", "folded", "more"), [
    (1, False, None),
    (FOLD, False, None),
    (FOLD + 1, True, None),
    (CAP, True, None),
    (CAP + 37, True, "- and 37 more"),
])
def test_long_sections_are_folded_and_capped(count, folded, more):
    text = to_markdown(Report(statements_added=tuple(statement(i, wars=["w"]) for i in range(count))))
    assert ("<details>" in text) == folded
    assert text.count("\n- “Quote") == min(count, CAP)
    assert (more in text) if more else ("more" not in text)


@pytest.mark.parametrize(("quote", "shown"), [
    ("Tanks <script>alert(1)</script> entered.", "Tanks &lt;script&gt;alert(1)&lt;/script&gt; entered."),
    ("A | B and *C* [d](e)", "A \\| B and \\*C\\* \\[d\\](e)"),
    ("`code` and_snake", "\\`code\\` and\\_snake"),
])
def test_quotes_are_escaped_where_they_enter_the_markdown(quote, shown):
    assert md(quote) == shown
    assert f"“{shown}”" in to_markdown(Report(statements_added=(statement(1, quote, wars=["w"]),)))


@pytest.mark.parametrize(("base_url", "line"), [
    ("https://preview.example/pr-7/", "- “Quote 1.” ([a\\#s-1](https://preview.example/pr-7/sources/a/#s-1)) · wars: w"),
    ("https://preview.example/pr-7", "- “Quote 1.” ([a\\#s-1](https://preview.example/pr-7/sources/a/#s-1)) · wars: w"),
    (None, "- “Quote 1.” (`sources/a/#s-1`) · wars: w"),
])
def test_statements_link_into_the_preview_when_there_is_one(base_url, line):
    assert line in to_markdown(Report(statements_added=(statement(1, wars=["w"]),)), base_url).splitlines()


def test_every_page_the_report_names_links_into_the_preview():
    report = Report(
        sources_added=(SourceChange("b", "Title B", "sources/b/", None, "cc"),),
        pages_added=(PageChange("districts/x/", "X District", "districts", None, 2),),
        pages_emptied=(PageChange("dates/1993/", "1993", "dates", 3, 0),),
        claims=ClaimChanges(disputes=(DisputeChange("control-az-fuz-1993", "control", "AZ-FUZ", True, ("1993-08-20",),
                                                    "events/control-az-fuz-1993/"),)),
    )
    text = to_markdown(report, "https://p.example/")
    for url in ("sources/b/", "districts/x/", "dates/1993/", "events/control-az-fuz-1993/"):
        assert f"](https://p.example/{url})" in text


def test_a_removed_page_is_named_by_its_old_url_not_linked():
    text = to_markdown(Report(pages_removed=(PageChange("dates/1993/", "1993", "dates", 3, None),)), "https://p.example/")
    assert "- 1993 (`dates/1993/`; dates, 3 statements)" in text and "https://p.example/dates" not in text


@pytest.mark.parametrize(("report", "summary"), [
    (Report(sources_changed=(SourceChange("a", "A", "sources/a/", "aa", "bb"),)),
     "- **Sources**: 1 changed ⚠ (a source must stay byte-identical)"),
    (Report(statements_added=(statement(1, wars=["w"], dates=["1993"]), statement(2, wars=["w"]))),
     "- **Statements**: 2 added (war pages 2, date pages 1)"),
    (Report(pages_emptied=(PageChange("districts/x/", "X", "districts", 1, 0),)), "- **Pages**: 1 lost their last statement"),
])
def test_the_summary_counts_each_kind_of_change(report, summary):
    assert summary in to_markdown(report).splitlines()


def test_warnings_are_listed_even_when_the_chronicle_did_not_change():
    text = to_markdown(Report(warnings=("w1",), new_warnings=("w1",), unknown_places=("Zorvaten",)))
    assert NO_CHANGES in text and "- w1" in text and "- `Zorvaten`" in text


def test_json_holds_every_list_with_site_relative_urls():
    data = json.loads(to_json(Report(statements_added=(statement(1, wars=["w"]),))))
    assert data["unchanged"] is False
    assert data["statements_added"][0]["url"] == "sources/a/#s-1"
    assert set(data) >= {"sources_added", "refiled", "quotes_changed", "anchors_gone", "claims", "pages_emptied", "warnings"}
