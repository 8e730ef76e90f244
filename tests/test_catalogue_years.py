"""The year of a day an undated text writes without one, from the catalogue's entries that fit it.

The first table is the rule over the real catalogue (corpus/wars.yaml): a day,
the districts its sentence puts events in, the entries the text names, and the
year (or None where no entry fits or the fitting entries disagree). The second
runs the pipeline over undated texts written in the shape of the pages that
need it (a book's page that never writes its year, a wire copy without its
date) and reads the dates and wars their sentences are filed under, as the
manifests of the unseen sets expect them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from chronicle import pipeline
from chronicle.extract.catalogue_years import year_of
from chronicle.gazetteer import Gazetteer
from chronicle.model import RawSource, SourceMeta
from chronicle.wars import WarCatalog

ROOT = Path(__file__).resolve().parent.parent
WARS = WarCatalog.load(ROOT / "corpus" / "wars.yaml")


@pytest.mark.parametrize(
    "month, day, districts, named, year",
    [
        (7, 23, {"AZ-AGM"}, set(), 1993),  # the battle of Aghdam and the summer offensives of 1993 agree
        (6, 27, {"AZ-TAR"}, set(), 1993),  # only the 1993 offensives fought in June there
        (4, 2, {"AZ-XVD"}, set(), 2016),  # the four days of April 2016
        (11, 6, {"AZ-SUS"}, set(), 2020),  # the battle of Shusha
        (10, 15, {"AZ-TAR", "AZ-AGM"}, set(), None),  # the 1993 offensives and the 2020 war: split, no year
        (1, 10, {"AZ-KAL"}, set(), 1994),  # a winter offensive that crosses the new year: its January is 1994's
        (3, 15, {"AZ-TAR"}, set(), None),  # the first war's six years hold every 15 March: none says which
        (5, 20, {"AZ-GA"}, set(), None),  # a district where no entry fought, on a day no war of weeks holds
        (10, 11, {"AZ-GA"}, set(), 2020),  # ... on a day of the 2020 war: the only war fought on it in one year
        (10, 16, {"AZ-XA"}, set(), 2020),  # Stepanakert, in no entry's districts, shelled during the 2020 war
        (10, 10, set(), set(), 2020),  # no place and no war named: the war of weeks that holds the day
        (9, 19, set(), {"2023-azerbaijani-offensive"}, 2023),  # no place: the war the text names holds the day
        (9, 19, set(), set(), 2023),  # no place and no war named: the one war fought on that day in one year
        (8, 18, set(), set(), None),  # ... and a day no war of weeks holds stays without a year
        (9, 19, set(), {"first-nagorno-karabakh-war"}, None),  # the named war holds it in six years
        (2, 29, {"AZ-XCI"}, set(), None),  # a day in no year of the fitting entries' spans
        # entries the text names outrank the districts' split: the 44-day war's October 4 in Jabrayil, not 1993's
        (10, 4, {"AZ-CAB"}, {"second-nagorno-karabakh-war"}, 2020),
        (10, 15, {"AZ-TAR", "AZ-AGM"}, {"second-nagorno-karabakh-war"}, 2020),
        (4, 2, {"AZ-KAL"}, {"2016-april-clashes"}, 2016),  # not the battle of Kalbajar, which held 2 April 1993
        (10, 4, {"AZ-CAB"}, {"second-nagorno-karabakh-war", "2016-april-clashes"}, 2020),  # only one holds the day
        (10, 4, {"AZ-CAB"}, {"first-nagorno-karabakh-war"}, None),  # ... a named war of six years holds it in all
        (9, 13, {"AM"}, set(), 2022),  # the September 2022 clashes, fought on Armenia's side of the border
    ],
)
def test_year_of_a_day_without_one(month, day, districts, named, year):
    found = year_of(month, day, districts, named, WARS)
    assert (found[0] if found else None) == year


@pytest.fixture(scope="module")
def reference() -> tuple[Gazetteer, WarCatalog]:
    return Gazetteer.load(ROOT / "corpus" / "gazetteer"), WARS


def filed(text: str, reference, language: str = "en") -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(sentence, dates, wars) of every sentence that files a date, of an undated text."""
    blocks = tuple((i + 1, para) for i, para in enumerate(text.split("\n\n")))
    raw = RawSource("t", "t.txt", "0" * 64, SourceMeta(language=language), blocks, "txt")
    processed = pipeline.process(raw, *reference)
    sentences = [s for p in processed.source.paragraphs for s in p.sentences]
    facts = [processed.facts[(processed.source.id, s.id)] for s in sentences]
    return [(s.text, f.filed_dates, f.filed_wars) for s, f in zip(sentences, facts) if f.filed_dates]


BOOK_PAGE = """The summer brought the heaviest losses of the war for the defenders of the plain.

On 27 June, they recaptured the town of Martakert and most of the northern part of the province.

On 23 July, meeting little resistance, they took the town of Aghdam.

On 18 August the front moved again."""

