"""Cooperation stopped: "Japan stopped providing aid to Laos", "Norway ceased funding
the agency", "Kenya ended its support for the rebels".  The cooperative act a verb of
stopping (``cessations`` in data/events.yaml) governs is no longer done: PLOVER codes
curtailing or ending exchanges as SANCTION (discontinue), not as the act itself.

Hostilities stopped the same way ("Turkey suspended its offensive", "halted its shelling
of Kharkiv") end a deed under way: RETREAT (ceasefire; rewrites.yaml), and agreeing to
stop them ("agreed to suspend airstrikes") is a promise (AGREE; events.hostilities).

The test here is listed by name in ``dossier.events.rewrites``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.syntax.mood import is_negated
from dossier.syntax.passives import is_passive
from dossier.syntax.subjects import subject_of
from dossier.syntax.words import lemmas

if TYPE_CHECKING:
    from dossier.events.state import _Candidate
    from dossier.events.statements import Statements
    from dossier.models import Entity

# how the stopped act hangs on the verb of stopping: "stopped [providing] aid",
# "ended its [support]", "aid to Laos was [halted]" (the aid as the passive's subject)
STOPPED_DEPS = frozenset({"xcomp", "dobj", "nsubjpass"})


def is_stopped_act(coder: Statements, candidate: _Candidate) -> bool:
    """Whether the trigger is the act a verb of stopping ends; not when that verb is
    negated ("did not stop funding the agency" keeps the funding)."""
    token = candidate.token
    head = token.head
    if token.dep_ not in STOPPED_DEPS or head.i == token.i:
        return False
    return bool(lemmas(head) & coder.lexicon.cessations) and not is_negated(head)


def stoppers(coder: Statements, candidate: _Candidate) -> list[Entity]:
    """Who does the stopping: the named actors of the verb of stopping's subject."""
    head = candidate.token.head
    subject = subject_of(head) if not is_passive(head) else None
    found = coder.finder.actors_of(subject) if subject is not None else []
    return [a for a in found if a is not None]


def is_stopped_hostility(coder: Statements, candidate: _Candidate) -> bool:
    """A hostile deed its own doer stops: "Russia halted its shelling", "Israel paused
    airstrikes on Gaza", "Turkey's offensive was suspended"; not one stopped by its foe
    ("Kenyan troops stopped an al-Shabab assault": kept from happening, no ceasefire)."""
    if not is_stopped_act(coder, candidate):
        return False
    by = {a.name for a in stoppers(coder, candidate)}
    doers = {a.name for a in candidate.sources if a is not None}
    return doers <= by if by else bool(doers)


def stopper_as_source(coder: Statements, candidate: _Candidate) -> None:
    """The one who stops a deed no one else is named doing stops its own deed."""
    if not any(candidate.sources):
        found: list[Entity | None] = [*stoppers(coder, candidate)]
        candidate.sources = found
