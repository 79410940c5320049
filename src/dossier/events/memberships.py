"""Sanctions a body lays on its own members: "Gabon was suspended from the African
Union", "Zimbabwe was expelled from the Commonwealth".  PLOVER SANCTION (expel): the
body puts the member out, so the body the from-phrase names is the sanction's source
when the sentence names no other doer (no by-phrase, no subject).  A body that expels
("the ruling party expelled its deputy leader") puts a member out too: no deportation.

The tests and operations here are listed by name in ``dossier.events.rewrites``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.events.state import _Candidate
from dossier.events.statements import Statements
from dossier.models import Entity
from dossier.syntax.passives import is_passive
from dossier.syntax.phrases import prep_objects
from dossier.syntax.subjects import subject_of
from dossier.syntax.tree import children_of
from dossier.syntax.words import names_one_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dossier.events.triggers import Trigger

FROM = frozenset({"from"})


def bodies_left(coder: Statements, candidate: _Candidate) -> list[Entity]:
    """The bodies a from-phrase of the trigger names, those not already a side of the
    event: "suspended from [the bloc]" (a ``member_bodies`` word), "suspended from
    [ECOWAS]" (an organization).  A country one is put out of is a place left, not a
    body: "was expelled from Kenya" stays a deportation (its own rule)."""
    sides = {e.name for e in [*candidate.sources, *candidate.targets] if e is not None}
    found: list[Entity] = []
    for word in prep_objects(candidate.token, FROM):
        named_body = names_one_of(word, coder.lexicon.member_bodies)
        for actor in coder.finder.actors_of(word):
            if actor is not None and (named_body or actor.type == "ORG"):
                found.append(actor)
    return [e for e in found if e.name not in sides]


def is_put_out_by_unnamed(coder: Statements, candidate: _Candidate) -> bool:
    """Whether the sanction names no doer but the body its target is put out of."""
    return not any(candidate.sources) and bool(bodies_left(coder, candidate))


def body_as_source(coder: Statements, candidate: _Candidate) -> None:
    """The body one is put out of does the putting out (when no one else is named)."""
    if not any(candidate.sources):
        found = bodies_left(coder, candidate)
        if found:
            candidate.sources = [found[0]]


def is_non_state_put_out(coder: Statements, trigger: Trigger, token: Token) -> bool:
    """A bare line of putting out (SANCTION expel, no object words, no particle) fits
    only a state put out of its body: "the African Union suspended Mali"; "suspended
    production", "suspended two officers" are no sanction between actors."""
    if trigger.mode != "expel" or trigger.objects or trigger.particle:
        return False
    patients = [c for c in children_of(token) if c.dep_ in ("dobj", "nsubjpass")]
    hostile = coder.rules.of_class("assaults")
    if any((deed := coder.match(word)) and deed.type in hostile for word in patients):
        return True  # "suspended its offensive in Syria": a deed stopped, no one put out
    actors = [a for word in patients for a in coder.finder.actors_of(word)]
    return not any(a is not None and a.type == "GPE" for a in actors)


PARTY_SECTORS = frozenset({"PTY"})


def is_expelled_by_body(coder: Statements, candidate: _Candidate) -> bool:
    """Whether the one expelling is a body one belongs to: its subject names one ("the
    ruling party expelled X", ``member_bodies``) or the source is a party (sector PTY,
    "the ANC expelled X"); a state's agency expelling someone deports them."""
    token = candidate.token
    subject = None if is_passive(token) else subject_of(token)
    if subject is None:
        return False
    if names_one_of(subject, coder.lexicon.member_bodies):
        return True
    return any(s is not None and s.sector in PARTY_SECTORS for s in candidate.sources)
