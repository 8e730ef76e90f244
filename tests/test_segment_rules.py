"""The splitter's rules, one table per rule, and the language files that feed it."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronicle.sentences import MAX_CHARS, load_rules, split

RULES = load_rules()


def _check(text: str, expected: tuple[str, ...]) -> None:
    assert split(text, RULES) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It fell. Then it rose.", ("It fell.", "Then it rose.")),
        ("It fell. 1993 was hard.", ("It fell.", "1993 was hard.")),
        ('It fell. "Why?" he asked.', ("It fell.", '"Why?" he asked.')),
        ("It fell. (Then it rose.)", ("It fell.", "(Then it rose.)")),
        ("It fell. ^ Note", ("It fell.", "^ Note")),
        ("It fell. then it rose.", ("It fell. then it rose.",)),  # a lower-case word: no boundary
        ("It fell.Then it rose.", ("It fell.Then it rose.",)),  # no space: no boundary
        ("It fell . Then", ("It fell .", "Then")),
        ("Where? Here! There… Now... Done", ("Where?", "Here!", "There…", "Now...", "Done")),
        ('"Where?" she asked. "Go!" he said.', ('"Where?" she asked.', '"Go!" he said.')),
        ("Is it... maybe not.", ("Is it... maybe not.",)),
    ],
)
def test_terminal_punctuation_before_a_capital_digit_or_opener_ends_a_sentence(text, expected):
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gen. Mehdiyev and Lt. Col. Smith met Dr. Ray.", ("Gen. Mehdiyev and Lt. Col. Smith met Dr. Ray.",)),
        ("They met at St. Mary's. It rained.", ("They met at St. Mary's.", "It rained.")),
        ("Report No. 5 and p. B1 of vol. II.", ("Report No. 5 and p. B1 of vol. II.",)),
        ("He said no. The talks failed.", ("He said no.", "The talks failed.")),  # "no" is not "No."
        ("It was fine art. A mural followed.", ("It was fine art.", "A mural followed.")),
        ("It began on Sept. 27 and ended Nov. 10.", ("It began on Sept. 27 and ended Nov. 10.",)),
        ("It ended in Aug. Then came winter.", ("It ended in Aug.", "Then came winter.")),
        ("Smith et al. wrote it. Next.", ("Smith et al. wrote it.", "Next.")),
        ("Approx. 300 men and approx. 40 tanks.", ("Approx. 300 men and approx. 40 tanks.",)),
        ("It is 5 km. away.", ("It is 5 km. away.",)),
        # a wire chronology's months in capitals are the same abbreviations
        ("FEB. 28, 1988 - Riots begin. SEPT. 25-26 - A town is shelled.",
         ("FEB. 28, 1988 - Riots begin.", "SEPT. 25-26 - A town is shelled.")),
        ("GEN. ALIYEV SPOKE IN AUG. THEN HE LEFT.", ("GEN. ALIYEV SPOKE IN AUG.", "THEN HE LEFT.")),
        ("HE SAID SO. P. SMITH AGREED.", ("HE SAID SO.", "P. SMITH AGREED.")),
    ],
)
def test_listed_prefixes_and_abbreviations(text, expected):
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("J. R. Smith came. He left.", ("J. R. Smith came.", "He left.")),
        ("The U.S. Army came. The U.S.S.R. fell.", ("The U.S. Army came.", "The U.S.S.R. fell.")),
        ("See e.g. the map. At 5 p.m. Then rain.", ("See e.g. the map.", "At 5 p.m.", "Then rain.")),
        ("The rate was 3.5 per cent. Next.", ("The rate was 3.5 per cent.", "Next.")),
        ("It rose by 3.5. Then it fell.", ("It rose by 3.5.", "Then it fell.")),
    ],
)
def test_initials_dotted_forms_and_decimals_by_their_shape(text, expected):
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The town fell.[3] Then more fell.", ("The town fell.[3]", "Then more fell.")),
        ("The town fell.[3][4] Then.", ("The town fell.[3][4]", "Then.")),
        ("It fell.[citation needed] Then.", ("It fell.[citation needed]", "Then.")),
        ('He said "Go." Then he left.', ('He said "Go."', "Then he left.")),
        ("He said «Go.» Then he left.", ("He said «Go.»", "Then he left.")),
        ("(He left.) Then she came.", ("(He left.)", "Then she came.")),
        ('Titled "Notes". archive.org.', ('Titled "Notes".', "archive.org.")),  # a quote touches the period
        ("The Courier. p. A4.", ("The Courier.", "p. A4.")),  # a citation field follows
    ],
)
def test_citation_markers_and_closers_stay_with_their_sentence(text, expected):
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1. ^ Smith, John. A study.", ("1. ^ Smith, John.", "A study.")),
        ("Items. 2. The second one.", ("Items.", "2. The second one.")),
        ("A long sentence here. pg. A7", ("A long sentence here.", "pg. A7")),
        ("A long sentence here. Ok.", ("A long sentence here. Ok.",)),  # a fragment at the end joins the one before
        ("No?! Yes.", ("No?! Yes.",)),
    ],
)
def test_fragments_join_a_neighbour(text, expected):
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Бои шли в 1993 г. Город пал. Сообщил ген. Иванов.", ("Бои шли в 1993 г.", "Город пал.", "Сообщил ген. Иванов.")),
        ("Дом на ул. Ленина, 27 сент. 2020 г. сгорел.", ("Дом на ул. Ленина, 27 сент. 2020 г. сгорел.",)),
        ("Ա։ Մարտերը տևեցին 44 օր։ Հետո՞։", ("Ա։ Մարտերը տևեցին 44 օր։", "Հետո՞։")),
        ("Դա 2020 թ. էր։ Հետո եկավ ձմեռը։", ("Դա 2020 թ. էր։", "Հետո եկավ ձմեռը։")),
        ("Bu 1993-cü il. Sonra sülh oldu.", ("Bu 1993-cü il.", "Sonra sülh oldu.")),
        ("Şuşa ş. Mərkəz küç. 5 ünvanında.", ("Şuşa ş. Mərkəz küç. 5 ünvanında.",)),
    ],
)
def test_russian_armenian_and_azerbaijani(text, expected):
    _check(text, expected)


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("aaa bbb ccc ddd", 8, ("aaa bbb", "ccc ddd")),
        ("aaa bbb  ccc", 9, ("aaa bbb", "ccc")),
        ("aaaaaaaaaaaa bb", 5, ("aaaaa", "aaaaa", "aa bb")),  # a "word" longer than the limit
        ("e\u0301e\u0301e\u0301", 3, ("e\u0301", "e\u0301", "e\u0301")),  # never between a letter and its accent
        ("\u0301\u0301\u0301", 2, ("\u0301", "\u0301\u0301")),  # accents without a letter: cut all the same
        ("Short. Also short.", 8, ("Short.", "Also", "short.")),
    ],
)
def test_no_sentence_is_longer_than_the_limit(text, limit, expected):
    assert split(text, RULES, max_chars=limit) == expected


def test_the_default_limit_cuts_a_long_line_at_a_space():
    text = "word " * 3000  # 15,000 characters: 1,000 words fit in 5,000
    sentences = split(text, RULES)
    assert [len(s) for s in sentences] == [MAX_CHARS - 1] * 3
    assert all(s.startswith("word") and s.endswith("word") for s in sentences)


def test_a_language_file_adds_stops_and_abbreviations(tmp_path: Path):
    (tmp_path / "xx.yaml").write_text('language: xx\nstops: ["|"]\nprefixes: [Qz]\nabbreviations: [zq]\n', encoding="utf-8")
    rules = load_rules(tmp_path)
    assert split("One| Two| Qz. Three. Zq. 4 and zq. 5. End.", rules) == ("One|", "Two|", "Qz. Three.", "Zq. 4 and zq. 5.", "End.")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("- a list\n", "expected a mapping"),
        ("language: xx\nsuffixes: [a]\n", "expected a mapping"),
        ("language: xx\nprefixes: [Mr, No]\n", "prefixes must be a list of non-empty strings"),  # unquoted No is false
        ("language: xx\nabbreviations: abc\n", "abbreviations must be a list"),
        ('language: xx\nstops: [".."]\n', "each stop is one character"),
    ],
)
def test_a_malformed_language_file_fails_naming_itself(tmp_path: Path, content, message):
    (tmp_path / "bad.yaml").write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=message) as error:
        load_rules(tmp_path)
    assert "bad.yaml" in str(error.value)
