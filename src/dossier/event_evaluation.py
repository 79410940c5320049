"""Evaluative statements: "X called the ruling arbitrary", "described the plan as a
disaster", "called the allegations baseless".

A verb of naming (``evaluation_verbs`` in data/events.yaml) whose complement holds an
evaluative word is the speaker's judgement of what is named: ACCUSE (disapprove) for
a word of blame, SUPPORT for a word of praise, and REJECT when a dismissive word
("baseless") is aimed at a charge ("the allegations"). No accusation or praise verb is
needed; PLOVER codes the judgement itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from dossier.syntax import is_negated, is_passive

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dossier.events.triggers import EventLexicon

__all__ = ["Evaluation", "evaluation_of"]

CLAUSES = frozenset({"ccomp", "advcl", "relcl", "acl", "parataxis"})
COMPLEMENTS = frozenset({"oprd", "xcomp", "acomp"})  # "called it a sham", "deemed it unfair"


@dataclass(frozen=True, slots=True)
class Evaluation:
    """A judgement told at ``verb``: its type, its word, and the phrase judged."""

    type: str
    mode: str | None
    word: Token
    judged: Token | None


def evaluation_of(verb: Token, lexicon: EventLexicon) -> Evaluation | None:
    """The judgement ``verb`` tells, if it is a verb of naming with an evaluative
    complement (not negated, not passive: "was described as" names no judge)."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.evaluation_verbs:
        return None
    if is_negated(verb) or is_passive(verb):
        return None
    judged = next((c for c in verb.children if c.dep_ == "dobj"), None)
    for word in complement_words(verb):
        lemma = word.lemma_.lower()
        if lemma in lexicon.dismissals and judged is not None and names_a_charge(judged, lexicon):
            return Evaluation("REJECT", None, word, judged)
        for type_, words in lexicon.evaluations.items():
            if lemma in words or word.lower_ in words:
                mode = "disapprove" if type_ == "ACCUSE" else None
                return Evaluation(type_, mode, word, judged)
    return None


def complement_words(verb: Token) -> list[Token]:
    """The words of what ``verb`` names its object ("a betrayal", "as deplorable"):
    its object predicate, or its as-phrase however the parse attaches it; never
    "called for an end to the brutal crackdown", where the verb names nothing."""
    words: list[Token] = []
    for child in verb.rights:
        if child.dep_ in COMPLEMENTS or child.left_edge.lower_ == "as":
            words.extend(t for t in child.subtree if t.dep_ not in CLAUSES or t is child)
    return words


def names_a_charge(noun: Token, lexicon: EventLexicon) -> bool:
    """ "the allegations", "these claims", "the lawsuits": what a dismissal rejects."""
    return noun.lower_ in lexicon.charge_nouns or noun.lemma_.lower() in lexicon.charge_nouns
