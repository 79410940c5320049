"""Deed recall on unseen news (issue 16 items 1 and 4): joint exercises told by their
noun, and the issue's own invented deed sentences.

Every sentence was written for these tests or is one of issue 16's invented examples
(invented people and groups, real countries); none is taken from an evaluation file.
"""

from __future__ import annotations

import pytest

from conftest import Coded, assert_coded_or_not, coded
from dossier.entities import EntityFinder

ISSUE_EXAMPLES = [
    pytest.param(
        "Laos has good relations with Thailand.",
        ("COOPERATE", "Laos", "Thailand"),
        True,
        id="good_relations_are_cooperation",
    ),
    pytest.param(
        "The Red Cross distributed blankets to families in Gabon.",
        ("AID", "Red Cross", "Gabon"),
        True,
        id="distributed_blankets_is_aid",
    ),
    pytest.param(
        "Vietnamese police dismantled a smuggling network on Monday.",
        ("COERCE", "Vietnam", None),
        True,
        id="dismantling_a_network_is_a_security_operation",
    ),
    pytest.param(
        "The Red Dawn Front was labelled a terrorist group by Brazil in 2019.",
        ("SANCTION", "Brazil", "Red Dawn Front"),
        True,
        id="a_passive_designation_is_a_sanction",
    ),
    pytest.param(
        "The raid was carried out in cooperation with the Colombian army.",
        ("COOPERATE", None, "Colombia"),
        True,
        id="a_raid_in_cooperation_with_an_army",
    ),
    pytest.param(
        "The Arctic talks in Tromso gathered ministers from Iceland, Finland, Sweden and Denmark.",
        ("CONSULT", "Iceland", "Denmark"),
        True,
        id="talks_gathering_ministers_are_consult_among_them",
    ),
    pytest.param(
        "Peru ceded two border villages to Ecuador.",
        ("CONCEDE", "Peru", "Ecuador"),
        True,
        id="ceding_villages_to_a_neighbour_is_a_concession",
    ),
    pytest.param(
        "The European Union approved a package for supporting Moldova's power grid.",
        ("AID", "European Union", "Moldova"),
        True,
        id="a_package_for_supporting_a_country_is_aid",
    ),
    pytest.param(
        "The European Union approved a resolution supporting Moldova's bid.",
        ("AID", None, None),
        False,
        id="a_resolution_supporting_a_bid_is_no_aid",
    ),
    pytest.param(
        "Cyclone Nalu struck northern Vanuatu.",
        ("ASSAULT", None, None),
        False,
        id="a_cyclone_attacks_no_one",
    ),
]

MEETINGS = [
    pytest.param(
        "Chilean President Camila Rojas and Peruvian President Luis Mora met on Monday.",
        ("CONSULT", "Luis Mora", "Camila Rojas"),
        True,
        id="two_titled_leaders_meeting_meet_each_other",
    ),
    pytest.param(
        "Ghanaian Foreign Minister Kofi Mensah and Togolese Foreign Minister Ama Dogbe "
        "held talks in Accra.",
        ("CONSULT", "Kofi Mensah", "Ama Dogbe"),
        True,
        id="two_titled_ministers_holding_talks_consult_each_other",
    ),
]

JOINT_EXERCISES = [
    pytest.param(
        "The trilateral naval exercises between the navies of Ghana, Togo and Benin ended.",
        ("COOPERATE", "Togo", "Benin"),
        True,
        id="exercises_between_three_navies_are_cooperation_among_them",
    ),
    pytest.param(
        "A five-day exercise involving Kenyan and Ugandan forces is under way.",
        ("COOPERATE", "Kenya", "Uganda"),
        True,
        id="an_exercise_involving_two_forces",
    ),
    pytest.param(
        "Finland and Estonia are taking part in a naval drill in the Baltic Sea.",
        ("COOPERATE", "Finland", "Estonia"),
        True,
        id="taking_part_together_in_a_drill",
    ),
    pytest.param(
        "Polish soldiers took part in the exercise alongside Lithuanian special forces.",
        ("COOPERATE", "Poland", "Lithuania"),
        True,
        id="taking_part_alongside_a_partner",
    ),
    pytest.param(
        "Chile and Argentina started a fresh round of war games on Monday.",
        ("COOPERATE", "Argentina", "Chile"),
        True,
        id="a_round_of_war_games_begun_together",
    ),
    pytest.param(
        "Peru still allows the annual Peru-Bolivia military exercises.",
        ("COOPERATE", "Peru", "Bolivia"),
        True,
        id="a_hyphenated_pair_names_the_exercise_partners",
    ),
    pytest.param(
        "The Russian navy started a fresh round of war games off Kaliningrad.",
        ("COOPERATE", None, None),
        False,
        id="one_navy_alone_cooperates_with_no_one",
    ),
    pytest.param(
        "Kenyan and Ugandan officials discussed the exercise budget.",
        ("COOPERATE", None, None),
        False,
        id="talking_about_an_exercise_is_no_joint_exercise",
    ),
]

