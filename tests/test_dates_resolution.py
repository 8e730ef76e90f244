"""Resolution: which year or day an underspecified expression takes, and why."""

from __future__ import annotations

import datetime as dt

import pytest

from chronicle.extract.dates import heading_dates, tag_document


def flat(paragraphs, **kwargs):
    """(text, value, anchor) of every mention of a document, in reading order."""
    return [
        (m.text, m.value, m.anchor)
        for paragraph in tag_document(paragraphs, **kwargs)
        for sentence in paragraph
        for m in sentence
    ]


def values(paragraphs, **kwargs):
    return [value for _, value, _ in flat(paragraphs, **kwargs)]


def test_title_year_dates_the_opening_paragraphs():
    found = flat([["On July 4, an artillery bombardment began."]], title="1993 Summer Offensives")
    assert found == [("July 4", "1993-07-04", "title")]


@pytest.mark.parametrize(("title", "document", "expected"), [
    # a year's report titled by the next year: the year its text writes ("in 1993") is its story's
    ("World Report 1994", [["The war in 1993 was marked by failed talks."], ["Civilians fled in April."]],
     [("1993", "1993", "explicit"), ("April", "1993-04", "narrative:1993")]),
    # the title's year stays where the text writes the town's distant past, or a later year
    ("Shusha 1992", [["The fortress was built in 1752."], ["On May 8 the town was stormed."]],
     [("1752", "1752", "explicit"), ("May 8", "1992-05-08", "title")]),
    ("Shusha 1992", [["The town was rebuilt in 1993."], ["On May 8 the town was stormed."]],
     [("1993", "1993", "explicit"), ("May 8", "1992-05-08", "title")]),
])
def test_a_year_the_text_writes_before_the_title_s_dates_its_story(title, document, expected):
    assert flat(document, title=title) == expected


def test_a_later_explicit_year_dates_a_text_that_begins_without_one():
    document = [
        ["Early in January, the offensives resumed."],
        ["On January 14, the troops embarked on an offensive."],
        ["The situation in Artsakh in the spring of1993."],
    ]
    assert flat(document) == [
        ("Early in January", "1993-01", "later-text:1993"),
        ("January 14", "1993-01-14", "narrative:1993-01"),
        ("spring of1993", "1993-SP", "explicit"),
    ]


def test_a_later_bare_year_aside_does_not_date_the_opening():
    document = [
        ["The war started on Sept. 27."],
        ["Relations have been tense since 1991."],
        ["On the morning of 27 September 2020, the attack began."],
    ]
    assert values(document)[0] == "2020-09-27"


@pytest.mark.parametrize(("document", "language", "expected"), [
    # a state's start ("tense since 1991") is the story's past: it gives no year to a day told without one,
    # before it or after it; the next year the text writes does (issue 13)
    ([["Relations have been tense since 1991."], ["New clashes erupted on Sept. 27."]], "en", ("Sept. 27", "XXXX-09-27")),
    ([["In early March the shelling began."], ["The town had been under fire since October 1991."],
      ["It grew heavier in January 1992."]], "en", ("early March", "1992-03")),
    ([["In early March the shelling began."], ["The town had been under fire since the autumn of 1991."],
      ["It grew heavier in January 1992."]], "en", ("early March", "1992-03")),
    ([["БАКУ, 4 ноября. Министерство сообщило об обстреле."], ["Стороны спорят о регионе с февраля 1988 года."]],
     "ru", ("4 ноября", "XXXX-11-04")),
    # ... but a year named otherwise still dates the days after it, and a day named after "since" is the story's
    ([["Relations were tense in 1991."], ["New clashes erupted on Sept. 27."]], "en", ("Sept. 27", "1991-09-27")),
    ([["In early March the shelling began."], ["The town had been under fire since 20 October 1991."]], "en",
     ("early March", "1991-03")),
])
def test_the_year_a_state_began_dates_no_day(document, language, expected):
    assert expected in [(text, value) for text, value, _ in flat(document, language=language)]


def test_document_date_dates_relative_expressions_and_month_days():
    document = [["They yesterday accepted the demands; the offensive began on Tuesday."], ["On September 20 a car was hit."]]
    found = flat(document, document_date=dt.date(2023, 9, 20))
    assert found == [
        ("yesterday", "2023-09-19", "document-date:2023-09-20"),
        ("Tuesday", "2023-09-19", "document-date:2023-09-20"),
        ("September 20", "2023-09-20", "narrative:2023-09-19"),
    ]


