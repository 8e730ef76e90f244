"""Wars of texts told between the wars: skirmishes, blockades and aftermaths whose background names older wars.

Each row is a short report written in the shape of a real one (a headline, the
news of the day, then background paragraphs); its dates are read by the date
tagger, so a row checks what a reader of the whole text gets.
"""

from __future__ import annotations

import datetime as dt
import pathlib

import pytest

from chronicle.extract.dates import tag_document as tag_dates
from chronicle.extract.war_clauses import AFTER_TRUCE
from chronicle.extract.wars import tag_document
from chronicle.wars import WarCatalog

CATALOG = WarCatalog.load(pathlib.Path(__file__).resolve().parents[1] / "corpus" / "wars.yaml")
FIRST, SECOND, APRIL = "first-nagorno-karabakh-war", "second-nagorno-karabakh-war", "2016-april-clashes"
OFFENSIVE, BETWEEN = "2023-azerbaijani-offensive", "interwar"
JULY = "2020-july-clashes"


def filed(paragraphs: list[list[str]], published: str | None) -> list[tuple[str, ...]]:
    """The wars each sentence files under, in reading order."""
    day = dt.date.fromisoformat(published) if published else None
    dates = tag_dates(paragraphs, document_date=day)
    wars = tag_document(paragraphs, dates, CATALOG, document_date=day)
    return [s for paragraph in wars.filed for s in paragraph]


@pytest.mark.parametrize(
    "paragraphs, published, expected",
    [
        # background years ("broke out in 1988", "in 1992", "in 1993") do not outvote the day the news tells:
        # the undated news takes the period the report is told in
        (
            [["Two conscripts were killed by sniper fire on Monday."],
             ["The conflict broke out in 1988.", "Armenian forces occupied the surrounding districts in 1992."],
             ["Kalbajar was captured in 1993."]],
            "2015-03-10",
            [(BETWEEN,), (FIRST,), (FIRST,), (FIRST,)],
        ),
        # a day the text tells outranks the years of its background: the undated lines take the day's period
        (
            [["On September 19, 2023, the ministry announced the operation."],
             ["Artillery hit the outskirts of the city."], ["The 2020 conflict ended in a truce."],
             ["Drones destroyed hundreds of tanks in 2020."], ["Thousands of soldiers were killed in 2020."]],
            "2023-09-20",
            [(OFFENSIVE,), (OFFENSIVE,), (SECOND,), (SECOND,), (SECOND,)],
        ),
        # a part of a year ("late 2020") is background too: the skirmish of the document's own day keeps its period
        (
            [["Three soldiers were killed on the border on Tuesday."], ["The two countries clashed in late 2020 for the region."]],
            "2022-01-11",
            [(BETWEEN,), (SECOND,)],
        ),
        # a retrospective that tells only years keeps their period, though it is published years later
        (
            [["In 1992 Armenian forces captured Shusha."], ["The city's residents fled to Baku."]],
            "2022-05-08",
            [(FIRST,), (FIRST,)],
        ),
        # a text with only background years and no date of its own still files under the years it tells
        (
            [["Armenian forces took the town in 1992."], ["The villages were emptied."], ["Fighting went on until 1994."]],
            None,
            [(FIRST,), (FIRST,), (FIRST,)],
        ),
    ],
)
def test_background_years_do_not_set_the_period(paragraphs, published, expected):
    assert filed(paragraphs, published) == expected


@pytest.mark.parametrize(
    "paragraphs, published, expected",
    [
        # a report the day after the ceasefire: the day of the announcement is the clashes' aftermath
        (
            [["The chiefs of staff agreed on a ceasefire in Moscow on April 5."],
             ["On April 5 the chiefs met, the minister announced on Wednesday."]],
            "2016-04-06",
            [(APRIL,), (APRIL,)],
        ),
        # the day after the 2020 ceasefire, yesterday's shelling is still the war's
        ([["Shelling hit the town on November 8."], ["Yesterday the last shells fell."]], "2020-11-12", [(SECOND,), (SECOND,)]),
        # years later, the same kind of report's own day is news of the years between the wars
        (
            [["The attacks began on the night of April 1, 2016."], ["No shells fell today."]],
            "2017-04-07",
            [(APRIL,), (BETWEEN,)],
        ),
        # a week and more after the ceasefire, the days told are between the wars
        ([["Shelling hit the town on April 3."], ["Yesterday a sniper killed a soldier."]], "2016-04-20", [(APRIL,), (BETWEEN,)]),
        # an undated report told the week after the clashes it tells: its later days, and a calm "since" one of them,
        # are the clashes' aftermath, and so is the report's period
        (
            [["The shelling of the border villages began on July 12, 2020."],
             ["Residents are repairing their homes, the governor said."],
             ["July 20"], ["Relative calm has held on the border since the evening of July 19."]],
            None,
            [(JULY,), (JULY,), (JULY,), (JULY,)],
        ),
        # an undated summary of the war up to the ceasefire the day after its end
        (
            [["Researchers studied the fighting from September 27 until a ceasefire on November 11, 2020."]],
            None,
            [(SECOND,)],
        ),
        # an undated report that also tells a day more than a week after the clashes was told later: between the wars
        (
            [["The shelling of the border villages began on July 12, 2020."],
             ["Relative calm has held on the border since the evening of July 19."],
             ["On August 2 a soldier was wounded by sniper fire."]],
            None,
            [(JULY,), (BETWEEN,), (BETWEEN,)],
        ),
        # an era is no day the text was told after: the occupation period stays between the wars
        (
            [["Fuzuli fell on 23 August 1993."], ["The forests were cut down during the occupation period."]],
            None,
            [(FIRST,), (BETWEEN,)],
        ),
    ],
)
def test_days_right_after_a_war_are_its_aftermath(paragraphs, published, expected):
    assert filed(paragraphs, published) == expected


