"""Taking part in or joining an armed exercise (issue 16, cv12): the
trigger lines "participate in" and "join" an exercise
(events.yaml COOPERATE); one side alone is a show of force (MOBILIZE, the rewrite
"exercises held by one side alone"), two or more cooperate each with each; and an
exercise a civil noun names drills no forces (trigger veto civil_exercise,
``exercise_marks`` of grammar.yaml).

Every sentence here was written for these tests, with invented details.
"""

from __future__ import annotations

import pytest

from conftest import Coded, assert_coded_or_not, coded, events_of
from dossier.entities import EntityFinder

EXERCISE_PARTS: list[tuple[str, Coded, bool]] = [
    (  # two parties: each cooperates with the other
        "Serbian soldiers participated in joint drills with Hungarian units last week.",
        ("COOPERATE", "Serbia", "Hungary"),
        True,
    ),
    (
        "Fiji and Tonga joined a maritime exercise led by New Zealand near Suva.",
        ("COOPERATE", "Tonga", "Fiji"),
        True,
    ),
    (
        "Thai marines participated in amphibious landing drills with Cambodian sailors.",
        ("COOPERATE", "Thailand", "Cambodia"),
        True,
    ),
    (  # one side alone: a show of force
        "Kazakh troops joined tactical exercises near the border with Kyrgyzstan.",
        ("MOBILIZE", "Kazakhstan", "Kyrgyzstan"),
        True,
    ),
    (
        "Thousands of Chilean sailors participated in naval drills off the Atacama coast.",
        ("MOBILIZE", "Chile", None),
        True,
    ),
    (
        "Kazakh troops joined tactical exercises near the border with Kyrgyzstan.",
        ("COOPERATE", None, None),
        False,
    ),
    (  # a civil exercise drills no forces
        "Thousands of Nigerian voters participated in the registration exercise in Lagos.",
        ("MOBILIZE", None, None),
        False,
    ),
    (
        "Kenyan officials participated in the census exercise last week.",
        ("MOBILIZE", None, None),
        False,
    ),
    (
        "The Ugandan ministry joined the tree-planting exercise in Gulu.",
        ("MOBILIZE", None, None),
        False,
    ),
    (
        "Indonesian nurses joined an earthquake drill in Padang.",
        ("MOBILIZE", None, None),
        False,
    ),
    (  # the construction joint_exercise leaves a civil exercise too
        "Bolivian and Peruvian officials took part in a census exercise along the border.",
        ("COOPERATE", None, None),
        False,
    ),
    (  # two parties taking part: the construction joint_exercise, the place no target
        "Bosnia and Montenegro took part in a mountain drill in the Dinaric Alps.",
        ("COOPERATE", "Bosnia and Herzegovina", "Montenegro"),
        True,
    ),
]


@pytest.mark.parametrize(("text", "event", "coded_here"), EXERCISE_PARTS)
def test_taking_part_in_an_exercise(
    finder: EntityFinder, text: str, event: Coded, coded_here: bool
) -> None:
    assert_coded_or_not(coded(text, finder), event, coded_here)


def test_an_exercise_nobody_is_named_in_keeps_its_type_unattributed(finder: EntityFinder) -> None:
    text = "The stealth bombers are participating in the Pacific Shield exercise this month."
    found = {e.type for e in events_of(text, finder, unattributed=True)}
    assert "COOPERATE" in found, found
    assert not events_of(text, finder), "no sides: the default mode drops it"
