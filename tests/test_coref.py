"""The coreference stage: what each pronoun, description and capital stands for.

Sentences written for these tests, from different kinds of news text (diplomacy,
insurgency, a ministry's statement, politics), with invented people where a
person is needed.  Each checks a reference a reader of the text would resolve the
same way, and its reason.
"""

from __future__ import annotations

import re

import pytest

from dossier.coref import find_references
from dossier.entities import EntityFinder
from dossier.epithets import EpithetExample, epithets
from dossier.models import Coreference, Entity, Reference
from dossier.nlp import load_pipeline, parse
from dossier.pipeline import quote_marks


def references(text: str, finder: EntityFinder) -> tuple[Coreference, list[Entity]]:
    (doc,) = parse(load_pipeline(), [text])
    entities = finder.find(doc)
    return find_references(doc, entities, quote_marks(text)), entities


def reference_at(text: str, word: str, finder: EntityFinder, nth: int = 0) -> Reference | None:
    """The reference the ``nth`` occurrence of ``word`` (a whole word) makes."""
    found, _ = references(text, finder)
    starts = [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", text)]
    return found.at(starts[nth])


def names(reference: Reference | None) -> list[str]:
    return [e.name for e in reference.entities] if reference is not None else []


def test_a_counted_plural_stands_for_the_states_listed_before_it(finder: EntityFinder) -> None:
    text = (
        "Peru, Chile and Bolivia signed a pact on sharing the water of their border "
        "rivers on Monday. The three nations will meet again in June."
    )
    reference = reference_at(text, "nations", finder)
    assert reference is not None and reference.kind == "description"
    assert sorted(names(reference)) == ["Bolivia", "Chile", "Peru"]
    assert reference.reason == "description: last 3 named"


def test_two_countries_after_a_pair_of_states(finder: EntityFinder) -> None:
    text = (
        "Ghana and Togo reopened their shared border crossing on Tuesday. "
        "Officials said the two countries would also restore flights."
    )
    assert sorted(names(reference_at(text, "countries", finder))) == ["Ghana", "Togo"]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        (
            "Ghana, Togo and Benin met in Accra. Togo signed a pact with the other two states.",
            "states",
            ["Benin", "Ghana"],
        ),
        (
            "India, Japan and Vietnam held talks in Hanoi. "
            "The other two nations later criticized Japan.",
            "nations",
            ["India", "Vietnam"],
        ),
        (
            "Peru, Chile, Ecuador and Colombia met in Quito. "
            "Chile later signed a pact with the remaining three countries.",
            "countries",
            ["Colombia", "Ecuador", "Peru"],
        ),
    ],
)
def test_the_other_countries_are_the_group_but_the_one_its_sentence_names(
    text: str, word: str, expected: list[str], finder: EntityFinder
) -> None:
    assert sorted(names(reference_at(text, word, finder))) == expected


def test_counted_countries_leave_out_the_alliance_that_lists_them(
    finder: EntityFinder,
) -> None:
    text = (
        "The Andean Community consists of Peru, Chile, Ecuador and Colombia. "
        "Chile later signed a pact with the other three countries."
    )
    assert sorted(names(reference_at(text, "countries", finder))) == [
        "Colombia",
        "Ecuador",
        "Peru",
    ]


def test_two_leaders_after_a_host_and_a_guest_are_both(finder: EntityFinder) -> None:
    # no one subject names the pair: the last two people named are the two leaders
    text = (
        "Zambian President Hakainde Hichilema received Malawi's Lazarus Chakwera in Lusaka. "
        "The two leaders discussed the rail link."
    )
    assert sorted(names(reference_at(text, "leaders", finder))) == [
        "Hakainde Hichilema",
        "Lazarus Chakwera",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tajik President Emomali Rahmon met Kyrgyz President Sadyr Japarov in Dushanbe. "
            "The two sides agreed to reopen the border.",
            ["Emomali Rahmon", "Sadyr Japarov"],
        ),
        (
            "Colombia and the ELN guerrillas held talks in Caracas on Monday. "
            "The two sides agreed to a truce.",
            ["Colombia", "ELN"],
        ),
        # a subject naming a person with his state is one actor, not a group of two
        (
            "Kyrgyz President Sadyr Japarov met Tajik President Emomali Rahmon in Batken. "
            "The two sides agreed to reopen two crossings.",
            ["Emomali Rahmon", "Sadyr Japarov"],
        ),
    ],
)
def test_two_sides_are_the_last_two_states_or_bodies_else_the_last_two_people(
    text: str, expected: list[str], finder: EntityFinder
) -> None:
    # issue 16, cv11: "side" and "party" name either kind (either_groups of coref.yaml)
    assert sorted(names(reference_at(text, "sides", finder))) == expected


