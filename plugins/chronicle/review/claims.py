"""What a change does to claims and events: pure functions over ``claims.jsonl`` and ``events.jsonl`` rows.

A claim's id holds its sentence's anchor; when a sentence was rewritten in
place (``renamed``: old anchor -> new), its claims keep their identity, so a
claim whose date changed with the edit reads as "claimed date changed".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from chronicle.review.rows import Export, SentenceKey


@dataclass(frozen=True)
class Claim:
    """A claim as the report names it: what, where, when, in whose words, and the sentence that says it."""

    id: str
    kind: str
    district: str | None
    date: str | None
    mod: str | None
    wording: str
    url: str | None  # the sentence's site-relative URL


@dataclass(frozen=True)
class DateChange:
    claim: Claim  # as the new build has it
    old_date: str | None
    old_mod: str | None


@dataclass(frozen=True)
class DisputeChange:
    """An event that became disputed (its claims' dates can no longer all be true) or stopped being so."""

    id: str
    kind: str
    district: str | None
    disputed: bool  # in the new build
    dates: tuple[str, ...]  # the dates its claims give, in the build where it is disputed
    url: str | None  # its page, where the export lists one


@dataclass(frozen=True)
class ClaimChanges:
    added: tuple[Claim, ...] = ()
    removed: tuple[Claim, ...] = ()
    dates_changed: tuple[DateChange, ...] = ()
    disputes: tuple[DisputeChange, ...] = field(default=())

    @property
    def unchanged(self) -> bool:
        return not (self.added or self.removed or self.dates_changed or self.disputes)


def claim_changes(old: Export, new: Export, renamed: dict[SentenceKey, str]) -> ClaimChanges:
    """Claims added, removed and re-dated, and events whose disputed flag flipped."""
    old_by_key = {claim_key(row, renamed): row for row in old.claims.values()}
    new_by_key = {claim_key(row, {}): row for row in new.claims.values()}
    return ClaimChanges(
        added=tuple(claim(new, row) for key, row in new_by_key.items() if key not in old_by_key),
        removed=tuple(claim(old, row) for key, row in old_by_key.items() if key not in new_by_key),
        dates_changed=tuple(DateChange(claim(new, row), old_by_key[key]["date"], old_by_key[key]["mod"])
                            for key, row in new_by_key.items()
                            if key in old_by_key and (row["date"], row["mod"]) != (old_by_key[key]["date"], old_by_key[key]["mod"])),
        disputes=dispute_changes(old, new),
    )


def claim_key(row: dict, renamed: dict[SentenceKey, str]) -> str:
    """The claim's id with its sentence's anchor as the new build has it."""
    anchor = renamed.get((row["source"], row["sentence"]), row["sentence"])
    return f"{row['source']}/{anchor}/{row['id'].rsplit('/', 1)[-1]}"


def claim(export: Export, row: dict) -> Claim:
    sentence = export.sentences.get((row["source"], row["sentence"]))
    return Claim(row["id"], row["kind"], row.get("district"), row.get("date"), row.get("mod"), row["wording"],
                 sentence["url"] if sentence else None)


def dispute_changes(old: Export, new: Export) -> tuple[DisputeChange, ...]:
    """Events disputed in one build and not (or absent) in the other, by id."""
    def disputed(export: Export, event_id: str) -> bool:
        return bool(export.events.get(event_id, {}).get("disputed"))

    found = []
    for event_id in sorted(old.events.keys() | new.events.keys()):
        now = disputed(new, event_id)
        if now != disputed(old, event_id):
            where = new if now else old
            row = where.events[event_id]
            found.append(DisputeChange(event_id, row["kind"], row.get("district"), now, tuple(row.get("dates") or ()),
                                       event_page(where, event_id)))
    return tuple(found)


def event_page(export: Export, event_id: str) -> str | None:
    """The event's page URL, with or without directory URLs, where the export's page list has it."""
    return next((url for url in (f"events/{event_id}/", f"events/{event_id}.html") if url in export.pages), None)