WIRE_COPY = """The defence ministry said its troops struck military targets in the region.

On October 15, villages of the Tartar district were shelled again, the ministry said."""


# the days the book page's places date (the catalogue's 1993 offensives)
BOOK_PAGE_DAYS = [
        ("On 27 June, they recaptured the town of Martakert and most of the northern part of the province.",
         ("1993-06-27",), ("first-nagorno-karabakh-war",)),
        ("On 23 July, meeting little resistance, they took the town of Aghdam.",
         ("1993-07-23",), ("first-nagorno-karabakh-war",)),
]

BORDER_LOG = """July 12

On July 12, at about 1 p.m., soldiers tried to cross the border near a post in Armenia's Tavush province.

At 11:45 p.m., shelling of the post resumed."""

BRIEFING = """The last full-scale war ended with a ceasefire in 1994, and skirmishes went on after it.

A new war broke out on September 27th, with casualties on both sides."""

EXPLAINER = """After six weeks of fighting, the 2020 Nagorno-Karabakh war ended.

The enclave has been contested for decades, a 1988-1994 war claiming thousands of lives. That war left the region in Armenian hands. A new offensive began on September 27 after border clashes in July."""

BORDER_SUMMARY = """On July 12, soldiers tried to cross the border near a post in Armenia's Tavush province.

Below is an account of the last three days (July 18-20) along the border."""

BORDER_SHELLING = """Border shelled

Shelling hit the towns of Jermuk and Goris in Armenia. The September 13 assaults began just after midnight."""
BORDER_ASSAULT = """Shelling hit Jermuk and Vardenis after midnight, the ministry said. The September 13 assaults began then."""

YEARLESS_DISPATCH = """Residents of Stepanakert spent the night of October 10-11 in shelters again.

The truce announced at noon on Saturday, October 10 held for less than a day."""


@pytest.mark.parametrize("text, expected", [
    # a book's page without years dates its days by its places; "18 August" places nothing and the page names
    # no war, but the story goes on from 23 July 1993
    (BOOK_PAGE, [*BOOK_PAGE_DAYS, ("On 18 August the front moved again.", ("1993-08-18",), ("first-nagorno-karabakh-war",))]),
    # ... and the story's year outranks the war of weeks that holds a later day (10 October: the 2020 war's)
    (BOOK_PAGE.replace("On 18 August", "On 10 October"),
     [*BOOK_PAGE_DAYS, ("On 10 October the front moved again.", ("1993-10-10",), ("first-nagorno-karabakh-war",))]),
    # a day earlier in the calendar than the story's is a look back, or the next spring: which year, the page does not say
    (BOOK_PAGE.replace("On 18 August", "On 2 May"), BOOK_PAGE_DAYS),
    # ... but a day a few days back is the story stepping back within its year
    (BOOK_PAGE.replace("On 18 August", "On 20 July"),
     [*BOOK_PAGE_DAYS, ("On 20 July the front moved again.", ("1993-07-20",), ("first-nagorno-karabakh-war",))]),
    # the July 2020 clashes list Armenia beside Tovuz: a yearless log of Tavush's border dates its days in 2020,
    # its clocks on the day told before them, and its heading as the same day it heads
    (BORDER_LOG, [
        ("July 12", ("2020-07-12",), ()),
        ("On July 12, at about 1 p.m., soldiers tried to cross the border near a post in Armenia's Tavush province.",
         ("2020-07-12", "2020-07-12T13:00"), ("2020-july-clashes",)),
        ("At 11:45 p.m., shelling of the post resumed.", ("2020-07-12T23:45",), ("2020-july-clashes",)),
    ]),
    # ... a country no entry fought in gives no year
    (BORDER_LOG.replace("Armenia's Tavush province", "Georgia's Kakheti"), []),
    # a range of days the text writes without its year goes on in the story's year, as its first day would
    (BORDER_SUMMARY, [
        ("On July 12, soldiers tried to cross the border near a post in Armenia's Tavush province.", ("2020-07-12",),
         ("2020-july-clashes",)),
        ("Below is an account of the last three days (July 18-20) along the border.", ("2020-07-18/2020-07-20",),
         ("interwar",)),
    ]),
    # ... and without a story's year or an entry that fits, it stays without one
    (BORDER_SUMMARY.replace("On July 12, soldiers", "Soldiers").replace("Armenia's Tavush province", "Georgia's Kakheti"), []),
    # a copy whose day fits two wars keeps it without a year
    (WIRE_COPY, []),
    # a year written for another time (a ceasefire "in 1994", a war "of 1988-1994") does not outrank the war of
    # weeks whose days the text tells without a year
    (BRIEFING, [
        ("The last full-scale war ended with a ceasefire in 1994, and skirmishes went on after it.", ("1994",),
         ("first-nagorno-karabakh-war",)),
        ("A new war broke out on September 27th, with casualties on both sides.", ("2020-09-27",),
         ("second-nagorno-karabakh-war",)),
    ]),
    # ... nor of a range of such days, both its days moved
    (BRIEFING.replace("on September 27th", "on September 27-28"), [
        ("The last full-scale war ended with a ceasefire in 1994, and skirmishes went on after it.", ("1994",),
         ("first-nagorno-karabakh-war",)),
        ("A new war broke out on September 27-28, with casualties on both sides.", ("2020-09-27/2020-09-28",),
         ("second-nagorno-karabakh-war",)),
    ]),
    (EXPLAINER, [
        ("After six weeks of fighting, the 2020 Nagorno-Karabakh war ended.", ("2020",), ("second-nagorno-karabakh-war",)),
        # (a war told to the reader, "a 1988-1994 war", files the time of the news around it: war_clauses.in_indefinite_war)
        ("The enclave has been contested for decades, a 1988-1994 war claiming thousands of lives.", ("1988/1994",),
         ("2020-july-clashes", "second-nagorno-karabakh-war")),
        ("A new offensive began on September 27 after border clashes in July.", ("2020-09-27", "2020-07"),
         ("2020-july-clashes", "second-nagorno-karabakh-war")),
    ]),
    # ... but an entry of the first war does not: 15 December in Khojavend fits its winter offensive of 1993/94,
    # which may be any of its six winters' story; the year the text wrote stands
    (BRIEFING.replace("A new war broke out on September 27th", "On 15 December the village of Tugh in Khojavend was shelled"), [
        ("The last full-scale war ended with a ceasefire in 1994, and skirmishes went on after it.", ("1994",),
         ("first-nagorno-karabakh-war",)),
        ("On 15 December the village of Tugh in Khojavend was shelled, with casualties on both sides.", ("1994-12-15",),
         ("interwar",)),
    ]),
    # a sentence that places nothing goes on where its paragraph's other sentences place their events: the
    # September 2022 clashes in Armenia
    (BORDER_SHELLING, [("The September 13 assaults began just after midnight.", ("2022-09-13", "2022-09-13T00:00"), ("interwar",))]),
    # ... where no entry fought, no year
    (BORDER_SHELLING.replace("Jermuk and Goris in Armenia", "Telavi and Gori in Georgia"), []),
    # a sentence that places nothing stands where its paragraph's events are: the September 2022 clashes fought in
    # Armenia, where the shelling before it was ...
    (BORDER_ASSAULT, [("The September 13 assaults began then.", ("2022-09-13",), ("interwar",))]),
    # ... and where its paragraph places none either, its day stays without a year
    (BORDER_ASSAULT.replace("Jermuk and Vardenis", "the posts"), []),
    # a dispatch that writes no year, in a town no entry fought in, is of the war of weeks that holds its days
    (YEARLESS_DISPATCH, [
        ("Residents of Stepanakert spent the night of October 10-11 in shelters again.",
         ("2020-10-10TNI",), ("second-nagorno-karabakh-war",)),
        ("The truce announced at noon on Saturday, October 10 held for less than a day.",
         ("2020-10-10T12:00",), ("second-nagorno-karabakh-war",)),
    ]),
])
def test_an_undated_text_files_its_days(text, expected, reference):
    assert filed(text, reference) == expected


