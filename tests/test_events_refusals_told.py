"""Refusals told without a refusal verb, and requests whose asked party names no actor
(issue 16, cv10; PLOVER REJECT "all rejections and refusals", REQUEST): talks walked or
stormed out of (REJECT meet, no longer SANCTION), entry, visas or asylum denied (PLOVER:
barring a group from entering is REJECT), calls, demands or orders ignored, acceptance
refused ("will never accept X", "would not be accepted": only negated; veto
``unnegated_acceptance``), charges added or laid (ACCUSE), and "called for the exercises to
end" (the asker's REQUEST with no one asked). What an ignored call or defied order asks
for is not done (veto ``unheeded_act``). Sentences written for these tests about
other places: invented events, real states and bodies.
"""

from __future__ import annotations

import pytest

from conftest import assert_coded_or_not, coded, every_coded
from dossier.entities import EntityFinder

Coded = tuple[str, str | None, str | None]

CODED: list[tuple[str, Coded]] = [
    # talks walked or stormed out of
    (
        "Honduras walked out of the border negotiations with Nicaragua.",
        ("REJECT", "Honduras", "Nicaragua"),
    ),
    (
        "The Fijian delegation stormed out of the talks with Tonga on Friday.",
        ("REJECT", "Fiji", "Tonga"),
    ),
    # entry or visas denied
    ("Canada denied visas to three Iranian ministers on Monday.", ("REJECT", "Canada", "Iran")),
    (
        "Uzbekistan denied entry to a team of observers from the OSCE last week.",
        ("REJECT", "Uzbekistan", "OSCE"),
    ),
    # calls, orders or rulings ignored or disregarded
    (
        "Nicaragua has ignored repeated calls from the Vatican to free the bishop.",
        ("REJECT", "Nicaragua", "Vatican City"),
    ),
    (
        "Serbia disregarded the ruling of the International Court of Justice.",
        ("REJECT", "Serbia", "International Court of Justice"),
    ),
    # acceptance refused
    (
        "Chile will never accept Bolivian sovereignty over the coastal strip, Santiago said.",
        ("REJECT", "Chile", "Bolivia"),
    ),
    (
        "Vanuatu said it cannot accept the terms set by Australia for the loan.",
        ("REJECT", "Vanuatu", "Australia"),
    ),
    (
        "Ghana did not heed the calls from Togo to reopen the border.",
        ("REJECT", "Ghana", "Togo"),
    ),
    # charges added or laid
    (
        "Prosecutors in Zambia added two charges against the businessman Paulo Souza.",
        ("ACCUSE", "Zambia", "Paulo Souza"),
    ),
    (
        "Police in Fiji laid charges against the former minister Ratu Tui.",
        ("ACCUSE", "Fiji", "Ratu Tui"),
    ),
    # a for-to clause asking no named party
    (
        "Venezuela has long called for the naval exercises near its coast to end.",
        ("REQUEST", "Venezuela", None),
    ),
    (
        "The Pacific Islands Forum called for civilian rule to be restored quickly.",
        ("REQUEST", "Pacific Islands Forum", None),
    ),
    ("Chile called for Peru to withdraw its troops from the border.", ("REQUEST", "Chile", "Peru")),
]

# accepted, heeded: no refusal; leaving a body stays a sanction; reporters' routine
NOT_CODED: list[tuple[str, Coded]] = [
    ("Chile accepted the apology offered by Peru.", ("REJECT", None, None)),
    ("Fiji heeded the calls from Tonga to hold the vote.", ("REJECT", None, None)),
    ("Fiji pulled out of the Pacific Islands Forum.", ("REJECT", None, None)),
    ("The Ugandan team ignored the warnings about the storm.", ("REJECT", None, None)),
    ("The Peruvian defence ministry declined to comment on the visas.", ("REJECT", None, None)),
    (
        "Kazakh police denied access to the lawyers of the detained journalist.",
        ("REJECT", None, None),
    ),
    # what an ignored, defied or resisted call or order asks for is not done
    (
        "Nicaragua has ignored repeated calls from the Vatican to free the bishop.",
        ("RETREAT", None, None),
    ),
    ("Chile resisted pressure from Peru to extradite the banker.", ("SANCTION", None, None)),
    (
        "The Serbian police defied an order from the court to release the activist Marko Ilic.",
        ("RETREAT", None, None),
    ),
    # what the for-clause asks for is not done
    (
        "Venezuela has long called for the naval exercises near its coast to end.",
        ("MOBILIZE", None, None),
    ),
    ("Peru called for the troops to leave the border.", ("RETREAT", None, None)),
]


@pytest.mark.parametrize(("text", "event"), CODED, ids=[t for t, _ in CODED])
def test_refusal_or_request_is_coded(text: str, event: Coded, finder: EntityFinder) -> None:
    found = coded(text, finder)
    assert event in found, f"coded {sorted(found, key=str)}"


@pytest.mark.parametrize(("text", "event"), NOT_CODED, ids=[t for t, _ in NOT_CODED])
def test_no_refusal_where_none_is_told(text: str, event: Coded) -> None:
    assert_coded_or_not(every_coded(text), event, coded_here=False)


def test_talks_walked_out_of_are_no_longer_a_sanction(finder: EntityFinder) -> None:
    found = coded("Honduras walked out of the border negotiations with Nicaragua.", finder)
    assert not any(kind == "SANCTION" for kind, _, _ in found), found


WIRE_STORIES = (
    "TEGUCIGALPA, Honduras — Honduras walked out of the fisheries negotiations with "
    "Nicaragua on Tuesday, accusing Managua of sending armed boats into the Gulf of "
    "Fonseca. Serbia will never accept the independence of Kosovo, the Serbian president "
    "told reporters in Belgrade. Nigeria has disregarded an order by the ECOWAS court to "
    "release the activist, rights groups said."
)


def test_refusals_in_a_wire_story(finder: EntityFinder) -> None:
    found = coded(WIRE_STORIES, finder)
    assert ("REJECT", "Honduras", "Nicaragua") in found, found
    assert ("ACCUSE", "Honduras", "Nicaragua") in found, found
    assert ("REJECT", "Serbia", "Kosovo") in found, found
    assert ("REJECT", "Nigeria", "ECOWAS") in found, found
    assert not any(kind in ("SANCTION", "RETREAT") for kind, _, _ in found), found