def test_two_countries_are_the_states_not_the_people_named(finder: EntityFinder) -> None:
    text = (
        "Chile's foreign minister Alberto Vial flew to Lima to meet Peru's president. "
        "The two countries signed a fisheries accord."
    )
    assert sorted(names(reference_at(text, "countries", finder))) == ["Chile", "Peru"]


def test_a_counted_plural_with_more_candidates_than_its_number_is_no_one(
    finder: EntityFinder,
) -> None:
    text = (
        "Ministers from Kenya, Uganda and Rwanda met in Kigali. "
        "The two countries later signed a transit deal."
    )
    assert names(reference_at(text, "countries", finder)) == []


def test_the_group_after_an_armed_group_is_that_group(finder: EntityFinder) -> None:
    text = (
        "Boko Haram fighters attacked a market in Borno state on Sunday, killing nine "
        "traders. The army said the militants had fled towards the border."
    )
    reference = reference_at(text, "militants", finder)
    assert names(reference) == ["Boko Haram"]
    assert reference is not None and reference.reason.startswith("description: nearest ORG")


@pytest.mark.parametrize(
    ("text", "word", "body"),
    [
        (
            "The European Union raised duties on Chinese steel on Monday. Beijing accused "
            "the bloc of protectionism.",
            "bloc",
            "European Union",
        ),
        (
            "Moscow warned NATO against new deployments in Estonia. Russia said the "
            "alliance was provoking a crisis.",
            "alliance",
            "NATO",
        ),
        (
            "The Economic Community of West African States suspended Guinea after the coup. "
            "The junta criticized the regional bloc.",
            "bloc",
            "Economic Community of West African States",
        ),
    ],
)
def test_a_bloc_or_alliance_is_the_international_body_named_before(
    finder: EntityFinder, text: str, word: str, body: str
) -> None:
    assert names(reference_at(text, word, finder)) == [body]


def test_a_bloc_with_no_body_named_before_is_no_one(finder: EntityFinder) -> None:
    text = "Kenya and Uganda met in Kampala. Analysts said the bloc was divided."
    assert names(reference_at(text, "bloc", finder)) == []


def test_a_description_is_never_the_subject_of_its_own_clause(finder: EntityFinder) -> None:
    text = (
        "Al-Shabaab claimed the bombing of a checkpoint near Mogadishu. "
        "Hours later, Hezbollah condemned the group in a statement."
    )
    reference = reference_at(text, "group", finder)
    assert names(reference) == ["Al-Shabaab"]
    assert reference is not None and reference.kind == "description"


def test_a_capital_speaking_after_two_states_is_its_government(finder: EntityFinder) -> None:
    text = (
        "Argentina and Chile have argued over fishing rights in the south for years. "
        "Santiago said on Friday that the latest round of talks had failed."
    )
    found, entities = references(text, finder)
    reference = found.at(text.index("Santiago"))
    assert reference is not None and reference.kind == "capital"
    assert names(reference) == ["Chile"]
    assert reference.reason == "capital of Chile"
    chile = next(e for e in entities if e.name == "Chile")
    assert reference.entity_ids == (chile.id,)


def test_a_capital_named_as_a_place_stands_for_no_state(finder: EntityFinder) -> None:
    text = "Negotiators from Kenya and Uganda arrived in Nairobi on Monday for two days of talks."
    reference = reference_at(text, "Nairobi", finder)
    assert reference is None


def test_he_after_two_people_is_the_subject_not_the_object(finder: EntityFinder) -> None:
    text = (
        "Finance Minister Tomas Brenner met the central bank governor, Ilse Marquardt, "
        "in Vienna on Thursday. He said the budget would be cut by a tenth."
    )
    reference = reference_at(text, "He", finder)
    assert reference is not None and reference.kind == "pronoun"
    assert names(reference) == ["Tomas Brenner"]
    assert reference.reason == "pronoun: nearest PERSON subject"


def test_she_skips_a_man_named_later(finder: EntityFinder) -> None:
    text = (
        "Senator Rosa Delgado questioned the plan at a hearing on Tuesday. "
        "She said it would leave rural clinics without doctors."
    )
    assert names(reference_at(text, "She", finder)) == ["Rosa Delgado"]


