"""Evaluative statements (issue 16 item 3): a speaker's criticism or praise of a named
actor, with no accusation or praise verb, is ACCUSE or SUPPORT from the speaker to the
actor. Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from conftest import coded
from dossier.entities import EntityFinder
from dossier.event_opinion import judgement_in
from dossier.nlp import load_pipeline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Opposition leader Marta Ruiz said the Chilean government's response to the fires"
            " was slow and chaotic.",
            ("ACCUSE", "Marta Ruiz", "Chile"),
        ),
        (
            '"The Bolivian plan is short-sighted and naive," said economist Pablo Ortega.',
            ("ACCUSE", "Pablo Ortega", "Bolivia"),
        ),
        (
            "Senator Ines Vargas said Ecuador's new border policy is a dangerous mistake.",
            ("ACCUSE", "Ines Vargas", "Ecuador"),
        ),
        (
            "Analyst Tomas Berg said Norway's handling of the flood crisis was exemplary.",
            ("SUPPORT", "Tomas Berg", "Norway"),
        ),
        (
            '"Kenya has been a reliable and generous partner," Foreign Minister Ana Pereira said.',
            ("SUPPORT", "Ana Pereira", "Kenya"),
        ),
        (
            '"Samoa has shown remarkable leadership on climate," said Prime Minister'
            " Fiame Tuilaepa of Fiji.",
            ("SUPPORT", "Fiame Tuilaepa", "Samoa"),
        ),
    ],
)
def test_a_verdict_on_an_actor_is_coded_from_the_speaker_to_the_actor(
    text: str, expected: tuple[str, str, str], finder: EntityFinder
) -> None:
    assert expected in coded(text, finder)


def test_a_denied_verdict_is_no_accusation(finder: EntityFinder) -> None:
    events = coded('"Lima\'s response was not reckless," said Senator Diego Luna.', finder)
    assert not {e for e in events if e[0] == "ACCUSE"}


def test_a_verdict_on_a_place_or_the_weather_names_no_target(finder: EntityFinder) -> None:
    assert not coded("Mayor Jonas Lind said the situation in Oslo was chaotic this week.", finder)


def test_praise_word_that_assigns_blame_is_not_praise() -> None:
    """ "responsible for" blames: it is not the praise of "a responsible partner"."""
    doc = load_pipeline()("Minister Ana Silva said Uruguay was responsible for the delays.")
    judgement = judgement_in(list(doc))
    assert judgement is None or judgement.type != "SUPPORT"


def test_the_judged_actor_is_the_owner_not_a_party_named_elsewhere() -> None:
    doc = load_pipeline()("Peru's plan for the border with Chile is reckless.")
    judgement = judgement_in(list(doc))
    assert judgement is not None and judgement.type == "ACCUSE"
    assert [t.text for t in judgement.actor_words] == ["Peru"]


@pytest.mark.parametrize(
    "text",
    [
        "Japan's catastrophic earthquake destroyed the port of Sendai.",
        "Peru's dangerous mountain roads claim many lives every winter.",
    ],
)
def test_a_word_that_only_describes_a_thing_of_an_actor_is_no_verdict(text: str) -> None:
    assert judgement_in(list(load_pipeline()(text))) is None


def test_a_verdict_word_modifying_a_thing_of_the_actor_judges_the_actor() -> None:
    doc = load_pipeline()("Senator Ana Silva attacked Peru's reckless mining plan.")
    judgement = judgement_in(list(doc))
    assert judgement is not None and judgement.type == "ACCUSE"
    assert [t.text for t in judgement.actor_words] == ["Peru"]


def test_a_judgement_file_without_its_word_lists_says_which_are_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import dossier.event_opinion as opinion
    from dossier.errors import DataError

    monkeypatch.setattr(opinion, "load_data", lambda name: {"blame": ["reckless"]})
    opinion.judgement_words.cache_clear()
    try:
        with pytest.raises(DataError, match="praise"):
            opinion.judgement_words()
    finally:
        opinion.judgement_words.cache_clear()


@pytest.mark.parametrize(
    ("verdict_events", "message"),
    [
        ({"blame": {"type": "ACCUSE", "mode": None}}, "lacks verdict_events"),
        (
            {
                "blame": {"type": "BLAME", "mode": "disapprove"},
                "praise": {"type": "SUPPORT", "mode": None},
                "dismissal": {"type": "REJECT", "mode": None},
            },
            "BLAME",
        ),
    ],
)
def test_the_event_of_a_verdict_is_a_type_the_event_data_defines(
    monkeypatch: pytest.MonkeyPatch, verdict_events: dict[str, object], message: str
) -> None:
    """The types of verdicts are data: a missing kind or an unknown type is refused."""
    import dossier.event_opinion as opinion
    from dossier.errors import DataError
    from dossier.lexicon import load_data

    data = {**load_data("judgements.yaml"), "verdict_events": verdict_events}
    monkeypatch.setattr(opinion, "load_data", lambda name: data)
    opinion.judgement_words.cache_clear()
    try:
        with pytest.raises(DataError, match=message):
            opinion.judgement_words()
    finally:
        opinion.judgement_words.cache_clear()
