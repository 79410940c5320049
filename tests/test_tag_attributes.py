"""The indexed attribute ruler and the remembering lemmatizer give every token what
spaCy's own components give it."""

from __future__ import annotations

import importlib

import pytest

from dossier.nlp import (
    ATTRIBUTE_RULER,
    DEFAULT_MODEL,
    INDEXED_ATTRIBUTES,
    LEMMATIZER,
    REMEMBERING_LEMMATIZER,
    add_line_breaks,
    load_pipeline,
)
from dossier.tag_attributes import index_by_value, one_token_tests

SENTENCES = [
    # ordinary news prose: tags mapped to parts of speech and morphology
    "The governor of Karvelia said on Monday that the new dam would not be finished "
    "before 2031, and that those who had protested were heard.",
    # the word rules: "gonna", "ain't", "let's", "y'all", expletive "there", I/you/it
    "Mayor Odile Braskow told reporters: \"We ain't gonna wait, y'all. Let's go.\" "
    "There are three ferries left and it was I who called you about it.",
    # auxiliaries, a subordinating "that", a determiner used as a pronoun
    "Farmers in Lorovo have been asking whether that is enough; this was rejected.",
    # whitespace tokens, a line break, a dangling tab
    "Port Arlen  \n\n  Fishing crews went back to sea\t on Friday.",
]


@pytest.fixture(scope="module")
def pipelines():  # type: ignore[no-untyped-def]
    """dossier's pipeline and the model as shipped, with the same line-break rule."""
    spacys = importlib.import_module(DEFAULT_MODEL).load()
    add_line_breaks(spacys)
    return load_pipeline(), spacys


def test_the_loaded_pipeline_runs_the_indexed_ruler_instead_of_spacys() -> None:
    nlp = load_pipeline()
    assert INDEXED_ATTRIBUTES in nlp.pipe_names
    assert ATTRIBUTE_RULER not in nlp.pipe_names
    assert ATTRIBUTE_RULER in nlp.disabled
    assert nlp.pipe_names.index(INDEXED_ATTRIBUTES) < nlp.pipe_names.index(REMEMBERING_LEMMATIZER)


def test_the_loaded_pipeline_remembers_lemmas_instead_of_running_spacys_lemmatizer() -> None:
    nlp = load_pipeline()
    assert LEMMATIZER in nlp.disabled and LEMMATIZER not in nlp.pipe_names
    doc = nlp("The rebels were shelling the towns that the rebels had shelled before.")
    assert [t.lemma_ for t in doc if t.text in ("shelling", "shelled", "towns", "were")] == [
        "be",
        "shell",
        "town",
        "shell",
    ]


@pytest.mark.parametrize("text", SENTENCES)
def test_every_token_gets_the_attributes_spacy_gives_it(pipelines, text: str) -> None:  # type: ignore[no-untyped-def]
    ours, spacys = pipelines
    mine, theirs = ours(text), spacys(text)
    assert [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in mine] == [
        (t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in theirs
    ]
    # the tensor is left out: its floats come from numpy's BLAS in ours (dossier.blas)
    assert mine.to_bytes(exclude=["tensor"]) == theirs.to_bytes(exclude=["tensor"])


def test_the_word_rules_still_apply(pipelines) -> None:  # type: ignore[no-untyped-def]
    ours, _ = pipelines
    doc = ours("We are gonna leave, and there is nothing they can do.")
    by_text = {t.text: t for t in doc}
    assert by_text["gon"].lemma_ == "go" and by_text["na"].lemma_ == "to"
    assert by_text["is"].pos_ == "VERB"  # "there is": a verb, not an auxiliary
    assert by_text["nothing"].pos_ == "PRON"


def test_only_one_token_patterns_with_known_tests_are_indexed() -> None:
    assert one_token_tests([{"TAG": "NN", "LOWER": {"IN": ["nothing"]}}]) == [
        ("TAG", "==", "NN"),
        ("LOWER", "IN", frozenset({"nothing"})),
    ]
    assert one_token_tests([{"LOWER": "gon"}, {"LOWER": "na"}]) is None
    assert one_token_tests([{"LENGTH": {">=": 3}}]) is None
    assert one_token_tests([{"LOWER": "a", "OP": "?"}]) is None


def test_a_token_is_tested_only_against_the_rules_its_values_name() -> None:
    """Rules by the value one of their ``==`` / ``IN`` tests needs; the rest always tried."""
    rules = [
        (0, [(1, "==", "NN")]),
        (1, [(0, "IN", frozenset({"nothing", "none"})), (1, "==", "NN")]),
        (2, [(0, "NOT_IN", frozenset({"the"}))]),
    ]
    by_value, unindexed = index_by_value(rules)
    assert by_value == {(1, "NN"): [0], (0, "nothing"): [1], (0, "none"): [1]}
    assert unindexed == [2]
    ruler = load_pipeline().get_pipe(INDEXED_ATTRIBUTES)
    assert len(ruler.unindexed) < len(ruler.single) / 4  # most rules name a tag or word


def test_the_rules_of_several_tokens_run_only_where_a_token_may_start_one() -> None:
    ruler = load_pipeline().get_pipe(INDEXED_ATTRIBUTES)
    plain = load_pipeline()("Fishing crews from Port Arlen went back to sea on Friday.")
    assert not any(found and found[-1] == -1 for found in ruler.single_rules(plain))
    late = load_pipeline()("Fishing crews went back to sea on Friday, and they are gonna stay.")
    starts = ruler.single_rules(late)
    marked = [t.text for t, found in zip(late, starts, strict=True) if found[-1:] == (-1,)]
    assert marked == ["gon"]
    assert [t.lemma_ for t in late if t.text in ("gon", "na")] == ["go", "to"]
