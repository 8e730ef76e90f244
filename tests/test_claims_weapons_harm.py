"""Claims of two shapes found missing across held-out sets of front reports, agency wire and statements, each beside
near misses that must give nothing or stay as they were: weapons a side used on a place (the weapon lit by a verb of
use, an attack only at a district the sentence names), and an attack's noun that opens a sentence whose later words
tell the harm it did (an attack that happened, at the place it names). The sentences are written for these tests in
the shapes real texts use."""

from __future__ import annotations

import pytest

from test_claims import brief, claims_in, reference  # noqa: F401 (reference: the module's fixture)


@pytest.mark.parametrize(
    "published, text, expected",
    [
        # weapons used on a place, active or passive, the place after "against", "in the direction of" or an aim
        ("2020-11-01", "On 4 October 2020 mortars were used against Fuzuli.",
         [("assault", "AZ-FUZ", "2020-10-04", None, "were used")]),
        ("2020-11-01", "On 4 November 2020 the troops used cluster munitions against the villages of Barda district.",
         [("assault", "AZ-BAR", "2020-11-04", None, "used cluster munitions")]),
        ("2020-08-01", "On 20 July 2020 the troops utilized grenade launchers in the direction of Chambarak.",
         [("assault", "AM", "2020-07-20", None, "utilized grenade launchers")]),
        # near misses: weapons used at no named place, or named without a verb of use, attack nothing
        ("2020-11-01", "On 5 October 2020 Azerbaijan used Turkish drones.", []),
        ("2020-11-01", "On 5 October 2020 drones flew over Stepanakert.", []),
        ("2020-11-01", "On 5 October 2020 the army deployed artillery near Tartar.", []),
        # near miss: a weapon beside an attack's own verb leaves that verb its date and place
        ("2020-11-01", "The army attacked Tartar using artillery on 4 October 2020.",
         [("assault", "AZ-TAR", "2020-10-04", None, "attacked")]),
        # an attack's noun opening the sentence, the harm it did told after it: the attack happened, at its place
        ("2020-11-01", "The shelling of Tartar killed three civilians, the ministry said.",
         [("assault", "AZ-TAR", None, None, "shelling of")]),
        ("2020-11-01", "In rocket attacks on Barda, a town of the plain, the army killed ten civilians.",
         [("assault", "AZ-BAR", None, None, "attacks")]),
        ("2020-11-01", "As a result of the bombardment of Naftalan at night, two residents were wounded.",
         [("assault", "AZ-NA", None, None, "bombardment of")]),
        # near miss: the harm's victims named with their home after the comma that ends the attack's phrase: no place
        ("2020-11-01", "As a result of the bombardment by the army, a resident of Naftalan was wounded.", []),
        # near misses: harm to come, an attack later in its sentence, or an attack at no place, tell of no attack
        ("2020-11-01", "The attacks on Goris will kill many, the minister warned.", []),
        ("2020-11-01", "The attacks on Goris would have killed many.", []),
        ("2020-11-01", "The minister said that many had been killed since the attacks on Goris.", []),
        ("2020-11-01", "The shelling killed three civilians on Friday.", []),
        # near miss: an operation with no object of its own is the backdrop of what the sentence tells after it
        ("2020-11-01", "As a result of the operation the villages of Hadrut district were destroyed and ten people "
         "were killed.", []),
    ],
)
def test_weapons_used_and_harm_told_after_the_attack(published, text, expected, reference):
    assert [brief(c) for c in claims_in(text, reference, published)] == expected
