"""What the stages keep on a parsed Doc answers as spaCy answers, and is let go after it.

Sentences (``dossier.sentences``), a word's children (``syntax.tree.children_of``), the
attribute columns (``doc_arrays.column``) and ``nlp.release``, on our own sentences.
"""

from __future__ import annotations

import numpy
import pytest
from spacy.attrs import DEP, HEAD, IDX, LEMMA, LOWER, POS

from dossier.doc_arrays import (
    COLUMNS_KEY,
    column,
    columns,
    names_any,
    positions_between,
    word_ids,
)
from dossier.nlp import TEXT_KEY, load_pipeline, parse, release
from dossier.sentences import SentenceIndex, index_sentences
from dossier.syntax.tree import CHILDREN_KEY, ancestor_subjects, children_of

TEXT = (
    "Harbour Update\n"
    "The ferry company said on Monday that its new vessel, built in Gdansk, would not sail "
    "before May. Port officials, who asked the minister to act, called the delay a blow.\n\n"
    "Travellers waited. The mayor of Klaipeda promised that the town would pay for buses "
    "and hotels while the repairs lasted; nobody objected."
)


@pytest.fixture(scope="module")
def doc():  # type: ignore[no-untyped-def]
    (parsed,) = parse(load_pipeline(), [TEXT])
    return parsed


@pytest.fixture(scope="module")
def plain():  # type: ignore[no-untyped-def]
    """The same text parsed by the pipeline alone: spaCy's own answers, no hooks."""
    return load_pipeline()(TEXT)


def test_every_word_has_spacys_sentence(doc, plain) -> None:  # type: ignore[no-untyped-def]
    assert "sent" in doc.user_token_hooks and "sent" not in plain.user_token_hooks
    assert len(list(plain.sents)) >= 5  # the headline's line break starts one too
    for ours, theirs in zip(doc, plain, strict=True):
        assert (ours.sent.start, ours.sent.end) == (theirs.sent.start, theirs.sent.end)
        assert ours.sent.text == theirs.sent.text


def test_a_span_has_the_sentence_of_its_first_word(doc, plain) -> None:  # type: ignore[no-untyped-def]
    for start, end in ((0, 2), (3, 9), (20, 40), (len(doc) - 3, len(doc))):
        ours, theirs = doc[start:end].sent, plain[start:end].sent
        assert (ours.start, ours.end) == (theirs.start, theirs.end)


def test_a_sentence_is_made_once(doc) -> None:  # type: ignore[no-untyped-def]
    assert doc[5].sent is doc[6].sent
    assert doc[5].sent is not doc[len(doc) - 1].sent


def test_a_doc_without_sentence_bounds_keeps_spacys_answer() -> None:
    blank = load_pipeline().make_doc("No parse here. None at all.")
    assert index_sentences(blank) is blank
    assert "sent" not in blank.user_token_hooks
    with pytest.raises(ValueError):
        blank[0].sent  # noqa: B018 - spaCy's own error: no sentence bounds


def test_the_index_alone() -> None:
    nlp = load_pipeline()
    parsed = nlp("Rain fell. The match went on. Fans stayed.")
    index = SentenceIndex()
    assert [index.at(parsed, t.i).text for t in parsed] == [t.sent.text for t in parsed]


def test_children_are_spacys_in_order(doc) -> None:  # type: ignore[no-untyped-def]
    for token in doc:
        assert [c.i for c in children_of(token)] == [c.i for c in token.children]
    said = next(t for t in doc if t.lower_ == "said")
    assert children_of(said) is children_of(said)  # kept on the Doc
    assert said.i in doc.user_data[CHILDREN_KEY]


def test_ancestor_subjects_are_spacys_walk(doc) -> None:  # type: ignore[no-untyped-def]
    for token in doc:
        for before in (0, token.i, len(doc)):
            expected = [
                c.i
                for a in token.ancestors
                for c in a.children
                if c.dep_ in ("nsubj", "nsubjpass") and c.i < before
            ]
            assert [s.i for s in ancestor_subjects(token, before)] == expected
    vessel = next(t for t in doc if t.lower_ == "vessel")  # subject of "sail", under "said"
    assert [s.text for s in ancestor_subjects(vessel, len(doc))] == ["vessel", "company"]
    assert [s.text for s in ancestor_subjects(vessel, vessel.i)] == ["company"]


def test_names_any_tells_whether_a_word_or_lemma_is_listed(doc) -> None:  # type: ignore[no-untyped-def]
    lemmas, lowers = word_ids(doc)
    assert lemmas == {doc.vocab.strings[t.lemma_.lower()] for t in doc}
    assert lowers == {t.lower for t in doc}
    assert names_any(doc, frozenset({"gdansk"}))  # "Gdansk", by its lowercase form
    assert names_any(doc, frozenset({"wait"}), lemma_only=True)  # "waited"
    assert not names_any(doc, frozenset({"waited"}), lemma_only=True)  # a form, no lemma
    assert names_any(doc, frozenset({"waited"}))
    assert not names_any(doc, frozenset({"cyclone", "earthquake"}))
    assert word_ids(doc) is word_ids(doc)  # read once per Doc


def test_positions_between_are_the_words_asked_for(doc) -> None:  # type: ignore[no-untyped-def]
    subjects, verbs = frozenset({"nsubj", "nsubjpass"}), frozenset({"VERB", "AUX"})
    for start, end in ((0, len(doc)), (3, 17), (10, 10), (len(doc) - 5, len(doc))):
        expected = [t.i for t in doc[start:end] if t.dep_ in subjects or t.pos_ in verbs]
        assert positions_between(doc, start, end, deps=subjects, pos=verbs) == expected
        only = [t.i for t in doc[start:end] if t.dep_ in subjects]
        assert positions_between(doc, start, end, deps=subjects) == only


def test_columns_are_spacys_arrays(doc) -> None:  # type: ignore[no-untyped-def]
    for attribute in (POS, DEP, LOWER, IDX, HEAD, LEMMA):
        assert numpy.array_equal(column(doc, attribute), doc.to_array(attribute))
    both = columns(doc, [IDX, POS, DEP])
    assert numpy.array_equal(both, doc.to_array([IDX, POS, DEP]))
    assert both.dtype == doc.to_array([IDX, POS]).dtype
    assert column(doc, POS) is column(doc, POS)
    with pytest.raises(ValueError):
        column(doc, POS)[0] = 1  # read-only: a reader cannot change what the next reads


def test_release_keeps_only_the_text() -> None:
    (parsed,) = parse(load_pipeline(), [TEXT])
    children_of(parsed[3])
    column(parsed, POS)
    start = parsed[10].sent.start
    release(parsed)
    assert set(parsed.user_data) == {TEXT_KEY}
    assert COLUMNS_KEY not in parsed.user_data
    assert not parsed.user_token_hooks and not parsed.user_span_hooks
    assert parsed[10].sent.start == start  # spaCy answers again


def test_org_heads_made_once_per_lexicon_and_again_when_its_sectors_grow() -> None:
    from dossier.lexicon import ActorLexicon
    from dossier.names import not_entities, org_heads

    lexicon = ActorLexicon(org_sectors={"ministry": "GOV", "armed forces": "MIL"})
    heads = org_heads(lexicon)
    assert heads == frozenset({"ministry"}) | not_entities().org_heads  # one word only
    assert org_heads(lexicon) is heads  # kept
    lexicon.org_sectors["gendarmerie"] = "COP"
    assert "gendarmerie" in org_heads(lexicon)
    other = ActorLexicon(org_sectors={"tribunal": "JUD"})
    assert "tribunal" in org_heads(other) and "ministry" not in org_heads(other)
