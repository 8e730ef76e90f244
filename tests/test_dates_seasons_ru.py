"""Russian seasons in every case: "к лету 1992 года" (by the summer of 1992) is a season as "летом 1993
года" is; "на лету" (on the fly) is no season, so the dative counts only next to a year."""

from __future__ import annotations

import pytest

from chronicle.extract import dates


@pytest.mark.parametrize("sentence, found", [
    ("К лету 1992 года военный потенциал противника вырос.", [("лету 1992 года", "1992-SU")]),
    ("Летом 1993 года бои возобновились.", [("Летом 1993 года", "1993-SU")]),
    ("Весною 1993 года бои возобновились.", [("Весною 1993 года", "1993-SP")]),
    ("Он поймал мяч на лету.", []),
    ("К лету бои стихли.", []),
])
def test_a_russian_season_in_any_case(sentence, found):
    mentions = dates.tag_document([[sentence]], language="ru")[0][0]
    assert [(m.text, m.value) for m in mentions] == found
