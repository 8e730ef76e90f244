"""Sentence-to-war assignment: names, dates, context, and what files under nothing."""

from __future__ import annotations

import datetime as dt
import pathlib
from dataclasses import replace

import pytest
from chronicle.extract.wars import tag_document
from chronicle.model import DateMention
from chronicle.wars import WarCatalog
from hypothesis import given, settings
from hypothesis import strategies as st

ROOT = pathlib.Path(__file__).resolve().parents[1]
CATALOG = WarCatalog.load(ROOT / "corpus" / "wars.yaml")

FIRST = "first-nagorno-karabakh-war"
SECOND = "second-nagorno-karabakh-war"
OFFENSIVE = "2023-azerbaijani-offensive"
BLOCKADE = "blockade-of-nagorno-karabakh"
JULY = "2020-july-clashes"
APRIL = "2016-april-clashes"
INTERWAR = "interwar"


def d(sentence: str, text: str, lo: str, hi: str | None = None, kind: str = "DATE") -> DateMention:
    """A date mention of ``text`` inside ``sentence`` meaning the days lo..hi."""
    at = sentence.index(text)
    low = dt.date.fromisoformat(lo)
    return DateMention(at, at + len(text), text, lo, kind, None, low, dt.date.fromisoformat(hi) if hi else low)


def one(sentence: str, *dates: DateMention, **kw) -> tuple[str, ...]:
    return tag_document([[sentence]], [[list(dates)]], CATALOG, **kw).filed[0][0]


@pytest.mark.parametrize(
    ("sentence", "filed"),
    [
        ("Turkey's participation in the 2020 war enabled Azerbaijan to win.", (SECOND,)),
        ("In the 1992-1994 war between Azerbaijan and Armenia, the latter emerged victorious.", (FIRST,)),
        ("Relatives of those killed in the Second Karabakh War gathered.", (SECOND,)),
        ("He fought in the Artsakh Liberation War as a volunteer.", (FIRST,)),
        ("The Four-Day War showed the front was not frozen.", (APRIL,)),
        ("Veterans of the 44-day war marched.", (SECOND,)),
        ("Veterans of the Great Patriotic War marched.", ()),
        ("The war of 1992-94 displaced hundreds of thousands.", (FIRST,)),
        ("Fighting in 2016 showed the front was not frozen.", (APRIL,)),
        # a year before an ambiguous name says which war it is ("Artsakh War" alone is either)
        ("Veterans of the 2020 Artsakh War marched.", (SECOND,)),
        ("Veterans of the 1990s Karabakh war marched.", (FIRST,)),
        ("Veterans of the Karabakh war marched.", (FIRST,)),
    ],
)
def test_explicit_names(sentence: str, filed: tuple[str, ...]):
    assert one(sentence) == filed


@pytest.mark.parametrize(
    ("sentence", "text", "lo", "hi", "filed"),
    [
        ("On July 4, 1993, shelling began.", "July 4, 1993", "1993-07-04", None, (FIRST,)),
        ("In July 2020, artillery fire hit Tovuz.", "July 2020", "2020-07-01", "2020-07-31", (JULY,)),
        ("In December 2022, the corridor was cut.", "December 2022", "2022-12-01", "2022-12-31", (BLOCKADE,)),
        ("On 23 July the exercises began.", "23 July", "2020-07-23", None, (INTERWAR,)),
        ("In 2018 a new government came to power.", "2018", "2018-01-01", "2018-12-31", (INTERWAR,)),
        ("On 4 October Jabrayil was taken.", "4 October", "2020-10-04", None, (SECOND,)),
        ("On 2 April 2016 fighting broke out.", "2 April 2016", "2016-04-02", None, (APRIL,)),
        ("On 19 September the offensive began.", "19 September", "2023-09-19", None, (OFFENSIVE,)),
        ("In 1920 the town burned.", "1920", "1920-01-01", "1920-12-31", ()),
        ("The 1994 ceasefire held.", "1994", "1994-01-01", "1994-12-31", (FIRST,)),
        ("Joint exercises went on until early September.", "early September", "2020-09-01", "2020-09-30", (INTERWAR,)),
        ("Joint exercises went on in early September.", "early September", "2020-09-01", "2020-09-10", (INTERWAR,)),
    ],
)
def test_dates_choose_the_period(sentence: str, text: str, lo: str, hi: str | None, filed: tuple[str, ...]):
    assert one(sentence, d(sentence, text, lo, hi)) == filed


