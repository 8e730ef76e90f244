"""What a change does to claims and events: pure functions over ``claims.jsonl`` and ``events.jsonl`` rows.

A claim's id holds its sentence's anchor; when a sentence was rewritten in
place (``renamed``: old anchor -> new), its claims keep their identity, so a
claim whose date changed with the edit reads as a changed claim. A claim
changes when what it says changes (kind, place, war, date), not when only
the event it was grouped into was renamed.
"""

from __future__ import annotations

from dataclasses import dataclass

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


CHANGING_FIELDS = ("kind", "district", "war", "date", "mod")  # what a claim says, as claims.jsonl names it


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: str | None
    new: str | None


@dataclass(frozen=True)
class ClaimChange:
    """A claim in both builds that now says something else: another date, district, kind or war."""

    claim: Claim  # as the new build has it
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True)
class DisputeChange:
    """An event that became disputed (its claims' dates can no longer all be true) or stopped being so."""

    id: str
    kind: str
    district: str | None
    disputed: bool  # in the new build
    dates: tuple[str, ...]  # the dates its claims give, in the build where it is disputed
    url: str | None  # its page in the new build, where the export lists one


@dataclass(frozen=True)
class ClaimChanges:
    added: tuple[Claim, ...] = ()
    removed: tuple[Claim, ...] = ()
    changed: tuple[ClaimChange, ...] = ()
    disputes: tuple[DisputeChange, ...] = ()

    @property
    def unchanged(self) -> bool:
        return not (self.added or self.removed or self.changed or self.disputes)


def claim_changes(old: Export, new: Export, renamed: dict[SentenceKey, str]) -> ClaimChanges:
    """Claims added, removed and changed, and events whose disputed flag flipped; each list in export order."""
    old_by_key = {claim_key(row, renamed): row for row in old.claims.values()}
    new_by_key = {claim_key(row, {}): row for row in new.claims.values()}
    changed = ((key, row, field_changes(old_by_key[key], row)) for key, row in new_by_key.items() if key in old_by_key)
    return ClaimChanges(
        added=tuple(claim(new, row) for key, row in new_by_key.items() if key not in old_by_key),
        removed=tuple(claim(old, row) for key, row in old_by_key.items() if key not in new_by_key),
        changed=tuple(ClaimChange(claim(new, row), changes) for _, row, changes in changed if changes),
        disputes=dispute_changes(old, new),
    )


def field_changes(old: dict, new: dict) -> tuple[FieldChange, ...]:
    return tuple(FieldChange(name, old.get(name), new.get(name)) for name in CHANGING_FIELDS if old.get(name) != new.get(name))


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
                                       event_page(new, event_id)))
    return tuple(found)


def event_page(export: Export, event_id: str) -> str | None:
    """The event's page URL, with or without directory URLs, where the export's page list has it."""
    return next((url for url in (f"events/{event_id}/", f"events/{event_id}.html") if url in export.pages), None)
