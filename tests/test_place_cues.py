"""A sentence's clues spare its names the place rules that cannot fire, and lose nothing the rules find.

Place tagging reads each sentence once (``cuetext.Clues``): its words, and its
text and words lower-cased. A family of cue words (``cuetext.Cue``) none of
which the sentence holds rules out, at every name in it, the patterns the
family guards. Each table below holds sentences in which a guarded pattern
fires at the bracketed name, in the casings re.IGNORECASE takes for one, and
sentences in which none does: the rule read with the sentence's clues must
answer exactly as the rule read without them.
"""

from __future__ import annotations

import pytest
from chronicle.extract import placeevents, placeframes, placerules
from chronicle.extract.cuetext import ANYTHING, WORD, Clues, Cue, tokenize
from chronicle.extract.placelists import height_or_list
from chronicle.extract.placescan import lookback

CASINGS = (str, str.upper, str.title)


def _read(marked: str) -> tuple[str, int, int]:
    """The sentence without its brackets, and where the bracketed name starts and ends."""
    start = marked.index("[")
    end = marked.index("]") - 1
    return marked.replace("[", "").replace("]", ""), start, end


@pytest.mark.parametrize("text", [
    "Shelling hit Aghdam-Fuzuli road at 05:00, officials said.",
    "Ağdam rayonunun Şıxlar kəndi, «Qızıl» təpəsi",
    "Село Талыш — в Тертерском районе",
    "Ղարաբաղյան պատերազմ",
    "",
    "  1993  ",
])
def test_a_sentence_splits_into_the_words_word_finds(text):
    tokens = tokenize(text)
    found = list(WORD.finditer(text))
    assert tokens.words == [m.group() for m in found]
    assert (tokens.starts, tokens.ends) == ([m.start() for m in found], [m.end() for m in found])
    assert tokens.gaps == [text[a.end():b.start()] for a, b in zip(found, found[1:])]


@pytest.mark.parametrize("sentence, cue, held", [
    ("Officials SAID the road was cut.", Cue("said"), True),
    ("The ministry is closed.", Cue("ministries"), False),  # whole words: a word's stem is no word of it
    ("Shelling hit Aghdam.", Cue("dam"), False),  # nor is a part of a word
    ("Shelling hit Aghdam.", Cue(stems="dam"), True),  # a stem is
    ("KƏNDİN İCRA HAKİMİYYƏTİ", Cue(stems="icra"), True),  # "İ" is read as "i", as IGNORECASE reads it
    ("Shelling hit Aghdam.", Cue(stems="гранич sərhəd"), False),
    ("Район граничит с Арменией.", Cue(stems="гранич"), True),
    ("Shelling hit Aghdam.", Cue("road") | Cue(stems="ghd"), True),
])
def test_a_sentence_holds_a_cue_by_its_words_or_its_stems(sentence, cue, held):
    assert Clues(sentence).has(cue) is held
    assert ANYTHING.has(cue)  # text read without its sentence rules nothing out


# Sentences each event cue of placeevents fires in, with what the rule answers there, and sentences with none.
EVENTS = (
    ("The village lies 40 kilometres east of [Fuzuli].", False, False),  # a distance
    ("The town, now called [Khankendi], was rebuilt.", False, False),  # an alias
    ("The convoy did not reach [Khojavend] that night.", False, False),  # a negated goal
    ("The shelling stopped while neither [Yerevan] nor Moscow acted.", False, False),
    ("The Foreign Ministry in [Yerevan] denied the report.", False, False),  # a speaker's seat
    ("The convoy stood on the road to [Lachin] all day.", False, False),  # a direction
    ("They repaired the road linking [Kalbajar] with Ganja.", False, False),  # a route's end
    ("Units advancing from [Jabrayil] crossed the river.", False, False),  # where a move starts
    ("[Stepanakert] claims the attack was repelled.", False, False),  # an actor
    ("[Baku] hosted the talks.", True, True),  # a capital where something happens
    ("[Baku] rejected the plan.", True, False),  # a capital's deed
    ("Fighting went on near [Aghdam] all week.", False, True),
    ("Fighting went on near [Aghdam] all week.", True, True),
)


