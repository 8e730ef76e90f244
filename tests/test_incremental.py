"""An edit re-renders only the units it reaches, and the pages come out as a full rendering's.

Each case copies the seed corpus, renders it, applies one kind of edit an
editor makes while previewing with ``mkdocs serve``, extracts again only the
sources whose bytes or metadata changed, and compares the incremental
rendering with a full rendering of the same build, page by page.
"""

from __future__ import annotations

import functools
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from chronicle import ingest, pipeline
from chronicle.gazetteer import Gazetteer
from chronicle import index as index_module
from chronicle.index import _without
from chronicle.rebuilds import KeptWhileSame
from chronicle.render.common import page_url
from chronicle.render.map import shade_class, shown_on
from chronicle.render.site import Rendering, render_site
from chronicle.timeline import relabelled, stale_wars, timeline_files, timeline_labels
from chronicle.wars import WarCatalog

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted((ROOT / "corpus" / "sources").glob("*.txt"))
URL = functools.partial(page_url, directory_urls=True)
NEW_SOURCE = """Two columns of the defenders' reports, as kept by a local archive.

Armenian forces captured Agdam on 2 August 1993 after a week of fighting.
The shelling of Fuzuli continued through 20 August 1993.
A ceasefire was agreed in Bishkek in May 1994.
"""


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{path.name} no longer holds {old!r}: the edit would test nothing"
    path.write_text(text.replace(old, new), encoding="utf-8")


def _shift_first_year(path: Path) -> None:
    """Move the first date of the text a year on: its statements change day, month and year pages."""
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"\b(199\d)\b", lambda m: str(int(m.group(1)) + 1), text, count=1), encoding="utf-8")


def _drop_line_with(word: str) -> Callable[[Path], None]:
    def edit(path: Path) -> None:
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        first = next(i for i, line in enumerate(lines) if word in line)
        path.write_text("".join(lines[:first] + lines[first + 1:]), encoding="utf-8")
    return edit


EDITS: dict[str, Callable[[Path], None]] = {
    "a dated sentence appended": lambda d: _append(d / SOURCES[1].name, "\nThe town of Tartar was shelled on 1 May 1994.\n"),
    "a claim with a new date appended": lambda d: _append(d / SOURCES[2].name, "\nArmenian forces captured Agdam on 2 August 1993.\n"),
    "a year changed": lambda d: _shift_first_year(d / SOURCES[3].name),
    "a line deleted": lambda d: _drop_line_with("1993")(d / SOURCES[0].name),
    "a source removed": lambda d: [(d / SOURCES[4].name).unlink(), (d / SOURCES[4].with_suffix(".yml").name).unlink()],
    "a source added": lambda d: (d / "900_new.txt").write_text(NEW_SOURCE, encoding="utf-8"),
    "a title changed": lambda d: _append(d / SOURCES[0].with_suffix(".yml").name, "title: A <new> title & more\n"),
    "a claim another source's event gains": lambda d: _append(d / SOURCES[1].name, "\nArmenian forces captured Fuzuli on 23 August 1993.\n"),
    # the seeds file nothing under Lachin District nor under the 2008 clashes (a campaign of the interwar period): a page comes
    "a district's first statement": lambda d: _append(d / SOURCES[1].name, "\nArtillery fire was heard near Lachin on 26 August 2022.\n"),
    "a campaign's first statement": lambda d: _append(d / SOURCES[2].name, "\nClashes broke out near Mardakert on 4 March 2008.\n"),
    "a period's first statement": lambda d: _append(d / SOURCES[1].name, "\nClashes were reported in Jabrayil on 3 April 2016.\n"),
}


class Builder:
    """Builds a corpus folder as the plugin does in ``mkdocs serve``: a source is extracted again only when it changed."""

    def __init__(self, sources: Path) -> None:
        self.inputs = pipeline.Inputs(ROOT, sources, ROOT / "corpus" / "gazetteer", ROOT / "corpus" / "wars.yaml")
        self.gazetteer = Gazetteer.load(self.inputs.gazetteer_dir, root=ROOT)
        self.catalog = WarCatalog.load(self.inputs.wars_file, root=ROOT)
        self.kept: dict[tuple, pipeline.Processed] = {}
        self.last: pipeline.Build | None = None

    def build(self) -> pipeline.Build:
        """The corpus as it is now, its index updated from the previous build's (as ``mkdocs serve`` does)."""
        raws, diagnostics = ingest.read_corpus(self.inputs.sources_dir, ROOT)
        keys = [(raw.id, raw.sha256, repr(raw.meta)) for raw in raws]
        self.kept = {k: self.kept.get(k) or pipeline.process(raw, self.gazetteer, self.catalog) for k, raw in zip(keys, raws)}
        self.last = pipeline.assemble([self.kept[k] for k in keys], diagnostics, self.gazetteer, self.catalog, self.inputs, previous=self.last)
        return self.last

    def build_anew(self) -> pipeline.Build:
        """The same corpus indexed from nothing (what ``mkdocs build`` does)."""
        return pipeline.assemble(list(self.kept.values()), [], self.gazetteer, self.catalog, self.inputs)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "corpus" / "sources", tmp_path / "sources")
    return tmp_path / "sources"


