"""A source that declares no language gets the one its text is written in; a declared one is kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronicle.ingest import language, read_source
from chronicle.export import source_rows
from chronicle.model import Corpus, Source

# Short texts written for these tests, a sentence or two in the shape of news reports.
TEXTS = [
    ("Armenian forces entered the town on Tuesday, the ministry said in a statement.", "en"),
    ("Армянские подразделения вошли в город во вторник, сообщило министерство обороны.", "ru"),
    ("Azərbaycan Ordusunun bölmələri çərşənbə axşamı şəhərə daxil oldu, Müdafiə Nazirliyi bildirib.", "az"),
    ("Հայկական ստորաբաժանումները երեքշաբթի օրը մտան քաղաք, հայտնում է պաշտպանության նախարարությունը։", "hy"),
    ("Українські підрозділи увійшли до міста у вівторок, повідомило міністерство.", "uk"),
    ("Azerbaycan ordusu salı günü şehre girdi, Savunma Bakanlığı açıkladı.", "tr"),
    ("Les troupes arméniennes sont entrées dans la ville mardi, a indiqué le ministère.", "fr"),
    ("Armenische Truppen sind am Dienstag in die Stadt eingedrungen, teilte das Ministerium mit.", "de"),
    # Soviet-era Azerbaijani in Cyrillic: letters no Russian text has
    ("Ағдам шәһәринә дүнән јени мәктәб ачылды.", "az"),
    ("Српски текст о граду и људима који су ту живели.", "ru"),  # Serbian's ј alone does not make it Azerbaijani
    # the script wins over a few Latin words: an Armenian text quoting an English title
    ("«Karabakh Chronicle» նախագիծը հրապարակեց նոր հոդված Շուշիի մասին։", "hy"),
    # a Russian text quoting Azerbaijani place names in Latin script is still Russian
    ("Сёла Füzuli и Cəbrayıl были упомянуты в сводке министерства за прошлую неделю.", "ru"),
    ("1994 — 2020", None),
    ("", None),
    ("ქართული ტექსტი", None),  # a script none of the supported languages is written in
]


@pytest.mark.parametrize("text, code", TEXTS)
def test_language_is_detected_from_the_text(text, code):
    assert language.detect(text) == code


# Letters counted by script: only letters (``str.isalpha``) count, digits, signs and combining marks of a script's range do not.
SCRIPT_COUNTS = [
    ("", {}),
    ("1994 - 2020, №5", {}),
    ("Shusha", {"Latin": 6}),
    ("Şuşa şəhəri", {"Latin": 8, "Other": 2}),  # ş is Latin; ə (U+0259) lies in IPA Extensions, past the Latin ranges
    ("Ṭūr Ḥasan", {"Latin": 8}),  # Latin Extended Additional (Ṭ, Ḥ)
    ("Шуша 1992", {"Cyrillic": 4}),
    ("Ағдам ҹәнуб", {"Cyrillic": 10}),  # Azerbaijani Cyrillic (ҹ, ә) is still Cyrillic
    ("҂҃ а", {"Cyrillic": 1}),  # the thousands sign and a combining titlo sit in the Cyrillic range; neither is a letter
    ("Շուշի «Shushi»", {"Armenian": 5, "Latin": 6}),
    ("ﬓﬔ", {"Armenian": 2}),  # Armenian ligatures in the Alphabetic Presentation Forms
    ("ქართული", {"Other": 7}),
    ("“Aghdam” — 𝐀", {"Latin": 6, "Other": 1}),  # quotation marks and dashes are not letters; a mathematical letter is Other
    ("\x01\x02\x03 a", {"Latin": 1}),  # control characters are never counted as letters
]


@pytest.mark.parametrize("text, counts", SCRIPT_COUNTS)
def test_letters_are_counted_by_script(text, counts):
    assert language.script_counts(text) == counts


def test_only_the_first_sample_is_read():
    russian = "Город перешёл под контроль армянских сил после двухдневных боёв. " * 100
    english = "The town came under the control of Armenian forces after two days of fighting. " * 1000
    assert len(russian) > language.SAMPLE_CHARS
    assert language.detect(russian + english) == "ru"
    assert language.sample_of([(1, russian), (2, english)]) == russian[: language.SAMPLE_CHARS]


def test_detection_is_the_same_every_time():
    text = TEXTS[2][0]
    assert {language.detect(text) for _ in range(5)} == {"az"}


def _source(tmp_path: Path, text: str, sidecar: str | None, suffix: str = ".txt"):
    path = tmp_path / f"s{suffix}"
    path.write_text(text, encoding="utf-8")
    if sidecar is not None:
        (tmp_path / "s.yml").write_text(sidecar, encoding="utf-8")
    raw, _ = read_source(path, tmp_path)
    return raw


RUSSIAN = "Заголовок\n\nАрмянские подразделения вошли в город во вторник, сообщило министерство обороны.\n"


@pytest.mark.parametrize("text, sidecar, suffix, code, detected", [
    (RUSSIAN, "title: T\n", ".txt", "ru", True),  # no language declared: read from the text
    (RUSSIAN, None, ".txt", "ru", True),  # no sidecar at all
    (RUSSIAN, "language: ru\n", ".txt", "ru", False),
    (RUSSIAN, "language: en\n", ".txt", "en", False),  # a declared language is never second-guessed
    (RUSSIAN, "language: xx-bad\n", ".txt", "ru", True),  # a dropped bad value counts as none
    ("<html lang='hy'><body><p>Armenian page, English words.</p></body></html>", "title: T\n", ".html", "hy", False),
    ("<html><body><p>Հայկական ստորաբաժանումները մտան քաղաք։</p></body></html>", "title: T\n", ".html", "hy", True),
    ("12345\n", "title: T\n", ".txt", None, False),  # nothing to read: unknown, not guessed
])
def test_a_source_records_whether_its_language_was_declared_or_detected(tmp_path, text, sidecar, suffix, code, detected):
    raw = _source(tmp_path, text, sidecar, suffix)
    assert (raw.meta.language, raw.language_detected) == (code, detected)


def test_the_export_says_which_languages_were_detected(tmp_path):
    raw = _source(tmp_path, RUSSIAN, "title: T\n")
    rows = source_rows(Corpus(sources=[Source(raw, ())]), lambda uri: uri)
    assert (rows[0]["language"], rows[0]["language_detected"]) == ("ru", True)
    assert json.loads(json.dumps(rows))[0]["language_detected"] is True


@pytest.mark.parametrize("text, sidecar, warned", [
    (RUSSIAN, "language: en\n", "language 'en' is declared, but the text is written in Cyrillic script; check the metadata"),
    ("Հայկական ստորաբաժանումները մտան քաղաք։\n", "language: ru\n",
     "language 'ru' is declared, but the text is written in Armenian script; check the metadata"),
    ("Armenian units entered the town.\n", "language: hy\n",
     "language 'hy' is declared, but the text is written in Latin script; check the metadata"),
    (RUSSIAN, "language: ru\n", None),
    ("Ағдам шәһәринә дүнән јени мәктәб ачылды.\n", "language: az\n", None),  # Azerbaijani in its Soviet-era Cyrillic
    ("Armenian units entered the town.\n", "language: tr\n", None),  # a wrong language in the right script: not told
    (RUSSIAN, "language: ka\n", None),  # a language detection does not know: trusted
])
def test_a_declared_language_the_script_rules_out_is_reported(tmp_path, text, sidecar, warned):
    (tmp_path / "s.txt").write_text(text, encoding="utf-8")
    (tmp_path / "s.yml").write_text(sidecar, encoding="utf-8")
    raw, diagnostics = read_source(tmp_path / "s.txt", tmp_path)
    assert [d.message for d in diagnostics if "script" in d.message] == ([warned] if warned else [])
    assert raw.meta.language == sidecar.split(": ")[1].strip()  # the declared language still wins