@pytest.mark.parametrize("marked, seat, event", EVENTS)
@pytest.mark.parametrize("casing", CASINGS)
def test_an_event_cue_is_found_with_the_sentences_clues_as_without(marked, seat, event, casing):
    text, start, end = _read(marked)
    text = casing(text)
    before, after = lookback(text, start), text[end:]
    assert placeevents.reports_event(before, after, seat, Clues(text)) == placeevents.reports_event(before, after, seat)
    if casing is str:
        assert placeevents.reports_event(before, after, seat, Clues(text)) is event


@pytest.mark.parametrize("marked, inside", [
    ("He signed the Treaty of [Kars] in 1921.", True),
    ("Operation [Agdere] began at dawn.", True),
    ("During the Battle of [Shusha] the town burned.", True),
    ("Men of the 83rd [Goris] Rifle Battalion fought there.", True),
    ("The report was signed by corr. E.[Huseyinli] yesterday.", True),  # an initial
    ("Troops entered [Kalbajar] at noon.", False),
])
@pytest.mark.parametrize("casing", CASINGS)
def test_a_name_inside_a_name_is_found_with_the_sentences_clues_as_without(marked, inside, casing):
    text, start, end = _read(marked)
    text = casing(text)
    before, after = lookback(text, start), text[end:]
    assert placerules.inside_a_name(before, after, Clues(text)) == placerules.inside_a_name(before, after)
    if casing is str:
        assert placerules.inside_a_name(before, after, Clues(text)) is inside


@pytest.mark.parametrize("marked, describes", [
    ("It borders [Khojavend] to the east.", True),
    ("It is the third largest town after [Stepanakert].", True),
    ("The correspondent sent to [Aghdara] filed a report.", True),
    ("The Khachen and [Gyulistan] gavars lay to the north.", True),
    ("Район граничит с [Физули].", True),
    ("She has lived in [Barda] since 1994.", True),  # where someone lives
    ("The fort that had shielded the people of [Shusha] fell.", True),  # what a thing had been
    ("Shelling hit [Tartar] overnight.", False),
])
@pytest.mark.parametrize("casing", CASINGS)
def test_a_describing_frame_is_asked_only_of_a_sentence_holding_its_words(marked, describes, casing):
    text, start, end = _read(marked)
    text = casing(text)
    before, after = lookback(text, start), text[end:]
    asked = Clues(text).has(placeframes.DESCRIBING) and placeframes.describes_only(before, after)
    assert asked == placeframes.describes_only(before, after)
    if casing is str:
        assert asked is describes


@pytest.mark.parametrize("marked, cue", [
    ("They took the height of [Kyzylkaya] at dawn.", "village"),
    ("They took the hill [Kyzylkaya] at dawn.", "village"),
    ("They took [Kyzylkaya] at dawn.", None),
])
@pytest.mark.parametrize("casing", CASINGS)
def test_a_height_before_a_name_is_found_with_the_sentences_clues_as_without(marked, cue, casing):
    text, start, _ = _read(marked)
    text = casing(text)
    assert height_or_list(text, start, [], [], Clues(text)) == height_or_list(text, start, [], []) == cue


@pytest.mark.parametrize("before, cue", [
    ("Shelling hit the village of ", "village"),
    ("Shelling hit the villages of the ", "village"),
    ("Shelling hit the town of ", "town"),
    ("Shelling hit the district of ", "admin"),
    ("Shelling hit the regional centre ", "town"),
    ("Обстрелу подвергся город ", "town"),
    ("Обстрелу подверглось село ", "village"),
    ("Shelling hit the east of ", None),
    ("Shelling hit the village of", None),  # no space before the name: no cue
    ("", None),
])
@pytest.mark.parametrize("casing", CASINGS)
def test_the_cue_before_a_name_is_what_its_patterns_find_searched_over_the_whole_text(before, cue, casing):
    before = casing(before)
    searched = placerules._cue(placerules._CUE_BEFORE.search(before) or placerules._CUE_BEFORE_RU.search(before[-16:]))
    assert placerules.cue_before(before) == placerules.cue_before(before) == (searched if before[-1:].isspace() else None)
    if casing is str:
        assert placerules.cue_before(before) == cue


@pytest.mark.parametrize("before, cue", [
    # a group's noun whose members a parenthesis lists is the cue of the first name (shared along the list after it)
    ("Ətraf 7 rayon (", "admin"),
    ("the seven districts (", "admin"),
    ("и 12 сёл (", "village"),
    ("the offensive (", None),
])
def test_a_group_s_noun_before_a_parenthesis_is_the_cue_of_the_names_it_lists(before, cue):
    assert placerules.cue_before(before) == cue
