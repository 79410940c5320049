"""Help reached through what is given or done (issue 16): backing said to be military
is aid, loans stopped are a sanction on their receiver, the one helped to do something
is the target, coordinated subjects cooperate with each other, relief handed out is
aid to its receivers.  Sentences written for these tests (invented people, real states).
"""

from __future__ import annotations

import pytest

from conftest import Coded, assert_coded_or_not, coded
from dossier.entities import EntityFinder

# text, (type, source, target), whether it is coded
CASES: list[tuple[str, Coded, bool]] = [
    # backing in arms is material help (PLOVER AID), other backing a stance
    (
        "Kenya's military backing of the Somali government has grown.",
        ("AID", "Kenya", "Somalia"),
        True,
    ),
    (
        "Tehran's military backing of the Houthis worries Riyadh.",
        ("AID", "Iran", "Houthis"),
        True,
    ),
    (
        "Kenya's political backing of the Somali government has grown.",
        ("AID", "Kenya", None),
        False,
    ),
    (
        "Kenya's political backing of the Somali government has grown.",
        ("SUPPORT", "Kenya", "Somalia"),
        True,
    ),
    # loans stopped are withdrawn aid, at whoever was to receive them
    (
        "A halt in South Korean loans to Laos has slowed the dam.",
        ("SANCTION", "South Korea", "Laos"),
        True,
    ),
    ("Peru suspended its loans to Laos last week.", ("SANCTION", "Peru", "Laos"), True),
    # the one helped to do a thing is whom the help is for
    ("South Korea helped Samoa rebuild three bridges.", ("AID", "South Korea", "Samoa"), True),
    # coordinated subjects acting together cooperate both ways
    ("Peru and Bolivia set up their own trade alliance.", ("COOPERATE", "Peru", "Bolivia"), True),
    ("Peru and Bolivia set up their own trade alliance.", ("COOPERATE", "Bolivia", "Peru"), True),
    # relief handed out reaches the country of its receivers
    (
        "The Red Cross distributed blankets to families in Gabon.",
        ("AID", "Red Cross", "Gabon"),
        True,
    ),
    (
        "Japan approved a package for supporting Moldova's power grid.",
        ("AID", "Japan", "Moldova"),
        True,
    ),
    # thanks and credit are praise of whom they go to
    ("Kenya thanked Norway for the new wells.", ("SUPPORT", "Kenya", "Norway"), True),
    # moving closer to a state is a stance for it (PLOVER SUPPORT)
    ("Ghana's rapprochement with Togo surprised Benin.", ("SUPPORT", "Ghana", "Togo"), True),
    (
        "Uruguay is realigning with Brazil on trade, Senator Ines Costa said.",
        ("SUPPORT", "Uruguay", "Brazil"),
        True,
    ),
    # ties held are cooperation
    ("Laos has good relations with Thailand.", ("COOPERATE", "Laos", "Thailand"), True),
]


@pytest.mark.parametrize(("text", "event", "coded_here"), CASES)
def test_made_things(text: str, event: Coded, coded_here: bool, finder: EntityFinder) -> None:
    assert_coded_or_not(coded(text, finder), event, coded_here)
