"""Does a sentence report an event located at a place it names?

Not where the name is an actor ("Baku maintains", "the Baku forces", "measures
on Baku"), an alias ("now called Gyandja"), a route's end ("the road linking
Kelbajar with Kirovabad", "on the road to Khankendi"), a reference point ("265
kilometers west of Baku"), a speaker's seat ("the Foreign Ministry in Yerevan
said"), a garrison, a patrol's beat, a rally or a negated goal ("the convoy did not reach Khojavend"). Answered from the text
next to the name only (``placerules`` answers whether it is a place, and what kind).
"""

from __future__ import annotations

import re

from chronicle.extract.cuetext import ANYTHING, Clues, Cue, ends_with, search_end
from chronicle.extract.placeevents_ru import ACTOR_BEFORE_RU, CLAUSE_START_RU, SAID_IN_RU, SEAT_OF_RU, SPEAKS_RU
from chronicle.extract.placelisted import governed
from chronicle.extract.placeroutes import MOVE_CUE, ROUTE_CUE, on_route
from chronicle.extract.placeseats import (CARED_CUE, PATROL_CUE, POWER_CUE, PROTEST_CUE, SENT_FROM, cared_in, garrison, patrolled,
                                          power_changed, protested_in, seat_named)

# "12 km north-east of Aghdam", "14 km north-east to the capital city of Nagorno-Karabakh, Khankendi": a direction
# may take "to"; the place may come after the region it is the capital of. The unit may be glued to its figure and
# followed by the distance in other units ("15km (9 miles) south of", "2.9 kilometres (1.8 mi) north-west of").
_COMPASS = r"(?:to\s+the\s+)?(?:north|south|east|west)(?:[\s-]?(?:east|west))?(?:ern)?"
_DISTANCE = re.compile(
    r"(?<![^\W\d_])(?:km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?)(?:\s*\([^()]{1,20}\))?\s+"
    rf"(?:(?:{_COMPASS}\s+)?(?:of|from|away\s+from)|{_COMPASS}\s+to)\s+(?:the\s+(?:\w+\s+)?(?:city|town|village)\s+of\s+"
    r"|the\s+(?:regional\s+)?capital(?:\s+city)?\s+of\s+[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*)*,?\s+)?$",
    re.I,
)
# Below, each family of cue words, lower-cased, and the patterns it guards: a sentence that holds none of its words
# (as words, or as stems in its text) has no match of them (tests/test_cue_families.py draws matches to hold it to that);
# the text near a name is tested for the pieces read off the patterns themselves (``Cue.found_in``).
_DISTANCE_CUE = Cue("km kilometer kilometers kilometre kilometres mile miles meter meters metre metres", guards=(_DISTANCE,))
# A distance told without its figure, or as a noun: "The distance to Baku is 337 km", "the distance from Aghdam to
# Barda", "Aghdam lies east of Stepanakert", a mirror's "Aghdam lies from Stepanakert at ..." (its figure lost): the
# places it is measured from or to are reference points ("within striking distance of X" is an advance on X, and stays).
# A direction may give several at once, each one a reference point: "Horadiz, located west of the Jabrayil, Gubadli
# and Zangilan districts". ("in the east of the Martuni region" is inside it, and stays.)
_TOWN_OF = r"(?:the\s+(?:\w+\s+)?(?:city|town|village)\s+of\s+)?"
# the names listed before this one: "the Jabrayil, Gubadli and", "Agdam, and", "the Goranboy region and" (a name may
# carry its place noun; placeaims reads its aims' lists so)
LISTED_BEFORE = (r"(?:(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?(?:\s+(?:city|town|village|district|region))?"
                 r"(?:,\s+(?:and\s+)?|\s+and\s+))*")
