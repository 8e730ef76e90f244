"""What a whole ``mkdocs build`` holds and walks: the cycle collector's rest, an export that leaves it nothing, and pages kept compressed until written."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from chronicle import pipeline
from chronicle.export import export_chunks
from chronicle.collector import BuildCollector
from chronicle.render.common import PageContext, Shared
from chronicle.render.packed_html import PackedHTML
from chronicle.timeline import timeline_files


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


@pytest.mark.parametrize("html", ["", "<p>plain</p>", "<p>Ağdam — Աղդամ — Агдам &amp; “quotes”</p>" * 200])
def test_a_packed_page_gives_back_its_html(html: str) -> None:
    assert str(PackedHTML(html)) == html


def test_a_page_read_again_is_not_unpacked_again_and_another_page_reads_its_own() -> None:
    first, second = PackedHTML("<p>first</p>" * 50), PackedHTML("<p>second</p>" * 50)
    assert str(first) is str(first)  # MkDocs and the theme read a page's content several times while writing it
    assert str(second) == "<p>second</p>" * 50
    assert str(first) == "<p>first</p>" * 50


def test_pages_of_one_rendering_hold_one_object_per_link_and_anchor() -> None:
    shared = Shared()
    day, district = (PageContext(uri, shared=shared) for uri in ("dates/1993-08-23.md", "districts/aghdam.md"))
    for page in (day, district):
        page.href(f"sources/{'00001_seed'}.md", "s3")  # a string made anew on each page, as the renderers make them
        page.anchor(f"fnref:{'00001_seed'}-s3")
    assert day.links == district.links == [("sources/00001_seed.md", "s3")]
    assert day.links[0] is district.links[0]
    assert next(iter(day.anchors)) is next(iter(district.anchors))
    alone = PageContext("dates/1993-08-23.md")  # no rendering around it: its own objects, the same values
    alone.href("sources/00001_seed.md", "s3")
    assert alone.links == day.links


def test_the_export_leaves_no_reference_cycles_for_the_collector_to_find(collector) -> None:
    """The export is made while the collector rests, and what is then alive is frozen to the end of the build: garbage it
    made in cycles (each timeline item's, once) would stay in memory until the build ends."""
    root = Path(__file__).resolve().parent.parent
    build = pipeline.run(pipeline.Inputs(root, root / "tests" / "fixtures" / "claims", root / "corpus" / "gazetteer", root / "corpus" / "wars.yaml"))
    url = lambda uri: "/" + uri.removesuffix(".md") + "/"  # noqa: E731
    gc.collect()
    gc.disable()
    files = {name for name, _ in export_chunks(build.corpus, url, build.gazetteer)}
    files |= {name for name, pieces in timeline_files(build, url) if "".join(pieces)}
    assert {"sources.json", "claims.jsonl", "first-nagorno-karabakh-war"} <= files  # the fixture reaches every kind of file
    assert gc.collect() == 0