def test_a_dateline_found_later_in_the_text_serves_as_document_date():
    document = [
        ["The authorities yesterday accepted the demands."],
        ["Oliver Thansan"],
        ["20 September 2023 Wednesday 11:31"],
        ["This week they organized the evacuation."],
    ]
    assert flat(document) == [
        ("yesterday", "2023-09-19", "header:2023-09-20"),
        ("20 September 2023 Wednesday 11:31", "2023-09-20T11:31", "explicit"),
        ("This week", "2023-W38", "header:2023-09-20"),
    ]


def test_a_stamp_with_hyphens_under_the_title_dates_today():
    document = [["Ten years since the town fell"], ["12-05-2019 [09:14]"], ["Today the town marks the day."]]
    assert values(document)[-1] == "2019-05-12"


def test_a_lead_that_opens_with_a_spelled_out_day_is_no_stamp():
    document = [["5 November 2020 the brigade crossed the river."], ["9 November"], ["The town fell."]]
    assert values(document) == ["2020-11-05", "2020-11-09"]


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        # a chronology's day headings run forward: its first is the story's first day, not the page's stamp, and its
        # year headings date the days under them
        ([["Appendix: Chronology"], ["4 JULY 1921"], ["The region is declared part of the republic."],
          ["12 OCTOBER 1921"], ["A treaty is signed."], ["1987"], ["17 OCTOBER"], ["A rally is held in the capital."],
          ["1988"], ["24 JANUARY"], ["Villagers flee."], ["26–28 FEBRUARY"], ["Riots break out in the city."]],
         ["1921-07-04", "1921-10-12", "1987", "1987-10-17", "1988", "1988-01-24", "1988-02-26/1988-02-28"]),
        # a live blog heads its newest day first: that day is the page's, and yesterday the day before it
        ([["Live updates"], ["June 29, 2023"], ["The ministry denied the reports."], ["June 28, 2023"],
          ["Yesterday the road was closed."]], ["2023-06-29", "2023-06-28", "2023-06-28"]),
        # a page's calendar line above its older stamp: the first line still dates the page
        ([["Tuesday, 19 March 2024"], ["Title of the piece"], ["3 December 2020"], ["The town was shelled yesterday."]],
         ["2024-03-19", "2020-12-03", "2024-03-18"]),
    ],
)
def test_a_chronology_s_first_day_heading_is_no_stamp(document, expected):
    assert values(document) == expected


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        # the lead counts the anniversary of the first day the text tells: the piece is of that day, 30 years on
        ([["The 30th anniversary of the siege was marked in the capital on Thursday."], ["Thousands gathered."],
          ["The siege began on March 3, 1992."]], ["2022-03-03", "1992-03-03"]),
        # a count far below the lead dates nothing
        ([["Thousands gathered in the capital on Thursday."], ["Calm."], ["Calm."], ["The siege began on March 3, 1992."],
          ["It was the 30th anniversary."]], ["XXXX-XX-XX", "1992-03-03"]),
    ],
)
def test_an_undated_anniversary_piece_is_of_the_anniversary(document, expected):
    assert values(document) == expected


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        # a first line that opens with its date, or a label and its date, is the page's stamp
        ([["2023-09-20 Evacuation goes on"], ["They left yesterday."]], ["2023-09-20", "2023-09-19"]),
        ([["date 2023-09-20 Evacuation goes on"], ["They left yesterday."]], ["2023-09-20", "2023-09-19"]),
        # a first sentence that tells its day opens a narrative: a later day is that year's, not the year before
        ([["On 27 September 2020 Azerbaijan launched an offensive."], ["On 10 November the ceasefire was signed."]],
         ["2020-09-27", "2020-11-10"]),
        ([["In 1994, on February 12, the units attacked.", "On March 3 the front stood still."]],
         ["1994", "1994-02-12", "1994-03-03"]),
    ],
)
def test_only_a_stamp_opening_the_first_line_dates_the_document(document, expected):
    assert values(document) == expected


