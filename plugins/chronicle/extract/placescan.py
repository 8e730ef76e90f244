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
from chronicle.extract import placeframes
from chronicle.extract import placerules as rules
from chronicle.extract.placelists import Hit, ahead_of_villages, height_or_list, merge_roads, share_cues, villages_listed_under
from chronicle.extract.placeindex import WORD, Entry, PlaceIndex
from chronicle.gazetteer import Gazetteer

# Capitalized words a cue may follow that are not names (nationality adjectives, quantifiers, counts).
_NOT_A_NAME = re.compile(r".*(?:ians?|eans?|ese|ish|ern|eris?|anis?|ic)$|Soviet|Arab|Afghan|Turk|Kurd|Several|"
                         r"Many|Some|Other|Both|All|These|Those|Neighbouring|Neighboring|Occupied|Liberated|"
                         r"Upper|Lower|Central|Border|Frontline|Front|Nearby|Local|Remote|Mountain|The|A|An|"
                         # a count: "Four villages of the Gazakh district"
                         r"One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Dozens?|Hundreds?|\d+")
_MAX_UNKNOWN_WORDS = 3
_HEIGHT_AFTER = re.compile(r"\s+(?:heights?|hills?)\b", re.I)
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
_LOOKBACK = 160
# A link's text glued to the word before it when a page lost its markup ("the city ofGanja", "inStepanakert"):
# a lower-case preposition, then a capitalized word; the name starts at the capital.
_GLUED = re.compile(r"(?:of|in|at|to|from|near|into|and)(?=[A-Z][^\W\d_]*[a-zəıöüçşğ])")
_GLUED_ANYWHERE = re.compile(r"(?<![^\W\d_])(?:of|in|at|to|from|near|into|and)[A-Z]")


def find_names(text: str, index: PlaceIndex, language: str | None = None) -> tuple[list[Hit], list[tuple[int, int, str | None]]]:
    """Names in one sentence, and cue-marked capitalized words that are in no list (with the district
    a list of villages they stand in names, if any)."""
    tokens = _tokens(text)
    # where a name may start: a capital, or a lower-case Russian place adjective (it still needs its head noun)
    russian = morphology.cyrillic(text)
    capitals = [k for k, t in enumerate(tokens)
                if text[t.start()].isupper() or (russian and morphology.lowercase_adjective(t.group()))]
    hits: list[Hit] = []
    unknown: list[tuple[int, int]] = []
    i = c = 0
    while (c := bisect_left(capitals, i, c)) < len(capitals):
        i = capitals[c]
        matched = _longest(text, tokens, i, index, language)
        if matched is not None and _after_a_settlement(text, tokens[i].start(), hits, index):
            matched = _listed_with(text, tokens, i, index, language, hits[-1], matched)
        if matched is None:
            i = _unlisted(text, tokens, i, index, hits, unknown)
            continue
        i, hit = matched
        if hit is not None and hit.cue is None:  # "the villages of Kizil, Kengerli and ...": the list's cue reaches on
            hit.cue = height_or_list(text, hit.start, hits, unknown)
        if hit is not None:
            if hits and hit.start < hits[-1].end:  # two extensions claim one word: keep the names apart
                hits[-1].end = hits[-1].name_end
                if hit.start < hits[-1].end:
                    hit.start = hit.name_start
            hits.append(hit)
    if language == "az" and "-" in text:
        _hyphenated_case(text, hits)
    share_cues(text, hits)
    placeframes.defined_in(text, hits, rules.VILLAGE, rules.TOWN)
    _listed_among_villages(text, hits, index.gazetteer)
    listed = villages_listed_under(text, hits, unknown)
    return merge_roads(text, hits), [(a, b, listed.get((a, b))) for a, b in unknown]


def _tokens(text: str) -> list[re.Match]:
    """The sentence's words, a preposition glued to the name after it ("ofGanja") read as two words."""
    if not _GLUED_ANYWHERE.search(text):
        return list(WORD.finditer(text))  # most sentences: one search instead of one per word
    tokens = []
    for t in WORD.finditer(text):
        glued = _GLUED.match(t.group()) if t.group()[0].islower() else None
        cut = t.start() + glued.end() if glued else t.end()
        tokens += [WORD.match(text, t.start(), cut), WORD.match(text, cut, t.end())] if glued else [t]
    return tokens


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


