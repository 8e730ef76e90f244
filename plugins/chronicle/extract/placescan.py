"""Find the place names of one sentence: the listed names, longest first, and the capitalized words a
cue marks as places though no list holds them.

This is the first half of place tagging (``places`` resolves what it finds): it
decides where a name starts and ends, which cue ("the village of", "district")
governs it, and which natural feature's word belongs to it. It reads only the
sentence, so each sentence is scanned once, independently of its neighbours.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from chronicle.extract import morphology
from chronicle.extract import placeframes, placepeople
from chronicle.extract import placerules as rules
from chronicle.extract.cuetext import Clues, Tokens
from chronicle.extract.placelists import (HEIGHT_AFTER, HEIGHTS, Hit, ahead_of_villages, height_or_list, merge_roads,
                                         owned_by_country, share_cues, share_features, villages_listed_under)
from chronicle.extract.placeindex import Entry, PlaceIndex
from chronicle.gazetteer import Gazetteer

# Capitalized words a cue may follow that are not names (nationality adjectives, quantifiers, counts).
_NOT_A_NAME = re.compile(r".*(?:ians?|eans?|ese|ish|ern|eris?|anis?|ic)$|Soviet|Arab|Afghan|Turk|Kurd|Several|"
                         r"Many|Some|Other|Both|All|These|Those|Neighbouring|Neighboring|Occupied|Liberated|"
                         r"Upper|Lower|Central|Border|Frontline|Front|Nearby|Local|Remote|Mountain|Autonomous|The|A|An|"
                         # a unit's capitalised noun after its name: "Yellija and Zaylik settlements of Kalbajar District and ..."
                         r"District|Region|Province|Rayon|"
                         # a count: "Four villages of the Gazakh district"
                         r"One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Dozens?|Hundreds?|\d+")
_MAX_UNKNOWN_WORDS = 3
# A day and a year after a capitalised word ("April 8, 2016", "Sept. 8 1992"): the word is a month, whatever cue or
# list stands before it.
_DAY_AND_YEAR = re.compile(r"\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:1[89]|20)\d\d(?!\d)")
# A name after a preposition of place that its rayon qualifies: "from Bashlibeli in the province of Kelbajar",
# "in Bashlibeli, Kelbajar district," (not "the Representative of the President in Lachin district").
_QUALIFIED_AFTER = re.compile(r"\s+in\s+the\s+(?:province|district|region)\s+of\s+[A-Z]"
                              r"|,\s+[A-Z][\w'’-]+\s+(?:district|province)(?=\s*[,.;)]|$)")
_PLACE_PREPOSITION = re.compile(r"\b(?:from|in|at|near|to)\s+$")
# A natural feature's generic word marks a name no list holds as a place, and belongs to the mention:
# after it ("Sev Lake", "Varazatumb hill") or, capitalised, before it ("Lake Sevan", "Mount Pillan", "the River Aras").
_NATURAL = frozenset({"height", "reservoir", "river"})
_FEATURE_BEFORE = {"Lake": "reservoir", "Mount": "height", "Mt": "height", "River": "river"}
_GENERIC_BEFORE = re.compile(r"(?:\b(Lake|River|[Mm]ount|Mt\.?)|\b[Tt]he\s+(lake|mount))\s$")  # "Mount X", "mount X", "the lake X"
_GENERIC_ENDS = ("e", "r", "t", ".")  # how each of those words ends
_LOOKBACK = 160
_OPENERS = " \"“‘'("  # what may stand before a sentence's first word


def find_names(text: str, index: PlaceIndex, language: str | None = None,
               clues: Clues | None = None) -> tuple[list[Hit], list[tuple[int, int, str | None]]]:
    """Names in one sentence, and cue-marked capitalized words that are in no list (with the district
    a list of villages they stand in names, if any). ``clues`` are the sentence's, if already read."""
    clues = clues or Clues(text)
    tokens = clues.tokens
    # where a name may start: a capital, or a lower-case Russian place adjective (it still needs its head noun)
    russian = morphology.cyrillic(text)
    capitals = [k for k, word in enumerate(tokens.words)
                if word[0].isupper() or (russian and morphology.lowercase_adjective(word))]
    hyphens = "-" in text
    hits: list[Hit] = []
    unknown: list[tuple[int, int]] = []
    i = c = 0
    count_of_capitals = len(capitals)
    while (c := bisect_left(capitals, i, c)) < count_of_capitals:
        i = capitals[c]
        matched = (_hyphen_broken(text, clues, i, index, language) if hyphens else None) or _longest(
            text, clues, i, index, language)
        if matched is not None and _after_a_settlement(text, tokens.starts[i], hits, index):
            matched = _listed_with(text, clues, i, index, language, hits[-1], matched)
        if matched is None:
            i = _unlisted(text, clues, i, index, hits, unknown)
            continue
        i, hit = matched
        if hit is not None and hit.cue is None:  # "the villages of Kizil, Kengerli and ...": the list's cue reaches on
            hit.cue = height_or_list(text, hit.start, hits, unknown, clues)
        if hit is not None:
            if hits and hit.start < hits[-1].end:  # two extensions claim one word: keep the names apart
                hits[-1].end = hits[-1].name_end
                if hit.start < hits[-1].end:
                    hit.start = hit.name_start
            if unknown and hit.start < unknown[-1][1]:  # "the town of Group Republic of Baku": the unknown name keeps "Republic"
                hit.start = hit.name_start
            hits.append(hit)
    if not hits and not unknown:
        return [], []  # a sentence that names no place (most): the passes below read names, and it has none
    if language == "az" and "-" in text:
        _hyphenated_case(text, hits)
    if "s " in text:  # (a possessive's "'s ", the cheap test)
        owned_by_country(text, hits, index.gazetteer)
    share_cues(text, hits)
    share_features(text, hits)
    placeframes.defined_in(text, hits, rules.VILLAGE, rules.TOWN)
    _listed_among_villages(text, hits, index.gazetteer)
    listed = villages_listed_under(text, hits, unknown, index.gazetteer)
    if hyphens:
        hits = _glued_into_longer_names(text, hits, index, language)
    return merge_roads(text, hits), [(a, b, listed.get((a, b)) or _abroad(text[b:], index)) for a, b in unknown]


