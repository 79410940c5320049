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

from dossier.events.state import _Candidate, pledged_alone
from dossier.syntax.clauses import has_to
from dossier.syntax.tree import children_of
from dossier.syntax.words import grammar_words

if TYPE_CHECKING:
    from dossier.events.statements import Statements


# Verbs by which one party holds a meeting as its own (issue 16, cv8): "Malawi is hosting
# an investment summit in Lilongwe", "the premier convened a meeting", "ASEAN ministers
# concluded their annual meeting". voa_dev's gold codes such a meeting with its one party as the
# source and no target (4 of its 17 CONSULT events); the symmetric reading paired the
# party with itself and coded nothing.
HOLDING_VERBS = frozenset({"hold", "host", "convene", "conclude", "wrap", "open", "close", "chair"})
# Decisions one party takes at or during a meeting ("ASEAN ministers agreed at an online
# summit to …"; voa_dev's gold: the bloc's CONSULT, no target); what a party only says
# there is no meeting of its own (the gold codes none for "said at a UN meeting").
DECIDING_VERBS = frozenset({"agree", "decide", "resolve", "adopt", "approve", "endorse", "sign"})
SETTING_PREPS = frozenset({"at", "during"})
DONE_TAGS = frozenset({"VBD", "VBZ", "VBN"})


def is_held_gathering(coder: Statements, candidate: _Candidate) -> bool:
    """Whether the trigger is a verb of ``HOLDING_VERBS`` whose object names a meeting,
    or a meeting noun at or during which its party took a decision."""
    token = candidate.token
    if candidate.trigger.noun:
        prep = token.head
        return (
            token.dep_ == "pobj"
            and prep.lower_ in SETTING_PREPS
            and prep.head.lemma_.lower() in DECIDING_VERBS
            and prep.head.tag_ in DONE_TAGS  # "will sign it at the summit": not yet
        )
    if token.lemma_.lower() not in HOLDING_VERBS:
        return False
    held = [coder.talks_of(c) for c in children_of(token) if c.dep_ == "dobj"]
    found = [coder.talks_noun(n) for n in held if n is not None]
    return any(t is not None and t.type == candidate.type for t in found)  # no truce held


def meeting_names(coder: Statements, candidate: _Candidate) -> set[str]:
    """The names the held meeting itself bears ("opened the Summit for Democracy"): the
    meeting, not a partner in it. Only a meeting named as a whole: the members of "a
    Group of Seven summit" or of "a meeting between A and B" are partners."""
    held = [c for c in children_of(candidate.token) if c.dep_ == "dobj" and c.pos_ == "PROPN"]
    return {a.name for c in held for a in coder.finder.actors_of(c) if a is not None}


def is_body_assembly(coder: Statements, candidate: _Candidate) -> bool:
    """Whether the meeting names no target and one side only, an international body,
    or any one party holding a meeting of its own (``is_held_gathering``)."""
    token = candidate.token
    if is_held_gathering(coder, candidate):
        own = meeting_names(coder, candidate)
        if any(t is not None and t.name not in own for t in candidate.targets):
            return False
        return len({s.name for s in candidate.sources if s is not None}) == 1
    if any(candidate.targets):
        return False
    if candidate.trigger.noun and token.dep_ != "nsubj":
        return False
    if token.tag_ == "VBG" and not any(c.dep_ == "aux" for c in children_of(token)):
        return False  # a participle, no "are"/"were" (the small model may make it the root)
    if any(c.tag_ == "TO" for c in children_of(token)):
        return False  # "visited Kyiv to discuss a loan": the purpose of another meeting
    sides = {s.name: s for s in candidate.sources if s is not None}
    if len(sides) != 1:
        return False
    sectors = coder.rules.coded_as("body_assembly").words
    return all((s.sector or "").lower() in sectors for s in sides.values())


def meets_alone(coder: Statements, candidate: _Candidate) -> None:
    """The meeting is the body's own: no partner is read into it, nor the name the
    meeting bears."""
    candidate.unilateral = True
    own = meeting_names(coder, candidate) if is_held_gathering(coder, candidate) else set()
    candidate.targets = [t for t in candidate.targets if t is None or t.name not in own]


def has_co_hosts(coder: Statements, candidate: _Candidate) -> bool:
    """ "Cuba and Norway hosted the talks": more than one host and no guest named; the
    hosts are not each other's party (lead16)."""
    return len({s.name for s in candidate.sources if s is not None}) > 1 and not any(
        candidate.targets
    )


def has_co_mediators(coder: Statements, candidate: _Candidate) -> bool:
    """ "Lithuania and Poland offered to mediate", "Qatar and Egypt agreed to broker
    talks": more than one party offering or agreeing to host or mediate, no party named
    to be brought together; they are not each other's party (lead probes)."""
    mediates = any(
        c.dep_ == "xcomp" and c.lemma_.lower() in coder.lexicon.mediation_verbs
        for c in children_of(candidate.token)
    )
    return (mediates and has_co_hosts(coder, candidate)) or offers_to_others(coder, candidate)


def offers_to_others(coder: Statements, candidate: _Candidate) -> bool:
    """ "Jamaica, the Bahamas and Belize expressed willingness to send police": joint
    subjects who offer an act aimed beyond them each offer it, as with "promised to"
    (``state.pledged_alone``); "… expressed readiness to resume talks" binds them."""
    token = candidate.token
    offered = grammar_words().offer_nouns
    offers = [c for c in children_of(token) if c.dep_ == "dobj" and c.lemma_.lower() in offered]
    if len(candidate.sources) < 2 or not offers:
        return False
    acts = [
        (o, c) for o in offers for c in children_of(o) if c.dep_ in ("acl", "xcomp") and has_to(c)
    ]
    return any(pledged_alone(o, act, coder.match(act), coder.lexicon) for o, act in acts)
