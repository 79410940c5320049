"""Trigger lines induced from real text (issue 16, ``bench/induce_triggers.py``; their
counts stand beside them in data/events.yaml). Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from dossier.dates import find_dates
from dossier.entities import EntityFinder
from dossier.events import find_events
from dossier.nlp import load_pipeline, parse
from dossier.quotes import find_quotes


def coded(text: str) -> set[tuple[str, str | None, str | None]]:
    (doc,) = parse(load_pipeline(), [text])
    entities = EntityFinder(load_pipeline()).find(doc)
    dates = find_dates(doc, "2024-05-01")
    quotes, _ = find_quotes(doc, entities, dates)
    return {(e.type, e.source, e.target) for e in find_events(doc, entities, dates, quotes)}


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
