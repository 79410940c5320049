"""Ultimatums: a demand whose alternative is harm (issue 16, ac4).

"Kinshasa gave the militia two days to disarm or face an assault", "the junta
ordered the strikers back to work or face arrest", "called on the warlord to lay down
his arms or be killed": PLOVER codes THREATEN (all threats, coercive warnings with
serious repercussions) from the one who demands to the one told, whatever the verb of
the demand codes itself.  The harm is read after "or" and "face"/"risk" (a noun of the
construction's ``words`` in data/events/rewrites.yaml) or "or be" (a passive of those
words); the demand is the verb of ``ultimatum_verbs`` (data/grammar.yaml) the clause of
the harm hangs on.  The harm held out has not happened and is not coded.

Threats stated: "Israel said Hezbollah would pay a heavy price", "the junta said the
organisers will be punished": a statement whose clause, in the future, holds out
reprisal (construction ``stated_threat``, its ``words``) to a party other than the
speaker is a THREATEN from the speaker to that party.  A warning is the warning's own
(``warnings`` of events.yaml); what is not future ("said Kenya had paid a price") or
is denied ("will not be punished") threatens no one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from dossier.events.charge_states import ChargeStates
from dossier.events.state import _Candidate
from dossier.events.statements import PEOPLE
from dossier.syntax.mood import is_negated
from dossier.syntax.phrases import prep_objects
from dossier.syntax.subjects import is_someone, subject_of
from dossier.syntax.tree import children_of
from dossier.syntax.words import grammar_words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dossier.models import Entity

ALTERNATIVES = frozenset({"face", "risk"})  # "or face arrest", "or risk suspension"
CLIMB = frozenset({"conj", "xcomp", "advcl", "relcl", "acl", "ccomp", "dobj", "dative"})
TOLD = frozenset({"dobj", "dative"})  # "gave [the militia] two days", "ordered [them]"
TOLD_PREPS = frozenset({"on", "to"})  # "called on X", "issued an ultimatum to X"
FUTURE = frozenset({"will", "would", "shall", "'ll"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def alternative_of(harm: Token) -> Token | None:
    """The "or" that opens the harm as the alternative: "or face [arrest]" (the noun the
    object of "face", or the parse's compound "face arrest"), "or be [killed]"."""
    if harm.pos_ == "NOUN":
        held = harm.head if harm.dep_ == "dobj" and harm.head.lower_ in ALTERNATIVES else None
        held = held or next((c for c in children_of(harm) if c.lower_ in ALTERNATIVES), None)
        if held is None:
            return None
        before = held.i - 1
    elif harm.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in children_of(harm)):
        before = min(c.i for c in children_of(harm) if c.dep_ == "auxpass") - 1
    else:
        return None
    if before >= 0 and harm.doc[before].lower_ == "else":
        before -= 1  # "or else face prosecution"
    if before < 0 or harm.doc[before].lower_ != "or":
        return None
    return harm.doc[before]


def demanding_verb(harm: Token) -> Token | None:
    """The verb of demand whose clause holds the ``harm`` held out: climbing from it
    through the conjuncts, clauses and objects it hangs on, at most five steps."""
    current = harm
    verbs, asked = grammar_words().ultimatum_verbs, grammar_words().question_words
    for _ in range(6):
        if current.pos_ == "VERB" and current.lemma_.lower() in verbs:
            return current
        if any(c.dep_ == "mark" and c.lower_ in asked for c in children_of(current)):
            return None  # "asked whether Chile would withdraw or face a war": a question
        if current.dep_ not in CLIMB or current.head is current:
            return None
        current = current.head
    return None


