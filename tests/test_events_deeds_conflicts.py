"""Deeds (issue 16): a war fought with tariffs is a sanction, a struggle with no foe is
no attack, keeping someone from acting restricts them, an acquittal concedes, aid
announced or approved is aid, a raid on homes or offices is a search.

One table of sentences, each with the (type, source, target) it must code, or must
not code.  Every sentence here was written for these tests (invented people, real
countries); none is taken from an evaluation file.
"""

from __future__ import annotations

import pytest

from conftest import Coded, assert_coded_or_not, coded
from dossier.entities import EntityFinder

CONFLICTS = [
    # a conflict word marked by a trade word: SANCTION between the sides, no ASSAULT
    pytest.param(
        "Peru's trade war with Chile has hurt copper miners in the south.",
        ("SANCTION", "Peru", "Chile"),
        True,
        id="a_trade_war_with_a_country_is_a_sanction",
    ),
    pytest.param(
        "Prime Minister Tomas Varga has been waging a tariff fight with Austria and Slovakia.",
        ("SANCTION", "Tomas Varga", "Slovakia"),
        True,
        id="waging_a_tariff_fight_is_the_wagers_sanction_on_each_side",
    ),
    pytest.param(
        "The customs dispute between Kenya and Uganda deepened on Monday.",
        ("SANCTION", "Kenya", "Uganda"),
        True,
        id="a_customs_dispute_between_two_states_is_a_sanction",
    ),
    pytest.param(
        "Paraguay has been waging a trade war with Bolivia since March.",
        ("ASSAULT", None, None),
        False,
        id="a_trade_war_is_no_attack",
    ),
    pytest.param(
        "Ethiopia waged war on the rebels in Tigray for two years.",
        ("SANCTION", None, None),
        False,
        id="a_war_with_no_trade_word_is_no_sanction",
    ),
    # a fight between coordinated subjects with no foe named: each side attacks the other
    pytest.param(
        "Somalia's army and al-Shabaab have been fighting near Baidoa since Sunday.",
        ("ASSAULT", "Al-Shabaab", "Somalia"),
        True,
        id="coordinated_subjects_fighting_attack_each_other",
    ),
    pytest.param(
        "Serbian and Kosovar police clashed at the border crossing overnight.",
        ("ASSAULT", "Serbia", "Kosovo"),
        True,
        id="coordinated_subjects_clashing_attack_each_other",
    ),
    pytest.param(
        "Thai and Cambodian soldiers exchanged fire at the Preah Vihear temple on Monday.",
        ("ASSAULT", "Thailand", "Cambodia"),
        True,
        id="fire_exchanged_at_a_place_is_between_the_sides",
    ),
    pytest.param(
        "Burmese soldiers fired at villagers fleeing toward Thailand.",
        ("ASSAULT", "Myanmar", None),
        True,
        id="fired_at_is_an_attack",
    ),
    pytest.param(
        "Kenyan and Ugandan troops fought al-Shabaab fighters near the border.",
        ("ASSAULT", "Kenya", "Uganda"),
        False,
        id="allies_fighting_a_named_foe_do_not_attack_each_other",
    ),
    pytest.param(
        "Ethiopia waged war on Eritrea in 1998.",
        ("ASSAULT", "Ethiopia", "Eritrea"),
        True,
        id="a_war_with_no_trade_word_stays_an_attack",
    ),
    # a fighting verb with no foe and a person or pronoun as its subject is a struggle
    pytest.param(
        "Her lawyer Marco Diaz said the journalist Elena Sokolova is tired but still fighting.",
        ("ASSAULT", None, None),
        False,
        id="a_person_still_fighting_attacks_no_one",
    ),
    pytest.param(
        "Farmer Juan Quispe said he will keep fighting for the return of his land.",
        ("ASSAULT", None, None),
        False,
        id="fighting_for_a_cause_attacks_no_one",
    ),
    pytest.param(
        "Tajik border guards have been fighting Kyrgyz troops since Monday.",
        ("ASSAULT", "Tajikistan", "Kyrgyzstan"),
        True,
        id="fighting_a_foe_is_still_an_attack",
    ),
    pytest.param(
        "Colonel Ivan Petrov fought against Georgian forces near Gori in 2008.",
        ("ASSAULT", "Ivan Petrov", "Georgia"),
        True,
        id="a_person_fighting_against_a_foe_is_still_an_attack",
    ),
    # keeping someone from acting is a restriction on them
    pytest.param(
        "Kenyan police prevented opposition leader Ruth Odede from entering the stadium.",
        ("COERCE", "Kenya", "Ruth Odede"),
        True,
        id="prevented_a_person_from_acting_is_a_restriction",
    ),
    pytest.param(
        "Prosecutor Luisa Mendez has been trying to prevent President Arturo Vidal from "
        "assuming office.",
        ("COERCE", "Luisa Mendez", "Arturo Vidal"),
        True,
        id="trying_to_prevent_a_leader_from_taking_office_is_a_restriction",
    ),
    pytest.param(
        "Farmers in Bolivia built walls to prevent cattle from wandering onto the road.",
        ("COERCE", None, None),
        False,
        id="preventing_a_thing_from_happening_restricts_no_one",
    ),
    # an acquittal is a concession to the acquitted (PLOVER CONCEDE)
    pytest.param(
        "Kenya's Supreme Court acquitted the opposition leader Ruth Odede of treason.",
        ("CONCEDE", "Kenya's Supreme Court", "Ruth Odede"),
        True,
        id="a_court_acquitting_a_person_concedes_to_them",
    ),
    pytest.param(
        "The International Criminal Court upheld its acquittal of former president Carlos Mendez.",
        ("CONCEDE", "International Criminal Court", "Carlos Mendez"),
        True,
        id="a_courts_acquittal_of_a_person_concedes_to_them",
    ),
    pytest.param(
        "Ruth Odede was acquitted by a Kenyan court in 2019.",
        ("CONCEDE", "Kenya", "Ruth Odede"),
        True,
        id="acquitted_by_a_national_court_is_its_states_concession",
    ),
    # aid told by the act that releases it, the sum or the sale as its object
    pytest.param(
        "Norway announced $40 million in new aid to Mozambique on Tuesday.",
        ("AID", "Norway", "Mozambique"),
        True,
        id="announcing_a_sum_in_aid_to_a_country_is_aid",
    ),
    pytest.param(
        "The World Bank approved a $500 million loan to Kenya.",
        ("AID", "World Bank", "Kenya"),
        True,
        id="approving_a_loan_to_a_country_is_aid",
    ),
    pytest.param(
        "Seoul has approved the sale of 40 tanks to Poland.",
        ("AID", "South Korea", "Poland"),
        True,
        id="approving_an_arms_sale_to_a_country_is_aid",
    ),
    pytest.param(
        "Japan announced a new aid package for Sri Lanka on Monday.",
        ("AID", "Japan", "Sri Lanka"),
        True,
        id="announcing_an_aid_package_for_a_country_is_aid",
    ),
    pytest.param(
        "The Peruvian ministry announced a package of tax reforms.",
        ("AID", None, None),
        False,
        id="announcing_a_package_of_reforms_is_no_aid",
    ),
    # a raid on or a search of homes and offices is a search (PLOVER COERCE seize)
    pytest.param(
        "Indian tax officials searched the offices of the BBC in New Delhi.",
        ("COERCE", "India", "BBC"),
        True,
        id="searching_a_broadcasters_offices_is_a_seizure",
    ),
    pytest.param(
        "Police in Guatemala City raided the offices of the newspaper El Diario on Friday.",
        ("COERCE", "Guatemala", "El Diario"),
        True,
        id="police_raiding_a_newspapers_offices_is_a_seizure",
    ),
    pytest.param(
        "Israeli troops raided the Jenin refugee camp overnight.",
        ("COERCE", None, None),
        False,
        id="a_raid_on_a_camp_is_no_search",
    ),
]


@pytest.mark.parametrize(("text", "event", "coded_here"), CONFLICTS)
def test_conflict_is_coded_or_not(
    text: str, event: Coded, coded_here: bool, finder: EntityFinder
) -> None:
    assert_coded_or_not(coded(text, finder), event, coded_here)
