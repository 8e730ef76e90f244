"""Events: villages taken batch by batch, and reports of recurring happenings (issue 13, events).

The gold's conventions ("a village taken is not the fall of the district's town";
"claims of different sources about the same happening are one event") read for
bulletins that list the villages of a district taken on one day: that day's
villages are one event whichever of them a source names, another day's another.
Each case is a rule with its near miss beside it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from chronicle.events import resolve, title
from test_events import claim

D = dt.date.fromisoformat
WAR2 = "second-nagorno-karabakh-war"
WAR23 = "2023-azerbaijani-offensive"


def grouped(claims: list) -> list[list[int]]:
    """The events ``resolve`` makes of ``claims``, each as the sorted positions of its claims in the list."""
    index = {c.id: i for i, c in enumerate(claims)}
    return sorted(sorted(index[c.id] for c in e.claims) for e in resolve(claims))


def village(source: str, n: int, place: str, date: str | None = None, context: tuple = (None, None),
            district: str = "AZ-FUZ", mod: str | None = None) -> object:
    """A claim that a village (or the villages of ``district``, ``place`` = the district) was taken in 2020."""
    return claim(source, n, district=district, date=date, mod=mod, war=WAR2, place=place, local=True, context=context)


@pytest.mark.parametrize(
    "claims, events",
    [
        ([village("001", 1, "AZ-FUZ", "2020-10-14", mod="ON_OR_BEFORE"), village("002", 2, "qaradagli-fuz", "2020-10-14")],
         [[0, 1]]),  # "more villages in Fuzuli" and "Garadaghli" the same day: one batch, whichever a source names
        ([village("001", 1, "AZ-FUZ", "2020-10-14"), village("002", 2, "dortcinar-fuz", "2020-10-20")],
         [[0], [1]]),  # ... another day's villages of the district are another batch, though a town falls once a war
        ([village("001", 1, "AZ-FUZ", context=(None, D("2020-11-09"))),
          village("001", 2, "qobu-fuz", context=(D("2020-11-09"), None)),
          village("002", 3, "qobu-fuz", context=(None, D("2020-11-09")))],
         [[0, 1, 2]]),  # undated lists in two pieces of the 9th: the batch of the day their narrative is at
        ([village("001", 1, "AZ-FUZ", "2020-10-14"), village("002", 2, "AZ-FUZ", context=(None, D("2020-10-20")))],
         [[0], [1]]),  # ... an undated batch before any date of a piece of the 20th is that day's, not the 14th's
        ([village("001", 1, "qaradagli-fuz", "2020-10-14"), village("002", 2, "qaradagli-fuz", "2020-11-02")],
         [[0, 1]]),  # one village named by two sources weeks apart: one event (disputed), a village seldom falls twice
        ([village("001", 1, "qaradagli-fuz", "2020-10-14"), village("002", 2, "dortcinar-fuz", "2020-11-02")],
         [[0], [1]]),  # ... two villages weeks apart are two batches
        ([village("001", 1, "qaradagli-fuz", "2020-10-14"), village("001", 2, "qaradagli-fuz", "2020-11-02")],
         [[0], [1]]),  # ... but one source's own exclusive dates are two events, the same village or not
        ([village("001", 1, "AZ-FUZ", "2020-10-14"), claim("002", 2, date="2020-10-14", war=WAR2, place="fuzuli")],
         [[0], [1]]),  # the villages of a district are not the fall of its town on the same day
        ([village("001", 1, "AZ-CAB", "2020-10-04", district="AZ-CAB", mod="ON_OR_BEFORE"),
          village("001", 2, "mehdili-cab", "2020-10-03", district="AZ-CAB")],
         [[0], [1]]),  # one source's villages announced by the 4th and its villages of "a day before": two batches
        ([village("001", 1, "AZ-CAB", "2020-10-04", district="AZ-CAB", mod="ON_OR_BEFORE"),
          village("002", 2, "mehdili-cab", "2020-10-03", district="AZ-CAB")],
         [[0, 1]]),  # ... two sources a day apart: one batch, reported then or the day after
        ([village("001", 1, "qaradagli-fuz", "2020-10-14"), village("001", 2, "qaradagli-fuz", context=(D("2020-10-17"), None))],
         [[0, 1]]),  # an undated claim naming the village its source dated, told after a later day, looks back on it
        ([village("001", 1, "qaradagli-fuz", "2020-10-14"), village("001", 2, "dortcinar-fuz", context=(D("2020-10-17"), None))],
         [[0], [1]]),  # ... another village told after a later day is another batch
    ],
)
def test_villages_of_a_district_are_taken_in_batches(claims, events):
    assert grouped(claims) == events


@pytest.mark.parametrize(
    "claims, events",
    [
        ([claim("011", 1, kind="assault", district="AZ-TAR", date="2020-10-13", war=WAR2),
          claim("010", 2, kind="assault", district="AZ-TAR", war=WAR2, context=(None, D("2020-11-04"))),
          claim("010", 3, kind="assault", district="AZ-TAR", date="2020-11-04", war=WAR2)],
         [[0], [1, 2]]),  # a headline's undated shelling in a piece of 4 November is that day's, not 13 October's
        ([claim("011", 1, kind="assault", district="AZ-TAR", date="2020-10-30", war=WAR2),
          claim("010", 2, kind="assault", district="AZ-TAR", war=WAR2, context=(None, D("2020-11-04")))],
         [[0, 1]]),  # ... one five days before is within an attack's reach
        ([claim("000", 1, district="AZ-TAR", date="2020-10-13", war=WAR2),
          claim("001", 2, district="AZ-TAR", war=WAR2, context=(None, D("2020-11-04")))],
         [[0, 1]]),  # ... while a town's fall told undated happened by the document's day: any earlier fall takes it
        ([claim("010", 1, kind="assault", district=None, war=WAR23, context=(None, D("2023-09-25"))),
          claim("010", 2, kind="assault", district=None, date="2023-09-19", war=WAR23)],
         [[0, 1]]),  # a brief's lead that no attack of its day takes is the attack its body dates six days before
        ([claim("011", 1, kind="assault", district=None, war=WAR23, context=(None, D("2023-09-25"))),
          claim("010", 2, kind="assault", district=None, date="2023-09-19", war=WAR23)],
         [[0], [1]]),  # ... not another source's: that one's lead is news of its own day
        ([claim("010", 1, kind="assault", district=None, war=WAR23, context=(None, D("2023-09-25"))),
          claim("010", 2, kind="assault", district=None, date="2023-09-12", war=WAR23),
          claim("010", 3, kind="assault", district=None, date="2023-09-19", war=WAR23)],
         [[0], [1], [2]]),  # ... nor one of two attacks its body dates: which one the lead tells is not said
        ([claim("010", 1, kind="assault", district="AZ-TAR", war="interwar", context=(None, D("2023-09-25"))),
          claim("010", 2, kind="assault", district="AZ-TAR", date="2021-05-10", war="interwar")],
         [[0], [1]]),  # ... nor an attack years before, which the body recalls as background
    ],
)
def test_an_undated_report_of_what_recurs_is_news_of_its_day(claims, events):
    assert grouped(claims) == events


@pytest.mark.parametrize(
    "claims, expected",
    [
        ([claim("001", 1, district="AZ-ZAN", context=(D("1988-02-20"), None)),
          claim("002", 2, district="AZ-ZAN", date="1993-10-29")],
         "control-az-zan-1993"),  # an undated claim whose text last named 1988 does not date the fall told in 1993
        ([claim("001", 1, district="AZ-ZAN", context=(D("1988-02-20"), None)), claim("002", 2, district="AZ-ZAN")],
         "control-az-zan-1988"),  # ... where no claim is dated, the narratives' year is all there is
        ([claim("001", 1, district="AZ-ZAN", date="199X"), claim("002", 2, district="AZ-ZAN", date="1993")],
         "control-az-zan-1993"),  # "the 1990s" and "in 1993": the claim that names its year gives it
    ],
)
def test_an_events_id_has_the_year_its_title_shows(claims, expected):
    event, = resolve(claims)
    assert event.id == expected
    assert title(event, "Zangilan").endswith(f"({expected[-4:]})")


@pytest.mark.parametrize(
    "claims, events",
    [
        ([claim("002", 1, district="AZ-ZAN", date="1993-10-29"), claim("002", 2, district="AZ-ZAN", date="1993-10-30")],
         [[0, 1]]),  # "the 25th anniversary of Zangilan's occupation" on the 29th and "occupied on October 30": one fall
        ([claim("002", 1, district="AZ-ZAN", date="1993-10-22"), claim("002", 2, district="AZ-ZAN", date="1993-10-30")],
         [[0], [1]]),  # ... a week apart, the source tells two changes of hands
        ([claim("002", 1, kind="assault", district="AZ-ZAN", date="1993-10-29"),
          claim("002", 2, kind="assault", district="AZ-ZAN", date="1993-10-30")],
         [[0], [1]]),  # ... and attacks recur: one source's attacks on two days are two
        ([village("002", 1, "qaradagli-fuz", "2020-10-14"), village("002", 2, "qaradagli-fuz", "2020-10-15")],
         [[0], [1]]),  # ... as do a district's batches of villages
        ([claim("002", 1, district="AZ-AGM", date="2020-11-20", mod="ON_OR_BEFORE", war=WAR2),
          claim("002", 2, district="AZ-AGM", war=WAR2, context=(D("2020-12-01"), None))],
         [[0, 1]]),  # an undated fall told after a later day looks back on the fall its source dated before
        ([claim("002", 1, kind="assault", district="AZ-AGM", date="2020-11-20", war=WAR2),
          claim("002", 2, kind="assault", district="AZ-AGM", war=WAR2, context=(D("2020-12-01"), None))],
         [[0], [1]]),  # ... while an undated attack told after a later day is another attack
        ([claim("002", 1, district="AZ-XVD", date="2020-10-09", mod="ON_OR_BEFORE", war=WAR2, voiced=True),
          claim("002", 2, district="AZ-XVD", date="2020-10-14", war=WAR2, voiced=True)],
         [[0, 1]]),  # a fall a president announced by the 9th and the 14th other sources give it: one fall, disputed
        ([claim("002", 1, district="AZ-XVD", date="2020-10-09", mod="ON_OR_BEFORE", war=WAR2, voiced=True),
          claim("002", 2, district="AZ-XVD", date="2020-10-14", war=WAR2)],
         [[0, 1]]),  # ... the source's own day set against the announced one, too
        ([claim("002", 1, district="AZ-XVD", date="2020-10-09", mod="ON_OR_BEFORE", war=WAR2),
          claim("002", 2, district="AZ-XVD", date="2020-10-14", war=WAR2)],
         [[0], [1]]),  # ... the source's own two days, which no voice puts forward, are two changes of hands
        ([claim("002", 1, kind="assault", district="AZ-XVD", date="2020-10-09", war=WAR2, voiced=True),
          claim("002", 2, kind="assault", district="AZ-XVD", date="2020-10-14", war=WAR2, voiced=True)],
         [[0], [1]]),  # ... and attacks recur, whoever reports them
    ],
)
def test_one_source_tells_a_towns_fall_once(claims, events):
    assert grouped(claims) == events


@pytest.mark.parametrize(
    "claims, place_name, expected",
    [
        ([village("001", 1, "AZ-FUZ", "2020-10-14"), village("002", 2, "qaradagli-fuz", "2020-10-14")], "Fuzuli",
         "Villages of Fuzuli change hands (2020)"),  # a batch named by no one village: the district's villages
        ([village("001", 1, "qaradagli-fuz", "2020-10-14")], "Garadaghli",
         "Garadaghli changes hands (2020)"),  # ... one village named: that village
        ([claim("001", 1, date="2020-10-17", war=WAR2)], "Fuzuli", "Fuzuli changes hands (2020)"),  # ... the town's fall
    ],
)
def test_a_batch_of_villages_is_titled_apart_from_its_towns_fall(claims, place_name, expected):
    event, = resolve(claims)
    assert title(event, place_name) == expected
