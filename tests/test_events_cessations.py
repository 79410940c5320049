"""Exchanges stopped (issue 16, SANCTION): a cooperative act a verb of stopping governs
("stopped providing aid", "ended its support") and exchanges stopped by name ("stopped
flights to Lagos") are PLOVER's SANCTION discontinue, not the aid itself. Sentences
written for these tests: invented firms and people, real states.
"""

from __future__ import annotations

import pytest

from conftest import coded, events_of
from dossier.entities import EntityFinder

Coded = tuple[str, str | None, str | None]

CODED: list[tuple[str, Coded]] = [
    ("Japan stopped providing aid to Laos in March.", ("SANCTION", "Japan", "Laos")),
    ("Sweden ceased funding the Zambian health ministry.", ("SANCTION", "Sweden", "Zambia")),
    ("Kenya halted its cooperation with Somalia.", ("SANCTION", "Kenya", "Somalia")),
    ("Germany stopped arms deliveries to Turkey.", ("SANCTION", "Germany", "Turkey")),
    ("Japan stopped its aid to Laos after the vote.", ("SANCTION", "Japan", "Laos")),
    # ties cut, told in the passive, or downgraded: no longer a cooperation
    ("Ties between Qatar and Bahrain were cut in 2017.", ("SANCTION", "Qatar", "Bahrain")),
    ("Lithuania downgraded its diplomatic ties with China.", ("SANCTION", "Lithuania", "China")),
]

NOT_CODED: list[tuple[str, str]] = [
    # the aid goes on: no sanction, and the aid is still coded as aid
    ("Japan did not stop providing aid to Laos.", "SANCTION"),
    ("Japan continued providing aid to Laos.", "SANCTION"),
    # stopping a deed of force is no cut in exchanges
    ("Ghana stopped the smugglers at the border.", "SANCTION"),
]


@pytest.mark.parametrize(("text", "event"), CODED, ids=[t for t, _ in CODED])
def test_stopped_exchanges_are_sanctions(text: str, event: Coded, finder: EntityFinder) -> None:
    found = coded(text, finder)
    assert event in found, f"coded {sorted(found, key=str)}"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Japan stopped providing aid to Laos.", "AID"),
        ("Ties between Qatar and Bahrain were cut in 2017.", "COOPERATE"),
        ("Lithuania downgraded its diplomatic ties with China.", "COOPERATE"),
    ],
)
def test_what_was_stopped_is_no_longer_coded(text: str, kind: str, finder: EntityFinder) -> None:
    kinds = {e.type for e in events_of(text, finder)}
    assert kind not in kinds, kinds


@pytest.mark.parametrize(("text", "kind"), NOT_CODED, ids=[t for t, _ in NOT_CODED])
def test_no_sanction_without_a_stop(text: str, kind: str, finder: EntityFinder) -> None:
    coded = [(e.type, e.source, e.target) for e in events_of(text, finder)]
    assert kind not in {t for t, _, _ in coded}, f"coded {coded}"