@pytest.mark.parametrize(
    ("document", "language", "expected"),
    [
        # "today" and a day without its year open the piece; the years it counts from that day give the year
        ([["Today, July 23, marks 27 years since the fall of the town."], ["The town fell on July 23, 1993."]], "en",
         ["2020-07-23", "2020-07-23", "P27Y", "1993-07-23"]),
        ([["Bu gün - oktyabrın 4-də şəhərin azad edilməsindən 5 il ötür."],
          ["Xəbərə görə, şəhər və rayonun doqquz kəndi 2020-ci ilin oktyabrın 4-də düşmən işğalından azad olunub."]],
         "az", ["2025-10-04", "2025-10-04", "P5Y", "2020-10-04"]),
        ([["Сегодня, 8 мая, минуло 22 года со дня захвата города."], ["Город захвачен 8 мая 1992 года."]], "ru",
         ["2014-05-08", "2014-05-08", "P22Y", "1992-05-08"]),
        # no count, or a count from another day: the piece stays undated
        ([["Today, July 23, the people of the town remember those who died there."], ["The town fell on July 23, 1993."]], "en",
         ["XXXX-XX-XX", "1993-07-23", "1993-07-23"]),
    ],
)
def test_a_lead_opening_with_today_and_a_counted_anniversary_dates_the_piece(document, language, expected):
    assert values(document, language=language) == expected


@pytest.mark.parametrize("stamped", [
    "date 2022-06-08 GORIS, Armenia. Mortars were fired on Tuesday night.",  # the stamp opens the lead under the title
    "Published 2022-06-08 Mortars were fired on Tuesday night.",
    "• The date: 08.06.2022 Mortars were fired on Tuesday night.",  # a blog's label with its article
])
def test_a_publication_label_opening_a_paragraph_under_the_title_dates_the_document(stamped):
    found = flat([["Mortar fire on the border"], [stamped]])
    assert ("Tuesday night", "2022-06-07TNI", "label:2022-06-08") in found


def test_a_date_opening_a_later_paragraph_without_a_label_is_the_lead_s_own():
    """Only the first line, or a publication label, stamps the document: a lead opening with a date tells an event."""
    assert values([["Mortar fire on the border"], ["2022-06-08 saw mortars fired on Tuesday night."]])[-1] == "XXXX-XX-XXTNI"


def test_passed_document_date_wins_over_a_dateline():
    document = [["20 September 2023 Wednesday 11:31"], ["They met yesterday."]]
    assert values(document, document_date=dt.date(2023, 9, 22))[-1] == "2023-09-21"


def test_without_document_date_relative_dates_stay_unresolved():
    assert values([["The ministry said on Thursday that it met yesterday."]]) == ["XXXX-XX-XX", "XXXX-XX-XX"]


def test_narrative_anchors_the_same_day_and_later_days():
    document = [
        ["On August 31 the army entered Kubatly. The same day, a 10-day cease-fire was signed."],
        ["Two days later, talks began. The following day they ended."],
    ]
    found = flat(document, title="1993 Summer Offensives")
    assert [(text, value) for text, value, _ in found] == [
        ("August 31", "1993-08-31"),
        ("same day", "1993-08-31"),
        ("10-day", "P10D"),
        ("Two days later", "1993-09-02"),
        ("following day", "1993-09-03"),
    ]
    assert found[1][2] == "narrative:1993-08-31"


@pytest.mark.parametrize(("second", "told"), [
    ("In the evening of the same day, the council met.", ("evening of the same day", "2021-05-12TEV")),
    ("On the morning of the next day, talks began.", ("morning of the next day", "2021-05-13TMO")),
    ("The night of the following day was quiet.", ("night of the following day", "2021-05-13TNI")),
    ("The morning of the previous day had been calm.", ("morning of the previous day", "2021-05-11TMO")),
])
def test_a_part_of_a_narrative_day(second, told):
    """"the evening of the same day": the part of the day the narrative counts to, not a bare day."""
    found = flat([["On May 12, troops crossed the border.", second]], document_date=dt.date(2021, 5, 14))
    assert [(text, value) for text, value, _ in found] == [("May 12", "2021-05-12"), told]


@pytest.mark.parametrize(("sentence", "told"), [
    # a Tuesday article: its own weekday is its own day, in a sentence of the past or of what is to come
    ("On Tuesday the town was shelled.", "2022-09-13"),
    ("Shelling that began on Tuesday morning will go on, officials expect.", "2022-09-13TMO"),
    ("Talks will resume on Thursday.", "2022-09-15"),
    ("Talks will resume next Tuesday.", "2022-09-20"),
    ("The town was shelled last Tuesday.", "2022-09-06"),
])
def test_a_weekday_against_the_documents_own(sentence, told):
    assert values([[sentence]], document_date=dt.date(2022, 9, 13)) == [told]


