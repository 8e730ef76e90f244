"""Days the resolver dated by another time the text told, dated again by what the text and the catalogue say.

The resolver (``timex.resolve``) gives a day written without its year the year of the narrative around it, or,
in a text with no date of its own, a year the text wrote for something else. A careful reader weighs that year
against what the sentence and the catalogue of wars say of the day:

* a year the text wrote for another time (a ceasefire "in 1994" told before "A new conflict erupted on September
  27th"; the resolver's last resorts, ``named`` and ``later-text``), or a bare year of the narrative written in an
  earlier paragraph ("In 1994 the two sides signed a ceasefire", then "Fighting broke out on April 2 near Talish"),
  says less than the catalogue's fitting entries when they agree on one year and are the text's own (entries it
  names) or fought in a war or clashes of weeks (the four days of April 2016 in Tartar); a day no entry fits goes
  on in the year of the story's last day when the catalogue dated that (a ceasefire agreed in Moscow on April 5,
  after April 2 at Talish);
* a day the sentence itself tells as one of a war it names ("liberated on October 4 during the 44-day war") is of
  the year that war holds it in, whatever year the story stood at;
* a day a place was freed from occupation on is not of the year the occupation began, when the catalogue knows one
  later fight in the district on that day ("occupied on August 23, 1993 ... liberated from occupation on October 4":
  the 2020 battle for Jabrayil, not the 1993 offensives).

The times the narrative told from a day so moved move with it (``Story.moved_on``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from chronicle.extract.catalogue_fits import FOUGHT, fought_years, goes_on, of_weeks, only_year, shift_years, \
    year_of, years_later
from chronicle.extract.war_names import find_names, matcher_for
from chronicle.model import DateMention
from chronicle.wars import WarCatalog

_FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_YEAR_FIRST = re.compile(r"\d{4}(?:-[\w:/-]+)?")  # a value that starts with its year (a range's two years)
_BORROWED = re.compile(r"(?:named|later-text):\d{4}")  # the resolver's last resort: a year the text wrote for another time
_BARE_NARRATIVE = re.compile(r"narrative:(\d{4})")  # the narrative stood at a bare year ("In 1994 the two sides ...")
_COUNTED_RULES = ("relative", "weekday", "shift:", "anaphoric")  # days counted from another: "yesterday", "on Monday"
_DATED_HERE = ("sentence:", "catalogue:", "told:", "same-day:", "after-occupation:")
# A place freed from occupation ("liberated from occupation", "freed from the Armenian occupation", "освобождён от
# оккупации", "işğaldan azad edilib"): the end of an occupation the text may date, a campaign before.
_ENDED_OCCUPATION = re.compile(r"\bfrom\s+(?:the\s+)?(?:[A-Z]\w+\s+|enemy\s+)?occupation\b|(?<!\w)от\s+(?:\w+\s+)?оккупации"
                               r"|(?<!\w)işğal(?:ın)?dan(?!\w)", re.IGNORECASE)


@dataclass
class Story:
    """What the reading of one text knows as it goes: the entries it names, the last day it told, the moves made."""

    catalog: WarCatalog
    named: set[str]
    told: dt.date | None = None  # the last day the text is known to have told, with its year
    by_catalogue: bool = False  # ... and the catalogue gave it that year, which the resolver never saw
    night: bool = False  # ... and it told that day's night ("в ночь на 13 сентября"): its morning is the next day's
    moved: dict[str, int] = field(default_factory=dict)  # value -> years added, of the days moved and the times after them
    bare_years: dict[str, int] = field(default_factory=dict)  # a bare year the text wrote -> the paragraph it stands in

    def note(self, mention: DateMention, paragraph: int) -> None:
        """Remember the day the mention tells (with its year) and the bare year it writes."""
        if mention.precision == "day" and mention.earliest and _FULL_DAY.match(mention.value):
            self.told, self.by_catalogue = mention.earliest, (mention.anchor or "").startswith(("catalogue:", "told:"))
            self.night = mention.value.endswith("TNI")
        elif mention.precision == "year" and len(mention.value) == 4:
            self.bare_years.setdefault(mention.value, paragraph)

    def moved_on(self, mention: DateMention) -> DateMention | None:
        """A time the resolver dated from the narrative's day when that day's year was moved ("September 27" put in
        2020, then "after border clashes in July"): moved by as many years; None for any other mention."""
        told = (mention.anchor or "").removeprefix("narrative:")
        years = self.moved.get(told) if told != mention.anchor and _YEAR_FIRST.fullmatch(mention.value) else None
        if years is None:
            return None
        self.moved[mention.value] = years
        return years_later(mention, years, f"narrative:{shift_years(told, years)}")

    def redate(self, mention: DateMention, paragraph: int, text: str, districts: set[str]) -> DateMention:
        """The mention dated again as the module says, or as it is."""
        widen = self.borrowed(mention, paragraph)
        if widen is not None:
            mention = self.against_the_catalogue(mention, districts, widen)
        if inferred(mention):
            mention = self.in_named_war(mention, names_in(text, self.catalog))
        if inferred(mention) and _ENDED_OCCUPATION.search(text):
            mention = self.after_occupation(mention, districts)
        return mention

    def borrowed(self, mention: DateMention, paragraph: int) -> bool | None:
        """Is the mention a day whose year the resolver took from another time the text wrote? True for its last
        resorts (which the wars of weeks may outrank), False for a bare year the narrative stood at since an earlier
        paragraph (which only entries fought in the sentence's districts or named by the text outrank), else None."""
        anchor = mention.anchor or ""
        if mention.precision != "day" or _FULL_DAY.fullmatch(mention.value[:10]) is None:
            return None
        if _BORROWED.fullmatch(anchor):
            return True
        bare = _BARE_NARRATIVE.fullmatch(anchor)
        return False if bare and self.bare_years.get(bare.group(1), paragraph) < paragraph else None

    def against_the_catalogue(self, mention: DateMention, districts: set[str], widen: bool) -> DateMention:
        """A borrowed year weighed against the catalogue's fitting entries (the module's first case)."""
        when = dt.date.fromisoformat(mention.value[:10])
        fit = year_of(when.month, when.day, districts, self.named, self.catalog, widen)
        settled = self.told if self.by_catalogue else None
        if fit is None and settled is not None and goes_on(settled, when.month, when.day):
            fit = settled.year, None
        if fit is None or fit[0] == when.year or fit[1] is not None and fit[1] not in self.named \
                and not of_weeks(self.catalog.get(fit[1]), self.catalog):
            return mention
        year, entry = fit
        return self.move(mention, year - when.year, f"catalogue:{entry}" if entry else f"told:{settled.isoformat()}")

    def in_named_war(self, mention: DateMention, names: set[str]) -> DateMention:
        """A day the sentence tells as one of a war it names: that war's year (the module's second case)."""
        when = mention.earliest
        fits = {year: entry for entry in names if self.catalog.get(entry).kind in FOUGHT
                and (year := only_year(self.catalog.get(entry), when.month, when.day)) is not None}
        if len(fits) != 1 or when.year in fits:
            return mention
        year, entry = next(iter(fits.items()))
        return self.move(mention, year - when.year, f"catalogue:{entry}")

    def after_occupation(self, mention: DateMention, districts: set[str]) -> DateMention:
        """A place freed from occupation on a day of the year the occupation began: the one later fight the catalogue
        knows in the district on that day (the module's third case)."""
        when = mention.earliest
        fits = fought_years(when.month, when.day, districts, self.catalog)
        later = sorted(year for year in fits if year > when.year)
        if when.year not in fits or len(later) != 1:
            return mention
        return self.move(mention, later[0] - when.year, f"after-occupation:{when.year}")

    def move(self, mention: DateMention, years: int, anchor: str) -> DateMention:
        self.moved[mention.value] = years
        return years_later(mention, years, anchor)


def inferred(mention: DateMention) -> bool:
    """Is the mention a day written without its year that the resolver dated from outside its sentence (the
    narrative's year, the lead's count, the document's date)? Not a day counted from another ("yesterday", "on
    Monday"), nor one dated here or by the catalogue."""
    anchor = mention.anchor or ""
    return mention.precision == "day" and anchor not in ("", "explicit") and not anchor.startswith(_DATED_HERE) \
        and not (mention.rule or "").startswith(_COUNTED_RULES) and _FULL_DAY.match(mention.value) is not None


def names_in(text: str, catalog: WarCatalog) -> set[str]:
    """The catalogue entries one text names unambiguously."""
    return {n.means[0] for n in find_names(text, matcher_for(catalog), catalog) if len(n.means) == 1}
