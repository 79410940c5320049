"""A spoken act joined by "and" to the end of what a reporting verb reports is the
reporter's (``reporter_of_conjunct``, ``reporting_heads`` and ``spoken_conjuncts`` of
data/grammar.yaml): spaCy's small model hangs it on the reported clause's verb, where it
took that clause's subject and was swallowed with the denied or urged content.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from conftest import Coded, assert_coded_or_not, coded, every_coded
from dossier.entities import EntityFinder

CODED: list[tuple[str, Coded]] = [
    # a denial's content held the accusation, and with it the accusation was dropped
    ("Russia denied that it had targeted civilians and accused Ukraine of staging the attack.",
     ("ACCUSE", "Russia", "Ukraine")),
    ("The Sudanese army denied it had lost the garrison and accused the Rapid Support Forces"
     " of shelling homes.", ("ACCUSE", "Sudan", "Rapid Support Forces")),
    # a report's content gave the vow to the reported clause's subject
    ("Hamas said Israel had violated the truce and vowed to respond.",
     ("THREATEN", "Hamas", None)),
    ("Kenya said the border talks were going well and thanked Ethiopia for its help.",
     ("SUPPORT", "Kenya", "Ethiopia")),
]  # fmt: skip

NOT_CODED: list[tuple[str, Coded]] = [
    ("Hamas said Israel had violated the truce and vowed to respond.",
     ("THREATEN", "Israel", None)),
    ("Kenya said the border talks were going well and thanked Ethiopia for its help.",
     ("SUPPORT", "border talks", "Ethiopia")),
    # no spoken act: the rebels seized and killed, the officials only said so
    ("Malian officials said the rebels had seized the town and killed ten soldiers.",
     ("ASSAULT", "Mali", None)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "event"), CODED, ids=[t for t, _ in CODED])
def test_reporters_act_coded(text: str, event: Coded, finder: EntityFinder) -> None:
    found = coded(text, finder)
    assert event in found, f"coded {sorted(found, key=str)}"


@pytest.mark.parametrize(("text", "event"), NOT_CODED, ids=[t for t, _ in NOT_CODED])
def test_reported_clause_keeps_its_own_subject(text: str, event: Coded) -> None:
    assert_coded_or_not(every_coded(text), event, coded_here=False)
