"""Visas revoked or suspended for another country's people, and duties or levies laid
on its goods (issue 16, SANCTION discontinue: cutting exchanges). A passport revoked
stays the state's coercion of its own citizen. Sentences written for these tests: real
states, invented events.
"""

from __future__ import annotations

import pytest

from conftest import coded, events_of
from dossier.entities import EntityFinder

Coded = tuple[str, str | None, str | None]

CODED: list[tuple[str, Coded]] = [
    ("Ghana revoked the visas of 40 Nigerian traders.", ("SANCTION", "Ghana", "Nigeria")),
    (
        "Ecuador suspended visa-free entry for Chinese citizens in July.",
        ("SANCTION", "Ecuador", "China"),
    ),
    ("Bolivia imposed new duties on Chilean wine.", ("SANCTION", "Bolivia", "Chile")),
    ("Iran revoked the passport of the dissident Ali Karimi.", ("COERCE", "Iran", "Ali Karimi")),
]


@pytest.mark.parametrize(("text", "event"), CODED, ids=[t for t, _ in CODED])
def test_visas_and_duties(text: str, event: Coded, finder: EntityFinder) -> None:
    found = coded(text, finder)
    assert event in found, f"coded {sorted(found, key=str)}"


def test_a_duty_paid_is_no_sanction(finder: EntityFinder) -> None:
    events = events_of("Chilean exporters paid new duties on wine sold in Bolivia.", finder)
    assert "SANCTION" not in {e.type for e in events}
