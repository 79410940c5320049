"""Protests and attacks on news no one tuned to (issue 16, as4): a fight with protesters
told from the force's side ("police clashed with protesters") is the protesters'
PROTEST against that force; a protest named "anti-X" is against X; protesters back on
the streets or a march mounted are protests; in a fight between two sides of which one
is named, that side fights; an attack survived is aimed at the survivor; fire and
strikes on military targets told by verbs the lexicon lacked ("burned down", "targeted
positions", "pounded the town") are ASSAULT.  Every sentence was written for these
tests; none is taken from an evaluation file.
"""

from __future__ import annotations

import pytest

from conftest import Coded, assert_coded_or_not, coded
from dossier.entities import EntityFinder

STREET_FORCE = [
    # a fight with protesters, told from the force's side
    pytest.param(
        "Zambian police clashed with hundreds of protesters in Kitwe on Friday.",
        ("PROTEST", None, "Zambia"),
        True,
        id="police_clashing_with_protesters_is_their_protest",
    ),
    pytest.param(
        "Zambian police clashed with hundreds of protesters in Kitwe on Friday.",
        ("ASSAULT", "Zambia", None),
        False,
        id="no_attack_by_the_police_on_the_town",
    ),
    pytest.param(
        "Police in Quito fought with students and demonstrators near the cathedral.",
        ("PROTEST", None, "Ecuador"),
        True,
        id="conjoined_protesters_and_the_state_of_the_police_town",
    ),
    pytest.param(
        "Somali troops clashed with al-Shabaab fighters near Baidoa.",
        ("PROTEST", None, None),
        False,
        id="fighters_are_no_protesters",
    ),
    # an attack survived is aimed at the survivor, not the town it happened in
    pytest.param(
        "The Iraqi governor Karim Saadi survived a roadside bomb attack in Basra.",
        ("ASSAULT", None, "Karim Saadi"),
        True,
        id="the_survivor_of_an_attack_is_its_target",
    ),
    pytest.param(
        "The Iraqi governor Karim Saadi survived a roadside bomb attack in Basra.",
        ("ASSAULT", None, "Basra"),
        False,
        id="not_the_town_it_happened_in",
    ),
    pytest.param(
        "The Haitian senator Paul Denis escaped an assassination attempt on Friday.",
        ("ASSAULT", None, "Paul Denis"),
        True,
        id="an_assassination_attempt_escaped",
    ),
    pytest.param(
        "The Haitian senator Paul Denis survived a vote of censure on Friday.",
        ("ASSAULT", None, None),
        False,
        id="a_vote_survived_is_no_attack",
    ),
    # a fight between two sides, one of them named
    pytest.param(
        "The heavy fighting between Chadian soldiers and armed bandits lasted two days.",
        ("ASSAULT", "Chad", None),
        True,
        id="the_one_named_side_of_a_fight_between_two",
    ),
    pytest.param(
        "The talks between Chadian officials and armed bandits lasted two days.",
        ("ASSAULT", None, None),
        False,
        id="talks_between_two_are_no_fight",
    ),
    # a protest named for whom it is against
    pytest.param(
        "Anti-Turkish protests broke out in Yerevan on Monday.",
        ("PROTEST", None, "Turkey"),
        True,
        id="anti_x_protests_are_against_x",
    ),
    pytest.param(
        "Anti-Turkish protests broke out in Yerevan on Monday.",
        ("PROTEST", None, "Armenia"),
        False,
        id="not_against_the_town_they_are_held_in",
    ),
    pytest.param(
        "The anti-Japanese marches in Shanghai drew large crowds.",
        ("PROTEST", "Japan", None),
        False,
        id="the_country_after_anti_does_not_march",
    ),
    pytest.param(
        "Thousands of Bolivians joined an anti-Chilean rally in La Paz.",
        ("PROTEST", "Bolivia", "Chile"),
        True,
        id="anti_x_object_of_a_protest_verb",
    ),
    # protests told by their streets or their leaders
    pytest.param(
        "Thousands of Georgians returned to the streets of Tbilisi on Sunday.",
        ("PROTEST", None, "Georgia"),
        True,
        id="a_crowd_back_on_the_streets_protests",
    ),
    pytest.param(
        "Soldiers returned to the streets of Bamako after the curfew.",
        ("PROTEST", None, None),
        False,
        id="soldiers_back_on_the_streets_are_no_protest",
    ),
    pytest.param(
        "Thousands of Nicaraguans mounted a march in Managua.",
        ("PROTEST", None, "Nicaragua"),
        True,
        id="a_march_mounted_is_a_protest",
    ),
    # attacks told by verbs the lexicon lacked
    pytest.param(
        "Sudanese troops burned down the Chadian border post.",
        ("ASSAULT", "Sudan", "Chad"),
        True,
        id="burned_down",
    ),
    pytest.param(
        "Saudi jets have targeted Houthi positions near Saada.",
        ("ASSAULT", "Saudi Arabia", "Houthi"),
        True,
        id="military_targets_targeted",
    ),
    pytest.param(
        "The new Danish law targets Syrian refugees.",
        ("ASSAULT", None, None),
        False,
        id="a_law_targeting_people_is_no_attack",
    ),
    pytest.param(
        "Azerbaijani artillery pounded Armenian positions overnight.",
        ("ASSAULT", "Azerbaijan", "Armenia"),
        True,
        id="positions_pounded",
    ),
    pytest.param(
        "The storm pounded the coast of Mozambique for two days.",
        ("ASSAULT", None, None),
        False,
        id="a_storm_pounding_a_coast_is_no_attack",
    ),
]


@pytest.mark.parametrize(("text", "event", "coded_here"), STREET_FORCE)
def test_street_force_is_coded_or_not(
    text: str, event: Coded, coded_here: bool, finder: EntityFinder
) -> None:
    assert_coded_or_not(coded(text, finder), event, coded_here)
