"""Muted lines that state days: a dateline and an infobox's fields file their days (issue 13).

A wire dateline and an encyclopedia mirror's infobox are boilerplate by the house conventions (the
source page mutes them, no war page quotes them, but their days' pages do), for they state the day a report was filed
and the days a war's fields give; the unseen sets' manifests expect those days filed. A dateline's town is where the
report was filed, so no district page quotes it; an infobox's days are the article's subject's, filed under the district
its lead names (the box's Location row is often lost, and "Battle of X" names a battle, no place). A line of the
page's own chrome (a menu) files nothing, and an infobox's Date row, its label run into its day, is no
stamp of the page's own date. The texts are written here in the shape of a wire report and a mirror page.
"""

from __future__ import annotations

import datetime as dt

from pathlib import Path

import pytest

from chronicle import pipeline
from chronicle.boilerplate import classify, muted_days
from chronicle.extract.dates import tag_document, tag_with_date
from chronicle.extract.discourse import boxed_districts
from chronicle.gazetteer import Gazetteer
from chronicle.model import RawSource, SourceMeta
from chronicle.wars import WarCatalog

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def reference() -> tuple[Gazetteer, WarCatalog]:
    return Gazetteer.load(ROOT / "corpus" / "gazetteer"), WarCatalog.load(ROOT / "corpus" / "wars.yaml")


def filed(text: str, published: str | None, reference) -> list[tuple[str, bool, tuple[str, ...]]]:
    """(sentence, boilerplate, filed dates) of every sentence of an English text, one paragraph per line."""
    blocks = tuple((i + 1, line) for i, line in enumerate(text.split("\n")))
    raw = RawSource("t", "t.txt", "0" * 64, SourceMeta(language="en", published=published), blocks, "txt")
    processed = pipeline.process(raw, *reference)
    sentences = [s for p in processed.source.paragraphs for s in p.sentences]
    return [(s.text, s.boilerplate, processed.facts[(processed.source.id, s.id)].filed_dates) for s in sentences]


WIRE = """GORIS, Armenia, May 9
By Anna Petrosyan - Example Agency:
Fighting went on in the hills east of the town through the night, a police spokesman told reporters."""

MIRROR = """Home | World | Politics | Economy | Sport
Siege of Examplegrad
From the free encyclopedia
1994 Examplegrad offensive
Part of the Example War
Date3 March 1994 - 11 April 1994
Location Examplegrad
- 1,200 killed (as of 20 March; per the ministry)
The siege of Examplegrad was a battle of the Example War, fought in the spring of 1994 around the town."""


def districts_filed(text: str, reference) -> dict[str, tuple[str, ...]]:
    """Sentence -> the districts it is filed under, for an English text without a date, one paragraph per line."""
    blocks = tuple((i + 1, line) for i, line in enumerate(text.split("\n")))
    raw = RawSource("t", "t.txt", "0" * 64, SourceMeta(language="en"), blocks, "txt")
    processed = pipeline.process(raw, *reference)
    return {s.text: processed.facts[(processed.source.id, s.id)].filed_districts for p in processed.source.paragraphs
            for s in p.sentences}


# A mirror's battle article: its box dates the battle, its Location row came out empty, its title names a battle.
BATTLE = """Jump to content
Battle of Kalbajar
From the free encyclopedia
Battle of Kalbajar
Part of the First Nagorno-Karabakh War
Date2 May 1993 (1993-05-02) – 9 May 1993 (1993-05-09)
Location
Result Armenian victory
1993 Kalbajar offensive
The battle was fought in the spring of 1993 in the Kalbajar District, in the mountains west of the enclave."""


def test_an_infobox_row_is_filed_where_its_article_lead_places_it(reference):
    rows = districts_filed(BATTLE, reference)
    assert rows["Date2 May 1993 (1993-05-02) – 9 May 1993 (1993-05-09)"] == ("AZ-KAL",)
    assert rows["1993 Kalbajar offensive"] == ()  # a year labels the box: it files no day, nor a district
    assert districts_filed(WIRE, reference)["GORIS, Armenia, May 9"] == ()  # a dateline's town: where it was filed


@pytest.mark.parametrize(
    "boxes, prose, filed, expected",
    [
        # the box's row, then the lead, whose second sentence names the place
        ([True, False, False], [False, False, True], [[()], [()], [(), ("AZ-KAL",)]], [("AZ-KAL",), (), ()]),
        # two rows of one box ("Urban warfare: ...", "Rural warfare: ...") take the same lead
        ([True, True, False], [False, False, True], [[()], [()], [("AZ-XVD",)]], [("AZ-XVD",), ("AZ-XVD",), ()]),
        # the lead's third paragraph of prose still names it; a fourth is another section's
        ([True, False, False, False], [False, True, True, True], [[()], [()], [()], [("AZ-KAL",)]],
         [("AZ-KAL",), (), (), ()]),
        ([True, False, False, False, False], [False, True, True, True, True], [[()], [()], [()], [()], [("AZ-KAL",)]],
         [(), (), (), (), ()]),
        # a place named before the box (another article's, the page's chrome) is not its subject's
        ([False, True], [True, False], [[("AZ-AGM",)], [()]], [(), ()]),
    ],
)
def test_boxed_districts(boxes, prose, filed, expected):
    assert boxed_districts(boxes, prose, filed) == expected


