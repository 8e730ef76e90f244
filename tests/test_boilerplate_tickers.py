"""A news site's weather and exchange-rate widgets head many pages in every language: a degree sign or a
currency code among figures, on a line no sentence ends; so does a read counter, often behind a bullet or an
icon ("• 30071 просмотра"). The lines are written for this test in the shapes
of Armenian, Azerbaijani and Russian news pages."""

from __future__ import annotations

import pytest

from chronicle.boilerplate.rules import classify

STORY = "Հակառակորդը կրակ է բացել սահմանային դիրքերի ուղղությամբ։"


@pytest.mark.parametrize("line, widget", [
    ("ԵՐԵՎԱՆ 3 C°", True),
    ("• USD - 387.50 դրամ +0,02 EUR - 419.10 դրամ -0,11", True),
    ("Bakı 28°C", True),
    ("USD - 1.7010", True),
    ("Ереван +5°", True),
    # sentences that hold a figure with a unit or a currency stay content
    ("Температура в Ереване поднялась до 30°C.", False),
    ("The ministry paid 5 million USD to the families of the victims in 1994.", False),
    ("Զոհվածների ընտանիքներին հատկացվել է 3000 USD աջակցություն։", False),
])
def test_a_weather_or_rate_widget_is_chrome(line, widget):
    reasons = classify([line, STORY])
    assert (reasons[0] == "widget") is widget and reasons[1] is None


@pytest.mark.parametrize("line, counter", [
    ("• 30071 просмотра", True),
    ("30071 просмотра", True),
    ("👁 1520 baxış", True),
    ("• 3 октября 1993 года", False),
])
def test_a_read_counter_behind_a_bullet_is_chrome(line, counter):
    reasons = classify([STORY, line, STORY])
    assert (reasons[1] == "read counter") is counter
