"""A claim the sentence denies places no event: the name stands inside what one side says the other did, and
the sentence calls it false.

Chronologies and ministry digests set each side's claim beside the other's denial, often in one entry: "The
statement of the Ministry of Defense that the Armed Forces allegedly hit the town of Barda is groundless and
false", "disseminated a provocative and absolutely false allegation on the shelling of Ordubad settlement",
"rejected reports that its troops had shelled Tartar", "опроверг информацию о том, что ... был обстрелян
Дашкесанский район", "информация о якобы обстреле села X является безосновательной". What the sentence tells
happened there is a denial, not an event; a name the claim does not hold ("..., while shells hit Tartar") keeps
its own reading, and a claim that is only reported ("Baku said Armenian forces shelled Tartar") stays one.
"""

from __future__ import annotations

import re

from chronicle.extract.cuetext import ANYTHING, Clues, Cue

# What a claim is called: its nouns in English and Russian.
_CLAIM_EN = r"(?:statements?|claims?|reports?|information|allegations?|accusations?|news|assertions?)"
_CLAIM_RU = r"(?:информаци|сообщени|утверждени|заявлени|данны|обвинени)[а-яё]*"
# The words that end the claim's content: a new clause of the sentence's own.
_NO_BREAK_EN = r"(?:(?!\b(?:while|but|whereas|however|although|meanwhile)\b)[^.;:!?])"
_NO_BREAK_RU = r"(?:(?!(?<!\w)(?:но|однако|тогда\s+как|в\s+то\s+время\s+как)(?!\w))[^.;:!?])"
# A denial before the claim: "denied reports that", "refutes Azerbaijani reports that", "false allegation on",
# "опроверг информацию ... о том, что", "опровергает обстрел села".
_DENIED_BEFORE = re.compile(
    rf"(?:\b(?:den(?:y|ies|ied)|refut(?:e|es|ed)|reject(?:s|ed)?|dismiss(?:es|ed)?)\s+(?:the\s+|all\s+)?(?:[\w'’-]+\s+){{0,3}}?"
    rf"{_CLAIM_EN}\s+(?:that|about|of|on)\b|"
    rf"\b(?:false|fake|groundless|baseless|fabricated|unfounded)\s+(?:[\w'’-]+\s+){{0,2}}?{_CLAIM_EN}\s+(?:that|about|of|on)\b)"
    rf"{_NO_BREAK_EN}{{0,140}}$"
    rf"|(?<!\w)(?:опроверг|опровергл|опровергает|опровергают|опровергли|отрица)[а-яё]*\s+{_NO_BREAK_RU}{{0,160}}$",
    re.I,
)
# A claim before the name, called false after it: "The statement of X that ... Barda ... is groundless and false",
# "информация о якобы обстреле ... села X ... является безосновательной и ложной".
_CLAIM_BEFORE = re.compile(
    rf"\b{_CLAIM_EN}\s+(?:[\w'’-]+\s+){{0,8}}?(?:that|about|of|on)\b{_NO_BREAK_EN}{{0,160}}$"
    rf"|(?<!\w){_CLAIM_RU}\s+(?:[\w'’-]+\s+){{0,4}}?о\s+(?:том,?\s+что|якобы)\b{_NO_BREAK_RU}{{0,160}}$",
    re.I,
)
_CALLED_FALSE = re.compile(
    rf"^{_NO_BREAK_EN}{{0,160}}?\b(?:is|are|was|were)\s+(?:(?:absolutely|completely|totally|entirely|utterly|also)\s+)?"
    r"(?:groundless|false|baseless|untrue|fabricated|fake|unfounded|not\s+true|a\s+lie|lies|disinformation)\b"
    rf"|^{_NO_BREAK_RU}{{0,160}}?(?<!\w)(?:является|являются|была|было|были)\s+(?:[а-яё]+\s+)?"
    r"(?:безосновательн|ложн|неправд|дезинформаци|вымысл|провокаци)",
    re.I,
)

# The words of the frames: a sentence holding none denies nothing.
DENIED = Cue(
    "deny denies denied refute refutes refuted reject rejects rejected dismiss dismisses dismissed false fake "
    "groundless baseless fabricated unfounded",
    stems="опроверг отрица",
    guards=(_DENIED_BEFORE,),
)
CALLED_FALSE = Cue(
    "groundless false baseless untrue fabricated fake unfounded true lie lies disinformation",
    stems="безосновательн ложн неправд дезинформаци вымысл провокаци",
    guards=(_CALLED_FALSE,),
)


def denied(before: str, after: str, clues: Clues = ANYTHING) -> bool:
    """Does the name stand inside a claim the sentence denies or calls false? (``before`` ends and ``after``
    starts at the name; ``clues``, the sentence's, rule out at once the frames it holds no word of.)"""
    near = before[-240:]
    if clues.has(DENIED) and DENIED.found_in(near) and _DENIED_BEFORE.search(near) is not None:
        return True
    return (clues.has(CALLED_FALSE) and CALLED_FALSE.found_in(after[:240]) and _CALLED_FALSE.match(after) is not None
            and _CLAIM_BEFORE.search(near) is not None)