_MEASURED = re.compile(
    rf"\bdistance\s+(?:(?:of\s+)?[\d.,]+\s*(?:km|kilomet(?:er|re)s?|miles?)\s+)?(?:from|to|between)\s+{_TOWN_OF}"
    rf"(?:(?-i:[A-Z])[\w'’-]*\s+(?:to|and)\s+{_TOWN_OF})?$"
    rf"|\b(?:lies|lay|located|situated)\s+(?:about\s+|some\s+|around\s+)?(?:{_COMPASS}\s+(?:of|from)|from)\s+"
    rf"(?:{_TOWN_OF}|the\s+){LISTED_BEFORE}$"
    # ... or a place noun the direction qualifies: "Fizuli, an Azerbaijani town south of", "the area north of"
    rf"|\b(?:town|city|village|settlement|area|positions?|heights?)\s+(?:just\s+|some\s+|further\s+)?{_COMPASS}\s+of\s+"
    rf"(?:{_TOWN_OF}|the\s+){LISTED_BEFORE}$",
    re.I,
)
_MEASURED_CUE = Cue("distance lies lay located situated town city village settlement area position positions height heights",
                    guards=(_MEASURED,))
_ALIAS = re.compile(
    r"\b(?:(?:now|also|formerly|previously|later|once|then|is|was|are|were|be|been|being)\s+"
    r"(?:called|known\s+as|named)|renamed(?:\s+(?:to|as))?|name\s+(?:of|for))\b[^,;:.()]{0,50}$",
    re.I,
)
# "Gashalti (near Naftalan)": a bracketed "near" gives a reference point, not a place of events.
_NEAR_ASIDE = re.compile(r"\(\s*(?:near|close\s+to|not\s+far\s+from)\s+$", re.I)
# "surrender several territories to Baku": a capital receiving what is handed over is its government.
_HANDED_TO = re.compile(r"\b(?:surrender\w*|hand\w*|return\w*|transfer\w*|ced(?:e|es|ed|ing)|gave|give\w*)\b[^.;:]{0,60}\bto\s+$", re.I)
# "Aghdam (Akna)": a parenthesis right after a name gives another name; "the south (Hadrut)" places an event.
_ALIAS_PAREN = re.compile(r"[A-Z][\w'’-]*\s*\(\s*(?:[A-Z][a-z]+\s*:\s*|or\s+|also\s+|formerly\s+)?$|"
                          r"\(\s*(?:[A-Z][a-z]+\s*:\s*|or\s+|also\s+|formerly\s+)$")
