"""The per-language place fixtures (tests/fixtures/places_languages/*.yaml), shared by the
tests of each language and by benchmarks/places_languages.py."""

from __future__ import annotations

import pathlib
from dataclasses import dataclass

import yaml

from chronicle.extract.places import tag_document
from chronicle.gazetteer import Gazetteer

ROOT = pathlib.Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "places_languages"
GAZETTEER = ROOT / "corpus" / "gazetteer"
LANGUAGES = ("ru", "az", "hy")


@dataclass(frozen=True)
class Fixture:
    language: str
    mentions: list[tuple[str, list[tuple[str, str | None]]]]  # sentence -> [(text, district)]
    no_place: list[str]


def load(language: str) -> Fixture:
    data = yaml.safe_load((FIXTURES / f"{language}.yaml").read_text(encoding="utf-8"))
    mentions = [(m["sentence"], [(text, district) for text, district in m["expected"]]) for m in data["mentions"]]
    return Fixture(data["language"], mentions, list(data["no_place"]))


def found(gazetteer: Gazetteer, sentence: str, language: str | None) -> list[tuple[str, str | None]]:
    """(text, district) of each place mention the tagger finds in one sentence."""
    return [(m.text, m.district) for m in tag_document([[sentence]], gazetteer, language).mentions[0][0]]
