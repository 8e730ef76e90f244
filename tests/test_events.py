"""Events: the contract's interval rule, which claims are one event, disputed, ids, titles and summaries.

Each table is a rule of ../shared/DATA-EXPORT.md ("Intervals a date allows",
"Which claims are one event") written as cases.
"""

from __future__ import annotations

import datetime as dt

import pytest

from chronicle.events import intervals, resolve, summary, title
from chronicle.events.describe import claim_date
from chronicle.render.event_pages import runs
from chronicle.model import Claim

D = dt.date.fromisoformat


@pytest.mark.parametrize(
    "value, mod, earliest, latest",
    [
        ("1993-08-20", None, "1993-08-20", "1993-08-20"),  # a day
        ("2020-09-27T06:00", "APPROX", "2020-09-27", "2020-09-27"),  # a time keeps its day
        ("1993-11-01TMO", None, "1993-11-01", "1993-11-01"),  # part of a day
        ("1993-10-10TNI", None, "1993-10-10", "1993-10-11"),  # a night runs into the next day
        ("1993-07", None, "1993-07-01", "1993-07-31"),  # a month
        ("1993-SP", None, "1993-03-01", "1993-05-31"),  # seasons
        ("1993-SU", None, "1993-06-01", "1993-08-31"),
        ("1993-FA", None, "1993-09-01", "1993-11-30"),
        ("1993-WI", None, "1993-12-01", "1994-02-28"),
        ("1993", None, "1993-01-01", "1993-12-31"),  # a year
        ("199X", None, "1990-01-01", "1999-12-31"),  # a decade
        ("2023-W38", None, "2023-09-18", "2023-09-24"),  # an ISO week
        ("2023-W38-WE", None, "2023-09-23", "2023-09-24"),  # its weekend
        ("1993-03-27/1993-04-05", None, "1993-03-27", "1993-04-05"),  # a range
        ("1993-06/1993-08", None, "1993-06-01", "1993-08-31"),
        ("1993-07", "START", "1993-07-01", "1993-07-11"),  # thirds, rounded up to whole days
        ("1993-08", "MID", "1993-08-11", "1993-08-21"),
        ("1993-07", "END", "1993-07-21", "1993-07-31"),
        ("1993-02", "START", "1993-02-01", "1993-02-10"),
        ("1993-SP", "END", "1993-05-01", "1993-05-31"),
        ("1993", "END", "1993-09-01", "1993-12-31"),
        ("1993-08-20", "BEFORE", None, "1993-08-19"),  # the day before
        ("1993-08-20", "ON_OR_BEFORE", None, "1993-08-20"),
        ("1993-08", "ON_OR_BEFORE", None, "1993-08-31"),
        ("1993-08-20", "AFTER", "1993-08-21", None),  # the day after
        ("1993-08-20", "ON_OR_AFTER", "1993-08-20", None),
        ("1993-08", "APPROX", "1993-08-01", "1993-08-31"),  # approximate keeps the span
        ("XXXX-XX-XX", None, None, None),  # unresolved: both sides open
        ("P44D", None, None, None),  # a duration is no date
        (None, None, None, None),
    ],
)
def test_interval_of_every_timex_form(value, mod, earliest, latest):
    assert intervals.interval(value, mod) == (earliest and D(earliest), latest and D(latest))


@pytest.mark.parametrize(
    "a, b, disjoint",
    [
        ((None, "1993-08-20"), ("1993-08-22", "1993-08-22"), True),  # "By August 20" against "the 22nd"
        (("1993-07-21", "1993-07-31"), ("1993-07-23", "1993-07-23"), False),  # "end of the month" and "July 23"
        ((None, "1993-08-20"), ("1993-08-01", "1993-08-31"), False),  # one-sided: only wholly past its bound
        ((None, None), ("1993-08-22", "1993-08-22"), False),  # undated never disagrees
        (("1993-07-25", "1993-07-25"), ("1993-07-26", "1993-07-26"), True),
    ],
)
def test_disjoint_is_the_contracts_rule(a, b, disjoint):
    as_dates = lambda i: tuple(d and D(d) for d in i)  # noqa: E731
    assert intervals.disjoint(as_dates(a), as_dates(b)) is disjoint
    assert intervals.disjoint(as_dates(b), as_dates(a)) is disjoint


