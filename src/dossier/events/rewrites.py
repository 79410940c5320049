"""Rewrites: the engine that runs ``data/events/rewrites.yaml`` over a candidate.

A rule names constructions (tests below, by name), the types it applies to and what it sets;
this layer only tests and sets (``rules`` has the schema). Modality (read off the heads above the
trigger) is here too, and which steps of ``construction_order`` a word gets (``admitted_steps``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.attrs import DEP, LEMMA, LOWER, POS

from dossier.events import assemblies, conditions, expulsions, permissions, places
from dossier.events.arms_builds import is_fired_as_show_of_force
from dossier.events.cessations import is_stopped_act, is_stopped_hostility, stopper_as_source
from dossier.events.handovers import partner_unnamed, sender_as_source
from dossier.events.memberships import body_as_source, is_expelled_by_body, is_put_out_by_unnamed
from dossier.events.offers import (
    is_conditional_offer,
    is_material_offer,
    is_offered_act,
    is_refused_act,
    is_reported_future,
)
from dossier.events.precision import is_content_clause, is_mandative
from dossier.events.receipts import giver_as_source
from dossier.events.rules import CONSTRUCTIONS, OPERATIONS, Condition, Outcome, admitted_by_word
from dossier.events.state import Modality, _Candidate
from dossier.events.steps import Step
from dossier.events.ultimatums import Ultimatums
from dossier.events.untold import is_alleged
from dossier.events.word_gates import doc_gated, gated_words, passes_gate
from dossier.models import Entity
from dossier.syntax.clauses import has_to, modal_chain
from dossier.syntax.mood import is_negated
from dossier.syntax.phrases import prep_objects
from dossier.syntax.subjects import subject_of
from dossier.syntax.tree import children_of
from dossier.syntax.words import lemmas, names_one_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


class Rewrites(Ultimatums):
    def rewrite(self, candidate: _Candidate, stage: str) -> None:
        """Apply the rules of ``stage`` ("verb", "noun") that hold, in file order."""
        rules, at = self.rules.stage(stage), -1
        while (at := self.rules.next_rule(stage, at, candidate, self.holds)) >= 0:
            self.apply(rules[at].then, candidate)
            if rules[at].then.last:
                return

    def holds(self, when: Condition, candidate: _Candidate) -> bool:
        trigger = candidate.trigger
        if when.types is not None and candidate.type not in when.types:
            return False
        if when.trigger_types is not None and trigger.type not in when.trigger_types:
            return False
        if when.trigger_mode is not None and trigger.mode != when.trigger_mode:
            return False
        if when.negated is not None and candidate.negated != when.negated:
            return False
        if when.lemma_in is not None and trigger.lemma not in getattr(self.lexicon, when.lemma_in):
            return False
        return all(TESTS[name](self, candidate) for name in when.constructions)

    def apply(self, then: Outcome, candidate: _Candidate) -> None:
        if then.operation is not None:
            OPERATIONS_RUN[then.operation](self, candidate)
        if then.type is not None:
            candidate.type = then.type
        if then.mode is not None:
            candidate.mode = then.mode
        if then.negated is not None:
            candidate.negated = then.negated
        if then.asserted is not None:
            candidate.asserted = then.asserted

    # --- which constructions the coder tries at a word (construction_order) ----------

    def admitted_steps(self, token: Token) -> tuple[Step, ...]:
        """The constructions of ``construction_order`` (data/events/rewrites.yaml) tried
        at ``token``, in order: those whose parts of speech and word list it fits."""
        known = admitted_by_word(self.rules, self.lexicon)
        key = (token.pos, token.lemma, token.lower)  # all that decides them, by string id
        admitted = known.get(key)
        if admitted is None:
            admitted = known[key] = self.steps_fitting(token)
        return admitted

    def admitted_in(self, doc: Doc) -> list[tuple[Step, ...]]:
        """``admitted_steps`` of every word of ``doc``, read off its arrays: a Token is
        made only for a word whose part of speech, lemma and word were not met before."""
        known = admitted_by_word(self.rules, self.lexicon)
        columns = doc.to_array([POS, LEMMA, LOWER, DEP])
        rows = zip(*(columns[:, n].tolist() for n in range(3)), strict=True)
        kept = [known.get(row) for row in rows]
        found = [a if a is not None else self.admitted_steps(doc[i]) for i, a in enumerate(kept)]
        at = gated_words(self.rules.steps, columns[:, 0])  # the doc gates (events.word_gates)
        return doc_gated(self, doc, found, (columns[:, 3], columns[:, 2]), at)

    def steps_fitting(self, token: Token) -> tuple[Step, ...]:
        """The steps whose parts of speech and word list ``token`` fits, and whose
        construction's own first test of a word it passes (events.word_gates)."""
        forms = lemmas(token)
        pos, lemma, lower = token.pos_, token.lemma_.lower(), token.lower_
        return tuple(
            step
            for step in self.rules.steps
            if (step.pos is None or pos in step.pos)
            and (not step.lemma_in or not forms.isdisjoint(getattr(self.lexicon, step.lemma_in)))
            and passes_gate(self, step.construction, pos, lemma, lower)
        )

    def may_trigger(self, token: Token) -> bool:
        """Whether any construction is tried at ``token`` (not at commas and articles)."""
        return bool(self.admitted_steps(token))

    # --- the constructions a rule may name ------------------------------------------

    def fails_to(self, candidate: _Candidate) -> bool | None:
        """True for "failed to free the prisoners", False for "did not fail to free
        them", None when no verb of failure governs the trigger."""
        token = candidate.token
        if token.dep_ != "xcomp" or not lemmas(token.head) & self.lexicon.failures:
            return None
        return not is_negated(token.head)

    def has_armed_subject(self, candidate: _Candidate) -> bool:
        """ "NATO peacekeepers arrived in Kosovo", "the first contingent of troops
        landed": the subject names armed bodies."""
        subject = subject_of(candidate.token)
        if subject is None:
            return False
        held = prep_objects(subject, frozenset({"of"}))
        return any(names_one_of(n, self.lexicon.armed_nouns) for n in (subject, *held))

    def departure_ordered(self, candidate: _Candidate) -> tuple[Token, Token] | None:
        """ "ordered the French ambassador to leave the country": (the leaving, the
        one ordered), when the trigger orders someone to leave."""
        token = candidate.token
        if token.lemma_.lower() not in self.lexicon.expulsion_heads:
            return None
        leaving = next(
            (
                c
                for c in children_of(token)
                if c.dep_ == "xcomp" and c.lemma_.lower() in self.lexicon.departures
            ),
            None,
        )
        ordered = next((c for c in children_of(token) if c.dep_ in ("dobj", "dative")), None)
        if leaving is None or ordered is None:
            return None
        return leaving, ordered

    def is_envoy_ordered_out(self, candidate: _Candidate) -> bool:
        found = self.departure_ordered(candidate)
        return found is not None and names_one_of(found[1], self.lexicon.envoy_nouns)

    def is_other_ordered_out(self, candidate: _Candidate) -> bool:
        found = self.departure_ordered(candidate)
        return found is not None and not names_one_of(found[1], self.lexicon.envoy_nouns)

    def is_blocked_by_state(self, candidate: _Candidate) -> bool:
        """Roads blocked by police, troops or a state body ("police blocked roads")."""
        subject = subject_of(candidate.token)
        armed = subject is not None and (
            subject.lemma_.lower() in self.lexicon.state_forces
            or names_one_of(subject, self.lexicon.own_forces)
        )
        sectors = {s.sector for s in candidate.sources if s is not None}
        return armed or bool(sectors & self.lexicon.state_sectors)

    def is_announced(self, candidate: _Candidate) -> bool:
        """ "will impose a curfew", "would blockade Paris" (not "if … would"), "is
        prepared to impose martial law": an act announced for the future."""
        token = candidate.token
        auxiliaries = {c.lower_ for c in children_of(token) if c.dep_ == "aux"}
        marks = {c.lower_ for c in children_of(token) if c.dep_ == "mark"}
        announced = bool(auxiliaries & self.lexicon.threat_aux) and not (
            marks & self.lexicon.hypothetical_marks
        )
        if not announced and token.dep_ == "xcomp":
            announced = token.head.lemma_.lower() in self.lexicon.threat_heads
        return announced

    def is_offered(self, candidate: _Candidate) -> bool:
        """ "is willing to send troops", "is ready to withdraw" (not "is not willing")."""
        token = candidate.token
        return (
            token.dep_ == "xcomp"
            and token.head.lemma_.lower() in self.lexicon.offer_heads
            and not is_negated(token.head)
        )

    def wishing_speaker(self, candidate: _Candidate) -> Entity | None:
        """The speaker of a quote who only imagines the help it tells, given to the
        speaker's own side ("unless our friends can supply us", "if the world would
        support us")."""
        quote = self.finder.quote_at(candidate.token.idx)
        speaker = self.by_id.get(quote.speaker_id or "") if quote is not None else None
        if speaker is None or self.modality(candidate.token) != "hypothetical":
            return None
        us = {speaker.name, self.finder.group_of(speaker).name}
        if not candidate.targets or any(t is None or t.name not in us for t in candidate.targets):
            return None  # joint drills foretold ("said X and Y would drill") ask no one
        return speaker

    def is_refused_stance_or_future(self, candidate: _Candidate) -> bool:
        return self.is_stance_refusal(candidate.token) or self.is_refused_future(candidate.token)

    def is_object_of_negated_verb(self, candidate: _Candidate) -> bool:
        """A noun trigger as the object of a negated verb ("did not sign an accord"),
        unless that verb is an event of its own ("did not condemn X's arrest of …":
        the arrest stands)."""
        token = candidate.token
        if token.dep_ != "dobj" or not is_negated(token.head):
            return False
        governing = self.match(token.head)
        return governing is None or token.head.lemma_.lower() in self.lexicon.support_verbs

    # --- the operations a rule may run -------------------------------------------------

    def sources_as_each_other(self, candidate: _Candidate) -> None:
        """ "A and B failed to agree": each is the other's target."""
        if not candidate.targets and len(candidate.sources) > 1:
            candidate.targets = list(candidate.sources)

    def skip_departure(self, candidate: _Candidate) -> None:
        found = self.departure_ordered(candidate)
        if found is not None:
            self.consumed.add(found[0].i)

    def take_threat_mode(self, candidate: _Candidate) -> None:
        """The mode the threatened act gives (``threat_modes``), and whom it is made
        to when only its condition names them ("… unless Iraq withdrew")."""
        modes = self.lexicon.threat_modes[candidate.type]
        candidate.mode = modes.get(candidate.trigger.mode or "", modes.get(""))
        if not candidate.targets:
            exclude = [*candidate.sources]
            candidate.targets = self.condition_targets([candidate.token], exclude)

    def speaker_asks_helpers(self, candidate: _Candidate) -> None:
        speaker = self.wishing_speaker(candidate)
        if speaker is None:
            return
        us = {speaker.name, self.finder.group_of(speaker).name}
        helpers = [s for s in candidate.sources if s is not None and s.name not in us]
        candidate.sources, candidate.targets = [speaker], list(helpers)

    def modality(self, token: Token) -> Modality:
        chain = modal_chain(token)
        lexicon = self.lexicon
        for node in chain[1:]:
            if node.lemma_.lower() in lexicon.claimed_heads:
                return "claimed"
        if token.lemma_.lower() in lexicon.claimed_heads:  # "claimed responsibility for"
            return "claimed"
        if is_alleged(chain, self.lexicon.allegation_heads):
            return "claimed"
        for node in chain[:3]:
            auxiliaries = {c.lower_ for c in children_of(node) if c.dep_ in ("aux", "auxpass")}
            marks = {c.lower_ for c in children_of(node) if c.dep_ == "mark"}
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

        The to-clause of a verb of asking ("called on the junta to release them"), and
        the that-clause of a noun of asking ("its demand that Israel ease the
        restrictions"), is hypothetical.  So is what "must", "should", "needs to" or "is
        required to" lay on a party, unless the one saying it speaks for that party: then
        it is the party's own commitment, intended ("the premier said Chile must take in
        the refugees").
        None when the act is not directed."""
        lexicon = self.lexicon
        chain = modal_chain(token)
        for node in chain[:3]:
            head = node.head.lemma_.lower()
            clause = has_to(node) or is_content_clause(node)  # "its demand that X ease"
            if is_mandative(node):  # "insisted that Bolivia withdraw its troops"
                return "hypothetical"
            if node.dep_ in ("xcomp", "ccomp", "advcl", "acl") and clause:
                if head in lexicon.directive_heads:
                    return "hypothetical"
                if head in lexicon.necessity_heads:
                    return self.obligation_modality(chain, sources)
            if any(
                c.dep_ == "aux" and c.lemma_.lower() in lexicon.obligation_aux
                for c in children_of(node)
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


Test = Callable[[Rewrites, _Candidate], bool]
TESTS: dict[str, Test] = {
    "failed_to": lambda r, c: r.fails_to(c) is True,
    "did_not_fail_to": lambda r, c: r.fails_to(c) is False,
    "armed_subject": Rewrites.has_armed_subject,
    "ordered_envoy_to_leave": Rewrites.is_envoy_ordered_out,
    "ordered_others_to_leave": Rewrites.is_other_ordered_out,
    "blocked_by_state": Rewrites.is_blocked_by_state,
    "announced": Rewrites.is_announced,
    "warned_passive": conditions.is_warned_passive,
    "denied_permission": permissions.is_denied_permission,
    "conditioned_future": conditions.is_conditioned_future,
    "weighed_act": conditions.is_weighed_act,
    "offered": Rewrites.is_offered,
    "imagined_help": lambda r, c: r.wishing_speaker(c) is not None,
    "refused_stance_or_future": Rewrites.is_refused_stance_or_future,
    "object_of_negated_verb": Rewrites.is_object_of_negated_verb,
    "head_refuses_future": lambda r, c: r.is_refused_future(c.token.head),
    "asks_act_suffered": lambda r, c: bool(r.suffered_by_targets(c)),
    "asks_of_sides": lambda r, c: not any(c.targets) and bool(r.sides_asked_of(c)),
    "offer_noun": lambda r, c: r.offered_clause(c) is not None,
    "material_offer": lambda _, c: is_material_offer(c.token),
    "subject_led_by": lambda r, c: not any(c.sources) and bool(r.leaders_of_subject(c)),
    "state_participle": Rewrites.is_state_participle,
    "future_tense": Rewrites.is_future_tense,
    "reported_future": is_reported_future,
    "solo_exercise": Rewrites.is_solo_exercise,
    "expelled_from_body": Rewrites.is_expelled_from_body,
    "expelled_by_body": is_expelled_by_body,
    "put_out_by_body": is_put_out_by_unnamed,
    "foreign_restriction": Rewrites.is_foreign_restriction,
    "domestic_measure": Rewrites.is_domestic_measure,
    "verbal_attack": Rewrites.is_verbal_attack,
    "protester_subject": Rewrites.has_protester_subject,
    "protester_partner": Rewrites.has_protester_partner,
    "state_subject": places.has_state_subject,
    "co_hosts": assemblies.has_co_hosts,
    "aid_purpose": Rewrites.is_aid_purpose,
    "military_help": Rewrites.is_military_help,
    "body_assembly": assemblies.is_body_assembly,
    "offered_act": is_offered_act,
    "conditional_offer": is_conditional_offer,
    "refused_act": is_refused_act,
    "stopped_act": is_stopped_act,
    "envoy_expulsion_noun": expulsions.is_envoy_expulsion_noun,
    "envoy_given_time_to_leave": expulsions.is_envoy_given_time,
    "others_given_time_to_leave": expulsions.is_other_given_time,
    "stopped_hostility": is_stopped_hostility,
    "fired_as_show_of_force": is_fired_as_show_of_force,
}
OPERATIONS_RUN: dict[str, Callable[[Rewrites, _Candidate], None]] = {
    "sources_as_each_other": Rewrites.sources_as_each_other,
    "skip_departure": Rewrites.skip_departure,
    "threat_mode": Rewrites.take_threat_mode,
    "weigher_threat": conditions.weigher_threat,
    "warner_threat": conditions.warner_threat,
    "speaker_asks_helpers": Rewrites.speaker_asks_helpers,
    "doer_as_target": Rewrites.doer_as_target,
    "sides_as_targets": Rewrites.sides_as_targets,
    "offered_targets": Rewrites.offered_targets,
    "leader_as_source": Rewrites.leader_as_source,
    "subject_as_target": Rewrites.subject_as_target,
    "promise": Rewrites.promise,
    "aimed_near": Rewrites.aim_near,
    "body_as_source": body_as_source,
    "without_protest_setting": Rewrites.without_protest_setting,
    "protest_against_doer": Rewrites.protest_against_doer,
    "meets_alone": assemblies.meets_alone,
    "giver_as_source": giver_as_source,
    "sender_as_source": sender_as_source,
    "partner_unnamed": partner_unnamed,
    "given_time_as_target": expulsions.given_time_as_target,
    "envoy_expeller_as_source": expulsions.envoy_expeller_as_source,
    "stopper_as_source": stopper_as_source,
}
assert set(TESTS) == CONSTRUCTIONS and set(OPERATIONS_RUN) == OPERATIONS