def _longest(text: str, tokens: list[re.Match], i: int, index: PlaceIndex,
             language: str | None = None, listed: str | None = None) -> tuple[int, Hit | None] | None:
    """The longest listed name starting at token i, in any case form: (next token, hit or None if not a place).
    ``listed`` is the cue a list of places gives a name that needs one ("Sotk, Vardenis and Kut")."""
    for length in range(_joined(text, tokens, i, index.max_words(tokens[i].group(), language), index), 0, -1):
        run = tokens[i:i + length]
        start, end = run[0].start(), run[-1].end()
        words, surface, spelled = [t.group() for t in run], text[start:end], None
        before, after = lookback(text, start), text[end:]
        if not index.lookup(words, surface, cued=True):
            base = index.base_words(words, before, after, language)
            if base is None or not index.lookup(base, surface, True, " ".join(base)):
                continue
            words, spelled = base, " ".join(base)
        cue_after = rules.cue_after(after)  # "the Martakert district" outranks "villages of"
        cue = cue_after or rules.cue_before(before) or listed
        entries = index.lookup(words, surface, cue is not None, spelled)
        if not surface[0].isupper():  # "азербайджанских районов" tells a nationality, "физулинском направлении" a place
            entries = [e for e in entries if index.gazetteer.get(e.entity).kind != "country"]
        return i + length, _hit(text, start, end, entries, cue, cue_after is not None) if entries else None
    return None


def _joined(text: str, tokens: list[re.Match], i: int, most: int, index: PlaceIndex) -> int:
    """How many words from token i on (up to ``most``) one name can span: as far as each gap between
    them joins the words of a name. Each gap is read once, not once per length tried."""
    last = min(i + most, len(tokens)) - 1
    k = i
    while k < last and index.gap_ok(text[tokens[k].end():tokens[k + 1].start()]):
        k += 1
    return k - i + 1 if most else 0


def lookback(text: str, start: int) -> str:
    """The text a rule may look back on: enough for any rule, bounded so long sentences stay linear."""
    return text[max(0, start - _LOOKBACK):start]


def _hit(text: str, start: int, end: int, entries: list[Entry], cue: str | None, cue_after: bool) -> Hit | None:
    before, after = lookback(text, start), text[end:]
    if rules.inside_a_name(before, after) or placeframes.not_a_place(after):
        return None
    left, right = rules.republic_extension(before, after)
    hit = Hit(start - left, end + right, start, end, entries, cue, cue_after)
    feature = rules.feature_after(text[hit.end:])
    generic = _generic_before(before)
    if feature is not None:
        hit.feature, hit.end = feature[0], hit.end + feature[1]
    elif rules.river_before(before):
        hit.feature = "river"
    elif generic is not None and not left:  # "Mount Ergunesh": the generic word belongs to the name
        hit.feature, hit.start = generic[0], start - generic[1]
    return hit


def _generic_before(before: str) -> tuple[str, int] | None:
    """The kind of natural feature a generic word just before a name says ("Mount", "the lake"), and how many
    characters back from the name the word starts."""
    tail = before[-10:]
    match = _GENERIC_BEFORE.search(tail)
    if match is None:
        return None
    group = 1 if match.group(1) else 2
    return _FEATURE_BEFORE[match.group(group).rstrip(".").capitalize()], len(tail) - match.start(group)


