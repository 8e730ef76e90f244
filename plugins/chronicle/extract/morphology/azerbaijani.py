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
_SUFFIXES = (
    (("dakı", "dakı", "dəki", "dəki"), None),
    # after the possessive -ı/-i/-u/-ü of a compound name the cases take an n ("Muxtar Vilayəti-nə", "Respublikası-nda")
    (("ndan", "ndan", "ndən", "ndən"), True),
    (("nda", "nda", "ndə", "ndə"), True),
    (("na", "na", "nə", "nə"), True),
    (("dan", "dan", "dən", "dən"), None),
    (("da", "da", "də", "də"), None),
    (("dır", "dur", "dir", "dür"), None),
    (("la", "la", "lə", "lə"), None),
    (("nın", "nun", "nin", "nün"), True),
    (("ın", "un", "in", "ün"), False),
    (("nı", "nu", "ni", "nü"), True),
    (("ı", "u", "i", "ü"), False),
    (("ya", "ya", "yə", "yə"), True),
    (("a", "a", "ə", "ə"), False),
)


def _harmony(stem: str) -> int | None:
    """Which of the four variants the stem's last vowel calls for (None: no vowel)."""
    last = next((c for c in reversed(stem.casefold()) if c in _BACK + _FRONT), None)
    if last is None:
        return None
    return (0 if last in _BACK else 2) + (1 if last in _ROUNDED else 0)


def stems(word: str) -> list[str]:
    """Stems ``word`` may be a case form of, longest suffix first, peeled up to two layers deep."""
    found: list[str] = []
    layer = [word]
    for _ in range(2):
        layer = [stem for current in layer for stem in _strip_once(current)]
        found += layer
    return list(dict.fromkeys(found))


def _strip_once(word: str) -> list[str]:
    out = []
    lower = word.casefold()
    for variants, after_vowel in _SUFFIXES:
        size = len(variants[0])
        stem = word[:-size]
        harmony = _harmony(stem) if len(stem) >= _MIN_STEM else None
        if harmony is None or lower[-size:] != variants[harmony]:
            continue
        if after_vowel is None or after_vowel == (stem[-1].casefold() in _BACK + _FRONT):
            out.append(stem)
    return out
