"""How far a predicate's places reach (issue 13, claims filed on the wrong district): a withdrawal is about the
place left, not its destination; a clause fronted by a subordinator ends at its comma, unless the comma only parts a
list of places. Each shape beside a near miss whose claims must stay. Sentences written for these tests in the
shapes of wire reports."""

from __future__ import annotations

import pytest

from test_claims import brief, claims_in, reference  # noqa: F401 (reference: the module's fixture)


@pytest.mark.parametrize("text, expected", [
    ("The Armenian forces retreated from Hadrut to Stepanakert.",
     [("control", "AZ-XVD", None, None, "retreated from")]),
    # near miss: no destination, the place left alone
    ("The Armenian forces retreated from Hadrut.", [("control", "AZ-XVD", None, None, "retreated from")]),
    # a fronted clause ends at its comma: the main clause's place is no object of the participle
    ("After capturing Jabrayil, the army moved on Fuzuli.", [("control", "AZ-CAB", None, None, "capturing")]),
    # near miss: the commas part a list of the places captured
    ("After capturing Jabrayil, Fuzuli and Zangilan, the army moved on.",
     [("control", "AZ-CAB", None, None, "capturing"), ("control", "AZ-FUZ", None, None, "capturing"),
      ("control", "AZ-ZAN", None, None, "capturing")]),
    # near miss: not fronted, a main clause's list reaches every place
    ("The army captured Jabrayil, Fuzuli and Zangilan.",
     [("control", "AZ-CAB", None, None, "captured"), ("control", "AZ-FUZ", None, None, "captured"),
      ("control", "AZ-ZAN", None, None, "captured")]),
])
def test_a_predicate_reaches_the_places_of_its_clause(text, expected, reference):
    assert [brief(c) for c in claims_in(text, reference)] == expected
