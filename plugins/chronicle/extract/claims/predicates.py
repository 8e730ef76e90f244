"""Predicates: the words of a sentence that state an event, with their voice and wording.

A predicate is found by the lexicon's forms; what makes it a claim is the
shape around it: an auxiliary before a participle makes it passive (the place
is then its subject), a light verb makes a noun happen ("launched an
offensive"), an agreement verb makes a truce one ("was agreed upon"), and a
plan, a demand, a negation or a modal before it makes it no claim at all.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass

from chronicle.extract.claims import halts, harm, killings, landings, lighting, outbreaks, shapes, stoppages, subjected
from chronicle.extract.claims.candidates import at_first_words, may_hold_shape, word_led
from chronicle.extract.claims.voice import object_after, voice
from chronicle.extract.claims.words import WORD, last_words, tokens, words_after, words_before
from chronicle.lexicon import ClaimLexicon
from chronicle.literals import cued
from chronicle.records import replace

AMBIGUOUS_NOUN_NEXT = re.compile(r"^\s+(?:of|on|against|onto|towards|in the direction of)\b", re.I)


@dataclass(frozen=True)
class Predicate:
    kind: str
    role: str  # verbs, intransitive, nouns, phrases, breach, outbreak, continuation
    start: int  # the matched form
    end: int
    wording: tuple[int, int]  # the claim's own words, light verb and auxiliaries included
    passive: bool = False
    happened: bool = False  # a verb, light verb or agreement verb says it took place
    excluded: bool = False  # a plan, demand, negation, condition, name: no claim
    presupposed: bool = False  # "after the occupation of Shusha": happened before the sentence's date
    harmed: bool = False  # "wounded in attacks on Shushi": told by the harm it did, an event only at a place it names
    weapon: bool = False  # "artillery": a noun an attack is made with, lit only by a verb of use, only at a district

    @property
    def subject_side(self) -> bool:
        """Is the place it is about before it (passive, intransitive, "subjected to shelling")?"""
        return self.passive or self.role == "intransitive"


def find(text: str, lex: ClaimLexicon, previous_kind: str | None = None) -> list[Predicate]:
    """Every predicate of a sentence, in text order, overlaps resolved (longest form wins)."""
    latin = one_script(text)
    folded = latin.replace("İ", "i").casefold()  # Azerbaijani and Turkish dotted İ folds to i, not i + U+0307
    words = set(WORD.findall(folded))
    plain = latin.isascii() and "'" not in latin  # (then ``folded`` keeps the offsets, and no word joins an apostrophe)
    found = [(m.start(), m.end(), forms.kind, forms.role) for forms in lex.candidates(words)
             for m in (at_first_words(forms, latin, folded, words) if plain and word_led(forms)
                       else forms.pattern.finditer(latin))]
    if may_hold_shape(text, lex):
        found += outbreaks.hits(text, lex) + halts.hits(text, lex) + shapes.expulsions(text, lex) \
            + shapes.entries(text, lex) + shapes.suspensions(text, lex) + shapes.under_fire(text, lex) \
            + stoppages.hits(text, lex) + landings.hits(text, lex) + killings.hits(text, lex)
        found += [(m.start(), m.end(), "", "continuation") for m in cued(lex.phrases["continuation"]).finditer(text)]
    if not found:
        return []  # most sentences: nothing the ignore list could take away
    found += [(m.start(), m.end(), "", "ignore") for m in cued(lex.phrases["not_predicates"]).finditer(text)]
    chosen: list[tuple[int, int, str, str]] = []
    ties = Counter((h[0], h[1]) for h in found)  # the role's order only decides between hits of one span
    for hit in sorted(found, key=lambda h: (-(h[1] - h[0]), h[0], _role_order(text, h) if ties[h[:2]] > 1 else 0)):
        if all(hit[1] <= c[0] or hit[0] >= c[1] or _apart(hit, c) for c in chosen):
            chosen.append(hit)
    return [_shape(text, lex, *hit) for hit in _continued(sorted(chosen), previous_kind) if hit[3] != "ignore"]


def _continued(hits: list[tuple[int, int, str, str]], previous_kind: str | None) -> list[tuple[int, int, str, str]]:
    """'It was followed by Fuzuli': the kind of the event before it, in its own sentence ("seized Chanakchi,
    followed by part of the road") or else the last sentence's; with none before it, no predicate."""
    out: list[tuple[int, int, str, str]] = []
    kind = previous_kind
    for hit in hits:
        if hit[3] == "continuation":
            if kind:
                out.append((hit[0], hit[1], kind, hit[3]))
            continue
        if hit[3] != "ignore":
            kind = hit[2]
        out.append(hit)
    return out


# Cyrillic letters that look like Latin ones, typed in a Latin word with the wrong keyboard layout ("süqut еdib")
_CYRILLIC_LOOKALIKES = str.maketrans("аеорсухіјАВЕКМНОРСТХІЈ", "aeopcyxijABEKMHOPCTXIJ")
# any of them: a text without one reads the same in one script (an English text with a curly quote holds none)
_LOOKALIKE = re.compile("[аеорсухіјАВЕКМНОРСТХІЈ]")
_MIXED = re.compile(r"\w*[a-zA-Z\u00C0-\u02AF]\w*")  # a word holding a Latin letter (Azerbaijani ə included)


def one_script(text: str) -> str:
    """The text with the Cyrillic look-alikes inside Latin-script words read as the Latin letters they look like,
    same length (offsets hold): real texts mix them in, and a lexicon form spelled in one script must still match."""
    if text.isascii() or _LOOKALIKE.search(text) is None:
        return text  # nothing to translate: no substitution per Latin word
    return _MIXED.sub(lambda m: m.group().translate(_CYRILLIC_LOOKALIKES), text)


def _apart(a: tuple[int, int, str, str], b: tuple[int, int, str, str]) -> bool:
    """A ceasefire phrase and the noun it ends on are two predicates ('put an end to the offensive launched ...')."""
    return {a[3], b[3]} == {"phrases", "nouns"} and a[2] != b[2]


def _role_order(text: str, hit: tuple[int, int, str, str]) -> int:
    """Between a verb and a noun of the same spelling ("attack", "capture"): a noun after a determiner or before "of"."""
    start, end, _, role = hit
    before = words_before(text, start, 1)
    previous = last_words(text, start, 1)
    capitalized = bool(previous) and previous[0][:1].isupper() and bool(text[: start - len(previous[0]) - 1].strip())
    noun_like = bool(AMBIGUOUS_NOUN_NEXT.match(text[end:])) or capitalized or (
        before and (before[0] in _DETERMINERS or before[0].endswith(("'s", "’s"))))
    return 0 if (role == "nouns") == bool(noun_like) else 1


_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "new", "another",
                          "large-scale", "massive", "heavy", "full-scale", "military", "artillery", "extensive",
                          # a preposition governs a noun: "a staging area for attacks", "the threat of strikes"
                          "for", "of", "with", "after", "before", "during", "against", "from"})


