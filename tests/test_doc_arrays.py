"""Tokens picked off the Doc's arrays are the ones a walk over every token picks."""

from __future__ import annotations

import pytest

from dossier.doc_arrays import nouns_of_lemma, tokens_at, tokens_where
from dossier.nlp import load_pipeline

TEXT = (
    "The island nation said on Friday that the former minister and the latter envoy "
    "would meet her in Valletta; they had called the talks a waste of time."
)


@pytest.fixture(scope="module")
def doc():  # type: ignore[no-untyped-def]
    return load_pipeline()(TEXT)


def test_tokens_by_fine_tag(doc) -> None:  # type: ignore[no-untyped-def]
    picked = tokens_where(doc, tags=("NN", "NNP"))
    assert [t.i for t in picked] == [t.i for t in doc if t.tag_ in ("NN", "NNP")]
    assert "nation" in [t.text for t in picked] and "said" not in [t.text for t in picked]


def test_tokens_by_part_of_speech_or_word(doc) -> None:  # type: ignore[no-untyped-def]
    picked = tokens_where(doc, pos={"PRON"}, lowers={"former", "latter"})
    assert [t.text for t in picked] == [
        t.text for t in doc if t.pos_ == "PRON" or t.lower_ in ("former", "latter")
    ]
    assert {"former", "latter", "her", "they"} <= {t.text for t in picked}


def test_nothing_asked_picks_nothing(doc) -> None:  # type: ignore[no-untyped-def]
    assert tokens_where(doc) == []
    assert tokens_where(doc, tags=("XX-NONE",)) == []


def test_tokens_by_relation(doc) -> None:  # type: ignore[no-untyped-def]
    picked = tokens_where(doc, pos=("VERB",), deps=("nsubj", "dobj"))
    assert [t.i for t in picked] == [
        t.i for t in doc if t.pos_ == "VERB" or t.dep_ in ("nsubj", "dobj")
    ]
    assert "said" in [t.text for t in picked]


def test_tokens_at_character_offsets(doc) -> None:  # type: ignore[no-untyped-def]
    starts = {token.idx: token for token in doc}
    wanted = [doc[0].idx, doc[3].idx, doc[-1].idx, doc[3].idx + 1, len(doc.text) + 5]
    found = tokens_at(doc, wanted)
    assert found == {i: starts[i] for i in wanted if i in starts}
    assert [t.i for t in found.values()] == [0, 3, len(doc) - 1]
    assert tokens_at(doc, []) == {}


def test_nouns_of_one_lemma_between_two_positions() -> None:
    doc = load_pipeline()(
        "The spokesman for the port authority spoke first. Two spokesmen left. "
        "The spokesman said the port would reopen."
    )
    last = max(t.i for t in doc if t.lower_ == "spokesman")
    expected = [t.i for t in doc[:last] if t.lemma_ == doc[last].lemma_ and t.pos_ == "NOUN"]
    assert nouns_of_lemma(doc, doc[last].lemma, -5, last) == expected
    assert len(expected) >= 2  # the plural shares the lemma
    assert nouns_of_lemma(doc, doc[last].lemma, expected[0] + 1, last) == expected[1:]
    assert nouns_of_lemma(doc, doc[last].lemma, 0, 0) == []
