"""Acts held out on a condition: "Nigeria will withdraw its peacekeepers from Chad
unless the fighting stops", "the EU may halt its mediation if Serbia walks out",
"the party would boycott the vote unless the president resigned".  PLOVER THREATEN:
an act of pressure announced for the future and tied to what the other side does is a
threat (issue 16, conditional threats); told with no condition it stays an intention.

The test here is listed by name in ``dossier.events.rewrites``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.events.state import _Candidate
from dossier.events.statements import Statements

if TYPE_CHECKING:
    from spacy.tokens import Token


def is_conditioned_future(coder: Statements, candidate: _Candidate) -> bool:
    """Is the trigger's act told with a future or modal auxiliary (``threat_aux``,
    ``hypothetical_aux``) and a condition clause of its own (an advcl marked by one of
    ``hypothetical_marks``: "unless X complies", "if the talks fail")?  An act inside
    the condition ("if Chile withdrew its envoy, …") is no threat."""
    token = candidate.token
    lexicon = coder.lexicon
    auxiliaries = {c.lower_ for c in token.children if c.dep_ == "aux"}
    if not auxiliaries & (lexicon.threat_aux | lexicon.hypothetical_aux):
        return False
    if _is_marked(token, lexicon.hypothetical_marks):
        return False
    return any(
        c.dep_ == "advcl" and _is_marked(c, lexicon.hypothetical_marks) for c in token.children
    )


def _is_marked(clause: Token, marks: frozenset[str]) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)
