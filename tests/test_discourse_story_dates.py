"""A sentence that goes on with the day told just before it is filed under that day, and one that dates
what the sentence before it told, under its places (issue 13, class 3).

Wire copy tells a day once and goes on in the next sentence with the places
hit ("...traded fire early Friday. Officials said the town of X was struck.");
a statement names the attack's day, then its victims; a report names the places
shelled, then when ("The attack began at 22:00 on May 16."). Each row is a paragraph
written in the shape of such texts, tagged by the real date and place taggers,
and the dates each sentence takes from the story (not its own).
"""

from __future__ import annotations

import datetime as dt
import pathlib

import pytest

from chronicle.extract.dates import tag_document as tag_dates
from chronicle.extract.discourse import carried_dates, inherited_districts
from chronicle.extract.places import filing_districts, tag_document as tag_places
from chronicle.gazetteer import Gazetteer

ROOT = pathlib.Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load(ROOT / "corpus" / "gazetteer")


def carried(gazetteer: Gazetteer, sentences: list[str], published: str | None, language: str = "en") -> list[tuple[str, ...]]:
    """What each sentence of one paragraph takes from the sentence before it."""
    day = dt.date.fromisoformat(published) if published else None
    dates = tag_dates([sentences], document_date=day, language=language)
    places = tag_places([sentences], gazetteer, language).mentions
    districts = [[filing_districts(ms) for ms in para] for para in places]
    return carried_dates([sentences], dates, districts, language)[0]


@pytest.mark.parametrize(
    ("sentences", "published", "expected"),
    [
        # the day told, then the places struck that day
        (["Both sides traded fire early Friday.", "Officials said the town of Martakert and villages near Martuni were struck."],
         "2020-10-25", [(), ("2020-10-23",)]),
        (["On the evening of October 16 shells fell on Stepanakert.", "As a result two residents of Shosh were wounded."],
         "2020-10-17", [(), ("2020-10-16TEV",)]),
        # a possessive is no "is": the sentence is still narrated in the past
        (["Shelling resumed on the evening of May 16.", "Azerbaijan’s Tartar district was hit by mortars."],
         "2017-05-17", [(), ("2017-05-16TEV",)]),
        # a range is one date of the story; days without a year the text can give are none
        (["From 2 to 4 April 1994 the front was quiet.", "Then the units entered Jabrayil."], None,
         [(), ("1994-04-02/1994-04-04",)]),
        (["From 2 to 4 April the front was quiet.", "Then the units entered Jabrayil."], None, [(), ()]),
        # a sentence with no place of its own keeps no date from the story (the paragraph's place files it, not this)
        (["On 5 May 1992 the assault began.", "Many fighters were lost."], None, [(), ()]),
        # a sentence that tells its own time, even a span after the day told, takes nothing
        (["On 22 August 1993 the troops reached the river.", "In two days they entered Jabrayil."], None, [(), ()]),
        # nor one that says what is, had been or will be, or what has gone on since
        (["On 8 May 1992 the town fell.", "Shusha is the cultural capital of the region."], None, [(), ()]),
        (["On 8 May 1992 the town fell.", "Shusha had been shelled for months."], None, [(), ()]),
        (["On 8 May 1992 the town fell.", "Shusha has been rebuilt."], None, [(), ()]),
        # a sentence after one that tells two days cannot know which it goes on with
        (["The war began on 27 September 2020 and ended on 10 November 2020.", "Kalbajar was handed over."], None,
         [(), ()]),
        # the paragraph's first sentence takes nothing from the paragraph before it
        (["Shelling of Tartar resumed."], "2020-10-13", [()]),
    ],
)
def test_a_placed_sentence_goes_on_with_the_day_told_before_it(gazetteer, sentences, published, expected):
    assert carried(gazetteer, sentences, published) == expected


