"""Armenian: case endings and the definite article.

Genitive/dative -ի (-ին), locative -ում, ablative -ից, instrumental -ով and the
article -ը/-ն: "Ստեփանակերտում", "Շուշիի", "Հադրութից", "Ասկերանով",
"Ստեփանակերտը". A stem ending in a vowel may take a glide before the ending
("Գյանջայում"), -ու turns into -վ ("Բաքու" -> "Բաքվում"), and a name in -ի
may take the genitive -ու ("Մարտունի" -> "Մարտունու"); -ություն makes -ության. The place
index keeps a stem only if it is a listed name.
"""

from __future__ import annotations

_ENDINGS = ("ում", "ից", "ով", "ին", "ի", "ը", "ն", "ու")
_MIN_STEM = 3


def stems(word: str) -> list[str]:
    """Stems ``word`` may be a case form of, longest ending first."""
    found = []
    lower = word.lower()  # a headline in capitals ("ԱԴՐԲԵՋԱՆԻ") declines the same
    for ending in _ENDINGS:
        if lower.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
            stem = word[: -len(ending)]
            found.append(stem)
            lowered = stem.lower()
            if lowered.endswith("յ") and lowered[-2:-1] in ("ա", "ո", "ե", "ի"):
                found.append(stem[:-1])  # Գյանջայ-ում -> Գյանջա
            if ending == "ն" and lowered.endswith("ա"):
                found.append(stem[:-1] + "ուն")  # Միությա-ն -> Միություն, Հանրապետությա-ն -> Հանրապետություն
            if ending == "ու":
                found.append(stem + "ի")  # Մարտուն-ու -> Մարտունի
            if lowered.endswith("վ"):
                found.append(stem[:-1] + "ու")  # Բաքվ-ում -> Բաքու
    return list(dict.fromkeys(found))
