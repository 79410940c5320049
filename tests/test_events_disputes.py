"""Disputes, restrictive measures and standoffs (issue 16): what states dispute is
refused each way, restrictions told as nouns on another country are sanctions, a
standoff is forces facing each other, and the refusal to give in refuses the party
whose demands were resisted.

One table of sentences, each with the (type, source, target) it must code, or must
not code.  Every sentence here was written for these tests (invented people, real
countries); none is taken from an evaluation file.
"""

from __future__ import annotations

import pytest

from conftest import Coded, assert_coded_or_not, coded
from dossier.entities import EntityFinder

DISPUTES = [
    # a territory or a right disputed by coordinated states: each refuses the other
    pytest.param(
        "Guyana and Venezuela have long disputed the Essequibo region.",
        ("REJECT", "Venezuela", "Guyana"),
        True,
        id="coordinated_states_disputing_a_region_refuse_each_other",
    ),
    pytest.param(
        "Peru and Chile have been disputing fishing rights off their coasts for decades.",
        ("REJECT", "Peru", "Chile"),
        True,
        id="coordinated_states_disputing_rights_refuse_each_other",
    ),
    pytest.param(
        "Japan and Russia still dispute the Kuril islands.",
        ("REJECT", "Japan", "Russia"),
        True,
        id="islands_disputed_are_what_not_whom",
    ),
    pytest.param(
        "Ethiopia disputed Egypt's account of the talks on the dam.",
        ("REJECT", "Ethiopia", "Egypt"),
        True,
        id="disputing_a_partys_account_refuses_that_party",
    ),
    pytest.param(
        "Beijing challenges Manila's claim to the shoal.",
        ("REJECT", "China", "Philippines"),
        True,
        id="challenging_a_claim_refuses_its_owner",
    ),
    pytest.param(
        "Argentina still contests British sovereignty over the Falklands.",
        ("REJECT", "Argentina", "United Kingdom"),
        True,
        id="contesting_sovereignty_refuses_its_holder",
    ),
    pytest.param(
        "Peru apologized to Ecuador for an incident in the bay, disputed by Peru and Chile.",
        ("REJECT", None, None),
        False,
        id="a_place_described_as_disputed_tells_no_refusal",
    ),
    pytest.param(
        "Iceland welcomed a plan to settle its herring dispute with Norway and the Faroes.",
        ("REJECT", None, None),
        False,
        id="a_dispute_noun_ended_is_no_refusal",
    ),
    # restrictions told as nouns: on another country a sanction, on one's own people coercion
    pytest.param(
        "Indonesian curbs on Malaysian palm oil exports angered Kuala Lumpur.",
        ("SANCTION", "Indonesia", "Malaysia"),
        True,
        id="a_demonyms_curbs_on_another_countrys_goods_are_a_sanction",
    ),
    pytest.param(
        "Japan's restrictions on South Korean chemical firms remain in place.",
        ("SANCTION", "Japan", "South Korea"),
        True,
        id="a_possessors_restrictions_on_foreign_firms_are_a_sanction",
    ),
    pytest.param(
        "New Zealand said Chinese restrictions on its wine exports were unfair.",
        ("SANCTION", "China", "New Zealand"),
        True,
        id="restrictions_on_a_speakers_exports_are_a_sanction_on_it",
    ),
    pytest.param(
        "The Taliban's restrictions on girls' education were condemned.",
        ("SANCTION", None, None),
        False,
        id="restrictions_on_ones_own_people_are_no_sanction",
    ),
    # a standoff: forces facing each other short of fighting (PLOVER MOBILIZE)
    pytest.param(
        "Tajikistan is locked in a frontier standoff with Kyrgyzstan.",
        ("MOBILIZE", "Tajikistan", "Kyrgyzstan"),
        True,
        id="locked_in_a_standoff_with_a_state_mobilizes_against_it",
    ),
    pytest.param(
        "Serbia remained in a tense standoff with Kosovo over the border crossings.",
        ("MOBILIZE", "Serbia", "Kosovo"),
        True,
        id="remaining_in_a_standoff_mobilizes_against_the_other",
    ),
    pytest.param(
        "Venezuela's standoff with Guyana over the Essequibo has worried Brazil.",
        ("MOBILIZE", "Venezuela", "Guyana"),
        True,
        id="a_possessors_standoff_with_a_state",
    ),
    pytest.param(
        "The trade standoff between Canada and China deepened in March.",
        ("MOBILIZE", None, None),
        False,
        id="a_trade_standoff_is_no_show_of_force",
    ),
    pytest.param(
        "The diplomatic standoff between Canada and India worsened after the expulsions.",
        ("MOBILIZE", None, None),
        False,
        id="a_diplomatic_standoff_is_no_show_of_force",
    ),
    pytest.param(
        "The legal standoff between Kenya's Senate and the National Assembly continued.",
        ("MOBILIZE", None, None),
        False,
        id="a_legal_standoff_is_no_show_of_force",
    ),
    # the refusal to give in refuses whose demands were resisted
    pytest.param(
        "Taiwan's refusal to cave to Moscow's demands angered Russia.",
        ("REJECT", "Taiwan", "Russia"),
        True,
        id="the_refusal_to_cave_to_demands_refuses_their_maker",
    ),
    pytest.param(
        "Australia's refusal to bow to Beijing's pressure has cost its farmers dearly.",
        ("REJECT", "Australia", "China"),
        True,
        id="the_refusal_to_bow_to_pressure_refuses_who_pressed",
    ),
    pytest.param(
        "Kenya's refusal to back down in the row with Uganda surprised diplomats.",
        ("REJECT", "Kenya", "Uganda"),
        True,
        id="the_refusal_to_back_down_refuses_the_other_side",
    ),
    # measures against a party: a sanction on another country, coercion of one's own people
    pytest.param(
        "Ethiopia's punitive measures against Kenya took effect on Monday.",
        ("SANCTION", "Ethiopia", "Kenya"),
        True,
        id="a_states_punitive_measures_against_another_are_a_sanction",
    ),
    pytest.param(
        "Ghana announced retaliatory measures against Nigerian traders.",
        ("SANCTION", "Ghana", "Nigeria"),
        True,
        id="measures_against_another_countrys_traders_are_a_sanction",
    ),
    pytest.param(
        "Nicaraguan authorities announced new measures against opposition journalists in Managua.",
        ("SANCTION", None, None),
        False,
        id="measures_against_ones_own_people_are_no_sanction",
    ),
    pytest.param(
        "Kenya's measures against the pandemic were praised.",
        ("SANCTION", None, None),
        False,
        id="measures_against_no_party_sanction_no_one",
    ),
    # duties and export controls on a party
    pytest.param(
        "Ethiopia's tariffs on Kenyan coffee took effect.",
        ("SANCTION", "Ethiopia", "Kenya"),
        True,
        id="a_states_tariffs_on_another_countrys_goods_are_a_sanction",
    ),
    pytest.param(
        "Japan's export controls on South Korea remain in place.",
        ("SANCTION", "Japan", "South Korea"),
        True,
        id="export_controls_on_another_country_are_a_sanction",
    ),
    pytest.param(
        "The tariffs on steel and aluminium hurt carmakers.",
        ("SANCTION", None, None),
        False,
        id="tariffs_on_a_thing_name_no_party",
    ),
    pytest.param(
        "Price controls on fuel were lifted in Nigeria.",
        ("SANCTION", None, None),
        False,
        id="price_controls_are_no_sanction",
    ),
    # trade or supplies turned into a weapon
    pytest.param(
        "Russia has weaponized energy supplies against Moldova.",
        ("SANCTION", "Russia", "Moldova"),
        True,
        id="weaponizing_supplies_against_a_state_is_a_sanction",
    ),
    pytest.param(
        "Grain exports are being weaponized by Moscow, Ukraine said.",
        ("SANCTION", "Russia", None),
        True,
        id="exports_weaponized_by_a_state_are_its_sanction",
    ),
    pytest.param(
        "Critics say the ruling party has weaponized the courts.",
        ("SANCTION", None, None),
        False,
        id="weaponizing_the_courts_is_no_sanction",
    ),
    # a border named by its two states: clashes there are between them
    pytest.param(
        "Clashes on the Armenian-Azerbaijani border killed four soldiers.",
        ("ASSAULT", "Armenia", "Azerbaijan"),
        True,
        id="clashes_on_a_border_named_by_two_nationalities",
    ),
    pytest.param(
        "A skirmish on the Tajik-Kyrgyz border killed three guards.",
        ("ASSAULT", "Tajikistan", "Kyrgyzstan"),
        True,
        id="a_skirmish_on_a_border_the_tagger_made_one_name",
    ),
    pytest.param(
        "Clashes on the Armenian-Azerbaijani border killed four soldiers.",
        ("ASSAULT", None, "Armenian-Azerbaijani"),
        False,
        id="the_border_pair_is_no_target_of_its_own",
    ),
    # threatened with a harm by a party: the by-phrase the parse hung on the harm threatens
    pytest.param(
        "Kenya was threatened with sanctions by the United States.",
        ("THREATEN", "United States", "Kenya"),
        True,
        id="threatened_with_sanctions_by_a_state",
    ),
    pytest.param(
        "Kenya was threatened with sanctions by the United States.",
        ("SANCTION", None, None),
        False,
        id="sanctions_threatened_are_not_imposed",
    ),
    pytest.param(
        "Lithuania has been threatened with economic retaliation by China.",
        ("THREATEN", "China", "Lithuania"),
        True,
        id="threatened_with_retaliation_by_a_state",
    ),
    # ties cut, told as a noun
    pytest.param(
        "Rwanda announced a separation from Belgium in 2021.",
        ("SANCTION", "Rwanda", "Belgium"),
        True,
        id="a_separation_from_a_state_cuts_ties",
    ),
    pytest.param(
        "Nicaragua's break with Taiwan surprised diplomats in Taipei.",
        ("SANCTION", "Nicaragua", "Taiwan"),
        True,
        id="a_break_with_a_state_cuts_ties",
    ),
    pytest.param(
        "The reform marks a break with tradition in Bhutan.",
        ("SANCTION", None, None),
        False,
        id="a_break_with_tradition_cuts_no_ties",
    ),
    # a doer named by "at the hands of"
    pytest.param(
        "Colombia faces threats to its territorial integrity at the hands of Venezuela.",
        ("THREATEN", "Venezuela", "Colombia"),
        True,
        id="threats_faced_at_the_hands_of_a_state_are_its_threats",
    ),
    pytest.param(
        "Activists documented the beating of protesters at the hands of the Ugandan police.",
        ("ASSAULT", "Uganda", None),
        True,
        id="a_beating_at_the_hands_of_police_is_theirs",
    ),
    pytest.param(
        "Refugees described attacks on their villages at the hands of Sudanese militias.",
        ("ASSAULT", "Sudanese militias", None),
        True,
        id="attacks_at_the_hands_of_militias_are_theirs",
    ),
    # warships moving into waters are deployed; other vessels and people are not
    pytest.param(
        "Two Turkish warships sailed into the Aegean on Tuesday.",
        ("MOBILIZE", "Turkey", None),
        True,
        id="warships_sailing_into_a_sea_are_deployed",
    ),
    pytest.param(
        "Three Chinese frigates passed into the sea near Taiwan last month.",
        ("MOBILIZE", "China", None),
        True,
        id="frigates_passing_into_a_sea_are_deployed",
    ),
    pytest.param(
        "A Greek ferry sailed into the port of Piraeus.",
        ("MOBILIZE", None, None),
        False,
        id="a_ferry_sailing_is_no_deployment",
    ),
    pytest.param(
        "The bill passed into law on Friday.",
        ("CONSULT", None, None),
        False,
        id="a_bill_passing_into_law_is_no_visit",
    ),
]


@pytest.mark.parametrize(("text", "event", "coded_here"), DISPUTES)
def test_dispute_is_coded_or_not(
    text: str, event: Coded, coded_here: bool, finder: EntityFinder
) -> None:
    assert_coded_or_not(coded(text, finder), event, coded_here)
