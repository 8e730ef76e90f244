"""What comes "under control" changes hands only when it is a place or a position (issue 13; the shape noticed on a
spent development set, sentences written here): a fire or a situation brought under control is no control claim,
and "the fire came under control" is no fire that anything came under."""

from __future__ import annotations

import pytest

from test_claims import brief, claims_in, reference  # noqa: F401 (reference: the module's fixture)


@pytest.mark.parametrize("text, expected", [
    # an event or a state brought under control, with the place that says where beside it: no claim
    ("On 3 May 1993 the fire in Tartar came under control.", []),
    ("On 3 May 1993 the situation in Aghdam came under control of the authorities.", []),
    ("In Tartar the situation came under the control of the police on 3 May 1993.", []),
    ("On 3 May 1993 the situation in Aghdam was taken under control.", []),
    ("On 3 May 1993 rescuers took the situation in Tartar under control.", []),
    ("On 3 May 1993 soldiers took the fire under control in Tartar.", []),
    # ... near misses: a place or a position comes under control, named or headed by a place noun
    ("On 3 May 1993 Aghdam came under the control of Armenian forces.",
     [("control", "AZ-AGM", "1993-05-03", None, "came under the control of")]),
    ("On 3 May 1993 the town of Aghdam came under control of Armenian forces.",
     [("control", "AZ-AGM", "1993-05-03", None, "came under control of")]),
    ("On 3 May 1993 Azerbaijani troops took the strategic heights near Tartar under control.",
     [("control", "AZ-TAR", "1993-05-03", None, "took")]),
    ("On 3 May 1993 Aghdam was taken under control.", [("control", "AZ-AGM", "1993-05-03", None, "was taken")]),
    # ... and fire a place came under is an attack
    ("On 3 May 1993 Kalbajar came under fire.", [("assault", "AZ-KAL", "1993-05-03", None, "came under fire")]),
])
def test_only_a_place_or_a_position_changes_hands(text, expected, reference):
    assert [brief(c) for c in claims_in(text, reference)] == expected