def test_a_russian_report_goes_on_with_its_day_in_the_next_sentence(gazetteer):
    """The tense guard reads English only; a Russian sentence with a place and no time goes on with the day."""
    sentences = ["Утром 27 сентября 2020 года начался обстрел.", "Пострадали жители села Гарадаглы Агдамского района."]
    assert carried(gazetteer, sentences, None, "ru") == [(), ("2020-09-27TMO",)]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a paragraph that opens on the event the paragraph before dated goes on with its day
        ([["CITY, Region - Rockets hit residential areas on Saturday."], ["The shelling drove residents of Stepanakert into basements."]],
         [[()], [("2020-10-24",)]]),
        ([["Artillery fire began at dawn on Sunday."], ["The heavy bombardment damaged houses in Tartar."]],
         [[()], [("2020-10-25TMO", "2020-10-25")]]),
        # any other opening, or a paragraph before that tells two days, gives nothing
        ([["Rockets hit residential areas on Saturday."], ["Residents of Stepanakert went into basements."]], [[()], [()]]),
        ([["Rockets fell on Friday and on Saturday."], ["The shelling drove residents of Stepanakert into basements."]],
         [[()], [()]]),
    ],
)
def test_a_paragraph_opening_on_the_event_before_it_goes_on_with_its_day(gazetteer, paragraphs, expected):
    day = dt.date(2020, 10, 25)
    dates = tag_dates(paragraphs, document_date=day)
    places = tag_places(paragraphs, gazetteer).mentions
    districts = [[filing_districts(ms) for ms in para] for para in places]
    assert carried_dates(paragraphs, dates, districts) == expected


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # the day told right after an undated sentence that named the places is those places' day
        (["Armenian forces shelled villages of Tartar and Aghdam districts.", "The attack began at 22:00 on May 16."],
         [(), ("AZ-AGM", "AZ-TAR")]),
        # a year is background, not the next step of the story
        (["Armenian forces shelled villages of Tartar and Aghdam districts.", "In 1992 the war reached its height."],
         [(), ()]),
        # after a sentence with a date of its own, a new day is a new event
        (["Tartar and Aghdam were shelled on May 15.", "The attack resumed at 22:00 on May 16."], [(), ()]),
    ],
)
def test_a_dated_sentence_takes_the_places_of_the_undated_one_before_it(gazetteer, sentences, expected):
    dates = tag_dates([sentences], document_date=dt.date(2017, 5, 17))
    places = tag_places([sentences], gazetteer).mentions
    assert inherited_districts(places, [sentences], dates)[0] == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # wire copy, a sentence a paragraph: a dated sentence that names no place between two paragraphs about one
        # district stands in that district
        ([["Mortar rounds fell on a village of the Aghdam district."],
          ["A delegation came to see the ruins on 3 May."],
          ["Two schools in Aghdam burned after shelling on 1 May."]],
         [[()], [("AZ-AGM",)], [()]]),
        # between two districts it stands in neither; nor without a paragraph after it, nor when it tells no day
        ([["Mortar rounds fell on a village of the Aghdam district."],
          ["A delegation came to see the ruins on 3 May."],
          ["Two schools in Tartar burned after shelling on 1 May."]],
         [[()], [()], [()]]),
        ([["Two schools in Aghdam burned after shelling on 1 May."],
          ["A delegation came to see the ruins on 3 May."]],
         [[()], [()]]),
        ([["Mortar rounds fell on a village of the Aghdam district."],
          ["A delegation came to see the ruins."],
          ["Two schools in Aghdam burned after shelling on 1 May."]],
         [[()], [()], [()]]),
    ],
)
def test_a_dated_paragraph_naming_no_place_stands_where_the_paragraphs_around_it_do(gazetteer, paragraphs, expected):
    dates = tag_dates(paragraphs, document_date=dt.date(2016, 5, 4))
    places = tag_places(paragraphs, gazetteer).mentions
    assert inherited_districts(places, paragraphs, dates) == expected


HEADLINE = ["Fighting flares in the enclave"]
LEAD = ["Heavy shelling of the capital racked Nagorno-Karabakh on 3 May."]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # wire copy's lead tells what happened, when and in which region; the next paragraph where
        ([HEADLINE, LEAD, ["Rockets fell on Stepanakert, officials said."]], [[()], [("AZ-XA",)], [()]]),
        # a lead that names no region at all (a truce agreed) takes nothing from a place the next paragraph names
        ([HEADLINE, ["The sides agreed to a truce on 3 May."], ["Rockets fell on Stepanakert, officials said."]],
         [[()], [()], [()]]),
        # nor when the next paragraph names two districts
        ([HEADLINE, LEAD, ["Rockets fell on Stepanakert and Aghdam, officials said."]], [[()], [()], [()]]),
        # a paragraph after the lead is no lead: the one after it does not place it
        ([["Rockets fell on Aghdam on 2 May."], LEAD, ["Rockets fell on Stepanakert, officials said."]],
         [[()], [()], [()]]),
    ],
)
def test_a_lead_placed_in_a_region_stands_where_the_next_paragraph_narrows_it(gazetteer, paragraphs, expected):
    dates = tag_dates(paragraphs, document_date=dt.date(2016, 5, 4))
    places = tag_places(paragraphs, gazetteer).mentions
    assert inherited_districts(places, paragraphs, dates) == expected