def test_durations_do_not_count():
    s = "The conflict has lasted 30 years."
    duration = DateMention(24, 32, "30 years", "P30Y", "DURATION")
    assert one(s, duration) == ()


def test_a_date_of_several_periods_takes_the_documents():
    paragraphs = [["Fighting went on in 1994."], ["Shelling began on 10 February 1994."]]
    year = d(paragraphs[0][0], "1994", "1994-01-01", "1994-12-31")
    day = d(paragraphs[1][0], "10 February 1994", "1994-02-10")
    # 1994 spans the end of the first war and the start of the interwar years;
    # the document is about the war, so its 1994 is the war's.
    result = tag_document(paragraphs, [[[year]], [[day]]], CATALOG)
    assert result.filed == [[(FIRST,)], [(FIRST,)]]


def test_ambiguous_name_follows_the_documents_period():
    title = "Martyrs of Second Karabakh War"
    paragraphs = [[title], ["Soldiers were killed in the Upper Karabakh war, the ministry said."]]
    result = tag_document(paragraphs, [[[]], [[]]], CATALOG, title=title)
    assert result.filed[1] == [(SECOND,)]
    assert [m.war for m in result.mentions[1][0]] == [SECOND]


def test_ambiguous_name_follows_its_own_dates():
    s = "The Nagorno-Karabakh War reached Shusha in May 1992."
    assert one(s, d(s, "May 1992", "1992-05-01", "1992-05-31")) == (FIRST,)
    assert one("Part of the Nagorno-Karabakh War") == (FIRST,)  # first meaning by default


def test_passing_mention_keeps_the_sentence_in_its_period():
    s = "Russian peacekeepers have been deployed since the peace agreements that put an end to the 2020 war."
    news = "On 19 September 2023 the offensive began."
    paragraphs = [[news], [s]]
    dates = [[[d(news, "19 September 2023", "2023-09-19")]], [[]]]
    result = tag_document(paragraphs, dates, CATALOG, document_date=dt.date(2023, 9, 20))
    assert result.filed[1] == [(OFFENSIVE, SECOND)]


def test_since_a_date_is_a_state_lasting_until_now():
    s = "Armenia already has military units in the region since August 2021."
    date = d(s, "August 2021", "2021-08-01", "2021-08-31")
    assert one(s, date, document_date=dt.date(2023, 9, 20)) == (OFFENSIVE,)
    # a state from 2011 until the 2020 publication: the document's own period among those it spans
    title = "What was the April War of 2016?"
    s3 = "Since 2011 no substantial negotiations have been conducted."
    result = tag_document([[title], [s3]], [[[]], [[d(s3, "2011", "2011-01-01", "2011-12-31")]]], CATALOG,
                          title=title, document_date=dt.date(2020, 10, 30))
    assert result.filed[1] == [(APRIL,)]
    s2 = "Relations have been tense since 1991, when the military occupied the region."
    assert one(s2, d(s2, "1991", "1991-01-01", "1991-12-31")) == (FIRST,)


def test_future_dates_are_plans_not_events():
    s = "A meeting is scheduled in Yevlakh on September 21, 2023."
    date = d(s, "September 21, 2023", "2023-09-21")
    news = "Azerbaijan launched its offensive on Tuesday."
    dates = [[[d(news, "Tuesday", "2023-09-19")]], [[date]]]
    result = tag_document([[news], [s]], dates, CATALOG, document_date=dt.date(2023, 9, 20))
    assert result.filed[1] == [(OFFENSIVE,)]


def test_undated_sentences_take_the_nearest_telling_sentence_of_their_paragraph():
    a = "Thousands were resettled in the occupied territories."
    b = "Tensions peaked in late August 2020."
    c = "These actions were assessed as a negation of talks."
    late_august = d(b, "late August 2020", "2020-08-21", "2020-08-31")
    title = "Martyrs of Second Karabakh War"
    result = tag_document([[title], [a, b, c]], [[[]], [[], [late_august], []]], CATALOG, title=title)
    assert result.filed[1] == [(INTERWAR,), (INTERWAR,), (INTERWAR,)]


