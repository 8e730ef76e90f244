"""File each sentence under the wars and periods it tells of.

A sentence belongs to a war by what it says, strongest first:

1. an explicit name ("the Second Karabakh War", "the 1992-1994 war");
2. its own resolved dates, each falling in exactly one period (a date that
   spans several goes to the period it wholly covers, else the document's
   period if that is one of them, else the period it covers most of; a day in
   the week after the document's war ended, up to the document's date, is that
   war's aftermath; a date in a ", which ..." aside only links its war, and a
   day naming a document ("the November 9 statement") tells none);
3. the narrative around it: the nearest sentence of its paragraph that says
   which war (not background years after a report of fighting), else the
   document's period (from the title, else the period most of the document's
   days and months fall in, else the document's date, else its years, else names).

Names of other wars are passing mentions: they link that war but never move
the document's period. A blockade holds the region it cuts off: a text naming places
only abroad files its days between the wars. What went on despite the truce that
ended a war ("Despite the ceasefire, clashes continued", "violated the ceasefire"), told
once the war was over, is the time after it. Headings with neither name nor date, and sentences that
describe rather than report (geography, status), file under nothing.

What one sentence says is read by ``war_evidence``, names are found by ``war_names``, the period
of a span of days by ``war_periods``, the clauses that change what a date says (since, until, ended, ", which") by ``war_clauses``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from chronicle.events.intervals import interval
from chronicle.extract.war_campaigns import campaigns
from chronicle.extract.war_clauses import SINCE_CLAUSE, UNTIL_CLAUSE, after_clause, reports_fighting
from chronicle.extract.war_evidence import Sentence, news_before_background, read_sentence, wars_told_after
from chronicle.extract.war_names import Matcher, Name, counted_war_year, find_names, forget_names, matcher_for
from chronicle.extract.war_periods import (
    between_wars, news_span, open_range, own_day, period_of, periods, told_after, told_days, unblockaded,
)
from chronicle.model import DateMention, WarMention
from chronicle.wars import War, WarCatalog

_TERMINAL = re.compile(r"[.!?:;,\"”’)\]…։]$")  # a line closed by a comma goes on as a sentence: "The Council,"
_HEADING_MAX_WORDS = 12
_HEADLINE_MIN_WORDS = 3
_HEADLINE_UNPLACED_WORDS = 8  # "Capital of Self-Proclaimed Republic Comes Under Artillery Fire Again": news without a district
_MARKUP = re.compile(r"[=#*|\[\]]")
_MARKS = "=#*_"  # what a title's copy may carry around it ("== Title ==", "**Title**"), as a character class
_TRUCE_ENDS = ("war", "clashes")  # the kinds of period a truce ends: what goes on despite it is the time after
_DAY = dt.timedelta(days=1)
T = TypeVar("T")


@dataclass(frozen=True)
class DocumentWars:
    mentions: list[list[list[WarMention]]]  # per paragraph, per sentence; offsets relative to the sentence
    filed: list[list[tuple[str, ...]]]  # per paragraph, per sentence: sorted top-level war ids
    campaigns: list[list[tuple[str, ...]]]  # per paragraph, per sentence: campaign/battle ids


def tag_document(
    paragraphs: Sequence[Sequence[str]],
    dates: Sequence[Sequence[Sequence[DateMention]]],
    catalog: WarCatalog,
    *,
    title: str | None = None,
    document_date: dt.date | None = None,
    districts: Sequence[Sequence[Sequence[str]]] | None = None,
    headings: Sequence[str | None] | None = None,
    abroad: bool = False,
    abroad_sentences: Sequence[Sequence[bool]] | None = None,
    chrome: Sequence[Sequence[bool]] | None = None,
) -> DocumentWars:
    """Wars named in, and filed for, every sentence of one document.

    ``districts[i][j]`` are the district codes sentence j of paragraph i names
    (whatever the spelling): a dated sentence joins a campaign or battle only
    if it names one of the campaign's districts. ``headings[i]`` is the value
    of the day or year heading paragraph i stands under in a chronology or a
    timeline (``dates.heading_dates``): its period, not the document's, is
    the context of the paragraph's sentences that tell none. ``abroad``: the text names places, all outside
    Azerbaijan (``places.only_abroad``); a blockade's days are then not the blockade's (``war_periods.unblockaded``).
    ``abroad_sentences[i][j]``: sentence j of paragraph i names places only abroad; its days are not the blockade's.
    ``chrome[i][j]``: sentence j of paragraph i is page chrome that dates no report (a reference's day of retrieval, a
    menu, a credit; not a dateline or an infobox row): it casts no vote on the document's period.
    """
    matcher = matcher_for(catalog)
    doc = [
        [read_sentence(text, list(ds), matcher, catalog, document_date) for text, ds in zip(sentences, _pad(dates, p, sentences, []))]
        for p, sentences in enumerate(paragraphs)
    ]
    title_copies = _title_paragraphs(paragraphs, title)
    # the earliest day the text can have been told: its date, else the latest day its dates begin on (not an era's)
    told = document_date or max((lo for para in doc for s in para if not s.era for lo, _ in s.spans), default=None)
    # the sentences that report (page chrome left out: a reference's day of retrieval is no day the text tells)
    reporting = [[s for s, page in zip(para, _pad(chrome, p, para, False)) if not page] for p, para in enumerate(doc)]
    title_copy = doc[title_copies[0]] if title_copies else None
    period = _document_period(reporting, title, title_copy, matcher, catalog, document_date, told)
    if period is None and document_date is None:
        period = _counted_period(paragraphs, catalog)
    written = document_date or max((hi for para in doc for s in para for _, hi in s.spans), default=None)
    for para in doc:
        for s in para:
            _resolve(s, catalog, period, document_date, told)
    # the text's sentences and its period where it names places only abroad, else its sentences that do
    unblocked = [s for para in doc for s in para] if abroad else [
        s for para, flags in zip(doc, abroad_sentences or []) for s, away in zip(para, flags) if away]
    for s in unblocked:
        named = {catalog.get(w.war).top for w in s.wars}  # a blockade the sentence names is the one it tells
        s.evidence, s.aside_periods = unblockaded(s.evidence, catalog, named), unblockaded(s.aside_periods, catalog)
    if abroad and period:
        period = min(unblockaded({period}, catalog), default=None)
    for p, para in enumerate(doc):
        heading = headings[p] if headings and p < len(headings) else None
        context = _heading_periods(heading, catalog, period) if heading else ((period,) if period else ())
        places = bool(districts and p < len(districts) and any(districts[p]))
        _fill_from_context(para, context, heading=p not in title_copies and _is_heading(paragraphs[p], places))
        if written:
            _past_truce(para, context, catalog, written, period)
    title_campaigns = _title_campaigns(title, matcher, catalog, period)
    forget_names(matcher)  # the document's last reading of them
    return DocumentWars(
        mentions=[[s.wars for s in para] for para in doc],
        filed=[[s.filed for s in para] for para in doc],
        campaigns=[
            [campaigns(s, catalog, title_campaigns, set(codes)) for s, codes in zip(para, _pad(districts, p, para, ()))]
            for p, para in enumerate(doc)
        ],
    )


def _pad(rows: Sequence[Sequence[T]] | None, p: int, sentences: Sequence[object], empty: T) -> list[T]:
    """Paragraph p's row of a per-sentence table (date mentions, flags, districts), one entry per sentence even where
    the caller gave fewer (``empty`` for the rest)."""
    given = list(rows[p]) if rows and p < len(rows) else []
    return given + [empty] * (len(sentences) - len(given))


# --- one sentence's evidence, settled -------------------------------------------


def _resolve(s: Sentence, catalog: WarCatalog, period: str | None, today: dt.date | None,
             told: dt.date | None) -> None:
    """Settle the sentence's own evidence: periods of its dates, then the names they disambiguate (the year of a war
    named as the start of the time told, "after the Second Karabakh War in 2020", dates the name, not the sentence).
    ``told``: the earliest day the text can have been told (an undated report of the days right after its war, "calm
    since the evening of July 19", is that war's aftermath as a dated one is: ``told_after``)."""
    bounds = {id(n): found for n in s.names if (found := after_clause(s.text, n.start, n.end))}
    spans = [span for span in s.spans if not _glosses(span, [n for n in s.names if id(n) in bounds], catalog)]
    dated = {p for lo, hi in spans for p in told_after(lo, hi, catalog, period, told)}
    s.dated_outside = bool(s.spans) and not dated
    s.outside_before = s.dated_outside and any(span != (today, today) for span in s.spans)
    since = list(s.since)
    # "In 1989 the blockade cut the railway": a year that dates no event still says which blockade
    hint = dated or {p for lo, hi in s.years for p in periods(lo, hi, catalog, None)}
    for n in s.names:
        war = catalog.get(_choose(n.means, hint, period, catalog, today))
        s.wars.append(WarMention(n.start, n.end, n.text, war.id))
        if UNTIL_CLAUSE.search(s.text[: n.start]) and war.start:
            # "quiet until the 2020 war": the state ended as the war began; the war is its bound, not its time
            s.evidence |= set(periods(war.start - dt.timedelta(days=1), war.start - dt.timedelta(days=1), catalog, None))
            continue
        if war.end and id(n) in bounds:
            _after_war(s, war.end + _DAY, bool(bounds[id(n)].group("since")), since, catalog, period, today)
            continue
        s.evidence.add(war.top)
        if SINCE_CLAUSE.search(s.text[: n.start]) and (war.end or war.start):
            since.append(war.end or war.start)  # "deployed since the end of the 2020 war"
    s.evidence |= dated
    s.wars += [WarMention(n.start, n.end, n.text, _choose(n.means, hint, period, catalog, today)) for n in s.glossed]
    s.wars.sort(key=lambda w: w.start)
    s.aside_periods = {p for lo, hi in s.aside for p in periods(lo, hi, catalog, period)}
    for start in since:
        s.evidence |= set(open_range(start, today, catalog, period, told))


def _after_war(s: Sentence, day: dt.date, opens: bool, since: list[dt.date], catalog: WarCatalog, period: str | None,
               today: dt.date | None) -> None:
    """A war named as the start of the time told ("under peace conditions after the 2020 war") bounds it: the sentence
    tells the period of the war's next day (its aftermath's week in a report of it: ``told_after``), not the war, which
    it only links; "since the end of" it (``opens``) is a state from that day on (``war_periods.open_range``)."""
    if opens:
        since.append(day)
    else:
        s.evidence |= set(told_after(day, day, catalog, period, today))


def _choose(means: tuple[str, ...], dated: set[str], period: str | None, catalog: WarCatalog,
            today: dt.date | None = None) -> str:
    """For an ambiguous name: the meaning the sentence's dates fit, else the document's period, else the first;
    never a war that began after the text was written ("a blockade" told in 2021 is not that of 2022-23)."""
    told = [m for m in means if today is None or (w := catalog.get(m)).start is None or w.start <= today] or means
    for preferred in (dated, {period}):
        for war_id in told:
            if catalog.get(war_id).top in preferred:
                return war_id
    return told[0]


# --- the document's period -------------------------------------------------------


def _title_paragraphs(paragraphs: Sequence[Sequence[str]], title: str | None) -> list[int]:
    """Indexes of the paragraphs that repeat the title (their dates are the title's dates)."""
    want = _bare(title or "")
    return [p for p, para in enumerate(paragraphs) if want and _opens_like(para, want) and _bare(" ".join(para)) == want]


def _opens_like(paragraph: Sequence[str], want: str) -> bool:
    """The cheap test before ``_bare`` (which rewrites the whole paragraph): its first character that ``_bare``
    keeps folds to the first character of ``want``."""
    for sentence in paragraph:
        for ch in sentence:
            if not (ch.isspace() or ch in _MARKS):
                return ch.casefold()[:1] == want[:1]
    return False


def _bare(text: str) -> str:
    return " ".join(re.sub(rf"[{_MARKS}]+", " ", text).casefold().split())


def _document_period(
    doc: list[list[Sentence]],
    title: str | None,
    title_copy: list[Sentence] | None,
    matcher: Matcher,
    catalog: WarCatalog,
    today: dt.date | None,
    told: dt.date | None,
) -> str | None:
    """The title's war (``title_copy``: the paragraph that repeats it); else the period most days and months of
    ``doc`` (its sentences, page chrome left out) fall in (the document's own day among them, first, where the
    text tells fighting on it: ``war_periods.own_day``); else the document's date where the text tells
    that day; else the period most longer spans (years, parts of years) fall in; else
    the document's date; else the most named war; else, in a text that reports fighting, the period of
    the years that date no reported event ("two soldiers were shot dead by snipers in the course of 2012":
    a year is still when the report is set, when nothing else says); else, for reports of a broken truce,
    the years between the wars. A text that reports fighting on days it gives no year for, with no
    document date, is news set after every year it tells (of events or not): the period after the latest.

    Dates outrank names because names are often passing mentions of other wars
    ("since the 2020 war" in a 2023 report); a report of its own day ("clashes on
    the border Tuesday") outranks years because years are what its background tells
    ("the conflict began in 1988", "late 2020"), while a retrospective that tells
    only years ("In 1992 Armenian forces captured the town") keeps theirs; the first
    seen wins a tie of two, while three or more tied periods (a commentary that moves
    between decades) leave the decision to the next evidence, else to none.
    """
    # a title's ambiguous name ("five years since Karabakh war victory") says no war: the text's days do
    if title_copy is not None:
        heading = [p for s in title_copy
                   for p in (*_names_evidence(s, catalog, plain=True), *_dates_evidence(s.spans, catalog))]
    else:
        heading = [catalog.get(n.means[0]).top for n in find_names(title or "", matcher, catalog) if len(n.means) == 1]
    spans = [span for para in doc for s in para for span in s.spans if not _glosses(span, s.names, catalog)]
    longer = [span for span in spans if not news_span(*span)]
    # the days told (not the document's own: it speaks after them), a day in the week after a war among them its aftermath
    days = told_days([span for span in spans if news_span(*span) and not span[0] == span[1] == today], catalog, told)
    named = [p for para in doc for s in para for p in _names_evidence(s, catalog)]
    today_period = [p for p in (period_of(today, catalog, None) if today else None,) if p]
    told_today = [p for p in today_period if (today, today) in spans]
    if today and any(s.told_today for para in doc for s in para):
        days = [p for p in (own_day(days, today, catalog),) if p] + days
    sentences = [s for para in doc for s in para]
    unyeared = today is None and (any(s.unyeared and reports_fighting(s.text) for s in sentences)
                                  or news_before_background(sentences))
    bare_spans = [span for s in sentences for span in s.years]
    years = _after(longer + bare_spans + wars_told_after(sentences, catalog), catalog) if unyeared \
        else _dates_evidence(longer, catalog, today)
    bare = [] if unyeared else _dates_evidence(bare_spans, catalog)
    bare = bare if bare and any(s.truce_broken or reports_fighting(s.text) for para in doc for s in para) else []
    truce = [p for para in doc for s in para if s.truce_broken for p in between_wars(catalog)]
    for votes in (heading, days, told_today, years, today_period, named, bare, truce):
        counts = Counter(votes)
        ranked = sorted(counts, key=lambda p: (-counts[p], votes.index(p)))
        if ranked and not (len(ranked) > 2 and counts[ranked[0]] == counts[ranked[1]]):
            return ranked[0]  # (three periods or more, none ahead: a retrospective; the next evidence may settle it)
    return None


def _counted_period(paragraphs: Sequence[Sequence[str]], catalog: WarCatalog) -> str | None:
    """An undated wire copy that tells only relative days ("yesterday", "last weekend") but counts its war's years
    ("a five-year-old territorial dispute") is filed under the period of the year it was so written in."""
    year = counted_war_year(paragraphs, catalog)
    found = periods(dt.date(year, 1, 1), dt.date(year, 12, 31), catalog, None) if year else ()
    return found[0] if len(found) == 1 else None


def _glosses(span: tuple[dt.date, dt.date], names: Sequence[Name], catalog: WarCatalog) -> bool:
    """The year of a war the sentence names ("moved to the capital after the Second Karabakh War in 2020"):
    it dates the name, which votes as a name (a passing mention in a report of another time), not as a date."""
    lo, hi = span
    return not news_span(lo, hi) and any(
        (war := catalog.get(n.means[0])).start is not None and war.end is not None and lo <= war.end and war.start <= hi
        for n in names)


def _after(spans: Sequence[tuple[dt.date, dt.date]], catalog: WarCatalog) -> list[str]:
    """The period of the day after the latest span: that of a report whose days have no year (no document date
    and no year before them gives one) and whose years are background ("On 13 September units opened fire ...
    the two last had a full-scale war in 2020"): its news comes after all the years it tells."""
    latest = max((hi for _, hi in spans), default=None)
    return [p for p in (period_of(latest + dt.timedelta(days=1), catalog, None) if latest else None,) if p]


def _names_evidence(s: Sentence, catalog: WarCatalog, plain: bool = False) -> list[str]:
    """Before the document's period is known, an ambiguous name takes its first meaning (``plain``: it is left out);
    a war told to the reader ("in a 1990s war that killed 30,000") votes as any name, though it files nothing."""
    return [catalog.get(n.means[0]).top for n in (*s.names, *s.background) if not plain or len(n.means) == 1]


def _dates_evidence(
    spans: Sequence[tuple[dt.date, dt.date]], catalog: WarCatalog, today: dt.date | None = None
) -> list[str]:
    """The periods of the dates' spans; "today" (the document's own day) casts no vote of its own:
    the document's date already speaks, after the days the text tells."""
    return [p for lo, hi in spans if not lo == hi == today for p in periods(lo, hi, catalog, None)]


# --- context ------------------------------------------------------------------------


def _is_heading(sentences: Sequence[str], names_a_place: bool = False) -> bool:
    """A label that tells no event: short, unpunctuated, and not a headline that reports fighting
    somewhere ("Explosions Heard in Stepanakert" is news in a heading's shape; "The course of the
    battles" and "== Offensive ==" are labels)."""
    text = " ".join(sentences).strip()
    short = len(sentences) == 1 and not _TERMINAL.search(text) and len(text.split()) < _HEADING_MAX_WORDS
    return short and not ((names_a_place or len(text.split()) >= _HEADLINE_UNPLACED_WORDS) and _headline(text))


def _headline(text: str) -> bool:
    """Words of fighting in a line of three words or more without markup."""
    return len(text.split()) >= _HEADLINE_MIN_WORDS and not _MARKUP.search(text) and reports_fighting(text)


def _heading_periods(value: str, catalog: WarCatalog, period: str | None) -> tuple[str, ...]:
    """The period of a chronology's heading ("1920": none; "3 November" of 2020: the 2020 war)."""
    lo, hi = interval(value)
    return periods(lo, hi, catalog, period) if lo and hi else ((period,) if period else ())


def _fill_from_context(para: list[Sentence], context: tuple[str, ...], *, heading: bool) -> None:
    """Sentences that say nothing of their own take the nearest telling sentence's wars (an undated
    report of fighting takes one after it only if it tells more than background years; one dated outside
    every period lends that to those after it), else the ``context``: the period of the heading they stand
    under, else the document's. A sentence of the present ("has not yet withdrawn", "currently live as
    displaced persons") reports no event of the years it was written in: it takes its time so, and lends none."""
    for i, s in enumerate(para):
        if s.evidence or s.dated_outside or s.stative or heading:
            s.filed = tuple(sorted(s.evidence | s.aside_periods))
            continue
        # the present is no one else's time; a time outside every period ("On 14 March 2024 ...") is the next one's
        before = [t for t in reversed(para[:i]) if (t.evidence or t.outside_before) and not t.now]
        after = [t for t in para[i + 1 :] if t.evidence and not t.now][:1]
        telling = before or [t for t in after if not (_background(t) and reports_fighting(s.text))]
        nearest: Sentence | None = telling[0] if telling else None
        s.filed = tuple(sorted((nearest.evidence if nearest is not None else set(context)) | s.aside_periods))


def _past_truce(para: list[Sentence], context: tuple[str, ...], catalog: WarCatalog, written: dt.date,
                period: str | None) -> None:
    """A sentence that tells what went on despite a truce ("Despite the ceasefire, clashes continued") or that the
    truce was broken ("violated the ceasefire regime 120 times") files under the period after the war the truce
    ended: its own war, else the one of the sentence before it, else the context's; where that war was over (its
    aftermath's week too) when the text was written, and the sentence's days do not all lie inside it (shelling
    "despite the humanitarian truce of 10 October" was the war's). A background line whose own date gives a war
    other than the document's ("In 1994 a truce was signed, but hostilities resume" in a report of the 2020 war)
    only links that war, as background does."""
    for i, s in enumerate(para):
        if not (s.after_truce or s.truce_broken):
            continue
        ended = [w for w in map(catalog.get, {*s.filed, *(para[i - 1].filed if i else context)})
                 if w.kind in _TRUCE_ENDS and w.start and w.end and w.end < written
                 and not any(w.start <= lo and hi <= w.end for lo, hi in s.spans)
                 and not (w.id in s.evidence and period not in (None, w.id))]
        after = {w.id: told_after(w.end + _DAY, w.end + _DAY, catalog, w.id, written) for w in ended}
        moved = {war: later for war, later in after.items() if later != (war,)}
        kept = {p for p in s.filed if p not in moved or p in s.evidence}
        s.filed = tuple(sorted(kept.union(*moved.values())))


def _background(s: Sentence) -> bool:
    """A sentence that tells only years or parts of years ("As the Soviet Union broke apart in 1991, ...
    a separatist war"): background that follows the news, which does not take its period from it."""
    return not s.names and not s.since and bool(s.spans) and not any(news_span(lo, hi) for lo, hi in s.spans)


# --- campaigns and battles -----------------------------------------------------------------


def _title_campaigns(title: str | None, matcher: Matcher, catalog: WarCatalog, period: str | None) -> tuple[War, ...]:
    names = find_names(title or "", matcher, catalog)
    wars = [catalog.get(_choose(n.means, set(), period, catalog)) for n in names]
    return tuple(w for w in wars if w.parent is not None)

