"""The word gates of the event coder's constructions (events.word_gates) and the
anchored patterns' token tests (events.anchored): each spares calls, never an event.

A gate is the first test of its construction, read off the word alone: so at every
word of the sentences below that fails a construction's gate, the construction itself
codes nothing (it returns None), and the events coded are those coded with every
construction tried at every word its part of speech admits.
"""

from __future__ import annotations

import pytest

from dossier.dates import find_dates
from dossier.entities import EntityFinder
from dossier.events import word_gates
from dossier.events.anchored import token_test, value_test
from dossier.events.coder import STEP_FUNCTIONS, _EventCoder
from dossier.events.rules import _ADMITTED
from dossier.nlp import load_pipeline, parse
from dossier.quotes import find_quotes


def coder_of(text: str, finder: EntityFinder) -> _EventCoder:
    (doc,) = parse(load_pipeline(), [text])
    entities = finder.find(doc)
    dates = find_dates(doc, "2024-05-02")
    quotes, _ = find_quotes(doc, entities, dates)
    return _EventCoder(doc, entities, dates, quotes)


# each gated construction coding once, and words each gate turns away
SENTENCES = [
    "Ghana and Togo held naval drills off Lome on Tuesday.",  # joint_exercise
    "Pakistan conducted a ballistic missile test near Karachi.",  # weapons_test
    "Velmora continues to develop its ballistic missile programs.",  # arms_build
    "Senator Okafor called the ruling arbitrary.",  # judgement
    "Mirela Vasquez, a vocal critic of the Ruritanian government, left Castor.",  # critic
    "Peru called for Chile to withdraw its troops.",  # for_clause_request
    "Ghana is committed to opening its markets to Togo.",  # commitment_to
    "The army gave the militia a day to disarm or face an assault.",  # ultimatum
    "Kenya and Uganda set up a joint investigation team.",  # joint_undertaking
    "The lawsuit, filed against the ministry by Amnesty, was dismissed.",  # filed_against
    "Vietnam test-fired a cruise missile, and Laos protested the launch.",
    "Mayor Soto of Castor is under investigation by Ruritania's prosecutors.",  # DOC_GATES
    "Prosecutors in Velmora put General Ortiz on trial on Monday.",
    "Peru and Bolivia jointly inaugurated a bridge over the river.",
    "The storm hit the coast, and rescuers searched the rubble for survivors.",
]


def test_a_construction_codes_nothing_at_a_word_its_gate_turns_away(
    finder: EntityFinder,
) -> None:
    turned_away = 0
    for text in SENTENCES:
        coder = coder_of(text, finder)
        for token in coder.doc:
            key = (token.pos_, token.lemma_.lower(), token.lower_)
            for name in word_gates.WORD_GATES:
                if word_gates.passes_gate(coder, name, *key):
                    continue
                turned_away += 1
                assert STEP_FUNCTIONS[name](coder, token) is None, (text, token.text, name)
    assert turned_away > 100


def test_a_construction_codes_nothing_at_a_word_its_doc_gate_turns_away(
    finder: EntityFinder,
) -> None:
    from spacy.attrs import DEP, LOWER

    turned_away, coded_at_gated = 0, 0
    for text in SENTENCES:
        coder = coder_of(text, finder)
        columns = coder.doc.to_array([DEP, LOWER])
        for name, gate in word_gates.DOC_GATES.items():
            allowed = gate(coder, coder.doc, (columns[:, 0], columns[:, 1]))
            for token in coder.doc:
                found = STEP_FUNCTIONS[name](coder, token)
                if token.i in allowed:
                    coded_at_gated += found is not None
                    continue
                turned_away += 1
                assert found is None, (text, token.text, name)
    assert turned_away > 100
    assert coded_at_gated >= 2  # the gates let through the words that code


@pytest.mark.parametrize(
    ("construction", "word", "passes"),
    [
        ("joint_exercise", ("NOUN", "drill", "drills"), True),
        ("joint_exercise", ("NOUN", "market", "markets"), False),
        ("weapons_test", ("VERB", "fire", "fired"), True),  # "test-fired": its neighbour tells
        ("weapons_test", ("NOUN", "test", "test"), True),
        ("weapons_test", ("NOUN", "coast", "coast"), False),
        ("judgement", ("VERB", "call", "called"), True),
        ("judgement", ("NOUN", "critic", "critic"), True),
        ("judgement", ("VERB", "leave", "left"), False),
        ("commitment_to", ("ADJ", "committed", "committed"), True),
        ("commitment_to", ("VERB", "open", "opening"), False),
        ("for_clause_request", ("VERB", "call", "called"), True),
        ("for_clause_request", ("VERB", "withdraw", "withdraw"), False),
        ("lexicon_trigger", ("NOUN", "coast", "coast"), True),  # no gate: every word
    ],
)
def test_gates_pass_the_words_their_construction_starts_from(
    finder: EntityFinder, construction: str, word: tuple[str, str, str], passes: bool
) -> None:
    coder = coder_of("Peru called for talks.", finder)
    assert word_gates.passes_gate(coder, construction, *word) is passes


def test_may_name_reads_a_hyphened_words_tail() -> None:
    words = frozenset({"cease-fire", "truce"})
    assert word_gates.may_name("truce", "truces", words)
    assert word_gates.may_name("fire", "fire", words)  # "cease-fire", split in three
    assert not word_gates.may_name("peace", "peace", words)


