"""The words a construction can code at, told by the word alone.

Several constructions of ``construction_order`` (data/events/rewrites.yaml) are tried
at every noun or verb and rule most of them out by their first test, a look-up of the
word's lemma or lowercased form in one of their word lists ("exercise", "drills" for
``joint_exercise``).  ``WORD_GATES`` states that first test for each such construction
as a test of the word's part of speech, lowercased lemma and lowercased form, the key
under which ``Rewrites.admitted_steps`` keeps the constructions tried at a word: a word
that fails it is never handed to the construction, which would have returned None
there before reading anything else.  So a gate must be implied by every way its
construction can code (or rule out) a word; it may let through more words, never fewer.
The constructions themselves keep their tests: a gate only spares the calls.

A few constructions tried at every verb start from a child of the word instead ("under"
for "is under investigation", "jointly" for "jointly inaugurated"): ``DOC_GATES`` finds,
once per article off the Doc's DEP and LOWER columns, the words that have such a child,
and ``Rewrites.admitted_in`` drops the construction at the other words.

The constructions that start by asking the word's trigger line (``TRIGGER_FIRST``:
``lexicon_trigger``, ``mediation_between``) return None at a word with no key in either
table of the lexicon (``DocTriggers.keyed``, found once per article): ``trigger_gated``
drops them there, so a word left with no step makes no Token and no call at all (two
words in three of those the constructions are tried at).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import numpy
from spacy.attrs import POS

from dossier.doc_arrays import attribute_ids, one_of
from dossier.event_evaluation import judgement_phrases
from dossier.events.charge_states import first_words
from dossier.identity_cache import kept_for
from dossier.syntax.words import grammar_words, hyphen_tails

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from dossier.events.steps import Step

__all__ = [
    "DOC_GATES",
    "GATED_IN",
    "TRIGGER_FIRST",
    "WORD_GATES",
    "DocGate",
    "WordGate",
    "doc_gated",
    "doc_gated_in",
    "gated_parts_of_speech",
    "gated_words",
    "may_name",
    "passes_gate",
    "trigger_gated",
    "without_trigger_steps",
]

# (the coder, part of speech, lemma lowercased, word lowercased) -> may the construction code there
WordGate = Callable[[Any, str, str, str], bool]


def may_name(lemma: str, lower: str, words: frozenset[str]) -> bool:
    """Whether ``syntax.words.names_one_of`` can hold for a word of this lemma and
    lowercased form: the lemma or the form is one of ``words``, or the lemma ends a
    hyphened word of the list ("fire" of "cease-fire", read off the word's neighbours)."""
    return lemma in words or lower in words or lemma in hyphen_tails(words) or "" in words


def _coded_words(construction: str) -> WordGate:
    """The construction's own ``words`` (rewrites.yaml) hold the word's lemma."""

    def gate(coder: Any, pos: str, lemma: str, lower: str) -> bool:
        return lemma in coder.rules.coded_as(construction).words

    return gate


def _joint_exercise(coder: Any, pos: str, lemma: str, lower: str) -> bool:
    nouns = coder.lexicon.exercise_nouns  # DeedConstructions.is_exercise
    return may_name(lemma, lower, nouns) or lower in hyphen_tails(nouns)


def _weapons_test(coder: Any, pos: str, lemma: str, lower: str) -> bool:
    # a verb hyphened to a test word ("test-fired") is told by its neighbour: any verb
    return pos == "VERB" or (pos == "NOUN" and may_name(lemma, lower, coder.lexicon.test_words))


def _arms_build(coder: Any, pos: str, lemma: str, lower: str) -> bool:
    return pos == "NOUN" and may_name(lemma, lower, grammar_words().arms_works)


def _judgement(coder: Any, pos: str, lemma: str, lower: str) -> bool:
    # Constructions.judgement (event_evaluation.evaluation_of), then Stances.critic
    phrases = judgement_phrases()
    if pos == "VERB":
        return lemma in phrases.likening_verbs or lemma in coder.lexicon.evaluation_verbs
    if pos == "ADJ":
        return lemma in phrases.critical_modifiers
    return pos == "NOUN" and lemma in phrases.critic_nouns


def _for_clause_request(coder: Any, pos: str, lemma: str, lower: str) -> bool:
    return pos == "VERB" and coder.request_trigger_for(lemma) is not None


def _commitment_to(coder: Any, pos: str, lemma: str, lower: str) -> bool:
    heads = grammar_words().commitment_heads  # commitments.committed_act
    return lemma in heads or lower in heads


WORD_GATES: dict[str, WordGate] = {
    "ultimatum": _coded_words("ultimatum"),  # Ultimatums.ultimatum
    "joint_undertaking": _coded_words("joint_undertaking"),  # joint_deeds.joint_undertaking
    "filed_against": _coded_words("filed_against"),  # ChargeStates.filed_against
    "joint_exercise": _joint_exercise,
    "weapons_test": _weapons_test,
    "arms_build": _arms_build,
    "judgement": _judgement,
    "for_clause_request": _for_clause_request,
    "commitment_to": _commitment_to,
}


def passes_gate(coder: Any, construction: str, pos: str, lemma: str, lower: str) -> bool:
    """Whether ``construction`` may code at a word of this kind (True when it has no gate)."""
    gate = WORD_GATES.get(construction)
    return gate is None or gate(coder, pos, lemma, lower)


# --- gates read off the article: the words a construction's first test needs a child of --


def _heads_of(doc: Doc, columns: Columns, dep: str, lowers: frozenset[str]) -> set[int]:
    """The heads of the words of ``doc`` that hang on them by ``dep`` and are one of
    ``lowers`` (``columns``: the Doc's DEP and LOWER columns)."""
    deps, words = columns
    ids = frozenset(doc.vocab.strings[w] for w in lowers)
    hanging = (deps == doc.vocab.strings[dep]) & one_of(words, ids)
    return {doc[i].head.i for i in numpy.flatnonzero(hanging).tolist()}


def _charge_state(construction: str) -> DocGate:
    # ChargeStates.charge_state: a preposition opening one of the construction's phrases
    def gate(coder: Any, doc: Doc, columns: Columns) -> set[int]:
        preps = first_words(coder.rules.coded_as(construction).words)
        return _heads_of(doc, columns, "prep", preps)

    return gate


def _joint_deed(coder: Any, doc: Doc, columns: Columns) -> set[int]:
    # joint_deeds.joint_deed: an adverb of the construction's words ("jointly")
    return _heads_of(doc, columns, "advmod", coder.rules.coded_as("joint_deed").words)


# construction -> (coder, doc, its DEP and LOWER columns) -> the words it may code at
Columns = tuple["numpy.ndarray", "numpy.ndarray"]
DocGate = Callable[[Any, "Doc", Columns], set[int]]
DOC_GATES: dict[str, DocGate] = {
    "under_investigation": _charge_state("under_investigation"),
    "on_trial": _charge_state("on_trial"),
    "joint_deed": _joint_deed,
}


GATED_IN: dict[int, tuple[tuple[Step, ...], tuple[str, ...]]] = {}


def doc_gated_in(steps: tuple[Step, ...]) -> tuple[str, ...]:
    """The constructions of ``steps`` (a word's admitted steps) that ``DOC_GATES`` gates;
    kept per tuple (a word kind's steps are one tuple for the life of the process)."""
    return kept_for(
        GATED_IN,
        steps,
        lambda some: tuple(s.construction for s in some if s.construction in DOC_GATES),
    )


def doc_gated(
    coder: Any, doc: Doc, found: list[tuple[Step, ...]], columns: Columns, at: list[int]
) -> list[tuple[Step, ...]]:
    """``found`` (the steps admitted at each word of ``doc``) without the steps whose
    construction's first test needs a child the word lacks (``DOC_GATES``: "under" for
    "under investigation"); ``columns``: the Doc's DEP and LOWER columns; ``at``: the
    words whose part of speech a gated construction admits (the others are not read);
    first ``trigger_gated``."""
    found = trigger_gated(coder, doc, found)
    allowed: dict[str, set[int]] = {}
    known = GATED_IN  # read inline: a call per word would cost what the gates spare
    for i in at:
        steps = found[i]
        kept = known.get(id(steps))
        gated = kept[1] if kept is not None and kept[0] is steps else doc_gated_in(steps)
        if not gated:
            continue
        for name in gated:
            if name not in allowed:
                allowed[name] = DOC_GATES[name](coder, doc, columns)
        dropped = frozenset(n for n in gated if i not in allowed[n])
        if dropped:
            found[i] = tuple(s for s in steps if s.construction not in dropped)
    return found


def gated_parts_of_speech(steps: tuple[Step, ...]) -> frozenset[str] | None:
    """The parts of speech at which a step of a doc-gated construction is tried (None:
    any word)."""
    found: set[str] = set()
    for step in steps:
        if step.construction in DOC_GATES:
            if step.pos is None:
                return None
            found |= step.pos
    return frozenset(found)


def gated_words(steps: tuple[Step, ...], parts_of_speech: numpy.ndarray) -> list[int]:
    """The words (by index) whose part of speech (``parts_of_speech``: the Doc's POS
    column) a step of a doc-gated construction admits: the only ones ``doc_gated`` reads."""
    gated = gated_parts_of_speech(steps)
    if gated is None:
        return list(range(len(parts_of_speech)))
    return numpy.flatnonzero(one_of(parts_of_speech, attribute_ids(POS, gated))).tolist()


# the constructions whose first test is the word's trigger line (None without one)
TRIGGER_FIRST = frozenset({"lexicon_trigger", "mediation_between"})
WITHOUT_TRIGGER: dict[int, tuple[tuple[Step, ...], tuple[Step, ...]]] = {}


def without_trigger_steps(steps: tuple[Step, ...]) -> tuple[Step, ...]:
    """``steps`` without those of ``TRIGGER_FIRST`` (the same tuple if it has none);
    kept per tuple, like ``doc_gated_in``."""

    def without(some: tuple[Step, ...]) -> tuple[Step, ...]:
        left = tuple(s for s in some if s.construction not in TRIGGER_FIRST)
        return some if len(left) == len(some) else left

    return kept_for(WITHOUT_TRIGGER, steps, without)


def trigger_gated(coder: Any, doc: Doc, found: list[tuple[Step, ...]]) -> list[tuple[Step, ...]]:
    """``found`` without the ``TRIGGER_FIRST`` steps at the words that have no key in the
    lexicon's tables (``coder.doc_triggers``: the article's look-ups, made once)."""
    if not len(doc):
        return found
    keyed = coder.doc_triggers(doc[0]).keyed  # any word: the look-ups are the Doc's
    for i, steps in enumerate(found):
        if steps and i not in keyed:
            found[i] = without_trigger_steps(steps)
    return found