def test_a_dateline_files_its_day_and_stays_muted(reference):
    rows = filed(WIRE, "2020-05-09", reference)
    assert rows[0] == ("GORIS, Armenia, May 9", True, ("2020-05-09",))
    assert rows[1][1:] == (True, ())  # the byline states no day


def test_an_infobox_files_its_fields_days_and_the_menu_files_none(reference):
    rows = {text: (muted, dates) for text, muted, dates in filed(MIRROR, None, reference)}
    assert rows["Home | World | Politics | Economy | Sport"] == (True, ())
    assert rows["1994 Examplegrad offensive"] == (True, ())  # a year labels the box; it states no day
    assert rows["Date3 March 1994 - 11 April 1994"] == (True, ("1994-03-03/1994-04-11",))
    assert rows["- 1,200 killed (as of 20 March; per the ministry)"] == (True, ("1994-03-20",))


@pytest.mark.parametrize(
    "lines, days",
    [
        (["BAKU, Azerbaijan, July 14, 2020", "The ministry said the shelling went on through the night in the district."],
         [("2020-07-14",), ()]),
        (["Home | News | World | Sport | 14 July 2020", "A report of the day, told at length in a sentence of prose."], [(), ()]),
        (["Date 12 July - 16 July 2020", "The clashes on the border were told in the paper at length in prose."],
         [("2020-07-12/2020-07-16",), ()]),
    ],
)
def test_which_muted_lines_file_their_days(lines: list[str], days: list[tuple[str, ...]]):
    """Only a dateline's or an infobox field's days, and never a prose line's (that one is filed as content)."""
    mentions = [sentences[0] for sentences in tag_document([[line] for line in lines])]
    assert [muted_days(reason, found) for reason, found in zip(classify(lines), mentions)] == days


@pytest.mark.parametrize(
    "lines, document_date, day",
    [
        # a mirror's infobox row, its label run into its day: the war's span, not the page's stamp, so a later
        # field's day without a year follows the story (22 October after 27 September), not a past before it
        (["Example War", "Date27 September 2020 - present", "- 5,000 killed (as of 22 October; per the ministry)"],
         None, ("22 October", "2020-10-22")),
        # a page's stamp above the story is its date: a day without a year is the last one before it
        (["Politics 27 September 2020 15:09", "The losses reported on 22 October were confirmed."],
         dt.date(2020, 9, 27), ("22 October", "2019-10-22")),
    ],
)
def test_an_infobox_date_row_is_no_page_stamp(lines: list[str], document_date, day: tuple[str, str]):
    found, stated = tag_with_date([[line] for line in lines])
    assert stated == document_date
    assert day in [(m.text, m.value) for paragraph in found for sentence in paragraph for m in sentence]


def _quoted_on(built, page: str) -> set[str]:
    """The sentence anchors a generated page's footnotes lead to."""
    links = built.html(page).select("div.footnote li a")
    return {link["href"].rsplit("#", 1)[1] for link in links if link.get_text() == "the sentence in its source"}


def test_a_real_build_quotes_a_muted_line_on_the_day_it_files_and_nowhere_else(tiny_site):
    """The export's ``dates`` are the date pages a sentence is quoted on: a dateline's day page quotes it, a district
    page does not (the dateline's town is where the report was filed, not where anything happened)."""
    built = tiny_site({"wire.txt": WIRE + "\nShelling of Agdam went on, the ministry said on May 8.\n",
                       "wire.yml": "title: A wire report\npublished: 2020-05-09\nlanguage: en\n"})
    assert built.returncode == 0, built.log
    rows = {row["text"]: row for row in built.data("sentences.jsonl")}
    dateline, report = rows["GORIS, Armenia, May 9"], rows["Shelling of Agdam went on, the ministry said on May 8."]
    assert (dateline["boilerplate"], dateline["dates"], dateline["districts"]) == (True, ["2020-05-09"], [])
    assert report["dates"] == ["2020-05-08"]
    anchor = dateline["url"].rsplit("#", 1)[1]
    assert anchor in _quoted_on(built, "dates/2020-05-09/")
    assert anchor not in _quoted_on(built, "dates/2020-05-08/")
    assert report["url"].rsplit("#", 1)[1] in _quoted_on(built, "dates/2020-05-08/")
    assert not any(anchor in _quoted_on(built, str(page.relative_to(built.site).parent) + "/")
                   for page in (built.site / "districts").rglob("index.html"))
