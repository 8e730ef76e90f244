"""Dispatches of 1988-1994 as archives keep them: the document's date stands in a credit line glued to the
byline by a bar, or in a time stamp that gives a weekday but no year; a book's page names its year once
and then tells days without it; wire copy filed in a war's weeks under a dateline without its year
(issue 13, classes 1 and 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronicle.extract.dates import tag_with_date
from chronicle.extract.war_names import war_spans
from chronicle.wars import WarCatalog


def dated(paragraphs, language="en"):
    """(the document's date, every mention's value) of a document."""
    found, date = tag_with_date(paragraphs, language=language)
    return (date.isoformat() if date else None), [m.value for p in found for s in p for m in s]


@pytest.mark.parametrize(("document", "date", "values"), [
    # a credit line: the date fills its cell between bars
    ([["Riot toll rises"], ["March 05, 1988|By J. Doe, Daily Courier."], ["Officials said Friday that the curfew holds."]],
     "1988-03-05", ["1988-03-05", "1988-03-04"]),
    ([["Riot toll rises"], ["Politics | 5 March 1988 | By J. Doe"], ["The curfew began Monday."]],
     "1988-03-05", ["1988-03-05", "1988-02-29"]),
    # a bar in a sentence of prose is no credit line
    ([["Riot toll rises"], ["The riots of March 05, 1988 | as the papers called them | shook the city."],
      ["Officials said Friday that the curfew holds."]],
     None, ["1988-03-05", "XXXX-XX-XX"]),
])
def test_a_credit_line_dates_the_dispatch(document, date, values):
    assert dated(document) == (date, values)


@pytest.mark.parametrize(("document", "date", "values"), [
    # a US page's stamp writes the month first, even between dots: a second number over 12 is the day
    ([["Border fighting escalates"], ["Published: 07.14.20 , 17:17"], ["Fighting went on Tuesday."]],
     "2020-07-14", ["2020-07-14T17:17", "2020-07-14"]),
    ([["Border fighting escalates"], ["Posted 07-14-2020"], ["Fighting went on Tuesday."]],
     "2020-07-14", ["2020-07-14", "2020-07-14"]),
    # where both could be months, the day comes first, as most stamps write it
    ([["Border fighting escalates"], ["Published: 05.04.16 , 17:17"], ["Fighting went on Tuesday."]],
     "2016-04-05", ["2016-04-05T17:17", "2016-04-05"]),
    # an infobox row of the page's subject, its label no publication's, is no stamp: the page stays undated
    ([["Sample District"], ["- Established: 4 January 1963"], ["Villages were retaken between October 21 and 22, 2020."]],
     None, ["1963-01-04", "2020-10-21/2020-10-22"]),
    ([["Sample District"], ["- Date: 4 January 1963"], ["Fighting went on Tuesday."]],
     "1963-01-04", ["1963-01-04", "1963-01-01"]),
])
def test_a_stamp_in_digits_dates_the_page_in_either_order(document, date, values):
    assert dated(document) == (date, values)


@pytest.mark.parametrize(("document", "date", "values"), [
    # a time stamp without a year: the year a named year and a counted anniversary give, if the weekday agrees
    ([["The 20th anniversary of the deportations"], ["agency Saturday, April 30, 16:35"],
      ["Today is the 20th anniversary of the operation."], ["It began in late April 1991."]],
     "2011-04-30", ["2011-04-30T16:35", "2011-04-30", "1991-04"]),
    # the same count, but the weekday is wrong for that year: the page stays undated ("today" unresolved;
    # the stamp's day takes the year written later, as any yearless day does, moved to the nearest year in
    # which its weekday is the one written beside it: April 30 was a Friday in 1993)
    ([["The 20th anniversary of the deportations"], ["agency Friday, April 30, 16:35"],
      ["Today is the 20th anniversary of the operation."], ["It began in late April 1991."]],
     None, ["1993-04-30T16:35", "XXXX-XX-XX", "1991-04"]),
    # a short line with a day but no clock is no stamp (a chronology's heading)
    ([["The 20th anniversary of the deportations"], ["April 30"],
      ["Today is the 20th anniversary of the operation."], ["It began in late April 1991."]],
     None, ["1991-04-30", "XXXX-XX-XX", "1991-04"]),
])
def test_a_yearless_time_stamp_takes_the_year_its_weekday_allows(document, date, values):
    assert dated(document) == (date, values)


WAR_SPANS = war_spans(WarCatalog.load(Path(__file__).parents[1] / "corpus" / "wars.yaml"))


@pytest.mark.parametrize(("document", "language", "date", "values"), [
    # a dateline in the weeks of one war, over copy whose only years are its background's: filed during the war
    ([["Town shelled despite truce"], ["STEPANAKERT, October 14. /AGENCY/. The town was shelled early on Wednesday."],
      ["Fighting flared before, in the summer of 2014 and in April 2016."]], "en",
     "2020-10-14", ["2020-10-14", "2020-10-14", "2014-SU", "2016-04"]),
    # ... in capitals of any script: its weekday then counts back from it
    ([["БАКУ, 4 ноября. /АГЕНТСТВО/. Министерство сообщило в среду об обстреле района."]], "ru",
     "2020-11-04", ["2020-11-04", "2020-11-04"]),
    # a day no war of weeks was fought on gives no year
    ([["BAKU, December 24. /AGENCY/. The villages were shelled early on Wednesday."]], "en",
     None, ["XXXX-12-24", "XXXX-XX-XX"]),
    # a weekday beside the dateline that the war's year would contradict (14 October 2020 was a Wednesday)
    ([["BAKU, Friday, October 14. /AGENCY/. The villages were shelled early on Friday."]], "en",
     None, ["XXXX-10-14", "XXXX-XX-XX"]),
    # a day the copy reports with its year dates the dateline after it, before any war is asked
    ([["BAKU, October 14. /AGENCY/. The villages were shelled again."], ["The first shells fell on October 12, 2021."]],
     "en", "2021-10-14", ["2021-10-14", "2021-10-12"]),
])
def test_a_yearless_dateline_in_a_war_s_weeks_takes_the_war_s_year(document, language, date, values):
    found, day = tag_with_date(document, language=language, wars=WAR_SPANS)
    assert ((day.isoformat() if day else None), [m.value for p in found for s in p for m in s]) == (date, values)


@pytest.mark.parametrize(("sentence", "value"), [
    ("This very day 20 years ago the operation began.", "1991-04-30"),
    ("This day 20 years ago the operation began.", "1991-04-30"),
    ("Twenty years ago the operation began.", "1991"),  # without "this day", only the year
    ("The operation began 20 years ago today.", "1991-04-30"),  # "... ago today": the day, years back
    ("Twenty years ago, today is remembered.", "2011-04-30"),  # "today" of a clause of its own: the document's day
    ("This week the village remembers.", "2011-W17"),
])
def test_this_day_so_many_years_ago_is_the_document_s_day_years_back(sentence, value):
    found, _ = tag_with_date([["Anniversary"], ["Posted: 30.04.2011 16:35"], [sentence]])
    assert found[-1][0][-1].value == value


@pytest.mark.parametrize(("document", "language", "values"), [
    # a page of a book names its year once, in an aside; the days it then tells are of that year
    ([["Крупнейшее наступление состоялось в новом 1994 году на северо-западе.", "24 января они объявили об успехе."],
      ["К первой неделе февраля они подошли к городу."]], "ru", ["1994", "1994-01-24", "1994-02"]),
    ([["The largest offensive came in the new year of 1994.", "On 24 January they reported a success."]], "en",
     ["1994", "1994-01-24"]),
    # a winter after a bare year may be the winter before it: left without a year
    ([["Наступление 1994 года шло в условиях жестокой зимы."]], "ru", ["1994", "XXXX-WI"]),
])
def test_a_year_named_once_dates_the_days_told_after_it(document, language, values):
    assert dated(document, language)[1] == values


@pytest.mark.parametrize(("sentence", "language", "value"), [
    ("Это одна из страшных трагедий XX века.", "ru", "19"),
    ("Это одна из страшных трагедий ХХ века.", "ru", "19"),  # the numeral typed in Cyrillic letters
    ("Село основано в XIX веке.", "ru", "18"),
    ("Kənd XIX əsrdə salınıb.", "az", "18"),
    ("Եկեղեցին կառուցվել է XIII դարում։", "hy", "12"),
])
def test_a_century_by_its_roman_numeral(sentence, language, value):
    assert dated([[sentence]], language)[1] == [value]


@pytest.mark.parametrize(("sentence", "language"), [
    ("Глава XX вместо введения.", "ru"),  # a numeral without the century's word
    ("Он жил в веке XX.", "ru"),  # the word before the numeral: not read
    ("Это С века.", "ru"),  # a letter that is no numeral of a century
])
def test_no_century_without_numeral_and_word(sentence, language):
    assert dated([[sentence]], language)[1] == []


@pytest.mark.parametrize(("document", "date"), [
    # a wire dateline without a year: a state the text says has lasted "since" a time began before the text
    ([["KORNIDZOR, AUGUST 5, AGENCY. The convoy remains blocked."], ["The road has been blocked since late 2022."]], "2023-08-05"),
    ([["KORNIDZOR, AUGUST 5, AGENCY. The convoy remains blocked."], ["The road has been closed since March 2023."]], "2023-08-05"),
    ([["KORNIDZOR, FEBRUARY 5, AGENCY. The convoy remains blocked."], ["The road has been closed since 12 December 2022."]],
     "2023-02-05"),
    # a year the text names without "since" gives the dateline no year
    ([["KORNIDZOR, AUGUST 5, AGENCY. The convoy remains blocked."], ["The road was built in 2022."]], None),
])
def test_a_yearless_dateline_falls_after_what_has_lasted_since(document, date):
    assert dated(document)[0] == date


@pytest.mark.parametrize(("document", "date", "values"), [
    # an undated piece that counts the years passed since the first day it tells was written so many years on
    ([["One year has passed since the exodus."], ["On 19 September 2023 the offensive began."], ["We met them last year."]],
     "2024-09-19", ["P1Y", "2023-09-19", "2023"]),
    ([["Two years have passed since the villagers left their homes."],
      ["The soldiers entered the village on 20 September 2023, and the last families left a week later."]],
     "2025-09-20", ["P2Y", "2023-09-20", "2023-09-27"]),
    # a count after the lead dates nothing
    ([["The villagers left their homes."],
      ["The soldiers entered the village on 20 September 2023, and the last families left a week later."],
      ["Two years have passed since the villagers left their homes."]],
     None, ["2023-09-20", "2023-09-27", "P2Y"]),
])
def test_years_passed_since_date_the_piece(document, date, values):
    assert dated(document) == (date, values)
