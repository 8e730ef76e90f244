"""Claims by the broad word families of en.yaml's WordNet blocks (tools/lexicon_from_wordnet.py), one sentence per
family, and the script's own pure parts (the English forms it writes, the forms a list already holds).

The sentences are written for these tests in the shapes wire reports and chronologies use; each names a word no
source of the corpus used when the lexicon listed only the words met in texts."""

from __future__ import annotations

import pytest

from test_claims import brief, claims_in, reference  # noqa: F401 (reference: the module's fixture)
from tool_support import load_tool


tool = load_tool("lexicon_from_wordnet")


@pytest.mark.parametrize(
    "text, expected",
    [
        # control: "recapture, retake"; "vacate"; "annex"; a side pulling back from a place ("withdraw, pull back")
        ("On 12 June 1993 Azerbaijani units vacated Martakert.", [("control", "AZ-TAR", "1993-06-12", None, "vacated")]),
        ("Armenian forces pulled back from Martuni on 3 May 1994.",
         [("control", "AZ-XVD", "1994-05-03", None, "pulled back from")]),
        # a side leaving ("leave", "flee"): a change of hands only when combatants leave; residents fleeing are none
        ("On 25 November 2020 the Armenian armed forces left the Kalbajar district.",
         [("control", "AZ-KAL", "2020-11-25", None, "left")]),
        ("On 23 July 1993 the Azerbaijani troops fled from Agdam.", [("control", "AZ-AGM", "1993-07-23", None, "fled from")]),
        ("On 23 July 1993 thousands of residents fled Agdam.", []),
        ("Karabakh forces wrested Kelbajar from Azerbaijani control on April 3, 1993.",
         [("control", "AZ-KAL", "1993-04-03", None, "wrested")]),
        ("On 23 July 1993 the Azerbaijani troops evacuated Agdam.", [("control", "AZ-AGM", "1993-07-23", None, "evacuated")]),
        ("On 23 July 1993 the residents were evacuated from Agdam.", []),
        ("On 2 April 1993 the Azerbaijani units fell back from Kalbajar.",
         [("control", "AZ-KAL", "1993-04-02", None, "fell back from")]),
        ("On 23 July 1993 the residents of Agdam were left without water.", []),
        # "invade, occupy - march aggressively into another's territory ... for conquest and occupation": a place taken
        ("In April 1993 Armenian troops invaded Kalbajar.", [("control", "AZ-KAL", "1993-04", None, "invaded")]),
        # assault: "clobber, batter - strike violently and repeatedly"; "target"; "strafe"; "assail"
        ("Armenian forces battered Agdam with artillery on 20 July 1993.",
         [("assault", "AZ-AGM", "1993-07-20", None, "battered")]),
        ("Azerbaijani forces targeted the city of Stepanakert on 4 October 2020.",
         [("assault", "AZ-XA", "2020-10-04", None, "targeted")]),
        ("On 8 May 1992 Armenian forces assaulted Shusha.", [("assault", "AZ-SUS", "1992-05-08", None, "assaulted")]),
        ("On 14 January 1994 aircraft strafed Martuni.", [("assault", "AZ-XVD", "1994-01-14", None, "strafed")]),
        # assault nouns: "barrage", "cannonade", "air raid" happen by a light verb
        ("On 2 October 2020 the army launched a barrage on Stepanakert.",
         [("assault", "AZ-XA", "2020-10-02", None, "launched a barrage")]),
        ("On 9 August 1993 an air raid was carried out on Ganja.",
         [("assault", "AZ-GA", "1993-08-09", None, "was carried out")]),
        # an attack on people with no place after it is no claim; a place after them keeps it
        ("On 27 September 2020 Azerbaijani forces attacked civilians.", []),
        ("On 27 September 2020 Azerbaijani forces attacked the civilian population of Stepanakert.",
         [("assault", "AZ-XA", "2020-09-27", None, "attacked")]),
        # massacre: "massacre, slaughter, mow down"; "exterminate"
        ("In February 1992 Armenian forces mowed down the residents of Khojaly.",
         [("massacre", "AZ-XCI", "1992-02", None, "mowed down")]),
        # ceasefire: "capitulation" and the act a side signs; a truce mediated, a truce that began
        ("Faced with defeat, Armenia was compelled to sign an act of capitulation on 10 November 2020.",
         [("ceasefire", None, "2020-11-10", None, "sign an act of capitulation")]),
        ("A ceasefire was mediated by the OSCE in May 1994.", [("ceasefire", None, "1994-05", None, "was mediated")]),
        ("A ceasefire began on Monday, October 26, 2020, after mediation by the United States.",
         [("ceasefire", None, "2020-10-26", None, "began")]),
        # a truce's verb inside an aside does not hide the clause's own verb, which the date goes with
        ("Although a ceasefire, supported by Russia and mediated by the Red Cross, was accepted by both sides, with "
         "effect from 10 October 2020, the exchange was suspended.",
         [("ceasefire", None, "2020-10-10", None, "was accepted")]),
        # a participle with its agent after the truce ("brokered by Moscow") leaves the date to the clause's own verb
        ("A truce brokered by Moscow took hold on 12 May 1994.", [("ceasefire", None, "1994-05-12", None, "took hold")]),
        # a truce broken ("violate, breach, break"), dated: an assault of no one district
        ("Azerbaijan broke the ceasefire on 11 October 2020.",
         [("assault", None, "2020-10-11", None, "broke the ceasefire")]),
        # the signing named as a noun before the truce's; an act still to come is none
        ("The Minsk Group has mediated since the signing of the cease-fire agreement in 1994.",
         [("ceasefire", None, "1994", None, "the signing of the cease-fire")]),
        ("The signing of a peace agreement is planned for next year.", []),
        # a place the taking verb's object, then who said it: the second word after the place is no actor of it
        ("The army has liberated Zangilan city, President Ilham Aliyev said on 20 October 2020.",
         [("control", "AZ-ZAN", "2020-10-20", "ON_OR_BEFORE", "has liberated")]),
        # what a family brings stays out of plans and refusals
        ("Armenia refused to sign the ceasefire on 5 May 1994.", []),
        ("The sides will sign a ceasefire next week.", []),
    ],
)
def test_family(text: str, expected: list[tuple], reference) -> None:
    assert [brief(c) for c in claims_in(text, reference, published="2023-12-01")] == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # an ordinal anniversary counts back from the day the sentence gives ("The third anniversary", the count
        # after "The"); a possessive before the place keeps it
        ("The third anniversary of the liberation of Zangilan is marked on October 20.", "2023-10-20",
         [("control", "AZ-ZAN", "2020-10-20", None, "liberation of")]),
        ("Azerbaijan marks the first anniversary of the liberation of its Jabrayil region on October 4.", "2021-10-04",
         [("control", "AZ-CAB", "2020-10-04", None, "liberation of")]),
    ],
)
def test_anniversary_counted_by_an_ordinal_word(text: str, published: str, expected: list[tuple], reference) -> None:
    assert [brief(c) for c in claims_in(text, reference, published=published)] == expected


