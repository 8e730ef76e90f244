"""A batch of sources is extracted as each source is alone, whoever reads the claim lexicons.

``process_many`` reads the lexicons once for the batch (and hands them to its
worker processes); ``process`` called alone reads them itself. The claims, and
every other fact, must not depend on which path a source took.
"""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from chronicle import lexicon, pipeline
from chronicle.gazetteer import Gazetteer
from chronicle.model import RawSource, SourceMeta
from chronicle.wars import WarCatalog

ROOT = Path(__file__).resolve().parent.parent
# Each source a short dispatch in the shape of a wire report: a claim (with a place and a date) in each.
REPORTS = (
    "Azerbaijani forces shelled the town of Martuni on 3 March 1992.",
    "Armenian units captured Shusha on 8 May 1992.",
    "The village of Talish was taken on 2 April 2016 after heavy fighting.",
    "Fizuli fell to Armenian forces on 23 August 1993.",
)


def _raw(n: int) -> RawSource:
    text = f"Dispatch {n}. {REPORTS[n % len(REPORTS)]}"
    return RawSource(f"d{n}", f"d{n}.txt", f"{n:064d}", SourceMeta(title=f"Dispatch {n}", language="en"), ((1, text),), "txt")


@pytest.fixture(scope="module")
def reference() -> tuple[Gazetteer, WarCatalog]:
    return Gazetteer.load(ROOT / "corpus" / "gazetteer"), WarCatalog.load(ROOT / "corpus" / "wars.yaml")


def _facts(processed: pipeline.Processed) -> str:
    return repr((sorted(processed.facts.items()), sorted(processed.campaigns.items()), processed.unknown_places))


@pytest.mark.parametrize("workers", [1, 2])
def test_a_batch_gives_what_each_source_gives_alone(reference, workers):
    raws = [_raw(n) for n in range(pipeline.PARALLEL_FROM)]  # enough for worker processes to start
    alone = [pipeline.process(raw, *reference) for raw in raws]
    batch = pipeline.process_many(raws, *reference, workers)
    assert [_facts(p) for p in batch] == [_facts(p) for p in alone]
    assert all(p.claims for p in alone)  # every dispatch states a claim: the lexicons were read


def test_lexicons_handed_in_are_the_ones_read(reference):
    raw = _raw(1)
    assert _facts(pipeline.process(raw, *reference, lexicons=lexicon.load())) == _facts(pipeline.process(raw, *reference))
    assert not pipeline.process(raw, *reference, lexicons={}).claims  # no lexicon for English: no claims


@pytest.fixture
def collector():
    """The cycle collector's state, put back after the test whatever it did."""
    working = gc.isenabled()
    yield
    (gc.enable if working else gc.disable)()


@pytest.mark.parametrize("working", [True, False])  # False: a ``mkdocs serve`` rebuild already rests it
@pytest.mark.parametrize("fails", [False, True])
def test_extraction_leaves_the_cycle_collector_as_it_found_it(reference, collector, working, fails):
    (gc.enable if working else gc.disable)()
    if fails:  # no gazetteer to read the places by: each source's extraction fails, and its result says why
        failed = pipeline.process_many([_raw(0), _raw(1)], None, reference[1], 1)
        assert [p.failure.split(":")[0] for p in failed] == ["TypeError", "TypeError"]
    else:
        pipeline.process_many([_raw(0), _raw(1)], *reference, 1)
    assert gc.isenabled() is working


def test_extraction_makes_no_reference_cycles_for_the_collector_to_find(reference, collector):
    """Why the collector may rest while sources are extracted: reference counting frees all they discard."""
    raws = [_raw(n) for n in range(8)]
    pipeline.process_many(raws[:1], *reference, 1)  # the first source loads tables once (lexicons, patterns)
    gc.collect()
    gc.disable()
    pipeline.process_many(raws, *reference, 1)
    assert gc.collect() == 0
