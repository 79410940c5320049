"""A deed told as blamed on someone: the accused is its doer, as the blamer claims.

"Nigeria blamed the attack on Boko Haram" and "Palestinians blamed Israel for the
bombing" tell one attack (besides the accusation): its doer is the accused, its
modality ``claimed``; the on-phrase never names the attacked.  The verbs and
prepositions are data (``blame_verbs``, ``blamed_on_preps``, ``blamed_for_preps`` of
data/grammar.yaml).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dossier.models import Entity, Event
from dossier.syntax.phrases import compound_head, prep_objects
from dossier.syntax.tree import children_of
from dossier.syntax.words import grammar_words, names_one_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from dossier.event_actors import ActorFinder


def as_blamed_deed(event: Event, doc: Doc, finder: ActorFinder) -> Event:
    """``event`` with the accused as its doer when its trigger is a deed blamed on
    someone and the event names no doer of its own; else ``event`` unchanged."""
    span = doc.char_span(*event.trigger_span)
    if event.source is not None or span is None:
        return event
    accused = [a for word in blamed_words(span[-1]) for a in finder.actors_of(word) if a]
    if not accused:
        return event
    return _done_by(event, accused[0], target_kept=event.target != accused[0].name)


def blamed_words(deed: Token) -> list[Token]:
    """The words naming whom ``deed`` is blamed on: "blamed the raid on X" (the parse
    hangs "on" on the deed or the verb), "blamed X for the raid"."""
    words = grammar_words()
    deed = compound_head(deed)  # "the bomb attack"
    verb = deed.head
    if deed.pos_ != "NOUN":
        return []
    if deed.dep_ == "dobj" and names_one_of(verb, words.blame_verbs):
        return prep_objects(deed, words.blamed_on_preps) + prep_objects(verb, words.blamed_on_preps)
    if deed.dep_ == "pobj" and verb.lower_ in words.blamed_for_preps:
        blamer = verb.head
        if names_one_of(blamer, words.blame_verbs):
            return [c for c in children_of(blamer) if c.dep_ == "dobj"]
    return []


def _done_by(event: Event, doer: Entity, target_kept: bool) -> Event:
    """``event`` done by ``doer`` as claimed; its target dropped when it was the doer
    read as the attacked ("blamed the attack on X": X)."""
    done = replace(
        event,
        source=doer.name,
        source_id=doer.id or None,
        source_country=doer.country,
        source_sector=doer.sector,
        modality="claimed",
    )
    if target_kept:
        return done
    return replace(done, target=None, target_id=None, target_country=None, target_sector=None)
