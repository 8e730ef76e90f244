"""Which of a sentence's places can be what an event is about.

Not a country, not the side acting ("Armenian forces", "the Fuzuli city
authorities"), not where an attack came from ("from the Azerbaijani town of
Fizuly"), not a place that only locates another ("the Kichan village of the
Martakert district"), not what something is for, not a capital speaking for its
government ("Baku said"). ``targets`` then reads, among those left, which one a
predicate is about from where it stands.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from chronicle.extract.cuetext import search_end
from chronicle.extract.claims import shapes
from chronicle.extract.claims.clauses import PREPOSITIONS, closes_predicate, own_preposition
from chronicle.extract.claims.villagelists import LOCATOR_HEAD
from chronicle.extract.claims.words import last_words, tokens, words_after
from chronicle.lexicon import ClaimLexicon
from chronicle.model import PlaceMention

_CLAUSE_END = re.compile(r"[,;.:!?]")


def usable(text: str, places: tuple[PlaceMention, ...], lex: ClaimLexicon) -> list[PlaceMention]:
    """Places that can be what an event is about: not countries, actors, origins or locators."""
    left = shapes.expelled_from  # "pushed the units out of Kalbajar": the place they were driven out of
    return [m for m in places if m.kind != "country" and (m.event or own_preposition(text, m, lex) or left(text, m, lex))
            and (not (_origin(text, m, lex) or _ablative(text, m, lex)) or shapes.described_after(text, m, lex)
                 or left(text, m, lex))
            and not _actor(text, m, lex) and not _locator(text, m, places, lex) and not _beneficiary(text, m, lex)
            and not _listed_beneficiary(text, m, places, lex) and not speaker(text, m, lex)]


def _beneficiary(text: str, m: PlaceMention, lex: ClaimLexicon) -> bool:
    """'Naftalan şəhəri üçün təhlükə yaradan yüksəkliklər': a place a postposition makes what something is for
    (or a threat to), never what the event is about."""
    return bool(lex.phrases["not_target_after"].match(text[m.end:m.end + 40].lstrip()))


def _listed_beneficiary(text: str, m: PlaceMention, places: tuple[PlaceMention, ...], lex: ClaimLexicon) -> bool:
    """'Goranboy rayonu və Naftalan şəhərinə təhlükə yarada biləcək yüksəkliklər': a place joined by "and" (its own
    noun between at most) to the one a postposition makes what something is for shares that role."""
    after = next((n for n in places if n.start >= m.end), None)
    return after is not None and bool(_JOINED_TO_NEXT.fullmatch(text[m.end:after.start])) and (
        _beneficiary(text, after, lex) or _listed_beneficiary(text, after, places, lex))


# what stands between two places of a list: a noun of place at most, then a comma or "and" ("rayonu və", ", ")
_JOINED_TO_NEXT = re.compile(r"(?:\s+[\w-]+)?\s*(?:,|\s(?:and|və|и|և|եւ|ու)\s)\s*")


def _origin(text: str, m: PlaceMention, lex: ClaimLexicon) -> bool:
    """'from the Azerbaijani town of Fizuly', 'by the Baku forces': the preposition governing the place says so."""
    return _governed_from(text, m.start, lex)


def _governed_from(text: str, pos: int, lex: ClaimLexicon, depth: int = 0) -> bool:
    """Does a preposition of origin or agent govern the noun phrase starting at ``pos``? A locative one after a noun
    of positions or a named locality ("from the positions in the direction of Basarkechar", "from positions near the
    village of Zarkend in the Basarkechar region") only locates what stands before it: the preposition before that
    decides (three times at most: "from the positions on the nameless heights in the Goranboy district")."""
    clause_start = max(text.rfind(",", 0, pos), text.rfind(";", 0, pos), text.rfind(":", 0, pos)) + 1
    written = last_words(text, pos, 8, clause_start)
    words = [w.casefold() for w in written]
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if w == "and" and _new_conjunct(written[:i]):
            return False  # "besieged the region from all sides and Zangilan fell": no list of origins goes on
        if w == "of" and i and lex.has("place_nouns", words[i - 1]):
            continue  # "the town of", "the direction of": the preposition before decides
        if _event_noun(lex, w):
            return False  # "со дня оккупации Кельбаджара": the place is the event's, not the preposition's
        if _governs_predicate(written[i:i + 1], lex):
            return False  # "forces from Nagorno-Karabakh had seized Goradiz": the preposition is the subject's, its
            # phrase ends at the verb
        if w in PREPOSITIONS or lex.has("prepositions", w):
            if depth < 3 and i and w in _LOCATIVE and (lex.has("locator_heads", words[i - 1]) or _named_locality(written[:i], lex)):
                return _governed_from(text, _word_start(text, pos, len(words) - i + 1), lex, depth + 1)
            if closes_predicate(text, pos, w, lex):
                return False  # "withdrew from Kalbajar", "driven out of Lachin": the verb's own preposition
            if _governs_date(written[i + 1:i + 3]) or _governs_predicate(written[i + 1:i + 2], lex):
                return False  # "By June 1993 Armenian forces had captured Kalbajar", "ended the occupation by
                # seizing Shusha": the preposition is the date's or the event's, no agent's or origin's
            return lex.has("not_target_before", w) and not (w == "by" and i and words[i - 1] == "followed") \
                and not (w == "with" and i and words[i - 1] in ("along", "together"))  # a list joined, no instrument
    return False


_LOCATIVE = frozenset({"in", "near", "on", "at", "around", "along"})


def _named_locality(written: list[str], lex: ClaimLexicon) -> bool:
    """Do the words end on a locality named by its noun ("the village of Zarkend", "the Zarkend settlement"), which
    a locative after it only places (not a side's name: "the attack by Armenia on Tovuz")?"""
    if len(written) < 2:
        return False
    last, before = written[-1], written[-2].casefold()
    named_of = last[:1].isupper() and before == "of" and len(written) > 2 and (
        lex.has("place_nouns", written[-3]) or lex.has("locator_heads", written[-3]))
    return named_of or (lex.has("place_nouns", last) or lex.has("locator_heads", last)) and written[-2][:1].isupper()


def _word_start(text: str, pos: int, back: int) -> int:
    """Where the ``back``-th word before ``pos`` starts."""
    _, starts, _, _ = tokens(text)
    return starts[bisect_left(starts, pos) - back]


def _ablative(text: str, m: PlaceMention, lex: ClaimLexicon) -> bool:
    """'Ֆիզուլիից հրետակոծվել է Հադրութը' (Hadrut was shelled from Fizuli), 'Füzuli rayonu istiqamətindən irəliləyən'
    (advancing from the direction of Fuzuli): in a language whose case says where something came from, a place in
    that case (the lexicon's ``origin_endings`` end its word) or before its head noun in it (``origin_after``) is an
    origin, unless a verb of leaving stands in its clause ("նահանջեցին Աղդամից": retreated from Aghdam)."""
    endings = lex.words["origin_endings"]
    if not endings:
        return False
    word = m.text.split()[-1].casefold()
    ablative = any(word.endswith(e) and len(word) > len(e) + 2 for e in endings) or bool(
        lex.phrases["origin_after"].match(text[m.end:m.end + 60].lstrip()))
    if not ablative:
        return False
    begin = max((c.end() for c in _CLAUSE_END.finditer(text, 0, m.start)), default=0)
    end = _CLAUSE_END.search(text, m.end)
    return not lex.phrases["from_verbs"].search(text, begin, end.start() if end else len(text))


def _governs_date(following: list[str]) -> bool:
    """Do the words after a preposition make a date ("By 8 June", "By June 1993", "from 1992")?"""
    return bool(following) and (following[0][:1].isdigit() or (
        len(following) > 1 and following[0][:1].isupper() and following[1][:1].isdigit()))


def _governs_predicate(following: list[str], lex: ClaimLexicon) -> bool:
    """Is the word (after a preposition: "by seizing", "after capturing") one of the lexicon's event verbs?"""
    word = following[0].casefold() if following else ""
    return bool(word) and any(p.role == "verbs" and p.pattern.fullmatch(following[0]) for p in lex.candidates({word}))


def _new_conjunct(before: list[str]) -> bool:
    """Does an "and" open a new clause rather than continue a list of places? The stretch back to the last
    preposition names none (no capitalized word: "from all sides and", not "from Aghdam and")."""
    for w in reversed(before):
        if w.casefold() in PREPOSITIONS:
            return True
        if w[:1].isupper() or w[:1].isdigit():
            return False
    return False


def _event_noun(lex: ClaimLexicon, word: str) -> bool:
    """Is the word one of the lexicon's event nouns ("оккупации", "capture")?"""
    return lex.event_nouns.fullmatch(word) is not None


def _actor(text: str, m: PlaceMention, lex: ClaimLexicon) -> bool:
    """'Armenian forces', 'the Fuzuli city authorities': a place naming the actors right after it. The second word
    counts only when nothing parts it from the first ("liberated Zangilan city, President Aliyev said": the city
    taken, then who said it)."""
    after = words_after(text, m.end, 2)
    rest = text[m.end:].lstrip()
    joined = re.match(r"[\w'’-]+\s+\w", rest) is not None
    return bool(after) and not rest.startswith((",", ";", ".")) and (lex.has("actors", after[0]) or (
        len(after) > 1 and joined and lex.has("actors", after[1]) and after[0] not in ("and", "or", "region", "district")
        and not lex.has("generic_territory", after[0])))  # "in Fuzuli and Khojavend regions, President ... said"


def _locator(text: str, m: PlaceMention, places: tuple[PlaceMention, ...], lex: ClaimLexicon) -> bool:
    """'the Kichan and Srkhavend villages of the Martakert district': the district only locates the villages."""
    before = text[: m.start]
    if not before.rstrip().endswith(("of", "in", "the")):
        return False  # the cheap test first: the pattern below ends on one of these words
    head = search_end(LOCATOR_HEAD, before, 3)
    if not head or not lex.has("locator_heads", head.group(1)):
        return False
    return any(o.end <= head.start(1) and not text[o.end:head.start(1)].strip() for o in places)


def speaker(text: str, p: PlaceMention, lex: ClaimLexicon) -> bool:
    """'Baku said the separatists had retaken the area': a capital standing for its government, not a place."""
    after = words_after(text, p.end, 1)
    return bool(after) and lex.has("reporting", after[0])