def _shape(text: str, lex: ClaimLexicon, start: int, end: int, kind: str, role: str) -> Predicate:
    pred = Predicate(kind, role, start, end, (start, end), happened=role != "nouns")
    if kind == "control" and role == "verbs" and (attempt := _attempt(text, lex, start)) is not None:
        if lex.has("combatant_subject", " ".join(text[start:end].split())):
            return replace(pred, excluded=True)  # "attempt to leave the town": an attempt to go is no attack on it
        return Predicate("assault", role, start, end, (attempt, end), happened=True)  # an attempt to take: an attack
    if role in ("verbs", "intransitive"):
        pred = voice(text, lex, pred)
        if _adjective(text, lex, pred) or _going_back(text, lex, pred):
            return replace(pred, excluded=True)
    elif role == "nouns":
        if lex.has("named_only", text[start:end]) and not text[start].isupper():
            return replace(pred, excluded=True)  # "the ministry's statement": no document's name
        pred = _noun(text, lex, pred)
        if not pred.happened and (pred.weapon or lex.has("needs_light", text[start:end])):
            return replace(pred, excluded=True)
    return replace(pred, excluded=True) if _excluded(text, lex, pred) else pred


def _attempt(text: str, lex: ClaimLexicon, start: int) -> int | None:
    """Where 'attempted to' / 'tried to' ends right before the verb, or an attempt's noun with the combatants making
    it ('attempts by the army to'), its start (the claim's wording starts there)."""
    m = None
    for m in lex.phrases["attempt"].finditer(text, max(0, start - 25), start):
        pass
    return m.start() if m and not text[m.end():start].strip() else shapes.attempt_by(text, start, lex)


