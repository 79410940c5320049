"""Meetings with a group of envoys, hosted or welcomed (issue 16): "Kenya hosted envoys
from Uganda and Tanzania" meets each country the envoys come from; a town of the
host's own country is only where.  Every sentence was written for these tests
(invented people, real countries); none is taken from an evaluation file.
"""

from __future__ import annotations

import pytest

from conftest import Coded, assert_coded_or_not, coded
from dossier.entities import EntityFinder

MEETINGS = [
    pytest.param(
        "Kenya hosted envoys from Uganda and Tanzania in Nairobi last week.",
        ("CONSULT", "Kenya", "Uganda"),
        True,
        id="host_meets_the_first_country_the_envoys_come_from",
    ),
    pytest.param(
        "Kenya hosted envoys from Uganda and Tanzania in Nairobi last week.",
        ("CONSULT", "Kenya", "Tanzania"),
        True,
        id="host_meets_each_country_the_envoys_come_from",
    ),
    pytest.param(
        "Kenya hosted envoys from Uganda and Tanzania in Nairobi last week.",
        ("CONSULT", "Kenya", "Nairobi"),
        False,
        id="the_hosts_own_town_is_where_not_whom",
    ),
    pytest.param(
        "Ghana hosted the foreign ministers of Togo and Benin in Accra on Monday.",
        ("CONSULT", "Ghana", "Benin"),
        True,
        id="ministers_of_a_country_speak_for_it",
    ),
    pytest.param(
        "Chile welcomed envoys from Peru and Bolivia in Santiago.",
        ("CONSULT", "Chile", "Bolivia"),
        True,
        id="welcoming_envoys_is_receiving_them",
    ),
    pytest.param(
        "Chile welcomed envoys from Peru and Bolivia in Santiago.",
        ("SUPPORT", "Chile", None),
        False,
        id="welcoming_envoys_is_no_praise",
    ),
    pytest.param(
        "Norway welcomed the ceasefire between Colombia and Venezuela.",
        ("SUPPORT", "Norway", "Colombia"),
        True,
        id="welcoming_a_truce_still_supports_its_parties",
    ),
]


@pytest.mark.parametrize(("text", "event", "coded_here"), MEETINGS)
def test_meeting_with_envoys_is_coded_or_not(
    text: str, event: Coded, coded_here: bool, finder: EntityFinder
) -> None:
    assert_coded_or_not(coded(text, finder), event, coded_here)
