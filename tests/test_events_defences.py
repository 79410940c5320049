"""Defences in a speaker's words (events/defences.py, issue 16): a charge dismissed or
said not to prove a deed, and a measure the speaker says will not deter them, are REJECT
from the speaker, at whoever the article told made the charge or owns the measure, else
at no one named. Every sentence was written for this file."""

from __future__ import annotations

import pytest

from conftest import Coded, assert_coded_or_not, coded
from dossier.entities import EntityFinder

DEFENCES = [
    # a defence lawyer dismissing the evidence: no accuser of the lawyer, no target
    pytest.param(
        "Defense attorney Sarah Kim said the evidence against her client was purely "
        "circumstantial.",
        ("REJECT", "Sarah Kim", None),
        True,
        id="the_evidence_is_circumstantial",
    ),
    pytest.param(
        "Her lawyer, Pedro Gomez, said the charges against her were fabricated.",
        ("REJECT", "Pedro Gomez", None),
        True,
        id="the_charges_were_fabricated_as_a_participle",
    ),
    pytest.param(
        "The Bolivian attorney general accused Luis Arce of fraud. “The charges are "
        "fabricated,” said Arce.",
        ("REJECT", "Luis Arce", "Bolivia"),
        True,
        id="the_accused_dismissing_rejects_the_accuser",
    ),
    pytest.param(
        "Opposition leader Kizza Besigye said the treason charges were politically motivated.",
        ("REJECT", "Kizza Besigye", None),
        True,
        id="politically_motivated_charges",
    ),
    pytest.param(
        "Rafael Correa said the indictment was a political vendetta.",
        ("REJECT", "Rafael Correa", None),
        True,
        id="the_indictment_is_a_political_vendetta",
    ),
    pytest.param(  # the client is not the lawyer: no charge against her
        "The defendant's lawyer, Amina Yusuf, said the allegations against her client were "
        "unfounded.",
        ("ACCUSE", None, "Amina Yusuf"),
        False,
        id="the_charges_against_her_client_do_not_accuse_the_lawyer",
    ),
    # the charge said not to prove a deed of someone
    pytest.param(
        "His lawyer, Tomas Berg, argued the evidence does not prove that his client ordered "
        "the killing.",
        ("REJECT", "Tomas Berg", None),
        True,
        id="the_evidence_does_not_prove",
    ),
    pytest.param(
        "“The indictment does not prove her guilt,” said defence counsel Ravi Nair.",
        ("REJECT", "Ravi Nair", None),
        True,
        id="the_indictment_does_not_prove_her_guilt",
    ),
    pytest.param(  # a finding about a thing defends no one
        "Analyst John Doe said the evidence does not support the theory that the virus "
        "leaked from a lab.",
        ("REJECT", "John Doe", None),
        False,
        id="evidence_about_a_thing_is_no_defence",
    ),
    # a measure defied: at whoever owns it or does the deterring
    pytest.param(
        "Teacher Maria Lopez said the Taliban edict will never stop her from teaching girls.",
        ("REJECT", "Maria Lopez", "Taliban"),
        True,
        id="the_edict_will_never_stop_her",
    ),
    pytest.param(
        "“We will not be intimidated by Kigali,” said Congolese minister Patrick Muyaya.",
        ("REJECT", "Patrick Muyaya", "Rwanda"),
        True,
        id="we_will_not_be_intimidated_by",
    ),
    pytest.param(
        "“These threats will not silence us,” said editor Juan Perez.",
        ("REJECT", "Juan Perez", None),
        True,
        id="threats_will_not_silence_us",
    ),
    pytest.param(  # "no amount of …" denies the deterring as "not" does
        "“No amount of intimidation from Moscow will stop us,” said Moldovan President Maia Sandu.",
        ("REJECT", "Maia Sandu", "Russia"),
        True,
        id="no_amount_of_intimidation_will_stop_us",
    ),
    pytest.param(  # what is the speaker's: "her spirit", "our resolve"
        "Activist Loujain al-Hathloul said the travel ban would not break her spirit.",
        ("REJECT", "Loujain al-Hathloul", None),
        True,
        id="the_ban_will_not_break_her_spirit",
    ),
    pytest.param(  # a hardship defied is no refusal of anyone
        "Farmer Ali Khan said the drought would not stop him from planting.",
        ("REJECT", None, None),
        False,
        id="a_drought_is_no_measure",
    ),
    pytest.param(  # the deterring verb must be denied
        "Journalist Rana Aziz said the Egyptian ban stopped her from reporting.",
        ("REJECT", "Rana Aziz", None),
        False,
        id="a_measure_that_stopped_her_is_no_defiance",
    ),
]


@pytest.mark.parametrize(("text", "event", "coded_here"), DEFENCES)
def test_a_defence_codes_or_does_not_code_a_rejection(
    finder: EntityFinder, text: str, event: Coded, coded_here: bool
) -> None:
    assert_coded_or_not(coded(text, finder), event, coded_here)
