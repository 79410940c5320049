"""Unnamed groups named by nationality, people or place ("Malian rebels", "refugees
in Chad") are actors of their own, not their state; told in sentences written for
these tests (invented people and events)."""

from __future__ import annotations

import pytest

from conftest import coded
from dossier.entities import EntityFinder
from dossier.ingest import prepare_article
from dossier.models import Entity, RawInput
from dossier.nlp import load_pipeline
from dossier.pipeline import Extractor


def found(finder: EntityFinder, text: str) -> dict[str, Entity]:
    return {e.name: e for e in finder.find(load_pipeline()(text))}


@pytest.mark.parametrize(
    ("text", "group", "country", "sector"),
    [
        (
            "Hundreds of Malian rebels laid down their arms near Gao on Sunday.",
            "Malian rebels",
            "MLI",
            "REB",
        ),
        (
            "Police in Quito dispersed Ecuadorian farmers who had blocked the highway.",
            "Ecuadorian farmers",
            "ECU",
            "AGR",
        ),
        (
            "Angry Greek dock workers shut the port of Piraeus for a day.",
            "Greek dock workers",
            "GRC",
            "LAB",
        ),
        (
            "Thai soldiers escorted Cambodian refugees back across the border.",
            "Cambodian refugees",
            "KHM",
            "REF",
        ),
        (
            "The court in Dhaka freed four Bangladeshi students held since March.",
            "Bangladeshi students",
            "BGD",
            "EDU",
        ),
        (
            "Armed men in Kivu attacked Congolese civilians at a market.",
            "Congolese civilians",
            "COD",
            "CVL",
        ),
    ],
)
def test_a_nationality_before_a_group_word_names_the_group(
    finder: EntityFinder, text: str, group: str, country: str, sector: str
) -> None:
    entity = found(finder, text)[group]
    assert (entity.type, entity.country, entity.sector) == ("ORG", country, sector)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Rebels in northern Mozambique ambushed a convoy on Friday.",
            "Rebels in northern Mozambique",
        ),
        (
            "Opposition parties in Togo called a general strike for Monday.",
            "Opposition parties in Togo",
        ),
        (
            "Guerrillas throughout Colombia observed the truce over Christmas.",
            "Guerrillas throughout Colombia",
        ),
    ],
)
def test_a_group_word_before_in_and_a_place_names_the_group(
    finder: EntityFinder, text: str, group: str
) -> None:
    assert group in found(finder, text)


def test_a_country_name_before_a_group_word_names_the_group(finder: EntityFinder) -> None:
    names = found(finder, "Sierra Leone rebels freed twelve hostages on Tuesday.")
    assert names["Sierra Leone rebels"].sector == "REB"


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Palestinian armed groups fired rockets at Sderot overnight.", "Palestinian armed groups"),
        (
            "Police in Accra detained students at Kumasi University on Friday.",
            "students at Kumasi University",
        ),
        ("Libyan militias in Misrata seized the port.", "Libyan militias"),
    ],
)
def test_armed_groups_militias_and_students_at_a_school_are_groups(
    finder: EntityFinder, text: str, group: str
) -> None:
    assert group in found(finder, text)


@pytest.mark.parametrize(
    ("text", "group", "sector"),
    [
        (
            "Rebels in northern Mozambique ambushed a convoy on Friday.",
            "Rebels in northern Mozambique",
            "REB",
        ),
        (
            "Opposition parties in Togo called a general strike for Monday.",
            "Opposition parties in Togo",
            "OPP",
        ),
    ],
)
def test_a_group_before_its_place_takes_the_sector_of_its_head(
    finder: EntityFinder, text: str, group: str, sector: str
) -> None:
    assert found(finder, text)[group].sector == sector


def test_people_held_at_a_place_are_no_group(finder: EntityFinder) -> None:
    names = found(finder, "Lawyers for migrants at Diego Garcia filed a suit on Monday.")
    assert not [n for n in names if n.startswith("migrants")]


def test_ethnic_before_a_nationality_names_a_people(finder: EntityFinder) -> None:
    names = found(finder, "Thousands of ethnic Hungarians in Slovakia rallied in Komarno.")
    assert names["ethnic Hungarians in Slovakia"].type == "NORP"


