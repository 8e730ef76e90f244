"""A related-news list closes many news pages: list items, some cut off by the site with an ellipsis. A cut
headline is a link to another story, not the text's last sentence, so the list after the story is chrome;
a list of the story's own items, closed by ";" or ".", stays content. Lines written for this test in the shape
of an Azerbaijani news page."""

from __future__ import annotations

import pytest

from chronicle.boilerplate.rules import classify

STORY = [
    "Xocavənd rayonunun kəndində mina partlayıb.",
    "Hadisə nəticəsində iki nəfər yaralanıb.",
]


@pytest.mark.parametrize("tail, chrome", [
    # a related-news list whose first item the site cut off
    (["- Bakıda keçirilən sammitin tarixi açıqlandı…", "- Nazir yeni layihəni təqdim etdi", "- Prezident sərəncam imzaladı"],
     [True, True, True]),
    (["- Bakıda keçirilən sammitin tarixi açıqlandı...", "- Nazir yeni layihəni təqdim etdi"], [True, True]),
    # the story's own list: closed items are content
    (["– Hadrut qəsəbəsi, Sur kəndi (hər ikisi Xocavənd rayonu);", "– Qışlaq, Qaracallı kəndləri (hər ikisi Cəbrayıl rayonu)."],
     [False, False]),
    # an ellipsis outside a list ends a sentence of the story
    (["Axtarışlar davam edir…"], [False]),
])
def test_a_cut_headline_opens_the_closing_chrome(tail, chrome):
    reasons = classify(STORY + tail)
    assert reasons[:2] == [None, None]
    assert [r is not None for r in reasons[2:]] == chrome
