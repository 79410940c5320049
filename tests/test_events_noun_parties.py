"""The party a nominal event names outside its own phrases (issue 16): the one a
refusal stirs up ("Chile's refusal … angered Peru") and the government an
anti-government protest is against, named by where it is held ("in Dhaka"). Every
sentence here is invented.
"""

from __future__ import annotations

import pytest

from conftest import coded
from dossier.entities import EntityFinder


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Morocco's refusal to recognise the vote infuriated Algeria.",
            ("REJECT", "Morocco", "Algeria"),
        ),
        (
            "Serbia's refusal to impose sanctions angered the European Union.",
            ("REJECT", "Serbia", "European Union"),
        ),
        ("India's rejection of the proposal upset Nepal.", ("REJECT", "India", "Nepal")),
        (
            "Ghana's refusal to pay the debt frustrated the International Monetary Fund.",
            ("REJECT", "Ghana", "International Monetary Fund"),
        ),
    ],
)
def test_the_party_a_refusal_stirs_up_is_its_target(
    text: str, expected: tuple[str, str, str], finder: EntityFinder
) -> None:
    assert expected in coded(text, finder)


def test_a_verb_of_mere_feeling_names_no_party(finder: EntityFinder) -> None:
    """ "surprised few observers in Algeria": the observers were not refused."""
    found = coded("Morocco's refusal to recognise the vote surprised few observers.", finder)
    assert ("REJECT", "Morocco", None) in found


def test_a_threat_keeps_its_own_target_over_the_one_it_alarms(finder: EntityFinder) -> None:
    found = coded("Bolivia's threat against Chile alarmed Peru.", finder)
    assert ("THREATEN", "Bolivia", "Chile") in found
    assert ("THREATEN", "Bolivia", "Peru") not in found


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Thousands joined anti-government protests in Dhaka on Friday.", "Bangladesh"),
        ("Anti-government demonstrations in Lima turned violent on Sunday.", "Peru"),
        ("Thousands joined anti-regime rallies across Belarus on Sunday.", "Belarus"),
        ("Anti-government protests in Caracas grew after the arrests.", "Venezuela"),
    ],
)
def test_an_anti_government_protest_is_against_the_state_where_it_is_held(
    text: str, target: str, finder: EntityFinder
) -> None:
    assert ("PROTEST", None, target) in coded(text, finder)


@pytest.mark.parametrize(
    "text",
    [
        "Pro-government rallies in Dhaka drew thousands on Friday.",
        "Anti-war protests in Moscow were quickly broken up.",
    ],
)
def test_other_protests_are_not_against_the_government_where_held(
    text: str, finder: EntityFinder
) -> None:
    assert not any(
        t == "PROTEST" and g in {"Bangladesh", "Russia"} for t, _, g in coded(text, finder)
    )


@pytest.mark.parametrize(
    ("text", "expected", "not_done"),
    [
        (
            "Chile's refusal to extradite the general to Peru drew protests.",
            ("REJECT", "Chile", "Peru"),
            "COOPERATE",
        ),
        (
            "Hungary's refusal to send weapons to Ukraine drew criticism.",
            ("REJECT", "Hungary", "Ukraine"),
            "AID",
        ),
        (
            "Serbia's refusal to impose sanctions on Russia angered the European Union.",
            ("REJECT", "Serbia", "Russia"),
            "SANCTION",
        ),
        (
            "Iran's threat to attack Israel raised fears of a wider war.",
            ("THREATEN", "Iran", "Israel"),
            "ASSAULT",
        ),
        (
            "Pakistan's threat to close the border alarmed Afghanistan.",
            ("THREATEN", "Pakistan", "Afghanistan"),
            "COERCE",
        ),
        (
            "The EU's threat of sanctions against Belarus drew a sharp response.",
            ("THREATEN", "EU", "Belarus"),
            "SANCTION",
        ),
        (
            "The Turkish threat to invade northern Syria alarmed Washington.",
            ("THREATEN", "Turkey", "Syria"),
            "ASSAULT",
        ),
    ],
)
def test_a_refusal_or_threat_noun_is_aimed_at_whom_its_act_names_and_the_act_is_not_done(
    text: str, expected: tuple[str, str, str], not_done: str, finder: EntityFinder
) -> None:
    found = coded(text, finder)
    assert expected in found
    assert not any(t == not_done for t, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shabab remains a threat to Somalia's government.",
        "Officials warned of the threat of a cholera outbreak in Haiti.",
        "Russia poses a threat to Europe, the minister said.",
    ],
)
def test_a_threat_with_no_maker_named_on_it_is_a_danger_not_an_act(
    text: str, finder: EntityFinder
) -> None:
    assert not any(t == "THREATEN" for t, _, _ in coded(text, finder))
