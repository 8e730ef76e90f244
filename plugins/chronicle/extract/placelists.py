"""How the names of one sentence share what their neighbours say.

A cue after the last name of a list covers the list ("Agdam, Fuzuli and
Qubadli districts"); a rayon after a list of villages names their district
("A, B (previously C) and D villages of the Fuzuli district", "A and B (in
Fuzuli)"); dash-joined names before a road word are one road ("the
Martakert-Kelbajar road", "the A-B and C-D roads"). Split from ``places``,
which finds the names and resolves them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from chronicle.extract import placerules as rules
from chronicle.extract.cuetext import ANYTHING, Clues, Cue
from chronicle.extract.placeindex import Entry
from chronicle.gazetteer import Gazetteer
from chronicle.literals import led

_POSSESSIVE = re.compile(r"['’]s\s+")  # "Azerbaijan's Tovuz district": the place the country owns
_QUALIFIER = re.compile(r"\s*(?:,(?:\s*(?:in|of)\b)?|\bin\b|\bof\b)\s*(?:the\s+)?")  # "Baharli, in the Zangilan District"
# "Voskepar (Armenia)": a name in parentheses right after another qualifies it when nothing else is inside.
_OPENS = re.compile(r"\s*\(\s*")
_CLOSES = re.compile(r"\s*\)")
_DISTRICT_CLOSES = re.compile(r"\s+(?:district|rayon|region)\s*\)", re.I)  # "A, B, C (Zangilan district)"
# "the height of X", "hill X": a cue like "the village of" for names no list holds.
_HEIGHT_BEFORE = re.compile(r"\b(?:heights?|hill|hilltop)\s+(?:of\s+)?(?:the\s+)?$", re.I)
HEIGHT_AFTER = re.compile(r"\s+(?:heights?|hills?)\b", re.I)
HEIGHTS = Cue(stems="hill height", guards=(_HEIGHT_BEFORE, HEIGHT_AFTER))  # in every height a cue names, before or after a name
_HEIGHT_REACH = 24  # "heights of the " and a little more: all _HEIGHT_BEFORE needs to see
_THE_AFTER = re.compile(r"\s+the\s", re.I)
_LIST_REACH = 24  # words of a list of villages looked through for the "villages of" that closes it
_UNITS_ABROAD = frozenset({"town", "city", "province", "region"})  # what names a district abroad in a list (``units``)


@dataclass
class Hit:
    """A name matched in a sentence, before its homonyms are resolved."""

    start: int
    end: int  # of the whole span, feature word included
    name_start: int  # of the name itself
    name_end: int
    entries: list[Entry]
    cue: str | None = None
    cue_after: bool = False
    feature: str | None = None
    qualifiers: set[str] = field(default_factory=set)
    listed_under: bool = False  # the qualifiers name the district a list of villages lies in
    qualified: list[Hit] = field(default_factory=list)  # the names whose district this one gives ("Ağdam rayonunun Şıxlar")
    village_of: bool = False  # a list tied to its district calls this name its village, whatever its namesakes are


def villages_listed_under(text: str, hits: list[Hit], unknown: list[tuple[int, int]],
                          gazetteer: Gazetteer | None = None) -> dict[tuple[int, int], str]:
    """"A, B (previously C), D villages of the Fuzuli district", "the villages of A and B of Zangilan
    district": every name of the list before the rayon
    is qualified by it (a listed village then resolves there, see ``_qualified_elsewhere``); returns the
    district of each unlisted name among them. A rayon's own name, unless read as a village, ends the list walking back.
    Azerbaijani and Armenian name the rayon first, in the genitive ("Füzuli rayonunun A, B, C kəndləri"): the
    list after it is its villages; Russian closes a list with the rayon's adjective ("A и B Джабраильского района").
    With the ``gazetteer``, a town, province or region of a country with a district page closes or opens a list as a
    rayon does ("A and B settlements of the Basarkechar region", the Soviet name of Vardenis's district): its names
    are that country's."""
    after = "illage" in text or "ettlement" in text or "(" in text or ":" in text  # the cheap tests: no list closes or opens here
    if not after and "rayonunun" not in text and "շրջանի" not in text and "ского" not in text:
        return {}
    items = sorted([(h.start, h.end, h) for h in hits] + [(a, b, None) for a, b in unknown], key=lambda item: item[0])
    filed: dict[tuple[int, int], str] = {}
    closers = {k: rayons for k in range(1, len(items)) if (rayons := _closing_rayon(text, items, k, gazetteer))}
    closing = frozenset(closers)  # where a list closes: no walk crosses one
    for k, rayons in closers.items():
        villages = rules.villages_of(text[items[k - 1][1]:items[k][0]]) and "(" not in text[items[k - 1][1]:items[k][0]]
        _file_list(text, items, range(k - 1, -1, -1), rayons, filed, villages, closing)
    for k in range(len(items) - 1):
        _, end, cue = items[k]
        rayons = units(cue, gazetteer) if cue else set()
        # a rayon that closes a list opens none ("A villages of Fuzuli district, B villages of Jabrayil district")
        opens = cue is not None and k not in closers and _opens_a_list(text, cue, items[k + 1][0])
        if len(rayons) == 1 and (rules.qualifies_next(text[end:items[k + 1][0]]) or opens):
            _file_list(text, items, range(k + 1, len(items)), rayons, filed, closers=closing)
    return filed


def _closing_rayon(text: str, items: list, k: int, gazetteer: Gazetteer | None) -> set[str]:
    """The one rayon item k names, if it closes the list before it; else nothing."""
    cue = items[k][2]
    if cue is None:
        return set()  # a name no list holds names no rayon: it closes no list
    rayons = units(cue, gazetteer)
    return rayons if len(rayons) == 1 and _closes_a_list(text, text[items[k - 1][1]:items[k][0]], cue) else set()


def units(hit: Hit, gazetteer: Gazetteer | None) -> set[str]:
    """The districts a name can stand for as the district of a list: its rayons ("Fuzuli"); else, with the
    ``gazetteer``, the code of the one country with a district page whose town, province or region it names
    ("the Gorus region": Goris's, Armenia's AM), none of them a village."""
    rayons = {e.entity for e in hit.entries if e.entity.startswith("AZ-")}
    if rayons or gazetteer is None or not gazetteer.filed_abroad:
        return rayons
    places = [gazetteer.get(e.entity) for e in hit.entries]
    codes = {p.district for p in places}
    return codes if len(codes) == 1 and codes <= gazetteer.filed_abroad and all(p.kind in _UNITS_ABROAD for p in places) else set()


def _opens_a_list(text: str, rayon: Hit, start: int) -> bool:
    """"the Zangilan district's villages of A", "the villages of Zangilan district: A, B", "the Dashkasan region (A, B
    settlements)": does the rayon, named with its noun, open the list whose first name starts at ``start``?"""
    return rayon.cue == rules.ADMIN and rayon.cue_after and rules.lists_after(text[:rayon.start], text[rayon.end:start], text[start:])


def _closes_a_list(text: str, gap: str, rayon: Hit) -> bool:
    """"... villages of the X district", "(in X)", "(X district)"; "the villages of A and B of X district"; "A и B Джабраильского"."""
    named = rayon.cue == rules.ADMIN and rayon.cue_after  # with its noun: "Zangilan district"
    return (rules.villages_of(gap) or (rules.of_district(gap) and named)
            or (named and _OPENS.fullmatch(gap) is not None and _DISTRICT_CLOSES.match(text, rayon.end) is not None)
            or rules.qualifies_previous(gap, text[rayon.name_start:rayon.name_end]))


def _file_list(text: str, items: list, walk: range, rayons: set[str], filed: dict[tuple[int, int], str],
               villages: bool = False, closers: frozenset[int] = frozenset()) -> None:
    """File the names of one list, walked from the rayon that qualifies it, under that rayon, up to a gap that
    leaves the list, the rayon that closes another list, or another rayon. ``villages``: the tie calls the
    names villages ("A, B and C villages of X district"), so a rayon's bare name among them is a village
    of X that bears the rayon's name (a namesake of Dashkasan in a list of Jabrayil's villages)."""
    members: list[Hit] = []
    for j in walk:
        a, b, hit = items[j]
        # a rayon's name ends the list, unless the list reads it as a village ("Abdinli, Kangarli, Marzili
        # villages of Aghdam district": Kəngərli is also a rayon of Nakhchivan)
        under_another = (hit.listed_under and not rayons <= hit.qualifiers) if hit is not None else (
            filed.get((a, b), next(iter(rayons))) not in rayons)  # a list closed after its names outranks one opened before
        # ... but not the rayon a name before it lies in ("Khocik in Gubadli, Kechikli villages in Jabrayil")
        if hit is not None and villages and hit.cue is None and j not in closers and not (
                j > 0 and rules.of_district(text[items[j - 1][1]:a])):
            hit.cue = rules.VILLAGE
        if under_another or j in closers or (hit is not None and hit.cue != rules.VILLAGE
                                             and any(e.entity.startswith("AZ-") for e in hit.entries)):
            break
        if hit is None:
            filed[(a, b)] = next(iter(rayons))
        else:
            hit.qualifiers, hit.listed_under = set(rayons), True
            members.append(hit)
        ahead = j + walk.step
        if not 0 <= ahead < len(items):
            break
        gap = text[items[j][1]:items[ahead][0]] if walk.step > 0 else text[items[ahead][1]:a]
        if not rules.in_one_list(gap):
            break
    # "the villages of A, B and C of X district": a village cue before the list calls every member a village too
    if villages or any(m.cue == rules.VILLAGE and not m.cue_after for m in members):
        for member in members:
            member.village_of = True


def height_or_list(text: str, start: int, hits: list[Hit], unknown: list[tuple[int, int]],
                   clues: Clues = ANYTHING) -> str | None:
    """"the height of X"; "the villages of A, B and C": the cue before the first name covers the list.
    ``clues`` are the sentence's: one that names no height or hill is not searched for one before each name."""
    if clues.has(HEIGHTS) and _HEIGHT_BEFORE.search(text, max(0, start - _HEIGHT_REACH), start):
        return rules.VILLAGE
    previous = unknown[-1][1] if unknown and unknown[-1][1] <= start else None  # the last unlisted name, or
    last = hits[-1] if hits else None  # the last listed one under a town or village cue, whichever ends later
    if (last is not None and last.cue in (rules.TOWN, rules.VILLAGE) and not last.cue_after and last.end <= start
            and (previous is None or last.end > previous)):
        previous = last.end
    if previous is not None and rules.coordinated(text[previous:start]):
        return rules.VILLAGE
    if last is not None and (previous is None or last.end > previous) and _opens_a_list(text, last, start):
        return rules.VILLAGE  # "the villages of Zangilan district: A, B and C"
    return rules.VILLAGE if not text.isascii() and _in_a_cued_list(text, start, hits, unknown) else None


_DASH_GAP = re.compile(r"\s*[-\u2013\u2014]\s*")


def _in_a_cued_list(text: str, start: int, hits: list[Hit], unknown: list[tuple[int, int]]) -> bool:
    """"села A, B, C - Физулинского, D, E - Ходжалинского районов": does the name at ``start`` stand in one
    list, its groups closed by their district's adjective after a dash, with a name a village noun opens?"""
    items = sorted([(h.start, h.end, h) for h in hits if h.end <= start] + [(a, b, None) for a, b in unknown if b <= start],
                   key=lambda item: item[0])
    cursor = start
    for a, b, hit in reversed(items):
        gap = text[b:cursor]
        if not (rules.in_one_list(gap) or _DASH_GAP.fullmatch(gap)):
            return False
        if hit is not None and hit.cue in (rules.TOWN, rules.VILLAGE) and not hit.cue_after:
            return True
        cursor = a
    return False


def ahead_of_villages(text: str, clues: Clues, i: int) -> str | None:
    """"A, B (previously C) and D villages of the X district", "A and B villages in X": a name in a list
    that "villages of/in" and a name close is a village, listed or not."""
    tokens = clues.tokens
    if not clues.has(rules.VILLAGES) or not rules.holds_villages(text, tokens.ends[i]) or _THE_AFTER.match(text, tokens.ends[i]):
        return None  # "Then the village of X burned": a word before an article lists nothing
    words = tokens.words
    for k in range(i, min(i + _LIST_REACH, len(words))):
        if rules.villages_ahead(text[tokens.ends[k]:]):
            return rules.VILLAGE
        if k + 1 == len(words) or not (words[k + 1][0].isupper() or words[k + 1] in rules.LIST_WORDS) or not (
                tokens.gaps[k].isspace() or rules.in_one_list(tokens.gaps[k])):
            return None
    return None


def owned_by_country(text: str, hits: list[Hit], gazetteer: Gazetteer) -> None:
    """"Armenia's Berd district", "Azerbaijan's Tovuz district": a country's possessive before a name keeps only the
    namesakes inside that country (Berd is also the Armenian name of a village of Qazax; GeoNames spells a village of
    Tavush Tovuz), where it has any; a qualifier that reaches the name through the possessive then names that one
    ("Chinari of Armenia's Berd district")."""
    for owner, hit in zip(hits, hits[1:]):
        if len(hit.entries) < 2 or not _POSSESSIVE.fullmatch(text[owner.end:hit.start]):
            continue  # most names: one entry, or no possessive before them
        countries = {gazetteer.get(e.entity).district for e in owner.entries if gazetteer.get(e.entity).kind == "country"}
        inside = [e for e in hit.entries if _in_country(gazetteer.get(e.entity).district, countries)]
        if len(countries) == 1 and inside:
            hit.entries = inside


def _in_country(district: str | None, countries: set[str]) -> bool:
    """Does a place of this district lie in one of the countries ("AZ-TOV" in "AZ", "AM" in "AM")?"""
    return district is not None and any(district == c or district.startswith(f"{c}-") for c in countries)


def share_cues(text: str, hits: list[Hit]) -> None:
    """"Agdam, Fuzuli and Qubadli districts": the cue after the last name covers the list; "Ağdam, Tovuz",
    "Voskepar (Armenia)": the second name qualifies the first."""
    for k in range(len(hits) - 1, 0, -1):
        last, prev = hits[k], hits[k - 1]
        if last.cue_after and prev.cue is None and rules.coordinated(text[prev.end:last.start]):
            prev.cue, prev.cue_after = last.cue, True
    for k in range(1, len(hits)):
        first, nxt = hits[k - 1], hits[k]
        if first.cue and not first.cue_after and nxt.cue is None and rules.coordinated(text[first.end:nxt.start]):
            nxt.cue = first.cue
    for k, (hit, nxt) in enumerate(zip(hits, hits[1:])):
        gap = text[hit.end:nxt.start]
        if _QUALIFIER.fullmatch(gap) or (_OPENS.fullmatch(gap) and _CLOSES.match(text, nxt.end)):
            hit.qualifiers = {e.entity for e in _possessed(text, hits, k + 1).entries}
    for k in range(1, len(hits)):
        gap = text[hits[k - 1].end:hits[k].start]
        if rules.qualifies_previous(gap, text[hits[k].name_start:hits[k].name_end]):
            hits[k].qualified = _qualify_list(text, hits, k - 1, -1, {e.entity for e in hits[k].entries})
        elif rules.qualifies_next(gap):
            hits[k - 1].qualified = _qualify_list(text, hits, k, 1, {e.entity for e in hits[k - 1].entries})


# A natural feature's plural word opens a list ("rivers – A and B", "the rivers A and B", "mountains: A, B") or closes
# one ("the A, B and C rivers"): every name of the list is that feature, not the village that bears its name.
_FEATURES_BEFORE = led(re.compile(r"\b(rivers|lakes|mountains|hills|heights)(?:\s*[:\u2013\u2014-]\s*|\s+(?:the\s+)?)$", re.I))
_PLURAL_KIND = {"rivers": "river", "lakes": "reservoir", "mountains": "height", "hills": "height", "heights": "height"}
_FEATURE_REACH = 16  # "mountains – the " and no more


def share_features(text: str, hits: list[Hit]) -> None:
    """"the Tutkhun, Lev and Zaylik rivers", "rivers – Barkushad and Akara": the plural feature word before or after a
    list makes each of its names that feature ("the Hakari river" alone already is one)."""
    kind = None
    for k in range(len(hits) - 1, -1, -1):  # a list closed by the word: walk back from the name it follows
        hit = hits[k]
        if kind is not None and hit.feature is None and rules.coordinated(text[hit.end:hits[k + 1].start]):
            hit.feature = kind
        else:
            kind = hit.feature if hit.feature in _PLURAL_KIND.values() and text[hit.end - 1] in "sS" else None
    kind = None
    for k, hit in enumerate(hits):  # a list opened by the word: walk on from the name after it
        if kind is None or not rules.coordinated(text[hits[k - 1].end:hit.start]):
            opens = _FEATURES_BEFORE.search(text, max(0, hit.start - _FEATURE_REACH), hit.start)
            kind = _PLURAL_KIND[opens.group(1).lower()] if opens else None
        if kind is not None and hit.feature is None:
            hit.feature = kind


def _possessed(text: str, hits: list[Hit], k: int) -> Hit:
    """The place a qualifier names: hit k, or what its possessive owns ("Aghdam of Azerbaijan's Tovuz district"
    is Tovuz's Aghdam, the country only saying where Tovuz lies)."""
    while k + 1 < len(hits) and _POSSESSIVE.fullmatch(text[hits[k].end:hits[k + 1].start]):
        k += 1
    return hits[k]


def _qualify_list(text: str, hits: list[Hit], k: int, step: int, district: set[str]) -> list[Hit]:
    """The district a list's neighbour names ("A и B Агдамского района", "Ağdam rayonunun A və B") qualifies
    every name of the list, from hit k on in the direction of ``step``; returns the names it qualified."""
    qualified = []
    while 0 <= k < len(hits) and not hits[k].listed_under:
        hits[k].qualifiers, hits[k].listed_under = district, True
        qualified.append(hits[k])
        nxt = k + step
        if not 0 <= nxt < len(hits):
            return qualified
        first, second = sorted((k, nxt))
        if not rules.in_one_list(text[hits[first].end:hits[second].start]):
            return qualified
        k = nxt
    return qualified


def merge_roads(text: str, hits: list[Hit]) -> list[Hit]:
    """"the Martakert-Kelbajar road", "the Ahmadbeyli-Fuzuli-Shusha road": one road, not several places;
    "the Lachin-Khankendi and Aghdam-Khankendi roads": the road word after the last covers the list."""
    merged: list[Hit] = []
    for hit in hits:
        merged.append(hit)
        while len(merged) > 1 and _one_road(text, merged[-2], merged[-1]):
            last = merged.pop()
            merged[-1] = replace(merged[-1], end=last.end, feature="road")
    for k in range(len(merged) - 2, 0, -1):
        first, second, road = merged[k - 1], merged[k], merged[k + 1]
        if (road.feature == "road" and first.feature is None and second.feature is None and rules.ROAD_LINK.fullmatch(
                text[first.end:second.start]) and rules.coordinated(text[second.end:road.start])):
            merged[k - 1:k + 1] = [replace(first, end=second.end, feature="road")]
    return merged


def _one_road(text: str, first: Hit, second: Hit) -> bool:
    """Do two names joined by a dash name one road: "X-Y road", or in Russian "дорога X — Y (— Z)"?"""
    gap = text[first.end:second.start]
    if second.feature == "road" and first.feature is None and rules.ROAD_LINK.fullmatch(gap):
        return True
    return second.feature is None and rules.road_named_before(text[max(0, first.start - 16):first.start], gap)
