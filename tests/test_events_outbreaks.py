"""Classes of issue 16, cv7: protests told as happening (events/outbreaks.py), a protest's
town placed by the gazetteer, acts held out by a threat noun, threats by unnamed people,
reprisals held out (events/reprisals.py)."""

from __future__ import annotations

import pytest

from conftest import coded, events_of
from dossier.entities import EntityFinder


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Protests erupted in Nairobi on Sunday after the vote.", "Kenya"),
        ("Demonstrations broke out in Yerevan after the ceasefire was announced.", "Armenia"),
        ("Violent riots in Santiago continued for a third night.", "Chile"),
        ("The protests turned violent in Dakar on Friday.", "Senegal"),
    ],
)
def test_a_protest_told_as_happening_is_against_the_state_where_it_happens(
    text: str, target: str, finder: EntityFinder
) -> None:
    assert ("PROTEST", None, target) in coded(text, finder)


@pytest.mark.parametrize(
    "text",
    [
        "A rally in oil prices continued in Lagos on Monday.",  # a market's rally
        "The strikes on Gaza continued on Monday.",  # air strikes
        "Protests could spread to Nairobi next week, analysts said.",  # a guess
        "The protests did not spread beyond Nairobi.",
        "The reporters watched the protests in Nairobi.",  # no verb of happening
    ],
)
def test_a_protest_noun_not_told_as_happening_codes_no_protest(
    text: str, finder: EntityFinder
) -> None:
    assert not any(e.type == "PROTEST" and not e.negated for e in events_of(text, finder))


def test_a_protest_with_no_side_stands_only_unattributed(finder: EntityFinder) -> None:
    text = "Organized demonstrations began on Friday."
    assert not any(e.type == "PROTEST" for e in events_of(text, finder))
    found = events_of(text, finder, unattributed=True)
    assert [(e.type, e.source, e.target) for e in found] == [("PROTEST", None, None)]


def test_an_act_held_out_by_a_threat_noun_is_a_threat_and_not_done(
    finder: EntityFinder,
) -> None:
    text = "The leaflets carried threats to burn down Ecuadorian shops in the town."
    found = coded(text, finder)
    assert ("THREATEN", None, "Ecuador") in found
    assert not any(kind == "ASSAULT" for kind, _, _ in found)
    bare = "The notes carried threats to shoot the pupils."
    assert {e.type for e in events_of(bare, finder, unattributed=True)} == {"THREATEN"}


def test_a_danger_is_still_no_threat(finder: EntityFinder) -> None:
    assert not coded("Al-Shabab remains a threat to Somalia's government.", finder)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Several Nordic ministers threatened Belarus with new sanctions.", "Belarus"),
        ("The officials threatened Kenya with sanctions on Tuesday.", "Kenya"),
    ],
)
def test_people_unnamed_who_threaten_a_named_party_threaten_it(
    text: str, target: str, finder: EntityFinder
) -> None:
    assert ("THREATEN", None, target) in coded(text, finder)


def test_a_thing_that_threatens_makes_no_threat(finder: EntityFinder) -> None:
    assert not coded("Rising prices threaten Kenya's recovery.", finder)
    assert not coded("The new pact could threaten Kenya's security.", finder)
    text = "The army threatened her with prison unless she quit her post."
    assert not events_of(text, finder)
    assert {e.type for e in events_of(text, finder, unattributed=True)} == {"THREATEN"}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Students staged a sit-in in Mandalay on Friday.", "Myanmar"),
        ("Hundreds of demonstrators marched through Baltimore on Wednesday.", "United States"),
        ("Protests broke out in Mandalay on Friday.", "Myanmar"),
    ],
)
def test_a_protest_in_a_town_is_against_the_one_state_the_gazetteer_puts_it_in(
    text: str, target: str, finder: EntityFinder
) -> None:
    assert ("PROTEST", None, target) in coded(text, finder)


def test_a_town_of_several_states_names_none(finder: EntityFinder) -> None:
    found = coded("Thousands of nurses marched in Springfield on Monday.", finder)
    assert not any(kind == "PROTEST" and target for kind, _, target in found)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Bolivia will hit back if Chilean troops cross the border again.", "Bolivia", "Chile"),
        ("Iran would retaliate against any Israeli attack.", "Iran", "Israel"),
    ],
)
def test_a_reprisal_held_out_is_a_threat(
    text: str, source: str, target: str, finder: EntityFinder
) -> None:
    found = coded(text, finder)
    assert ("THREATEN", source, target) in found
    assert not any(kind == "ASSAULT" and s == source for kind, s, _ in found)


