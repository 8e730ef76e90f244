"""The boilerplate rules: each paragraph's own shape first, then rules that read runs of paragraphs."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence

from chronicle.boilerplate.patterns import (
    AGE_STAMP, APPEAL, APPEAL_MAX_WORDS, BYLINE, BYLINE_REACH, BY_CELL, BY_NAME, CAPTION_LEAD, CAPTION_MARK, CAPTION_MAX_WORDS,
    CAPTION_YEAR, CLOSED, CLOSING_ITEM_MAX_WORDS, CLOSING_MAX_WORDS, CONTACTS, CONTENTS_ENTRY, CONTENTS_HEADING_MAX,
    CONTENTS_LEADER, COORDINATES, COPYRIGHT, COUNTER, CREDIT, CREDITED, CREDIT_WORD, DATELINE, DAY_ALONE, DAY_CELL, EDITORS_NOTE,
    END_MARK, FIELD_LABEL, FIELD_MAX_WORDS, FILE_NAME, FOOTNOTE, FOOTNOTE_MIN_RUN, INFOBOX, INFOBOX_FIELD, LINK_LIST_MIN,
    LINK_MARKS, LINK_MAX_WORDS, LINK_SEPARATOR, LIST_ITEM, NAVIGATION, PLACE_DATELINE, PROSE_MIN_WORDS, READ_MORE,
    REFERENCE_HEADING, REFERENCE_ITEM, RELEASE, DATED_REASONS, RUN_ON, RUN_ON_MIN_LINES, RUN_ON_OVERRULES, SECTION_HEADING,
    SENTENCE_MIN_WORDS, SHARE, SITE_REASON, SPECIAL_TO, STAMP, STAMP_DIGITS, STAMP_MAX_WORDS, STAMP_REACH, TELLING_REASONS,
    TERMINAL, TICKER_MARK, TICKER_MAX_WORDS, TIME_ZONE, TITLE_MIN_WORDS, WORD, YEAR_ALONE,
)
from chronicle.boilerplate.lines import aside, cut_headline, cut_sentence, dangling_colon, is_label, is_prose, is_sentence, marked_prose
from chronicle.boilerplate.site import line_key
from chronicle.model import DateMention


def classify(paragraphs: Sequence[str], site_lines: frozenset[str] = frozenset()) -> list[str | None]:
    """The boilerplate reason of each paragraph, or None for content.

    ``site_lines`` are the keys (``line_key``) of the lines this source's
    publisher repeats across its sources (see ``site_chrome``).
    """
    reasons = [SITE_REASON if site_lines and line_key(text) in site_lines else _own_reason(i, text) for i, text in enumerate(paragraphs)]
    for rule in (_chronology_rows, _tables, _interrupting_captions, _lone_day_stamp, _field_labels, _bylines, _infobox_runs, _reference_sections,
                 _after_end_mark, _repeated_copies, _closing_chrome, _running_sentences, _footnotes):
        rule(paragraphs, reasons)
    return reasons


def dates_nothing(reason: str | None) -> bool:
    """Chrome that tells no time of the text's reports (a menu, a reference's day of retrieval, a credit, a related
    link), unlike a dateline, an infobox row or a picture's caption (``patterns.TELLING_REASONS``)."""
    return reason is not None and reason not in TELLING_REASONS


def muted_days(reason: str | None, mentions: Sequence[DateMention]) -> tuple[str, ...]:
    """The days a muted line files: a dateline tells the day its report was filed and an infobox field the
    days it gives ("Date 27 September 2020 - present"), so those are filed though the line stays muted. A
    year or a month on a muted line labels it (a title's "2020 ... conflict", a map's "c. mid-February
    1994"), and chrome (a menu, a counter, a caption) files nothing."""
    if reason not in DATED_REASONS:
        return ()
    return tuple(dict.fromkeys(m.value for m in mentions if m.precision == "day" and m.type in ("DATE", "TIME") and "XX" not in m.value))


def _is_contents_run(text: str) -> bool:
    """Several contents entries run together in one paragraph (a report's contents whose lines were joined):
    every piece between two leaders is a short heading, and the paragraph ends on a page number."""
    pieces = CONTENTS_LEADER.split(text)
    return len(pieces) > 2 and pieces[-1] == "" and all(len(piece) <= CONTENTS_HEADING_MAX for piece in pieces)