@pytest.mark.parametrize(
    "paragraphs, published, expected",
    [
        # an undated sentence of news does not take the war of the background years that follow it
        (
            [["The attacks began on the night of April 2."],
             ["Fighting has claimed dozens of lives.", "As the Soviet Union broke apart in 1991, the region saw a war."]],
            "2016-04-05",
            [(APRIL,), (APRIL,), (FIRST,)],
        ),
        # it does take the day told in the sentence after it
        (
            [["Reports from the capital were scarce on November 30."], ["Heavy shelling was heard.", "It began on November 5."]],
            "2020-12-01",
            [(BETWEEN,), (SECOND,), (SECOND,)],
        ),
        # and a background year before it still carries over
        ([["Armenian forces took the town in 1992.", "Hundreds of houses burned."]], "2021-05-08", [(FIRST,), (FIRST,)]),
    ],
)
def test_undated_news_does_not_look_ahead_to_background(paragraphs, published, expected):
    assert filed(paragraphs, published) == expected


@pytest.mark.parametrize(
    "paragraphs, published, expected",
    [
        # "ended ... in November": the month the war ended tells the war's last day, not the weeks after it
        (
            [["Seven soldiers were killed on Tuesday."], ["The six-week conflict, which left thousands dead, ended a year ago in November."]],
            "2021-11-17",
            [(BETWEEN,), (SECOND,)],
        ),
        # a year the first war ended in
        ([["Two soldiers were killed overnight."], ["Open hostilities came to an end in 1994."]], "2015-01-23", [(BETWEEN,), (FIRST,)]),
        # no war ended in the month told: the month keeps its period
        ([["Two soldiers were killed overnight."], ["The exercises ended in March."]], "2021-11-17", [(BETWEEN,), (BETWEEN,)]),
    ],
)
def test_an_end_told_in_a_month_or_year_is_the_war_that_ended(paragraphs, published, expected):
    assert filed(paragraphs, published) == expected


@pytest.mark.parametrize(
    "paragraphs, published, expected",
    [
        # a year inside ", which ..." is an aside: the report keeps the document's period and links the aside's war
        (
            [["Armenian forces shelled Tartar, which was heavily damaged in 1993."]],
            "2017-05-17",
            [(FIRST, BETWEEN)],
        ),
        # the report's own day keeps its period beside the aside's war
        (
            [["Shells hit the village on Saturday, which had been captured in 1993."]],
            "2016-04-03",
            [(APRIL, FIRST)],
        ),
        # a date outside the aside is the sentence's own time, as before
        ([["The town, which lies near the line, was captured in 1993."]], "2017-05-17", [(FIRST,)]),
    ],
)
def test_a_date_in_a_which_clause_is_an_aside(paragraphs, published, expected):
    assert filed(paragraphs, published) == expected


