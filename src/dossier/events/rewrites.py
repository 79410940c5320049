"""Rewrites: the type, mode, modality and negation a coded candidate ends with.

An offer, an expulsion, a deployment, a state's obstruction, a wish for help and
an announced act of force change a candidate's type; modality reads the chain of
heads above the trigger.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.events.stances import QuoteStances
from dossier.events.state import (
    COOPERATIVE,
    WISHED,
    Modality,
    _Candidate,
)
from dossier.models import Entity
from dossier.syntax import (
    has_to,
    is_negated,
    modal_chain,
    names_one_of,
    prep_objects,
    subject_of,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


class Rewrites(QuoteStances):
    def as_offer(self, candidate: _Candidate) -> None:
        """A stated readiness to cooperate ("is willing to send troops", "is ready to
        withdraw") is an AGREE (PLOVER: "indicate willingness … to cooperate")."""
        token = candidate.token
        if candidate.negated or token.dep_ != "xcomp":
            return
        if candidate.type not in COOPERATIVE and candidate.type not in ("RETREAT", "CONCEDE"):
            return
        if token.head.lemma_.lower() in self.lexicon.offer_heads and not is_negated(token.head):
            candidate.type = "AGREE"

    def as_expulsion(self, candidate: _Candidate) -> None:
        """ "ordered the French ambassador to leave the country": an expulsion (SANCTION
        of a diplomat, else COERCE deport); the leaving it orders is not coded."""
        token = candidate.token
        if token.lemma_.lower() not in self.lexicon.expulsion_heads:
            return
        leaving = next(
            (
                c
                for c in token.children
                if c.dep_ == "xcomp" and c.lemma_.lower() in self.lexicon.departures
            ),
            None,
        )
        ordered = next((c for c in token.children if c.dep_ in ("dobj", "dative")), None)
        if leaving is None or ordered is None:
            return
        self.consumed.add(leaving.i)
        if names_one_of(ordered, self.lexicon.envoy_nouns):
            candidate.type, candidate.mode = "SANCTION", "expel"
        else:
            candidate.type, candidate.mode = "COERCE", "deport"

    def as_deployment(self, candidate: _Candidate) -> None:
        """ "NATO peacekeepers arrived in Kosovo", "the first contingent of troops
        landed": armed bodies that come to a place are deployed there, not visiting."""
        if candidate.trigger.mode != "visit" or candidate.type != "CONSULT":
            return
        subject = subject_of(candidate.token)
        if subject is None:
            return
        held = prep_objects(subject, frozenset({"of"}))
        if any(names_one_of(n, self.lexicon.armed_nouns) for n in (subject, *held)):
            candidate.type, candidate.mode = "MOBILIZE", "troops"

    def as_state_obstruction(self, candidate: _Candidate) -> None:
        """Roads blocked by police or troops are restricted (COERCE); by demonstrators,
        obstructed in protest (PROTEST)."""
        if candidate.type != "PROTEST" or candidate.trigger.mode != "obstruct":
            return
        subject = subject_of(candidate.token)
        armed = subject is not None and (
            subject.lemma_.lower() in self.lexicon.state_forces
            or names_one_of(subject, self.lexicon.own_forces)
        )
        sectors = {s.sector for s in candidate.sources if s is not None}
        if armed or sectors & self.lexicon.state_sectors:  # "police blocked roads"
            candidate.type, candidate.mode = "COERCE", "restrict"

    def as_wish(self, candidate: _Candidate) -> None:
        """Help the speaker only imagines ("unless our friends can supply us", "if the
        world would support us") is the speaker asking for it: REQUEST from the
        speaker to the would-be helpers (PLOVER REQUEST, mode assist)."""
        if candidate.type not in WISHED or candidate.negated:
            return
        quote = self.finder.quote_at(candidate.token.idx)
        speaker = self.by_id.get(quote.speaker_id or "") if quote is not None else None
        if speaker is None or self.modality(candidate.token) != "hypothetical":
            return
        us = {speaker.name, self.finder.group_of(speaker).name}
        if any(t is None or t.name not in us for t in candidate.targets):
            return
        helpers = [s for s in candidate.sources if s is not None and s.name not in us]
        candidate.type, candidate.mode, candidate.asserted = "REQUEST", "assist", True
        candidate.sources, candidate.targets = [speaker], list(helpers)

    def as_threat(self, candidate: _Candidate) -> None:
        """An announced act of force or coercion ("will impose a curfew", "would
        blockade Paris", "is prepared to impose martial law") is a THREATEN."""
        token = candidate.token
        if candidate.type not in self.lexicon.threat_modes or candidate.negated:
            return
        auxiliaries = {c.lower_ for c in token.children if c.dep_ == "aux"}
        marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
        announced = bool(auxiliaries & self.lexicon.threat_aux) and not (
            marks & self.lexicon.hypothetical_marks
        )
        if not announced and token.dep_ == "xcomp":
            stance = token.head
            announced = stance.lemma_.lower() in self.lexicon.threat_heads
        if not announced:
            return
        modes = self.lexicon.threat_modes[candidate.type]
        candidate.mode = modes.get(candidate.trigger.mode or "", modes.get(""))
        candidate.type = "THREATEN"
        if not candidate.targets:
            exclude = [*candidate.sources]
            candidate.targets = self.condition_targets([token], exclude)

    def negate_noun(self, candidate: _Candidate) -> None:
        """A noun trigger as the object of a negated verb did not happen ("did not sign
        an accord"); announcing one won't keep it up is a refusal ("would not extend
        its ceasefire with the government": REJECT)."""
        token = candidate.token
        if token.dep_ != "dobj" or not is_negated(token.head):
            return
        governing = self.match(token.head)
        if governing is not None and token.head.lemma_.lower() not in self.lexicon.support_verbs:
            return  # "did not condemn Vanuatu's arrest of the activists": the arrest stands
        yielding = candidate.type in COOPERATIVE or candidate.type in ("RETREAT", "CONCEDE")
        if yielding and self.is_refused_future(token.head):
            candidate.type = "REJECT"
        else:
            candidate.negated = True

    def modality(self, token: Token) -> Modality:
        chain = modal_chain(token)
        lexicon = self.lexicon
        for node in chain[1:]:
            if node.lemma_.lower() in lexicon.claimed_heads:
                return "claimed"
        if token.lemma_.lower() in lexicon.claimed_heads:  # "claimed responsibility for"
            return "claimed"
        if self.is_alleged(chain):
            return "claimed"
        for node in chain[:3]:
            auxiliaries = {c.lower_ for c in node.children if c.dep_ in ("aux", "auxpass")}
            marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
            if auxiliaries & lexicon.hypothetical_aux or marks & lexicon.hypothetical_marks:
                return "hypothetical"
            # "will travel", and what one will travel for: "will travel to Doha to meet …"
            purpose = node.i == token.head.i and token.dep_ in ("advcl", "xcomp") and has_to(token)
            if (node.i == token.i or purpose) and auxiliaries & lexicon.future_aux:
                return "intended"
        for node in chain[1:4]:
            if node.lemma_.lower() in lexicon.intended_heads:
                return "intended"
        return "asserted"

    def directed_modality(self, token: Token, sources: list[Entity | None]) -> Modality | None:
        """An act only asked of a party or said to be needed of it has not happened.

        The to-clause of a verb of asking ("called on the junta to release them") is
        hypothetical.  So is what "must", "should", "needs to" or "is required to" lay on
        a party, unless the one saying it speaks for that party: then it is the party's
        own commitment, intended ("the premier said Chile must take in the refugees").
        None when the act is not directed."""
        lexicon = self.lexicon
        chain = modal_chain(token)
        for node in chain[:3]:
            head = node.head.lemma_.lower()
            if node.dep_ in ("xcomp", "ccomp", "advcl", "acl") and has_to(node):
                if head in lexicon.directive_heads:
                    return "hypothetical"
                if head in lexicon.necessity_heads:
                    return self.obligation_modality(chain, sources)
            if any(
                c.dep_ == "aux" and c.lemma_.lower() in lexicon.obligation_aux
                for c in node.children
            ):
                return self.obligation_modality(chain, sources)
        return None

    def obligation_modality(self, chain: list[Token], sources: list[Entity | None]) -> Modality:
        """ "intended" when the one stating the obligation speaks for the party it binds,
        else "hypothetical" (what another party must do is asked of it)."""
        statement = next(
            (n for n in chain[1:] if n.lemma_.lower() in self.lexicon.statement_heads), None
        )
        speakers = self.finder.actors_of(subject_of(statement)) if statement is not None else []
        if not speakers:
            return "hypothetical"
        own = {s.name for s in speakers if s is not None} | self.finder.home_names(speakers)
        if any(
            s is not None and (s.name in own or self.finder.serves(s, speakers)) for s in sources
        ):
            return "intended"
        return "hypothetical"

    def is_alleged(self, chain: list[Token]) -> bool:
        """Is the act what someone is accused of ("accusing the Taliban of allowing
        militants to …", "was charged with helping …")?"""
        top = chain[-1] if chain else None
        if top is None or top.pos_ != "ADP" or top.lower_ not in ("of", "with", "for"):
            return False
        return top.head.lemma_.lower() in self.lexicon.allegation_heads
