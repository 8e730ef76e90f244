"""The shapes of page chrome: patterns and limits that the boilerplate rules share.

Each limit is a count of words or paragraphs, named for what it bounds, so a
rule reads as its shape ("a byline within BYLINE_REACH paragraphs of a dateline").
"""

from __future__ import annotations

import re

from chronicle.literals import led

# English, and the Russian, Azerbaijani and Armenian month stems a page's stamp is written with in those languages
# ("Шаббат, 12 декабря 2020", "12 dekabr 2020", "Շաբաթ, 12 դեկտեմբերի, 2020 թ., 21:10").
_MONTH = (r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
          r"|(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)[а-я]*"
          r"|(?:yanvar|fevral|mart|aprel|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr)[a-zəı]*"
          r"|(?:հունվար|փետրվար|մարտ|ապրիլ|մայիս|հունիս|հուլիս|օգոստոս|սեպտեմբեր|հոկտեմբեր|նոյեմբեր|դեկտեմբեր)[ա-ֆ]*)")
_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?"

NAVIGATION = re.compile(
    r"^(?:jump to:? (?:navigation|content|search)|skip to (?:main )?content|from [\w .-]{2,30}, the [\w -]{0,30}encyclop(?:a)?edia"
    r"|retrieved from|categories:|\d{2,4}px$"
    r"|toggle navigation|main menu|infobox|advertisement|(?:home(?:\s+page)?|main page)\s*[›>»/|].*"
    r"|(?:table of )?contents$|last updated$|top stories$|latest news$|related (?:news|articles|topics)$|leave a (?:reply|comment|review)$"
    r"|contact us$|about us$|comments? (?:are|is) closed\b.*|from \w*(?:pedia|wiki)\w*$)\b",
    re.I,
)
# A report's table of contents: a heading, its dot leader and its page ("Air Raids...... 13", "Togh . . . 23").
CONTENTS_ENTRY = re.compile(r"^\S.{0,120}?\s*(?:\.{3,}|…+|(?:\.\s){3,})\s*\d{1,4}$")
# A dot leader and its page, ending an entry of a contents flattened into one paragraph ("Blockades...... 5 Negotiations...... 7").
CONTENTS_LEADER = re.compile(r"\s*(?:\.{3,}|…+|(?:\.\s){3,})\s*\d{1,4}(?:\s+|$)")
CONTENTS_HEADING_MAX = 120  # characters of one entry's heading, as CONTENTS_ENTRY allows
SHARE = re.compile(r"\b(?:share(?: this| on \w+)?|tweet|paylaş|поделиться|print this|email this|follow (?:us|\w+['’]s)|short url|copy link)\b", re.I)
# (a bullet or an eye icon's character may stand before it: "• 30071 просмотра")
COUNTER = re.compile(r"^[^\w\s]?\s*\d[\d,.\s]*(?:reads?|views?|comments?|shares?|likes?|просмотр\w*|baxış\w*)$"
                     r"|^[^\w\s]?\s*(?:reads?|views?|просмотр\w*|baxış\w*)\s*:?\s*\d[\d,.\s]*$", re.I)
REFERENCE_ITEM = re.compile(r"^(?:\d+\.\s*)?\^|^\[\d+\]\s")
# A document's footnote: its number, a space, the note ("1 See S/25600, annex."; "2 Official Records ..."); not a
# numbered paragraph ("1. Condemns"), not a day ("3 May Armenian forces ..."). Numbered one after the other, they are notes.
FOOTNOTE = re.compile(rf"^(\d{{1,3}})\s+(?!(?i:{_MONTH})(?:\s|$))[A-Z\u0400-\u042f\u0531-\u0556]")
FOOTNOTE_MIN_RUN = 2
# A wiki section heading's edit link: "See also[edit]", "Timeline[edit | edit source]".
EDIT_LINK = r"\[\s*edit(?:\s*\|\s*edit\s+source)?\s*\]"
REFERENCE_HEADING = re.compile(
    rf"^(?:=+\s*)?(?:references|notes|sources|citations|external links|further reading|see also)(?:\s*=+)?(?:\s*{EDIT_LINK})?$"
    r"|^see also\b:?\s+[^.!?]{1,80}$", re.I)  # "See also Resolution 1814 (2008)": the heading with its one link