# "the convoy did not reach Khojavend", "never entered the town of X", "while not passing through the territory of X":
# no event there.
_NEGATED = re.compile(
    r"\b(?:not|never|n't|n’t|failed\s+to)\s+(?:\w+\s+)?(?:reach|enter|arrive|get|return|come|go|pass)\w*\s+"
    r"(?:in|at|to|into|through|as\s+far\s+as)?\s*(?:the\s+)?(?:(?:city|town|village|district|region|territory)\s+of\s+)?$",
    re.I,
)
_NEITHER = re.compile(r"\b(?:neither|nor)\s+(?:the\s+)?(?:(?:city|town|village|district|region)\s+of\s+)?$", re.I)
_NEITHER_CUE = Cue("neither nor", guards=(_NEITHER,))
# "the Foreign Ministry in Yerevan said", "a spokesman said in Baku", "commanders based in Stepanakert":
# where the speaker sits, or someone is posted, not where anything happened. (Every match ends in "in", "capital",
# "city", "of", a list's comma or "and", and holds one of _SEAT_CUE's words: ``_not_here`` tests those first.)
_SEAT_OF = re.compile(
    r"\b(?:(?:ministry|embassy|office|headquarters|government|authorities|officials?|spokes(?:man|woman|person)|"
    r"press\s+service|agency|correspondent|based|headquartered|stationed|"  # and a body's or an envoy's: "the UN mission in Baku"
    # a body's or an envoy's seat with how it came there between: "a UNHCR delegation set up in Baku"
    r"mission|delegation|representatives?|envoys?|ambassadors?|consulate|bureau|(?:television|TV|radio)\s+station|"
    r"observers|monitors|"  # "questioned by observers in Aghdam and Baku": where the observers sit
    # a person's post: "I was then serving at the military unit in Naftalan", "his commander Budeikin in Ganje was
    # helping the other side" (a title, and the person's name if given)
    r"serv(?:e|es|ed|ing)\s+(?:at|in|with)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:units?|battalions?|regiments?|brigades?|divisions?|batter(?:y|ies)|bases?|garrisons?)|"
    r"commanders?(?:\s+(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?)?)"
    # ... or where it stands: "batteries stationed above it in Shusha"
    r"(?:\s+(?:set\s+up|opened|established|accredited|(?:above|below|around|near)\s+(?:it|them|the\s+[a-z]+)))?"
    r"\s+(?:in|near|outside)"  # "the peacekeeping forces, headquartered near Stepanakert"
    # an institution named by its of-complement: "the Ministry of Defense in Baku", "the Ministry of Defence of Azerbaijan
    # in Baku" (not "the authorities of the Republic in the city of X", where people meet)
    r"|(?:ministry|embassy|office|mission|consulate|bureau|agency)(?:\s+of\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})){1,2}\s+in"
    # ... or by whom a person works for: "an official with the International Committee of the Red Cross in Baku"
    r"|(?:officials?|spokes(?:man|woman|person)|representatives?|envoys?|delegates?)\s+(?:with|of|for|at)\s+(?:the\s+)?"
    r"(?-i:[A-Z][\w'’-]*)(?:\s+(?:(?:of|for|and)\s+)?(?:the\s+)?(?-i:[A-Z][\w'’-]*)){0,7}\s+in"
    # a speaker's seat, a day between ("announced on Saturday in the capital Baku", "said on 5 May in")
    r"|(?:said|says|told|stated|announced)\s+(?:\w+\s+|on\s+(?:\d{1,2}\s+)?(?-i:[A-Z])[a-z]+(?:\s+\d{1,2})?,?\s+)?in"
    # ... or of an interview: "in an exclusive interview with Bernama in Baku"
    r"|interview(?:s|ed)?(?:\s+(?:with|to|by|for)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})?\s+in"
    # ... or of the occasion the words were given at: "made the remarks in Baku", "at a joint briefing in", "told a news
    # conference in", "a press conference for local and foreign correspondents organized in", "Speaking to reporters in
    # Moscow", "Speaking on September 30 from Stepanakert"
    r"|(?:made|making|delivered|gave)\s+(?:(?:the|these|his|her|their|a)\s+)?(?:remarks|comments|statements?|speech)\s+in"
    r"|(?:briefing|(?:press|news)\s+conference)(?:\s+(?:for|with)\s+[^.;:,]{1,40}?)?(?:\s+(?:held|organi[sz]ed|convened))?\s+in"
    r"|(?<!-)speaking(?:\s+to\s+(?:reporters|journalists|the\s+press))?"
    r"(?:\s+on\s+(?:\d{1,2}\s+)?(?-i:[A-Z])[a-z]+(?:\s+\d{1,2})?,?)?\s+(?:in|from))"
    # the seat named as a city's or a unit's: "in the Azerbaijani capital of", "was commander in the region of Martuni"
    r"\s+(?:(?:the\s+|[\w-]+['’]s\s+)?(?:capital|city|region|district)\s+(?:of\s+)?)?"
    # ... and the seats listed after the first: "Grad stations based in Shushi, Khojalu, Aghdam", "batteries stationed
    # above it in Shusha and, until the recent offensive, below it in Khojaly"
    r"(?:(?-i:[A-Z])[\w'’-]*(?:,\s+(?:and\s+)?|\s+and,?\s+)"
    r"(?:(?:[^.;:!?]{0,40}?,\s+)?(?:above|below|around|near)\s+(?:it|them)\s+in\s+)?)*$",
    re.I,
)
_SEAT_CUE = Cue(
    "ministry embassy office headquarters headquartered government authorities official officials spokesman spokeswoman "
    "spokesperson press agency correspondent based stationed mission delegation representative representatives envoy "
    "envoys ambassador ambassadors consulate bureau station said says told stated announced serve serves served serving "
    "commander commanders delegate delegates delegations emissary emissaries negotiator negotiators interview interviews "
    "interviewed remarks comments statement statements speech briefing conference speaking observers monitors news",
    guards=(_SEAT_OF, SENT_FROM))
