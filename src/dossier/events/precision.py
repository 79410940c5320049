"""Readings that look like an event's trigger but tell no event between actors.

Each check takes the trigger's token and the word lists of ``data/events.yaml`` and
says whether the trigger should be left uncoded.  They were found by listing the
predictions that match no gold event on voa_dev, the GSR, seeds and examples
(bench notes in the README's "Event precision" section) and keeping only the classes
that were wrong in most of their cases.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def is_attempt(token: Token, attempt_verbs: frozenset[str]) -> bool:
    """ "Britain is seeking to finalize a deal", "Rome has tried to broker a truce": a
    verb of trying with a to-infinitive and no object of its own tells an effort (the
    infinitive is the event, if any), not a request made to anyone."""
    if token.lemma_.lower() not in attempt_verbs or token.pos_ not in ("VERB", "AUX"):
        return False
    children = list(token.children)
    if any(c.dep_ in ("dobj", "dative") for c in children):
        return False
    return any(
        c.dep_ == "xcomp" and any(m.dep_ == "aux" and m.lower_ == "to" for m in c.children)
        for c in children
    )
