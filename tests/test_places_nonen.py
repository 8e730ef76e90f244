"""Shapes of Russian and Armenian text that name places without placing events there, or that hide a place
name from a reader of English habits (issue 13, the 'languages' area).

- an Armenian district article describes its neighbours: "շրջանը հյուսիսից
  սահմանակցում է ... շրջանին" (it borders ...), as "граничит с" and "borders" do;
- a Russian list of adjectives shares one head noun even when a link repeats
  the preposition: "на Аскеранском, а затем на Шаумяновском направлении";
- Armenian names the districts beside Karabakh in its own script and cases
  ("Բարդայի", "Եվլախում");
- a foreign capital heads a foreign agency's dateline ("КИЕВ. 2 октября. УНН.").

The sentences are written for these tests in the shapes of the texts they stand for.
"""

from __future__ import annotations

import pytest
from places_languages_support import GAZETTEER, found

from chronicle.extract.places import tag_document
from chronicle.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load(GAZETTEER)


@pytest.mark.parametrize("sentence, events", [
    ("Շրջանը հյուսիսից սահմանակցում է Շահումյանի շրջանին, հարավից՝ Ասկերանի շրջանին։",
     {"Շահումյանի": False, "Ասկերանի": False}),
    ("Գյուղը սահմանակից է Աղդամի շրջանին։", {"Աղդամի": False}),
    # what happens beside the border is still an event there
    ("Հակառակորդը կրակ է բացել Աղդամի ուղղությամբ։", {"Աղդամի": True}),
])
def test_an_armenian_boundary_places_no_event(gazetteer, sentence, events):
    mentions = tag_document([[sentence]], gazetteer, language="hy").mentions[0][0]
    assert {m.text: m.event for m in mentions} == events


@pytest.mark.parametrize("sentence, expected", [
    ("Наступление началось на Аскеранском, а затем на Шаумяновском направлении.",
     [("Аскеранском", "AZ-XCI"), ("Шаумяновском", "AZ-GOR")]),
    ("Бои шли на Физулинском, а также на Джебраильском направлениях.", [("Физулинском", "AZ-FUZ"), ("Джебраильском", "AZ-CAB")]),
    ("Кельбаджарский мёд, а затем лачинский сыр.", []),  # no head noun at the end of the list
])
def test_a_russian_list_of_adjectives_shares_its_head(gazetteer, sentence, expected):
    assert found(gazetteer, sentence, "ru") == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Զորքերը տեղափոխվեցին Բարդայի ուղղությամբ։", [("Բարդայի", "AZ-BAR")]),
    ("Փախստականները հասան Եվլախ։", [("Եվլախ", "AZ-YEV")]),
    ("Դաշքեսանի շրջանում կրակոցներ են եղել։", [("Դաշքեսանի", "AZ-DAS")]),
])
def test_armenian_names_of_the_districts_beside_karabakh(gazetteer, sentence, expected):
    assert found(gazetteer, sentence, "hy") == expected


@pytest.mark.parametrize("sentence, language, expected", [
    ("КИЕВ. 2 октября. УНН. Войска обстреляли Степанакерт.", "ru", [("КИЕВ", "UA"), ("Степанакерт", "AZ-XA")]),
    ("The foreign ministers met in Kyiv.", "en", [("Kyiv", "UA")]),
])
def test_a_foreign_capital_in_a_dateline_is_abroad(gazetteer, sentence, language, expected):
    assert found(gazetteer, sentence, language) == expected


@pytest.mark.parametrize("sentence, language, events", [
    ("Bu, Cəbrayıldan sonra işğaldan azad edilən ikinci rayon mərkəzi idi.", "az", {"Cəbrayıldan": False}),
    ("Füzuli Cəbrayıldan sonra azad edildi.", "az", {"Füzuli": True, "Cəbrayıldan": True}),  # an order of events, no rank
    ("Город стал вторым райцентром, освобождённым после Джебраила.", "ru", {"Джебраила": False}),
    ("После Джебраила армия вошла в Физули.", "ru", {"Джебраила": True, "Физули": True}),
    ("Ֆիզուլին Ջաբրայիլից հետո ազատագրված երկրորդ շրջկենտրոնն էր։", "hy", {"Ֆիզուլին": True, "Ջաբրայիլից": False}),
])
def test_a_place_ranked_before_another_is_no_place_of_its_events(gazetteer, sentence, language, events):
    mentions = tag_document([[sentence]], gazetteer, language=language).mentions[0][0]
    assert {m.text: m.event for m in mentions} == events
