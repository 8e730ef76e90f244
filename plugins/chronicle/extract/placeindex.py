"""Look-up structures over a gazetteer: folded names to the places they name.

Built once per gazetteer (cached), then each sentence is matched token by
token against it, longest name first.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from chronicle.extract import morphology
from chronicle.extract.cuetext import WORD
from chronicle.extract.placefold import fold, fold_words, native_fold
from chronicle.gazetteer import Gazetteer

# Between the words of one name: a space or a hyphen (Nagorno Karabakh = Nagorno-Karabakh), or the
# apostrophe of Armenian romanization inside a word (Akhlat’yan).
_GAP = re.compile(r"[ \u00a0]?[-\u2010\u2011\u2013]?[ \u00a0]?|['’ʼ]")
_APOSTROPHES = re.compile(r"['’ʼ]")
_ACRONYM = re.compile(r"[A-Z]{2,6}|[А-ЯЁ]{2,6}|[Ա-Ֆ]{2,6}")
# Monitoring services and wire copy write Azerbaijani without its own letters ("Susa", "Lacin", "Sixlar" for
# Şuşa, Laçın, Şıxlar): ş and ç lose their hook, which folding keeps apart from s and c.
_AZ_LETTERS = re.compile("[şçŞÇ]")
_AZ_ASCII = str.maketrans("şçŞÇ", "scSC")
# An Armenian surname in any case: "Աղաջանյանը", "Հակոբյանի", "Մելիք-Շահնազարյանց".
_ARMENIAN_SURNAME = re.compile("յանց?(?:ը|ի|ին|ն|ից|ով|ում)?$")
# Folded skeletons this short collide with ordinary words: they must match a listed spelling exactly.
_SHORT = 3
_FUZZY_MIN = 6
_FUZZY_KINDS = frozenset({"rayon", "city", "town", "village"})
_FORMS_PER_WORD = 12  # dictionary forms tried per inflected word: the likeliest come first
_FORMS_CACHE = 200_000  # runs of words remembered with their listed forms
_ANSWERS_CACHE = 100_000  # text words (max_words) and runs of words (lookup) remembered with their answers


@dataclass(frozen=True)
class Entry:
    entity: str
    spelling: str  # the listed name, for the exact-spelling guard
    guarded: bool  # only with a cue ("village of"): the name is also a common word


class PlaceIndex:
    """Folded multi-word keys -> entries, plus case-sensitive acronyms."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self._forms_cache: dict[tuple[tuple[str, ...], str | None], tuple[tuple[tuple[str, ...], bool], ...]] = {}
        self._max_words_cache: dict[tuple[str, str | None], int] = {}
        self._lookup_cache: dict[tuple[tuple[str, ...], str, bool, str | None, bool], tuple[Entry, ...]] = {}
        self.keys: dict[str, list[Entry]] = {}
        self.acronyms: dict[str, list[Entry]] = {}
        for place in gazetteer:
            for name in place.names:
                guarded = gazetteer.needs_context(place.id, name.text)
                self._add(place.id, name.text, guarded)
                if _AZ_LETTERS.search(name.text):
                    self._add(place.id, name.text.translate(_AZ_ASCII), guarded)
        # Longest name (in words) starting with each folded first word: most words start none.
        self.starts: dict[str, int] = {}
        for key in self.keys:
            first, words = key.split(" ", 1)[0], key.count(" ") + 1
            self.starts[first] = max(self.starts.get(first, 0), words)
        # The first words of each listed name of two words or more, folded and joined as its key is: a run of
        # dictionary forms that starts no name is not extended (``_listed_forms``).
        self.openings: frozenset[str] = frozenset(
            " ".join(words[:k]) for words in (key.split(" ") for key in self.keys) for k in range(1, len(words)))
        single = {k for k, entries in self.keys.items()
                  if " " not in k and len(k) >= _FUZZY_MIN
                  and any(gazetteer.get(e.entity).kind in _FUZZY_KINDS and gazetteer.get(e.entity).source is None
                          for e in entries)}  # generated settlements match their listed spellings only
        self.fuzzy_choices = sorted(single)

    def _add(self, entity: str, text: str, guarded: bool) -> None:
        entry = Entry(entity, text, guarded)
        if _ACRONYM.fullmatch(text):
            bucket = self.acronyms.setdefault(text, [])
        else:
            words = WORD.findall(text)
            if not words:
                return
            bucket = self.keys.setdefault(fold_words(words), [])
        if entry not in bucket:
            bucket.append(entry)

    def lookup(self, words: list[str], surface: str, cued: bool, base: str | None = None,
               opens_sentence: bool = False) -> list[Entry]:
        """Entries a run of text words names, one per entity.

        Short skeletons, and ordinary words ("Areas", "Гора"), must match a listed
        spelling exactly; ``base`` is the dictionary form ``words`` stand for when
        the text inflects them ("Талыше" -> "Талыш"), compared instead of ``surface``.
        A spelling marked ``needs_context`` ("Kazakh") names its place only when ``cued``,
        and so does an Armenian word that ``opens_sentence`` through its romanization.
        """
        key = (tuple(words), surface, cued, base, opens_sentence)
        found = self._lookup_cache.get(key)
        if found is None:
            found = self._lookup(words, surface, cued, base, opens_sentence)
            if len(self._lookup_cache) < _ANSWERS_CACHE:  # a text names its places again and again
                self._lookup_cache[key] = found
        return list(found)

    def _lookup(self, words: list[str], surface: str, cued: bool, base: str | None,
                opens_sentence: bool) -> tuple[Entry, ...]:
        if len(words) == 1 and words[0] in self.acronyms:
            return tuple(self.acronyms[words[0]])
        if base is not None and self.gazetteer.ordinary_word(base):
            return ()  # "Martın", "Մայիսի": a month in a case form, not the village Mayis
        key = fold_words(words)
        entries = self.keys.get(key, [])
        if entries and morphology.armenian_script(surface):
            entries = _named_in_armenian(entries, words, surface, cued or not opens_sentence)
        spelled = base or surface
        plain = spelled.casefold()
        if entries and (len(key.replace(" ", "")) <= _SHORT or self.gazetteer.ordinary_word(surface)
                        or morphology.common_word(surface)):
            entries = [e for e in entries if _bare(e.spelling) == _bare(spelled)]
        if not cued:
            blocked = {e.entity for e in entries if e.guarded and e.spelling.casefold() == plain}
            entries = [e for e in entries if e.entity not in blocked]
        unique: dict[str, Entry] = {}
        for entry in entries:
            unique.setdefault(entry.entity, entry)
        return tuple(unique.values())

    def base_words(self, words: list[str], before: str, after: str, language: str | None) -> list[str] | None:
        """The listed name an inflected run of words is a form of ("в Шуше", "Ağdamda", "Շուշիում").

        Tries the dictionary forms of each word (see ``morphology``), keeping the
        first combination that is a listed name; a name derived as an adjective
        ("Кельбаджарского") counts only beside a head noun ("района").
        """
        for base, adjectival in self._listed_forms(tuple(words), language):
            if not adjectival or morphology.head_near(before, after):
                return list(base)
        return None

    def _listed_forms(self, words: tuple[str, ...], language: str | None) -> tuple[tuple[tuple[str, ...], bool], ...]:
        """Combinations of the words' dictionary forms that are listed names, likeliest first, with whether
        the last is an adjective; only the last word may be one. Cached: a text repeats its names."""
        cached = self._forms_cache.get((words, language))
        if cached is not None:
            return cached
        found: list[tuple[tuple[str, ...], bool]] = []
        self._extend_forms(words, language, [], (), "", True, found)
        if len(self._forms_cache) < _FORMS_CACHE:
            self._forms_cache[(words, language)] = tuple(found)
        return tuple(found)

    def _extend_forms(self, words: tuple[str, ...], language: str | None, options: list[list[tuple[str, bool]]],
                      chosen: tuple[str, ...], key: str, as_written: bool, found: list[tuple[tuple[str, ...], bool]]) -> None:
        """Add to ``found`` the listed names that ``chosen`` (forms of the first words, folded and joined into ``key``;
        ``as_written``: each the word itself) goes on to, the next word taking each of its forms in turn: the order
        of ``itertools.product`` over the words' forms, the words as written left out. A run of forms that opens no
        listed name is not extended, and the forms of the words after it are not read: four words with a dozen
        forms each would otherwise make 13 ** 4 runs."""
        k = len(chosen)
        if k == len(options):  # each word's forms: the word as written first
            options.append([(words[k], False)] + [(f.text, f.adjectival)
                                                  for f in morphology.forms(words[k], language)[:_FORMS_PER_WORD]])
        last = k == len(words) - 1
        for n, (form, adjectival) in enumerate(options[k]):
            if adjectival and not last:
                continue  # only the last word may be an adjective
            run, written = f"{key} {fold(form)}" if k else fold(form), as_written and n == 0
            if not last and run in self.openings:
                self._extend_forms(words, language, options, (*chosen, form), run, written, found)
            elif last and not written and run in self.keys:
                found.append(((*chosen, form), adjectival))

    def fuzzy(self, word: str) -> list[Entry]:
        """Entries one edit away from an unlisted spelling; [] unless the nearest is unique."""
        key = fold(word)
        if len(key) < _FUZZY_MIN or self.gazetteer.ordinary_word(word):
            return []
        found = process.extract(key, self.fuzzy_choices, scorer=Levenshtein.distance, score_cutoff=1, limit=3)
        if len(found) != 1:
            return []
        return list({e.entity: e for e in self.keys[found[0][0]]
                     if not e.guarded and self.gazetteer.get(e.entity).source is None}.values())

    def collides(self, word: str) -> bool:
        """Does an ordinary word fold like a listed name without being spelled like one?"""
        key = fold(word)
        entries = self.keys.get(key, [])
        return len(key) > _SHORT and bool(entries) and all(_bare(e.spelling) != _bare(word) for e in entries)

    def max_words(self, word: str, language: str | None = None) -> int:
        """Longest name that could start with this text word or one of its dictionary forms (0: none)."""
        cached = self._max_words_cache.get((word, language))
        if cached is None:
            cached = 1 if word in self.acronyms else max(
                self.starts.get(fold(w), 0) for w in (word, *(f.text for f in morphology.forms(word, language))))
            if len(self._max_words_cache) < _ANSWERS_CACHE:  # every capitalized word of a text asks: remember them
                self._max_words_cache[(word, language)] = cached
        return cached

    def gap_ok(self, gap: str) -> bool:
        return gap == " " or (bool(gap) and _GAP.fullmatch(gap) is not None)  # one space: most gaps, and one of _GAP's