_NEGATION_CUE = Cue("not never t failed", guards=(_NEGATED,))  # "didn't": "t" is a word
_ALIAS_CUE = Cue("called known named renamed name", guards=(_ALIAS,))
# These cues stand just before the name: only this much of the text before it is searched
# (an alias cue may stand up to 50 characters before the name, after its own 30).
_NEAR = 80
_ALIAS_REACH = 100
# "agreed to come to the place we told them, the city of Yevlakh", "I want to go back [to Drmbon]": a journey
# agreed, wished or refused, not one made.
_GOING_TO = re.compile(
    r"\b(?:agree|refus|promis|plann?|intend|want|wish|hope|decid|threat|vow)\w*\s+to\s+(?:come|go|travel|move|return)\b"
    r"(?:\s+back)?\s+\[?(?:to|into)\s+(?:[^.;!?\[\]]{0,40}?,\s+)?(?:the\s+)?(?:(?:city|town|village|district|region)\s+of\s+)?$",
    re.I,
)
_GOING_CUE = Cue("come go travel move return", guards=(_GOING_TO,))
# "on the road to Khankendi", "a convoy bound for Stepanakert", "en route to Azerbaijan's Khankendi city": a direction,
# not a place of events.
# (Every match ends in "to" or "for", "the" aside, and holds one of _HEADING_CUE's words: ``_not_here`` tests those first.)
_HEADING_TO = re.compile(
    r"\b(?:(?:road|highway|route|way)\s+to|bound\s+for|head(?:s|ed|ing)?\s+(?:for|to|towards?)|en\s+route\s+to)\s+"
    r"(?:the\s+|[A-Z][\w-]*['’]s\s+)?$", re.I
)
# "a mountain overlooking Khankendi", "the heights that overlook the town of X": the place seen from where the
# sentence stands is a reference point, not a place of events.
_OVERLOOKING = re.compile(r"\boverlook(?:s|ed|ing)?\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$", re.I)
_VIEW_CUE = Cue("overlook overlooks overlooked overlooking", guards=(_OVERLOOKING,))
_HEADING_CUE = Cue("road highway route way bound head heads headed heading", guards=(_HEADING_TO,))
# "impose interim measures on Baku", "sanctions against Yerevan", "urged Baku": a capital that pressure is put
# on, or that is urged, is its government (a few words may stand between: "pressure of the EU on").
_PRESSED = re.compile(
    r"\b(?:impos\w*|sanctions?|pressure\w*|measures|call(?:s|ed|ing)?|appeal\w*|exert\w*)\b(?:\s+[\w'’-]+){0,3}?"
    r"\s+(?:on|upon|against)\s+$|\b(?:urg(?:e|es|ed|ing)|congratulat\w*|thank(?:s|ed|ing)?)\s+$"
    # a capital a deal binds: "the accord commits Baku to guaranteeing", "obliges Yerevan to withdraw"
    r"|\b(?:commit|oblig|requir|compel)\w*\s+$",
    re.I,
)
_ACTOR_NOUNS = (
    r"army|armies|forces|troops|government|authorities|leadership|officials|military|regime|side|"
    r"diplomats?|envoys?|president|administration|position|stance|policy|claims?|offensive|soldiers|"
    r"units|command|ministry|parliament|negotiators|delegation|allies|propaganda|services?|media|"
    # what a government holds or wants: "the hills passed to Baku's control", "on Baku's terms"
    r"control|rule|jurisdiction|sovereignty|terms|conditions|demands|decision|proposals?"
)
_POSSESSIVE_ACTOR = re.compile(rf"['’]s?\s+(?:\w+\s+)?(?:{_ACTOR_NOUNS})\b"
                               # what a government does to a place: "that Baku establish control over the corridor"
                               r"|\s+(?:establish\w*|take|takes|took|taken|gain\w*|regain\w*|restor\w*|assert\w*)\s+"
                               r"(?:full\s+|its\s+)?control\b", re.I)
