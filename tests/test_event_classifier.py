"""The learned second opinion on event types: its packaged weights, its verdicts on
sentences written for these tests, and the switch that lets the coder use it.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from dossier.errors import ModelError
from dossier.event_classifier import NO_EVENT, classifier_mode, predicate_weight, score_sentence
from dossier.event_opinion import PREDICATE_WEIGHT, SecondOpinion, is_main_predicate
from dossier.nlp import load_pipeline


def sentence(text: str) -> Span:
    return next(iter(load_pipeline()(text).sents))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Artillery units of Norland shelled the river town of Vesk overnight.", "ASSAULT"),
        ("The Oskarian envoy met her Tarvian counterpart to discuss fishing.", "CONSULT"),
        ("Thousands of nurses marched through Pellam demanding better pay.", "PROTEST"),
        ("Tarvia pledged 40 million dollars in emergency food aid to flood victims.", "AID"),
        ("Norland froze the assets of five Tarvian banks on Friday.", "SANCTION"),
        ("Oskaria warned Norland that it would retaliate if its ships were stopped.", "THREATEN"),
    ],
)
def test_classifier_gives_the_type_of_sentences_it_never_saw(text: str, expected: str) -> None:
    opinion = score_sentence(sentence(text))
    assert opinion.label == expected
    assert opinion.probability > 0.3  # well above the 1/17 of a blind guess


def test_probabilities_cover_every_type_and_no_event() -> None:
    opinion = score_sentence(sentence("Norland froze the assets of five Tarvian banks."))
    assert NO_EVENT in opinion.probabilities
    assert {"ASSAULT", "CONSULT", "SANCTION", "REQUEST"} <= opinion.probabilities.keys()
    assert sum(opinion.probabilities.values()) == pytest.approx(1.0)


def test_switch_is_off_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DOSSIER_EVENT_CLASSIFIER", raising=False)
    assert classifier_mode() == "off"
    assert not SecondOpinion().active
    monkeypatch.setenv("DOSSIER_EVENT_CLASSIFIER", "Both")
    assert SecondOpinion().active and SecondOpinion().mode == "both"


def test_unknown_switch_value_says_which_values_work(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_EVENT_CLASSIFIER", "maybe")
    with pytest.raises(ModelError, match="reject"):
        classifier_mode()


def test_reject_drops_a_trigger_only_when_switched_on() -> None:
    talks = sentence("The Oskarian envoy met her Tarvian counterpart to discuss fishing.")
    verb = talks.root
    assert SecondOpinion("reject").rejects("ASSAULT", verb)
    assert not SecondOpinion("reject").rejects("CONSULT", verb)
    assert not SecondOpinion("type").rejects("ASSAULT", verb)
    assert not SecondOpinion("off").rejects("ASSAULT", verb)


def test_coder_consults_the_classifier_only_when_switched_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A visit the lexicon codes as CONSULT stays under ``reject`` (the classifier agrees);
    under the ``only`` ablation the lexicon is ignored and the visit is coded only by the
    classifier's own reading of the sentence, never as another type."""
    from dossier.dates import find_dates
    from dossier.entities import EntityFinder
    from dossier.events import find_events
    from dossier.nlp import parse
    from dossier.quotes import find_quotes

    text = "Norland's army chief visited Oskaria to discuss joint drills."
    (doc,) = parse(load_pipeline(), [text])
    entities = EntityFinder(load_pipeline()).find(doc)
    dates = find_dates(doc, "2024-05-01")
    quotes, _ = find_quotes(doc, entities, dates)

    def coded(mode: str) -> set[tuple[str, str | None, str | None]]:
        monkeypatch.setenv("DOSSIER_EVENT_CLASSIFIER", mode)
        return {(e.type, e.source, e.target) for e in find_events(doc, entities, dates, quotes)}

    assert ("CONSULT", "Norland", "Oskaria") in coded("off")
    assert ("CONSULT", "Norland", "Oskaria") in coded("reject")
    assert coded("only") <= {("CONSULT", "Norland", "Oskaria")}


def test_a_verb_of_the_type_speaks_for_it_and_a_verb_of_thinking_does_not() -> None:
    """``type`` codes a predicate only when the verb itself carries the type's weight."""
    assert predicate_weight("shell", "ASSAULT") > predicate_weight("think", "ASSAULT")
    assert predicate_weight("think", "ASSAULT") < PREDICATE_WEIGHT
    assert predicate_weight("no-such-verb", "ASSAULT") == 0


def test_the_reported_clause_is_the_main_predicate_not_the_verb_of_saying() -> None:
    doc = load_pipeline()("Kenya said Uganda had closed the border at Busia.")
    said = next(t for t in doc if t.lower_ == "said")
    closed = next(t for t in doc if t.lower_ == "closed")
    assert not is_main_predicate(said)
    assert is_main_predicate(closed)
    plain = load_pipeline()("Uganda closed the border at Busia.")
    assert is_main_predicate(plain[1])
