"""Which trigger line fits a verb (events.matching): a particle line fits only by a
phrase of that particle that names more than a day. "Ghana called on Friday for new
talks" is the request "call for"; before, "call on" matched the day and a veto ruled the
word out (issue 16: wire copy puts the day between the verb and its particle). The
veto time_for_particle is gone: the line no longer fits, so nothing is left to veto.
Sentences written for these tests: real states, invented events.
"""

from __future__ import annotations

import pytest

from conftest import coded, events_of
from dossier.entities import EntityFinder

Coded = tuple[str, str | None, str | None]

CODED: list[tuple[str, Coded]] = [
    ("Ghana called on Friday for new talks on the border.", ("REQUEST", "Ghana", None)),
    ("Chile on Monday called for an inquiry into the fire.", ("REQUEST", "Chile", None)),
    (
        "Uruguay called on Tuesday for Paraguay to reopen the bridge.",
        ("REQUEST", "Uruguay", "Paraguay"),
    ),
    # "call on" a party is still the request made of that party
    ("Ghana called on Togo to reopen the border.", ("REQUEST", "Ghana", "Togo")),
]


@pytest.mark.parametrize(("text", "event"), CODED, ids=[t for t, _ in CODED])
def test_a_day_before_the_particle_leaves_the_request(
    text: str, event: Coded, finder: EntityFinder
) -> None:
    found = coded(text, finder)
    assert event in found, f"coded {sorted(found, key=str)}"


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan foreign ministry called the Ugandan ambassador on Tuesday over the arrests.",
        "Peru's prime minister called the Bolivian ambassador on Friday night.",
    ],
)
def test_a_phone_call_on_a_day_is_no_request(text: str, finder: EntityFinder) -> None:
    assert "REQUEST" not in {e.type for e in events_of(text, finder)}