def test_she_is_not_a_man_the_article_called_he(finder: EntityFinder) -> None:
    text = (
        "Tomas Brandt finished his testimony on Friday. Brandt's case drew support abroad, "
        "according to Elena Munteanu, the lawyer leading Brandt's defense. She said the "
        "verdict is expected in June."
    )
    reference = reference_at(text, "She", finder)
    assert names(reference) == ["Elena Munteanu"]
    assert names(reference_at(text, "his", finder)) == ["Tomas Brandt"]


def test_it_after_an_organization_reports_through_its_own_clause(finder: EntityFinder) -> None:
    text = "The World Health Organization said it would send vaccines to the region."
    reference = reference_at(text, "it", finder)
    assert names(reference) == ["World Health Organization"]
    assert reference is not None and reference.reason.startswith("pronoun: subject of the clause")


@pytest.mark.parametrize(
    "text",
    [
        "They said the vote would be delayed until the spring.",
        "He promised to return before the harvest.",
    ],
)
def test_a_pronoun_with_no_antecedent_maps_to_nothing(text: str, finder: EntityFinder) -> None:
    found, _ = references(text, finder)
    (reference,) = [r for r in found.references if r.kind == "pronoun"]
    assert reference.entities == () and reference.entity_ids == ()
    assert reference.reason == "none fits"


def test_a_quote_speaker_named_by_a_pronoun_is_the_antecedent(finder: EntityFinder) -> None:
    from dossier.dates import find_dates
    from dossier.quotes import find_quotes

    text = (
        "Mayor Lucia Ferrante opened the new tram line on Saturday. "
        '"This line will take ten thousand cars off our streets," she said.'
    )
    (doc,) = parse(load_pipeline(), [text])
    entities = finder.find(doc)
    quotes, _ = find_quotes(doc, entities, find_dates(doc, "2024-05-04"))
    assert [q.speaker for q in quotes if q.kind == "direct"] == ["Lucia Ferrante"]


def test_it_after_a_thing_named_as_subject_is_no_actor(finder: EntityFinder) -> None:
    text = (
        "Norway, Iceland and Denmark drafted a fishing treaty last year. The treaty passed "
        "with nine votes on Friday. Canada and Russia declined to sign it and walked out."
    )
    reference = reference_at(text, "it", finder)
    assert reference is not None and reference.entities == ()
    assert reference.reason == "pronoun: the thing the nearest subject names, no entity"


def test_the_junta_is_the_government_of_the_articles_country(finder: EntityFinder) -> None:
    text = (
        "Soldiers detained Guinea's president on Sunday and dissolved the constitution. "
        "Guinea's neighbours condemned the coup, and the junta imposed a curfew in Conakry."
    )
    assert names(reference_at(text, "junta", finder)) == ["Guinea"]


def test_he_is_never_an_organization_that_reports_his_clause(finder: EntityFinder) -> None:
    text = (
        "Prime Minister Anton Varga criticised the European Commission on Monday after "
        "the Commission imposed what he said were unfair fines on Hungarian farms."
    )
    assert names(reference_at(text, "he", finder)) == ["Anton Varga"]


def test_them_after_people_no_entity_names_is_no_actor(finder: EntityFinder) -> None:
    text = (
        "The mayor of Lyon said the city would keep its night buses. Hundreds of nurses "
        "marched through the centre on Friday before police officers told them to leave."
    )
    reference = reference_at(text, "them", finder)
    assert reference is not None and reference.entities == ()


def test_a_region_is_no_city_and_a_town_no_province(finder: EntityFinder) -> None:
    text = (
        "Fighting broke out in Darfur on Monday. Macron said the French ambassador would "
        "return to Paris. Sudan's army sent troops to the region."
    )
    assert names(reference_at(text, "region", finder)) == ["Darfur"]  # not Paris
    text = "Rebels attacked Goma in North Kivu province. Troops retook the town on Friday."
    assert "North Kivu" not in names(reference_at(text, "town", finder))


def test_a_description_owning_a_noun_is_linked_too(finder: EntityFinder) -> None:
    text = (
        "Chile's Supreme Court struck down the mining law on Friday. Peru welcomed the "
        "court's decision."
    )
    assert names(reference_at(text, "court", finder)) == ["Chile's Supreme Court"]


