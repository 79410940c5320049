"""Frames: the source and target of a verb, a noun or a feeling trigger.

``verb_arguments`` is the agent/patient frame of a verb (active, passive, with its
ordered fallbacks), ``noun_candidate`` the possessor/by/of/between frame of a noun.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dossier.events.frame_data import AROUND_TARGET_FRAMES, VERB_TARGET_FRAMES, Frame
from dossier.events.implicit import country_of_place
from dossier.events.noun_frames import NounFrames
from dossier.events.setting import is_place
from dossier.events.stances_told import felt_wrong
from dossier.events.state import (
    _Candidate,
)
from dossier.events.triggers import Trigger
from dossier.models import Entity
from dossier.syntax.clauses import stated_fact_subject
from dossier.syntax.coordination import is_reciprocal
from dossier.syntax.mood import is_negated
from dossier.syntax.passives import (
    by_phrase,
    is_passive,
    is_passive_participle,
    shared_passive_subject,
    stranded_agent,
)
from dossier.syntax.phrases import WITH, measured_object, prep_objects
from dossier.syntax.subjects import participle_noun, subject_of
from dossier.syntax.tree import children_of
from dossier.syntax.words import lemmas, names_one_of

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True, slots=True)
class TargetSearch:
    """What the verb target frames read: the trigger, its token, the sources found, the
    object its trigger line names (``obj``), and whether that object is the mover's own
    forces (``own``: "withdrew its troops")."""

    trigger: Trigger
    token: Token
    sources: list[Entity | None]
    obj: Token | None
    own: bool
    moves_own: bool


class Frames(NounFrames):
    def verb_arguments(
        self, trigger: Trigger, token: Token, stated: Token | None = None
    ) -> tuple[list[Entity | None], list[Entity | None]]:
        """Who acts and who is acted on; ``stated`` is the subject of the statement the
        parse joined the trigger to (see ``stating_subject``)."""
        hosted = token.lower_ in self.frames.host_participles.words
        described = participle_noun(token) if hosted else None
        if described is not None:
            return self.visit_arguments(described)
        children = list(children_of(token))
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children)
        if not passive and token.dep_ == "acl" and is_passive_participle(token):
            # "books banned by the Taliban" (v16): a participle whose by-phrase is an actor
            passive = any(self.finder.actors_of(a) for a in by_phrase(token))
        shared = shared_passive_subject(token)  # "were held and whipped": both passive
        subject = stated or subject_of(token)
        agent = next(iter(by_phrase(token)), None)
        if agent is None and passive:
            agent = stranded_agent(token) or with_object_agent(token)
        if passive and trigger.type in self.rules.of_class("threats"):
            self.consumed.update(o.i for o in prep_objects(token, WITH))  # held out, not done
        moves_own = trigger.type in self.rules.of_class("moves_own")  # not "trained its personnel"
        if passive or shared is not None:
            patient = next((c for c in children if c.dep_ == "nsubjpass"), shared)
            if moves_own and patient is not None:
                patient = self.counted_forces(patient)  # "thousands of police were deployed"
            if moves_own and patient is not None and names_one_of(patient, self.lexicon.own_forces):
                # "soldiers were deployed in the capital": the soldiers' side moves them
                owners = self.finder.actors_of(patient)
                return owners, self.prep_targets(token, owners, trigger)
            if (
                trigger.type in self.rules.of_class("seizures")
                and patient is not None
                and names_one_of(patient, self.lexicon.own_forces)
                and any(c.dep_ == "poss" for c in children_of(patient))
            ):
                return [], []  # "its fighters had been ordered not to enter homes"
            patients = self.finder.actors_of(patient) if patient is not None else []
            if not patients and token.dep_ in ("acl", "relcl"):
                patients = self.finder.actors_of(token.head)
            agents = self.finder.actors_of(agent) if agent is not None else self.deed_agents(token)
            joint = trigger.type in self.lexicon.symmetric_types and not agents
            pair = self.between_pair(patient) if joint and patient is not None else []
            if joint and not pair:  # "talks were held between A and B"
                pair = self.between_pair(token)
            if pair:  # "the accords between A and B were signed": the parties signed them
                return pair[:1], pair[1:2]
            if not agents:  # "were detained by the Taliban … were whipped": the same hands
                agents = self.memory.doer_of(patients)
            if not patients and trigger.objects and patient is not None:
                # the trigger line's own object made subject: "sanctions were imposed on Iran"
                return agents, self.prep_targets(token, agents, trigger)
            return agents, [p for p in patients if p not in agents]
        sources = self.finder.actors_of(subject) if subject is not None else self.cue_speaker(token)
        joins = trigger.type in self.lexicon.symmetric_types
        if not sources and joins and token.dep_ == "acl" and token.tag_ == "VBG":
            sources = self.finder.actors_of(token.head)  # "officials of A and B talking together"
        if not sources and subject is not None:
            sources = self.causer(token, subject)  # "hired two gunmen to kill X"
        pair = self.between_pair(token) if subject is None else []
        if pair:  # "Fighting between A and B killed 40", a gerund the parse made a verb
            return pair[:1], pair[1:2]
        if not sources:
            enacted = trigger.type in self.rules.of_class("enacted")
            sources = self.document_author(token, enacted)  # "adopted a resolution demanding …"
        if sources and joins and trigger.particle not in self.lexicon.company_preps:
            sources += self.companions(token, sources)  # not "fought alongside X": the partner
        obj = self.trigger_object(trigger, token) if trigger.objects else None
        own = moves_own and obj is not None and names_one_of(obj, self.lexicon.own_forces)
        at = TargetSearch(trigger, token, sources, obj, own, moves_own)
        if is_mutual_among(at) and not self.names_a_foe(token, obj):  # an at-phrase is where
            return sources, list(sources)
        targets: list[Entity | None] = []
        for frame in self.frames_for(self.frames.verb_targets, trigger):  # frames.yaml, in order
            if frame.patterns:
                targets = self.pattern_role(
                    frame, at.trigger, at.token, at.sources, at.obj, moves_own=at.moves_own
                )
            else:
                targets = VERB_TARGETS[frame.name](self, at)
            if targets:
                break
        return sources, targets

    def causer(self, token: Token, agent: Token) -> list[Entity | None]:
        """Who had an unnamed agent do the deed: "Ruiz hired two gunmen to kill the
        journalist", "the general sent soldiers to arrest her": the subject of the
        causative verb (``causative_verbs`` in frames.yaml) whose object does it."""
        verb = token.head
        if token.dep_ != "xcomp" or agent.head.i != verb.i or agent.dep_ != "dobj":
            return []
        if verb.lemma_.lower() not in self.frames.causative_verbs.words:
            return []
        causer = subject_of(verb)
        return self.finder.actors_of(causer) if causer is not None else []

    def visit_arguments(self, noun: Token) -> tuple[list[Entity | None], list[Entity | None]]:
        """ "met visiting Brazilian President Lula", "hosted a visiting Israeli
        delegation": the noun the participle describes is the visitor; the host is the
        subject of the verb that takes the visitor as its object."""
        sources = self.finder.actors_of(noun)
        verb = noun.head
        if verb.tag_ == "VBG" and verb.dep_ in ("xcomp", "advcl"):
            verb = verb.head  # the misread parse: "assured [visiting X]"
        host = subject_of(verb) if noun.dep_ == "dobj" else None
        hosts = self.finder.actors_of(host) if host is not None else []
        return sources, [h for h in hosts if h not in sources]

    def targets_around(
        self,
        trigger: Trigger,
        token: Token,
        sources: list[Entity | None],
        targets: list[Entity | None],
    ) -> list[Entity | None]:
        """The frames of ``verb_targets_around`` (frames.yaml), in order: each tried
        while no target is found (an ``always`` frame even then, its answer replacing
        the target found unless it has none to give)."""
        for frame in self.frames_for(self.frames.verb_targets_around, trigger):
            if targets and not frame.always:
                continue
            found = self.around_target(frame, trigger, token, sources, targets)
            if found is not None:
                targets = found
        return targets

    def around_target(
        self,
        frame: Frame,
        trigger: Trigger,
        token: Token,
        sources: list[Entity | None],
        targets: list[Entity | None],
    ) -> list[Entity | None] | None:
        """The target one ``verb_targets_around`` frame gives, or None when it has none
        to give: a pattern frame's role node, or the operation a code frame names."""
        if frame.patterns:
            return self.pattern_role(frame, trigger, token, sources) or None
        return AROUND_TARGETS[frame.name](self, trigger, token, sources, targets)

    def names_a_foe(self, verb: Token, named: Token | None = None) -> bool:
        """ "Kenyan and Ugandan troops fought al-Shabaab": an object naming an actor. The
        object the trigger line names (``named``) is what is fought over or traded, no
        foe: "Japan and Russia dispute the Kuril islands"."""
        return any(
            c.dep_ == "dobj" and (named is None or c.i != named.i) and self.finder.actors_of(c)
            for c in children_of(verb)
        )

    def without_own_towns(
        self, sources: list[Entity | None], targets: list[Entity | None]
    ) -> list[Entity | None]:
        """ "Kenya hosted the summit in Nairobi", "Ruto toured Mombasa": a town of the
        source's own country is where a meeting is held, not whom it is held with."""
        homes = {s.country for s in sources if s is not None and s.country}
        return [t for t in targets if t is None or not self.is_town_of(t, homes)]

    def counted_forces(self, patient: Token) -> Token:
        """The forces a count names ("thousands of riot police", "two battalions of
        marines"), else ``patient`` itself."""
        if names_one_of(patient, self.lexicon.own_forces):
            return patient
        counted = measured_object(patient)
        own = counted is not None and names_one_of(counted, self.lexicon.own_forces)
        return counted if counted is not None and own else patient

    def is_town_of(self, entity: Entity, countries: set[str]) -> bool:
        """A named place below the state whose country is one of ``countries``."""
        if not is_place(entity) or self.finder.states.is_country(entity):
            return False
        return country_of_place(entity) in countries

    def between_pair(self, noun: Token) -> list[Entity | None]:
        """The two sides a noun names in its between-phrase ("the accords between
        Colombia and the ELN"), or none."""
        for obj in prep_objects(noun, frozenset({"between"})):
            pair = [a for a in self.finder.actors_of(obj) if a is not None]
            if len(pair) >= 2:
                return list[Entity | None](pair)
        return []

    def condemned_deed_doer(
        self,
        trigger: Trigger,
        token: Token,
        sources: list[Entity | None],
        targets: list[Entity | None],
    ) -> list[Entity | None] | None:
        """ "condemned Vidal's arrest": the arrester, not Vidal (whatever target was
        found); "condemned the bombing": the bomber, when no target was found."""
        accused = self.doers_of_deed_with_victim(token, sources)
        if accused is not None:
            return accused
        return None if targets else self.doer_of_deed(token, sources)

    def judged_act_doer(
        self, token: Token, sources: list[Entity | None], targets: list[Entity | None]
    ) -> list[Entity | None] | None:
        """Whom "Peru condemned the move" or "Togo welcomed the decision" is aimed at,
        when no target was found: the doer of the act its object points back to
        (``act_doers``: the article's latest decision, for a definite act anaphor of
        data/judgements.yaml). Not a move toward something ("praised the move toward
        free trade"): a trend, no act."""
        if targets:
            return None
        acts = [c for c in children_of(token) if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        if not acts or prep_objects(acts[0], TOWARD):
            return None
        return self.act_doers(acts[0], sources) or None

    # --- the verb target frames written in code (events/frame_data.VERB_TARGET_FRAMES) --

    def feeling(self, trigger: Trigger, token: Token) -> _Candidate | None:
        """ "X said it was concerned by Y", "X is alarmed at Y": ACCUSE from the one who
        feels it to what the phrase names.  Active "Y concerns X" is not coded: the
        subject there is what is felt about."""
        # "is deeply concerned by Y", "was concerned about Y": a participle complement
        passive = is_passive(token) or token.dep_ == "acomp"
        preps = self.lexicon.experiencer_preps
        if trigger.lemma in self.lexicon.stative_passives:
            preps = preps | {"to"}  # "is opposed to"
        if token.pos_ == "VERB" and not passive:
            return None
        feeler = next((c for c in children_of(token) if c.dep_ == "nsubjpass"), None)
        if feeler is None:
            feeler = subject_of(token if token.pos_ == "VERB" else token.head)
        sources = self.finder.actors_of(feeler) if feeler is not None else []
        targets: list[Entity | None] = []
        for prep in children_of(token):
            if prep.dep_ in ("prep", "agent") and prep.lower_ in preps:
                for obj in children_of(prep):
                    if obj.dep_ == "pobj":
                        targets = self.felt_about(obj, sources)
        if not targets:  # "is concerned that Russia is massing troops": the clause's doer
            targets = self.felt_that(token, sources)
        if not targets and not felt_wrong(self, trigger, token):  # "concerned about attacks"
            return None
        candidate = _Candidate(trigger, token, trigger.type, sources, targets)
        candidate.negated = is_negated(token) or is_negated(token.head)
        return candidate

    def deed_felt_about(
        self, token: Token, sources: list[Entity | None]
    ) -> list[Entity | None] | None:
        """Whom a feeling stated with a verb is aimed at ("expressed outrage at the Russian
        strike"): the doer of the act its at/over/about phrase names, hung on the verb or
        on the feeling it states, as for a feeling told by an adjective (``felt_about``)."""
        heads = [token, *(c for c in children_of(token) if c.dep_ == "dobj")]
        preps = self.lexicon.experiencer_preps
        felt = [o for h in heads for o in prep_objects(h, preps) if o.pos_ == "NOUN"]
        found: list[Entity | None] = [t for o in felt for t in self.felt_about(o, sources) if t]
        return found or None

    def felt_that(self, token: Token, sources: list[Entity | None]) -> list[Entity | None]:
        """The doer a feeling's that-clause names ("is alarmed that Iran has resumed
        enrichment": Iran; ``syntax.clauses.stated_fact_subject``)."""
        subject = stated_fact_subject(token)
        return [a for a in self.finder.actors_of(subject) if a not in sources] if subject else []

    def felt_about(self, obj: Token, sources: list[Entity | None]) -> list[Entity | None]:
        """Whom a feeling about ``obj`` is aimed at: the doer of an act ("alarmed by the
        arrest of Rojas by Ugandan police": Uganda, never Rojas), else what it names."""
        if obj.pos_ == "NOUN":
            doers = self.act_doers(obj, sources)
            if doers or lemmas(obj) & self.lexicon.patient_nouns:
                return doers
        return [a for a in self.finder.actors_of(obj) if a not in sources]


def with_object_agent(verb: Token) -> Token | None:
    """The by-phrase of a passive that the parse hung on its with-object: "Kenya was
    threatened with sanctions by the United States", "was hit with tariffs by Canada"."""
    for obj in prep_objects(verb, WITH):
        for by in prep_objects(obj, BY):
            if by.pos_ in ("NOUN", "PROPN"):
                return by
    return None


BY, TOWARD = frozenset({"by"}), frozenset({"toward", "towards"})


def acts_on_one_another(at: TargetSearch) -> bool:
    """Coordinated subjects of a reciprocal verb ("A and B renewed their ties")."""
    return len(at.sources) > 1 and is_reciprocal(at.token)


def is_mutual_among(at: TargetSearch) -> bool:
    """ "Pakistani and Afghan forces exchanged fire at the Torkham crossing": a reciprocal
    verb whose sides are its coordinated subjects, no with/against phrase naming another;
    the at-phrase is where, and each side is the other's target (``each_other``)."""
    partner = any(
        c.dep_ == "prep" and c.lower_ in ("with", "against") for c in children_of(at.token)
    )
    return not partner and acts_on_one_another(at)


def each_other(frames: Frames, at: TargetSearch) -> list[Entity | None]:
    return list(at.sources) if acts_on_one_another(at) else []


VerbTarget = Callable[[Frames, TargetSearch], list[Entity | None]]
VERB_TARGETS: dict[str, VerbTarget] = {
    "named_object": lambda f, at: (
        f.object_targets(at.obj, at.sources) if at.obj is not None and not at.own else []
    ),
    "prep_phrase": lambda f, at: f.prep_targets(at.token, at.sources, at.trigger),
    "prep_phrase_of_object": lambda f, at: (
        f.prep_targets(at.obj, at.sources, at.trigger) if at.obj is not None else []
    ),
    "each_other": each_other,
}
assert set(VERB_TARGETS) == VERB_TARGET_FRAMES


AroundTarget = Callable[
    [Frames, Trigger, "Token", list[Entity | None], list[Entity | None]],
    list[Entity | None] | None,
]
AROUND_TARGETS: dict[str, AroundTarget] = {
    "seized_home_country": lambda f, trigger, token, sources, _: f.seized_home_country(
        token, sources
    ),
    "condemned_deed_doer": Frames.condemned_deed_doer,
    "judged_act_doer": lambda f, trigger, token, sources, targets: f.judged_act_doer(
        token, sources, targets
    ),
    "deed_felt_about": lambda f, trigger, token, sources, _: f.deed_felt_about(token, sources),
    "recalled_victim": lambda f, trigger, token, sources, _: f.victims_of_deed(token, sources),
    "purpose_of_same_type": lambda f, trigger, token, sources, _: f.purpose_of_same_type(
        trigger, token, sources
    ),
}
assert set(AROUND_TARGETS) == AROUND_TARGET_FRAMES