@pytest.mark.parametrize(
    "paragraphs, published, expected",
    [
        # the news of the document's own day (told in its attribution, "the spokesman said Sunday") is one day among
        # those the text tells, ahead in a tie: one background month of older clashes does not set the period
        (
            [["Artillery shelled the villages of the region, the spokesman said Sunday morning."],
             ["Residents were urged to stay in shelters."], ["The last major escalation on the line was in April 2016."]],
            "2020-09-27",
            [(SECOND,), (SECOND,), (APRIL,)],
        ),
        # the same where the day is told inside the report ("on Tuesday") and the background is the month a war ended
        (
            [["Troops fired on three border towns on Tuesday."], ["The shelling drew condemnation abroad."],
             ["It is the worst flare-up since the fighting that ended in November 2020."]],
            "2022-09-13",
            [(BETWEEN,), (BETWEEN,), (SECOND,)],
        ),
        # not changed: a recollection told on the document's day ("she said on Sunday") reports no fighting that day;
        # the years it tells still set the period
        (
            [["Armenian forces captured the town in 1992."], ["\u201cWe lost everything,\u201d she said on Sunday."],
             ["Her family settled in a camp near the capital."]],
            "2017-05-14",
            [(FIRST,), (FIRST,), (FIRST,)],
        ),
        # not changed: a retrospective's many days outvote the one day of its telling
        (
            [["On July 4, 1993 the fighters went on the offensive."], ["On July 11 they took two villages."],
             ["The town fell on July 23."], ["Veterans recalled the battle today."]],
            "2010-04-07",
            [(FIRST,), (FIRST,), (FIRST,), (BETWEEN,)],
        ),
    ],
)
def test_the_news_of_the_documents_own_day_outvotes_one_background_day(paragraphs, published, expected):
    assert filed(paragraphs, published) == expected


BLOCKADE = "blockade-of-nagorno-karabakh"


@pytest.mark.parametrize(
    ("paragraphs", "published", "expected"),
    [
        # a war inside a longer period holds its days against the blockade around it, even in a blockade story
        ([["The blockade of the Lachin corridor went on in August."], ["On September 19, 2023, the army attacked."]],
         None, [(BLOCKADE,), (OFFENSIVE,)]),
        ([["Azerbaijan launched an offensive in the blockaded region on 19 September 2023."]], None, [(OFFENSIVE,)]),
        # before it the days are the blockade's; after it, the blockade's last days (the exodus) are the war's
        # aftermath, as the seeds' gold files the 21 September 2023 talks under the offensive
        ([["Refugees waited at the checkpoint on September 15, 2023."]], None, [(BLOCKADE,)]),
        ([["Refugees arrive in Kornidzor on September 26, 2023."]], None, [(OFFENSIVE,)]),
    ],
)
def test_a_war_inside_a_longer_period_holds_its_days(paragraphs, published, expected):
    assert filed(paragraphs, published) == expected


@pytest.mark.parametrize(
    ("paragraphs", "published", "expected"),
    [
        # a name that may mean a war that began after the text was written means the other: "to blockade Armenia" in
        # 2021 is not the blockade of 2022-23, and the blockade in 2019 is the one of the first war's years
        ([["The minister said Turkey has no reason to blockade Armenia anymore."], ["Troops held exercises near the border."]],
         "2021-02-11", [(FIRST,), (BETWEEN,)]),
        ([["Veterans of the blockade gathered in the capital."]], "2019-05-17", [(FIRST,)]),
        # not changed: told during the blockade, it is that blockade
        ([["Two soldiers were killed on the border on Monday."], ["Tensions have escalated since the blockade began."]],
         "2023-05-17", [(BLOCKADE,), (BLOCKADE,)]),
    ],
)
def test_a_name_never_means_a_war_that_began_after_the_text(paragraphs, published, expected):
    assert filed(paragraphs, published) == expected


@pytest.mark.parametrize(
    ("paragraphs", "published", "abroad", "expected"),
    [
        # drones on Armenia's border villages in the months of the blockade: a text that names places only abroad
        # is news of the years between the wars, its undated and unplaced sentences with it
        ([["Drones struck a border village on Friday."], ["On Thursday, four soldiers were injured."],
          ["The ministry condemned the attack."]], "2023-05-12", True, [(BETWEEN,), (BETWEEN,), (BETWEEN,)]),
        # not changed: a text that names the region cut off (or no place) keeps the blockade's days
        ([["Drones struck a border village on Friday."], ["On Thursday, four soldiers were injured."],
          ["The ministry condemned the attack."]], "2023-05-12", False, [(BLOCKADE,), (BLOCKADE,), (BLOCKADE,)]),
        # nor does a war inside the blockade's months lose its days, abroad or not
        ([["Refugees arrived in the border village on September 26, 2023."]], "2023-09-27", True, [(OFFENSIVE,)]),
    ],
)
def test_a_blockade_holds_the_region_it_cuts_off(paragraphs, published, abroad, expected):
    day = dt.date.fromisoformat(published)
    wars = tag_document(paragraphs, tag_dates(paragraphs, document_date=day), CATALOG, document_date=day, abroad=abroad)
    assert [s for paragraph in wars.filed for s in paragraph] == expected


