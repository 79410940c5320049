"""events.quote_words: a quote's words by string id, and the gates that spare the quote
stance readers a walk over a quote none of whose words is on their lists.  A gate may let
through quotes where its reader finds nothing, never turn one away where it finds
something: checked at every sentence and every quote of invented texts and of the
project's example articles."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span

from dossier.event_evaluation import judged_act, verdict_in, wronged_in
from dossier.event_opinion import judgement_in
from dossier.events.defences import dismissal_in
from dossier.events.quote_words import (
    QuoteWords,
    may_be_wronged,
    may_dismiss,
    may_judge,
    may_judge_act,
    may_verdict,
)
from dossier.events.triggers import event_lexicon
from dossier.nlp import load_pipeline, parse

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
TEXTS = [
    "“The accusations against me are baseless and politically motivated,” said Tomas Ruiz.",
    "“Quito's new mining law is reckless and short-sighted,” the senator told reporters.",
    "“The evidence cannot prove that my client took a bribe,” said lawyer Ana Sousa.",
    "“Our farmers were wrongfully detained last week,” said Aibek Omurov in Osh.",
    "“Kenya illegally seized our fishing boats,” the Tanzanian minister said on Friday.",
    "“There has been a total breakdown of the rule of law in Mali,” the envoy said.",
    "“Sofia's decision to expel the diplomats is arbitrary,” said the Serbian minister.",
    "“The ban will never silence me,” the Ghanaian blogger Kwame Mensah said on Monday.",
    "“We thank Fiji for its generous help after the cyclone,” said Prime Minister Rabuka.",
    "“The talks went well and we will meet again in March,” the delegate said.",
]


@cache
def docs() -> list[Doc]:
    texts = [*TEXTS, *(p.read_text("utf-8") for p in sorted(EXAMPLES.glob("*.txt"))[:6])]
    return list(parse(load_pipeline(), texts))


def spans() -> Iterator[Span]:
    """Every sentence of the texts, and every stretch between quote marks."""
    for doc in docs():
        yield from doc.sents
        opened: int | None = None
        for token in doc:
            if token.text in ("“", "”", '"'):
                if opened is None:
                    opened = token.i + 1
                else:
                    yield doc[opened : token.i]
                    opened = None


def test_ids_are_the_lowercased_lemmas_and_forms() -> None:
    (doc,) = parse(load_pipeline(), ["The Ministers REJECTED short-sighted plans."])
    said = QuoteWords(doc, doc[1:7])
    expected = {get_string_id(t.lemma_.lower()) for t in doc[1:7]}
    expected |= {get_string_id(t.lower_) for t in doc[1:7]}
    assert said.ids == expected
    assert said.names_any(frozenset({"reject"}), frozenset({"nothing"}))
    assert said.names_any(frozenset({"ministers"}))
    assert not said.names_any(frozenset({"the", "nothing"}))  # "The" is outside the span
    assert said.joined and not said.spaced
    assert not QuoteWords(doc, doc[0:3]).joined


def test_an_empty_or_missing_span_names_nothing() -> None:
    (doc,) = parse(load_pipeline(), ["Nothing was said."])
    for said in (QuoteWords(doc, None), QuoteWords(doc, doc[1:1])):
        assert said.ids == frozenset() and not said.joined and not said.spaced
        assert not said.names_any(frozenset({"nothing", "say"}))


def _may_dismiss(said: QuoteWords) -> bool:
    return may_dismiss(said, event_lexicon())


def _dismissal_in(tokens: list[Any]) -> Any:
    return dismissal_in(tokens, event_lexicon())


READERS: list[tuple[str, Callable[[QuoteWords], bool], Callable[[list[Any]], Any]]] = [
    ("dismissal", _may_dismiss, _dismissal_in),
    ("judgement", may_judge, judgement_in),
    ("verdict", may_verdict, verdict_in),
    ("judged_act", may_judge_act, judged_act),
    ("wronged", may_be_wronged, wronged_in),
]  # fmt: skip


@pytest.mark.parametrize(("gate", "reader"), [r[1:] for r in READERS], ids=[r[0] for r in READERS])
def test_a_gate_never_turns_away_what_its_reader_finds(
    gate: Callable[[QuoteWords], bool], reader: Callable[[list[Any]], Any]
) -> None:
    found = 0
    for span in spans():
        answer = reader(list(span))
        if answer is not None:
            found += 1
            assert gate(QuoteWords(span.doc, span)), span.text
    assert found  # each reader finds something somewhere in the texts
