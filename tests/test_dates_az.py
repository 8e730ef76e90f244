"""Azerbaijani dates at the same TIMEX3 values as English (issue 14): one row per form, sentences written for this table."""

from __future__ import annotations

import datetime as dt

import pytest
from chronicle.extract.dates import tag_document

DOC_DATE = dt.date(2020, 10, 10)  # a Saturday


def found(sentence: str, document_date: dt.date | None = None) -> list[tuple[str, str, str | None]]:
    mentions = tag_document([[sentence]], document_date=document_date, language="az")[0][0]
    return [(m.text, m.value, m.mod) for m in mentions]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # year first, month in the genitive, the day with its case ending
        ("1994-cü il mayın 12-də atəşkəs imzalandı.", [("1994-cü il mayın 12-də", "1994-05-12", None)]),
        ("2020-ci il sentyabrın 27-də döyüşlər başladı.", [("2020-ci il sentyabrın 27-də", "2020-09-27", None)]),
        ("1992-ci il fevralın 26-da kənd dağıdıldı.", [("1992-ci il fevralın 26-da", "1992-02-26", None)]),
        ("1993-cü ilin aprel ayının 2-də şəhər tərk edildi.", [("1993-cü ilin aprel ayının 2-də", "1993-04-02", None)]),
        ("1993-cü ilin 23 iyulunda Ağdam işğal olundu.", [("1993-cü ilin 23 iyulunda", "1993-07-23", None)]),
        # two months joined by a hyphen are a range, the second no case ending of the first
        ("1993-cü ilin may-iyun aylarında döyüşlər gedib.", [("1993-cü ilin may-iyun", "1993-05/1993-06", None)]),
        # day first
        ("Bəyanat 3 mart 1994-cü il tarixində imzalandı.", [("3 mart 1994-cü il", "1994-03-03", None)]),
        ("20 yanvar 1990-cı il hadisələri unudulmur.", [("20 yanvar 1990-cı il", "1990-01-20", None)]),
        ("Sənəd 22.09.2020 tarixində qəbul edildi.", [("22.09.2020", "2020-09-22", None)]),
        # a day without its year
        ("Noyabrın 10-da bəyanat imzalandı.", [("Noyabrın 10-da", "XXXX-11-10", None)]),
        ("Yanvarın 20-də xalq küçələrə çıxdı.", [("Yanvarın 20-də", "XXXX-01-20", None)]),
        ("Oktyabrın 4-də səhər şəhər azad edildi.", [("Oktyabrın 4-də səhər", "XXXX-10-04TMO", None)]),
        # months
        ("Hücum mart ayında başladı.", [("mart ayında", "XXXX-03", None)]),
        ("İyul ayında kəndlər boşaldı.", [("İyul ayında", "XXXX-07", None)]),
        ("1993-cü ilin avqust ayında Füzuli işğal olundu.", [("1993-cü ilin avqust ayında", "1993-08", None)]),
        ("1988-ci ilin fevralında etirazlar başladı.", [("1988-ci ilin fevralında", "1988-02", None)]),
        ("Martda və aprelində döyüşlər getdi.", [("Martda", "XXXX-03", None), ("aprelində", "XXXX-04", None)]),
        # seasons
        ("1993-cü ilin yayında döyüşlər başladı.", [("1993-cü ilin yayında", "1993-SU", None)]),
        ("1992-ci ilin qışında şəhər mühasirədə idi.", [("1992-ci ilin qışında", "1991-WI", None)]),
        ("2020-ci ilin payızında torpaqlar azad edildi.", [("2020-ci ilin payızında", "2020-FA", None)]),
        ("1994-cü ilin yazında atəşkəs imzalandı.", [("1994-cü ilin yazında", "1994-SP", None)]),
        ("Yayda kəndə qayıtdılar.", [("Yayda", "XXXX-SU", None)]),
        ("Məktubu yaz və göndər.", []),
        # years, decades, ranges of years
        ("1994-cü ildə atəşkəs imzalandı.", [("1994-cü ildə", "1994", None)]),
        ("Müharibə 2020-ci il ərzində bitdi.", [("2020-ci il", "2020", None)]),
        ("80-ci illərdə münaqişə başladı.", [("80-ci illərdə", "198X", None)]),
        ("1990-cı illərin əvvəlində kəndlər boşaldı.", [("1990-cı illərin əvvəlində", "199X", "START")]),
        ("1992-ci ildən 1994-cü ilədək müharibə getdi.", [("1992-ci ildən 1994-cü ilədək", "1992/1994", None)]),
        ("1992-1994-cü illərdə müharibə getdi.", [("1992-1994-cü illərdə", "1992/1994", None)]),
        # day ranges and nights
        ("3–4 aprel 2016-cı il döyüşləri.", [("3–4 aprel 2016-cı il", "2016-04-03/2016-04-04", None)]),
        ("2020-ci il sentyabrın 27-dən noyabrın 10-dək döyüşlər getdi.",
         [("2020-ci il sentyabrın 27-dən noyabrın 10-dək", "2020-09-27/2020-11-10", None)]),
        ("Aprelin 2-dən 5-dək atəş dayanmadı.", [("Aprelin 2-dən 5-dək", "XXXX-04-02/XXXX-04-05", None)]),
        # an infobox's range whose dash touches both days ("Tarix" is its label): the month before the dash ends the
        # first day, the digits after it begin the second, no name such as "T-72" (in "not dates")
        ("Tarix 3 may-14 iyun 1994", [("3 may-14 iyun 1994", "1994-05-03/1994-06-14", None)]),
        ("Döyüş (3 may–14 iyun 1994) kəndin ətrafında gedib.", [("3 may–14 iyun 1994", "1994-05-03/1994-06-14", None)]),
        ("2016-cı il aprelin 1-dən 2-nə keçən gecə hücum başladı.",
         [("2016-cı il aprelin 1-dən 2-nə keçən gecə", "2016-04-01TNI", None)]),
        # modifiers
        ("1993-cü ilin sonunda cəbhə sabitləşdi.", [("1993-cü ilin sonunda", "1993", "END")]),
        ("Martın əvvəlində hücum dayandı.", [("Martın əvvəlində", "XXXX-03", "START")]),
        ("1990-cı illərin ortalarında danışıqlar başladı.", [("1990-cı illərin ortalarında", "199X", "MID")]),
        # dates listed together, clock times
        ("Ermənistan noyabrın 15-dək Kəlbəcəri, 2020-ci il noyabrın 20-dək Ağdamı qaytarmalı idi.",
         [("noyabrın 15-dək", "2020-11-15", None), ("2020-ci il noyabrın 20-dək", "2020-11-20", None)]),
        ("2020-ci il sentyabrın 27-də saat 06:00-da atəş açıldı.",
         [("2020-ci il sentyabrın 27-də", "2020-09-27", None), ("06:00-da", "2020-09-27T06:00", None)]),
        # days listed after the month's first one take its month, and the sentence's year; a count after "və" does not
        ("2020-ci il oktyabrın 10-u, 11-i və 12-si tarixlərində kəndlər atəşə tutuldu.",
         [("2020-ci il oktyabrın 10-u", "2020-10-10", None), ("11-i", "2020-10-11", None), ("12-si", "2020-10-12", None)]),
        ("Martın 3-ü və 4 nəfər yaralandı.", [("Martın 3-ü", "XXXX-03-03", None)]),
        ("Martın 3-də 5 kənd və 12-si dağıdıldı.", [("Martın 3-də", "XXXX-03-03", None)]),
        # a page stamp's time zone is no time: "(UTC+04:00)"
        ("25 Fevral 2013 10:06 (UTC+04:00)", [("25 Fevral 2013", "2013-02-25", None), ("10:06", "2013-02-25T10:06", None)]),
        # not dates
        ("Döyüşdə 1500 nəfər iştirak etdi.", []),
        ("Ərazisi 1154 kv.km olan rayon.", []),
        ("Bazarda çörək satılırdı.", []),
    ],
)
def test_forms(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Dünən kənd atəşə tutuldu.", [("Dünən", "2020-10-09", None)]),
        ("Ötən gün də cəbhədə atəş dayanmadı.", [("Ötən gün", "2020-10-09", None)]),
        ("Ötən günlər ərzində atəş açıldı.", []),
        ("Bu gün atəş dayandı.", [("Bu gün", "2020-10-10", None)]),
        ("Sabah danışıqlar başlayacaq.", [("Sabah", "2020-10-11", None)]),
        ("Srağagün kolonna gəldi.", [("Srağagün", "2020-10-08", None)]),
        ("Cümə günü nazir bəyanat verdi.", [("Cümə günü", "2020-10-09", None)]),
        ("Keçən şənbə şəhər atəşə tutuldu.", [("Keçən şənbə", "2020-10-03", None)]),
        ("Çərşənbə axşamı danışıqlar oldu.", [("Çərşənbə axşamı", "2020-10-06", None)]),
        ("Bazar ertəsi və bazar günü atəş açıldı.", [("Bazar ertəsi", "2020-10-05", None), ("bazar günü", "2020-10-04", None)]),
        ("Dünən axşam və bu gün səhər atəş açıldı.", [("Dünən axşam", "2020-10-09TEV", None), ("bu gün səhər", "2020-10-10TMO", None)]),
        ("Səhər saatlarında şəhər atəşə tutuldu.", [("Səhər saatlarında", "2020-10-10TMO", None)]),
        ("Gecə saatlarında atəş kəsildi.", [("Gecə saatlarında", "2020-10-10TNI", None)]),
        ("26 il əvvəl Ağdam işğal olundu.", [("26 il əvvəl", "1994", None)]),
        ("Atəş saat 5 radələrində başladı.", [("saat 5", "2020-10-10T05:00", None)]),
        # the hour word makes hour and minutes written with a dot a time; without it they are a number
        ("Saat 12.00-da atəşkəs elan olundu.", [("Saat 12.00-da", "2020-10-10T12:00", None)]),
        ("Ərazinin 12.40 faizi işğal olundu.", []),
        ("Günortadan sonra atəş kəsildi.", [("Günortadan sonra", "2020-10-10TAF", None)]),
        # the document's week, month or year, or the one before it
        ("Ötən həftə şəhər atəşə tutuldu.", [("Ötən həftə", "2020-W40", None)]),
        ("Keçən il kənd dağıdıldı.", [("Keçən il", "2019", None)]),
        ("Bu il kənddə məktəb açıldı.", [("Bu il", "2020", None)]),
        # a month or day of a year named from the document's
        ("Ötən ilin iyulunda kənd atəşə tutuldu.", [("Ötən ilin iyulunda", "2019-07", None)]),
        ("Bu ilin martın 3-də kənd azad edildi.", [("Bu ilin martın 3-də", "2020-03-03", None)]),
        # the document's own day, so many years back: an anniversary piece's day
        ("Ötən ilin bu günündə şəhər azad edildi.", [("Ötən ilin bu günündə", "2019-10-10", None)]),
        ("28 il əvvəl bu gün Şuşa işğal olundu.", [("28 il əvvəl bu gün", "1992-10-10", None)]),
        # after the hour word, minutes typed with a space after the colon
        ("Saat 13: 45-də atəş yenidən açıldı.", [("Saat 13: 45-də", "2020-10-10T13:45", None)]),
        # a month's name with two neighbouring letters swapped, beside its day; alone it is no month
        ("Sentaybrın 27-də döyüşlər başladı.", [("Sentaybrın 27-də", "2020-09-27", None)]),
        ("Sentaybrın sonunda döyüşlər başladı.", []),
    ],
)
def test_against_the_document_date(sentence, expected):
    assert found(sentence, DOC_DATE) == expected


@pytest.mark.parametrize(
    ("sentences", "values"),
    [
        (["2020-ci il noyabrın 8-də Şuşa azad edildi.", "Ertəsi gün bəyanat imzalandı."], ["2020-11-08", "2020-11-09"]),
        (["1993-cü ilin yayında hücum başladı.", "İyulun 23-də Ağdam işğal olundu."], ["1993-SU", "1993-07-23"]),
        (["2020-ci il oktyabrın 4-də Cəbrayıl azad edildi, həmin gün Hadrut da."], ["2020-10-04", "2020-10-04"]),
        # a part of the same day named as the day ("həmin gecə": that same night)
        (["1992-ci il mayın 8-də şəhər işğal edildi.", "Həmin gecə kəndlər də atəşə tutuldu."], ["1992-05-08", "1992-05-08TNI"]),
    ],
)
def test_against_the_narrative(sentences, values):
    mentions = tag_document([sentences], language="az")[0]
    assert [m.value for sentence in mentions for m in sentence] == values
