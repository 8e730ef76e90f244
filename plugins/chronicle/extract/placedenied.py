"""A place named inside an allegation the sentence calls false: no event is reported there.

Official statements answer each other. A defence ministry's daily report is met by the other side's statement
that it is "another disinformation", "absolutely false", that its ministry "refuted the information that ...". The
text names the place of the alleged deed only to deny it: "the Azerbaijani side disseminated an absolutely false
allegation on the shelling of Ordubad settlement", "The statement of the Ministry of Defense of Azerbaijan that
units allegedly opened fire on positions located in Shushi city is another disinformation", "МИД Армении опроверг
информацию о том, что из Варденисского района был обстрелян Дашкесанский район". The house rule (a denied
allegation reports no event) files no district there; what the denying side says did happen instead is told in a
clause of its own ("Moreover, the Azerbaijani units themselves violated the ceasefire in the area"), which a
contrast word or a stop ends the denied clause before.

Two frames, each the allegation's clause around the name:

- the verdict before the name: a false allegation, claim, report or information "on", "about", "that" (or
  disinformation about, or a verb of denial with its object: "denied the statement ... that", "опроверг
  информацию ... о том, что"), then the allegation's words up to the name;
- the verdict after it: the allegation ("the statement ... that", "claiming that", "allegedly") runs up to the
  name, and its clause ends "is another disinformation", "are absolutely false", "is a lie".
"""

from __future__ import annotations

import re

from chronicle.extract.cuetext import Clues, Cue

# Words that end the denied clause: a contrast or a correction opens what the speaker says did happen, and so does a
# counter-charge joined to the denial ("denied the claim and accused the other side of shelling X").
_OPEN = (r"(?:(?!\b(?:but|however|while|whereas|moreover|actually|instead|in\s+fact|themselves|itself|но|однако|зато|сами|сама"
         r"|(?:and|и)\s+(?:also\s+|также\s+)?(?:accus|blam|said|say|add|stat|report|not|обвин|заяв|сообщ)\w*)\b)[^.;!?])")
_FALSE = r"(?:false|untrue|baseless|groundless|fabricated|fake|unfounded|mendacious)"
_ALLEGATION = r"(?:allegations?|claims?|reports?|information|accusations?|statements?|news)"
_OF = r"(?:on|about|of|that|regarding|concerning)"
_DENY = r"(?:den(?:y|ies|ied|ying)|refut(?:e|es|ed|ing)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?)"
# "an absolutely false allegation on the shelling of", "disinformation about the alleged shelling of", "denied the
# statement disseminated by the Ministry of Defense of Azerbaijan that ... located in".
_VERDICT_BEFORE = re.compile(
    rf"(?:\b{_FALSE}\s+(?:[\w-]+\s+){{0,2}}?{_ALLEGATION}\s+{_OF}"
    rf"|\bdisinformation\s+(?:about|on|that|accusing|claiming)"
    rf"|\b{_DENY}\s+(?:the\s+|these\s+|those\s+|such\s+)?(?:[\w-]+\s+){{0,3}}?{_ALLEGATION}\b{_OPEN}{{0,80}}?\b(?:that|of|about|on)"
    r"|(?<!\w)опроверг\w*\s+(?:[\w-]+\s+){0,3}?(?:информаци|сообщени|заявлени|утверждени|данн)\w*"
    rf"(?:\s+{_OPEN}{{0,80}}?)?\s+(?:о\s+том,\s+что|об?))"
    rf"\b{_OPEN}{{0,200}}$",
    re.I,
)
# What opens the allegation before the name: "the statement ... that", "claiming that", "allegedly".
_ALLEGED = re.compile(rf"\b(?:statements?|claims?|claiming|claimed|reports?|allegations?|alleging)\b{_OPEN}{{0,200}}?\bthat\b"
                      rf"{_OPEN}{{0,240}}$|\ballegedly\b{_OPEN}{{0,200}}$", re.I)
# ... and the verdict that closes its clause after the name.
_VERDICT_AFTER = re.compile(
    rf"^{_OPEN}{{0,200}}?\b(?:is|are|was|were)\s+(?:(?:yet\s+)?another|a|an|pure|sheer|\w+ly)?\s*"
    rf"(?:{_FALSE}|disinformation|lies?|falsehoods?|fabrications?|fictions?)\b",
    re.I,
)
# The words of the frames: a sentence holding none denies nothing ("deni", "deny": not "den", which "president" holds).
DENIAL = Cue(stems="false untrue baseless groundless fabricat fake unfounded mendacious disinformation deni deny refut reject dismiss "
                   "опроверг lie fiction", guards=(_VERDICT_BEFORE, _VERDICT_AFTER))

_REACH = 400  # the allegation's clause: a verdict, the allegation's source, its deed and the names before this one


def denied(before: str, after: str, clues: Clues) -> bool:
    """Is the name inside an allegation the sentence calls false (the verdict before or after it)? ``before`` is
    the sentence up to the name: a denial's verb may stand further back than the cues next to a name look."""
    if not clues.has(DENIAL):
        return False
    near = before[-_REACH:]
    if DENIAL.found_in(near) and _VERDICT_BEFORE.search(near) is not None:
        return True
    return DENIAL.found_in(after[:_REACH]) and _VERDICT_AFTER.match(after) is not None and _ALLEGED.search(near) is not None