# Rules that need only the paragraph itself, in order: (reason, test of the paragraph's index, its stripped text and
# its count of words). One table for every paragraph: a table of closures made per call cost more than most tests.
_OWN_CHECKS: tuple[tuple[str, Callable[[int, str, int], bool]], ...] = (
    ("navigation", lambda index, stripped, words: bool(NAVIGATION.match(stripped)) or _is_link_list(stripped) or _is_day_list(stripped)),
    # an entry ends in its page number: the lazy pattern tries up to 120 lengths of any other paragraph
    ("table of contents", lambda index, stripped, words: stripped[-1:].isdigit() and (bool(CONTENTS_ENTRY.match(stripped)) or _is_contents_run(stripped))),
    ("share buttons", lambda index, stripped, words: words <= 8 and (bool(SHARE.search(stripped))
                                                                     or (stripped.endswith("|") and not DAY_CELL.match(stripped)))),
    ("appeal", lambda index, stripped, words: words <= APPEAL_MAX_WORDS and bool(APPEAL.match(stripped))),
    ("navigation", lambda index, stripped, words: bool(READ_MORE.match(stripped))),
    ("read counter", lambda index, stripped, words: bool(COUNTER.match(stripped))),
    ("reference list", lambda index, stripped, words: bool(REFERENCE_ITEM.match(stripped)) and not marked_prose(stripped)),
    (INFOBOX, lambda index, stripped, words: bool(INFOBOX_FIELD.match(stripped))),
    ("dateline", lambda index, stripped, words: bool(DATELINE.match(stripped) or PLACE_DATELINE.match(stripped))),
    ("dateline", lambda index, stripped, words: _is_stamp(stripped, words)),
    ("dateline", lambda index, stripped, words: words <= 5 and bool(AGE_STAMP.match(stripped))),
    ("credit", lambda index, stripped, words: words <= 4 and bool(CREDIT.match(stripped))),
    ("byline", lambda index, stripped, words: bool(CREDITED.match(stripped) or BY_NAME.match(stripped) or SPECIAL_TO.match(stripped))),
    ("byline", lambda index, stripped, words: "|" in stripped and _is_credit_line(stripped)),
    ("release line", lambda index, stripped, words: bool(RELEASE.match(stripped))),
    ("end mark", lambda index, stripped, words: bool(END_MARK.match(stripped))),
    ("contacts", lambda index, stripped, words: bool(CONTACTS.match(stripped))),
    ("editor's note", lambda index, stripped, words: bool(EDITORS_NOTE.match(stripped))),
    ("caption", lambda index, stripped, words: index > 0 and words <= 30 and bool(CAPTION_MARK.search(stripped))),
    ("caption", lambda index, stripped, words: index > 0 and words <= CAPTION_MAX_WORDS * 2 and bool(CAPTION_LEAD.match(stripped))),
    ("caption", lambda index, stripped, words: index > 0 and words <= 12 and bool(CAPTION_YEAR.search(stripped))),
    ("caption", lambda index, stripped, words: words <= 8 and bool(FILE_NAME.search(stripped))),
    ("caption", lambda index, stripped, words: words <= CAPTION_MAX_WORDS * 2 and ("©" in stripped or "(" in stripped) and bool(COPYRIGHT.search(stripped))),
    ("credit", lambda index, stripped, words: words <= 3 and not TERMINAL.search(stripped) and bool(CREDIT_WORD.search(stripped))),
    (INFOBOX, lambda index, stripped, words: "°" in stripped and bool(COORDINATES.search(stripped)) and not is_prose(COORDINATES.sub("", stripped))),
    # (a paragraph of prose that a link widget's bar closes is no cell: "... Related Items ... [Baidu] |")
    ("table cell", lambda index, stripped, words: stripped.endswith("|") and not stripped.startswith("|") and words <= CAPTION_MAX_WORDS * 2),
    ("widget", lambda index, stripped, words: not WORD.search(stripped) and not YEAR_ALONE.match(stripped)),
    ("widget", lambda index, stripped, words: words <= TICKER_MAX_WORDS and _is_ticker(stripped)),
)


def _own_reason(index: int, text: str) -> str | None:
    """Rules that need only the paragraph itself (``_OWN_CHECKS``): the first whose test holds."""
    stripped = text.strip()
    words = len(stripped.split())
    return next((reason for reason, check in _OWN_CHECKS if check(index, stripped, words)), None)


def _is_ticker(text: str) -> bool:
    """A weather or exchange-rate widget: a degree sign or a currency code, and figures in a third of its
    pieces or more, on a line no sentence ends ("ԵՐԵՎԱՆ 0 C°", "USD - 396.02 դրամ +0,02 EUR - 431.27")."""
    if not TICKER_MARK.search(text) or TERMINAL.search(text):
        return False
    pieces = [piece for piece in text.split() if any(ch.isalnum() for ch in piece)]  # not the dashes and bullets
    return sum(any(ch.isdigit() for ch in piece) for piece in pieces) * 3 >= len(pieces)


