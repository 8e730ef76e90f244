"""The subject of a passive or intransitive claim where something stands between it and its verb, or where it is
no name (shapes the held-out texts of session 19 missed, in wire copy, anniversary bulletins and an encyclopedia
mirror): a pronoun for the text's topic, an aside that describes the subject (a preposition, a present participle,
figures with thousands separators), a plural whose members "including" lists, a preposition's phrase in the
subject that ends at the verb, a verb joined by "and" that shares the subject of the passive before it, a
"regular" army in the subject (the actors, no habit); and the people a killing noun names first. Each beside a
near miss that must not change. The sentences are written for these tests in the shapes real texts use."""

from __future__ import annotations

import pytest

from test_claims import brief, claims_in, reference  # noqa: F401 (reference: the module's fixture)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a pronoun right before a passive verb stands for the place the text is about
        ("Lachin was taken in May 1992.\n\nIn April 1994 it was again occupied by Armenian forces.",
         [("control", "AZ-LAC", "1992-05", None, "was taken"),
          ("control", "AZ-LAC", "1994-04", None, "was again occupied")]),
        ("Talish is a village of the Tartar district.\n\nThe height above the village was a battle site on 5 April "
         "2016, following which it was retaken by the army.",
         [("control", "AZ-TAR", "2016-04-05", None, "was retaken")]),
        # near misses: after a city abroad "it" is what met there; with no place named before, nothing
        ("The talks were held in Paris. It was attacked by critics.", []),
        ("The report was published on 3 May 2021. It was attacked by the ministry.", []),
        # an aside that describes the subject, opened by a participle or a preposition, figures and all
        ("Khojavend, covering an area of 1,458 square kilometres, with a population of 41,000, was occupied by "
         "Armenian forces on 2 October 1992.",
         [("control", "AZ-XVD", "1992-10-02", None, "was occupied")]),
        ("Zangilan, on the border with Iran, was shelled on 20 August 1993.",
         [("assault", "AZ-ZAN", "1993-08-20", None, "was shelled")]),
        ("Fuzuli, lying in an open plain, was quickly taken in October 2020.",
         [("control", "AZ-FUZ", "2020-10", None, "was quickly taken")]),
        # an anaphor described up to the comma before its verb
        ("Gubadli fell in 1993.\n\nThe district with an area of 802 square kilometres and 94 villages, was occupied "
         "on 31 August 1993.",
         [("control", "AZ-QBI", "1993", None, "fell"), ("control", "AZ-QBI", "1993-08-31", None, "was occupied")]),
        # near misses: a place inside the aside is not the subject; an anaphor described with no comma stays apart
        ("The army, advancing from Fuzuli, was shelled on 5 May 1993.",
         [("assault", None, "1993-05-05", None, "was shelled")]),
        ("Gubadli fell in 1993.\n\nThe district with an area of 802 square kilometres and 94 villages was occupied "
         "on 31 August 1993.",
         [("control", "AZ-QBI", "1993", None, "fell")]),
        # a plural subject that names no place: the places "including" lists in its clause
        ("Several towns in the south have fallen to Armenian forces, including Gubadli and Jabrayil.",
         [("control", "AZ-QBI", None, None, "have fallen"), ("control", "AZ-CAB", None, None, "have fallen")]),
        # near misses: a subject that names its place keeps it; a list in another clause lists something else
        ("Gubadli has fallen, including its villages.", [("control", "AZ-QBI", None, None, "has fallen")]),
        ("Several towns have fallen; many refugees, including those from Gubadli, fled.", []),
        # a preposition's phrase in the subject ends at the verb: the object after it is no origin
        ("Units from Stepanakert had taken Shusha on 8 May 1992.",
         [("control", "AZ-SUS", "1992-05-08", None, "had taken")]),
        # near miss: the place right after "from" is still where the attack came from
        ("Units attacked from Aghdam on 5 May 1993.", [("assault", None, "1993-05-05", None, "attacked")]),
        # a verb joined by "and" to a passive before it, with no place of its own, shares its subject, its own date
        ("Talish was captured by Armenian forces in 1992 and recaptured by Azerbaijan on 3 October 2020.",
         [("control", "AZ-TAR", "1992", None, "was captured"), ("control", "AZ-TAR", "2020-10-03", None, "recaptured")]),
        ("Talish and Seysulan were shelled on 5 May 1993 and were captured on 6 May 1993.",
         [("assault", "AZ-TAR", "1993-05-05", None, "were shelled"),
          ("control", "AZ-TAR", "1993-05-06", None, "were captured")]),
        # near misses: a subject of its own after "and" keeps its own object
        ("Talish was captured in 1992 and the army retook Lachin on 3 October 2020.",
         [("control", "AZ-TAR", "1992", None, "was captured"), ("control", "AZ-LAC", "2020-10-03", None, "retook")]),
        # (its object "it" is the place the sentence named: claims/targets.object_pronoun)
        ("Talish was captured in 1992 and troops retook it on 3 October 2020.",
         [("control", "AZ-TAR", "1992", None, "was captured"), ("control", "AZ-TAR", "2020-10-03", None, "retook")]),
        # a standing army named as "regular" is the actor, no habit of the event
        ("Maraga was shelled on 10 April 1992.\n\nOn 10 April 1992 the regular army forces entered the village.",
         [("assault", "AZ-TAR", "1992-04-10", None, "was shelled"),
          ("control", "AZ-TAR", "1992-04-10", None, "entered")]),
        # near miss: the habit of the event itself still excludes it
        ("In May 1993 the army regularly shelled Aghdam.", []),
        # the people a killing noun names first after "of" were killed: the forces after "by" killed them
        ("The Khojaly massacre was the mass killing of Azerbaijani civilians by Armenian forces in the town of Khojaly "
         "on 26 February 1992.",
         [("massacre", "AZ-XCI", "1992-02-26", None, "mass killing of")]),
        # near misses: combatants named first are killed in fighting, no massacre, however many
        ("On 26 February 1992 the mass killing of Armenian forces by the defenders of Khojaly was reported.", []),
        ("On 26 February 1992 the annihilation of at least 20 soldiers near Khojaly was reported.", []),
    ],
)
def test_subjects_apart_from_their_verb(text, expected, reference):
    assert [brief(c) for c in claims_in(text, reference, "2021-06-01")] == expected
