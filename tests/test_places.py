"""Places: names geocoded offline to country, province or city, with coordinates.

The sentences here were written for these tests.
"""

from __future__ import annotations

from dossier.entities import EntityFinder
from dossier.models import Entity
from dossier.nlp import load_pipeline
from dossier.places import Place, dateline_place, find_places, place_key, with_place_countries


def places_of(text: str, finder: EntityFinder) -> dict[str, Place]:
    entities = finder.find(load_pipeline()(text))
    return {p.name: p for p in find_places(entities, text)}


def test_provinces_cities_and_countries_resolve(finder: EntityFinder) -> None:
    text = (
        "Taliban fighters entered Panjshir and Takhar provinces, while residents of Kunduz city "
        "fled towards Dushanbe in Tajikistan. Kabul was quiet."
    )
    places = places_of(text, finder)
    assert (places["Panjshir"].country, places["Panjshir"].level) == ("AFG", "admin1")
    assert (places["Kunduz"].country, places["Kunduz"].level) == ("AFG", "city")
    assert (places["Dushanbe"].country, places["Dushanbe"].level) == ("TJK", "city")
    assert (places["Kabul"].level, places["Kabul"].admin1) == ("city", "Kabul")
    assert places["Tajikistan"].level == "country"
    lat, lon = places["Kabul"].lat, places["Kabul"].lon
    assert lat is not None and lon is not None and 34 < lat < 35 and 69 < lon < 70


def test_a_region_is_never_a_town_of_the_same_name(finder: EntityFinder) -> None:
    text = "Leaders in the West and officials in Washington said they were watching Kabul."
    places = places_of(text, finder)
    west = next(p for name, p in places.items() if "West" in name)
    assert west.level is None and west.lat is None
    assert places["Washington"].country == "USA"


def test_a_shared_name_follows_the_countries_the_article_names() -> None:
    brussels = Entity(id="e1", name="Brussels", type="GPE", mentions=[(0, 8)])
    alone = find_places([brussels], "Brussels hosted the talks.")
    assert alone[0].country == "BEL"  # a capital needs no pointer
    canada = Entity(id="e2", name="Canada", type="GPE", country="CAN", mentions=[(30, 36)])
    pointed = find_places([brussels, canada], "Brussels, a village in Ontario, Canada.")
    assert pointed[0].country == "CAN"


def test_a_capital_of_a_country_the_article_names_wins_over_a_namesake_town() -> None:
    """Jamaica named once, the United States three times: the talks are in Jamaica's
    Kingston, not in a US town of that name."""
    text = "Kingston talks: the United States, Jamaica, United States and United States."
    kingston = Entity(id="e1", name="Kingston", type="GPE", mentions=[(0, 8)])
    usa = Entity(
        id="e2", type="GPE", name="United States", country="USA",
        mentions=[(18, 31), (43, 56), (61, 74)],
    )  # fmt: skip
    jamaica = Entity(id="e3", name="Jamaica", type="GPE", country="JAM", mentions=[(33, 40)])
    (place, *_) = find_places([kingston, usa, jamaica], text)
    assert place.country == "JAM"


def test_a_town_unknown_to_the_actor_list_takes_the_country_found_for_it(
    finder: EntityFinder,
) -> None:
    """The entity records, and with them the event coder, get the country the places
    stage read for a town (a GPE); a sea or region (LOC) keeps none."""
    text = "Police in Lahore arrested twenty protesters, Pakistani officials said."
    entities = finder.find(load_pipeline()(text))
    located = {
        e.name: e.country for e in with_place_countries(entities, find_places(entities, text))
    }
    assert located["Lahore"] == "PAK"
    assert {e.name: e.country for e in entities}["Lahore"] is None  # the lexicon's own: none


def test_names_are_compared_without_accents_and_province_words() -> None:
    assert place_key("Ghōr") == place_key("Ghor") == "ghor"
    assert place_key("Kunduz Province") == "kunduz"
    assert place_key("St. Petersburg") == "saint petersburg"


def test_the_dateline_is_placed() -> None:
    place = dateline_place("KABUL", [])
    assert place is not None and place.country == "AFG" and place.level == "city"
    assert dateline_place(None, []) is None


def test_a_place_missing_from_the_gazetteer_takes_the_country_the_text_puts_it_in(
    finder: EntityFinder,
) -> None:
    text = "India has kept the Zorbak Air Base in Tajikistan ready for evacuation flights."
    places = places_of(text, finder)
    base = next(p for name, p in places.items() if name.endswith("Air Base"))
    assert base.country == "TJK" and base.lat is None


def test_a_district_missing_from_the_gazetteer_takes_the_province_after_it(
    finder: EntityFinder,
) -> None:
    text = (
        "Afghan forces detained two men in Nahr-e Saraj district, Helmand province, on "
        "Monday, and a commander in the Arghandab district of Kandahar on Tuesday."
    )
    places = places_of(text, finder)
    assert (places["Nahr-e Saraj"].country, places["Nahr-e Saraj"].admin1) == ("AFG", "Helmand")
    assert places["Nahr-e Saraj"].lat is None  # placed by the text, not the gazetteer


def test_province_spellings_of_afghan_reports_resolve(finder: EntityFinder) -> None:
    text = "Raids were reported in Paktiya, Oruzgan and Nimroz provinces."
    places = places_of(text, finder)
    assert {p.admin1 for p in places.values()} >= {"Paktia", "Urozgan", "Nimruz"}
