"""Classes of issue 16, cv15 (events/stances_told.py): charges and stances told as made
with no side named (kept only with --unattributed), a stance received denied ("drew no
criticism"), and concern about a wrong no actor is named doing (ACCUSE with no target)."""

from __future__ import annotations

import pytest

from conftest import coded, events_of
from dossier.entities import EntityFinder


def sideless(text: str, finder: EntityFinder) -> set[tuple[str, str | None, str | None]]:
    """(type, source, target) of the events coded with --unattributed, not negated."""
    found = events_of(text, finder, unattributed=True)
    return {(e.type, e.source, e.target) for e in found if not e.negated}


@pytest.mark.parametrize(
    "text",
    [
        "The ferry tender prompted accusations that officials had taken bribes.",
        "The ruling triggered sharp criticism from students.",
        "The mining company endured criticism after the spill.",
        "She echoed accusations that the movement serves the former junta.",
        "Allegations of torture in the camps continue to emerge.",
        "Criticism mounted after the vote in the capital.",
        "The minister resigned amid allegations of fraud.",
    ],
)
def test_a_charge_told_as_made_with_no_side_stands_only_unattributed(
    text: str, finder: EntityFinder
) -> None:
    assert not any(e.type == "ACCUSE" for e in events_of(text, finder))
    assert ("ACCUSE", None, None) in sideless(text, finder)


def test_support_received_with_no_side_stands_only_unattributed(finder: EntityFinder) -> None:
    text = "The plan received support from several senators."
    assert not any(e.type == "SUPPORT" for e in events_of(text, finder))
    assert ("SUPPORT", None, None) in sideless(text, finder)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry tender could prompt accusations of favouritism.",  # a guess
        "The ferry tender did not prompt accusations of favouritism.",
        "The ferry tender drew no criticism at all.",
        "The reporters read the allegations of fraud.",  # no verb of making
        "The bill has broad support.",  # having it: no stance told
        "Criticism of the budget may grow next year.",
    ],
)
def test_a_charge_not_told_as_made_codes_nothing(text: str, finder: EntityFinder) -> None:
    assert not ({"ACCUSE", "SUPPORT"} & {kind for kind, _, _ in sideless(text, finder)})


def test_a_charge_received_keeps_the_side_its_own_clause_names(finder: EntityFinder) -> None:
    text = "The tender prompted accusations that Zambia had favoured one firm."
    assert ("ACCUSE", None, "Zambia") in coded(text, finder)


def test_a_stance_received_and_denied_is_negated(finder: EntityFinder) -> None:
    found = events_of("The Zambian tender drew no criticism from Malawi.", finder)
    assert [e.negated for e in found if e.type == "ACCUSE"] == [True]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Fiji is deeply concerned about the violence in the north, officials said.", "Fiji"),
        ("Senegal was deeply troubled by attacks on civilians in the border area.", "Senegal"),
        ('"We are very concerned with the riot at the prison," said Rosa Quispe.', "Rosa Quispe"),
        ("Kazakhstan said it was alarmed by the escalation along the border.", "Kazakhstan"),
    ],
)  # fmt: skip
def test_concern_about_a_wrong_no_actor_does_accuses_no_one(
    text: str, source: str, finder: EntityFinder
) -> None:
    assert ("ACCUSE", source, None) in coded(text, finder)


@pytest.mark.parametrize(
    "text",
    [
        "Senegal is deeply worried about the drought in the north.",  # a hardship
        "Fiji is concerned about inflation.",
        "Fiji is not concerned about the unrest in the capital.",  # denied
        "Chile is grateful for the ceasefire.",  # praise, not a concern
    ],
)
def test_a_feeling_about_no_wrong_accuses_no_one(text: str, finder: EntityFinder) -> None:
    assert not any(kind == "ACCUSE" for kind, _, _ in coded(text, finder))


def test_concern_about_a_named_doer_is_still_aimed_at_him(finder: EntityFinder) -> None:
    text = "Kenya is concerned about the arrests by Uganda."
    assert ("ACCUSE", "Kenya", "Uganda") in coded(text, finder)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Amnesty International says Cambodian government harassment of unionists continues.",
            ("ACCUSE", "Amnesty International", "Cambodia"),
        ),
        (
            "Arevalo said the case shows the criminalization of reporters by the Public Ministry"
            " of Guatemala.",
            ("ACCUSE", "Arevalo", "Public Ministry of Guatemala"),
        ),
    ],
)
def test_harassment_in_a_speaker_s_words_accuses_its_doer(
    text: str, event: tuple[str, str, str], finder: EntityFinder
) -> None:
    assert event in coded(text, finder)


def test_the_one_harassed_is_never_the_target(finder: EntityFinder) -> None:
    found = coded("Peru says the harassment of Chilean fishermen by Bolivia continues.", finder)
    assert ("ACCUSE", "Peru", "Bolivia") in found
    assert ("ACCUSE", "Peru", "Chile") not in found
    bare = coded("Peru says the harassment of Chilean fishermen continues.", finder)
    assert ("ACCUSE", "Peru", "Chile") not in bare
