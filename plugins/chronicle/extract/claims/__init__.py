"""Claims: what each sentence states happened, where, and when (DATA-EXPORT.md, claims.jsonl).

Pure functions over a sentence's text and the mentions the other taggers
found in it (dates, places, wars): predicates come from the lexicon
(``corpus/lexicon/claims``), their places from where they stand (subject or
object, never the place an attack came from), their dates from the nearest
date expression of the same sentence. Rules read the shape of a sentence,
not the words of particular sources, so that unseen texts are read alike.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from chronicle.events.describe import precision
from chronicle.events.intervals import interval
from chronicle.extract.claims import (admission, anaphora, clauses, controlled, dating, joined, predicates, reach, shapes, spans,
                                      subjected, targetable, targets, unasserted)
from chronicle.extract.claims.admission import NO_DISTRICT_KINDS
from chronicle.extract.claims.merging import merged, numbered
from chronicle.extract.claims.predicates import Predicate
from chronicle.extract.claims.recent import Recent, Usable
from chronicle.extract.claims.words import WORD
from chronicle.extract.claims.target import Target, region, target
from chronicle.lexicon import ClaimLexicon
from chronicle.model import Claim, DateMention, PlaceMention, SentenceFacts, Source
from chronicle.records import replace
from chronicle.wars import WarCatalog

Key = tuple[str, str]
_NO_FACTS = SentenceFacts()  # a sentence the other taggers left out (made once: every sentence asks)


@dataclass(frozen=True)
class Context:
    """What a reader knows when reaching a sentence: the paragraph so far and the narrative's date."""

    source: str
    sentence: str
    catalog: WarCatalog
    previous_places: Iterable[PlaceMention] = ()  # the last usable places named earlier (``recent.Recent``: read when asked)
    previous_kind: str | None = None  # kind of the last claim of the paragraph ("It was followed by ...")
    heading: DateMention | None = None  # the day a chronology item stands under
    narrative: tuple[dt.date | None, dt.date | None] = (None, None)
    last_date: DateMention | None = None  # the last date the text gave ("In two days" counts from it)
    fallback_war: str | None = None
    document_date: dt.date | None = None
    rejected_report: bool = False  # the text has rejected a report: "the statement claims that ..." is that report's


def tag_source(source: Source, facts: Mapping[Key, SentenceFacts], lexicon: ClaimLexicon | None,
               catalog: WarCatalog, document_date: dt.date | None) -> dict[Key, tuple[Claim, ...]]:
    """Claims of every sentence of one source that is not boilerplate, by (source id, sentence id)."""
    out: dict[Key, tuple[Claim, ...]] = {}
    if lexicon is None:
        return out
    filed = Counter(w for f in facts.values() for w in f.filed_wars)
    ctx = Context(source.id, "", catalog, Recent(), narrative=(None, document_date), document_date=document_date,
                  fallback_war=filed.most_common(1)[0][0] if filed else None)
    learnt: dict = {}  # what the sentences read so far change in the context, applied with the next sentence's own
    for paragraph in source.paragraphs:
        learnt["previous_kind"] = None  # places named before stay: "the town" may be the last paragraph's
        for sentence in paragraph.sentences:
            f = facts.get((source.id, sentence.id), _NO_FACTS)
            if sentence.boilerplate:
                continue
            places = Usable(sentence.text, f.places, lexicon)  # read only if a predicate asks
            ctx = replace(ctx, sentence=sentence.id, heading=_heading(f), **learnt)
            claims = sentence_claims(sentence.text, f, lexicon, ctx, places)
            out[(source.id, sentence.id)] = tuple(claims)
            learnt = _advance(ctx, sentence.text, f, places, claims, lexicon)
    return out


def _advance(ctx: Context, text: str, f: SentenceFacts, places: Usable, claims: list[Claim],
             lex: ClaimLexicon) -> dict:
    """What changes in the context for the next sentence: places named, the last claim's kind, the narrative date
    (as ``replace`` arguments: one copy of the context per sentence, made with the next sentence's own fields)."""
    dates = dating.usable(f.dates, f.wars) + dating.relative(text, f.dates, ctx.last_date)
    dates.sort(key=lambda d: d.start)
    narrative, last = ctx.narrative, ctx.last_date
    past = [d for d in dates if d.earliest and (ctx.document_date is None or d.earliest <= ctx.document_date)]
    if past:  # a date after the document's own is a plan ("will be discussed ... on September 21"), not the story's
        narrative, last = (past[-1].earliest, None), past[-1]
    recent = ctx.previous_places
    assert isinstance(recent, Recent)  # as ``tag_source`` starts it
    return dict(previous_places=recent.then(places) if f.places else recent,
                previous_kind=claims[-1].kind if claims else ctx.previous_kind, narrative=narrative, last_date=last,
                rejected_report=ctx.rejected_report or unasserted.rejects_report(text, lex))


