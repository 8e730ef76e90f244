"""The English date gate (``tokens.may_hold_date``): a sentence without a digit or a date word is not tokenized.

The gate reads an ASCII sentence's words as a set; it must rule in exactly what the grouped alternation of the
date words (``_MAY_HOLD_DATE``) rules in, since a sentence it wrongly rules out loses its dates.
"""

from __future__ import annotations

import pytest
from chronicle.extract.timex.tokens import _MAY_HOLD_DATE, may_hold_date

CASES = [
    ("The shelling went on.", False),
    ("Shelling resumed in March.", True),
    ("Shelling resumed in MARCH.", True),
    ("They marched on the town.", False),  # a date word inside a longer word
    ("The may_day rally", False),  # an underscore joins words
    ("Late in the evening, troops withdrew.", True),
    ("A ceasefire held overnight", True),
    ("On 3 the front moved.", True),  # a digit
    ("Front line report No7", True),
    ("Apr. fighting", True),  # an abbreviation before a stop
    ("Fighting in Jabra\u00efl resumed in spring", True),  # a text that is not ASCII
    ("Fighting in Jabra\u00efl resumed", False),
    ("\u212aILLED at daw\u0274", False),  # the Kelvin sign for "k" and a small capital: no date word
    ("The \u017fpring offensive", True),  # the long s is "s" under IGNORECASE: a text that is not ASCII asks the pattern
    ("", False),
]


@pytest.mark.parametrize("text, holds", CASES)
def test_the_gate_rules_in_a_digit_or_a_date_word(text, holds):
    assert may_hold_date(text) is holds
    assert (_MAY_HOLD_DATE.search(text) is not None) is holds  # the alternation it stands for agrees
