"""Fragments shared between the pages of one rendering are the HTML each page would make alone, links included."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from chronicle import pipeline
from chronicle.index import Statement
from chronicle.ingest import text_blocks
from chronicle.model import RawSource, SentenceFacts, SourceMeta
from chronicle.render.addresses import Addresses, covered
from chronicle.rebuilds import KeptWhileSame
from chronicle.render.common import FOOTNOTE, FOOTNOTE_BACKREF, FOOTNOTE_REF, PageContext, Shared
from chronicle.render.date_pages import render_date_pages
from chronicle.render.district_pages import mentioned_places, render_district
from chronicle.render.event_pages import link_events, render_event
from chronicle.render.html import Markup, el, filled, join
from chronicle.render.site import render_site
from chronicle.render.source_page import MARKER, SENTENCE, render_source
from chronicle.render.statements import ITEM_AFTER, ITEM_BEFORE, ITEM_DAY, ITEM_DAY_ROLE, ITEM_RELATED, ITEM_WHO
from chronicle.render.war_pages import render_war
from chronicle.segment import segment

HOSTILE = """a&b<"c">'d"""  # a label or a day as no code writes one: every character the templates must escape


@pytest.mark.parametrize(("template", "values", "made_by_el"), [
    (FOOTNOTE_REF, ("fnref:s1-p1s2", "s1-p1s2", "3"), el("sup", el("a", "3", class_="footnote-ref", href="#fn:s1-p1s2"), id="fnref:s1-p1s2")),
    (FOOTNOTE_REF, (f"fnref2:{HOSTILE}", HOSTILE, "12"), el("sup", el("a", "12", class_="footnote-ref", href=f"#fn:{HOSTILE}"), id=f"fnref2:{HOSTILE}")),
    (FOOTNOTE_BACKREF, ("", HOSTILE, "4"),
     el("a", "↩", class_="footnote-backref", href=f"#fnref:{HOSTILE}", title="Jump back to footnote 4 in the text")),
    (FOOTNOTE_BACKREF, ("2", "s1-p1s2", "4"),
     el("a", "↩", class_="footnote-backref", href="#fnref2:s1-p1s2", title="Jump back to footnote 4 in the text")),
    (FOOTNOTE, (HOSTILE, Markup("<em>T</em>, ¶ 2: x"), Markup("<a>↩</a> <a>↩</a>")),
     el("li", el("p", Markup("<em>T</em>, ¶ 2: x"), Markup("&#160;"), Markup("<a>↩</a> <a>↩</a>")), id=f"fn:{HOSTILE}")),
    (SENTENCE, ("p2s1", HOSTILE), el("span", HOSTILE, class_="chronicle-s", id="p2s1")),
    (MARKER, ("on-p2s1", "3", f"Quoted on 2 pages; {HOSTILE}", Markup("<span>a</span><br><span>b</span>")),
     el("button", "3", type="button", class_="chronicle-mark", popovertarget="on-p2s1", aria_label=f"Quoted on 2 pages; {HOSTILE}",
        title=f"Quoted on 2 pages; {HOSTILE}")
     + el("span", Markup("<span>a</span><br><span>b</span>"), id="on-p2s1", popover="auto", class_="chronicle-on", data_pagefind_ignore="all")),
    (ITEM_DAY, (HOSTILE,), join([el("strong", HOSTILE), ": "])),
    (ITEM_DAY_ROLE, ("5 May 1992", "begins"), join([el("strong", "5 May 1992"), " (begins): "])),
    (ITEM_WHO, (Markup("<em>S</em>"),), join([" — ", Markup("<em>S</em>")])),
    (ITEM_RELATED, (Markup("<small>also</small>"),), join([" ", Markup("<small>also</small>")])),
])
def test_a_filled_template_is_the_html_el_makes_of_the_same_values(template, values, made_by_el):
    filled_in = filled(template, *values)
    assert filled_in == made_by_el
    assert type(filled_in) is Markup


@pytest.mark.parametrize(("lead", "who", "related"), [
    ("", "", ""),
    (filled(ITEM_DAY_ROLE, "8 May 1992", "ends"), filled(ITEM_WHO, Markup("<em>S</em>")), filled(ITEM_RELATED, Markup("<small>x</small>"))),
    (filled(ITEM_DAY, HOSTILE), "", filled(ITEM_RELATED, Markup("<small>x</small>"))),
])
def test_a_list_item_cut_at_its_footnote_reference_is_the_item_el_makes(lead, who, related):
    """The halves of a statement's item, a page's footnote reference between them, are one ``<li>`` of all three."""
    words, cite, tag = Markup('<q lang="ru">w</q>'), Markup("<sup>1</sup>"), Markup(" <abbr>RU</abbr>")
    whole = filled(ITEM_BEFORE, lead, words) + cite + filled(ITEM_AFTER, tag, who, related)
    assert whole == el("li", lead, words, cite, tag, who, related)


def test_a_shared_fragment_is_made_once_per_key():
    shared, made = Shared(), []

    def make(html: str):
        return lambda: made.append(html) or Markup(html)

    first = shared.get(("k", 1), make("<b>1</b>"))
    again = shared.get(("k", 1), make("<b>other</b>"))
    other = shared.get(("k", 2), make("<b>2</b>"))
    assert (first, again, other) == ("<b>1</b>", "<b>1</b>", "<b>2</b>")
    assert again is first
    assert made == ["<b>1</b>", "<b>2</b>"]


A, A_AGAIN = (["a"],), (["a"],)  # equal, not the same objects: a source processed anew after an edit


