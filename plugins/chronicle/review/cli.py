"""``chronicle diff OLD_SITE NEW_SITE``: the command-line shell around ``changes`` and ``report``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from chronicle.review.changes import compare
from chronicle.review.report import to_json, to_markdown
from chronicle.review.rows import load_export


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="chronicle", description="Tools for the Karabakh Chronicle's builds.")
    commands = top.add_subparsers(dest="command", required=True)
    diff = commands.add_parser("diff", help="what a change does to the chronicle, from two builds' data exports",
                               description="Compare the data exports (SITE/data/) of two builds and report what changed.")
    diff.add_argument("old_site", type=Path, metavar="OLD_SITE", help="the base build's site folder")
    diff.add_argument("new_site", type=Path, metavar="NEW_SITE", help="the changed build's site folder")
    diff.add_argument("--base-url", help="where NEW_SITE is previewed: the report's links point there")
    diff.add_argument("--format", choices=("md", "json"), default="md", help="Markdown (default) or JSON")
    diff.add_argument("--warnings", type=Path, metavar="LOG", help="NEW_SITE's build log: its warnings and unknown place names")
    diff.add_argument("--base-warnings", type=Path, metavar="LOG", help="OLD_SITE's build log: only what is new is reported")
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        old, new = load_export(args.old_site), load_export(args.new_site)
        logs = [p.read_text(encoding="utf-8", errors="replace") if p else None for p in (args.base_warnings, args.warnings)]
    except OSError as err:
        print(f"chronicle diff: {err}", file=sys.stderr)
        return 2
    report = compare(old, new, old_log=logs[0], new_log=logs[1])
    sys.stdout.write(to_json(report) if args.format == "json" else to_markdown(report, args.base_url))
    return 0


if __name__ == "__main__":
    sys.exit(main())
