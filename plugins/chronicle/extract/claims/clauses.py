"""Clauses: where a predicate's subject stands when something comes between them, read from punctuation and
function words: an aside between commas or dashes ("Lachin region, which lay outside the oblast, was
occupied"), a relative pronoun standing for the place before its comma ("Shusha city, which has been
liberated"), an apposition ("Stepanakert, the capital of Nagorno-Karabakh"), and a predicate's own
preposition that is no origin ("withdrew from Kalbajar").
"""

from __future__ import annotations

import re

from chronicle.extract.claims.words import WORD, words_before
from chronicle.lexicon import ClaimLexicon
from chronicle.literals import fold, fold_word
from chronicle.model import PlaceMention

COMMA = re.compile(r"(?<!\d),|,(?!\d{3}\b)")  # not a thousands separator ("a population of 41,000")


def own_preposition(text: str, m: PlaceMention, lex: ClaimLexicon) -> bool:
    """A place the place tagger reads as an origin ("from Kalbajar") after a predicate whose form ends in that
    preposition ("withdrew from Kalbajar", "retreated from the town of Kalbajar"): the place the event is about."""
    words = words_before(text, m.start, 5)
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w == "of" and i and lex.has("place_nouns", words[i - 1]) or w in ("the", "a") or lex.has("place_nouns", w):
            continue  # "the town of": the preposition before decides
        return w in PREPOSITIONS and closes_predicate(text, m.start, w, lex)
    return False


def closes_predicate(text: str, pos: int, preposition: str, lex: ClaimLexicon) -> bool:
    """Is the preposition before a place the last word of a predicate's own form ("withdraw from", "retreated
    from", "driven out of"), a few words before it at most ("withdrew from the town of")?"""
    last = fold_word(preposition)  # as the forms' last words are kept (``PredicateForms.closers``)
    for forms in lex.closing(last):  # (the others: none of their forms ends in it, none of their matches closes it)
        if not any(map(fold(text).__contains__, forms.closers[last])):
            continue  # nor can one whose first word the sentence does not hold
        for found in forms.pattern.finditer(text, max(0, pos - 80), pos):
            form = found.group().casefold().split()
            if form[0].endswith("n") and lex.has("actors", (words_before(text, found.start(), 1) or [""])[0]):
                continue  # "the forces withdrawn from Lachin were fighting in Baku": a participle describing the side
            if len(form) > 1 and form[-1] == preposition and len(WORD.findall(text[found.end():pos])) <= 3 \
                    and "," not in text[found.end():pos]:
                return True
    return False


def aside_start(text: str, end: int, begin: int, lex: ClaimLexicon) -> int:
    """Where an aside between commas right before ``end`` opens ('Lachin region, which was inside the oblast, was
    occupied', 'Fizuli, another regional centre of the south, fell'), or ``end`` when none does: the subject of the
    verb at ``end`` stands before it. An aside opens with a word of the lexicon's ``aside_openers``, a relative
    pronoun among its first words ('the total area of which is ...'), or a verb of the lexicon, a participle
    ('Lachin, captured by Armenian forces in May 1992, was returned')."""
    gap = text[begin:end]
    if not gap.rstrip().endswith(","):
        return end
    commas = [begin + m.start() for m in COMMA.finditer(gap)]
    opened = end
    for left, right in list(zip(commas, commas[1:]))[::-1][:3]:  # the segments before the closing comma, last first
        if opens_aside(text, left + 1, right, lex):
            opened = left
        elif opened != end:
            break
    return opened


def opens_aside(text: str, start: int, end: int, lex: ClaimLexicon) -> bool:
    first = WORD.search(text, start, end)
    if first is None:
        return False
    if lex.phrases["aside_openers"].match(text, first.start()) or _participle(first.group(), lex) or any(
            forms.role == "verbs" and forms.pattern.match(text, first.start()) for forms in lex.predicates):
        return True
    return any(lex.has("relatives", w.group()) and w.group().casefold() != "that"
               for w in list(WORD.finditer(text, start, end))[:5])


