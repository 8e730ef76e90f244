"""What one line of a page reads as, alone: a sentence, prose, a label, a sentence the page's copy cut off, a
footnote marker's sentence rather than a reference. The boilerplate rules ask these of each line."""

from __future__ import annotations

import re

from chronicle.boilerplate.patterns import ARMENIAN, CUT_SENTENCE_MIN_WORDS, LIST_ITEM, PROSE_MIN_WORDS, SENTENCE_MIN_WORDS, TERMINAL

# A citation's signs: a quoted title closed by its stop or comma ('"A loss". Gazette', '“A loss,” Gazette'; not a
# quoted word of prose: 'activists claiming to be "eco-activists" blocked'), a year in brackets, retrieval notes, a link,
# page numbers.
CITATION = re.compile(r"[\"“«][^\"”»]{2,}(?:[.,][\"”»]|[\"”»][.,])|\(\d{4}\)|\bRetrieved\b|\bArchived\b|\bISBN\b|\bdoi\b|https?:|\bpp?\.\s*\d", re.I)


def is_sentence(text: str) -> bool:
    """A sentence of a few words at least, closed by its punctuation (a line wholly in brackets is a notice)."""
    stripped = text.strip()
    return len(stripped.split()) >= SENTENCE_MIN_WORDS and bool(TERMINAL.search(stripped)) and not aside(stripped)


def is_label(text: str) -> bool:
    """A line that is not a sentence: no closing punctuation, or too few words."""
    return bool(text.strip()) and not is_sentence(text)


def is_prose(text: str) -> bool:
    """Enough words for a sentence of the text, and a sentence's full stop somewhere (a footnote marker may follow it)."""
    stripped = text.strip()
    return len(stripped.split()) >= PROSE_MIN_WORDS and bool(re.search(r"[.!?։][\"”’)»]?(?:\[\w+\])*(?:\s|$)", stripped))


def aside(text: str) -> bool:
    """A line wholly in brackets: a site's notice ("(Readers should avoid ...)"), not the text's sentence."""
    stripped = text.strip()
    return stripped.startswith("(") and stripped.endswith(")") and stripped.count("(") == 1


def dangling_colon(text: str) -> bool:
    """A form's label opening what never comes ("Get it in your inbox:"); Armenian ends sentences so."""
    return text.rstrip().endswith(":") and not ARMENIAN.search(text)


def cut_sentence(text: str) -> bool:
    """"On Friday, Armenian units captured Zangelan, the l": the text's own last sentence, cut where the copy of
    the page ends, mid-word or mid-clause. It opens with a capital (a quote's, too), runs a clause past a comma
    and ends on a lower-case word, most of its words lower-case, with no label's colon: menus, tags and credits
    are names and labels. Muted, the cut sentence took its event's place with it."""
    words = text.split()
    return (lower_case_clause(text, CUT_SENTENCE_MIN_WORDS) and words[0].lstrip("\"“«'(")[:1].isupper() and ":" not in text
            and words[-1].isalpha() and words[-1].islower())


def cut_headline(text: str) -> bool:
    """"- Ərazimizi bərpa edib, Quterreşi Bakıya gətirdik…": a list item the site cut off with an ellipsis is a
    link to another story (a related-news list), not the text's last sentence."""
    stripped = text.strip()
    return stripped.endswith(("…", "...")) and LIST_ITEM.match(stripped) is not None


def marked_prose(text: str) -> bool:
    """'[23] On 9 October the president announced that ...': a sentence of the article after the footnote marker
    of the one before it (mirrors that cut a page into sentences keep the markers in front), not a reference: it
    reads as prose and carries none of a citation's signs (a quoted title, a year in brackets, retrieval notes,
    a link, page numbers). Markers may stand apart ("[6] [41] On 12 May ..."), and the page's copy may end inside
    the sentence: a clause past its comma, its words mostly lower-case, is a sentence cut off, not a citation."""
    rest = re.sub(r"^(?:\[\d+\]\s*)+", "", text)
    return rest[:1].isupper() and (is_prose(rest) or lower_case_clause(rest, PROSE_MIN_WORDS)) and not CITATION.search(rest)


def lower_case_clause(text: str, min_words: int) -> bool:
    """At least ``min_words`` words that run a clause past a comma, most of them lower-case: a sentence's words, not a
    menu's, a tag line's or a reference's names and labels (a sentence the page's copy cut off has no full stop)."""
    words = text.split()
    return len(words) >= min_words and "," in text and 2 * sum(w[:1].islower() for w in words) >= len(words)