TWO_WORD_NATIONALITIES = [
    pytest.param(
        "South Korean loans to Laos funded the railway.",
        ("AID", "South Korea", "Laos"),
        True,
        id="south_korean_loans_are_south_koreas_aid",
    ),
    pytest.param(
        "A halt in South Korean loans to Laos has delayed the railway.",
        ("SANCTION", "South Korea", "Laos"),
        True,
        id="a_halt_in_south_korean_loans_is_its_sanction",
    ),
    pytest.param(
        "South Sudanese troops attacked the rebels near Malakal.",
        ("ASSAULT", "South Sudan", None),
        True,
        id="south_sudanese_troops_are_south_sudans",
    ),
    pytest.param(
        "South Sudanese troops attacked the rebels near Malakal.",
        ("ASSAULT", "Sudan", None),
        False,
        id="south_sudanese_troops_are_not_sudans",
    ),
]

SHOWS_OF_FORCE = [
    pytest.param(
        "Pakistan conducted a ballistic missile test on Monday.",
        ("MOBILIZE", "Pakistan", None),
        True,
        id="a_missile_test_conducted_is_mobilize",
    ),
    pytest.param(
        "North Korea test-fired a short-range missile on Tuesday.",
        ("MOBILIZE", "North Korea", None),
        True,
        id="test_firing_a_missile_is_mobilize_not_an_attack",
    ),
    pytest.param(
        "North Korea test-fired a short-range missile on Tuesday.",
        ("ASSAULT", None, None),
        False,
        id="test_firing_attacks_no_one",
    ),
    pytest.param(
        "The Indian navy's cruise missile test drew criticism from China.",
        ("MOBILIZE", "India", None),
        True,
        id="the_owner_of_a_missile_test_mobilizes",
    ),
    pytest.param(
        "Japan condemned the missile test.",
        ("MOBILIZE", "Japan", None),
        False,
        id="condemning_a_test_is_no_test",
    ),
    pytest.param(
        "Brazil conducted a test of the new vaccine on Monday.",
        ("MOBILIZE", None, None),
        False,
        id="a_test_of_no_weapon_is_no_show_of_force",
    ),
    pytest.param(
        "Japan scrambled fighter jets after Russian bombers approached.",
        ("MOBILIZE", "Japan", None),
        True,
        id="scrambling_jets_is_mobilize",
    ),
    pytest.param(
        "Greece is increasing its naval presence along the coast.",
        ("MOBILIZE", "Greece", None),
        True,
        id="increasing_a_military_presence_is_mobilize",
    ),
]

# a verdict told as a finding (issue 16 item 1): a conviction, or an acquittal
VERDICTS = [
    pytest.param(
        "A court in Dhaka found the opposition leader Karim Hossain guilty of sedition.",
        ("SANCTION", "Bangladesh", "Karim Hossain"),
        True,
        id="found_guilty_is_a_conviction",
    ),
    pytest.param(
        "The Georgian journalist Nino Beridze was found guilty of tax fraud by a court in Tbilisi.",
        ("SANCTION", "Georgia", "Nino Beridze"),
        True,
        id="found_guilty_in_the_passive_is_a_conviction",
    ),
    pytest.param(
        "A court in Accra found the Ghanaian banker Kofi Mensah not guilty of fraud.",
        ("CONCEDE", "Ghana", "Kofi Mensah"),
        True,
        id="found_not_guilty_is_an_acquittal",
    ),
    pytest.param(
        "Judges in Dhaka are expected to find the opposition leader Karim Hossain guilty.",
        ("SANCTION", None, "Karim Hossain"),
        False,
        id="a_verdict_expected_is_none_yet",
    ),
]


@pytest.mark.parametrize(
    ("text", "event", "coded_here"),
    ISSUE_EXAMPLES
    + MEETINGS
    + JOINT_EXERCISES
    + TWO_WORD_NATIONALITIES
    + SHOWS_OF_FORCE
    + VERDICTS,
)
def test_deed_is_coded_or_not(
    text: str, event: Coded, coded_here: bool, finder: EntityFinder
) -> None:
    assert_coded_or_not(coded(text, finder), event, coded_here)
