"""Events a sentence does not assert: asked about, supposed, kept at a distance, or told only as the content of a
report it rejects.

A question asserts nothing ("Did Armenian forces really shell Tartar on Sunday?"): no gold of any set holds a claim
in a clause ending with a question mark. A condition opened by an inverted auxiliary ("Had Armenian forces captured
Ganja, the war would have ended") supposes; an event told "allegedly" is another's report the source keeps at a
distance (``distancing``). The rest of this module reads rejected reports.

"Azerbaijan's allegations that Armenian forces shelled Tartar are false", "the ministry rejected as baseless the
claims that Armenian troops captured Talish", "is denying as fake news the statement which claimed that the
Armenian military has shelled ...": the sentence asserts that a report is wrong, so the event the report tells is
not put forward by the source (seeds-claims conventions: a claim is what the source, or a reporting verb, puts
forward; an accusation the source rejects is not). A denial verb right before the predicate ("denied that its
forces had shelled") is the predicate module's ``exclude_before``; this module reads the longer shape, where a
report noun stands between the rejection and the event, or the rejection follows the report's content.

The shape, not the words of one text: a report noun (``report_nouns``) before the predicate, its content opened
right after it (``content_links``: "that", "of", "which claimed that"), the content reaching the predicate with
no clause's end between, and the report rejected - by a verb among the last words before its noun
(``rejecting``), or by a verdict of untruth after the predicate (``untrue``: "are false", "is a lie").
"""

from __future__ import annotations

import re
from itertools import islice

from chronicle.extract.claims.predicates import Predicate
from chronicle.extract.claims.words import WORD, last_words
from chronicle.lexicon import ClaimLexicon
from chronicle.literals import cued

_CUT = re.compile(r"[.;!?]")  # a report's content ends with its sentence or a semicolon
_MAX_CONTENT_WORDS = 25  # from the report noun to the predicate: farther, the predicate is another clause's
_REJECTION_WORDS = 10  # "is denying as fake news the Azerbaijani Ministry of Defense statement": verb to noun


def unasserted(text: str, pred: Predicate, lex: ClaimLexicon, rejected_before: bool = False) -> bool:
    """Does the sentence leave the predicate unasserted: asked about, supposed, kept at a distance, or the content of
    a rejected report (``rejected_before``: the text has rejected a report in an earlier sentence)?"""
    return asked(text, pred) or supposed(text, pred, lex) or distanced(text, pred, lex) \
        or disowned(text, pred, lex, rejected_before)


def supposed(text: str, pred: Predicate, lex: ClaimLexicon) -> bool:
    """Is the predicate in a condition opened by an inverted auxiliary, before the comma that closes it?"""
    first = WORD.search(text)
    if first is None or not lex.has("inverted_conditionals", first.group()) or not first.group()[:1].isupper():
        return False
    comma = text.find(",", first.end())
    return 0 <= pred.start < comma if comma >= 0 else False


def distanced(text: str, pred: Predicate, lex: ClaimLexicon) -> bool:
    """Is a distancing adverb in the predicate's own words or right before them ("allegedly shelled", "якобы
    обстреляли")?"""
    start, end = pred.wording
    words = WORD.findall(text[start:end]) + last_words(text, start, _DISTANCE_WORDS)
    return any(lex.has("distancing", w) for w in words)


_DISTANCE_WORDS = 2  # "allegedly had shelled", "якобы были обстреляны"


def asked(text: str, pred: Predicate) -> bool:
    """Is the predicate's clause a question: the first sentence-ending mark after it a question mark?"""
    end = _CUT.search(text, pred.end)
    return end is not None and end.group() == "?"


def disowned(text: str, pred: Predicate, lex: ClaimLexicon, rejected_before: bool = False) -> bool:
    """Is the predicate told only as the content of a report the sentence rejects, or, once the text has rejected a
    report, as what a report "claims" ("The statement also claimed that the positions have been shelled")?"""
    if not lex.words["report_nouns"]:
        return False
    start = pred.wording[0]
    for noun in lex.phrases["report_nouns"].finditer(text, 0, start):
        gap = text[noun.end():start]
        if _CUT.search(gap) or len(WORD.findall(gap)) > _MAX_CONTENT_WORDS or not _opens_content(gap, lex):
            continue
        if _rejected_before(text, noun.start(), lex) or lex.phrases["untrue"].search(text, pred.end) is not None:
            return True
        if rejected_before and any(lex.has("claiming", w) for w in islice(WORD.findall(gap), _LINK_WITHIN)):
            return True
    return False


def rejects_report(text: str, lex: ClaimLexicon) -> bool:
    """Does the sentence reject a report: a report noun with a rejecting verb before it or a verdict of untruth?"""
    if not lex.words["report_nouns"]:
        return False
    nouns = list(cued(lex.phrases["report_nouns"]).finditer(text))  # asked of every sentence: behind its words' test
    return any(_rejected_before(text, noun.start(), lex) for noun in nouns) \
        or (bool(nouns) and cued(lex.phrases["untrue"]).search(text) is not None)


def _opens_content(gap: str, lex: ClaimLexicon) -> bool:
    """'claims that ...', 'reports of ...', 'statement which claimed that ...': a content link among the first words
    after the noun, a comma before it allowed ("the statement, which claimed that") and the report's author between
    ("Заявления Баку о том, что ...", "the reports from Baku that ...")."""
    return any(lex.phrases["content_links"].match(gap, w.start()) for w in islice(WORD.finditer(gap), _LINK_WITHIN))


_LINK_WITHIN = 3  # the link is one of the first three words after the noun


def _rejected_before(text: str, noun_start: int, lex: ClaimLexicon) -> bool:
    """A rejecting verb among the last words before the report noun, in the same sentence part."""
    before = text[:noun_start]
    cut = max((m.end() for m in _CUT.finditer(before)), default=0)
    words = last_words(text, noun_start, _REJECTION_WORDS, cut)
    return any(lex.has("rejecting", w) for w in words)
