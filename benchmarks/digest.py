"""A digest of every fact the extraction finds, to show that a speed-up changed no output.

    PYTHONPATH=plugins .venv/bin/python benchmarks/digest.py [--write sources.txt] [--extra DIR ...]

Runs ``pipeline.process`` (segmentation, dates, places, discourse, wars,
claims) over the seeds (corpus/sources), the shape and claims fixtures, the
Russian, Azerbaijani and Armenian fixtures (tests/fixtures/languages and
places_languages, one source per file) and the corpus ``extraction.py`` times,
and prints one hash per set of every source's paragraphs, facts, campaigns and
unknown places. Take it before a change meant to keep the output and compare
after; ``--write`` lists one hash per source, to find which one differs;
``--extra`` adds corpus directories kept outside the repository (real texts
read for measuring, which the repository may not hold) as one set each.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import yaml  # noqa: E402

import extraction  # noqa: E402
from chronicle import ingest, pipeline  # noqa: E402
from chronicle.gazetteer import Gazetteer  # noqa: E402
from chronicle.model import RawSource, SourceMeta  # noqa: E402
from chronicle.segment import site_lines  # noqa: E402
from chronicle.wars import WarCatalog  # noqa: E402

FIXTURE_DIRS = ("corpus/sources", "tests/fixtures/shapes", "tests/fixtures/claims")
LANGUAGE_FILES = ("tests/fixtures/languages/*/*.yaml", "tests/fixtures/places_languages/*.yaml")


def language_sources() -> list[RawSource]:
    """Each annotated file of the other languages as one source of its paragraphs (or sentences)."""
    sources = []
    for path in sorted(p for pattern in LANGUAGE_FILES for p in ROOT.glob(pattern)):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        items = data.get("paragraphs") or data.get("mentions") or []
        texts = [t for t in (item.get("text") or item.get("sentence") for item in items) if t]
        meta = SourceMeta(title=path.stem, language=data["language"], published=data.get("document_date"))
        blocks = tuple(ingest.text_blocks("\n\n".join(texts)))
        sources.append(RawSource(f"{path.parent.name}-{path.stem}", path.relative_to(ROOT).as_posix(), "0" * 64,
                                 meta, blocks, "txt"))
    return sources


def input_sets(extra: list[Path]) -> dict[str, list[tuple[RawSource, frozenset[str]]]]:
    sets = {}
    for directory in [ROOT / d for d in FIXTURE_DIRS] + extra:
        raws, _ = ingest.read_corpus(directory, directory if directory in extra else ROOT)
        sets[directory.relative_to(ROOT).as_posix() if directory.is_relative_to(ROOT) else str(directory)] = \
            list(zip(raws, site_lines(raws)))
    sets["languages"] = [(raw, frozenset()) for raw in language_sources()]
    sets["extraction.py 1 MB"] = [(raw, frozenset()) for raw in extraction.corpus(1_000_000, 100)]
    sets["places.py 0.25 MB"] = [(raw, frozenset()) for raw in extraction.war_reports(250_000, 25)]
    return sets


def facts_text(processed: pipeline.Processed) -> bytes:
    """Everything ``process`` returns, in a fixed order (records' reprs are deterministic)."""
    return repr((processed.source.paragraphs, sorted(processed.facts.items()), sorted(processed.campaigns.items()),
                 processed.unknown_places)).encode("utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", type=Path, help="write one hash per source to this file")
    parser.add_argument("--extra", type=Path, nargs="*", default=[], help="more corpus directories, one set each")
    args = parser.parse_args()
    gazetteer = Gazetteer.load(ROOT / "corpus" / "gazetteer")
    catalog = WarCatalog.load(ROOT / "corpus" / "wars.yaml")
    lines = []
    for name, items in input_sets([d.resolve() for d in args.extra]).items():
        digest = hashlib.sha256()
        for raw, site in items:
            text = facts_text(pipeline.process(raw, gazetteer, catalog, site))
            digest.update(text)
            lines.append(f"{name}\t{raw.id}\t{hashlib.sha256(text).hexdigest()[:16]}")
        print(f"{name:<28} {len(items):>4} sources  {digest.hexdigest()[:16]}")
    if args.write:
        args.write.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
