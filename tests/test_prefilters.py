"""Shortcuts that spare sentences the costly rules never lose what the rules find.

Extraction skips a rule where a cheap test says it cannot match (a word the
rule needs is absent). Each table below holds texts the rule does match, in
the casings re.IGNORECASE takes for one ("İL" for "il"), and texts it does
not: the shortcut must give exactly what the full rule gives.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from chronicle import lexicon
from chronicle.boilerplate import patterns, rules
from chronicle.extract import war_clauses, war_names
from chronicle.extract.claims import predicates, words
from chronicle.extract.cuetext import search_end
from chronicle.extract.timex import clauses, counts
from chronicle.literals import fold, fold_word
from chronicle.model import DateMention
from chronicle.yamlload import load_yaml

# One text per pattern of counts._COUNTED, in the order written there.
COUNTED = (
    ("Today marks the 27th anniversary of the occupation.", [27]),
    ("Twenty years have passed since the town fell.", [20]),
    ("Kəlbəcərin işğalından 30 il ötür.", [30]),
    ("Это было 22 года назад.", [22]),
    ("С тех пор минуло 22 года.", [22]),
)
CASINGS = (str, str.upper, str.title)


def all_counted(text: str) -> list[int]:
    """What counted_years gives without its shortcut: every pattern searched."""
    return [n for rx in counts._COUNTED for m in rx.pattern.finditer(text) if (n := counts._number(m.group(1))) is not None]


def test_every_counting_pattern_has_its_example():
    assert len(COUNTED) == len(counts._COUNTED)
    for (text, _), pattern in zip(COUNTED, counts._COUNTED):
        assert pattern.search(text), text


@pytest.mark.parametrize("text, years", COUNTED)
@pytest.mark.parametrize("casing", CASINGS)
def test_counted_years_are_found_in_any_casing(text, years, casing):
    written = casing(text)
    assert counts.counted_years(written) == all_counted(written)
    if casing is not str.title:  # "27Th" is no ordinal to _number
        assert counts.counted_years(written) == years


@pytest.mark.parametrize("text", ["BEŞ İL ÖTÜR", "5 İL ÖTÜR", "5 ıl ötür", "5 IL ÖTÜR", "5 il ÖTÜR", "22 ГОДА НАЗАД",
                                  "The town fell on 2 October 1993.", ""])
def test_counted_years_agrees_with_every_pattern_searched(text):
    assert counts.counted_years(text) == all_counted(text)


def _mention(text: str, word: str) -> DateMention:
    start = text.index(word)
    return DateMention(start, start + len(word), word, word, "DATE", None, dt.date(1993, 1, 1), dt.date(1993, 12, 31), "year")


@pytest.mark.parametrize("text, inside", [
    ("Shusha, which was shelled in 1993, is quiet.", True),
    ("Shusha, which was shelled, fell in 1993.", False),
    ("Shusha was shelled in 1993, which all remember.", False),
    ("In 1993 the town was shelled.", False),
    ("Shusha, WHICH was shelled in 1993, is quiet.", False),  # the aside is written in lower case
])
def test_a_date_in_a_which_clause_is_an_aside(text, inside):
    assert war_clauses.in_aside(text, _mention(text, "1993")) is inside


LOCATOR_HEAD = re.compile(r"([\w-]+)\s+(?:of|in)\s+(?:the\s+)?$")


@pytest.mark.parametrize("before", [
    "the Kichan and Srkhavend villages of the ",
    "the villages of ",
    "shelled the outskirts in\t the  ",
    "(south-eastern villages of the ",
    "a word-of-many-hyphens-and-letters-that-runs-on-and-on-for-more-than-sixty-characters of ",
    "villages of the district",  # not at the end: no match
    "of the ",  # no head word before
    "",
])
def test_a_pattern_anchored_at_the_end_is_found_from_the_last_pieces_as_from_the_start(before):
    whole, tail = LOCATOR_HEAD.search(before), search_end(LOCATOR_HEAD, before, 3)
    assert (whole and (whole.span(1), whole.group(1))) == (tail and (tail.span(1), tail.group(1)))


# The patterns anchored at the end that extraction searches from the last few pieces of the text before a date or a
# name (``search_end``), with the number of pieces searched and texts holding their longest shapes.
FROM_THE_END = [
    (war_clauses.UNTIL, 3, ["quiet up to the ", "calm UNTIL ", "held till  the\t", "up to ", "until the war"]),
    (war_clauses.ENDED, 8, ["the war came to an end a year ago in ", "it ended in ", "was over by the middle of ",
                            "ended one two three four five in ", "Ended, "]),
    (war_clauses._SINCE, 2, ["deployed since the ", "SINCE ", "since then "]),
    (war_clauses._FROM, 2, ["from the ", "FROM ", "from him "]),
    (war_clauses._DOCUMENT_BEFORE, 4, ["the statements adopted of the ", "the resolution of ", "a decree dated ",
                                       "the (statement on ", "the treaty signed on the ", "the law as of "]),
    (clauses._DOCUMENT_OF, 3, ["the trilateral statement of ", "the resolution dated the ", "(decree of ", "law of the x "]),
]


@pytest.mark.parametrize("pattern, chunks, texts", FROM_THE_END)
def test_the_end_patterns_are_found_from_their_last_pieces_as_from_the_start(pattern, chunks, texts):
    for before in texts:
        for text in (before, "Long before, in another clause of the sentence, " + before):
            whole, tail = pattern.search(text), search_end(pattern, text, chunks)
            assert (whole and whole.span()) == (tail and tail.span()), text


# Wars told by their length or order: each pattern stands behind the test of the words it needs (``Cued``).
TOLD_WARS = ["a bloody six-week war", "SIX WEEKS OF BLOODSHED", "the 44-day conflict", "a nine-month-long blockade",
             "the first war between them", "their Second full-scale WAR", "the first war crimes", "the Third War",
             "a war of six days", "the dayly war", "war", ""]


@pytest.mark.parametrize("pattern", [war_names._LASTING_WAR, war_names._ORDINAL_WAR])
@pytest.mark.parametrize("text", TOLD_WARS)
@pytest.mark.parametrize("casing", CASINGS)
def test_a_war_told_by_length_or_order_is_found_as_by_its_whole_pattern(pattern, text, casing):
    written = casing(text)
    assert [m.span() for m in pattern.finditer(written)] == [m.span() for m in pattern.pattern.finditer(written)]


def test_the_told_war_patterns_match_their_examples():
    assert war_names._LASTING_WAR.search("a bloody six-week war") and war_names._ORDINAL_WAR.search("the first war")


# A Latin word typed with Cyrillic look-alike letters reads as Latin; a text holding no look-alike is returned as it is.
ONE_SCRIPT = [
    ("süqut еdib", "süqut edib"),  # Cyrillic е in a Latin word
    ("Tоvuz rayonu", "Tovuz rayonu"),  # Cyrillic о
    ("“Shusha” was taken – again", "“Shusha” was taken – again"),  # not ASCII, no look-alike
    ("Шуша была взята", "Шуша была взята"),  # Cyrillic words hold no Latin letter: left as they are
    ("Şuşa şəhəri", "Şuşa şəhəri"),
    ("plain ASCII", "plain ASCII"),
    ("", ""),
]


@pytest.mark.parametrize("text, expected", ONE_SCRIPT)
def test_one_script_reads_look_alikes_as_latin_and_leaves_other_texts_as_they_are(text, expected):
    every_word = predicates._MIXED.sub(lambda m: m.group().translate(predicates._CYRILLIC_LOOKALIKES), text)
    assert predicates.one_script(text) == every_word == expected


def every_kind_asked(lex, word: str) -> bool:
    """What ``event_nouns`` replaces: each kind's noun pattern asked in turn."""
    return any(forms.role == "nouns" and forms.pattern.fullmatch(word) for forms in lex.predicates)


