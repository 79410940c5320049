"""Being investigated or tried, told as a state (ac3): "the mayor is under investigation
for graft", "was placed under investigation", "the general went on trial", "prosecutors
put the general on trial".

PLOVER's ACCUSE covers all investigations (mode investigate) and bringing to trial
(mode allege). News often tells them from the side of the one investigated or tried,
with no verb of accusing: a phrase of the verb (the construction's ``words`` in
data/events/rewrites.yaml, "under investigation", "on trial") puts its object, or else
its subject, in that state. The investigator is the noun's by-phrase if one is named
("under investigation by the Kenyan police"); else the event stands without a source.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from dossier.events.prison_terms import PrisonTerms
from dossier.events.state import _Candidate
from dossier.syntax.mood import is_negated
from dossier.syntax.phrases import prep_objects
from dossier.syntax.subjects import subject_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dossier.models import Entity

# the preposition of who investigates or tries: "under investigation by Uganda"
BY = frozenset({"by"})


class ChargeStates(PrisonTerms):
    def charge_state(self, token: Token, construction: str) -> _Candidate | None:
        """ACCUSE of whom ``token`` (a verb) puts or keeps in the state one of its
        phrases names ("is under investigation", "put X on trial"); None if no phrase
        of ``construction``'s words hangs on it, or it is negated ("is not on trial")."""
        if token.pos_ not in ("VERB", "AUX"):
            return None
        words = self.rules.coded_as(construction).words
        preps = first_words(words)  # a phrase's preposition first: most verbs have none
        noun = next(
            (
                o
                for prep in token.children
                if prep.dep_ == "prep" and prep.lower_ in preps
                for o in prep.children
                if o.dep_ == "pobj" and f"{prep.lower_} {o.lemma_.lower()}" in words
            ),
            None,
        )
        if noun is None or is_negated(token):
            return None
        putter = None  # "Senegal put Jallow on trial": the subject puts the object there
        held = next((c for c in token.children if c.dep_ == "dobj"), None)
        if held is not None:
            putter = subject_of(token)
        else:
            held = subject_of(token) or next(
                (c for c in token.children if c.dep_ == "nsubjpass"), None
            )
        targets = [a for a in self.finder.actors_of(held) if a] if held is not None else []
        if not targets:
            return None
        named = [*prep_objects(noun, BY), *prep_objects(token, BY), *([putter] if putter else [])]
        sources = [a for o in named for a in self.finder.actors_of(o) if a]
        self.consumed.add(noun.i)  # the state's noun: not coded again on its own
        trigger = self.coded_trigger(construction, noun)
        accused: list[Entity | None] = [t for t in targets if t not in sources]
        return _Candidate(trigger, noun, trigger.type, list(sources), accused)

    def under_investigation(self, token: Token) -> _Candidate | None:
        """ "Soto is under investigation", "was placed under investigation"."""
        return self.charge_state(token, "under_investigation")

    def on_trial(self, token: Token) -> _Candidate | None:
        """ "Soto went on trial", "prosecutors put Soto on trial"."""
        return self.charge_state(token, "on_trial")


@cache
def first_words(phrases: frozenset[str]) -> frozenset[str]:
    """The first word of each of ``phrases`` ("under" of "under investigation")."""
    return frozenset(phrase.split(" ")[0] for phrase in phrases)