def _adjective(text: str, lex: ClaimLexicon, pred: Predicate) -> bool:
    """'the occupied territories', 'the already captured Lachin corridor' (adverbs between): a past participle
    used as an adjective; 'the occupying forces': a present one before the side it describes."""
    form = text[pred.start:pred.end]
    if " " in form:
        return False
    if pred.wording[0] < pred.start and any(lex.has("auxiliaries", w) for w in WORD.findall(text[pred.wording[0]:pred.start])):
        return False  # "had already captured": a verb
    before = words_before(text, pred.wording[0], 1)
    if form.endswith("ing"):
        after = words_after(text, pred.end, 1)
        return bool(after) and lex.has("actors", after[0]) and bool(before) and lex.has("adjective_before", before[0])
    return form.endswith(("ed", "en")) and bool(before) and lex.has("adjective_before", before[0]) \
        and not _listed_after(text, pred.end, lex)


_COPULA_LIST = re.compile(r"\s+([a-z-]+)\s+(?:are|were|include|included)\s*:?\s+(?:the\s+)?[A-Z]")


def _listed_after(text: str, end: int, lex: ClaimLexicon) -> bool:
    """'The liberated villages are Karkhulu, Shukurbayli and Dejal': a participle before a noun of places, whose
    copula lists the places named, says that they were taken (the list after the copula is its object)."""
    m = _COPULA_LIST.match(text, end)
    noun = m.group(1) if m else ""
    return bool(noun) and (lex.has("locator_heads", noun) or lex.has("generic_territory", noun)
                           or lex.has("place_nouns", noun.removesuffix("s")))


def _going_back(text: str, lex: ClaimLexicon, pred: Predicate) -> bool:
    """'Former residents returned to Lachin': an active verb of going back with no object, right before "to", tells
    people going somewhere, not a place handed over ("Armenia returned Lachin to Azerbaijan", "Lachin was returned
    to Azerbaijan" keep their object or subject)."""
    return not pred.passive and lex.has("moves_to", text[pred.start:pred.end]) and words_after(text, pred.end, 1) == ["to"]


_OF = re.compile(r"\s+of\b")