def test_an_owner_in_a_title_beside_a_name_is_left_alone(finder: EntityFinder) -> None:
    text = (
        "The Bank of Chile raised rates. Ana Ruiz, the bank's former governor, fled Chile in March."
    )
    reference = reference_at(text, "bank", finder, nth=0)
    assert reference is None or names(reference) != ["Bank of Chile"]


def entity_named(entities: list[Entity], name: str) -> Entity:
    return next(e for e in entities if e.name == name)


def test_a_title_description_is_the_person_holding_it_and_one_of_their_mentions(
    finder: EntityFinder,
) -> None:
    text = (
        "Kenyan Foreign Minister Halima Odera met her Ugandan counterpart in Kampala on "
        "Tuesday. The Kenyan minister later said the talks on the lake border went well."
    )
    found, entities = references(text, finder)
    reference = found.at(text.index("minister later"))
    assert names(reference) == ["Halima Odera"]
    assert reference is not None and reference.kind == "description"
    assert reference.reason == "description: the person holding that title"
    odera = entity_named(entities, "Halima Odera")
    start = text.index("The Kenyan minister")
    assert "The Kenyan minister" in odera.aliases
    assert (start, start + len("The Kenyan minister")) in odera.mentions


def test_the_country_is_the_one_named_before_in_its_sentence(finder: EntityFinder) -> None:
    text = (
        "Portugal tried the smugglers in Lisbon; Portugal had tracked them for a decade. "
        "It was the first such trial involving Mali since Portuguese advisers left the "
        "country in 2019."
    )
    found, entities = references(text, finder)
    reference = found.at(text.index("country"))
    assert names(reference) == ["Mali"]
    assert reference is not None
    assert reference.reason == "description: the country named before it in its sentence"
    assert "the country" not in entity_named(entities, "Portugal").aliases


def test_the_country_is_not_a_state_other_than_a_nationality_in_its_sentence(
    finder: EntityFinder,
) -> None:
    text = (
        "Brazil and Peru backed the motion on Friday. The accord will let Bolivians "
        "leave the country without visas."
    )
    _, entities = references(text, finder)
    assert not [e for e in entities if "the country" in e.aliases and e.name != "Bolivia"]


def test_a_bare_head_word_is_the_organization_its_name_ends_in(finder: EntityFinder) -> None:
    text = (
        "The Asian Development Bank approved a loan for a dam in Nepal on Monday. "
        "Critics said the bank had ignored the villages the reservoir would flood."
    )
    reference = reference_at(text, "bank", finder)
    assert names(reference) == ["Asian Development Bank"]
    assert reference is not None
    assert reference.reason == "description: the name whose head it repeats"


def test_a_description_is_linked_by_the_coreference_stage_not_the_entity_stage(
    finder: EntityFinder,
) -> None:
    """The entity stage names, it does not resolve; after the coreference stage the
    description is a mention of its entity."""
    text = (
        "Chilean Energy Minister Tomas Recabarren opened a solar plant in Atacama on "
        "Friday. The energy minister said two more plants would follow next year."
    )
    (doc,) = parse(load_pipeline(), [text])
    entities = finder.find(doc)
    assert not [e for e in entities if "The energy minister" in e.aliases]
    find_references(doc, entities, quote_marks(text))
    linked = [e.name for e in entities if "The energy minister" in e.aliases]
    assert linked == ["Tomas Recabarren"]


@pytest.mark.parametrize(
    "text",
    [
        "The Bolivian National Police said the smuggler Jorge Vaca was killed in a "
        "firefight with police near Oruro on Friday.",
        "Officers of the Kenya Police Service arrested two men in Mombasa. A court later "
        "freed them, and police said they would appeal.",
    ],
)
def test_bare_police_is_the_police_force_the_article_names(text: str, finder: EntityFinder) -> None:
    reference = reference_at(text, "police", finder)
    assert reference is not None
    assert names(reference) == [
        "Bolivian National Police" if "Bolivian" in text else "Kenya Police Service"
    ]
    assert reference.reason == "description: the state's police forces"


def test_they_after_two_people_joined_as_subject_is_both(finder: EntityFinder) -> None:
    text = (
        "Rafael Ortiz and Jorge Salas were charged with fraud in Miami on Monday. "
        "If found guilty, they could spend decades in jail."
    )
    reference = reference_at(text, "they", finder)
    assert sorted(names(reference)) == ["Jorge Salas", "Rafael Ortiz"]
    assert reference is not None
    assert reference.reason == "pronoun: the people joined as the last subject before it"


