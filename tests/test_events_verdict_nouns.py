"""Verdicts told with a deed word, and deeds that several parties did at once.

Sentences written for these tests (real countries, invented people): a speaker's
verdict names what a thing is ("called the tariff an attack on farmers") and tells no
attack of its own; the owner of what a violation wrongs ("Yemen's sovereignty") is
the one wronged, not the one blamed; a condemnation of a deed that two parties did
together ("US and British jets struck") is aimed at both.
"""

from __future__ import annotations

from conftest import coded, events_of
from dossier.entities import EntityFinder


def test_a_deed_noun_in_a_verdict_is_no_deed(finder: EntityFinder) -> None:
    text = "Quito called the Peruvian tariff an attack on Ecuador's farmers."
    assert not [e for e in events_of(text, finder, unattributed=True) if e.type == "ASSAULT"]


def test_a_deed_noun_in_a_condemnation_s_as_phrase_is_no_deed(finder: EntityFinder) -> None:
    text = "Vilnius condemned the flights as an invasion of Lithuanian airspace."
    found = events_of(text, finder, unattributed=True)
    assert [e.type for e in found] == ["ACCUSE"]


def test_strikes_given_a_name_are_no_strike_called(finder: EntityFinder) -> None:
    text = "Tehran called the British strikes a breach of Oman's sovereignty."
    assert not [e for e in events_of(text, finder, unattributed=True) if e.type == "PROTEST"]


def test_a_strike_called_by_a_union_is_still_one(finder: EntityFinder) -> None:
    text = "Dock workers in Chile called a strike against the government on Monday."
    assert "PROTEST" in {e.type for e in events_of(text, finder, unattributed=True)}


def test_the_owner_of_a_violated_sovereignty_is_not_blamed(finder: EntityFinder) -> None:
    text = "Iran said the strikes were a violation of Yemen's sovereignty."
    assert ("ACCUSE", "Iran", "Yemen") not in coded(text, finder)


def test_the_violator_is_still_blamed(finder: EntityFinder) -> None:
    text = "Georgia said Russian troops had violated Georgian territory."
    assert ("ACCUSE", "Georgia", "Russia") in coded(text, finder)


def test_a_condemned_deed_of_two_parties_is_aimed_at_both(finder: EntityFinder) -> None:
    text = (
        "American and British warplanes struck 60 targets in Yemen on Friday. "
        "Iran condemned the strikes."
    )
    found = coded(text, finder)
    assert ("ACCUSE", "Iran", "United States") in found
    assert ("ACCUSE", "Iran", "United Kingdom") in found


def test_a_condemned_deed_of_one_party_is_aimed_at_it_alone(finder: EntityFinder) -> None:
    text = (
        "Israeli jets struck targets near Damascus on Friday. Russian warplanes bombed "
        "Idlib later. Turkey condemned the bombing."
    )
    accused = {t for ty, s, t in coded(text, finder) if ty == "ACCUSE" and s == "Turkey"}
    assert accused == {"Russia"}


def test_a_feared_attack_is_not_one_done(finder: EntityFinder) -> None:
    text = "Thousands left Mariupol amid fears of an attack on the port by Russia."
    assert not [e for e in events_of(text, finder, unattributed=True) if e.type == "ASSAULT"]


def test_an_arrest_one_is_concerned_over_was_made(finder: EntityFinder) -> None:
    text = "Fears over the arrest of two Kenyan reporters by Ugandan police grew on Monday."
    assert ("COERCE", "Uganda", "Kenya") in coded(text, finder)


def test_arms_shipments_halted_are_a_sanction(finder: EntityFinder) -> None:
    """ "paused a shipment of bombs to Israel", "suspended a delivery of jets to
    Ankara": exchanges stopped (PLOVER SANCTION discontinue) towards the recipient."""
    assert ("SANCTION", "Canada", "Israel") in coded(
        "Canada paused a shipment of artillery shells to Israel in March.", finder
    )
    assert ("SANCTION", "United States", "Turkey") in coded(
        "Washington suspended a delivery of fighter jets to Ankara.", finder
    )


def test_condemned_attacks_are_not_laid_at_the_door_of_a_jailer(finder: EntityFinder) -> None:
    """ "The OAS condemned the attacks" after gunmen's raids and police arrests: the
    arrests are no attack, so the police's state is not accused."""
    text = (
        "Masked gunmen stormed a radio station in Cuenca on Tuesday. Ecuador arrested 13 "
        "suspects on Wednesday. The OAS condemned the attacks."
    )
    assert ("ACCUSE", "OAS", "Ecuador") not in coded(text, finder)


def test_a_state_s_strike_in_another_country_strikes_that_country(finder: EntityFinder) -> None:
    """ "Thai jets struck a rebel camp inside Myanmar": Myanmar; at home, no country is hit."""
    assert ("ASSAULT", "Thailand", "Myanmar") in coded(
        "Thai jets struck a rebel camp inside Myanmar on Sunday.", finder
    )
    home = coded("Nigerian troops attacked militants in Borno state on Sunday.", finder)
    assert not {e for e in home if e[0] == "ASSAULT" and e[2] == "Nigeria"}