def _is_credit_line(text: str) -> bool:
    """"March 05, 1988|By J. Doe, Daily Courier.": cells between bars, each a date or a byline."""
    cells = [cell.strip() for cell in text.split("|")]
    return all(DATELINE.match(cell) or BY_CELL.match(cell) for cell in cells) and any(BY_CELL.match(cell) for cell in cells)


def _is_link_list(text: str) -> bool:
    """A menu: three or more short labels between bars or bullets ("Politics | Economy | Society")."""
    if not any(map(text.__contains__, LINK_MARKS)):
        return False  # most paragraphs: no mark to split at (a substring test is far cheaper than the split)
    items = [item.strip() for item in LINK_SEPARATOR.split(text)]
    return len(items) >= LINK_LIST_MIN and all(0 < len(item.split()) <= LINK_MAX_WORDS and not TERMINAL.search(item) for item in items)


def _is_day_list(text: str) -> bool:
    """A live blog's links to its other days: "[The news as it happened: 27 September, 28 September, ...]"."""
    if text.count(",") < LINK_LIST_MIN - 1:
        return False  # most paragraphs: too few commas for a list of days, none split and stripped
    items = text.strip("[]() ").rpartition(":")[2].split(",")
    return len(items) >= LINK_LIST_MIN and all(DAY_ALONE.match(item.strip()) for item in items)  # stripped while they match


def _chronology_rows(paragraphs: Sequence[str], reasons: list[str | None]) -> None:
    """A chronology's table cut flat, each cell on its line closed by a bar: a day ("October 31, 2020 |"), then what
    happened on it ("Azerbaijan shelled the town. |"). The day and its entry are the story, not a table's chrome."""
    for i in range(len(paragraphs) - 1):
        entry = paragraphs[i + 1].strip()
        if (reasons[i + 1] in _CELL_REASONS and len(entry.split()) > SENTENCE_MIN_WORDS and entry.endswith("|")
                and DAY_CELL.match(paragraphs[i].strip())):
            reasons[i] = reasons[i + 1] = None


_CELL_REASONS = ("table cell", "share buttons")  # what a bar closing a short line is taken for


def _tables(paragraphs: Sequence[str], reasons: list[str | None]) -> None:
    """Lines of cells between bars, two or more with as many cells and some figure among them, are a
    table's rows (its header too), not a site's menu: "Jabrayil | 9 October 2020 | retaken"."""
    cells = [len(LINK_SEPARATOR.split(text.strip())) if "|" in text else 0 for text in paragraphs]
    i = 0
    while i < len(paragraphs):
        j = i
        while j < len(paragraphs) and cells[j] > 1 and cells[j] == cells[i]:
            j += 1
        if j - i >= 2 and any(ch.isdigit() for text in paragraphs[i:j] for ch in text):
            for k in range(i, j):
                if reasons[k] == "navigation" and not NAVIGATION.match(paragraphs[k].strip()):
                    reasons[k] = None
        i = max(j, i + 1)


def _after_end_mark(paragraphs: Sequence[str], reasons: list[str | None]) -> None:
    """After a release's or a story's end mark ("###") or the head of its contact block ("For further information,
    please contact:"), the lines are the sender's: contacts, "About us"."""
    ends = [i for i, r in enumerate(reasons) if r in ("end mark", "contacts")]
    for i in range(ends[0] + 1 if ends else len(paragraphs), len(paragraphs)):
        reasons[i] = reasons[i] or "after the end mark"


def _is_stamp(text: str, words: int) -> bool:
    """A short line without sentence punctuation that is mostly a time stamp ("Politics 12:52 03/04/2016 NKR",
    "4 October 2020 16:53 (UTC+04:00)": a time zone in brackets closes it)."""
    if words > STAMP_MAX_WORDS:
        return False  # most lines: the count is known, the time zone's pattern is searched from every space
    text = TIME_ZONE.sub("", text)
    if TERMINAL.search(text) or not STAMP_DIGITS.search(text):
        return False
    # counted by map(str.isalnum): no generator frame per character (every short line of a source asks)
    stamped = sum(sum(map(str.isalnum, m.group())) for m in STAMP.finditer(text))
    if stamped and LIST_ITEM.match(text) and len(_LETTER_WORD.findall(STAMP.sub("", text))) >= 2:
        return False  # an entry of a list ("- 4 October 2020 Jabrayil district") is a chronology's line: it tells what happened
    return stamped > 0 and stamped * 4 >= sum(map(str.isalnum, text))  # most short lines hold no stamp: no count


