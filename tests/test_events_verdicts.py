"""Verdicts stated by unnamed parties (``events.verdicts``, issue 16 item 3): "critics
say Hungary's new media law is repressive" is ACCUSE by no one named, aimed at whom the
verdict judges or at the doer of the act it judges.

Every sentence here was written for these tests, with invented people.
"""

from __future__ import annotations

import pytest

from conftest import Coded, assert_coded_or_not, coded
from dossier.entities import EntityFinder

UNATTRIBUTED: list[tuple[str, Coded, bool]] = [
    ("Critics say Hungary's new media law is repressive.", ("ACCUSE", None, "Hungary"), True),
    (
        "Rights groups say the law that Uganda passed is cruel and discriminatory.",
        ("ACCUSE", None, "Uganda"),
        True,
    ),
    (
        "Diplomats said Chile's response to the crisis was slow and chaotic.",
        ("ACCUSE", None, "Chile"),
        True,
    ),
    (  # the act's doer: whoever the article told bringing the case
        "Nicaraguan prosecutors charged the journalist Miguel Mora with treason. "
        "Press freedom groups say the case against Mora is politically motivated.",
        ("ACCUSE", None, "Nicaragua"),
        True,
    ),
    ("Critics say Hungary's new media law is not repressive.", ("ACCUSE", None, "Hungary"), False),
    ("Residents say the roads in Peru are dangerous.", ("ACCUSE", None, "Peru"), False),
    ("Analysts say the economy of Ghana is weak.", ("ACCUSE", None, "Ghana"), False),
]


@pytest.mark.parametrize(("text", "event", "coded_here"), UNATTRIBUTED)
def test_a_verdict_unnamed_parties_state_is_an_accusation_by_no_one_named(
    text: str, event: Coded, coded_here: bool, finder: EntityFinder
) -> None:
    assert_coded_or_not(coded(text, finder), event, coded_here)


@pytest.mark.parametrize(
    "text",
    [
        "Senator Rosa Linares said Chile's response to the crisis was slow and chaotic.",
        "The Kenyan Law Society says Uganda's new media law is repressive.",
    ],
)
def test_a_named_speaker_is_the_source(text: str, finder: EntityFinder) -> None:
    found = coded(text, finder)
    assert any(t == "ACCUSE" and s is not None for t, s, _ in found), found
    assert not any(t == "ACCUSE" and s is None for t, s, _ in found), found
