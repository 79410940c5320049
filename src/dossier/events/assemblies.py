"""A body meeting as itself: "NATO foreign ministers met in Brussels", "the African
Union summit opened in Addis Ababa", "the UN Security Council met on Thursday".

PLOVER CONSULT, multilateral mode: a meeting held within an alliance or an IGO, every
participant in the actor field.  Such a meeting names one
side only, the body, so the symmetric reading ("A and B met": each with the other)
would pair the body with itself and code nothing; told by the body of an
international organisation (the sectors of construction ``body_assembly`` in
data/events/rewrites.yaml), it is the body's own meeting, with no target.  A lone
state or person meeting ("Chile met in Brussels") names no partner and stays uncoded.
A meeting noun counts only as the subject of its clause ("the summit opened"): one in
a phrase is where something else happens ("said at a UN Security Council meeting",
"talked on the fringes of an SCO meeting"), and the seeds', examples' and voa_dev's
gold code no meeting there; nor does the examples' gold code a meeting told by a bare
participle, the setting of its members' act ("EU leaders meeting in Brussels agreed").

The test and the operation here are listed by name in ``dossier.events.rewrites``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.events.state import _Candidate

if TYPE_CHECKING:
    from dossier.events.statements import Statements


def is_body_assembly(coder: Statements, candidate: _Candidate) -> bool:
    """Whether the meeting names no target and one side only, an international body."""
    token = candidate.token
    if any(candidate.targets) or (candidate.trigger.noun and token.dep_ != "nsubj"):
        return False
    if token.tag_ == "VBG" and not any(c.dep_ == "aux" for c in token.children):
        return False  # a participle, no "are"/"were" (the small model may make it the root)
    if any(c.tag_ == "TO" for c in token.children):
        return False  # "visited Kyiv to discuss a loan": the purpose of another meeting
    sides = {s.name: s for s in candidate.sources if s is not None}
    if len(sides) != 1:
        return False
    sectors = coder.rules.coded_as("body_assembly").words
    return all((s.sector or "").lower() in sectors for s in sides.values())


def meets_alone(coder: Statements, candidate: _Candidate) -> None:
    """The meeting is the body's own: no partner is read into it."""
    candidate.unilateral = True


def has_co_hosts(coder: Statements, candidate: _Candidate) -> bool:
    """ "Cuba and Norway hosted the talks": more than one host and no guest named; the
    hosts are not each other's party (lead16)."""
    return len({s.name for s in candidate.sources if s is not None}) > 1 and not any(
        candidate.targets
    )
