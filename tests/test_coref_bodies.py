"""Definite descriptions of named bodies: "the ministry" after the Ministry of Defense,
"the rights group" after a rights organization (not the militia named before it), and
"the army" after a state's army; each checked as the reference, the event side or the
speaker a reader of the article would take it for."""

from __future__ import annotations

import pytest

from conftest import coded, shared_finder
from dossier.api import extract_text
from dossier.entities import EntityFinder
from test_coref import names, reference_at


@pytest.mark.parametrize(
    ("text", "word", "body"),
    [
        (
            "Al-Shabab fighters seized two aid trucks near Baidoa on Monday, according to "
            "Amnesty International. The rights group said the drivers were still missing.",
            "group",
            "Amnesty International",
        ),
        (
            "Boko Haram fighters raided Monguno on Friday. Doctors Without Borders said it "
            "had closed two clinics there. Residents said the armed group took the market.",
            "group",
            "Boko Haram",
        ),
        (
            "The Nigerian Ministry of Health opened an inquiry into the deaths in Kano. The "
            "ministry later named three suspects.",
            "ministry",
            "Nigerian Ministry of Health",
        ),
        (
            "The International Court of Justice heard Bolivia's case in 2018. The court "
            "ruled against La Paz.",
            "court",
            "International Court of Justice",
        ),
        (
            "The African Union met in Addis Ababa. The Alliance for Clean Water held a rally "
            "outside. The alliance asked Ethiopia to protect the Awash river.",
            "alliance",
            "Alliance for Clean Water",
        ),
    ],
)
def test_a_description_is_the_body_whose_name_or_kind_it_repeats(
    finder: EntityFinder, text: str, word: str, body: str
) -> None:
    assert names(reference_at(text, word, finder)) == [body]


def test_a_description_with_a_word_the_name_lacks_is_another_body(finder: EntityFinder) -> None:
    text = (
        "The Nigerian Ministry of Health opened an inquiry into the deaths in Kano. The "
        "foreign ministry later named three suspects."
    )
    assert names(reference_at(text, "ministry", finder)) != ["Nigerian Ministry of Health"]


def test_the_state_is_still_a_country_after_islamic_state(finder: EntityFinder) -> None:
    text = (
        "Islamic State fighters attacked a checkpoint in Iraq on Friday. Officials said "
        "the state would rebuild the post."
    )
    assert names(reference_at(text, "state", finder)) != ["ISIS"]


def test_the_ministry_denying_a_charge_is_the_side_that_rejects(finder: EntityFinder) -> None:
    text = (
        "The Kenyan Ministry of Defense said on Monday it had opened an inquiry into the "
        "raid. The ministry later rejected the claims."
    )
    found = coded(text, finder)
    assert any(
        kind == "REJECT" and source == "Kenyan Ministry of Defense" for kind, source, _ in found
    )
    assert not any(
        target == "Kenyan Ministry of Defense" for kind, _, target in found if kind == "REJECT"
    )


def test_the_army_after_a_states_army_is_that_state(finder: EntityFinder) -> None:
    text = "Kenya's army opened an inquiry on Monday. The army later attacked the village of Kuru."
    assert ("ASSAULT", "Kenya", "Kuru") in coded(text, finder)


def test_the_rights_group_accusing_and_speaking_is_the_rights_group() -> None:
    text = (
        "Taliban fighters detained three reporters in Herat on Monday, according to Human "
        "Rights Watch. The rights group accused the Taliban of beating the men. \u201cThis "
        "is a campaign of fear,\u201d the rights group said in a statement."
    )
    extraction = extract_text(text, published="2024-05-02")
    sides = {(e.type, e.source, e.target) for e in extraction.events}
    assert ("ACCUSE", "Human Rights Watch", "Taliban") in sides
    speakers = {q.speaker for q in extraction.quotes if "campaign of fear" in q.text}
    assert speakers == {"Human Rights Watch"}


def test_a_liberation_army_is_a_rebel_group_and_the_rebels_are_it() -> None:
    text = (
        "The Oromo Liberation Army attacked a bus near Nekemte on Monday. The rebels "
        "later said they had taken the town."
    )
    extraction = extract_text(text, published="2024-05-02")
    sectors = {e.name: e.sector for e in extraction.entities}
    assert sectors.get("Oromo Liberation Army") == "REB"
    assert names(reference_at(text, "rebels", shared_finder())) == ["Oromo Liberation Army"]


