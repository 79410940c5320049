"""Stances towards an act aimed at whoever did it (``RecalledRoles.act_doers``, issue 16
item 3): a feeling about an act ("alarmed by the arrest of Rojas by Ugandan police") or
criticism an act drew ("the decision by the Peruvian Congress drew criticism") blames
the act's doer, told by its by-phrase, its owner, a relative clause or the article
before, never the act's victims.

Every sentence here was written for these tests, with invented people.
"""

from __future__ import annotations

import pytest

from conftest import Coded, assert_coded_or_not, coded
from dossier.entities import EntityFinder

FELT_ABOUT_ACTS: list[tuple[str, Coded, bool]] = [
    (
        "The Kenyan Law Society said it was alarmed by the arrest of Juan Rojas by Ugandan police.",
        ("ACCUSE", "Kenyan Law Society", "Uganda"),
        True,
    ),
    (  # the victim is never the target
        "The Kenyan Law Society said it was alarmed by the arrest of Juan Rojas by Ugandan police.",
        ("ACCUSE", None, "Juan Rojas"),
        False,
    ),
    (
        "Amnesty International is deeply concerned about the law that Uganda passed last week.",
        ("ACCUSE", "Amnesty International", "Uganda"),
        True,
    ),
    (
        "The European Union said it was worried about the crackdown by Belarusian security forces.",
        ("ACCUSE", "European Union", "Belarus"),
        True,
    ),
    (  # "was concerned about": a participle complement, as "was concerned by"
        "The Red Cross said it was concerned about Sudan's expulsion of aid workers.",
        ("ACCUSE", "Red Cross", "Sudan"),
        True,
    ),
    (  # the act the article told just before
        "Chilean police arrested the journalist Marta Soto on Monday. "
        "Amnesty International said it was alarmed by the arrest.",
        ("ACCUSE", "Amnesty International", "Chile"),
        True,
    ),
]


@pytest.mark.parametrize(("text", "event", "coded_here"), FELT_ABOUT_ACTS)
def test_a_feeling_about_an_act_blames_its_doer_not_its_victim(
    text: str, event: Coded, coded_here: bool, finder: EntityFinder
) -> None:
    assert_coded_or_not(coded(text, finder), event, coded_here)


CRITICISM_DRAWN: list[tuple[str, Coded]] = [
    (
        "The decision by the Peruvian Congress has drawn criticism from teachers' unions.",
        ("ACCUSE", None, "Peruvian Congress"),
    ),
    ("The move by Ghana's central bank drew fierce criticism from traders.",
     ("ACCUSE", None, "Ghana")),
    (
        "The law that Hungary passed in March has drawn criticism from the European Commission.",
        ("ACCUSE", "European Commission", "Hungary"),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "event"), CRITICISM_DRAWN)
def test_criticism_an_act_drew_is_aimed_at_its_doer(
    text: str, event: Coded, finder: EntityFinder
) -> None:
    assert event in coded(text, finder)


JUDGED_ACTS: list[tuple[str, Coded]] = [
    (
        "“The law that Uganda passed last week is cruel and repressive,” said Ruth Okello, "
        "a lawyer.",
        ("ACCUSE", "Ruth Okello", "Uganda"),
    ),
    ("“The decision by the Kenyan court is a disgrace,” said Paul Otieno.",
     ("ACCUSE", "Paul Otieno", "Kenya")),
    (  # a charge judged: whoever the article told making it
        "Belarus charged the activist Olga Petrova with extremism on Tuesday. "
        "“The charges against Petrova are absurd,” said Lena Holm, a Swedish diplomat.",
        ("ACCUSE", "Lena Holm", "Belarus"),
    ),
    (
        "Nicaraguan prosecutors charged the journalist Miguel Mora with treason. "
        "Lawyer Pedro Ruiz said the case against Mora is politically motivated.",
        ("ACCUSE", "Pedro Ruiz", "Nicaragua"),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "event"), JUDGED_ACTS)
def test_a_verdict_on_an_act_that_names_no_actor_judges_its_doer(
    text: str, event: Coded, finder: EntityFinder
) -> None:
    assert event in coded(text, finder)


RECALLED_MOVES: list[tuple[str, Coded, bool]] = [
    (
        "The Bolivian government closed the border with Peru on Monday. "
        "The move has drawn criticism from truckers' unions.",
        ("ACCUSE", None, "Bolivia"),
        True,
    ),
    (
        "Serbia expelled two Swedish reporters on Monday. "
        "“The decision is arbitrary and unjust,” said Lena Holm, a Swedish diplomat.",
        ("ACCUSE", "Lena Holm", "Serbia"),
        True,
    ),
    (
        "Chile suspended imports of Argentine beef last week. "
        "The Argentine Rural Society said it was alarmed by the decision.",
        ("ACCUSE", "Argentine Rural Society", "Chile"),
        True,
    ),
    (  # told too long before: "the decision" may be another one
        "Chile suspended imports of Argentine beef last week. Officials met in Santiago on "
        "Friday. Trade has slowed since March. The weather was poor. "
        "The decision drew criticism from farmers.",
        ("ACCUSE", None, "Chile"),
        False,
    ),
]


@pytest.mark.parametrize(("text", "event", "coded_here"), RECALLED_MOVES)
def test_the_move_points_back_to_the_latest_decision_told(
    text: str, event: Coded, coded_here: bool, finder: EntityFinder
) -> None:
    assert_coded_or_not(coded(text, finder), event, coded_here)


NAMED_ACTS: list[tuple[str, Coded]] = [
    (
        "Ugandan police arrested the singer Bobi Kato on Monday. "
        "Amnesty International called the arrest arbitrary.",
        ("ACCUSE", "Amnesty International", "Uganda"),
    ),
    (
        "A Kenyan court jailed the blogger Ann Njeri for two years. Her lawyer Paul Otieno "
        "called the decision a blatant case of judicial persecution.",
        ("ACCUSE", "Paul Otieno", "Kenya"),
    ),
]


@pytest.mark.parametrize(("text", "event"), NAMED_ACTS)
def test_a_verb_of_naming_judges_the_doer_of_the_act_it_names(
    text: str, event: Coded, finder: EntityFinder
) -> None:
    assert event in coded(text, finder)


REACTIONS: list[tuple[str, Coded, bool]] = [
    (
        "Zambia's decision to expel the envoy was met with criticism from Malawi.",
        ("ACCUSE", "Malawi", "Zambia"),
        True,
    ),
    ("The plan met with support from Chile.", ("CONSULT", None, None), False),
    ("Chile's decision prompted criticism from Peru.", ("ACCUSE", "Peru", "Chile"), True),
    (
        "The closure of the port by Haitian police sparked condemnation from the "
        "Dominican Republic.",
        ("ACCUSE", "Dominican Republic", "Haiti"),
        True,
    ),
]


@pytest.mark.parametrize(("text", "event", "coded_here"), REACTIONS)
def test_criticism_an_act_sparked_or_met_with_is_aimed_at_its_doer(
    text: str, event: Coded, coded_here: bool, finder: EntityFinder
) -> None:
    assert_coded_or_not(coded(text, finder), event, coded_here)
