"""Meetings with a group of envoys, hosted or welcomed (issue 16): "Kenya hosted envoys
from Uganda and Tanzania" meets each country the envoys come from; a town of the
host's own country is only where; the occasion a meeting is held at ("on the sidelines
of the ECOWAS meeting") is no party to it.  Every sentence was written for these tests
(invented people, real countries); none is taken from an evaluation file.
"""

from __future__ import annotations

import pytest

from conftest import Coded, assert_coded_or_not, coded
from dossier.entities import EntityFinder

MEETINGS = [
    pytest.param(
        "Kenya hosted envoys from Uganda and Tanzania in Nairobi last week.",
        ("CONSULT", "Kenya", "Uganda"),
        True,
        id="host_meets_the_first_country_the_envoys_come_from",
    ),
    pytest.param(
        "Kenya hosted envoys from Uganda and Tanzania in Nairobi last week.",
        ("CONSULT", "Kenya", "Tanzania"),
        True,
        id="host_meets_each_country_the_envoys_come_from",
    ),
    pytest.param(
        "Kenya hosted envoys from Uganda and Tanzania in Nairobi last week.",
        ("CONSULT", "Kenya", "Nairobi"),
        False,
        id="the_hosts_own_town_is_where_not_whom",
    ),
    pytest.param(
        "Ghana hosted the foreign ministers of Togo and Benin in Accra on Monday.",
        ("CONSULT", "Ghana", "Benin"),
        True,
        id="ministers_of_a_country_speak_for_it",
    ),
    pytest.param(
        "Chile welcomed envoys from Peru and Bolivia in Santiago.",
        ("CONSULT", "Chile", "Bolivia"),
        True,
        id="welcoming_envoys_is_receiving_them",
    ),
    pytest.param(
        "Chile welcomed envoys from Peru and Bolivia in Santiago.",
        ("SUPPORT", "Chile", None),
        False,
        id="welcoming_envoys_is_no_praise",
    ),
    pytest.param(
        "Ghana and Nigeria held a summit on the sidelines of the ECOWAS meeting in Abuja.",
        ("CONSULT", "Ghana", "Nigeria"),
        True,
        id="a_summit_on_the_sidelines_is_between_its_own_parties",
    ),
    pytest.param(
        "Ghana and Nigeria held a summit on the sidelines of the ECOWAS meeting in Abuja.",
        ("CONSULT", None, "ECOWAS"),
        False,
        id="the_body_whose_meeting_is_the_occasion_is_met_by_no_one",
    ),
    pytest.param(
        "The Turkish and Greek leaders met on the margins of the NATO summit in Vilnius.",
        ("CONSULT", "Turkey", "NATO"),
        False,
        id="the_margins_of_a_summit_name_no_partner",
    ),
    pytest.param(
        "The Turkish and Greek leaders met on the margins of the NATO summit in Vilnius.",
        ("CONSULT", "Greece", "Turkey"),
        True,
        id="leaders_meeting_on_the_margins_meet_each_other",
    ),
    pytest.param(
        "The Baltic talks hosted by Poland in Gdansk gathered ministers from Estonia and Latvia.",
        ("CONSULT", "Poland", "Latvia"),
        True,
        id="the_host_of_a_gathering_meets_each_party",
    ),
    pytest.param(
        "The Baltic talks hosted by Poland in Gdansk gathered ministers from Estonia and Latvia.",
        ("CONSULT", "Estonia", "Latvia"),
        False,
        id="a_hosted_gathering_is_told_once_from_the_host",
    ),
    pytest.param(
        "Poland hosted Baltic talks in Gdansk that gathered ministers from Estonia and Latvia.",
        ("CONSULT", "Poland", "Estonia"),
        True,
        id="a_gathering_clause_the_parse_hangs_on_the_town",
    ),
    pytest.param(
        "The summit in Lusaka drew leaders from Malawi, Zambia and Angola.",
        ("CONSULT", "Angola", "Malawi"),
        True,
        id="without_a_host_those_gathered_meet_each_other_from_the_verbs_phrase",
    ),
    pytest.param(
        "President Bola Tinubu convened a meeting with bank chiefs in Abuja.",
        ("CONSULT", "Bola Tinubu", None),
        True,
        id="convening_a_meeting_with_people_no_entity_names",
    ),
    pytest.param(
        "The Kenyan president convened a meeting with Somali elders in Nairobi.",
        ("CONSULT", "Kenya", "Somalia"),
        True,
        id="convening_a_meeting_with_a_party",
    ),
    pytest.param(
        "The Sudanese army and the RSF returned to the negotiating table on Monday.",
        ("CONSULT", "RSF", "Sudan"),
        True,
        id="returning_to_the_negotiating_table_is_talks",
    ),
    pytest.param(
        "Norway welcomed the ceasefire between Colombia and Venezuela.",
        ("SUPPORT", "Norway", "Colombia"),
        True,
        id="welcoming_a_truce_still_supports_its_parties",
    ),
    pytest.param(
        "The Danish prime minister's trip to Greenland ended on Friday.",
        ("CONSULT", "Denmark", "Greenland"),
        True,
        id="a_trip_to_a_place_is_a_visit",
    ),
    pytest.param(
        "The Omani sultan made a three-day trip to Iran in May.",
        ("CONSULT", "Oman", "Iran"),
        True,
        id="a_trip_made_is_a_visit_by_its_maker",
    ),
    pytest.param(
        "Portugal cancelled the president's trip to Angola.",
        ("CONSULT", "Portugal", None),
        False,
        id="a_trip_called_off_is_no_visit",
    ),
    pytest.param(
        "The cancellation of the Bolivian president's trip to Chile was announced.",
        ("CONSULT", None, "Chile"),
        False,
        id="a_trip_in_a_cancellation_is_no_visit",
    ),
    pytest.param(
        "The postponement of talks between Senegal and Gambia angered Dakar.",
        ("CONSULT", "Senegal", "Gambia"),
        False,
        id="talks_postponed_are_not_held",
    ),
    pytest.param(
        "Chile and Peru reaffirmed their support for Bolivia on Monday.",
        ("SUPPORT", "Chile", "Bolivia"),
        True,
        id="support_for_a_third_party_goes_to_it",
    ),
    pytest.param(
        "Chile and Peru reaffirmed their support for Bolivia on Monday.",
        ("SUPPORT", "Chile", "Peru"),
        False,
        id="support_for_a_third_party_is_not_mutual",
    ),
    pytest.param(
        "Nigerian soldiers in Borno got small arms fire at a checkpoint.",
        ("AID", None, None),
        False,
        id="fire_received_is_no_aid",
    ),
]


@pytest.mark.parametrize(("text", "event", "coded_here"), MEETINGS)
def test_meeting_with_envoys_is_coded_or_not(
    text: str, event: Coded, coded_here: bool, finder: EntityFinder
) -> None:
    assert_coded_or_not(coded(text, finder), event, coded_here)