def _heading(f: SentenceFacts) -> DateMention | None:
    """The day a chronology item stands under: filed by the date tagger for a sentence that gives no date of its own."""
    if not f.filed_dates or any(d.type in ("DATE", "TIME") and "XX" not in d.value for d in f.dates):
        return None
    value = f.filed_dates[0]
    earliest, latest = interval(value)
    return DateMention(0, 0, "", value, "DATE", None, earliest, latest, precision(value), "chronology heading")


def heading_like(text: str) -> bool:
    """Headings and wiki markup lines state nothing: '== Offensive ==', 'Martyrs of Second Karabakh War'."""
    stripped = text.strip()
    if stripped.endswith("]"):
        stripped = re.sub(r"(?:\[\d+\])+$", "", stripped)  # footnote markers
    if stripped.startswith("=") or stripped.startswith("|"):
        return True
    if stripped.endswith((".", "!", "?", "\"", "”")):
        return False  # a sentence's end: no need to count its capitals
    words = [w for w in WORD.findall(stripped) if w[:1].isalpha()]
    capitalized = sum(1 for w in words if w[:1].isupper())
    return bool(words) and not stripped.endswith((".", "!", "?", "\"", "”")) and len(words) <= 10 and capitalized / len(words) >= 0.6


def sentence_claims(text: str, f: SentenceFacts, lex: ClaimLexicon, ctx: Context,
                    places: Iterable[PlaceMention] | None = None) -> list[Claim]:
    """The claims of one sentence, in text order, one per kind and district (and date) at most.

    ``places`` are the sentence's places that can be targets (``targetable.usable``), when known (or read when
    iterated: ``recent.Usable``).
    """
    if heading_like(text):
        return []
    every = predicates.find(text, lex, ctx.previous_kind)
    preds = [p for p in every if not p.excluded and not unasserted.unasserted(text, p, lex, ctx.rejected_report)
             and controlled.changes_hands(text, p, lex) and not shapes.at_people_only(text, p, f.places, lex)
             and not shapes.left_by_others(text, p, lex) and not shapes.unstarted(text, p, lex)]
    if not preds:
        return []
    dates = dating.anniversary(text, dating.usable(f.dates, f.wars) + [d for d in f.dates if d.type == "DURATION"],
                               ctx.document_date, lex) + dating.relative(text, f.dates, ctx.last_date) \
        + dating.counted_from(text, f.dates)
    dates = dating.started(text, dating.ongoing(text, dates, lex), lex)
    dates = dating.in_relative(text, dating.measured_from(text, dates, lex), preds, lex)
    own = dating.backdrop_shares(preds, dating.adjuncts_share(preds, dating.assign(preds, dates, text), text), text)
    own = spans.when_day(text, preds, spans.state_start(preds, own), dates)
    framing = dating.opening(text, dates, preds) or dating.carried(text, dates, preds, lex)
    own = {i: own.get(i) or framing for i in range(len(preds)) if own.get(i) or framing}
    usable = list(places if places is not None else targetable.usable(text, f.places, lex))
    mentioned = [m for m in f.places if m.kind != "country"]
    countries = [m for m in f.places if m.kind == "country"]
    named = _named_places(f, ctx.catalog)
    aims = _aims(text, every, usable, lex, ctx, mentioned)
    found: list[tuple[Predicate, Target, DateMention | None]] = []
    for i, pred in enumerate(preds):
        later = [p for p in preds[i + 1:] if p.wording[0] > pred.end]
        # a predicate inside an aside before a passive verb ("Lachin, captured in May 1992, was returned") does not
        # end the clause its subject stands in
        opened = clauses.aside_start(text, pred.wording[0], 0, lex) if pred.subject_side else len(text)
        begin = max([p.end for p in preds[:i] if p.happened and p.end <= opened] + [0])
        limit = _reach(text, pred, later[0] if later else None, usable, lex)
        mine = _claims_of(text, pred, usable, dates, own.get(i), limit, begin, lex, ctx, mentioned, named, aims, countries)
        mine = [c for c in mine if not shapes.general_outcome(text, c[0], c[1].district, c[1].place, [f[0] for f in found])]
        shared = [] if any(c[1].district for c in mine) else joined.when_pronoun(text, pred, found, own.get(i)) or \
            joined.shared_subject(text, pred, found, own.get(i), lex) or joined.same_light(pred, found, own.get(i)) or \
            joined.backdrop(text, pred, found, own.get(i))
        found += shared or mine or joined.where_just_taken(text, pred, found, own.get(i)) or \
            joined.where_fought(text, pred, found, own.get(i), lex)
        found += joined.led_to(text, preds[i - 1] if i else None, own.get(i - 1), pred, mine, found, lex)
    return numbered(merged([_claim(text, p, t, d, f, lex, ctx) for p, t, d in found]))


