"""Dictionary forms of inflected place names in Russian, Azerbaijani and Armenian.

A gazetteer lists names in their dictionary form ("Шуша", "Ağdam",
"Ստեփանակերտ"), but a sentence declines them: "в Шуше", "Ağdamda",
"Ստեփանակերտում", and Russian turns a district's name into an adjective
("Кельбаджарского района"). Listing every form would multiply the lists by
ten and still miss some; instead each language proposes the dictionary forms
a text word may come from, and the place index keeps only those that are a
listed name, so an ending is stripped only when what remains is a known name.

Only words that can be inflected in these languages go through here: a word
in Cyrillic or Armenian script, or a Latin word that carries Azerbaijani
letters (ə, ı, ğ ...) or stands in a text whose language is ``az``. Other
Latin words get no forms, so English matching is unchanged, save one shape:
a Russian "-ский" adjective in Latin letters ("Agdamsky district"), which
Moscow agencies' English copy writes for the rayon's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from chronicle.extract.morphology import armenian, azerbaijani, russian, transliterated

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_ARMENIAN = re.compile(r"[\u0531-\u0587]")
_AZ_LETTERS = re.compile(r"[əƏığĞşŞçÇöÖüÜİ]")


@dataclass(frozen=True)
class Form:
    """A dictionary form a text word may be an inflection of.

    ``adjectival``: the word is an adjective made from the name ("Кельбаджарский"
    from "Кельбаджар"); it names the place only before a head noun ("район").
    """

    text: str
    adjectival: bool = False


def language_of(word: str, language: str | None) -> str | None:
    """The language whose endings a word may carry: its script decides, else the source's language."""
    if _CYRILLIC.search(word):
        return "ru"
    if _ARMENIAN.search(word):
        return "hy"
    if language == "az" or _AZ_LETTERS.search(word):
        return "az"
    return None


@lru_cache(maxsize=65536)
def forms(word: str, language: str | None = None) -> tuple[Form, ...]:
    """Dictionary forms ``word`` may come from, most likely first, without ``word`` itself."""
    lang = language_of(word, language)
    if lang == "ru":
        found = [Form(t) for t in russian.lemmas(word)] + [Form(t, True) for t in russian.adjective_bases(word)]
    elif lang == "az":
        found = [Form(t) for t in azerbaijani.stems(word)]
    elif lang == "hy":
        found = [Form(t) for t in armenian.stems(word)]
    else:
        found = [Form(t, True) for t in transliterated.adjective_bases(word)]
    seen: dict[str, Form] = {}
    for form in found:
        if form.text.casefold() != word.casefold():
            seen.setdefault(form.text.casefold(), form)
    return tuple(seen.values())


def common_word(word: str) -> bool:
    """A word the Russian dictionary knows as an ordinary word ("Село", "Гора"), not a name.

    Such a word names a place only when spelled exactly as a listed name, like
    the English words of not-places.yaml.
    """
    return bool(_CYRILLIC.search(word)) and russian.common_word(word)


def cyrillic(text: str) -> bool:
    return _CYRILLIC.search(text) is not None


def armenian_script(text: str) -> bool:
    return _ARMENIAN.search(text) is not None


def lowercase_adjective(word: str) -> bool:
    """A lower-case Russian "-ский" adjective ("на физулинском направлении"): Russian spells an
    adjective made from a place name in lower case, so it may start a name although no capital does."""
    return russian.lowercase_adjective(word)


def head_near(before: str, after: str) -> bool:
    """Does a noun that an adjectival place name may qualify ("район", "направление") follow it,
    or head the list it stands in ("семь районов: Кельбаджарский, Лачинский")? In Latin letters, an
    English head after it ("Agdamsky district", "Tertersky and Agdamsky districts")."""
    return russian.head_near(before, after) or transliterated.head_near(after)


# A Russian word's nominative ending, stripped so that every case ending may follow the stem.
_RU_ENDING = re.compile(r"(?:ая|яя|ый|ий|ой|ое|ее|ые|ие|а|я|ь|й|о|е|ы|и)$", re.IGNORECASE)
_RU_CASE = "[а-яё]{0,3}"
_AZ_CASE = "[^\\W\\d_]{0,5}"  # Azerbaijani stacks possessive and case: müharibəsi-ndə, tədbirləri-nin
_HY_CASE = "[\u0561-\u0587]{0,3}"


def declines(name: str) -> bool:
    """Is a multi-word name (a war's) written in a language whose words take case endings?"""
    return language_of(name, None) is not None


def word_pattern(word: str, last: bool) -> str:
    """A regular expression for one word of a name in any of its case forms.

    Russian declines every word of a name ("Второй карабахской войны");
    Azerbaijani and Armenian only the last ("Vətən müharibəsində",
    "Արցախյան պատերազմում"). Other words match as written.
    """
    lang = language_of(word, None)
    if lang == "ru":
        stem = _RU_ENDING.sub("", word)
        return re.escape(stem if len(stem) >= 3 else word) + _RU_CASE
    if lang in ("az", "hy") and last:
        return re.escape(word) + (_AZ_CASE if lang == "az" else _HY_CASE)
    return re.escape(word)
