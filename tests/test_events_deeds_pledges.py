"""Pledged and promised aid (issue 16 items 1 and 5).

A pledge whose object is a sum or an aid noun is AID (PLOVER: aid, its recipient
required) from the one pledging to the receiver of its to-phrase; a broad pledge to
act ("pledged to support the talks") is not coded as aid.  Every sentence was written
for these tests (invented or generic wording, real countries); none is taken from an
evaluation file.
"""

from __future__ import annotations

import pytest

from conftest import Coded, assert_coded_or_not, coded, events_of
from dossier.entities import EntityFinder

PLEDGES = [
    pytest.param(
        "Canada pledged $80 million in military aid to Ukraine on Friday.",
        ("AID", "Canada", "Ukraine"),
        True,
        id="pledged_a_sum_in_aid_to_a_state_is_aid",
    ),
    pytest.param(
        "Norway promised $40 million in flood relief assistance to Bangladesh.",
        ("AID", "Norway", "Bangladesh"),
        True,
        id="promised_a_sum_in_assistance_is_aid",
    ),
    pytest.param(
        "Brazil committed emergency funding to Mozambique after the cyclone.",
        ("AID", "Brazil", "Mozambique"),
        True,
        id="committed_funding_to_a_state_is_aid",
    ),
    pytest.param(
        "Japan has pledged new loans to Sri Lanka.",
        ("AID", "Japan", "Sri Lanka"),
        True,
        id="pledged_loans_is_aid",
    ),
    pytest.param(
        "India promised $2 billion to Nepal for new mountain roads.",
        ("AID", "India", "Nepal"),
        True,
        id="promised_a_bare_sum_to_a_state_is_aid",
    ),
    pytest.param(
        "Aid groups in Lusaka praised Japan's pledge of 300 million yen in aid to Zambia.",
        ("AID", "Japan", "Zambia"),
        True,
        id="a_states_pledge_of_a_sum_in_aid_is_aid",
    ),
    pytest.param(
        "The conference closed with a pledge of $12 million from Ireland to Malawi.",
        ("AID", "Ireland", "Malawi"),
        True,
        id="a_pledge_of_a_sum_from_a_giver_to_a_receiver_is_aid",
    ),
    pytest.param(
        "Diplomats in Hanoi noted Australia's pledge of closer ties to Vietnam.",
        ("AID", None, None),
        False,
        id="a_pledge_of_no_sum_is_no_aid",
    ),
    pytest.param(
        "The two parties pledged to respect the outcome of the vote in Kenya.",
        ("AID", None, None),
        False,
        id="a_pledge_to_act_is_no_aid",
    ),
    pytest.param(
        "Peru promised a full inquiry into the shooting.",
        ("AID", None, None),
        False,
        id="a_promised_inquiry_is_no_aid",
    ),
    pytest.param(
        "India extended a $500 million credit line to Sri Lanka for fuel imports.",
        ("AID", "India", "Sri Lanka"),
        True,
        id="credit_extended_to_a_state_is_aid",
    ),
    pytest.param(
        "Japan extended a loan of $200 million to Kenya last year.",
        ("AID", "Japan", "Kenya"),
        True,
        id="a_loan_extended_is_aid",
    ),
    pytest.param(
        "Kenya extended the deadline for the talks with Somalia.",
        ("AID", "Kenya", None),
        False,
        id="a_deadline_extended_is_no_aid",
    ),
]


@pytest.mark.parametrize(("text", "event", "coded_here"), PLEDGES)
def test_pledge_is_coded_or_not(
    text: str, event: Coded, coded_here: bool, finder: EntityFinder
) -> None:
    assert_coded_or_not(coded(text, finder), event, coded_here)


def test_pledged_aid_is_intended_and_given_aid_is_asserted(finder: EntityFinder) -> None:
    pledged = events_of("Canada pledged $80 million in military aid to Ukraine.", finder)
    given = events_of("Canada sent aid to Ukraine last week.", finder)
    assert [(e.type, e.modality) for e in pledged] == [("AID", "intended")]
    assert [(e.type, e.modality) for e in given] == [("AID", "asserted")]


def test_force_forsworn_is_a_promise_not_a_refusal(finder: EntityFinder) -> None:
    """ "pledged not to use force against each other": AGREE both ways, no REJECT."""
    found = coded(
        "The leaders of Belize and Guatemala pledged not to use force against each other.",
        finder,
    )
    assert ("AGREE", "Belize", "Guatemala") in found
    assert not {e for e in found if e[0] in ("REJECT", "THREATEN")}
