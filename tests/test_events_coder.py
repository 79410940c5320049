"""The coder's gate on missing sides (events/coder.py ``code``): an event of a type in
events.yaml's ``no_source_needed`` is kept with a null source when the text names only
whom it was done to; a generic statement still codes nothing."""

from __future__ import annotations

import pytest

from conftest import events_of
from dossier.entities import EntityFinder

Coded = tuple[str, str | None, str | None]

# the doer is a group the text does not name: the event stands, its source null
NULL_SOURCE: list[tuple[str, Coded]] = [
    ("Volunteers delivered food aid to Haiti on Sunday.", ("AID", None, "Haiti")),
    ("He signed a trade agreement with Vietnam on Friday.", ("AGREE", None, "Vietnam")),
    ("Local engineers are working with Ghana's energy ministry on the new dam.",
     ("COOPERATE", None, "Ghana")),
    ("The visiting delegation met with Chilean officials in Santiago on Monday.",
     ("CONSULT", None, "Chile")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "event"), NULL_SOURCE, ids=[t[:40] for t, _ in NULL_SOURCE])
def test_event_kept_with_a_null_source(text: str, event: Coded, finder: EntityFinder) -> None:
    found = [e for e in events_of(text, finder) if not e.negated]
    coded = {(e.type, e.source, e.target) for e in found}
    assert event in coded, f"coded {sorted(coded, key=str)}"
    kept = next(e for e in found if (e.type, e.source, e.target) == event)
    assert kept.modality == "asserted"
    assert kept.trigger_span[0] < kept.trigger_span[1]


# one side unnamed or a pronoun the coreference stage resolves, the other null: kept
ONE_SIDE: list[tuple[str, Coded]] = [
    ("Gunmen attacked a Kenyan army convoy near the border on Friday.",
     ("ASSAULT", None, "Kenya")),
    ("Ali Hassan is a reporter from Chad. He was shot dead on Monday near the border.",
     ("ASSAULT", None, "Ali Hassan")),
    ("Senator Ana Lopez spoke on Monday. She accused the ministry of hiding the report.",
     ("ACCUSE", "Ana Lopez", None)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "event"), ONE_SIDE, ids=[t[:40] for t, _ in ONE_SIDE])
def test_event_kept_with_the_side_the_text_gives(
    text: str, event: Coded, finder: EntityFinder
) -> None:
    coded = {(e.type, e.source, e.target) for e in events_of(text, finder) if not e.negated}
    assert event in coded, f"coded {sorted(coded, key=str)}"


@pytest.mark.parametrize(
    "text",
    [
        "Support for new ideas is always welcome.",
        "People often meet to talk about the weather.",
    ],
)
def test_generic_statement_codes_nothing(text: str, finder: EntityFinder) -> None:
    assert events_of(text, finder) == []


@pytest.mark.parametrize(
    "text",
    [
        "Closer partnership with the rebels could help Chad secure its northern border.",
        "Working with the Peruvian navy could help Chile stop the smugglers.",
    ],
)
def test_what_might_happen_by_no_one_named_is_no_event(text: str, finder: EntityFinder) -> None:
    """A hypothetical deed with no doer ("could help Chad") is what a plan might do."""
    assert [e for e in events_of(text, finder) if e.modality == "hypothetical"] == []


def test_hypothetical_event_with_its_doer_is_kept(finder: EntityFinder) -> None:
    found = events_of("If the talks fail, Kenya would impose sanctions on Uganda.", finder)
    assert any(e.source == "Kenya" and e.modality == "hypothetical" for e in found), found


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("The Taliban accepted the truce on Friday.", "Taliban"),
        ("Fiji signed a fisheries pact in Suva.", "Fiji"),
        (
            "The Karen National Union agreed to a ceasefire after weeks of fighting.",
            "Karen National Union",
        ),
        ("Hezbollah reached an understanding late on Sunday.", "Hezbollah"),
    ],
)
def test_one_party_to_a_named_pact_is_an_agreement_with_no_one_named(
    text: str, party: str, finder: EntityFinder
) -> None:
    """A symmetric type with one party (events.yaml ``symmetric_types``) stands with a null
    target when its trigger line names the pact; "A and B agreed" keeps each with the other."""
    found = {(e.type, e.source, e.target) for e in events_of(text, finder) if not e.negated}
    assert ("AGREE", party, None) in found


def test_a_bare_agreement_of_one_party_codes_nothing(finder: EntityFinder) -> None:
    assert not [e for e in events_of("Peru agreed on Monday.", finder) if e.type == "AGREE"]
