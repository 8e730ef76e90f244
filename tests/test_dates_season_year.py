"""Which winter a year names (issue 13; the gold's reading, blind3's "winter of 1992" before "February 25" being
1991-WI): a season named with its year lies mostly in that year, so "the winter of 1992" is December 1991 to
February 1992 (value 1991-WI: a winter's value names the December it starts in, DATA-EXPORT.md); a winter named by
both its years starts in the first; a year that only qualifies a winter noun, or a bare winter after a year, keeps
the winter that starts in it ("the 1993 winter offensive", December 1993 to February 1994)."""

from __future__ import annotations

import pytest

from chronicle.extract import dates


@pytest.mark.parametrize("language, sentence, found", [
    ("en", "During the winter of 1992 the villages emptied.", [("winter of 1992", "1991-WI")]),
    ("en", "In winter 1992 the pass was closed.", [("winter 1992", "1991-WI")]),
    ("ru", "Зимой 1992 года бои продолжались.", [("Зимой 1992 года", "1991-WI")]),
    # ... near misses: a winter named by both its years, other seasons, a year before the season
    ("en", "The winter 1993-94 offensive failed.", [("winter 1993", "1993-WI")]),
    ("en", "In the winter of 1993/94 the front moved.", [("winter of 1993", "1993-WI")]),
    ("en", "In the summer of 1993 the town fell.", [("summer of 1993", "1993-SU")]),
    ("en", "The 1993 winter offensive failed.", [("1993 winter", "1993-WI")]),
    ("en", "In 1993 advisers took part in the winter assault.", [("1993", "1993"), ("winter", "1993-WI")]),
])
def test_a_winter_named_with_its_year_holds_that_years_january(language, sentence, found):
    mentions = dates.tag_document([[sentence]], language=language)[0][0]
    assert [(m.text, m.value) for m in mentions] == found


@pytest.mark.parametrize("paragraph, values", [
    # a February told in that winter's story is the named year's, in the same sentence or the next
    (["During the winter of 1992 the offensive began and on February 25 the village fell."], ["1991-WI", "1992-02-25"]),
    (["During the winter of 1992 the offensive began.", "On February 25 the village fell."], ["1991-WI", "1992-02-25"]),
    # ... near misses: its December is the year before, and a winter named by both its years runs into the second
    (["In winter 1993 the pass was closed; on December 3 it opened."], ["1992-WI", "1992-12-03"]),
    (["In the winter of 1993/94 the front moved.", "On January 5 the pass fell."], ["1993-WI", "1994-01-05"]),
])
def test_the_days_of_a_winters_story_take_its_years(paragraph, values):
    mentions = dates.tag_document([paragraph], language="en")[0]
    assert [m.value for sentence in mentions for m in sentence] == values
