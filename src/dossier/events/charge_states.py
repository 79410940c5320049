"""Being investigated or tried, told as a state (ac3): "the mayor is under investigation
for graft", "was placed under investigation", "the general went on trial", "prosecutors
put the general on trial".

PLOVER's ACCUSE covers all investigations (mode investigate) and bringing to trial
(mode allege). News often tells them from the side of the one investigated or tried,
with no verb of accusing: a phrase of the verb (the construction's ``words`` in
data/events/rewrites.yaml, "under investigation", "on trial") puts its object, or else
its subject, in that state. The investigator is the noun's by-phrase if one is named
("under investigation by the Kenyan police"); else the event stands without a source.

A deed told as alleged with no verb of its own type (ac4): "the Guard Corps was
allegedly behind the bombing, the police say", "the general was allegedly
responsible for the massacre" is an allegation (ACCUSE allege) against its subject,
by the one it is according to, if named.  An alleged act coded by its own verb ("the
officials allegedly offered money") is that act's, not an accusation too.

A charge told by the participle that lays it (ac4): "the two lawsuits, filed against the
interior ministry", "charges brought against the former president" accuse the one the
against-phrase names, by the participle's by-phrase if named (voa_dev gold "lawsuits
told of two suits against a US department by their participle).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from dossier.events.prison_terms import PrisonTerms
from dossier.events.state import _Candidate
from dossier.syntax.mood import is_negated
from dossier.syntax.passives import by_phrase
from dossier.syntax.phrases import prep_objects
from dossier.syntax.subjects import subject_of
from dossier.syntax.tree import children_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dossier.models import Entity

# the preposition of who investigates or tries: "under investigation by Uganda"
BY = frozenset({"by"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


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
                for prep in children_of(token)
                if prep.dep_ == "prep" and prep.lower_ in preps
                for o in children_of(prep)
                if o.dep_ == "pobj" and f"{prep.lower_} {o.lemma_.lower()}" in words
            ),
            None,
        )
        if noun is None or is_negated(token):
            return None
        putter = None  # "Senegal put Jallow on trial": the subject puts the object there
        held = next((c for c in children_of(token) if c.dep_ == "dobj"), None)
        if held is not None:
            putter = subject_of(token)
        else:
            held = subject_of(token) or next(
                (c for c in children_of(token) if c.dep_ == "nsubjpass"), None
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

    def alleged_deed(self, token: Token) -> _Candidate | None:
        """ACCUSE of the subject of the clause ``token`` ("allegedly", the construction's
        ``words``) marks as alleged, when its verb or predicate codes no event of its own
        ("was allegedly behind the bombing"); the accuser is its "according to" phrase."""
        if token.lower_ not in self.rules.coded_as("alleged_deed").words:
            return None
        head = token.head
        verb = head.head if head.dep_ in ("acomp", "attr") else head
        if token.dep_ != "advmod" or verb.pos_ not in ("VERB", "AUX") or is_negated(verb):
            return None
        if self.match(head) is not None or self.match(verb) is not None:
            return None  # "allegedly offered money": the offer's own event
        subject = next((c for c in children_of(verb) if c.dep_ in SUBJECTS), None)
        targets = [a for a in self.finder.actors_of(subject) if a] if subject is not None else []
        if not targets:
            return None
        according = [p for p in children_of(verb) if p.lower_ == "according"]
        named = [o for p in according for o in prep_objects(p, frozenset({"to"}))]
        sources = [a for o in named for a in self.finder.actors_of(o) if a and a not in targets]
        trigger = self.coded_trigger("alleged_deed", token)
        return _Candidate(trigger, token, trigger.type, list(sources), list(targets))

    def filed_against(self, token: Token) -> _Candidate | None:
        """ACCUSE of whom a charge noun's participle ("filed", "brought": construction
        ``filed_against``, its ``words`` holding the verbs and the nouns) is against."""
        words = self.rules.coded_as("filed_against").words
        if token.tag_ != "VBN" or token.dep_ != "acl" or token.lemma_.lower() not in words:
            return None
        head = token.head  # the parse may hang the participle on the phrase that holds the noun
        nouns = [n for n in head.subtree if n.i < token.i and n.pos_ == "NOUN"]
        if not any(n.lemma_.lower() in words for n in nouns):
            return None
        against = prep_objects(token, frozenset({"against"}))
        targets = [a for o in against for a in self.finder.actors_of(o) if a]
        if not targets:
            return None
        sources = [a for o in by_phrase(token) for a in self.finder.actors_of(o) if a]
        trigger = self.coded_trigger("filed_against", token)
        candidate = _Candidate(trigger, token, trigger.type, list(sources), list(targets))
        candidate.asserted = True  # filed, whatever the clause it hangs on says of the suit
        return candidate


@cache
def first_words(phrases: frozenset[str]) -> frozenset[str]:
    """The first word of each of ``phrases`` ("under" of "under investigation")."""
    return frozenset(phrase.split(" ")[0] for phrase in phrases)
