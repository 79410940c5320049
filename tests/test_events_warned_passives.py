"""Coercion foretold in the passive in what a party says (issue 16, cv13): "the minister
said looters would be arrested", "anyone carrying the flag can be arrested, police
said" is PLOVER THREATEN by the speaker against those the passive names (construction
``warned_passive`` of data/events/rewrites.yaml, events/conditions.py). Sentences
written for these tests: invented people, real states.
"""

from __future__ import annotations

import pytest

from conftest import coded, events_of
from dossier.entities import EntityFinder

Coded = tuple[str, str | None, str | None]

CODED: list[tuple[str, Coded]] = [
    (
        "Uzbekistan's interior ministry said Tajik traders who crossed the border illegally "
        "would be deported.",
        ("THREATEN", "Uzbekistan", "Tajikistan"),
    ),
    (
        "Nicaragua's police chief said Costa Rican activists who enter the country "
        "will be detained.",
        ("THREATEN", "Nicaragua", "Costa Rica"),
    ),
    (
        '"Those who loot shops in Accra will be arrested," Ghana\'s police chief Kwame Asante '
        "said on Monday.",
        ("THREATEN", "Kwame Asante", None),
    ),
    (
        "Peru's interior minister said strikers who blocked the highway can be arrested.",
        ("THREATEN", "Peru", None),
    ),
]

NOT_CODED: list[tuple[str, str]] = [
    # told as done, feared, negated or with its doer named: no threat by the speaker
    ("Uzbekistan's interior ministry said the Tajik traders were deported last week.", "THREATEN"),
    ("Relatives in Bamako fear the kidnapped Malian engineers could be detained.", "THREATEN"),
    ("Serbia's interior minister said Kosovo officials would not be detained.", "THREATEN"),
]


@pytest.mark.parametrize(("text", "event"), CODED, ids=[t for t, _ in CODED])
def test_foretold_coercion_is_the_speakers_threat(
    text: str, event: Coded, finder: EntityFinder
) -> None:
    found = coded(text, finder)
    assert event in found, f"coded {sorted(found, key=str)}"


@pytest.mark.parametrize(("text", "kind"), NOT_CODED, ids=[t for t, _ in NOT_CODED])
def test_no_threat_unless_foretold_by_a_speaker(text: str, kind: str, finder: EntityFinder) -> None:
    found = [(e.type, e.source, e.target) for e in events_of(text, finder, unattributed=True)]
    assert kind not in {t for t, _, _ in found}, f"coded {found}"


def test_foretold_coercion_is_no_deed_done(finder: EntityFinder) -> None:
    text = "Uzbekistan's interior ministry said Tajik traders would be deported."
    kinds = {e.type for e in events_of(text, finder)}
    assert "COERCE" not in kinds, kinds
