"""Open ranges and war bounds: a state "since June 2014" is not stretched over every war up to the publication.

A sentence whose date opens a range ("since June 2014", "from 2016 onwards")
tells of a state, not of an event on that day: it files under the document's
period when the state reaches it, else under the period the state began in,
never under a war it happens to span. A war named as the end of a state
("until the 2020 war") bounds it: the sentence files before that war; one named as its start ("after the
2020 war", "since the end of the 2020 war") bounds it too: the sentence files after it, and links the war.
"""

from __future__ import annotations

import datetime as dt
import pathlib

import pytest
from chronicle.extract import dates as date_tagger
from chronicle.extract.wars import tag_document
from chronicle.wars import WarCatalog

ROOT = pathlib.Path(__file__).resolve().parents[1]
CATALOG = WarCatalog.load(ROOT / "corpus" / "wars.yaml")

FIRST = "first-nagorno-karabakh-war"
SECOND = "second-nagorno-karabakh-war"
BLOCKADE = "blockade-of-nagorno-karabakh"
APRIL = "2016-april-clashes"
INTERWAR = "interwar"

AUTUMN_2020 = (dt.date(2020, 10, 15), "Fighting rages in the mountains")  # the document's period: the 2020 war
SPRING_2023 = (dt.date(2023, 5, 1), None)  # the document's date falls in the blockade
UNDATED = (None, None)


def filed(sentence: str, when: tuple[dt.date | None, str | None]) -> tuple[str, ...]:
    """The wars one sentence files under, its dates found by the real date tagger."""
    today, title = when
    mentions = date_tagger.tag_document([[sentence]], title=title, document_date=today)
    return tag_document([[sentence]], mentions, CATALOG, title=title, document_date=today).filed[0][0]


@pytest.mark.parametrize(
    ("sentence", "when", "wars"),
    [
        # the document's period, which the state reaches (not the 2016 clashes it spans on the way)
        ("Azerbaijani forces have shelled the village since June 2014.", AUTUMN_2020, (SECOND,)),
        ("From 2016 onwards the line of contact saw sniper fire every night.", AUTUMN_2020, (SECOND,)),
        ("Armenia already has military units in the region since August 2021.", SPRING_2023, (BLOCKADE,)),
        ("The shelling was the worst since a 1994 ceasefire ended six years of war.", AUTUMN_2020, (SECOND,)),
        # no document date nor period to reach: the period the state began in
        ("Azerbaijani forces have shelled the village since June 2014.", UNDATED, (INTERWAR,)),
        ("From 2016 onwards the line of contact saw sniper fire every night.", UNDATED, (INTERWAR,)),
        ("Since 2011 no substantial negotiations have been conducted.", UNDATED, (INTERWAR,)),
        # a war named as the end of a state: the time before it
        ("The front stayed quiet until the 2020 war.", AUTUMN_2020, (INTERWAR,)),
        ("The front stayed quiet until the outbreak of the Second Karabakh War.", UNDATED, (INTERWAR,)),
        # a war named as the start of the time told: the period after it, or the state from its end on
        ("The hamlet came under the peacekeepers' watch after the 2020 war.", SPRING_2023, (INTERWAR,)),
        ("Talks stalled for decades after the first Karabakh war.", UNDATED, (INTERWAR,)),
        ("The couple settled in the city after the Second Karabakh War in 2020.", UNDATED, (INTERWAR,)),
        ("For the first time since the end of the 2020 war, troops shelled the capital.", SPRING_2023, (BLOCKADE,)),
        # not bounds: the war's outbreak dates what followed, and "since the war" alone still tells it
        ("Shells hit the town soon after the Second Karabakh War broke out.", UNDATED, (SECOND,)),
        ("Shells hit the town soon after the Second Karabakh War began.", SPRING_2023, (SECOND,)),
        ("The town has lain in ruins following the First Karabakh War.", UNDATED, (FIRST,)),  # its result
        # nor a war named by how long it had gone on: weeks into it, not after it; a name by its length still bounds
        ("Troops took the heights in a breakthrough after six weeks of bloodshed.", AUTUMN_2020, (SECOND,)),
        ("The school was rebuilt after the 44-day war.", UNDATED, (INTERWAR,)),
        # not open: "since 1991, when ..." dates an event; "from June 2014" alone is the time it began
        ("Relations have been tense since 1991, when the military occupied the region.", UNDATED, (FIRST,)),
        ("From June 2014 the villagers lived under fire.", AUTUMN_2020, (INTERWAR,)),
    ],
)
def test_open_ranges_file_where_the_state_is_told_or_began(sentence, when, wars):
    assert filed(sentence, when) == wars


