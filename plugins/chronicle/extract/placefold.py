"""Fold a place-name token to a spelling-independent skeleton.

The same name reaches us through Azerbaijani Latin, Soviet-era Russian
transliteration, Armenian romanization, and English, French or Spanish
habits (Ağcabədi, Agdzhabedi, Aghjabadi; Laçın, Lachin, Latchin), and the
Armenian press writes an Azerbaijani village in its own script (Ջանհասան for
Canhəsən) where GeoNames lists no Armenian name. Folding
both the gazetteer's names and the text's tokens with the same function lets
a spelling that no list holds still meet its entry, so the lists only need
the spellings folding cannot bridge (Kubatly/Qubadlı, Jankendi/Xankəndi).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters whose decomposition would lose the distinction the romanizations keep;
# ʃ and ʧ stand for sh and ch because they have no decomposition to strip.
_LETTERS = str.maketrans({
    "ə": "a", "ǝ": "a", "ä": "a", "ı": "i", "ş": "ʃ", "ç": "ʧ", "ğ": "k",
    "ж": "j", "ш": "ʃ", "щ": "ʃ", "ч": "ʧ", "ц": "ts", "х": "k", "й": "y",
    "ы": "i", "э": "a", "ю": "yu", "я": "ya", "ё": "o", "ъ": "", "ь": "",
    "а": "a", "б": "b", "в": "v", "г": "k", "д": "d", "е": "a", "з": "z",
    "и": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
})
# Ordered rewrites on the Latin result: clusters first, then single letters.
_REWRITES = (
    ("yy", "y"),  # the -yy of a Russian adjective as monitoring services spell it: Nagornyy = Nagorny
    ("tch", "ʧ"), ("tsch", "ʧ"), ("sch", "ʃ"), ("dzh", "j"), ("dj", "j"),
    ("zh", "j"), ("ch", "ʧ"), ("sh", "ʃ"), ("kh", "k"), ("gh", "k"), ("ph", "f"),
    ("q", "k"), ("g", "k"), ("x", "k"), ("c", "j"), ("w", "v"), ("e", "a"),
)
_VOWELS = "aiou"
_Y_BETWEEN_VOWELS = re.compile(f"(?<=[{_VOWELS}])y(?=[{_VOWELS}])")
_Y_AFTER_VOWEL = re.compile(f"(?<=[{_VOWELS}])y(?![{_VOWELS}])")
_Y_PALATAL = re.compile(f"(?<=[kl])y(?=[{_VOWELS}])")
_DOUBLE = re.compile(r"(.)\1+")


# Classical Armenian spelling, kept by the diaspora press, beside the reformed one of Armenia: գիւղ/գյուղ,
# Յակոբեան/Հակոբյան, Հանրապետութեան/Հանրապետության, Յովհաննէս/Հովհաննես.
_CLASSICAL = re.compile("[իե]ւ|եա|է|^յ|[^ո]ւ")
_CLASSICAL_REWRITES = (("իւ", "յու"), ("եա", "յա"), ("է", "ե"))
_LONE_VYUN = re.compile("(?<!ո)ւ")
# Armenian letters as the romanizations write them, so that an Armenian spelling meets the Latin and Cyrillic ones
# (Ջանհասան = Canhəsən, Ստեփանակերտ = Степанакерт): the digraphs (kh, gh, sh, ts) then fold as the Latin ones do, and ը stands
# for the Azerbaijani ı (Ղարադաղլը = Qaradağlı).
_ARMENIAN_LETTERS = str.maketrans({
    "ա": "a", "բ": "b", "գ": "g", "դ": "d", "ե": "e", "զ": "z", "է": "e", "ը": "i", "թ": "t", "ժ": "zh", "ի": "i",
    "լ": "l", "խ": "kh", "ծ": "ts", "կ": "k", "հ": "h", "ձ": "dz", "ղ": "gh", "ճ": "ch", "մ": "m", "յ": "y", "ն": "n",
    "շ": "sh", "ո": "o", "չ": "ch", "պ": "p", "ջ": "j", "ռ": "r", "ս": "s", "վ": "v", "տ": "t", "ր": "r", "ց": "ts",
    "փ": "p", "ք": "k", "օ": "o", "ֆ": "f",
})
_ARMENIAN = re.compile("[\u0561-\u0587]")


def _reformed(text: str) -> str:
    """A classical Armenian spelling in the reformed orthography (the two meet; only folding uses it)."""
    for old, new in _CLASSICAL_REWRITES:
        text = text.replace(old, new)
    text = _LONE_VYUN.sub("վ", text)
    return "հ" + text[1:] if text.startswith("յ") else text


def _romanized(text: str) -> str:
    """A (reformed) Armenian spelling in Latin letters: ու is u, a word's first ե is ye and its first ո is vo
    (Երևան = Yerevan, Ոսկեպար = Voskepar)."""
    text = text.replace("ու", "u")
    if text.startswith("ե"):
        text = "յ" + text
    elif text.startswith("ո"):
        text = "վ" + text
    return text.translate(_ARMENIAN_LETTERS)


def fold(token: str) -> str:
    """Skeleton of one word: case, diacritics and transliteration folded.

    ə/e/a, ş/sh, ç/ch/tch, ğ/gh/g/q/k/x/kh, c/j/dj/dzh, ı/i, ü/u, ö/o, final
    -y/-i, final -lu/-li and final -z/-s become the same; doubled letters collapse;
    Armenian letters are romanized.
    """
    return _skeleton(token, True)


def native_fold(token: str) -> str:
    """``fold`` that keeps Armenian letters: two Armenian spellings that romanize alike (Քաղաք, Խաղխաղ) stay apart."""
    return _skeleton(token, False)


@lru_cache(maxsize=262144)
def _skeleton(token: str, romanize: bool) -> str:
    # Armenian "և" is "եւ" (or "եվ" in capitals: Երևան, ԵՐԵՎԱՆ, Երեւան are one name)
    text = unicodedata.normalize("NFC", token).replace("İ", "i").casefold().replace("եւ", "եվ").translate(_LETTERS)
    if _CLASSICAL.search(text):
        text = _reformed(text)
    if romanize and _ARMENIAN.search(text):
        text = _romanized(text)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    for old, new in _REWRITES:
        text = text.replace(old, new)
    text = _Y_BETWEEN_VOWELS.sub("", text)
    text = _Y_PALATAL.sub("", text)
    text = _Y_AFTER_VOWEL.sub("i", text)
    if text.endswith("y"):
        text = text[:-1] + "i"
    if text.endswith("z"):
        text = text[:-1] + "s"
    if text.endswith("lu"):  # the place-name suffix -lı/-li/-lu, as Armenian and Russian spellings write it: Khojalu
        text = text[:-1] + "i"
    return _DOUBLE.sub(r"\1", text)


def fold_words(words: list[str] | tuple[str, ...]) -> str:
    """Skeleton of a multi-word name: hyphens and spaces are the same separator."""
    return " ".join(fold(w) for w in words)
