"""Boilerplate is recognized by rules about the shape of page chrome, and marked."""

from __future__ import annotations

import pytest

from chronicle.boilerplate import classify, join_split_sentences

PROSE = "The offensive began in the morning and the town was taken by evening after heavy fighting."


@pytest.mark.parametrize(
    ("paragraphs", "index", "reason"),
    [
        (["Title", "Jump to navigation Jump to search", PROSE], 1, "navigation"),
        (["Title", "From Wikipedia, the free encyclopedia", PROSE], 1, "navigation"),
        (["Title", PROSE, "Share on Facebook"], 2, "share buttons"),
        (["Title", PROSE, "Dostları ilə paylaş: |"], 2, "share buttons"),
        (["Title", "1,204 views", PROSE], 1, "read counter"),
        (["Title", PROSE, "  2. ^ Smith (July 25, 1993). \"A loss\". Gazette."], 2, "reference list"),
        (["Title", PROSE, "References", "Smith, J. A book. 1999."], 3, "reference list"),
        (["Title", "Infobox", "- Date: June–October 1993", PROSE], 2, "infobox"),
        (["Title", "Infobox", "Commanders and leaders", PROSE], 2, "infobox"),
        # a box that opens with the title again, right below it, and a label: its labels up to the prose
        (["Battle of Vartexa", "Battle of Vartexa", "Part of the First War", "Date 3 May 1993", "Location", PROSE], 2, "infobox"),
        (["Battle of Vartexa", "Battle of Vartexa", "Part of the First War", "Territorial changes", PROSE], 3, "infobox"),
        (["Battle of Vartexa", "Battle of Vartexa", "Part of the First War", "Date 3 May 1993", "Location", PROSE], 0, None),
        # a box's Date row as a mirror copies it, its label run into the day: a field, not the page's stamp (which
        # would mute the box's next rows as its credits); a stamp or a closing line that says "Date" stays what it was
        (["Battle of Vartexa", PROSE, "Battle of Vartexa", "Part of the First War", "Date3 May – 11 June 1994", "Location"], 4,
         "infobox"),
        (["Battle of Vartexa", "Part of the First War", "DateEarly spring to late autumn of 1993", PROSE], 2, "infobox"),
        (["Title", "Date: 12 June 1993", PROSE], 1, "dateline"),
        (["Title", PROSE, "Date of publication: 11/04/1994"], 2, "dateline"),
        (["Title", "20 September 2023 Wednesday 11:31", PROSE], 1, "dateline"),
        (["Title", "March 3, 2021", PROSE], 1, "dateline"),
        # a yearless day with its clock and weekday: the page's stamp, not a date the text reports
        (["Title", "arminfo", "Saturday, April 30, 16:35", PROSE], 2, "dateline"),
        (["Title", "1993, April 30", PROSE], 1, None),
        (["Title", "Jane Doe", "20 September 2023 Wednesday 11:31", PROSE], 1, "byline"),
        (["Title", PROSE, "The old mosque in 2011.", PROSE], 2, "caption"),
        (["Title", PROSE, "A map of the front. Source: An Atlas, by A. Author", PROSE], 2, "caption"),
        (["Title", "On October 21, units from the army", "A mural on a wall.", "began an attack."], 2, "caption"),
        (["Title", PROSE, "Title"], 2, "repeated copy"),
        # a live blog's links to its other days, in brackets behind a label
        (["Title", "[Earlier days: 3 May, 4 May, 5 May, 6 May]", PROSE], 1, "navigation"),
        # a report's contents: its heading, and each entry's dot leader and page, in dots, spaced dots or an ellipsis
        (["Title", "TABLE OF CONTENTS", "Shellings...... 18", PROSE], 1, "navigation"),
        (["Title", "TABLE OF CONTENTS", "Shellings...... 18", PROSE], 2, "table of contents"),
        (["Title", "Contents", "Vartexa . . . . 23", PROSE], 2, "table of contents"),
        (["Title", "Contents", "Air Raids…… 13", PROSE], 2, "table of contents"),
        # a contents whose lines were run together into one paragraph
        (["Title", "Background...... 2 The Blockade of the Roads...... 5 Air Raids . . . 13 Shelling of Villages…… 18 "
                   "Vartexa…… 20 ...... 21 Togh...... 23 Witness Statements...... 24 Recommendations...... 31", PROSE],
         1, "table of contents"),
        (["Title", "They waited... 3 days, then... 4 more, until 1993.", PROSE], 1, None),
        # an ellipsis inside a sentence is no leader
        (["Title", "They waited.... 3 days later the shelling began again.", PROSE], 1, None),
        # a last line whose colon opens nothing (a sign-up form's label) closes the page
        (["Title", PROSE, "Get our weekly digest by email:"], 2, "closing chrome"),
        # but a colon before the page's closing lines may close a sentence (Armenian writes its full stop so)
        (["Title", PROSE, "No losses, none:", "News feed"], 2, None),
        (["Title", PROSE, "Զոհեր՝ չկան:"], 2, None),
        # issue 13: layouts never seen, told by their shape
        (["Title", "BAKU, Azerbaijan, Oct. 26", PROSE], 1, "dateline"),
        (["Title", "Ganja, July 23, NEWSWIRE", PROSE], 1, "dateline"),
        # in the agency's own script, closed by a full stop
        (["Title", "ГЯНДЖА, 3 марта.", PROSE], 1, "dateline"),
        (["Title", "ԳՈՐԻՍ, 14 մայիսի 2021.", PROSE], 1, "dateline"),
        (["Title", "Politics 12:52 03/04/2016 NKR", PROSE], 1, "dateline"),
        (["Title", "Posted by A. Writer 21 seconds ago Wed 07th October 2020 | 12:40 AM", PROSE], 1, "dateline"),
        (["Title", "Agency:", PROSE], 1, "credit"),
        (["Title", "BAKU, Azerbaijan, Oct. 26", "By Jane Doe – Agency:", PROSE], 2, "byline"),
        (["Title", PROSE, "Most read", "Weather"], 3, "closing chrome"),
        # the text's last sentence, cut where the page's copy ends, is the text: a clause past a comma, lower-case
        # words to the cut (a quote may open it); a short line of names, a label's colon or a line before more
        # closing lines stays chrome
        (["Title", PROSE, "On Friday, rebels took Zorbakend, the l"], 2, None),
        (["Title", PROSE, "«Снаряд, упавший в селе Зорбакенд, разрушил ч"], 2, None),
        (["Title", PROSE, "Courtesy of the Zorbakend Truths platform"], 2, "closing chrome"),
        (["Title", PROSE, "Topics: shelling, ceasefire, refugees"], 2, "closing chrome"),
        (["Title", PROSE, "On Friday, rebels took Zorbakend, the l", "Weather"], 2, "closing chrome"),
        # a closing line of tags ends with a quoted name, not with a sentence's quote
        (["Title", PROSE, "Three families returned.", 'martyr Aghdara district Vank village "Great Return"'], 3, "closing chrome"),
        (["Title", PROSE, '"We have come back to our village at last."', 'martyr "Great Return"'], 3, "closing chrome"),
        (["Title", PROSE, "Contents", PROSE], 2, "navigation"),
        (["Title", "Politics | Economy | Karabakh | World", PROSE], 1, "navigation"),
        (["Title", "Home » News » Region", PROSE], 1, "navigation"),
        (["September 29", "Title", PROSE], 0, "dateline"),
    ],
)
def test_boilerplate_reason(paragraphs, index, reason):
    assert classify(paragraphs)[index] == reason


