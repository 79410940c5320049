"""Trigger lines induced from real text (issue 16, ``bench/induce_triggers.py``; their
counts stand beside them in data/events.yaml). Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from conftest import every_coded as coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Poland voiced support for Moldova's bid to join the bloc.",
            ("SUPPORT", "Poland", "Moldova"),
        ),
        ("Nepal broke off relations with Bhutan in 1990.", ("SANCTION", "Nepal", "Bhutan")),
        ("Paraguay broke ties with Taiwan last year.", ("SANCTION", "Paraguay", "Taiwan")),
        (
            "India began a naval exercise with the Philippines in May.",
            ("COOPERATE", "India", "Philippines"),
        ),
        ("Japan announced loans to Laos worth 20 million dollars.", ("AID", "Japan", "Laos")),
        (
            "Brazil designated the Red Dawn Front a terrorist group.",
            ("SANCTION", "Brazil", "Red Dawn Front"),
        ),
        (
            "Denmark said it would impose heavy costs on Iceland if the deal collapses.",
            ("THREATEN", "Denmark", "Iceland"),
        ),
        # issue 16 item 1: lines read from the silver spans no line matched
        (
            "Tarvian artillery bombarded the Georgian port of Poti overnight.",
            ("ASSAULT", None, "Poti"),
        ),
        (
            "The beating of Bolivian activist Juan Mamani by Peruvian police in Puno was filmed.",
            ("ASSAULT", "Peru", "Juan Mamani"),
        ),
        (
            "In a phone call with Kenyan President William Ruto, Joe Biden discussed Haiti.",
            ("CONSULT", "Joe Biden", "William Ruto"),
        ),
        (
            "Nepal's premier flew to Delhi for consultations with India on the border.",
            ("CONSULT", "Nepal", "India"),
        ),
        ("Peru kicked out two Bolivian diplomats on Monday.", ("SANCTION", "Peru", "Bolivia")),
        (
            "Ukrainian drones hit a Russian oil refinery in Tuapse overnight.",
            ("ASSAULT", "Ukraine", "Russia"),
        ),
        ("Chile blocked Bolivia's bid to join the trade bloc.", ("REJECT", "Chile", "Bolivia")),
        (
            "Hungary had blocked Moldova's efforts to join the bloc for months.",
            ("REJECT", "Hungary", "Moldova"),
        ),
        (
            "The Ugandan army warned it would intervene militarily in South Sudan.",
            ("THREATEN", "Uganda", "South Sudan"),
        ),
        (
            "Russia has warned that any ship sailing to Moldova could be viewed as a target.",
            ("THREATEN", "Russia", None),
        ),
    ],
)
def test_induced_trigger_codes_its_type(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded(text)


def test_thrown_stones_are_a_riot_not_an_attack() -> None:
    events = coded("Hundreds of students threw stones at the Bangladeshi parliament building.")
    assert ("PROTEST", None, "Bangladesh") in events
    assert "ASSAULT" not in {t for t, _, _ in events}


def test_stones_hurled_at_an_embassy_protest_its_country() -> None:
    assert ("PROTEST", None, "China") in coded(
        "Students hurled rocks at the Chinese embassy in Hanoi."
    )


@pytest.mark.parametrize(
    "text",
    [
        "The cyclone hit the Mozambican port of Beira on Friday.",
        "The new sanctions hit Russia's economy hard.",
        "Rising prices hit Kenyan households this year.",
    ],
)
def test_a_hit_by_no_weapon_is_no_attack(text: str) -> None:
    assert "ASSAULT" not in {t for t, _, _ in coded(text)}


def test_calling_on_a_leader_is_a_request_not_a_phone_call() -> None:
    events = coded("Sri Lankan lawmakers called on President Anura Perera to resign.")
    assert ("REQUEST", "Sri Lanka", "Anura Perera") in events
    assert "CONSULT" not in {t for t, _, _ in events}


def test_blocked_roads_stay_a_restriction_not_a_refusal() -> None:
    events = coded("Zambian police blocked the road to the parliament in Lusaka.")
    assert "REJECT" not in {t for t, _, _ in events}


def test_taking_to_social_media_is_no_protest() -> None:
    events = coded("The minister took to Twitter to criticize Chile.")
    assert "PROTEST" not in {t for t, _, _ in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "staged", which the pinned model lemmatizes "stag" (repaired: grammar.yaml lemma_repairs)
        ("Thousands of nurses staged a walkout in Accra on Monday.", ("PROTEST", None, "Ghana")),
        # "retook", which it leaves as its own lemma (repaired likewise)
        ("Malian troops retook the town of Kidal from the rebels.", ("COERCE", "Mali", "Kidal")),
        (
            "The Colombian government offered amnesty to guerrillas who surrender.",
            ("CONCEDE", "Colombia", None),
        ),
        (
            "President Ortega granted a pardon to the jailed Nicaraguan activists.",
            ("CONCEDE", "Ortega", "Nicaragua"),
        ),
        (
            "Vietnam relaxed restrictions on Cambodian traders at the border.",
            ("CONCEDE", "Vietnam", "Cambodia"),
        ),
        (
            "Uzbek forces pulled back from the disputed border post with Kyrgyzstan.",
            ("RETREAT", "Uzbekistan", "Kyrgyzstan"),
        ),
        ("Belgium reduced its troops in Mali to 300.", ("RETREAT", "Belgium", None)),
        (
            "Sudan and South Sudan swapped detainees at the border.",
            ("RETREAT", "Sudan", "South Sudan"),
        ),
        (
            "The Bolivian army handed over control of the border town to Paraguay.",
            ("RETREAT", "Bolivia", "Paraguay"),
        ),
        (
            "The FARC rebels gave up their weapons under the 2016 accord with Colombia.",
            ("RETREAT", "FARC", None),
        ),
        ("Chile sent 500 police officers to the border with Peru.", ("MOBILIZE", "Chile", "Peru")),
        (
            "Nigeria dispatched two battalions to the border with Niger.",
            ("MOBILIZE", "Nigeria", "Niger"),
        ),
        (
            "North Korea put its artillery units on standby near the border.",
            ("MOBILIZE", "North Korea", None),
        ),
        (
            "Serbian forces fortified their positions along the border with Kosovo.",
            ("MOBILIZE", "Serbia", "Kosovo"),
        ),
        (
            "Thai and Malaysian navies started joint exercises in the Andaman Sea.",
            ("COOPERATE", "Thailand", "Malaysia"),
        ),
        (
            "The Red Cross provided tents to families in Mozambique.",
            ("AID", "Red Cross", "Mozambique"),
        ),
        ("Turkey provided $20 million to Somalia after the floods.", ("AID", "Turkey", "Somalia")),
        ("Indian helicopters dropped food to villages in Nepal.", ("AID", "India", "Nepal")),
        ("Japan boosted humanitarian assistance to Myanmar.", ("AID", "Japan", "Myanmar")),
        ("The World Bank doubled its lending to Kenya.", ("AID", "World Bank", "Kenya")),
        (
            "Argentina threw its weight behind Bolivia's bid to join the bloc.",
            ("SUPPORT", "Argentina", "Bolivia"),
        ),
    ],
)
def test_deed_told_by_its_object_codes_its_type(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded(text)


def test_prisoners_exchanged_are_released_by_each_side() -> None:
    events = coded("Armenia and Azerbaijan exchanged 40 prisoners on Friday.")
    assert {("RETREAT", "Armenia", "Azerbaijan"), ("RETREAT", "Azerbaijan", "Armenia")} <= events


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Opposition supporters marched through Chisinau for a fourth night.", "Moldova"),
        ("Hundreds of teachers took to the streets of Tegucigalpa.", "Honduras"),
        ("Protests erupted in Nairobi and Mombasa after the shooting.", "Kenya"),
        ("The killing of the imam sparked protests in Kabul.", "Afghanistan"),
        ("Riots broke out in Tunisia after the vote.", "Tunisia"),
    ],
)
def test_protest_named_by_no_side_is_against_the_state_where_it_goes(text: str, state: str) -> None:
    assert ("PROTEST", None, state) in coded(text)


def test_a_protest_abroad_against_a_named_government_keeps_that_target() -> None:
    events = coded("Protests in Paris against the Chilean government continued.")
    assert ("PROTEST", None, "Chile") in events
    assert ("PROTEST", None, "France") not in events


def test_supporters_clashing_with_police_riot() -> None:
    events = coded("Hundreds of opposition supporters clashed with police in Nairobi.")
    assert ("PROTEST", None, "Kenya") in events
    assert "ASSAULT" not in {t for t, _, _ in events}


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Hundreds of protesters gathered outside the parliament in Sofia.", "Bulgaria"),
        ("About 1,000 opposition supporters gathered in Jakarta on Friday.", "Indonesia"),
        ("Thousands of Peruvians gathered in Lima to oppose the new tax.", "Peru"),
    ],
)
def test_a_crowd_that_gathers_protests(text: str, state: str) -> None:
    assert ("PROTEST", None, state) in coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ministers from Fiji, Tuvalu and Samoa gathered in Suva for the climate talks.",
        "Troops from Chile and Peru are gathering on the islands for the drills.",
        "Investigators from Kenya gathered evidence in Nairobi for the case.",
    ],
)
def test_ministers_troops_or_evidence_gathered_are_no_protest(text: str) -> None:
    assert "PROTEST" not in {t for t, _, _ in coded(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # "cease-fire" is split by the tokenizer into "cease", "-", "fire"
        (
            "Armenia agreed to an immediate cease-fire with Azerbaijan.",
            ("AGREE", "Armenia", "Azerbaijan"),
        ),
        (
            "The Arakan Army declared a ten-day cease-fire with the Myanmar military.",
            ("RETREAT", "Arakan Army", "Myanmar military"),
        ),
        (
            "Norway welcomed the cease-fire between Armenia and Azerbaijan.",
            ("RETREAT", "Armenia", "Azerbaijan"),
        ),
    ],
)
def test_a_hyphened_cease_fire_is_a_ceasefire(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded(text)
