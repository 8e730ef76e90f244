"""A source extracted again keeps, in the index, the very statements and filings of the previous build that pages show
as they were (``carry.carried_over``): what a rebuild reuses is found by identity, so an edit to one sentence of a
source re-renders the parts of long lists that hold that sentence, not every part that holds one of its neighbours."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from test_incremental import Builder, _append, _replace

SOURCE = "001_front.txt"
TEXT = """Reports from the front

Armenian forces shelled Tartar on 3 May 1994. The shelling went on for hours.

Villagers left Kalbajar on 2 April 1993.

A ceasefire was agreed in Bishkek in May 1994.
"""
META = "title: Reports from the front\npublished: '1994-06-01'\nlanguage: en\n"

# An edit, and the sentences (of those the source had) whose statements are made anew; "*": all of them.
CASES: dict[str, tuple[Callable[[Path], None], set[str]]] = {
    "a paragraph appended": (lambda d: _append(d / SOURCE, "\nFuzuli was shelled on 20 August 1993.\n"), set()),
    "a sentence added to a paragraph": (lambda d: _replace(d / SOURCE, "went on for hours.", "went on for hours. Two houses burned."),
                                        {"Armenian forces shelled Tartar on 3 May 1994.", "The shelling went on for hours."}),
    "a sentence of its own paragraph mended": (lambda d: _replace(d / SOURCE, "in Bishkek", "at Bishkek"), set()),
    "the title changed": (lambda d: _replace(d / "001_front.yml", "title: Reports", "title: Dispatches"), {"*"}),
    "the language changed": (lambda d: _replace(d / "001_front.yml", "language: en", "language: ru"), {"*"}),
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "sources"
    folder.mkdir()
    (folder / SOURCE).write_text(TEXT, encoding="utf-8")
    (folder / "001_front.yml").write_text(META, encoding="utf-8")
    return folder


@pytest.mark.parametrize("edit", sorted(CASES))
def test_statements_a_page_shows_as_they_were_stay_the_previous_builds_objects(corpus: Path, edit: str) -> None:
    builder = Builder(corpus)
    before = builder.build()
    change, made_anew = CASES[edit]
    change(corpus)
    after = builder.build()
    old, new = before.index.statements, after.index.statements
    both = [key for key in old if key in new]
    assert both, "the edit left no statement of the source to compare"
    anew = {old[key].sentence.text for key in both if new[key] is not old[key]}
    assert anew == ({old[key].sentence.text for key in both} if made_anew == {"*"} else made_anew)
    kept = {key for key in both if new[key] is old[key]}
    for kind in ("districts", "dates", "wars"):  # a kept statement's filings are the previous ones, and so are the lists of pages only they are on
        for page, filings in getattr(after.index, kind).items():
            mine = [f for f in filings if f.statement.key in kept]
            assert all(any(f is g for g in getattr(before.index, kind)[page]) for f in mine), (kind, page)
            if len(mine) == len(filings) and len(filings) == len(getattr(before.index, kind).get(page, [])):
                assert filings is getattr(before.index, kind)[page], (kind, page)
    assert after.index.cited_by == builder.build_anew().index.cited_by


def test_a_source_unchanged_after_its_edit_keeps_the_share_it_was_given(corpus: Path) -> None:
    """The rebuild after the edit's: the source is the same processed object, and its carried share stays as it was."""
    builder = Builder(corpus)
    builder.build()
    _append(corpus / SOURCE, "\nFuzuli was shelled on 20 August 1993.\n")
    edited = builder.build()
    again = builder.build()
    assert again.shares is not edited.shares and again.shares[SOURCE[:-4]] is edited.shares[SOURCE[:-4]]
    assert again.index.dates is not edited.index.dates and all(again.index.dates[p] is edited.index.dates[p] for p in edited.index.dates)
