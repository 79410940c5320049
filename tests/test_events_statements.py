"""Statements (issue 16): judgements, requests, refusals, threats, concessions and
meetings told in words, each a (type, source, target) the coder must or must not code.

Every sentence was written for this file (invented names and places), each class from
more than one kind of text.
"""

from __future__ import annotations

import pytest

from conftest import Coded, coded
from dossier.entities import EntityFinder

STATEMENTS = [
    # naming someone as a charge: "exposed him as a fraud", "identified her as a spy"
    pytest.param(
        "Historian Carla Pinto exposed Ivan Lanz as a fraud.",
        ("ACCUSE", None, "Ivan Lanz"),
        True,
        id="exposed_as_a_fraud",
    ),
    pytest.param(
        "The Lowy Institute identified Ivan Petrov as a Russian government propagandist.",
        ("ACCUSE", "Lowy Institute", "Ivan Petrov"),
        True,
        id="identified_as_a_propagandist",
    ),
    pytest.param(
        "The Andes Herald portrayed Governor Luis Mora as a puppet of the mining companies.",
        ("ACCUSE", "Andes Herald", "Luis Mora"),
        True,
        id="portrayed_as_a_puppet",
    ),
    # naming an identity is no charge
    pytest.param(
        "Police identified Maria Ortiz as the owner of the car.",
        ("ACCUSE", None, "Maria Ortiz"),
        False,
        id="identified_as_an_owner_is_no_charge",
    ),
    # a blame word of judgements.yaml as the complement of a verb of naming
    pytest.param(
        "The Spirits Council called the Chilean tariff misguided.",
        ("ACCUSE", "Spirits Council", "Chile"),
        True,
        id="called_the_tariff_misguided",
    ),
    pytest.param(
        "Senator Luis Paz called the Bolivian inquiry a witch hunt.",
        ("ACCUSE", "Luis Paz", "Bolivia"),
        True,
        id="called_the_inquiry_a_witch_hunt",
    ),
    pytest.param(  # the phrase is a judgement, not a hunt
        "Senator Luis Paz called the Bolivian inquiry a witch hunt.",
        ("THREATEN", "Luis Paz", "Bolivia"),
        False,
        id="a_witch_hunt_threatens_no_one",
    ),
    # a blame phrase on what an actor owns, in reported words
    pytest.param(
        "Amnesty International said Peru's case against Ana Rios was politically motivated.",
        ("ACCUSE", "Amnesty International", "Peru"),
        True,
        id="the_case_is_politically_motivated",
    ),
    pytest.param(
        "The Kenyan opposition leader Raila Omondi said Uganda's new land law was a power grab.",
        ("ACCUSE", "Raila Omondi", "Uganda"),
        True,
        id="the_law_is_a_power_grab",
    ),
    # a verdict on the state of a place is aimed at its government
    pytest.param(
        "“What we are seeing is a total breakdown of the rule of law in Peru,” said lawyer "
        "Marta Gomez.",
        ("ACCUSE", "Marta Gomez", "Peru"),
        True,
        id="a_breakdown_of_the_rule_of_law_in_a_country",
    ),
    pytest.param(
        "“The repression in Chad has reached new levels,” said activist Paul Mbaye.",
        ("ACCUSE", "Paul Mbaye", "Chad"),
        True,
        id="the_repression_in_a_country",
    ),
    pytest.param(  # a place that is only where the speaker stands is judged by nothing
        "“The weather in Chad has been dry for months,” said farmer Paul Mbaye.",
        ("ACCUSE", "Paul Mbaye", "Chad"),
        False,
        id="no_verdict_on_the_weather",
    ),
    # a verdict on what one suffers is aimed at whoever did it, never at the sufferer
    pytest.param(
        "Bolivian police arrested Luis Vidal in March. “Vidal's detention is arbitrary and "
        "cruel,” said his lawyer Marta Gomez.",
        ("ACCUSE", "Marta Gomez", "Bolivia"),
        True,
        id="a_detention_judged_blames_the_detainer",
    ),
    pytest.param(
        "Bolivian police arrested Luis Vidal in March. “Vidal's detention is arbitrary and "
        "cruel,” said his lawyer Marta Gomez.",
        ("ACCUSE", "Marta Gomez", "Luis Vidal"),
        False,
        id="a_detention_judged_does_not_blame_the_detainee",
    ),
    # a critic named is accusing what the of-phrase names or owns
    pytest.param(
        "Police detained Maria Gonzalez, an outspoken critic of the Peruvian government, in Lima.",
        ("ACCUSE", "Maria Gonzalez", "Peru"),
        True,
        id="an_appositive_critic_accuses",
    ),
    pytest.param(
        "Critics of the Ugandan police say the raids were illegal.",
        ("ACCUSE", None, "Uganda"),
        True,
        id="unnamed_critics_accuse",
    ),
    pytest.param(
        "The Andes Herald published an editorial critical of Peru's new mining law.",
        ("ACCUSE", "Andes Herald", "Peru"),
        True,
        id="a_work_critical_of_a_party_accuses_it",
    ),
    pytest.param(
        "Carlos Mendoza had been posting short videos critical of the Bolivian government's "
        "handling of the floods.",
        ("ACCUSE", "Carlos Mendoza", "Bolivia"),
        True,
        id="videos_critical_of_a_handling_accuse_its_owner",
    ),
    pytest.param(  # the feeling keeps its own reading
        "Peru is critical of Chile's position.",
        ("ACCUSE", "Peru", "Chile"),
        True,
        id="being_critical_is_still_a_feeling",
    ),
    # an unnamed group led by a named person acts as that person
    pytest.param(
        "A group of lawmakers led by Senator Carlos Mendoza urged the Bolivian government to "
        "free the activists.",
        ("REQUEST", "Carlos Mendoza", "Bolivia"),
        True,
        id="lawmakers_led_by_a_senator",
    ),
    # a willingness expressed is an offer to whom its clause names
    pytest.param(
        "Mongolia expressed its readiness to buy more wheat from Kazakhstan.",
        ("AGREE", "Mongolia", "Kazakhstan"),
        True,
        id="readiness_to_buy_is_an_offer",
    ),
    # threats received come from whom the from-phrase names
    pytest.param(
        "The Kenyan journalist Paul Otieno received death threats from the Mungiki gang.",
        ("THREATEN", "Mungiki", "Paul Otieno"),
        True,
        id="threats_received_from_a_gang",
    ),
    # turning to someone for help asks them (trigger lines "look for", "turn for" help)
    pytest.param(
        "Moldova is looking to Brussels for support.",
        ("REQUEST", "Moldova", "Belgium"),
        True,
        id="looking_to_a_capital_for_support",
    ),
    pytest.param(
        "Serbia turned to China for vaccines.",
        ("REQUEST", "Serbia", "China"),
        True,
        id="turned_to_a_state_for_vaccines",
    ),
    pytest.param(  # a search is no request
        "Kenyan police are looking for weapons near the Somali border.",
        ("REQUEST", None, None),
        False,
        id="looking_for_weapons_is_a_search",
    ),
    # a refusal that names nothing refused answers the offer or request told before it
    pytest.param(
        "Iranian officials offered to pay the activist's relatives to lure her to Turkey. "
        "The relatives refused.",
        ("REJECT", None, "Iran"),
        True,
        id="the_relatives_refused_the_offer",
    ),
    pytest.param(
        "Kenya asked Somalia to hand over the suspects. Mogadishu declined.",
        ("REJECT", "Somalia", "Kenya"),
        True,
        id="a_capital_declined_the_request",
    ),
    pytest.param(  # a refusal naming what it refuses keeps its own target
        "Kenya asked Somalia to hand over the suspects. Ethiopia refused to send troops to "
        "Somalia.",
        ("REJECT", "Ethiopia", "Kenya"),
        False,
        id="a_refusal_with_its_own_content_answers_no_request",
    ),
    # dismissing a charge rejects whoever the article told made it
    pytest.param(
        "Bolivian prosecutors accused Carlos Mendoza of fraud on Monday. Mendoza said the "
        "charges were baseless.",
        ("REJECT", "Carlos Mendoza", "Bolivia"),
        True,
        id="the_charges_were_baseless_rejects_the_accuser",
    ),
    pytest.param(  # a charge no one in the article made is rejected at no one
        "Senator Luis Paz said the rumours about the Bolivian army were baseless.",
        ("REJECT", "Luis Paz", "Bolivia"),
        False,
        id="no_accuser_told_no_target",
    ),
    # a request for what a party would suffer is made to whoever holds it
    pytest.param(
        "Nigerian soldiers seized the reporter Musa Bello in Kano. The Committee to Protect "
        "Journalists demanded Musa Bello's immediate release.",
        ("REQUEST", "Committee to Protect Journalists", "Nigeria"),
        True,
        id="asking_for_a_release_asks_the_captor",
    ),
    pytest.param(
        "Nigerian soldiers seized the reporter Musa Bello in Kano. The Committee to Protect "
        "Journalists demanded Musa Bello's immediate release.",
        ("REQUEST", None, "Musa Bello"),
        False,
        id="asking_for_a_release_does_not_ask_the_captive",
    ),
    pytest.param(  # the same rule for the noun "calls" (rewrites.yaml, stage [verb, noun])
        "Police in Laos detained the blogger Somchai Vong on Friday. Amnesty International "
        "renewed its calls for Somchai Vong's release.",
        ("REQUEST", "Amnesty International", "Laos"),
        True,
        id="calls_for_a_release_ask_the_captor",
    ),
    pytest.param(  # "freedom" as "release"
        "Belarusian guards detained the opposition leader Anna Petrova in 2021. The European "
        "Parliament called for the freedom of Anna Petrova.",
        ("REQUEST", "European Parliament", "Belarus"),
        True,
        id="asking_for_someones_freedom_asks_the_captor",
    ),
    pytest.param(
        "Belarusian guards detained the opposition leader Anna Petrova in 2021. The European "
        "Parliament called for the freedom of Anna Petrova.",
        ("REQUEST", None, "Anna Petrova"),
        False,
        id="asking_for_someones_freedom_does_not_ask_her",
    ),
    pytest.param(  # the same rule for a speaker's words
        "Hong Kong police arrested the publisher Jimmy Lai in 2020. His trial has dragged on "
        "for years. The United States calls for Lai's immediate release, the State "
        "Department said.",
        ("REQUEST", "State Department", "Jimmy Lai"),
        False,
        id="a_speakers_call_for_a_release_does_not_ask_the_captive",
    ),
    pytest.param(
        "Hong Kong police arrested the publisher Jimmy Lai in 2020. His trial has dragged on "
        "for years. The United States calls for Lai's immediate release, the State "
        "Department said.",
        ("REQUEST", "State Department", "Hong Kong"),
        True,
        id="a_speakers_call_for_a_release_asks_the_captor",
    ),
    # a request for an end to what is between two parties is made to both
    pytest.param(
        "Pope Leo urged an end to the border dispute between Guyana and Venezuela.",
        ("REQUEST", None, "Guyana"),
        True,
        id="an_end_to_a_dispute_asks_one_side",
    ),
    pytest.param(
        "Pope Leo urged an end to the border dispute between Guyana and Venezuela.",
        ("REQUEST", None, "Venezuela"),
        True,
        id="an_end_to_a_dispute_asks_the_other_side",
    ),
    # refusing to give in is a refusal (REJECT yield); giving in is a concession
    pytest.param(
        "The Nicaraguan president said his country would never bow to pressure from Costa Rica.",
        ("REJECT", None, "Costa Rica"),
        True,
        id="never_bowing_to_pressure_rejects_its_source",
    ),
    pytest.param(
        '"We are not going to back down," said Senator Elena Duarte of Paraguay.',
        ("REJECT", "Elena Duarte", None),
        True,
        id="not_going_to_back_down_is_a_refusal",
    ),
    pytest.param(
        "The Tongan cabinet did not cave to the demands of Fiji.",
        ("CONCEDE", None, "Fiji"),
        False,
        id="not_caving_in_is_no_concession",
    ),
    pytest.param(
        "After a week of strikes, the Zambian government caved to the miners' demands.",
        ("CONCEDE", "Zambia", None),
        True,
        id="caving_is_a_concession",
    ),
    pytest.param(  # a stance, like "critical of"
        "Over the past year Vietnam has grown more supportive of Laos.",
        ("SUPPORT", "Vietnam", "Laos"),
        True,
        id="supportive_of_is_support",
    ),
    # an invitation is an agreement to meet (PLOVER), not a request
    pytest.param(
        "Chilean President Gabriel Boric invited Argentine President Javier Milei to visit "
        "Santiago.",
        ("AGREE", "Gabriel Boric", "Javier Milei"),
        True,
        id="an_invitation_to_visit_is_an_agreement",
    ),
    pytest.param(
        "King Tupou of Tonga extended an invitation to Japanese Prime Minister Fumio Kishida.",
        ("AGREE", "Tonga", "Fumio Kishida"),
        True,
        id="extending_an_invitation_is_an_agreement",
    ),
    pytest.param(
        "The Kenyan government invited the Red Cross to distribute aid in the north.",
        ("REQUEST", None, "Red Cross"),
        False,
        id="an_invitation_is_no_request",
    ),
    # a warning addressed to a party threatens it, whatever the warned-of clause names
    pytest.param(
        "Venezuela warned Guyana not to drill in the disputed waters.",
        ("THREATEN", "Venezuela", "Guyana"),
        True,
        id="warning_a_party_not_to_act_threatens_it",
    ),
    pytest.param(
        "President Samuel Kibet warned Somalia that Kenya would close the border.",
        ("THREATEN", "Samuel Kibet", "Somalia"),
        True,
        id="a_warning_threatens_its_addressee",
    ),
    pytest.param(
        "President Samuel Kibet warned Somalia that Kenya would close the border.",
        ("THREATEN", "Samuel Kibet", "Kenya"),
        False,
        id="a_warning_does_not_threaten_the_speakers_country",
    ),
    pytest.param(  # no addressee and no harm: a forecast
        "The Ugandan health minister warned that vaccine supplies would not last the month.",
        ("THREATEN", None, None),
        False,
        id="a_forecast_is_no_threat",
    ),
    # "called for X to do Y": X is asked; what is asked for is not coded as done
    pytest.param(
        "Senator Ana Ruiz called for Chile to withdraw its troops from the border.",
        ("REQUEST", "Ana Ruiz", "Chile"),
        True,
        id="calling_for_a_party_to_act_asks_it",
    ),
    pytest.param(
        "The Red Cross appealed for Ethiopia to let aid convoys into the north.",
        ("REQUEST", "Red Cross", "Ethiopia"),
        True,
        id="appealing_for_a_party_to_act_asks_it",
    ),
    pytest.param(
        "The Nigerien junta has called for France to impose sanctions on Mali.",
        ("SANCTION", "France", "Mali"),
        False,
        id="the_act_called_for_has_not_happened",
    ),
    # a negated condemnation negates the condemning, not the deed condemned
    pytest.param(
        "Fiji did not condemn Vanuatu's arrest of the activists.",
        ("COERCE", "Vanuatu", None),
        True,
        id="the_arrest_not_condemned_stands",
    ),
    pytest.param(
        "Fiji did not condemn Vanuatu's arrest of the activists.",
        ("ACCUSE", "Fiji", None),
        False,
        id="a_condemnation_not_made_is_not_coded",
    ),
    # a threat stands without its maker, not one made by a thing
    pytest.param(
        "The Guatemalan judge Erick Garcia said he had been threatened by unnamed men.",
        ("THREATEN", None, "Erick Garcia"),
        True,
        id="a_threat_by_unnamed_men_stands",
    ),
    pytest.param(
        "Threats against the Bolivian journalist Ana Rios have increased this year.",
        ("THREATEN", None, "Ana Rios"),
        True,
        id="threats_against_a_named_person_stand",
    ),
    pytest.param(
        "Rising food prices could threaten the Peruvian government.",
        ("THREATEN", None, "Peru"),
        False,
        id="a_thing_threatens_no_one",
    ),
    # press boilerplate is no refusal and no request
    pytest.param(
        "The Peruvian embassy did not immediately respond to a request for comment from the "
        "Andes Herald.",
        ("REQUEST", None, "Peru"),
        False,
        id="a_request_for_comment_is_no_request",
    ),
    pytest.param(
        "The Andean Wine Council urged the end to a tariff fight between Chile and Peru.",
        ("REQUEST", "Andean Wine Council", "Peru"),
        True,
        id="a_call_to_end_a_fight_is_asked_of_both_sides_with_its_to_phrase_on_the_verb",
    ),
    pytest.param(
        "The Andean Wine Council called for an end to the tariff fight over wine between Chile "
        "and the European Union.",
        ("REQUEST", "Andean Wine Council", "European Union"),
        True,
        id="a_fight_over_a_topic_between_two_sides_is_asked_of_both",
    ),
    pytest.param(
        "Kenya's interior ministry declined to comment on the report.",
        ("REJECT", None, None),
        False,
        id="declining_to_comment_is_no_refusal",
    ),
    # what a threat holds out has not happened: only the threat is coded
    pytest.param(
        "Colombian truckers threatened a blockade of the highways to Ecuador.",
        ("COERCE", None, "Ecuador"),
        False,
        id="a_threatened_blockade_is_not_a_blockade",
    ),
    pytest.param(
        "Colombian truckers threatened a blockade of the highways to Ecuador.",
        ("THREATEN", "Colombia", "Ecuador"),
        True,
        id="a_threatened_blockade_is_a_threat",
    ),
    pytest.param(
        "Serbia threatened a boycott of the talks with Kosovo.",
        ("PROTEST", None, "Kosovo"),
        False,
        id="a_threatened_boycott_is_not_a_boycott",
    ),
]