def test_they_after_two_states_joined_as_subject_is_both(finder: EntityFinder) -> None:
    text = "Kenya and Uganda signed the water accord in Kampala. They said it would last."
    assert sorted(names(reference_at(text, "They", finder))) == ["Kenya", "Uganda"]


def test_they_after_a_later_single_subject_is_that_subject(finder: EntityFinder) -> None:
    text = (
        "Rafael Ortiz and Jorge Salas met the Kenyan trade minister in Nairobi. "
        "The Kenya Revenue Authority said they had paid the duties."
    )
    assert names(reference_at(text, "they", finder)) == ["Kenya Revenue Authority"]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        (
            "Ecuador recalled its ambassador from Colombia on Friday. "
            "Within hours the latter expelled two Ecuadorean diplomats.",
            "latter",
            "Colombia",
        ),
        (
            "Namibia signed a fishing accord with Angola last week. "
            "The former has since accused trawlers of ignoring it.",
            "former",
            "Namibia",
        ),
        (
            "Prime Minister Elena Varga met President Tomas Brandt in Vienna on Monday. "
            "The latter later criticised the European Commission.",
            "latter",
            "Tomas Brandt",
        ),
    ],
)
def test_the_former_and_the_latter_pick_one_of_the_last_pair(
    text: str, word: str, expected: str, finder: EntityFinder
) -> None:
    # "Vienna" comes after the two people but forms no pair of its kind
    reference = reference_at(text, word, finder)
    assert names(reference) == [expected]
    assert reference is not None and reference.reason.endswith("of the last two named")


def test_the_latter_after_a_single_actor_is_no_one(finder: EntityFinder) -> None:
    text = "Bolivia raised fuel prices on Monday. The latter move angered truckers."
    assert names(reference_at(text, "latter", finder)) == []


EPITHET_EXAMPLES = epithets().examples


@pytest.mark.parametrize(
    "example", EPITHET_EXAMPLES, ids=[f"{e.epithet} → {e.state}" for e in EPITHET_EXAMPLES]
)
def test_every_epithet_example_of_the_data_file(
    example: EpithetExample, finder: EntityFinder
) -> None:
    """Each feature of data/epithets.yaml resolves its own example sentences."""
    head = re.split(r"[ -]", example.epithet)[-1]  # "the city-state": "state"
    start = example.text.index(example.epithet) + len(example.epithet) - len(head)
    found, _ = references(example.text, finder)
    reference = found.at(start)
    expected = [example.state] if example.state else []
    assert names(reference) == expected, reference
    if example.state:
        assert reference is not None and reference.kind == "description"


def test_an_epithet_is_never_its_own_clauses_subject(finder: EntityFinder) -> None:
    # Chile is an Andean state too, but it is the one doing the courting
    text = (
        "Peru hosted a summit of Pacific traders on Monday. Chile has offered to build "
        "a port for the Andean nation."
    )
    reference = reference_at(text, "nation", finder)
    assert names(reference) == ["Peru"]
    assert reference is not None and "andean" in reference.reason


def test_an_epithet_skips_a_nearer_state_that_does_not_fit(finder: EntityFinder) -> None:
    text = (
        "Kazakhstan agreed to sell uranium to France on Tuesday. Paris will build a "
        "laboratory in the landlocked nation next year."
    )
    assert names(reference_at(text, "nation", finder)) == ["Kazakhstan"]


def test_a_state_named_paragraphs_before_is_out_of_reach(finder: EntityFinder) -> None:
    text = (
        "Lesotho held elections in May. Observers praised the vote. Turnout was high. "
        "The count took a week. Britain said on Friday it would fund schools in the "
        "mountain kingdom."
    )
    assert names(reference_at(text, "kingdom", finder)) == []


def test_the_kingdom_of_a_name_is_no_epithet(finder: EntityFinder) -> None:
    text = "Qatar sent aid to Morocco on Monday. Envoys of the Kingdom of Bhutan also arrived."
    reference = reference_at(text, "Kingdom", finder)
    assert reference is None or "named nearby" not in reference.reason
    assert "Morocco" not in names(reference)


def test_features_add_up(finder: EntityFinder) -> None:
    # Norway is oil-rich but no Gulf state; Oman is both
    text = (
        "India signed energy deals with Oman and Norway on Wednesday. New Delhi will buy "
        "crude from the oil-rich Gulf state for ten years."
    )
    assert names(reference_at(text, "state", finder)) == ["Oman"]


