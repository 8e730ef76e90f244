"""Dates and war names that tell a sentence nothing of its own time.

The day that closes an attribution ("..., Human Rights Watch said today.") dates the telling of a report
published after its war, not the attacks it reports.

A person's date of birth ("born in 1994") dates the person, not the mine
incident the sentence reports; an editor's note in square brackets ("Aghdam
district [liberated from occupation in the 2020 second Karabakh war]") glosses a
name for readers of a later day; a war told with an indefinite determiner ("seized
the region in a 1990s war that killed 30,000") is background a report gives its reader.
All are linked where they name a war, never the period the sentence files under, nor the document's.
"""

from __future__ import annotations

import datetime as dt
import pathlib

import pytest
from chronicle.extract import dates as date_tagger
from chronicle.extract.war_clauses import attributed, birth, census, in_editors_note, in_indefinite_war
from chronicle.extract.wars import tag_document
from chronicle.model import DateMention
from chronicle.wars import WarCatalog

ROOT = pathlib.Path(__file__).resolve().parents[1]
CATALOG = WarCatalog.load(ROOT / "corpus" / "wars.yaml")
SECOND = "second-nagorno-karabakh-war"
FIRST = "first-nagorno-karabakh-war"
BLOCKADE = "blockade-of-nagorno-karabakh"
SPRING_2024 = dt.date(2024, 4, 12)


def at(text: str, phrase: str) -> DateMention:
    start = text.index(phrase)
    return DateMention(start=start, end=start + len(phrase), text=phrase, value=phrase, type="DATE")


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("The explosion injured Mirfattah Bagirov, born in 1965, and his colleague.", "1965", True),
    ("Vidadi Huseynov (b. 1994) hit an anti-tank mine.", "1994", True),
    ("1994-cü il təvəllüdlü Vidadi Hüseynov yaralanıb.", "1994", True),
    ("Пострадал житель села 1980 года рождения.", "1980", True),
    ("Ականի պայթյունից վիրավորվել է Ֆաիգ Աբիշևը (ծնված 1980 թ.):", "1980", True),
    ("The village was born again in 1994 after the ceasefire.", "1994", False),  # "born again" is no birth date
    ("The town was shelled in 1994.", "1994", False),
])
def test_a_birth_date_is_read_by_its_cue(text, phrase, expected):
    assert birth(text, at(text, phrase)) is expected


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("The district had a pre-war population of about 61,200 as of 2011.", "2011", True),
    ("Its people, who numbered 812 persons in 2006 by local counts, fled.", "2006", True),
    ("The hamlet had 143 inhabitants in 2006.", "2006", True),
    ("According to the census of 1979 most of its people were Azerbaijanis.", "1979", True),
    ("The 1979 census counted 900 people in the town.", "1979", True),
    ("По переписи 1979 года в посёлке жили 900 человек.", "1979", True),
    ("1999-cu il siyahıyaalmasına görə kənddə 900 nəfər yaşayırdı.", "1999", True),
    ("Ըստ 1979 թ. մարդահամարի՝ գյուղում ապրում էր 900 մարդ:", "1979", True),
    # people counted by what befell them, or a place's people as the target: the day of an event
    ("About 2,000 people were killed in 1993.", "1993", False),
    ("Troops shelled the population of the hamlet of Talish in 2016.", "2016", False),
    ("The population of the town fled in 1993.", "1993", False),
])
def test_the_day_a_count_of_people_was_taken_is_read_by_its_cue(text, phrase, expected):
    assert census(text, at(text, phrase)) is expected


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("A mine exploded in Aghdam district [liberated in the second Karabakh war] today.", "second", True),
    ("Injuries were reported [1] in the second war.", "second", False),  # a reference mark is no note
    ("The war [in 2020] ended.", "2020", False),  # too short to gloss anything
])
def test_an_editors_note_is_a_bracketed_clause(text, phrase, expected):
    assert in_editors_note(text, text.index(phrase)) is expected


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("Separatists seized the enclave in a 1990s war that killed about 30,000 people.", "1990s", True),
    ("It retook land it had lost in a war over the enclave which killed 30,000 in the early 1990s.", "early 1990s", True),
    ("The region broke away following a war in the 1990s.", "1990s", True),
    ("The dispute led to two wars from 1991 to 1994 and then in late 2020.", "late 2020", True),
    ("About 20,000 died in an earlier bloody war in 1992-94.", "1992-94", True),
    # the war a text reports is told with the definite article
    ("Separatists seized the enclave in the 1990s war that killed about 30,000 people.", "1990s", False),
    ("The two fought the war of the early 1990s.", "early 1990s", False),
    ("A soldier was wounded in war in 1993.", "1993", False),
    ("The two sides last had a brief war in 2016.", "2016", True),
    # ... or tells the start of as its news
    ("A new war broke out on 27 September, with casualties on both sides.", "27 September", False),
    ("Then a war erupted in 1992.", "1992", False),
    # the clause ends at a comma, a colon, a semicolon or a full stop: what follows is the sentence's own
    ("After a six-week war, a truce was signed on 10 November 2020.", "10 November", False),
    ("It was a war of attrition. Troops shelled the town in 1993.", "1993", False),
    # a day before the determiner is no part of its phrase
    ("On 2 April 2016 the army launched an offensive, the worst since a war ended.", "2 April", False),
])
def test_a_war_told_with_an_indefinite_determiner_runs_to_the_end_of_its_clause(text, phrase, expected):
    assert in_indefinite_war(text, text.index(phrase)) is expected


