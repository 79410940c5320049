"""Quote stances: what a speaker's words do to the actors they name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.actor_sides import speaks_for_state
from dossier.coref_words import coref_words
from dossier.event_evaluation import (
    blame_judgement,
    evaluation_of,
    judgement_phrases,
)
from dossier.event_opinion import (
    Judgement,
    actor_words,
    judgement_words,
)
from dossier.events.culprits import (
    committed_wrong,
    critic_named,
    critic_of_modified,
    culprit_named,
)
from dossier.events.defences import defiance_in
from dossier.events.precision import is_own_obligation
from dossier.events.quote_targets import QuoteTargets
from dossier.events.quote_words import (
    QuoteWords,
    dismissal_of,
    judged_act_of,
    judgements_in,
    may_be_wronged,
)
from dossier.events.state import _Candidate
from dossier.models import Entity, Event, Quote
from dossier.syntax.clauses import clause_head
from dossier.syntax.mood import is_inverted, is_negated
from dossier.syntax.phrases import is_locative, prep_objects
from dossier.syntax.subjects import subject_of
from dossier.syntax.tree import children_of
from dossier.syntax.words import WORDS

OF = frozenset({"of"})

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token


class QuoteStances(QuoteTargets):
    def judgement(self, token: Token) -> _Candidate | None:
        """A judgement told at ``token`` (``Constructions.judgement``: "called the ruling
        arbitrary"), whose judging words are then no event of their own ("called the
        inquiry a witch hunt": no hunt); else a critic named ("Alinejad, a vocal critic
        of Tehran's abuses")."""
        judged = super().judgement(token)
        evaluation = evaluation_of(token, self.lexicon) if judged is not None else None
        if judged is not None and evaluation is not None:
            self.consumed.update(t.i for t in evaluation.word.subtree)
            act = evaluation.judged
            untargeted = judged.type in self.rules.of_class("untargeted_judgements")
            if not judged.targets and not untargeted and act is not None and act.pos_ == "NOUN":
                judged.targets = self.act_doers(act, judged.sources)  # "called the arrest unjust"
                judged.targets = judged.targets or self.verb_by_doers(token, judged.sources)
            return judged
        return self.critic(token)

    def critic(self, token: Token) -> _Candidate | None:
        """ "Alinejad, a critic of Tehran's abuses", "Mendes is an outspoken critic of
        the Bolivian government", "critics of the Kenyan police say …": ACCUSE from the
        critic (the noun's appositive head or copular subject, else no one named) to
        the party the of-phrase names or owns; also a work critical of it ("Kowal
        posted videos critical of the Lima authorities' handling of the strike")."""
        words = judgement_phrases()
        if token.lemma_.lower() in words.critical_modifiers and token.pos_ == "ADJ":
            critic = critic_of_modified(token)
            if critic is None:  # "Peru is critical of Chile": a feeling (experiencers)
                return None
        elif token.pos_ == "NOUN" and token.lemma_.lower() in words.critic_nouns:
            critic = critic_named(token)
        else:
            return None
        judged = prep_objects(token, frozenset({"of"}))
        targets = [
            e
            for phrase in judged
            for word in (phrase, *actor_words(phrase))
            for e in self.finder.actors_of(word)
            if e is not None
        ]
        if not targets:
            return None
        named = (critic, *actor_words(critic)) if critic is not None else ()
        sources = [s for word in named for s in self.finder.actors_of(word) if s is not None]
        sources = [s for i, s in enumerate(sources) if s not in sources[:i]][:1]
        targets = [t for i, t in enumerate(targets) if t not in sources and t not in targets[:i]]
        trigger = self.coded_trigger("critic", token)
        return _Candidate(trigger, token, trigger.type, list(sources), list(targets))

    def quote_events(self) -> list[Event]:
        """What a speaker's words do to the actors they name (``quote_stances``): the
        first actor named (not merely as a place: "in X"), with the actors named
        together with it ("the United States and NATO failed")."""
        events: list[Event] = []
        for number, quote in enumerate(self.quotes):
            speaker = self.by_id.get(quote.speaker_id or "")
            if speaker is None:
                continue
            named = self.judged_at_cue(quote)
            span = self.doc.char_span(*quote.span, alignment_mode="expand")
            tokens = [t for t in span or []]
            said = QuoteWords(self.doc, span)  # a reader none of whose words it has is not asked
            dismissal = dismissal_of(tokens, said, self.lexicon)
            accusers = self.accusers_of([speaker]) if dismissal is not None else []
            refused = self.rules.coded_as("dismissal").type
            if dismissal is not None and accusers:  # "the charges are baseless," said X
                events += [self.quote_event(refused, dismissal, quote, number, speaker, a)
                           for a in accusers if a is not None]  # fmt: skip
                continue
            defied = defiance_in(tokens)  # "the ban won't stop me," said X
            defiers: list[Entity | None] = []
            if defied is not None:
                defiers = list(self.quote_targets(speaker, defied.words))
            if defied is not None and (defiers or self.is_act(defied.doer)):
                defiance = self.rules.coded_as("defiance").type
                events += [self.quote_event(defiance, defied.verb, quote, number, speaker, t)
                           for t in defiers or [None]]  # fmt: skip
                continue
            judged, targets = self.judged_targets(speaker, tokens, said)
            if judged is not None:
                events += [self.quote_event(judged.type, judged.word, quote, number, speaker, t)
                           for t in targets if not judged.negated]  # fmt: skip
                continue
            if dismissal is not None:  # charges on another: their maker is blamed, if told
                blamed = self.judged_act_events(quote, number, speaker, tokens, said)
                # else a charge no one was told to make: "X's lawyer said …"
                none = [self.quote_event(refused, dismissal, quote, number, speaker, None)]
                events += blamed or none
                continue
            culprit = culprit_named(tokens)
            if culprit is not None:  # "Somalia was behind the attack," said X
                blame = judgement_words().blame_event.type
                events += [self.quote_event(blame, culprit[0], quote, number, speaker, t)
                           for t in self.quote_targets(speaker, culprit[1])]  # fmt: skip
                continue
            targets = self.quote_targets(speaker, tokens)
            wrong = None if targets else committed_wrong(tokens)
            if wrong is not None:  # "both armies committed serious abuses," said X
                blame = judgement_words().blame_event.type
                events.append(self.quote_event(blame, wrong, quote, number, speaker, None))
            asked = None if targets or wrong is not None else self.state_asked(speaker, tokens)
            if asked is not None:  # "authorities must impose emergency rule," said X
                request = self.rules.coded_as("obligation").type
                events.append(self.quote_event(request, asked[0], quote, number, speaker, asked[1]))
            if not targets:
                events += self.judged_act_events(quote, number, speaker, tokens, said)
                continue
            for type_, cues in self.lexicon.quote_stances.items():
                if (named is not None and type_ != named) or not said.names_any(cues):
                    continue
                cue = next(
                    (
                        t
                        for t in tokens
                        if (t.lemma_.lower() in cues or t.lower_ in cues) and not is_inverted(t)
                        if not (
                            type_ in self.rules.of_class("act_noun_stances") and self.is_act_noun(t)
                        )
                        if not (type_ in self.rules.of_class("requests") and is_own_obligation(t))
                        if not is_failure_to_settle(t)
                        if type_ in self.rules.of_class("requests") or not is_negated(t)
                        if type_ not in self.rules.of_class("threats") or self.is_own(t, speaker)
                    ),
                    None,
                )
                if cue is None:
                    continue
                if type_ in self.rules.of_class("requests"):  # "calls for Lai's release"
                    targets = self.asked_holders(speaker, tokens, targets, cue)
                if type_ in self.rules.of_class("praises"):  # "the bloc stood in solidarity
                    targets = self.without_praiser(cue, speaker, tokens, targets)  # with X"
                if type_ in self.rules.of_class("accusations"):  # "Chinese aggression"
                    victims = self.sufferers(tokens)  # "Lai's detention is unjust": not Lai
                    kept = [t for t in tokens if t.i not in victims]
                    targets = self.quote_targets(speaker, kept) if victims else targets
                    targets = self.owner_targets(speaker, cue, targets)
                events.extend(
                    self.quote_event(type_, cue, quote, number, speaker, target)
                    for target in targets
                )
                break
            else:
                events += self.judged_act_events(quote, number, speaker, tokens, said)
        return events

    def without_praiser(
        self, cue: Token, speaker: Entity, tokens: Sequence[Token], targets: list[Entity]
    ) -> list[Entity]:
        """Praise's targets without the one its clause says gives it ("said the bloc stood
        in solidarity with the people of Belarus": Belarus, not the bloc)."""
        subject = subject_of(clause_head(cue))  # "stood in solidarity": the noun's verb
        if subject is None or subject.i < tokens[0].i:
            return targets
        praiser = {a.name for a in self.finder.actors_of(subject) if a is not None}
        if not praiser & {t.name for t in targets}:
            return targets
        return self.quote_targets(speaker, [t for t in tokens if t not in subject.subtree])

    def judged_act_events(
        self, quote: Quote, number: int, speaker: Entity, tokens: Sequence[Token], said: QuoteWords
    ) -> list[Event]:
        """Where no other stance is told, a verdict on an act that names no actor of its
        own ("this expulsion is arbitrary", "the decision by the Kenyan court is a
        disgrace"), aimed at the act's doer (``RecalledRoles.act_doers``)."""
        act = judged_act_of(tokens, said)
        if act is None or act[0].negated:
            return []
        judged, noun = act
        return [
            self.quote_event(judged.type, judged.word, quote, number, speaker, doer)
            for doer in self.act_doers(noun, [speaker])
        ]

    def state_asked(self, speaker: Entity, tokens: Sequence[Token]) -> tuple[Token, Entity] | None:
        """A duty a speaker lays on a bare organ of the state ("authorities should declare
        an emergency", "the government must act"): the modal and the state it asks, the
        country of the place the words are set in, else the article's main one; never the
        speaker's own state where the speaker may speak for it (a minister's "the
        government must" is an intention, not a request)."""
        obligations = self.lexicon.obligation_aux
        for cue in tokens:
            if cue.lower_ not in obligations or cue.dep_ != "aux" or is_own_obligation(cue):
                continue
            subject = subject_of(cue.head)
            bodies = self.implicit.words.state_bodies
            if subject is None or subject.lemma_.lower() not in bodies:
                continue
            if any(c.dep_ in ("poss", "compound", "amod") for c in children_of(subject)):
                continue  # "the regional government", "its army": not the state at large
            state = self.implicit.state_where(cue, [])
            return (cue, state) if state is not None and not self.is_home(speaker, state) else None
        return None

    def is_home(self, speaker: Entity, state: Entity) -> bool:
        """Does ``speaker`` speak for ``state``: the state itself, or one of its officials
        (or a person of that country whose sector the article leaves unsaid)?"""
        if speaker.name == state.name or state.name in self.finder.home_names([speaker]):
            return True
        return (
            bool(speaker.country) and speaker.country == state.country and speaks_for_state(speaker)
        )

    def asked_holders(
        self, speaker: Entity, tokens: Sequence[Token], targets: list[Entity], cue: Token
    ) -> list[Entity]:
        """ "We call for Lai's release," said X: asked of whoever holds Lai, never of
        Lai (the rule of ``Statements.doer_as_target``, ``ImplicitSides.holder_asked``)."""
        suffering = {
            e.name
            for t in tokens
            if t.lemma_.lower() in self.lexicon.patient_nouns
            for owner in [*(c for c in children_of(t) if c.dep_ == "poss"), *prep_objects(t, OF)]
            for e in self.finder.actors_of(owner)
            if e is not None
        }
        victims = [t for t in targets if t.name in suffering]
        if not victims:
            return targets
        holders = self.implicit.holder_asked(cue, victims, [speaker])
        kept = [t for t in targets if t not in victims]
        return kept + [h for h in holders if h is not None and h not in kept]

    def owner_targets(self, speaker: Entity, cue: Token, targets: list[Entity]) -> list[Entity]:
        """ "Chile and Peru both fear Bolivian aggression," said X: a
        blame noun with an owner blames its owner (Bolivia), not the first actor the quote
        names; an owner that names no actor ("the regime's violations") blames no one
        named.  A pronoun owner ("its aggression") or none keeps ``targets``."""
        owners = [
            c
            for c in children_of(cue)
            if c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP")
        ]
        if cue.pos_ != "NOUN" or not owners or all(o.pos_ == "PRON" for o in owners):
            return targets
        return self.quote_targets(speaker, owners)

    def is_act(self, word: Token | None) -> bool:
        """Does ``word`` tell an act of a trigger line or a deterrent ("the ban", "these
        threats"), not a hardship ("the drought")?"""
        if word is None:
            return False
        deterrent = word.lemma_.lower() in judgement_phrases().deterrents
        return deterrent or self.match(word) is not None

    def judged_at_cue(self, quote: Quote) -> str | None:
        """The type of the judgement the verb of naming that cues the quote codes itself
        (``Constructions.judgement``): "Paz called the inquiry a witch hunt" is ACCUSE,
        and its words tell no other stance (no THREATEN for "hunt")."""
        cue = self.doc.char_span(*quote.cue_span) if quote.cue_span else None
        evaluation = evaluation_of(cue.root, self.lexicon) if cue is not None else None
        return evaluation.type if evaluation is not None else None

    def judged_targets(
        self, speaker: Entity, tokens: Sequence[Token], said: QuoteWords
    ) -> tuple[Judgement | None, list[Entity]]:
        """The first verdict in a quote that names whom it judges ("X's plan is reckless":
        X; "a breakdown of the rule of law in Peru": Peru), or a denied one, with its
        targets; else (None, [])."""
        for judged in judgements_in(tokens, said):
            if judged is None:
                continue
            targets = self.verdict_targets(speaker, judged)
            if judged.negated or targets:
                return judged, targets
        # "Whelan was wrongfully detained"
        wronged = self.wrong_doers(tokens, [speaker]) if may_be_wronged(said) else None
        home = self.finder.home_names([speaker])  # the doer guessed from the place, not his own
        doers = [d for d in wronged[1] if d and d.name not in home] if wronged is not None else []
        if wronged is not None and doers:
            return blame_judgement(wronged[0], (), False), doers
        return None, []

    def verdict_targets(self, speaker: Entity, judged: Judgement) -> list[Entity]:
        """Whom a verdict judges: the actor its words name; a place's government where
        the verdict is on a place ("the repression in Chad"); and where the judged act
        is one its owner suffers ("Lai's trial is unfair"), whoever the article told did
        it to him, never the sufferer."""
        words = judged.actor_words
        if all(is_locative(t, self.lexicon.place_preps) for t in words):
            return self.place_targets(speaker, words)
        suffered = [
            t
            for t in words
            if t.dep_ == "poss" and t.head.lemma_.lower() in self.lexicon.patient_nouns
        ]
        if not suffered:
            return self.quote_targets(speaker, words)
        victims: list[Entity | None] = [
            e for t in suffered for e in self.finder.actors_of(t) if e is not None
        ]
        doers = self.memory.doer_of(victims)
        return [d for d in doers if d is not None and d.name != speaker.name]

    def is_own(self, cue: Token, speaker: Entity) -> bool:
        """Is the doer of a cue's clause the speaker's side ("we will punish them", "Iran
        will retaliate", said an Iranian minister), or unsaid?  A harm another party
        is said to intend ("an effort by the prosecutor to punish critics") is no threat
        by the speaker."""
        subject = subject_of(cue)
        if subject is None or subject.lower_ in coref_words().speaker_pronouns:
            return True
        own = {speaker.name, *self.finder.home_names([speaker])}
        return any(a is not None and a.name in own for a in self.finder.actors_of(subject))

    def quote_event(
        self,
        type_: str,
        cue: Token,
        quote: Quote,
        number: int,
        speaker: Entity,
        target: Entity | None,
    ) -> Event:
        info = self.lexicon.types.get(type_)
        sentence = cue.sent
        return Event(
            type=type_,
            trigger=cue.text,
            trigger_span=(cue.idx, cue.idx + len(cue.text)),
            span=quote.span,
            sentence=(sentence.start_char, sentence.end_char),
            text=quote.text,
            source=speaker.name,
            source_id=speaker.id or None,
            source_country=speaker.country,
            source_sector=speaker.sector,
            target=target.name if target else None,
            target_id=target.id or None if target else None,
            target_country=target.country if target else None,
            target_sector=target.sector if target else None,
            date=quote.date,
            modality="asserted",
            quad=info.quad if info else None,
            score=info.score if info else None,
            confidence=0.5,
            quote=number,
        )


def is_failure_to_settle(word: Token) -> bool:
    """ "failed to reach an agreement", "failed to agree": a failure between parties,
    no wrong the speaker charges (``settling_verbs`` of data/grammar.yaml)."""
    if word.lemma_.lower() not in ("fail", "failure"):
        return False
    done = [c for c in children_of(word) if c.dep_ in ("xcomp", "acl")]
    return any(c.lemma_.lower() in WORDS.settling_verbs for c in done)
