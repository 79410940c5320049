"""Events: PLOVER types from triggers on the parse, actors resolved to entities.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.dates import find_dates
from dossier.entities import EntityFinder
from dossier.events import find_events
from dossier.models import Event
from dossier.nlp import load_pipeline, parse
from dossier.quotes import find_quotes
from dossier.triggers import event_lexicon


@pytest.fixture(scope="module")
def finder() -> EntityFinder:
    return EntityFinder(load_pipeline())


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
        "Antony Blinken said the United States hopes that the Taliban will allow "
        "Afghans to leave the country."
    )
    events = events_of(text, finder)
    request = next(e for e in events if e.type == "REQUEST")
    assert (request.source, request.target) == ("United States", "Taliban")
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
        assert [(e["source"], e["target"], e["date"]) for e in captured] == [
            ("Taliban", "Kunduz", "2021-09-19")
        ]
        assert captured[0]["sentence"] == "The Taliban captured Kunduz on Sunday."
        assert [e["type"] for e in kb.events(source="Pakistan")] == ["REQUEST"]
        assert kb.events(until="2021-08") == []