_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")  # a word of letters, as a list entry's text beside its day has


def _lone_day_stamp(paragraphs: Sequence[str], reasons: list[str | None]) -> None:
    """A day alone on a line near the top ("September 29") is the page's time stamp, unless the text
    has several such lines: then they are a chronology's headings, which date what follows them."""
    days = [i for i, text in enumerate(paragraphs) if DAY_ALONE.match(text.strip())]
    if len(days) == 1 and days[0] < STAMP_REACH:
        reasons[days[0]] = reasons[days[0]] or "dateline"


def _closing_chrome(paragraphs: Sequence[str], reasons: list[str | None]) -> None:
    """After the last sentence, short lines without one are the site's menus and credits (a day alone
    on its line is a chronology's heading, not chrome)."""
    last = len(paragraphs) - 1
    sentence = next((i for i in range(last, -1, -1) if reasons[i] is None and is_sentence(paragraphs[i])
                     and CLOSED.search(paragraphs[i].strip()) and not (i == last and dangling_colon(paragraphs[i]))
                     and not cut_headline(paragraphs[i])),
                    None)  # read from the end: the last sentence is all this rule needs
    if sentence is None:
        return
    for i in range(sentence + 1, len(paragraphs)):
        text = paragraphs[i].strip()
        limit = CLOSING_ITEM_MAX_WORDS if LIST_ITEM.match(text) else CLOSING_MAX_WORDS
        closed = CLOSED.search(text.removesuffix(":") if i == last and dangling_colon(text) else text) and not cut_headline(text)
        if reasons[i] is None and (aside(text) or len(text.split()) <= limit and not closed and not DAY_ALONE.match(text)
                                   and not (i == last and cut_sentence(text))):
            reasons[i] = "closing chrome"


def _running_sentences(paragraphs: Sequence[str], reasons: list[str | None]) -> None:
    """A sentence that runs over several lines, each closed by a comma or a semicolon, is the text itself:
    a resolution's preamble ("The Security Council," / "Recalling its resolution of 30 April 1993,"), its
    considerations ("– having regard to ...,"), a line broken after its comma and closed in lower case. No menu, stamp or box field ends so, line after line; the rules
    that read a line alone (a date in a short line, a label after a menu, a short line after the last full stop)
    would take each for chrome."""
    i = 0
    while i < len(paragraphs):
        j = i
        while j < len(paragraphs) and _runs_on(paragraphs[j].strip()):
            j += 1
        j += j > i and j < len(paragraphs) and paragraphs[j].strip()[:1].islower()  # the line that closes it: "on 14 October 1993"
        if j - i >= RUN_ON_MIN_LINES and sum(len(paragraphs[k].split()) for k in range(i, j)) >= PROSE_MIN_WORDS:
            for k in range(i, j):
                reasons[k] = None if reasons[k] in RUN_ON_OVERRULES else reasons[k]
        i = max(j, i + 1)


def _runs_on(stripped: str) -> bool:
    """The line ends open for the next one (``RUN_ON``); the end-of-line test first, as the pattern is searched
    from every word of the line and most lines end otherwise."""
    return stripped.endswith((",", ";")) and RUN_ON.search(stripped) is not None


def _footnotes(paragraphs: Sequence[str], reasons: list[str | None]) -> None:
    """A document's footnotes, copied after its text: lines led by a bare number, each the one after the last
    ("1 See S/25600, annex." / "2 Official Records ..."), two or more in a row, and no prose after them
    (counts that open sentences of the text, "12 soldiers were killed." / "13 were wounded.", are followed by more)."""
    numbers = [int(m.group(1)) if (m := FOOTNOTE.match(text.strip())) else None for text in paragraphs]
    i = 0
    while i < len(paragraphs):
        j = i + 1
        while j < len(paragraphs) and numbers[i] is not None and numbers[j] == numbers[j - 1] + 1:
            j += 1
        if numbers[i] is not None and j - i >= FOOTNOTE_MIN_RUN and not any(is_prose(text) for text in paragraphs[j:]):
            for k in range(i, j):
                reasons[k] = reasons[k] or "footnote"
        i = j


def _interrupting_captions(paragraphs: Sequence[str], reasons: list[str | None]) -> None:
    """A paragraph wedged inside a sentence (the one before stops mid-sentence,
    the one after continues in lower case) is a caption the export spliced in."""
    for i in range(1, len(paragraphs) - 1):
        before, after = paragraphs[i - 1].strip(), paragraphs[i + 1].strip()
        if before and after and not TERMINAL.search(before) and after[0].islower() and reasons[i - 1] is None:
            reasons[i] = reasons[i] or "caption"