@pytest.mark.parametrize(("text", "phrase", "expected"), [
    ("Azerbaijani forces carried out attacks in Stepanakert, Human Rights Watch said today.", "today", True),
    ("Armenian forces shelled Tartar, the ministry said on Tuesday.", "Tuesday", True),
    ("Troops shelled the village, residents told Human Rights Watch on October 12.", "October 12", True),
    ('"We hid in the basement," she said on Monday.', "Monday", True),
    # the day of an event the speaker tells, or a saying the sentence goes on after
    ("Azerbaijan said it was attacked on October 4.", "October 4", False),
    ("The ministry said on Tuesday that troops shelled Tartar.", "Tuesday", False),
    ("The statement he added on 5 May was ignored.", "5 May", False),
])
def test_the_day_that_closes_an_attribution_dates_the_telling(text, phrase, expected):
    assert attributed(text, at(text, phrase)) is expected


def filed(sentences: list[str], today: dt.date | None) -> list[tuple[str, ...]]:
    mentions = date_tagger.tag_document([sentences], title=None, document_date=today)
    return tag_document([sentences], mentions, CATALOG, title=None, document_date=today).filed[0]


@pytest.mark.parametrize(("sentences", "today", "wars"), [
    # a birth year in a sentence of explosions moves it into no war
    (["A mine exploded in the village of Marzili.", "It injured Vidadi Huseynov, born in 1994, who drove a grader."],
     None, [(), ()]),
    # a war named in an editor's note is linked, not the time of the sentence nor of the document
    (["A mine exploded near the former contact line [which existed prior to the second Karabakh war].",
      "The prosecutor's office has launched an investigation."], SPRING_2024, [(), ()]),
    # the same war named in the sentence itself is its time
    (["Armenian forces shelled the village during the second Karabakh war."], SPRING_2024, [(SECOND,)]),
    (["The village was destroyed in 1992 and its people fled."], None, [(FIRST,)]),
    # a village's history "in the Soviet period" is before every war, whatever the document tells after it
    (["During the Soviet period the village was part of the Hadrut District.", "Troops captured it in 1992."],
     None, [(), (FIRST,)]),
    (["В советский период село входило в Гадрутский район.", "Troops captured it in 1992."], None, [(), (FIRST,)]),
    # a year in no period dates its sentence outside every war, fighting or not, and those after it
    (["Troops retook the village on 3 October 2020.", "In 1701 a prince built a palace in the village.",
      "The villagers fled to Georgia."], None, [(SECOND,), (), ()]),
    (["Troops retook the village on 3 October 2020.", "In 2024 the first families came back."], None, [(SECOND,), ()]),
    # the report's own day in its dateline lends nothing to the sentences after it
    (["BAKU, Azerbaijan, October 17.", "Azerbaijan is commemorating the liberation of Fuzuli.",
      "Fighting broke out for the city on September 27, 2020."], dt.date(2025, 10, 17), [(), (SECOND,), (SECOND,)]),
    # "the borders of" is a noun, no geography of a place
    (["Lachin was occupied on 18 May 1992.", "Armenian forces went beyond the borders of Nagorno-Karabakh."],
     None, [(FIRST,), (FIRST,)]),
    # the occupation period is the time between the wars, whatever war the page tells
    (["Fuzuli fell on 23 August 1993.", "The forests of the district were cut down during the occupation period."],
     None, [(FIRST,), ("interwar",)]),
    (["Fuzuli fell on 23 August 1993.", "Rayonun meşələri işğal dövründə qırılıb."], None, [(FIRST,), ("interwar",)]),
    # a report published after its war: the day it was told files nothing, the attacks it tells stay in their war
    (["On October 4, 2020, aircraft struck Stepanakert.",
      "Azerbaijani forces carried out indiscriminate attacks in Stepanakert, Human Rights Watch said today."],
     dt.date(2020, 12, 11), [(SECOND,), (SECOND,)]),
    # its neighbours are geography, not an event of the war the page tells
    (["It borders the villages of Juvarli and Pirahmadli.", "Troops captured the village in 1993."], None, [(), (FIRST,)]),
    # a count of people dates a state, not the fighting its sentence tells
    (["The hamlet was shelled on 3 April 2016.", "Its people, who numbered 812 persons in 2006, fled the shelling."],
     None, [("2016-april-clashes",), ("2016-april-clashes",)]),
    (["The hamlet was shelled on 3 April 2016.", "Its people fled the shelling in 2006."],
     None, [("2016-april-clashes",), ("interwar",)]),
    # a war the report tells its reader of files nothing: the sentence goes on in the report's own time
    (["Shelling hit Tartar on 4 October 2020.", "Separatists seized the region in a 1990s war that killed 30,000."],
     None, [(SECOND,), (SECOND,)]),
    (["The road was blocked on 12 December 2022.", "The dispute led to two wars from 1991 to 1994 and then in late 2020."],
     None, [(BLOCKADE,), (BLOCKADE,)]),
    # ... near miss: the war named with the definite article is the sentence's time
    (["Shelling hit Tartar on 4 October 2020.", "Separatists seized the region in the 1990s war."],
     None, [(SECOND,), (FIRST,)]),
])
def test_glosses_file_no_war(sentences, today, wars):
    assert filed(sentences, today) == wars


@pytest.mark.parametrize(("text", "war"), [
    ("A mine exploded near the former contact line [which existed prior to the second Karabakh war].", SECOND),
    ("A mine left from a 1990s war exploded near the village.", FIRST),
])
def test_a_glossed_war_is_still_linked(text, war):
    mentions = date_tagger.tag_document([[text]], title=None, document_date=SPRING_2024)
    found = tag_document([[text]], mentions, CATALOG, document_date=SPRING_2024).mentions[0][0]
    assert [w.war for w in found] == [war]
