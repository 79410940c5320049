"""The array-read shortcuts of the entity and event stages pick what a walk over every
word picks: same groups, same name runs, same trigger line, same epithets."""

from __future__ import annotations

import pytest

from dossier.entity_groups import _group_candidates, _group_mention, group_heads
from dossier.epithets import epithet_features
from dossier.events.lexicon_match import by_specificity
from dossier.events.triggers import Trigger
from dossier.lexicon import load_lexicon
from dossier.name_repairs import title_case_runs
from dossier.names import entities_of
from dossier.nlp import load_pipeline

TEXTS = [
    "Ethnic Uzbeks in Osh said Kyrgyz police detained three men near the border.",
    "Peruvian troops and Bolivian rebels clashed; the Andean nation blamed La Paz.",
    "Mongolian herders met the Chinese delegation. Ulaanbaatar Officials Said Nothing.",
    "The Gulf state and the island nation signed a deal with Sri Lankan fishermen.",
]


@pytest.fixture(scope="module")
def docs():  # type: ignore[no-untyped-def]
    nlp = load_pipeline()
    return [nlp(text) for text in TEXTS]


def test_group_candidates_hold_every_word_a_group_is_found_at(docs) -> None:  # type: ignore[no-untyped-def]
    lexicon, heads = load_lexicon(), group_heads()
    for doc in docs:
        ends = frozenset(ent.end_char for ent in doc.ents)
        picked = {t.i for t in _group_candidates(doc, ends)}
        found = {t.i for t in doc if _group_mention(doc, t, [], lexicon, heads, ends) is not None}
        assert found <= picked
        assert all(doc[i].is_alpha or doc[i].idx + len(doc[i]) in ends for i in picked)
    assert "Uzbeks" in [t.text for t in _group_candidates(docs[0], frozenset())]


def reference_runs(doc, pos, min_length):  # type: ignore[no-untyped-def]
    runs, current = [], []
    for token in doc:
        capital = token.is_alpha and token.pos_ in pos and token.text[0].isupper()
        if capital and (not current or not token.is_sent_start):
            current.append(token.i)
            continue
        if len(current) >= min_length:
            runs.append(current)
        current = [token.i] if capital else []
    if len(current) >= min_length:
        runs.append(current)
    return runs


@pytest.mark.parametrize("pos,least", [(("PROPN", "NOUN"), 2), (("PROPN",), 1), (("PROPN",), 2)])
def test_title_case_runs_match_a_walk_over_every_word(docs, pos, least) -> None:  # type: ignore[no-untyped-def]
    for doc in docs:
        runs = [[t.i for t in run] for run in title_case_runs(doc, pos=pos, min_length=least)]
        assert runs == reference_runs(doc, pos, least)


def test_most_specific_trigger_line_first_ties_in_order() -> None:
    plain = Trigger("CONSULT", None, False, "meet")
    particle = Trigger("CONSULT", "visit", False, "meet", particle="with")
    other = Trigger("AID", None, False, "meet", particle="up")
    objects = Trigger("AGREE", None, False, "meet", objects=frozenset({"demand"}))
    options = (plain, particle, objects, other)
    assert by_specificity(options) == (objects, particle, other, plain)
    assert by_specificity(options) is by_specificity(options)


def test_entities_and_epithets_read_once_answer_alike(docs) -> None:  # type: ignore[no-untyped-def]
    doc = docs[3]
    assert entities_of(doc) == doc.ents and entities_of(doc) is entities_of(doc)
    state = next(t for t in doc if t.text == "state")
    first = epithet_features(state)
    assert first is not None and first[0].text == "The Gulf state"
    first[1].add("changed by a caller")
    again = epithet_features(state)
    assert again is not None and "changed by a caller" not in again[1]