@pytest.mark.parametrize("language, word, noun", [
    ("en", "capture", True), ("en", "CAPTURE", True), ("en", "Offensive", True), ("en", "ceasefire", True),
    ("en", "captured", False), ("en", "town", False), ("en", "air  strike", True),  # a form of two words, any spacing
    ("ru", "оккупации", True), ("ru", "ОККУПАЦИИ", True), ("ru", "город", False),
    ("en", "", False),
])
def test_one_pattern_tells_an_event_noun_as_every_kind_asked_in_turn(language, word, noun):
    lex = lexicon.load()[language]
    assert (lex.event_nouns.fullmatch(word) is not None) == every_kind_asked(lex, word) == noun


@pytest.mark.parametrize("language", ["en", "ru", "az", "hy"])
def test_every_first_word_of_a_lexicon_is_told_an_event_noun_as_every_kind_asked_in_turn(language):
    lex = lexicon.load()[language]
    words = {w for forms in lex.predicates for w in forms.firsts}
    for word in sorted(words | {w.upper() for w in words} | {w.title() for w in words}):
        assert (lex.event_nouns.fullmatch(word) is not None) == every_kind_asked(lex, word), word


@pytest.mark.parametrize("line", [
    "Chapter 1. The first war .......... 12", "Introduction … 3", "Preface . . . 7", "Notes ...9",
    "The town fell in 1993", "It was shelled on 12 May 2016 ... 3", "A sentence of prose.", "Sources ....... iv", "",
])
def test_a_table_of_contents_entry_is_told_as_by_its_whole_pattern(line):
    entry = bool(patterns.CONTENTS_ENTRY.match(line))
    assert (rules._own_reason(1, line) == "table of contents") == entry


