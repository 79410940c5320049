"""Constructions: triggers whose arguments come from a whole construction.

Mediation ("talks hosted by X"), pursuit ("wanted by the FBI"), a gathering, a
stance received ("drew criticism from X"), a court plea, a judgement ("called the
ruling arbitrary"), readiness, a hope or an obligation laid on another, a
complement head ("threatened to ban X") and a refusal.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Literal

from dossier.event_evaluation import evaluation_of
from dossier.events.deed_constructions import GIVER_MODIFIERS, DeedConstructions
from dossier.events.held_states import held_state
from dossier.events.meetings import gathered_parties
from dossier.events.precision import asks_of_subject, is_bare_refusal
from dossier.events.stances_told import received_stance
from dossier.events.state import (
    ARGUMENTS,
    CLAUSES,
    FROM,
    GIVER_PREPS,
    _Candidate,
    at_hands_of,
    pledged_alone,
)
from dossier.events.triggers import Trigger
from dossier.models import Entity
from dossier.syntax.clauses import own_clause
from dossier.syntax.mood import is_generic_subject, is_negated
from dossier.syntax.passives import by_phrase, is_passive
from dossier.syntax.phrases import prep_objects
from dossier.syntax.subjects import infinitive_subject, subject_of
from dossier.syntax.tree import children_of
from dossier.syntax.words import lemmas, names_one_of

if TYPE_CHECKING:
    from spacy.tokens import Token


class Constructions(DeedConstructions):
    def is_idiom_patient(self, token: Token) -> bool:
        """ "the report was released", "a film to be released": the passive's subject (or
        the noun a participle describes) is an idiom object, so the verb is no event."""
        idioms = self.lexicon.idiom_objects.get(token.lemma_.lower())
        if not idioms or token.pos_ != "VERB":
            return False
        patients = [c for c in children_of(token) if c.dep_ == "nsubjpass"]
        if token.dep_ in ("acl", "relcl"):
            patients.append(token.head)
        return any(names_one_of(p, idioms) for p in patients)

    def hyphenated_agent(self, trigger: Trigger, token: Token) -> _Candidate | None:
        """ "the Iranian-backed Houthi rebels", "a US-funded clinic", "Russian-trained
        troops": a cooperative participle joined by a hyphen to an actor before it is
        that actor's act on what the phrase names. None: no such participle."""
        if token.tag_ != "VBN" or token.dep_ != "amod" or trigger.objects or trigger.particle:
            return None
        if trigger.type not in self.rules.of_class("cooperative"):
            return None  # "the Israeli-occupied West Bank" describes, tells no new deed
        if not any(c.tag_ == "HYPH" and c.i < token.i for c in children_of(token)):
            return None
        agent = next(
            (c for c in children_of(token) if c.dep_ in ("npadvmod", "compound") and c.i < token.i),
            None,
        )
        if agent is None:
            return None
        sources = [a for a in self.finder.actors_of(agent) if a is not None]
        targets = [a for a in self.finder.actors_of(token.head) if a not in sources]
        if not sources or not targets:
            return None
        return _Candidate(trigger, token, trigger.type, list(sources), list(targets))

    def in_custody(self, token: Token) -> _Candidate | None:
        """ "Soto remains in jail", "the town is under curfew" (events/held_states.py)."""
        return held_state(self, token)

    def is_called_off(self, token: Token) -> bool:
        """ "Bolivia cancelled its planned deployment", "called off the offensive", "the
        summit was postponed": a deed noun that is the object of a verb of calling off
        (``cancellations``), or the subject of its passive, did not happen."""
        if token.dep_ not in ("dobj", "nsubjpass") or token.head.pos_ != "VERB":
            return False
        verb = token.head
        particles = [c.lower_ for c in children_of(verb) if c.dep_ in ("prt", "prep", "advmod")]
        phrases = {verb.lemma_.lower(), *(f"{verb.lemma_.lower()} {p}" for p in particles)}
        return bool(phrases & self.lexicon.cancellations)

    def court_plea(self, token: Token) -> _Candidate | Literal[False] | None:
        """ "pleaded not guilty": a denial of the charges (REJECT, at no one named);
        "pleaded guilty to fraud": no event (False). None: no plea, code as usual."""
        if token.lemma_.lower() not in self.lexicon.plea_verbs:
            return None
        verdict = next((c for c in children_of(token) if c.lower_ in self.lexicon.plea_words), None)
        if verdict is None:
            return None
        if not (is_negated(verdict) or is_negated(token)):
            return False
        subject = subject_of(token)
        sources = [a for a in self.finder.actors_of(subject) if a]
        if not sources:
            return False
        trigger = self.coded_trigger("court_plea_denial", token)
        return _Candidate(trigger, token, trigger.type, list(sources), [])

    def received(self, token: Token) -> _Candidate | None:
        """ "The deal has the backing of India", "the plan drew criticism from Chile",
        "the law received support from Brazil": the stance of whom the of/from phrase
        names, towards the subject (or its owner: "Bolivia's new law")."""
        if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in (
            self.lexicon.receiving_verbs
        ):
            return None
        for noun in self.received_nouns(token):
            trigger = next(
                (
                    t
                    for t in self.lexicon.nouns.get(noun.lemma_.lower(), ())
                    if t.type in self.rules.of_class("received")
                ),
                None,
            )
            if trigger is None:
                continue
            self.consumed.add(noun.i)  # the subject receives it: never its giver
            named = [*prep_objects(noun, GIVER_PREPS), *prep_objects(token, FROM)]
            named += [*at_hands_of(noun), *at_hands_of(token)]
            named += [c for c in children_of(noun) if c.dep_ in GIVER_MODIFIERS and c.i < noun.i]
            givers = [a for obj in named for a in self.finder.actors_of(obj) if a]
            subject = self.receiver(token)
            owners = [a for a in self.finder.actors_of(subject) if a]
            if not owners and subject is not None:  # "the decision by Peru drew criticism"
                owners = [o for o in self.act_doers(subject, list(givers)) if o]
            givers += self.foreign_givers(token, owners)  # "received support in Washington"
            own = None if givers or owners else self.noun_candidate(trigger, noun)
            return received_stance(token, trigger, noun, (givers, owners), own)  # or no one named
        return None

    def gathering(self, token: Token) -> _Candidate | None:
        """ "The Arctic talks gathered ministers from Iceland, Finland and Sweden": a
        meeting that brings parties together is CONSULT among them, each with each."""
        if token.pos_ != "VERB" or token.lemma_.lower() not in self.lexicon.gathering_verbs:
            return None
        subject = subject_of(token)
        if subject is None or self.talks_noun(subject) is None:
            return None
        participants = gathered_parties(token, self.finder.actors_of)
        if len(participants) < 2:
            return None
        trigger = self.coded_trigger("gathering", token)
        return _Candidate(trigger, token, trigger.type, list(participants), [])

    def pursuit(self, token: Token) -> _Candidate | None:
        """ "Haqqani is wanted by the FBI", "sought by Interpol": the agency pursues him
        (COERCE, mode arrest)."""
        if not lemmas(token) & self.lexicon.pursuit_passives or not is_passive(token):
            return None
        agents = [a for obj in by_phrase(token) for a in self.finder.actors_of(obj) if a]
        patient = next((c for c in children_of(token) if c.dep_ == "nsubjpass"), None)
        wanted = [a for a in self.finder.actors_of(patient) if a and a not in agents]
        if not agents or not wanted:
            return None
        trigger = self.coded_trigger("pursuit", token)
        return _Candidate(trigger, token, trigger.type, list(agents), list(wanted))

    def mediation(self, token: Token) -> _Candidate | None:
        """ "talks hosted by the African Union", "Qatar hosted talks between A and B":
        CONSULT (third-party) from the host to each side — the sides the noun names,
        else (in the passive) the pair of the latest meeting or deal told of."""
        if token.lemma_.lower() not in self.lexicon.mediation_verbs or token.pos_ != "VERB":
            return None
        direct = next((c for c in children_of(token) if c.dep_ == "dobj"), None)
        passive = token.dep_ in ("acl", "relcl") and direct is None
        if passive:  # "talks hosted by X"; not "X, which hosted the talks"
            noun, agent = self.talks_of(token.head), next(iter(by_phrase(token)), None)
        else:
            noun, agent = (self.talks_of(direct) if direct is not None else None), subject_of(token)
        if noun is None or agent is None:
            return None
        trigger = self.talks_noun(noun)
        hosts: list[Entity | None] = [a for a in self.finder.actors_of(agent) if a is not None]
        if trigger is None or not hosts:
            return None
        host_names = {h.name for h in hosts if h is not None}
        sides: list[Entity | None] = [
            a
            for a in self.partner_targets(noun, hosts, self.preps.sides)
            if a is not None and a.name not in host_names
        ]
        if not sides and passive:
            sides = self.memory.latest_sides(host_names)
        if not sides:  # "Cuba and Norway hosted the talks": hosts, not each other's party
            self.consumed.add(noun.i)
            return None
        coded = self.rules.coded_as("mediation")
        mediator = replace(trigger, type=coded.type, mode=coded.mode)
        candidate = _Candidate(mediator, token, coded.type, list(hosts), list(sides))
        candidate.unilateral = True
        return candidate

    def judgement(self, token: Token) -> _Candidate | None:
        """ "Soto called the ruling arbitrary": ACCUSE from the judge to whom the judged
        phrase names (see event_evaluation); with no one named, the judge alone."""
        evaluation = evaluation_of(token, self.lexicon)
        if evaluation is None:
            return None
        subject = subject_of(token)
        sources = self.finder.actors_of(subject) if subject is not None else []
        sources = sources or self.cue_speaker(token)
        if not sources:
            return None
        judged = evaluation.judged
        targets = [
            t
            for t in (self.finder.actors_of(judged) if judged is not None else [])
            if t not in sources
        ]
        if evaluation.type in self.rules.of_class("untargeted_judgements"):
            targets = []  # the charge's authors are told elsewhere, if at all
        trigger = Trigger(evaluation.type, evaluation.mode, False, token.lemma_.lower())
        return _Candidate(trigger, token, evaluation.type, list(sources), targets)

    def readiness(self, token: Token) -> _Candidate | None:
        """ "is ready to contribute troops", "is willing to reopen the border": readiness
        to do what no trigger names is an AGREE towards that act's target, its denial a
        REJECT (readiness for a coded act is handled by ``as_offer`` and ``as_threat``)."""
        if token.pos_ != "ADJ" or token.lemma_.lower() not in self.lexicon.offer_heads:
            return None
        embedded = self.embedded_clause(token)
        if embedded is None or self.match(embedded) is not None:
            return None
        refused = is_negated(token.head) or is_negated(token)  # "is not willing to": REJECT
        trigger = self.coded_trigger("refused_readiness" if refused else "readiness", token)
        candidate = self.complement(trigger, token, embedded)
        if candidate is not None:
            candidate.negated = False
        return candidate

    def hope(self, token: Token) -> _Candidate | None:
        """ "the EU hopes (that) Iran will allow …": REQUEST from the EU to Iran."""
        clause = next((c for c in children_of(token) if c.dep_ == "ccomp"), None)
        subject = subject_of(token)
        if clause is None or subject is None:
            return None
        inner = next((c for c in children_of(clause) if c.dep_ == "nsubj"), None)
        targets = self.finder.actors_of(inner) if inner is not None else []
        if not targets:
            return None
        trigger = self.coded_trigger("hope", token)
        self.consumed.update(n.i for n in clause.subtree if n.pos_ in ("VERB", "NOUN"))
        return _Candidate(trigger, token, trigger.type, self.finder.actors_of(subject), targets)

    def obligation(self, token: Token) -> _Candidate | None:
        """ "the minister reiterated that Iran must release the aid workers", "Chile
        insisted that Bolivia withdraw its troops": REQUEST from the one who says it to
        the one who must (not to himself: "we must")."""
        clause = next((c for c in children_of(token) if c.dep_ == "ccomp"), None)
        subject = subject_of(token)
        if clause is None or subject is None:
            return None
        if not asks_of_subject(clause, self.lexicon.obligation_aux):
            return None
        sources = [s for s in self.finder.actors_of(subject) if s is not None]
        inner = next((c for c in children_of(clause) if c.dep_ == "nsubj"), None)
        own = {*(s.name for s in sources), *self.finder.home_names(list(sources))}
        targets = [
            t
            for t in self.finder.actors_of(inner)
            if t is not None and t.name not in own and not self.finder.serves(t, list(sources))
        ]
        if not sources or not targets:
            return None
        trigger = self.coded_trigger("obligation", token)
        self.consumed.update(n.i for n in own_clause(clause) if n.pos_ in ("VERB", "NOUN"))
        return _Candidate(trigger, token, trigger.type, list(sources), list(targets))

    def complement(self, trigger: Trigger, token: Token, embedded: Token) -> _Candidate | None:
        """ "threatened to ban X", "vowed to hunt X down", "pledged to free X": the head's
        type (THREATEN, AGREE; AGREE for any cooperative act pledged or agreed to) towards
        the embedded act's target; that act has not happened and is not coded.  A threat
        never to yield ("vowed it would never bow to X") is a refusal."""
        subject = subject_of(token)
        sources = self.finder.actors_of(subject) if subject is not None else []
        lemma = token.lemma_.lower()
        type_ = (
            self.lexicon.complement_heads.get(lemma)
            or self.lexicon.decision_heads.get(lemma)
            or trigger.type
        )
        promised = self.match(embedded)
        kinds = "agreed" if lemma in self.lexicon.decision_heads else "committed"
        pledged = kinds == "agreed" or lemma in self.lexicon.pledge_verbs  # not "warned"
        committed = pledged and promised is not None and promised.type in self.rules.of_class(kinds)
        if committed:
            type_ = self.rules.coded_as("commitment").type  # "vowed to help X": a promise
        elif pledged and promised is not None and promised.type in self.rules.of_class("harms"):
            kind = "commitment" if is_negated(embedded) else "pledged_harm"  # "not to use force"
            type_ = self.rules.coded_as(kind).type  # "pledged to jail X": a threat
        warned = self.warned_parties(token, sources) if lemma in self.lexicon.warnings else []
        if lemma in self.lexicon.warnings and not warned and not self.names_harm(embedded):
            return None  # "warned that supplies would not last": a forecast, not a threat
        own = [self.finder.group_of(s) for s in sources if s is not None]
        threat = type_ in self.rules.of_class("threats")
        if threat and not warned and is_negated(embedded) and self.speaks_of_itself(embedded, own):
            # "vowed it would never bow", not "warned supplies would not last"
            type_ = self.rules.coded_as("vow_never_to_yield").type
        deps = CLAUSES | {embedded.dep_}
        targets = self.embedded_targets(token, [*sources, *own], deps, spare=threat)
        if committed:  # "agreed that they would cooperate to help refugees return": each other
            targets = self.embedded_targets(embedded, [*sources, *own], ARGUMENTS)
        targets = warned or targets  # "warned Somalia that Kenya would close …": Somalia
        if is_generic_subject(embedded) and not warned:
            targets = []  # "warned that any country trying to interfere would …": no one yet
        if not targets:
            inner = next(
                (c for c in children_of(embedded) if c.dep_ in ("nsubj", "nsubjpass")), None
            )
            found = self.finder.actors_of(inner) if inner is not None else []
            targets = [a for a in found if a is not None and a not in sources and a not in own]
        if not targets and type_ in self.rules.of_class("threats"):
            targets = self.condition_targets([token, embedded], [*sources, *own])
        yields = (
            promised is not None
            and promised.type in self.rules.of_class("yields")
            and not is_negated(embedded)
        )
        promise = type_ in self.rules.of_class("promises")
        helps = promised is not None and promised.type in self.rules.of_class("controlled")
        if not targets and promise and (helps or yields):  # "let Afghans go", "help Laos rebuild"
            allowed = self.finder.actors_of(infinitive_subject(embedded, bare=True))
            targets = [t for t in allowed if t not in sources]
        if promise and promised is not None and yields and not committed:  # not "would not let"
            # "pledged to let Afghans leave": a promised concession keeps its type, told
            # as intended; a retreat promised ("promised to withdraw its forces") is a
            # concession (PLOVER: announcements of future retreats are CONCEDE)
            kept = promised.type not in self.rules.of_class("promised_retreats")
            yielded_type = promised.type if kept else self.rules.coded_as("promised_retreat").type
            yielded = _Candidate(promised, embedded, yielded_type, sources, targets)
            yielded.negated = is_negated(token)
            return yielded
        candidate = _Candidate(trigger, token, type_, sources, targets)
        candidate.negated = is_negated(token)
        # "X agreed to postpone the rally": no partner; "A and B agreed to": each other
        alone = len(sources) < 2 or pledged_alone(token, embedded, promised, self.lexicon)
        candidate.unilateral = promise and alone
        return candidate

    def warned_parties(self, token: Token, sources: list[Entity | None]) -> list[Entity | None]:
        """Whom a warning is addressed to ("warned Guyana not to drill"), threatened by it
        (silver: "warn" is in 30 label-1 training spans, 27 of them THREATEN)."""
        addressed = [c for c in children_of(token) if c.dep_ in ("dobj", "dative")]
        found = [a for c in addressed for a in self.finder.actors_of(c)]
        return [a for a in found if a is not None and a not in sources]

    def refusal(self, trigger: Trigger, token: Token) -> _Candidate:
        """ "refused to supply arms", "stopped short of recognising X": REJECT; in the
        passive ("Peru's offer was rejected by Chile") the by-phrase refuses and the
        owner of what is refused is refused."""
        subject = subject_of(token)
        sources = self.finder.actors_of(subject) if subject is not None else []
        patient = next((c for c in children_of(token) if c.dep_ == "nsubjpass"), None)
        if patient is None and token.dep_ == "acl":  # "a claim rejected by Chile"
            patient = token.head
        agents = [a for obj in by_phrase(token) for a in self.finder.actors_of(obj)]
        refused = self.rules.coded_as("refusal").type
        if agents and (patient is not None or token.tag_ == "VBN"):  # "…, but dismissed by X"
            owners = self.noun_targets(patient, agents) if patient is not None else []
            owners = owners or (self.finder.actors_of(patient) if patient is not None else [])
            candidate = _Candidate(trigger, token, refused, agents, owners)
        else:
            targets = self.embedded_targets(token, sources)  # and the content is not coded
            if self.is_denial_of_own_act(token, sources):  # "denied that he had fled there"
                targets = self.accusers_of(sources)
            elif not targets and self.is_denial(token):
                targets = self.accusers_of(sources, anyone=self.denies_those_claims(token))
            elif not targets and is_bare_refusal(token):  # "The relatives refused."
                targets = self.memory.proposer_to(sources)
            candidate = _Candidate(trigger, token, refused, sources, targets)
        # "did not refuse to help", "never rejected the offer", "is not reluctant to send
        # troops": the refusal did not happen (on an adjective the "not" is the copula's)
        copula = token.head if token.dep_ == "acomp" else token
        candidate.negated = is_negated(token) or is_negated(copula)
        return candidate