def claim(source: str, n: int, kind: str = "control", district: str | None = "AZ-FUZ", date: str | None = None,
          mod: str | None = None, war: str = "first-nagorno-karabakh-war", wording: str = "fell",
          context: tuple = (None, None), place: str | None = None, local: bool = False, voiced: bool = False) -> Claim:
    lo, hi = intervals.interval(date, mod)
    return Claim(source, f"s-{n}", 1, kind, district, place, war, date, mod, lo, hi, wording, 0, len(wording),
                 context if date is None else (None, None), local, voiced)


FUZULI_1993 = [
    claim("000", 1, date="1993-08-20", mod="ON_OR_BEFORE", wording="had fallen"),
    claim("001", 2, date="1993-08-22", wording="were forced to leave"),
    claim("002", 3, date="1993-08-25", wording="was followed by"),
]


@pytest.mark.parametrize(
    "claims, events",
    [
        (FUZULI_1993, [[0, 1, 2]]),  # different sources, dates apart: one event, disputed
        ([claim("001", n, kind="assault", district="AZ-XVD", date=d) for n, d in enumerate(("1993-01-14", "1993-08-16", "1993-12-19"))],
         [[0], [1], [2]]),  # one source's own disjoint claims are separate events
        ([claim("001", 1, date="1993-08-22"), claim("001", 2, date="2020-10-17", war="second-nagorno-karabakh-war")],
         [[0], [1]]),  # different wars never join
        ([claim("000", 1, date="1993-08-20"), claim("000", 2, district="AZ-CAB", date="1993-08-20")],
         [[0], [1]]),  # different districts never join
        ([claim("000", 1, kind="assault", date="1993-08-20"), claim("000", 2, date="1993-08-20")],
         [[0], [1]]),  # different kinds never join
        ([claim("000", 1, district=None, date="1993-08-20"), claim("001", 2, date="1993-08-20")],
         [[0], [1]]),  # district-null claims never join a district's event
        ([claim("000", 1, date="1993-08-22"), claim("001", 2, context=(D("1993-08-16"), None))],
         [[0, 1]]),  # an undated claim joins the event its narrative is at
        ([claim("000", 1, date="2020-10-09", war="second-nagorno-karabakh-war"),
          claim("001", 2, war="second-nagorno-karabakh-war", context=(None, D("2023-10-09")))],
         [[0, 1]]),  # before any date of its text, it happened by the document's day: an earlier event takes it
        ([claim("001", 1, district="AZ-AGM", date="1993-07-23"),
          claim("001", 2, district="AZ-AGM", place="shelli", local=True, context=(D("1993-07-04"), None))],
         [[0], [1]]),  # a village taken is not the fall of the district's town
        ([claim("001", 1, kind="ceasefire", district=None, date="2020-10-10", war="second-nagorno-karabakh-war"),
          claim("001", 2, kind="ceasefire", district=None, date="2020-11-10", war="second-nagorno-karabakh-war"),
          claim("003", 3, kind="ceasefire", district=None, date="2020-11-10", war="second-nagorno-karabakh-war"),
          claim("004", 4, kind="ceasefire", district=None, date="2020", war="second-nagorno-karabakh-war")],
         [[0], [1, 2, 3]]),  # a vague date joins an event it allows, the one more sources report on a tie
        ([claim("001", 1, kind="ceasefire", district=None, date="2020-10-10", war="second-nagorno-karabakh-war"),
          claim("002", 2, kind="ceasefire", district=None, date="2020-10-10", war="second-nagorno-karabakh-war"),
          claim("003", 3, kind="ceasefire", district=None, date="2020-11-10", war="second-nagorno-karabakh-war"),
          claim("003", 4, kind="ceasefire", district=None, date="2020-11-10", war="second-nagorno-karabakh-war"),
          claim("003", 5, kind="ceasefire", district=None, date="2020-11-10", war="second-nagorno-karabakh-war"),
          claim("004", 6, kind="ceasefire", district=None, date="2020", war="second-nagorno-karabakh-war")],
         [[0, 1, 5], [2, 3, 4]]),  # ... sources, not claims: two sources outweigh one source's three claims (as many sources: more claims)
        ([claim("000", 1, district="AZ-KAL", date="1993-04-03"),
          claim("001", 2, district="AZ-KAL", context=(D("1992-12-01"), None))],
         [[0, 1]]),  # an undated fall joins its district's event however far back its narrative stands
        ([claim("000", 1, kind="assault", district="AZ-XVD", date="1993-01-14"),
          claim("001", 2, kind="assault", district="AZ-XVD", context=(D("1993-08-16"), None))],
         [[0], [1]]),  # attacks recur: an undated one far from the dated attack is another
        ([claim("000", 1, kind="ceasefire", district=None, date="2020-11-10", war="second-nagorno-karabakh-war"),
          claim("001", 2, kind="ceasefire", district=None, war="second-nagorno-karabakh-war",
                context=(D("2020-09-21"), None))],
         [[0, 1]]),  # an undated ceasefire told after the fighting's start with none near it: the one that came after
        ([claim("000", 1, kind="ceasefire", district=None, date="2020-09-28", war="second-nagorno-karabakh-war"),
          claim("001", 2, kind="ceasefire", district=None, war="second-nagorno-karabakh-war",
                context=(D("2020-10-21"), None))],
         [[0], [1]]),  # ... not one before the day its narrative stands at
        ([claim("000", 1, kind="assault", district="AZ-SUS", date="1992-05-08"),
          claim("001", 2, kind="assault", district="AZ-SUS", context=(D("1992-02-20"), None))],
         [[0], [1]]),  # ... nor an attack: a chronology tells each on its own day
        ([claim("000", 1, kind="assault", district=None, date="2020-09-27", war="second-nagorno-karabakh-war"),
          claim("001", 2, kind="assault", district=None, date="2020-09-28", war="second-nagorno-karabakh-war"),
          claim("002", 3, kind="assault", district=None, date="2020-10-07", war="second-nagorno-karabakh-war")],
         [[0, 1], [2]]),  # an attack on no one district: a day apart is the outbreak told twice, ten days another
        ([claim("000", 1, kind="assault", district="AZ-TAR", date="2020-10-10", war="second-nagorno-karabakh-war"),
          claim("001", 2, kind="assault", district="AZ-TAR", date="2020-11-04", mod="ON_OR_BEFORE",
                war="second-nagorno-karabakh-war")],
         [[0], [1]]),  # a shelling reported on 4 November is a recent one, not an attack 25 days before
        ([claim("000", 1, kind="assault", district="AZ-TAR", date="2020-10-10", war="second-nagorno-karabakh-war"),
          claim("003", 2, kind="assault", district="AZ-TAR", date="2020-10-12", war="second-nagorno-karabakh-war"),
          claim("002", 3, kind="assault", district="AZ-TAR", date="2020-11-03", war="second-nagorno-karabakh-war"),
          claim("001", 4, kind="assault", district="AZ-TAR", date="2020-11-04", mod="ON_OR_BEFORE",
                war="second-nagorno-karabakh-war")],
         [[0, 1], [2, 3]]),  # ... it joins the attack nearest its reporting day, not the one more sources tell
        ([claim("001", 1, kind="assault", district="AZ-TAR", date="2020-11-04", mod="ON_OR_BEFORE",
                war="second-nagorno-karabakh-war"),
          claim("000", 2, kind="assault", district="AZ-TAR", date="2020-11-05", mod="ON_OR_BEFORE",
                war="second-nagorno-karabakh-war")],
         [[0, 1]]),  # two bulletins a day apart tell of one shelling
        ([claim("000", 1, kind="assault", district="AZ-TAR", date="2020-10-15", war="second-nagorno-karabakh-war"),
          claim("001", 2, kind="assault", district="AZ-TAR", date="2020-10-23", war="second-nagorno-karabakh-war")],
         [[0], [1]]),  # two sources' shellings of one town, each told to the day, a week apart: two shellings
        ([claim("000", 1, kind="ceasefire", district=None, date="2020-10-10", war="second-nagorno-karabakh-war"),
          claim("001", 2, kind="ceasefire", district=None, date="2020-10-17", war="second-nagorno-karabakh-war")],
         [[0], [1]]),  # ... and two truces a week apart are two truces, not one truce with a disputed day
        ([claim("000", 1, kind="ceasefire", district=None, date="2020-10-17", war="second-nagorno-karabakh-war"),
          claim("001", 2, kind="ceasefire", district=None, date="2020-10-18", war="second-nagorno-karabakh-war"),
          claim("002", 3, kind="ceasefire", district=None, date="2020-10-10", war="second-nagorno-karabakh-war")],
         [[0, 1], [2]]),  # ... also when the sources of the later one dispute its day by one
        ([claim("000", 1, kind="ceasefire", district=None, date="1993-07-25"),
          claim("001", 2, kind="ceasefire", district=None, date="1993-07-26")],
         [[0, 1]]),  # a day apart, the one truce whose day the sources dispute
        ([claim("000", 1, kind="assault", district="AZ-TAR", date="2020-10", war="second-nagorno-karabakh-war"),
          claim("001", 2, kind="assault", district="AZ-TAR", date="2020-10-23", war="second-nagorno-karabakh-war")],
         [[0, 1]]),  # a month ("in October") still meets a day in it: the tolerance of weeks is for vaguer dates
        ([claim("000", 1, kind="assault", district="AZ-AGM", date="1993-03-27"),
          claim("001", 2, kind="assault", district="AZ-AGM", date="1993", mod="ON_OR_BEFORE")],
         [[0, 1]]),  # "by 1993" is near anything in 1993, not only its last day
        ([claim("000", 1, date="1993-08-20", mod="ON_OR_BEFORE"), claim("001", 2, date="1993-07-23")],
         [[0, 1]]),  # a change of hands stays one event across sources months apart, whichever side is open
        ([claim("000", 1, district="AZ-AGM", date="1993-07-23"),
          claim("001", 2, district="AZ-AGM", date="1994-05-12", mod="ON_OR_BEFORE")],
         [[0, 1]]),  # "had occupied Aghdam by May 1994" meets its fall ten months before: a town falls once a war
    ],
)
def test_which_claims_are_one_event(claims, events):
    got = resolve(claims)
    index = {c.id: i for i, c in enumerate(claims)}
    assert sorted(sorted(index[c.id] for c in e.claims) for e in got) == events
    assert sum(len(e.claims) for e in got) == len(claims)  # each claim in exactly one event