@pytest.mark.parametrize("line, days", [
    ("[The news as it happened: 27 September, 28 September, 29 September]", True),
    ("Earlier days: 1 May, 2 May, 3 May", True),
    ("27 September, 28 September", False),  # two days are no list
    ("On 27 September, the town fell.", False),
    ("", False),
])
def test_a_list_of_days_is_told_with_too_few_commas_ruled_out_first(line, days):
    items = [item.strip() for item in line.strip("[]() ").rpartition(":")[2].split(",")]
    whole = len(items) >= patterns.LINK_LIST_MIN and all(patterns.DAY_ALONE.match(item) for item in items)
    assert rules._is_day_list(line) == whole == days


def closes_with_every_form_asked(text: str, pos: int, preposition: str, lex) -> bool:
    """``clauses.closes_predicate`` as it was before ``may_end_with``: every form of the three roles searched."""
    for forms in lex.predicates:
        if forms.role not in ("verbs", "intransitive", "nouns"):
            continue
        for found in forms.pattern.finditer(text, max(0, pos - 80), pos):
            form = found.group().casefold().split()
            if form[0].endswith("n") and lex.has("actors", (words.words_before(text, found.start(), 1) or [""])[0]):
                continue
            if len(form) > 1 and form[-1] == preposition and len(words.WORD.findall(text[found.end():pos])) <= 3 \
                    and "," not in text[found.end():pos]:
                return True
    return False


@pytest.mark.parametrize("language, text, place, closes", [
    ("en", "The Armenian forces withdrew from Kalbajar.", "Kalbajar", True),
    ("en", "THE ARMENIAN FORCES WITHDREW FROM KALBAJAR.", "KALBAJAR", True),
    ("en", "The troops were driven out of the town of Lachin.", "Lachin", True),
    ("en", "Refugees came from Kalbajar, then the army withdrew from the area near Lachin.", "Lachin", False),
    ("en", "The shelling came from Fizuli.", "Fizuli", False),
    ("en", "The forces withdrawn from Lachin were fighting in Baku.", "Lachin", False),  # a participle describing a side
    ("ru", "Армянские войска вышли из Кельбаджара.", "Кельбаджара", False),
    ("ru", "Войска были выведены из Агдама.", "Агдама", True),  # the passive of withdrawing: a form of the lexicon
    ("az", "Ermənistan silahlı qüvvələri Kəlbəcərdən çıxarıldı.", "Kəlbəcərdən", False),
    ("az", "Şuşa şəhəri İLƏ bağlı xəbər.", "bağlı", False),  # a capital dotted İ in a word the rule folds
    ("hy", "Հայկական ուժերը դուրս եկան Քելբաջարից։", "Քելբաջարից", True),
    ("en", "'Armenian units TOOK CONTROL OF the town of Lachin.", "Lachin", True),
    ("en", "They re-took control of Shusha.", "Shusha", False),  # 're-took' is no form's first word
    ("en", "They took Shusha; control of Lachin followed.", "Lachin", False),
    ("az", "Şəhər 1993-cü ildə İŞĞAL EDİLDİ Ağdam rayonu ilə birlikdə.", "Ağdam", True),
    ("az", "Şəhər 1993-cü ildə edildi Ağdam rayonu ilə birlikdə.", "Ağdam", False),
])
def test_a_predicate_closed_by_its_preposition_is_found_as_with_every_form_asked(language, text, place, closes):
    """``PredicateForms.closers`` skips the forms none of which ends in the preposition before the place, or
    whose forms ending in it start with a word the sentence does not hold."""
    from chronicle.extract.claims import clauses
    lex = lexicon.load()[language]
    pos = text.index(place)
    preposition = words.words_before(text, pos, 1)[0]
    assert clauses.closes_predicate(text, pos, preposition, lex) == closes_with_every_form_asked(text, pos, preposition, lex)
    assert clauses.closes_predicate(text, pos, preposition, lex) == closes


@pytest.mark.parametrize("language", ["en", "ru", "az", "hy"])
def test_every_form_ending_in_a_word_is_kept_for_that_word_in_any_casing(language):
    """Each lexicon form of more than one word, in the casings IGNORECASE takes for one, is kept by the forms
    that hold it for its own last word (so a preposition written in capitals still closes it), with a first
    word the folded sentence holds."""
    lex = lexicon.load()[language]
    kinds = load_yaml(lexicon.DEFAULT_DIR / f"{language}.yaml")["kinds"]
    for forms in lex.predicates:
        written = [f for f in lexicon._flat(kinds[forms.kind].get(forms.role)) if len(f.split()) > 1]
        for form in written:
            for casing in (form, form.upper(), form.title()):
                assert forms.pattern.fullmatch(casing), casing
                firsts = forms.closers[fold_word(casing.split()[-1])]
                assert any(map(fold(f"«{casing}»").__contains__, firsts)), casing
        assert bool(forms.closers) == bool(written), (forms.kind, forms.role)
