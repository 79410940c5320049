"""A person's country from the words before their name, and nationality words that are
no entities, told in sentences written for these tests (invented people)."""

from __future__ import annotations

import pytest

from dossier.entities import EntityFinder
from dossier.models import Entity
from dossier.nlp import load_pipeline


def found(finder: EntityFinder, text: str) -> dict[str, Entity]:
    return {e.name: e for e in finder.find(load_pipeline()(text))}


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        (
            "Chilean President Tomasa Urrutia flew to Lima on Monday. Urrutia met the "
            "trade delegation there.",
            "Tomasa Urrutia",
            "CHL",
        ),
        (
            "Moldovan minister Pavel Rusnac resigned on Tuesday. Rusnac said he had no choice.",
            "Pavel Rusnac",
            "MDA",
        ),
        (
            "Kenyan opposition leader Wanjiru Odhiambo called for calm after the count. "
            "Odhiambo spoke in Kisumu.",
            "Wanjiru Odhiambo",
            "KEN",
        ),
        (
            "Hong Kong media tycoon Felix Tam appeared in court again. Tam denied every charge.",
            "Felix Tam",
            "HKG",
        ),
        (
            "Guatemalan judge Marta Quixtan ordered the release of the two reporters.",
            "Marta Quixtan",
            "GTM",
        ),
    ],
)
def test_a_nationality_or_place_before_a_title_gives_the_person_a_country(
    finder: EntityFinder, text: str, person: str, country: str
) -> None:
    assert found(finder, text)[person].country == country


def test_the_nationality_leaves_the_title_and_names_the_country_held(
    finder: EntityFinder,
) -> None:
    text = "Salvadoran President Ramiro Cuenca signed the decree."
    entity = found(finder, text)["Ramiro Cuenca"]
    assert [(r.title, r.of) for r in entity.roles] == [("President", "El Salvador")]


@pytest.mark.parametrize(
    "text",
    [
        "A Guatemalan court jailed the former mayor on Friday.",
        "Two Chileans and a Peruvian were hurt when the bus overturned near the border.",
        "The Salvadoran government denied the report.",
    ],
)
def test_a_nationality_word_alone_is_no_entity(finder: EntityFinder, text: str) -> None:
    names = set(found(finder, text))
    assert not names & {"Guatemalan", "Chileans", "Peruvian", "Salvadoran"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Historian Lucia Ferro said the archive had been closed since 1990.", "Lucia Ferro"),
        ("Economist Raul Benitez warned that prices would keep rising.", "Raul Benitez"),
        ("Publisher Anton Velde said the paper would close.", "Anton Velde"),
    ],
)
def test_a_profession_before_a_name_is_no_part_of_it(
    finder: EntityFinder, text: str, person: str
) -> None:
    people = [e.name for e in found(finder, text).values() if e.type == "PERSON"]
    assert people == [person]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Rebels announced that President Habyara and his Burundian Democratic Front "
            "must agree to major changes.",
            "Habyara",
        ),
        (
            "Protesters said Premier Odalu and his National Progress Party had lost the vote.",
            "Odalu",
        ),
        ("President Dos Ramos conceded at last to the rebels' demands.", "Dos Ramos"),
    ],
)
def test_a_name_after_a_head_of_state_title_is_a_person(
    finder: EntityFinder, text: str, person: str
) -> None:
    people = [e.name for e in found(finder, text).values() if e.type == "PERSON"]
    assert people == [person]


def test_a_surname_that_is_also_a_country_stays_with_the_person(finder: EntityFinder) -> None:
    text = (
        "Former coach Tomas Jordan spoke on Monday. Jordan said the case was political. "
        "Jordan and Egypt closed the border."
    )
    entities = found(finder, text)
    assert "Jordan" in entities["Tomas Jordan"].aliases
    assert entities["Jordan"].type == "GPE"
    assert len(entities["Jordan"].mentions) == 1


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # wire style: bare "Congo" is the Democratic Republic; the smaller state in full
        ("Fighting near Goma displaced thousands in eastern Congo.", "Congo", "COD"),
        (
            "The Democratic Republic of Congo signed a mining deal with Zambia.",
            "Democratic Republic of Congo",
            "COD",
        ),
        ("The Republic of Congo held a referendum in Brazzaville.", "Republic of Congo", "COG"),
    ],
)
def test_congo_as_news_writes_it(finder: EntityFinder, text: str, name: str, country: str) -> None:
    countries = {e.country for e in finder.find(load_pipeline()(text)) if e.type == "GPE"}
    assert country in countries, (name, countries)


@pytest.mark.parametrize(
    ("text", "names", "not_names"),
    [
        (
            "Delegates of North and South Korea held talks in Kaesong on Tuesday.",
            {"North Korea", "South Korea"},
            {"North and"},
        ),
        (
            "Talks between South and North Korea resumed in May.",
            {"North Korea", "South Korea"},
            set(),
        ),
        # the actor list knows no "North Sudan": the known half alone, no "North and"
        ("Officials from North and South Sudan met in Juba.", {"South Sudan"}, {"North and"}),
    ],
)
def test_two_countries_sharing_their_last_word_are_both_named(
    finder: EntityFinder, text: str, names: set[str], not_names: set[str]
) -> None:
    entities = found(finder, text)
    assert names <= set(entities), sorted(entities)
    assert not not_names & set(entities), sorted(entities)


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        ("The UN special envoy for Haiti, Ines Valdes, landed in Jacmel.", "Ines Valdes", None),
        ("The African Union envoy to Sudan, Kofi Mensah, met both generals.", "Kofi Mensah", None),
        ("Kenya's ambassador to Somalia, Otieno Wafula, was recalled.", "Otieno Wafula", "KEN"),
        ("The President of Peru, Rosa Quispe, spoke in Cusco.", "Rosa Quispe", "PER"),
    ],
)
def test_a_country_one_is_posted_to_is_not_one_s_own(
    finder: EntityFinder, text: str, person: str, country: str | None
) -> None:
    """ "envoy for Haiti", "envoy to Sudan": where the holder is posted, not whose."""
    assert found(finder, text)[person].country == country
