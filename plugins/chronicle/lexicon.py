"""The claims lexicon: event predicates per language, read from reviewable YAML.

Which words say that a town fell or a ceasefire was signed is data an editor
reviews (``corpus/lexicon/claims/<language>.yaml``), not code: a reviewer adds
"stormed" without reading Python, and another language adds a file. This
module turns each file into compiled patterns once; extraction
(``chronicle.extract.claims``) only matches them.

Forms are matched exactly (whole words, any case), so an inflecting language
lists the forms that state a past event and leaves out the ones that state a
plan or a negation (``ru.yaml``, ``az.yaml``, ``hy.yaml`` say which). Three
keys serve languages other than English: ``free_order: true`` when a
predicate's place may stand on either side of it, ``prepositions``, the
language's own, among which ``not_target_before`` names the ones of an
origin, and ``relatives``, pronouns that stand for the place before them. A
language whose case says where something came from lists that case's endings
(``origin_endings``), the head nouns in it that follow a place
(``origin_after``) and the verbs of leaving whose place stands in it
(``from_verbs``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from chronicle import alternation
from chronicle.literals import fold_word
from chronicle.yamlload import LineList, load_yaml

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "corpus" / "lexicon" / "claims"
KINDS = ("control", "assault", "massacre", "ceasefire", "agreement", "other")
ROLES = ("verbs", "intransitive", "nouns", "phrases", "breach")
WORD_LISTS = (
    "not_target_before", "actors", "locator_heads", "generic_territory", "region_heads", "anaphora",
    "continuation", "exclude_before", "exclude_after", "allowed_to", "adjective_before", "auxiliaries",
    "adverbs", "reporting", "determiners", "not_predicates", "needs_light", "presupposing", "place_nouns", "adjectives", "passive_light", "attempt",
    "prepositions", "relatives", "anniversary", "until", "elsewhere", "clause_ends", "operation_start",
    "list_tails", "after_postpositions", "not_target_after", "moves_to", "aside_openers", "accepting",
    "halt_verbs", "combatants", "expel_verbs", "entry_nouns", "entry_into", "stop_verbs", "stopped_nouns", "deciding",
    "modals", "town_nouns", "ongoing_since", "district_possessives",
    "report_nouns", "content_links", "rejecting", "untrue", "distancing", "inverted_conditionals",
    "claiming", "fronting", "civilian_objects", "combatant_subject", "region_operations", "naming",
    "started_only", "result_light", "fire_under", "fire_nouns", "attempt_nouns", "subject_pronouns", "object_pronouns",
    "object_pronoun_after", "pronoun_kinds",
    "aside_participle_endings", "actor_names", "caused_by", "stopping", "movements",
    "weapons", "weapon_light", "harming", "named_only", "landing", "munitions", "killing_participles", "victims", "multitudes",
    "attack_causes",
    "origin_endings", "origin_after", "from_verbs", "means_closers",
)


@dataclass(frozen=True)
class PredicateForms:
    """All written forms of the predicates of one kind and role, as one pattern."""

    kind: str
    role: str  # one of ROLES
    pattern: re.Pattern
    firsts: frozenset[str] = frozenset()  # first words of the forms: a sentence without one is not searched
    # the forms of more than one word by their last word, folded (``literals.fold``), to their first words, folded:
    # a form that ends in a preposition ("withdrew from") is asked for only where that preposition stands, and
    # only in a sentence that holds one of the first words of the forms ending in it
    closers: Mapping[str, frozenset[str]] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class ClaimLexicon:
    language: str
    predicates: tuple[PredicateForms, ...]
    light: re.Pattern  # verbs that make an assault noun happen
    agreed: dict[str, re.Pattern]  # kind -> verbs that make its noun a claim (ceasefire, agreement)
    outbreak_nouns: re.Pattern
    outbreak_verbs: re.Pattern
    outbreak_before: re.Pattern  # "the outbreak of (full-scale) fighting": the outbreak worded before its noun
    ceasefire_markers: re.Pattern
    words: dict[str, frozenset[str]]  # WORD_LISTS, lower-case
    phrases: dict[str, re.Pattern]  # the multi-word entries of WORD_LISTS, as patterns
    anaphora_kinds: dict[str, frozenset[str]]  # last word of an anaphor -> kinds of place it can stand for
    anaphor: re.Pattern  # "the town", "this strategic Azerbaijani city": a determiner, some words, an anaphora noun
    # a predicate's place may stand on either side of it: "8 ноября была освобождена Шуша" (subject after),
    # "Հայկական ուժերը Շուշին գրավեցին" (object before); the usual side is read first
    free_order: bool = False

    def has(self, name: str, word: str) -> bool:
        return word.casefold() in self.words[name]

    def candidates(self, words: set[str]) -> list[PredicateForms]:
        """The predicate forms a sentence of these folded words may hold, in lexicon order: those whose first words
        it holds one of. One set intersection a sentence finds them, instead of a test per kind and role (a
        sentence holds the first words of few forms, most sentences of none)."""
        index = self._forms_by_first
        held = words & index.keys()
        if not held:
            return []
        return [self.predicates[i] for i in sorted({i for word in held for i in index[word]})]

    def closing(self, last: str) -> tuple[PredicateForms, ...]:
        """The verb, intransitive and noun forms of which some end in the word ``last`` (folded, ``literals.fold``:
        "from" of "withdrew from"), in lexicon order: the only ones a preposition before a place can close."""
        return self._forms_by_last.get(last, ())

    @functools.cached_property
    def _forms_by_last(self) -> dict[str, tuple[PredicateForms, ...]]:
        index: dict[str, list[PredicateForms]] = {}
        for forms in self.predicates:
            if forms.role in ("verbs", "intransitive", "nouns"):
                for last in forms.closers:
                    index.setdefault(last, []).append(forms)
        return {last: tuple(found) for last, found in index.items()}

    @functools.cached_property
    def _forms_by_first(self) -> dict[str, tuple[int, ...]]:
        """Each first word of a predicate form -> the places in ``predicates`` of the forms that begin with it."""
        index: dict[str, list[int]] = {}
        for i, forms in enumerate(self.predicates):
            for word in forms.firsts:
                index.setdefault(word, []).append(i)
        return {word: tuple(places) for word, places in index.items()}

    @functools.cached_property
    def event_nouns(self) -> re.Pattern:
        """The forms of every kind's event nouns as one pattern: ``fullmatch`` of a word asks them all in one call
        (a word of every clause before a place is asked; one pattern per kind cost a call each)."""
        nouns = [forms.pattern.pattern for forms in self.predicates if forms.role == "nouns"]
        return re.compile("|".join(f"(?:{n})" for n in nouns), re.IGNORECASE) if nouns else re.compile(r"(?!x)x")


def pattern(forms: list[str]) -> re.Pattern:
    """Whole-word, case-insensitive alternation, longest form first, any spacing inside (grouped by first
    letter, see ``chronicle.alternation``: a word start tries only the forms that begin with its letter)."""
    alts = sorted({f.strip() for f in forms if f and f.strip()}, key=lambda f: (-len(f), f))
    if not alts:
        return re.compile(r"(?!x)x")
    body = alternation.grouped([(f[0], r"\s+".join(re.escape(part) for part in f.split())) for f in alts])
    return re.compile(rf"(?=[{alternation.letters(f[0] for f in alts)}])(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def _flat(entries) -> list[str]:
    out: list[str] = []
    for entry in entries or []:
        out.extend(_flat(entry) if isinstance(entry, list) else [str(entry)])
    return out


def parse(data: dict, shown: str) -> ClaimLexicon:
    """One language's lexicon from its YAML document; ``ValueError`` names the file."""
    if not isinstance(data, dict) or not isinstance(data.get("kinds"), dict) or not data.get("language"):
        raise ValueError(f"{shown}: expected a mapping with `language` and `kinds`")
    _words_only(data, shown)
    kinds = data["kinds"]
    unknown = set(kinds) - set(KINDS)
    if unknown:
        raise ValueError(f"{shown}: unknown kind(s) {sorted(unknown)}; kinds are {', '.join(KINDS)}")
    predicates = tuple(
        PredicateForms(kind, role, pattern(_flat(spec.get(role))), _firsts(_flat(spec.get(role))), _closers(_flat(spec.get(role))))
        for kind, spec in kinds.items()
        for role in ROLES
        if spec.get(role)
    )
    assault = kinds.get("assault") or {}
    outbreak = assault.get("outbreak") or {}
    lists = {name: [str(w).casefold() for w in _flat(data.get(name))] for name in WORD_LISTS}
    return ClaimLexicon(
        language=str(data["language"]),
        predicates=predicates,
        light=pattern(_flat(assault.get("light"))),
        agreed={k: pattern(_flat((kinds.get(k) or {}).get("agreed"))) for k in ("ceasefire", "agreement")},
        outbreak_nouns=pattern(_flat(outbreak.get("nouns"))),
        outbreak_verbs=pattern(_flat(outbreak.get("verbs"))),
        outbreak_before=pattern(_flat(outbreak.get("before"))),
        ceasefire_markers=pattern(_flat((kinds.get("agreement") or {}).get("ceasefire_markers"))),
        words={name: frozenset(ws) for name, ws in lists.items()},
        phrases={name: pattern(ws) for name, ws in lists.items()},
        anaphora_kinds={str(k).casefold(): frozenset(map(str, v or [])) for k, v in (data.get("anaphora_kinds") or {}).items()},
        anaphor=_anaphor(data.get("anaphora_kinds") or {}),
        free_order=data.get("free_order") is True,
    )


