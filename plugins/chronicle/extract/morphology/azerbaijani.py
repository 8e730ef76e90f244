"""Azerbaijani: case suffixes, with vowel harmony and buffer consonants.

A suffix is stripped only when it agrees with the stem: its vowel follows the
stem's last vowel (back a ı o u take -da, -ın/-un; front e ə i ö ü take -də,
-in/-ün), and after a final vowel the genitive, accusative and dative take
their buffer consonant (Şuşa-nın, Şuşa-nı, Şuşa-ya; Ağdam-ın, Ağdam-ı,
Ağdam-a), and after a compound name's possessive ending all cases take n
(Muxtar Vilayəti-nə, -ndə, -ndən). Agglutinated chains are peeled one layer at a time
("Ağdamdakı" -> "Ağdam", "rayonunda"). The place index keeps a stem only if
it is a listed name.
"""

from __future__ import annotations

_BACK = "aıou"
_FRONT = "eəiöü"
_ROUNDED = "ouöü"
_MIN_STEM = 3
# Each suffix as it follows a stem whose last vowel is back unrounded, back rounded, front unrounded,
# front rounded; and whether it needs a vowel (True) or a consonant (False) before it.
_DAKI = ("dakı", "dakı", "dəki", "dəki")
_COPULA = ("dır", "dur", "dir", "dür")
_POSSESSIVE = ("ı", "u", "i", "ü")
_SUFFIXES = (
    (_DAKI, None),
    # after the possessive -ı/-i/-u/-ü of a compound name the cases take an n ("Muxtar Vilayəti-nə", "Respublikası-nda")
    (("ndan", "ndan", "ndən", "ndən"), True),
    (("nda", "nda", "ndə", "ndə"), True),
    (("na", "na", "nə", "nə"), True),
    (("dan", "dan", "dən", "dən"), None),
    (("da", "da", "də", "də"), None),
    (_COPULA, None),
    (("la", "la", "lə", "lə"), None),
    (("nın", "nun", "nin", "nün"), True),
    (("ın", "un", "in", "ün"), False),
    (("nı", "nu", "ni", "nü"), True),
    (_POSSESSIVE, False),
    (("ya", "ya", "yə", "yə"), True),
    (("a", "a", "ə", "ə"), False),
)


def _harmony(stem: str) -> int | None:
    """Which of the four variants the stem's last vowel calls for (None: no vowel)."""
    last = next((c for c in reversed(stem.casefold()) if c in _BACK + _FRONT), None)
    if last is None:
        return None
    return (0 if last in _BACK else 2) + (1 if last in _ROUNDED else 0)


# What a case ending may stand on, peeled as a second layer: "-dakı" ("Ağdamdakının") and a compound's or a
# noun's possessive vowel ("rayonunda"); after the copula "-dır" any case ("Ağdamdadır"). Two cases never stack:
# "Saakyanın" is no dative "Saakya" of "Saaky" (a surname in the genitive, folded near Shaki).
_UNDER_A_CASE = (_DAKI, _POSSESSIVE)


def stems(word: str) -> list[str]:
    """Stems ``word`` may be a case form of, longest suffix first, peeled up to two layers deep (the second
    only where one ending may stand on the other)."""
    first = _strip_once(word)
    second = [stem for suffix, current in first for under, stem in _strip_once(current)
              if suffix == _COPULA or under in _UNDER_A_CASE]
    return list(dict.fromkeys([stem for _, stem in first] + second))


def _strip_once(word: str) -> list[tuple[tuple[str, ...], str]]:
    """(the suffix's variants, the stem before it) for every case suffix ``word`` may end in."""
    out = []
    lower = word.casefold()
    for variants, after_vowel in _SUFFIXES:
        size = len(variants[0])
        stem = word[:-size]
        harmony = _harmony(stem) if len(stem) >= _MIN_STEM else None
        if harmony is None or lower[-size:] != variants[harmony]:
            continue
        if after_vowel is None or after_vowel == (stem[-1].casefold() in _BACK + _FRONT):
            out.append((variants, stem))
    return out