def _bylines(paragraphs: Sequence[str], reasons: list[str | None]) -> None:
    """A bare name next to a dateline or a read counter is a byline."""
    anchors = [i for i, r in enumerate(reasons) if r in ("dateline", "read counter")]
    for i, text in enumerate(paragraphs):
        near = any(0 < abs(i - a) <= BYLINE_REACH for a in anchors)
        if reasons[i] is None and near and i > 0 and BYLINE.match(text.strip()):
            reasons[i] = "byline"


def _field_labels(paragraphs: Sequence[str], reasons: list[str | None]) -> None:
    """Above the first prose paragraph, a short "Label: value" line without a figure in its label is
    the page's own field ("Region: Armenia", "Theme: Politics"); below it, such a line may be a
    chronology's entry, and stays."""
    for i, text in enumerate(paragraphs):
        stripped = text.strip()
        if is_prose(stripped):
            return
        if reasons[i] is None and len(stripped.split()) <= FIELD_MAX_WORDS and FIELD_LABEL.match(stripped) and not TERMINAL.search(stripped):
            reasons[i] = "page field"


def _infobox_runs(paragraphs: Sequence[str], reasons: list[str | None]) -> None:
    """After navigation or an infobox marker, the labels and figures before the
    first prose paragraph (or a wiki section heading) are infobox residue; so
    are the labels just above an infobox marker, below the title line (the
    box's head: the place's names in other scripts, "Coat of arms"). A box may also open with the title
    again, right below it and above a label ("Battle of X" / "Battle of X" / "Part of the ... War")."""
    title = _title_index(paragraphs, reasons)
    boxed_title = _boxed_title(paragraphs, title)
    if boxed_title is None and not any(r in ("navigation", INFOBOX) for r in reasons):
        return
    in_run = False
    for i, text in enumerate(paragraphs):
        if i == title and reasons[i] is None:
            continue
        if reasons[i] == INFOBOX and not in_run and i != boxed_title:
            _infobox_head(paragraphs, reasons, i)
        if reasons[i] in ("navigation", INFOBOX) or i == boxed_title:
            in_run = True
        elif in_run and (is_prose(text) or SECTION_HEADING.search(text.strip())):
            in_run = False
        elif in_run and reasons[i] is None:
            reasons[i] = INFOBOX


def _boxed_title(paragraphs: Sequence[str], title: int) -> int | None:
    """The title's copy that opens an infobox: within two lines below the title, and a label after it."""
    key = line_key(paragraphs[title]) if paragraphs else ""
    for i in range(title + 1, min(title + 3, len(paragraphs) - 1)):
        if line_key(paragraphs[i]) == key and is_label(paragraphs[i + 1]) and not is_prose(paragraphs[i + 1]):
            return i
    return None


def _infobox_head(paragraphs: Sequence[str], reasons: list[str | None], marker: int) -> None:
    for j in range(marker - 1, 0, -1):
        if reasons[j] is not None:
            continue
        if is_prose(paragraphs[j]) or not is_label(paragraphs[j]):
            return
        reasons[j] = INFOBOX


def _reference_sections(paragraphs: Sequence[str], reasons: list[str | None]) -> None:
    for i, text in enumerate(paragraphs):
        if REFERENCE_HEADING.match(text.strip()):
            for j in range(i, len(paragraphs)):
                reasons[j] = reasons[j] or "reference list"
            return


def _repeated_copies(paragraphs: Sequence[str], reasons: list[str | None]) -> None:
    """A second copy of a paragraph is a copy; a short line that is no sentence and comes back is the
    page's chrome ("Share this article" above and below the text), every copy but the title's first."""
    keys = [line_key(text) for text in paragraphs]
    counts = Counter(keys)
    title = _title_index(paragraphs, reasons)
    seen: set[str] = set()
    for i, (text, key) in enumerate(zip(paragraphs, keys)):
        if key in seen or (i != title and counts[key] > 1 and is_label(text)):
            reasons[i] = reasons[i] or "repeated copy"
        seen.add(key)


def _title_index(paragraphs: Sequence[str], reasons: list[str | None]) -> int:
    """The page's title: its first line that no rule took for chrome, unless that is one word that comes
    back (a section label such as "News" above the title and again in the menu)."""
    counts = Counter(line_key(text) for text in paragraphs)
    return next((i for i, text in enumerate(paragraphs) if reasons[i] is None
                 and (len(text.split()) >= TITLE_MIN_WORDS or counts[line_key(text)] == 1)), 0)


