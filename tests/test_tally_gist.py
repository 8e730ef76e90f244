"""A date page's gist (the districts, wars and perspectives of its statements) gives the facets and search filters a
tally of the same statements gives, and the gist of several lists is the union of theirs: a year's page merges its
days' gists, each kept while the day's list is the same."""

from __future__ import annotations

import pytest

from chronicle.index import Filing, Statement
from chronicle.model import Paragraph, RawSource, Sentence, SentenceFacts, Source, SourceMeta
from chronicle.render.tally import Gist, facet_filters, gist, merged


def _filing(source: str, sentence: str, districts: tuple[str, ...], wars: tuple[str, ...], perspective: str | None) -> Filing:
    said = Sentence(sentence, 1, f"Sentence {sentence}.")
    raw = RawSource(source, f"corpus/sources/{source}.txt", "0" * 64, SourceMeta(perspective=perspective), (), "txt")
    facts = SentenceFacts(filed_districts=districts, filed_wars=wars)
    return Filing(Statement(Source(raw, (Paragraph(1, 1, (said,)),)), Paragraph(1, 1, (said,)), said, facts))


A = _filing("a", "s1", ("AZ-AGM", "AZ-TAR"), ("first-war",), "armenian")
B = _filing("b", "s1", ("AZ-FUZ",), ("first-war", "1993-offensives"), "azerbaijani")
C = _filing("c", "s9", (), (), None)
D = _filing("d", "s2", ("AZ-AGM",), ("second-war",), "neutral")

# (filings, year, filters)
CASES = [
    ([], None, ()),
    ([C], "1993", (("year", ("1993",)),)),
    ([A], None, (("war", ("first-war",)), ("district", ("AZ-AGM", "AZ-TAR")), ("perspective", ("armenian",)))),
    ([A, A, B, C], "1993", (("war", ("1993-offensives", "first-war")), ("district", ("AZ-AGM", "AZ-FUZ", "AZ-TAR")),
                            ("perspective", ("armenian", "azerbaijani")), ("year", ("1993",)))),
    ([D, C, A], None, (("war", ("first-war", "second-war")), ("district", ("AZ-AGM", "AZ-TAR")), ("perspective", ("armenian", "neutral")))),
]


@pytest.mark.parametrize("filings,year,filters", CASES)
def test_a_gist_gives_the_filters_a_tally_gives(filings: list[Filing], year: str | None, filters: tuple) -> None:
    assert gist(filings).filters(year) == facet_filters(filings, year) == filters


@pytest.mark.parametrize("lists", [[], [[A]], [[A], []], [[A, C], [B], [D, A]], [[C], [C]]])
def test_the_gist_of_several_lists_is_the_union_of_theirs(lists: list[list[Filing]]) -> None:
    together = [f for filings in lists for f in filings]
    assert merged(gist(filings) for filings in lists) == gist(together)
    assert merged([]) == Gist()
