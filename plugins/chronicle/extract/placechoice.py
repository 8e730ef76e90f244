"""Which of several places of one name a mention means.

Generated settlements share names across districts, and so do a few places the
editors list (two villages named Aghdam, Tovuz the rayon and Armenia's village
GeoNames also spells Tovuz). The words around a name (a town or village cue, a
qualifier: "Ağdam, Tovuz", "the villages of A and B of Zangilan district") and
the rayons named in the sentence, the paragraph and the document so far choose
among them; where nothing does, the mention stays unfiled. ``places`` asks this
module for each name ``placescan`` finds.
"""

from __future__ import annotations

from chronicle.extract import placerules as rules
from chronicle.extract.cuetext import WORD
from chronicle.extract.placefold import fold_words
from chronicle.extract.placeindex import Entry
from chronicle.extract.placelists import Hit
from chronicle.gazetteer import Gazetteer, Place

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
_ADMINISTRATIVE = frozenset({"rayon", "municipality", "province"})
_SETTLEMENT_CUES = frozenset({rules.TOWN, rules.VILLAGE})


def context(hits: list[Hit], gazetteer: Gazetteer) -> set[str]:
    """Rayons a sentence names unambiguously (a paragraph's are its sentences' together): evidence for
    homonyms' parents. A country counts as no district ("Armenia" alone picks no village; "" still marks
    that the sentence named a place), a town or a district inside it does ("Berd district" picks Armenia's
    village of Chinari)."""
    context = set()
    for hit in hits:
        districts = {"" if place.kind == "country" else place.district or "" for place in _cued_places(hit, gazetteer)}
        if len(districts) == 1:  # "Qubadli" names the rayon and its town: one district either way
            context |= districts
    return context


def _cued_places(hit: Hit, gazetteer: Gazetteer) -> list[Place]:
    """The entries a hit can name as context: a unit an editor listed outranks generated settlements unless a
    town or village cue says otherwise ("Tovuz" and "Tovuz rayonu" are the rayon, not Armenia's village of
    Tavush that GeoNames also spells Tovuz), so it alone counts; else every entry."""
    if len(hit.entries) == 1:
        return [gazetteer.get(hit.entries[0].entity)]  # most names: the one entry either way
    places = [gazetteer.get(e.entity) for e in hit.entries]
    units = [p for p in places if p.kind in _ADMINISTRATIVE and (hit.cue == rules.ADMIN or p.source is None)]
    return units if units and hit.cue not in (rules.TOWN, rules.VILLAGE) else places


def choose(hit: Hit, contexts: tuple[set[str], set[str], set[str]], gazetteer: Gazetteer) -> tuple[Place, bool]:
    """The entry a hit names, and whether settlements of that name in several districts tie.

    Generated settlements share names across districts, and so do a few the editors list (two villages named
    Aghdam); with no district in the sentence or paragraph to choose, the mention stays unfiled.
    ``contexts`` are the rayons the sentence names, those its paragraph names and those the document named up to it:
    the sentence's outrank the paragraph's ("the village of Kanliq outside Kubatli" in a paragraph that also names
    Zangilan); the document's choose among namesakes a town or village cue names that nothing nearer chose (a report
    of fighting around Tovuz goes on, past paragraphs naming only countries, "a civilian was killed when shells struck
    the village of Aghdam": Tovuz's village, not Khojavend's).
    """
    if len(hit.entries) == 1:
        return gazetteer.get(hit.entries[0].entity), False  # most names: nothing to rank
    sentence, context, document = contexts
    order = _PREFERENCE[hit.cue]
    # Context picks among generated homonyms only: "Kalbajar and Lachin fell" is the town, not Laçın village of Kalbajar;
    # unless a village cue says which: "the villages of Kizil, Kengerli" near Aghdam is Aghdam's Kəngərli, not the rayon.
    listed_by_hand = hit.cue != rules.VILLAGE and any(gazetteer.get(e.entity).source is None for e in hit.entries)
    named, spanned = _qualifying_districts(hit, gazetteer)

    def rank(entry: Entry) -> tuple[int, bool, int, str]:
        place = gazetteer.get(entry.entity)
        inside = place.district != place.id and place.kind not in ("region", "province", "country")
        generated = place.source is not None
        # a generated settlement met by one of its data's other names only ("Gəncə" of a village near Goygol) does not
        # outrank the editor's entry of that name (the city), whatever district stands beside it
        alias_only = generated and listed_by_hand and _other_name(entry, place)
        # "Ağdam, Tovuz"; "Ağdam in Tovuz district" -- but in "Tartar, Aghdam, Khojavend districts" each names its own
        qualified = inside and not alias_only and (hit.listed_under or hit.cue != rules.ADMIN)
        in_context = inside and not (generated and listed_by_hand) and _context_counts(hit.cue, generated)
        # a province's rayons rank below the sentence's own (the province's centre among them), above the paragraph's
        evidence = next((level for level, (ok, districts) in enumerate(
            ((qualified, named), (in_context, sentence), (qualified, spanned), (in_context, context)))
            if ok and place.district in districts), 4)
        # the document's rayons choose only among settlements a cue names, and only where the editors' preference
        # over generated settlements has not: a river or a village no cue marks is read in its paragraph alone
        unnamed = not (inside and hit.cue in _SETTLEMENT_CUES and place.district in document and place.district.startswith("AZ-"))
        kind = "municipality" if place.kind == "city" and place.district == place.id else place.kind
        # An editor's entry outranks a generated settlement of the same name unless the context says otherwise.
        return (evidence, generated, unnamed, order.index(kind) if kind in order else len(order), place.id)

    ranked = sorted((rank(e), e.entity) for e in hit.entries)
    best = gazetteer.get(ranked[0][1])
    # generated settlements tie with any of their rank; the editors' only with places of their kind ("Aghdam village"
    # of Tovuz and of Khojavend: which one no order of ids can say)
    width = 3 if best.source is not None else 4
    tied = [gazetteer.get(entity) for key, entity in ranked[1:] if key[:width] == ranked[0][0][:width]]
    return best, any(p.district != best.district for p in tied)