def test_undated_paragraph_takes_the_documents_period():
    title = "1993 Summer Offensives"
    paragraphs = [[title], ["The Armenian government said it had no control over the enclave's military."]]
    result = tag_document(paragraphs, [[[]], [[]]], CATALOG, title=title)
    assert result.filed == [[(FIRST,)], [(FIRST,)]]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The background",
        "== Offensive ==",
        "The Azerbaijani city is 265 kilometers west of Baku and 100 kilometers east of Stepanakert.",
        "Nagorno-Karabakh is an Armenian-majority territory, but internationally recognized as part of Azerbaijan.",
    ],
)
def test_headings_and_descriptions_file_under_nothing(paragraph: str):
    title = "Martyrs of Second Karabakh War"
    result = tag_document([[title], [paragraph]], [[[]], [[]]], CATALOG, title=title)
    assert result.filed == [[(SECOND,)], [()]]


def test_the_title_paragraph_takes_the_documents_period():
    title = "Azerbaijan stops the offensive after the surrender of the Karabakh Armenians"
    body = "The authorities accepted the demands yesterday."
    dates = [[[]], [[d(body, "yesterday", "2023-09-19")]]]
    result = tag_document([[title], [body]], dates, CATALOG, title=title, document_date=dt.date(2023, 9, 20))
    assert result.filed == [[(OFFENSIVE,)], [(OFFENSIVE,)]]


def test_mentions_carry_offsets_in_the_sentence():
    s = "Veterans of the 44-day war and of the First Karabakh War met."
    [mentions] = tag_document([[s]], [[[]]], CATALOG).mentions[0]
    assert [(m.text, m.war) for m in mentions] == [("44-day war", SECOND), ("First Karabakh War", FIRST)]
    assert all(s[m.start : m.end] == m.text for m in mentions)


def test_a_date_inside_a_war_name_is_part_of_the_name():
    s = "In the 2020 war, Baku's army recovered territory."
    year = d(s, "2020", "2020-01-01", "2020-12-31")
    assert one(s, year) == (SECOND,)


@pytest.mark.parametrize(
    ("sentence", "text", "lo", "codes", "campaigns"),
    [
        ("On July 4, Armenian forces shelled Agdam.", "July 4", "1993-07-04", ("AZ-AGM",), ("1993-summer-offensives", "battle-of-aghdam-1993")),
        ("On August 31 they entered Kubatly.", "August 31", "1993-08-31", ("AZ-QBI",), ("1993-summer-offensives", "capture-of-qubadli-1993")),
        ("On July 4 the bombardment of Stepanakert went on.", "July 4", "1993-07-04", ("AZ-XA",), ()),
        ("Shusha city was liberated on 8 November.", "8 November", "2020-11-08", ("AZ-SUS",), ("battle-of-shusha-2020",)),
        ("On April 3 the firing positions in Kelbajar were neutralized.", "April 3", "1993-04-03", ("AZ-KAL",), ("battle-of-kalbajar-1993",)),
        # any spelling works: the campaign is matched on the district the place tagger resolved
        ("Şuşa was taken on 8 November.", "8 November", "2020-11-08", ("AZ-SUS",), ("battle-of-shusha-2020",)),
        ("On 8 November the front was quiet.", "8 November", "2020-11-08", (), ()),
    ],
)
def test_campaigns_by_date_and_district(sentence: str, text: str, lo: str, codes: tuple[str, ...], campaigns: tuple[str, ...]):
    result = tag_document([[sentence]], [[[d(sentence, text, lo)]]], CATALOG, districts=[[codes]])
    assert result.campaigns[0][0] == campaigns


def test_campaign_named_in_the_title_covers_its_undated_sentences():
    title = "1993 Summer Offensives"
    paragraphs = [[title], ["Supported by heavy armour, they pushed their way through the region."]]
    result = tag_document(paragraphs, [[[]], [[]]], CATALOG, title=title)
    assert result.campaigns == [[("1993-summer-offensives",)], [("1993-summer-offensives",)]]


