"""Threats and protests of issue 16 (cv14), read off the silver training split:
threats made by someone unnamed ("their captors threatened", "the regime threatened",
``threat_makers`` of data/events/frames.yaml), threats received from no one named
("received death threats", events/recall.py ``unnamed_threat``), threats of a kind
told before the noun ("death threats to X": veto threat_as_danger, ``threat_kinds``),
ultimatums by an unnamed demander ("police ordered them home or face arrest",
events/ultimatums.py), a response in force held out ("would respond with force",
reprisal lines of data/events.yaml), a harm warned of against a party ("warned of
sanctions against X", frames.yaml warned_of_against), the doer of a threat's
condition ("warned of consequences if X …", doer_of_condition) and, PROTEST in
data/events.yaml, incendiaries thrown by a crowd ("hurled Molotov cocktails"), a crowd
pouring into or filling the streets, roads or traffic shut down by protesters.
Sentences written for these tests: invented people, real states.
"""

from __future__ import annotations

import pytest

from conftest import Coded, assert_coded_or_not, coded, events_of
from dossier.entities import EntityFinder

CASES = [
    pytest.param(
        "Their captors threatened to behead the two Bolivian engineers.",
        ("THREATEN", None, "Bolivia"),
        True,
        id="captors_threaten_a_named_party",
    ),
    pytest.param(
        "The regime threatened Kazakh traders with arrest.",
        ("THREATEN", None, "Kazakhstan"),
        True,
        id="a_regime_threatens",
    ),
    pytest.param(
        "The drought threatened the harvest across the Sahel.",
        ("THREATEN", None, None),
        False,
        id="not_a_thing_that_threatens",
    ),
    pytest.param(
        "A Honduran gang made death threats to the journalist Ana Flores.",
        ("THREATEN", "Honduras", "Ana Flores"),
        True,
        id="death_threats_to_a_person_are_made",
    ),
    pytest.param(
        "The Houthi threat to shipping worries Egypt.",
        ("THREATEN", None, None),
        False,
        id="not_a_danger_to_shipping",
    ),
    pytest.param(
        "Police in Osh ordered Kyrgyz traders to reopen their stalls or face arrest.",
        ("THREATEN", None, "Kyrgyzstan"),
        True,
        id="an_unnamed_demander_holds_out_arrest",
    ),
    pytest.param(
        "Police in Osh ordered Kyrgyz traders to reopen their stalls or face arrest.",
        ("COERCE", None, None),
        True,
        id="the_order_itself_stays",
    ),
    pytest.param(
        "Azerbaijan said it would respond with force to any Armenian provocation.",
        ("THREATEN", "Azerbaijan", "Armenia"),
        True,
        id="a_response_in_force_held_out",
    ),
    pytest.param(
        "Moscow warned it would respond in kind if Finland hosted NATO bases.",
        ("THREATEN", "Russia", "Finland"),
        True,
        id="a_response_in_kind_on_a_condition",
    ),
    pytest.param(
        "Samoa will respond to the Chinese proposal next week.",
        ("THREATEN", None, None),
        False,
        id="not_an_answer",
    ),
    pytest.param(
        "Ecuador responded with force to the Colombian incursion last year.",
        ("THREATEN", None, None),
        False,
        id="not_a_response_told_done",
    ),
    pytest.param(
        "The EU warned of new sanctions against Belarus on Monday.",
        ("THREATEN", "EU", "Belarus"),
        True,
        id="warned_of_sanctions_against",
    ),
    pytest.param(
        "The EU warned of new sanctions against Belarus on Monday.",
        ("SANCTION", None, None),
        False,
        id="the_sanctions_warned_of_are_not_imposed",
    ),
    pytest.param(
        "Kenya warned of attacks by al-Shabab on Nairobi.",
        ("THREATEN", None, "Nairobi"),
        False,
        id="not_an_attack_warned_of_by_another",
    ),
    pytest.param(
        "The Taliban warned of grave consequences if Washington breached Afghan airspace again.",
        ("THREATEN", "Taliban", "United States"),
        True,
        id="the_doer_of_the_condition_is_threatened",
    ),
    pytest.param(
        "Hundreds of youths threw petrol bombs at police in Belgrade on Saturday.",
        ("PROTEST", None, "Serbia"),
        True,
        id="petrol_bombs_thrown_are_a_riot",
    ),
    pytest.param(
        "Students in Santiago hurled Molotov cocktails at police on Thursday.",
        ("PROTEST", "Students in Santiago", "Chile"),
        True,
        id="molotov_cocktails_hurled",
    ),
    pytest.param(
        "Thousands of young Ghanaians poured onto the streets of Accra on Monday.",
        ("PROTEST", None, "Ghana"),
        True,
        id="a_crowd_pours_onto_the_streets",
    ),
    pytest.param(
        "Floodwaters poured into the streets of Dhaka on Monday.",
        ("PROTEST", None, None),
        False,
        id="not_floodwaters",
    ),
    pytest.param(
        "Larger crowds shut down traffic in Santiago.",
        ("PROTEST", None, "Chile"),
        True,
        id="crowds_shut_down_traffic",
    ),
    pytest.param(
        "Police shut down roads around the parliament in Tbilisi.",
        ("PROTEST", None, None),
        False,
        id="not_police_closing_roads",
    ),
    pytest.param(
        "Militants hurled grenades at a police post in Kashmir.",
        ("PROTEST", None, None),
        False,
        id="not_grenades",
    ),
]


@pytest.mark.parametrize(("text", "event", "coded_here"), CASES)
def test_unnamed_threats_and_riots(
    text: str, event: Coded, coded_here: bool, finder: EntityFinder
) -> None:
    found = {(t, s, g) for t, s, g in coded(text, finder)}
    if event[1] is None and event[2] is None and coded_here:
        assert any(t == event[0] for t, _, _ in found), found
        return
    assert_coded_or_not(found, event, coded_here)


UNATTRIBUTED = [
    pytest.param("The kidnappers threatened to execute the two engineers.", True, id="captors"),
    pytest.param("The junta threatened striking teachers with dismissal.", True, id="junta"),
    pytest.param("Officials warned they would firmly confront any march.", True, id="auth"),
    pytest.param("The editor fled abroad after receiving death threats.", True, id="rcv"),
    pytest.param(
        "Police ordered the shopkeepers to reopen their stores or face arrest.", True, id="order"
    ),
    pytest.param("The new mining law threatens the livelihoods of herders.", False, id="law"),
    pytest.param("The ministry received complaints from traders.", False, id="complaints"),
    pytest.param(
        "Officials told residents to leave the valley or risk being cut off.", False, id="flood"
    ),
]


@pytest.mark.parametrize(("text", "threat"), UNATTRIBUTED)
def test_threats_with_no_named_side_under_unattributed(
    text: str, threat: bool, finder: EntityFinder
) -> None:
    found = {e.type for e in events_of(text, finder, unattributed=True) if not e.negated}
    assert ("THREATEN" in found) == threat, found
