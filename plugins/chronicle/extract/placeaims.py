"""A place named as where a deed is aimed, not where it happened.

Military accounts name, in the sentence of a deed, the place it means to reach or strike, the place it is meant to
protect or endangers, and the place it would make possible to strike. None of them is where the deed happened:

- an aim: "threatened to bombard the Mingechevir reservoir", "the group sought to cut off the highway, approach
  Agdam, and attack Stepanakert"; and a place an attempt only tried to reach: "tried to reach Kalbajar" (an
  attempted blow, or an advance, is an assault where it is aimed and stays: "attempted to capture Hadrut", "an
  attempt to retake Lachin", "attempted to advance to Fizuli", "advanced south towards Fuzuli");
- what a deed protects or endangers: "to ensure the security of Stepanakert", "which threatened the safety of X",
  "forces which could create a threat to the Goranboy region and Naftalan city";
- what an infinitive relative makes possible: "a vantage point from which to begin a bombardment of Stepanakert";
- what a clause in the future says will be done: "Representatives will hold a meeting in Yevlakh", "I will go to
  X" (a past told with "would" is told as done: "the army would take Shusha in May").

``placeevents`` answers for the cues right next to a name (a road's end, "heading for", "did not reach"); these
frames reach back over the aim's chain of verbs.
"""

from __future__ import annotations

import re

from chronicle.extract.cuetext import Clues, Cue
from chronicle.extract.placeevents import LISTED_BEFORE

_TOWN_OF = r"(?:the\s+)?(?:(?:city|town|village|district|region|capital)\s+of\s+)?"
# The words up to the name within one clause of the aim's: no clause of its own ("which", "but"), and no verb in the
# past ("threatened to strike the plant, shelled X" did shell X).
_SAME_CLAUSE = (r"(?:(?!\b(?:but|however|yet|while|when|whereas|after|before|where|which|who|until|then)\b|\b[a-z]+ed\b)"
                r"[^.;:!?])")
# An aim, then its infinitives up to the name: "threatened to bombard the", "sought to cut off the highway connecting
# the Martuni and Hadrut regions, approach Agdam, and attack".
_AIMED = re.compile(
    r"\b(?:sought|seek(?:s|ing)?|aim(?:s|ed|ing)?|str(?:ove|ive|ives|iving)|hop(?:e|es|ed|ing)|want(?:s|ed|ing)?|"
    r"expect(?:s|ed|ing)?|plann?(?:ed|ing|s)?|intend(?:s|ed|ing)?|threat(?:en|ens|ened|ening)|vow(?:s|ed|ing)?)"
    rf"\s+to\s+(?:{_SAME_CLAUSE}{{0,120}}?\s)?(?![a-z]+ed\b)[a-z]+\s+(?:(?:to|into|on|at|in)\s+)?{_TOWN_OF}{LISTED_BEFORE}$",
    re.I,
)
# An attempt whose last infinitive is an arrival at the place: "tried to reach", "trying to get into the town of",
# "attempted to break through the lines and enter". (An advance is an assault on where it heads, attempted or not:
# "attempted to advance to Fizuli", "advanced south towards Fuzuli" stay, as the claims' convention has it.)
_TRIED_TO_REACH = re.compile(
    rf"\b(?:tri(?:ed|es)|try(?:ing)?|attempt(?:s|ed|ing)?)\s+to\s+(?:{_SAME_CLAUSE}{{0,120}}?\s)?"
    r"(?:reach|enter|get|return)(?!\w*ed\b)\w*\s+(?:(?:to|into|as\s+far\s+as)\s+)?"
    rf"{_TOWN_OF}{LISTED_BEFORE}$",
    re.I,
)
# "to ensure the security of", "threatened the safety of", "could create a threat to": the place the deed is for or against.
_SAFETY_OF = re.compile(rf"\b(?:(?:security|safety)\s+of|(?:threats?|dangers?)\s+to)\s+{_TOWN_OF}{LISTED_BEFORE}$", re.I)
# "a vantage point from which to begin a bombardment and siege of the breakaway republic's capital,": what the place
# gained would allow, told as an infinitive on a relative pronoun.
_FROM_WHICH_TO = re.compile(r"\b(?:from|with|by|through)\s+which\s+to\s+[a-z]+\b[^.;:!?]{0,100}$", re.I)
# "will hold a meeting in", "will be remembered alongside Baku and": the future, then its clause up to the name (a verb
# in the past or a new clause between is another deed: "will stay, as troops shelled X", "fear among those that remain
# in X"; "the will of the people of X" is a noun). A modal of what could be is left out: "could" also tells a past
# ("explosions could be heard in X").
_NOT_YET = re.compile(
    r"(?:\b(?:will|shall)(?!\s+(?:of|to|for|and|or)\b)|['’]ll)\s+(?:not\s+)?(?:be\s+[a-z]+\s+)?"
    rf"(?:(?!\b(?:as|since|because|although|though|that|whose|and\s+then)\b){_SAME_CLAUSE}){{0,120}}$",
    re.I,
)
AIMS = Cue("security safety threat threats danger dangers which will shall ll",
           "sought seek aim striv strove hop want expect plan intend threat vow tri try attempt",
           guards=(_AIMED, _TRIED_TO_REACH, _SAFETY_OF, _FROM_WHICH_TO, _NOT_YET))

_REACH = 200  # an aim's chain of verbs: further back than the cues next to a name


def aimed_only(before: str, clues: Clues) -> bool:
    """Is the name only what an aim or an attempt to reach names, what a deed protects or endangers, what an
    infinitive relative makes possible, or what a clause in the future says will be done? ``before`` is the
    sentence up to the name; ``clues``, the sentence's, rule out at once a sentence holding none of the frames'
    words (most)."""
    if not clues.has(AIMS):
        return False
    near = before[-_REACH:]
    return AIMS.found_in(near) and any(pattern.search(near) for pattern in AIMS.guards)
