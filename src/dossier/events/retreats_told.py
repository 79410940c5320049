"""Retreats told as taking effect or as done (issue 16, cv11): "the truce took effect at
midnight", "a week-long ceasefire went into effect", "the ceasefire remains in place",
"the drawdown started in May", "the president accepted the three resignations", "the
premier made public the resignation of her cabinet" are PLOVER RETREAT though the noun
names neither who retreats nor from whom.

A retreat noun (``retreat_nouns`` of data/events/frames.yaml: a ceasefire, a truce, a
drawdown, a withdrawal, a resignation) whose own phrases name no side is a retreat that
took place when

- it is the subject of a verb of taking effect (``retreat_effect_verbs``: take effect, go
  into effect, come into force, begin, hold, last, take place …), or stands in place, in
  effect or in force (``retreat_in_force``: "the truce remains in place"), or is the
  object of a verb that takes it as done (the same list: "accepted the resignations",
  "welcomed the truce" is not in it): no side, kept only with ``--unattributed``;
- it is the object of a verb by which its doer carries it out (``retreat_doing_verbs``:
  announce, submit, tender, complete, observe …): the verb's subject retreats ("Peru's
  premier submitted her cabinet's resignation": Peru, when the office is told of a
  state).

Not under a modal or a future ("the truce will take effect on Monday" is an announced
ceasefire, a concession PLOVER codes apart), not negated.  A retreat noun with a side
of its own ("the ceasefire between A and B", "Russia's withdrawal") is read by its noun
frames as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.events.state import _Candidate, is_guessed
from dossier.syntax.subjects import subject_of
from dossier.syntax.tree import children_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dossier.events.places import PlaceRoles
    from dossier.events.triggers import Trigger

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
PARTS = frozenset({"prt", "dobj", "prep"})  # "took effect", "went into effect", "came into force"
STATES = frozenset({"be", "remain", "stay"})  # "the truce remains in place"


def retreat_told(coder: PlaceRoles, trigger: Trigger, token: Token) -> _Candidate | None:
    """The retreat ``token`` names, told as taking effect or as done by its verb; None
    otherwise (see the module docstring)."""
    if trigger.type not in coder.rules.of_class("retreats") or token.pos_ != "NOUN":
        return None
    frames = coder.frames
    if trigger.lemma not in frames.retreat_nouns.words and token.lemma_.lower() not in (
        frames.retreat_nouns.words
    ):
        return None
    verb = token.head
    if verb.pos_ not in ("VERB", "AUX") or token.dep_ not in (*SUBJECTS, "dobj"):
        return None
    if is_guessed(verb, coder.lexicon):
        return None
    if token.dep_ == "dobj" and verb.lemma_.lower() in frames.retreat_doing_verbs.words:
        subject = subject_of(verb)
        sources = coder.finder.actors_of(subject) if subject is not None else []
        return _Candidate(trigger, token, trigger.type, [s for s in sources if s], [])
    effect = frames.retreat_effect_verbs.words
    if token.dep_ in SUBJECTS and (phrases_of(verb) & effect or in_force(coder, verb, token)):
        return _Candidate(trigger, token, trigger.type, [], [])
    if token.dep_ == "dobj" and verb.lemma_.lower() in effect:
        return _Candidate(trigger, token, trigger.type, [], [])
    return None


def phrases_of(verb: Token) -> set[str]:
    """The verb's lemma alone and with each particle, object or preposition and its
    object ("take effect", "go into effect", "come into force")."""
    lemma = verb.lemma_.lower()
    found = {lemma}
    for c in children_of(verb):
        if c.dep_ not in PARTS:
            continue
        found.add(f"{lemma} {c.lower_}")
        found |= {f"{lemma} {c.lower_} {g.lower_}" for g in children_of(c) if g.dep_ == "pobj"}
    return found


def in_force(coder: PlaceRoles, verb: Token, token: Token) -> bool:
    """ "The truce remains in place", "the ceasefire is in effect": a verb of being with
    a phrase of ``retreat_in_force``, or that phrase on the noun itself."""
    words = coder.frames.retreat_in_force.words
    holders = [token, verb] if verb.lemma_.lower() in STATES else [token]
    return any(
        c.dep_ == "prep" and f"{c.lower_} {g.lower_}" in words
        for holder in holders
        for c in children_of(holder)
        for g in children_of(c)
        if g.dep_ == "pobj"
    )
