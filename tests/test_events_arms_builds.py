"""Arms built up are MOBILIZE weapons by the builder (events/arms_builds.py)."""

from __future__ import annotations

import pytest

from conftest import events_of
from dossier.entities import EntityFinder


def mobilized(text: str, finder: EntityFinder) -> list[tuple[str | None, str | None, bool]]:
    return [(e.source, e.mode, e.negated) for e in events_of(text, finder) if e.type == "MOBILIZE"]


@pytest.mark.parametrize(
    ("text", "builder"),
    [
        ("Pakistan is still developing its cruise missile and atomic programmes.", "Pakistan"),
        ("Iran has expanded its missile capabilities since 2019, Israeli officials say.", "Iran"),
        ("North Korea is upgrading its arsenal of cruise missiles.", "North Korea"),
    ],
)
def test_weapons_built_up_mobilize_their_builder(
    text: str, builder: str, finder: EntityFinder
) -> None:
    assert (builder, "weapons", False) in mobilized(text, finder)


@pytest.mark.parametrize(
    "text",
    [
        "India is developing its space program with help from France.",
        "Kenya expanded its school programs in the north.",
        "Experts discussed Iran's missile program in Vienna.",
    ],
)
def test_programs_of_no_weapon_or_not_built_are_no_mobilization(
    text: str, finder: EntityFinder
) -> None:
    assert not [m for m in mobilized(text, finder) if not m[2]]


@pytest.mark.parametrize(
    ("text", "firer"),
    [
        ("North Korea fired a ballistic missile into the sea on Thursday.", "North Korea"),
        ("Iran launched three cruise missiles into the waters of the Gulf.", "Iran"),
        ("Pyongyang test-fired three short-range rockets off its east coast.", "North Korea"),
        ("Iran fired two anti-ship missiles during a naval drill on Sunday.", "Iran"),
    ],
)
def test_weapons_fired_into_open_water_or_in_a_drill_are_a_show_of_force(
    text: str, firer: str, finder: EntityFinder
) -> None:
    """PLOVER MOBILIZE: a demonstration of capabilities; a missile into the sea hits no one."""
    assert (firer, "weapons", False) in mobilized(text, finder)
    assert not [e for e in events_of(text, finder) if e.type == "ASSAULT"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Houthis fired two missiles at a tanker off the coast of Yemen.", None),
        ("Russia fired a missile into Kyiv overnight.", "Kyiv"),
        ("Hamas fired a rocket at Tel Aviv on Monday.", "Tel Aviv"),
    ],
)
def test_weapons_fired_at_someone_or_somewhere_stay_an_attack(
    text: str, target: str | None, finder: EntityFinder
) -> None:
    assert [e.target for e in events_of(text, finder) if e.type == "ASSAULT"] == [target]
    assert not mobilized(text, finder)
