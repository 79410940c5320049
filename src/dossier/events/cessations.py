"""Cooperation stopped: "Japan stopped providing aid to Laos", "Norway ceased funding
the agency", "Kenya ended its support for the rebels".  The cooperative act a verb of
stopping (``cessations`` in data/events.yaml) governs is no longer done: PLOVER codes
curtailing or ending exchanges as SANCTION (discontinue), not as the act itself.

The test here is listed by name in ``dossier.events.rewrites``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.syntax.mood import is_negated
from dossier.syntax.words import lemmas

if TYPE_CHECKING:
    from dossier.events.state import _Candidate
    from dossier.events.statements import Statements

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
