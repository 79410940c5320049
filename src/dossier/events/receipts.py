"""Aid told from the receiving end: "Ukraine received $1 billion in financing from the
World Bank", "the Houthis have received drones from Iran", "Sara Khadem received
asylum in Spain".  PLOVER AID: the from-phrase names the giver, the subject is who is
helped, the reverse of the usual subject-acts reading.

The trigger lines are AID lines of events.yaml whose verb is one of the
``receiving_verbs``; the rule that runs the operation here is in
data/events/rewrites.yaml.
"""

from __future__ import annotations

from dossier.events.state import _Candidate
from dossier.events.statements import Statements
from dossier.models import Entity
from dossier.syntax.phrases import prep_objects
from dossier.syntax.subjects import subject_of
from dossier.syntax.tree import children_of

FROM = frozenset({"from"})


def giver_as_source(coder: Statements, candidate: _Candidate) -> None:
    """The receiver (the subject) becomes the target and whom a from-phrase of the verb
    or of its object names the source; with no giver named the aid stands from no one
    ("received asylum in Spain": the place's state is read as for a grant)."""
    token = candidate.token
    subject = subject_of(token)
    receivers = [e for e in coder.finder.actors_of(subject) if e is not None] if subject else []
    objects = [c for c in children_of(token) if c.dep_ == "dobj"]
    named = [w for head in (token, *objects) for w in prep_objects(head, FROM)]
    givers = [e for w in named for e in coder.finder.actors_of(w) if e is not None]
    candidate.sources = list[Entity | None](g for g in givers if g not in receivers)
    candidate.targets = list[Entity | None](receivers)