def _words_only(node, shown: str) -> None:
    """Every item of a list is a word or phrase: YAML reads an unquoted ``no``, ``yes``, ``on`` or ``off`` as a
    boolean, which would silently stand in the lexicon as "false" instead of the word."""
    items = node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
    for i, item in enumerate(items):
        if isinstance(node, list) and not isinstance(item, (str, list)):
            line = node.item_lines[i] if isinstance(node, LineList) else None
            where = f"{shown}:{line}" if line else shown
            raise ValueError(f"{where}: {item!r} is not a word (YAML reads an unquoted no, yes, on or off as a "
                             "boolean): quote it")
        _words_only(item, shown)


def _anaphor(kinds: dict) -> re.Pattern:
    """'the town', 'this strategic Azerbaijani city', 'the provincial capital': up to three words between."""
    nouns = "|".join(re.escape(str(k)) for k in sorted(kinds, key=str))
    if not nouns:
        return re.compile(r"(?!x)x")
    return re.compile(rf"(?=t)\b(?:the|this|that)\s+(?:[\w-]+\s+){{0,3}}?(?:{nouns})\b", re.IGNORECASE)  # "t" first: cheap


def _firsts(forms: list[str]) -> frozenset[str]:
    return frozenset(f.split()[0].casefold() for f in forms if f.strip())


def _closers(forms: list[str]) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for form in forms:
        parts = form.split()
        if len(parts) > 1:
            found.setdefault(fold_word(parts[-1]), set()).add(fold_word(parts[0]))
    return {last: frozenset(firsts) for last, firsts in found.items()}


def load(directory: Path = DEFAULT_DIR) -> dict[str, ClaimLexicon]:
    """Every language file in ``directory``, by language code (none when it does not exist)."""
    return _load(directory.resolve(), stamp(directory))


def stamp(directory: Path = DEFAULT_DIR) -> tuple:
    """Names and modification times of the lexicon files: a cache of extracted claims is stale when it changes."""
    files = sorted(directory.glob("*.y*ml")) if directory.is_dir() else []
    return tuple((p.name, p.stat().st_mtime_ns) for p in files)


@functools.lru_cache(maxsize=4)
def _load(directory: Path, stamp: tuple) -> dict[str, ClaimLexicon]:
    lexicons = [parse(load_yaml(directory / name), str(directory / name)) for name, _ in stamp]
    return {lex.language: lex for lex in lexicons}