def _unlisted(text: str, tokens: list[re.Match], i: int, index: PlaceIndex,
              hits: list[Hit], unknown: list[tuple[int, int]]) -> int:
    """A capitalized word no list holds: a near spelling under a cue, else maybe an unknown place."""
    token = tokens[i]
    # the cheap tests first: "The", "Armenian" name no place, cue or not; nor does a lower-case Russian
    # adjective that is no listed name ("в селе княжеский дворец", "экономический район")
    if not token.group()[0].isupper() or _NOT_A_NAME.fullmatch(token.group()):
        return i + 1
    before, after = lookback(text, token.start()), text[token.end():]
    if token.group() in _FEATURE_BEFORE and _names_after(text, tokens, i, index):
        unknown.append((token.start(), tokens[i + 1].end()))  # "Lake Sevan", "Mount Pillan"
        return i + 2
    generic = _generic_before(before)
    if generic is not None:
        unknown.append((token.start() - generic[1], token.end()))  # "the lake Sev"
        return i + 1
    cue = rules.cue_before(before) or height_or_list(text, token.start(), hits, unknown) or ahead_of_villages(text, tokens, i)
    feature = rules.feature_after(after)
    natural = feature is not None and feature[0] in _NATURAL
    qualified = _PLACE_PREPOSITION.search(before[-8:]) is not None and _QUALIFIED_AFTER.match(after) is not None
    cue_after = None if cue else rules.cue_after(after) or (
        rules.VILLAGE if natural or _HEIGHT_AFTER.match(after) or qualified else None)
    if (cue or cue_after) is None:
        return i + 1
    near = index.fuzzy(token.group())
    if near:
        hits.append(Hit(token.start(), token.end(), token.start(), token.end(), near, cue or cue_after, cue is None))
        return i + 1
    if natural:
        unknown.append((token.start(), token.end() + feature[1]))  # "Sev Lake", "Varazatumb hill"
        return i + 1
    if cue:
        j = i + 1
        while (j < len(tokens) and j - i < _MAX_UNKNOWN_WORDS and tokens[j].group()[0].isupper()
               and index.gap_ok(text[tokens[j - 1].end():tokens[j].start()])):
            j += 1
        unknown.append((token.start(), tokens[j - 1].end()))
        return j
    if before.strip(" \"“‘'("):  # a sentence-initial capital is no evidence of a name
        unknown.append((token.start(), token.end()))
    return i + 1


def _after_a_settlement(text: str, start: int, hits: list[Hit], index: PlaceIndex) -> bool:
    """Does the name at ``start`` follow a town or village in one list ("A, B and C")?"""
    return bool(hits) and rules.coordinated(text[hits[-1].end:start]) and any(
        index.gazetteer.get(e.entity).kind in ("town", "village") for e in hits[-1].entries)


def _listed_with(text: str, tokens: list[re.Match], i: int, index: PlaceIndex, language: str | None,
                 previous: Hit, matched: tuple[int, Hit | None]) -> tuple[int, Hit | None]:
    """A name listed after a town or village takes its cue from the list ("Sotk, Vardenis and Kut"); a name that
    towns of two countries bear is the one in the country of the town before it ("Goris, Jermuk and Martuni":
    Armenia's Martuni, not Khojavend's old name), even where only a cue lets that one be read."""
    country = _country_of(previous, index.gazetteer)
    other = _country_of(matched[1], index.gazetteer) if matched[1] is not None else None
    if matched[1] is not None and (country is None or other is None or other == country):
        return matched  # a region of no country ("Aghdam, Karabakh Armenian forces") is no town to move
    cued = _longest(text, tokens, i, index, language, rules.VILLAGE)
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


def _names_after(text: str, tokens: list[re.Match], i: int, index: PlaceIndex) -> bool:
    """Does a capitalised name follow token i, a space apart, that no list holds as a place here? ("Sevan" is
    listed, but as a town that needs a cue: "Lake Sevan" is the lake.)"""
    if not (i + 1 < len(tokens) and tokens[i + 1].group()[0].isupper() and text[tokens[i].end():tokens[i + 1].start()] == " "):
        return False
    listed = _longest(text, tokens, i + 1, index)
    return (listed is None or listed[1] is None) and not _NOT_A_NAME.fullmatch(tokens[i + 1].group())


def landform(name: str) -> str | None:
    """The kind of natural feature a name no list holds says it is ("Sev Lake", "Mount Pillan"), if any."""
    first, _, rest = name.partition(" ")
    if rest and first.rstrip(".").capitalize() in _FEATURE_BEFORE:
        return _FEATURE_BEFORE[first.rstrip(".").capitalize()]
    head, _, last = name.rpartition(" ")
    feature = rules.feature_after(" " + last) if head else None
    return feature[0] if feature and feature[0] in _NATURAL else None
