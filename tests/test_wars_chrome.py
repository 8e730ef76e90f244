"""Page chrome casts no vote on the period a text tells (issue 13, class 8): an encyclopedia mirror's reference list
("[3] "Truce holds". Gulf News. 7 April 2016. Retrieved 7 April 2016.") gives the days its sources were published and
read, not days the article tells, and a mirror's references can outnumber the days of its few sentences. A dateline,
an infobox row and a picture's caption, muted too, do tell the days of the text's reports (``boilerplate.dates_nothing``).
The texts are written here in the shape of a mirror page and of a report with a picture."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronicle import pipeline
from chronicle.boilerplate import INFOBOX, dates_nothing
from chronicle.gazetteer import Gazetteer
from chronicle.model import RawSource, SourceMeta
from chronicle.wars import WarCatalog

ROOT = Path(__file__).resolve().parent.parent
FIRST, SECOND, INTERWAR = "first-nagorno-karabakh-war", "second-nagorno-karabakh-war", "interwar"


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

PICTURED = """A crater left by the air strike of 4 October 2020 on the town. © 2020 Example Watch
Strikes hit the town's market and its school.
References
[1] "Strikes on the town". Example Daily. 3 March 2021. Retrieved 4 March 2021.
[2] "A town rebuilt". Example News. 5 May 2021. Retrieved 6 May 2021."""


@pytest.mark.parametrize("text, sentence, expected", [
    # a reference list's days of publication and retrieval: the one day the article tells decides
    (f"{LEAD}\n{REFERENCES}", "Its slopes were mined by the retreating troops.", (FIRST,)),
    # ... near miss: the same days told as events outvote it
    (f"{LEAD}\n{REPORTED}", "Its slopes were mined by the retreating troops.", (INTERWAR,)),
    # ... near miss: a picture's caption, muted, tells the day of the report's strikes
    (PICTURED, "Strikes hit the town's market and its school.", (SECOND,)),
])
def test_page_chrome_casts_no_vote_on_the_period_a_text_tells(reference, text, sentence, expected):
    assert wars_of(text, sentence, reference) == expected


@pytest.mark.parametrize("reason, nothing", [
    ("reference list", True),
    ("navigation", True),
    ("byline", True),
    ("after the end mark", True),  # links to other reports
    # muted lines whose days are the reports': a wire dateline, an infobox's row, a caption, a chronology's cell
    ("dateline", False),
    (INFOBOX, False),
    ("caption", False),
    ("table cell", False),
    (None, False),  # content
])
def test_chrome_that_dates_nothing(reason, nothing):
    assert dates_nothing(reason) is nothing