def _reach(text: str, pred: Predicate, following: Predicate | None, places: list[PlaceMention],
           lex: ClaimLexicon) -> int:
    """How far a predicate's object may lie: up to the next predicate, or, when that one's place is its subject
    ("operations carried out since September 27, 2020, the settlement of Hadrut was liberated"), up to the last
    comma before it, or with no comma up to the place right before it (auxiliaries between at most) that stands
    apart from this predicate ("в результате начатого 27 сентября контрнаступления армии 25 октября город Губадлы
    был освобожден"): the subject there is the next claim's, not this one's object. A place right after this
    predicate stays its own ("после захвата Шуши был оккупирован Лачин")."""
    if following is None:
        return len(text)
    limit = following.wording[0]
    end = max(pred.end, pred.wording[1])
    comma = text.rfind(",", end, limit)
    if not following.subject_side:
        return limit
    if comma >= 0:
        return comma
    subject = [m for m in places if end <= m.start and m.end <= limit
               and clauses.only_auxiliaries(text[m.end:limit], lex)]
    return subject[-1].start if subject and len(WORD.findall(text[end:subject[-1].start])) > 2 else limit


def _named_places(f: SentenceFacts, catalog: WarCatalog) -> list[Target]:
    """The place of each battle the sentence names, when the catalogue gives it one district ("The Battle of
    Kalbajar": a name, so no place mention of its own), spanning the name."""
    out = []
    for w in f.wars:
        war = catalog.get(w.war)
        if war.kind == "battle" and len(war.districts) == 1:
            out.append(Target(w.start, w.end, war.districts[0], war.districts[0]))
    return out


def _aims(text: str, every: list[Predicate], places: list[PlaceMention], lex: ClaimLexicon, ctx: Context,
          mentioned: list[PlaceMention]) -> list[Target]:
    """The districts an intention names ("to recapture the district of Kalbajar"): no claim of their own, but the
    place of the attack launched for them."""
    out = []
    for p in every:
        if p.excluded and p.kind == "control" and re.search(r"\bto\s*$", text[:p.wording[0]]):
            out += [t for t in targets.forward(text, p, places, len(text), lex, (), ctx.previous_places, mentioned)
                    if t.district]
    return out


