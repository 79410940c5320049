"""Trigger lines of PROTEST, REJECT, CONCEDE and RETREAT found missing on real text
(issue 16, silver training split; their counts stand beside them in data/events.yaml).
Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from conftest import every_coded as coded


def types(text: str) -> set[str]:
    return {t for t, _, _ in coded(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vietnam loosened restrictions on foreign journalists in May.",
            ("CONCEDE", "Vietnam", None),
        ),
        (
            "China eased its crackdown on Hong Kong activists last month.",
            ("CONCEDE", "China", "Hong Kong"),
        ),
        ("Hanoi loosened its press controls last year.", ("CONCEDE", "Vietnam", None)),
        (
            "Kazakhstan pledged amnesty to protesters who surrender their weapons.",
            ("CONCEDE", "Kazakhstan", None),
        ),
        ("The Kuwaiti emir promised amnesty to opposition members.", ("CONCEDE", "Kuwait", None)),
    ],
)
def test_restrictions_eased_or_amnesty_promised_is_a_concession(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert expected in coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Gold prices eased on Friday.",
        "The central bank loosened its monetary policy.",
        "Canada eased pressure on Mexico over the trade deal.",
    ],
)
def test_easing_of_no_restriction_concedes_nothing(text: str) -> None:
    assert "CONCEDE" not in types(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thousands of Brazilian teachers joined the protests against Bolsonaro.",
            ("PROTEST", "Brazil", "Bolsonaro"),
        ),
        (
            "Hundreds of Georgians joined the rally outside parliament in Tbilisi.",
            ("PROTEST", None, "Georgia"),
        ),
        (
            "Nigerian nurses embarked on an indefinite strike over unpaid wages in Abuja.",
            ("PROTEST", None, "Nigeria"),
        ),
        (
            "Students from Lagos participated in the protests against the Nigerian police.",
            ("PROTEST", None, "Nigeria"),
        ),
    ],
)
def test_joining_a_protest_or_embarking_on_a_strike_protests(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert expected in coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Finland joined the strikes on Houthi targets in Yemen.",
        "Israel embarked on a wave of strikes against Hezbollah in Lebanon.",
    ],
)
def test_a_state_joining_air_strikes_is_no_protest(text: str) -> None:
    assert "PROTEST" not in types(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Georgian opposition parties boycotted the parliament in Tbilisi.",
            ("PROTEST", "Georgian opposition parties", "Georgia"),
        ),
        (
            "Leaders of the European Union are boycotting the ceremony in Minsk over "
            "Belarus's role in the war.",
            ("PROTEST", "European Union", "Belarus"),
        ),
    ],
)
def test_a_boycott_is_a_protest_not_a_rejection(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    events = coded(text)
    assert expected in events
    assert "REJECT" not in {t for t, _, _ in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Dutch prime minister resisted calls to reopen schools.",
            ("REJECT", "Netherlands", None),
        ),
        ("Peru resisted pressure from Chile to extradite the banker.", ("REJECT", "Peru", "Chile")),
        ("Russia used its veto to block the resolution on Syria.", ("REJECT", "Russia", None)),
        ("Mexico cast its veto against the proposal from Brazil.", ("REJECT", "Mexico", "Brazil")),
    ],
)
def test_resisting_calls_or_casting_a_veto_rejects(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert expected in coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "The suspect resisted arrest in Lima.",
        "Esper applauded the veto by the United States.",
    ],
)
def test_resisting_arrest_or_praising_a_veto_rejects_nothing(text: str) -> None:
    assert "REJECT" not in types(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The drawdown of Canadian troops from Mali began in May.", ("RETREAT", "Canada", "Mali")),
        (
            "The drawdown of the remaining 2,500 Dutch troops from Iraq began on May 1.",
            ("RETREAT", "Netherlands", "Iraq"),
        ),
    ],
)
def test_the_drawdown_of_troops_is_their_retreat(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert expected in coded(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Saudi Arabia ended its blockade of Qatar in January.",
            ("RETREAT", "Saudi Arabia", "Qatar"),
        ),
        (
            "The Israeli army lifted the blockade on Palestinian trucks at the crossing.",
            ("RETREAT", "Israeli army", "Palestine"),
        ),
        ("Ethiopia eased the blockade of Tigray in March.", ("RETREAT", "Ethiopia", "Tigray")),
    ],
)
def test_a_blockade_lifted_is_a_retreat_and_a_curfew_lifted_a_concession(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    events = coded(text)
    assert expected in events
    assert "CONCEDE" not in {t for t, _, _ in events}
    assert ("CONCEDE", "Serbia", "Belgrade") in coded("Serbia lifted the curfew in Belgrade.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Moldova received a team of monitors from the European Union.",
            ("RETREAT", "Moldova", "European Union"),
        ),
        ("Mali allowed UN investigators into the town of Moura.", ("RETREAT", "Mali", "UN")),
        ("Armenia accepted peacekeepers from Russia.", ("RETREAT", "Armenia", "Russia")),
    ],
)
def test_observers_or_peacekeepers_let_in_is_a_retreat(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    assert expected in coded(text)


def test_a_visitor_received_is_still_a_visit_and_a_rally_allowed_a_concession() -> None:
    assert "RETREAT" not in types("Chile received the Peruvian foreign minister in Santiago.")
    assert "CONCEDE" in types("Serbia allowed the opposition to hold a rally.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile cut its tariffs on Peruvian copper on Monday.", ("CONCEDE", "Chile", "Peru")),
        (
            "The European Union scrapped duties on Ukrainian grain.",
            ("CONCEDE", "European Union", "Ukraine"),
        ),
        ("Canada lifted its embargo on Cuban sugar in March.", ("CONCEDE", "Canada", "Cuba")),
        ("India lowered tariffs on Bangladeshi textiles.", ("CONCEDE", "India", "Bangladesh")),
    ],
)
def test_trade_barriers_taken_down_are_a_concession_not_a_sanction(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    found = coded(text)
    assert expected in found
    assert not any(kind == "SANCTION" for kind, _, _ in found)


def test_trade_barriers_put_up_stay_a_sanction() -> None:
    assert ("SANCTION", "India", "Bangladesh") in coded(
        "India raised tariffs on Bangladeshi textiles."
    )
