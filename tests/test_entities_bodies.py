"""A state's body named through its country ("Peru's Constitutional Court") keeps the
country in its name; told in sentences written for these tests (invented events)."""

from __future__ import annotations

import pytest

from conftest import coded
from dossier.entities import EntityFinder
from dossier.nlp import load_pipeline


def names(finder: EntityFinder, text: str) -> list[str]:
    return [e.name for e in finder.find(load_pipeline()(text))]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Peru's Constitutional Court struck down the mining law.", "Peru's Constitutional Court"),
        ("Iran's Foreign Ministry summoned the Danish envoy on Sunday.", "Iran's Foreign Ministry"),
        ("Kenya’s Supreme Court annulled the count in Kisumu.", "Kenya’s Supreme Court"),
    ],
)
def test_a_body_after_a_country_s_possessive_keeps_the_country(
    finder: EntityFinder, text: str, body: str
) -> None:
    found = names(finder, text)
    assert body in found
    assert body.split()[0].rstrip("'s’") in found  # the country stays an entity


def test_the_body_acts_under_its_full_name(finder: EntityFinder) -> None:
    text = "Ghana's Supreme Court allowed Kwame Asante to stand in the election."
    assert ("CONCEDE", "Ghana's Supreme Court", "Kwame Asante") in coded(text, finder)


@pytest.mark.parametrize(
    "text",
    [
        "Brazil's Petrobras cut its prices on Monday.",
        "Chile's President Gabriel Soto met the miners.",
    ],
)
def test_a_company_or_a_person_after_a_possessive_is_left_alone(
    finder: EntityFinder, text: str
) -> None:
    assert not [n for n in names(finder, text) if "'s" in n]
