"""Passives: whether a verb is one, its by-phrase (and the by-phrase the parse hung on
a gerund, or one that is a time, not an agent), and the passive subject coordinated
verbs share ("were held and whipped").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.syntax.tree import children_of

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "by_phrase",
    "has_time_agent",
    "is_passive",
    "is_passive_participle",
    "shared_passive_subject",
    "stranded_agent",
]


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in children_of(verb))


def is_passive_participle(verb: Token) -> bool:
    """ "the sanctions imposed by the EU": a participle with its by-phrase."""
    return verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in children_of(verb))


def by_phrase(verb: Token) -> list[Token]:
    return [
        g
        for c in children_of(verb)
        if c.dep_ == "agent"
        for g in children_of(c)
        if g.dep_ == "pobj"
    ]


def stranded_agent(verb: Token) -> Token | None:
    """The by-phrase of a passive that the parse hung on its gerund: "has been accused
    of embezzling funds by the government" (an active gerund with an object takes no
    agent of its own; "by forging papers" names a means, not an agent)."""
    for prep in children_of(verb):
        if prep.dep_ != "prep":
            continue
        for gerund in children_of(prep):
            if gerund.dep_ != "pcomp" or not any(c.dep_ == "dobj" for c in children_of(gerund)):
                continue
            for by in children_of(gerund):
                if by.dep_ == "prep" and by.lower_ == "by":
                    agent = next((g for g in children_of(by) if g.dep_ == "pobj"), None)
                    if agent is not None and agent.pos_ in ("NOUN", "PROPN"):
                        return agent
    return None


def has_time_agent(verb: Token) -> bool:
    """A "by" phrase that is a time ("left by the August 31 deadline"), not an agent:
    the parse then wrongly reads an active verb as a passive modifier."""
    return any(t.ent_type_ in ("DATE", "TIME") for obj in by_phrase(verb) for t in obj.subtree)


def shared_passive_subject(verb: Token) -> Token | None:
    """The passive subject a coordinated verb shares: "the pair were held and whipped"
    (a participle; "was indicted and will resign" is active, its subject resigns)."""
    if verb.dep_ != "conj" or any(
        c.dep_ in ("nsubj", "nsubjpass", "aux") for c in children_of(verb)
    ):
        return None
    if verb.tag_ != "VBN":
        return None
    return next((c for c in children_of(verb.head) if c.dep_ == "nsubjpass"), None)
