"""Russian dates at the same TIMEX3 values as English (issue 14): one row per form, sentences written for this table."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from chronicle.extract.dates import tag_document

DOC_DATE = dt.date(2020, 10, 10)  # a Saturday


def found(sentence: str, document_date: dt.date | None = None) -> list[tuple[str, str, str | None]]:
    mentions = tag_document([[sentence]], document_date=document_date, language="ru")[0][0]
    return [(m.text, m.value, m.mod) for m in mentions]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # day, month and year in every case
        ("Агдам пал 23 июля 1993 года.", [("23 июля 1993 года", "1993-07-23", None)]),
        ("Соглашение вступило в силу 12 мая 1994 г.", [("12 мая 1994 г.", "1994-05-12", None)]),
        ("Бои начались 27-го сентября 2020 года.", [("27-го сентября 2020 года", "2020-09-27", None)]),
        ("3-го марта колонна вышла из города.", [("3-го марта", "XXXX-03-03", None)]),
        ("Бои шли 3 сент. 1993 г. у села.", [("3 сент. 1993 г.", "1993-09-03", None)]),
        ("Заявление подписано 10.11.2020 в Москве.", [("10.11.2020", "2020-11-10", None)]),
        ("1 января 1992 года город был окружён.", [("1 января 1992 года", "1992-01-01", None)]),
        ("Ходжалы пал 26 февраля 1992г.", [("26 февраля 1992г.", "1992-02-26", None)]),
        # months in the genitive, prepositional, dative
        ("В марте 1994 года наступление остановилось.", [("марте 1994 года", "1994-03", None)]),
        ("Штурм начался в феврале 1988 г.", [("феврале 1988 г.", "1988-02", None)]),
        ("К декабрю 1993 года фронт замер.", [("декабрю 1993 года", "1993-12", None)]),
        ("В августе колонны ушли на юг.", [("августе", "XXXX-08", None)]),
        ("Бои шли с января по март 1994 года.", [("января по март 1994 года", "1994-01/1994-03", None)]),
        # a chronicle's heading: a day, then the war's count of days, no range
        ("5 ноября 2020 года – 40-й день войны", [("5 ноября 2020 года", "2020-11-05", None)]),
        ("В мае-июне 1993 года фронт сдвинулся.", [("мае-июне 1993 года", "1993-05/1993-06", None)]),
        ("5–9 ноября 2020 года бои шли у города.", [("5–9 ноября 2020 года", "2020-11-05/2020-11-09", None)]),
        ("В сентябре – ноябре 2020 года шла война.", [("сентябре – ноябре 2020 года", "2020-09/2020-11", None)]),
        # seasons
        ("Летом 1993 года армия наступала.", [("Летом 1993 года", "1993-SU", None)]),
        ("Зимой 1994 года бои шли у перевала.", [("Зимой 1994 года", "1993-WI", None)]),  # its January and February
        ("Осенью 2020 года фронт сдвинулся.", [("Осенью 2020 года", "2020-FA", None)]),
        ("Весной 1992 года начались обстрелы.", [("Весной 1992 года", "1992-SP", None)]),
        ("Село держалось с лета 1993 года.", [("лета 1993 года", "1993-SU", None)]),
        # years, decades, ranges of years
        ("В 1994 году было заключено перемирие.", [("1994 году", "1994", None)]),
        ("В 1994-м году было заключено перемирие.", [("1994-м году", "1994", None)]),
        ("Война 1992-1994 гг. унесла тысячи жизней.", [("1992-1994 гг.", "1992/1994", None)]),
        ("С 1988 по 1994 год беженцы покидали край.", [("1988 по 1994 год", "1988/1994", None)]),
        ("Конфликт обострился в 1980-х.", [("1980-х", "198X", None)]),
        ("Конфликт обострился в 1980-х годах.", [("1980-х годах", "198X", None)]),
        ("В 90-е годы село опустело.", [("90-е годы", "199X", None)]),
        ("В 1990-е многие уехали.", [("1990-е", "199X", None)]),
        # day ranges
        ("Бои шли с 3 марта по 11 апреля 1994 года.", [("3 марта по 11 апреля 1994 года", "1994-03-03/1994-04-11", None)]),
        ("3-4 марта 1992 года село обстреливали.", [("3-4 марта 1992 года", "1992-03-03/1992-03-04", None)]),
        ("Переговоры шли 12–14 мая 1994 г.", [("12–14 мая 1994 г.", "1994-05-12/1994-05-14", None)]),
        # the dash touching both days: a range, not a day and a name such as "Т-72" (in "not dates")
        ("Бои (3 мая-14 июня 1994 года) шли у села.", [("3 мая-14 июня 1994 года", "1994-05-03/1994-06-14", None)]),
        # parts of day
        ("В ночь на 26 февраля 1992 года село пало.", [("ночь на 26 февраля 1992 года", "1992-02-25TNI", None)]),
        ("В ночь с 1 на 2 апреля 2016 года начались бои.", [("ночь с 1 на 2 апреля 2016 года", "2016-04-01TNI", None)]),
        ("Рано утром 27 сентября 2020 года начался обстрел.", [("Рано утром 27 сентября 2020 года", "2020-09-27TMO", None)]),
        ("27 сентября 2020 года утром начался обстрел.", [("27 сентября 2020 года утром", "2020-09-27TMO", None)]),
        ("Вечером 9 ноября 2020 года было подписано заявление.", [("Вечером 9 ноября 2020 года", "2020-11-09TEV", None)]),
        # modifiers
        ("В начале марта 1994 года фронт стоял.", [("начале марта 1994 года", "1994-03", "START")]),
        ("В конце 1993 года армия отошла.", [("конце 1993 года", "1993", "END")]),
        ("В середине 1990-х начались переговоры.", [("середине 1990-х", "199X", "MID")]),
        # "к началу/концу": the dative after "к"
        ("К концу 1993 года армия отошла.", [("концу 1993 года", "1993", "END")]),
        ("К началу 1992 года город был в блокаде.", [("началу 1992 года", "1992", "START")]),
        ("Бои шли до конца войны.", []),
        # dates listed together share the last one's month and year
        ("Срывы были в январе, июне и июле 1993 года.", [("январе", "1993-01", None), ("июне", "1993-06", None), ("июле 1993 года", "1993-07", None)]),
        ("Соглашение подписали 21 или 22 мая 1993 г.", [("21", "1993-05-21", None), ("22 мая 1993 г.", "1993-05-22", None)]),
        # a clock time falls on the day the sentence gives
        ("27 сентября 2020 года около 06:00 начался обстрел.", [("27 сентября 2020 года", "2020-09-27", None), ("06:00", "2020-09-27T06:00", None)]),
        # a footnote's superscript number after the month is no part of the date
        ("Доклад от 6 апреля² 1993 года³ был принят.", [("6 апреля² 1993 года", "1993-04-06", None)]),
        # not dates
        ("Около 1500 человек покинули город.", []),
        ("Площадь района 1936 квадратных километров.", []),
        ("В бою участвовали 30 танков Т-72 и два Су-25.", []),
        ("Среда обитания изменилась.", []),
    ],
)
def test_forms(sentence, expected):
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Вчера село обстреляли.", [("Вчера", "2020-10-09", None)]),
        ("Сегодня стрельбы не было.", [("Сегодня", "2020-10-10", None)]),
        ("Завтра начнутся переговоры.", [("Завтра", "2020-10-11", None)]),
        ("Позавчера пришла колонна.", [("Позавчера", "2020-10-08", None)]),
        ("В пятницу министр сделал заявление.", [("пятницу", "2020-10-09", None)]),
        ("В среду обстрел возобновился.", [("среду", "2020-10-07", None)]),
        ("В прошлую субботу город обстреляли.", [("прошлую субботу", "2020-10-03", None)]),
        ("Вчера вечером и сегодня утром стреляли.", [("Вчера вечером", "2020-10-09TEV", None), ("сегодня утром", "2020-10-10TMO", None)]),
        ("Рано утром город обстреляли.", [("Рано утром", "2020-10-10TMO", None)]),
        ("В пятницу, 9 октября, город обстреляли.", [("пятницу, 9 октября", "2020-10-09", None)]),
        ("Ночью стрельба стихла.", [("Ночью", "2020-10-10TNI", None)]),
        ("В течение прошлой ночи обстрелов не было.", [("прошлой ночи", "2020-10-09TNI", None)]),
        ("Минувшей ночью город обстреляли.", [("Минувшей ночью", "2020-10-09TNI", None)]),
        ("В течение ночи сохранялась напряженность.", [("течение ночи", "2020-10-10TNI", None)]),
        ("14 лет назад город был оккупирован.", [("14 лет назад", "2006", None)]),
        ("Обстрел начался в 17 часов.", [("17 часов", "2020-10-10T17:00", None)]),
        ("Бой длился 5 часов.", []),
        # "в течение дня": the report's day when no day was told before; a count of days is no day
        ("В течение дня город обстреливали.", [("течение дня", "2020-10-10", None)]),
        ("В течение двух дней город обстреливали.", []),
        # the document's week, month or year, or the one before it
        ("На прошлой неделе город обстреляли.", [("прошлой неделе", "2020-W40", None)]),
        ("В прошлом году село было разрушено.", [("прошлом году", "2019", None)]),
        ("В этом году в селе открыли школу.", [("этом году", "2020", None)]),
        # a month or day of a year named from the document's
        ("В июле прошлого года село обстреляли.", [("июле прошлого года", "2019-07", None)]),
        ("3 марта этого года село было разрушено.", [("3 марта этого года", "2020-03-03", None)]),
        # the document's own day, so many years back: an anniversary piece's day, "this day" on either side
        ("В этот день 28 лет назад пала Шуша.", [("этот день 28 лет назад", "1992-10-10", None)]),
        ("Ровно 28 лет назад в этот день пала Шуша.", [("28 лет назад в этот день", "1992-10-10", None)]),
        ("В этот день прошлого года село освободили.", [("этот день прошлого года", "2019-10-10", None)]),
    ],
)
def test_against_the_document_date(sentence, expected):
    assert found(sentence, DOC_DATE) == expected


@pytest.mark.parametrize(
    ("sentences", "values"),
    [
        (["Шуша пала 8 ноября 2020 года.", "На следующий день было подписано заявление."], ["2020-11-08", "2020-11-09"]),
        (["9 ноября 2020 г. было подписано заявление, а накануне пала Шуша."], ["2020-11-09", "2020-11-08"]),
        (["Летом 1993 года армия наступала.", "23 июля пал Агдам."], ["1993-SU", "1993-07-23"]),
        (["В 1993 году армия взяла Агдам, а 31 августа — Физули."], ["1993", "1993-08-31"]),
        (["7 мая 1992 года бои шли по всему фронту.", "В течение всего дня город обстреливали."], ["1992-05-07", "1992-05-07"]),
        # the morning or the dawn after a night told is the night's second day, its evening still the first's
        (["В ночь с 20 на 21 октября 1993 года село обстреляли.", "Утром огонь стих.", "Вечером обстрел возобновился."],
         ["1993-10-20TNI", "1993-10-21TMO", "1993-10-20TEV"]),
        (["В ночь на 21 октября 1993 года село обстреляли.", "На рассвете огонь стих."], ["1993-10-20TNI", "1993-10-21TMO"]),
        (["21 октября 1993 года село обстреляли.", "Утром огонь стих."], ["1993-10-21", "1993-10-21TMO"]),
        # the same day named again, with a part of it before ("утром того же дня") or as the day ("в тот же вечер")
        (["3 мая 1992 года колонна вышла из города.", "В тот же вечер начался обстрел.", "В ту же ночь село пало."],
         ["1992-05-03", "1992-05-03TEV", "1992-05-03TNI"]),
        (["В ночь на 8 мая 1992 года начался штурм.", "Утром того же дня бой шёл в центре."], ["1992-05-07TNI", "1992-05-08TMO"]),
        (["3 мая 1992 года колонна вышла из города.", "Вечером того же дня начался обстрел.",
          "Вечером следующего дня село пало."], ["1992-05-03", "1992-05-03TEV", "1992-05-04TEV"]),
        # "в тот день" is left alone: "в тот день, когда ..." names its day by the clause after it
        (["3 мая 1992 года колонна вышла из города.", "Это случилось в тот день, когда началась война."], ["1992-05-03"]),
        # a day that names a document ("заявления от 10 ноября") is a reference: the story goes on from its own day
        (["3 мая 2021 года министр вспомнил о заявлении от 10 ноября 2020 года.", "На следующий день он уехал."],
         ["2021-05-03", "2020-11-10", "2021-05-04"]),
    ],
)
def test_against_the_narrative(sentences, values):
    mentions = tag_document([sentences], language="ru")[0]
    assert [m.value for sentence in mentions for m in sentence] == values


@pytest.mark.parametrize("language", [None, "en", "fr", "../ru", "ru/../ru"])
def test_a_source_without_a_lexicon_is_read_as_english(language):
    assert tag_document([["It fell on 4 July 1993."]], language=language)[0][0][0].value == "1993-07-04"


@pytest.mark.parametrize("language", ["ru", "ru-RU", "RU"])
def test_a_language_tag_names_its_lexicon(language):
    assert tag_document([["Это случилось 3 марта 1994 года."]], language=language)[0][0][0].value == "1994-03-03"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("language: xx\nmonths: {}\nmonts: {}\n", "keys among"),
        ("language: xx\nmonths: {}\nyear_words: [1994]\n", "year_words"),
        ("language: xx\nmonths: []\n", "months must be a mapping"),
    ],
)
def test_a_broken_lexicon_names_its_fault(tmp_path, content, message):
    from chronicle.extract.timex import languages

    (tmp_path / "xx.yaml").write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        languages.load("xx", tmp_path)


def test_every_language_file_loads():
    from chronicle.extract.timex import languages

    assert {lexicon.language for lexicon in map(languages.load, languages.available())} == {"ru", "az", "hy"}


@pytest.mark.parametrize("code", ["ru", "az", "hy"])
def test_the_anchor_finds_a_date_word_where_a_plain_alternation_of_the_words_does(code):
    """A language's anchor is grouped by first letter (it is asked of every sentence); it must rule in and out
    exactly the sentences the plain alternation of its words does: each word alone, upper-cased, inside a
    longer word, before a hyphen or after a digit-free word."""
    from chronicle.extract.timex import languages
    lexicon = languages.load(code)
    words = lexicon.openers | lexicon.words["century_words"]
    plain = re.compile(r"\d|\b(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True)) + r")\b", re.I)
    texts = [f"{before}{form}{after}" for word in sorted(words) for form in (word, word.upper(), word.capitalize())
             for before, after in (("", ""), ("и ", "."), ("x", ""), ("", "x"), ("— ", "-го"))]
    assert sum(map(bool, map(plain.search, texts))) > len(texts) // 3  # the table holds words found and not
    assert [bool(lexicon.may_hold_date(t)) for t in texts] == [bool(plain.search(t)) for t in texts]
