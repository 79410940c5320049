"""Organization names spaCy splits or misses, told in sentences written for these tests
(invented bodies): a country opening the name, and what the body works on."""

from __future__ import annotations

import pytest

from dossier.entities import EntityFinder
from dossier.nlp import load_pipeline


def names_of(finder: EntityFinder, text: str, kind: str) -> list[str]:
    return [e.name for e in finder.find(load_pipeline()(text)) if e.type == kind]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "Last year, the Peru Rural Farmers Association, which answers to the farm "
            "ministry, sent a letter to the mayor.",
            "Peru Rural Farmers Association",
        ),
        (
            "The Kenya Timber Traders Association protested outside the ministry.",
            "Kenya Timber Traders Association",
        ),
    ],
)
def test_a_country_opening_an_organization_name_stays_in_it(
    finder: EntityFinder, text: str, org: str
) -> None:
    assert org in names_of(finder, text, "ORG")


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "The Regional Working Group on Forced Labour said the mines broke the law.",
            "Regional Working Group on Forced Labour",
        ),
        (
            "The National Commission for Truth and Reconciliation met in Lima on Monday.",
            "National Commission for Truth and Reconciliation",
        ),
    ],
)
def test_what_a_body_works_on_or_for_is_part_of_its_name(
    finder: EntityFinder, text: str, org: str
) -> None:
    assert org in names_of(finder, text, "ORG")


def test_a_two_word_name_with_a_loose_head_is_no_organization(finder: EntityFinder) -> None:
    text = "The Executive Order took effect at midnight, the ministry said."
    assert "Executive Order" not in names_of(finder, text, "ORG")


def test_a_day_after_an_organization_is_no_part_of_its_name(finder: EntityFinder) -> None:
    text = "The Regional Security Council on Monday renewed the mission for a year."
    names = names_of(finder, text, "ORG")
    assert "Regional Security Council" in names
    assert not any("Monday" in name for name in names)


def test_a_title_spacy_tags_as_an_organization_is_no_entity(finder: EntityFinder) -> None:
    text = (
        '"We need real talks," said Turkish Presidential Advisor Mesut Kaya of '
        "Ankara's Bilgi University."
    )
    entities = {e.name: e for e in finder.find(load_pipeline()(text))}
    assert "Turkish Presidential Advisor" not in entities
    assert entities["Mesut Kaya"].country == "TUR"


def test_a_surname_owned_by_an_organization_is_the_person(finder: EntityFinder) -> None:
    text = (
        "Professor Lourdes Marin of Cornell spoke first. "
        '"It is not a surprise," Cornell’s Marin said of the new chips.'
    )
    entities = {e.name: e for e in finder.find(load_pipeline()(text))}
    assert "Marin" in entities["Lourdes Marin"].aliases
    assert not [name for name in entities if "’s" in name]


def test_a_country_named_with_the_is_no_description_of_a_body_ending_in_its_word() -> None:
    """ "The United States" after "… of West African States" is the country, not a
    description of the body whose name ends in "States"."""
    from dossier.api import extract_text

    text = (
        "The Economic Community of West African States asked Guinea to free the detained "
        "ministers. The United States and Japan also voiced concern."
    )
    entities = {e.name: e for e in extract_text(text).entities}
    body = entities["Economic Community of West African States"]
    assert all("United States" not in alias for alias in body.aliases)
    assert text.index("United States") in [start for start, _ in entities["United States"].mentions]
