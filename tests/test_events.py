"""Events: PLOVER types from triggers on the parse, actors resolved to entities.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.dates import find_dates
from dossier.entities import EntityFinder
from dossier.events import find_events
from dossier.events.triggers import event_lexicon
from dossier.models import Event
from dossier.nlp import load_pipeline, parse
from dossier.quotes import find_quotes


def events_of(text: str, finder: EntityFinder, published: str | None = "2021-09-09") -> list[Event]:
    (doc,) = parse(load_pipeline(), [text])
    entities = finder.find(doc)
    dates = find_dates(doc, published)
    quotes, _ = find_quotes(doc, entities, dates)
    return find_events(doc, entities, dates, quotes)


def coded(events: list[Event]) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source, e.target) for e in events if not e.negated}


def test_every_plover_type_has_triggers_quad_and_score() -> None:
    lexicon = event_lexicon()
    types = {t.type for triggers in lexicon.verbs.values() for t in triggers}
    types |= {t.type for triggers in lexicon.nouns.values() for t in triggers}
    assert len(types) == 16
    assert set(lexicon.types) == types
    assert lexicon.types["ASSAULT"].score < 0 < lexicon.types["AID"].score
    assert {lexicon.types[t].quad for t in types} == {1, 2, 3, 4}


def test_a_seizure_with_its_date_and_the_city_as_target(finder: EntityFinder) -> None:
    events = events_of("The Taliban captured Kunduz on Sunday after a week of fighting.", finder)
    (event,) = [e for e in events if e.type == "COERCE"]
    assert (event.source, event.target, event.mode) == ("Taliban", "Kunduz", "seize")
    assert event.date == "2021-09-05" and event.date_precision == "day"
    assert event.quad == 4 and event.score is not None and event.score < 0


def test_a_year_naming_a_treaty_or_deal_does_not_date_the_act(finder: EntityFinder) -> None:
    """ "a 1987 treaty", "the 2015 deal": which treaty or deal, not when the act was."""
    text = (
        "Chile condemned the raid and pledged to defend Peru under a 1987 mutual defence "
        "treaty. Bolivia withdrew from the 2016 water deal on Monday."
    )
    events = events_of(text, finder)
    dated = {e.trigger: e.date for e in events}
    assert dated["condemned"] is None and dated["pledged"] is None, dated
    assert dated["withdrew"] == "2021-09-06", dated
    invasion = events_of("Peru condemned the March 2020 invasion of Ecuador.", finder)
    assert {e.date for e in invasion if e.trigger == "invasion"} == {"2020-03"}, invasion
    deadline = events_of("The last Chilean troops left Haiti by the August 31 deadline.", finder)
    assert {e.date for e in deadline if e.trigger == "left"} == {"2021-08-31"}, deadline


def test_coordinated_actors_give_one_event_per_pair(finder: EntityFinder) -> None:
    text = "Antony Blinken met the foreign ministers of Pakistan, China, Russia and France in Rome."
    consulted = {e.target for e in events_of(text, finder) if e.type == "CONSULT"}
    assert consulted == {"Pakistan", "China", "Russia", "France"}


def test_the_agent_of_a_passive_is_the_source(finder: EntityFinder) -> None:
    events = events_of("Two Afghan journalists were detained by the Taliban in Kabul.", finder)
    assert ("COERCE", "Taliban", None) in coded(events) or any(
        e.type == "COERCE" and e.source == "Taliban" for e in events
    )


def test_a_refusal_is_reject_not_the_refused_action(finder: EntityFinder) -> None:
    events = events_of("Pakistan refused to recognise the Taliban government.", finder)
    assert ("REJECT", "Pakistan", "Taliban") in coded(events)
    assert not any(e.type == "SUPPORT" for e in events)


def test_not_inclined_to_support_is_a_rejection(finder: EntityFinder) -> None:
    text = (
        "The NRF asked for weapons, but the United States said it was not inclined to support it."
    )
    assert any(e.type == "REJECT" and e.source == "United States" for e in events_of(text, finder))


def test_a_negated_attack_is_flagged_negated(finder: EntityFinder) -> None:
    events = events_of("Russian forces did not attack Kyiv on Tuesday.", finder)
    attacks = [e for e in events if e.type == "ASSAULT"]
    assert attacks and all(e.negated for e in attacks)


def test_modality_hypothetical_intended_claimed(finder: EntityFinder) -> None:
    would = events_of("India would supply helicopters to Afghanistan if the talks failed.", finder)
    assert any(e.type == "AID" and e.modality == "hypothetical" for e in would)
    plans = events_of("Pakistan plans to deploy troops to the border with Afghanistan.", finder)
    assert any(e.type == "MOBILIZE" and e.modality == "intended" for e in plans)
    claims = events_of("The Taliban claimed to have captured Panjshir on Monday.", finder)
    assert any(e.type == "COERCE" and e.modality == "claimed" for e in claims)


def test_reported_speech_codes_the_content_and_links_the_quote(finder: EntityFinder) -> None:
    text = (
        "Kaja Kallas said the European Union hopes that Iran will allow "
        "inspectors to visit the reactor."
    )
    events = events_of(text, finder)
    request = next(e for e in events if e.type == "REQUEST")
    assert (request.source, request.target) == ("European Union", "Iran")
    assert request.quote is not None


def test_a_capital_named_as_an_actor_is_its_country(finder: EntityFinder) -> None:
    events = events_of("Washington imposed sanctions on three Taliban leaders.", finder)
    assert any(e.type == "SANCTION" and e.source == "United States" for e in events)


def test_every_event_keeps_its_evidence(finder: EntityFinder) -> None:
    text = "On Monday the European Union froze the assets of two Russian banks in Brussels."
    for event in events_of(text, finder):
        start, end = event.span
        assert text[start:end] == event.text
        assert text[event.trigger_span[0] : event.trigger_span[1]] == event.trigger
        assert event.sentence[0] <= start < end <= event.sentence[1]
        assert 0 < event.confidence <= 1


def test_a_trigger_with_no_actor_is_not_an_event(finder: EntityFinder) -> None:
    assert events_of("Fighting continued through the night.", finder) == []


def test_a_300_word_sentence_does_not_crash(finder: EntityFinder) -> None:
    clause = "and the Taliban attacked checkpoints near Kunduz while officials in Kabul met envoys "
    sentence = "On Tuesday " + clause * 24 + "before dawn."
    assert len(sentence.split()) >= 300
    events = events_of(sentence, finder)
    assert any(e.type == "ASSAULT" and e.source == "Taliban" for e in events)


def test_fifty_coordinated_actors(finder: EntityFinder) -> None:
    countries = [
        "Albania",
        "Austria",
        "Belgium",
        "Bulgaria",
        "Canada",
        "Croatia",
        "Cyprus",
        "Denmark",
        "Estonia",
        "Finland",
        "France",
        "Germany",
        "Greece",
        "Hungary",
        "Iceland",
        "Ireland",
        "Italy",
        "Japan",
        "Latvia",
        "Lithuania",
        "Luxembourg",
        "Malta",
        "Mexico",
        "Norway",
        "Poland",
        "Portugal",
        "Romania",
        "Slovakia",
        "Slovenia",
        "Spain",
        "Sweden",
        "Turkey",
        "Ukraine",
        "Australia",
        "Brazil",
        "Chile",
        "Colombia",
        "Egypt",
        "Ghana",
        "India",
        "Indonesia",
        "Jordan",
        "Kenya",
        "Morocco",
        "Nigeria",
        "Oman",
        "Peru",
        "Qatar",
        "Senegal",
        "Tunisia",
    ]
    text = "The United Nations thanked " + ", ".join(countries[:-1]) + " and " + countries[-1] + "."
    events = events_of(text, finder)
    assert len({e.target for e in events if e.type == "SUPPORT"}) >= 40


def test_contradictory_negation_does_not_crash(finder: EntityFinder) -> None:
    events = events_of("The rebels did not fail to attack the convoy near Herat.", finder)
    assert all(isinstance(e, Event) for e in events)


def test_the_of_phrase_of_an_agentive_noun_is_the_source(finder: EntityFinder) -> None:
    events = events_of("The onslaught of the Taliban against Kunduz lasted a week.", finder)
    assert any(e.type == "ASSAULT" and e.source == "Taliban" for e in events)


def test_ingested_events_are_listed_with_their_evidence(tmp_path: Path) -> None:
    import dossier

    article = tmp_path / "raid.txt"
    article.write_text(
        "date 2021-09-20 The Taliban captured Kunduz on Sunday. Pakistan urged the Taliban "
        "to reopen the border crossing at Torkham.",
        "utf-8",
    )
    with dossier.open(tmp_path / "kb.db") as kb:
        kb.ingest([article])
        captured = kb.events(actor="Taliban", type="coerce")
        assert [(e.source, e.target, e.date) for e in captured] == [
            ("Taliban", "Kunduz", "2021-09-19")
        ]
        assert captured[0].sentence == "The Taliban captured Kunduz on Sunday."
        assert [e.type for e in kb.events(source="Pakistan")] == ["REQUEST"]
        assert kb.events(until="2021-08") == []


# --- actors named by descriptions, nationality words and bare forces -------------------


def test_a_description_as_possessor_resolves(finder: EntityFinder) -> None:
    text = "The Taliban advanced on Herat. Later the group's fighters stormed Herat airport."
    assert any(e.type == "COERCE" and e.source == "Taliban" for e in events_of(text, finder))


def test_the_government_is_the_main_country_s(finder: EntityFinder) -> None:
    text = (
        "Ethiopia's army pushed north from Addis Ababa. "
        "The government accused the Tigray People's Liberation Front of shelling a market."
    )
    events = events_of(text, finder)
    assert ("ACCUSE", "Ethiopia", "Tigray People's Liberation Front") in coded(events)
    # "accused X of shelling": X is the one who shelled
    assert any(
        e.type == "ASSAULT" and e.source == "Tigray People's Liberation Front" for e in events
    )


def test_a_nationality_the_countries_file_lacks_gives_its_country(finder: EntityFinder) -> None:
    events = events_of("Rwandan troops crossed the border and attacked Kigoma.", finder)
    assert any(e.type == "ASSAULT" and e.source == "Rwanda" for e in events)


def test_bare_police_belong_to_the_country_of_the_place(finder: EntityFinder) -> None:
    text = "Thousands marched in Moscow on Sunday. Police detained more than 200 of them."
    assert any(e.type == "COERCE" and e.source == "Russia" for e in events_of(text, finder))


def test_withdrawing_ones_own_troops_does_not_target_oneself(finder: EntityFinder) -> None:
    events = events_of("Turkey withdrew Turkish troops from Syria on Friday.", finder)
    assert ("RETREAT", "Turkey", "Syria") in coded(events)
    assert not any(e.target == "Turkey" for e in events)


def test_they_of_a_generic_reporter_is_not_a_named_actor(finder: EntityFinder) -> None:
    text = "China criticised the coup. Doctors in Yangon said they would stop work in protest."
    assert not any(e.source == "China" and e.type == "PROTEST" for e in events_of(text, finder))


# --- threats, promises, condemnations -------------------------------------------------


def test_a_threat_to_act_is_threaten_not_the_act(finder: EntityFinder) -> None:
    events = events_of(
        "Myanmar's army threatened to ban the National League for Democracy.", finder
    )
    assert any(e.type == "THREATEN" and e.target == "National League for Democracy" for e in events)
    assert not any(e.type == "COERCE" for e in events)


def test_a_threat_from_nobody_named_is_not_coded(finder: EntityFinder) -> None:
    """A threat, a visit or aid needs a known source; an attack by unnamed men does not."""
    events = events_of("Someone threatened to ban the National League for Democracy.", finder)
    assert not any(e.type == "THREATEN" for e in events)
    attacked = events_of(
        "Gunmen attacked the offices of the National League for Democracy.", finder
    )
    assert any(e.type == "ASSAULT" and e.source is None for e in attacked)


def test_an_announced_attack_is_a_threat_to_the_one_its_condition_names(
    finder: EntityFinder,
) -> None:
    events = events_of("Iran said it would shell Iraqi towns unless Iraq withdrew.", finder)
    threat = next(e for e in events if e.type == "THREATEN")
    assert (threat.source, threat.target, threat.mode) == ("Iran", "Iraq", "violence")
    assert not any(e.type == "ASSAULT" for e in events)


def test_a_pledge_to_act_is_agree_and_a_pledge_to_free_a_concession(
    finder: EntityFinder,
) -> None:
    events = events_of("India pledged to hold talks with the Taliban.", finder)
    assert ("AGREE", "India", "Taliban") in coded(events)
    events = events_of("The Taliban pledged to free two Indian engineers.", finder)
    assert [(e.type, e.source, e.target, e.modality) for e in events] == [
        ("CONCEDE", "Taliban", "India", "intended")
    ]  # PLOVER: a release done is a RETREAT; one announced for later is a CONCEDE


# A commitment to a cooperative act (agreed, pledged, vowed, offered) is AGREE from the
# one committing to the act's target; the act itself has not happened.  Written for
# these tests.
COMMITMENTS = [
    pytest.param(
        "The Bolivian president agreed to meet Paraguayan leaders in Asuncion next month.",
        [("AGREE", "Bolivia", "Paraguay")],
        id="agreeing_to_meet_is_agree_not_a_meeting",
    ),
    pytest.param(
        "Cambodia agreed to cooperate with Laos on dam safety.",
        [("AGREE", "Cambodia", "Laos")],
        id="agreeing_to_cooperate_is_agree_not_cooperation",
    ),
    pytest.param(
        "Ghana and Togo agreed to hold talks on the fishing dispute.",
        [("AGREE", "Ghana", "Togo"), ("AGREE", "Togo", "Ghana")],
        id="two_parties_agreeing_to_talk_agree_with_each_other_and_hold_no_talks",
    ),
    pytest.param(
        "Malaysia vowed to help Brunei rebuild the flooded port.",
        [("AGREE", "Malaysia", "Brunei")],
        id="vowing_to_help_is_a_promise_to_the_one_helped_not_a_threat",
    ),
    pytest.param(
        "The Gambian president Musa Ceesay agreed to step down after the vote.",
        [("AGREE", "Musa Ceesay", None)],
        id="a_retreat_agreed_to_is_the_agreement",
    ),
    pytest.param(
        "Peru agreed to cede two border villages to Ecuador.",
        [("AGREE", "Peru", "Ecuador")],
        id="a_concession_agreed_to_is_the_agreement",
    ),
    pytest.param(
        "Chile and Peru agreed to send aid to Haiti.",
        [("AGREE", "Chile", "Haiti"), ("AGREE", "Peru", "Haiti")],
        id="two_parties_agreeing_to_give_aid_agree_towards_the_receiver",
    ),
    pytest.param(
        "Peru has not agreed to hold talks with Chile.",
        [],
        id="talks_not_agreed_to_are_neither_agreed_nor_held",
    ),
    pytest.param(
        "Brazil agreed to impose sanctions on Venezuela.",
        [("SANCTION", "Brazil", "Venezuela")],
        id="a_hostile_act_agreed_to_stays_the_act",
    ),
    pytest.param(
        "Al-Shabaab vowed to attack Kenya.",
        [("THREATEN", "Al-Shabaab", "Kenya")],
        id="vowing_to_attack_is_a_threat",
    ),
    pytest.param(
        "Lithuanian officials allege that Belarus is helping the smugglers.",
        [("ACCUSE", "Lithuania", "Belarus")],
        id="alleged_help_is_an_accusation_not_a_promise",
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMMITMENTS)
def test_a_commitment_to_a_cooperative_act_is_agree_and_the_act_is_not_coded(
    text: str, expected: list[tuple[str, str | None, str | None]], finder: EntityFinder
) -> None:
    assert sorted(coded(events_of(text, finder))) == sorted(expected)


def test_a_visit_due_is_announced_like_a_visit_expected(finder: EntityFinder) -> None:
    due = events_of("The Ugandan foreign minister is due to travel to Rwanda on Friday.", finder)
    expected = events_of("The Ugandan foreign minister is expected to visit Rwanda.", finder)
    assert [(e.type, e.source, e.target) for e in due] == [("AGREE", "Uganda", "Rwanda")]
    assert [(e.type, e.source, e.target) for e in expected] == [("AGREE", "Uganda", "Rwanda")]


@pytest.mark.parametrize(
    "text",
    [
        "The Ugandan foreign minister was due to travel to Rwanda on Friday.",
        "The Chilean trade minister was scheduled to meet Peruvian officials in Lima.",
        "The Malian president was supposed to visit Niger on Monday.",
    ],
)
def test_a_visit_only_scheduled_in_the_past_is_not_told_as_done(
    text: str, finder: EntityFinder
) -> None:
    (visit,) = [e for e in events_of(text, finder) if e.type == "CONSULT"]
    assert visit.modality == "intended"


COMMITTED_TO: list[tuple[str, tuple[str, str, str | None]]] = [
    (
        "Cambodia is committed to opening its rice market to Vietnamese traders.",
        ("AGREE", "Cambodia", "Vietnam"),
    ),
    (
        "Uruguay remains committed to sending army engineers to Lebanon.",
        ("AGREE", "Uruguay", "Lebanon"),
    ),
    (
        "Rwanda committed on Tuesday to deploying 800 police officers.",
        ("AGREE", "Rwanda", None),
    ),
    ("Ghana is committed to the fishing accord with Togo.", ("AGREE", "Ghana", "Togo")),
    (
        "The Fijian premier said Fiji was committed to withdrawing its soldiers from Vanuatu.",
        ("AGREE", "Fiji", "Vanuatu"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMMITTED_TO)
def test_committed_to_a_gerund_or_a_deal_is_agree_and_the_act_is_not_coded(
    text: str, expected: tuple[str, str, str | None], finder: EntityFinder
) -> None:
    assert coded(events_of(text, finder)) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Rwanda committed 800 police officers to the mission last year.",
        "Nigeria is committed to fighting Boko Haram in the northeast.",
        "Rights groups documented abuses committed by the army in Darfur.",
        "Ghana is committed to democracy.",
    ],
)
def test_committing_troops_a_hostile_act_or_an_ideal_is_no_agreement(
    text: str, finder: EntityFinder
) -> None:
    assert not [e for e in events_of(text, finder) if e.type == "AGREE"]


# --- places as targets ----------------------------------------------------------------


def test_a_measure_lifted_in_a_place_targets_it(finder: EntityFinder) -> None:
    assert ("CONCEDE", "Taliban", "Kunduz") in coded(
        events_of("The Taliban lifted the curfew in Kunduz.", finder)
    )


def test_arriving_in_a_city_is_a_visit_to_it_but_meeting_there_is_not(
    finder: EntityFinder,
) -> None:
    assert any(
        e.type == "CONSULT" and e.target == "Amman"
        for e in events_of("The Iraqi president arrived in Amman on Wednesday.", finder)
    )
    signed = events_of("Washington and the Taliban signed an accord in the Qatari capital.", finder)
    assert ("AGREE", "United States", "Taliban") in coded(signed)
    assert not any(e.target == "Qatar" for e in signed)


def test_readiness_to_cooperate_is_agree(finder: EntityFinder) -> None:
    events = events_of("Norway is willing to send aid to Sudan.", finder)
    assert ("AGREE", "Norway", "Sudan") in coded(events)
    assert not any(e.type == "AID" for e in events)


def test_an_agentless_killing_in_clashes_names_the_other_side(finder: EntityFinder) -> None:
    text = (
        "Two commanders of the National Resistance Front were killed during clashes "
        "with the Taliban."
    )
    assert any(
        e.type == "ASSAULT" and e.source == "Taliban" and e.target is not None
        for e in events_of(text, finder)
    )


def test_both_refers_to_the_pair_just_named(finder: EntityFinder) -> None:
    text = (
        "China and Russia engaged with the Taliban. "
        "Both countries stopped short of recognising the Taliban regime."
    )
    events = events_of(text, finder)
    assert {("REJECT", "China", "Taliban"), ("REJECT", "Russia", "Taliban")} <= coded(events)
    assert not any(e.type == "SUPPORT" for e in events)


def test_readiness_for_an_uncoded_act_is_agree_and_its_denial_reject(
    finder: EntityFinder,
) -> None:
    ready = events_of("France is ready to contribute troops to a peace force in Liberia.", finder)
    assert ("AGREE", "France", "Liberia") in coded(ready)
    unwilling = events_of("Chad is not willing to reopen the border with Sudan.", finder)
    assert ("REJECT", "Chad", "Sudan") in coded(unwilling)


def test_a_judging_quote_accuses_every_actor_named_together_not_a_place(
    finder: EntityFinder,
) -> None:
    both = events_of("Sergei Lavrov said the United States and NATO had failed in Kabul.", finder)
    assert {("ACCUSE", "Sergei Lavrov", "United States"), ("ACCUSE", "Sergei Lavrov", "NATO")} <= (
        coded(both)
    )
    placed = events_of("Sergei Lavrov said that in Syria the United States had failed.", finder)
    assert ("ACCUSE", "Sergei Lavrov", "United States") in coded(placed)
    assert not any(e.target == "Syria" for e in placed)


def test_announcing_a_ceasefire_will_not_be_extended_is_a_rejection(
    finder: EntityFinder,
) -> None:
    text = "The TTP said it would not extend its ceasefire with Pakistan."
    events = events_of(text, finder)
    assert any(e.type == "REJECT" and e.target == "Pakistan" for e in events)
    assert not any(e.type == "RETREAT" and not e.negated for e in events)
    signed = events_of("Russia and Ukraine did not sign an accord in Minsk.", finder)
    assert all(e.negated for e in signed if e.type == "AGREE")


def test_not_failing_to_attack_is_an_attack(finder: EntityFinder) -> None:
    events = events_of("The Taliban did not fail to attack the convoy near Herat.", finder)
    attacks = [e for e in events if e.type == "ASSAULT" and e.source == "Taliban"]
    assert attacks and not any(e.negated for e in attacks)


# --- what the parse gets wrong, and what the text leaves implicit -------------------


def test_a_subject_the_parse_hangs_on_the_phrase_before_still_acts(finder: EntityFinder) -> None:
    # spaCy makes "Peru" a conjunct of "Summits" and leaves "moved" without a subject.
    text = (
        "While Chile has stayed out of the quarrel over the border for a decade of Andean "
        "Summits, Peru and Bolivia have also moved to talk with the Taliban. However, both "
        "powers have stopped short of recognising the Taliban government."
    )
    found = coded(events_of(text, finder))
    assert {("CONSULT", "Peru", "Taliban"), ("CONSULT", "Bolivia", "Taliban")} <= found
    assert {("REJECT", "Peru", "Taliban"), ("REJECT", "Bolivia", "Taliban")} <= found


def test_a_co_subject_the_parse_detaches_is_still_a_victim(finder: EntityFinder) -> None:
    text = (
        "In June the rebel alliance lost heavily when its spokesman Karim Naseri and "
        "General Dawood Rahimi were killed in the fighting with the Taliban."
    )
    events = events_of(text, finder)
    assert {
        ("ASSAULT", "Taliban", "Karim Naseri"),
        ("ASSAULT", "Taliban", "Dawood Rahimi"),
    } <= coded(events)
    # the fighting is where they were killed, not a second attack by nobody
    assert not any(e.source is None for e in events)


def test_a_partner_hung_on_the_object_is_the_target(finder: EntityFinder) -> None:
    text = (
        "Foreign Minister Ali Sabry has discussed the crisis with his Indian counterpart, "
        "Subrahmanyam Jaishankar."
    )
    assert ("CONSULT", "Ali Sabry", "Subrahmanyam Jaishankar") in coded(events_of(text, finder))
    threat = events_of("President Macron has threatened further steps against Algeria.", finder)
    assert ("THREATEN", "Macron", "Algeria") in coded(threat)


def test_help_a_speaker_only_imagines_is_a_request(finder: EntityFinder) -> None:
    events = events_of('"If Japan would support us, we could win," Ali Sabry said.', finder)
    (request,) = [e for e in events if e.type == "REQUEST"]
    assert (request.source, request.target, request.mode) == ("Ali Sabry", "Japan", "assist")
    assert request.modality == "asserted"
    assert not any(e.type == "SUPPORT" for e in events)


def test_a_question_put_in_an_interview_is_no_request(finder: EntityFinder) -> None:
    text = (
        "In an interview on Monday, Foreign Minister Ali Sabry was asked as to whether his "
        "country would recognise the junta."
    )
    assert not any(e.type == "REQUEST" for e in events_of(text, finder))
    assert ("REQUEST", "Sri Lanka", "India") in coded(
        events_of("Sri Lanka asked India for military assistance.", finder)
    )


def test_an_inverted_should_opens_a_condition_not_a_demand(finder: EntityFinder) -> None:
    text = (
        '"Should we not reach a deal with the rebels, we would seek Japan\'s help," Ali Sabry said.'
    )
    events = events_of(text, finder)
    assert [(e.source, e.target) for e in events if e.type == "REQUEST"] == [("Ali Sabry", "Japan")]


def test_a_statesman_is_not_acting_on_his_own_country(finder: EntityFinder) -> None:
    text = (
        "President Joe Biden warned that the United States would review the sanctions "
        "against Myanmar."
    )
    targets = {e.target for e in events_of(text, finder) if e.type == "THREATEN"}
    assert targets == {"Myanmar"}


def test_a_particle_and_an_object_are_both_required(finder: EntityFinder) -> None:
    # "call off talks" is a SANCTION; "call for talks" is a REQUEST
    assert ("SANCTION", "Turkey", "Greece") in coded(
        events_of("Turkey called off the talks with Greece.", finder)
    )
    called = events_of("Turkey has called for talks with the Kurds.", finder)
    assert [e.type for e in called] == ["REQUEST"]


def test_one_event_for_a_trigger_inside_another_of_its_type(finder: EntityFinder) -> None:
    text = "The Taliban issued edicts such as ordering girls to not travel to school alone."
    assert [e.type for e in events_of(text, finder)] == ["COERCE"]


def test_training_a_country_s_forces_is_aid_to_it(finder: EntityFinder) -> None:
    text = (
        "Kenya hopes for Japanese help. Japan has also trained thousands of Kenyan police officers."
    )
    assert {("REQUEST", "Kenya", "Japan"), ("AID", "Japan", "Kenya")} <= coded(
        events_of(text, finder)
    )


def test_where_people_fled_to_is_not_what_they_fled(finder: EntityFinder) -> None:
    text = (
        "Thousands of Syrian soldiers have continued to flee from Syria across the border "
        "to Turkey and Jordan."
    )
    fled = [e for e in events_of(text, finder) if e.type == "RETREAT"]
    assert fled and not {e.target for e in fled} & {"Turkey", "Jordan"}


def test_a_claim_of_responsibility_names_the_attacker(finder: EntityFinder) -> None:
    text = (
        "A suicide bomber struck a crowd of Kenyan soldiers in Mogadishu on Thursday. "
        "Al-Shabaab claimed responsibility for the attack. Kenya condemned the bombing."
    )
    events = events_of(text, finder)
    (claim,) = [e for e in events if e.type == "ASSAULT" and e.source == "Al-Shabaab"]
    assert claim.target == "Kenya" and claim.modality == "claimed"
    assert ("ACCUSE", "Kenya", "Al-Shabaab") in coded(events)


def test_a_pronoun_subject_in_reported_speech_is_the_earlier_subject(
    finder: EntityFinder,
) -> None:
    text = (
        "Even as France withdrew its forces from Mali, they will remain engaged in Mali, "
        "said Jean-Yves Le Drian, the French foreign minister."
    )
    assert {("RETREAT", "France", "Mali"), ("COOPERATE", "France", "Mali")} <= coded(
        events_of(text, finder)
    )


def test_a_concern_stated_about_another_party_is_accuse(finder: EntityFinder) -> None:
    text = (
        "The US State Department said it was concerned by the records of some appointees "
        "of the Taliban."
    )
    assert ("ACCUSE", "US State Department", "Taliban") in coded(events_of(text, finder))
    # what worries someone is not accusing them
    assert not coded(events_of("The Taliban's decision worried Washington.", finder))


def test_victims_of_a_deed_keep_its_doer_in_the_next_sentence(finder: EntityFinder) -> None:
    text = (
        "Two reporters, Ali Rahimi and Omid Karimi, were detained by the Taliban while covering "
        "a rally on Monday. The pair were held for several hours and whipped with cables "
        "before being released."
    )
    found = coded(events_of(text, finder))
    assert {("ASSAULT", "Taliban", "Ali Rahimi"), ("ASSAULT", "Taliban", "Omid Karimi")} <= found
    assert {("COERCE", "Taliban", "Ali Rahimi"), ("COERCE", "Taliban", "Omid Karimi")} <= found


def test_an_offensive_in_a_place_is_an_assault_on_it(finder: EntityFinder) -> None:
    text = (
        "Amrullah Saleh accused Pakistan of guiding the Taliban's offensive in the Panjshir valley."
    )
    found = coded(events_of(text, finder))
    assert {("ACCUSE", "Amrullah Saleh", "Pakistan"), ("ASSAULT", "Taliban", "Panjshir")} <= found


def test_a_stance_on_someones_act_is_directed_at_its_doer(finder: EntityFinder) -> None:
    opposed = events_of("Russia opposes the sanctions imposed by the European Union.", finder)
    assert ("REJECT", "Russia", "European Union") in coded(opposed)
    passive = events_of("Kenya is opposed to French mediation in the dispute.", finder)
    assert ("REJECT", "Kenya", "France") in coded(passive)


def test_an_organization_s_titled_officer_is_the_person_holding_the_role(
    finder: EntityFinder,
) -> None:
    text = (
        "Ayman al-Zawahiri, the leader of al-Qaeda, was killed in Kabul. The Taliban had "
        "been hosting and sheltering the al-Qaeda chief in the capital."
    )
    assert ("AID", "Taliban", "Ayman al-Zawahiri") in coded(events_of(text, finder))
    spoke = (
        "Zabihullah Mujahid, the Taliban spokesman, spoke on Sunday. The Taliban spokesman "
        "accused Pakistan of meddling."
    )
    assert ("ACCUSE", "Zabihullah Mujahid", "Pakistan") in coded(events_of(spoke, finder))


def test_a_ministry_does_not_act_on_its_own_country(finder: EntityFinder) -> None:
    text = "The US State Department urged the United States and Pakistan to keep talking."
    found = coded(events_of(text, finder))
    assert ("REQUEST", "US State Department", "Pakistan") in found
    assert ("REQUEST", "US State Department", "United States") not in found


def test_a_subject_stranded_before_a_phrase_set_off_by_commas(finder: EntityFinder) -> None:
    # spaCy hangs "K Osman" on "Libya" and leaves "spoke" without a subject
    text = (
        "Underlining the importance of dialogue in Libya, Interior Minister K Osman, at a "
        "joint briefing with Borrell, spoke against the militias."
    )
    assert [(e.type, e.source) for e in events_of(text, finder)] == [("ACCUSE", "K Osman")]


def test_what_a_quantity_measures_is_the_object(finder: EntityFinder) -> None:
    text = "Danish doctors handed over 300 kg of food to the Red Cross in Goma, Congo."
    assert ("AID", "Danish doctors", "Red Cross") in coded(events_of(text, finder))
    fired = events_of("Vietnamese forces launched rocket fire against Cambodian camps.", finder)
    assert ("ASSAULT", "Vietnam", "Cambodia") in coded(fired)


def test_the_recipient_the_parse_calls_a_dative(finder: EntityFinder) -> None:
    text = "He added that Moscow plans to send a consignment of food and medicine to Syria."
    (aid,) = [e for e in events_of(text, finder) if e.type == "AID"]
    assert (aid.source, aid.target, aid.modality) == ("Russia", "Syria", "intended")


def test_a_leader_s_administration_is_his_country(finder: EntityFinder) -> None:
    frozen = events_of(
        "The Biden administration has frozen Afghan assets held in New York.", finder
    )
    assert ("SANCTION", "United States", "Afghanistan") in coded(frozen)


def test_a_president_s_warning_about_his_own_country_is_not_aimed_at_it(
    finder: EntityFinder,
) -> None:
    text = "President Joe Biden warned that the United States would review its sanctions."
    assert not any(e.target == "United States" for e in events_of(text, finder))


def test_a_kind_of_act_named_as_a_subject_is_no_event(finder: EntityFinder) -> None:
    text = '"Taking over a country by force is not the path," Blinken said.'
    assert not any(e.type == "COERCE" for e in events_of(text, finder))


def test_what_is_asked_for_is_not_itself_coded(finder: EntityFinder) -> None:
    text = '"We are not seeking Japan\'s assistance with sending troops to Kenya," Ali Sabry said.'
    assert not any(e.type == "MOBILIZE" for e in events_of(text, finder))


def test_the_fight_against_terrorism_threatens_no_one(finder: EntityFinder) -> None:
    text = (
        '"Europe and its partners do not only share the fight against piracy with us," Ortiz wrote.'
    )
    assert not any(e.type == "THREATEN" for e in events_of(text, finder))


def test_a_news_outlet_is_not_who_they_are(finder: EntityFinder) -> None:
    text = (
        "Dozens of soldiers were executed as they tried to surrender, according to a video "
        "obtained by CNN."
    )
    assert not any(e.source == "CNN" for e in events_of(text, finder))


def test_they_in_an_adverbial_clause_are_the_clause_s_subjects(finder: EntityFinder) -> None:
    text = (
        "The Taliban took Kunduz on Sunday. At least 22 commandos were executed by the "
        "Taliban as they tried to surrender, according to a video obtained by CNN."
    )
    assert not any(e.type == "RETREAT" and e.source == "Taliban" for e in events_of(text, finder))


def test_investigations_suits_and_welcomes(finder: EntityFinder) -> None:
    probe = events_of(
        "Judge Ana Rivera opened fraud investigations against Chile's defence minister.", finder
    )
    assert any(
        e.type == "ACCUSE" and e.mode == "investigate" and e.source == "Ana Rivera" for e in probe
    )
    suit = events_of("A Kenyan farmer is suing Germany for damages to his orchard.", finder)
    assert ("ACCUSE", "Kenyan farmer", "Germany") in coded(suit)
    welcome = events_of(
        "President Gabriel Boric gave a warm welcome on Monday to Ghanaian leader John Mahama.",
        finder,
    )
    assert ("CONSULT", "Gabriel Boric", "John Mahama") in coded(welcome)


def test_unnamed_places_taken_in_a_named_one(finder: EntityFinder) -> None:
    text = (
        "The Taliban claimed to have recaptured three districts in neighbouring Baghlan province."
    )
    (taken,) = [e for e in events_of(text, finder) if e.type == "COERCE"]
    assert (taken.source, taken.target, taken.modality) == ("Taliban", "Baghlan", "claimed")


def test_troops_moved_in_the_passive_are_their_side_s_move(finder: EntityFinder) -> None:
    withdrawn = events_of("Kenyan troops were withdrawn from Somalia.", finder)
    assert ("RETREAT", "Kenya", "Somalia") in coded(withdrawn)


def test_no_plans_and_no_rush_to_recognise_are_refusals(finder: EntityFinder) -> None:
    plans = events_of("Germany has no plans to recognise the junta in Myanmar.", finder)
    assert ("REJECT", "Germany", "Myanmar") in coded(plans)
    rush = events_of(
        "On Monday, Foreign Minister Ana Ruiz said there was no hurry to recognise "
        "a Taliban cabinet.",
        finder,
    )
    assert ("REJECT", "Ana Ruiz", "Taliban") in coded(rush)
    # someone else's plan is not the critic's stance
    criticised = events_of("Kenya criticised the plan to recognise the junta.", finder)
    assert not any(e.type in ("SUPPORT", "REJECT") for e in criticised)


def test_demonstrators_blocking_roads_protest_police_restrict(finder: EntityFinder) -> None:
    workers = events_of(
        "Angry Belgian dock workers blocked the Antwerp ring road for two hours.", finder
    )
    assert [(e.type, e.mode) for e in workers] == [("PROTEST", "obstruct")]
    police = events_of("Kenyan police blocked roads into Nairobi on Monday.", finder)
    assert [(e.type, e.mode) for e in police] == [("COERCE", "restrict")]


def test_a_place_s_background_is_not_an_event(finder: EntityFinder) -> None:
    text = (
        "About 200 Kurdish students rallied on Friday in Turkey, where 12 people were "
        "killed in street clashes last May."
    )
    assert [e.type for e in events_of(text, finder)] == ["PROTEST"]


def test_a_sworn_fight_is_a_threat_not_a_fight(finder: EntityFinder) -> None:
    events = events_of("Albanian rebels have sworn to fight the Macedonian army.", finder)
    assert [e.type for e in events] == ["THREATEN"]


def test_agreeing_to_a_ceasefire_is_agree_between_the_parties(finder: EntityFinder) -> None:
    text = "Armenia and Azerbaijan agreed to a ceasefire after three days of heavy shelling."
    found = coded(events_of(text, finder))
    assert ("AGREE", "Armenia", "Azerbaijan") in found
    assert not any(kind == "RETREAT" for kind, _, _ in found)


def test_an_attack_noun_as_subject_is_told_once_with_its_victims(finder: EntityFinder) -> None:
    text = "Israeli airstrikes killed at least 20 people in Gaza on Tuesday, health officials said."
    assert [(e.type, e.source, e.target) for e in events_of(text, finder)] == [
        ("ASSAULT", "Israel", "Gaza")
    ]


def test_rockets_fired_at_a_city_are_an_attack_on_it(finder: EntityFinder) -> None:
    fired = events_of("Hamas fired dozens of rockets at Tel Aviv overnight.", finder)
    assert ("ASSAULT", "Hamas", "Tel Aviv") in coded(fired)


def test_a_denial_of_a_charge_rejects_the_accuser(finder: EntityFinder) -> None:
    text = (
        "Kenya's foreign minister accused Somalia of harbouring the gunmen, a charge that "
        "Mogadishu denies. Somalia also rejected a proposal for joint patrols."
    )
    events = events_of(text, finder)
    assert ("REJECT", "Somalia", "Kenya") in coded(events)
    proposal = [e for e in events if e.type == "REJECT" and e.trigger == "rejected"]
    assert [e.target for e in proposal] == [None]  # no charge there: no accuser


def test_forces_massed_at_a_border_are_aimed_across_it(finder: EntityFinder) -> None:
    text = (
        "Armenia moved artillery to its border with Azerbaijan on Friday. "
        "Belarus had gathered thousands of troops near Lithuania's frontier."
    )
    assert {("MOBILIZE", "Armenia", "Azerbaijan"), ("MOBILIZE", "Belarus", "Lithuania")} <= coded(
        events_of(text, finder)
    )


def test_talks_on_a_country_are_not_talks_with_it(finder: EntityFinder) -> None:
    text = "Iran hosted a Taliban delegation in Tehran for talks on the future of Afghanistan."
    assert coded(events_of(text, finder)) == {("CONSULT", "Iran", "Taliban")}


def test_a_host_of_talks_mediates_between_the_sides(finder: EntityFinder) -> None:
    text = (
        "Sudan's army and the Rapid Support Forces agreed to a week-long truce on Saturday. "
        "The deal came after days of talks hosted by Saudi Arabia in Jeddah. "
        "Norway hosted talks between Colombia and Venezuela in Oslo."
    )
    events = events_of(text, finder)
    mediated = {(e.source, e.target) for e in events if e.mode == "third-party"}
    assert ("Saudi Arabia", "Rapid Support Forces") in mediated
    assert {("Norway", "Colombia"), ("Norway", "Venezuela")} <= mediated
    assert all(e.modality == "asserted" for e in events if e.mode == "third-party")


def test_detained_reporters_named_after_their_paper(finder: EntityFinder) -> None:
    text = (
        "Two reporters from the Kabul daily Pajhwok, Ahmad Shah Erfanyar and Mohammad Nazir, "
        "were detained by the Taliban while covering a rally on Tuesday."
    )
    events = events_of(text, finder)
    detained = {e.target for e in events if e.type == "COERCE"}
    assert detained == {"Ahmad Shah Erfanyar", "Mohammad Nazir"}


def test_troops_of_a_relative_clause_and_federal_troops_have_owners(finder: EntityFinder) -> None:
    text = (
        "Mali and Niger signed a security pact on Monday. Russia, whose soldiers fought "
        "alongside government troops in Mali last year, was not a party to it."
    )
    assert ("COOPERATE", "Russia", "Mali") in coded(events_of(text, finder))
    bare = "Soldiers fought alongside rebels near the border."  # whose soldiers: unknown
    assert not [e for e in events_of(bare, finder) if e.type == "COOPERATE"]


def test_a_warning_of_hardship_is_no_threat(finder: EntityFinder) -> None:
    text = (
        "Ahmad Massoud asked France for fuel, warning that his supplies would not "
        "last the winter. Iran warned that any country joining the blockade would face "
        "consequences."
    )
    events = events_of(text, finder)
    assert {e.source for e in events if e.type in ("THREATEN", "REJECT")} == {"Iran"}


def test_the_possessor_of_an_arrest_is_the_one_arrested(finder: EntityFinder) -> None:
    text = "Police in Islamabad confirmed Imran Khan's arrest on Tuesday."
    arrests = [e for e in events_of(text, finder) if e.type == "COERCE"]
    assert [e.target for e in arrests] == ["Imran Khan"]


def test_power_seized_is_seized_in_the_seizers_own_country(finder: EntityFinder) -> None:
    text = (
        "Sudan's army took power on Monday. Aid groups have struggled since the Taliban takeover."
    )
    assert {("COERCE", "Afghanistan")} <= {(e.type, e.target) for e in events_of(text, finder)}


def test_a_leader_taking_over_his_own_group_coerces_no_one(finder: EntityFinder) -> None:
    text = "Hamas leader Yahya Sinwar took over Hamas after the death of Ismail Haniyeh."
    assert not [e for e in events_of(text, finder) if e.type == "COERCE"]


def test_a_noun_event_carried_by_a_plain_verb_has_its_subject_as_actor(
    finder: EntityFinder,
) -> None:
    text = "Turkey mounted an incursion into Syria on Sunday. Egypt staged an invasion of Libya."
    events = coded(events_of(text, finder))
    assert ("ASSAULT", "Egypt", "Libya") in events


def test_a_pair_acting_on_their_ties_act_on_each_other(finder: EntityFinder) -> None:
    text = "Chile and Bolivia restored their diplomatic ties after decades."
    assert {("SUPPORT", "Chile", "Bolivia"), ("SUPPORT", "Bolivia", "Chile")} <= coded(
        events_of(text, finder)
    )


def test_a_protest_is_aimed_where_its_purpose_points(finder: EntityFinder) -> None:
    text = (
        "Thousands of Armenians rallied in Yerevan to demand the resignation of Nikol "
        "Pashinyan. Students in Minsk went on hunger strike to protest against Alexander "
        "Lukashenko."
    )
    events = events_of(text, finder)
    protests = {e.target for e in events if e.type == "PROTEST"}
    assert {"Nikol Pashinyan", "Alexander Lukashenko"} <= protests
    assert not [e for e in events if e.type == "REQUEST"]  # the purpose is the protest's


def test_failing_to_agree_is_a_rejection_and_failing_to_act_no_act(
    finder: EntityFinder,
) -> None:
    text = (
        "Serbia and Kosovo failed to reach agreement on Monday. "
        "Mali failed to release the detained soldiers."
    )
    events = events_of(text, finder)
    assert ("REJECT", "Serbia", "Kosovo") in coded(events)
    assert all(e.negated for e in events if e.type == "CONCEDE")


def test_flag_burning_summoned_envoys_and_cut_supplies(finder: EntityFinder) -> None:
    text = (
        "Protesters burned a French flag in Niamey. Algeria summoned Spain's ambassador "
        "on Friday. Russia cut gas supplies to Moldova."
    )
    events = coded(events_of(text, finder))
    assert {
        ("PROTEST", None, "France"),
        ("ACCUSE", "Algeria", "Spain"),
        ("SANCTION", "Russia", "Moldova"),
    } <= events


def test_a_resolution_speaks_for_the_body_that_adopted_it(finder: EntityFinder) -> None:
    text = (
        "The African Union on Friday adopted a resolution demanding that Sudanese airspace "
        "not be used to attack civilians, and calling on Uganda to close its border."
    )
    requests = {(e.source, e.target) for e in events_of(text, finder) if e.type == "REQUEST"}
    assert ("African Union", "Uganda") in requests
    assert {source for source, _ in requests} == {"African Union"}  # "demanding …" too
    assert len(requests) == 2


def test_orders_and_requests_inside_one_government_are_no_events(finder: EntityFinder) -> None:
    text = (
        "President Joe Biden said he had asked the Pentagon for options. "
        "The Taliban said its fighters had been ordered not to enter private homes."
    )
    assert coded(events_of(text, finder)) == set()


def test_frozen_assets_belong_to_the_target(finder: EntityFinder) -> None:
    text = (
        "The European Union has frozen 300 billion euros in assets belonging to Russia's "
        "central bank. The World Bank paused disbursements to Sudan."
    )
    events = coded(events_of(text, finder))
    assert {("SANCTION", "European Union", "Russia"), ("SANCTION", "World Bank", "Sudan")} <= events


def test_missile_strikes_are_no_walkout(finder: EntityFinder) -> None:
    text = (
        "Ukraine braced for war. The Russian invasion began before dawn on Thursday with "
        "missile strikes on cities across the country, including Odesa."
    )
    assert not [e for e in events_of(text, finder) if e.type == "PROTEST"]


def test_leaving_by_a_deadline_is_leaving(finder: EntityFinder) -> None:
    text = (
        "Mali is in turmoil. French troops will leave Mali this year. The evacuation will "
        "go on until French troops left by the August 15 deadline, Mali said."
    )
    retreats = [e for e in events_of(text, finder) if e.type == "RETREAT"]
    assert len(retreats) == 2 and {e.source for e in retreats} == {"France"}


def test_an_ambassador_brought_home_is_the_senders_own(finder: EntityFinder) -> None:
    text = (
        "Kenya is angry. Kenya has brought home its ambassador in Mogadishu, Said Ali, Kenya said."
    )
    (retreat,) = [e for e in events_of(text, finder) if e.type == "RETREAT"]
    assert retreat.source == "Kenya" and retreat.target != "Said Ali"


def test_a_headline_the_body_repeats_is_one_event(finder: EntityFinder) -> None:
    text = (
        "Sudan army seizes power in Khartoum\n\n"
        "Sudan's army seized power in Khartoum on Monday, the state broadcaster said."
    )
    seized = [e for e in events_of(text, finder) if e.type == "COERCE"]
    assert len(seized) == 1 and seized[0].span[0] > text.index("\n")


def test_an_army_seizing_power_coerces_its_own_country(finder: EntityFinder) -> None:
    text = "Myanmar's military took power on Monday. Myanmar was under army rule before."
    assert [e.target for e in events_of(text, finder) if e.type == "COERCE"] == ["Myanmar"]


def test_a_warning_to_any_country_names_no_target(finder: EntityFinder) -> None:
    text = (
        "Belarus let Russian units cross its territory. Putin warned that any country "
        "trying to interfere would face consequences unlike anything in its history."
    )
    threats = [e for e in events_of(text, finder) if e.type == "THREATEN"]
    assert [(e.source, e.target) for e in threats] == [("Putin", None)]


def test_wanted_by_an_agency_is_pursuit_told_once(finder: EntityFinder) -> None:
    text = (
        "Joaquin Guzman is wanted by the FBI, which has offered a reward for information "
        "leading to his arrest."
    )
    assert [(e.type, e.source, e.target) for e in events_of(text, finder)] == [
        ("COERCE", "FBI", "Joaquin Guzman")
    ]


def test_foreign_troops_leave_the_country_the_story_is_set_in(finder: EntityFinder) -> None:
    text = (
        "France said on Monday that French troops would stay in the Sahel. French officials "
        "in Paris told France's parliament that the last French troops left by the August "
        "15 deadline. The French mission in Mali had lasted nine years, France said."
    )
    retreats = [e for e in events_of(text, finder) if e.type == "RETREAT"]
    assert [(e.source, e.target) for e in retreats] == [("France", "Mali")]


def test_idioms_of_force_verbs_are_no_events(finder: EntityFinder) -> None:
    text = (
        "The government in Kabul struck a more guarded note. The Taliban struck Kunduz. "
        "Israel and Hamas struck a deal on Sunday."
    )
    events = coded(events_of(text, finder))
    assert ("ASSAULT", "Taliban", "Kunduz") in events and ("AGREE", "Israel", "Hamas") in events
    assert not [e for e in events if e[0] == "ASSAULT" and e[1] != "Taliban"]


def test_them_accused_by_an_envoy_is_the_group_named_before_not_his_side(
    finder: EntityFinder,
) -> None:
    text = (
        "The draft, written by Germany, Italy and Spain, passed on Monday. Russia and China "
        "abstained. Russia's envoy, Vassily Nebenzia, said Moscow had abstained. He accused "
        "them of rushing the draft through."
    )
    accused = {e.target for e in events_of(text, finder) if e.type == "ACCUSE"}
    assert accused == {"Germany", "Italy", "Spain"}


def test_a_name_before_a_possessive_is_whom_the_noun_names(finder: EntityFinder) -> None:
    text = "Greece demanded that its European Union partners refuse to recognise the junta."
    assert coded(events_of(text, finder)) == {("REQUEST", "Greece", "European Union")}


def test_saying_another_party_must_act_is_a_request_of_it(finder: EntityFinder) -> None:
    text = (
        "A senior French minister reiterated that Iran must free the two aid workers it "
        "detained in May. President Joe Biden said the United States should stay out of the war."
    )
    events = coded(events_of(text, finder))
    assert ("REQUEST", "France", "Iran") in events
    assert ("CONCEDE", "Iran", None) not in events  # asked for, not done
    assert ("COERCE", "Iran", None) in events  # the detention the clause tells of did happen
    assert not [e for e in events if e[0] == "REQUEST" and e[2] == "United States"]


def test_jailing_reinforcing_and_suspending_part_of_a_programme(finder: EntityFinder) -> None:
    text = (
        "Egyptian authorities jailed 30 members of the Muslim Brotherhood on Monday. "
        "Russia has strengthened its forces in Crimea. "
        "Germany suspended part of its development aid program for Mali. "
        "Qatar ended its mediation efforts between Hamas and Israel."
    )
    events = coded(events_of(text, finder))
    assert ("COERCE", "Egypt", "Muslim Brotherhood") in events
    assert ("MOBILIZE", "Russia", "Crimea") in events
    assert ("SANCTION", "Germany", "Mali") in events
    assert {("SANCTION", "Qatar", "Hamas"), ("SANCTION", "Qatar", "Israel")} <= events


def test_a_stated_refusal_to_take_refugees_is_an_asserted_reject(finder: EntityFinder) -> None:
    (event,) = events_of("Hungary says it will not take in any more migrants.", finder)
    assert (event.type, event.source, event.negated) == ("REJECT", "Hungary", False)
    assert event.modality == "asserted"


def test_a_formal_complaint_is_an_accusation_not_a_street_protest(finder: EntityFinder) -> None:
    text = (
        "Serbia lodged an official protest with Albania on Friday. "
        "Lebanon complained to the United Nations over two Israeli air raids. "
        "The foreign minister of Nigeria summoned the ambassador of Niger to complain."
    )
    events = coded(events_of(text, finder))
    assert ("ACCUSE", "Serbia", "Albania") in events and ("ACCUSE", "Lebanon", "Israel") in events
    assert not [e for e in events if e[0] == "PROTEST"]
    assert not [e for e in events if e[0] == "ACCUSE" and e[1] == "Niger"]  # he summoned


def test_a_request_for_measures_against_a_party_targets_it(finder: EntityFinder) -> None:
    events = coded(
        events_of("Archbishop Desmond Tutu called for sanctions against Nigeria.", finder)
    )
    assert events == {("REQUEST", "Desmond Tutu", "Nigeria")}  # the sanctions are only asked


def test_a_protest_targets_the_author_of_what_it_opposes(finder: EntityFinder) -> None:
    text = (
        "Thousands of workers went on strike on Monday over a labour bill signed by Labour "
        "Minister Dragan Markovic. Prisoners rioted in Dili, demanding independence from Indonesia."
    )
    events = coded(events_of(text, finder))
    assert ("PROTEST", None, "Dragan Markovic") in events
    assert ("PROTEST", None, "Indonesia") in events


def test_ethnic_kin_are_not_the_state_of_their_nationality(finder: EntityFinder) -> None:
    text = (
        "Police killed three ethnic Albanians near Presevo on Friday. "
        "Afghan forces attacked Taliban positions near Kunduz."
    )
    events = coded(events_of(text, finder))
    assert not [e for e in events if "Albania" in (e[1], e[2])]
    assert ("ASSAULT", "Afghanistan", "Taliban") in events


def test_yielding_to_demands_targets_who_made_them(finder: EntityFinder) -> None:
    text = "President Jose Eduardo dos Santos conceded to demands from UNITA on Monday."
    events = coded(events_of(text, finder))
    assert ("CONCEDE", "Jose Eduardo dos Santos", "UNITA") in events
    assert ("REQUEST", "UNITA", None) in events  # the demands are UNITA's, not aimed at it


def test_a_passives_subject_does_what_its_coordinated_future_says(
    finder: EntityFinder,
) -> None:
    text = "Prime Minister Milo Markovic has been indicted by a Belgrade court and will resign."
    (event,) = [e for e in events_of(text, finder) if e.type == "RETREAT"]
    assert (event.source, event.mode, event.modality) == ("Milo Markovic", "resign", "intended")


def test_sanctions_named_by_their_object_beat_a_refusal_reading(finder: EntityFinder) -> None:
    # visas denied are a REJECT by their own line since cv10 (PLOVER: barring entry is a
    # refusal), never both
    text = (
        "Spain announced a suspension of trade with Belarus. "
        "Canada denied visas to three Iranian ministers on Monday. "
        "Israel will evacuate all its settlements in the Gaza Strip."
    )
    events = coded(events_of(text, finder))
    assert ("REJECT", "Canada", "Iran") in events and ("SANCTION", "Canada", "Iran") not in events
    assert ("SANCTION", "Spain", "Belarus") in events
    assert ("RETREAT", "Israel", "Gaza Strip") in events


SAHEL_STORY = (
    "Mali's military government on Monday ordered the French ambassador to leave the "
    "country within 72 hours. The decision followed remarks by French Foreign Minister "
    "Jean-Yves Le Drian, who called the junta illegitimate. Denmark withdrew its special "
    "forces last week after the junta demanded their departure. Sweden and Norway said they "
    "may pull out of Mali. Mercenaries from the Wagner Group have arrived in central Mali, "
    "and the United States warned that the deployment would destabilise the region. "
    "Jihadist fighters linked to al-Qaeda killed 14 soldiers in an attack on an army post "
    "near the border with Burkina Faso on Saturday."
)


def test_a_sahel_story_keeps_its_actors_apart(finder: EntityFinder) -> None:
    events = coded(events_of(SAHEL_STORY, finder))
    assert ("SANCTION", "Mali", "France") in events  # an expulsion, not the envoy leaving
    assert not [e for e in events if e[0] == "RETREAT" and e[1] == "France"]
    assert not [e for e in events if "Jean-Yves Le Drian" in e[1:] and e[0] != "ACCUSE"]
    assert ("REQUEST", "Mali", "Denmark") in events  # the junta is Mali's, not Wagner
    assert {("RETREAT", "Sweden", "Mali"), ("RETREAT", "Norway", "Mali")} <= events
    assert ("MOBILIZE", "Wagner Group", "Mali") in events  # deployed, not visiting
    assert not [e for e in events if e[0] == "THREATEN"]  # a warning about another's deed
    assert ("ASSAULT", "Al Qaeda", None) in events
    assert not [e for e in events if "Burkina Faso" in e[1:] or "United States" in e[1:]]


def test_fire_exchanged_evidence_shared_and_a_counterpart_called(finder: EntityFinder) -> None:
    text = (
        "Pakistani troops exchanged fire with Taliban border guards on Wednesday. "
        "Pakistan said it had shared evidence with the Taliban administration. "
        "Amir Khan Muttaqi called his Pakistani counterpart on Friday."
    )
    events = events_of(text, finder, published="2023-09-07")
    assert ("ASSAULT", "Pakistan", "Taliban") in coded(events)
    assert ("COOPERATE", "Pakistan", "Taliban") in coded(events)
    (call,) = [e for e in events if e.type == "CONSULT"]
    assert (call.source, call.target, call.mode) == ("Amir Khan Muttaqi", "Pakistan", "phone")
    assert call.date == "2023-09-01"


def test_what_a_party_is_accused_of_is_claimed(finder: EntityFinder) -> None:
    text = (
        "Pakistan lodged a protest, accusing the Taliban of allowing the Tehreek-e-Taliban "
        "Pakistan to shelter in Kunar. The Taliban allowed aid convoys into Kunar on Monday."
    )
    allowed = {e.modality for e in events_of(text, finder) if e.type == "CONCEDE"}
    assert allowed == {"claimed", "asserted"}


def test_denying_ones_own_deed_rejects_the_accuser(finder: EntityFinder) -> None:
    text = (
        "Iran accused Pakistan of helping the Taliban. Islamabad has denied helping the "
        "Taliban. Ahmad Massoud denied that he had fled to Tajikistan."
    )
    events = events_of(text, finder)
    assert ("REJECT", "Pakistan", "Iran") in coded(events)
    assert ("REJECT", "Ahmad Massoud", None) in coded(events)  # not Tajikistan
    assert not [e for e in events if e.type == "RETREAT"]  # the denied flight is not told
    assert [e.modality for e in events if e.type == "AID"] == ["claimed"]  # Iran's charge only


def test_what_one_will_travel_to_do_is_intended(finder: EntityFinder) -> None:
    text = "Antony Blinken will travel to Doha on Tuesday to meet Qatari officials."
    events = events_of(text, finder)
    # the travel itself, told in the future tense, is AGREE (PLOVER; see rewrites.yaml)
    assert {(e.type, e.modality) for e in events} == {
        ("CONSULT", "intended"),
        ("AGREE", "intended"),
    }
    assert ("CONSULT", "Antony Blinken", "Qatar") in coded(events)


def test_a_request_joined_to_what_was_stated_is_the_speakers(finder: EntityFinder) -> None:
    text = (
        "Russia's deputy ambassador, Dmitry Polyansky, told the council that Western countries "
        "bore responsibility for the collapse of the Afghan economy and urged Washington to "
        "unfreeze the reserves."
    )
    events = events_of(text, finder)
    assert [(e.type, e.source, e.target, e.modality) for e in events] == [
        ("REQUEST", "Dmitry Polyansky", "United States", "asserted")
    ]  # not the Afghan economy his quote names first


RELEASE = (
    "KABUL, Afghanistan (March 4, 2011)\n"
    "In Marjah district, Helmand province, a joint Afghan and coalition unit shot "
    "a Taliban commander yesterday. Afghan troops arrested a Taliban organiser in "
    "Laghman province today. Afghan troops killed one militant and detained two more "
    "while searching for a Haqqani Network courier in Tani district, Khost province, "
    "yesterday. Afghan authorities today confirmed the arrest of a Taliban explosives "
    "expert in Nawa district, Helmand province, on Saturday."
)


def test_a_release_dates_and_places_each_act(finder: EntityFinder) -> None:
    events = events_of(RELEASE, finder, published="2011-03-04")
    found = {(e.type, e.target, e.place, e.date) for e in events}
    assert ("ASSAULT", "Taliban", "Marjah", "2011-03-03") in found  # the opening phrase
    assert ("COERCE", "Taliban", "Laghman", "2011-03-04") in found  # where the man was
    detained = [e for e in events if e.trigger == "detained"]  # what the search found,
    assert [(e.place, e.date) for e in detained] == [("Tani", "2011-03-03")]  # and when
    (arrest,) = [e for e in events if e.trigger == "arrest"]
    assert arrest.date == "2011-02-26"  # the arrest's own day, not the confirmation's


@pytest.mark.parametrize(
    ("text", "event"),
    [
        pytest.param(
            "The opposition leader Raila Odinga was accused of hiding public funds by the "
            "Kenyan government.",
            ("ACCUSE", "Kenya", "Raila Odinga"),
            id="a-by-phrase-hung-on-a-gerund-is-the-passives-agent",
        ),
        pytest.param(
            "The Taliban said they had taken full control of the Panjshir valley, the last "
            "pocket of armed resistance in Afghanistan.",
            ("COERCE", "Taliban", "Panjshir"),
            id="a-valleys-description-does-not-rename-it",
        ),
        pytest.param(
            "Ecuador has given political asylum to three Beninese navy officers.",
            ("AID", "Ecuador", "Benin"),
            id="nationality-words-the-file-does-not-list-give-their-country",
        ),
    ],
)
def test_one_sentence_readings(
    text: str, event: tuple[str, str | None, str | None], finder: EntityFinder
) -> None:
    assert event in coded(events_of(text, finder))


def test_a_protest_against_a_war_targets_who_wages_it_not_the_city(
    finder: EntityFinder,
) -> None:
    text = (
        "Russia's attack on Ukraine began on Thursday. Thousands of people protested against "
        "the attack in Moscow and St Petersburg. Hundreds of men marched through the centre "
        "of Kabul towards the Pakistani embassy, chanting slogans against Islamabad."
    )
    protests = [e for e in events_of(text, finder) if e.type == "PROTEST"]
    assert [(e.source, e.target) for e in protests] == [(None, "Russia"), (None, "Pakistan")]


def test_a_promised_concession_stays_a_concession_a_promise_not_to_is_agreement(
    finder: EntityFinder,
) -> None:
    text = (
        "The Taliban pledged to let Afghans travel abroad. Russia pledged to withdraw its "
        "troops from the border. In return the movement pledged that it would not let "
        "al-Qaeda use Afghan soil."
    )
    events = events_of(text, finder)
    assert [(e.type, e.source, e.modality) for e in events] == [
        ("CONCEDE", "Taliban", "intended"),
        ("CONCEDE", "Russia", "intended"),  # PLOVER: an announced future retreat
        ("AGREE", "Taliban", "asserted"),
    ]


@pytest.mark.parametrize(
    ("text", "type_", "sides"),
    [
        pytest.param(
            (
                "Turkey hosted a Hamas delegation in Ankara on Friday for talks on a ceasefire, "
                "alongside envoys of Qatar and Egypt."
            ),
            "CONSULT",
            {("Turkey", "Hamas"), ("Qatar", "Hamas"), ("Egypt", "Hamas")},
            id="envoys-alongside-the-host-take-part-too",
        ),
        pytest.param(
            (
                "Britain suspended its diplomatic presence in Kabul. The Red Cross suspended aid "
                "deliveries in Yemen."
            ),
            "SANCTION",
            {("United Kingdom", "Afghanistan"), ("Red Cross", "Yemen")},
            id="a-measure-in-a-capital-falls-on-its-country",
        ),
        pytest.param(
            (
                "The Ogaden National Liberation Front says it is growing. Liberation fighters "
                "attacked Kandahar on Sunday."
            ),
            "ASSAULT",
            {("Ogaden National Liberation Front", "Kandahar")},
            id="fighters-named-by-a-word-of-their-group",
        ),
        pytest.param(
            (
                "Taliban fighters entered Kandahar on Sunday and by evening had taken control "
                "of the governor's palace."
            ),
            "COERCE",
            {("Taliban", "Kandahar")},
            id="a-seizure-happens-where-its-coordinated-verb-went",
        ),
        pytest.param(
            (
                "The US, Britain and France drafted the text. The Taliban took Kabul. "
                "Pakistan urged them to form an inclusive government."
            ),
            "REQUEST",
            {("Pakistan", "Taliban")},
            id="them-is-the-usual-antecedent-when-that-is-not-the-speakers-side",
        ),
    ],
)
def test_the_sides_of_one_type(
    text: str, type_: str, sides: set[tuple[str, str]], finder: EntityFinder
) -> None:
    assert {(e.source, e.target) for e in events_of(text, finder) if e.type == type_} == sides


@pytest.mark.parametrize(
    "text",
    [
        "Leaders of both parties welcomed the vote.",
        "Officials from both delegations met in Geneva on Monday to discuss the border.",
        "Members of both chambers praised the Senate of Paraguay for the reform.",
    ],
)
def test_a_pair_named_inside_its_own_phrase_does_not_loop(text: str, finder: EntityFinder) -> None:
    events = events_of(text, finder)  # no RecursionError: the article keeps its events
    assert all(e.type for e in events)


def test_a_pair_is_still_found_in_the_sentence_before(finder: EntityFinder) -> None:
    text = (
        "Chile and Peru signed a water treaty in March. "
        "Both countries later accused Bolivia of diverting the river."
    )
    accused = {(e.source, e.target) for e in events_of(text, finder) if e.type == "ACCUSE"}
    assert accused == {("Chile", "Bolivia"), ("Peru", "Bolivia")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway welcomed the ceasefire on Tuesday.", ("SUPPORT", "Norway", None)),
        ("Japan suspended its funding after the vote.", ("SANCTION", "Japan", None)),
        ("Canada donated 2 million vaccine doses last month.", ("AID", "Canada", None)),
    ],
)
def test_a_confident_event_keeps_a_null_target(
    text: str, expected: tuple[str, str | None, str | None], finder: EntityFinder
) -> None:
    assert expected in coded(events_of(text, finder))


# Triggers induced from the NGEC silver spans (bench/induce_triggers.py) and the classes
# issue 16 lists; two sentences of different texts per class, written for this test.
INDUCED = [
    ("Senator Lucia Mendez said she was grateful to Minister Ortiz for the new school.",
     ("SUPPORT", "Lucia Mendez", "Ortiz")),
    ("Norway is thankful to Iceland for the rescue of its fishermen.",
     ("SUPPORT", "Norway", "Iceland")),
    ("Senator Pedro Vargas has been critical of Chile for years.",
     ("ACCUSE", "Pedro Vargas", "Chile")),
    ("The Kenyan opposition is highly critical of Uganda's dam project.",
     ("ACCUSE", "Kenyan opposition", "Uganda")),
    ("Peru has close ties with Chile.", ("COOPERATE", "Peru", "Chile")),
    ("Laos maintains good relations with Thailand.", ("COOPERATE", "Laos", "Thailand")),
    ("The Red Cross distributed blankets to families in Gabon.", ("AID", "Red Cross", "Gabon")),
    ("UNICEF distributed food to villages in Malawi last week.", ("AID", "UNICEF", None)),
    ("Kenya lauded the Ethiopian mediators.", ("SUPPORT", "Kenya", "Ethiopia")),
    ("The Chilean senate lauded Bolivia for the border deal.", ("SUPPORT", "Chile", "Bolivia")),
    ("Ankara's backing of the Kurdish Democratic Union worried Moscow.",
     ("SUPPORT", "Turkey", "Kurdish Democratic Union")),  # a capital stands for its state
    ("Ghana's support for Togo's bid surprised no one.", ("SUPPORT", "Ghana", "Togo")),
    ("Norway renewed its calls for talks on the fishing quota with Chile.",
     ("REQUEST", "Norway", None)),
    ("Ecuador repeated its call for a ceasefire in Haiti.", ("REQUEST", "Ecuador", "Haiti")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), INDUCED)
def test_induced_triggers_and_feelings(
    text: str, expected: tuple[str, str | None, str | None], finder: EntityFinder
) -> None:
    assert expected in coded(events_of(text, finder))


@pytest.mark.parametrize(
    "text",
    [
        "On a call, Estonia's foreign minister spoke with Chilean President Camila Rojas.",
        "In a phone call on Monday, Chile's president spoke with Peru's prime minister.",
    ],
)
def test_a_phone_call_is_no_request(text: str, finder: EntityFinder) -> None:
    assert not any(e.type == "REQUEST" for e in events_of(text, finder))


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Lima say the Shining Path threat has grown since 2020.",
        "The Houthi threat to shipping worries Egypt.",
    ],
)
def test_a_threat_named_as_a_danger_is_no_threat_made(text: str, finder: EntityFinder) -> None:
    assert not any(e.type == "THREATEN" for e in events_of(text, finder))


@pytest.mark.parametrize(
    ("text", "not_done"),
    [
        ("Amnesty International called on Ethiopia to free the detained reporters.", "RETREAT"),
        ("The bishops urged the junta to release the monks held in Mandalay.", "RETREAT"),
        ("The senator said the government must give shelter to refugees from Haiti.", "AID"),
        ("Observers said the country needs to send food aid to the flooded north.", "AID"),
        ("Oxfam pressed the ministry to hand over the seized grain.", "CONCEDE"),
    ],
)
def test_an_act_asked_for_or_required_is_not_kept_as_done(
    text: str, not_done: str, finder: EntityFinder
) -> None:
    """Issue 16: what is asked of a party, or said to be needed of it, has not happened;
    with a side unknown it is no event at all."""
    events = events_of(text, finder)
    assert not [e for e in events if e.type == not_done and e.modality == "asserted"]
    assert not [e for e in events if e.type == not_done and None in (e.source, e.target)]


def test_a_required_act_between_named_parties_is_hypothetical(finder: EntityFinder) -> None:
    text = "Analysts said Kenya needs to provide aid to Somalia before the rains."
    (aid,) = [e for e in events_of(text, finder) if e.type == "AID"]
    assert (aid.source, aid.target, aid.modality) == ("Kenya", "Somalia", "hypothetical")


@pytest.mark.parametrize(
    ("text", "kind", "told"),
    [
        ("The review panel recommended that Peru impose sanctions on Chile.", "SANCTION", False),
        ("Senegal proposed that Gambia release the fishermen held at Banjul.", "RETREAT", False),
        ("The panel found that Peru imposed sanctions on Chile in May.", "SANCTION", True),
    ],
)
def test_an_act_asked_in_the_subjunctive_is_not_told_as_done(
    finder: EntityFinder, text: str, kind: str, told: bool
) -> None:
    """ "recommended that Peru impose": the subjunctive asks for the act (grammar.yaml
    mandative_heads); an indicative that-clause still tells it."""
    found = [e for e in events_of(text, finder) if e.type == kind and e.source is not None]
    assert any(e.modality == "asserted" for e in found) is told


def test_a_leader_saying_his_own_country_must_act_states_an_intention(
    finder: EntityFinder,
) -> None:
    text = (
        "Prime Minister Narendra Modi told officials that India must give shelter to "
        "families who wish to leave Nepal."
    )
    (aid,) = [e for e in events_of(text, finder) if e.type == "AID"]
    assert (aid.source, aid.modality) == ("India", "intended")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armenia invaded the border district of Tavush.", ("ASSAULT", "Armenia")),
        ("Azerbaijan invaded the Lachin corridor last week.", ("ASSAULT", "Azerbaijan")),
        ("Peru ceded two border villages to Ecuador.", ("CONCEDE", "Peru")),
    ],
)
def test_invading_is_an_attack_and_ceding_land_to_a_party_a_concession(
    text: str, expected: tuple[str, str], finder: EntityFinder
) -> None:
    assert expected in {(e.type, e.source) for e in events_of(text, finder)}


def test_ceding_land_to_a_party_concedes_to_it(finder: EntityFinder) -> None:
    events = events_of("Peru ceded two border villages to Ecuador.", finder)
    assert ("CONCEDE", "Peru", "Ecuador") in coded(events)
    assert not [e for e in events if e.type == "RETREAT"]


def test_a_condemned_arrest_accuses_the_arrester_not_the_arrested(finder: EntityFinder) -> None:
    text = (
        "Police in Lima arrested opposition leader Rosa Vidal on Monday. "
        "Amnesty International condemned Vidal's arrest."
    )
    events = events_of(text, finder)
    (accusation,) = [e for e in events if e.type == "ACCUSE"]
    assert accusation.target not in ("Rosa Vidal", "Vidal")
    assert len([e for e in events if e.type == "COERCE"]) == 1  # the arrest told once


# Sentences that must code (True) or must not code (False) an event, as (type, source,
# target): one row per construction, each written for these tests.
CODED_OR_NOT = [
    pytest.param(  # a plural description and a place description resolve
        "The Taliban entered Kunduz on Monday. By evening the insurgents had taken the city.",
        ("COERCE", "Taliban", "Kunduz"),
        True,
        id="a_plural_description_and_a_place_description_resolve",
    ),
    pytest.param(  # the object of a relative clause is the target
        "Tourists still visit Crimea, which Russia annexed in 2014.",
        ("COERCE", "Russia", "Crimea"),
        True,
        id="the_object_of_a_relative_clause_is_the_target",
    ),
    pytest.param(  # a misparsed past tense still fires its trigger
        "Hamas waged a long campaign against Israel.",
        ("ASSAULT", "Hamas", "Israel"),
        True,
        id="a_misparsed_past_tense_still_fires_its_trigger",
    ),
    pytest.param(  # vowing never to yield is a rejection
        "Amrullah Saleh vowed that he would never surrender to the Taliban.",
        ("REJECT", "Amrullah Saleh", "Taliban"),
        True,
        id="vowing_never_to_yield_is_a_rejection",
    ),
    pytest.param(  # condemning an attack accuses the attacker
        "Al-Shabaab bombed a hotel in Mogadishu on Friday. Kenya condemned the bombing.",
        ("ACCUSE", "Kenya", "Al-Shabaab"),
        True,
        id="condemning_an_attack_accuses_the_attacker",
    ),
    pytest.param(  # agreeing to an act that is no event is agree
        "Kenya and Somalia agreed to reopen their common border.",
        ("AGREE", "Kenya", "Somalia"),
        True,
        id="agreeing_to_an_act_that_is_no_event_is_agree",
    ),
    pytest.param(  # using something to act keeps the user as the actor
        "India has used the airbase to supply aid to Afghanistan.",
        ("AID", "India", "Afghanistan"),
        True,
        id="using_something_to_act_keeps_the_user_as_the_actor",
    ),
    pytest.param(  # any national capital named as an actor is its country
        "Beirut rejected an appeal from the United Nations.",
        ("REJECT", "Lebanon", "United Nations"),
        True,
        id="any_national_capital_named_as_an_actor_is_its_country",
    ),
    pytest.param(  # a demonym description names its own country
        "Brazil, being a good friend, has helped the Bolivian state in the reconstruction process.",
        ("AID", "Brazil", "Bolivia"),
        True,
        id="a_demonym_description_names_its_own_country",
    ),
    pytest.param(  # releasing prisoners is a retreat (PLOVER: pardons are CONCEDE)
        "Up to 500 Taliban prisoners would be freed by the Afghan government.",
        ("RETREAT", "Afghanistan", "Taliban"),
        True,
        id="releasing_prisoners_is_retreat",
    ),
    pytest.param(  # an advance on a city is an assault on it
        "Russian forces pressed towards Kyiv on Friday.",
        ("ASSAULT", "Russia", "Kyiv"),
        True,
        id="an_advance_on_a_city_is_an_assault_on_it",
    ),
    pytest.param(  # the subject of a passive accusation did the act
        "The Taliban were accused of sheltering Osama bin Laden.",
        ("AID", "Taliban", "Osama bin Laden"),
        True,
        id="the_subject_of_a_passive_accusation_did_the_act",
    ),
    pytest.param(  # condemning an attack named by another word targets its doer
        "The United States killed Hamza Salim in a drone strike in Kabul on Sunday. "
        "The Taliban condemned the strike.",
        ("ACCUSE", "Taliban", "United States"),
        True,
        id="condemning_an_attack_named_by_another_word_targets_its_doer",
    ),
    pytest.param(  # allowing someone to act targets them
        "Belarus allowed Russian units to use its territory for the assault.",
        ("CONCEDE", "Belarus", "Russia"),
        True,
        id="allowing_someone_to_act_targets_them",
    ),
    pytest.param(  # a demand on a government named by its nationality
        "British Foreign Secretary Jack Straw said that the Sudanese government and the "
        "rebels must reach an agreement.",
        ("REQUEST", "Jack Straw", "Sudan"),
        True,
        id="a_demand_on_a_government_named_by_its_nationality",
    ),
    pytest.param(  # a coordinated clause keeps its own stranded subject
        "The announcement came days after the head of Pakistan's intelligence agency, "
        "Lieutenant General Faiz Hameed, flew into Kabul on Saturday for meetings with "
        "Taliban leaders.",
        ("CONSULT", "Faiz Hameed", "Taliban"),
        True,
        id="a_coordinated_clause_keeps_its_own_stranded_subject",
    ),
    pytest.param(  # a pledge needs no partner
        "The rebels' leader Foday Sankoh pledged to return the weapons seized last year.",
        ("AGREE", "Foday Sankoh", None),
        True,
        id="a_pledge_needs_no_partner",
    ),
    pytest.param(  # foreign troops withdraw from the country the article is about
        "Mali's junta said on Monday that Bamako would not renew the accord. Mali's army "
        "has fought the insurgents for a decade. France began to pull out its troops on Tuesday.",
        ("RETREAT", "France", "Mali"),
        True,
        id="foreign_troops_withdraw_from_the_country_the_article_is_about",
    ),
    pytest.param(  # a protest at an embassy is against its country
        "Protesters rallied outside the US embassy in Baghdad to denounce the strike.",
        ("PROTEST", None, "United States"),
        True,
        id="a_protest_at_an_embassy_is_against_its_country",
    ),
    pytest.param(  # rejecting those claims answers whoever made them
        "The Taliban accused the previous government of corruption on Monday. "
        "Former president Ashraf Ghani rejected those claims.",
        ("REJECT", "Ashraf Ghani", "Taliban"),
        True,
        id="rejecting_those_claims_answers_whoever_made_them",
    ),
    pytest.param(  # a particle names the partner before the object
        "Kenya extradited Abdi Hassan Yusuf to Norway on Monday.",
        ("COOPERATE", "Kenya", "Norway"),
        True,
        id="a_particle_names_the_partner_before_the_object",
    ),
    pytest.param(  # joint exercises are cooperation between the pair
        "India and Japan held naval exercises in the Bay of Bengal.",
        ("COOPERATE", "India", "Japan"),
        True,
        id="joint_exercises_are_cooperation_between_the_pair",
    ),
    pytest.param(  # killed in a named sides strike was killed by that side
        "Hamas commander Marwan Issa was killed in an Israeli air strike in Gaza.",
        ("ASSAULT", "Israel", "Marwan Issa"),
        True,
        id="killed_in_a_named_sides_strike_was_killed_by_that_side",
    ),
    pytest.param(  # a condemned killing accuses its named doer
        "Human Rights Watch condemned the killing of Pedro Lasso by the army of Ecuador.",
        ("ACCUSE", "Human Rights Watch", "Ecuador"),
        True,
        id="a_condemned_killing_accuses_its_named_doer",
    ),
]


@pytest.mark.parametrize(("text", "event", "coded_here"), CODED_OR_NOT)
def test_a_sentence_codes_or_does_not_code_an_event(
    finder: EntityFinder, text: str, event: tuple[str, str | None, str | None], coded_here: bool
) -> None:
    assert (event in coded(events_of(text, finder))) is coded_here
