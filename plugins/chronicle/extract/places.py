"""Find place names in sentences and resolve each to a gazetteer entry.

Matching is by folded skeletons (see ``placefold``), longest name first, so an
unlisted spelling of a listed name still resolves. The words around a match
decide whether it is a place at all, which of several homonyms it is, how far
its span reaches, and whether the sentence reports an event there (see
``placerules``). ``placescan`` finds the names, ``placechoice`` says which of
several places of one name each means; this module makes the mentions.
Capitalized words that a cue marks as a place ("the village of X") but no list
holds are reported, so the gazetteer grows through review.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from chronicle.extract import morphology
from chronicle.extract import placeaims, placechoice, placedenied, placeevents, placefiling, placeframes, placelives
from chronicle.extract.cuetext import ANYTHING, Clues
from chronicle.extract import placerules as rules
from chronicle.extract.placelists import Hit
from chronicle.extract.placeindex import index_for
from chronicle.extract.placescan import find_names, landform, lookback
from chronicle.gazetteer import Gazetteer
from chronicle.model import PlaceMention

_SPANNING_FEATURES = frozenset({"road", "river"})
# "If both Dzhebrail and Fizuli fell, the Azeris of Zangelan would be cut off": what would happen happens nowhere.
_HYPOTHETICAL = re.compile(r"^\W*if\b.*\b(?:would|could|might)\b", re.I | re.S)
_SETTLEMENTS = frozenset({"village", "town", "city"})
# A name written in plain Latin or in Cyrillic letters: English or Russian, whose prepositions say how a place is used.
_PREPOSITIONAL = re.compile(r"[A-Za-z\u0400-\u04ff .'’-]+")
# Why a candidate is on the editors' list (read as "place name X is ...").
UNLISTED = "not in the gazetteer"
AMBIGUOUS = "the name of settlements in several districts, none named nearby: not filed"
FILED = "not in the gazetteer: filed under the district its sentence or paragraph names"


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
    tied: set[str] = set()  # homonyms a qualifier chose earlier in the document ("Ağdam, Khojavend")
    named_before: set[str] = set()  # the rayons the paragraphs so far named: for a homonym nothing nearer picks
    for p, sentences in enumerate(paragraphs):
        clues = [Clues(text) for text in sentences]  # what each sentence holds, asked once for all its names
        found = [find_names(text, index, language, sentence) for text, sentence in zip(sentences, clues)]
        named = [placechoice.context(hits, gazetteer) for hits, _ in found]  # once per sentence, not once per name in it
        context = told = set().union(*named) or told  # a paragraph naming none goes on where the last one was
        named_before |= context
        mentions.append([_addressed(names[0], [_one_sense(hit, _mention(text, hit, (own, context, named_before), gazetteer,
                                                                        sentence), tied, gazetteer) for hit in names[0]], gazetteer)
                         for text, names, own, sentence in zip(sentences, found, named, clues)])
        tied |= {m.entity for (hits, _), ms in zip(found, mentions[-1]) for hit, m in zip(hits, ms)
                 if placechoice.tied_by_qualifier(hit, m, gazetteer)}
        for s, (_, spans) in enumerate(found):
            if not spans and not mentions[-1][s]:
                continue  # a sentence that names no place (about half): nothing to file, sort or pair
            _refile(p, s, sentences[s], mentions[-1][s], _namesakes_in_armenia(found[s][0], mentions[-1][s], gazetteer),
                    unknown, gazetteer)
            filing: str | None = placefiling.district_of_unlisted(mentions[-1][s], context) if spans else None
            for a, b, listed in spans:
                district = listed or placefiling.side_of(mentions[-1][s], a, b, filing)
                unknown.append(Candidate(p, s, sentences[s][a:b], a, b, district, FILED if district else UNLISTED))
                if district:
                    mentions[-1][s].append(_unlisted_mention(sentences[s], a, b, district, _filed_entity(gazetteer, district),
                                                             landform(sentences[s][a:b])))
            _refile(p, s, sentences[s], mentions[-1][s], _homonyms_to_file(mentions[-1][s], context, gazetteer, language),
                    unknown, gazetteer)
            mentions[-1][s].sort(key=lambda m: m.start)
            mentions[-1][s] = _two_governments(sentences[s], mentions[-1][s], gazetteer)
        unknown += [Candidate(p, s, m.text, m.start, m.end, note=AMBIGUOUS)
                    for s, ms in enumerate(mentions[-1]) for m in ms if _unfiled_settlement(m, gazetteer)]
    return DocumentPlaces(mentions, unknown)


# "the conflict between Baku and Yerevan", "переговоры между Баку и Ереваном": two seats of government as the two sides.
_BETWEEN = re.compile(r"\b(?:between|между)\s+$", re.I)
_AND = re.compile(r"\s+(?:and|и)\s+", re.I)


def _two_governments(text: str, sentence: list[PlaceMention], gazetteer: Gazetteer) -> list[PlaceMention]:
    """Two seats of government a conflict or a talk is "between" are its sides, their governments: no place of
    events ("fighting between Stepanakert and Shusha", with one seat only, stays where it was)."""
    out = list(sentence)
    for i, (a, b) in enumerate(zip(sentence, sentence[1:])):
        if (_AND.fullmatch(text[a.end : b.start]) and _BETWEEN.search(text[: a.start])  # the short gap first
                and gazetteer.seat_of_government(a.entity) and gazetteer.seat_of_government(b.entity)):
            out[i], out[i + 1] = replace(a, event=False), replace(b, event=False)
    return out


def _refile(p: int, s: int, text: str, sentence: list[PlaceMention], filed: list[tuple[PlaceMention, str]],
            unknown: list[Candidate], gazetteer: Gazetteer) -> None:
    """File each mention under its district as a place no list holds, and report it for review."""
    for m, district in filed:
        unknown.append(Candidate(p, s, m.text, m.start, m.end, district, FILED))
        sentence[sentence.index(m)] = _unlisted_mention(text, m.start, m.end, district, _filed_entity(gazetteer, district))


def _namesakes_in_armenia(hits: list[Hit], sentence: list[PlaceMention], gazetteer: Gazetteer) -> list[tuple[PlaceMention, str]]:
    """Villages of Azerbaijan matched by their Armenian names in a sentence whose every other place lies in Armenia,
    below the country ("Shells fell on Azat and Geghamasar, the governor of Gegharkunik said"): Armenia's own
    villages of those names, which no list holds (the Armenian name of a village of Goygol is also a village of
    Gegharkunik). A place in Karabakh or Azerbaijan beside them keeps them where they were, and so does a town of
    Armenia alone: where those from Karabakh's villages went ("Residents of Srashen fled to Goris"). ``sentence``
    holds one mention per hit, as resolved, before any name no list holds joins it."""
    abroad = [m for m in sentence if m.district == "AM"]
    if not any(m.kind in ("village", "province", "region") for m in abroad):
        return []  # most sentences: no village or province of Armenia
    named = [m for hit, m in zip(hits, sentence) if m.district and m.district.startswith("AZ-") and _armenian_spelling(hit, m, gazetteer)]
    return [(m, "AM") for m in named] if len(named) + len(abroad) == len(sentence) else []


def _armenian_spelling(hit: Hit, mention: PlaceMention, gazetteer: Gazetteer) -> bool:
    """Was a generated settlement matched by a spelling its list gives as Armenian only?"""
    place = gazetteer.get(mention.entity)
    spelled = {e.spelling for e in hit.entries if e.entity == place.id}
    languages = {n.language for n in place.names if n.text in spelled}
    return place.source is not None and languages == {"hy"}


def _homonyms_to_file(sentence: list[PlaceMention], context: set[str], gazetteer: Gazetteer,
                      language: str | None) -> list[tuple[PlaceMention, str]]:
    """Russian, Azerbaijani and Armenian villages named in several districts, none of them the one rayon
    the sentence or paragraph names ("Ağcabədi rayonunun ... Hacılar, Poladlı kəndlərində"): filed there,
    as a village no list holds is. English mentions of such villages stay unfiled, as before."""
    unfiled = [m for m in sentence if _unfiled_settlement(m, gazetteer)
               and (language in ("ru", "az", "hy") or morphology.language_of(m.text, None) in ("ru", "hy"))]
    district = placefiling.district_of_unlisted(sentence, context) if unfiled else None
    return [(m, district) for m in unfiled] if district else []


def _addressed(hits: list[Hit], sentence: list[PlaceMention], gazetteer: Gazetteer) -> list[PlaceMention]:
    """A region or an NKR province that only says where the name before it lies ("outside Bashkend in the Martakert
    region") places no event of its own once that name has a district inside it: the province is filed
    under the rayon of its centre, which need not be the village's."""
    out = list(sentence)
    for k, (hit, after) in enumerate(zip(hits, hits[1:])):
        place, region = sentence[k], sentence[k + 1]
        if (region.event and place.district and place.district != region.district
                and place.district in gazetteer.get(region.entity).overlaps
                and hit.qualifiers == {e.entity for e in after.entries}):
            out[k + 1] = replace(region, event=False)
    return out


def _one_sense(hit: Hit, mention: PlaceMention, tied: set[str], gazetteer: Gazetteer) -> PlaceMention:
    """A name the document has tied to one of its homonyms ("Ağdam, Khojavend" as a village article's title)
    means that one again where nothing beside it says otherwise: no qualifier of its own, no district cue
    ("the districts of Lachin, Agdam" are rayons). A village whose namesakes would tie unfiled is that one too
    ("Baharli, in the Zangilan District", then "a school opened in Baharli"); a road keeps its span."""
    if not tied:
        return mention  # most documents: no name tied yet
    again = {e.entity for e in hit.entries} & tied
    if (len(again) != 1 or mention.entity in tied or hit.qualifiers or hit.cue == rules.ADMIN
            or mention.kind in _SPANNING_FEATURES):
        return mention
    place = gazetteer.get(again.pop())
    return replace(mention, entity=place.id, district=place.district, kind=hit.feature or place.kind)


def _unfiled_settlement(mention: PlaceMention, gazetteer: Gazetteer) -> bool:
    """A generated settlement left without a district because several districts have one of that name."""
    return mention.district is None and mention.kind not in _SPANNING_FEATURES and gazetteer.get(mention.entity).source is not None


def _unlisted_mention(text: str, start: int, end: int, district: str, entity: str | None = None,
                      kind: str | None = None) -> PlaceMention:
    """A village (or a natural feature) no list holds, filed under its district: the district (in Armenia,
    the country) stands as its entity."""
    return PlaceMention(start=start, end=end, text=text[start:end], entity=entity or district, district=district,
                        kind=kind or "village", event=_reports_event(text, start, end, False))


def _reports_event(text: str, start: int, end: int, seat_of_government: bool, clues: Clues = ANYTHING,
                   remote_seat: bool = False) -> bool:
    """Does the sentence place an event at the name between ``start`` and ``end``? Not where the words next to
    it make it an actor, a reference point or a route's end, nor where its clause only describes it, nor in a
    sentence of what would happen if, nor inside an allegation the sentence calls false, nor where a move or a
    deed was only aimed, nor where it was only to be done to. ``clues``, the sentence's, rule out
    at once the cues it holds no word of."""
    after = text[end:]
    return (not _HYPOTHETICAL.match(text) and not placedenied.denied(text[:start], after, clues) and not placeframes.planned(after)
            and all(_frame_reports_event(before, after, seat_of_government, clues, remote_seat)
                    for before in placeframes.readings(lookback(text, start))))


def _frame_reports_event(before: str, after: str, seat_of_government: bool, clues: Clues, remote_seat: bool) -> bool:
    """Do the words before and after the name place an event there (``_reports_event``'s frames that read ``before``)?"""
    return (placeevents.reports_event(before, after, seat_of_government, clues, remote_seat)
            and not (clues.has(placeframes.DESCRIBING) and placeframes.describes_only(before, after))
            and not placelives.tells_a_life(before, after, clues)
            and not placeaims.aimed_only(before, clues))


def _filed_entity(gazetteer: Gazetteer, district: str) -> str:
    """What a name filed under a district stands for: the rayon, or abroad the country ("AM" is Armenia)."""
    return district if district.startswith("AZ-") else _country(gazetteer, district)


def _country(gazetteer: Gazetteer, code: str) -> str:
    """The id of the country whose code is ``code``."""
    return next(p.id for p in gazetteer if p.kind == "country" and p.district == code)


def filing_districts(mentions: Sequence[PlaceMention], abroad: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """Azerbaijani rayons where the sentence places an event, sorted; and the countries of ``abroad`` (those with a
    district page: ``Gazetteer.filed_abroad``) where it places one below the country ("shelled Aygepar and Movses
    villages of Tavush province" is Armenia's; "Armenia said", "Armenia occupied Kalbajar" are not)."""
    return tuple(sorted({m.district for m in mentions if m.event and m.district and (
        m.district.startswith("AZ-") or (m.district in abroad and m.kind != "country"))}))


def only_abroad(mentions: Sequence[PlaceMention]) -> bool:
    """Does a text name places, all outside Azerbaijan (its own name as a country aside)? Armenia's border villages,
    talks in Brussels: no rayon of Azerbaijan and no region (Nagorno-Karabakh, a corridor, whose district is none)."""
    codes = [m.district for m in mentions if m.district != "AZ"]
    return bool(codes) and all(code and not code.startswith("AZ-") for code in codes)


# --- resolving -------------------------------------------------------------


def _mention(text: str, hit: Hit, contexts: tuple[set[str], set[str], set[str]], gazetteer: Gazetteer,
             clues: Clues) -> PlaceMention:
    elsewhere = placechoice.qualified_elsewhere(hit, gazetteer)
    if elsewhere is not None:
        return _unlisted_mention(text, hit.start, hit.end, elsewhere, _filed_entity(gazetteer, elsewhere))
    place, ambiguous = placechoice.choose(hit, contexts, gazetteer)
    spanning = hit.feature in _SPANNING_FEATURES or ambiguous
    # a rayon that says where the villages beside it lie ("Ağdərə rayonunun Vəngli kəndinə") places no event of its own
    qualifier = bool(hit.qualified) and any(gazetteer.get(e.entity).kind in _SETTLEMENTS for other in hit.qualified for e in other.entries)
    # a remote capital's use is read from English and Russian prepositions (Azerbaijani and Armenian mark it by case);
    # the gazetteer marks which capitals are read that strictly (``read_strictly``: Baku, which files a district page)
    remote = gazetteer.strict_seat(place.id) and _PREPOSITIONAL.fullmatch(text[hit.start:hit.name_end]) is not None
    # a country that is a passive's agent ("it was occupied by Armenia") is a side, no place of the event
    agent = place.kind == "country" and placeevents.passive_agent(lookback(text, hit.start), text[hit.name_end:])
    event = not qualifier and not agent and _reports_event(text, hit.start, hit.name_end, gazetteer.seat_of_government(place.id),
                                                           clues, remote)
    end = hit.end + (rules.district_noun_after(text[hit.name_start:hit.name_end], text[hit.end:]) if hit.end == hit.name_end else 0)
    return PlaceMention(
        start=hit.start, end=end, text=text[hit.start:end], entity=place.id,
        district=None if spanning else place.district, kind=hit.feature or place.kind, event=event,
    )