class Ultimatums(ChargeStates):
    def ultimatum(self, token: Token) -> _Candidate | Literal[False] | None:
        """THREATEN from the one who demands to the one told, at the harm ``token``
        held out as the alternative (construction ``ultimatum``); None when the word
        is no such harm, no verb of demand governs it, or the demand is denied; False
        (the harm held out is not done) when no one is named demanding it."""
        if token.lemma_.lower() not in self.rules.coded_as("ultimatum").words:
            return None
        option = alternative_of(token)
        demand = demanding_verb(token) if option is not None else None
        if option is None or demand is None or is_negated(demand):
            return None
        subject = subject_of(demand)
        sources = [a for a in self.finder.actors_of(subject) if a] if subject is not None else []
        if not sources and not self.is_unnamed_maker(subject):
            return False  # "gave the rebels a day to leave or face an offensive": none done
        skipped = grammar_words().ultimatum_means
        told = [
            c
            for c in children_of(demand)
            if c.dep_ in TOLD and c.i < option.i and c.lemma_.lower() not in skipped
        ]
        told += [o for o in prep_objects(demand, TOLD_PREPS) if o.i < option.i]
        for noun in (c for c in children_of(demand) if c.dep_ == "dobj"):  # "an ultimatum to X"
            told += prep_objects(noun, frozenset({"to"}))
        targets: list[Entity | None] = [
            a for n in told for a in self.finder.actors_of(n) if a and a not in sources
        ]
        self.consumed.add(token.i)  # the harm held out: not coded as done
        trigger = self.coded_trigger("ultimatum", token)
        candidate = _Candidate(trigger, token, trigger.type, list(sources), targets)
        candidate.asserted = True  # the threat is made, whatever the mood of the harm
        return candidate

    def is_unnamed_maker(self, subject: Token | None) -> bool:
        """A demand's subject that names someone though no actor ("police ordered the
        traders to reopen or face arrest", "they told him to leave or be killed"): the
        threat is still made, kept with no source (issue 16, cv14; silver THREATEN
        training spans of police and an interim government ordering protesters home)."""
        return subject is not None and is_someone(subject, PEOPLE | self.frames.threat_makers.words)

    def stated_threat(self, token: Token) -> _Candidate | None:
        """THREATEN from the one who says it to the party the future clause holds out
        reprisal to (construction ``stated_threat``); None otherwise."""
        if token.lemma_.lower() in self.lexicon.warnings or is_negated(token):
            return None
        clause = next((c for c in children_of(token) if c.dep_ == "ccomp"), None)
        if clause is None or is_negated(clause) or not is_future(clause):
            return None
        subject = next((c for c in children_of(clause) if c.dep_ in SUBJECTS), None)
        speaker = subject_of(token)
        if subject is None or speaker is None or not self.holds_reprisal(clause, subject):
            return None
        sources = [a for a in self.finder.actors_of(speaker) if a]
        own = {*(s.name for s in sources), *self.finder.home_names(list(sources))}
        targets: list[Entity | None] = [
            t
            for t in self.finder.actors_of(subject)
            if t is not None and t.name not in own and not self.finder.serves(t, list(sources))
        ]
        if not sources or not targets:
            return None
        self.consumed.update(n.i for n in clause.subtree if n.pos_ in ("VERB", "NOUN"))
        trigger = self.coded_trigger("stated_threat", token)
        return _Candidate(trigger, token, trigger.type, list(sources), targets)

    def holds_reprisal(self, clause: Token, subject: Token) -> bool:
        """Does ``clause``, outside its subject, name a reprisal of ``stated_threat``'s
        words ("would pay a heavy price", "will be punished", "will face consequences")?"""
        words = self.rules.coded_as("stated_threat").words
        inside = {n.i for n in subject.subtree}
        return any(
            {n.lemma_.lower(), n.lower_} & words for n in clause.subtree if n.i not in inside
        )


def is_future(clause: Token) -> bool:
    """A clause told as to come: "will", "would", "shall" or "is going to" on its verb."""
    return any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE for c in children_of(clause)
    ) or any(c.lower_ == "going" and c.dep_ == "aux" for c in children_of(clause))