@pytest.mark.parametrize(
    "dates, disputed, earliest, latest",
    [
        ([("1993-08-20", "ON_OR_BEFORE"), ("1993-08-22", None), ("1993-08-25", None)], True, None, None),
        ([("1993-07", "END"), ("1993-07-23", None)], False, "1993-07-23", "1993-07-23"),
        ([("1993-08-20", "ON_OR_BEFORE"), ("1993-08", None)], False, "1993-08-01", "1993-08-20"),
        ([("1993-08-22", None), (None, None)], False, "1993-08-22", "1993-08-22"),  # undated never disputes
        ([(None, None), (None, None)], False, None, None),
        # a day of no known year ("on February 10" in a text with no date) beside a dated one: no day to compare
        ([("XXXX-08-20", None), ("1993-08-22", None)], False, "1993-08-22", "1993-08-22"),
    ],
)
def test_disputed_exactly_when_two_intervals_do_not_overlap(dates, disputed, earliest, latest):
    event, = resolve([claim(f"00{i}", i, date=d, mod=m) for i, (d, m) in enumerate(dates)])
    assert (event.disputed, event.earliest, event.latest) == (disputed, earliest and D(earliest), latest and D(latest))


def test_event_fields_follow_the_contract():
    event, = resolve(FUZULI_1993)
    assert event.id == "control-az-fuz-1993"
    assert event.sources == ("000", "001", "002")
    assert event.dates == ("1993-08-20", "1993-08-22", "1993-08-25")
    assert event.wordings == ("had fallen", "were forced to leave", "was followed by")


