"""A person's life told around a name places no war event there (``placelives``): where someone was born, came
from, went to school, worked, moved to, found refuge, served or lies buried, beside the battles a biography tells.

The sentences are written for these tests in the shape of hero biographies, obituaries and displaced people's
stories; none is quoted from a source.
"""

from __future__ import annotations

import pathlib

import pytest

from chronicle.extract.placepeople import not_a_place
from chronicle.extract.placelives import tells_a_life
from chronicle.extract.places import filing_districts, tag_document
from chronicle.gazetteer import Gazetteer

DATA = pathlib.Path(__file__).resolve().parent.parent / "corpus" / "gazetteer"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load(DATA)


@pytest.mark.parametrize("before, after, expected", [
    # birth, with a date or a place's description between the verb and the name
    ("Rauf was born in ", " in 1970.", True),
    ("Rauf was born on 12 March 1970 in ", " district.", True),
    ("Rauf was born on March 12, 1970, in the Dashbulag village of ", " Municipality.", True),
    ("He was born on May 3, in the community of Tagavard of Artsakh's ", " region.", True),
    ("She was born and raised in ", ".", True),
    ("He grew up in ", " and Sumgait.", True),
    # ... but a clause of its own gives the next name back to the story
    ("Born in Shusha, he fought in ", ".", False),
    ("He was born in Baku and fell in ", ".", False),
    # where a person is from, told with a copula
    ("Kamran, who is originally from the village of ", ", joined the battalion.", True),
    ("The gunner was from village of ", " in Armenia.", True),
    ("The two others were residents of ", ".", True),
    ("He was a native of ", ".", True),
    ("Shelling killed three residents of ", ".", False),  # the people, not a copula: where they were killed
    ("Residents of ", " were shelled.", False),
    # school and work
    ("He attended school in ", ".", True),
    ("In 1988 he completed his secondary education in ", ".", True),
    ("He graduated from ", " State University.", True),
    ("He worked in Ganja and ", " until 1991.", True),
    ("He was hired as a driver at the bread factory in ", ".", True),
    ("The workers of the cotton plant in ", " were killed.", False),  # the people, no verb: where they were killed
    ("Shells hit the school in ", ".", False),
    # moving house, a stay, a roof found by the displaced
    ("His family moved to ", " in 1990.", True),
    ("They kept moving, first to Barda, then back to ", ".", True),
    ("The family, who had fled the war, moved to the town of ", ".", True),
    ("They stayed with relatives for a year in the central ", " district.", True),
    ("The family finally found permanent housing in an old dormitory in ", ".", True),
    ("There is a refugee camp in ", ".", True),
    ("Sixty thousand became refugees, who were later placed in Ganja, Khanlar (now Goygol district), ", " and Barda.", True),
    ("The IDPs were temporarily housed in ", ".", True),
    ("Shells hit the school in ", " where refugees were housed.", False),  # the blow was there
    # ... or where they fled to: the flight happened where they left
    ("We fled to ", " and waited there for twenty years.", True),
    ("Thousands were driven from their homes toward ", ".", True),
    ("The people left in the town were forced to leave their homes to make their way to the town of ", ".", True),
    ("Civilians fled from ", " to Barda.", False),
    ("The soldiers fled to ", ", where they were killed by shelling.", False),  # what befell them there
    ("From Khojaly we came to ", ".", True),
    ("Then we came to ", " and settled in a school.", True),
    ("For a month in ", " we lived with relatives.", True),
    ("Then they came to ", " and burned the houses.", False),  # no first person, nothing settled: a deed there
    ("The fighting moved to ", ".", False),  # no one moving house: the war moved there
    # ... nor does a return: families counted are the place's resettlement, one of its events
    ("On Monday, 40 people of 11 families relocated to ", ".", False),
    ("Twelve families moved to the Aghali village of ", " district.", False),
    ("The first families moved back to ", ".", False),
    ("His parents moved back to ", " in 1975.", True),  # one family's life, back home or not
    # a post
    ("After serving in the Border Troops in ", ", he went to the front.", True),
    ("He began his service in the ", " district.", True),
    ("Later they transferred him to ", ".", True),
    ("In 1992 he was appointed commander of a battalion formed in ", ".", True),
    ("He was assigned the duties of commander of the defence forces of the ", " region.", True),
    # burial and memory
    ("He was buried on 5 June in ", ".", True),
    ("He was buried at a martyrs' cemetery in ", ".", True),
    ("People visit the Alley of Martyrs in ", ".", True),
    ("A bust of the hero was erected in ", ".", True),
    ("A mass grave in ", " held the remains of forty civilians.", False),
    ("The Secondary School No. 4 in ", " was named after him.", True),
    # a biography's lead: birth date and place, a dash, then death date and place
    ("Elnur Aliyev (Azerbaijani: Elnur Əliyev; 3 May 1970, ", ", Azerbaijan SSR – 9 June 1992, Aghdam)", True),
    ("Elnur Aliyev (3 May 1970, Mingachevir – 9 June 1992, ", ", Aghdam)", False),  # the death's place
    # a frame yields to an event told right after the name
    ("He worked in ", " when shells hit the plant.", False),
    ("The victims were buried in 1918 in ", " during the March events.", False),
    ("The wounded man was a resident of the Orta village of ", " district, who had been injured in the shelling.", False),
    ("He was wounded in ", ".", False),
    # where people live, told of them: a place's description or the names before it may stand between
    ("Now in his forties, and living in the Azerbaijani capital of ", ", he follows the news.", True),
    ("These families have lived in Barda and ", " since 1993.", True),
    ("Two civilians living in ", " were killed by shelling.", False),  # harm told: where it happened
    ("The rocket hit a house in which a family living in ", " had sheltered.", False),
    ("The offensive was aimed at the Armenians living in the ", " district.", False),
    # people named by where they live, as the ones who speak or take part
    ("One of the residents of ", " urged the soldiers to lay down their arms.", True),
    ("Hundreds of ", " residents, veterans among them, took part in the march.", True),
    ("The inhabitants of the occupied town of ", " appealed to the United Nations.", True),
    ("Residents of ", " said shells hit their street overnight.", False),  # what they tell happened there
    ("Residents of ", " were evacuated.", False),
    ("The two ", " residents were wounded.", False),
])
def test_life_frames(before, after, expected):
    assert tells_a_life(before, after) is expected