@pytest.mark.parametrize("s", ["The front stayed quiet until the 2020 war.", "The town was rebuilt after the 2020 war."])
def test_a_war_bounding_a_state_is_still_linked(s):
    mentions = date_tagger.tag_document([[s]])
    result = tag_document([[s]], mentions, CATALOG)
    assert [m.war for m in result.mentions[0][0]] == [SECOND]
    assert result.filed[0][0] == (INTERWAR,)


@pytest.mark.parametrize(
    ("heading", "wars"),
    [
        ("1920", ()),  # a timeline's year outside every war: the entries under it file under none
        ("1993", (FIRST,)),
        ("2020-11-03", (SECOND,)),  # a chronology's day
    ],
)
def test_entries_under_a_heading_take_its_period_not_the_documents(heading, wars):
    title = "Thirty-five years of war"
    paragraphs = [[title], ["The army sacks the town in response to a rebellion."]]
    result = tag_document(paragraphs, [[[]], [[]]], CATALOG, title=title, document_date=dt.date(2021, 5, 1),
                          headings=[None, heading])
    assert result.filed[1] == [wars]


SUMMER_2021 = (dt.date(2021, 7, 29), None)  # a statement of the years between the wars


@pytest.mark.parametrize(
    ("paragraphs", "wars"),
    [
        # the day that names a document dates the document, no event the text tells and no war it is about (the
        # statement's own time is the document's period); the annotators of four texts of four publishers agree
        ([["The Co-Chairs met the foreign ministers in Vienna."],
          ["They call on the sides to implement fully the November 9 statement."]],
         [(INTERWAR,), (INTERWAR,)]),
        ([["The Co-Chairs met the foreign ministers in Vienna."],
          ["They recall the trilateral statement of 9 November 2020 signed by the leaders."]],
         [(INTERWAR,), (INTERWAR,)]),
        ([["The Co-Chairs met the foreign ministers in Vienna."],
          ["They said the army had broken the statement on a ceasefire made by the leaders of the three states on "
           "November 9, 2020."]],
         [(INTERWAR,), (INTERWAR,)]),
        ([["The Co-Chairs met the foreign ministers in Vienna."],
          ["Under the decree adopted by parliament on 2 April 2016, the day is a holiday."]],
         [(INTERWAR,), (INTERWAR,)]),
        # a day that tells an event is the text's time: "on 9 November 2020 the statement was signed" moves it
        ([["The Co-Chairs met the foreign ministers in Vienna."],
          ["The statement was signed by the leaders of the three states on 9 November 2020."]],
         [(SECOND,), (SECOND,)]),
        ([["The Co-Chairs met the foreign ministers in Vienna."],
          ["On 9 November 2020 the fighting stopped and the statement was signed."]],
         [(SECOND,), (SECOND,)]),
    ],
)
def test_a_day_naming_a_document_files_no_war_and_does_not_move_the_text(paragraphs, wars):
    today = SUMMER_2021[0]
    mentions = date_tagger.tag_document(paragraphs, document_date=today)
    result = tag_document(paragraphs, mentions, CATALOG, document_date=today).filed
    assert [sentence for paragraph in result for sentence in paragraph] == wars
