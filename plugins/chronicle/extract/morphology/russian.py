"""Russian: pymorphy3's lemmas, and the name under a "-ский" adjective.

pymorphy3 (with the OpenCorpora dictionary) knows many Caucasian toponyms
("Шуше" -> "шуша", "Агдама" -> "агдам") and guesses the rest by their endings;
where it guesses wrong ("Гадруте" kept as an indeclinable word), the common
noun endings are stripped as a fallback. The place index only keeps a form
that is a listed name, so a wrong guess costs nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pymorphy3

# Tags that make a dictionary word a name rather than an ordinary word.
_NAME_TAGS = frozenset({"Geox", "Name", "Surn", "Patr", "Orgn", "Trad", "Abbr"})
# Noun endings of the singular cases, longest first: the fallback when the dictionary guesses wrong.
_NOUN_ENDINGS = ("ами", "ах", "ом", "ой", "ем", "ей", "ою", "ую", "е", "а", "у", "ы", "и", "ю", "я")
_NOUN_RESTORE = ("", "а", "я", "ь")
# Nouns a place adjective may qualify: "Кельбаджарский район", "на Физулинском направлении".
_HEADS = (
    r"район\w*|округ\w*|област\w*|направлени\w*|участк\w*|водохранилищ\w*|перевал\w*|аэропорт\w*|"
    r"мечет\w*|крепост\w*|трасс\w*|дорог\w*|коридор\w*|гор[аыуе]?|город\w*|фронт\w*|"
    # events named after their place: "Ходжалинская трагедия", "Кельбаджарская операция"
    r"геноцид\w*|трагеди\w*|резн\w*|операци\w*|наступлени\w*|сражени\w*|битв\w*"
)
# "Товузский, Гедабейский и Дашкесанский районы": the head after a list of adjectives covers them all, also
# when a link repeats the preposition ("на Аскеранском, а затем на Шаумяновском направлении").
_LINK = r"(?:,|\bи\b|\bили\b|\bа\b)(?:\s*(?:затем|потом|также|позднее|позже|далее)\b)?(?:\s*(?:на|в|во|по)\b)?"
_HEAD = re.compile(rf"(?:(?:\s*{_LINK})+\s*[А-ЯЁ][а-яё-]+(?:ск|цк)\w*)*\s+(?:{_HEADS})\b", re.IGNORECASE)
# "семь районов: Кельбаджарский, Лачинский и Агдамский": a list after its head noun.
# "села Гобу Дилагарда, Алескерли - Физулинского, Демирчилер, Сыгнаг - Ходжалинского ... районов": a list of
# villages, each group closed by its district's adjective, and the plural head closing the whole list.
_PLURAL_HEAD_LATER = re.compile(r"[^.;!?«»\"]*?\bрайон(?:ы|ов|ах|ами)\b", re.IGNORECASE)
_HEAD_BEFORE = re.compile(r"район(?:а|ы|ов|ах|ам|ами)\b[^.;!?]{0,60}?[-—–:]\s*"
                          r"(?:[А-ЯЁ][а-яё-]+(?:ск|цк)\w*\s*(?:,|\bи\b)\s*)*$", re.IGNORECASE)
# "кельбаджарский" -> "кельбаджар"; "физулинский" -> "физули"; "шушинский" -> "шуша"; "бакинский" -> "баку".
_ADJECTIVE = re.compile(r"(\w+?)(?:ск|цк)(?:ий|ой|ая|ое|ие)$")
# The same adjective as written, in any case and number, lower case: "агдеринском", "губадлинского".
_LOWER_ADJECTIVE = re.compile(r"[а-яё]{3,}(?:ск|цк)(?:ий|ой|ая|ое|ие|ого|ому|ом|ым|им|ую|ей|ых|их|ыми|ими)")


@lru_cache(maxsize=1)
def _analyzer() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=65536)
def _parses(word: str) -> tuple[tuple[tuple[str, frozenset[str]], ...], bool]:
    """(normal form, grammemes) of each parse, and whether the dictionary knows the likeliest one, cached per word form.

    An adjective's normal form is masculine; its nominative in its own gender
    comes too ("Нагорно-Карабахской Республики" -> "карабахская республика").
    Only the likeliest parse is asked whether the dictionary knows it (``common_word``): a look-up each.
    """
    found = []
    parses = _analyzer().parse(word)
    for p in parses:
        tags = frozenset(p.tag.grammemes)
        found.append((p.normal_form, tags))
        nominative = p.inflect({"nomn"}) if "ADJF" in tags and "masc" not in tags else None
        if nominative is not None and nominative.word != p.normal_form:
            found.append((nominative.word, tags))
    return tuple(found), bool(parses) and parses[0].is_known


def lemmas(word: str) -> list[str]:
    """Dictionary forms: pymorphy3's nouns (names first), then stems with a common ending stripped."""
    parses = _parses(word)[0]
    nouns = [form for form, tags in parses if "NOUN" in tags and tags & _NAME_TAGS]
    nouns += [form for form, tags in parses if "NOUN" in tags]
    nouns += [form for form, tags in parses if "ADJF" in tags]  # "Нагорного" -> "нагорный"
    lower = word.lower()
    for ending in _NOUN_ENDINGS:
        if lower.endswith(ending) and len(lower) - len(ending) >= 3:
            nouns += [lower[: -len(ending)] + r for r in _NOUN_RESTORE]
    return list(dict.fromkeys(nouns))


def adjective_bases(word: str) -> list[str]:
    """Names a "-ский" adjective may be made from, most likely first."""
    found = []
    for form, tags in _parses(word)[0]:
        if "ADJF" in tags or "NOUN" in tags:
            match = _ADJECTIVE.fullmatch(form)
            if match:
                found += _bases(match.group(1))
    return list(dict.fromkeys(found))


def _bases(stem: str) -> list[str]:
    """"кельбаджар" as it is; "физулин" -> "физули"; "шушин" -> "шуша"; "бакин" -> "баку"; "шаумянов" -> "шаумян"."""
    out = [stem, stem + "а", stem + "и", stem + "ы"]
    if stem.endswith(("ов", "ев")):
        out.append(stem[:-2])
    if stem.endswith("н"):
        out.append(stem[:-1])
    if stem.endswith(("ин", "ен", "ан")):
        out += [stem[:-2] + e for e in ("а", "у", "е", "я", "и", "ы")]
    return [s for s in out if len(s) >= 4]


def common_word(word: str) -> bool:
    """Known to the dictionary, and its likeliest reading is no name ("Гора" is a mountain before a Gor).

    Adjectives do not count: the dictionary knows many made from place names
    ("бердский"), and an adjective names a place only before a head noun anyway.
    """
    parses, known = _parses(word)
    return bool(parses) and known and not parses[0][1] & (_NAME_TAGS | {"ADJF"})


def lowercase_adjective(word: str) -> bool:
    return _LOWER_ADJECTIVE.fullmatch(word) is not None


def head_near(before: str, after: str) -> bool:
    return (_HEAD.match(after) is not None or _HEAD_BEFORE.search(before) is not None
            or _PLURAL_HEAD_LATER.match(after) is not None)
