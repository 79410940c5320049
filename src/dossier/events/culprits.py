"""Parse readers for the culprits and critics a speaker names: a wrong committed by
unnamed doers, a party "behind" a deed, the person a critic noun describes, and whose
work a "critical of" modifier describes (the quote stances of ``stances`` ask them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.event_evaluation import judgement_phrases
from dossier.syntax.mood import is_negated
from dossier.syntax.subjects import subject_of
from dossier.syntax.tree import children_of

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token


def committed_wrong(tokens: Sequence[Token]) -> Token | None:
    """A wrong a speaker says some unnamed doers committed ("both armies committed
    serious abuses", "security forces perpetrated atrocities"): ``wrongs`` as the object
    of ``wrong_verbs`` of judgements.yaml, with a subject that is no pronoun, not denied."""
    words = judgement_phrases()
    for token in tokens:
        if token.dep_ != "dobj" or token.lemma_.lower() not in words.wrongs:
            continue
        verb = token.head
        if verb.lemma_.lower() not in words.wrong_verbs or is_negated(verb):
            continue
        if any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in children_of(verb)):
            return token
    return None


def culprit_named(tokens: Sequence[Token]) -> tuple[Token, list[Token]] | None:
    """A party a speaker says was behind a deed ("Somalia was behind the attack"): the
    preposition and the words of the subject it is said of (``culprit_preps`` and
    ``culprit_deeds`` of judgements.yaml), not denied."""
    words = judgement_phrases()
    for token in tokens:
        if token.lower_ not in words.culprit_preps:
            continue
        verb = token.head
        if verb.lemma_.lower() != "be":
            continue
        deeds = [c for c in children_of(token) if c.dep_ == "pobj"]
        if not any(d.lemma_.lower() in words.culprit_deeds for d in deeds) or is_negated(verb):
            continue
        subject = next((c for c in children_of(verb) if c.dep_ == "nsubj"), None)
        if subject is not None:
            return token, list(subject.subtree)
    return None


def critic_named(noun: Token) -> Token | None:
    """Who a critic noun describes: the head it is in apposition to ("Alinejad, a
    critic of …") or the subject of the verb of being it completes ("Mendes is a
    critic of …"); None for "critics of X say"."""
    if noun.dep_ == "appos":
        return noun.head
    if noun.dep_ == "attr":
        return subject_of(noun.head)
    return None


def critic_of_modified(adjective: Token) -> Token | None:
    """Whose work a "critical of" modifier describes: the subject of the verb whose
    object the modified noun is ("Kowal posted videos critical of …": Kowal)."""
    if adjective.dep_ not in ("amod", "acl", "appos"):
        return None
    work = adjective.head
    if work.dep_ not in ("dobj", "pobj"):
        return None
    verb = work.head if work.dep_ == "dobj" else work.head.head
    return subject_of(verb)
