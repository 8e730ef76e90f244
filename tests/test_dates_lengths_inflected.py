"""Lengths of time in Russian, Azerbaijani and Armenian, and the year a commemoration counts back to (issue 13).

"27 лет", "27 il", "27 տարի" are lengths (P27Y), as "27 years" is in English; a commemorating sentence that counts
them ("Проходит 3 года со дня ...", "27 il keçir") tells the year the piece remembers, so the days it then writes
without a year are that year's, not the writing's. Sentences written for this table.
"""

from __future__ import annotations

import datetime as dt

import pytest
from chronicle.extract.dates import tag_document


def found(sentence: str, language: str) -> list[tuple[str, str]]:
    mentions = tag_document([[sentence]], document_date=dt.date(2020, 10, 10), language=language)[0][0]
    return [(m.text, m.value) for m in mentions]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("ru", "Со дня оккупации города минуло 27 лет.", [("27 лет", "P27Y")]),
        ("ru", "Прошло тридцать два года.", [("тридцать два года", "P32Y")]),
        ("ru", "Война длилась 44 дня.", [("44 дня", "P44D")]),
        ("az", "Bu gün rayonun işğalından 27 il keçir.", [("Bu gün", "2020-10-10"), ("27 il", "P27Y")]),
        ("az", "Kəndin azad edilməsindən bir il ötür.", [("bir il", "P1Y")]),
        ("hy", "Քաղաքի ազատագրումից 27 տարի է անցել։", [("27 տարի", "P27Y")]),
        # a count before "ago" is a date; a year's number with its word or ending is a year, not a length
        ("ru", "Город оккупирован 27 лет назад.", [("27 лет назад", "1993")]),
        ("az", "Kənd 26 il əvvəl işğal edilib.", [("26 il əvvəl", "1994")]),
        ("ru", "Это случилось в 1993 году.", [("1993 году", "1993")]),
        ("az", "1993-cü il iyulun 23-də kənd işğal edilib.", [("1993-cü il iyulun 23-də", "1993-07-23")]),
        ("hy", "1993 թ. ապրիլի 2-ին քաղաքն ազատագրվեց։", [("1993 թ. ապրիլի 2-ին", "1993-04-02")]),
    ],
)
def test_lengths(language, sentence, expected):
    assert found(sentence, language) == expected


@pytest.mark.parametrize(
    ("language", "document_date", "sentences", "values"),
    [
        # the years a commemoration counts move the story: its yearless days are of the year it remembers
        ("ru", dt.date(2023, 10, 4), ["Проходит 3 года со дня освобождения города.", "4 октября город был освобожден."],
         ["P3Y", "2020-10-04"]),
        ("az", dt.date(2021, 10, 17), ["Şəhərin azad edilməsindən bir il ötür.", "Oktyabrın 17-də şəhər azad edilib."],
         ["P1Y", "2020-10-17"]),
        ("hy", dt.date(2020, 4, 2), ["Քաղաքի ազատագրումից 27 տարի է անցել։", "Ապրիլի 2-ին քաղաքն ազատագրվեց։"],
         ["P27Y", "1993-04-02"]),
        # a length no commemoration counts leaves the story in the writing's year
        ("ru", dt.date(2023, 10, 4), ["Наступление длилось 3 года.", "4 октября город был освобожден."],
         ["P3Y", "2023-10-04"]),
        # the page's stamp and read counter, lines without a word, push the lead no further down the page: the count of
        # a lead under a headline told twice still dates the piece's yearless days
        ("az", dt.date(2021, 10, 17), ["Şəhərin azad edilməsinin ildönümü", "• 17-10-2021, 09:15", "• 310",
                                       "Şəhərin azad edilməsinin ildönümü", "Şəhərin azad edilməsindən bir il ötür.",
                                       "Oktyabrın 17-də şəhər azad edilib."],
         ["2021-10-17", "2021-10-17T09:15", "P1Y", "2020-10-17"]),
    ],
)
def test_a_counted_commemoration_sets_the_year(language, document_date, sentences, values):
    mentions = tag_document([[s] for s in sentences], document_date=document_date, language=language)
    assert [m.value for para in mentions for sentence in para for m in sentence] == values