def _differences(incremental: Rendering, full: Rendering) -> list[str]:
    mine = {p.uri: p for p in incremental.pages()}
    theirs = {p.uri: p for p in full.pages()}
    return sorted(uri for uri in mine.keys() | theirs.keys() if mine.get(uri) != theirs.get(uri))


@pytest.mark.parametrize("per_page", [200, 4], ids=["pages as configured", "every war and district split in parts"])
@pytest.mark.parametrize("edit", sorted(EDITS))
def test_an_incremental_rendering_equals_a_full_one(corpus: Path, edit: str, per_page: int) -> None:
    builder = Builder(corpus)
    before = render_site(builder.build(), statements_per_page=per_page)
    EDITS[edit](corpus)
    after = builder.build()
    incremental = render_site(after, statements_per_page=per_page, previous=before)
    assert _differences(incremental, render_site(after, statements_per_page=per_page)) == []


@pytest.mark.parametrize("per_page", [200, 4], ids=["pages as configured", "every war and district split in parts"])
def test_rebuild_after_rebuild_renders_what_a_full_rendering_does(corpus: Path, per_page: int) -> None:
    """From the second rebuild on, a rendering reuses the list items and footnotes of statements no edit touched, and
    brings the counts of busy pages up to date with what an edit took out and put in; from the first (``serving``, as
    ``mkdocs serve`` renders), the parts of long lists and the tallies of busy pages."""
    builder = Builder(corpus)
    rendering = render_site(builder.build(), statements_per_page=per_page, serving=True)
    assert rendering.kept is not None and rendering.listings is not None
    for edit in [*EDITS.values(), lambda d: _append(d / SOURCES[1].name, "\nTartar was shelled again on 2 May 1994.\n")]:
        edit(corpus)
        rendering = render_site(builder.build(), statements_per_page=per_page, previous=rendering)
        assert _differences(rendering, render_site(rendering.build, statements_per_page=per_page)) == []
        assert pipeline.overview(rendering.build, kept=rendering.kept) == pipeline.overview(rendering.build)  # the home page's counts
    assert rendering.kept is not None


def test_a_part_of_a_long_list_reused_whole_shows_the_parts_its_list_has_now(corpus: Path) -> None:
    """The second edit gives the war's year and the district's war more parts: the earlier parts, which list what they
    listed and are reused whole, show the pager of the parts there are now."""
    builder = Builder(corpus)
    rendering = render_site(builder.build(), statements_per_page=4)
    late = "Late news\n" + "".join(f"\nTartar was shelled on 31 December 1993 ({n}).\n" for n in range(9))  # after every part's statements
    for edit in [lambda: _append(corpus / SOURCES[1].name, "\nTartar was shelled on 30 December 1993.\n"), lambda: (corpus / "900_late.txt").write_text(late)]:
        edit()
        rendering = render_site(builder.build(), statements_per_page=4, previous=rendering)
        assert _differences(rendering, render_site(rendering.build, statements_per_page=4)) == []


def test_a_spelling_no_statement_writes_any_more_leaves_its_districts_page(corpus: Path) -> None:
    """A district's page lists the spellings its statements write; a rebuild counts those of the statements an edit took
    out and put in, and a spelling the last statement that wrote it no longer writes is gone."""
    builder = Builder(corpus)
    rendering = render_site(builder.build())
    news = corpus / "900_akdam.txt"
    for text in ["The town of Akdam was shelled on 20 August 1993.", "The town of Aghdam was shelled on 20 August 1993."]:
        news.write_text(f"A new source\n\n{text}\n", encoding="utf-8")
        rendering = render_site(builder.build(), previous=rendering)
        district = next(p for p in rendering.pages() if p.uri == "districts/aghdam-district.md")
        assert ("Akdam" in str(district.body)) == ("Akdam" in text)
        assert _differences(rendering, render_site(rendering.build)) == []


