"""The learned second opinion on event types, word by word: the features it reads off a
parsed word, its packaged weights, its verdicts on sentences written for these tests,
the veto of lexicon triggers, and the switch that lets the coder use it.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import pytest
from spacy.tokens import Doc, Token

from dossier.errors import ModelError
from dossier.event_classifier import (
    FEATURE_VERSION,
    NO_EVENT,
    WEIGHTS,
    classifier_mode,
    is_candidate,
    quoted_tokens,
    score_word,
    word_features,
)
from dossier.event_opinion import SecondOpinion, sided_candidate
from dossier.events.coder import _EventCoder
from dossier.models import Event
from dossier.nlp import load_pipeline, parse

PLOVER = {
    "ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE",
    "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN",
}  # fmt: skip


def coder_for(text: str) -> _EventCoder:
    from dossier.dates import find_dates
    from dossier.entities import EntityFinder
    from dossier.quotes import find_quotes

    (doc,) = parse(load_pipeline(), [text])
    entities = EntityFinder(load_pipeline()).find(doc)
    dates = find_dates(doc, "2024-05-01")
    quotes, _ = find_quotes(doc, entities, dates)
    return _EventCoder(doc, entities, dates, quotes)


def events_of(
    text: str, mode: str, monkeypatch: pytest.MonkeyPatch
) -> set[tuple[str, str | None, str | None]]:
    monkeypatch.setenv("DOSSIER_EVENT_CLASSIFIER", mode)
    coder = coder_for(text)
    found: list[Event] = coder.events()
    return {(e.type, e.source, e.target) for e in found}


def word(doc: Doc, text: str) -> Token:
    return next(t for t in doc if t.text == text)


def features_of(text: str, target: str) -> set[str]:
    coder = coder_for(text)
    token = word(coder.doc, target)
    trigger = coder.match(token)
    return word_features(
        token,
        quoted=token.i in quoted_tokens(coder.doc),
        lexicon_type=trigger.type if trigger is not None else None,
    )


def test_features_of_a_verb_name_its_lemma_object_subject_and_lexicon_type() -> None:
    found = features_of("Kenya froze the assets of five Ugandan banks on Friday.", "froze")
    assert {"w=freeze", "pos=VERB", "dep=ROOT", "freeze>dobj:asset", "subj=GPE"} <= found
    assert "lex=SANCTION" in found and "ctx=bank" in found
    assert not {"passive", "neg", "quoted", "head=speech"} & found


def test_features_tell_passive_negated_and_quoted_words() -> None:
    passive = features_of("The assets of Ugandan banks were frozen by Kenya.", "frozen")
    assert {"passive", "freeze|passive", "prep:by", "by:GPE"} <= passive
    negated = features_of("Kenya did not freeze the assets of Ugandan banks.", "freeze")
    assert "neg" in negated
    quoted = features_of("“We will freeze their assets,” the Norland minister said.", "freeze")
    assert {"quoted", "head=speech"} <= quoted


def test_only_verbs_nouns_and_predicated_adjectives_are_typed() -> None:
    doc = load_pipeline()("The reckless plan of Norland was dangerous, Tarvia said.")
    assert is_candidate(word(doc, "plan")) and is_candidate(word(doc, "said"))
    assert is_candidate(word(doc, "dangerous"))  # predicated: a verdict
    assert not is_candidate(word(doc, "reckless"))  # a modifier
    assert not is_candidate(word(doc, "Norland"))  # a name says who, not what


def test_quoted_tokens_are_those_between_the_marks() -> None:
    doc = load_pipeline()("Tarvia said “the border stays shut” on Monday.")
    inside = {doc[i].text for i in quoted_tokens(doc)}
    assert inside == {"the", "border", "stays", "shut"}


@pytest.mark.parametrize(
    ("text", "target", "expected"),
    [
        (
            "Artillery units of Norland shelled the river town of Vesk overnight.",
            "shelled",
            "ASSAULT",
        ),
        ("Tarvia's coast guard seized two Oskarian fishing boats on Tuesday.", "seized", "COERCE"),
        ("Artillery units of Norland shelled the river town of Vesk overnight.", "town", NO_EVENT),
    ],
)
def test_classifier_is_confident_of_the_word_that_carries_the_event(
    text: str, target: str, expected: str
) -> None:
    opinion = score_word(features_of(text, target))
    assert opinion.label == expected
    assert opinion.probability > 0.8
    assert sum(opinion.probabilities.values()) == pytest.approx(1.0)


def test_veto_drops_a_lexicon_trigger_the_classifier_is_sure_tells_no_such_event(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A law that "allows" companies to hire concedes nothing to anyone; a shelling stays."""
    permit = "Tarvia's new law allows Oskarian companies to hire foreign engineers."
    assert ("CONCEDE", "Tarvia", None) in events_of(permit, "off", monkeypatch)
    assert not events_of(permit, "reject", monkeypatch)
    shelling = "Artillery units of Norland shelled the river town of Vesk overnight."
    assert ("ASSAULT", "Norland", "Vesk") in events_of(shelling, "reject", monkeypatch)
    assert ("ASSAULT", "Norland", "Vesk") in events_of(shelling, "both", monkeypatch)


def test_an_added_word_gets_its_sides_from_the_coders_own_frames() -> None:
    coder = coder_for("Artillery units of Norland shelled the river town of Vesk overnight.")
    candidate = sided_candidate(coder, word(coder.doc, "shelled"), "ASSAULT")
    assert candidate is not None
    assert [e.name for e in candidate.sources if e] == ["Norland"]
    assert [e.name for e in candidate.targets if e] == ["Vesk"]
    assert sided_candidate(coder, word(coder.doc, "overnight"), "ASSAULT") is None


def test_packaged_weights_load_and_match_the_feature_version() -> None:
    raw = json.loads(resources.files("dossier.data").joinpath(WEIGHTS).read_text("utf-8"))
    assert raw["feature_version"] == FEATURE_VERSION
    assert set(raw["classes"]) == PLOVER | {NO_EVENT}
    assert all(len(w) == len(raw["classes"]) for w in raw["weights"].values())
    assert "w=shell" in raw["weights"] and "lex=-" in raw["weights"]


def test_weights_of_another_feature_version_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stale = tmp_path / "old.json"
    stale.write_text(json.dumps({"classes": ["NONE"], "weights": {}, "intercept": [0.0]}))
    monkeypatch.setenv("DOSSIER_EVENT_CLASSIFIER_WEIGHTS", str(stale))
    with pytest.raises(ModelError, match="feature version"):
        score_word({"w=shell"})


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


def test_classifier_alone_codes_no_type_the_sentence_does_not_tell(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Under the ``only`` ablation the lexicon is ignored: a visit is coded, if at all,
    as the consultation it is, never as another type."""
    visit = "Norland's army chief visited Oskaria to discuss joint drills."
    assert ("CONSULT", "Norland", "Oskaria") in events_of(visit, "off", monkeypatch)
    assert events_of(visit, "only", monkeypatch) <= {("CONSULT", "Norland", "Oskaria")}