@pytest.mark.parametrize("sentence, expected", [
    ("Elchin was born on 2 May 1971 in Barda district.", ()),
    ("He attended school in Sumgait and worked in Mingachevir.", ()),
    ("Born in Barda, he was killed in the battle for Aghdam on 3 July 1993.", ("AZ-AGM",)),
    ("He was born in Barda and was killed in Aghdam.", ("AZ-AGM",)),
    ("His family moved to Sumgait, where he later joined the battalion that fought in Fizuli.", ("AZ-FUZ",)),
    ("After serving in the Interior Troops in Baku, he was killed near Shusha.", ("AZ-SUS",)),
    ("He was buried in Mingachevir.", ()),
    # where people fled, told in a relative clause on them, is who they are; told as the sentence's deed, it happened
    ("The family, who fled their home village of Tugh, moved to Barda.", ()),
    ("Families who fled their homes in Aghdam were shelled in Barda.", ("AZ-BAR",)),
    ("They fled their homes in Aghdam under fire.", ("AZ-AGM",)),
    ("The family fled their village under fire and headed towards Aghdam.", ()),
    ("Civilians fled from Shusha to Barda.", ("AZ-SUS",)),
    ("In an interview with a news agency in Baku, she recalled the night Khojaly fell.", ("AZ-XCI",)),
    ("The ministry announced on Monday in the capital Baku that Shusha had been shelled.", ("AZ-SUS",)),
    ("Shells hit Baku overnight.", ("AZ-BA",)),
    ("One of the residents of Khankendi urged the soldiers to lay down their arms.", ()),
    ("Thousands of Baku residents took part in the march on Sunday.", ()),
    ("Residents of Tartar said their houses were shelled all night.", ("AZ-TAR",)),
    ("Living in Barda since 1993, the family followed the news from the front.", ()),
    # harm anywhere in the sentence gives the name back: the cheap reading, which never loses a place of harm
    ("Living in Barda since 1993, the family watched the shelling of Tartar.", ("AZ-BAR", "AZ-TAR")),
    ("The ombudsman said a civilian in Martuni region had died when a shell hit his home.", ("AZ-XVD",)),
])
def test_a_life_files_no_district(gazetteer, sentence, expected):
    assert filing_districts(tag_document([[sentence]], gazetteer).mentions[0][0]) == expected


@pytest.mark.parametrize("before, after, expected", [
    # a surname that spells like a village: an age after it, "said X, who" (a title before it: ``titled``)
    ("Activist Anar ", ", 38, was a child then.", True),
    ("The veteran Rafig ", " (54) remembers the night.", True),
    ("“We will go back,” said ", ", who now lives in Baku.", True),
    # a place stays one
    ("Refugees from ", ", who fled in 1993, returned.", False),  # "who" without a speech verb: the refugees
    ("The ministry said ", " was shelled.", False),
    ("Shelling hit ", ", 12 km from the front.", False),
])
def test_a_surname_is_no_place(before, after, expected):
    assert not_a_place(after, before) is expected