# A capitalised word glued by a hyphen right after a name: "Hoda Abdel-Hamid", "the Stepanakert-Eskira highway".
_GLUED_AFTER = re.compile(r"[-\u2010\u2011]([A-ZÀ-ÖØ-ÞƏ][\w'’]*)")
_ROAD_WORD_REACH = 16  # "highways of " and the space: all a road word before the names needs


def _glued_into_longer_names(text: str, hits: list[Hit], index: PlaceIndex, language: str | None) -> list[Hit]:
    """A name glued by a hyphen to a capitalised word that starts no listed name (nor is a nationality's adjective,
    as in "Artsakh-Azerbaijani contact line") is part of a longer name: a person's ("Abdel-Hamid"), a firm's or a
    pipeline's ("Baku-Novorossiysk"), no place; a road's where a road word follows ("the Stepanakert-Eskira
    highway") or stands before them ("a highway Ijevan-Noyabrean"), as "the Stepanakert-Goris road" is when both
    names are listed."""
    kept = []
    for hit in hits:
        glued = _GLUED_AFTER.match(text, hit.end) if hit.end == hit.name_end else None
        if glued is None or index.max_words(glued.group(1), language):
            kept.append(hit)  # most names: no hyphen after them, or a listed name after it ("Agdere-Terter")
            continue
        if rules.road_named_before(text[max(0, hit.start - _ROAD_WORD_REACH):hit.start], text[hit.end:glued.start(1)]):
            hit.end, hit.feature = glued.end(), "road"  # "next to a highway Ijevan-Noyabrean": the road word before them
            kept.append(hit)
            continue
        if _NOT_A_NAME.fullmatch(glued.group(1)):
            kept.append(hit)
            continue
        road = rules.feature_after(text[glued.end():])
        if road is not None and road[0] == "road":
            hit.end, hit.feature = glued.end() + road[1], "road"
            kept.append(hit)
    return kept


# Azerbaijani writes a case ending after a hyphen where the name is an abbreviation or ends in a capital
# ("SSRİ-nin", "ABŞ-a", "Ermənistan SSR-in"): the ending is part of the name's form, as a glued one is.
_HYPHENATED_CASE = re.compile(r"-(?:n?[ıiuü]n|n?[ıiuü]|y?[aə]|n?d[aə]n?|l[aə])(?![\w-])")


def _hyphenated_case(text: str, hits: list[Hit]) -> None:
    for hit in hits:
        if hit.end == hit.name_end and text[hit.name_end - 1].isupper() and (m := _HYPHENATED_CASE.match(text, hit.end)):
            hit.end = m.end()