SECTION_HEADING = re.compile(rf"\S\s*{EDIT_LINK}$", re.I)
# A field of an infobox as a list item ("- Location: Aghdam"), or its Date row as a mirror copies it, the label run into
# the value ("Date3 May – 11 June 1994", "DateEarly spring of 1993"): no page's time stamp ("Date: 12 June 1993").
INFOBOX_FIELD = re.compile(r"^-\s*\w[\w ]{0,30}:(?:\s|$)|^Dates?(?=\d|[A-Z][a-z])")
CAPTION_MARK = led(re.compile(r"\b(?:source|photo|image|credit|map|pictured|caption):\s", re.I))
# A montage's caption opens by the order its pictures are read in ("Clockwise from top:", "From left to right:"): a
# wiki infobox keeps it under the title, however many pictures (and places) it lists.
CAPTION_LEAD = re.compile(r"^(?:(?:counter-?)?clockwise\s+from\s+(?:the\s+)?(?:top|bottom|upper|lower)?(?:[\s-]*(?:left|right))?"
                          r"|(?:from\s+)?(?:left\s+to\s+right|top\s+to\s+bottom))\s*:\s", re.I)
# A picture's credit without its colon ("AA Photo", "Photo: ...", "© 2020 A Group"): a short label or a copyright mark.
CREDIT_WORD = re.compile(r"\b(?:photos?|image|credit|video)\b", re.I)
COPYRIGHT = re.compile(r"©|\(c\)\s*\d{4}", re.I)
# A map position in degrees and minutes ("40°06′24″N"): an infobox's line, wherever the box was cut.
COORDINATES = re.compile(r"\d{1,3}°\s*\d{1,2}(?:[.,]\d+)?[′']")
# Page furniture with no word in it: counters and widgets ("468", "+ ↺ − 16 px"); a year alone is a heading.
WORD = re.compile(r"[^\W\d_]{3,}")
YEAR_ALONE = re.compile(r"^\d{4}$")
# A news site's weather and exchange-rate widgets: "ԵՐԵՎԱՆ 0 C°", "Bakı 28°C", "USD - 396.02 դրամ +0,02 EUR - ...":
# a degree sign or a currency code among figures, on a line no sentence ends.
TICKER_MARK = re.compile(r"°|\b(?:USD|EUR|RUB|AZN|AMD|GBP|GEL|TRY|CHF)\b")
TICKER_MAX_WORDS = 30
# A page's own labels above the text: "Region: Armenia, Azerbaijan", "Theme: Politics".
FIELD_LABEL = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+)?:\s*\S")
FIELD_MAX_WORDS = 5
# An image's file name alone on a line ("Map of Lachin.png"): the caption of a picture the export dropped.
FILE_NAME = re.compile(r"\.(?:png|jpe?g|svg|gif|tiff?|webp)$", re.I)
CAPTION_YEAR = re.compile(r"\bin (?:\d{4}|the \d{4}s)\.?$")
DATELINE = re.compile(
    rf"^(?:{_WEEKDAY}\s+)?(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}},?)\s+\d{{4}}"
    rf"(?:\s*,?\s*{_WEEKDAY})?(?:\s*,?\s*\d{{1,2}}[:.]\d{{2}}(?:\s*[ap]\.?m\.?)?)?$|^\d{{4}}-\d{{2}}-\d{{2}}(?:[ T]\d{{2}}:\d{{2}})?$",
    re.I,
)
# "Interview by A. Name", "Reporting by A. Name and B. Name": a credit, wherever it stands.
CREDITED = re.compile(r"^(?i:(?:interview|reporting|text|words|photos?|editing|compiled|written)(?:\s+and\s+\w+)?\s+by)\s+[A-Z][^!?]{0,80}(?<![.!?])$")
# A release's own labels: "FOR IMMEDIATE RELEASE", "Embargoed until 10:00".
RELEASE = re.compile(r"^(?:for\s+immediate\s+release|(?:press|news|media)\s+release|embargoed\b.{0,40})$", re.I)
# The end of a release or wire story ("###", "-30-", "- ends -"): what follows is the sender's.
END_MARK = re.compile(r"^(?:#{3,}|-\s*30\s*-|-*\s*ends?\s*-*|\*{3,})$", re.I)
# The head of a release's contact block: "For further information, please contact:", "MEDIA CONTACTS".
CONTACTS = re.compile(r"^(?:for\s+(?:further|more)\s+information\b[^.!?:]{0,40}:|(?:media|press)\s+contacts?:?)$", re.I)
# A note on the text itself: "This interview has been edited for length", "Editor's note: ...".
EDITORS_NOTE = re.compile(
    r"^(?:editor['’]s\s+note\b.*|(?:this|the)\s+(?:interview|article|story|report|post|piece|text|transcript)\s+"
    r"(?:has\s+been|was)\s+(?:edited|updated|corrected|amended|condensed|translated)\b.*)$", re.I)