def _named_in_armenian(entries: list[Entry], words: list[str], surface: str, romanized: bool) -> list[Entry]:
    """The entries an Armenian text word names. A spelling GeoNames lists in Armenian names its place (often the
    one namesake Armenians write about), not another Armenian name that romanizes alike ("Քաղաքը", the city, and
    the village Խաղխաղ). A name listed in no Armenian spelling is reached through the romanized skeleton
    (``fold``) when ``romanized`` (a cue, or a word inside the sentence: Armenian capitalizes a sentence's first
    word, "Գյուղը", the village, and only names within it): the Armenian press writes Azerbaijani villages in its
    own script ("Ջանհասան" for Canhəsən). A word shaped like a surname is no such name ("Աղաջանյանը" is not the
    village Aghajanyani)."""
    native = " ".join(native_fold(w) for w in words)
    listed = [e for e in entries if " ".join(native_fold(w) for w in WORD.findall(e.spelling)) == native]
    if listed or not romanized or _ARMENIAN_SURNAME.search(surface):
        return listed
    return [e for e in entries if not morphology.armenian_script(e.spelling)]


def _bare(text: str) -> str:
    """Case, diacritics and romanization apostrophes off, nothing else: "Ağdam" = "AGDAM", and the
    press's "Kut" = GeoNames' "Kut’" (the mark of an aspirate, which newspapers drop), but "Areas" != "Aras"."""
    decomposed = unicodedata.normalize("NFKD", _APOSTROPHES.sub("", text.casefold()).replace("ı", "i").replace("ə", "e"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=8)
def index_for(gazetteer: Gazetteer) -> PlaceIndex:
    return PlaceIndex(gazetteer)
