"""Chrome of layouts the first rules never saw: releases, credits, notes on the text, tables (issue 13).

Each rule reads a shape: a release's labels and its end mark (after which
the lines are the sender's), a credit line "<what> by <name>", a note about
the text itself; and a table, whose rows between bars are content even
though a menu is bars too. Plain-text lists keep one paragraph per line.
"""

from __future__ import annotations

import pytest

from chronicle.boilerplate import classify
from chronicle.ingest import text_blocks

PROSE = "The offensive began in the morning and the town was taken by evening after heavy fighting."


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["FOR IMMEDIATE RELEASE", "Title", PROSE], ["release line", None, None]),
        # a wiki's section headings carry their edit link: one ends the chrome before it, one opens the references
        (["Title", "Jump to navigation Jump to search", "Timeline[edit | edit source]", "1905", "Violence erupts in the town."],
         [None, "navigation", None, None, None]),
        (["Title", PROSE, "See also[edit]", "Another page"], [None, None, "reference list", "reference list"]),
        # a time stamp closed by its time zone in brackets
        (["Title", "4 October 2020 16:53 (UTC+04:00)", PROSE], [None, "dateline", None]),
        (["Title", "Politics 10 October 2020 15:09 (GMT)", PROSE], [None, "dateline", None]),
        (["Title", "Interview by Jane Doe", PROSE], [None, "byline", None]),
        (["Title", PROSE, "Reporting by A. Writer and B. Writer; editing by C. Editor"], [None, None, "byline"]),
        (["Title", PROSE, "This interview has been edited for length and clarity."], [None, None, "editor's note"]),
        (["Title", PROSE, "Editor's note: names were changed."], [None, None, "editor's note"]),
        # the end mark and all after it: the sender's contacts and "About us"
        (["Title", PROSE, "###", "About the group: it has worked in the region since 2016.", "Media contact: press office"],
         [None, None, "end mark", "after the end mark", "after the end mark"]),
        (["Title", PROSE, "-30-", PROSE], [None, None, "end mark", "after the end mark"]),
        # a table: rows with figures and their header are content; a menu stays a menu
        (["Title", "Town | Date | Status", "Agdam | 23 July 1993 | taken", "Fuzuli | 23 August 1993 | taken"],
         [None, None, None, None]),
        (["Title", "Politics | Economy | Karabakh | World", PROSE], [None, "navigation", None]),
        (["Title", "Home | News | Sport", "Politics | Economy | World", PROSE], [None, "navigation", "navigation", None]),
    ],
)
def test_shapes_of_chrome(paragraphs, expected):
    assert classify(paragraphs) == expected


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        # a timeline: each line ends its sentence, or starts with a year and a dash
        ("Timeline\n\n1988 – The council votes.\n1992 – Shusha is taken in May.\n1993 – Kalbajar falls\n"
         "1994 – A ceasefire holds.\n2016 – Four days of fighting.\n", 6),
        # a table's rows
        ("Retaken\n\nTown | Date\nJabrayil | 9 October 2020\nFuzuli | 17 October 2020\nShusha | 8 November 2020\n", 5),
        # prose wrapped at a width: the lines of a block make one paragraph
        ("The offensive began in the\nmorning and the town was\ntaken by evening after heavy\nfighting on the southern\n"
         "front, witnesses said.\n", 1),
    ],
)
def test_plain_text_lists_keep_a_paragraph_per_line(text, lines):
    assert len(text_blocks(text)) == lines
