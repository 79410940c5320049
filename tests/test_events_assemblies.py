"""A body meeting as itself (issue 16): "NATO foreign ministers met in Brussels" is
CONSULT by the body with no target (``dossier.events.assemblies``), where the
symmetric reading of a meeting used to pair the body with itself and code nothing.
Every sentence was written for these tests (real bodies, invented meetings); none is
taken from an evaluation file.
"""

from __future__ import annotations

import pytest

from conftest import Coded, assert_coded_or_not, coded
from dossier.entities import EntityFinder

ASSEMBLIES = [
    pytest.param(
        "ASEAN defence ministers met in Phnom Penh on Wednesday.",
        ("CONSULT", "ASEAN", None),
        True,
        id="a_body_whose_members_meet_meets",
    ),
    pytest.param(
        "The UN Security Council met on Monday to discuss the fighting in Yemen.",
        ("CONSULT", "UN Security Council", None),
        True,
        id="a_council_meeting_as_itself_meets",
    ),
    pytest.param(
        "The African Union summit opened in Malabo on Sunday.",
        ("CONSULT", "African Union", None),
        True,
        id="a_summit_told_as_subject_is_the_bodys_meeting",
    ),
    pytest.param(
        "ASEAN defence ministers met with the Australian defence minister in Phnom Penh.",
        ("CONSULT", "ASEAN", "Australia"),
        True,
        id="a_partner_named_stays_the_target",
    ),
    pytest.param(
        "Bolivia met in La Paz on Tuesday.",
        ("CONSULT", "Bolivia", None),
        False,
        id="a_lone_state_meets_no_one",
    ),
    pytest.param(
        "Kenya raised the drought at an African Union summit in Malabo.",
        ("CONSULT", "African Union", None),
        False,
        id="a_summit_that_is_only_where_is_no_meeting",
    ),
    pytest.param(
        "ASEAN ministers meeting in Phnom Penh approved a plan on fisheries.",
        ("CONSULT", "ASEAN", None),
        False,
        id="a_bare_participle_is_the_setting_of_another_act",
    ),
]


@pytest.mark.parametrize(("text", "event", "coded_here"), ASSEMBLIES)
def test_body_assembly_is_coded_or_not(
    text: str, event: Coded, coded_here: bool, finder: EntityFinder
) -> None:
    assert_coded_or_not(coded(text, finder), event, coded_here)


def test_a_meeting_as_the_purpose_of_a_visit_adds_no_lone_meeting(finder: EntityFinder) -> None:
    found = coded("An OAS mission visited Haiti to discuss the elections.", finder)
    assert ("CONSULT", "OAS", "Haiti") in found
    assert ("CONSULT", "OAS", None) not in found