# The agent of a passive: "an armistice signed by Baku, Yerevan and Moscow", "backed by Baku" (a list's later
# names too: what follows "by" and other capitalised names).
_PASSIVE_AGENT = re.compile(r"\b[a-z]+(?:ed|en|wn)\s+by\s+(?:[A-Z][\w'’-]*,?\s+(?:and\s+)?)*$")
_NOUN_AFTER = re.compile(r"\s+(?!(?:as|is|was|has|this|its|his|thus)\b)[a-z]+s\b")  # "Baku residents", not "by Baku as"
# "For Baku, this is a war of opportunity": whose view or gain a clause tells.
_PERSPECTIVE = re.compile(r"(?:^|[.;:!?]\s*|\b(?:and|but)\s+)(?:for|to)\s+$", re.I)
# "Baku-backed activists", "a Moscow-brokered truce", "Stepanakert-bound convoys": the name is part of a compound
# adjective, which qualifies something else.
_COMPOUND_ADJECTIVE = re.compile(r"-(?:[a-z]+ed|born|bound|led|held|run|made|built)\b")
_ATTRIBUTIVE_ACTOR = re.compile(rf"\s+(?:{_ACTOR_NOUNS})\b", re.I)
# Where a past event is remembered or a victory celebrated: "the anniversary was commemorated on February 28 in New
# York", "a memorial service was held in Baku", "celebrations broke out in Baku", "crowds celebrated on the streets of
# Baku" (the ceremony's place, not the event's).
_CEREMONY_IN = re.compile(
    r"\b(?:commemorat\w*|celebrat\w*|ceremon\w*|vigils?|wreaths?|memorial\s+(?:services?|events?|evenings?|meetings?))\b"
    r"[^.;:]{0,40}?\b(?:(?:in|at)\s+(?:the\s+)?|(?:in|on)\s+the\s+(?:streets|squares?)\s+of\s+(?:the\s+)?)$", re.I,
)
_CEREMONY_CUE = Cue(stems="commemorat celebrat ceremon vigil wreath memorial", guards=(_CEREMONY_IN,))
# "the Ganja uprising took place", "Husseinov's rebellion in Ganje", "the coup in Baku": a revolt against one's own
# government is a turn of a side's politics, not an event of the war between the sides (``placeseats.power_changed``:
# the same told as power changing hands).
_REVOLTS = r"(?:uprising|rebellion|revolt|mutiny|putsch|coup(?:\s+d['’]état)?)"
_REVOLT_IN = re.compile(rf"\b{_REVOLTS}\s+(?:in|at)\s+(?:the\s+(?:city|town)\s+of\s+)?$", re.I)
_REVOLT_AFTER = re.compile(rf"\s+{_REVOLTS}\b", re.I)
_REVOLT_CUE = Cue("uprising rebellion revolt mutiny putsch coup", guards=(_REVOLT_IN, _REVOLT_AFTER))
_CLAUSE_START = re.compile(
    r"(?:^|[,;:(\"“|]|\b(?:and|but|while|as|that|since|because|when|although|whereas|then|so))\s*$", re.I
)
# The same without the text's start, for the slice of a long text just before a name.
_CLAUSE_START_TAIL = re.compile(
    r"(?:[,;:(\"“|]|\b(?:and|but|while|as|that|since|because|when|although|whereas|then|so))\s*$", re.I
)
# ("each", "both": "Baku and Yerevan each claimed gains", two subjects' verb after the second)
_ADVERBS = (r"has|have|had|also|still|already|then|now|again|reportedly|officially|quickly|soon|later|each|both|"
            r"firmly|repeatedly|immediately|once|further|not|never|did|does|do|will|would|could|can|may|might")
_NEXT_VERB = re.compile(rf"\s+(?:(?:{_ADVERBS})\s+)*([a-z]+)\b")
_SPEECH = frozenset(
    "said says claimed claims announced announces denied denies confirmed confirms maintains maintained "
    "insists insisted accused accuses warned warns stated states reported reports responded responds "
    "rejected rejects demanded demands justified justifies argued argues believes believed threatened "
    "threatens condemned condemns protested protests welcomed welcomes blamed blames "
    # the same verbs after two capitals as one subject: "Yerevan and Baku accuse each other"
    "say claim announce deny confirm insist accuse warn state respond reject demand argue believe threaten "
    "condemn protest welcome blame".split()
)
# Verbs whose subject is where something happens, even for a capital ("Baku hosted the talks").
_HAPPENS = frozenset(
    "fell falls burned burns shook hosted hosts suffered suffers lies lay sits remains remained came comes "
    "is was were are has had been being".split()
)
# A capital that "is willing", "was ready", "is openly attacking": the government's stance or deed,
# not a place of events.
_WILLING = re.compile(
    r"\s+(?:is|was|are|were|remains?|seems?|has\s+been)\s+(?:not\s+)?(?:\w+ly\s+)?"
    r"(?:willing|ready|prepared|determined|unwilling|committed|interested|(?!being\b)[a-z]+ing)\b"
)
# "shops in Yerevan and Stepanakert are beginning to feel the effects": a name a preposition governs (alone or
# after other names joined to it) is no subject, so what follows it is no stance of its government.
_GOVERNED = re.compile(r"\b(?:in|at|of|from|to|near|around|on|into|outside|inside|within|across|towards?)\s+"
                       r"(?:[A-Z][\w'’-]*,?\s+(?:(?:and|or)\s+)?)*$")
