"""Page chrome casts no vote on the period a text tells (issue 13, class 8): an encyclopedia mirror's reference list
("[3] "Truce holds". Gulf News. 7 April 2016. Retrieved 7 April 2016.") gives the days its sources were published and
read, not days the article tells, and a mirror's references can outnumber the days of its few sentences. A dateline
and an infobox row, muted too, do date the text's reports (``boilerplate.dates_nothing``). The texts are written here
in the shape of a mirror page."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronicle import pipeline
from chronicle.boilerplate import INFOBOX, dates_nothing
from chronicle.gazetteer import Gazetteer
from chronicle.model import RawSource, SourceMeta
from chronicle.wars import WarCatalog

ROOT = Path(__file__).resolve().parent.parent
FIRST, INTERWAR = "first-nagorno-karabakh-war", "interwar"


@pytest.fixture(scope="module")
def reference() -> tuple[Gazetteer, WarCatalog]:
    return Gazetteer.load(ROOT / "corpus" / "gazetteer"), WarCatalog.load(ROOT / "corpus" / "wars.yaml")


def wars_of(text: str, sentence: str, reference) -> tuple[str, ...]:
    """The wars an undated English text (one paragraph per line) files ``sentence`` under."""
    blocks = tuple((i + 1, line) for i, line in enumerate(text.split("\n")))
    processed = pipeline.process(RawSource("t", "t.txt", "0" * 64, SourceMeta(language="en"), blocks, "txt"), *reference)
    return next(processed.facts[(processed.source.id, s.id)].filed_wars
                for p in processed.source.paragraphs for s in p.sentences if s.text == sentence)


LEAD = """Example Hill is a height above the river valley.
On 12 February 1994 the hill was seized after two days of fighting.
Its slopes were mined by the retreating troops."""

REFERENCES = """References
[1] "Hill taken". Example Daily. 6 April 2016. Retrieved 6 April 2016.
[2] "Truce holds". Example News. 7 April 2016. Retrieved 7 April 2016."""

REPORTED = """Shelling of the hill resumed on 6 April 2016.
Two posts were hit on 7 April 2016."""


@pytest.mark.parametrize("text, expected", [
    # a reference list's days of publication and retrieval: the one day the article tells decides
    (f"{LEAD}\n{REFERENCES}", (FIRST,)),
    # ... near miss: the same days told as events outvote it
    (f"{LEAD}\n{REPORTED}", (INTERWAR,)),
])
def test_page_chrome_casts_no_vote_on_the_period_a_text_tells(reference, text, expected):
    assert wars_of(text, "Its slopes were mined by the retreating troops.", reference) == expected


@pytest.mark.parametrize("reason, nothing", [
    ("reference list", True),
    ("navigation", True),
    ("byline", True),
    # muted lines whose days are the reports': a wire dateline, an infobox's row
    ("dateline", False),
    (INFOBOX, False),
    (None, False),  # content
])
def test_chrome_that_dates_nothing(reason, nothing):
    assert dates_nothing(reason) is nothing
