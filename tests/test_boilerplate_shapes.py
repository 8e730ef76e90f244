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
OTHER = "Two days later the front moved east, and the villages along the river were given up without a fight."


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["FOR IMMEDIATE RELEASE", "Title", PROSE], ["release line", None, None]),
        # a site's appeal to join or give, and a link to another of its pages before that page's title
        (["Become a member", "Support independent journalism in the region: Join today", "Title", PROSE],
         ["appeal", "appeal", None, None]),
        (["Title", "Read a summary of Tuesday’s events: Troops cross the river as talks stall", PROSE], [None, "navigation", None]),
        (["Title", "Read more: Shelling resumes near the town", PROSE], [None, "navigation", None]),
        # ... but a headline about support, and a sentence that reads, stay content
        (["Support for the ceasefire grows in both capitals", PROSE], [None, None]),
        (["Title", "Read the ministry's statement carefully, he said: nothing in it is new.", PROSE], [None, None, None]),
        # a wiki's section headings carry their edit link: one ends the chrome before it, one opens the references
        (["Title", "Jump to navigation Jump to search", "Timeline[edit | edit source]", "1905", "Violence erupts in the town."],
         [None, "navigation", None, None, None]),
        (["Title", PROSE, "See also[edit]", "Another page"], [None, None, "reference list", "reference list"]),
        # a mirror that keeps the previous sentence's footnote marker in front of each sentence: prose, not a
        # reference; a numbered reference with a quoted title or a retrieval note stays one
        (["Title", PROSE, "[23] On 9 October the ministry said that its units had crossed the river near the town."],
         [None, None, None]),
        (["Title", PROSE, "[23] Smith, John. \"The river crossing\". The Gazette. Retrieved 10 October 2020."],
         [None, None, "reference list"]),
        # markers set apart by a space, and a marked sentence the page's copy cut off mid-word, are prose too; a
        # reference that lists names and titles, mostly capitalised, is not
        (["Title", PROSE, "[6] [41] On 9 October the ministry said that its units had crossed the river near the town."],
         [None, None, None]),
        (["Title", PROSE, "[6] On 9 October men claiming to be \"farmers\" blocked the road, leaving 300 people stranded."],
         [None, None, None]),
        (["Title", PROSE, "[23] Smith, John. “The river crossing,” The Gazette, 10 October 2020, page four of the weekend issue."],
         [None, None, "reference list"]),
        (["Title", PROSE, "[58] On 9 October, three men from the village were detained by the guards while crossing the river to the Vart"],
         [None, None, None]),
        (["Title", PROSE, "[58] Smith, John, Jane Roe, The River Crossing, Town And Valley Of The North, Gazette Press London"],
         [None, None, "reference list"]),
        (["Title", PROSE, "[23] Smith, John (2001). The river crossing and the town near it. Gazette Press, London."],
         [None, None, "reference list"]),
        # "See also" with its one link on the line; a sentence that opens with the words stays
        (["Title", PROSE, "See also Resolution 15 (1993)"], [None, None, "reference list"]),
        (["Title", PROSE, "See also the report the mission wrote on 3 May.", OTHER], [None, None, None, None]),
        # a reprint's or an aggregator's age stamp alone on its line; a sentence that counts years stays
        (["Title", "• 31 Years ago", PROSE], [None, "dateline", None]),
        (["Title", "3 hours ago", PROSE], [None, "dateline", None]),
        (["Title", "Thirty years ago the town fell.", PROSE], [None, None, None]),
        # a time stamp closed by its time zone in brackets
        (["Title", "4 October 2020 16:53 (UTC+04:00)", PROSE], [None, "dateline", None]),
        (["Title", "Politics 10 October 2020 15:09 (GMT)", PROSE], [None, "dateline", None]),
        # a chronology's list entry opens with its day but names what happened: no stamp, unless the day stands alone
        (["Title", PROSE, "- 4 October 2020 Jabrayil district; - 9 October 2020 Hadrut", OTHER], [None, None, None, None]),
        (["Title", PROSE, "- 4 October 2020", OTHER], [None, None, "dateline", None]),
        (["Title", "Interview by Jane Doe", PROSE], [None, "byline", None]),
        (["Title", PROSE, "Reporting by A. Writer and B. Writer; editing by C. Editor"], [None, None, "byline"]),
        (["Title", PROSE, "This interview has been edited for length and clarity."], [None, None, "editor's note"]),
        (["Title", PROSE, "Editor's note: names were changed."], [None, None, "editor's note"]),
        # the end mark and all after it: the sender's contacts and "About us"
        (["Title", PROSE, "###", "About the group: it has worked in the region since 2016.", "Media contact: press office"],
         [None, None, "end mark", "after the end mark", "after the end mark"]),
        (["Title", PROSE, "-30-", PROSE], [None, None, "end mark", "after the end mark"]),
        # the head of a release's contact block, and the sender's lines after it
        (["Title", PROSE, "For further information, please contact:", "Press office, Geneva, tel: +41 22 730 00 00"],
         [None, None, "contacts", "after the end mark"]),
        (["Title", PROSE, "MEDIA CONTACTS", "Brussels", "A. Spokesperson"], [None, None, "contacts", "after the end mark", "after the end mark"]),
        (["Title", "For more information about the shelling of the town", PROSE, OTHER], [None, None, None, None]),
        # a table: rows with figures and their header are content; a menu stays a menu
        (["Title", "Town | Date | Status", "Agdam | 23 July 1993 | taken", "Fuzuli | 23 August 1993 | taken"],
         [None, None, None, None]),
        (["Title", "Politics | Economy | Karabakh | World", PROSE], [None, "navigation", None]),
        (["Title", "Home | News | Sport", "Politics | Economy | World", PROSE], [None, "navigation", "navigation", None]),
        # a breadcrumb that opens with "Home page" and ends on the document's long title
        (["Home page   » CONFLICT IN THE UN    » Statement of the Council President, 27 October 1992", "Title", PROSE],
         ["navigation", None, None]),
        # a news page: a menu line above the title, a stamp whose year follows the comma, the agency and photo credit by it
        (["Contact Us", "Army reaches the river town", PROSE, "Wire Agency WORLD", "Published March 3,2021", "XY Photo", OTHER],
         ["navigation", None, None, "byline", "dateline", "credit", None]),
        # widgets without a word: a counter, a font-size control; a year alone is a chronology's heading
        (["Title", "512", "0", "+ ↺ − 16 px", PROSE, "1994", OTHER], [None, "widget", "widget", "widget", None, None, None]),
        # a montage's caption under a wiki title, led by the order its pictures are read in, however many places it lists
        (["Title", "Clockwise from top: ruins of a depot, displaced families from the occupied areas, a tank memorial in a town, "
          "soldiers leaving a trench during an exercise near another town.", PROSE], [None, "caption", None]),
        (["Title", "From left to right: the commander, the minister and an envoy at the talks in the capital.", PROSE],
         [None, "caption", None]),
        # ... while a sentence that tells a move in that order, without the colon, stays content
        (["Title", "Clockwise from the north, the brigades closed the ring around the town within three days.", PROSE],
         [None, None, None]),
        # a caption with its copyright mark, even on the first line
        (["A crater in a yard of the town on May 3. © 2021 Some Group", "Title", PROSE], ["caption", None, None]),
        # a section label above the title, both repeated: the labels are chrome, the title's first copy is the title
        (["News", "News", "Ministry warns of escalation", "Ministry warns of escalation", "Region:Armenia, Azerbaijan", "Theme: Politics", PROSE],
         ["repeated copy", "repeated copy", None, "repeated copy", "page field", "page field", None]),
        # "Label: value" lines below the first prose are a chronology's entries
        (["Title", PROSE, "April 3: Town falls", "Background: unrest", OTHER], [None, None, None, None, None]),
        # an infobox cut flat: its head above the coordinates (names, "Coat of arms"), its fields below, table cells closed by a bar
        (["Townname", "Townname (Other)", "Coat of arms", "Coordinates: 40°06′24″N 46°02′18″E", "Country Azerbaijan", "Elevation 1,584 m", PROSE],
         [None, "infobox", "infobox", "infobox", "infobox", "infobox", None]),
        (["Title", "Azerbaijan Volunteers |", "A tank stands as a memorial to the battle on the hill above the road. |", PROSE],
         [None, "share buttons", "table cell", None]),
        # ... but a chronology's table cut flat is its days and what happened on each, cell by cell
        (["Chronology", "October 31, 2020 |", "The army shelled the town again after a night of fighting. |",
          "Sunday, 27 September |", "The offensive began along the whole line. |"], [None, None, None, None, None]),
        # an aggregator's article summary closed by its link widgets' bar is prose, not a cell
        (["Title", " ".join([PROSE, OTHER] * 3) + " Ge ... [...More Info...] OR: [Wikipedia] [Google] |", OTHER],
         [None, None, None]),
        # after the last sentence: a related-links list however long its items, a language switch, a comments notice
        (["Title", PROSE, "- Shelling resumed in two towns of the south overnight, officials of the region say", "Available in French and Russian here too"],
         [None, None, "closing chrome", "closing chrome"]),
        (["Title", PROSE, "Comments are closed, but trackbacks and pingbacks are open."], [None, None, "navigation"]),
        # a byline alone at the top; a counter "Read: 172"; a comment box's lines and its bracketed notice at the end
        (["By Jane Doe", "Army enters the town after a long siege", PROSE, "Read: 172", "Write comment", "(Readers should avoid offensive words, and keep to the subject of the article.)", "News feed"],
         ["byline", None, None, "read counter", "closing chrome", "closing chrome", "closing chrome"]),
        # a wiki mirror's attribution, a short-link button, a follow line naming the site
        (["Title", "From Karabakhpedia", "Jump to navigation Jump to search", PROSE], [None, "navigation", "navigation", None]),
        (["Title", "Get short URL", PROSE, "Follow Wire's Live Feed to Find Out More!", OTHER], [None, "share buttons", None, "share buttons", None]),
        # a sentence set out clause by clause, each line closed by a comma: a resolution's preamble below a breadcrumb
        # (no box field), its considerations after the last full stop (no closing chrome), a date in a clause (no stamp)
        (["Home » Documents » Resolution 12", "Resolution 12 (1994)", "The Council,", "Recalling its statement of 3 May 1994,",
          "Noting with concern the shelling of the town,", "1. Demands an immediate ceasefire;"],
         ["navigation", None, None, None, None, None]),
        (["Title", PROSE, "The Assembly,", "– having regard to its resolution of 2 May 2021,", "– having regard to the statement of 9 November 2020,"],
         [None, None, None, None, None]),
        (["Title", "Adopted by the Council at its 3000th meeting,", "on 14 October 1993", PROSE], [None, None, None, None]),
        (["Title", "Совет Безопасности,", "ссылаясь на заявление Председателя от 3 мая 1994 года,", "принимая к сведению доклад от 14 мая 1994 года,", PROSE],
         [None, None, None, None, None]),
        # a document's footnotes after its text, numbered one after the other; counts that open the text's sentences stay
        (["Title", PROSE, "1 See S/25600, annex.", "2 Official Records of the Council, Forty-eighth Year, Supplement for April 1993, document S/25600."],
         [None, None, "footnote", "footnote"]),
        (["Title", "12 soldiers were killed on the border.", "13 more were wounded in the night.", PROSE], [None, None, None, None]),
        (["Title", PROSE, "1 May Armenian forces shelled the town.", "2 May The road was cut by noon."], [None, None, None, None]),
        # Armenian closes its sentences with "։": the writer's name after the last one is chrome
        (["Վերնագիր", "Ադրբեջանական զորքերը կրակ բացեցին սահմանամերձ գյուղերի ուղղությամբ։", "Տիգրան Հակոբյան"],
         [None, None, "closing chrome"]),
        # a page's stamp in Russian, Azerbaijani and Armenian
        (["Title", "Суббота, 12 декабря 2020, 21:10", PROSE], [None, "dateline", None]),
        (["Title", "13 noyabr 2025, 10:15", PROSE], [None, "dateline", None]),
        (["Title", "Շաբաթ, 12 դեկտեմբերի, 2020 թ., 21:10", PROSE], [None, "dateline", None]),
        # a few words closed by commas are a tag list, not a sentence
        (["Title", PROSE, "Tags:", "Armenia,", "Azerbaijan"], [None, None, "credit", "closing chrome", "closing chrome"]),
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
