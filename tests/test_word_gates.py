"""Word gates (dossier.word_gates): a run of words is let through to a reader when one of
its words may be one the reader acts at, by form, lowercased lemma, hyphenated form or
a spaced lemma; and the gated readers find what they found without the gate. Also the
reported-speech gate (``reporting_verbs``). Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from dossier import event_evaluation, event_opinion
from dossier.event_evaluation import judged_act, judged_act_gate, verdict_gate, verdict_in
from dossier.event_opinion import hyphenated, judgement_gate, judgement_in
from dossier.nlp import load_pipeline
from dossier.word_gates import may_hold, word_gate


def made_doc(words: list[str], lemmas: list[str], spaces: list[bool] | None = None) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, lemmas=lemmas, spaces=spaces)


def test_a_run_with_none_of_the_words_is_not_let_through() -> None:
    doc = made_doc(["The", "talks", "went", "on"], ["the", "talk", "go", "on"])
    gate = word_gate({"reckless", "wrongfully"})
    assert not may_hold(list(doc), gate)
    assert not may_hold([], gate)


def test_a_word_is_found_by_its_form_or_its_lowercased_lemma() -> None:
    doc = made_doc(["They", "Criticized", "it"], ["they", "Criticize", "it"])
    assert may_hold(list(doc), word_gate({"criticized"}))  # lower_
    assert may_hold(list(doc), word_gate({"criticize"}))  # lemma_.lower()
    assert not may_hold(list(doc)[2:], word_gate({"criticize"}))  # outside the run


def test_a_hyphenated_word_is_found_by_its_joined_form() -> None:
    words = ["a", "short", "-", "sighted", "plan"]
    doc = made_doc(words, words, [True, False, False, True, False])
    gate = word_gate({"reckless"}, joined={"shortsighted"})
    assert may_hold(list(doc), gate, hyphenated)
    assert may_hold(list(doc)[3:], gate, hyphenated)  # the glued word alone
    assert not may_hold(list(doc)[3:], word_gate({"reckless"}), hyphenated)
    spaced_out = made_doc(words, words, [True, True, True, True, False])  # "short - sighted"
    assert not may_hold(list(spaced_out), gate, hyphenated)


def test_a_lemma_with_a_space_opens_a_spaced_gate_only() -> None:
    doc = made_doc(["a", "witch", "hunt"], ["a", "witch", "witch hunt"])
    assert may_hold(list(doc), word_gate({"motivated"}, spaced=True))
    assert not may_hold(list(doc), word_gate({"motivated"}))


def test_words_not_in_one_stretch_are_always_let_through() -> None:
    doc = made_doc(["one", "two", "three", "four"], ["one", "two", "three", "four"])
    gate = word_gate({"reckless"})
    assert may_hold([doc[0], doc[2]], gate)
    assert may_hold([doc[1], doc[0]], gate)
    assert not may_hold([doc[1], doc[2]], gate)


SENTENCES = [
    '"The Bolivian plan is short-sighted and naive," said economist Pablo Ortega.',
    "Chile illegally seized the boats, the fishermen's union said.",
    "There has been a breakdown of the rule of law in Peru, the senator said.",
    "The charges against her are politically motivated, her lawyer said.",
    "This expulsion is arbitrary and the decision by the Kenyan court is a disgrace.",
    "Kenya has been a reliable and generous partner, the minister said.",
    "The talks will resume in Lima next week, the spokesman said.",
    "Farmers in the north expect a late harvest after the rains.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_the_gated_readers_find_what_they_found_without_the_gate(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = load_pipeline()(text)
    found = []
    for words in (list(doc), list(doc)[1:-1], list(doc)[::2]):
        found.append((judgement_in(words), verdict_in(words), judged_act(words)))
    monkeypatch.setattr(event_opinion, "may_hold", lambda *_: True)
    monkeypatch.setattr(event_evaluation, "may_hold", lambda *_: True)
    for words, gated in zip((list(doc), list(doc)[1:-1], list(doc)[::2]), found, strict=True):
        assert gated == (judgement_in(words), verdict_in(words), judged_act(words))


def test_the_gates_let_through_the_sentences_whose_readers_act() -> None:
    doc = load_pipeline()(SENTENCES[0])
    assert may_hold(list(doc), judgement_gate(), hyphenated)
    assert judgement_in(list(doc)) is not None
    calm = load_pipeline()(SENTENCES[-1])
    for gate in (judgement_gate(), verdict_gate(), judged_act_gate()):
        assert not may_hold(list(calm), gate, hyphenated)


def test_only_verbs_of_the_reporting_lists_may_report() -> None:
    from dossier.reported_speech import ReportedContent, reporting_verbs
    from dossier.speech_words import speech_lexicon

    lexicon = speech_lexicon()
    verbs = reporting_verbs(lexicon)
    assert {"say", "urge", "describe"} <= verbs
    assert lexicon.say_that <= verbs and lexicon.speak_verbs <= verbs
    assert reporting_verbs(lexicon) is verbs  # made once per lexicon
    text = "Ruiz said the harvest failed, and farmers planted maize again."
    doc = load_pipeline()(text)
    reported = ReportedContent(text, lexicon)
    said, failed, planted = (
        next(t for t in doc if t.lower_ == w) for w in ("said", "failed", "planted")
    )
    assert reported.may_report(said)
    assert not reported.may_report(failed) and not reported.may_report(planted)
    assert reported.reported_contents(failed) == [] and reported.reported_contents(planted) == []
