"""Threats and accusations told without a verb of threatening or accusing (issue 16,
ac4): ultimatums ("gave X a week to leave or face arrest", events/ultimatums.py),
threats stated ("said X would pay a price"), threats made as nouns ("made threats to
bomb X"), force announced ("will use force against X"), a judged decision's owner
("called Peru's decision a disgrace"), being taken to court ("took X to the ICJ"),
charges read out or filed against one, and deeds told as alleged
(events/charge_states.py).
Sentences written for these tests: invented people, real states.
"""

from __future__ import annotations

import pytest

from conftest import Coded, assert_coded_or_not, coded
from dossier.entities import EntityFinder

CASES = [
    pytest.param(
        "Kenya gave Somalia one week to withdraw its troops from the border or face sanctions.",
        ("THREATEN", "Kenya", "Somalia"),
        True,
        id="gave_a_week_or_face_sanctions_threatens_the_one_told",
    ),
    pytest.param(
        "Kinshasa gave the M23 militia two days to disarm or else face an army assault.",
        ("THREATEN", "Democratic Republic of the Congo", "M23"),
        True,
        id="or_else_face_an_assault",
    ),
    pytest.param(
        "Kinshasa gave the M23 militia two days to disarm or else face an army assault.",
        ("ASSAULT", None, None),
        False,
        id="the_assault_held_out_is_not_coded_as_done",
    ),
    pytest.param(
        "President Paul Kagame called on the FDLR to lay down its arms or be crushed.",
        ("THREATEN", "Paul Kagame", "FDLR"),
        True,
        id="or_be_crushed_after_a_call",
    ),
    pytest.param(
        "Kenya did not give Somalia a deadline to withdraw or face sanctions.",
        ("THREATEN", "Kenya", None),
        False,
        id="a_denied_ultimatum_is_none",
    ),
    pytest.param(
        "Kenya asked Somalia whether it would withdraw its troops or face a long war.",
        ("THREATEN", "Kenya", None),
        False,
        id="a_question_is_no_ultimatum",
    ),
    pytest.param(
        "Somalia made threats to attack Kenyan bases.",
        ("THREATEN", "Somalia", "Kenya"),
        True,
        id="threats_made_name_their_maker_as_the_verbs_subject",
    ),
    pytest.param(
        "Somalia made threats to attack Kenyan bases.",
        ("ASSAULT", None, None),
        False,
        id="the_attack_threatened_is_not_coded_as_done",
    ),
    pytest.param(
        "Senator Inés Rojas called Peru's decision a disgrace.",
        ("ACCUSE", "Inés Rojas", "Peru"),
        True,
        id="a_judged_decision_accuses_its_owner",
    ),
    pytest.param(
        "Amnesty called the ruling by the Egyptian court a travesty of justice.",
        ("ACCUSE", "Amnesty", "Egypt"),
        True,
        id="a_judged_ruling_accuses_its_by_phrase",
    ),
    pytest.param(
        "Guyana took Venezuela to the International Court of Justice over the Essequibo region.",
        ("ACCUSE", "Guyana", "Venezuela"),
        True,
        id="taken_to_court_is_the_accused_not_the_court",
    ),
    pytest.param(
        "Israel said Hezbollah would pay a heavy price for the rocket fire.",
        ("THREATEN", "Israel", "Hezbollah"),
        True,
        id="a_price_to_pay_stated_is_a_threat",
    ),
    pytest.param(
        "Kenya said Somalia had paid a heavy price for the drought.",
        ("THREATEN", "Kenya", None),
        False,
        id="a_price_paid_is_no_threat",
    ),
    pytest.param(
        "Kenya said Somalia will not be punished for the border incident.",
        ("THREATEN", "Kenya", None),
        False,
        id="no_punishment_is_no_threat",
    ),
    pytest.param(
        "Iran's Quds Force was allegedly behind the bombing in Buenos Aires, according to"
        " Argentina.",
        ("ACCUSE", "Argentina", "Quds Force"),
        True,
        id="allegedly_behind_a_deed_accuses_the_subject",
    ),
    pytest.param(
        "Iranian officials allegedly offered money to the smugglers.",
        ("ACCUSE", None, None),
        False,
        id="an_alleged_act_with_its_own_verb_is_no_accusation",
    ),
    pytest.param(
        "Kenyan prosecutor Amos Kiprono read out the charges and the names of the accomplices.",
        ("ACCUSE", "Amos Kiprono", None),
        True,
        id="charges_read_out_accuse",
    ),
    pytest.param(
        "The clerk Amos Kiprono read out the verdict.",
        ("ACCUSE", "Amos Kiprono", None),
        False,
        id="a_verdict_read_out_is_no_charge",
    ),
    pytest.param(
        "The lawsuit filed against the Kenyan interior ministry by the Law Society seeks damages.",
        ("ACCUSE", "Law Society", "Kenya"),
        True,
        id="a_lawsuit_filed_against_accuses_by_its_by_phrase",
    ),
    pytest.param(
        "The boxes brought against the wall by the Kenyan workers were heavy.",
        ("ACCUSE", None, None),
        False,
        id="things_brought_against_are_no_charge",
    ),
    pytest.param(
        "Russia will use force against Ukraine.",
        ("THREATEN", "Russia", "Ukraine"),
        True,
        id="force_announced_is_a_threat",
    ),
    pytest.param(
        "Russia used force against Ukraine.",
        ("ASSAULT", "Russia", "Ukraine"),
        True,
        id="force_used_is_an_assault",
    ),
    pytest.param(
        "The rebels took the Chadian soldiers to their base.",
        ("ACCUSE", None, None),
        False,
        id="taken_elsewhere_is_no_lawsuit",
    ),
]


@pytest.mark.parametrize(("text", "event", "coded_here"), CASES)
def test_threats_and_charges_without_their_verb(
    text: str, event: Coded, coded_here: bool, finder: EntityFinder
) -> None:
    assert_coded_or_not(coded(text, finder), event, coded_here)
