"""Sentence boundaries in Russian, Armenian and Azerbaijani text (issue 14): one row per rule of the language files."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronicle.sentences import load_rules, split

RULES = load_rules()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Russian: "г." after a number is the year and may close a sentence; before a name it is the city
        ("Перемирие подписали в 1994 г. Бои стихли.", ("Перемирие подписали в 1994 г.", "Бои стихли.")),
        ("Он родился в г. Шуша в 1950 г. и там вырос.", ("Он родился в г. Шуша в 1950 г. и там вырос.",)),
        ("В 1994 г. Армения подписала перемирие.", ("В 1994 г. Армения подписала перемирие.",)),
        ("12 мая 1994 г. Стороны прекратили огонь.", ("12 мая 1994 г. Стороны прекратили огонь.",)),
        ("Это было в 1994 г. Потом наступил мир.", ("Это было в 1994 г.", "Потом наступил мир.")),
        ("Война шла в 1992-1994 гг. Потом настало перемирие.", ("Война шла в 1992-1994 гг.", "Потом настало перемирие.")),
        ("Документ датирован 1994г. Подписи нет.", ("Документ датирован 1994г.", "Подписи нет.")),
        ("Штаб стоял на ул. Ленина до мая.", ("Штаб стоял на ул. Ленина до мая.",)),
        ("Школа им. Пушкина закрылась.", ("Школа им. Пушкина закрылась.",)),
        ("Село, т.е. его остатки, сгорело.", ("Село, т.е. его остатки, сгорело.",)),
        # Russian initials never end a sentence
        ("Приказ подписал А. Иванов. Его зачитали.", ("Приказ подписал А. Иванов.", "Его зачитали.")),
        ("Приказ подписал А.А. Иванов вечером.", ("Приказ подписал А.А. Иванов вечером.",)),
        ("Об этом сказал ген. Петров. Затем он уехал.", ("Об этом сказал ген. Петров.", "Затем он уехал.")),
        ("Бои шли 3 сент. 1993 г. у села.", ("Бои шли 3 сент. 1993 г. у села.",)),
        ("Что случилось? Никто не знал! Потом стало ясно.", ("Что случилось?", "Никто не знал!", "Потом стало ясно.")),
        # Armenian: the full stop "։", "թ." and "թթ." inside a sentence, "՞" and "՜" on a word
        ("Մարտերը սկսվեցին։ Գյուղը դատարկվեց։", ("Մարտերը սկսվեցին։", "Գյուղը դատարկվեց։")),
        ("1994 թ. Ադրբեջանը ստորագրեց հրադադարը։ Մարտերը դադարեցին։",
         ("1994 թ. Ադրբեջանը ստորագրեց հրադադարը։", "Մարտերը դադարեցին։")),
        ("1992-1994 թթ. Արցախում պատերազմ էր։", ("1992-1994 թթ. Արցախում պատերազմ էր։",)),
        ("Ո՞վ էր հրամանատարը։ Ոչ ոք չգիտեր։", ("Ո՞վ էր հրամանատարը։", "Ոչ ոք չգիտեր։")),
        ("Հետո՞ Նա լռեց։", ("Հետո՞", "Նա լռեց։")),
        ("Ինչ ահավոր օր էր՜ Բոլորը լռեցին։", ("Ինչ ահավոր օր էր՜", "Բոլորը լռեցին։")),
        ("Դու՞ ես եկել։", ("Դու՞ ես եկել։",)),
        # a shortened month before its day is inside the sentence; before a capital it may still close one
        ("Հարձակումը եղավ 1992-ի փետր. 25-26-ին։ Գյուղը դատարկվեց։", ("Հարձակումը եղավ 1992-ի փետր. 25-26-ին։", "Գյուղը դատարկվեց։")),
        ("Գյուղը գրավվեց 1993 թ. սեպտ. Բնակիչները հեռացան։", ("Գյուղը գրավվեց 1993 թ. սեպտ.", "Բնակիչները հեռացան։")),
        # Armenian web text with the ASCII colon for "։"; a real colon stays inside
        ("Գյուղը գրավվեց: Բնակիչները հեռացան:", ("Գյուղը գրավվեց:", "Բնակիչները հեռացան:")),
        ("Ժամը 10:30-ին կրակոցներ եղան:", ("Ժամը 10:30-ին կրակոցներ եղան:",)),
        ("Համաձայնագիրն ստորագրեց Մամեդովը: 1994թ. մայիսի 10-ին այն ստորագրվեց Երևանում:",
         ("Համաձայնագիրն ստորագրեց Մամեդովը:", "1994թ. մայիսի 10-ին այն ստորագրվեց Երևանում:")),
        ("Note: 5 people left.", ("Note: 5 people left.",)),
        ("Note: The village fell.", ("Note: The village fell.",)),
        ("Հայտարարության մեջ ասվում է: «Մենք պատրաստ ենք»:", ("Հայտարարության մեջ ասվում է: «Մենք պատրաստ ենք»:",)),
        # Azerbaijani: "ş.", "küç.", "r-n", "k." follow a name; "il." may close a sentence
        ("Ağdam r-n. Qiyaslı k. sakinləri köçdü.", ("Ağdam r-n. Qiyaslı k. sakinləri köçdü.",)),
        ("Bakı ş. Nizami küç. 5 ünvanında yaşayırdı.", ("Bakı ş. Nizami küç. 5 ünvanında yaşayırdı.",)),
        ("Atəşkəs 1994-cü il. Sonra danışıqlar başladı.", ("Atəşkəs 1994-cü il.", "Sonra danışıqlar başladı.")),
        ("Kənd azad edildi! Sakinlər sevindi.", ("Kənd azad edildi!", "Sakinlər sevindi.")),
        ("Prof. Məmmədov çıxış etdi. Sonra sual verildi.", ("Prof. Məmmədov çıxış etdi.", "Sonra sual verildi.")),
    ],
)
def test_sentences_in_russian_armenian_and_azerbaijani(text, expected):
    assert split(text, RULES) == expected


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('language: xx\nconditional_stops: {":": ""}\n', "conditional_stops"),
        ('language: xx\nconditional_stops: {"::": "A"}\n', "conditional_stops"),
        ("language: xx\nafter_numbers: [1]\n", "after_numbers"),
    ],
)
def test_a_broken_language_file_names_its_fault(tmp_path: Path, content: str, message: str):
    (tmp_path / "xx.yaml").write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_rules(tmp_path)
