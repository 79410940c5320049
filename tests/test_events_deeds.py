"""Deeds (issue 16): arrests, deportations, releases, seizures, sanctions, weapons.

One table of sentences, each with the (type, source, target) it must code, or must
not code.  Every sentence here was written for these tests (invented people, real
countries); none is taken from an evaluation file.
"""

from __future__ import annotations

import pytest

from conftest import Coded, assert_coded_or_not, coded
from dossier.entities import EntityFinder

DEEDS = [
    # held in custody: the place of holding is the verb's object or in-phrase
    pytest.param(
        "Opposition leader Marta Ruiz has been held in solitary confinement in Caracas since 2022.",
        ("COERCE", "Venezuela", "Marta Ruiz"),
        True,
        id="held_in_confinement_in_a_city_is_its_states_arrest",
    ),
    pytest.param(
        "The blogger Tomas Herrera has been kept in custody since March.",
        ("COERCE", None, "Tomas Herrera"),
        True,
        id="kept_in_custody_with_no_doer_keeps_the_detainee",
    ),
    pytest.param(
        "Farmers held a meeting in the village hall.",
        ("COERCE", None, None),
        False,
        id="holding_a_meeting_is_no_detention",
    ),
    # an agentless passive keeps the patient, and the state where it happens acts
    pytest.param(
        "Journalist Pavel Orlov was arrested in Minsk on Monday.",
        ("COERCE", "Belarus", "Pavel Orlov"),
        True,
        id="arrested_in_a_capital_the_state_of_that_capital_arrests",
    ),
    pytest.param(
        "Activist Lina Osei was deported to Ghana last week.",
        ("COERCE", None, "Lina Osei"),
        True,
        id="deported_to_a_country_that_country_is_no_deporter",
    ),
    pytest.param(
        "The dissident Nguyen Van Thanh was rearrested in July.",
        ("COERCE", None, "Nguyen Van Thanh"),
        True,
        id="rearrested_is_an_arrest",
    ),
    pytest.param(
        "Venezuela is in crisis. Authorities arrested the journalist Jose Ortega in 2022, "
        "and a court later sentenced Ortega to six years in prison.",
        ("SANCTION", "Venezuela", "Jose Ortega"),
        True,
        id="a_sentence_by_a_court_is_the_articles_states",
    ),
    # a release of prisoners is RETREAT (PLOVER), kept without its doer
    pytest.param(
        "Bolivia released three Chilean fishermen on Friday.",
        ("RETREAT", "Bolivia", "Chile"),
        True,
        id="releasing_prisoners_is_a_retreat",
    ),
    pytest.param(
        "Priest Tomas Lenz was released on Tuesday after two months.",
        ("RETREAT", None, "Tomas Lenz"),
        True,
        id="released_with_no_doer_keeps_the_one_released",
    ),
    pytest.param(
        "Foreign troops are withdrawing from Somalia.",
        ("RETREAT", None, "Somalia"),
        False,
        id="a_withdrawal_by_no_one_named_is_not_kept",
    ),
    # leaders removed by force
    pytest.param(
        "The army toppled President Aline Moreau in 2019.",
        ("COERCE", None, "Aline Moreau"),
        True,
        id="toppling_a_president_is_coercion",
    ),
    pytest.param(
        "The Peruvian navy boarded two Chinese trawlers off the coast.",
        ("COERCE", "Peru", "China"),
        True,
        id="boarding_foreign_boats_is_a_seizure",
    ),
    pytest.param(
        "North Korea tested two ballistic missiles on Sunday.",
        ("MOBILIZE", "North Korea", None),
        True,
        id="testing_missiles_mobilizes_weapons",
    ),
    # aid withdrawn is a sanction (PLOVER); leaving a pact or a bloc too, not a place
    pytest.param(
        "Japan halted its loans to Laos in March.",
        ("SANCTION", "Japan", "Laos"),
        True,
        id="halting_loans_is_a_sanction",
    ),
    pytest.param(
        "Burkina Faso quit the West African bloc in January.",
        ("SANCTION", "Burkina Faso", None),
        True,
        id="quitting_a_bloc_is_a_sanction_withdraw",
    ),
    pytest.param(
        "US troops withdrew from Kandahar on Friday.",
        ("RETREAT", "United States", "Kandahar"),
        True,
        id="withdrawing_from_a_place_stays_a_retreat",
    ),
    pytest.param(
        "Danish officials decided to remove the remaining migrants from the camp.",
        ("COERCE", "Denmark", None),
        True,
        id="removing_migrants_is_a_deportation",
    ),
    # leaving told as a consequence is no retreat
    pytest.param(
        "The Taliban takeover left millions of Afghans without jobs.",
        ("RETREAT", None, None),
        False,
        id="a_takeover_that_left_people_jobless_is_no_retreat",
    ),
    pytest.param(
        "The Boric government is leaving the door open for talks with Caracas.",
        ("RETREAT", None, None),
        False,
        id="leaving_a_door_open_is_no_retreat",
    ),
    pytest.param(
        "Britain will cede sovereignty of the islands to Mauritius.",
        ("RETREAT", None, None),
        False,
        id="ceding_sovereignty_is_no_retreat",
    ),
    pytest.param(
        "A confidential UN report to be released next month says Iran has more drones.",
        ("RETREAT", None, None),
        False,
        id="a_report_released_is_no_release",
    ),
    # held, told as a state
    pytest.param(
        "Opposition leader Marta Ruiz remains in jail in Caracas.",
        ("COERCE", "Venezuela", "Marta Ruiz"),
        True,
        id="remaining_in_jail_is_an_arrest_by_the_state_it_is_in",
    ),
    pytest.param(
        "Journalist Ana Vidal has been under house arrest since May.",
        ("COERCE", None, "Ana Vidal"),
        True,
        id="under_house_arrest_is_an_arrest",
    ),
    pytest.param(
        "Mali is in talks with Niger over the border.",
        ("COERCE", None, None),
        False,
        id="being_in_talks_is_no_custody",
    ),
    # a reduced passive relative names its doer; a possessor with an of-object acts
    pytest.param(
        "A list of 400 books banned by the Taliban circulated online.",
        ("COERCE", "Taliban", None),
        True,
        id="books_banned_by_x_is_xs_ban",
    ),
    pytest.param(
        "Israel's killing of journalist Ana Ruiz drew protests.",
        ("ASSAULT", "Israel", "Ana Ruiz"),
        True,
        id="the_possessor_of_a_killing_of_someone_is_the_killer",
    ),
    pytest.param(
        "Journalist Ana Vidal's arrest sparked protests in Havana.",
        ("COERCE", "Cuba", "Ana Vidal"),
        True,
        id="the_possessor_of_an_arrest_alone_is_the_one_arrested",
    ),
    # a deed called off did not happen
    pytest.param(
        "Bolivia cancelled its planned deployment of troops to the border.",
        ("MOBILIZE", "Bolivia", None),
        False,
        id="a_cancelled_deployment_is_not_coded_as_done",
    ),
    pytest.param(
        "The minister said Kenya had postponed the deportation of Lina Osei.",
        ("COERCE", None, "Lina Osei"),
        False,
        id="a_postponed_deportation_is_not_coded_as_done",
    ),
    # a protest with no target named is against the state where it happens
    pytest.param(
        "Thousands of protesters marched in Lima on Sunday.",
        ("PROTEST", None, "Peru"),
        True,
        id="a_march_in_a_capital_is_against_its_state",
    ),
    pytest.param(
        "Students protested against Minister Rui Costa in Lisbon.",
        ("PROTEST", None, "Portugal"),
        False,
        id="a_protest_against_a_named_minister_keeps_him_as_target",
    ),
    pytest.param(
        "Japan held a naval exercise with India to demonstrate its strength.",
        ("PROTEST", None, None),
        False,
        id="demonstrating_strength_is_no_protest",
    ),
    pytest.param(
        "Japan held a naval exercise with India in May.",
        ("COOPERATE", "Japan", "India"),
        True,
        id="holding_an_exercise_with_a_partner_is_cooperation",
    ),
    pytest.param(
        "Germany is sending Lithuania thousands more shells and attack helicopters.",
        ("AID", "Germany", "Lithuania"),
        True,
        id="sending_missiles_to_a_party_is_aid",
    ),
    pytest.param(
        "Indonesia and China will deepen their military partnership.",
        ("COOPERATE", "Indonesia", "China"),
        True,
        id="deepening_a_partnership_is_cooperation",
    ),
    # a hyphenated backer
    pytest.param(
        "The Iranian-backed Houthi rebels fired missiles at ships.",
        ("SUPPORT", "Iran", "Houthi"),
        True,
        id="a_hyphenated_backer_supports_what_it_backs",
    ),
    pytest.param(
        "Palestinians in the Israeli-occupied West Bank held a strike.",
        ("COERCE", "Israel", None),
        False,
        id="a_hyphenated_occupier_tells_no_new_deed",
    ),
    # a deed done by protesters is their protest, against the state where it happens
    pytest.param(
        "Hundreds of protesters clashed with riot police in Lima on Sunday.",
        ("PROTEST", None, "Peru"),
        True,
        id="protesters_clashing_with_police_protest_against_the_state",
    ),
    pytest.param(
        "A crowd of demonstrators stormed the US embassy in Baghdad.",
        ("PROTEST", None, "United States"),
        True,
        id="demonstrators_storming_an_embassy_protest_against_its_country",
    ),
    pytest.param(
        "Soldiers in Lima beat dozens of protesters on Sunday.",
        ("PROTEST", None, None),
        False,
        id="protesters_beaten_by_soldiers_are_no_protest_of_the_soldiers",
    ),
    # asylum granted: the state where it is granted gives it
    pytest.param(
        "The Bolivian journalist Luis Soto was granted asylum in Spain in 2021.",
        ("AID", "Spain", "Luis Soto"),
        True,
        id="granted_asylum_in_a_country_that_country_aids",
    ),
    pytest.param(
        "Chile imposed a sanction on Peru after the border incident.",
        ("SANCTION", "Chile", "Peru"),
        True,
        id="a_single_sanction_imposed_is_a_sanction",
    ),
    pytest.param(
        "President Lara of Peru spoke to his Chilean counterpart by telephone on Monday.",
        ("CONSULT", "Lara", "Chile"),
        True,
        id="spoke_to_a_counterpart_by_telephone_consults",
    ),
    pytest.param(
        "Kenya received American military assistance last year.",
        ("AID", "United States", "Kenya"),
        True,
        id="assistance_received_from_a_nationality_named_before_it",
    ),
    pytest.param(
        "Kenya activated two reserve brigades on Friday.",
        ("MOBILIZE", "Kenya", None),
        True,
        id="activating_reserve_brigades_mobilizes",
    ),
    pytest.param(
        "Gunmen ended the abduction of the Bolivian engineers after three weeks.",
        ("ASSAULT", None, "Bolivia"),
        True,
        id="an_abduction_noun_is_an_assault_on_those_taken",
    ),
    # a cooperation told as the manner of a deed stands without the deed's doer
    pytest.param(
        "The raid was carried out in cooperation with the Colombian army.",
        ("COOPERATE", None, "Colombia"),
        True,
        id="a_raid_in_cooperation_with_an_army_cooperates_with_it",
    ),
    pytest.param(
        "Police in Quito arrested twelve smugglers in cooperation with Interpol.",
        ("COOPERATE", "Ecuador", "Interpol"),
        True,
        id="an_arrest_in_cooperation_with_interpol_cooperates_with_it",
    ),
    pytest.param(
        "Peru wants more cooperation with Chile.",
        ("COOPERATE", None, "Chile"),
        False,
        id="cooperation_only_wanted_is_no_joint_deed",
    ),
    # aid stopped, told as a noun, is withdrawn aid: SANCTION
    pytest.param(
        "A halt in Japanese loans to Laos has delayed the railway.",
        ("SANCTION", "Japan", "Laos"),
        True,
        id="a_halt_in_loans_to_a_country_sanctions_it",
    ),
    pytest.param(
        "Japan announced a freeze on loans to Myanmar after the coup.",
        ("SANCTION", "Japan", "Myanmar"),
        True,
        id="a_freeze_on_loans_announced_by_a_state_is_its_sanction",
    ),
    pytest.param(
        "The suspension of American aid to Kenya hit hospitals.",
        ("AID", "United States", None),
        False,
        id="aid_suspended_is_not_given",
    ),
    pytest.param(
        "Unknown gunmen detained the blogger Tran Minh Duc in Lagos.",
        ("COERCE", "Nigeria", None),
        False,
        id="a_doer_named_but_no_actor_is_not_replaced_by_the_state",
    ),
    # designating a group a terrorist body is a sanction, in either voice
    pytest.param(
        "The Red Dawn Front was labelled a terrorist group by Brazil in 2019.",
        ("SANCTION", "Brazil", "Red Dawn Front"),
        True,
        id="labelled_a_terrorist_group_by_a_state_is_its_sanction",
    ),
    pytest.param(
        "Chile listed the Mapuche Liberation Front as a terrorist organization in 2020.",
        ("SANCTION", "Chile", "Mapuche Liberation Front"),
        True,
        id="listed_as_a_terrorist_organization_is_a_sanction",
    ),
    pytest.param(
        "Senator Ana Ruiz labelled the striking miners terrorists.",
        ("SANCTION", None, None),
        False,
        id="calling_people_terrorists_designates_no_body",
    ),
    # the weapons of crowd control
    pytest.param(
        "Ugandan police fired tear gas at supporters of Bobi Wine in Kampala.",
        ("ASSAULT", "Uganda", "Bobi Wine"),
        True,
        id="tear_gas_fired_is_crowd_control",
    ),
    # a body or an outlet closed down by order
    pytest.param(
        "Belarus's government shut down 40 NGOs last month.",
        ("COERCE", "Belarus", None),
        True,
        id="ngos_shut_down_by_a_government",
    ),
    pytest.param(
        "The carmaker shut down its plant in Ohio after the strike.",
        ("COERCE", None, None),
        False,
        id="a_factory_shut_down_is_no_coercion",
    ),
    # a coup against a leader: the leader is its target
    pytest.param(
        "Officers in Burkina Faso staged a coup against President Roch Kabore.",
        ("COERCE", "Burkina Faso", "Roch Kabore"),
        True,
        id="a_coup_against_a_president",
    ),
    # an arrest warrant issued for someone charges them
    pytest.param(
        "The Hague tribunal issued an arrest warrant for General Milan Kostic.",
        ("ACCUSE", None, "Milan Kostic"),
        True,
        id="an_arrest_warrant_accuses",
    ),
    # aid dropped from the air
    pytest.param(
        "Egypt airdropped medical supplies over Khartoum on Sunday.",
        ("AID", "Egypt", None),
        True,
        id="an_airdrop_is_aid",
    ),
    # a vessel rammed is force used
    pytest.param(
        "A Chinese coast guard cutter rammed a Vietnamese fishing boat on Sunday.",
        ("ASSAULT", "China", "Vietnam"),
        True,
        id="a_boat_rammed_is_an_attack",
    ),
    # aid or asylum offered: aid intended
    pytest.param(
        "Norway offered emergency aid to Malawi after the floods.",
        ("AID", "Norway", "Malawi"),
        True,
        id="aid_offered_is_aid",
    ),
    # an investigation into a country's doings is aimed at that country
    pytest.param(
        "The EU opened an investigation into Turkish steel subsidies.",
        ("ACCUSE", "EU", "Turkey"),
        True,
        id="an_investigation_into_is_aimed_at_its_owner",
    ),
    # computers breached by hackers
    pytest.param(
        "Iranian hackers breached the computer networks of an Albanian ministry.",
        ("COERCE", "Iran", "Albania"),
        True,
        id="networks_breached_is_a_cyberattack",
    ),
    # an attack claimed is the claimer's
    pytest.param(
        "Boko Haram claimed the attack on a military base in Borno state.",
        ("ASSAULT", "Boko Haram", "Borno"),
        True,
        id="an_attack_claimed_is_the_claimers",
    ),
    pytest.param(
        "Israel claimed the strike was a mistake.",
        ("ASSAULT", "Israel", None),
        False,
        id="claiming_something_about_a_strike_claims_no_strike",
    ),
    # forces put on alert
    pytest.param(
        "Azerbaijan put its air defence units on full combat alert.",
        ("MOBILIZE", "Azerbaijan", None),
        True,
        id="units_put_on_alert_mobilize",
    ),
    # foreign officials expelled and membership frozen: SANCTION
    pytest.param(
        "Sudan expelled four senior UN officials on Tuesday.",
        ("SANCTION", "Sudan", "UN"),
        True,
        id="un_officials_expelled_is_a_sanction",
    ),
    pytest.param(
        "Belarus froze its participation in the Council of Europe.",
        ("SANCTION", "Belarus", "Council of Europe"),
        True,
        id="participation_frozen_is_a_sanction",
    ),
    # complying with a ruling or an order yields to whoever gave it
    pytest.param(
        "The Malawian government said it would comply with the ruling of the Constitutional Court.",
        ("CONCEDE", "Malawi", "Constitutional Court"),
        True,
        id="complying_with_a_ruling_concedes",
    ),
    pytest.param(
        "Zambia refused to comply with the order of the regional court.",
        ("CONCEDE", "Zambia", None),
        False,
        id="refusing_to_comply_concedes_nothing",
    ),
    # a formal charge by a legislature
    pytest.param(
        "The Paraguayan Senate impeached President Luis Benitez in June.",
        ("ACCUSE", "Paraguayan Senate", "Luis Benitez"),
        True,
        id="an_impeachment_accuses",
    ),
]


@pytest.mark.parametrize(("text", "event", "coded_here"), DEEDS)
def test_deed_is_coded_or_not(
    text: str, event: Coded, coded_here: bool, finder: EntityFinder
) -> None:
    assert_coded_or_not(coded(text, finder), event, coded_here)
