"""Reprisals held out (issue 16, cv7): "Bolivia will hit back if Chilean troops cross
the border again", "Chile would retaliate against any incursion", "the militia is
ready to avenge its commander" are PLOVER THREATEN (violence).

The reprisal verbs (``reprisal_verbs`` of data/events/frames.yaml) are ASSAULT lines of
data/events.yaml, so that told for the future or on a condition the rules "announced
force is a threat" and "pressure held out on a condition is a threat" of
data/events/rewrites.yaml make them a threat, with whom the condition names as its
target.  Told as done ("Israel retaliated with airstrikes", "China retaliated with
tariffs") the line is vetoed here (``reprisal_told_done``): the deed the with-phrase
names is the event, coded at its own word.

The veto is listed by name in ``dossier.events.vetoes``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.syntax.tree import children_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dossier.events.rewrites import Rewrites
    from dossier.events.triggers import Trigger


def is_reprisal_told_done(coder: Rewrites, trigger: Trigger, token: Token) -> bool:
    """Whether a reprisal line (``reprisal_verbs``) is told as done or in general, not
    held out: no future or modal auxiliary on it, and no head of readiness ("is ready
    to retaliate", ``threat_heads``)."""
    phrase = f"{trigger.lemma} {trigger.particle}" if trigger.particle else trigger.lemma
    if phrase not in coder.frames.reprisal_verbs.words or trigger.noun:
        return False
    lexicon = coder.lexicon
    modals = lexicon.threat_aux | lexicon.hypothetical_aux
    if any(c.dep_ == "aux" and c.lower_ in modals for c in children_of(token)):
        return False
    ready = token.dep_ == "xcomp" and token.head.lemma_.lower() in lexicon.threat_heads
    return not ready
