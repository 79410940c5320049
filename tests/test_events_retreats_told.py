"""Classes of issue 16, cv11: retreats told as taking effect or as done
(events/retreats_told.py), a withdrawal from one's own base in a named place, talks
offered with no partner named, cooperation a past statement said would come."""

from __future__ import annotations

import pytest

from conftest import coded, events_of
from dossier.entities import EntityFinder


@pytest.mark.parametrize(
    "text",
    [
        "A week-long ceasefire in the disputed valley went into effect on Sunday.",
        "The truce took effect at 6 p.m. local time, though shelling went on until then.",
        "The truce in force across the southern provinces since May has eased hunger.",
        "The drawdown began a week after the accord was signed in Doha.",
        "The president accepted all three resignations and named interim ministers.",
    ],
)
def test_a_retreat_told_as_taking_effect_stands_only_unattributed(
    text: str, finder: EntityFinder
) -> None:
    assert not any(e.type == "RETREAT" for e in events_of(text, finder))
    found = events_of(text, finder, unattributed=True)
    assert ("RETREAT", None, None) in {(e.type, e.source, e.target) for e in found}


@pytest.mark.parametrize(
    "text",
    [
        "A week-long ceasefire in the disputed valley will take effect on Sunday.",  # announced
        "The ceasefire did not hold in the disputed valley.",
        "Protesters in the capital demanded the resignation of the cabinet.",
        "Observers said a truce could take effect next month.",
    ],
)
def test_a_retreat_not_told_as_done_stands_not_even_unattributed(
    text: str, finder: EntityFinder
) -> None:
    found = events_of(text, finder, unattributed=True)
    assert not any(e.type == "RETREAT" and not e.negated for e in found)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Mongolia's premier announced the resignation of his cabinet on Monday.", "Mongolia"),
        ("The Uruguayan defence minister submitted her resignation on Friday.", "Uruguay"),
        ("The Kyrgyz border guards observed the truce along the Batken frontier.", "Kyrgyzstan"),
    ],
)
def test_a_retreat_its_doer_carries_out_is_the_doer_s(
    text: str, source: str, finder: EntityFinder
) -> None:
    assert ("RETREAT", source, None) in coded(text, finder)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("France withdrew its troops from its bases in Mali.", "France", "Mali"),
        ("Brazil pulled its soldiers out of their positions in Haiti.", "Brazil", "Haiti"),
        ("Peru has completed its withdrawal from its outposts in Bolivia.", "Peru", "Bolivia"),
        (
            "Fiji completed the withdrawal of its soldiers from its last camp in Vanuatu.",
            "Fiji",
            "Vanuatu",
        ),
    ],
)
def test_a_withdrawal_from_one_s_own_base_is_from_the_place_it_stands_in(
    text: str, source: str, target: str, finder: EntityFinder
) -> None:
    found = coded(text, finder)
    assert ("RETREAT", source, target) in found
    assert not any(t == source for _, _, t in found)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Kyrgyz President Sadyr Japarov said he was open to negotiations on the border.",
            "Sadyr Japarov",
        ),
        ("Samoa is ready for talks on the fishing rights, its premier said.", "Samoa"),
        ("The Polisario Front is prepared for negotiations in Geneva.", "Polisario Front"),
    ],
)
def test_talks_one_is_open_to_with_no_partner_named_are_one_party_s_offer(
    text: str, source: str, finder: EntityFinder
) -> None:
    found = coded(text, finder)
    assert ("AGREE", source, None) in found
    assert not any(kind == "CONSULT" for kind, _, _ in found)


def test_talks_one_is_not_open_to_are_refused(finder: EntityFinder) -> None:
    found = coded("Kyrgyzstan is not open to negotiations on the border.", finder)
    assert ("REJECT", "Kyrgyzstan", None) in found
    assert not any(kind == "AGREE" for kind, _, _ in found)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Peru said it would supply two helicopters to Ecuador.", "Peru", "Ecuador"),
        ("The Ghanaian government announced it would restart talks with Togo.", "Ghana", "Togo"),
        ("Paraguay said it would back Uruguay's bid to host the games.", "Paraguay", "Uruguay"),
    ],
)
def test_cooperation_a_past_statement_said_would_come_is_an_agreement(
    text: str, source: str, target: str, finder: EntityFinder
) -> None:
    found = coded(text, finder)
    assert ("AGREE", source, target) in found
    assert not any(kind in ("AID", "CONSULT", "SUPPORT") for kind, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Peru said it would supply two helicopters to Ecuador if the floods worsened.",
        "Peru says it would supply two helicopters to Ecuador.",  # a guess or a wish
        "Russia warned that it would support the separatists in Moldova.",  # a threat
        "Ghana said it would not restart talks with Togo.",
    ],
)
def test_a_would_on_a_condition_a_guess_a_warning_or_a_refusal_is_no_agreement(
    text: str, finder: EntityFinder
) -> None:
    assert not any(kind == "AGREE" for kind, _, _ in coded(text, finder))


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Bhutan pledged cooperation with India on flood warnings.", "Bhutan", "India"),
        ("Ecuador promised closer cooperation with Peru against the gangs.", "Ecuador", "Peru"),
    ],
)
def test_cooperation_pledged_is_the_pledge_and_no_work_done(
    text: str, source: str, target: str, finder: EntityFinder
) -> None:
    found = coded(text, finder)
    assert ("AGREE", source, target) in found
    assert not any(kind == "COOPERATE" for kind, _, _ in found)