def test_end_of_the_month_is_the_narratives_month():
    document = [["On July 4, the bombardment began. Within the end of the month, the town fell."]]
    found = tag_document(document, title="1993 Summer Offensives")[0][0]
    assert [(m.text, m.value, m.mod) for m in found] == [
        ("July 4", "1993-07-04", None),
        ("end of the month", "1993-07", "END"),
    ]


def test_a_clock_time_happens_on_the_narratives_day():
    document = [["On 27 September 2020, an aide said that at around 06:00 the ceasefire was violated."]]
    assert values(document)[-1] == "2020-09-27T06:00"


def test_captions_with_a_bare_year_do_not_move_the_narrative():
    document = [
        ["They entered Aghdam on July 23, 1993."],
        ["The Aghdam mosque in 2011."],
        ["On July 25, a three-day armistice was achieved."],
    ]
    assert values(document)[-2:] == ["1993-07-25", "P3D"]


def test_a_bare_year_opening_its_sentence_sets_the_narrative_year():
    document = [["The war went on in 1993."], ["In 1994 the fighting ended."], ["On May 12 a ceasefire was signed."]]
    assert values(document)[-1] == "1994-05-12"


@pytest.mark.parametrize("lead", ["Towards the end of 1991", "At the end of 1991", "In late 1991"])
def test_a_year_a_sentence_opens_with_after_a_preposition_dates_its_yearless_day(lead):
    # a piece written in 2015 quoting a dispatch of 1991: the dispatch's April 30 is 1991's
    document = [[f"{lead}, a writer reported from the valley that in the early hours of April 30 an attack started."]]
    assert values(document, document_date=dt.date(2015, 9, 3))[-1] == "1991-04-30"


def test_a_bare_year_the_story_goes_on_in_is_no_aside():
    # a history told from a bare year: its season takes the year, so a later paragraph's month is of that year too ...
    history = [["1991 was the empire's last year.", "In the spring, the army attacked."], ["In August the coup failed."]]
    assert values(history, document_date=dt.date(2015, 9, 3))[-1] == "1991-08"
    # ... while a news text's aside of a bare year leaves the report's later day in the document's year
    aside = [["The war spread in 1992."], ["On 9 June the talks resumed."]]
    assert values(aside, document_date=dt.date(2015, 9, 3))[-1] == "2015-06-09"


def test_an_earlier_year_in_the_same_sentence_dates_a_season():
    document = [["In 1993 it sent about 250 advisers who took part in the massive winter assault."]]
    assert flat(document) == [("1993", "1993", "explicit"), ("winter", "1993-WI", "sentence:1993")]


def test_the_narrative_crosses_into_the_next_year():
    document = [["On December 26, 1993 the army attacked."], ["On January 5 it withdrew."]]
    assert values(document)[-1] == "1994-01-05"


def test_three_decades_earlier_counts_back_from_the_narrative_year():
    document = [["The offensive that Azerbaijan launched this week ended territories lost three decades earlier."]]
    assert values(document, document_date=dt.date(2023, 9, 20)) == ["2023-W38", "199X"]


def test_numeric_dates_follow_the_documents_own_order():
    document = [["Signed 12/25/1992."], ["Ratified 05/10/1993."]]
    assert values(document) == ["1992-12-25", "1993-05-10"]
    assert values([["Ratified 05/10/1993."]]) == ["1993-10-05"]


def test_no_anchor_at_all_leaves_the_year_unknown():
    (mention,) = tag_document([["On July 4 the bombardment began."]])[0][0]
    assert (mention.value, mention.precision, mention.earliest) == ("XXXX-07-04", None, None)


def test_a_day_that_does_not_exist_in_the_inferred_year_stays_unresolved():
    (mention,) = tag_document([["On February 29 they met."]], title="1993 Summer Offensives")[0][0]
    assert (mention.value, mention.precision) == ("1993-02-29", None)