@pytest.mark.parametrize(
    ("paragraphs", "published", "expected"),
    [
        # a commentary whose dates fall evenly in three periods or more has no period of its own: its undated
        # opinion files under none of them
        ([["Shelling hit the town in May 1994."], ["Shelling hit it again in October 2020."],
          ["Activists closed the road in December 2022."], ["Will a treaty ever be signed?"]],
         "2024-03-12", [(FIRST,), (SECOND,), (BLOCKADE,), ()]),
        # two periods tied: the first told still gives the text its period, as before
        ([["Shelling hit the town in May 1994."], ["Shelling hit it again in October 2020."], ["Will a treaty ever be signed?"]],
         "2024-03-12", [(FIRST,), (SECOND,), (FIRST,)]),
    ],
)
def test_a_retrospective_over_several_wars_has_no_period_of_its_own(paragraphs, published, expected):
    assert filed(paragraphs, published) == expected


# What went on despite the truce that ended a war, or that it was broken, told once the war was over, is the time after it.
@pytest.mark.parametrize(
    "text, tells",
    [
        ("Despite the truce, sniper fire went on along the line.", True),
        ("Despite an official cease-fire signed in the spring, raids went on.", True),
        ("A ceasefire was agreed in May, but shelling of the border villages continued.", True),
        ("The sides signed a truce protocol, yet skirmishes periodically resume.", True),
        ("Raids persisted even after the armistice.", True),
        ("Обстрелы продолжались, несмотря на перемирие.", True),
        # a truce and no continuation; a war that began, not one a truce ended; truces that did not hold
        ("The ceasefire was signed in the capital.", False),
        ("Shelling continued after the war began.", False),
        ("A number of truces were agreed, but none held for long.", False),
    ],
)
def test_what_went_on_despite_a_truce(text, tells):
    assert (AFTER_TRUCE.search(text) is not None) == tells


@pytest.mark.parametrize(
    "paragraphs, published, expected",
    [
        # an explainer written years later: what went on despite the truce that ended the 2020 war is the time after it
        (
            [["In October 2020 Azerbaijan retook the southern districts.",
              "A truce brokered by Moscow in November 2020 ended the fighting.",
              "Despite the truce, sporadic clashes continued."]],
            "2023-10-02",
            [(SECOND,), (SECOND,), (BETWEEN,)],
        ),
        # the war comes from the sentence before; the sentence's own flare-up keeps its period beside the years after
        (
            [["The war ended in a truce in 1994.",
              "Despite the truce, skirmishes went on for years, among them a four-day flare-up in April 2016."]],
            "2021-01-01",
            [(FIRST,), (APRIL, BETWEEN)],
        ),
        # an undated overview: the text was written after the latest day it tells
        (
            [["The first war ended with a ceasefire in May 1994.", "A truce was signed, but hostilities resumed."],
             ["In September 2023 Azerbaijan took the whole region."]],
            None,
            [(FIRST,), (BETWEEN,), (OFFENSIVE,)],
        ),
        # a report that the truce was broken, a year after the clashes it ended: the time after them
        (
            [["Violence erupted in the region on April 2, 2016.", "The sides signed a truce on April 5, 2016."],
             ["The ministry said troops violated the ceasefire regime 120 times in the last 24 hours."]],
            "2017-04-16",
            [(APRIL,), (APRIL,), (BETWEEN,)],
        ),
        # ... and the same report while the clashes went on: theirs
        (
            [["Violence erupted in the region on April 2.", "Troops violated the ceasefire regime 120 times overnight."]],
            "2016-04-04",
            [(APRIL,), (APRIL,)],
        ),
        # a report of the war itself: the war was not over when it was written
        (
            [["Despite the humanitarian truce, shelling of the town continued on Sunday."]],
            "2020-10-12",
            [(SECOND,)],
        ),
        # the sentence's own day lies inside the war: a truce of the war, broken in the war
        (
            [["Despite the humanitarian truce of 10 October 2020, shelling continued the next day."]],
            "2022-01-01",
            [(SECOND,)],
        ),
        # the week after the war's end is its aftermath
        (
            [["The war ended with the truce of 10 November 2020.", "Despite the truce, shots were heard in the hills."]],
            "2020-11-13",
            [(SECOND,), (SECOND,)],
        ),
        # a background line of a later war's report, dated by its own year, only links that war
        (
            [["Artillery hit the town on Tuesday."], ["In 1994 the sides signed a truce, but hostilities periodically resume."]],
            "2020-10-09",
            [(SECOND,), (FIRST,)],
        ),
    ],
)
def test_what_went_on_despite_a_truce_is_the_time_after_the_war(paragraphs, published, expected):
    assert filed(paragraphs, published) == expected
