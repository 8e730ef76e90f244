"""Find place names in sentences and resolve each to a gazetteer entry.

Matching is by folded skeletons (see ``placefold``), longest name first, so an
unlisted spelling of a listed name still resolves. The words around a match
decide whether it is a place at all, which of several homonyms it is, how far
its span reaches, and whether the sentence reports an event there (see
``placerules``). Capitalized words that a cue marks as a place ("the village
of X") but no list holds are reported, so the gazetteer grows through review.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from chronicle.extract import morphology
from chronicle.extract import placerules as rules
from chronicle.extract.placelists import Hit, ahead_of_villages, height_or_list, merge_roads, share_cues, villages_listed_under
from chronicle.extract.placeindex import WORD, Entry, PlaceIndex, index_for
from chronicle.gazetteer import Gazetteer, Place
from chronicle.model import PlaceMention

# Kinds in the order a bare name prefers them, and under each cue.
# A "municipality" is a city with its own ISO code; where it shares its name
# with the rayon around it (Yevlakh, Lankaran, Shaki) the rayon contains it and
# files it, so the rayon always ranks first.
_PREFERENCE = {
    None: ("country", "rayon", "region", "municipality", "city", "province", "town", "village"),
    rules.ADMIN: ("rayon", "municipality", "province", "region", "country", "city", "town", "village"),
    rules.TOWN: ("city", "town", "rayon", "municipality", "province", "region", "village", "country"),
    rules.VILLAGE: ("village", "town", "city", "rayon", "municipality", "province", "region", "country"),
}
_SPANNING_FEATURES = frozenset({"road", "river"})
# Capitalized words a cue may follow that are not names (nationality adjectives, quantifiers).
_NOT_A_NAME = re.compile(r".*(?:ians?|eans?|ese|ish|ern|eris?|anis?|ic)$|Soviet|Arab|Afghan|Turk|Kurd|Several|"
                         r"Many|Some|Other|Both|All|These|Those|Neighbouring|Neighboring|Occupied|Liberated|"
                         r"Upper|Lower|Central|Border|Frontline|Front|Nearby|Local|Remote|Mountain|The|A|An")
_MAX_UNKNOWN_WORDS = 3
# Why a candidate is on the editors' list (read as "place name X is ...").
UNLISTED = "not in the gazetteer"
AMBIGUOUS = "the name of settlements in several districts, none named nearby: not filed"
FILED = "not in the gazetteer: filed under the district its sentence or paragraph names"
_HEIGHT_AFTER = re.compile(r"\s+(?:heights?|hills?)\b", re.I)
# A natural feature's generic word marks a name no list holds as a place, and belongs to the mention:
# after it ("Sev Lake", "Varazatumb hill") or, capitalised, before it ("Lake Sevan", "Mount Pillan").
_NATURAL = frozenset({"height", "reservoir", "river"})
_FEATURE_BEFORE = {"Lake": "reservoir", "Mount": "height", "Mt": "height"}
_GENERIC_BEFORE = re.compile(r"(?:\b(Lake|[Mm]ount|Mt\.?)|\b[Tt]he\s+(lake|mount))\s$")  # "Mount X", "mount X", "the lake X"
_LOOKBACK = 160


@dataclass(frozen=True)
class Candidate:
    """A capitalized name that a cue marks as a place but no gazetteer entry holds."""

    paragraph: int
    sentence: int
    text: str
    start: int
    end: int
    district: str | None = None  # filed there because the context names it ("the villages of A and B of Zangilan district")
    note: str = UNLISTED


@dataclass(frozen=True)
class DocumentPlaces:
    mentions: list[list[list[PlaceMention]]]  # [paragraph][sentence] -> mentions
    unknown: list[Candidate]


def tag_document(paragraphs: Sequence[Sequence[str]], gazetteer: Gazetteer, language: str | None = None) -> DocumentPlaces:
    """Place mentions of every sentence; offsets are relative to the sentence.

    ``language`` (the source's, if known) lets Latin-script Azerbaijani words
    without Azerbaijani letters ("Tovuzun") be read with Azerbaijani endings;
    Cyrillic and Armenian words are read by their script whatever it says.
    """
    index = index_for(gazetteer)
    mentions: list[list[list[PlaceMention]]] = []
    unknown: list[Candidate] = []
    told: set[str] = set()  # the rayons the last paragraph that named any named
    for p, sentences in enumerate(paragraphs):
        found = [_find(text, index, language) for text in sentences]
        context = told = _context(found, gazetteer) or told  # a paragraph naming none goes on where the last one was
        mentions.append([[_mention(text, hit, context, gazetteer) for hit in hits]
                         for text, (hits, _) in zip(sentences, found)])
        for s, (_, spans) in enumerate(found):
            named = _filing_district(mentions[-1][s], context) if spans else None
            for a, b, listed in spans:
                district = listed or named
                unknown.append(Candidate(p, s, sentences[s][a:b], a, b, district, FILED if district else UNLISTED))
                if district:
                    entity = district if district.startswith("AZ-") else _country(gazetteer, district)
                    mentions[-1][s].append(_unlisted_mention(sentences[s], a, b, district, entity, _landform(sentences[s][a:b])))
            for m, district in _homonyms_to_file(mentions[-1][s], context, gazetteer, language):
                unknown.append(Candidate(p, s, m.text, m.start, m.end, district, FILED))
                mentions[-1][s][mentions[-1][s].index(m)] = _unlisted_mention(sentences[s], m.start, m.end, district)
            mentions[-1][s].sort(key=lambda m: m.start)
        unknown += [Candidate(p, s, m.text, m.start, m.end, note=AMBIGUOUS)
                    for s, ms in enumerate(mentions[-1]) for m in ms if _unfiled_settlement(m, gazetteer)]
    return DocumentPlaces(mentions, unknown)


def _homonyms_to_file(sentence: list[PlaceMention], context: set[str], gazetteer: Gazetteer,
                      language: str | None) -> list[tuple[PlaceMention, str]]:
    """Russian, Azerbaijani and Armenian villages named in several districts, none of them the one rayon
    the sentence or paragraph names ("Ağcabədi rayonunun ... Hacılar, Poladlı kəndlərində"): filed there,
    as a village no list holds is. English mentions of such villages stay unfiled, as before."""
    unfiled = [m for m in sentence if _unfiled_settlement(m, gazetteer)
               and (language in ("ru", "az", "hy") or morphology.language_of(m.text, None) in ("ru", "hy"))]
    district = _filing_district(sentence, context) if unfiled else None
    return [(m, district) for m in unfiled] if district else []


def _unfiled_settlement(mention: PlaceMention, gazetteer: Gazetteer) -> bool:
    """A generated settlement left without a district because several districts have one of that name."""
    return mention.district is None and mention.kind not in _SPANNING_FEATURES and gazetteer.get(mention.entity).source is not None


def _filing_district(sentence: Sequence[PlaceMention], context: set[str]) -> str | None:
    """The one Azerbaijani rayon the sentence places an event in, else the one it names, else the one its
    paragraph names, else Armenia where the sentence names a place in Armenia below the country ("near Sev
    Lake in Syunik Province"), else None ("Advancing from the Lachin district, the units shelled Gubadli and
    took the height of X": X is Gubadli's)."""
    for names in ({m.district for m in sentence if m.event}, {m.district for m in sentence}, context):
        rayons = {d for d in names if d and d.startswith("AZ-")}
        if len(rayons) == 1:
            return rayons.pop()
        if rayons:
            return None
    return "AM" if any(m.district == "AM" and m.kind != "country" for m in sentence) else None


def _unlisted_mention(text: str, start: int, end: int, district: str, entity: str | None = None,
                      kind: str | None = None) -> PlaceMention:
    """A village (or a natural feature) no list holds, filed under its district: the district (in Armenia,
    the country) stands as its entity."""
    event = rules.reports_event(_before(text, start), text[end:], False)
    return PlaceMention(start=start, end=end, text=text[start:end], entity=entity or district, district=district,
                        kind=kind or "village", event=event)


def _country(gazetteer: Gazetteer, code: str) -> str:
    """The id of the country whose code is ``code``."""
    return next(p.id for p in gazetteer if p.kind == "country" and p.district == code)


def _landform(name: str) -> str | None:
    """The kind of natural feature a name no list holds says it is ("Sev Lake", "Mount Pillan"), if any."""
    first, _, rest = name.partition(" ")
    if rest and first.rstrip(".").capitalize() in _FEATURE_BEFORE:
        return _FEATURE_BEFORE[first.rstrip(".").capitalize()]
    head, _, last = name.rpartition(" ")
    feature = rules.feature_after(" " + last) if head else None
    return feature[0] if feature and feature[0] in _NATURAL else None


def filing_districts(mentions: Sequence[PlaceMention]) -> tuple[str, ...]:
    """Azerbaijani rayons where the sentence places an event, sorted."""
    return tuple(sorted({m.district for m in mentions if m.event and m.district and m.district.startswith("AZ-")}))


# --- finding names ---------------------------------------------------------


def _find(text: str, index: PlaceIndex, language: str | None = None) -> tuple[list[Hit], list[tuple[int, int, str | None]]]:
    """Names in one sentence, and cue-marked capitalized words that are in no list (with the district
    a list of villages they stand in names, if any)."""
    tokens = list(WORD.finditer(text))
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
        if matched is not None and matched[1] is None and _after_a_settlement(text, tokens[i].start(), hits, index):
            matched = _longest(text, tokens, i, index, language, rules.VILLAGE)  # "Sotk, Vardenis and Kut"
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
    share_cues(text, hits)
    _listed_among_villages(text, hits, index.gazetteer)
    listed = villages_listed_under(text, hits, unknown)
    return merge_roads(text, hits), [(a, b, listed.get((a, b))) for a, b in unknown]


def _listed_among_villages(text: str, hits: list[Hit], gazetteer: Gazetteer) -> None:
    """"Karxulu, Şükürbəyli, Çərəkən, Daşkəsən, Horovlu": a name listed among villages is a village too,
    though a rayon bears its name; the list's cue, if it had one, was already shared (``share_cues``)."""
    run: list[Hit] = []
    for hit in [*hits, None]:
        if hit is not None and (not run or rules.coordinated(text[run[-1].end:hit.start])):
            run.append(hit)
            continue
        villages = sum(all(gazetteer.get(e.entity).kind == "village" for e in h.entries) for h in run)
        if villages >= 2 and villages * 2 > len(run):
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
        before, after = _before(text, start), text[end:]
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


def _before(text: str, start: int) -> str:
    """The text a rule may look back on: enough for any rule, bounded so long sentences stay linear."""
    return text[max(0, start - _LOOKBACK):start]


def _hit(text: str, start: int, end: int, entries: list[Entry], cue: str | None, cue_after: bool) -> Hit | None:
    before, after = _before(text, start), text[end:]
    if rules.inside_a_name(before, after):
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
    if _NOT_A_NAME.fullmatch(token.group()):  # the cheap test first: "The", "Armenian" name no place, cue or not
        return i + 1
    before, after = _before(text, token.start()), text[token.end():]
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
    cue_after = None if cue else rules.cue_after(after) or (rules.VILLAGE if natural or _HEIGHT_AFTER.match(after) else None)
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


def _names_after(text: str, tokens: list[re.Match], i: int, index: PlaceIndex) -> bool:
    """Does a capitalised name follow token i, a space apart, that no list holds as a place here? ("Sevan" is
    listed, but as a town that needs a cue: "Lake Sevan" is the lake.)"""
    if not (i + 1 < len(tokens) and tokens[i + 1].group()[0].isupper() and text[tokens[i].end():tokens[i + 1].start()] == " "):
        return False
    listed = _longest(text, tokens, i + 1, index)
    return (listed is None or listed[1] is None) and not _NOT_A_NAME.fullmatch(tokens[i + 1].group())


# --- resolving -------------------------------------------------------------


def _context(found: list[tuple[list[Hit], list]], gazetteer: Gazetteer) -> set[str]:
    """Rayons the paragraph names unambiguously: evidence for homonyms' parents."""
    context = set()
    for hits, _ in found:
        for hit in hits:
            districts = {gazetteer.get(e.entity).district or "" for e in hit.entries} if len(hit.entries) > 1 \
                else {gazetteer.get(hit.entries[0].entity).district or ""}
            if len(districts) == 1:  # "Qubadli" names the rayon and its town: one district either way
                context |= districts
    return context


def _choose(hit: Hit, context: set[str], gazetteer: Gazetteer) -> tuple[Place, bool]:
    """The entry a hit names, and whether generated settlements of that name in several districts tie.

    Generated settlements share names across districts; with no district in the
    sentence or paragraph to choose, the mention stays unfiled (and is reported).
    """
    order = _PREFERENCE[hit.cue]
    # Context picks among generated homonyms only: "Kalbajar and Lachin fell" is the town, not Laçın village of Kalbajar;
    # unless a village cue says which: "the villages of Kizil, Kengerli" near Aghdam is Aghdam's Kəngərli, not the rayon.
    listed_by_hand = hit.cue != rules.VILLAGE and any(gazetteer.get(e.entity).source is None for e in hit.entries)

    def rank(entry: Entry) -> tuple[int, bool, int, str]:
        place = gazetteer.get(entry.entity)
        inside = place.district != place.id and place.kind not in ("region", "province", "country")
        generated = place.source is not None
        # "Ağdam, Tovuz"; "Ağdam in Tovuz district" -- but in "Tartar, Aghdam, Khojavend districts" each names its own
        if inside and place.district in hit.qualifiers and (hit.listed_under or hit.cue != rules.ADMIN):
            evidence = 0
        elif (inside and place.district in context and not (generated and listed_by_hand)
              and _context_counts(hit.cue, place.district or "", generated)):
            evidence = 1
        else:
            evidence = 2
        kind = "municipality" if place.kind == "city" and place.district == place.id else place.kind
        # An editor's entry outranks a generated settlement of the same name unless the context says otherwise.
        return (evidence, generated, order.index(kind) if kind in order else len(order), place.id)

    if len(hit.entries) == 1:
        return gazetteer.get(hit.entries[0].entity), False
    ranked = sorted((rank(e), e.entity) for e in hit.entries)
    best = gazetteer.get(ranked[0][1])
    tied = [gazetteer.get(entity) for key, entity in ranked[1:] if key[:2] == ranked[0][0][:2]]
    return best, best.source is not None and any(p.district != best.district for p in tied)


def _qualified_elsewhere(hit: Hit, gazetteer: Gazetteer) -> str | None:
    """The rayon a list names for a generated settlement none of whose namesakes lies there
    ("сел Чыраглы и Орта Гервенд Агдамского района"): the village is filed there, as one no list holds."""
    rayons = {q for q in hit.qualifiers if q.startswith("AZ-")}
    places = [gazetteer.get(e.entity) for e in hit.entries]
    if not hit.listed_under or len(rayons) != 1 or any(p.source is None or p.district in rayons for p in places):
        return None
    return rayons.pop()


def _context_counts(cue: str | None, district: str, generated: bool) -> bool:
    """Does a district named nearby pick this homonym? An editor's entry needs a town or village cue;
    a generated settlement needs only a rayon in context ("Armenia" alone picks no village)."""
    if not generated:
        return cue in (rules.TOWN, rules.VILLAGE)
    return "-" in district and cue != rules.ADMIN


def _mention(text: str, hit: Hit, context: set[str], gazetteer: Gazetteer) -> PlaceMention:
    elsewhere = _qualified_elsewhere(hit, gazetteer)
    if elsewhere is not None:
        return _unlisted_mention(text, hit.start, hit.end, elsewhere)
    place, ambiguous = _choose(hit, context, gazetteer)
    spanning = hit.feature in _SPANNING_FEATURES or ambiguous
    event = rules.reports_event(_before(text, hit.start), text[hit.name_end:], gazetteer.seat_of_government(place.id))
    return PlaceMention(
        start=hit.start, end=hit.end, text=text[hit.start:hit.end], entity=place.id,
        district=None if spanning else place.district, kind=hit.feature or place.kind, event=event,
    )