@pytest.mark.parametrize(("text", "event", "coded_here"), STATEMENTS)
def test_a_statement_codes_or_does_not_code_an_event(
    finder: EntityFinder, text: str, event: Coded, coded_here: bool
) -> None:
    found = coded(text, finder)
    kind, source, target = event
    match = any(
        c[0] == kind and (source is None or c[1] == source) and c[2] == target for c in found
    )
    assert match is coded_here, f"coded {sorted(found, key=str)}"


def test_a_rule_of_both_stages_is_run_for_verbs_and_nouns() -> None:
    """One rule, one place: the release rule reads "called for" and "calls for"."""
    from dossier.events.rules import rewrite_rules

    rules = rewrite_rules()
    name = "asking for an act a party would suffer asks whoever does it"
    assert name in {r.name for r in rules.stage("verb")}
    assert name in {r.name for r in rules.stage("noun")}


def test_an_unknown_stage_is_refused() -> None:
    from dossier.errors import DataError
    from dossier.events.rules import read_rewrites
    from dossier.events.triggers import event_lexicon

    rules = {"rules": [{"name": "odd", "stage": ["verb", "clause"], "then": {"type": "REJECT"}}]}
    with pytest.raises(DataError, match="stage"):
        read_rewrites(rules, event_lexicon())


def test_praise_is_not_aimed_at_the_one_its_clause_says_gives_it(finder: EntityFinder) -> None:
    """ "said … that the bloc stood in solidarity with the people of Georgia": the bloc
    (the European Union, named before) gives the support, Georgia receives it."""
    text = (
        "European Union ministers said on Monday they would not recognize the count. "
        'Council President Anton Varga said the vote had been "neither free nor fair" '
        "and that the bloc stood in solidarity with the people of Georgia."
    )
    found = coded(text, finder)
    assert not {e for e in found if e[0] == "SUPPORT" and e[2] == "European Union"}
    assert {e for e in found if e[0] == "SUPPORT" and e[2] == "Georgia"}
