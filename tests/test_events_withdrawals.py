"""Leaving a pact, a body or talks told with a particle (issue 16, SANCTION withdraw):
"pulled out of the forum", "backed out of the accord", "pulled out of the talks" are
PLOVER's SANCTION (withdraw from a group, a mediation, an organization), while troops
pulled out of a place stay a RETREAT. The line's object is found in the phrase the
particle governs (relation ``prep_object_nested`` of events.lexicon_match). Talks
walked or stormed out of are REJECT since cv10 (tests/test_events_refusals_told.py). Sentences
written for these tests: invented events, real states and bodies.
"""

from __future__ import annotations

import pytest

from conftest import coded, events_of
from dossier.entities import EntityFinder

Coded = tuple[str, str | None, str | None]

CODED: list[tuple[str, Coded]] = [
    (
        "Fiji pulled out of the Pacific Islands Forum.",
        ("SANCTION", "Fiji", "Pacific Islands Forum"),
    ),
    ("Mali backed out of the peace accord with the rebels.", ("SANCTION", "Mali", None)),
    (
        "Mexico pulled out of the border negotiations with Guatemala.",
        ("SANCTION", "Mexico", "Guatemala"),
    ),
    # troops leaving a place are still a retreat
    ("Kenyan troops pulled out of the town of Kismayo.", ("RETREAT", "Kenya", None)),
]

NOT_CODED: list[tuple[str, str]] = [
    ("Kenyan troops pulled out of the town of Kismayo.", "SANCTION"),
    ("The Ugandan sprinter pulled out of the race in Paris.", "SANCTION"),
]


@pytest.mark.parametrize(("text", "event"), CODED, ids=[t for t, _ in CODED])
def test_leaving_a_body_is_a_sanction(text: str, event: Coded, finder: EntityFinder) -> None:
    found = coded(text, finder)
    assert event in found, f"coded {sorted(found, key=str)}"


@pytest.mark.parametrize(("text", "kind"), NOT_CODED, ids=[t for t, _ in NOT_CODED])
def test_leaving_a_place_or_a_race_is_no_sanction(
    text: str, kind: str, finder: EntityFinder
) -> None:
    coded = [(e.type, e.source, e.target) for e in events_of(text, finder)]
    assert kind not in {t for t, _, _ in coded}, f"coded {coded}"