def _listed_among_villages(text: str, hits: list[Hit], gazetteer: Gazetteer) -> None:
    """"Karxulu, Şükürbəyli, Çərəkən, Daşkəsən, Horovlu": a name listed among villages is a village too,
    though a rayon bears its name; the list's cue, if it had one, was already shared (``share_cues``)."""
    run: list[Hit] = []
    for hit in [*hits, None]:
        if hit is not None and (not run or rules.coordinated(text[run[-1].end:hit.start])):
            run.append(hit)
            continue
        villages = sum(all(gazetteer.get(e.entity).kind == "village" for e in h.entries) for h in run) if run[1:] else 0
        if villages >= 2 and villages * 2 > len(run):  # (one name alone is no list: not even counted)
            for member in run:
                member.cue = member.cue or rules.VILLAGE
        run = [hit] if hit is not None else []


def _longest(text: str, clues: Clues, i: int, index: PlaceIndex,
             language: str | None = None, listed: str | None = None) -> tuple[int, Hit | None] | None:
    """The longest listed name starting at token i, in any case form: (next token, hit or None if not a place).
    ``listed`` is the cue a list of places gives a name that needs one ("Sotk, Vardenis and Kut")."""
    tokens = clues.tokens
    most = _joined(tokens, i, index.max_words(tokens.words[i], language), index)
    if not most:
        return None  # most capitalized words start no name
    start = tokens.starts[i]
    before = lookback(text, start)
    for length in range(most, 0, -1):
        end = tokens.ends[i + length - 1]
        words, surface, spelled = tokens.words[i:i + length], text[start:end], None
        after = text[end:]
        found = index.lookup(words, surface, cued=True)
        if not found:
            base = index.base_words(words, before, after, language)
            found = index.lookup(base, surface, True, " ".join(base)) if base is not None else []
            if not found:
                continue
            words, spelled = base, " ".join(base)
        cue_after = rules.cue_after(after)  # "the Martakert district" outranks "villages of"
        cue = cue_after or rules.cue_before(before) or listed
        # a cue asks what was found, and so does the country a name is said to lie in ("reporting from Sevan in Armenia")
        entries = found if cue is not None or _country_after(after, index) else index.lookup(
            words, surface, False, spelled, opens_sentence=not before.strip(_OPENERS))
        if not surface[0].isupper():  # "азербайджанских районов" tells a nationality, "физулинском направлении" a place
            entries = [e for e in entries if index.gazetteer.get(e.entity).kind != "country"]
        if placepeople.speaks_or_holds_a_post(before, after):  # "Anar Kerimli, the head of the agency": the person
            entries = [e for e in entries if index.gazetteer.get(e.entity).kind != "village"]
        return i + length, _hit(text, clues, before, start, end, entries, cue, cue_after is not None) if entries else None
    return None


# "Sevan in Armenia", "Gores, Armenia": the country a name lies in, right after it (not "Armenia's").
_COUNTRY_AFTER = re.compile(r"(?:,\s*|\s+in\s+)([A-Z][a-z]+)\b(?!['’])")


def _country_after(after: str, index: PlaceIndex) -> str | None:
    """The code of the country that follows a name as where it lies, if one does: a name that needs context to be a
    place has it, and one no list holds is filed there."""
    match = _COUNTRY_AFTER.match(after)
    if match is None:
        return None  # most names: no country after them
    word = match.group(1)
    places = [index.gazetteer.get(e.entity) for e in index.lookup([word], word, cued=True)]
    return next((p.district for p in places if p.kind == "country"), None)


def _abroad(after: str, index: PlaceIndex) -> str | None:
    """The country a name no list holds is filed under where it is said to lie there ("in Gores, Armenia"); in
    Azerbaijan it is filed under a rayon, as any other (``placefiling``)."""
    country = _country_after(after, index)
    return country if country != "AZ" else None


# A word a printed page broke at its line end keeps the hyphen when the text is extracted ("Физу-линский",
# "Kalba- jar"): a capitalised piece, a hyphen (a space may follow it), then a lower-case piece.
_BREAK_GAPS = ("-", "- ", "\u00ad")