def test_ids_are_stable_slugs_with_a_suffix_where_one_is_taken():
    events = resolve([claim("001", i, kind="assault", district="AZ-XVD", date=d)
                      for i, d in enumerate(("1993-01-14", "1993-08-16"))] + [
        claim("003", 9, kind="ceasefire", district=None, date="2020-11-10", war="second-nagorno-karabakh-war")])
    assert [e.id for e in events] == ["assault-az-xvd-1993-01-14", "assault-az-xvd-1993-08-16", "ceasefire-2020"]


@pytest.mark.parametrize(
    "dates, ids",
    [
        # the suffix is as precise as the group's most precise claim: a day, a month, a short span, or nothing
        ([("2020-11-10", "2020"), ("2020-10-10",)], ["ceasefire-2020-10-10", "ceasefire-2020-11-10"]),
        ([("2020-07",), ("2020-10-10",)], ["ceasefire-2020-07", "ceasefire-2020-10-10"]),
        ([("2020-03-27/2020-04-05",), ("2020-SU",)], ["ceasefire-2020", "ceasefire-2020-03-27"]),
    ],
)
def test_an_ids_day_is_one_a_claim_gives(dates, ids):
    claims = [claim(f"00{n}", i, kind="ceasefire", district=None, date=d, war="second-nagorno-karabakh-war")
              for n, group in enumerate(dates) for i, d in enumerate(group)]
    assert sorted(e.id for e in resolve(claims)) == sorted(ids)


