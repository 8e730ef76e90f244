"""What a whole ``mkdocs build`` holds and walks: the cycle collector's rest."""

from __future__ import annotations

import gc

import pytest

from chronicle.pipeline import BuildCollector


@pytest.fixture
def collector():
    """The collector as the test found it (working or not, nothing frozen by the test), given back afterwards."""
    working, frozen = gc.isenabled(), gc.get_freeze_count()
    yield working
    if gc.get_freeze_count() > frozen:
        gc.unfreeze()
    (gc.enable if working else gc.disable)()


# (working before the build, the build reaches MkDocs' pages) -> the collector during the pipeline, while MkDocs writes
CASES = [
    (True, True),
    (False, True),
    (True, False),  # on_files failed: on_build_error ends the rest
    (False, False),
]


@pytest.mark.parametrize("working, settled", CASES)
def test_the_collector_rests_through_the_pipeline_and_is_left_as_it_was_found(collector, working, settled) -> None:
    (gc.enable if working else gc.disable)()
    frozen = gc.get_freeze_count()
    rest = BuildCollector(active=True)
    rest.rest()
    assert not gc.isenabled()  # the pipeline's objects are not walked
    survivor = [object() for _ in range(10)]
    if settled:
        rest.settle()
        assert gc.isenabled() is working
        assert gc.get_freeze_count() >= frozen + len(survivor)  # what the pipeline left is skipped while MkDocs writes
    rest.end()
    assert gc.isenabled() is working
    assert gc.get_freeze_count() == 0 if settled else gc.get_freeze_count() == frozen  # thawed: nothing stays out of reach
    rest.end()  # a second end (on_build_error after on_post_build) changes nothing
    assert gc.isenabled() is working


def test_a_serve_build_leaves_the_collector_to_its_own_rest(collector) -> None:
    gc.enable()
    frozen = gc.get_freeze_count()
    rest = BuildCollector(active=False)
    rest.rest()
    assert gc.isenabled()
    rest.settle()
    assert gc.get_freeze_count() == frozen
    rest.end()
    assert gc.isenabled()


def test_garbage_made_while_mkdocs_writes_is_still_collected(collector) -> None:
    rest = BuildCollector(active=True)
    rest.rest()
    rest.settle()
    cycle: list = []
    cycle.append(cycle)
    del cycle
    assert gc.collect() >= 1
    rest.end()
