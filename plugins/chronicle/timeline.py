"""Timeline data for war pages: dated statements and campaigns as JSON items.

War pages fetch these files instead of carrying inline scripts, which
Material's instant loading would not run.
"""

from __future__ import annotations

from collections.abc import Callable



def timeline_rows(build, page_url: Callable[[str], str]) -> dict[str, list[dict]]:
    """Per war id: campaign spans, then one item per dated statement."""
    out: dict[str, list[dict]] = {}
    for war in build.catalog.all():
        rows = [
            {"id": f"war-{child.id}", "content": child.name, "start": child.start.isoformat(), "end": child.end.isoformat(),
             "type": "range", "url": page_url(f"wars/{child.id}.md")}
            for child in build.catalog.children(war.id) if child.start and child.end
        ]
        seen = set()
        for filing in build.index.wars.get(war.id, []):
            st = filing.statement
            dated = [m for m in st.facts.dates if m.earliest and m.type in ("DATE", "TIME")]
            if not dated or st.key in seen:
                continue
            seen.add(st.key)
            first = min(dated, key=lambda m: m.earliest)
            rows.append({
                "id": f"{st.source.id}-{st.sentence.id}",
                "content": first.text,
                "title": st.sentence.text,
                "start": first.earliest.isoformat(),
                "type": "point",
                "url": page_url(f"sources/{st.source.id}.md") + f"#{st.sentence.id}",
            })
        out[war.id] = rows
    return out