def _noun(text: str, lex: ClaimLexicon, pred: Predicate) -> Predicate:
    """A noun happens by a light (or agreement) verb before it ('launched an attack') or after ('was launched'); a
    weapon by a verb of use ('used artillery against', 'artillery was used in the direction of')."""
    if lex.has("weapons", text[pred.start:pred.end]):
        pred = replace(pred, weapon=True)
    verbs = lex.agreed[pred.kind] if pred.kind in lex.agreed else lex.phrases["weapon_light"] if pred.weapon else lex.light
    reach_after = 16 if pred.kind in lex.agreed else 5
    before = lighting.near_before(text, verbs, pred.start, 4 if pred.kind not in lex.agreed else 5, lex.phrases["naming"])
    if before is not None and lighting.result_of_another(text, lex, before, pred.start):
        before = None
    if before is None and pred.kind in lex.agreed:
        before = lighting.accepted_proposal(text, lex, pred.start)
    if before is None and pred.kind == "assault" and (subjecting := subjected.light_start(text, pred.start)) is not None:
        return replace(pred, wording=(subjecting, pred.end), happened=True)  # "subjecting the positions to shelling"
    if before is not None:
        passive = bool(lex.phrases["passive_light"].match(text, before)) and not _shifted_object(text, lex, before, pred.end)
        return replace(pred, wording=(before, pred.end), happened=True, passive=passive)
    after = lighting.near_after(text, verbs, pred.end, reach_after, commas=pred.kind in lex.agreed, relative=lex.phrases["relatives"],
                        auxiliaries=lex.words["auxiliaries"])
    if after is not None and lex.phrases["result_light"].fullmatch(text[after[0]:after[1]]):
        after = None  # "the operations that led to the district's liberation": the noun is a cause, not lit by it
    if after is not None:
        aux = voice(text, lex, Predicate(pred.kind, "verbs", after[0], after[1], after))
        return replace(pred, wording=aux.wording, happened=True)
    of = _OF.match(text, pred.end)  # the noun phrase is the wording: "the liberation of"
    before = words_before(text, pred.start, 6)
    if before[-1:] == ["by"] and text[pred.start:pred.end].endswith("ing") and not of:
        # "violated the ceasefire by shelling Ganja": a gerund with its object, the means something was done by
        return replace(pred, happened=True)
    if (progressive := _progressive(text, lex, pred)) is not None and not of:
        return replace(pred, wording=progressive, happened=True)
    presupposed = any(lex.has("presupposing", w) for w in before[-3:])
    reported = bool(lex.phrases["reporting"].search(" ".join(before))) and _reports(text, lex, pred.start)
    harmed = not (presupposed or reported) and (
        lighting.near_before(text, lex.phrases["caused_by"], pred.start, 3, lex.phrases["naming"]) is not None
        or pred.kind == "assault" and harm.harms_after(text, pred.start, pred.end, lex))
    return replace(pred, wording=(pred.start, of.end()) if of else pred.wording,
                   happened=(presupposed or reported or harmed) and pred.kind not in lex.agreed, presupposed=presupposed,
                   harmed=harmed)


def _reports(text: str, lex: ClaimLexicon, start: int) -> bool:
    """"denounced on Tuesday an aggression", 'reported, "intensive shelling" of ...': the noun is what the reporting
    verb before it names; not inside the clause a conjunction after its comma opens ("заявил, что за сутки операции
    ...": a time counted by the operation, not the operation reported)."""
    window = max(0, start - _REPORT_REACH)
    last = None
    for last in lex.phrases["reporting"].finditer(text, window, start):
        pass
    comma = text.find(",", last.end(), start) if last is not None else -1
    if comma < 0:
        return True
    opener = re.compile(r"\s*").match(text, comma + 1).end()
    return not lex.phrases["content_links"].match(text, opener)


_REPORT_REACH = 60  # the six words before the noun that ``_noun`` reads a reporting verb in


def _shifted_object(text: str, lex: ClaimLexicon, light: int, end: int) -> bool:
    """'were subjected to intensive shelling' is passive, its place the subject; 'units subjected to fire the army's
    positions in Kalbajar', with no auxiliary before the light verb and the object after the noun, is active."""
    before = words_before(text, light, 1)
    return not (before and lex.has("auxiliaries", before[0])) and object_after(text, end, lex)


def _progressive(text: str, lex: ClaimLexicon, pred: Predicate) -> tuple[int, int] | None:
    """'has been shelling Martuni', 'were heavily shelling the town': a gerund the lexicon lists as a noun, after an
    auxiliary (adverbs between), is its verb in the progressive; the wording with the auxiliaries, if it is one."""
    if not text[pred.start:pred.end].endswith("ing"):
        return None
    chain = voice(text, lex, Predicate(pred.kind, "verbs", pred.start, pred.end, (pred.start, pred.end))).wording
    joined = WORD.findall(text[chain[0]:pred.start])
    return chain if any(lex.has("auxiliaries", w) for w in joined) else None


_TO_END = re.compile(r"\bto$", re.I)
_CLAUSE_CUT = re.compile(r"[,;:)]|\b(?:since|after|before|when|while|because|until|although|though|which|who)\b")


