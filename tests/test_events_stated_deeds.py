"""Deeds told by a verb that only states them, the deed's noun or sum as its object
(issue 16, ai2): support lent or reaffirmed, money given or aid handed out, charges
levelled or pressed. Every sentence here is invented."""

from __future__ import annotations

import pytest

from conftest import events_of
from dossier.entities import EntityFinder


def coded(text: str, finder: EntityFinder) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source, e.target) for e in events_of(text, finder) if not e.negated}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brazil lent its support to Argentina's candidacy.", ("SUPPORT", "Brazil", "Argentina")),
        ("Mexico extended its support to Cuba after the storm.", ("SUPPORT", "Mexico", "Cuba")),
        ("Germany signalled support for Poland's proposal.", ("SUPPORT", "Germany", "Poland")),
        ("France showed solidarity with Lebanon.", ("SUPPORT", "France", "Lebanon")),
        ("Ghana offered support to Togo.", ("SUPPORT", "Ghana", "Togo")),
        ("Fiji and Samoa reaffirmed their bilateral relationship.", ("SUPPORT", "Fiji", "Samoa")),
    ],
)
def test_support_stated_by_its_verb_codes_support(
    text: str, expected: tuple[str, str, str], finder: EntityFinder
) -> None:
    assert expected in coded(text, finder)


@pytest.mark.parametrize(
    "text",
    [
        "The poll showed support for the Labour Party falling.",
        "Polls show declining support for President Javier Milei.",
        "The survey showed support for Scottish independence at 52 percent.",
    ],
)
def test_a_poll_showing_support_is_no_support(text: str, finder: EntityFinder) -> None:
    assert "SUPPORT" not in {t for t, _, _ in coded(text, finder)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan gave $600 million to the World Food Programme.", ("AID", "Japan", None)),
        ("Norway contributed $45 million to the UN refugee agency.", ("AID", "Norway", None)),
        ("The United States gave Ukraine $8 million in aid.", ("AID", "United States", "Ukraine")),
        ("The Kenyan army was handing out food in Mandera.", ("AID", "Kenya", None)),
        (
            "The Red Crescent handed out blankets to families in Herat.",
            ("AID", "Red Crescent", None),
        ),
        ("Evo Morales was given asylum in Mexico.", ("AID", "Mexico", "Evo Morales")),
    ],
)
def test_aid_told_by_the_sum_or_goods_given_codes_aid(
    text: str, expected: tuple[str, str, str | None], finder: EntityFinder
) -> None:
    kind, source, target = expected
    found = coded(text, finder)
    assert any(t == kind and s == source and target in (None, g) for t, s, g in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Brazil gave China ten days to respond.",
        "Australia gave Indonesia a warning.",
        "Japan contributed troops to the peacekeeping force in Cambodia.",
    ],
)
def test_giving_time_a_warning_or_troops_is_no_aid(text: str, finder: EntityFinder) -> None:
    assert "AID" not in {t for t, _, _ in coded(text, finder)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prosecutor Remy Heitz leveled criminal charges against the banker Riad Salameh.",
            ("ACCUSE", "Remy Heitz", "Riad Salameh"),
        ),
        ("Ukraine has leveled the same accusation at Russia.", ("ACCUSE", "Ukraine", "Russia")),
        (
            "The Colombian government brought charges against former President Alvaro Uribe.",
            ("ACCUSE", "Colombia", "Alvaro Uribe"),
        ),
        ("Peru brought a case against Chile at the World Court.", ("ACCUSE", "Peru", "Chile")),
        (
            "Venezuelan President Nicolas Maduro made accusations against Colombia.",
            ("ACCUSE", "Nicolas Maduro", "Colombia"),
        ),
    ],
)
def test_charges_laid_by_their_verb_code_accuse(
    text: str, expected: tuple[str, str, str], finder: EntityFinder
) -> None:
    assert expected in coded(text, finder)


def test_charges_not_pressed_are_a_negated_accusation(finder: EntityFinder) -> None:
    events = events_of("The Bolivian police did not press charges against the protesters.", finder)
    assert [e.negated for e in events if e.type == "ACCUSE"] == [True]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The European Union approved Albania's candidacy to join the bloc.",
            ("SUPPORT", "European Union", "Albania"),
        ),
        (
            "The Kenyan Senate approved President William Ruto's nominee to head the central bank.",
            ("SUPPORT", "Kenyan Senate", "William Ruto"),
        ),
        ("NATO approved Finland's membership in April.", ("SUPPORT", "NATO", "Finland")),
        (
            "Colombian President Gustavo Petro approved of the ceasefire with the ELN.",
            ("SUPPORT", "Gustavo Petro", None),
        ),
    ],
)
def test_a_party_or_its_bid_approved_is_support(
    text: str, expected: tuple[str, str, str | None], finder: EntityFinder
) -> None:
    assert expected in coded(text, finder)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The IMF board approved a $3 billion loan to Egypt.", "AID"),
        ("The Hungarian parliament approved a bill banning the Pride march.", "COERCE"),
    ],
)
def test_a_law_or_loan_approved_is_coded_by_what_it_does(
    text: str, kind: str, finder: EntityFinder
) -> None:
    types = {t for t, _, _ in coded(text, finder)}
    assert kind in types
    assert "SUPPORT" not in types


def test_speaking_out_is_an_accusation_only_against_someone(finder: EntityFinder) -> None:
    assert ("ACCUSE", "Germany", "Russia") in coded(
        "Germany spoke out against the Russian invasion.", finder
    )
    assert "ACCUSE" not in {
        t for t, _, _ in coded("Germany spoke out in support of Ukraine.", finder)
    }