def test_a_reprisal_told_as_done_is_the_deed_it_names(finder: EntityFinder) -> None:
    found = coded("China retaliated with tariffs on Lithuanian goods.", finder)
    assert {kind for kind, _, _ in found} == {"SANCTION"}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The killing of the student sparked protests in Nairobi.", "Kenya"),
        ("Riots triggered by the vote spread across Nairobi.", "Kenya"),
        ("Two students were killed during riots in Kisumu, Kenya, on Monday.", "Kenya"),
        ("The bill passed in Lima amid protests on Thursday.", "Peru"),
        ("Street vendors have been conducting protests in Lima for a week.", "Peru"),
    ],
)
def test_a_protest_sparked_or_told_as_a_time_took_place(
    text: str, target: str, finder: EntityFinder
) -> None:
    assert ("PROTEST", None, target) in coded(text, finder)


@pytest.mark.parametrize(
    "text",
    [
        "The minister resigned in protest in Lima on Thursday.",
        "Ten people were killed during air strikes on Sanaa on Monday.",
        "The verdict could spark riots in Nairobi, the minister said.",
        "The Kenyan air force conducted strikes near Nairobi.",
    ],
)
def test_a_protest_only_named_or_an_air_strike_took_no_place(
    text: str, finder: EntityFinder
) -> None:
    assert not any(e.type == "PROTEST" and not e.negated for e in events_of(text, finder))


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Ecuador is considering sanctions against Venezuelan officials.", "Ecuador", "Venezuela"),
        (
            "The Chilean government is weighing a naval blockade of the Peruvian port.",
            "Chile",
            "Peru",
        ),
    ],
)
def test_force_or_coercion_weighed_is_a_threat_by_the_one_weighing_it(
    text: str, source: str, target: str, finder: EntityFinder
) -> None:
    found = coded(text, finder)
    assert ("THREATEN", source, target) in found
    assert not any(kind in ("SANCTION", "COERCE") for kind, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Ecuador is not considering sanctions against Venezuelan officials.",
        "Ecuador is considering an aid package for Venezuela.",
        "Ecuador imposed sanctions against Venezuelan officials.",
    ],
)
def test_coercion_not_weighed_or_no_coercion_is_no_threat(text: str, finder: EntityFinder) -> None:
    assert not any(kind == "THREATEN" for kind, _, _ in coded(text, finder))


def test_a_toll_counted_since_a_date_tells_no_one_protest(finder: EntityFinder) -> None:
    text = "Six people have been killed during protests across Chad since March."
    assert not any(e.type == "PROTEST" for e in events_of(text, finder))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Peruvian navy maneuvered near the disputed islands.", "Peru"),
        ("Russian forces are regrouping near Kharkiv.", "Russia"),
    ],
)
def test_armed_forces_manoeuvring_mobilize(text: str, source: str, finder: EntityFinder) -> None:
    assert any(k == "MOBILIZE" and s == source for k, s, _ in coded(text, finder))


def test_people_manoeuvring_for_a_deal_mobilize_nothing(finder: EntityFinder) -> None:
    text = "Kenyan officials are maneuvering to avoid a default."
    assert not any(kind == "MOBILIZE" for kind, _, _ in coded(text, finder))


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("A general strike broke out in Quito on Monday.", "Ecuador"),
        ("A strike by nurses in Accra entered its second week.", "Ghana"),
        ("The teachers' strike in Nairobi continued on Tuesday.", "Kenya"),
    ],
)
def test_a_strike_marked_as_workers_is_a_protest(
    text: str, target: str, finder: EntityFinder
) -> None:
    assert ("PROTEST", None, target) in coded(text, finder)


@pytest.mark.parametrize(
    "text",
    [
        "The strike on the fuel depot in Goma killed four people.",
        "A drone strike killed three militants near Kismayo, Somalia.",
        "Israeli strikes on Gaza continued on Monday.",
    ],
)
def test_a_strike_no_word_marks_as_workers_is_no_protest(text: str, finder: EntityFinder) -> None:
    assert not any(e.type == "PROTEST" for e in events_of(text, finder, unattributed=True))


def test_a_headline_s_air_strikes_are_no_protest(finder: EntityFinder) -> None:
    text = "Troops Conduct Precision Air Strikes Against Militant Cell"
    assert not any(e.type == "PROTEST" for e in events_of(text, finder, unattributed=True))