def _claims_of(text: str, pred: Predicate, places: list[PlaceMention], dates: list[DateMention],
               date: DateMention | None, limit: int, begin: int, lex: ClaimLexicon, ctx: Context,
               mentioned: list[PlaceMention], named: list[Target], aims: list[Target],
               countries: list[PlaceMention]) -> list[tuple[Predicate, Target, DateMention | None]]:
    """One predicate's claims: (predicate, target, date) for each place it is about."""
    kind = _kind(text, pred, lex)
    if kind == "agreement" and shapes.refers_back(text, min(pred.start, pred.wording[0]), ctx.previous_kind):
        kind = "ceasefire"  # "... decided to suspend the operation. The agreement was reached ...": that truce
    pred = replace(pred, kind=kind) if kind != pred.kind else pred
    if not admission.stated(text, pred, date or shapes.item_day(text, ctx.heading)) or \
            pred.kind == "massacre" and shapes.of_combatants(text, pred.end, lex) or \
            shapes.hypothetical(text, pred.wording[0], pred.end, lex):
        return []
    broke_out_at = _outbreak_place(text, pred, places, limit, lex, dates, ctx, mentioned)
    if broke_out_at:
        return [(pred, t, date) for t in broke_out_at]
    if pred.kind in NO_DISTRICT_KINDS or pred.role in ("outbreak", "breach", "phrases"):
        return [(pred, region(*pred.wording), date)] if pred.kind in NO_DISTRICT_KINDS or date else []
    if pred.subject_side:
        found = targets.backward(text, pred, places, begin, lex, ctx.previous_places, mentioned, tuple(dates))
        after = date.end if date and date.start >= pred.end else pred.end
        found += targets.elided(text, after, places, tuple(dates))
        if not any(t.district for t in found):  # "towns have fallen ..., including Gubadli and Jabrayil"
            found += targets.members(text, pred, places, limit, lex)
        if not found and lex.free_order:  # "8 ноября была освобождена Шуша": the subject after the predicate
            found = targets.forward(text, pred, places, limit, lex, tuple(dates), ctx.previous_places, mentioned)
    else:
        # a noun's place standing before it is its place ("the Khojaly Massacre ... in Baku": the ceremony's city after)
        lit = subjected.object_span(text, pred)  # "subjecting the villages of Tartar to shelling": the object first
        found = admission.premodifier(text, pred, places, lex) or (lit and targets.forward(
            text, lit[0], places, lit[1], lex, tuple(dates), ctx.previous_places, mentioned)) or targets.forward(
            text, pred, places, limit, lex, tuple(dates), ctx.previous_places, mentioned)
        if not any(t.district for t in found):  # "in the direction of Tovuz district ..., opened fire at positions"
            found = [target(m) for m in shapes.sector_before(text, pred, places, begin)
                     + shapes.attacked_abroad(text, pred, lex, countries, limit)] or found
        if not found and lex.free_order and (pred.role == "verbs" or pred.happened or date is not None):
            # "Հայկական ուժերը Շուշին գրավեցին": object before; "Ağdam rayonunun Ermənistan tərəfindən işğalından
            # 21 il keçir": a noun's place in the genitive before it, apart from it (a district: a region before a
            # noun is where the sentence stands, "ԼՂՀ-ի դեմ Ադրբեջանի ագրեսիան")
            found = [t for t in targets.backward(text, pred, places, begin, lex, ctx.previous_places, mentioned,
                                                 tuple(dates)) if t.district or pred.role == "verbs"]
    if not found and pred.role == "nouns":  # "before its occupation on 2 April 1993": the subject's place
        found = anaphora.possessor(text, pred, places, lex, ctx.previous_places, mentioned)
    if not found:  # "Armenian forces captured it and drove out the defenders": the place "it" stands for
        found = anaphora.object_pronoun(text, pred, places, ctx.previous_places, lex)
    if not found and pred.happened:  # "The Battle of Kalbajar took place ...": the battle's own place; "launched an
        # offensive to recapture the district of Kalbajar": the place it was launched to take
        found = [t for t in named if t.start <= pred.start < t.end] or [
            t for t in aims if pred.kind == "assault" and t.start > pred.end]
    found = reach.kept(text, pred, admission.specific(pred, found), lex)
    if pred.kind == "assault" and shapes.unnamed_aim(text, pred.end, lex):
        return [(pred, t, t.date or date) for t in found if t.district and admission.admitted(text, pred, t, t.date or date, lex)]
    if not found and pred.kind == "assault" and pred.happened and date is not None:
        found = [region(*pred.wording)]  # "launched a large-scale attack" on no one place, dated
    found = dating.respectively(text, found, dates)
    kept = [(pred, t, t.date or date) for t in found if admission.admitted(text, pred, t, t.date or date, lex)]
    if not kept and shapes.region_operation(text, pred, lex, countries, limit):
        return [(pred, region(*pred.wording), date)]  # an operation over the whole region, undated too
    return kept


def _outbreak_place(text: str, pred: Predicate, places: list[PlaceMention], limit: int, lex: ClaimLexicon,
                    dates: list[DateMention], ctx: Context, mentioned: list[PlaceMention]) -> list[Target]:
    """Fighting that broke out at a district is an attack on it ("fighting broke out for the city", "warfare
    erupted near the city on 29 October"), and so is a truce broken there ("a ceasefire violation was reported near
    the settlements of ..."); elsewhere an outbreak is the war's, a breach the truce's, of no one district. Its place
    stands in its own clause, before the comma that ends it ("During the war which began in 1988, 145 people were
    killed in Khojavend": the main clause's place is no outbreak's)."""
    if pred.role not in ("outbreak", "breach"):
        return []
    comma = clauses.COMMA.search(text, pred.end, limit)
    return [t for t in targets.forward(text, pred, places, comma.start() if comma else limit, lex, tuple(dates),
                                       ctx.previous_places, mentioned) if t.district]


