"""Judgements whose target is told around the verdict (issue 16, cv5): the act judged
told as a that-clause ("welcomed the news that X …", "complained that X …", "is
concerned that X …"), confidence placed in a party, satisfaction felt as praise, praise
as a noun, and criticism or support received where a state stands ("came under
criticism from X", "received support in Washington"). Every sentence here is invented."""

from __future__ import annotations

import pytest

from conftest import coded
from dossier.entities import EntityFinder


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Canada welcomed the announcement that Ecuador's government had freed the reporters.",
            ("SUPPORT", "Canada", "Ecuador"),
        ),
        (
            "Austria condemned reports that Peru had expelled two Swedish journalists.",
            ("ACCUSE", "Austria", "Peru"),
        ),
        (
            "Japan voiced concern that North Korea was preparing another missile launch.",
            ("ACCUSE", "Japan", "North Korea"),
        ),
        (
            "Lithuania complained that Belarus had pushed migrants across the border.",
            ("ACCUSE", "Lithuania", "Belarus"),
        ),
    ],
)
def test_the_subject_of_a_judged_clause_is_the_target(
    text: str, event: tuple[str, str, str], finder: EntityFinder
) -> None:
    assert event in coded(text, finder)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "The United States is concerned that Russia is massing troops near Georgia.",
            ("ACCUSE", "United States", "Russia"),
        ),
        (
            "France said it was alarmed that Iran had resumed enrichment.",
            ("ACCUSE", "France", "Iran"),
        ),
        (
            "Chilean President Gabriel Boric said he was delighted that Peru signed the accord.",
            ("SUPPORT", "Gabriel Boric", "Peru"),
        ),
    ],
)
def test_a_feeling_about_what_a_party_did_is_aimed_at_it(
    text: str, event: tuple[str, str, str], finder: EntityFinder
) -> None:
    assert event in coded(text, finder)


@pytest.mark.parametrize(
    "text",
    [
        "Analysts raised concerns that a Chinese sea law will help Beijing stop foreign ships.",
        "Kenya is worried that Uganda may close the border.",
        "Norway condemned reports that ballots had been burned in Lima.",
    ],
)
def test_a_fear_of_what_may_come_or_a_clause_naming_no_party_judges_no_one(
    text: str, finder: EntityFinder
) -> None:
    assert not {e for e in coded(text, finder) if e[0] == "ACCUSE" and e[2] is not None}


def test_confidence_placed_in_a_party_supports_it(finder: EntityFinder) -> None:
    assert ("SUPPORT", "Brazil", "Haitian National Police") in coded(
        "Brazil's foreign minister expressed confidence in the Haitian National Police.", finder
    )
    assert ("SUPPORT", "Russia", "Myanmar") in coded(
        "Russia said it has full faith in Myanmar's road map to elections.", finder
    )
    assert not {
        e
        for e in coded(
            "Ecuador's president expressed confidence that the harvest would recover.", finder
        )
        if e[0] == "SUPPORT" and e[2] is not None
    }


def test_satisfaction_with_a_partys_act_is_praise(finder: EntityFinder) -> None:
    assert ("SUPPORT", "John Mahama", "Togo") in coded(
        "Ghanaian President John Mahama was pleased with Togo's decision to reopen the border.",
        finder,
    )
    assert not {
        e
        for e in coded(
            "The central bank of Peru said it was satisfied with the pace of growth.", finder
        )
        if e[0] == "SUPPORT" and e[2] is not None
    }


def test_praise_and_criticism_received(finder: EntityFinder) -> None:
    assert ("SUPPORT", "European Union", "Peru") in coded(
        "Peru's plan drew praise from the European Union.", finder
    )
    assert ("SUPPORT", "European Union", "Kenya") in coded(
        "The European Union heaped praise on Kenya for its handling of the floods.", finder
    )
    assert ("ACCUSE", "Chile", "Peru") in coded(
        "Peru has come under criticism from Chile for the arrests.", finder
    )
    assert ("ACCUSE", "European Union", "Meta") in coded(
        "Meta endured criticism from the European Union after the leak.", finder
    )


def test_support_received_in_a_capital_is_its_states(finder: EntityFinder) -> None:
    assert ("SUPPORT", "United States", "Ana Morales") in coded(
        "The jailed Cuban poet Ana Morales drew wide support in Washington.", finder
    )
    # the receiver's own country is its voters, not its state
    assert not {
        e
        for e in coded(
            "Kenyan President William Ruto won support in Kenya for the tax plan.", finder
        )
        if e[0] == "SUPPORT"
    }


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Chile pointed the finger at Peru for the failed talks.", ("ACCUSE", "Chile", "Peru")),
        (
            "Senator Ana Ruiz railed against President Gabriel Boric's pension reform.",
            ("ACCUSE", "Ana Ruiz", "Gabriel Boric"),
        ),
        (
            "Amnesty International took Kenya to task for the killings.",
            ("ACCUSE", "Amnesty International", "Kenya"),
        ),
        ("Norway said it stands firmly behind Ukraine.", ("SUPPORT", "Norway", "Ukraine")),
    ],
)
def test_idioms_of_blame_and_backing(
    text: str, event: tuple[str, str, str], finder: EntityFinder
) -> None:
    assert event in coded(text, finder)


@pytest.mark.parametrize(
    "text",
    [
        "Police stood behind the barricades in Lima.",
        "The rebels pointed their guns at the soldiers.",
        "Kenya held talks with Uganda.",
    ],
)
def test_the_same_words_in_their_plain_sense_judge_no_one(text: str, finder: EntityFinder) -> None:
    assert not {e for e in coded(text, finder) if e[0] in ("ACCUSE", "SUPPORT")}


def test_a_feeling_stated_at_an_act_is_aimed_at_its_doer(finder: EntityFinder) -> None:
    assert ("ACCUSE", "Norway", "Russia") in coded(
        "Norway expressed outrage at the Russian strike on a hospital in Kharkiv.", finder
    )
    found = coded("Austria expressed concern over Uganda's arrest of two Kenyan reporters.", finder)
    assert ("ACCUSE", "Austria", "Uganda") in found
    assert not {e for e in found if e[0] == "ACCUSE" and e[2] == "Kenya"}  # never the victims
    assert ("ACCUSE", "Norway", "Chile") in coded(
        "Norway voiced alarm at Chile's decision to close the border.", finder
    )
