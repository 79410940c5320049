"""People's names the small model misses, cuts or reads as a place.

Sentences written for these tests (invented people; a court report, a sports
page, a company story, politics), each a general construction: a short sentence
whose subject is a full name, a person whose surname is a city, a hyphenated given
name, and what must stay a place.
"""

from __future__ import annotations

import pytest

from dossier.entities import EntityFinder
from dossier.nlp import load_pipeline


def found(text: str, finder: EntityFinder) -> dict[str, str]:
    return {e.name: e.type for e in finder.find(load_pipeline()(text))}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ana Castillo wrote to the minister.", "Ana Castillo"),
        ("Lucho Terrazas scored twice.", "Lucho Terrazas"),
        ("Wanjiru Kamau was arrested at dawn.", "Wanjiru Kamau"),
    ],
)
def test_a_full_name_as_the_subject_of_a_short_sentence_is_a_person(
    text: str, name: str, finder: EntityFinder
) -> None:
    assert found(text, finder).get(name) == "PERSON"


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        ("Carlos Lima said the vote would be held in May.", "Carlos Lima", "Peru"),
        (
            "Ricardo Paris, a lawyer for the family, said the ruling was unjust.",
            "Ricardo Paris",
            "France",
        ),
        ("Paulo Santiago told reporters the port was closed.", "Paulo Santiago", "Chile"),
    ],
)
def test_a_person_whose_surname_is_a_city_is_no_city(
    text: str, name: str, place: str, finder: EntityFinder
) -> None:
    entities = found(text, finder)
    assert entities.get(name) == "PERSON"
    assert place not in entities


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Greater Lima was flooded after the storm.", "Lima"),
        ("Downtown Paris was quiet on Sunday.", "Paris"),
        ("Lima said on Monday it would reopen talks with the miners.", "Peru"),
    ],
)
def test_a_place_after_a_place_word_stays_a_place(
    text: str, place: str, finder: EntityFinder
) -> None:
    entities = found(text, finder)
    assert entities.get(place) == "GPE"
    assert not [name for name, kind in entities.items() if kind == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Opposition leader Kim Min-seok criticized the budget on Monday.", "Kim Min-seok"),
        ("President Yoon Suk-yeol vetoed the bill.", "Yoon Suk-yeol"),
        ("The striker Son Heung-min scored late.", "Son Heung-min"),
    ],
)
def test_a_hyphenated_given_name_is_kept_whole(text: str, name: str, finder: EntityFinder) -> None:
    assert found(text, finder).get(name) == "PERSON"


def test_a_word_after_a_hyphen_is_no_part_of_a_name(finder: EntityFinder) -> None:
    text = "Senator Mark Olsen-backed candidates won three seats in the state primaries."
    assert "Mark Olsen-backed" not in found(text, finder)


def test_a_capitalized_heading_before_a_colon_is_no_person(finder: EntityFinder) -> None:
    text = "*Regional Consequences:* Backing the rebels may strain ties with the capital."
    assert not [name for name, kind in found(text, finder).items() if kind == "PERSON"]


def test_the_surname_alone_is_the_person_a_city_word_named(finder: EntityFinder) -> None:
    text = (
        "Carlos Lima, a union lawyer, flew to Lima on Monday. "
        "Lima said the miners would strike again in June."
    )
    entities = {e.name: e for e in finder.find(load_pipeline()(text))}
    later = text.rindex("Lima said")
    assert (later, later + len("Lima")) in entities["Carlos Lima"].mentions
    flew_to = text.index("Lima on Monday")
    assert [e.name for e in entities.values() if (flew_to, flew_to + 4) in e.mentions] == ["Lima"]