def test_a_state_named_in_passing_yields_to_the_one_the_sentence_is_about(
    finder: EntityFinder,
) -> None:
    # Britain, named last, is only part of "its independence from Britain"
    text = (
        "Prime Minister Arun Mehra will fly to Fiji on Monday for the anniversary of its "
        "independence from Britain. Mehra hopes to expand naval ties with the island nation."
    )
    assert names(reference_at(text, "nation", finder)) == ["Fiji"]


def test_an_epithet_under_a_reporting_verb_may_be_its_speaker(finder: EntityFinder) -> None:
    text = (
        "Oman and Kuwait held talks on shipping on Sunday. Kuwait said the emirate would "
        "host the next round in March."
    )
    assert names(reference_at(text, "emirate", finder)) == ["Kuwait"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state as its clause's subject is not "the country" of that clause
        (
            "Ecuador held talks with Colombia on Monday. Ecuador later accused the "
            "country of harboring smugglers.",
            "Colombia",
        ),
        # ... but a reporting clause's subject may be ("the country would": Ghana)
        ("Ghana said on Tuesday that the country would repay its bonds in full.", "Ghana"),
        # ... and the place it acts in is its own
        (
            "Jordan hosted Syrian ministers on Sunday. Jordan has deported hundreds of "
            "smugglers out of the country this year.",
            "Jordan",
        ),
    ],
)
def test_the_country_after_a_state_subject(text: str, expected: str, finder: EntityFinder) -> None:
    assert names(reference_at(text, "country", finder)) == [expected]


def test_a_bare_republic_after_a_state_is_not_taken_for_another_state(
    finder: EntityFinder,
) -> None:
    # a breakaway republic is no state the article names
    text = (
        "Moldova protested to Ukraine on Monday. Russia has recognized the republic and "
        "sent it fuel."
    )
    assert names(reference_at(text, "republic", finder)) != ["Moldova"]
    assert names(reference_at(text, "republic", finder)) != ["Ukraine"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya hosted Uganda's president on Monday. Kenya said the nation's economy "
            "grew by five percent.",
            "Kenya",
        ),
        ("Peru signed a deal with Chile. Peru said it would protect the nation's water.", "Peru"),
    ],
)
def test_the_nation_as_a_possessor_or_after_a_pronoun_stays_the_subjects_own(
    text: str, expected: str, finder: EntityFinder
) -> None:
    assert names(reference_at(text, "nation", finder)) == [expected]


def test_a_capital_speaking_for_its_state_is_that_states_mention(finder: EntityFinder) -> None:
    text = (
        "Morocco and Algeria cut air links in 2021. Their land border has been shut for "
        "decades. Rabat hosted Spanish ministers on Sunday. Algiers criticized the kingdom "
        "for the invitation."
    )
    assert names(reference_at(text, "kingdom", finder)) == ["Morocco"]


def test_a_junta_named_as_a_state_s_stands_for_it_however_far_apart(
    finder: EntityFinder,
) -> None:
    text = (
        "France said it would pull its troops out of the Sahel. French officials met in "
        "Paris on Friday. Burkina Faso's junta expelled two French diplomats in May and "
        "hired Russian instructors. France protested. The junta denied any link to Wagner."
    )
    assert names(reference_at(text, "junta", finder, nth=1)) == ["Burkina Faso"]


def test_another_state_s_government_stands_for_the_government_only_nearby(
    finder: EntityFinder,
) -> None:
    text = (
        "Peru declared an emergency in Puno. Chile's government closed a border post on "
        "Monday. The government said the post would reopen. Peru named a new minister. "
        "Peru's police arrested 30 people. Thousands marched in Lima. Peru sent troops. "
        "The government said calm had returned."
    )
    assert names(reference_at(text, "government", finder, nth=1)) == ["Chile"]
    assert names(reference_at(text, "government", finder, nth=2)) == ["Peru"]


def test_two_people_of_one_state_are_not_both_sides(finder: EntityFinder) -> None:
    """ "Brazilian President Ana Souza sent her adviser, Paulo Reis, … and urged both
    sides": the two named are one side, so "both sides" stays unresolved."""
    text = (
        "The talks ended without a deal. Brazilian President Ana Souza sent her adviser, "
        "Paulo Reis, to the border and urged both sides to keep the peace."
    )
    assert names(reference_at(text, "sides", finder)) == []