@pytest.mark.parametrize(("first", "then", "lasting", "made_again"), [
    (A, A, True, False),  # ``mkdocs serve``: the next rendering finds the fragment of the same objects
    (A, A_AGAIN, True, True),  # made from an object made anew: made again, however equal
    (None, None, True, True),  # no inputs given: lives one rendering only
    ((), (), True, False),  # nothing outside the key (the key holds all the fragment shows)
    (A, A, False, True),  # ``mkdocs build``: nothing outlives a rendering
])
def test_a_fragment_outlives_its_rendering_while_its_inputs_are_the_same_objects(first, then, lasting, made_again):
    kept, made = KeptWhileSame(), []

    def rendering(inputs):  # each rendering has its own Shared, as each has its own Addresses
        shared = Shared()
        shared.lasting = kept if lasting else None
        return shared.get(("k", 1), lambda: made.append(1) or Markup(f"<b>{len(made)}</b>"), inputs)

    assert (rendering(first), rendering(then)) == ("<b>1</b>", "<b>2</b>" if made_again else "<b>1</b>")


def _statements(meta: SourceMeta) -> list[Statement]:
    """Two sentences of a source written for this test, as the index files them."""
    text = 'Heading line\nForces entered "Shusha" on 8 May 1992 <b>at dawn</b>. The ministry & the army denied it.\n'
    raw = RawSource("src-1", "corpus/src-1.txt", "0" * 64, meta, tuple(text_blocks(text)), "txt")
    source = segment(raw)
    paragraph = source.paragraphs[-1]
    return [Statement(source, paragraph, sentence, SentenceFacts()) for sentence in paragraph.sentences]


METAS = [
    SourceMeta(title="A <title> & more", publisher="P & Q", published="1992-05-09", perspective="armenian",
               url="https://en.wikipedia.org/w/index.php?title=X&oldid=123", language="ru"),  # a pinned URL: a text fragment per sentence
    SourceMeta(title="Plain", url="https://example.org/news"),  # the live page, the same for every sentence
    SourceMeta(title="No URL", url="javascript:alert(1)"),  # not linked at all
]
# Pages at every depth and in every folder a quote appears on: links from them differ, or not, by their relative URLs.
URIS = ["dates/1992-05-08.md", "dates/1992.md", "districts/shusha.md", "wars/first-war.md", "wars/first-war/1992.md",
        "events/e-1.md", "sources/other.md", "index.md"]


@pytest.mark.parametrize("meta", METAS)
def test_pages_sharing_fragments_write_what_each_makes_alone(meta):
    statements = _statements(meta)
    shared = Shared()

    def render(page: PageContext) -> tuple[str, list]:
        parts = [page.quote(st) + page.attribution(st) for st in [*statements, statements[0]]]  # one quoted twice
        return "".join([*parts, page.footnotes()]), page.links

    for uri in URIS * 2:  # the second round reads every fragment back
        assert render(PageContext(uri, shared=shared)) == render(PageContext(uri))


PARTS = [("wars/first-war/1992.md", "January–June 1992"), ("wars/first-war/1992-h2.md", "July–December 1992"),
         ("wars/first-war/1993.md", "1993"), ("events/e-1.md", "1"), ("events/e-1-2.md", HOSTILE)]


@pytest.mark.parametrize("here", [uri for uri, _ in PARTS] + ["dates/1992.md"])
def test_a_pager_sharing_its_links_is_the_pager_each_part_makes_alone(here):
    """Every part of a long list shows every other: the links are made once per rendering, for each page alike."""
    shared = Shared()
    for uri in [uri for uri, _ in PARTS] + [here]:  # the other parts first: ``here`` reads their links back
        with_shared, alone = PageContext(uri, shared=shared), PageContext(uri)
        assert (str(with_shared.pager(PARTS)), with_shared.links) == (str(alone.pager(PARTS)), alone.links)


@pytest.fixture(scope="module")
def seeds_build():
    root = Path(__file__).resolve().parent.parent
    return pipeline.run(pipeline.Inputs(root, root / "corpus" / "sources", root / "corpus" / "gazetteer", root / "corpus" / "wars.yaml"))


@pytest.mark.parametrize(("directory_urls", "per_page"), [(True, 200), (False, 200), (True, 3)])  # 3: busy pages split into parts
def test_the_site_is_the_site_its_pages_make_alone(seeds_build, directory_urls, per_page):
    """Every page with statements (sources, districts, dates, events, wars), rendered with nothing shared, is the page
    ``render_site`` made sharing fragments: HTML, links, anchors and all."""
    build = seeds_build
    shared = {page.uri: page for page in render_site(build, directory_urls, per_page).pages()}
    addresses = Addresses(build.gazetteer, build.catalog, build.data_files, directory_urls, per_page)
    addresses.events = link_events(build.corpus.events, build.index, addresses)
    addresses.covered = covered(build.index)
    addresses.shared = None
    alone = [render_source(source, build.index, addresses, directory_urls) for source in build.corpus.sources]
    inside = mentioned_places(build.shares.values(), build.gazetteer, None)
    for place in build.gazetteer.districts():
        if addresses.has_page("districts", code := place.district or place.id):
            alone += [p for pages in render_district(place, build.index, addresses, inside.get(code, [])).values() for p in pages]
    alone += [p for _, pages in render_date_pages(build.index, addresses) for p in pages]
    alone += [p for event in build.corpus.events for p in render_event(event, build.index, addresses, addresses.events)]
    for war in build.catalog.all():
        if addresses.has_page("wars", war.id):
            alone += [p for pages in render_war(war, build.index, addresses).values() for p in pages]
    assert len(alone) > 20 and sum(len(p.links) for p in alone) > 1000
    for page in alone:
        assert replace(page, search_filters=()) == replace(shared[page.uri], body=page.body, search_filters=()), page.uri
        assert str(page.body) == str(shared[page.uri].body), page.uri