@pytest.mark.parametrize(
    "lemma, irregulars, forms",
    [
        ("batter", {}, ["batter", "batters", "battered", "battering"]),
        ("strafe", {}, ["strafe", "strafes", "strafed", "strafing"]),
        ("free", {}, ["free", "frees", "freed", "freeing"]),
        ("raid", {}, ["raid", "raids", "raided", "raiding"]),
        ("bat", {}, ["bat", "bats", "batted", "batting"]),  # one syllable: the consonant doubles
        ("target", {}, ["target", "targets", "targeted", "targeting"]),
        ("overrun", {"overrun": ["overran", "overrunning"]}, ["overrun", "overruns", "overran", "overrunning"]),
        ("mow down", {"mow": ["mown"]}, ["mow down", "mows down", "mowed down", "mown down", "mowing down"]),
        ("occupy", {}, ["occupy", "occupies", "occupied", "occupying"]),
    ],
)
def test_verb_forms(lemma: str, irregulars: dict, forms: list[str]) -> None:
    assert tool.verb_forms(lemma, irregulars) == forms


@pytest.mark.parametrize(
    "lemma, forms",
    [("raid", ["raid", "raids"]), ("blitz", ["blitz", "blitzes"]), ("butchery", ["butchery", "butcheries"])],
)
def test_noun_forms(lemma: str, forms: list[str]) -> None:
    assert tool.noun_forms(lemma) == forms


def test_a_block_skips_only_the_forms_of_its_own_list() -> None:
    """'began' of the assaults' light verbs does not keep it out of the ceasefire's agreed verbs."""
    lines = ["    light:", "      - [began, launched]", "    agreed:", "      - [signed,", "         reached]  # a note",
             "      # wordnet begin ceasefire.agreed"]
    assert tool.listed_above(lines, 5) >= {"signed", "reached"}
    assert "began" not in tool.listed_above(lines, 5)


WORDNET = tool.Path("/usr/share/wordnet")


@pytest.mark.skipif(not (WORDNET / "data.verb").exists(), reason="WordNet (Debian's wordnet-base) is not installed")
def test_the_wordnet_blocks_are_what_the_families_give() -> None:
    """A block edited by hand drifts from the senses the script's reviewer chose; the script says so."""
    text = tool.EN_YAML.read_text(encoding="utf-8")
    assert tool.rewrite(text, WORDNET) == text
