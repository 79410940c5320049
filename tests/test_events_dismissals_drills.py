"""Dismissals (events/dismissals.py), drills and prisoner exchanges told as happening
(events/happenings.py), and verdicts on people no actor names (issue 16, cv18)."""

from __future__ import annotations

import pytest

from conftest import coded, events_of
from dossier.entities import EntityFinder


def typed(text: str, kind: str, finder: EntityFinder, *, unattributed: bool = False) -> set:
    found = events_of(text, finder, unattributed=unattributed)
    return {(e.source, e.target) for e in found if e.type == kind and not e.negated}


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Ecuador's President Daniel Noboa dismissed Defence Minister Gian Carlo Loffredo.",
            "Daniel Noboa",
            "Gian Carlo Loffredo",
        ),
        (
            "Serbian President Aleksandar Vucic sacked army chief Milan Mojsilovic.",
            "Aleksandar Vucic",
            "Milan Mojsilovic",
        ),
        ("The Taliban fired dozens of female teachers in Herat.", "Taliban", None),
    ],
)
def test_a_person_put_out_of_a_post_is_sanctioned(
    text: str, source: str, target: str | None, finder: EntityFinder
) -> None:
    """PLOVER SANCTION: a relation reduced; not the REJECT "dismiss" codes for a claim."""
    assert ("SANCTION", source, target) in coded(text, finder)
    assert not [e for e in events_of(text, finder) if e.type == "REJECT"]


@pytest.mark.parametrize(
    "text",
    [
        "The Ghanaian police dismissed the allegations as politically motivated.",
        "Serbian gunners fired shells at the village overnight.",
        "Protesters in Dakar removed the barricades on Sunday.",
        "The generals removed the Nigerien president from power in July.",
    ],
)
def test_no_person_put_out_of_a_post_is_no_dismissal(text: str, finder: EntityFinder) -> None:
    assert not typed(text, "SANCTION", finder, unattributed=True)


def test_removal_needs_a_post(finder: EntityFinder) -> None:
    text = "Tonga's cabinet removed the police commissioner from his post on Friday."
    assert ("Tonga", None) in typed(text, "SANCTION", finder)


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Uzbekistan's army drills, which started on Tuesday, involve 4,000 troops.", "Uzbekistan"),
        ("A naval exercise involving six Peruvian frigates is under way off Callao.", "Peru"),
    ],
)
def test_a_drill_told_as_happening_mobilizes_its_owner(
    text: str, owner: str, finder: EntityFinder
) -> None:
    assert (owner, None) in typed(text, "MOBILIZE", finder)


def test_a_drill_with_no_owner_stands_only_unattributed(finder: EntityFinder) -> None:
    text = "A live-fire drill began near the Albanian coast on Thursday."
    assert not typed(text, "MOBILIZE", finder)
    assert (None, None) in typed(text, "MOBILIZE", finder, unattributed=True)


@pytest.mark.parametrize(
    "text",
    [
        "A census exercise began in Freetown on Monday.",
        "Uzbekistan's army drills could start next month, officials said.",
        "The joint exercise with Kazakhstan began on Monday.",
    ],
)
def test_civil_future_or_joint_drills_mobilize_no_one(text: str, finder: EntityFinder) -> None:
    assert not typed(text, "MOBILIZE", finder, unattributed=True)


def test_a_prisoner_swap_carried_out_is_a_release_each_way(finder: EntityFinder) -> None:
    text = "Ukraine and Russia carried out a prisoner swap near Sumy on Friday."
    found = typed(text, "RETREAT", finder)
    assert {("Ukraine", "Russia"), ("Russia", "Ukraine")} <= found


def test_a_prisoner_exchange_that_took_place_between_parties(finder: EntityFinder) -> None:
    text = "An exchange of detainees between Yemen and the Houthis took place in Sanaa."
    found = typed(text, "RETREAT", finder)
    assert ("Yemen", "Houthis") in found or ("Houthis", "Yemen") in found


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv and Moscow discussed a possible prisoner swap in Istanbul.",
        "A prisoner exchange between Armenia and Azerbaijan will take place next week.",
        "The currency exchange in Tashkent closed early on Friday.",
    ],
)
def test_a_swap_only_discussed_or_planned_is_no_release(text: str, finder: EntityFinder) -> None:
    assert not typed(text, "RETREAT", finder, unattributed=True)


def test_a_verdict_on_unnamed_people_stands_unattributed(finder: EntityFinder) -> None:
    text = "The judge found the nine policemen guilty of negligence."
    assert not typed(text, "SANCTION", finder)
    assert (None, None) in typed(text, "SANCTION", finder, unattributed=True)


def test_a_swap_told_completed_in_the_passive_is_a_release(finder: EntityFinder) -> None:
    text = "A swap of detainees between Colombia and the ELN was completed near Arauca."
    found = typed(text, "RETREAT", finder)
    assert ("Colombia", "ELN") in found or ("ELN", "Colombia") in found
