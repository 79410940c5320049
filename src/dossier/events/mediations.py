"""Mediation between two sides: "Qatar mediated between Israel and Hamas", "Norway's
mediation between Colombia and the FARC", "Kenya launched a mediation effort between
Ethiopia and Eritrea".  PLOVER CONSULT (third-party): the mediator meets each side the
between-phrase names.  Which words mediate is data: the trigger lines of events.yaml
marked ``@third-party`` ("mediate", "n:mediation").  With no mediator named the
trigger line codes the sides as before ("the mediation between A and B")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.events.constructions import Constructions
from dossier.events.state import _Candidate
from dossier.syntax.passives import by_phrase
from dossier.syntax.phrases import prep_objects
from dossier.syntax.subjects import subject_of
from dossier.syntax.tree import children_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dossier.models import Entity

THIRD_PARTY = "third-party"
BETWEEN = frozenset({"between"})
BY = frozenset({"by"})


def phrase_head(token: Token) -> Token:
    """The noun whose phrases tell a mediation: "mediation" itself, or the noun it
    names the kind of ("a mediation [effort] between A and B")."""
    if token.dep_ == "compound" and token.head.pos_ == "NOUN":
        return token.head
    return token


def mediator_words(coder: Constructions, token: Token, head: Token) -> list[Token]:
    """The words that name the mediator: a verb's subject (a passive's by-phrase); a
    noun's possessor, name or nationality before it, by-phrase, or the subject of the
    verb that carries it out ("launched a mediation effort")."""
    if token.pos_ == "VERB":
        agents = by_phrase(token)
        subject = subject_of(token)
        return agents or ([subject] if subject is not None else [])
    before = [
        c
        for c in (*children_of(head), *children_of(token))
        if c.dep_ in ("poss", "compound", "amod") and c.i < head.i and c.i != token.i
    ]
    if before or prep_objects(head, BY):
        return [*before, *prep_objects(head, BY)]
    verb = head.head
    if head.dep_ == "dobj" and verb.lemma_.lower() in coder.lexicon.support_verbs:
        subject = subject_of(verb)
        return [subject] if subject is not None else []
    return []


def mediation_between(coder: Constructions, token: Token) -> _Candidate | None:
    """CONSULT (third-party) from the mediator to each side of "between A and B"."""
    trigger = coder.match(token)
    if trigger is None or trigger.mode != THIRD_PARTY:
        return None
    head = phrase_head(token) if token.pos_ != "VERB" else token
    sides = [a for obj in prep_objects(head, BETWEEN) for a in coder.finder.actors_of(obj) if a]
    mediators: list[Entity | None] = []
    for word in mediator_words(coder, token, head):
        found = coder.finder.actors_of(word) or [coder.finder.demonym_entity(word)]
        mediators += [a for a in found if a is not None and a not in sides]
    if not sides or not mediators:
        return None
    mediation = coder.coded_trigger("mediation", token, noun=token.pos_ != "VERB")
    candidate = _Candidate(mediation, token, mediation.type, mediators, list(sides))
    candidate.unilateral = True
    return candidate
