"""Is a place named for what is yet to come rather than for what happened there?

Texts about the districts after a war name many places for what is announced, scheduled or expected: "For three
days we will visit Aghdam, Fuzuli, Jabrayil regions", "the families will go to the village of Zabukh soon", "The
opening of an airport in Zangilan District is expected in mid-October", "хвастался, что скоро будет пить чай в
Степанакерте". Nothing has happened there yet: the house gold files no event for a visit, a return or an opening
only announced (the same as ``placeevents``' aims, "planned to seize Shusha"). The future verb must govern the
name inside one clause: a relative clause between ("will punish those who shelled Ganja") or after the name
("Aghdam, which was razed in 1993, will be rebuilt") may tell a past event, and a noun of one in the clause ("will
visit the graves of the Khojaly victims") keeps the name for it, and so does a clause after the name that tells
what happened there ("will return to Lachin, liberated in 2020").
"""

from __future__ import annotations

import re

from chronicle.extract.cuetext import Clues, Cue

# Words that open a clause of their own: a future verb before one does not govern a name after it.
_CLAUSE_WORDS = r"and|but|or|where|which|who|whom|whose|that|when|after|because|since|while|as|if|until"
# Nouns of what happened: a name they govern is a past event's place, whatever verb the clause has.
_PAST_NOUNS = (r"attacks?|shelling|bombing|massacres?|genocide|tragedy|occupation|liberation|capture|fall|battles?|"
               r"destruction|killings?|victims|martyrs|anniversary|memory|war|fighting|war\s+crimes|atrocit\w+")
# Between the future verb and the name: the verb's words, determiners, "the village of", other names of a list
# ("Aghdam, Fuzuli, "), never a clause word, a sentence stop, or a noun of what happened.
_GOVERNED_TAIL = (rf"(?:(?!\b(?:{_CLAUSE_WORDS}|{_PAST_NOUNS})\b)[^.;:!?,\"“”]|,\s*(?=(?-i:[A-Z])))"
                  r"{0,90}?(?:,\s*|,?\s+(?:and|or)\s+)?$")
# "we will visit ", "who will soon return to the village of ", "is expected to open in ", "are scheduled to move to ".
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|shall|won['’]t|(?:is|are|am)\s+(?:now\s+)?(?:expected|scheduled|planned|due|set|going)\s+to)\s+"
    r"(?:(?:not|never|soon|also|then|again|further|first|finally|be|have|been|[a-z]+ly)\s+)*[a-z]+\b" + _GOVERNED_TAIL,
    re.I,
)
# "скоро будет пить чай в ", "будут переселены в село ": a future with "быть", the name after a preposition of place.
_FUTURE_BEFORE_RU = re.compile(
    r"(?<!\w)(?:будет|будут|буду|будем|будете|будешь)\s+(?:[^\W\d_]+\s+){0,3}?"
    r"(?:в|во|на|к|ко|до|под|у)\s+(?:(?:город|сел|посел|посёл|деревн)\w*\s+)?$",
    re.I,
)
# The name in the subject of what is scheduled: "... in Zangilan District is expected in mid-October", "Lachin
# airport is due to open" (no comma between: a clause after the name may tell what happened; "talks in X are
# planned" is left to the seat frames, whose tests hold the place).
_FUTURE_AFTER = re.compile(
    rf"^(?:(?!\b(?:{_CLAUSE_WORDS}|{_PAST_NOUNS})\b)[^.;:!?,()]){{0,30}}?\s(?:is|are)\s+(?:now\s+|also\s+)?"
    r"(?:expected|scheduled|due|set\s+to|going\s+to)\b",
    re.I,
)
# A clause right after the name that may tell what happened there: "Lachin, liberated in 2020", "Aghdam (which the
# army razed)".
_TOLD_AFTER = re.compile(
    r"^[^.;:!?,()]{0,25}?(?:,|\()\s*(?:which\b|that\b|where\b|"
    r"(?:liberat|occupi|captur|destroy|shell|raz|seiz|burn|ruin|devastat|loot|bomb|attack|abandon)\w*\b)",
    re.I,
)
FUTURE = Cue("will shall won expected scheduled planned due set going будет будут буду будем будете будешь",
             guards=(_FUTURE_BEFORE, _FUTURE_BEFORE_RU, _FUTURE_AFTER))


def yet_to_come(before: str, after: str, clues: Clues) -> bool:
    """Does a future verb govern the name: is it named for what is announced, scheduled or expected there?"""
    if not clues.has(FUTURE):
        return False  # most sentences: no future verb at all
    near = before[-160:]
    return bool(_FUTURE_BEFORE.search(near) or _FUTURE_BEFORE_RU.search(near[-80:]) or _FUTURE_AFTER.match(after[:80])
                ) and not _TOLD_AFTER.match(after[:60])
