"""Nominal triggers as the subject or object of a verb that is no event itself (issue 16):
"the arrest of X by Y drew criticism", "the EU sanctions on X hurt its trade". Every
sentence here is invented.
"""

from __future__ import annotations

import pytest

from conftest import coded
from dossier.entities import EntityFinder


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural the tagger reads as a verb ("airstrikes", "strikes") after an article
        ("The Saudi airstrikes on Sanaa resumed on Tuesday.", ("ASSAULT", "Saudi Arabia", "Yemen")),
        ("The NATO airstrikes on Tripoli continued for weeks.", ("ASSAULT", "NATO", "Tripoli")),
        (
            "The NATO airstrikes on Tripoli were condemned by Russia.",
            ("ASSAULT", "NATO", "Tripoli"),
        ),
        # the subject noun's own phrases: by-agent, of-patient, on-target, nationality
        (
            "The detention of reporter Omar Haddad by Egyptian police prompted an outcry.",
            ("COERCE", "Egypt", "Omar Haddad"),
        ),
        ("The EU sanctions on Belarus hit its potash exports.", ("SANCTION", "EU", "Belarus")),
        (
            "The US sanctions against Venezuela remain in place.",
            ("SANCTION", "United States", "Venezuela"),
        ),
        ("The Kenyan talks with Somalia ended without a deal.", ("CONSULT", "Kenya", "Somalia")),
        (
            "Peru's arrest of rebel commander Jorge Pena surprised observers.",
            ("COERCE", "Peru", "Jorge Pena"),
        ),
    ],
)
def test_nominal_subject_codes_its_sides(
    text: str, expected: tuple[str, str, str], finder: EntityFinder
) -> None:
    assert expected in coded(text, finder)


def test_a_present_tense_verb_stays_a_verb(finder: EntityFinder) -> None:
    """Only a plural in a noun's place is read as a noun: "the army strikes back" is
    no strike on anyone named."""
    assert not any(
        t == "ASSAULT" for t, _, _ in coded("The minister says the army strikes back.", finder)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Israeli airstrikes on Gaza killed twelve people.", ("ASSAULT", "Israel", "Gaza")),
        (
            "Russian missile attacks on Kharkiv wounded dozens of civilians.",
            ("ASSAULT", "Russia", "Kharkiv"),
        ),
        (
            "The Ethiopian attacks on rebel camps in Sudan killed 40 fighters.",
            ("ASSAULT", "Ethiopia", "Sudan"),
        ),
        (
            "The Turkish shelling of Kurdish villages in Syria killed five people.",
            ("ASSAULT", "Turkey", "Syria"),
        ),
    ],
)
def test_subject_noun_lends_its_target_to_its_verb(
    text: str, expected: tuple[str, str, str], finder: EntityFinder
) -> None:
    """ "The X attacks on Y killed 40 people": the verb tells the attack, the noun's
    on-phrase whom it hit; one event, with both sides."""
    found = coded(text, finder)
    assert expected in found
    assert (expected[0], expected[1], None) not in found


def test_a_named_victim_of_the_verb_stays_its_target(finder: EntityFinder) -> None:
    found = coded("The Israeli strikes on Gaza killed Hamas commander Yahya Ayyash.", finder)
    assert ("ASSAULT", "Israel", "Yahya Ayyash") in found
