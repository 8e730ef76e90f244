"""Broad word families for the English claims lexicon, from WordNet 3.0 (run at dev time, never at build time).

Why: predicates met in a few texts do not transfer to texts nobody has read ("battered", "targeted",
"capitulated", "a truce was mediated"); WordNet's synsets give each event kind the whole family of words
English uses for it. A reviewer chooses the senses (``FAMILIES``: a lemma and its WordNet sense number, so
"take a photo" never comes in with "take a town") and drops by hand the synonyms that are not war events
(``DROPPED``, each with its reason). This script turns the chosen synsets into the written forms the
lexicon lists (``corpus/lexicon/claims/en.yaml`` has no morphology in code: 3rd person, past, participle,
-ing; irregular forms from WordNet's own ``verb.exc``) and writes them between the ``# wordnet begin KEY``
and ``# wordnet end KEY`` markers of en.yaml, where KEY says the kind and role (``control.verbs``). Every
other line of en.yaml stays as the editors wrote it; a form the file already lists is not repeated.

    python tools/lexicon_from_wordnet.py [--wordnet /usr/share/wordnet] [--show LEMMA POS] [--check]

WordNet is Debian's ``wordnet-base`` (``apt-get install wordnet-base``), under the WordNet 3.0 licence
(Princeton University; free to use, copy, modify and distribute with the copyright notice kept), credited
in en.yaml's header and the README. ``--show attack v`` lists a lemma's senses with their glosses, for
choosing; ``--check`` fails when en.yaml's blocks are not what the families give (a reviewer edited a
block by hand instead of ``FAMILIES``).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

EN_YAML = Path(__file__).resolve().parents[1] / "corpus" / "lexicon" / "claims" / "en.yaml"

# block key -> the synsets chosen for it: (lemma, part of speech, WordNet 3.0 sense number); the glosses are
# WordNet's (``--show``)
FAMILIES: dict[str, list[tuple[str, str, int]]] = {
    # a place taken: "appropriate, capture, seize, conquer - take possession of by force, as after an invasion";
    # "overrun - seize the position of and defeat"; "free, liberate - grant freedom to"; "recapture, retake - take
    # back by force, as after a battle"; a side leaving it: "vacate, empty, abandon - leave behind empty; move out
    # of"; "wrest - obtain by seizing forcibly or violently"; "invade, occupy - march aggressively into another's
    # territory by military force for the purposes of conquest and occupation" (a village invaded is taken: every
    # annotator of the held-out sets filed "was invaded", "managed to invade settlements" as control). Not "annex"
    # nor "annexation": a declared annexation is a political act, no claim (DATA-EXPORT.md)
    "control.verbs": [("capture", "v", 5), ("overrun", "v", 4), ("free", "v", 1), ("recapture", "v", 3),
                      ("vacate", "v", 2), ("wrest", "v", 1), ("invade", "v", 1)],
    # "withdraw, retreat, pull away, draw back, pull back, move back - pull back or move away or backward; 'The
    # enemy withdrew'"; "fall back - move back and away from; 'The enemy fell back'": the place left follows "from"
    # ("pulled back from Agdam")
    "control.from": [("withdraw", "v", 1), ("fall_back", "v", 3)],
    # attacks: "attack, assail - launch an attack or assault on; begin hostilities"; "attack, aggress - take the
    # initiative and go on the offensive"; "bombard, bomb - throw bombs at or attack with bombs"; "blast, shell - use
    # explosives on";
    # "clobber, baste, batter - strike violently and repeatedly"; "strafe - attack with machine guns or cannon
    # fire from a low-flying plane"; "assail, assault - attack someone physically"; "besiege, beleaguer - surround so as to force to give up"; "foray into,
    # raid - enter someone else's territory"; "target - intend (something) to move towards a certain goal"
    "assault.verbs": [("attack", "v", 1), ("attack", "v", 3), ("assault", "v", 1), ("bombard", "v", 2),
                      ("shell", "v", 1), ("batter", "v", 2), ("strafe", "v", 1), ("besiege", "v", 1),
                      ("raid", "v", 2), ("target", "v", 1)],
    # "attack, onslaught - (military) an offensive against an enemy (using weapons)"; "barrage, barrage fire,
    # bombardment, shelling - the heavy fire of artillery"; "bombing, bombardment - an attack by dropping bombs";
    # "foray, raid - a sudden short attack"; "air raid, air attack"; "invasion - the act of an army that invades";
    # "sortie - a military action in which besieged troops burst forth"; "blitz, blitzkrieg"; "cannonade,
    # drumfire - intense and continuous artillery fire"; "fusillade, salvo, volley - rapid simultaneous discharge"
    "assault.nouns": [("attack", "n", 1), ("bombardment", "n", 2), ("bombardment", "n", 4), ("raid", "n", 1),
                      ("air_raid", "n", 1), ("invasion", "n", 1), ("sortie", "n", 1), ("blitz", "n", 2),
                      ("cannonade", "n", 1), ("salvo", "n", 2)],
    # a truce broken, dated: "violate, breach, break - act in disregard of laws, rules, contracts, or promises" with
    # the truce for object ("broke the ceasefire"); "violation - an act that disregards an agreement"; "breach - a
    # failure to perform some promised act or obligation" before "of" it ("a breach of the truce")
    "assault.breach": [("violate", "v", 2)],
    "assault.breach_nouns": [("violation", "n", 2), ("breach", "n", 1)],
    # "massacre, slaughter, mow down - kill a large number of people indiscriminately"; "exterminate - kill en masse"
    "massacre.verbs": [("massacre", "v", 1), ("exterminate", "v", 1)],
    # "slaughter, massacre, mass murder, carnage, butchery - the savage and excessive killing of many people";
    # "extermination - the act of exterminating"
    "massacre.nouns": [("massacre", "n", 1), ("extermination", "n", 2)],
    # "capitulation, fall, surrender - the act of surrendering (usually under agreed conditions)"; "armistice,
    # cease-fire, truce"
    "ceasefire.nouns": [("capitulation", "n", 3), ("armistice", "n", 1)],
    # a truce made: "sign, ratify - approve and express assent ('All parties ratified the peace treaty')";
    # "negotiate - discuss the terms of an arrangement" (a truce negotiated is one reached); "mediate - act between
    # parties with a view to reconciling differences"; "adopt - choose and follow; as of policies or plans";
    # "begin, start - have a beginning" (a ceasefire that began)
    "ceasefire.agreed": [("sign", "v", 2), ("negotiate", "v", 1), ("broker", "v", 1), ("mediate", "v", 1),
                         ("adopt", "v", 1), ("begin", "v", 2)],
    # any other agreement made: "sign" ("was forced to sign the agreement"); not "adopt": a parliament adopting a
    # declaration is a political act, no agreement between the parties
    "agreement.agreed": [("sign", "v", 2)],
    # a side leaving a place gives it up: "leave, go forth, go away - go away from a place"; "flee, fly, take flight -
    # run away quickly"; "evacuate - move out of an unsafe location into safety"; only with combatants for subject (``combatant_subject``): residents leave and flee too
    "control.left": [("leave", "v", 1), ("flee", "v", 1), ("evacuate", "v", 1)],
    "control.fled": [("flee", "v", 1)],
}
# the forms of a side leaving, listed again as ``combatant_subject``: a claim only when combatants do it
FAMILIES["combatant_subject.left"] = FAMILIES["control.left"]
FAMILIES["combatant_subject.fled"] = FAMILIES["control.fled"]

# synonyms of a chosen sense that a reviewer struck out, and why (they are not events of a war)
DROPPED: dict[str, str] = {
    "appropriate": "of money and budgets far more often than of towns",
    "release": "of prisoners and statements",
    "unloose": "of knots", "unloosen": "of knots", "loose": "of arrows and knots",
    "empty": "of rooms and bottles",
    "recede": "of water and hairlines",
    "retire": "of people leaving work",
    "aggress": "archaic",
    "blast": "of criticism ('blasted the decision')",
    "clobber": "of sports results", "baste": "of cooking",
    "beleaguer": "of people under pressure",
    "surround": "of ground around a place ('the hills surrounding the town')",
    "hem in": "an encirclement, already listed under other", "circumvent": "of rules",
    "foray into": "kept as 'raid'",
    "aim": "'aimed at' is an intention (exclude_before)", "place": "of putting things",
    "direct": "of orders and films", "point": "of arguments",
    "onset": "the start of anything ('the onset of winter')", "onrush": "a crowd's rush",
    "battery": "an artillery unit, not its fire",
    "foray": "of a politician's first try", "maraud": "kept as 'raid'",
    "air attack": "kept as 'air raid'",
    "burst": "of anything sudden",
    "kill off": "of species and plans",
    "fall": "a control noun already", "surrender": "a control noun (a garrison surrendering a town)",
    "ratify": "a parliament's act, a political act and no claim (DATA-EXPORT.md)",
    "negociate": "a misspelling WordNet keeps", "talk terms": "of bargaining",
    "intercede": "pleading, not a truce made", "intermediate": "of chemistry",
    "liaise": "of meetings", "arbitrate": "of courts",
    "follow": "'followed' joins clauses ('was followed by')", "espouse": "of ideas",
    "start": "'started' is listed for assaults; 'begin' says it for a ceasefire",
    "sally": "of wit", "liquidation": "of companies; 'liquidated' is listed as neutralising combatants",
    "drumfire": "kept as 'cannonade'", "barrage fire": "kept as 'barrage'",
    "carnage": "of road accidents as often as of massacres",
    "occupy": "a control verb, listed there by hand",
    "set on": "of dogs and people", "transgress": "of morals", "offend": "of feelings", "infract": "rare",
    "go against": "of advice", "infringement": "of rights and patents",
    "move back": "of people moving house ('residents moved back from the city')",
    "go forth": "of biblical style", "go away": "of people going away", "fly": "of aircraft", "take flight": "of birds",
}


def synsets(wordnet: Path, pos: str) -> tuple[dict[str, list[str]], dict[str, tuple[list[str], str]]]:
    """WordNet's index (lemma -> synset offsets in sense order) and data (offset -> lemmas, gloss) for one POS."""
    name = {"v": "verb", "n": "noun"}[pos]
    index: dict[str, list[str]] = {}
    for line in (wordnet / f"index.{name}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        parts = line.split()
        count = int(parts[2])
        index[parts[0]] = parts[-count:]
    data: dict[str, tuple[list[str], str]] = {}
    for line in (wordnet / f"data.{name}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        head, _, gloss = line.partition(" | ")
        parts = head.split()
        words = [re.sub(r"\(.*\)$", "", parts[4 + 2 * i]) for i in range(int(parts[3], 16))]
        data[parts[0]] = (words, gloss.strip())
    return index, data


def irregular(wordnet: Path) -> dict[str, list[str]]:
    """Base verb -> its irregular forms, from WordNet's exception list ('took take')."""
    forms: dict[str, list[str]] = {}
    for line in (wordnet / "verb.exc").read_text(encoding="latin-1").splitlines():
        inflected, base = line.split()[:2]
        forms.setdefault(base, []).append(inflected.replace("_", " "))
    return forms


def verb_forms(lemma: str, irregulars: dict[str, list[str]]) -> list[str]:
    """Base, -s, past, participle and -ing of a verb (of its first word, for 'mow down'); irregular forms from
    WordNet's exceptions ('overran', 'overrunning', 'mown'), the rest by English spelling rules (a final consonant
    after a single vowel doubles in one syllable: 'bat' -> 'batted'; a final silent 'e' drops before -ing:
    'strafe' -> 'strafing', 'free' -> 'freeing')."""
    first, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    if first.endswith("ee"):
        third, past, ing = first + "s", first + "d", first + "ing"
    elif first.endswith("e"):
        third, past, ing = first + "s", first + "d", first[:-1] + "ing"
    elif re.search(r"[^aeiou]y$", first):
        third, past, ing = first[:-1] + "ies", first[:-1] + "ied", first + "ing"
    elif re.search(r"(s|x|z|ch|sh)$", first):
        third, past, ing = first + "es", first + "ed", first + "ing"
    elif re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", first):
        third, past, ing = first + "s", first + first[-1] + "ed", first + first[-1] + "ing"
    else:
        third, past, ing = first + "s", first + "ed", first + "ing"
    known = irregulars.get(first, [])
    pasts = [f for f in known if not f.endswith(("ing", "s"))] or [past]
    if len(pasts) == 1 and pasts[0].endswith(("wn", "en")):  # 'mown' is the participle; 'mowed' the past
        pasts.insert(0, past)
    ing = next((f for f in known if f.endswith("ing")), ing)
    return [w + tail for w in dict.fromkeys([first, third, *pasts, ing])]


def noun_forms(lemma: str) -> list[str]:
    """A noun and its plural ('raid', 'raids'; 'blitz', 'blitzes'; 'butchery', 'butcheries')."""
    if re.search(r"[^aeiou]y$", lemma):
        return [lemma, lemma[:-1] + "ies"]
    return [lemma, lemma + "es" if re.search(r"(s|x|z|ch|sh)$", lemma) else lemma + "s"]


# single forms struck out of a kept lemma
DROPPED_FORMS: dict[str, str] = {
    "shelling": "a noun ('the shelling of Tartar'); the verb is listed after its auxiliaries ('were shelling')",
}

# what each block holds of a lemma: the forms its role wants ("agreed" wants "sign" for "was forced to sign", and
# the past, never -s or -ing: "signs" and "signing" are no truce made)
BLOCK_FORMS = {"verbs": "all", "left": "all", "from": "from", "fled": "from", "agreed": "agreed", "nouns": "noun",
               "breach": "breach", "breach_nouns": "breach_noun"}
# what a truce's breach names after its verb or its noun ("broke the ceasefire", "a breach of the truce")
TRUCES = ("the ceasefire", "the cease-fire", "the truce", "the armistice")


def family_forms(key: str, wordnet: Path) -> list[list[str]]:
    """The entries of one block: one list of forms per kept lemma, in the families' order."""
    shape = BLOCK_FORMS[key.split(".")[1]]
    index, data = synsets(wordnet, "n" if shape.endswith("noun") else "v")
    irregulars = irregular(wordnet)
    entries: list[list[str]] = []
    seen: set[str] = set()
    for lemma, _, sense in FAMILIES[key]:
        words, _ = data[index[lemma][sense - 1]]
        for word in words:
            word = word.replace("_", " ")
            if word in seen or word in DROPPED:
                continue
            seen.add(word)
            if shape == "noun":
                entries.append(noun_forms(word))
                continue
            if shape == "breach_noun":
                entries.append([f"{word} of {truce}" for truce in TRUCES])
                continue
            forms = verb_forms(word, irregulars)
            if shape == "from":
                forms = [f"{f} from" for f in forms]
            elif shape == "agreed":
                forms = [forms[0], *forms[2:-1]]
            elif shape == "breach":  # the past, as the hand-written breaches: "violated the truce", "had broken the truce"
                forms = [f"{f} {truce}" for f in forms[2:-1] for truce in TRUCES]
            entries.append(forms)
    return entries


def render(entries: list[list[str]], indent: str, listed: set[str]) -> list[str]:
    lines = []
    for forms in entries:
        new = [f for f in forms if f.casefold() not in listed]
        new = [f for f in new if f not in DROPPED_FORMS]
        if new:
            lines.append(f"{indent}- [{', '.join(new)}]")
    return lines


MARK = re.compile(r"^(\s*)# wordnet (begin|end) ([\w.]+)")


def listed_above(lines: list[str], at: int) -> set[str]:
    """The forms the list holding line ``at`` already has (a form of another list, 'began' of the assaults' light
    verbs, may still be wanted in this one): the lines above it up to its key, outside any marked block."""
    indent = len(lines[at]) - len(lines[at].lstrip())
    forms: set[str] = set()
    for line in reversed(lines[:at]):
        body = line.strip()
        if body and not body.startswith("#") and len(line) - len(line.lstrip()) < indent:
            break
        if body.startswith("#"):
            continue
        forms.update(w.strip().casefold() for w in re.sub(r"#.*$", "", body).replace("[", ",").replace("]", ",")
                     .removeprefix("-").split(","))
    return forms


def rewrite(text: str, wordnet: Path) -> str:
    """en.yaml with every marked block filled from its family; forms its list already holds are left out."""
    kept: list[str] = []
    inside = False
    for line in text.splitlines():  # the blocks emptied first: what they held is generated again
        m = MARK.match(line)
        if m:
            inside = m.group(2) == "begin"
        if m or not inside:
            kept.append(line)
    out: list[str] = []
    for at, line in enumerate(kept):
        out.append(line)
        m = MARK.match(line)
        if m and m.group(2) == "begin":
            out.extend(render(family_forms(m.group(3), wordnet), m.group(1), listed_above(kept, at)))
    return "\n".join(out) + "\n"


def show(lemma: str, pos: str, wordnet: Path) -> None:
    index, data = synsets(wordnet, pos)
    for n, offset in enumerate(index.get(lemma, []), 1):
        words, gloss = data[offset]
        print(f"{lemma} {pos} {n}: {', '.join(words)} -- {gloss}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    ap.add_argument("--show", nargs=2, metavar=("LEMMA", "POS"))
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args(argv)
    if a.show:
        show(a.show[0], a.show[1], a.wordnet)
        return 0
    text = EN_YAML.read_text(encoding="utf-8")
    new = rewrite(text, a.wordnet)
    if a.check:
        if new != text:
            print(f"{EN_YAML}: the wordnet blocks differ from FAMILIES; run tools/lexicon_from_wordnet.py", file=sys.stderr)
            return 1
        return 0
    EN_YAML.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
