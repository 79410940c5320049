"""Permission denied told in the passive (issue 16, cv16): "female workers are no longer
allowed to show their hair", "residents were not permitted to leave their homes after
dark", "opposition groups are not allowed to hold rallies".

PLOVER's COERCE restrict covers restrictions on movement and political freedoms.  News
tells them from the side of those restricted: the passive of a verb of permission
(``permission_verbs`` of data/events/frames.yaml), negated, with the act it would permit
as its to-clause, restricts its subject; the one who restricts is its by-phrase, if
named.  A permission denied in the active voice ("Fiji will not allow Chinese police to
operate") stays the refusal it was coded as; one foretold or on a condition ("would not
be allowed to", "if not allowed to take part") is no restriction told done.  Silver
COERCE training spans of women no longer allowed to show their hair, of groups no longer
allowed to move and of a city's residents not allowed out coded only a negated
concession (4 of the 5 training spans holding a denied passive permission are COERCE)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.syntax.mood import is_negated
from dossier.syntax.tree import children_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dossier.events.state import _Candidate
    from dossier.events.statements import Statements

CONDITIONS = frozenset({"if", "unless", "until"})


def is_denied_permission(coder: Statements, candidate: _Candidate) -> bool:
    """Is ``candidate``'s verb a negated passive of ``permission_verbs`` with a to-clause
    and a subject, told as a state now or past (see the module docstring)?"""
    token = candidate.token
    words = coder.frames.word_sections.get("permission_verbs")
    if candidate.trigger.noun or words is None or token.lemma_.lower() not in words.words:
        return False
    deps = {c.dep_ for c in children_of(token)}
    if "nsubjpass" not in deps or "xcomp" not in deps or not is_negated(token):
        return False
    modals = coder.lexicon.hypothetical_aux | coder.lexicon.future_aux | {"wo"}
    if any(c.dep_ == "aux" and c.lower_ in modals for c in children_of(token)):
        return False
    return not is_conditioned(token)


def is_conditioned(token: Token) -> bool:
    """Is ``token`` inside a condition ("if not allowed to vote")?"""
    return any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in children_of(token))
