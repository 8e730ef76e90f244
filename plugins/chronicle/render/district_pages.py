"""District pages: one neutral name, every other name labelled, statements by war."""

from __future__ import annotations

from collections import defaultdict

from chronicle.gazetteer import Gazetteer, Place
from chronicle.index import Filing, SiteIndex
from chronicle.render.addresses import Addresses
from chronicle.render.common import Page, link
from chronicle.render.map import district_map
from chronicle.render.overview import war_anchor
from chronicle.render.statements import StatementRenderer
from chronicle.render.text import inert

UNDATED = "Not assigned to a war"
# Kinds that are not inside one district, or are the district itself.
SPANS = frozenset({"rayon", "country", "region", "province"})


def render_district(place: Place, index: SiteIndex, addresses: Addresses, mentioned: list[Place]) -> Page:
    code = place.district or place.id
    uri, _ = addresses.district(code)
    filings = index.districts.get(code, [])
    out = StatementRenderer(uri, ("districts", code), index, addresses)
    parts = [f"# {inert(place.name)}", _names(place), f"**ISO 3166-2:** `{code}` · **Statements:** {len(filings)} · [All districts]({link(uri, 'districts/index.md')})"]
    parts.append(district_map(addresses.gazetteer, highlight=code))
    if mentioned:
        items = ", ".join(f"{inert(p.name)} ({inert(p.kind)})" for p in mentioned)
        parts.append(f"## Places in {inert(place.name)} that sources name\n\n{items}")
    parts.append("## What the sources say")
    if not filings:
        parts.append("No source in the corpus reports events here yet.")
    for war_id, war, group in _by_war(filings, addresses):
        anchor = f" {{: #{war_anchor(war_id)} }}" if war_id else ""
        parts.append(f"### {inert(war)}{anchor}\n\n{out.items(group)}")
    if footnotes := out.footnotes():
        parts.append(footnotes)
    return Page(uri, place.name, "\n\n".join(parts) + "\n", edit_path=addresses.data_files.get("districts"))


def _names(place: Place) -> str:
    others = [n for n in place.names if n.text != place.name]
    if not others:
        return ""
    rows = "\n".join(f"| {inert(n.text)} | {inert(n.language)} | {inert(n.usage)} |" for n in others)
    return f"| Also written | Language | Used by |\n|---|---|---|\n{rows}"


def _by_war(filings: list[Filing], addresses: Addresses) -> list[tuple[str | None, str, list[Filing]]]:
    """Statements grouped under their war (top-level ids), wars in chronological order."""
    order = {w.id: i for i, w in enumerate(addresses.catalog.all())}
    groups: dict[str, list[Filing]] = defaultdict(list)
    for f in filings:
        wars = [w for w in f.statement.facts.filed_wars if w in order] or [None]
        for war in wars:
            groups[war].append(f)
    keys = sorted(groups, key=lambda w: (w is None, order.get(w, 0)))
    return [(w, addresses.catalog.get(w).name if w else UNDATED, groups[w]) for w in keys]


def mentioned_places(index: SiteIndex, gazetteer: Gazetteer) -> dict[str, list[Place]]:
    """Towns, villages and landmarks inside each district that some sentence names."""
    found: dict[str, set[str]] = defaultdict(set)
    for st in index.statements.values():
        for m in st.facts.places:
            place = gazetteer.get(m.entity)
            inside = m.district and m.district.startswith("AZ-") and place.kind not in SPANS
            if inside and place.id != gazetteer.district(m.district).id:
                found[m.district].add(place.id)
    return {code: sorted((gazetteer.get(i) for i in ids), key=lambda p: p.name) for code, ids in found.items()}


def render_district_index(index: SiteIndex, addresses: Addresses) -> Page:
    uri = "districts/index.md"
    rows = []
    for place in addresses.gazetteer.districts():
        code = place.district or place.id
        target, name = addresses.district(code)
        others = ", ".join(inert(n.text) for n in place.names if n.text != place.name)
        rows.append(f"| [{inert(name)}]({link(uri, target)}) | `{code}` | {others} | {len(index.districts.get(code, []))} |")
    table = "| District | ISO 3166-2 | Other names | Statements |\n|---|---|---|---:|\n" + "\n".join(rows)
    intro = "Each district of Azerbaijan under its English name, with the names each side and each era use. Counts are the source sentences filed there."
    body = "\n\n".join(["# Districts", intro, district_map(addresses.gazetteer), table])
    return Page(uri, "Districts", body + "\n", edit_path=addresses.data_files.get("districts"), in_nav=True)
