"""A deed done jointly (issue 16): "A and B jointly inaugurated a bridge", "A and B
set up a joint task force" are COOPERATE each with each (``dossier.events.joint_deeds``);
a verb that is a trigger of its own keeps its type.  Every sentence was written for
these tests; none is taken from an evaluation file.
"""

from __future__ import annotations

import pytest

from conftest import Coded, assert_coded_or_not, coded
from dossier.entities import EntityFinder

JOINT_DEEDS = [
    pytest.param(
        "Senegal and Gambia jointly opened a new ferry terminal on the river.",
        ("COOPERATE", "Senegal", "Gambia"),
        True,
        id="a_jointly_done_deed_is_cooperation",
    ),
    pytest.param(
        "Senegal and Gambia jointly opened a new ferry terminal on the river.",
        ("COOPERATE", "Gambia", "Senegal"),
        True,
        id="each_way",
    ),
    pytest.param(
        "Coast guards from Croatia, Slovenia and Italy jointly started a search for the boat.",
        ("COOPERATE", "Croatia", "Italy"),
        True,
        id="the_parties_a_subject_counts_from",
    ),
    pytest.param(
        "Senegal opened a new ferry terminal on the river.",
        ("COOPERATE", "Senegal", None),
        False,
        id="one_party_alone_cooperates_with_no_one",
    ),
    pytest.param(
        "Senegal and Gambia together account for most of the river trade.",
        ("COOPERATE", "Senegal", None),
        False,
        id="together_is_a_sum_not_a_joint_deed",
    ),
    pytest.param(
        "Senegal and Gambia jointly condemned the attack on the ferry.",
        ("COOPERATE", "Senegal", None),
        False,
        id="a_trigger_verb_keeps_its_own_type",
    ),
    pytest.param(
        "Malaysia and Thailand set up a joint task force on the smuggling routes.",
        ("COOPERATE", "Thailand", "Malaysia"),
        True,
        id="a_joint_body_set_up_by_two_is_cooperation",
    ),
    pytest.param(
        "Guyana began joint patrols with Suriname on the river.",
        ("COOPERATE", "Guyana", "Suriname"),
        True,
        id="a_joint_undertaking_with_a_partner_is_cooperation",
    ),
    pytest.param(
        "Guyana formed a joint committee of its police and army.",
        ("COOPERATE", "Guyana", None),
        False,
        id="a_joint_body_of_one_party_is_no_cooperation",
    ),
    pytest.param(
        "Malaysia and Thailand released a joint statement on the smuggling routes.",
        ("COOPERATE", "Malaysia", None),
        False,
        id="a_joint_statement_is_no_undertaking",
    ),
]


@pytest.mark.parametrize(("text", "event", "coded_here"), JOINT_DEEDS)
def test_joint_deed_is_coded_or_not(
    text: str, event: Coded, coded_here: bool, finder: EntityFinder
) -> None:
    assert_coded_or_not(coded(text, finder), event, coded_here)
