"""Being investigated or tried told as a state (events/charge_states.py): "is under
investigation", "was placed under investigation", "went on trial", "put X on trial",
"stood trial" are PLOVER ACCUSE of the one in that state. Sentences written for these
tests: invented people, real states.
"""

from __future__ import annotations

import pytest

from conftest import Coded, assert_coded_or_not, coded
from dossier.entities import EntityFinder

STATES = [
    pytest.param(
        "The Ghanaian port chief Kwame Asante is under investigation for embezzlement.",
        ("ACCUSE", "Ghana", "Kwame Asante"),
        True,
        id="under_investigation_accuses_the_subject_by_the_state_behind_it",
    ),
    pytest.param(
        "The Ghanaian port chief Kwame Asante was placed under investigation in Togo.",
        ("ACCUSE", "Togo", "Kwame Asante"),
        True,
        id="placed_under_investigation_in_a_state_that_state_investigates",
    ),
    pytest.param(
        "Ecuador put the Colombian smuggler Jaime Rincon on trial in Quito.",
        ("ACCUSE", "Ecuador", "Jaime Rincon"),
        True,
        id="put_on_trial_by_the_subject_accuses_the_object",
    ),
    pytest.param(
        "The Nepali politician Ram Thapa went on trial on Tuesday.",
        ("ACCUSE", None, "Ram Thapa"),
        True,
        id="went_on_trial",
    ),
    pytest.param(
        "The Nepali politician Ram Thapa stood trial for graft last year.",
        ("ACCUSE", None, "Ram Thapa"),
        True,
        id="stood_trial",
    ),
    pytest.param(
        "The Nepali politician Ram Thapa is not under investigation.",
        ("ACCUSE", None, "Ram Thapa"),
        False,
        id="not_under_investigation_is_none",
    ),
    pytest.param(
        "The Nepali politician Ram Thapa spoke on television under heavy security.",
        ("ACCUSE", None, "Ram Thapa"),
        False,
        id="other_phrases_of_on_and_under_are_none",
    ),
]


@pytest.mark.parametrize(("text", "event", "coded_here"), STATES)
def test_charge_states(text: str, event: Coded, coded_here: bool, finder: EntityFinder) -> None:
    assert_coded_or_not(coded(text, finder), event, coded_here)
