"""Dates: find and normalize every temporal expression of a document.

``tag_document`` reads a whole document because a careful reader needs all
of it: a year may be named only paragraphs later, a dateline may follow the
first "yesterday". The work is split into steps that can each be read and
tested alone (see ``chronicle.extract.timex``): tokens -> grammar frames ->
resolution against the document date and the narrative.

Numeric dates such as 05/10/1992 are read day first (the usage of the
corpus' sources) unless the same document writes a slash date whose second
number exceeds 12 more often than its first ("12/25/1992"); dotted dates
(05.10.1992) are day first wherever the second number can be a month
("07.14.20", a US page's stamp, cannot).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from functools import partial

from chronicle.extract.timex import inflected, languages
from chronicle.extract.timex.anchors import document_anchors
from chronicle.extract.timex.frames import Frame
from chronicle.extract.timex.grammar import parse_sentence
from chronicle.extract.timex.header import publication_label
from chronicle.extract.timex.label import describe
from chronicle.extract.timex.resolve import Resolver
from chronicle.extract.timex.tokens import Token, may_hold_date, tokenize
from chronicle.model import DateMention

__all__ = ["describe", "heading_dates", "tag_document", "tag_with_date"]
# A chronology has at least this many day headings; one alone is a time stamp.
_MIN_HEADINGS = 2
# Rules of days counted from another ("31 years ago", "yesterday", "the next day"): a chronology's heading writes its day.
_COUNTED = ("shift:", "relative:", "anaphoric")
_LABEL_MAX_WORDS = 10  # "Chronicle of 44-day Second Karabakh War:"


def tag_document(
    paragraphs: Sequence[Sequence[str]],
    *,
    title: str | None = None,
    document_date: dt.date | None = None,
    language: str | None = "en",
    war_year: int | None = None,
) -> list[list[list[DateMention]]]:
    """paragraphs[i][j] is the text of sentence j of paragraph i, in reading order.

    Returns mentions per paragraph per sentence; start/end are offsets in that
    sentence's text, and text == sentence[start:end] exactly.
    """
    return tag_with_date(paragraphs, title=title, document_date=document_date, language=language, war_year=war_year)[0]


def tag_with_date(
    paragraphs: Sequence[Sequence[str]],
    *,
    title: str | None = None,
    document_date: dt.date | None = None,
    language: str | None = "en",
    war_year: int | None = None,
    written_year: int | None = None,
    wars: tuple[tuple[dt.date, dt.date], ...] = (),
) -> tuple[list[list[list[DateMention]]], dt.date | None]:
    """``tag_document``, and the document's date: the one passed in, else the one its text states
    (a header line, a dateline: see ``timex.header``), for the stages that also need it.

    ``language`` (ISO 639-1) chooses the grammar: English's, or the inflecting languages' one with the
    words of ``data/timex/<language>.yaml``; a language without a file (or None) is read as English.
    ``war_year`` is the year of the war the text opens by naming: the last resort for a day told without one;
    ``written_year`` the year a text that counts its war's years was written: the last resort for its dateline's;
    ``wars`` the first and last days of the catalogue's wars (``war_names.war_spans``): "the third day of the war"."""
    lexicon = languages.load(language)
    holds = may_hold_date if lexicon is None else lexicon.may_hold_date
    texts = [list(paragraph) for paragraph in paragraphs]
    tokens = [[tokenize(s) if holds(s) else [] for s in paragraph] for paragraph in texts]
    day_first = _reads_day_first(t for paragraph, said in zip(tokens, texts) for sentence, text in zip(paragraph, said)
                                 if "/" in text for t in sentence)  # only a sentence with a slash can write a slash date
    parse = _grammar(lexicon, day_first)
    frames = [[parse(sentence) for sentence in paragraph] for paragraph in tokens]
    title_frames = parse(tokenize(title)) if title else []
    anchors = document_anchors(texts, frames, title_frames, document_date, war_year, written_year, wars)
    resolver = Resolver(anchors)
    result = []
    seq = 0
    for paragraph, paragraph_frames in zip(texts, frames):
        resolver.next_paragraph()
        found = []
        for sentence, sentence_frames in zip(paragraph, paragraph_frames):
            found.append(resolver.sentence(seq, sentence, sentence_frames))
            seq += 1
        result.append(found)
    return result, anchors.date


def _grammar(lexicon: languages.Lexicon | None, day_first: bool) -> Callable[[list[Token]], list[Frame]]:
    if lexicon is None:
        return partial(parse_sentence, day_first=day_first)
    return partial(inflected.parse_sentence, lexicon=lexicon, day_first=day_first)


def heading_dates(paragraphs: Sequence[Sequence[str]], dates: Sequence[Sequence[Sequence[DateMention]]]) -> list[str | None]:
    """A chronology's day headings ("3 November" alone on its line) date the paragraphs under them,
    as a timeline's year headings ("1920") do.

    Only a text with two day headings or more is a chronology: a single date on
    its own line near the top is the page's time stamp. Returns, per paragraph,
    the value of the heading it stands under (None for the headings themselves
    and for paragraphs before the first).
    """
    read = [_day_heading(texts, found) for texts, found in zip(paragraphs, dates)]
    heads = [h[0] if h else None for h in read]
    labelled = any(h and h[1] for h in read)  # "Chronicle of the war: October 2" heads a day's entries even alone
    if not labelled and sum(h is not None for h in heads) < _MIN_HEADINGS:
        return [None] * len(heads)
    under: list[str | None] = []
    current = None
    for head in heads:
        under.append(None if head is not None else current)
        current = head if head is not None else current
    return under


def _day_heading(texts: Sequence[str], found: Sequence[Sequence[DateMention]]) -> tuple[str, bool] | None:
    """(day, labelled) for a paragraph that is nothing but a day ("3 November", "Tuesday, 3 November") or a year,
    or a label closed by a colon and a day ("Chronicle of the war: October 2")."""
    days = list(found[0]) if len(texts) == 1 else []
    if not days or days[-1].precision not in ("day", "year") or any(m.earliest for m in days[:-1]):
        return None  # one day, last: other mentions may only be lengths ("Chronicle of 44-day war: October 2")
    mention, text = days[-1], texts[0]
    if mention.type != "DATE" or publication_label(text) or mention.rule.startswith(_COUNTED):
        return None  # "Posted: 02.04.2023 10:15" is the page's stamp, "• 31 years ago" its age: no heading
    before, after = text[: mention.start].strip(), text[mention.end :].strip(" .|")  # (a table's day cell: "3 November |")
    if after:
        return None
    if before.endswith(":") and len(before.split()) <= _LABEL_MAX_WORDS:
        return mention.value, True
    if len(before.split()) > 1 or any(ch.isdigit() for ch in before):
        return None
    return mention.value, False


def _reads_day_first(tokens) -> bool:
    """Settle dd/mm against mm/dd by the document's unambiguous slash dates; day first on a tie."""
    votes = 0
    for token in tokens:
        if isinstance(token, Token) and token.kind == "numdate" and "/" in token.text:
            first, second = (int(x) for x in token.text.split("/")[:2])
            votes += (first > 12) - (second > 12)
    return votes >= 0