def test_the_redirect_files_of_a_rebuild_follow_the_spellings_its_sources_write(corpus: Path) -> None:
    """A rebuild keeps the redirect files while the spellings written are the same; a source that writes a new one adds its file."""
    builder, kept = Builder(corpus), KeptWhileSame()
    news = corpus / "900_akdam.txt"
    for edit in [lambda: None, lambda: _append(corpus / SOURCES[1].name, "\nTartar was shelled on 2 May 1994.\n"),
                 lambda: news.write_text("A new source\n\nThe town of Akdam was shelled on 20 August 1993.\n", encoding="utf-8"), news.unlink]:
        edit()
        build = builder.build()
        files = pipeline.redirects(build, URL, True, kept)
        assert files == pipeline.redirects(build, URL, True)
        assert ("districts/akdam/index.html" in files) == news.exists()


def _as_shown(index: index_module.SiteIndex) -> tuple:
    """The index as pages show it. A statement an edit left as it was stays the previous build's object
    (``carry.carried_over``), which names its source as that build read it: the same id, title, file and metadata."""
    def shown(st: index_module.Statement) -> tuple:
        return (st.source.id, st.source.title, st.source.raw.path, st.source.meta, st.paragraph, st.sentence, st.facts, st.continuation)

    def listed(pages: dict) -> dict:
        return {page: [(shown(f.statement), f.role, f.mention) for f in filings] for page, filings in pages.items() if filings}
    return ({key: shown(st) for key, st in index.statements.items()}, listed(index.districts), listed(index.dates), listed(index.wars),
            dict(index.cited_by), index.cited)


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_an_updated_index_and_events_equal_ones_built_anew(corpus: Path, edit: str) -> None:
    builder = Builder(corpus)
    before = builder.build()
    EDITS[edit](corpus)
    after = builder.build()
    anew = builder.build_anew()
    before.index.count("wars", "first-nagorno-karabakh-war")  # counted before the edit: the updated index may carry it over
    for code in before.index.districts:
        before.index.count("districts", code)
    assert _as_shown(after.index) == _as_shown(anew.index)
    assert {(kind, page): after.index.count(kind, page) for kind in ("districts", "wars") for page in getattr(anew.index, kind)} == \
        {(kind, page): anew.index.count(kind, page) for kind in ("districts", "wars") for page in getattr(anew.index, kind)}
    assert after.corpus.events == anew.corpus.events
    kept = {e.id: e for e in before.corpus.events}
    assert any(kept.get(e.id) is e for e in after.corpus.events)  # an event no edit reached is the same object
    changed = {i for i in before.shares.keys() | after.shares.keys() if before.shares.get(i) is not after.shares.get(i)}
    untouched = [page for page, filings in before.index.dates.items()
                 if not any(f.statement.source.id in changed for f in (*filings, *after.index.dates.get(page, ())))]
    assert untouched and all(after.index.dates[page] is before.index.dates[page] for page in untouched)  # shared, not rebuilt


KEEPS_CLAIMS = {  # an edit to SOURCES[1], and whether its events stay the very same objects
    "a sentence without a claim appended": (lambda d: _append(d / SOURCES[1].name, "\nThe report was last revised on 5 May 1994 in Tartar.\n"), True),
    "a claim appended": (lambda d: _append(d / SOURCES[1].name, "\nArmenian forces captured Fuzuli on 23 August 1993.\n"), False),
    "its perspective changed": (lambda d: _replace(d / SOURCES[1].with_suffix(".yml").name, "perspective: armenian", "perspective: neutral"), False),
    "its title changed": (lambda d: _append(d / SOURCES[1].with_suffix(".yml").name, "title: Another title\n"), False),
}


