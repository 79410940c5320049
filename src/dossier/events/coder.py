"""Events: PLOVER-coded who-did-what-to-whom, with date, place, negation and modality.

Triggers come from ``data/events.yaml`` and are matched on lemmas over the parse:
a verb ("captured"), a verb with its particle ("called on"), a verb with its object
("held talks", "froze assets"), or a noun ("the Taliban's offensive against …").
Arguments come from the parse: the source is the agent (subject, or the by-phrase
of a passive), the target the patient or recipient (object, a to/with/against/from
phrase, the possessor of a noun trigger's object); coordinated actors give one
event per pair; "ministers of A, B and C" are A, B and C.  Actors are resolved to
the document's entities, never left as pronouns: a pronoun inside a quote that
means the speaker ("we") is the speaker.

Refusals ("refused to supply arms", "not inclined to support") are REJECT; other
negated actions are kept with ``negated`` set.  Modality: hypothetical ("would",
"if"), intended ("plans to", "signaled an interest in", "will"), claimed ("the
Taliban claimed to have taken …").  The date is the one governing the trigger's
clause, else the date of the quote it sits in, else null — never the publication
date by default.  The place is a location attached to the clause ("in Panjshir").

Which constructions are tried at a word, in which order, and which tests rule out a
matched trigger line are data (``construction_order`` and ``trigger_vetoes`` of
``data/events/rewrites.yaml``; ``STEP_FUNCTIONS`` below and ``VETO_FUNCTIONS`` of ``vetoes`` are the
functions they name).

Who a word stands for is ``event_actors.ActorFinder``'s business; how the parse is
read (subjects, passives, negation, a trigger's clause) the ``dossier.syntax`` package's.
Across sentences the coder remembers the attacks it has coded, so that "condemned the
strike" points at the striker, a claim of responsibility takes the attack's target,
and victims held in one sentence and beaten in the next keep their captors.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

from dossier.events.arms_builds import arms_build
from dossier.events.assemblies import has_co_mediators
from dossier.events.blamed_deeds import as_blamed_deed
from dossier.events.event_filters import (
    event_key,
    lacks_sides,
    without_heading_events,
    without_means_of_a_deed,
    without_repeats_in_sentence,
    without_sourceless_repeats,
)
from dossier.events.happenings import DEED_STEPS
from dossier.events.hosted_gatherings import hosted_gathering
from dossier.events.joint_deeds import joint_deed, joint_undertaking
from dossier.events.mediations import mediation_between
from dossier.events.meetings import with_delegation_members
from dossier.events.precision import is_wanted_thing
from dossier.events.rewrites import Rewrites
from dossier.events.state import Modality, _Candidate
from dossier.events.steps import STEPS, Step
from dossier.events.triggers import Trigger
from dossier.events.ultimatums import alternative_of
from dossier.events.vetoes import VETO_FUNCTIONS, vetoes_of
from dossier.models import DateMention, Entity, Event, Quote
from dossier.syntax.clauses import clause_span, is_background, reported_content
from dossier.syntax.mood import is_negated
from dossier.syntax.passives import is_passive
from dossier.syntax.phrases import WITH, particle_objects, prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def find_events(
    doc: Doc,
    entities: list[Entity],
    dates: list[DateMention],
    quotes: list[Quote],
    *,
    unattributed: bool = False,
) -> list[Event]:
    """Every event ``doc`` reports, in text order; with ``unattributed`` also those it
    tells without naming who acted or on whom ("a car bomb killed six in Mogadishu")."""
    return _EventCoder(doc, entities, dates, quotes, unattributed=unattributed).events()


class _EventCoder(Rewrites):
    def events(self) -> list[Event]:
        found: list[Event] = []
        seen: set[tuple[str, str | None, str | None, int]] = set()
        reviewed = self.opinion.active  # the classifier may code a word no step is tried at
        for i, steps in enumerate(self.admitted_in(self.doc)):
            if i in self.consumed or not (steps or reviewed):
                continue
            token = self.doc[i]
            candidate = self.candidate(token, steps)
            if reviewed:
                candidate = self.opinion.review(self, token, candidate)
            if candidate is None:
                continue
            for event in self.code(candidate):
                if (key := event_key(event, i)) not in seen:
                    seen.add(key)
                    found.append(event)
        coded = {(e.type, e.source, e.target) for e in found}
        # "X told … and urged Washington to …": the speaker's own act, coded at its verb
        acts = {(e.trigger_span, e.source) for e in found}
        for event in self.quote_events():
            if (event.trigger_span, event.source) in acts:
                continue
            if (event.type, event.source, event.target) not in coded:
                coded.add((event.type, event.source, event.target))
                found.append(event)
        kept = without_sourceless_repeats(without_heading_events(found, self.text))
        kept = without_repeats_in_sentence(kept)  # "wanted by X … leading to his arrest"
        kept = without_means_of_a_deed(kept, self.doc)  # "killed … during a raid on a hamlet"
        kept = [self.with_state_source(e) for e in kept]  # "was arrested in Minsk"
        kept = [as_blamed_deed(e, self.doc, self.finder) for e in kept]  # "blamed X on Y"
        return sorted(kept, key=lambda e: e.trigger_span[0])

    def candidate(self, token: Token, steps: tuple[Step, ...] | None = None) -> _Candidate | None:
        """The event ``token`` triggers: the first construction tried there (``steps``,
        its ``admitted_steps``) that codes one or rules the word out ("pleaded guilty")."""
        for step in self.admitted_steps(token) if steps is None else steps:
            found = STEP_FUNCTIONS[step.construction](self, token)
            if found is not None:
                return found or None
        return None

    def lexicon_trigger(self, token: Token) -> _Candidate | Literal[False] | None:
        """The event a trigger line of events.yaml codes at ``token``, with its frames and
        rewrites; False when a line matches but the sentence tells no event ("the
        report was released"), None when no line matches."""
        trigger = self.match(token)
        if trigger is None:
            return None
        return self.triggered(trigger, token) or False

    def is_vetoed(self, trigger: Trigger, token: Token) -> bool:
        """Whether a test of ``trigger_vetoes`` (data/events/rewrites.yaml) rules out the
        word a trigger line matched ("Cyclone Mara struck Fiji": no attack)."""
        return any(
            VETO_FUNCTIONS[veto.name](self, trigger, token)
            for veto in vetoes_of(self.rules.vetoes, trigger.type)
        )

    def triggered(self, trigger: Trigger, token: Token) -> _Candidate | None:
        """The event the trigger line ``trigger`` codes at ``token``: its frames, then the
        rewrites; None when a veto or the sentence rules it out."""
        if self.is_vetoed(trigger, token):
            return None
        hyphened = self.hyphenated_agent(trigger, token)  # "the Iranian-backed rebels"
        if hyphened is not None:
            return hyphened
        if trigger.noun:
            if is_wanted_thing(token, self.lexicon.wanting_verbs):  # "demanded the withdrawal"
                return None
            nominal = self.noun_candidate(trigger, token)
            if nominal is not None:
                self.rewrite(nominal, "noun")
                # "suspended its offensive": a deed under way stopped (a ceasefire the
                # rewrite made of it), not one called off before it began
                ended = nominal.mode == "ceasefire" and nominal.type != trigger.type
                nominal.negated = nominal.negated or (not ended and self.is_called_off(token))
            return nominal
        lemma = token.lemma_.lower()
        phrase = f"{lemma} {trigger.particle}" if trigger.particle else lemma
        refusal = phrase in self.lexicon.refusal_verbs or lemma in self.lexicon.refusal_verbs
        if refusal and not trigger.objects:  # "denied visas" is a sanction, not a refusal
            return self.refusal(trigger, token)
        stative = trigger.lemma in self.lexicon.stative_passives and is_passive(token)
        if trigger.lemma in self.lexicon.experiencers or stative:
            return self.feeling(trigger, token)
        embedded = (
            self.complement_of(token)
            if trigger.type not in self.rules.of_class("protests")
            else None
        )
        if embedded is not None:  # a protest's to-clause is its purpose (see protested)
            return self.complement(trigger, token, embedded)
        stated = self.stating_subject(trigger, token)
        sources, targets = self.verb_arguments(trigger, token, stated)
        sources, targets = self.reduced_passive_sides(token, sources, targets)  # "if convicted"
        if trigger.objects:
            obj = self.trigger_object(trigger, token)
            if obj is not None:  # "issued diktats like ordering women …": one event
                self.consumed.add(obj.i)
                self.consumed.update(
                    n.i
                    for n in obj.subtree
                    if n.i > obj.i and (inner := self.match(n)) and inner.type == trigger.type
                )
        self.skip_what_is_asked(trigger, token)
        # object control, measures asked against X, deeds the article told: frames.yaml
        targets = self.targets_around(trigger, token, sources, targets)
        if is_background(token) and not sources:
            return None  # "Serbia, where 24 people were killed in riots last year, …"
        if trigger.type in self.rules.of_class("protests"):
            targets = self.protest_targets(trigger, token, sources, targets)
        if trigger.type in self.rules.of_class("meetings"):
            targets = with_delegation_members(token, self.finder.actors_of, sources, targets)
            targets = self.without_own_towns(sources, targets)
        candidate = _Candidate(trigger, token, trigger.type, sources, targets)
        candidate.negated = is_negated(token)
        if stated is not None:  # the stated clause's mood is not its own
            candidate.asserted = not any(c.dep_ == "aux" for c in token.children)
        self.rewrite(candidate, "verb")  # data/events/rewrites.yaml
        return candidate

    def skip_what_is_asked(self, trigger: Trigger, token: Token) -> None:
        """What a request asks for or a threat holds out has not happened: it is not
        coded ("seeking help with …", "threatened sanctions against X", "threatened Kyiv
        with a veto"), except a second request in the same form ("…, calling on X to …")."""
        threat = trigger.type in self.rules.of_class("threats")
        if not threat and trigger.type not in self.rules.of_class("requests"):
            return
        means = prep_objects(token, WITH) if threat else []
        for child in [*token.children, *particle_objects(trigger.particle, token), *means]:
            if child.dep_ in ("xcomp", "ccomp", "dobj", "pobj"):
                self.consumed.update(
                    n.i
                    for n in reported_content(child)
                    if n.pos_ in ("VERB", "NOUN")
                    and n.i != child.i
                    and not self.parallel_request(token, n)
                    and alternative_of(n) is None  # "… or be killed": an ultimatum's harm
                )
                if child.dep_ != "dobj" or threat:
                    self.consumed.add(child.i)

    def code(self, candidate: _Candidate) -> list[Event]:
        type_ = candidate.type
        spatial = type_ in self.lexicon.spatial_types
        if (
            type_ in self.lexicon.symmetric_types
            and not candidate.targets
            and not candidate.unilateral
            # one party to a pact its trigger line names ("Hamas agreed to a truce"): no other
            and (len(candidate.sources) > 1 or not candidate.trigger.objects)
            and not has_co_mediators(self, candidate)  # "A and B offered to mediate"
        ):
            candidate.targets = list(candidate.sources)  # "A and B agreed": each with the other
        sources: list[Entity | None] = [
            a
            for s in candidate.sources
            if (a := self.finder.as_actor(s, spatial=False)) is not None
        ] or [None]
        placed = self.states_of_located_people(candidate, sources)  # "suspects in Tumbes"
        moved = [t for t in candidate.targets if t is not None and t not in placed]
        candidate.targets = placed
        targets: list[Entity | None] = [
            a
            for t in candidate.targets
            if (a := self.finder.as_actor(t, spatial=spatial)) is not None
        ] or [None]
        info = self.lexicon.types.get(type_)
        if info is not None and (info.quad in (1, 3) or not spatial):
            home = self.finder.home_names(sources)  # "Biden warned the US would …"
            targets = [t for t in targets if t is None or t.name not in home] or [None]
        if info is not None and info.quad in (1, 3):  # "asked the Pentagon": his own side
            inside = [t for t in targets if self.finder.serves(t, sources)]
            targets = [t for t in targets if t not in inside] or [None]
            if inside and targets == [None] and type_ in self.rules.of_class("requests"):
                return []  # a request inside one government is no event between actors
        if type_ in self.rules.of_class(
            "seizures"
        ):  # "Zawahiri took over al-Qaeda": his own group, no seizure
            own = {self.finder.group_of(s).name for s in sources if s and s.type == "PERSON"}
            targets = [t for t in targets if t is None or t.name not in own]
            if not targets:
                return []
        if targets == [None]:  # "withdrew US troops", "jets struck targets in Yemen"
            targets = self.country_left_or_struck(candidate, sources)
        if sources == [None] or self.implicit.police_for_court(candidate.token, sources):
            # "was arrested in Kano", "a court sentenced her": the state
            sent_to = self.destinations(candidate.token)  # "deported to Ghana": not the deporter
            doers = self.implicit.state_doer(candidate.token, targets)
            doers = [s for s in doers if s not in sent_to]
            sources = doers or sources
        if targets == [None] and type_ in self.rules.of_class("protests"):
            sources, targets = self.protest_against_state(candidate, sources)  # "marched in Lima"
        state_deed = self.is_state_deed(candidate)  # its doer is read after (with_state_source)
        if sources == [None] and targets == [None] and state_deed:
            sources = self.placed_grantor(candidate) or sources  # "he was granted asylum in Peru"
        sourceless = state_deed or self.is_joint_deed(candidate)  # "in cooperation with X"
        if not self.unattributed and lacks_sides(type_, sources, targets, self.lexicon, sourceless):
            return []  # "a bomb killed five": kept only when asked for (--unattributed)
        if sources == [None] and self.is_thing_as_doer(candidate):  # "the deal threatens X"
            return []
        token = candidate.token
        modality: Modality = "asserted" if candidate.asserted else self.modality(token)
        if modality == "asserted" and self.is_pledged_aid(candidate):
            modality = "intended"  # "pledged $40 million in aid": not yet given
        directed = self.directed_modality(token, sources)
        if directed == "hypothetical":  # "urged Nepal to free the monks": not done
            if None in sources or None in targets:
                return []
            modality = "hypothetical" if modality == "asserted" else modality
        elif directed == "intended" and modality != "claimed":
            modality = "intended"  # "the premier said Chile must take in the refugees"
        if modality == "hypothetical" and sources == [None]:
            return []  # "Partnering with X could help Y": what might happen, done by no one
        date, precision = self.setting.date_of(token)
        place = self.setting.place_of(token, targets) or (moved[0] if moved else None)
        clause = clause_span(token, self.text)
        sentence = token.sent
        mode = candidate.trigger.mode if candidate.trigger.type == type_ else candidate.mode
        score = (
            info.modes.get(mode, info.score) if info and mode else (info.score if info else None)
        )
        quote = self.finder.quote_at(token.idx)
        if not candidate.negated:
            lemma = token.lemma_.lower()
            self.memory.remember(
                lemma,
                sources,
                targets,
                deed=type_ in self.rules.of_class("deeds"),
                charge=type_ in self.rules.of_class("accusations"),
                parley=type_ in self.rules.of_class("parleys"),
                act_at=token.i if type_ in self.rules.of_class("decisions") else None,
                proposal=type_ in self.rules.of_class("proposals"),
                at=token.idx,
            )
        pairs = [(source, target) for source in sources for target in targets]
        if type_ in self.rules.of_class("assaults") and self.is_mutual(candidate):
            # "Tajik guards have been fighting Kyrgyz troops": each side fights the other
            pairs += [(t, s) for s, t in pairs if s is not None and t is not None]
        events = []
        for source, target in pairs:
            if source is not None and target is not None and source.name == target.name:
                continue
            sides = (source is not None) + (target is not None)
            confidence = round(0.45 + 0.2 * sides + 0.1 * candidate.trigger.specificity, 2)
            events.append(
                Event(
                    type=type_,
                    mode=mode,
                    trigger=token.text,
                    trigger_span=(token.idx, token.idx + len(token.text)),
                    span=clause,
                    sentence=(sentence.start_char, sentence.end_char),
                    text=self.text[clause[0] : clause[1]],
                    source=source.name if source else None,
                    source_id=source.id or None if source else None,
                    source_country=source.country if source else None,
                    source_sector=source.sector if source else None,
                    target=target.name if target else None,
                    target_id=target.id or None if target else None,
                    target_country=target.country if target else None,
                    target_sector=target.sector if target else None,
                    date=date,
                    date_precision=precision,
                    place=place.name if place else None,
                    place_id=place.id if place else None,
                    negated=candidate.negated,
                    modality=modality,
                    quad=info.quad if info else None,
                    score=score,
                    confidence=min(confidence, 0.95),
                    quote=self.quote_number.get(quote.span) if quote is not None else None,
                )
            )
        return events


StepFunction = Callable[[_EventCoder, "Token"], _Candidate | Literal[False] | None]
# the constructions ``construction_order`` may name (STEPS in events/steps.py)
STEP_FUNCTIONS: dict[str, StepFunction] = {
    "hosted_gathering": hosted_gathering,
    "mediation_between": mediation_between,
    "mediation": _EventCoder.mediation,
    "pursuit": _EventCoder.pursuit,
    "hope": _EventCoder.hope,
    "obligation": _EventCoder.obligation,
    "for_clause_request": _EventCoder.for_clause_request,
    "designation": _EventCoder.designation,
    "judgement": _EventCoder.judgement,
    "gathering": _EventCoder.gathering,
    "joint_exercise": _EventCoder.joint_exercise,
    "joint_deed": joint_deed,
    "joint_undertaking": joint_undertaking,
    "weapons_test": _EventCoder.weapons_test,
    "arms_build": arms_build,
    "received": _EventCoder.received,
    "unattributed_verdict": _EventCoder.unattributed_verdict,
    "halted_aid": _EventCoder.halted_aid,
    "pledged_aid": _EventCoder.pledged_aid,
    "court_plea": _EventCoder.court_plea,
    "verdict": _EventCoder.verdict,
    "in_custody": _EventCoder.in_custody,
    "prison_term": _EventCoder.prison_term,
    "under_investigation": _EventCoder.under_investigation,
    "on_trial": _EventCoder.on_trial,
    "ultimatum": _EventCoder.ultimatum,
    "stated_threat": _EventCoder.stated_threat,
    "alleged_deed": _EventCoder.alleged_deed,
    "filed_against": _EventCoder.filed_against,
    "lexicon_trigger": _EventCoder.lexicon_trigger,
    "readiness": _EventCoder.readiness,
    "commitment_to": _EventCoder.commitment_to,
    **DEED_STEPS,
}
assert set(STEP_FUNCTIONS) == STEPS
