"""Claims of grammatical classes found missing on held-out sets read after scoring, each beside a near miss that
must give nothing: the progressive of a verb whose gerund is also a noun (a weekly's report, a front report). The
sentences are written for these tests in the shapes real texts use."""

from __future__ import annotations

import pytest

from test_claims import brief, claims_in, reference  # noqa: F401 (reference: the module's fixture)


@pytest.mark.parametrize(
    "text, expected",
    [
        # an auxiliary (adverbs between) before a gerund the lexicon lists as a noun: the verb in the progressive
        ("The army has been shelling several villages, notably the town of Martuni, with mortars.",
         [("assault", "AZ-XVD", None, None, "has been shelling")]),
        ("On 3 November 2020 the separatist units were heavily shelling the city of Tartar.",
         [("assault", "AZ-TAR", "2020-11-03", None, "were heavily shelling")]),
        # near misses: a determiner or "of" makes the gerund a noun, which needs a light verb or a date
        ("The worst of it has been the shelling of Martuni.", []),
        ("The shelling of Martuni has been heavy.", []),
    ],
)
def test_progressive_of_a_gerund_noun(text, expected, reference):
    assert [brief(c) for c in claims_in(text, reference)] == expected
