"""Events: a town's fall that one source tells in two voices' accounts ("which claims are one event").

A source does not tell one happening twice with days that exclude each other, unless the text says they are
the same: a source reporting what a party announced, and setting another day against it ("other sources put
the fall on the 14th"), tells one fall whose day is disputed. The reporting verb marks the account
(``dating.voiced``); grouping reads the mark. The sentences are written for these tests in the shapes
encyclopedia articles and news reports use.
"""

from __future__ import annotations

import pytest

from chronicle import lexicon
from chronicle.events import resolve
from chronicle.extract.claims.dating import voiced
from test_claims import claims_in, reference  # noqa: F401 (reference: the module's fixture)

LEXICONS = lexicon.load()


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("en", "On 12 March the minister announced that the army had taken the town.", True),
        ("en", "The town had been taken by the morning of 12 March, the ministry said.", True),
        ("en", "Rival accounts claimed that the town fell two days later.", True),
        ("en", "The army took the town on 12 March after a week of fighting.", False),  # the source's own telling
        ("en", "The announcement of the ceasefire came on 12 March.", False),  # a noun, no reporting verb
        ("ru", "12 марта министр заявил, что армия заняла город.", True),
        ("ru", "Армия заняла город 12 марта.", False),
        ("az", "Nazirlik bildirib ki, ordu martın 12-də şəhəri azad edib.", True),
        ("az", "Ordu martın 12-də şəhəri azad edib.", False),
        ("hy", "Նախարարությունը հայտարարեց, որ բանակը գրավել է քաղաքը։", True),
        ("hy", "Բանակը գրավել է քաղաքը մարտի 12-ին։", False),
    ],
)
def test_a_reporting_verb_makes_a_claim_a_voices_account(language, text, expected):
    assert voiced(text, LEXICONS[language]) is expected


@pytest.mark.parametrize(
    "text, events",
    [
        ("On 9 October 2020, the president announced that the army had taken control of Hadrut.\n\n"
         "Both sides at first claimed to hold the town, but other sources said that the army had taken Hadrut "
         "on 14 October 2020.", 1),  # two accounts of one fall, a president's and other sources': one event, disputed
        ("On 9 October 2020 the army took control of Hadrut.\n\n"
         "On 14 October 2020 the army took Hadrut.", 2),  # near miss: the source's own two days are two changes of hands
    ],
)
def test_two_accounts_of_a_towns_fall_are_one_event(text, events, reference):  # noqa: F811
    claims = [c for c in claims_in(text, reference) if c.kind == "control"]
    assert len(claims) == 2
    got = resolve(claims)
    assert len(got) == events
    assert got[0].disputed is (events == 1)
