"""Timeline data for war pages: dated statements and campaigns as JSON items.

War pages fetch these files instead of carrying inline scripts, which
Material's instant loading would not run.
"""

from __future__ import annotations

from collections.abc import Callable

from chronicle.extract.dates import describe
from chronicle.index import anchor_day



def timeline_rows(build, page_url: Callable[[str], str]) -> dict[str, list[dict]]:
    """Per war id: campaign spans, then one item per dated statement; ``periods``: the top-level wars."""
    out: dict[str, list[dict]] = {"periods": [_span(w, page_url) for w in build.catalog.all() if w.parent is None and w.start and w.end]}
    for war in build.catalog.all():
        rows = [_span(child, page_url) for child in build.catalog.children(war.id) if child.start and child.end]
        if war.start and war.end:  # the war's own span, shaded behind its items (and never empty)
            rows.insert(0, {"id": f"war-{war.id}", "content": war.name, "start": war.start.isoformat(),
                            "end": war.end.isoformat(), "type": "background"})
        seen = set()
        for filing in build.index.wars.get(war.id, []):
            st = filing.statement
            dated = [m for m in st.facts.dates if anchor_day(m) and m.type in ("DATE", "TIME")]
            if not dated or st.key in seen:
                continue
            seen.add(st.key)
            first = min(dated, key=anchor_day)
            rows.append({
                "id": f"{st.source.id}-{st.sentence.id}",
                "content": describe(first),
                "title": f"{st.text} — {st.source.title}",
                "start": anchor_day(first).isoformat(),
                "type": "point",
                "url": page_url(f"sources/{st.source.id}.md") + f"#{st.sentence.id}",
            })
        out[war.id] = rows
    return out


def _span(war, page_url: Callable[[str], str]) -> dict:
    return {"id": f"war-{war.id}", "content": war.name, "start": war.start.isoformat(), "end": war.end.isoformat(),
            "type": "range", "url": page_url(f"wars/{war.id}.md")}
