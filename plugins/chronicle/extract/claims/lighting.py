"""Lighting: the verb that makes an event's noun happen, found before or after it ("launched an attack", "an offensive
was launched", "a ceasefire, supported by Russia, was accepted"), and what keeps a verb from lighting it (a verb of
result lighting another noun, a naming between). ``predicates._noun`` asks these."""

from __future__ import annotations

import re

from chronicle.extract.claims.words import ASIDE, STOP, WORD
from chronicle.lexicon import ClaimLexicon


def result_of_another(text: str, lex: ClaimLexicon, start: int, pos: int) -> bool:
    """'which led to some commanders opposing the operation': a verb of result (the lexicon's ``result_light``)
    lights only the noun it leads to, not one that another verb's -ing form between them governs ("resulted in
    the capture of" lights it)."""
    m = lex.light.match(text, start)
    return m is not None and bool(lex.phrases["result_light"].fullmatch(m.group())) \
        and any(w.endswith("ing") and w.islower() for w in WORD.findall(text[m.end():pos]))


def accepted_proposal(text: str, lex: ClaimLexicon, pos: int) -> int | None:
    """'agreed to a Russian proposal for a ceasefire', 'accepted the plan for a truce': a side accepting a proposal
    (a word that alone would make it a plan) for the noun concludes it; where the accepting verb starts."""
    m = _PROPOSAL_FOR.search(text, max(0, pos - 80), pos)
    if not m or not lex.phrases["exclude_before"].fullmatch(m.group("plan")):
        return None
    accepting = [a for a in lex.phrases["accepting"].finditer(text, max(0, m.start() - 40), m.start())
                 if len(WORD.findall(text[a.end():m.start()])) <= 3 and "," not in text[a.end():m.start()]]
    return accepting[-1].start() if accepting else None


_PROPOSAL_FOR = re.compile(r"(?P<plan>[\w-]+)\s+(?:for|of)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$")


def near_before(text: str, verbs: re.Pattern, pos: int, max_words: int, naming: re.Pattern) -> int | None:
    """Where the light verb of the noun at ``pos`` starts: the last one a few words before it in its clause. A number
    between is no word of distance: a date's day and year stand there in a language that puts the date after the
    verb ("осуществив 27 марта 1993 года широкомасштабную военную операцию", "launched on 27 September 2020 a
    large-scale offensive"), its month and the words about the noun count."""
    window_start = max(0, pos - 80)
    best = None
    for m in verbs.finditer(text, window_start, pos):
        gap = _side_named(text[m.end():pos], naming)
        if _LISTED_BEFORE.fullmatch(gap):
            gap = gap[_LISTED_BEFORE.fullmatch(gap).start(1):]  # "произошли массовые избиения, убийства и погромы"
        if sum(not w.isdigit() for w in WORD.findall(gap)) <= max_words and not STOP.search(gap) and "," not in gap:
            best = m.start()
    return best


# nouns listed before the last one, which the light verb before them lights too: "произошли массовые избиения,
# убийства и погромы", "carried out raids, shelling and attacks"; one or two words an item, the last joined by "and"
_LISTED_BEFORE = re.compile(r"(?:\s*[\w-]+(?:\s+[\w-]+)?\s*,){1,3}(\s*[\w-]+(?:\s+[\w-]+)?\s+(?:and|и|və|և|եւ|ու)\s+)")
_WHAT = re.compile(r"\s+what\s+", re.I)


def _side_named(gap: str, naming: re.Pattern) -> str:
    """The gap between a light verb and its noun without a side's naming of it ("launched what it defines as an
    operation", "what the ministry called measures"): "what", a subject of one to three words and a naming verb
    leave the noun the verb's object; the words they take are no distance."""
    what = _WHAT.match(gap)
    if what is None:
        return gap
    for word in list(WORD.finditer(gap, what.end()))[1:4]:
        if (named := naming.match(gap, word.start())) is not None:
            return " " + gap[named.end():]
    return gap


def near_after(text: str, verbs: re.Pattern, pos: int, max_words: int, commas: bool,
                relative: re.Pattern | None = None, auxiliaries: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """A verb shortly after a noun ("an offensive was launched"); across commas only for a truce's verb
    ("a humanitarian ceasefire, supported by Russia ..., was accepted") or into the noun's own relative clause
    ("о наступлении, которое начали вооруженные силы")."""
    found = None
    for m in verbs.finditer(text, pos, min(len(text), pos + 200)):
        if _verb_after(text, m, pos, max_words, commas, relative, auxiliaries) is None:
            break
        if found is None:
            found = (m.start(), m.end())
            continue
        # a truce's verb inside an aside ("a ceasefire, supported by Russia and mediated by the Red Cross, was
        # accepted ... from 10 October") or in a participle with its agent ("a truce brokered by Moscow took hold on
        # 12 May"): the clause's own verb after it says it happened
        aside = commas and re.match(r"\s*,", text[pos:]) and "," in text[found[1]:m.start()]
        if aside or commas and re.match(r"\s+by\b", text[found[1]:]):
            return m.start(), m.end()
    return found


def _verb_after(text: str, m: re.Match, pos: int, max_words: int, commas: bool,
                relative: re.Pattern | None, auxiliaries: frozenset[str]) -> tuple[int, int] | None:
    """The verb ``m`` when it is close enough to the noun at ``pos`` and in its clause (``near_after``); the
    auxiliaries right before it are its own ("measures of a local nature have been started"), no distance."""
    gap = ASIDE.sub(" ", text[pos:m.start()])  # "The Battle of Hadrut (Azerbaijani: ...; Armenian: ...) began"
    own = re.match(r"(?:\s+of\s+[^,;.()]{1,40}?)?\s*,\s*", gap)  # "the counteroffensive of the army, which began"
    if own and relative is not None and (pronoun := relative.match(gap, own.end())) and not gap[pronoun.end():].strip():
        gap = " "  # the relative pronoun right before the verb stands for the noun
    stops = r"[;:.!?]|\b(?:but|while|whereas|when|although)\b" + ("" if commas else "|,")
    words = WORD.findall(gap)
    while words and words[-1].casefold() in auxiliaries:
        words.pop()
    if len(words) > max_words or re.search(stops, gap, re.I):
        return None
    return m.start(), m.end()