# A newspaper's credits: "Special to The New York Times"; a cell of a credit line, "By J. Doe, Daily Courier."
SPECIAL_TO = re.compile(r"^special\s+to\s+(?:the\s+)?[a-z][\w .'’-]{0,40}$", re.I)
BY_CELL = re.compile(r"^By\s+[A-Z][^!?|]{0,80}$")
# "By Jane Doe" alone on its line, maybe with where she writes from ("By Jane Doe, Baku"): a byline wherever it
# stands; a correspondent's line in capitals, "JANE DOE in Kanliq, south-west Azerbaijan, reports", is one too.
BY_NAME = re.compile(r"^By\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}(?:,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?){0,2}$"
                     r"|^[A-Z]{2,}(?:\s+[A-Z]{2,}){1,2}\s+(?:in|from)\s+[A-Z][^.!?]{0,60}\breports$")
BYLINE = re.compile(r"^(?:by\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}$|^By\s+[A-Z][^.!?]{0,60}$")
# A wire dateline on a line of its own, the year often left out: "BAKU, Azerbaijan, Oct. 26", "Baku, July 23, AZERTAC".
# Agencies writing in Russian or Armenian put the same line in their script, with a full stop: "БАКУ, 4 ноября.".
_CAPITAL = "[A-ZА-ЯЁԱ-Ֆ]"
PLACE_DATELINE = re.compile(
    rf"^{_CAPITAL}[\w'’-]+(?:[/ ]{_CAPITAL}[\w'’-]+)*,\s*(?:{_CAPITAL}[\w'’-]+,\s*)?"
    rf"(?:(?i:{_MONTH})\s+\d{{1,2}}|\d{{1,2}}\s+(?i:{_MONTH}))(?:,?\s*\d{{4}})?"
    rf"(?:\s*[,(]\s*{_CAPITAL}[\w.]+\)?)?[:.]?$"
)
# Pieces of a time stamp: a clock, an ISO or numeric date, a day with month and year (``led``: only a digit or a
# month's or weekday's first letter starts a try).
STAMP = led(re.compile(
    rf"\d{{1,2}}:\d{{2}}(?:\s*[AP]M)?|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}([./-])\d{{1,2}}\1\d{{2,4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s*\d{{4}}|{_MONTH}\s+\d{{1,2}}(?:,\s*|\s+)\d{{4}}"
    # a yearless day with its clock, its weekday before it: "Saturday, April 30, 16:35"
    rf"|(?:{_WEEKDAY}\s+)?(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}),?\s+\d{{1,2}}:\d{{2}}",
    re.I,
))
# What each piece of a stamp holds (a clock's colon, a date's dot or slash, a year's four digits): the cheap search first.
# A page's age stamp alone on its line, as aggregators and reprints show it: "• 31 Years ago", "3 hours ago".
AGE_STAMP = re.compile(r"^[^\w\s]{0,2}\s*(?:\d{1,3}|an?)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago$", re.I)
STAMP_DIGITS = re.compile(r"\d(?:[:./]\d|\d\d\d)")
# A stamp's time zone in brackets at its end: "(UTC+04:00)", "(GMT)", "(Msk)".
TIME_ZONE = re.compile(r"\s*\((?:UTC|GMT|MSK|AZT|AMT|CET|CEST|EET|EEST)(?:\s*[+-−]\s*\d{1,2}(?::\d{2})?)?\)\s*$", re.I)
# A credit line: a name or label closed by a colon ("Trend:", "article author:", "Main category:").
CREDIT = re.compile(r"^[\w@.'’ –-]{1,40}:$")
STAMP_MAX_WORDS = 16
# A site's appeal for members or gifts ("Become a member", "Support independent journalism: Join today"): a short line
# opened by an imperative of joining or giving, with a word of what is joined or given. (A newsletter's line is left to
# the site rule, which finds it repeated across the publisher's sources.)
APPEAL = re.compile(r"^(?:become|join|support|donate)\b(?=[^.!?]*\b(?:members?\w*|donat\w*|journalism|join)\b)[^.!?]*[.!]?$", re.I)
APPEAL_MAX_WORDS = 10
# A link to another page of the site, before its title: "Read a summary of Tuesday's events: ...", "Read more: ...".
READ_MORE = re.compile(r"^(?:read|see|watch|listen\s+to)\s+(?:more|also|a\s+summary|the\s+(?:full|latest)|our)\b[^:.!?]{0,60}:\s", re.I)
# A news site's menu: labels of a few words between separators.
LINK_MARKS = "|•·»"
LINK_SEPARATOR = re.compile(rf"\s*[{re.escape(LINK_MARKS)}]\s*")
LINK_LIST_MIN = 3
LINK_MAX_WORDS = 4
# A day without its year alone on a line ("September 29", "3 November"), and how near the top a stamp stands.
DAY_ALONE = re.compile(rf"^(?:{_WEEKDAY}\s+)?(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})$", re.I)
# ... and a chronology's day, its year given or not, alone in a table's cell ("October 31, 2020 |").
DAY_CELL = re.compile(rf"^(?:{_WEEKDAY},?\s+)?(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})(?:,?\s+\d{{4}})?\s*\|$", re.I)
STAMP_REACH = 3
# A line at the end, after the last prose paragraph, is closing chrome when it is this short.
CLOSING_MAX_WORDS = 8
CUT_SENTENCE_MIN_WORDS = 6  # a cut last sentence long enough to run a clause past its comma
# A title has two words or more when its line comes back elsewhere on the page.
TITLE_MIN_WORDS = 2
# A list item ("- Another story") after the last sentence is a related-links list, however long.
LIST_ITEM = re.compile(r"^[-–•*]\s")
CLOSING_ITEM_MAX_WORDS = 20
SENTENCE_MIN_WORDS = 4
ARMENIAN = re.compile(r"[\u0531-\u0587]")
CAPTION_MAX_WORDS = 30
TERMINAL = re.compile(r"[.!?:;\"”’)\]…։]$")  # ։ the Armenian full stop
# A line that leaves its sentence open for the next one ("Recalling its resolution of 30 April 1993,"): two or more
# in a row are one sentence set out clause by clause, and overrule the rules that read a short line alone.
RUN_ON = re.compile(r"\w[\w)\]”\"’]*\s*[,;]$")
RUN_ON_MIN_LINES = 2
INFOBOX = "infobox"  # the reason of an infobox's rows: they state the subject's days, filed under its place (``pipeline``)
RUN_ON_OVERRULES = frozenset({INFOBOX, "dateline", "closing chrome", "caption"})
# Boilerplate that states the days of what the text reports: their days are filed (``rules.muted_days``).
DATED_REASONS = frozenset({INFOBOX, "dateline"})
# ... and the muted lines that tell the text's events though their days are not filed: a picture's caption ("a crater
# left by the strike of October 4"), a chronology's table cell, a document's footnote, a repeated copy of a paragraph.
# The rest (references, menus, counters, bylines, related links) tell no day of the text (``rules.dates_nothing``).
TELLING_REASONS = DATED_REASONS | {"caption", "table cell", "footnote", "repeated copy"}
# After the last sentence a closing quote ends a sentence only after its punctuation: 'said "no."' does,
# a keyword line of tags ('şəhid Ağdərə rayonu "Böyük Qayıdış"') does not.
CLOSED = re.compile(r"[.!?:;)\]…։]$|[.!?…։]\s*[\"”’»]$")
# Chrome around a dateline or counter sits within this many paragraphs of it.
BYLINE_REACH = 2
# A prose paragraph: a sentence, not a label.
PROSE_MIN_WORDS = 12
# A short line found in this many sources of one publisher is the site's own ("Subscribe to our newsletter").
SITE_MIN_SOURCES = 3
SITE_REASON = "repeated on the site"
