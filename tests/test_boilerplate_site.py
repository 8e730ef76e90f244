"""Lines a site repeats are its chrome: across one publisher's sources, or within one source.

"Subscribe to our newsletter" above and below an article, or on every page
of a site, came with the layout, not with the text. Such lines are marked as
boilerplate with their reason, never dropped; a long line of prose (a stock
background paragraph) and a title repeated as the lead stay as they are.
"""

from __future__ import annotations

import pytest

from chronicle.boilerplate import SITE_REASON, classify, line_key, site_chrome

PROSE = "The offensive began in the morning and the town was taken by evening after heavy fighting."
OTHER = "Talks went on for years without any result, and both sides kept their troops at the line."
STOCK = "The region is internationally recognised as part of Azerbaijan but was held by ethnic Armenian forces for decades."
NEWSLETTER = "Subscribe to our newsletter"


def chrome_of(sources: list[tuple[str | None, list[str]]]) -> list[set[str]]:
    return [set(keys) for keys in site_chrome(sources)]


@pytest.mark.parametrize(
    ("sources", "expected"),
    [
        # three sources of one publisher share the line: it is the site's own, in each of them
        ([("wire", [PROSE, NEWSLETTER])] * 3, [{line_key(NEWSLETTER)}] * 3),
        # spacing and case do not make another line
        ([("wire", [PROSE, NEWSLETTER]), ("wire", ["subscribe  to our NEWSLETTER"]), ("wire", [NEWSLETTER])],
         [{line_key(NEWSLETTER)}] * 3),
        # two sources are not enough, nor three publishers, nor sources without one
        ([("wire", [NEWSLETTER])] * 2, [set()] * 2),
        ([("wire", [NEWSLETTER]), ("daily", [NEWSLETTER]), ("weekly", [NEWSLETTER])], [set()] * 3),
        ([(None, [NEWSLETTER])] * 3, [set()] * 3),
        # a paragraph of prose repeated by a publisher is its stock background, still content
        ([("wire", [STOCK])] * 3, [set()] * 3),
        # one source repeating the line three times is one source
        ([("wire", [NEWSLETTER, PROSE, NEWSLETTER, NEWSLETTER]), ("wire", [PROSE])], [set(), set()]),
    ],
)
def test_site_chrome_is_what_a_publisher_repeats_across_its_sources(sources, expected):
    assert chrome_of(sources) == expected


def test_classify_marks_the_site_lines_it_is_given():
    paragraphs = ["A title", PROSE, NEWSLETTER, OTHER]
    assert classify(paragraphs, frozenset({line_key(NEWSLETTER)})) == [None, None, SITE_REASON, None]
    assert classify(paragraphs) == [None] * 4


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a label that comes back within the page: every copy
        (["A title", "Share this story", PROSE, "Read more", OTHER, "Read more"],
         [None, "share buttons", None, "repeated copy", None, "repeated copy"]),
        # the title on the first line, repeated as the lead: the first copy is the title
        (["Shelling in the south", PROSE, "Shelling in the south"], [None, None, "repeated copy"]),
        # a sentence said twice: the second copy only
        (["A title", PROSE, OTHER, PROSE], [None, None, None, "repeated copy"]),
    ],
)
def test_lines_repeated_within_a_source(paragraphs, expected):
    assert classify(paragraphs) == expected


def test_a_real_build_mutes_the_sites_line_on_every_source_of_that_publisher(tiny_site):
    files = {}
    for n, event in enumerate(("Agdam was shelled on 3 July 1993.", "Fuzuli fell on 23 August 1993.", "Tovuz was shelled on 12 July 2020.")):
        files[f"s{n}.md"] = f"Report {n}\n\n{event}\n\n{NEWSLETTER}\n\n{PROSE}\n"
        files[f"s{n}.yml"] = f"title: Report {n}\npublisher: Daily Wire\n"
    files["other.md"] = f"Another site\n\nShusha was taken on 8 November 2020.\n\n{NEWSLETTER}\n\n{OTHER}\n"
    files["other.yml"] = "title: Another site\npublisher: Weekly Review\n"
    built = tiny_site(files)
    assert built.returncode == 0, built.log
    publisher = {row["id"]: row["publisher"] for row in built.data("sources.json")}
    muted = sorted((publisher[r["source"]], r["boilerplate"], r["boilerplate_reason"] or "") for r in built.data("sentences.jsonl")
                   if r["text"] == NEWSLETTER)
    assert muted == [("Daily Wire", True, SITE_REASON)] * 3 + [("Weekly Review", False, "")]
