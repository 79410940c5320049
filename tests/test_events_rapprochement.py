"""States drawing together (issue 16): "Seoul is moving closer to Canberra" is a
rapprochement (COOPERATE); a move closer to a thing, or an armed advance, is none
(``dossier.events.nearing``); officials of two states "talking together" or one state
"sitting down with" another consult; olive branches, mended fences and taking sides
are support.  Every sentence was written for these tests (real countries, invented
situations); none is taken from an evaluation file.
"""

from __future__ import annotations

import pytest

from conftest import Coded, assert_coded_or_not, coded
from dossier.entities import EntityFinder

DRAWING_TOGETHER = [
    pytest.param(
        "Since the election, Honduras has moved closer to Beijing.",
        ("COOPERATE", "Honduras", "China"),
        True,
        id="a_state_moving_closer_to_a_capital_nears_its_state",
    ),
    pytest.param(
        "Ghana and Togo have grown closer since the border deal.",
        ("COOPERATE", "Ghana", "Togo"),
        True,
        id="two_states_growing_closer_each_with_the_other",
    ),
    pytest.param(
        "The Serbian president is inching closer to the European Union.",
        ("COOPERATE", "Serbia", "European Union"),
        True,
        id="a_leader_inching_closer_to_a_body",
    ),
    pytest.param(
        "Argentina and Uruguay moved closer to an agreement on the river.",
        ("COOPERATE", None, None),
        False,
        id="nearing_an_agreement_is_no_cooperation",
    ),
    pytest.param(
        "Sudanese troops moved closer to the Ethiopian town of Humera.",
        ("COOPERATE", None, None),
        False,
        id="troops_moving_closer_advance",
    ),
    pytest.param(
        "Insurgents edged closer to Maputo over the weekend.",
        ("COOPERATE", None, None),
        False,
        id="insurgents_edging_closer_advance",
    ),
    pytest.param(
        "The cyclone moved closer to Mozambique on Thursday.",
        ("COOPERATE", None, None),
        False,
        id="a_storm_nears_no_one",
    ),
    pytest.param(
        "Morocco extended an olive branch to Algeria.",
        ("SUPPORT", "Morocco", "Algeria"),
        True,
        id="an_olive_branch_is_a_conciliatory_gesture",
    ),
    pytest.param(
        "Hungary sided with Russia in the dispute.",
        ("SUPPORT", "Hungary", "Russia"),
        True,
        id="siding_with_a_party_supports_it",
    ),
    pytest.param(
        "Qatar reconciled with Saudi Arabia in 2021.",
        ("SUPPORT", "Qatar", "Saudi Arabia"),
        True,
        id="reconciling_with_a_party",
    ),
    pytest.param(
        "Serbia patched up relations with Montenegro.",
        ("SUPPORT", "Serbia", "Montenegro"),
        True,
        id="patching_up_relations",
    ),
    pytest.param(
        "Ankara moved to mend fences with Cairo.",
        ("SUPPORT", "Turkey", "Egypt"),
        True,
        id="mending_fences",
    ),
    pytest.param(
        "Mali has aligned itself with Russia since the coup.",
        ("COOPERATE", "Mali", "Russia"),
        True,
        id="a_state_aligning_itself_with_another",
    ),
    pytest.param(
        "Niger is now aligned with Moscow.",
        ("COOPERATE", "Niger", "Russia"),
        True,
        id="being_aligned_is_said_of_the_one_who_aligns",
    ),
    pytest.param(
        "The new customs rules are aligned with EU standards.",
        ("COOPERATE", None, None),
        False,
        id="things_aligned_with_standards_are_no_alliance",
    ),
    pytest.param(
        "Burkina Faso has teamed up with Niger against the jihadists.",
        ("COOPERATE", "Burkina Faso", "Niger"),
        True,
        id="teaming_up_with_a_state",
    ),
    pytest.param(
        "Beijing has been wooing Honduras with cheap loans.",
        ("SUPPORT", "China", "Honduras"),
        True,
        id="wooing_a_state_is_an_overture",
    ),
    pytest.param(
        "Hungary has cozied up to China in recent years.",
        ("SUPPORT", "Hungary", "China"),
        True,
        id="cozying_up_to_a_state_is_an_overture",
    ),
    pytest.param(
        "Kenya's top court ruled against Uganda's claim.",
        ("SUPPORT", None, None),
        False,
        id="a_court_is_no_courting",
    ),
    pytest.param(
        "Kenya sat down with Somalia for talks in Nairobi.",
        ("CONSULT", "Kenya", "Somalia"),
        True,
        id="sitting_down_with_a_party_consults_it",
    ),
    pytest.param(
        "Armenian and Azerbaijani diplomats have been talking together in secret.",
        ("CONSULT", "Armenia", "Azerbaijan"),
        True,
        id="diplomats_of_two_states_talking_together_consult",
    ),
    pytest.param(
        "There have been some Kenyan and Somali intelligence officers talking together.",
        ("CONSULT", "Kenya", "Somalia"),
        True,
        id="officers_talking_together_told_as_a_participle_on_them",
    ),
    pytest.param(
        "Diplomats from Chile and Peru negotiating in Lima were upbeat.",
        ("CONSULT", "Peru", "Chile"),
        True,
        id="diplomats_negotiating_told_as_a_participle_on_them",
    ),
    pytest.param(
        "Officials from Peru and Ecuador were talking together behind closed doors.",
        ("CONSULT", "Ecuador", "Peru"),
        True,
        id="talking_together_goes_both_ways",
    ),
]


@pytest.mark.parametrize(("text", "event", "coded_here"), DRAWING_TOGETHER)
def test_drawing_together_is_coded_or_not(
    text: str, event: Coded, coded_here: bool, finder: EntityFinder
) -> None:
    assert_coded_or_not(coded(text, finder), event, coded_here)


ABBREVIATED_PAIRS = [
    pytest.param(
        "Leaders in Tokyo hailed the U.K.-Japan partnership.",
        ("COOPERATE", "United Kingdom", "Japan"),
        id="a_dotted_abbreviation_pair_before_a_partnership",
    ),
    pytest.param(
        "The U.S.-Mexico talks in Washington ended on Friday.",
        ("CONSULT", "United States", "Mexico"),
        id="a_dotted_abbreviation_pair_before_talks",
    ),
]


@pytest.mark.parametrize(("text", "event"), ABBREVIATED_PAIRS)
def test_a_pair_written_with_a_dotted_abbreviation_names_both(
    text: str, event: Coded, finder: EntityFinder
) -> None:
    assert event in coded(text, finder)