BORDER_NIGHT_RU = """Министерство обороны Армении сообщило, что утром 14 сентября обстрелу подверглись окрестности Джермука.

Напряжение на границе выросло в ночь на 13 сентября. Утром того же дня стороны договорились прекратить огонь."""

OFFENSIVE_HY = """Սեպտեմբերի 19-ին Ադրբեջանը հարձակվեց շփման գծի երկայնքով։

Դրանով նա խախտեց նոյեմբերի 9-ի եռակողմ հայտարարությունը։"""


@pytest.mark.parametrize("language, text, expected", [
    # a yearless report of fire on a town of Armenia in mid-September: the 2022 clashes, fought on Armenia's side; the
    # morning after a night the text told is the day the night ran into
    ("ru", BORDER_NIGHT_RU, [
        ("Министерство обороны Армении сообщило, что утром 14 сентября обстрелу подверглись окрестности Джермука.",
         ("2022-09-14TMO",), ("interwar",)),
        ("Напряжение на границе выросло в ночь на 13 сентября.", ("2022-09-12TNI",), ("interwar",)),
        ("Утром того же дня стороны договорились прекратить огонь.", ("2022-09-13TMO",), ("interwar",)),
    ]),
    # a day that names a document takes no year from the story told before it: the war of weeks that holds it does
    ("hy", OFFENSIVE_HY, [
        ("Սեպտեմբերի 19-ին Ադրբեջանը հարձակվեց շփման գծի երկայնքով։", ("2023-09-19",), ("2023-azerbaijani-offensive",)),
        ("Դրանով նա խախտեց նոյեմբերի 9-ի եռակողմ հայտարարությունը։", ("2020-11-09",), ("second-nagorno-karabakh-war",)),
    ]),
])
def test_an_undated_text_in_another_language_files_its_days(language, text, expected, reference):
    assert filed(text, reference, language) == expected
