"""A yearless dateline in any script dates the report: "Москва, 4 октября - АиФ-Москва.", "Երևան,
հոկտեմբերի 4։" open Russian and Armenian wire copy as "Baku, July 23, AZERTAC" opens English; the year is
the one that puts the dateline after the days the report tells, and "last Sunday" counts back from it.
The paragraphs are written for this test in the shape of Russian and Armenian wire copy."""

from __future__ import annotations

import pytest

from chronicle.extract import dates

REPORT = {
    "ru": [["Москва, 4 октября - АиФ-Москва."],
           ["Вооруженные силы начали обстрел города, сообщили в министерстве."],
           ["Бои в регионе начались 27 сентября 2020 года, обе стороны объявили мобилизацию."],
           ["Ситуация обострилась в минувшее воскресенье."]],
    "hy": [["Երևան, հոկտեմբերի 4։"],
           ["Զինված ուժերը սկսել են քաղաքի հրետակոծությունը, հայտնում է նախարարությունը։"],
           ["Մարտերը տարածաշրջանում սկսվել են 2020 թվականի սեպտեմբերի 27-ին, երկու կողմերն էլ հայտարարել են զորահավաք։"],
           ["Իրավիճակը սրվել է անցյալ կիրակի։"]],
}


@pytest.mark.parametrize("language, last_sunday", [("ru", "минувшее воскресенье"), ("hy", "անցյալ կիրակի")])
def test_a_yearless_dateline_in_any_script_dates_the_report(language, last_sunday):
    found = {d.text: d.value for p in dates.tag_document(REPORT[language], language=language) for s in p for d in s}
    assert found[last_sunday] == "2020-09-27"
