"""A meeting proposed is asked for, not held (issue 16, PLOVER REQUEST meet): "Seoul
proposed talks with Pyongyang" is a REQUEST of Pyongyang, no CONSULT; talks held stay
CONSULT. Sentences written for these tests: real states and people, invented events.
"""

from __future__ import annotations

import pytest

from conftest import events_of
from dossier.entities import EntityFinder

CODED: list[tuple[str, tuple[str, str, str, str]]] = [
    (
        "Seoul proposed talks with Pyongyang on family reunions.",
        ("REQUEST", "South Korea", "North Korea", "meet"),
    ),
    ("Chile suggested a summit with Peru in March.", ("REQUEST", "Chile", "Peru", "meet")),
    (
        "Kenya proposed a two-day meeting with Somalia in Nairobi.",
        ("REQUEST", "Kenya", "Somalia", "meet"),
    ),
]


@pytest.mark.parametrize(("text", "event"), CODED, ids=[t for t, _ in CODED])
def test_a_proposed_meeting_is_a_request(
    text: str, event: tuple[str, str, str, str], finder: EntityFinder
) -> None:
    events = events_of(text, finder)
    coded = {(e.type, e.source, e.target, e.mode) for e in events if not e.negated}
    assert event in coded, f"coded {sorted(coded, key=str)}"
    assert "CONSULT" not in {e.type for e in events}


def test_talks_held_stay_a_consultation(finder: EntityFinder) -> None:
    events = events_of("Seoul held talks with Pyongyang on family reunions.", finder)
    assert "CONSULT" in {e.type for e in events}
    assert "REQUEST" not in {e.type for e in events}
