"""The trigger lines' relations read in one walk (``lexicon_match.relations_of``) are
those the ``RELATIONS`` patterns give when matched one by one (``events.anchored``), and
the frame patterns skipped for want of a child relation (``anchored.first_child_deps``)
match nowhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.events.anchored import AnchoredMatcher, first_child_deps
from dossier.events.frame_data import frame_data
from dossier.events.frame_patterns import pattern_matcher
from dossier.events.lexicon_match import RELATION_NODES, RELATIONS, Related, relations_of
from dossier.nlp import load_pipeline

TEXTS = [
    "Quito called off the talks and pulled out of the accord with the miners on Tuesday.",
    "The junta in Niamey took control of the airport after the envoys backed out of the deal.",
    "Rebels in Mindanao called on Manila to free the prisoners; the army vowed to fight.",
    "Kazakh officials were addressing the Eurasian Economic Union (EEU) summit in Astana.",
    "Ties which had been cut by Lima were restored, and relations that were severed resumed.",
    "Serbia forced the weekly to close and sent dozens of soldiers to the Kosovo border.",
    "Samoa remained engaged in talks that were held in Apia, officials said.",
]


@pytest.fixture(scope="module")
def docs():  # type: ignore[no-untyped-def]
    nlp = load_pipeline()
    examples = sorted(Path(__file__).parent.parent.joinpath("examples").glob("*.txt"))[:6]
    return [nlp(text) for text in [*TEXTS, *(p.read_text() for p in examples)]]


def patterns_matched(matcher: AnchoredMatcher, token, name: str) -> list[Related]:  # type: ignore[no-untyped-def]
    nodes = RELATION_NODES[name]
    return [
        Related(name, found[nodes[1]], found[nodes[-1]])
        for _, found in matcher.matches(name, token)
    ]


def test_one_walk_finds_each_relation_the_patterns_find_in_their_order(docs) -> None:  # type: ignore[no-untyped-def]
    matcher = AnchoredMatcher({name: [pattern] for name, pattern in RELATIONS.items()})
    seen: set[str] = set()
    for doc in docs:
        for token in doc:
            walked = relations_of(token)
            assert set(walked) <= set(RELATIONS)
            for name in RELATIONS:
                expected = patterns_matched(matcher, token, name)
                assert walked.get(name, []) == expected, (token.text, name)
                seen.update([name] if expected else [])
    # the texts exercise every relation
    assert seen == set(RELATIONS)


def test_a_word_with_no_children_has_no_relations() -> None:
    doc = load_pipeline()("Fiji protested.")
    assert relations_of(doc[0]) == {}


def test_first_child_deps_reads_a_child_nodes_relations() -> None:
    anchor = {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {}}
    node = {"LEFT_ID": "trigger", "REL_OP": ">", "RIGHT_ID": "target"}
    one = [anchor, {**node, "RIGHT_ATTRS": {"DEP": "dobj", "POS": "PROPN"}}]
    some = [anchor, {**node, "RIGHT_ATTRS": {"DEP": {"IN": ["prep", "agent"]}}}]
    not_in = [anchor, {**node, "RIGHT_ATTRS": {"DEP": {"NOT_IN": ["prep"]}}}]
    head = [anchor, {**node, "REL_OP": "<", "RIGHT_ATTRS": {"DEP": "ROOT"}}]
    assert first_child_deps(one) == {"dobj"}
    assert first_child_deps(some) == {"prep", "agent"}
    assert first_child_deps(not_in) is None  # says what it is not: any relation may do
    assert first_child_deps(head) is None  # the head, no child
    assert first_child_deps([anchor]) is None


def test_frames_skipped_by_the_anchors_child_relations_match_nowhere(docs) -> None:  # type: ignore[no-untyped-def]
    frames = frame_data().pattern_frames()
    ours = pattern_matcher(frame_data(), frames, load_pipeline().vocab).anchored
    unfiltered = AnchoredMatcher(
        {key: [list(p.nodes) for p in given] for key, given in frames.items()}
    )
    unfiltered.child_deps = {key: [None] * len(given) for key, given in frames.items()}
    assert any(d is not None for given in ours.child_deps.values() for d in given)
    found = 0
    for doc in docs:
        walked: dict = {}  # type: ignore[type-arg]
        for token in doc:
            for key in frames:
                for named in (None, token.head):
                    fixed = {"object": named}
                    mine = list(ours.matches(key, token, fixed, walked))
                    assert mine == list(unfiltered.matches(key, token, fixed)), (token.text, key)
                    found += len(mine)
    assert found
