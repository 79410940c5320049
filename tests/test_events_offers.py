"""Readiness for a cooperative act told by a noun or a gerund (issue 16): "open to
talks with X", "ready for negotiations with X", "looks forward to working with X" are
AGREE (PLOVER: willingness to cooperate), not talks held or work done; denied ("is
not open to talks") they are a refusal (``dossier.events.offers``).  Every sentence
was written for these tests; none is taken from an evaluation file.
"""

from __future__ import annotations

import pytest

from conftest import Coded, assert_coded_or_not, coded
from dossier.entities import EntityFinder

OFFERS = [
    pytest.param(
        "Uzbekistan is open to talks with Tajikistan on the water dispute.",
        ("AGREE", "Uzbekistan", "Tajikistan"),
        True,
        id="open_to_talks_is_an_offer",
    ),
    pytest.param(
        "Uzbekistan is open to talks with Tajikistan on the water dispute.",
        ("CONSULT", "Uzbekistan", None),
        False,
        id="open_to_talks_holds_no_talks",
    ),
    pytest.param(
        "Malawi is ready for negotiations with Mozambique over the lake.",
        ("AGREE", "Malawi", "Mozambique"),
        True,
        id="ready_for_negotiations_is_an_offer",
    ),
    pytest.param(
        "Estonia looks forward to working with Finland on the new tunnel.",
        ("AGREE", "Estonia", "Finland"),
        True,
        id="looking_forward_to_working_together_is_an_offer",
    ),
    pytest.param(
        "Estonia looks forward to working with Finland on the new tunnel.",
        ("COOPERATE", "Estonia", None),
        False,
        id="looking_forward_is_no_work_done",
    ),
    pytest.param(
        "Uzbekistan is not open to talks with Tajikistan on the water dispute.",
        ("REJECT", "Uzbekistan", "Tajikistan"),
        True,
        id="denied_readiness_is_a_refusal",
    ),
    pytest.param(
        "Uzbekistan held talks with Tajikistan on the water dispute.",
        ("AGREE", "Uzbekistan", None),
        False,
        id="talks_held_stay_talks",
    ),
    pytest.param(
        "Nepal expressed a desire to reopen talks with Bhutan.",
        ("AGREE", "Nepal", "Bhutan"),
        True,
        id="a_desire_voiced_to_talk_is_an_offer",
    ),
    pytest.param(
        "Cuba and Panama have signalled a desire to restore ties.",
        ("AGREE", "Cuba", "Panama"),
        True,
        id="a_desire_signalled_by_two_is_an_offer_each_to_the_other",
    ),
    pytest.param(
        "Sweden offered technical support to Zambia's election board.",
        ("AGREE", "Sweden", "Zambia"),
        True,
        id="material_support_offered_is_an_offer",
    ),
    pytest.param(
        "Sweden offered technical support to Zambia's election board.",
        ("SUPPORT", "Sweden", None),
        False,
        id="material_support_offered_is_no_stance",
    ),
    pytest.param(
        "Sweden offered its support for Zambia's bid to host the games.",
        ("SUPPORT", "Sweden", "Zambia"),
        True,
        id="support_offered_unmarked_stays_a_stance",
    ),
]


@pytest.mark.parametrize(("text", "event", "coded_here"), OFFERS)
def test_offer_is_coded_or_not(
    text: str, event: Coded, coded_here: bool, finder: EntityFinder
) -> None:
    assert_coded_or_not(coded(text, finder), event, coded_here)


CONDITIONAL = [
    pytest.param(
        "The Arakan Army said it would meet the Thai envoy if he guaranteed its safety.",
        ("AGREE", "Arakan Army", "Thailand"),
        True,
        id="a_meeting_on_a_condition_is_an_offer",
    ),
    pytest.param(
        "The Arakan Army said it would meet the Thai envoy if he guaranteed its safety.",
        ("CONSULT", "Arakan Army", None),
        False,
        id="a_meeting_on_a_condition_is_not_held",
    ),
    pytest.param(
        "Norway would send aid to Malawi if the floods worsened.",
        ("AID", "Norway", "Malawi"),
        True,
        id="aid_on_a_condition_stays_aid",
    ),
    pytest.param(
        "The Malawian president would have visited Zambia if the border had been reopened.",
        ("AGREE", "Malawi", None),
        False,
        id="a_past_unreal_condition_offers_nothing",
    ),
    pytest.param(
        "The Chilean president would visit Bolivia once the border dispute is settled.",
        ("AGREE", "Chile", "Bolivia"),
        True,
        id="a_visit_once_a_dispute_is_settled_is_an_offer",
    ),
]


@pytest.mark.parametrize(("text", "event", "coded_here"), CONDITIONAL)
def test_cooperation_offered_on_a_condition(
    text: str, event: Coded, coded_here: bool, finder: EntityFinder
) -> None:
    assert_coded_or_not(coded(text, finder), event, coded_here)
