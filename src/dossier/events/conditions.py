"""Acts held out on a condition: "Nigeria will withdraw its peacekeepers from Chad
unless the fighting stops", "the EU may halt its mediation if Serbia walks out",
"the party would boycott the vote unless the president resigned".  PLOVER THREATEN:
an act of pressure announced for the future and tied to what the other side does is a
threat (issue 16, conditional threats); told with no condition it stays an intention.

Force or coercion weighed: "Washington is considering sanctions against Caracas", "the
EU is mulling a blockade of the port" (a noun of the act as the object of a verb of
``weighing_verbs``) is a threat by the one weighing it (issue 16, cv7; a silver THREATEN
training span of a president weighing a naval blockade of a neighbour coded only the
blockade, as intended and by no one).

The test here is listed by name in ``dossier.events.rewrites``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.events.state import _Candidate
from dossier.events.statements import Statements
from dossier.models import Entity
from dossier.syntax.mood import is_negated
from dossier.syntax.subjects import subject_of
from dossier.syntax.tree import children_of

if TYPE_CHECKING:
    from spacy.tokens import Token


def is_conditioned_future(coder: Statements, candidate: _Candidate) -> bool:
    """Is the trigger's act told with a future or modal auxiliary (``threat_aux``,
    ``hypothetical_aux``) and a condition clause of its own (an advcl marked by one of
    ``hypothetical_marks``: "unless X complies", "if the talks fail")?  An act inside
    the condition ("if Chile withdrew its envoy, …") is no threat."""
    token = candidate.token
    lexicon = coder.lexicon
    auxiliaries = {c.lower_ for c in children_of(token) if c.dep_ == "aux"}
    if not auxiliaries & (lexicon.threat_aux | lexicon.hypothetical_aux):
        return False
    if _is_marked(token, lexicon.hypothetical_marks):
        return False
    return any(
        c.dep_ == "advcl" and _is_marked(c, lexicon.hypothetical_marks) for c in children_of(token)
    )


def _is_marked(clause: Token, marks: frozenset[str]) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in marks for c in children_of(clause))


def is_weighed_act(coder: Statements, candidate: _Candidate) -> bool:
    """Is the trigger a noun of the act weighed by a verb of ``weighing_verbs`` (data/
    events/frames.yaml: "is considering sanctions", "mulled a blockade"), that verb not
    negated?"""
    token = candidate.token
    head = token.head
    if not candidate.trigger.noun or token.dep_ != "dobj" or head.pos_ != "VERB":
        return False
    return head.lemma_.lower() in coder.frames.weighing_verbs.words and not is_negated(head)


def weigher_threat(coder: Statements, candidate: _Candidate) -> None:
    """The weighed act's threat mode (``threat_modes``), made by the weighing verb's
    subject when the noun names no doer of its own."""
    modes = coder.lexicon.threat_modes[candidate.type]
    candidate.mode = modes.get(candidate.trigger.mode or "", modes.get(""))
    if not any(candidate.sources):
        subject = subject_of(candidate.token.head)
        found = coder.finder.actors_of(subject) if subject is not None else []
        candidate.sources = [a for a in found if a is not None and a not in candidate.targets]


def is_warned_passive(coder: Statements, candidate: _Candidate) -> bool:
    """Coercion foretold in the passive in what a party says ("the minister said looters
    would be arrested", "police warned that rallies will be dispersed", "anyone carrying
    the flag can be arrested, police said"): a threat by the speaker (issue 16, cv13;
    silver THREATEN training spans of several articles).  Only under a verb of
    ``warning_heads`` or in a quote with a known speaker, with a modal of
    ``warned_modals`` and no by-phrase naming the doer; not inside a condition."""
    token = candidate.token
    if candidate.trigger.noun or token.pos_ != "VERB":
        return False
    deps = {c.dep_ for c in children_of(token)}
    if "nsubjpass" not in deps or "agent" in deps:
        return False
    modals = {c.lower_ for c in children_of(token) if c.dep_ == "aux"}
    if not modals & coder.frames.warned_modals.words or is_negated(token):
        return False
    if _is_marked(token, coder.lexicon.hypothetical_marks):
        return False
    return _warning_head(coder, token) is not None or _quote_speaker(coder, token) is not None


def _warning_head(coder: Statements, token: Token) -> Token | None:
    head = token.head
    if token.dep_ != "ccomp" or head.lemma_.lower() not in coder.frames.warning_heads.words:
        return None
    return None if is_negated(head) else head


def _quote_speaker(coder: Statements, token: Token) -> Entity | None:
    quote = coder.finder.quote_at(token.idx)
    return coder.by_id.get(quote.speaker_id or "") if quote is not None else None


def warner_threat(coder: Statements, candidate: _Candidate) -> None:
    """The foretold act's threat mode (``threat_modes``), made by whoever warns of it."""
    modes = coder.lexicon.threat_modes[candidate.type]
    candidate.mode = modes.get(candidate.trigger.mode or "", modes.get(""))
    if any(candidate.sources):
        return
    head = _warning_head(coder, candidate.token)
    subject = subject_of(head) if head is not None else None
    found = coder.finder.actors_of(subject) if subject is not None else []
    if not any(found):
        speaker = _quote_speaker(coder, candidate.token)
        found = [speaker] if speaker is not None else []
    warners: list[Entity | None] = [a for a in found if a and a not in candidate.targets]
    candidate.sources = warners or candidate.sources