@pytest.mark.parametrize(
    "paragraphs",
    [
        ["Martyrs of the war", PROSE, "The background", "Talks went on for years without any result, and both sides kept their troops."],
        ["1993 Summer Offensives", PROSE],
        ["Title", PROSE, "In 1993 it sent about 250 advisers to the front, who took part in the planning."],
        ["Title", "Jane Doe", PROSE],  # a name without a dateline near it may be a heading
        ["Title", PROSE, 'The villager said: "We have come back at last."'],  # a quote closed by its full stop
        ["Title", "The commander of the brigade told reporters:", PROSE],  # a colon that opens what follows
        ["Title", "Fighting went on on 3 May, 4 May, 5 May and 6 May.", PROSE],  # days told in a sentence
        ["Title", "3 November", PROSE, "4 November", PROSE.replace("morning", "night")],  # a chronology's day headings
    ],
)
def test_content_is_not_boilerplate(paragraphs):
    assert classify(paragraphs) == [None] * len(paragraphs)


@pytest.mark.parametrize(
    ("blocks", "joined", "captions"),
    [
        # a caption spliced into a sentence: the halves join, the caption follows
        ([(1, "Title"), (3, "On October 21, units from the army"), (5, "A mural on a wall."), (7, "began an attack.")],
         [(1, "Title"), (3, "On October 21, units from the army began an attack."), (5, "A mural on a wall.")], {2}),
        # whole sentences around a short line stay apart
        ([(1, "Title"), (3, "The army attacked."), (5, "A mural."), (7, "Then it rained.")],
         [(1, "Title"), (3, "The army attacked."), (5, "A mural."), (7, "Then it rained.")], set()),
    ],
)
def test_a_sentence_cut_by_a_caption_is_joined(blocks, joined, captions):
    assert join_split_sentences(blocks) == (joined, captions)
