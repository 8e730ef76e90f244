"""Russian frames in which a capital's name is its government or a body's seat, not a place of events.

Russian names the possessor after its noun ("власти Еревана"), puts the
speaking capital before its verb ("Баку заявляет") and says where officials
speak with "в" and a plural verb ("В Баку заявили"); ``placeevents`` asks
these patterns beside its English ones.
"""

from __future__ import annotations

import re

# Russian names the possessor after the noun: "под контроль Баку", "власти Еревана", "официальный Баку",
# "военных успехов Баку" (a government's successes, aims or interests), and what a government wages: "операции
# Баку", "армия Еревана" (the English actor nouns' kin).
ACTOR_BEFORE_RU = re.compile(
    r"(?<!\w)(?:контрол|власт|правительств|руководств|позици|требовани|услови|решени|предложени|официальн|"
    r"успех|побед|интерес|цел|политик|дипломат|операци|наступлени|арми|войск|режим|сторон)\w*\s+$", re.I
)
# Russian puts the capital before its verb as English does: "Баку и Ереван обвиняют друг друга", "Баку тоже
# заявляет", "Баку и карабахские власти договорились". A capital that speaks, accuses, demands or agrees at the
# start of a clause is its government (a day may open the clause: "20 сентября Баку и карабахские власти договорились")
CLAUSE_START_RU = re.compile(
    r"(?:^|[,;:(\"“«—–]|(?<!\w)(?:и|а|но|что|как|однако))\s*(?:\d{1,2}\s+[а-яё]+\s+(?:\d{4}\s+(?:года|г\.)\s+)?)?$", re.I
)
# Verbs of what a government says or takes as its stance, as stems (Russian inflects them for tense, person, gender).
_SPEECH_RU = (r"(?:заяв|обвин|оспарива|оспори|сообщ|договор|отверг|отрица|призв|призыв|потребов|требу|настаива|утвержд|предупре|ответ|"
              r"отвеча|осуди|осужда|счита|призна|опроверг|согласи|соглаша|обеща|пообеща|угрожа|пригрози|выразил|отказ|"
              r"отмет|отмеч|подтвер|объяв|увер|подчерк|указ|назв|назыв|говор|расцен|поясн)")
SPEAKS_RU = re.compile(
    r"\s+(?:(?:и|или)\s+(?:[\w-]+\s+){0,2}?)?(?:(?:тоже|также|вновь|снова|уже|не|официально|ранее|неоднократно)\s+)*"
    rf"{_SPEECH_RU}\w*",
    re.I,
)
# "режим в Степанакерте", "в правительстве в Баку": a body's seat, as English "the government in", its genitive
# complement between ("Министерство обороны в Баку", "министерство иностранных дел в Ереване"); "В Баку заявили",
# "в Ереване считают": a verb in the plural with no subject after "в" and a name is what its officials say.
SEAT_OF_RU = re.compile(
    r"(?<!\w)(?:министерств|посольств|представительств|правительств|власт|режим|руководств|штаб|миссии|миссия|"
    r"ведомств|администраци|офис)\w*(?:\s+(?:[а-яё]+(?:ы|и|а|я|ов|ев|ей|ых|их|ого|его)|дел)){0,3}\s+в(?:о)?\s+$", re.I
)
SAID_IN_RU = re.compile(
    rf"\s+(?:(?:уже|также|тоже|вновь|снова|официально|не)\s+)?{_SPEECH_RU}[а-яё]*(?:ли|ют|ят)\b",
    re.I,
)
