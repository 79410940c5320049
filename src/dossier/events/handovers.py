"""A hand-over told in the passive: "Ortiz was extradited to Spain from Peru", "he was
extradited to the United States in May".  PLOVER COOPERATE (judicial cooperation,
extraditions): the state that hands the person over acts.  With no by-phrase the
from-phrase names it; the one handed over is the target, else, when the text does not
name them as an actor, the state that receives them (the to-phrase), as for the active
"Peru extradited Ortiz to Spain".  And one party cooperating with someone who is no
actor ("is cooperating with prosecutors"): the cooperation stands without a target.

The rule that runs the operation is in data/events/rewrites.yaml.
"""

from __future__ import annotations

from dossier.events.state import _Candidate
from dossier.events.statements import Statements
from dossier.models import Entity
from dossier.syntax.passives import by_phrase, is_passive
from dossier.syntax.phrases import WITH, prep_objects

FROM = frozenset({"from"})
TO = frozenset({"to", "into"})


def sender_as_source(coder: Statements, candidate: _Candidate) -> None:
    """The from-phrase of a passive hand-over is its source; with no one handed over
    named, the to-phrase is its target."""
    token = candidate.token
    if not is_passive(token) or any(candidate.sources) or by_phrase(token):
        return
    senders = [e for w in prep_objects(token, FROM) for e in coder.finder.actors_of(w) if e]
    receivers = [e for w in prep_objects(token, TO) for e in coder.finder.actors_of(w) if e]
    handed = [t for t in candidate.targets if t is not None and t not in senders]
    candidate.sources = list[Entity | None](s for s in senders if s not in receivers)
    if not handed:
        handed = [r for r in receivers if r not in senders]
    candidate.targets = list[Entity | None](handed)


def partner_unnamed(coder: Statements, candidate: _Candidate) -> None:
    """ "Ruiz is cooperating with prosecutors": one party works with someone the text
    names as no actor (a with-phrase of the verb, one of the words of the construction
    ``unnamed_partner``); the cooperation stands with no target rather than being read
    as the party's with itself (``symmetric_types``), which codes nothing."""
    token = candidate.token
    if token.lemma_.lower() not in coder.rules.coded_as("unnamed_partner").words:
        return
    if len([s for s in candidate.sources if s is not None]) != 1 or any(candidate.targets):
        return
    partners = prep_objects(token, WITH)
    if partners and not any(coder.finder.actors_of(p) for p in partners):
        candidate.unilateral = True
