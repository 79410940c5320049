"""Mediation between two sides (issue 16): the mediator meets each side the
between-phrase names (CONSULT, third-party; ``dossier.events.mediations``), whether
the mediation is a verb or a noun.  Every sentence was written for these tests (real
countries, invented mediations); none is taken from an evaluation file.
"""

from __future__ import annotations

import pytest

from conftest import Coded, assert_coded_or_not, coded
from dossier.entities import EntityFinder

MEDIATIONS = [
    # hosts and guarantors of talks are not each other's party (lead16)
    pytest.param(
        "Chile and Norway, which guaranteed the talks, urged both sides to keep the truce.",
        ("CONSULT", "Chile", "Norway"),
        False,
        id="guarantors_of_talks_do_not_meet_each_other",
    ),
    pytest.param(
        "Qatar and Egypt hosted the talks in Doha on Sunday.",
        ("CONSULT", "Qatar", "Egypt"),
        False,
        id="co_hosts_do_not_meet_each_other",
    ),
    pytest.param(
        "Qatar mediated between Israel and Hamas in Doha.",
        ("CONSULT", "Qatar", "Israel"),
        True,
        id="a_mediating_verb_meets_the_first_side",
    ),
    pytest.param(
        "Qatar mediated between Israel and Hamas in Doha.",
        ("CONSULT", "Qatar", "Hamas"),
        True,
        id="a_mediating_verb_meets_the_second_side",
    ),
    pytest.param(
        "Norway's mediation between Colombia and the FARC lasted four years.",
        ("CONSULT", "Norway", "FARC"),
        True,
        id="the_possessor_of_a_mediation_mediates",
    ),
    pytest.param(
        "Norway's mediation between Colombia and the FARC lasted four years.",
        ("CONSULT", "Colombia", "FARC"),
        False,
        id="the_sides_of_a_mediation_are_not_its_mediator",
    ),
    pytest.param(
        "The Algerian government undertook a mediation effort between Mali and the rebels.",
        ("CONSULT", "Algeria", "Mali"),
        True,
        id="the_subject_of_the_verb_carrying_it_out_mediates",
    ),
    pytest.param(
        "The African Union mediation between Ethiopia and the TPLF succeeded.",
        ("CONSULT", "African Union", "TPLF"),
        True,
        id="a_body_named_before_the_noun_mediates",
    ),
    pytest.param(
        "Eritrea rejected the mediation between Ethiopia and Sudan.",
        ("CONSULT", "Eritrea", None),
        False,
        id="rejecting_a_mediation_is_no_mediating",
    ),
]


@pytest.mark.parametrize(("text", "event", "coded_here"), MEDIATIONS)
def test_mediation_is_coded_or_not(
    text: str, event: Coded, coded_here: bool, finder: EntityFinder
) -> None:
    assert_coded_or_not(coded(text, finder), event, coded_here)


def test_parties_offering_together_to_mediate_are_not_each_other_s_party(
    finder: EntityFinder,
) -> None:
    """ "Lithuania and Poland offered to mediate": two offers, to no one named yet."""
    found = coded("Lithuania and Poland have offered to mediate.", finder)
    assert ("AGREE", "Lithuania", "Poland") not in found
    assert ("AGREE", "Lithuania", None) in found


def test_parties_agreeing_to_talk_are_each_other_s_party(finder: EntityFinder) -> None:
    found = coded("Ghana and Togo agreed to hold talks on the fishing dispute.", finder)
    assert ("AGREE", "Ghana", "Togo") in found