# "talks with Baku", "a victory for Baku", "a war against Stepanakert", "переговоры с Баку", "в 300 км от Баку": a
# capital after a preposition that takes a partner, a beneficiary, an opponent or an origin is its government (or
# a reference point), never where something happened ("the battle for X" is a fight there).
_ACTOR_PREPOSITION = re.compile(r"(?:\b(?:with|against|versus|(?<!battle\s)(?<!fight\s)(?<!struggle\s)for"
                                r"|(?:support|solidarity|assistance|backing)\s+to)"  # "reiterated its full support to Baku"
                                r"|(?<!\w)(?:с|со|для|против|от))\s+$", re.I)
# "In Baku, a defence ministry spokesman said ...", "In the Azerbaijani capital of Baku, officials said ...": a capital far
# from the fighting put before a clause that reports speech is where the news was told, not where anything happened.
_FRONTED_IN = re.compile(r"(?:^|[.;:!?\"“]\s*|\b(?:and|but|while)\s+)\bIn\s+(?:the\s+(?:[A-Z][\w-]*\s+)?capital(?:\s+city)?"
                         r"(?:\s+of)?\s+)?$")
_REPORTING_AFTER = re.compile(r"\s*,\s+[^.;:!?]{0,80}?\b(?:said|says|told|stated|announced|reported|claimed|confirmed|"
                              r"denied|added|insisted|warned|declared)\b")
# A capital far from the fighting is named mostly as its government ("broke from Baku", "Baku took its revenge",
# "Baku residents", "a deal with Baku"); it is where something happened only where the text puts something there:
# a preposition of place or direction before it ("in Baku", "to Baku", "в Баку", "in the Azerbaijani capital of
# Baku", "on the outskirts of Baku"), or a blow that reaches it ("Rockets hit Baku", "Baku has been shelled").
_LOCATED_BEFORE = re.compile(
    r"(?:\b(?:in|at|near|around|outside|over|on|into|to|towards?|across|throughout|within|inside|"
    r"(?:outskirts|suburbs|streets|cent(?:re|er)|heart|parts?|shelling|bombing|bombardment)\s+of|"
    r"hit|hits|struck|strikes|shelled|shells|bombed|bombs|bombarded|attacked|attacks|targeted|targets|"
    r"rocketed|fired\s+(?:at|on))"
    r"|(?<!\w)(?:в|во|на|под|около|у|к|до|над))\s+"
    r"(?:the\s+(?:[A-Z][\w-]*\s+)?(?:capital|city|cities|towns)(?:\s+city)?(?:\s+of)?\s+)?$", re.I)
# ... or what stands in it or takes place there after it: "Baku residents", "Baku hosted the talks", "the Baku pogroms".
_BLOW_AFTER = re.compile(r"\s+(?:(?:has|have|had|was|were|is|are|came|comes)\s+)?(?:been\s+|again\s+|also\s+)*"
                         r"(?:hit|struck|shelled|bombed|bombarded|attacked|targeted|rocked|shaken|under\s+(?:fire|attack)|"
                         r"hosted|hosts|residents|inhabitants|citizens|streets|suburbs|"
                         r"pogroms?|massacres?|riots)\b", re.I)  # "the Baku pogroms": what happened there
_CO_SUBJECT = re.compile(r"\s+(?:and|or)\s+[A-Z][\w'’-]*(?=\s)")
_IRREGULAR = frozenset("sent made took gave saw sought won kept told held began got lost put set went".split())


_SPEECH_CUE = Cue(" ".join(sorted(_SPEECH)))
_EVENT_CUE = (_DISTANCE_CUE | _MEASURED_CUE | _ALIAS_CUE | _NEGATION_CUE | _NEITHER_CUE | _SEAT_CUE | _HEADING_CUE | ROUTE_CUE | _SPEECH_CUE
              | _GOING_CUE | _CEREMONY_CUE | _VIEW_CUE | _REVOLT_CUE | POWER_CUE | CARED_CUE | PROTEST_CUE | PATROL_CUE)  # the words of every cue below but a move's