def _kind(text: str, pred: Predicate, lex: ClaimLexicon) -> str:
    """An agreement whose own phrase is about ending the fighting is a ceasefire ('the 1994 Bishkek Protocol');
    a taking begun is an operation under way, an attack ('began the liberation of Karvachar')."""
    if pred.kind == "control" and pred.role == "nouns" and pred.wording[0] < pred.start and \
            lex.phrases["operation_start"].match(text, pred.wording[0]):
        return "assault"
    if pred.kind != "agreement":
        return pred.kind
    phrase = re.split(r"[;.]", text[max(0, pred.wording[0] - 40): pred.end + 40])
    return "ceasefire" if any(lex.ceasefire_markers.search(p) for p in phrase) else "agreement"


def _claim(text: str, pred: Predicate, t: Target, d: DateMention | None, f: SentenceFacts, lex: ClaimLexicon,
           ctx: Context) -> Claim:
    date = d or ctx.heading
    earliest, latest = dating.bounds(date) if date else (None, None)
    mod = date.mod if date else None
    presupposed = pred.presupposed and not _aside(text, pred, d)
    if d is not None and d.rule != dating.COUNTED and (dating.reported(text, d, pred, lex) or presupposed
                                                       or dating.ends_another(text, d, pred, lex)
                                                       or _announced_past(text, pred, lex)
                                                       or shapes.reported_before(text, d, pred, lex)):
        earliest, mod = None, "ON_OR_BEFORE"  # "denounced on Tuesday an aggression", "after the occupation of"
    war = _war(pred.kind, (earliest, latest) if date else None, f.filed_wars, ctx,
               dating.told_before(f.dates, f.wars, pred.wording[0]))
    start, end = pred.wording
    district = None if pred.kind in NO_DISTRICT_KINDS else t.district
    kind = "ceasefire" if pred.kind == "agreement" and date and (dating.ends_war(ctx.catalog, dating.bounds(date))
                                                                 or dating.in_short_war(ctx.catalog, dating.bounds(date))) \
        else pred.kind
    return Claim(ctx.source, ctx.sentence, 0, kind, district, t.place if district else None, war,
                 date.value if date else None, mod, earliest, latest, text[start:end], start, end,
                 ctx.narrative if date is None else (None, None), t.local, dating.voiced(text, lex))


def _announced_past(text: str, pred: Predicate, lex: ClaimLexicon) -> bool:
    """'announced the liberation of Hadrut ... on October 9, 2020': a change of hands or a massacre a reporting verb
    makes the claim of was told that day, so it happened by then (an operation announced as starting starts then)."""
    first = WORD.match(text, pred.wording[0])
    return pred.kind in ("control", "massacre") and first is not None and lex.has("reporting", first.group())


def _aside(text: str, pred: Predicate, d: DateMention | None) -> bool:
    """'after the occupation of Shusha (May 8, 1992)': a date in parentheses within the noun's own phrase is its
    date, not the later day the sentence tells of."""
    return d is not None and d.start >= pred.end and bool(re.fullmatch(r"[^,;()]{0,40}\(\s*", text[pred.end:d.start]))


def _war(kind: str, span: tuple | None, filed: tuple[str, ...], ctx: Context, told: DateMention | None = None) -> str:
    """A dated claim's war is where its days fall; an undated one's is its sentence's (``dating.undated_war``), read from
    the day the sentence ``told`` before it ("... 2020-ci il sentyabrın 27-dən ..., Ermənistan kapitulyasiya aktına imza
    atmaq məcburiyyətində qalıb"), else from the narrative's."""
    if span is not None:
        by_date = dating.war_for(ctx.catalog, span, kind, filed)
        if by_date:
            return by_date
    narrative = dating.bounds(told) if told is not None and len(filed) > 1 else ctx.narrative
    return dating.undated_war(ctx.catalog, narrative, kind, filed) or ctx.fallback_war or "interwar"
