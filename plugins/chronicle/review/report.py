"""The report as Markdown (a pull-request comment, a terminal) or JSON (other tools).

Markdown stays readable for a 100-source change: a summary first, then one
section per kind of change; a section longer than ``FOLD`` items is folded
in ``<details>``, and none lists more than ``CAP`` ("and 37 more").
Every value from the sources is escaped where it enters the Markdown.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import asdict

from chronicle.review.changes import FILING_KINDS, STATEMENT_PAGES, PageChange, QuoteChange, Refiled, Report, SourceChange, Statement
from chronicle.review.claims import Claim, ClaimChange, DisputeChange

NO_CHANGES = "No changes to the chronicle."
TITLE = "## What this change does to the chronicle"
FOLD = 5
CAP = 50
QUOTE_CHARS = 280
PAGE_KINDS = {"wars": "war pages", "districts": "district pages", "dates": "date pages"}
_MARKDOWN_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]|#~"} | {"<": "&lt;", ">": "&gt;", "&": "&amp;", "\n": " "})


def to_json(report: Report) -> str:
    """Every list of the report, URLs site-relative, keys sorted: stable for other tools to read."""
    return json.dumps({"unchanged": report.unchanged, **asdict(report)}, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def to_markdown(report: Report, base_url: str | None = None) -> str:
    """The report a reviewer reads; links point into the preview at ``base_url`` when one is given."""
    fmt = _Formatter(base_url)
    parts = [TITLE, "", NO_CHANGES if report.unchanged else _summary(report)]
    for heading, items, render in _sections(report, fmt):
        if items:
            parts += ["", f"### {heading} ({len(items)})", "", _listing(items, render, heading)]
    return "\n".join(parts).rstrip() + "\n"


def _summary(r: Report) -> str:
    c = r.claims
    lines = [
        ("Sources", [(len(r.sources_added), "added"), (len(r.sources_removed), "removed"),
                     (len(r.sources_changed), "changed ⚠ (a source must stay byte-identical)")]),
        ("Statements", [(len(r.statements_added), f"added{_per_kind(r.statements_added)}"),
                        (len(r.statements_removed), f"removed{_per_kind(r.statements_removed)}"),
                        (len(r.refiled), "filed under other pages")]),
        ("Quotes", [(len(r.quotes_changed), "no longer match their old sentence"), (len(r.anchors_gone), "anchors disappeared")]),
        ("Claims", [(len(c.added), "added"), (len(c.removed), "removed"),
                    (len(c.changed), "now say another date, place, kind or war")]),
        ("Events", [(sum(d.disputed for d in c.disputes), "became disputed"),
                    (sum(not d.disputed for d in c.disputes), "no longer disputed")]),
        ("Pages", [(len(r.pages_added), "added"), (len(r.pages_removed), "removed"),
                   (len(r.pages_emptied), "lost their last statement"), (len(r.pages_recounted), "quote another number of statements")]),
        ("Place names the gazetteer does not know", [(len(r.unknown_places), "new")]),
    ]
    said = [f"- **{name}**: " + ", ".join(f"{n} {what}" for n, what in counts if n)
            for name, counts in lines if any(n for n, _ in counts)]
    return "\n".join(said)


def _per_kind(statements: Sequence[Statement]) -> str:
    """" (war pages 12, date pages 3)": how many of them each kind of page quotes."""
    counts = [(sum(1 for s in statements if dict(s.filing)[kind]), PAGE_KINDS[kind]) for kind in FILING_KINDS]
    shown = [f"{label} {n}" for n, label in counts if n]
    return f" ({', '.join(shown)})" if shown else ""


def _sections(r: Report, fmt: _Formatter) -> list[tuple[str, Sequence, Callable]]:
    c = r.claims
    return [
        ("Sources changed ⚠", r.sources_changed, fmt.source_changed),
        ("Sources added", r.sources_added, fmt.source),
        ("Sources removed", r.sources_removed, fmt.source),
        ("Statements added", r.statements_added, fmt.statement),
        ("Statements removed", r.statements_removed, fmt.statement),
        ("Statements filed under other pages", r.refiled, fmt.refiled),
        ("Quotes that no longer match their sentence", r.quotes_changed, fmt.quote_change),
        ("Anchors that disappeared (a citation of them breaks)", r.anchors_gone, fmt.anchor),
        ("Events that became or stopped being disputed", c.disputes, fmt.dispute),
        ("Claims added", c.added, fmt.claim),
        ("Claims removed", c.removed, fmt.claim),
        ("Claims that now say something else (date, district, kind or war)", c.changed, fmt.claim_change),
        ("Pages that lost their last statement", r.pages_emptied, fmt.page_count),
        ("Pages added", r.pages_added, fmt.page),
        ("Pages removed", r.pages_removed, fmt.page),
        ("Pages quoting another number of statements", r.pages_recounted, fmt.page_count),
        ("New place names the gazetteer does not know (from the build log)", r.unknown_places, lambda name: f"`{name}`"),
        ("New build warnings (a strict build fails on them)", r.new_warnings, lambda w: md(w)),
    ]


def _listing(items: Sequence, render: Callable, heading: str) -> str:
    """A list of at most CAP items, folded when longer than FOLD."""
    lines = [f"- {render(item)}" for item in items[:CAP]]
    if len(items) > CAP:
        lines.append(f"- and {len(items) - CAP} more")
    body = "\n".join(lines)
    if len(items) <= FOLD:
        return body
    return f"<details><summary>{len(items)} items: {md(heading)}</summary>\n\n{body}\n\n</details>"


def md(value: str) -> str:
    """Text from a source or a log, escaped for inline Markdown (and for the HTML GitHub allows in it)."""
    return value.translate(_MARKDOWN_SPECIAL)


def quoted(text: str) -> str:
    short = text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rstrip() + "…"
    return f"“{md(short)}”"


class _Formatter:
    """One line per item; every page it names is a link into the preview (or site-relative without one)."""

    def __init__(self, base_url: str | None) -> None:
        self.base = (base_url.rstrip("/") + "/") if base_url else ""

    def link(self, label: str, url: str) -> str:
        """A link into the preview; without a preview, the label and the site-relative URL."""
        return f"[{md(label)}]({self.base}{url})" if self.base else f"{md(label)} (`{url}`)"

    def at(self, label: str, url: str) -> str:
        """Where a quote stands, linked into the preview; without one, its URL alone (the label repeats it)."""
        return f"[{md(label)}]({self.base}{url})" if self.base else f"`{url}`"

    def sentence(self, s: Statement) -> str:
        return self.at(f"{s.source}#{s.anchor}", s.url)

    def source(self, s: SourceChange) -> str:
        return f"{self.link(s.title, s.url)} `{s.id}`"

    def source_changed(self, s: SourceChange) -> str:
        return f"{self.source(s)}: sha256 `{(s.old_sha256 or '')[:12]}…` → `{(s.new_sha256 or '')[:12]}…`"

    def statement(self, s: Statement) -> str:
        filed = "; ".join(f"{kind}: {', '.join(values)}" for kind, values in s.filing if values)
        return f"{quoted(s.quote)} ({self.sentence(s)}){f' · {md(filed)}' if filed else ''}"

    def refiled(self, r: Refiled) -> str:
        moves = "; ".join(f"{c.kind}: {_values(c.old)} → {_values(c.new)}" for c in r.changes)
        return f"{quoted(r.statement.quote)} ({self.sentence(r.statement)}) · {md(moves)}"

    def quote_change(self, q: QuoteChange) -> str:
        return f"{quoted(q.old.quote)} → {quoted(q.new.quote)} ({self.sentence(q.new)}; the anchor `#{q.old.anchor}` is gone)"

    def anchor(self, s: Statement) -> str:
        return f"`{s.source}#{s.anchor}` {quoted(s.quote)}"

    def claim(self, c: Claim) -> str:
        when = f"{c.date}{f' ({c.mod})' if c.mod else ''}" if c.date else "no date"
        where = self.at(c.id, c.url) if c.url else f"`{c.id}`"
        return f"{md(c.kind)} at {md(c.district or 'no single district')}, {md(when)}: “{md(c.wording)}” ({where})"

    def claim_change(self, c: ClaimChange) -> str:
        changes = "; ".join(f"{f.field}: {f.old or 'none'} → {f.new or 'none'}" for f in c.changes)
        return f"{self.claim(c.claim)} · {md(changes)}"

    def dispute(self, d: DisputeChange) -> str:
        state = "became disputed" if d.disputed else "is no longer disputed"
        name = self.link(d.id, d.url) if d.url else f"`{d.id}`"
        return f"{name} {state} (dates claimed: {md(', '.join(d.dates) or 'none')})"

    def page(self, p: PageChange) -> str:
        """An added page links into the preview; a removed one is named by its old URL."""
        count = p.new_statements if p.new_statements is not None else p.old_statements
        counted = f", {count} statements" if p.kind in STATEMENT_PAGES else ""
        if p.new_statements is None:
            return f"{md(p.title)} (`{p.url}`; {md(p.kind)}{counted})"
        return f"{self.link(p.title, p.url)} ({md(p.kind)}{counted})"

    def page_count(self, p: PageChange) -> str:
        return f"{self.link(p.title, p.url)} ({md(p.kind)}): {p.old_statements} → {p.new_statements} statements"


def _values(values: tuple[str, ...]) -> str:
    return ", ".join(values) if values else "none"