def reports_event(before: str, after: str, seat_of_government: bool, clues: Clues = ANYTHING, remote_seat: bool = False) -> bool:
    """Does the sentence place an event here, rather than using the name otherwise? ``clues`` are the
    sentence's: a cue none of whose words it holds is not looked for next to the name; ``remote_seat``: the
    name is a capital far from the fighting (``Gazetteer.remote_seat``)."""
    near = before[-_NEAR:]  # every cue below ends where the name starts: search only near it
    if not (seat_of_government or "(" in near or clues.has(_EVENT_CUE) or after.startswith("-") or _russian_in(near)
            or ("from" in near and clues.has(MOVE_CUE)) or garrison(near, after)):
        return True  # the common case: the sentence holds no word of any cue below
    if (clues.has(_DISTANCE_CUE) and (ends_with(near, "of", "from", "to") or near.rstrip().endswith(","))
            and _DISTANCE_CUE.found_in(near) and search_end(_DISTANCE, near, 16)) or ("(" in near and _ALIAS_PAREN.search(near)) or (
            clues.has(_ALIAS_CUE) and _ALIAS_CUE.found_in(before[-_ALIAS_REACH:]) and _ALIAS.search(before[-_ALIAS_REACH:])):
        return False
    if clues.has(_VIEW_CUE) and _VIEW_CUE.found_in(near) and search_end(_OVERLOOKING, near, 6):
        return False  # "overlooking Khankendi"
    if clues.has(_MEASURED_CUE) and ends_with(near, "of", "from", "to", "between", "and", "the", ",") and (
            _MEASURED_CUE.found_in(near) and search_end(_MEASURED, near, 14)):
        return False  # "the distance to Baku", "lies east of Stepanakert", "located west of the Jabrayil, Gubadli and"
    if (_not_here(near, clues) or ("(" in near and search_end(_NEAR_ASIDE, near, 4)) or garrison(near, after)
            or patrolled(near, after, clues)):
        return False
    if _seat_in_russian(near, after):
        return False
    if remote_seat and not (governed(near, _LOCATED_BEFORE) or _BLOW_AFTER.match(after)):
        return False  # "broke from Baku", "Baku residents"
    if ((remote_seat and seat_named(near, after, clues)) or power_changed(near, clues) or cared_in(near, clues)
            or protested_in(near, after, clues)):
        return False  # "taken to one of the hospitals in Baku", "as power changed hands in Baku", "demonstrations in X"
    if remote_seat and after[:3].lstrip().startswith(",") and search_end(_FRONTED_IN, near, 8) and _REPORTING_AFTER.match(after):
        return False  # "In Baku, a spokesman said"
    if seat_of_government and search_end(_ACTOR_PREPOSITION, near, 2):
        return False  # "talks with Baku"
    if seat_of_government and ends_with(near, "to") and _HANDED_TO.search(near):
        return False
    if on_route(before, near, after, clues):
        return False
    if _COMPOUND_ADJECTIVE.match(after):
        return False  # "Baku-backed activists"
    if _CEREMONY_CUE.found_in(near) and _CEREMONY_IN.search(near):
        return False  # "commemorated on February 28 in New York"
    if clues.has(_REVOLT_CUE) and (_REVOLT_AFTER.match(after) or (_REVOLT_CUE.found_in(near) and _REVOLT_IN.search(near))):
        return False  # "the Ganja uprising", "the rebellion in Ganje"
    if seat_of_government and (_POSSESSIVE_ACTOR.match(after) or _attributive_actor(before, after)
                               or (_WILLING.match(after) and not search_end(_GOVERNED, near, 6))
                               or ACTOR_BEFORE_RU.search(near[-24:]) or _PRESSED.search(near) or passive_agent(near, after)
                               or (after.startswith(",") and _PERSPECTIVE.search(near))):
        return False  # "Baku's forces", "the Baku government", "if Baku is willing", "под контроль Баку", "urged Baku", "signed by Baku"
    if seat_of_government and SPEAKS_RU.match(after) and search_end(CLAUSE_START_RU, before[-_NEAR:], 5):
        return False  # "Баку и Ереван обвиняют друг друга"
    # a name not a seat of government is an actor only before a speech verb: most sentences hold none
    return not ((seat_of_government or clues.has(_SPEECH_CUE)) and _subject_of(before, after, seat_of_government))


