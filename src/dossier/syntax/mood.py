"""Whether a clause tells of a particular act: negated ("did not", "never", "no
plans"), a question put to someone, a condition ("Should we fail"), a kind of act named
by a bare gerund, or a doer that is no one in particular ("anyone who").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.syntax.tree import children_of
from dossier.syntax.words import WORDS

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "has_no",
    "is_generic_gerund",
    "is_generic_subject",
    "is_inverted",
    "is_negated",
    "is_question",
]


def is_negated(token: Token) -> bool:
    """ "did not sign", "never signed", "no longer recognizes", "Neither A nor B signed",
    "No civilians were harmed", "Nobody was hurt"."""
    for child in children_of(token):
        dep = child.dep_
        if dep == "neg" or child.lower_ in WORDS.negation_words:
            return True
        if dep == "advmod" and child.lower_ in WORDS.negating_adverbs and _has_neg(child):
            return True
        if dep in NEGATABLE_ARGUMENTS and _has_negating_determiner(child):
            return True
        if dep in SUBJECTS and child.lower_ in WORDS.negating_subjects:
            return True  # "Nobody was hurt"
    return _has_no_one_as_shared_subject(token) or _under_no_stance(token)


def _under_no_stance(verb: Token) -> bool:
    """ "has no plans to invade", "had no intention of invading", "does not have any
    desire to sign": the act of a stance (``stance_nouns``) that is denied."""
    noun = verb.head
    if verb.dep_ == "pcomp" and noun.lower_ == "of":
        noun = noun.head
    elif verb.dep_ != "acl":
        return False
    if noun.lemma_.lower() not in WORDS.stance_nouns or noun.i == verb.i:
        return False
    holder = noun.head
    return _has_negating_determiner(noun) or (holder is not noun and _has_neg(holder))


def _has_no_one_as_shared_subject(verb: Token) -> bool:
    """ "No civilians were harmed or detained": a verb conjunct with no subject of its
    own shares its head's, and with it the head's "no"."""
    if verb.dep_ != "conj" or any(c.dep_ in SUBJECTS for c in children_of(verb)):
        return False
    return any(
        c.dep_ in SUBJECTS and (_has_negating_determiner(c) or c.lower_ in WORDS.negating_subjects)
        for c in children_of(verb.head)
    )


NEGATABLE_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _has_neg(word: Token) -> bool:
    return any(c.dep_ == "neg" for c in children_of(word))


def _has_negating_determiner(noun: Token) -> bool:
    """ "Neither Chile nor Peru", "no civilians"; not "no fewer than 20 soldiers" (a
    determiner before a comparative counts, it negates nothing)."""
    return any(
        c.dep_ in ("det", "preconj")
        and c.lower_ in WORDS.negating_determiners
        and not (c.i + 1 < len(c.doc) and c.doc[c.i + 1].tag_ in ("JJR", "RBR"))
        for c in children_of(noun)
    )


def has_no(noun: Token) -> bool:
    """ "no plans", "no rush": a noun its determiner negates."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in children_of(noun))


def is_question(token: Token) -> bool:
    """ "was asked whether …", "asked him about …", "asked as to why …": a question put
    to someone (an interview), not a request."""
    for child in children_of(token):
        if child.dep_ == "prep" and child.lower_ in WORDS.question_preps:
            return True
        if child.dep_ in ("ccomp", "xcomp", "advcl") and any(
            t.lower_ in WORDS.question_words for t in child.subtree if t.i <= child.i
        ):
            return True
    return False


def is_inverted(token: Token) -> bool:
    """ "Should we fail, …": an auxiliary before its subject opens a condition, it does
    not tell anyone what to do."""
    if token.dep_ not in ("aux", "ROOT") or token.pos_ != "AUX":
        return False
    verb = token.head if token.dep_ == "aux" else token
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i > token.i for c in children_of(verb))


def is_generic_gerund(token: Token) -> bool:
    """A gerund that is itself the subject of a clause, with no doer of its own, names a
    kind of act ("Seizing power with guns solves nothing"), not an event."""
    if token.tag_ == "VBG" and token.dep_ == "conj":  # "Taking over … and abusing …"
        return is_generic_gerund(token.head)
    return (
        token.tag_ == "VBG"
        and token.dep_ in ("csubj", "csubjpass")
        and not any(c.dep_ in ("nsubj", "poss") for c in children_of(token))
    )


def is_generic_subject(clause: Token) -> bool:
    """ "any country trying to interfere", "anyone who", "no state": a subject that
    names no one in particular."""
    subject = next((c for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    if subject.lower_ in WORDS.generic_subjects:
        return True
    return any(
        c.dep_ == "det" and c.lower_ in WORDS.generic_determiners for c in children_of(subject)
    )


def is_unforbidding_instruction(token: Token, verbs: frozenset[str]) -> bool:
    """ "told the editors to attend", "instructed the army to protect the polls": an
    instruction (``instruction_verbs`` of ``data/grammar.yaml``) restricts its hearers only
    when what it asks is negated ("ordered the printers not to run the leaflets")."""
    if token.lemma_.lower() not in verbs:
        return False
    return not any(c.dep_ in ("xcomp", "ccomp") and is_negated(c) for c in children_of(token))