def _other_name(entry: Entry, place: Place) -> bool:
    """Is the spelling an entry was met by another name than the place's own (an alternate of its data)?"""
    return fold_words(WORD.findall(entry.spelling)) != fold_words(WORD.findall(place.name))


def _qualifying_districts(hit: Hit, gazetteer: Gazetteer) -> tuple[set[str], set[str]]:
    """The districts a hit's qualifier names, and those it only spans. A rayon names itself, a country its code
    ("Voskepar (Armenia)" is the village whose district is AM), and so does a town, province or region of a country
    with a district page ("Chinari of Armenia's Berd district"); a region or an NKR province spans its rayons
    ("Bashkend in the Martakert region" is Kalbajar's village: Martakert spans Kalbajar, though its centre is in Tartar).
    A list's qualifier is a district's code (``placelists.units``): a rayon's id, or a country's code ("AM")."""
    places = [_qualifier(q, gazetteer) for q in hit.qualifiers]
    named = hit.qualifiers | {p.district or "" for p in places
                              if p.kind == "country" or (p.district in gazetteer.filed_abroad and p.kind != "village")}
    return named, {d for p in places for d in p.overlaps}


def _qualifier(qualifier: str, gazetteer: Gazetteer) -> Place:
    """The place a qualifier names: an entity's id, or the code of a country with a district page (a list's "AM")."""
    return gazetteer.district(qualifier) if qualifier in gazetteer.filed_abroad else gazetteer.get(qualifier)


def tied_by_qualifier(hit: Hit, mention: PlaceMention, gazetteer: Gazetteer) -> bool:
    """Did a qualifier choose the homonym a mention names ("Ağdam, Khojavend")? Then the document keeps that sense."""
    if len(hit.entries) < 2 or not hit.qualifiers:
        return False  # most names: one entry, or no qualifier to have chosen
    named, spanned = _qualifying_districts(hit, gazetteer)
    return mention.district in named | spanned


def qualified_elsewhere(hit: Hit, gazetteer: Gazetteer) -> str | None:
    """The rayon a list names for a generated settlement none of whose namesakes lies there
    ("сел Чыраглы и Орта Гервенд Агдамского района"): the village is filed there, as one no list holds.
    A name the list reads as a village does so whatever its namesakes are: a district or a town elsewhere
    ("the villages of Dashkasan and B of Zangilan district": Zangilan's Dashkasan, not the district); a region
    holds rayons, so it ties no village ("Ordubad settlement in the Nakhchivan Autonomous Republic" is the rayon's town)."""
    if not hit.listed_under:
        return None  # most names: no list names a rayon for them
    rayons = {q for q in hit.qualifiers if q.startswith("AZ-") or q in gazetteer.filed_abroad}
    places = [gazetteer.get(e.entity) for e in hit.entries]
    # a list of a district abroad ("the Basarkechar region (A, B settlements)") names its own villages whatever
    # their namesakes in Azerbaijan: an editor's Istisu of Kalbajar is not the Istisu of Vardenis's district
    village = hit.village_of and len(rayons) == 1 and _qualifier(next(iter(rayons)), gazetteer).kind == "rayon"
    abroad = bool(rayons & gazetteer.filed_abroad)
    if len(rayons) != 1 or any((p.source is None and not village and not abroad) or p.district in rayons for p in places):
        return None
    return rayons.pop()


def _context_counts(cue: str | None, generated: bool) -> bool:
    """Does a district named nearby pick this homonym? An editor's entry needs a town or village cue;
    a generated settlement needs only a rayon, or a place inside its country, in context."""
    if not generated:
        return cue in (rules.TOWN, rules.VILLAGE)
    return cue != rules.ADMIN