@pytest.mark.parametrize("edit", sorted(KEEPS_CLAIMS))
def test_a_source_extracted_again_keeps_its_events_while_its_claims_and_what_they_show_of_it_are_the_same(corpus: Path, edit: str) -> None:
    """Events, their pages and export lines are kept for the same claim objects: an edit that leaves a source's claims,
    their sentences and its metadata as they were hands the events the previous claims."""
    change, kept = KEEPS_CLAIMS[edit]
    builder = Builder(corpus)
    before = builder.build()
    change(corpus)
    after = builder.build()
    source = SOURCES[1].stem
    assert before.shares[source] is not after.shares[source]  # extracted again
    old = {e.id: e for e in before.corpus.events}
    events = [e for e in after.corpus.events if any(c.source == source for c in e.claims)]
    assert events and [old.get(e.id) is e for e in events] == [kept] * len(events)
    assert after.corpus.events == builder.build_anew().corpus.events


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_timelines_of_the_wars_rendered_anew_or_relabelled_are_all_that_change(corpus: Path, edit: str) -> None:
    builder = Builder(corpus)
    before = builder.build()
    rendering = render_site(before)
    EDITS[edit](corpus)
    after = builder.build()
    again = render_site(after, previous=rendering)  # fresh None: every unit (here when a source was a war's last)
    whole = _joined(timeline_files(after, URL))
    if again.fresh is None:
        return
    stale = stale_wars(again.fresh, after.index, timeline_labels(before, rendering.links.titles), timeline_labels(after, again.links.titles))
    kept: dict = {}  # what serve keeps: the items of the statements no edit touched
    assert _joined(timeline_files(before, URL, kept=kept)) | _joined(timeline_files(after, URL, stale.__contains__, kept)) == whole


def _joined(files) -> dict[str, str]:
    """Each timeline file's text, its pieces read before the next war's (as serve reads them)."""
    return {name: "".join(pieces) for name, pieces in files}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_a_rebuild_relabels_the_statements_of_the_events_made_anew_as_labelling_all_would(corpus: Path, edit: str) -> None:
    builder = Builder(corpus)
    before = builder.build()
    rendering = render_site(before)
    labels_before = timeline_labels(before, rendering.links.titles)
    EDITS[edit](corpus)
    after = builder.build()
    again = render_site(after, previous=rendering)
    labels, keys = relabelled((before.events, labels_before), after.events, again.links)
    assert labels == timeline_labels(after, again.links.titles)
    assert stale_wars(again.fresh or (), after.index, labels_before, labels, keys) == stale_wars(again.fresh or (), after.index, labels_before, labels)


def test_a_new_sentence_renders_its_source_its_dates_and_their_neighbours(corpus: Path) -> None:
    """The point of it: an edit renders a handful of units, not the site; the others keep their very pages."""
    builder = Builder(corpus)
    before = render_site(builder.build())
    _append(corpus / SOURCES[1].name, "\nA census of the villages was taken on 3 March 1961.\n")
    after = render_site(builder.build(), previous=before)
    rendered = {unit for unit, pages in after.units.items() if before.units.get(unit) is not pages and unit[0] != "hubs"}
    first_day_before = min(k for k in before.build.index.dates if len(k) == 10)
    assert first_day_before > "1961-03-03"
    assert rendered == {
        ("sources", SOURCES[1].stem),
        ("dates", "1961-03-03"), ("dates", "1961-03"), ("dates", "1961"),  # the new day and the periods that count it
        ("dates", first_day_before), ("dates", first_day_before[:7]), ("dates", first_day_before[:4]),  # its next day links back
    }


def test_a_busy_war_renders_only_the_year_an_edit_reaches(corpus: Path) -> None:
    builder = Builder(corpus)
    before = render_site(builder.build(), statements_per_page=4)
    _append(corpus / SOURCES[1].name, "\nThe town of Tartar was shelled on 1 May 1994.\n")
    after = render_site(builder.build(), statements_per_page=4, previous=before)
    war = after.units["wars", "first-nagorno-karabakh-war"]
    rendered = {part for part, pages in war.items() if before.units["wars", "first-nagorno-karabakh-war"].get(part) is not pages}
    assert rendered == {None, "1994"}


@pytest.mark.parametrize(("edit", "gained"), [("a district's first statement", ("districts", "AZ-LAC")),
                                              ("a campaign's first statement", ("wars", "2008-mardakert-clashes")),
                                              ("a period's first statement", ("wars", "2016-april-clashes"))])
def test_a_district_or_campaign_gaining_its_page_renders_the_pages_that_link_it_not_the_site(corpus: Path, edit: str, gained: tuple) -> None:
    """A district's, campaign's or top-level period's first statement gives it a page, which a war's crumbs and summary
    and an event's crumbs link (``incremental._linking``): those pages render again, the sources' pages stay as they were."""
    builder = Builder(corpus)
    before = render_site(builder.build())
    EDITS[edit](corpus)
    after = render_site(builder.build(), previous=before)
    assert gained[1] not in before.covered[gained[0]] and gained[1] in after.covered[gained[0]]
    assert after.fresh is not None and gained in after.fresh
    assert sum(kind == "sources" for kind, _ in after.fresh) == 1
    assert _differences(after, render_site(after.build)) == []