def passive_agent(near: str, after: str) -> bool:
    """"signed by Baku", "occupied by Armenia": the capital or the country is the agent, unless it only qualifies the
    agent ("sheltered by Baku residents"). ``near`` is the text just before the name."""
    return "by" in near[-40:] and not _NOUN_AFTER.match(after) and bool(_PASSIVE_AGENT.search(near))


def _not_here(near: str, clues: Clues) -> bool:
    """A negated goal, a journey only agreed or wished, a speaker's seat or a direction just before the name (the cheap tests first,
    the sentence's before the name's: this runs for every mention)."""
    if clues.has(_NEGATION_CUE) and _NEGATION_CUE.found_in(near) and search_end(_NEGATED, near, 10):
        return True
    if clues.has(_NEITHER_CUE) and _NEITHER_CUE.found_in(near) and search_end(_NEITHER, near, 5):
        return True  # "while neither Yerevan nor Moscow acted": what did not happen, nowhere
    if " to " in near and clues.has(_GOING_CUE) and _GOING_CUE.found_in(near) and _GOING_TO.search(near):
        return True
    if (clues.has(_SEAT_CUE) and (" in " in near or " from " in near or " near " in near or " outside " in near)
            and ends_with(near, "in", "from", "capital", "city", "of", ",", "and", "near", "outside")
            and search_end(_SEAT_OF, near, 14)):
        return True
    if clues.has(_SEAT_CUE) and ends_with(near, "from", "of", ",", "and", optional="the") and search_end(SENT_FROM, near, 10):
        return True  # "Representatives from Stepanakert and Baku held meetings"
    return (clues.has(_HEADING_CUE) and (ends_with(near, "to", "for", "toward", "towards", optional="the") or near.rstrip().endswith(("'s", "’s")))
            and bool(search_end(_HEADING_TO, near, 5)))


def _seat_in_russian(near: str, after: str) -> bool:
    """"режима в Степанакерте": a body's seat; "В Баку заявили": where unnamed officials speak (the cheap test
    first: a Russian "в" just before the name)."""
    if not _russian_in(near):
        return False
    return bool(SEAT_OF_RU.search(near[-40:])) or (_clause_opens(near[:-2]) and SAID_IN_RU.match(after) is not None)


def _russian_in(near: str) -> bool:
    """Does a Russian "в" (or "во") stand just before the name?"""
    return near[-2:].lower() == "в " or near[-3:].lower() == "во "


def _clause_opens(before: str) -> bool:
    """Nothing but a clause's opening stands before: the text's start, a stop, a comma or a colon."""
    return not before.strip() or before.rstrip()[-1] in ".,;:!?\"«“—–-|"


def _attributive_actor(before: str, after: str) -> bool:
    """"the Baku forces": the name modifies an actor noun; "official Baku" is the government."""
    return bool(re.search(r"\bthe\s+$", before, re.I) and _ATTRIBUTIVE_ACTOR.match(after)) or bool(
        re.search(r"\bofficial\s+$", before, re.I))


def _subject_of(before: str, after: str, seat_of_government: bool) -> bool:
    """The name is the subject of a verb that makes it an actor ("Baku maintains"). The verb is read first:
    most names are followed by none that would make them one, and then where their clause starts is moot."""
    partner = _CO_SUBJECT.match(after)  # "Yerevan and Baku accuse": the verb after the second name
    match = _NEXT_VERB.match(after, partner.end() if partner else 0)
    if match is None or not _actor_verb(match.group(1), seat_of_government):
        return False
    return bool(search_end(_CLAUSE_START, before, 1) if len(before) <= _NEAR else search_end(_CLAUSE_START_TAIL, before[-_NEAR:], 1))


def _actor_verb(verb: str, seat_of_government: bool) -> bool:
    """Does this verb make its subject an actor: a speech verb, or for a seat of government any deed but
    happening ("Baku hosted the talks" happened there)?"""
    if verb in _SPEECH:
        return True
    if not seat_of_government or verb in _HAPPENS:
        return False
    return verb in _IRREGULAR or verb.endswith("ed") or (verb.endswith("s") and not verb.endswith("ss"))