def test_the_army_is_the_state_and_never_a_rebel_liberation_army(finder: EntityFinder) -> None:
    text = (
        "Colombia's government suspended talks with the National Liberation Army on "
        "Thursday. The rebels accused the army of killing three farmers in Arauca."
    )
    found = coded(text, finder)
    assert ("ACCUSE", "National Liberation Army", "Colombia") in found
    assert not any(s == t for _, s, t in found)


def test_the_ministry_with_no_ministry_named_is_the_articles_state(finder: EntityFinder) -> None:
    text = (
        "Peru's government said on Monday that troops had cleared the road to Cusco. "
        "Farmers accused soldiers of beating two men, a charge the defense ministry "
        "rejected."
    )
    found = coded(text, finder)
    assert any(kind == "REJECT" and source == "Peru" for kind, source, _ in found), found


def test_the_government_is_the_state_of_the_dateline_when_others_are_named_more() -> None:
    """A dateline is removed from the text ("CARACAS, Venezuela —"); the country it
    names still counts toward the article's main country, whose "the government" it is."""
    text = (
        "CARACAS, Venezuela — The EU and the United States both refused to "
        "recognize the vote that returned President Nicolas Maduro. Washington announced "
        "new sanctions on Monday. The government denied that any opposition leader had "
        "been arrested."
    )
    extraction = extract_text(text, published="2024-05-02")
    sides = {(e.type, e.source) for e in extraction.events}
    assert ("REJECT", "Venezuela") in sides, sides
    assert ("REJECT", "United States") not in {
        (e.type, e.source) for e in extraction.events if e.trigger == "denied"
    }


def test_an_armed_groups_governing_body_is_the_group_not_the_state(finder: EntityFinder) -> None:
    """ "the rebel leadership" after the rebels are named is theirs; a bare or national
    "leadership" stays the state's."""
    text = (
        "Congo signed a truce with the M23 in Kinshasa. The rebel leadership said its "
        "fighters would stay in their camps. The Congolese leadership praised the accord."
    )
    assert names(reference_at(text, "leadership", finder)) == ["M23"]
    found = coded(text, finder)
    assert not any(source == "M23" and kind == "SUPPORT" for kind, source, _ in found), found


def test_a_story_filed_from_a_state_is_about_it_unless_another_is_named_twice_as_often() -> None:
    """Filed from Caracas, with Washington named a little more: "the military" is
    Venezuela's, and its accusation is aimed at the United States, not made by it."""
    text = (
        "CARACAS, Venezuela (Wire) — Washington recognized the opposition leader on "
        "Wednesday. U.S. officials said the United States would keep its embassy open. "
        "Venezuela's president broke relations with Washington. The military said it would "
        "defend the constitution and accused Washington of staging a coup.\n"
    )
    extraction = extract_text(text, published="2019-01-24")
    accused = [(e.source, e.target) for e in extraction.events if e.trigger == "accused"]
    assert accused == [("Venezuela", "United States")], extraction.events


def test_the_army_of_a_story_filed_from_its_state_is_that_states_wherever_it_acts() -> None:
    """Filed from Jerusalem: "the army" that hit targets in Lebanon is Israel's, and "the
    navy" is a force of the state too."""
    text = (
        "JERUSALEM (Wire) — Israeli jets struck Beirut's airport on Thursday and the navy "
        "imposed a blockade on Lebanese ports. The army said it had hit dozens of targets "
        "in Lebanon.\n"
    )
    events = extract_text(text, published="2006-07-13").events
    sides = {(e.trigger, e.source, e.target) for e in events}
    assert ("hit", "Israel", "Lebanon") in sides, sides
    assert any(t == "imposed" and s == "Israel" for t, s, _ in sides), sides


def test_a_counted_plural_of_governing_bodies_is_the_states_named_before(
    finder: EntityFinder,
) -> None:
    """ "the three juntas" after three states are named is those three, not the article's
    main country's government (lead21)."""
    text = (
        "The military rulers of Mali, Burkina Faso and Niger met in Bamako on Monday. The "
        "three juntas said they would leave the bloc."
    )
    assert sorted(names(reference_at(text, "juntas", finder))) == ["Burkina Faso", "Mali", "Niger"]