def test_ethnic_before_a_people_names_the_people(finder: EntityFinder) -> None:
    names = found(finder, "Ethnic Turks marched through Plovdiv against the new law.")
    assert names["Ethnic Turks"].type == "NORP"


def test_leaders_and_candidates_of_a_group_are_the_group(finder: EntityFinder) -> None:
    text = "The electoral board barred Zambian opposition candidates from the ballot."
    assert names_of_kind(found(finder, text), "ORG") == {"Zambian opposition candidates"}


def names_of_kind(entities: dict[str, Entity], kind: str) -> set[str]:
    return {name for name, entity in entities.items() if entity.type == kind}


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Syrian Kurds marched in Qamishli against the new decree.", "Syrian Kurds"),
        ("Bosnian Croats demanded a third entity on Tuesday.", "Bosnian Croats"),
        ("Afghan Hazaras fled Ghazni after the attack.", "Afghan Hazaras"),
    ],
)
def test_a_nationality_before_a_people_joins_its_name(
    finder: EntityFinder, text: str, people: str
) -> None:
    names = found(finder, text)
    assert names[people].type == "NORP"
    assert people.split()[1] not in names


@pytest.mark.parametrize(
    "text",
    [
        "Nigerian soldiers patrolled the border town of Mubi.",
        "Chilean officials said the talks would resume in May.",
        "The Peruvian government recalled its ambassador.",
    ],
)
def test_an_arm_of_the_state_stays_with_its_state(finder: EntityFinder, text: str) -> None:
    names = found(finder, text)
    assert not [n for n in names if " " in n and n.split()[0].endswith(("an", "ian"))], names


def test_a_group_word_that_only_modifies_another_is_no_group(finder: EntityFinder) -> None:
    names = found(finder, "A Somali rebel attack killed three people near Baidoa.")
    assert "Somali rebel" not in names


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Sudanese rebels shelled the town of Kadugli on Monday.",
            ("ASSAULT", "Sudanese rebels", "Kadugli"),
        ),
        (
            "Kenya granted asylum to forty Ethiopian dissidents last year.",
            ("AID", "Kenya", "Ethiopian dissidents"),
        ),
        (
            "Opposition groups in Belarus demanded that President Lukashenko step down.",
            ("REQUEST", "Opposition groups in Belarus", "Lukashenko"),
        ),
    ],
)
def test_the_group_not_its_state_is_the_events_actor(
    finder: EntityFinder, text: str, event: tuple[str, str, str]
) -> None:
    assert event in coded(text, finder)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def names_extracted(extractor: Extractor, text: str) -> set[str]:
    article = prepare_article(RawInput(doc="g.txt", source="g.txt", raw=text, fmt="txt"))
    (extraction,) = extractor.extract([article])
    return {e.name for e in extraction.entities}


def test_a_group_no_event_names_is_no_entity_of_the_article(extractor: Extractor) -> None:
    text = "Dozens of Afghan civilians lost their lives when the dam burst near Herat."
    assert "Afghan civilians" not in names_extracted(extractor, text)


def test_a_group_an_event_names_is_an_entity_of_the_article(extractor: Extractor) -> None:
    text = "Sudanese rebels shelled the town of Kadugli on Monday."
    assert "Sudanese rebels" in names_extracted(extractor, text)


@pytest.mark.parametrize(
    "text",
    [
        "The prize went to Otto Reyes, a Chilean student who had fled the war.",
        "The firm was founded by Peruvian businessman Ana Rios in 2016.",
    ],
)
def test_a_group_word_said_of_a_person_is_no_group(finder: EntityFinder, text: str) -> None:
    assert not [n for n in found(finder, text) if n.startswith(("Chilean", "Peruvian"))]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Rebels shelled the Malian town of Kidal on Monday.", ("ASSAULT", None, "Kidal")),
        (
            "Russian missiles struck the Ukrainian city of Kharkiv overnight.",
            ("ASSAULT", "Russia", "Kharkiv"),
        ),
        (
            "Moscow sent troops to the Russian republic of Dagestan on Monday.",
            ("MOBILIZE", "Russia", "Dagestan"),
        ),
    ],
)
def test_the_town_of_a_name_is_that_place_not_the_country(
    finder: EntityFinder, text: str, event: tuple[str, str | None, str]
) -> None:
    assert event in coded(text, finder)
