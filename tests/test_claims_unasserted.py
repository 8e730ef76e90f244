"""Events a sentence does not assert (issue 13, false claims on unseen texts): a question asks, it states nothing;
a condition opened by an inverted auxiliary supposes; "allegedly" keeps another's report at a distance; an event told only as the content of a report the sentence rejects is no claim ("the allegations that ... are false", "rejected the claims that ..."). Each
rejected shape stands beside a near miss whose claim must stay: the report confirmed, the rejection aimed at
another report, the event told before the rejected report. Sentences written for these tests in the shapes of
ministry statements and wire reports."""

from __future__ import annotations

import pytest

from chronicle.extract.claims import Context, sentence_claims
from chronicle.lexicon import load
from test_claims import brief, claims_in, reference  # noqa: F401 (reference: the module's fixture)
from test_claims_languages import _facts, catalog  # noqa: F401 (catalog: the module's fixture)

SHELLED_TARTAR = [("assault", "AZ-TAR", None, None, "shelled")]


@pytest.mark.parametrize("text, expected", [
    # a verdict of untruth after the report's content
    ("Baku's allegations that Armenian forces shelled Tartar are false, the ministry said.", []),
    ("Reports that Armenian troops captured Talish do not correspond to reality.", []),
    # near miss: the report confirmed, not rejected
    ("Reports that Armenian forces shelled Tartar were confirmed by the ministry.", SHELLED_TARTAR),
    # a rejecting verb before the report noun, words between them ("as baseless", "as fake news")
    ("The ministry rejected as baseless the claims that Armenian forces shelled Tartar.", []),
    ("Yerevan is denying as fake news the Azerbaijani statement which claimed that the Armenian army shelled Tartar.",
     []),
    # near miss: the event told first, the rejected report is another one ("claims of a ceasefire")
    ("Armenian forces shelled Tartar, the ministry said, rejecting claims of a truce.", SHELLED_TARTAR),
    # near miss: a report noun with no content clause; the event is the sentence's own
    ("Despite the denial of the reports, Armenian forces shelled Tartar.", SHELLED_TARTAR),
    # near miss: a report's content not rejected is what a reporting verb puts forward
    ("The ministry issued a statement that Armenian forces shelled Tartar.", SHELLED_TARTAR),
])
def test_a_rejected_report_states_no_claim(text, expected, reference):
    assert [brief(c) for c in claims_in(text, reference, "2021-06-01")] == expected


@pytest.mark.parametrize("text, places, expected", [
    ("Минобороны опровергло сообщения о том, что армянские силы обстреляли Тертер.", {"Тертер": "AZ-TAR"}, []),
    ("Заявления Баку о том, что армянские силы обстреляли Тертер, не соответствуют действительности.",
     {"Тертер": "AZ-TAR"}, []),
    # near miss: the ministry's own report
    ("Минобороны сообщило, что армянские силы обстреляли Тертер.", {"Тертер": "AZ-TAR"},
     [("assault", "AZ-TAR", None, "обстреляли")]),
    ("Армянские силы якобы обстреляли Тертер.", {"Тертер": "AZ-TAR"}, []),
])
def test_a_rejected_report_in_russian(catalog, text, places, expected):
    claims = sentence_claims(text, _facts(text, places, {}), load()["ru"], Context("s", "s-1", catalog))
    assert [(c.kind, c.district, c.date, c.wording) for c in claims] == expected


@pytest.mark.parametrize("text, expected", [
    ("Did Armenian forces really shell Tartar on Sunday?", []),
    ("Why did Azerbaijani forces shell Tartar?", []),
    # near misses: the question is another clause's, after the claim's own clause has ended
    ("Armenian forces shelled Tartar; why did nobody stop them?", SHELLED_TARTAR),
    ("Armenian forces shelled Tartar. Why?", SHELLED_TARTAR),
    # an exclamation asserts
    ("Armenian forces shelled Tartar!", SHELLED_TARTAR),
])
def test_a_question_states_no_claim(text, expected, reference):
    assert [brief(c) for c in claims_in(text, reference)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Had Armenian forces shelled Tartar, the ceasefire would have collapsed.", []),
    # near misses: the condition ends at its comma, the main clause after it asserts; "had" as an auxiliary
    ("Had the talks failed, Armenian forces shelled Tartar.", SHELLED_TARTAR),
    ("Armenian forces had shelled Tartar, and the talks failed.", [("assault", "AZ-TAR", None, None, "had shelled")]),
    # "allegedly" keeps the event at a distance, "reportedly" tells it as reported
    ("Armenian forces allegedly shelled Tartar.", []),
    ("Armenian forces reportedly shelled Tartar.", [("assault", "AZ-TAR", None, None, "reportedly shelled")]),
])
def test_a_supposed_or_distanced_event_states_no_claim(text, expected, reference):
    assert [brief(c) for c in claims_in(text, reference)] == expected


@pytest.mark.parametrize("text, expected", [
    # once the text has rejected a report, what "the statement claims" is that report's, not the text's
    ("The ministry denied the Azerbaijani statement as fake news.\n\n"
     "The statement also claimed that Armenian forces shelled Tartar.", []),
    # near misses: no report rejected before; a report not claimed but confirmed; the text's own sentence
    ("The ministry issued a statement on Monday.\n\nThe statement also claimed that Armenian forces shelled Tartar.",
     SHELLED_TARTAR),
    ("The ministry denied the Azerbaijani statement as fake news.\n\n"
     "The report confirmed that Armenian forces shelled Tartar.", SHELLED_TARTAR),
    ("The ministry denied the Azerbaijani statement as fake news.\n\nArmenian forces shelled Tartar.", SHELLED_TARTAR),
])
def test_a_report_rejected_earlier_keeps_what_it_claims(text, expected, reference):
    assert [brief(c) for c in claims_in(text, reference)] == expected