def test_the_same_events_with_every_construction_tried(finder: EntityFinder) -> None:
    gates, doc_gates = dict(word_gates.WORD_GATES), dict(word_gates.DOC_GATES)
    try:
        found = {}
        for gated in (True, False):
            if not gated:
                word_gates.WORD_GATES.clear()
                word_gates.DOC_GATES.clear()
            _ADMITTED.clear()
            word_gates.GATED_IN.clear()
            found[gated] = [
                [e.to_json() for e in coder_of(text, finder).events()] for text in SENTENCES
            ]
    finally:
        word_gates.WORD_GATES.update(gates)
        word_gates.DOC_GATES.update(doc_gates)
        _ADMITTED.clear()
        word_gates.GATED_IN.clear()
    assert found[True] == found[False]
    assert any(found[True])


def test_token_tests_as_one_function_hold_where_the_value_tests_hold() -> None:
    (doc,) = parse(load_pipeline(), ["Troops from Ghana crossed the border on Monday."])
    specs = [
        {"DEP": {"IN": ["nsubj", "pobj"]}},
        {"DEP": {"NOT_IN": ["prep"]}, "POS": "PROPN"},
        {"LOWER": "ghana"},
        {"TAG": {"IN": ["NNP"], "NOT_IN": ["NN"]}},
        {"LENGTH": 6},
    ]
    for spec in specs:
        test = token_test(spec)
        assert test is not None
        for token in doc:
            expected = all(
                value_test(given, name)(len(token) if name == "LENGTH" else attribute(token, name))
                for name, given in spec.items()
            )
            assert test(token) is expected, (spec, token.text)
    assert token_test({}) is None
    with pytest.raises(ValueError, match="is not one of"):
        token_test({"DEP": {"AMONG": ["nsubj"]}})


def attribute(token: object, name: str) -> object:
    return getattr(token, {"DEP": "dep_", "POS": "pos_", "LOWER": "lower_", "TAG": "tag_"}[name])


def test_words_with_no_lexicon_key_match_no_trigger_line(finder: EntityFinder) -> None:
    coder = coder_of("Ghana's army shelled rebel positions near Tamale on Sunday.", finder)
    found = coder.doc_triggers(coder.doc[0])
    assert found.keyed == frozenset(i for _, i in found.keys)
    assert any(t.i in found.keyed for t in coder.doc if t.lower_ == "shelled")
    for token in coder.doc:
        if token.i not in found.keyed:
            assert coder.match(token) is None
    assert coder.match(next(t for t in coder.doc if t.lower_ == "shelled")) is not None


def test_the_doc_gates_read_only_the_words_their_constructions_are_tried_at(
    finder: EntityFinder,
) -> None:
    from spacy.attrs import POS

    coder = coder_of("Ghana and Togo jointly opened a bridge, and Soto went on trial.", finder)
    at = word_gates.gated_words(coder.rules.steps, coder.doc.to_array([POS]))
    gated = word_gates.gated_parts_of_speech(coder.rules.steps)
    assert gated is not None and "VERB" in gated  # charge states, joint deeds: verbs
    assert at == [t.i for t in coder.doc if t.pos_ in gated]
    assert len(at) < len(coder.doc)


def test_a_matched_word_runs_only_the_vetoes_of_its_trigger_type() -> None:
    from dossier.events.rules import rewrite_rules
    from dossier.events.vetoes import vetoes_of

    vetoes = rewrite_rules().vetoes
    for trigger_type in ("ASSAULT", "REQUEST", "CONSULT", "NO_SUCH_TYPE"):
        applying = vetoes_of(vetoes, trigger_type)
        assert applying == tuple(v for v in vetoes if v.types is None or trigger_type in v.types)
        assert vetoes_of(vetoes, trigger_type) is applying  # kept
    assert len(vetoes_of(vetoes, "NO_SUCH_TYPE")) < len(vetoes)


def test_trigger_first_constructions_code_nothing_at_an_unkeyed_word(
    finder: EntityFinder,
) -> None:
    unkeyed = 0
    for text in SENTENCES:
        coder = coder_of(text, finder)
        keyed = coder.doc_triggers(coder.doc[0]).keyed
        for token in coder.doc:
            if token.i in keyed:
                continue
            unkeyed += 1
            for name in word_gates.TRIGGER_FIRST:
                assert STEP_FUNCTIONS[name](coder, token) is None, (text, token.text, name)
    assert unkeyed > 100


def test_trigger_gated_drops_trigger_steps_only_at_unkeyed_words(finder: EntityFinder) -> None:
    coder = coder_of("Ghana's army shelled rebel positions near Tamale on Sunday.", finder)
    keyed = coder.doc_triggers(coder.doc[0]).keyed
    before = [coder.admitted_steps(t) for t in coder.doc]
    after = word_gates.trigger_gated(coder, coder.doc, list(before))
    for token, old, new in zip(coder.doc, before, after, strict=True):
        names = [s.construction for s in old]
        if token.i in keyed:
            assert new is old
        else:
            assert [s.construction for s in new] == [
                n for n in names if n not in word_gates.TRIGGER_FIRST
            ]
    shelled = next(t.i for t in coder.doc if t.lower_ == "shelled")
    assert "lexicon_trigger" in [s.construction for s in after[shelled]]
    assert any(not new and old for old, new in zip(before, after, strict=True))
    plain = tuple(s for s in before[shelled] if s.construction not in word_gates.TRIGGER_FIRST)
    assert word_gates.without_trigger_steps(plain) is plain  # nothing to drop: the same tuple


def test_the_same_events_without_the_trigger_gate(
    finder: EntityFinder, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = {}
    for gated in (True, False):
        if not gated:
            monkeypatch.setattr(word_gates, "TRIGGER_FIRST", frozenset())
        word_gates.WITHOUT_TRIGGER.clear()
        found[gated] = [
            [e.to_json() for e in coder_of(text, finder).events()] for text in SENTENCES
        ]
    word_gates.WITHOUT_TRIGGER.clear()
    assert found[True] == found[False]
    assert any(found[True])
