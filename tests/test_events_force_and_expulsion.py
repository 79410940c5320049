"""Classes read off the silver training misses of COERCE, SANCTION and MOBILIZE (issue 16,
co4): expulsions told as a noun or as time given to leave, sanctions counted ("a series
of sanctions") or told through a noun of imposing them, asset freezes and flights
cancelled, forces massing or moving on their own, the owner of forces moved told as a
noun ("the deployment of Russian troops"), and laws that ban or restrict as their
signer's act. Sentences written for these tests: invented people and firms, real states.
"""

from __future__ import annotations

import pytest

from conftest import coded, events_of
from dossier.entities import EntityFinder

Coded = tuple[str, str | None, str | None]

CODED: list[tuple[str, Coded]] = [
    # expulsions: an envoy's is a SANCTION, anyone else's a COERCE deport
    ("Peru's expulsion of the Bolivian ambassador drew protests.", ("SANCTION", "Peru", "Bolivia")),
    (
        "The expulsion of two Bolivian diplomats by Peru angered La Paz.",
        ("SANCTION", "Peru", "Bolivia"),
    ),
    ("Chad's expulsion of two French journalists drew protests.", ("COERCE", "Chad", "France")),
    (
        "Ghana gave two Nigerian diplomats two days to leave Accra.",
        ("SANCTION", "Ghana", "Nigeria"),
    ),
    (
        "Tanzania gave the Kenyan traders seven days to leave the country.",
        ("COERCE", "Tanzania", "Kenya"),
    ),
    # sanctions counted, or laid down through a noun
    (
        "Japan announced a new series of sanctions on Russian banks.",
        ("SANCTION", "Japan", "Russia"),
    ),
    (
        "Canada unveiled a new round of sanctions on Belarusian officials.",
        ("SANCTION", "Canada", "Belarus"),
    ),
    (
        "The imposition of sanctions on Russia by the European Union hurt trade.",
        ("SANCTION", "European Union", "Russia"),
    ),
    (
        "Washington's imposition of an embargo on Cuba began in 1962.",
        ("SANCTION", "United States", "Cuba"),
    ),
    ("Canada reimposed sanctions on Belarus.", ("SANCTION", "Canada", "Belarus")),
    ("Germany slapped an embargo on Iranian oil.", ("SANCTION", "Germany", "Iran")),
    (
        "Britain imposed an asset freeze on three Iranian banks.",
        ("SANCTION", "United Kingdom", "Iran"),
    ),
    ("Kenya and Uganda canceled all flights to Somalia.", ("SANCTION", "Kenya", "Somalia")),
    (
        "Russia labeled the Norwegian Helsinki Committee an undesirable organization.",
        ("SANCTION", "Russia", "Norwegian Helsinki Committee"),
    ),
    # forces moved: the owner of the forces a noun names moves them
    (
        "The deployment of Russian troops to Belarus alarmed Poland.",
        ("MOBILIZE", "Russia", "Belarus"),
    ),
    ("The mobilization of Serbian reservists worried Kosovo.", ("MOBILIZE", "Serbia", None)),
    (
        "Russia's massing of 80,000 soldiers near the Ukrainian border alarmed NATO.",
        ("MOBILIZE", "Russia", None),
    ),
    ("Nigeria rushed troops to Borno state on Monday.", ("MOBILIZE", "Nigeria", "Borno")),
    # a possessor with no actor in the of-phrase keeps the deed
    ("Russia's deployment of troops to Belarus worried Poland.", ("MOBILIZE", "Russia", "Belarus")),
    # forces massing or moving on their own
    ("Russian troops massed on the border with Ukraine.", ("MOBILIZE", "Russia", "Ukraine")),
    ("Turkish troops moved toward the Syrian border.", ("MOBILIZE", "Turkey", "Syria")),
    ("Chinese warships converged near Taiwan on Monday.", ("MOBILIZE", "China", "Taiwan")),
    # holding told by its other nouns; a warrant executed
    (
        "The imprisonment of Pavel Orlov by Belarus drew protests.",
        ("COERCE", "Belarus", "Pavel Orlov"),
    ),
    (
        "Chilean police served a search warrant on the offices of the Mapuche council.",
        ("COERCE", "Chile", "Mapuche council"),
    ),
    # a law as its signer's act
    (
        "Putin signed a law banning the Norwegian Helsinki Committee.",
        ("COERCE", "Putin", "Norwegian Helsinki Committee"),
    ),
]

NOT_CODED: list[tuple[str, Coded]] = [
    # the one deployed is no target of the deployment
    ("The deployment of Russian troops to Belarus alarmed Poland.", ("MOBILIZE", None, "Russia")),
    # a crowd massing or officials gathering is no show of force
    (
        "Thousands of Kenyan protesters massed outside parliament on Tuesday.",
        ("MOBILIZE", None, None),
    ),
    ("Peruvian officials assembled in Lima for the budget talks.", ("MOBILIZE", None, None)),
    # a freeze on no party freezes nothing of anyone's
    ("The Kenyan government imposed a freeze on hiring.", ("SANCTION", None, None)),
    # time given to leave by no actor expels no one
    ("The storm gave residents two hours to leave their homes.", ("COERCE", None, None)),
    # a journalist's expulsion is no sanction; diplomats told time to leave do not retreat
    ("Chad's expulsion of two French journalists drew protests.", ("SANCTION", None, None)),
    ("Ghana gave two Nigerian diplomats two days to leave Accra.", ("RETREAT", None, None)),
]


@pytest.mark.parametrize(("text", "event"), CODED, ids=[t for t, _ in CODED])
def test_coded_with_its_sides(text: str, event: Coded, finder: EntityFinder) -> None:
    found = coded(text, finder)
    assert event in found, f"coded {sorted(found, key=str)}"


@pytest.mark.parametrize(("text", "event"), NOT_CODED, ids=[t for t, _ in NOT_CODED])
def test_not_coded(text: str, event: Coded, finder: EntityFinder) -> None:
    kind, source, target = event
    found = [(e.type, e.source, e.target) for e in events_of(text, finder)]
    assert not any(
        t == kind and source in (None, s) and target in (None, g) for t, s, g in found
    ), f"coded {found}"
