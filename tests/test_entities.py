"""Entities: clusters, canonical names, aliases, roles, country and sector.

The articles here were written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.entities import EntityFinder
from dossier.models import Entity
from dossier.nlp import load_pipeline

ARTICLE = """US Secretary of State Antony Blinken spoke by phone on Monday with Pakistan's \
Foreign Minister Shah Mehmood Qureshi about the evacuation from Kabul.

Blinken thanked Qureshi for keeping the Torkham crossing open. The top US diplomat also \
discussed the National Resistance Front (NRF), whose fighters are holding out in Panjshir.

Ahmad Massoud, leader of the National Resistance Front, said the group would not surrender. \
Massoud has asked America for weapons. The Taliban said the terror group in the valley \
would be defeated within days, while Tehreek-e-Taliban Pakistan praised the Taliban.

Russian Defence Minister Sergei Shoigu told the Shanghai Cooperation Organisation that the \
situation was deteriorating. Shoigu said the SCO should act.
"""


@pytest.fixture(scope="module")
def entities(finder: EntityFinder) -> dict[str, Entity]:
    doc = load_pipeline()(ARTICLE)
    return {e.name: e for e in finder.find(doc)}


def test_name_variants_form_one_cluster_with_the_full_name(entities: dict[str, Entity]) -> None:
    blinken = entities["Antony Blinken"]
    assert "Blinken" in blinken.aliases
    assert "Blinken" not in entities
    qureshi = entities["Shah Mehmood Qureshi"]
    assert "Qureshi" in qureshi.aliases


def test_every_mention_offset_is_the_exact_surface_string(entities: dict[str, Entity]) -> None:
    for entity in entities.values():
        assert entity.mentions, entity.name
        for start, end in entity.mentions:
            assert ARTICLE[start:end].strip() == ARTICLE[start:end]
            assert ARTICLE[start:end] in entity.aliases


def test_short_forms_of_countries_resolve_to_the_country(entities: dict[str, Entity]) -> None:
    united_states = entities["United States"]
    assert united_states.type == "GPE" and united_states.country == "USA"
    assert "America" in united_states.aliases


def test_defined_acronyms_join_their_organization(entities: dict[str, Entity]) -> None:
    # The article's fullest name (ANNOTATION.md), the lexicon's longer name an alias.
    nrf = entities["National Resistance Front"]
    assert {"NRF", "National Resistance Front of Afghanistan"} <= set(nrf.aliases)
    assert "National Resistance Front of Afghanistan" not in entities
    assert nrf.country == "AFG" and nrf.sector == "REB"
    assert "NRF" not in entities
    sco = entities["Shanghai Cooperation Organisation"]
    assert "SCO" in sco.aliases and sco.sector == "IGO" and sco.country is None


def test_names_spacy_misses_come_from_the_actor_lexicon(entities: dict[str, Entity]) -> None:
    ttp = entities["Tehreek-e-Taliban Pakistan"]
    assert ttp.type == "ORG" and ttp.country == "PAK" and ttp.sector == "REB"
    assert entities["Panjshir"].type == "GPE"
    assert entities["Panjshir"].country == "AFG"


def test_roles_from_titles_give_country_and_sector(entities: dict[str, Entity]) -> None:
    shoigu = entities["Sergei Shoigu"]
    assert shoigu.country == "RUS" and shoigu.sector == "GOV"
    assert any(r.title == "Defence Minister" and r.of == "Russia" for r in shoigu.roles)
    blinken = entities["Antony Blinken"]
    assert blinken.country == "USA" and blinken.sector == "GOV"
    assert any(r.title == "Secretary of State" for r in blinken.roles)
    qureshi = entities["Shah Mehmood Qureshi"]
    assert qureshi.country == "PAK"
    assert any(r.title == "Foreign Minister" for r in qureshi.roles)


def test_a_role_in_apposition_takes_the_organization(entities: dict[str, Entity]) -> None:
    massoud = entities["Ahmad Massoud"]
    assert any(r.title == "leader" and r.of == "National Resistance Front" for r in massoud.roles)
    assert massoud.country == "AFG" and massoud.sector == "REB"


def test_demonyms_are_not_entities(entities: dict[str, Entity]) -> None:
    assert "Russian" not in entities and "Russia" not in entities


def test_text_without_names_gives_no_entities(finder: EntityFinder) -> None:
    doc = load_pipeline()("it rained all day and nobody went out.")
    assert finder.find(doc) == []


def test_mixed_scripts_do_not_crash(finder: EntityFinder) -> None:
    text = "Ashraf Ghani (اشرف غنی) met officials in Kabul (کابل) and Дмитрий in Moscow."
    found = {e.name for e in finder.find(load_pipeline()(text))}
    assert "Ashraf Ghani" in found and "Kabul" in found


def test_a_known_group_is_named_as_the_article_names_it() -> None:
    """ANNOTATION.md: the most complete proper name the article uses.  The lexicon's
    name stays an alias, which the knowledge base links on."""
    doc = load_pipeline()("ISIS-K said one of its fighters carried out the attack on the airport.")
    found = {e.name: e for e in EntityFinder(load_pipeline()).find(doc)}
    group = found["ISIS-K"]
    assert "Islamic State Khorasan Province" in group.aliases
    assert (group.type, group.country, group.sector) == ("ORG", "AFG", "REB")
    assert "Islamic State Khorasan Province" not in found


def test_a_user_actor_file_adds_names_with_country_and_sector(tmp_path: Path) -> None:
    actors = tmp_path / "actors.yaml"
    actors.write_text(
        "actors:\n"
        "  - name: Hizb-e-Wahdat Council\n"
        "    type: ORG\n"
        "    aliases: [HWC]\n"
        "    country: AFG\n"
        "    sector: PTY\n",
        "utf-8",
    )
    finder = EntityFinder(load_pipeline(), actors_file=actors)
    doc = load_pipeline()("Leaders of the HWC met in Mazar on Friday.")
    found = {e.name: e for e in finder.find(doc)}
    council = found["Hizb-e-Wahdat Council"]
    assert council.sector == "PTY" and council.country == "AFG" and "HWC" in council.aliases


def test_a_known_person_takes_country_and_sector_from_the_actor_list() -> None:
    doc = load_pipeline()("President Joe Biden spoke to reporters on Monday.")
    found = {e.name: e for e in EntityFinder(load_pipeline()).find(doc)}
    assert (found["Joe Biden"].country, found["Joe Biden"].sector) == ("USA", "GOV")


def test_a_name_after_a_newspaper_word_is_the_paper(finder: EntityFinder) -> None:
    text = "An editor of the Lahore newspaper Rahim Shah said the office was raided."
    doc = load_pipeline()(text)
    found = {e.name: e.type for e in finder.find(doc)}
    assert found.get("Rahim Shah") == "ORG"


def test_a_name_after_the_capital_or_a_city_is_a_place(finder: EntityFinder) -> None:
    text = "Troops were sent to the capital, Naypyitaw, and to the port city Sittwe on Monday."
    found = {e.name: e.type for e in finder.find(load_pipeline()(text))}
    assert found.get("Naypyitaw") == "GPE"


def test_a_national_army_is_its_own_actor(finder: EntityFinder) -> None:
    text = "Myanmar's military detained the president on Monday, and the military closed banks."
    found = {e.name: e for e in finder.find(load_pipeline()(text))}
    army = [e for e in found.values() if "Tatmadaw" in (e.name, *e.aliases)]
    assert army and army[0].sector == "MIL" and army[0].country == "MMR"


def test_national_capitals_are_places_of_their_country(finder: EntityFinder) -> None:
    text = "Yerevan and Baku traded accusations; Kosovo said Pristina would respond."
    found = {e.name: e for e in finder.find(load_pipeline()(text))}
    # Acting for its state, the capital is the state (ANNOTATION.md): Yerevan is Armenia.
    assert (found["Armenia"].type, found["Armenia"].country) == ("GPE", "ARM")
    assert "Yerevan" in found["Armenia"].aliases
    assert found["Kosovo"].type == "GPE" and found["Kosovo"].country == "XKX"


def test_a_surname_joins_the_full_name_across_its_article_particle(finder: EntityFinder) -> None:
    text = "Ayman al-Zawahiri led the group for a decade. Zawahiri rarely appeared in public."
    found = {e.name: e for e in finder.find(load_pipeline()(text))}
    assert "Zawahiri" in found["Ayman al-Zawahiri"].aliases and "Zawahiri" not in found


def test_a_title_the_tagger_glued_to_a_name_is_split_off(finder: EntityFinder) -> None:
    text = (
        "Pakistan's National Security Adviser Moeed Yusuf accused India of fomenting unrest. "
        "The Ministry of External Affairs rejected the charge."
    )
    found = {e.name: e for e in finder.find(load_pipeline()(text))}
    yusuf = found["Moeed Yusuf"]
    assert (yusuf.type, yusuf.country, yusuf.sector) == ("PERSON", "PAK", "GOV")
    assert not [name for name in found if "Adviser" in name]
    assert found["Ministry of External Affairs"].type == "ORG"


def test_a_city_whose_name_keeps_its_article_is_named_with_it(finder: EntityFinder) -> None:
    text = "Kenya wrote to the court in The Hague on Monday, and the Hague-based judges replied."
    found = {e.name: e for e in finder.find(load_pipeline()(text))}
    assert found["The Hague"].country == "NLD"
    assert "Hague" not in found


@pytest.mark.parametrize(
    ("text", "person", "title", "body", "sector"),
    [
        ("The United Nations Secretary-General Antonio Guterres condemned the killings.",
         "Antonio Guterres", "Secretary-General", "United Nations", "IGO"),
        ("Kenyan Attorney-General Justin Muturi said the case was closed.",
         "Justin Muturi", "Attorney-General", "Kenya", "JUD"),
        ("NATO Secretary General Jens Stoltenberg met the ministers.",
         "Jens Stoltenberg", "Secretary General", "NATO", "IGO"),
    ],
)  # fmt: skip
def test_a_hyphenated_title_is_one_title_and_no_general(
    text: str, person: str, title: str, body: str, sector: str
) -> None:
    """ "Secretary-General" is no military "General"; a secretary general takes the
    sector of the body he leads."""
    from dossier.api import extract_text

    found = {e.name: e for e in extract_text(text).entities}
    assert [(r.title, r.of) for r in found[person].roles] == [(title, body)]
    assert found[person].sector == sector