def _excluded(text: str, lex: ClaimLexicon, pred: Predicate) -> bool:
    """A plan, demand, negation, condition or name, judged from the words around the wording."""
    start, end = pred.wording
    if _capitalized_name(text, pred) and not (pred.happened and start > pred.end) \
            and not cued(lex.phrases["anniversary"]).search(text):
        return True  # a name, unless its own verb follows: "The Battle of Aghdam took place on 23 July 1993", or
        # the sentence counts its anniversary ("the Khojaly Massacre on its 28th anniversary"): a name dated so is one
    head = text[:start].rstrip()
    if _TO_END.search(head[-3:]):  # the last three characters hold all the pattern reads
        allowed = lex.phrases["allowed_to"].search(head[-40:-2].rstrip() + " ")
        return not (allowed and head[:-2].rstrip().casefold().endswith(allowed.group().casefold()))
    # a verb's wording may open with the adverbs before it ("regularly fires at"): they are read as words before it
    start = pred.start if pred.role in ("verbs", "intransitive") or pred.wording[0] > pred.start else start
    before = " ".join(last_words(text, start, 8, _clause_start(text, start, 8, lex)))
    before = lex.phrases["actor_names"].sub("army", before)  # "the regular army": the actors, no habit
    if any(not _month(before, m) for m in lex.phrases["exclude_before"].finditer(before)):
        return True
    if _actors_described(text, pred, lex):
        return True
    after = " ".join(words_after(text, end, 4))
    return bool(lex.phrases["exclude_after"].search(after))


def _actors_described(text: str, pred: Predicate, lex: ClaimLexicon) -> bool:
    """'the forces withdrawn from Lachin were fighting in Baku': a participle that is no past tense ("withdrawn",
    "taken", "driven"), right after the actors it describes and with no auxiliary, says who they are, not what
    happened to a place."""
    form = text[pred.wording[0]:pred.wording[1]].split()
    previous = words_before(text, pred.wording[0], 1)
    return pred.role == "verbs" and not pred.passive and bool(form) and bool(previous) \
        and _PARTICIPLE.search(form[0]) is not None and lex.has("actors", previous[0])


_PARTICIPLE = re.compile(r"(?:[aeiou]wn|[aeiou]ken|[iy]ven|tten|dden)$", re.I)


def _month(words: str, m: re.Match) -> bool:
    """'On 8 May 1992 Armenian forces captured Shusha': a capitalized word beside a number is a date's month, not the
    modal verb it is spelled like."""
    return words[m.start()].isupper() and bool(_NUMBER_NEXT.match(words, m.end()) or _NUMBER_BEFORE.search(words[:m.start()]))


_NUMBER_NEXT = re.compile(r"\s+\d")
_NUMBER_BEFORE = re.compile(r"\d\s+$")


def _clause_start(text: str, pos: int, n: int, lex: ClaimLexicon) -> int:
    """Where the clause ending at ``pos`` begins (after a comma, a conjunction, an aside's ")" - "(he gave it
    the name X)" governs no verb after it - or a word that closes a clause standing before its verb: "Horadizi qorumaq məqsədilə ... nəzarətə götürüb", the purpose is the
    infinitive before it, not the verb after), as far as its last ``n`` words tell: a cut before them leaves
    those words as they are, so only the stretch they span is searched."""
    starts = tokens(text)[1]
    k = bisect_left(starts, pos)
    begin = starts[k - n] if k > n else 0
    cuts = [m.end() for m in _CLAUSE_CUT.finditer(text, begin, pos)]
    cuts += [m.end() for m in lex.phrases["clause_ends"].finditer(text, begin, pos)]
    return max(cuts, default=0)


def _capitalized_name(text: str, pred: Predicate) -> bool:
    """'the 1993 Summer Offensives', 'Operation Iron Fist': a name, not a statement (first word aside)."""
    form = text[pred.start:pred.end]
    if pred.kind in ("ceasefire", "agreement") or not form[:1].isupper() or not text[: pred.start].strip():
        return False
    before = text[: pred.start].rstrip()
    return not before.endswith((".", "!", "?", ":", "\"", "“"))