@pytest.mark.parametrize(("edit", "district", "neighbours"), [
    (lambda d: _append(d / SOURCES[1].name, "\nThe town of Tartar was shelled on 1 May 1994.\n"), "AZ-TAR", False),  # within its class
    (EDITS["a district's first statement"], "AZ-LAC", True),  # Lachin's class changes: the pages whose maps draw it render again
])
def test_a_districts_neighbours_render_again_only_when_its_shading_class_changes(corpus: Path, edit: Callable[[Path], None], district: str,
                                                                               neighbours: bool) -> None:
    """A map shows a count only as its shading class (``map.district_map``): within a class, the neighbours' pages stay as they were."""
    builder = Builder(corpus)
    before = render_site(builder.build())
    edit(corpus)
    after = render_site(builder.build(), previous=before)
    counts = [rendering.build.index.count("districts", district) for rendering in (before, after)]
    assert counts[0] < counts[1] and (shade_class(counts[0]) != shade_class(counts[1])) is neighbours
    around = {("districts", code) for code, filings in after.build.index.districts.items() if filings and code != district and district in shown_on(code)}
    assert around and (around <= after.fresh) is neighbours and (not around & after.fresh) is not neighbours
    assert _differences(after, render_site(after.build)) == []


def test_nothing_changed_renders_only_the_hubs(corpus: Path) -> None:
    builder = Builder(corpus)
    before = render_site(builder.build())
    again = render_site(builder.build(), previous=before)
    rendered = {unit for unit, pages in again.units.items() if before.units.get(unit) is not pages}
    assert {kind for kind, _ in rendered} <= {"hubs"}


def test_other_settings_render_everything(corpus: Path) -> None:
    builder = Builder(corpus)
    before = render_site(builder.build())
    flat = render_site(builder.build(), directory_urls=False, previous=before)
    assert _differences(flat, render_site(builder.build(), directory_urls=False)) == []
    assert not any(before.units.get(unit) is pages for unit, pages in flat.units.items())


@pytest.mark.parametrize("few", [index_module.FEW, 0], ids=["as configured", "always found at their places"])
def test_filings_taken_out_of_a_page_leave_the_others_in_order_and_the_page_as_it_was(corpus: Path, few: int, monkeypatch) -> None:
    """``index._without``: a few filings found at their places (past others of the same order), many filtered out."""
    monkeypatch.setattr(index_module, "FEW", few)  # the seeds' pages are short: most would be filtered
    index = Builder(corpus).build().index
    lists = [filings for kind in (index.districts, index.dates, index.wars) for filings in kind.values() if filings]
    tied = [(filings, b) for filings in lists for a, b in zip(filings, filings[1:]) if a.order == b.order]
    assert tied  # a statement filed twice on a page (a day's start and end): the second is found past the first
    cases = [(filings, filings[::step]) for filings in lists for step in (1, 2, len(filings))]  # all, half (filtered), the first
    for filings, gone in [*cases, *((filings, [b]) for filings, b in tied)]:
        before = list(filings)
        kept = _without(filings, gone)
        assert list(map(id, kept)) == [id(f) for f in filings if all(f is not g for g in gone)]
        assert list(map(id, filings)) == list(map(id, before)) and kept is not filings


def test_a_claim_joining_an_event_renders_its_pages_not_the_pages_of_the_sources_it_already_had(corpus: Path) -> None:
    """A source's page shows of an event only its link and title, by the sentences that report it: a claim joining an event
    other sources report leaves their pages as they were (hundreds of sources at 1,000); a full rendering agrees."""
    builder = Builder(corpus)
    before = render_site(builder.build())
    EDITS["a claim another source's event gains"](corpus)
    after = render_site(builder.build(), previous=before)
    joined = [e for e in after.build.corpus.events if SOURCES[1].stem in {c.source for c in e.claims}
              and ("events", e.id) in (after.fresh or ()) and len({c.source for c in e.claims}) > 1]
    assert joined, "the edit joins no event of other sources: it would test nothing"
    assert {key for kind, key in after.fresh or () if kind == "sources"} == {SOURCES[1].stem}
    assert _differences(after, render_site(after.build)) == []