def _participle(word: str, lex: ClaimLexicon) -> bool:
    """'covering', 'lying': a present participle opening an aside (a lower-case word with one of the language's
    participle endings)."""
    return word.islower() and any(word.endswith(e) for e in lex.words["aside_participle_endings"])


def antecedent(text: str, segments: list[tuple[int, int]], places: list[PlaceMention], lex: ClaimLexicon) -> list[PlaceMention]:
    """'Кельбаджар, который пал', 'Շուշին, որը ազատագրվեց': the place a relative pronoun standing as the subject
    stands for, right before its comma (a language lists its pronouns in ``relatives``), with the places "and"
    joins to it ("the Kelbajar and Lachin areas, which were ceded")."""
    words = WORD.findall(text[slice(*segments[-1])])
    if len(segments) < 2 or not words or not lex.has("relatives", words[0]) or not all(
            lex.has("auxiliaries", w) or lex.has("adverbs", w) for w in words[1:]):
        return []
    s, e = segments[-2]
    if len(segments) > 2 and _LOCATED.match(text, s):
        s, e = segments[-3]  # "the town of Khojaly, in the Karabakh region of Azerbaijan, which was taken": the place
        # the locative apposition places is the antecedent, not the region it names
    inside = [m for m in places if s <= m.start < e]
    before = [m for m in inside if bare_tail(text[m.end:e], lex)]
    if not before:
        return []
    found = [before[-1]]
    for m in reversed(inside[:inside.index(before[-1])]):
        if not _AND.fullmatch(text, m.end, found[0].start):
            break
        found.insert(0, m)
    return found


_AND = re.compile(r"\s+and\s+", re.I)


_LOCATED = re.compile(r"\s*(?:in|near|inside|within)\s+the\b", re.I)


def bare_tail(rest: str, lex: ClaimLexicon) -> bool:
    """After the antecedent, before its comma: nothing, or its place noun ("Shusha city, which ...")."""
    rest = rest.strip(" ,")
    return not rest or lex.has("place_nouns", rest) or lex.has("generic_territory", rest) or (
        rest.endswith("s") and lex.has("place_nouns", rest[:-1]))  # "the Kelbajar and Lachin areas, which"


def only_auxiliaries(gap: str, lex: ClaimLexicon) -> bool:
    return all(lex.has("auxiliaries", w) or lex.has("adverbs", w) for w in WORD.findall(gap))


def comma_segments(text: str, begin: int, end: int) -> list[tuple[int, int]]:
    """The comma-separated stretches of ``text[begin:end]``, as offsets."""
    cuts = [begin] + [m.end() for m in COMMA.finditer(text, begin, end)]
    return list(zip(cuts, cuts[1:] + [end]))


def appositive(segment: str) -> bool:
    """An apposition renaming the place before it: 'a village that ...', 'which ...', 'the town that links Armenia
    with Karabakh' (a definite noun of place, up to two words before it, opening the segment)."""
    return bool(re.match(r"^\s*(?:a|an|which|that|who|also|now|located|known|the capital)\b", segment, re.I)
                or _RENAMING.match(segment))


_RENAMING = re.compile(r"\s*the\s+(?:[\w-]+\s+){0,2}?(?:town|city|village|settlement|district|region|centre|center|"
                       r"stronghold|enclave|capital)\s+(?:that|which|where|whose|of)\b", re.I)


def capital_of(segment: str) -> bool:
    """'Stepanakert, the capital of Nagorno-Karabakh was blockaded': an apposition even without its closing comma."""
    return bool(re.match(r"^\s*the (?:capital|centre|center|main town) of\b", segment, re.I))


DASHED_ASIDE = re.compile(r"\s*[—–]\s[^—–]*\s[—–]\s*$|\s*—[^—]*—\s*$")  # an aside between dashes, right before


# English prepositions; another language lists its own in its lexicon (``prepositions``)
PREPOSITIONS = frozenset({"from", "by", "with", "between", "than", "towards", "toward", "to", "on", "in", "at", "of",
                           "into", "onto", "against", "near", "around", "over", "across", "through", "for", "along"})
