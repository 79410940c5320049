"""Deeds counted by their span, warships and warplanes sent or scrambled, and a state's
security forces named by no place (issue 16, cv6). Every sentence here is invented.
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
            "Ethiopian forces carried out weeks of shelling on Mekelle.",
            ("ASSAULT", "Ethiopia", "Mekelle"),
        ),
        (
            "Ugandan troops engaged in two weeks of heavy fighting with the "
            "Allied Democratic Forces.",
            ("ASSAULT", "Uganda", "Allied Democratic Forces"),
        ),
        (
            "Kenyan soldiers engaged in heavy fighting with al-Shabab near Lamu.",
            ("ASSAULT", "Kenya", "al-Shabab"),
        ),
        ("Colombian police made hundreds of arrests in Cali.", ("COERCE", "Colombia", None)),
    ],
)
def test_a_counted_deed_is_done_by_who_carries_out_the_count(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    assert expected in coded(text)


def test_a_count_with_no_verb_of_doing_names_no_doer() -> None:
    found = coded("Ecuador said months of airstrikes on Kherson had emptied the city.")
    assert not any(t == "ASSAULT" and s == "Ecuador" for t, s, _ in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belarus scrambled a fighter jet to shadow the airliner.", ("MOBILIZE", "Belarus", None)),
        (
            "A Belarusian fighter jet was scrambled to shadow the airliner.",
            ("MOBILIZE", "Belarus", None),
        ),
        (
            "Washington sent an aircraft carrier to the Korean Peninsula.",
            ("MOBILIZE", "United States", "Korean Peninsula"),
        ),
        ("Two Dutch frigates were sent to the Gulf.", ("MOBILIZE", "Netherlands", "Gulf")),
    ],
)
def test_warships_and_warplanes_sent_are_a_mobilization(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    assert expected in coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Canada sent aircraft to fight the wildfires in Greece.",
        "The coast guard sent a ship to carry food aid to Haiti.",
    ],
)
def test_aircraft_sent_with_aid_is_no_mobilization(text: str) -> None:
    assert "MOBILIZE" not in types(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya's President William Ruto visited Mombasa on Monday. "
            "Security forces fired tear gas at the crowd.",
            ("ASSAULT", "Kenya", None),
        ),
        (
            "Kenya's President William Ruto visited Mombasa on Monday. "
            "On Tuesday, riot police arrested 30 protesters.",
            ("COERCE", "Kenya", None),
        ),
    ],
)
def test_security_forces_no_place_names_are_the_articles_state(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    assert expected in coded(text)


def test_bare_soldiers_are_no_state_without_a_place() -> None:
    found = coded(
        "Kenya's President William Ruto visited Mombasa on Monday. Soldiers raided a mosque."
    )
    assert not any(s == "Kenya" for _, s, _ in found), found


def test_a_force_takes_no_state_from_a_nationality_alone() -> None:
    found = coded("Riot police detained dozens of Afghan refugees on Friday.")
    assert not any(t == "COERCE" and s == "Afghanistan" for t, s, _ in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dozens of Turkish soldiers were sent to Qatar.", ("MOBILIZE", "Turkey", "Qatar")),
        (
            "Kenya's President William Ruto visited Mombasa on Monday. "
            "Police were deployed across Nairobi ahead of the protests.",
            ("MOBILIZE", "Kenya", None),
        ),
    ],
)
def test_forces_counted_or_policing_at_home_are_their_states(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    assert expected in coded(text)
