"""A hosted meeting that gathers parties: "The Arctic talks hosted by Norway gathered
ministers from Iceland, Finland and Sweden", "Norway hosted talks in Tromso that
brought together ministers from Iceland and Finland".  The host meets each party the
gathering names (CONSULT, multilateral), and the gathering verb is told by this event:
with no host, the gathering construction codes the parties each with each."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.events.constructions import Constructions
from dossier.events.meetings import gathered_parties
from dossier.events.state import _Candidate
from dossier.syntax.passives import by_phrase
from dossier.syntax.subjects import subject_of
from dossier.syntax.tree import children_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dossier.models import Entity


def gathering_verb(noun: Token, gathering_verbs: frozenset[str]) -> Token | None:
    """The verb by which the talks ``noun`` gathers parties: the one it is the subject
    of ("the talks gathered …") or a relative clause on it ("talks that gathered …"),
    also where the parse hangs the clause on the noun's place ("talks in Tromso that
    gathered …")."""
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() in gathering_verbs:
        return noun.head
    places = [
        o for p in children_of(noun) if p.dep_ == "prep" for o in children_of(p) if o.dep_ == "pobj"
    ]
    return next(
        (
            c
            for word in (noun, *places)
            for c in children_of(word)
            if c.dep_ == "relcl" and c.lemma_.lower() in gathering_verbs and c.pos_ == "VERB"
        ),
        None,
    )


def host_and_talks(coder: Constructions, token: Token) -> tuple[Token | None, Token | None]:
    """The host and the talks of a hosting verb: "talks [hosted] by Norway" (the
    participle's by-phrase and the noun it hangs on), "Norway [hosted] talks"."""
    if token.dep_ in ("acl", "relcl"):
        return next(iter(by_phrase(token)), None), coder.talks_of(token.head)
    direct = next((c for c in children_of(token) if c.dep_ == "dobj"), None)
    return subject_of(token), coder.talks_of(direct) if direct is not None else None


def hosted_gathering(coder: Constructions, token: Token) -> _Candidate | None:
    """ "The talks hosted by Norway gathered ministers from Iceland and Finland":
    CONSULT from the host to each party gathered; the gathering verb is consumed."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in coder.lexicon.mediation_verbs:
        return None
    agent, talks = host_and_talks(coder, token)
    if agent is None or talks is None:
        return None
    verb = gathering_verb(talks, coder.lexicon.gathering_verbs)
    hosts = [a for a in coder.finder.actors_of(agent) if a is not None]
    if verb is None or not hosts:
        return None
    named = {h.name for h in hosts}
    parties: list[Entity | None] = [
        a
        for a in gathered_parties(verb, coder.finder.actors_of)
        if a is not None and a.name not in named
    ]
    if not parties:
        return None
    coder.consumed.add(verb.i)
    trigger = coder.coded_trigger("hosted_gathering", token)
    candidate = _Candidate(trigger, token, trigger.type, list(hosts), list(parties))
    candidate.unilateral = True
    return candidate