@pytest.mark.parametrize(
    "claims, expected",
    [
        (FUZULI_1993, "3 sources give 3 dates, from on or before 20 August to 25 August 1993"),
        ([claim("001", 1, date="1993-08-22"), claim("002", 2, date="1993-08-22")], "2 sources agree on 22 August 1993"),
        ([claim("001", 1, date="1993-08-22")], "1 source gives 22 August 1993"),
        ([claim("001", 1, date="1993-07", mod="END"), claim("002", 2, date="1993-07-23")],
         "2 sources give 2 dates that can all be true (23 July 1993)"),
        ([claim("001", 1, date="1993-08-22"), claim("002", 2)], "1 source gives 22 August 1993; 1 other source gives no date"),
        ([claim("001", 1), claim("002", 2)], "2 sources, no date given"),
        ([claim("001", 1, date="1993-08-22"), claim("002", 2, date="XXXX-08-20")],
         "1 source gives 22 August 1993; 1 other source gives no date"),
    ],
)
def test_summary_counts_sources_and_dates_in_neutral_words(claims, expected):
    event, = resolve(claims)
    assert summary(event) == expected


@pytest.mark.parametrize(
    "kind, district, place_name, expected",
    [
        ("control", "AZ-FUZ", "Fuzuli", "Fuzuli changes hands (1993)"),
        ("assault", "AZ-XVD", "Khojavend", "Assault on Khojavend (1993)"),
        ("massacre", "AZ-XCI", "Khojaly", "Massacre at Khojaly (1993)"),
        ("ceasefire", None, None, "Ceasefire (1993)"),
        ("agreement", None, None, "Agreement (1993)"),
        ("other", "AZ-LAC", "Lachin", "Lachin: other events (1993)"),
        ("control", None, None, "Territory changes hands (1993)"),
    ],
)
def test_title_pattern_per_kind(kind, district, place_name, expected):
    event, = resolve([claim("001", 1, kind=kind, district=district, date="1993-08-22")])
    assert title(event, place_name) == expected


@pytest.mark.parametrize(
    "date, mod, expected",
    [("1993-08-20", "ON_OR_BEFORE", "by 20 August 1993"), ("1993-08-22", None, "22 August 1993"),
     ("1993-07", "END", "late July 1993"), (None, None, None),
     # a winter is a season, not a week; a week a claim dates "by" has no first day, and is named from its value
     ("1991-WI", None, "winter 1991/92"), ("1993-W35", "ON_OR_BEFORE", "by the week of 30 August 1993")],
)
def test_claim_date_at_its_own_precision(date, mod, expected):
    assert claim_date(claim("001", 1, date=date, mod=mod)) == expected


@pytest.mark.parametrize(
    "keys, expected",
    [
        # an event's claimed date pages, cut into spans a list shows as "first – last"
        (["1993-03-30", "1993-03-31", "1993-04-01", "1993-04-05"], [["1993-03-30", "1993-03-31", "1993-04-01"], ["1993-04-05"]]),
        (["1993-06", "1993-07", "1993-08", "1993-08-20"], [["1993-06", "1993-07", "1993-08"], ["1993-08-20"]]),
        (["1992", "1993", "1990s"], [["1992", "1993"], ["1990s"]]),
        (["1993-12-31", "1994-01-01"], [["1993-12-31", "1994-01-01"]]),
        (["1993-07", "1993-09"], [["1993-07"], ["1993-09"]]),
    ],
)
def test_consecutive_date_pages_are_one_run(keys, expected):
    assert runs(keys) == expected