def test_shapes_follow_the_input():
    paragraphs = [["One.", "Two."], [], ["Three."]]
    result = tag_document(paragraphs, [[[], []], [], [[]]], CATALOG)
    assert [len(p) for p in result.filed] == [2, 0, 1]
    assert [len(p) for p in result.campaigns] == [2, 0, 1]
    assert [len(p) for p in result.mentions] == [2, 0, 1]


TOP_SPANS = [w for w in CATALOG.top_level() if w.kind != "period"]


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1988, 2, 20), max_value=dt.date(2023, 9, 30)))
def test_a_day_files_under_exactly_one_period_that_holds_it(day: dt.date):
    s = f"Something happened on {day.isoformat()}."
    mention = DateMention(22, 32, day.isoformat(), day.isoformat(), "DATE", None, day, day)
    [war_id] = one(s, mention)
    war = CATALOG.get(war_id)
    specific = [w for w in TOP_SPANS if w.start <= day <= w.end]
    if any(w.start <= war.start and war.end < day for w in specific):
        return  # a war that broke out inside a longer one takes that one's later days (test_wars_periods.py)
    assert war.start <= day <= war.end
    if specific:  # the catch-all period only takes days no specific period covers; the narrowest wins
        assert war == min(specific, key=lambda w: w.days())


def year(sentence: str, text: str) -> DateMention:
    """A bare year as the tagger gives it (precision "year")."""
    return replace(d(sentence, text, f"{text}-01-01", f"{text}-12-31"), precision="year")


@pytest.mark.parametrize(
    ("sentence", "mentions", "filed"),
    [
        # a bare year moves a sentence into the war it overlaps only when the sentence reports fighting
        ("In 2016 the village opened a new school.", lambda s: [year(s, "2016")], (INTERWAR,)),
        ("In 2016 the village was shelled for four days.", lambda s: [year(s, "2016")], (APRIL,)),
        # a count no duration reads ("5 il ötür", "минуло 22 года") counts back from the commemoration's day too
        ("Bu gün şəhərin azad edilməsindən 27 il ötür.", lambda s: [d(s, "Bu gün", "2020-07-23")], (FIRST,)),
        ("Сегодня минуло 27 лет со дня оккупации города.", lambda s: [d(s, "Сегодня", "2020-07-23")], (FIRST,)),
        # a century tells no war, though the war lies in it: the sentence keeps the document's period
        ("Shelling in the 20th century destroyed the church.",
         lambda s: [replace(d(s, "20th century", "1900-01-01", "1999-12-31"), value="19", precision="century")], (INTERWAR,)),
        # a year beside a day is an aside (a birth year): the day decides
        ("On April 2 Vaghinak, 2004, was killed by a shell.",
         lambda s: [replace(d(s, "April 2", "2016-04-02"), precision="day"), year(s, "2004")], (APRIL,)),
        # an anniversary's own day is the commemoration's; the count gives the event's year
        ("Today marks the 27th anniversary, 27 years since the town was occupied.",
         lambda s: [d(s, "Today", "2020-07-23"), DateMention(s.index("27 years"), s.index("27 years") + 8, "27 years", "P27Y", "DURATION")],
         (FIRST,)),
        # "today, so many years after" the event counts back from the document's day too ...
        ("Today, 27 years after that victory, veterans remember those days.",
         lambda s: [d(s, "Today", "2020-07-23"), DateMention(s.index("27 years"), s.index("27 years") + 8, "27 years", "P27Y", "DURATION")],
         (FIRST,)),
        # ... while "years after" an event without the document's day counts forward from the event, not back
        ("Two years after the war the village opened a school.",
         lambda s: [DateMention(s.index("Two years"), s.index("Two years") + 9, "Two years", "P2Y", "DURATION")],
         (INTERWAR,)),
    ],
)
def test_years_and_anniversaries(sentence, mentions, filed):
    assert one(sentence, *mentions(sentence), document_date=dt.date(2020, 7, 23), title="") == filed

