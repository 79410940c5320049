"""Readiness for a cooperative act told by a noun or a gerund: "Peru is open to talks
with Chile", "the government is ready for negotiations with the rebels", "Laos looks
forward to working with Thailand".

PLOVER AGREE: a party showing it is willing to cooperate.  The infinitive form
("is willing to send aid") is ``Rewrites.is_offered``; here the act is the object of
the preposition (the construction ``offered_act``'s words, data/events/rewrites.yaml)
after a head of offer (``offer_heads`` of events.yaml: "open", "ready", "prepared"),
or after a verb such a word modifies ("looks [forward] to").  Before this the talks
were coded as held (CONSULT) and the work as done (COOPERATE).

The tests here are listed by name in ``dossier.events.rewrites``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.events.frame_data import frame_data
from dossier.events.state import _Candidate
from dossier.syntax.mood import is_negated
from dossier.syntax.phrases import measured_object
from dossier.syntax.tree import children_of
from dossier.syntax.words import names_one_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dossier.events.statements import Statements


def is_offered_act(coder: Statements, candidate: _Candidate) -> bool:
    """Whether the act is what its subject declares itself open or ready to do."""
    head = readiness_head(coder, candidate.token)
    return head is not None and not is_refused(head)


def is_refused_act(coder: Statements, candidate: _Candidate) -> bool:
    """ "is not open to talks with X": the readiness denied (a refusal, like "is not
    willing to reopen the border")."""
    head = readiness_head(coder, candidate.token)
    return head is not None and is_refused(head)


def readiness_head(coder: Statements, token: Token) -> Token | None:
    """The head of offer whose preposition has ``token`` as object, if any."""
    prep = token.head
    preps = coder.rules.coded_as("offered_act").words
    if token.dep_ not in ("pobj", "pcomp") or prep.dep_ != "prep" or prep.lower_ not in preps:
        return None
    return prep.head if offer_head(prep.head, coder.lexicon.offer_heads) else None


def is_refused(head: Token) -> bool:
    """The head denied, or its copula ("is not open to")."""
    return is_negated(head) or (head.dep_ == "acomp" and is_negated(head.head))


def offer_head(head: Token, offer_heads: frozenset[str]) -> bool:
    """ "open", "ready" themselves, or a verb one of them modifies ("look forward");
    "prepared", which the parse often makes a participle, after its copula."""
    named = head.lemma_.lower() in offer_heads or head.lower_ in offer_heads
    if named and (head.pos_ in ("ADJ", "ADV") or head.dep_ == "acomp"):
        return True
    return head.pos_ == "VERB" and any(
        c.dep_ == "advmod" and c.lemma_.lower() in offer_heads for c in children_of(head)
    )


def is_conditional_offer(coder: Statements, candidate: _Candidate) -> bool:
    """ "said they would sit down with the envoy if he promised safe passage", "would visit Zambia
    once the border is reopened": a cooperative act its doer would do on a condition
    (its own "would", an if-clause on it) is an offer (PLOVER AGREE), not the act done.
    A past unreal condition ("would have met") and a refusal ("would not meet") are not."""
    token = candidate.token
    auxiliaries = [c.lower_ for c in children_of(token) if c.dep_ == "aux"]
    if not {"would", "'d"} & set(auxiliaries) or "have" in auxiliaries or is_negated(token):
        return False
    marks = coder.rules.coded_as("conditional_offer").words
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in children_of(c))
        for c in children_of(token)
    )


def is_material_offer(token: Token) -> bool:
    """ "Japan offered Laos military and technical support": an offer of support marked
    material (``material_marks`` of events/frames.yaml, or a conjunct of one; also
    through a measure, "a new level of military support") is an offer to cooperate
    (PLOVER AGREE), not a stance."""
    if token.lemma_.lower() not in ("offer", "pledge", "promise"):
        return False
    stances = [c for c in children_of(token) if c.dep_ == "dobj"]
    stances += [m for s in stances if (m := measured_object(s)) is not None]  # "a level of"
    modifiers = [m for s in stances for m in children_of(s) if m.dep_ == "amod"]
    modifiers += [c for m in modifiers for c in children_of(m) if c.dep_ == "conj"]
    return any(names_one_of(m, frame_data().material_marks.words) for m in modifiers)


def is_reported_future(coder: Statements, candidate: _Candidate) -> bool:
    """ "Peru said it would send helicopters to Ecuador", "Ghana announced it would
    restart talks with Togo": an act under its own "would" in what a past statement
    reports is the future of that statement (what "will" told in direct speech), not a
    guess; not with a condition ("would meet him if …"), not "would have", not
    negated (issue 16, cv11; silver AGREE training spans of an act one said it would
    do 5 of 5, coded as the act done)."""
    token = candidate.token
    if token.pos_ == "NOUN" and token.dep_ == "dobj":
        token = token.head  # "said it would restart talks with Togo": the verb's mood
    auxiliaries = {c.lower_ for c in children_of(token) if c.dep_ == "aux"}
    if not auxiliaries & {"would", "'d"} or auxiliaries & {"have", "'ve"} or is_negated(token):
        return False
    head = token.head
    lemma = head.lemma_.lower()
    if token.dep_ != "ccomp" or lemma not in coder.lexicon.statement_heads:
        return False
    if lemma in coder.lexicon.warnings:
        return False  # "Russia warned it would support the separatists": a threat
    if head.tag_ not in ("VBD", "VBN"):
        return False  # "Peru says it would send help": a guess or a wish
    return not any(c.dep_ == "advcl" for c in children_of(token))
