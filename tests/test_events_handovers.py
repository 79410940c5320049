"""Classes read off the silver training spans of SUPPORT, AID, COOPERATE and CONCEDE
(issue 16): a passive extradition is made by whom its from-phrase names
(``dossier.events.handovers``), one party cooperating with no actor as partner keeps
its event, a retreat promised by a pledge verb is a concession, asylum granted with no
one named is given by the state of the place, specialists sent are aid, ties elevated
are support, a conviction a court overturns is the state's concession.  Every
sentence was written for these tests; none is taken from an evaluation file.
"""

from __future__ import annotations

import pytest

from conftest import Coded, assert_coded_or_not, coded
from dossier.entities import EntityFinder

CASES = [
    pytest.param(
        "The Dutch hacker Joost Smit was extradited to Germany from Morocco last week.",
        ("COOPERATE", "Morocco", "Joost Smit"),
        True,
        id="the_from_phrase_of_a_passive_extradition_hands_over",
    ),
    pytest.param(
        "In 2019 he was extradited to Japan from the Philippines.",
        ("COOPERATE", "Philippines", "Japan"),
        True,
        id="no_one_handed_over_named_the_receiving_state_is_the_target",
    ),
    pytest.param(
        "The Dutch hacker Joost Smit was extradited to Germany from Morocco last week.",
        ("COOPERATE", "Germany", None),
        False,
        id="the_receiving_state_does_not_extradite",
    ),
    pytest.param(
        "The Colombian general Ana Restrepo was extradited by Panama to Spain.",
        ("COOPERATE", "Panama", "Ana Restrepo"),
        True,
        id="a_by_phrase_stays_the_extraditer",
    ),
    pytest.param(
        "The former Bolivian minister Jorge Quiroga is cooperating with prosecutors.",
        ("COOPERATE", "Jorge Quiroga", None),
        True,
        id="one_party_cooperating_with_no_actor_keeps_its_event",
    ),
    pytest.param(
        "The former Bolivian minister Jorge Quiroga is working with his lawyers.",
        ("COOPERATE", "Jorge Quiroga", None),
        False,
        id="working_with_ones_lawyers_is_a_job",
    ),
    pytest.param(
        "Ecuador is cooperating with Colombia on the border.",
        ("COOPERATE", "Ecuador", "Colombia"),
        True,
        id="a_named_partner_stays_the_target",
    ),
    pytest.param(
        "Tunis promised to withdraw its troops from the two border towns.",
        ("CONCEDE", "Tunisia", None),
        True,
        id="a_retreat_promised_is_a_concession",
    ),
    pytest.param(
        "Tunis promised to withdraw its troops from the two border towns.",
        ("RETREAT", "Tunisia", None),
        False,
        id="a_retreat_promised_is_not_done",
    ),
    pytest.param(
        "Tunisia will withdraw its troops from the two border towns.",
        ("RETREAT", "Tunisia", None),
        True,
        id="a_plain_future_retreat_stays_a_retreat",
    ),
    pytest.param(
        "She was granted asylum in Norway last spring.",
        ("AID", "Norway", None),
        True,
        id="asylum_granted_in_a_state_is_its_aid",
    ),
    pytest.param(
        "She was granted asylum by a judge.",
        ("AID", None, None),
        False,
        id="no_place_no_grantor",
    ),
    pytest.param(
        "Three dissidents were released in Minsk.",
        ("RETREAT", "Belarus", None),
        False,
        id="only_grants_take_the_state_of_the_place",
    ),
    pytest.param(
        "Chile is sending a team of medical specialists to Ukraine.",
        ("AID", "Chile", "Ukraine"),
        True,
        id="specialists_sent_are_aid",
    ),
    pytest.param(
        "The Kenyan activist Mary Wanjiru was jailed in Nairobi in May. "
        "A higher court overturned the conviction on Friday.",
        ("CONCEDE", "Kenya", None),
        True,
        id="a_conviction_overturned_by_a_court_is_the_states_concession",
    ),
    pytest.param(
        "The Kenyan activist Mary Wanjiru said the mayor overturned the ban on hawkers.",
        ("CONCEDE", "Kenya", None),
        False,
        id="an_unnamed_official_is_not_the_state",
    ),
    pytest.param(
        "Hanoi elevated its ties with Canberra last year.",
        ("SUPPORT", "Vietnam", "Australia"),
        True,
        id="ties_elevated_are_support",
    ),
]


@pytest.mark.parametrize(("text", "event", "coded_here"), CASES)
def test_class_is_coded_or_not(
    text: str, event: Coded, coded_here: bool, finder: EntityFinder
) -> None:
    assert_coded_or_not(coded(text, finder), event, coded_here)