def _hyphen_broken(text: str, clues: Clues, i: int, index: PlaceIndex,
                   language: str | None) -> tuple[int, Hit | None] | None:
    """A listed name split by a line-end hyphen, read as the whole word it was: (next token, hit), or None
    where the two pieces joined name no listed place (a compound such as "Baku-backed" stays as it is)."""
    tokens = clues.tokens
    if not (i + 1 < len(tokens.words) and tokens.gaps[i] in _BREAK_GAPS and tokens.words[i + 1][0].islower()):
        return None
    word, start, end = tokens.words[i] + tokens.words[i + 1], tokens.starts[i], tokens.ends[i + 1]
    before, after = lookback(text, start), text[end:]
    found, spelled = index.lookup([word], word, cued=True), None
    if not found:
        base = index.base_words([word], before, after, language)
        found = index.lookup(base, word, True, " ".join(base)) if base is not None else []
        spelled = " ".join(base) if found and base is not None else None
    if not found:
        return None
    cue_after = rules.cue_after(after)
    cue = cue_after or rules.cue_before(before)
    entries = found if cue is not None else index.lookup(spelled.split() if spelled else [word], word, False, spelled,
                                                         opens_sentence=not before.strip(_OPENERS))
    return i + 2, _hit(text, clues, before, start, end, entries, cue, cue_after is not None) if entries else None


def _joined(tokens: Tokens, i: int, most: int, index: PlaceIndex) -> int:
    """How many words from token i on (up to ``most``) one name can span: as far as each gap between
    them joins the words of a name. Each gap is read once, not once per length tried."""
    if not most:
        return 0
    last = min(i + most, len(tokens.words)) - 1
    k = i
    while k < last and index.gap_ok(tokens.gaps[k]):
        k += 1
    return k - i + 1


def lookback(text: str, start: int) -> str:
    """The text a rule may look back on: enough for any rule, bounded so long sentences stay linear."""
    return text[max(0, start - _LOOKBACK):start]


def _hit(text: str, clues: Clues, before: str, start: int, end: int, entries: list[Entry], cue: str | None,
         cue_after: bool) -> Hit | None:
    """The name between ``start`` and ``end`` (``before`` is the text a rule may look back on), unless it is
    no place: its span widened by "Republic" and a natural feature's word, and the feature's kind."""
    after = text[end:]
    if rules.inside_a_name(before, after, clues) or placepeople.not_a_place(after, before) or placepeople.titled(before):
        return None
    left, right = rules.republic_extension(before, after)
    if left or right:  # a republic is no settlement, whatever noun stands before it: "villages of the X Autonomous Republic"
        cue, cue_after = None, False
    hit = Hit(start - left, end + right, start, end, entries, cue, cue_after)
    feature = rules.feature_after(after if not right else text[hit.end:])
    if feature is not None:
        hit.feature, hit.end = feature[0], hit.end + feature[1]
    elif rules.river_before(before):
        hit.feature = "river"
    elif not left and (generic := _generic_before(before)) is not None:  # "Mount Ergunesh": the generic word belongs to the name
        hit.feature, hit.start = generic[0], start - generic[1]
    return hit


def _generic_before(before: str) -> tuple[str, int] | None:
    """The kind of natural feature a generic word just before a name says ("Mount", "the lake"), and how many
    characters back from the name the word starts."""
    tail = before[-10:]
    if not (tail[-1:].isspace() and tail[-2:-1] in _GENERIC_ENDS):
        return None  # the cheap test first: one space after "Lake", "River", "Mount", "Mt", "Mt." or "lake"
    match = _GENERIC_BEFORE.search(tail)
    if match is None:
        return None
    group = 1 if match.group(1) else 2
    return _FEATURE_BEFORE[match.group(group).rstrip(".").capitalize()], len(tail) - match.start(group)


def _unlisted(text: str, clues: Clues, i: int, index: PlaceIndex,
              hits: list[Hit], unknown: list[tuple[int, int]]) -> int:
    """A capitalized word no list holds: a near spelling under a cue, else maybe an unknown place."""
    tokens = clues.tokens
    word, start, end = tokens.words[i], tokens.starts[i], tokens.ends[i]
    # the cheap tests first: "The", "Armenian" name no place, cue or not; nor does a lower-case Russian
    # adjective that is no listed name ("в селе княжеский дворец", "экономический район")
    if not word[0].isupper() or _NOT_A_NAME.fullmatch(word):
        return i + 1
    before, after = lookback(text, start), text[end:]
    if _DAY_AND_YEAR.match(after):
        return i + 1  # "the town of Martuni, April 8, 2016": a month before its day and year is a date
    if word in _FEATURE_BEFORE and _names_after(text, clues, i, index):
        unknown.append((start, tokens.ends[i + 1]))  # "Lake Sevan", "Mount Pillan"
        return i + 2
    generic = _generic_before(before)
    if generic is not None:
        unknown.append((start - generic[1], end))  # "the lake Sev"
        return i + 1
    cue = (rules.cue_before(before) or height_or_list(text, start, hits, unknown, clues)
           or ahead_of_villages(text, clues, i))
    feature = rules.feature_after(after)
    natural = feature is not None and feature[0] in _NATURAL
    cue_after = None if cue else rules.cue_after(after) or (rules.VILLAGE if natural or (
        clues.has(HEIGHTS) and HEIGHT_AFTER.match(after)) or _qualified(before, after, index) else None)
    if (cue or cue_after) is None:
        return i + 1
    near = index.fuzzy(word)
    if near:
        hits.append(Hit(start, end, start, end, near, cue or cue_after, cue is None))
        return i + 1
    if natural:
        unknown.append((start, end + feature[1]))  # "Sev Lake", "Varazatumb hill"
        return i + 1
    if cue:
        j = i + 1
        while (j < len(tokens.words) and j - i < _MAX_UNKNOWN_WORDS and tokens.words[j][0].isupper()
               and index.gap_ok(tokens.gaps[j - 1]) and not rules.district_adjective(tokens.words[j])):
            j += 1
        unknown.append((start, tokens.ends[j - 1]))
        return j
    if before.strip(_OPENERS):  # a sentence-initial capital is no evidence of a name
        unknown.append((start, end))
    return i + 1


