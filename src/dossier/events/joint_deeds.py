"""A deed two parties or more do jointly: "Peru and Bolivia jointly inaugurated a
bridge", "police from Kenya, Uganda and Tanzania jointly began a search".

PLOVER COOPERATE: mutual material cooperation.  The verb is no trigger of its own
(an attack done jointly stays an ASSAULT, a joint condemnation an ACCUSE: the verb's
trigger line codes them); its subject names two parties or more, each cooperating
with each.  The adverbs are the construction ``joint_deed``'s words (data/events/
rewrites.yaml): "jointly", not "together" ("together they hold 60 seats" is a sum).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.events.state import _Candidate
from dossier.syntax.mood import is_negated
from dossier.syntax.passives import is_passive
from dossier.syntax.phrases import prep_objects
from dossier.syntax.subjects import subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dossier.events.deed_constructions import DeedConstructions
    from dossier.models import Entity

MEMBERS = frozenset({"of", "from"})  # "troops from A, B and C", "the navies of A and B"


def joint_deed(coder: DeedConstructions, token: Token) -> _Candidate | None:
    """COOPERATE among the parties the subject of a jointly done deed names."""
    words = coder.rules.coded_as("joint_deed").words
    if token.pos_ != "VERB" or is_passive(token) or coder.match(token) is not None:
        return None
    if not any(c.dep_ == "advmod" and c.lower_ in words for c in token.children):
        return None
    subject = subject_of(token)
    if subject is None:
        return None
    found: list[Entity | None] = []
    for word in (subject, *prep_objects(subject, MEMBERS)):
        found += [a for a in coder.finder.actors_of(word) if a and a not in found]
    if len({a.name for a in found if a}) < 2:
        return None
    trigger = coder.coded_trigger("joint_deed", token)
    candidate = _Candidate(trigger, token, trigger.type, list(found), list(found))
    candidate.negated = is_negated(token)
    return candidate
