"""Sentence shapes that say an event happened outside the verb frames of ``predicates``, read from punctuation and
word classes (the lexicon's lists), never from the words of one text:

- a participle opening an aside right after a place ("Minbashili village of Jabrayil district, liberated from the
  occupation, was shown"): a reduced relative clause whose subject is that place, even where a preposition before
  the place ("video from Minbashili") would make it an origin;
- an item of a chronology ("- ... about the liberation of Zilanli"): the day heading it stands under dates what it
  names, as a date in its own sentence would;
- an event aimed at a place the sentence does not name ("an attack on a strategic town"): about one unnamed place,
  not the whole region (no claim without a district);
- a stop to the fighting told in the passive ("hostilities were formally halted"): a ceasefire;
- a date before the main clause's reporting verb ("On 14 October the ministry stated its forces had seized ..."):
  the date of the report, which bounds the change of hands it reports;
- an operation started over the whole region ("launched the military operation alleging ..."): no one place,
  a claim undated too;
- a killing noun whose object is combatants ("the annihilation of enemy units"): fighting, not a massacre;
- combatants driven out of a place ("pushed Azerbaijani units out of Kalbajar") and entry named by a noun with the
  combatants who entered ("the entry of Azerbaijani troops into Aghdam"): changes of hands;
- a place under fire, however the fire is described ("villages are under large-caliber artillery shelling"): an
  attack on it; an attempt named by its noun, with the combatants making it ("attempts by the army to capture the
  town"): an attack on what it would take;
- what an operation took, told in general right after it ("launched a counteroffensive, liberating several
  regions"): its outcome over the war, no change of hands of its own;
- the sector a front report names before its verb ("units ..., violating the ceasefire in the direction of Tovuz
  district, opened fire at positions"): where the fighting its object does not place happened.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from chronicle.extract.claims.clauses import PREPOSITIONS
from chronicle.extract.claims.words import STOP, WORD, words_after
from chronicle.lexicon import ClaimLexicon
from chronicle.literals import cued
from chronicle.model import DateMention, PlaceMention

if TYPE_CHECKING:
    from chronicle.extract.claims.predicates import Predicate

# a bullet or dash opening a chronology's item ("- President ...", "• 14:20 ...")
_ITEM = re.compile(r"^\s*[-–—•*▪●]\s+\S")


def item_day(text: str, heading: DateMention | None) -> DateMention | None:
    """The day a chronology item stands under, for a sentence that is an item (opens with a bullet or dash):
    its event nouns are dated by it ('- ... shared a publication about the liberation of Zilanli' under
    'October 23'); prose under a dated title is not an item, and its undated nouns stay undated."""
    return heading if heading is not None and _ITEM.match(text) else None


def participle_aside(text: str, start: int, end: int, lex: ClaimLexicon) -> bool:
    """Does the single-word participle at ``text[start:end]`` open an aside right after a name or place noun
    ("..., liberated from the Armenian occupation, was published", "Lachin, occupied in 1992, ...")? A
    preposition follows it (an adjective before a noun, "captured soldiers", is no clause), and no auxiliary
    or subject stands between the comma and it."""
    form = text[start:end]
    if " " in form or not form.endswith(("ed", "en")) or not re.search(r",\s*$", text[:start]):
        return False
    before = WORD.findall(text[:start])
    if not before or not (before[-1][:1].isupper() or lex.has("place_nouns", before[-1])):
        return False
    following = words_after(text, end, 1)
    return bool(following) and (following[0] in PREPOSITIONS or following[0] in ("during", "after", "since", "as"))


def described_after(text: str, m: PlaceMention, lex: ClaimLexicon) -> bool:
    """Is the place the subject of a participle aside right after its phrase ("video from the Minbashili village
    of Jabrayil district, liberated from occupation, was published")? Then a preposition before it does not make
    it an origin: the aside is about it. Between the place and the comma only place nouns, names and 'of'."""
    comma = text.find(",", m.end)
    if comma < 0 or STOP.search(text, m.end, comma):
        return False
    between = WORD.findall(text[m.end:comma])
    if len(between) > 6 or not all(w[:1].isupper() or w in ("of", "the") or lex.has("place_nouns", w) for w in between):
        return False
    at = len(text) - len(text[comma + 1:].lstrip())
    verbs = [v for forms in lex.predicates if forms.role == "verbs" and (v := forms.pattern.match(text, at))]
    return any(participle_aside(text, v.start(), v.end(), lex) for v in verbs)


def unnamed_aim(text: str, end: int, lex: ClaimLexicon) -> bool:
    """'launched a fierce attack Sunday on a strategic town in eastern Azerbaijan': the event's object is an
    indefinite place noun ("a town", "an Azerbaijani village"), one place the sentence does not name, so no
    claim of the whole region; 'launched an attack on the front' names a line, and 'an attack on the town' the
    town just named."""
    m = _AIMED.match(text, end)
    if m is None:
        return False
    for word in m.group(1).split()[:3]:  # "a strategic town", "an Azerbaijani border village"
        if lex.has("place_nouns", word):
            return not lex.has("region_heads", word)
        if word.casefold() in PREPOSITIONS:
            return False
    return False


def region_operation(text: str, pred: Predicate, lex: ClaimLexicon, countries: list[PlaceMention], limit: int) -> bool:
    """'Azerbaijan launched the military operation alleging ...', 'local anti-terrorist measures have been launched':
    an operation's noun (the lexicon's ``region_operations``) whose own wording says it started is an attack over the
    whole region, a claim with no district even undated; unless a country right after it places it abroad
    ("launched a military operation in northern Syria", "against Armenia")."""
    if pred.kind != "assault" or pred.role != "nouns" or not pred.happened or \
            not lex.phrases["region_operations"].fullmatch(text, pred.start, pred.end):
        return False
    start, end = pred.wording
    if not lex.phrases["operation_start"].search(text, start, end):
        return False
    after = max(pred.end, end)
    return not any(after <= m.start < limit and _close(text[after:m.start], lex) for m in countries)


def unstarted(text: str, pred: Predicate, lex: ClaimLexicon) -> bool:
    """'announced local anti-terrorist measures', 'after "anti-terrorist measures" the country restored ...':
    measures (the lexicon's ``started_only``) whose wording tells no start are a policy named, no event."""
    return lex.phrases["started_only"].fullmatch(text, pred.start, pred.end) is not None and \
        lex.phrases["operation_start"].search(text, *pred.wording) is None


def attacked_abroad(text: str, pred: Predicate, lex: ClaimLexicon, countries: list[PlaceMention],
                    limit: int) -> list[PlaceMention]:
    """'launched an attack on Armenia', 'shelled Armenia's frontier', 'an offensive across two provinces of
    Armenia': an attack whose object is a country abroad, or a part of it, is an attack on that country, its code
    the claim's district. Azerbaijan's own code is no district, and an operation's noun abroad is
    no event of these wars (``region_operation``)."""
    if pred.kind != "assault" or lex.phrases["region_operations"].fullmatch(text, pred.start, pred.end):
        return []
    after = max(pred.end, pred.wording[1])
    return [m for m in countries if after <= m.start < limit and m.district and not m.district.startswith("AZ")
            and (pred.role == "verbs" and not text[after:m.start].strip() or _close(text[after:m.start], lex, most=4))
            and not _NEIGHBOUR.search(text, after, m.start)][:1]


_NEIGHBOUR = re.compile(r"\b(?:with|between)\b", re.I)  # "positions on the border with Armenia": a neighbour, not the place


def _close(gap: str, lex: ClaimLexicon, most: int = 3) -> bool:
    """A country this near after an operation, behind a preposition of place or aim, is where it happened
    ("in northern Syria", "against Armenia"; articles and a place noun with its "of" not counted: "into the
    sovereign territory of the Republic of Armenia"); "alleging that Armenia ..." names a side, not the place."""
    words = [w.casefold() for w in WORD.findall(gap)]
    counted = [w for i, w in enumerate(words) if w not in _ARTICLES and not lex.has("place_nouns", w)
               and not (w == "of" and i and lex.has("place_nouns", words[i - 1]))]
    return bool(words) and len(counted) <= most and words[0] in _PLACED and "," not in gap and not STOP.search(gap)


_PLACED = frozenset({"in", "into", "inside", "against", "on", "onto", "across", "through"})
_ARTICLES = frozenset({"the", "a", "an"})


_AIMED = re.compile(r"(?:\s+\w+){0,2}?\s+(?:on|against|towards?)\s+(?:a|an)\s+([\w\s-]{0,60})")


def reported_before(text: str, d: DateMention, pred: Predicate, lex: ClaimLexicon) -> bool:
    """'On 14 October, the ministry stated its forces had seized Edişə', 'On 21 November the capture of Aghdam was
    reported': a date before the reporting verb of the main clause dates the report, and the change of
    hands (or massacre) the reported clause or the noun it reports about tells happened by then; an attack
    announced is dated by the announcement ('announced that the operation had begun' starts it)."""
    if pred.kind not in ("control", "massacre") or d.end > pred.wording[0] or any(
            lex.has("reporting", w) for w in WORD.findall(text[:d.start])):
        return False
    between = text[d.end:pred.wording[0]]
    if not re.search(r"[;:.!?]", between) and any(lex.has("reporting", w) for w in WORD.findall(between)):
        return True
    if pred.role != "nouns":
        return False
    # the noun's phrase, then its reporting verb: "the capture of Aghdam was reported by ..." (no comma between:
    # "the capture of Aghdam ended the war, the television reported" dates the capture)
    phrase = re.match(r"[^,;:.!?()]*", text[pred.end:]).group()
    return any(lex.has("reporting", w) for w in WORD.findall(phrase)[:10])


def of_combatants(text: str, end: int, lex: ClaimLexicon) -> bool:
    """'the annihilation of enemy units', 'extermination of the Armenian detachments': a killing noun whose object,
    in the few words after its 'of', is combatants (the lexicon's ``combatants``) tells of fighting, not of a
    massacre of civilians. The first of them named decides: "the mass killing of civilians by Armenian forces"
    names the killers after the killed (``civilian_objects``)."""
    m = re.match(r"\s+of\b", text[end:])
    if m is None:
        return False
    for w in WORD.findall(text, end + m.end())[:5]:
        if lex.has("civilian_objects", w):
            return False
        if lex.has("combatants", w):
            return True
    return False


def at_people_only(text: str, pred: Predicate, places: tuple[PlaceMention, ...], lex: ClaimLexicon) -> bool:
    """'violations that targeted civilians', 'attacked the peaceful population': an active attack verb whose object,
    in the words right after it, is people (the lexicon's ``civilian_objects``), no place after it, tells of victims;
    it is no claim of a place attacked (a casualty report, DATA-EXPORT.md), and the sentence's dates stay with the
    claims it does make ('a ceasefire ... was accepted ..., with effect from 10 October, violations that targeted
    civilians ...')."""
    end = pred.wording[1]
    return pred.kind == "assault" and pred.role == "verbs" and not pred.passive \
        and any(lex.has("civilian_objects", w) for w in WORD.findall(text[end:end + 60])[:3]) \
        and not any(end <= m.start < end + 80 for m in places if m.kind != "country")


def left_by_others(text: str, pred: Predicate, lex: ClaimLexicon) -> bool:
    """'residents fled Agdam', 'the locals left the town': a verb of leaving (the lexicon's ``combatant_subject``)
    is a side giving a place up only when combatants (``combatants``) do it, named in its clause's last words
    before it ("the Armenian Armed Forces left the Kalbajar district", "the detachments and the locals began to
    leave Lachin"); in the passive ("were left without water") never."""
    if pred.kind != "control" or not lex.has("combatant_subject", " ".join(text[pred.start:pred.end].split())):
        return False
    clause = re.split(r"[,;:(]", text[:pred.wording[0]])[-1]
    return pred.passive or not any(lex.has("combatants", w.casefold()) for w in WORD.findall(clause)[-7:])


_PARTICLE = re.compile(r"\b(?:out\s+of|from)\b", re.I)


def expulsions(text: str, lex: ClaimLexicon) -> list[tuple[int, int, str, str]]:
    """'pushed Azerbaijani units out of Kalbajar', 'withdrew its forces from Agdam district': a verb of driving out
    or pulling back (the lexicon's ``expel_verbs``), its object combatants (``combatants``), then "out of" or
    "from" and the place they left: a change of hands, worded from the verb to the particle. People driven out
    ("expelled the residents from Shusha") are no change of hands."""
    hits = []
    for verb in cued(lex.phrases["expel_verbs"]).finditer(text):
        particle = _PARTICLE.search(text, verb.end(), verb.end() + 60)
        if particle is None or STOP.search(text, verb.end(), particle.start()):
            continue
        between = WORD.findall(text, verb.end(), particle.start())
        if 0 < len(between) <= 5 and any(lex.has("combatants", w) for w in between):
            hits.append((verb.start(), particle.end(), "control", "verbs"))
    return hits


def expelled_from(text: str, m: PlaceMention, lex: ClaimLexicon) -> bool:
    """Is the place what combatants were driven out of ('pushed the units out of the town of Kalbajar')? Then its
    "from" marks no origin."""
    return any(0 <= m.start - end <= 25 and all(w.casefold() in ("the", "of") or lex.has("place_nouns", w)
                                                 for w in WORD.findall(text, end, m.start))
               for _, end, _, _ in expulsions(text, lex))


def under_fire(text: str, lex: ClaimLexicon) -> list[tuple[int, int, str, str]]:
    """'Tartar has been under heavy artillery attack', 'many villages are under large-caliber artillery shelling',
    'the city came under intensive fire': "under" (the lexicon's ``fire_under``), up to three words that describe
    the fire, then a noun of fire (``fire_nouns``): the place before it was attacked, an intransitive assault worded
    from a light verb right before "under" (``passive_light``: "came under") to the noun. A preposition among the
    words ("under threat of attack", "under cover of fire") makes it no fire at the place."""
    hits = []
    for under in cued(lex.phrases["fire_under"]).finditer(text):
        words = list(WORD.finditer(text, under.end(), min(len(text), under.end() + 60)))[:4]
        noun = next((i for i, w in enumerate(words) if lex.has("fire_nouns", w.group())), None)
        gap = text[under.end():words[noun].start()] if noun is not None else ""
        if noun is None or STOP.search(gap) or "," in gap or any(w.group().casefold() in PREPOSITIONS for w in words[:noun]):
            continue
        light = _ending(lex.phrases["passive_light"], text, under.end())
        hits.append((under.start() if light is None else light, words[noun].end(), "assault", "intransitive"))
    return hits


def attempt_by(text: str, start: int, lex: ClaimLexicon) -> int | None:
    """'several attempts by the Azerbaijani military to capture the town', 'efforts by special units to enter
    Hadrut': a noun of attempt (the lexicon's ``attempt_nouns``), "by" or "of" and the combatants making it
    (``combatants``), then "to" right before the verb at ``start``; where the noun starts. Others' efforts ("efforts
    by the mission to return families to Lachin") are none."""
    head = text[max(0, start - 90):start]
    last = None
    for last in cued(lex.phrases["attempt_nouns"]).finditer(head):
        pass
    agent = _AGENT_TO.fullmatch(head, last.end()) if last else None
    if agent is None or not any(lex.has("combatants", w) for w in WORD.findall(agent.group(1))):
        return None
    return start - len(head) + last.start()


# "by the Azerbaijani military to ": the attempt's agent, in its clause, then the infinitive's "to" ending the text
_AGENT_TO = re.compile(r"\s+(?:by|of)\s+([^,;:.()]{1,60}?)\s+to\s+", re.I)


def entries(text: str, lex: ClaimLexicon) -> list[tuple[int, int, str, str]]:
    """'the entry of Azerbaijani troops into Aghdam', ru 'о входе азербайджанских военных в город Агдам': a noun of
    entering (the lexicon's ``entry_nouns``), the combatants who entered (``combatants``), then the preposition
    of the place entered (``entry_into``): a change of hands named by a noun (claimed when the sentence dates
    it), worded from the noun to the preposition. An entrance of a building names no side ('у входа в здание')."""
    hits = []
    for noun in cued(lex.phrases["entry_nouns"]).finditer(text):
        words = list(WORD.finditer(text, noun.end(), min(len(text), noun.end() + 60)))[:5]
        for i, w in enumerate(words):
            if lex.has("entry_into", w.group()):
                if any(lex.has("combatants", x.group()) for x in words[:i]) and not STOP.search(text, noun.end(), w.start()):
                    hits.append((noun.start(), w.end(), "control", "nouns"))
                break
    return hits


def suspensions(text: str, lex: ClaimLexicon) -> list[tuple[int, int, str, str]]:
    """'Azerbaijan has decided to suspend the military operation', 'the authorities unilaterally suspended the fire':
    a verb of stopping (the lexicon's ``stop_verbs``) whose object, a few words on, is the fighting itself
    (``stopped_nouns``): a ceasefire, worded from the verb to the noun. 'suspended the operation of the airport'
    names no fighting (an "of" after the noun)."""
    hits = []
    for verb in cued(lex.phrases["stop_verbs"]).finditer(text):
        for w in list(WORD.finditer(text, verb.end(), min(len(text), verb.end() + 40)))[:4]:
            if lex.has("stopped_nouns", w.group()):
                if not re.match(r"\s+of\b", text[w.end():]) and not re.search(r"[,;:.!?()]", text[verb.end():w.start()]):
                    # a side's decision to stop is the stop itself: the decision joins the wording ("decided to
                    # suspend the operation"), so the infinitive reads as no intention
                    decided = _ending(lex.phrases["deciding"], text, verb.start())
                    hits.append((verb.start() if decided is None else decided, w.end(), "ceasefire", "phrases"))
                break
            if not w.group().islower():
                break  # a name between: "stopped Armenian units" stops no fighting
    return hits


def refers_back(text: str, start: int, previous_kind: str | None) -> bool:
    """'Azerbaijan has decided to suspend the military operation. The agreement was reached ...': a definite
    agreement right after a ceasefire told in its paragraph is that ceasefire."""
    return previous_kind == "ceasefire" and bool(re.search(r"\b(?:the|this|that)\s+$", text[max(0, start - 6):start], re.I))


def _ending(pattern: re.Pattern, text: str, end: int) -> int | None:
    """Where a match of ``pattern`` ending right before ``end`` (spaces between) starts, if one does."""
    found = None
    for found in pattern.finditer(text, max(0, end - 30), end):
        pass
    return found.start() if found is not None and not text[found.end():end].strip() else None


def hypothetical(text: str, start: int, end: int, lex: ClaimLexicon) -> bool:
    """'Capturing Fizuli would be a major step': a gerund opening the sentence as its subject, the main verb
    after it a modal (the lexicon's ``modals``), tells what taking the place would mean, not that it was taken."""
    if text[:start].strip(" \"“‘'«") or not text[start:end].split()[0].casefold().endswith("ing"):
        return False
    stop = re.search(r"[;:.!?]", text[end:])
    after = WORD.findall(text[end:end + stop.start() if stop else len(text)])
    return any(w.islower() and lex.has("modals", w) for w in after)  # lower case: "May" the month is no modal


# "in the direction of (Azerbaijan's) ": a front report's sector, a country's possessive before the place allowed
_SECTOR = re.compile(r"\bin\s+the\s+directions?\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?$")


def sector_before(text: str, pred: Predicate, places: list[PlaceMention], begin: int) -> list[PlaceMention]:
    """'units of the armed forces of Armenia, grossly violating the ceasefire in the direction of Azerbaijan's Tovuz
    district along the state border, opened artillery fire at Azerbaijani positions', 'the Defense Army units ... in
    the direction of Talish reclaimed an important position': the sector named before the verb, in its own clause
    (after ``begin``, the last predicate that told of an event; no clause's end between), is where an attack or a
    taking whose object names no place (positions, heights) happened. The last place before the verb, only."""
    if pred.kind not in ("assault", "control") or pred.subject_side or not pred.happened:
        return []  # a noun no verb makes happen names no front report's event
    before = [m for m in places if begin <= m.start and m.end <= pred.wording[0]]
    if not before:
        return []
    m = before[-1]
    gap = text[m.end:pred.wording[0]]
    if not _SECTOR.search(text, max(begin, m.start - 40), m.start) or STOP.search(gap) or len(WORD.findall(gap)) > 10:
        return []
    return [m]


# between an operation's noun and the taking that is its outcome: a comma (a participle follows) or "that"/"which"
_OUTCOME = re.compile(r"\s*,\s*|\s+(?:that|which)\s+")


def general_outcome(text: str, pred: Predicate, district: str | None, place: str | None,
                    earlier: list[Predicate]) -> bool:
    """'launched a counteroffensive, liberating several regions, hundreds of villages ... over the course of the
    war', '... a counteroffensive that liberated several districts': a taking that names no place (no district, no
    named region), told right after an attack the sentence reports as that attack's outcome, is the operation's
    result over the war, not a change of hands on its day (DATA-EXPORT.md: "liberated several cities" is no claim)."""
    if pred.kind != "control" or district or place is not None:
        return False
    return any(p.kind == "assault" and p.end <= pred.wording[0] and _OUTCOME.fullmatch(text, p.end, pred.wording[0])
               for p in earlier)
