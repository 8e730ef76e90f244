"""Russian place adjectives as English wire copy spells them: "Agdamsky district", "Tertersky and ... districts".

Moscow agencies' English copy transliterates the adjective Russian makes from a rayon's name
("Агдамский район" -> "Agdamsky district") where other English texts give the name itself. The
adjective's ending is stripped to the names it may be made from, as ``russian.adjective_bases`` does
in Cyrillic; the place index keeps only a base that is a listed name, and such a form names a place
only before a head noun ("district", "region", "direction"), so a surname ("Trotsky") stays a person.
"""

from __future__ import annotations

import re

# "Agdamsky", "Kelbadzharskiy", "Fizulinskii", "Shushinskaya", "Dzhebrailskogo": a capitalised stem, then
# the transliterated "-ский" in any of its spellings and common cases.
_ADJECTIVE = re.compile(r"([A-Z][a-z]{2,})sk(?:iy|ii|yi|y|oy|aya|oye|ogo|om)")
# The head noun after the adjective, or after a list of names it opens ("Tertersky and Agdamsky districts").
_HEAD = re.compile(r"(?:\s*(?:,|\band\b|\bor\b)\s*[A-Z][a-z]+){0,3}\s+(?:district|region|rayon|raion|direction)s?\b")


def adjective_bases(word: str) -> list[str]:
    """Names a transliterated "-sky" adjective may be made from, most likely first."""
    match = _ADJECTIVE.fullmatch(word)
    if match is None:
        return []
    stem = match.group(1)
    # "Agdam" as it is; "Fizulin" -> "Fizuli"; "Shushin" -> "Shusha"; "Gubadlin" -> "Gubadly"; "Shaumyanov" -> "Shaumyan"
    out = [stem, stem + "a", stem + "i", stem + "y"]
    if stem.endswith(("ov", "ev")):
        out.append(stem[:-2])
    if stem.endswith("n"):
        out.append(stem[:-1])
    if stem.endswith(("in", "en", "an")):
        out += [stem[:-2] + e for e in ("a", "u", "e", "i", "y")]
    return [s for s in dict.fromkeys(out) if len(s) >= 4]


def head_near(after: str) -> bool:
    """Does a head noun follow the adjective, itself or across the list of names it opens?"""
    return _HEAD.match(after) is not None
