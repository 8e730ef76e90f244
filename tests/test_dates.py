"""Recognition and normalization: one row per form the tagger must read (issue 3)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from chronicle.extract.dates import describe, tag_document
from chronicle.index import date_pages

DOC_DATE = dt.date(2023, 9, 20)  # a Wednesday


def tag(sentence: str, **kwargs):
    """Mentions of one sentence, in a document that is just that sentence."""
    return tag_document([[sentence]], **kwargs)[0][0]


def summary(sentence: str, **kwargs) -> list[tuple[str, str, str, str | None]]:
    return [(m.text, m.value, m.type, m.mod) for m in tag(sentence, **kwargs)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # absolute dates in every order and abbreviation
        ("It fell on July 4, 1993.", [("July 4, 1993", "1993-07-04", "DATE", None)]),
        ("It fell on 4 July 1993.", [("4 July 1993", "1993-07-04", "DATE", None)]),
        ("It fell on the 4th of July, 1993.", [("4th of July, 1993", "1993-07-04", "DATE", None)]),
        ("Talks on the 22nd of August 1993.", [("22nd of August 1993", "1993-08-22", "DATE", None)]),
        ("From Sept. 27, 2020 to Nov. 10, 2020.", [("Sept. 27, 2020 to Nov. 10, 2020", "2020-09-27/2020-11-10", "DATE", None)]),
        # a year set off by commas inside the sentence still opens a range after "from" or "between" (issue 13) ...
        ("Troops held it from May 9, 2020, to June 1, 2020, when they left.",
         [("May 9, 2020, to June 1, 2020", "2020-05-09/2020-06-01", "DATE", None)]),
        ("Between March 3, 1993, and April 5, 1993, it was shelled.",
         [("March 3, 1993, and April 5, 1993", "1993-03-03/1993-04-05", "DATE", None)]),
        # ... but without them the comma ends the date, and a range needs a second date after it
        ("On May 9, 2020, to their joy, the troops left.", [("May 9, 2020", "2020-05-09", "DATE", None)]),
        ("Held from May 9, 2020, to the end of the month.",
         [("May 9, 2020", "2020-05-09", "DATE", None), ("end of the month", "2020-05", "DATE", "END")]),
        ("Signed on Nov. 10, 2020.", [("Nov. 10, 2020", "2020-11-10", "DATE", None)]),
        ("On 27 September 2020 it began.", [("27 September 2020", "2020-09-27", "DATE", None)]),
        ("20 September 2023 Wednesday 11:31", [("20 September 2023 Wednesday 11:31", "2023-09-20T11:31", "TIME", None)]),
        ("On Monday, 23 August 1993, they left.", [("Monday, 23 August 1993", "1993-08-23", "DATE", None)]),
        ("Sept. 19, 2023 at 14:00", [("Sept. 19, 2023 at 14:00", "2023-09-19T14:00", "TIME", None)]),
        ("The 1993-04-03 attack.", [("1993-04-03", "1993-04-03", "DATE", None)]),
        ("Dated 05/10/1992.", [("05/10/1992", "1992-10-05", "DATE", None)]),
        ("Dated 25/10/1992.", [("25/10/1992", "1992-10-25", "DATE", None)]),
        ("Dated 10/25/1992.", [("10/25/1992", "1992-10-25", "DATE", None)]),
        ("Dated 05.10.1992.", [("05.10.1992", "1992-10-05", "DATE", None)]),
        # a site's stamp with hyphens: day first, month first only where the day cannot be a month
        ("Dated 23-07-2014.", [("23-07-2014", "2014-07-23", "DATE", None)]),
        # a day and the war's count of days after a dash: no range
        ("November 5, 2020 – 40th day of the war", [("November 5, 2020", "2020-11-05", "DATE", None)]),
        ("Dated 07-23-2014.", [("07-23-2014", "2014-07-23", "DATE", None)]),
        # months, seasons, years, decades
        ("Units there since August 2021.", [("August 2021", "2021-08", "DATE", None)]),
        ("In the spring of 1993, it changed.", [("spring of 1993", "1993-SP", "DATE", None)]),
        ("The situation in the spring of1993.", [("spring of1993", "1993-SP", "DATE", None)]),
        ("The situation in the autumn of1993.", [("autumn of1993", "1993-FA", "DATE", None)]),
        ("The fall of 1992 was cold.", [("fall of 1992", "1992-FA", "DATE", None)]),
        ("In summer 1994 they met.", [("summer 1994", "1994-SU", "DATE", None)]),
        ("The last weeks of summer in 1993 were hard.", [("summer in 1993", "1993-SU", "DATE", None)]),
        ("1993 Summer Offensives", [("1993 Summer", "1993-SU", "DATE", None)]),
        ("In the 1990s, it grew.", [("1990s", "199X", "DATE", None)]),
        # centuries, counted from 00 as TIMEX3 does; an ordinal before another noun is no date
        ("A bridge built in the 14th century.", [("14th century", "13", "DATE", None)]),
        ("Churches dating back to the fourth century.", [("fourth century", "03", "DATE", None)]),
        ("Until the middle of the 19th century it grew.", [("middle of the 19th century", "18", "DATE", "MID")]),
        ("It was the fourth attempt and the first time.", []),
        ("Tense since 1991.", [("1991", "1991", "DATE", None)]),
        ("In the 2020 war.", [("2020", "2020", "DATE", None)]),
        # ranges and coordinated days
        ("Battles from June to August 1993.", [("June to August 1993", "1993-06/1993-08", "DATE", None)]),
        ("Date: June–October 1993", [("June–October 1993", "1993-06/1993-10", "DATE", None)]),
        ("From 1991 to 1994 Turkey sent arms.", [("1991 to 1994", "1991/1994", "DATE", None)]),
        # ends of different precisions, each with its year, stand as written; a month with "of" before its year
        ("From 1988 to November 1993, the town held.", [("1988 to November 1993", "1988/1993-11", "DATE", None)]),
        ("From 1993 to May 1993 the town held.", [("1993", "1993", "DATE", None), ("May 1993", "1993-05", "DATE", None)]),
        ("It existed from 1923 until 26 November 1991.", [("1923", "1923", "DATE", None), ("26 November 1991", "1991-11-26", "DATE", None)]),
        ("It fell in April of 1993.", [("April of 1993", "1993-04", "DATE", None)]),
        ("In the 1992-1994 war.", [("1992-1994", "1992/1994", "DATE", None)]),
        ("In 1993–94 the war raged.", [("1993–94", "1993/1994", "DATE", None)]),
        ("During the December 1993-February 1994 period.", [("December 1993-February 1994", "1993-12/1994-02", "DATE", None)]),
        ("Clashes on April 1-2, 2016.", [("April 1-2, 2016", "2016-04-01/2016-04-02", "DATE", None)]),
        # an infobox label glued to its value; a dotted range whose end alone has the year (issue 13)
        ("DateMarch 27 – April 3, 1993", [("March 27 – April 3, 1993", "1993-03-27/1993-04-03", "DATE", None)]),
        ("Date3 March - 11 April 1994", [("3 March - 11 April 1994", "1994-03-03/1994-04-11", "DATE", None)]),
        # its dash touching both days: the month before it ends the first day, no name such as "MiG-21" (below)
        ("Date3 March-11 April 1994", [("3 March-11 April 1994", "1994-03-03/1994-04-11", "DATE", None)]),
        ("Within the week (27.03.-03.04.1993), they left.", [("27.03.-03.04.1993", "1993-03-27/1993-04-03", "DATE", None)]),
        ("Between 10 and 17 October 1993.", [("10 and 17 October 1993", "1993-10-10/1993-10-17", "DATE", None)]),
        # two days or months joined by "and" that follow each other are one span, as "16-17 October" is
        (
            "On October 16th and 17th, 1993 they attacked.",
            [("October 16th and 17th, 1993", "1993-10-16/1993-10-17", "DATE", None)],
        ),
        (
            "On 16 and 17 October 1993 they attacked.",
            [("16 and 17 October 1993", "1993-10-16/1993-10-17", "DATE", None)],
        ),
        ("In June and July 1993 they attacked.", [("June and July 1993", "1993-06/1993-07", "DATE", None)]),
        # ... days apart, three days, or months apart stay one mention per item
        (
            "On 14 and 17 October 1993 they attacked.",
            [("14", "1993-10-14", "DATE", None), ("17 October 1993", "1993-10-17", "DATE", None)],
        ),
        (
            "On 8, 9 and 10 May 1992 they attacked.",
            [("8", "1992-05-08", "DATE", None), ("9", "1992-05-09", "DATE", None), ("10 May 1992", "1992-05-10", "DATE", None)],
        ),
        (
            "In June and August 1993 they attacked.",
            [("June", "1993-06", "DATE", None), ("August 1993", "1993-08", "DATE", None)],
        ),
        ("On the night of 8–9 May 1992, Shusha fell.", [("night of 8–9 May 1992", "1992-05-08TNI", "TIME", None)]),
        # a slash joins a day to the next one: the night between them; "of" may follow a bare day (issue 13)
        ("On the night of 8/9 May 1992, the town fell.", [("night of 8/9 May 1992", "1992-05-08TNI", "TIME", None)]),
        ("On 8-9 of May 1992 the town fell.", [("8-9 of May 1992", "1992-05-08/1992-05-09", "DATE", None)]),
        ("On 9 of May 1992 the town fell.", [("9 of May 1992", "1992-05-09", "DATE", None)]),
        # ... days a slash joins that do not follow each other are no night: the day before the month alone
        ("Casualties of 8/12 May 1992 were counted.", [("12 May 1992", "1992-05-12", "DATE", None)]),
        ("Losses stood at 8/9 of the total.", []),
        # "from" names a night by the two days it joins; any other part of day with "from" is a range
        ("On a night from May 8 to 9, 1992, the town fell.", [("night from May 8 to 9, 1992", "1992-05-08TNI", "TIME", None)]),
        ("Every morning from May 3 to 5, 1992 they met.", [("May 3 to 5, 1992", "1992-05-03/1992-05-05", "DATE", None)]),
        (
            "They held the town on 14 or 15 October 1993.",
            [("14", "1993-10-14", "DATE", None), ("15 October 1993", "1993-10-15", "DATE", None)],
        ),
        (
            "Combat broke out on the evening of October 16th and 17th, 1993.",
            [("evening of October 16th", "1993-10-16TEV", "TIME", None), ("17th, 1993", "1993-10-17", "DATE", None)],
        ),
        # fuzzy parts and bounds
        ("In early February 1993.", [("early February 1993", "1993-02", "DATE", "START")]),
        ("In mid-August 1993.", [("mid-August 1993", "1993-08", "DATE", "MID")]),
        ("In mid-1994.", [("mid-1994", "1994", "DATE", "MID")]),
        ("By late February 1993, they won.", [("late February 1993", "1993-02", "DATE", "END")]),
        # a modified period opening a range is its first end, with the year written once at the other (issue 13)
        ("The events of late February – March 1992 were documented.",
         [("late February – March 1992", "1992-02/1992-03", "DATE", None)]),
        ("Fighting went on from mid-June to late July 1993.", [("mid-June to late July 1993", "1993-06/1993-07", "DATE", None)]),
        ("Between early May and June 1994 the front held.", [("early May and June 1994", "1994-05/1994-06", "DATE", None)]),
        # ... but a day is an end of its own, and "and" without "between" joins no range
        ("From late 1993 to 12 May 1994 the war went on.",
         [("late 1993", "1993", "DATE", "END"), ("12 May 1994", "1994-05-12", "DATE", None)]),
        ("In late May 1993 and June 1994 the front held.",
         [("late May 1993", "1993-05", "DATE", "END"), ("June 1994", "1994-06", "DATE", None)]),
        ("Early in January 1993, it resumed.", [("Early in January 1993", "1993-01", "DATE", "START")]),
        ("Late in the spring of 1993, it changed.", [("Late in the spring of 1993", "1993-SP", "DATE", "END")]),
        ("At the beginning of the summer of 1993.", [("beginning of the summer of 1993", "1993-SU", "DATE", "START")]),
        ("In the beginning of August 1993.", [("beginning of August 1993", "1993-08", "DATE", "START")]),
        ("By the end of 1993, they held it.", [("end of 1993", "1993", "DATE", "END")]),
        ("During the second half of April 1993.", [("second half of April 1993", "1993-04", "DATE", "END")]),
        ("In the first half of 1993.", [("first half of 1993", "1993", "DATE", "START")]),
        # so many of a year's months or a month's days, from its start or up to its end
        ("The first six months of 2020 were calm.", [("first six months of 2020", "2020", "DATE", "START")]),
        ("In the last 10 days of September 1993.", [("last 10 days of September 1993", "1993-09", "DATE", "END")]),
        ("The last two years of 1993.", [("two years", "P2Y", "DURATION", None), ("1993", "1993", "DATE", None)]),  # no share
        ("In the early 1990s.", [("early 1990s", "199X", "DATE", "START")]),
        ("By August 20, 1993, they had fallen.", [("By August 20, 1993", "1993-08-20", "DATE", "ON_OR_BEFORE")]),
        ("Liberated by 22 October 2020.", [("by 22 October 2020", "2020-10-22", "DATE", "ON_OR_BEFORE")]),
        ("It happened before 1994.", [("before 1994", "1994", "DATE", "BEFORE")]),
        ("It happened after July 1992.", [("after July 1992", "1992-07", "DATE", "AFTER")]),
        ("In the morning of November 1, 1993.", [("morning of November 1, 1993", "1993-11-01TMO", "TIME", None)]),
        ("In the evening of December 20, 1993.", [("evening of December 20, 1993", "1993-12-20TEV", "TIME", None)]),
        ("On the morning of 27 September 2020.", [("morning of 27 September 2020", "2020-09-27TMO", "TIME", None)]),
        ("At around 06:00 on 27 September 2020.", [("around 06:00 on 27 September 2020", "2020-09-27T06:00", "TIME", "APPROX")]),
        # relative to the document date
        ("They yesterday accepted.", [("yesterday", "2023-09-19", "DATE", None)]),
        ("The offensive launched on Tuesday.", [("Tuesday", "2023-09-19", "DATE", None)]),
        ("This week they organized it.", [("This week", "2023-W38", "DATE", None)]),
        ("Last weekend the village was shelled.", [("Last weekend", "2023-W37-WE", "DATE", None)]),
        ("The village was shelled this past weekend.", [("this past weekend", "2023-W37-WE", "DATE", None)]),
        ("Talks were held this past week.", [("this past week", "2023-W37", "DATE", None)]),
        # the seven days up to the report are its week; the last week of a month is none of the report's
        ("Three towns have fallen in the last week.", [("last week", "2023-W38", "DATE", None)]),
        ("Over the past week, the shelling went on.", [("past week", "2023-W38", "DATE", None)]),
        ("The last week was calm.", []),
        ("Earlier this month they met.", [("Earlier this month", "2023-09", "DATE", None)]),
        ("Last year it rained.", [("Last year", "2022", "DATE", None)]),
        ("Two weeks ago it rained.", [("Two weeks ago", "2023-09-06", "DATE", None)]),
        # a past event counted back from the document's year (issue 13)
        ("The town fell 30 years ago on 2 October.", [("30 years ago", "1993", "DATE", None), ("2 October", "1993-10-02", "DATE", None)]),
        ("Ten years on from the battle, veterans met.", [("Ten years on", "2013", "DATE", None)]),
        ("The talks will resume on Friday.", [("Friday", "2023-09-22", "DATE", None)]),
        ("This morning the guns fell silent.", [("This morning", "2023-09-20TMO", "TIME", None)]),
        ("Last night they fired.", [("Last night", "2023-09-19TNI", "TIME", None)]),
        # durations
        ("The 44-day war ended.", [("44-day", "P44D", "DURATION", None)]),
        ("A three-day truce was agreed.", [("three-day", "P3D", "DURATION", None)]),
        ("A blockade of more than nine months.", [("nine months", "P9M", "DURATION", None)]),
        ("Thus ended 24 hours of hostilities.", [("24 hours", "PT24H", "DURATION", None)]),
        ("Within days, it collapsed.", [("days", "PXD", "DURATION", None)]),
        ("They broke it in a few days.", [("a few days", "PXD", "DURATION", None)]),
        ("In a span of several months.", [("several months", "PXM", "DURATION", None)]),
        ("It lasted more than a year and a half.", [("a year and a half", "P1Y6M", "DURATION", None)]),
        ("It lasted merely a month and a half.", [("a month and a half", "P1M15D", "DURATION", None)]),
        ("It lasted two and a half years.", [("two and a half years", "P2Y6M", "DURATION", None)]),
        ("Occupied for over a year.", [("over a year", "P1Y", "DURATION", None)]),
        ("Regained after three decades.", [("three decades", "P30Y", "DURATION", None)]),
        ("In the following days, they shelled.", [("following days", "PXD", "DURATION", None)]),
        ("In two days, they entered.", [("two days", "P2D", "DURATION", None)]),
        ("It took half an hour.", [("half an hour", "PT30M", "DURATION", None)]),
        ("A 24-hour ceasefire.", [("24-hour", "PT24H", "DURATION", None)]),
        # a day and its year run together after the comma; a footnote's superscript number after the month
        ("Its resolution of April 30,1993 stands.", [("April 30,1993", "1993-04-30", "DATE", None)]),
        ("Resolution 884 (1993) was adopted in 1993.", [("1993", "1993", "DATE", None)]),
        ("The statements of 29 January¹ and 6 April² 1993.", [("29 January", "1993-01-29", "DATE", None), ("6 April² 1993", "1993-04-06", "DATE", None)]),
        # a monitoring service's stamp: a two-digit year closes the day and month; its clock times are times, no years
        ("20 May 04", [("20 May 04", "2004-05-20", "DATE", None)]),
        ("Source: ANS TV, Baku, in Azeri 1600 gmt 22 May 01 /BBC Monitoring/",
         [("1600", "2001-05-22T16:00", "TIME", None), ("22 May 01", "2001-05-22", "DATE", None)]),
        # four-digit clock times of a monitoring transcript, with the zone or the conversion in brackets (one time)
        ("They fired at about 2200 [1700 gmt].", [("about 2200 [1700 gmt]", "2023-09-20T22:00", "TIME", "APPROX")]),
        ("At 2215 [1715], the shelling resumed.", [("2215 [1715]", "2023-09-20T22:15", "TIME", None)]),
        ("The convoy left at 1530 local time.", [("1530", "2023-09-20T15:30", "TIME", None)]),
        ("Radio Baku in Azeri 1600 gmt.", [("1600", "2023-09-20T16:00", "TIME", None)]),
        ("Radio Baku, 2 Sep 92.", [("2 Sep 92", "1992-09-02", "DATE", None)]),
    ],
)
def test_forms(sentence, expected):
    assert summary(sentence, document_date=DOC_DATE) == expected


@pytest.mark.parametrize(
    ("sentence", "pages"),
    [
        ("On March 5th and 6th, 1993 the town was shelled.", [("1993-03-05", "start"), ("1993-03-06", "end")]),
        ("On 16 and 17 October 1993 they attacked.", [("1993-10-16", "start"), ("1993-10-17", "end")]),
        ("In June and July 1993 they attacked.", [("1993-06", "start"), ("1993-07", "end")]),
    ],
)
def test_two_days_joined_by_and_are_each_a_day_of_the_sentence(sentence, pages):
    """Issue 13: "March 5th and 6th" is two days. Read as one span (the annotators' reading), the sentence is still
    filed on the page of each day, the first as the span's start and the second as its end."""
    assert [p for m in tag(sentence) for p in date_pages(m)] == pages


@pytest.mark.parametrize(
    "sentence",
    [
        "Aliyev spoke at the 75th session of the UN General Assembly.",
        "A Total of 2,783 Azerbaijani soldiers were martyred.",
        "Probably 3,000 including 200 Mujahideen, MiG-21, Mi-24, 20-32 tanks.",
        "Grad (BM-21) multiple rocket launchers were located there.",
        "The second UNSC resolution, 853, was passed.",
        "Mobilizing all men from the age of 18 to 40.",
        "The region was populated by 30-50,000 Azeris.",
        "The region was populated by 30–50,000 Azerbaijanis.",
        "The deaths of servicemen and a 76-year-old civilian.",
        "The city is 265 kilometers west of Baku.",
        "The ministry said 1,245 soldiers were also injured.",
        "Mujahideen from Hezb-e-Islami[1]",
        "Deployed around 1500 Afghan Mujahedeens in Artsakh.",
        "About 2000 people left the town.",
        "He may march on the capital.",
        "After the fall of Shusha, a spring was found.",
        "p. B1. pg. A7. 9 Reads. 235 killed 840 killed.",
        "The score was 3-1 and 20 percent of the land was lost.",
        "Men aged 18 years old were drafted.",
        "A day-by-day record of the front.",
        "Call 12-34-5678 or 03-45-2020 for help.",
        # a year in brackets after a document's number is part of its symbol
        "Reaffirming its resolutions 822 (1993) and 853 (1993),",
        "The letter was circulated as A/51/707 S/1996/1009 and S/RES/822.",
    ],
)
def test_non_dates(sentence):
    assert summary(sentence, document_date=DOC_DATE) == []


def test_unresolvable_relative_date_without_document_date():
    assert summary("The ministry said on Thursday.") == [("Thursday", "XXXX-XX-XX", "DATE", None)]


@pytest.mark.parametrize(
    ("sentence", "earliest", "latest", "precision"),
    [
        ("On 4 July 1993.", dt.date(1993, 7, 4), dt.date(1993, 7, 4), "day"),
        ("In August 1993.", dt.date(1993, 8, 1), dt.date(1993, 8, 31), "month"),
        ("In early February 1993.", dt.date(1993, 2, 1), dt.date(1993, 2, 10), "month"),
        ("In the second half of April 1993.", dt.date(1993, 4, 16), dt.date(1993, 4, 30), "month"),
        ("In the last three months of 1993.", dt.date(1993, 10, 1), dt.date(1993, 12, 31), "year"),
        ("In the winter of 1993.", dt.date(1992, 12, 1), dt.date(1993, 2, 28), "season"),  # its January and February
        ("In 1993.", dt.date(1993, 1, 1), dt.date(1993, 12, 31), "year"),
        ("In the 1990s.", dt.date(1990, 1, 1), dt.date(1999, 12, 31), "decade"),
        ("From June to August 1993.", dt.date(1993, 6, 1), dt.date(1993, 8, 31), "month"),
        ("By August 20, 1993.", None, dt.date(1993, 8, 20), "day"),
        ("After July 1992.", dt.date(1992, 8, 1), None, "month"),
        ("It lasted 44 days.", None, None, None),
    ],
)
def test_bounds_and_precision(sentence, earliest, latest, precision):
    (mention,) = tag(sentence)
    assert (mention.earliest, mention.latest, mention.precision) == (earliest, latest, precision)


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("In August 1993.", "sometime in August 1993"),
        ("In mid-August 1993.", "mid-August 1993"),
        ("By August 20, 1993.", "by 20 August 1993"),
        ("In early February 1993.", "early February 1993"),
        ("In the summer of 1993.", "summer 1993"),
        ("In the winter of 1993.", "winter 1992/93"),  # a winter is told by both its years
        ("In the winter of 1993/94.", "winter 1993/94"),
        ("From June to August 1993.", "June to August 1993"),
        ("On the morning of 27 September 2020.", "27 September 2020, morning"),
        ("At around 06:00 on 27 September 2020.", "around 06:00 on 27 September 2020"),
        ("In 1993.", "sometime in 1993"),
        ("In the early 1990s.", "the early 1990s"),
        ("A bridge of the 14th century.", "the 14th century"),
        ("Until the middle of the 19th century.", "the mid-19th century"),
        ("Churches of the first century.", "the 1st century"),
        ("From March 27 - April 5, 1993.", "27 March to 5 April 1993"),
        ("In the 1992-1994 war.", "1992 to 1994"),
        ("It lasted a year and a half.", "1 year 6 months"),
        ("It lasted 24 hours.", "24 hours"),
        ("It lasted a few days.", "some days"),
        ("The ministry said on Thursday.", "unresolved date (Thursday)"),
    ],
)
def test_describe(sentence, label):
    (mention,) = tag(sentence)
    assert describe(mention) == label


def test_a_weekend_is_described_as_one():
    (mention,) = tag("Last weekend the village was shelled.", document_date=DOC_DATE)
    assert describe(mention) == "the weekend of 16 September 2023"


def test_a_week_whose_first_day_a_claim_opened_is_still_described():
    """A claim dated 'by' a week keeps the week's value but no earliest day: its label is read from the value."""
    (mention,) = tag("Last week the village was shelled.", document_date=DOC_DATE)
    opened = dataclasses.replace(mention, earliest=None, mod="ON_OR_BEFORE")
    assert describe(opened) == describe(mention).replace("the week", "by the week") == "by the week of 11 September 2023"


def test_mentions_carry_rule_and_anchor():
    (mention,) = tag("On 27 September 2020 it began.")
    assert mention.rule == "day-month-year"
    assert mention.anchor == "explicit"