def test_a_shift_past_the_start_of_the_calendar_stays_unresolved():
    found = flat([["It happened 2020 years ago."]], document_date=dt.date(2000, 1, 1))
    assert found == [("2020 years ago", "XXXX-XX-XX", None)]


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ([["In spring 1994 the front moved east."], ["The cold winter had closed the passes."]], ["1994-SP", "1993-WI"]),
        # the winter of a February day is the one that began the December before, and tells the story no year
        ([["On February 12, 1994, in severe winter, the units attacked.", "On February 13 and 14, the pass fell."]],
         ["1994-02-12", "1993-WI", "1994-02-13/1994-02-14"]),
        ([["On 20 July 1993, in the heat of summer, the town fell."]], ["1993-07-20", "1993-SU"]),
        # a year told after a February elsewhere keeps its own winter
        ([["From December 1993 to February 1994 they fought.", "In 1993 advisers planned the massive winter assault."]],
         ["1993-12/1994-02", "1993", "1993-WI"]),
    ],
)
def test_a_winter_told_in_the_first_half_of_a_year_is_the_winter_before(document, expected):
    assert values(document) == expected


@pytest.mark.parametrize(
    ("paragraphs", "under"),
    [
        # a chronology: days alone on their lines date the paragraphs below them
        ([["Autumn 1993"], ["23 October"], ["Units crossed the river."], ["24 October"], ["The town fell."]],
         [None, None, "1993-10-23", None, "1993-10-24"]),
        # ... as do a chronology table's day cells, cut flat with their bars
        ([["Chronology"], ["October 20, 2020 |"], ["A ceasefire was agreed and broken at once. |"],
          ["October 18, 2020 |"], ["A second ceasefire was agreed. |"]],
         [None, None, "2020-10-20", None, "2020-10-18"]),
        # one day alone near the top is the page's time stamp, not a heading
        ([["September 29"], ["Shelling went on."]], [None, None]),
        # a label closed by a colon and a day heads the entries under it even alone
        ([["Chronicle of the 44-day war: October 2, 2020"], ["- Troops advanced."], ["- Shelling went on."]],
         [None, "2020-10-02", "2020-10-02"]),
        # a label and a year is a page's field, not a heading
        ([["The town fell on 3 May."], ["Shelling went on."], ["Categories: 2022"]], [None, None, None]),
        ([["Categories: 2022"], ["Shelling went on."]], [None, None]),
        # a publication stamp is no heading, labelled or not
        ([["Posted: 02.04.2023 10:15"], ["The town fell."], ["Updated: 3 November 2020"], ["Calm."]],
         [None, None, None, None]),
        # a day counted from another (a reprint's age stamp, "yesterday") is no heading: the page's stamp and its age
        # above a report are no chronology
        ([["November 27, 2024"], ["Title of the report"], ["• 31 Years ago"], ["The town fell."], ["Calm."]],
         [None, None, None, None, None]),
        ([["3 November"], ["Shelling went on."], ["Yesterday"], ["Calm."]], [None, None, None, None]),
        # a sentence that ends with a day is no heading
        ([["The town fell on October 2, 2020."], ["Shelling went on."], ["It fell on October 3, 2020."], ["Calm."]],
         [None, None, None, None]),
        # a live blog: its stamps, a moment alone on a line, head the entries under them with their day
        ([["Live updates"], ["28 October, 2020, 10:50"], ["The town was shelled."], ["28 October, 2020, 12:45"],
          ["Ministry spokesperson"], ["The capital is under fire."]],
         [None, None, "2020-10-28", None, "2020-10-28", "2020-10-28"]),
        ([["Feed"], ["23:18 GMT 10.10.2020"], ["Blasts were heard."], ["02:25 GMT 11.10.2020"], ["Sirens sounded."]],
         [None, None, "2020-10-10", None, "2020-10-11"]),
        # one stamp is the page's; a line that tells what happened at its moment is no stamp
        ([["20 Sep 2023, 22:58"], ["The town fell."], ["Shelling went on."]], [None, None, None]),
        ([["Shelling at 10:50 on 28 October 2020"], ["The town fell."], ["Raid at 12:45 on 28 October 2020"], ["Calm."]],
         [None, None, None, None]),
    ],
)
def test_chronology_headings_date_the_paragraphs_under_them(paragraphs, under):
    assert heading_dates(paragraphs, tag_document(paragraphs)) == under


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # a history aside in a news report gives its span of years to nothing in the next paragraph
        ([["In 1992-1994, tensions boiled over into war."], ["On November 9, the leaders signed a statement."]],
         ["1992/1994", "2020-11-09"]),
        # a narrative set at a month carries its year on
        ([["In July 1993, the offensive began."], ["On August 23, the town fell."]], ["1993-07", "1993-08-23"]),
    ],
)
def test_a_background_year_does_not_date_the_report(paragraphs, expected):
    assert values(paragraphs, document_date=dt.date(2020, 12, 1)) == expected