def _qualified(before: str, after: str, index: PlaceIndex) -> bool:
    """Does the rayon or the country after a name that follows a preposition of place qualify it ("from X in the
    province of Y", "in Gores, Armenia")?"""
    return _PLACE_PREPOSITION.search(before[-8:]) is not None and (
        _QUALIFIED_AFTER.match(after) is not None or _country_after(after, index) is not None)


def _after_a_settlement(text: str, start: int, hits: list[Hit], index: PlaceIndex) -> bool:
    """Does the name at ``start`` follow a town or village in one list ("A, B and C")?"""
    return bool(hits) and rules.coordinated(text[hits[-1].end:start]) and any(
        index.gazetteer.get(e.entity).kind in ("town", "village") for e in hits[-1].entries)


def _listed_with(text: str, clues: Clues, i: int, index: PlaceIndex, language: str | None,
                 previous: Hit, matched: tuple[int, Hit | None]) -> tuple[int, Hit | None]:
    """A name listed after a town or village takes its cue from the list ("Sotk, Vardenis and Kut"); a name that
    towns of two countries bear is the one in the country of the town before it ("Goris, Jermuk and Martuni":
    Armenia's Martuni, not Khojavend's old name), even where only a cue lets that one be read."""
    country = _country_of(previous, index.gazetteer)
    other = _country_of(matched[1], index.gazetteer) if matched[1] is not None else None
    if matched[1] is not None and (country is None or other is None or other == country):
        return matched  # a region of no country ("Aghdam, Karabakh Armenian forces") is no town to move
    cued = _longest(text, clues, i, index, language, rules.VILLAGE)
    if matched[1] is None or cued is None or cued[1] is None:
        return cued if matched[1] is None else matched
    kept = [e for e in cued[1].entries if _country(index.gazetteer.get(e.entity).district) == country]
    if not kept:
        return matched
    cued[1].entries = kept
    return cued


def _country_of(hit: Hit, gazetteer: Gazetteer) -> str | None:
    """The one country all of a name's places lie in, if one."""
    countries = {_country(gazetteer.get(e.entity).district) for e in hit.entries}
    return countries.pop() if len(countries) == 1 else None


def _country(district: str | None) -> str | None:
    return district.split("-")[0] if district else None


def _names_after(text: str, clues: Clues, i: int, index: PlaceIndex) -> bool:
    """Does a capitalised name follow token i, a space apart, that no list holds as a place here? ("Sevan" is
    listed, but as a town that needs a cue: "Lake Sevan" is the lake.)"""
    tokens = clues.tokens
    if not (i + 1 < len(tokens.words) and tokens.words[i + 1][0].isupper() and tokens.gaps[i] == " "):
        return False
    listed = _longest(text, clues, i + 1, index)
    return (listed is None or listed[1] is None) and not _NOT_A_NAME.fullmatch(tokens.words[i + 1])


def landform(name: str) -> str | None:
    """The kind of natural feature a name no list holds says it is ("Sev Lake", "Mount Pillan"), if any."""
    first, _, rest = name.partition(" ")
    if rest and first.rstrip(".").capitalize() in _FEATURE_BEFORE:
        return _FEATURE_BEFORE[first.rstrip(".").capitalize()]
    head, _, last = name.rpartition(" ")
    feature = rules.feature_after(" " + last) if head else None
    return feature[0] if feature and feature[0] in _NATURAL else None
