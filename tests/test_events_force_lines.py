"""Trigger lines of force and threat read from the silver training spans of ASSAULT,
MOBILIZE and THREATEN that no line matched (issue 16). Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from conftest import every_coded as coded


def types(text: str) -> set[str]:
    return {t for t, _, _ in coded(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Serbia called up 20,000 reservists on Friday.", ("MOBILIZE", "Serbia", None)),
        # lead16: an army or navy ordered somewhere is deployed; a vote against a text rejects it
        (
            "Peru's government ordered the army into the streets on Monday.",
            ("MOBILIZE", "Peru", None),
        ),
        ("Russia and China voted against the resolution.", ("REJECT", "China", None)),
        (
            "Brazil voted against the resolution drafted by Norway.",
            ("REJECT", "Brazil", "Norway"),
        ),
        (
            "The Peruvian army has drafted 30,000 men into the armed forces.",
            ("MOBILIZE", "Peru", None),
        ),
        ("Colombia will conscript 40,000 young men next year.", ("MOBILIZE", "Colombia", None)),
        ("Ukraine will enlist 130,000 men for military service.", ("MOBILIZE", "Ukraine", None)),
        (
            "Ecuador heightened security on its frontier with Colombia.",
            ("MOBILIZE", "Ecuador", "Colombia"),
        ),
        ("Chilean police tightened security around the stadium.", ("MOBILIZE", "Chile", None)),
        ("Moscow beefed up its presence in Belarus.", ("MOBILIZE", "Russia", "Belarus")),
    ],
)
def test_forces_raised_are_a_mobilization(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bolivian lawmakers drafted a resolution on Chile.",
        "The coach called up three new players to Brazil's squad.",
        "Portugal recruited nurses from Angola.",
    ],
)
def test_drafts_and_squads_are_no_mobilization(text: str) -> None:
    assert "MOBILIZE" not in types(text)
