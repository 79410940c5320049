"""Pressure held out on a condition is a threat (events/conditions.py)."""

from __future__ import annotations

import pytest

from conftest import events_of
from dossier.entities import EntityFinder


def types(text: str, finder: EntityFinder) -> set[str]:
    return {e.type for e in events_of(text, finder) if not e.negated}


@pytest.mark.parametrize(
    ("text", "replaced"),
    [
        (
            "Ghana said it will withdraw its peacekeepers from Mali unless the junta agrees.",
            "RETREAT",
        ),
        (
            "The African Union may halt its mediation in Sudan if the generals keep fighting.",
            "SANCTION",
        ),
        ("Chile could expel the Venezuelan ambassador if Caracas does not apologise.", "SANCTION"),
    ],
)
def test_an_act_held_out_on_a_condition_is_a_threat_not_the_act(
    text: str, replaced: str, finder: EntityFinder
) -> None:
    found = types(text, finder)
    assert "THREATEN" in found
    assert replaced not in found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Ghana will withdraw its peacekeepers from Mali next year.", "RETREAT"),
        ("If Ghana withdrew its peacekeepers, Mali would suffer.", "RETREAT"),
        ("Kenya will send 1,000 police officers to Haiti next month.", "MOBILIZE"),
    ],
)
def test_an_unconditioned_plan_or_a_condition_itself_keeps_its_type(
    text: str, kept: str, finder: EntityFinder
) -> None:
    found = types(text, finder)
    assert kept in found
    assert "THREATEN" not in found


def test_what_a_threat_holds_out_with_is_not_done(finder: EntityFinder) -> None:
    found = types("Hungary threatened Ukraine with a veto of its bid to join the bloc.", finder)
    assert found == {"THREATEN"}  # no refusal of the bid: the veto is only held out
