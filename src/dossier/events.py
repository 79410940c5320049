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

Who a word stands for is ``event_actors.ActorFinder``'s business; how the parse is
read (subjects the small model strands, passives, object control) is ``syntax``'s.
Across sentences the coder remembers the attacks it has coded, so that "condemned the
strike" points at the striker, a claim of responsibility takes the attack's target,
and victims held in one sentence and beaten in the next keep their captors.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from dossier.event_actors import DEFINITE, ActorFinder, is_definite
from dossier.event_evaluation import evaluation_of
from dossier.event_memory import ArticleMemory
from dossier.event_opinion import SecondOpinion
from dossier.event_setting import EventSetting, is_place
from dossier.models import DateMention, Entity, Event, Quote
from dossier.syntax import (
    RELATIVE,
    by_phrase,
    clause_head,
    clause_span,
    compound_named,
    has_no,
    has_to,
    infinitive_subject,
    is_background,
    is_generic_gerund,
    is_generic_subject,
    is_inverted,
    is_locative,
    is_negated,
    is_passive,
    is_passive_participle,
    is_question,
    is_reciprocal,
    lemmas,
    measured_object,
    modal_chain,
    names_one_of,
    own_clause,
    phrases_of,
    prep_objects,
    shared_passive_subject,
    stranded_agent,
    subject_of,
)
from dossier.triggers import Trigger, event_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = [
    "CLAUSES",
    "CONTROLLED",
    "COOPERATIVE",
    "DEEDS",
    "FROM",
    "GIVER_PREPS",
    "RECEIVED",
    "REFUSED",
    "WISHED",
    "YIELDS",
    "Modality",
    "find_events",
    "headline_end",
    "infinitive_marked",
    "is_reduced_passive",
]

Modality = Literal["asserted", "hypothetical", "intended", "claimed"]
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID"})
YIELDS = frozenset({"CONCEDE", "RETREAT"})  # promised, they stay themselves (not AGREE)
DEEDS = frozenset({"ASSAULT", "COERCE"})  # what "condemned the attack" points back to
REFUSED = frozenset({"xcomp", "ccomp", "prep", "dobj"})  # what "refused" governs
CLAUSES = frozenset({"xcomp", "ccomp"})
WISHED = frozenset({"AID", "SUPPORT", "COOPERATE"})  # help a speaker can only ask for
CONTROLLED = frozenset({"AID"})  # "helped X rebuild": X, the clause's subject, is helped
RECEIVED = frozenset({"SUPPORT", "ACCUSE", "AID"})  # stances one receives: "drew criticism"
GIVER_PREPS = frozenset({"of", "from"})  # "the backing of India", "criticism from Chile"
FROM = frozenset({"from"})  # "drew criticism from Chile", the parse hanging "from" on the verb


def find_events(
    doc: Doc, entities: list[Entity], dates: list[DateMention], quotes: list[Quote]
) -> list[Event]:
    """Every event ``doc`` reports, in text order."""
    coder = _EventCoder(doc, entities, dates, quotes)
    return coder.events()


@dataclass(slots=True)
class _Candidate:
    trigger: Trigger
    token: Token
    type: str
    sources: list[Entity | None]
    targets: list[Entity | None]
    negated: bool = False
    mode: str | None = None  # a mode other than the trigger's own (a threat's)
    asserted: bool = False  # a wish for help is itself asserted, whatever its clause
    unilateral: bool = False  # "X agreed to postpone the rally": no partner implied


class _EventCoder:
    def __init__(
        self, doc: Doc, entities: list[Entity], dates: list[DateMention], quotes: list[Quote]
    ) -> None:
        self.doc = doc
        self.text = doc.text
        self.lexicon = event_lexicon()
        self.preps = self.lexicon.preps
        self.dates = dates
        self.quotes = quotes
        self.finder = ActorFinder(doc, entities, quotes, self.lexicon)
        self.index = self.finder.index
        self.by_id = self.finder.by_id
        self.quote_number = {q.span: n for n, q in reversed(list(enumerate(quotes)))}
        self.consumed: set[int] = set()
        self.cue_speakers = {
            q.cue_span[0]: speaker
            for q in quotes
            if q.cue_span is not None and (speaker := self.by_id.get(q.speaker_id or ""))
        }
        self.memory = ArticleMemory()  # what the article has told so far
        self.setting = EventSetting(doc, dates, self.finder, self.lexicon)  # when and where
        self.opinion = SecondOpinion()  # the learned classifier, if switched on

    # --- matching ---------------------------------------------------------------------

    def events(self) -> list[Event]:
        found: list[Event] = []
        seen: set[tuple[str, str | None, str | None, int]] = set()
        for token in self.doc:
            if token.i in self.consumed:
                continue
            candidate = self.candidate(token)
            if self.opinion.active:
                candidate = self.opinion.review(self, token, candidate)
            if candidate is None:
                continue
            for event in self.code(candidate):
                key = (event.type, event.source_id or event.source, event.target_id, token.i)
                if key not in seen:
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
        kept = self.without_sourceless_repeats(self.without_headline_repeats(found))
        return sorted(kept, key=lambda e: e.trigger_span[0])

    @staticmethod
    def without_sourceless_repeats(events: list[Event]) -> list[Event]:
        """ "X is wanted by the FBI, which offers a reward leading to his arrest": one
        sentence telling the same act twice, once without its doer, is one event."""
        known = {(e.sentence, e.type, e.target) for e in events if e.source is not None}
        return [
            e for e in events if e.source is not None or (e.sentence, e.type, e.target) not in known
        ]

    def without_headline_repeats(self, events: list[Event]) -> list[Event]:
        """A headline ("Myanmar army seizes power") that the body tells again is one
        event, coded where the body tells it."""
        end = headline_end(self.text)
        if end is None:
            return events
        body = {(e.type, e.source, e.target, e.negated) for e in events if e.span[0] >= end}
        return [
            e
            for e in events
            if e.span[0] >= end or (e.type, e.source, e.target, e.negated) not in body
        ]

    def quote_events(self) -> list[Event]:
        """What a speaker's words do to the actors they name (``quote_stances``): the
        first actor named (not merely as a place: "in X"), with the actors named
        together with it ("the United States and NATO failed")."""
        events: list[Event] = []
        for number, quote in enumerate(self.quotes):
            speaker = self.by_id.get(quote.speaker_id or "")
            if speaker is None:
                continue
            tokens = [t for t in self.doc.char_span(*quote.span, alignment_mode="expand") or []]
            targets = self.quote_targets(speaker, tokens)
            if not targets:
                continue
            for type_, cues in self.lexicon.quote_stances.items():
                cue = next(
                    (
                        t
                        for t in tokens
                        if (t.lemma_.lower() in cues or t.lower_ in cues) and not is_inverted(t)
                        if not (type_ in ("THREATEN", "REQUEST") and self.is_act_noun(t))
                    ),
                    None,
                )
                if cue is None:
                    continue
                events.extend(
                    self.quote_event(type_, cue, quote, number, speaker, target)
                    for target in targets
                )
                break
        return events

    def is_act_noun(self, token: Token) -> bool:
        """ "the fight against terrorism": a threat's verb used as a noun names the
        struggle, it threatens no one."""
        return token.pos_ == "NOUN" and token.lemma_.lower() in self.lexicon.verbs

    def quote_targets(self, speaker: Entity, tokens: list[Token]) -> list[Entity]:
        own = {speaker.name, self.finder.group_of(speaker).name, *self.finder.home_names([speaker])}
        for token in tokens:
            if token.pos_ == "PRON" or is_locative(token, self.lexicon.place_preps):
                continue
            covering = self.index.covering(token.idx, token.idx + 1)
            nation = self.finder.demonym_entity(token) if token.dep_ == "amod" else None
            if not covering and nation is not None and nation.name not in own:
                return [nation]  # "the Sudanese government must …"
            if not covering:
                continue
            mention = self.doc.char_span(covering[0][0], covering[0][1], alignment_mode="expand")
            token = mention.root if mention is not None else token  # "United States": States
            found = [
                a
                for e in self.finder.actors_of(token)
                if e is not None and e.type != "LOC" and e.name not in own
                if not self.finder.serves(e, [speaker])  # "asked the Pentagon for options"
                if (a := self.finder.as_actor(e, spatial=False)) is not None
            ]
            if found:
                return [e for i, e in enumerate(found) if e not in found[:i]]
        return []

    def quote_event(
        self, type_: str, cue: Token, quote: Quote, number: int, speaker: Entity, target: Entity
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
            target=target.name,
            target_id=target.id or None,
            target_country=target.country,
            target_sector=target.sector,
            date=quote.date,
            modality="asserted",
            quad=info.quad if info else None,
            score=info.score if info else None,
            confidence=0.5,
            quote=number,
        )

    def match(self, token: Token) -> Trigger | None:
        """The most specific trigger ``token`` fires, if any."""
        predicate = token.pos_ == "ADJ" and (
            token.dep_ == "ROOT"
            or (token.dep_ == "acomp" and token.lemma_.lower() in self.lexicon.experiencers)
        )
        if token.pos_ in ("VERB", "AUX") or predicate:
            table = self.lexicon.verbs
        elif token.pos_ in ("NOUN", "PROPN"):
            table = self.lexicon.nouns
        else:
            return None
        options = next((table[f] for f in lemmas(token) if f in table), ())
        fitting = [t for t in options if self.fits(t, token)]
        return max(fitting, key=lambda t: t.specificity) if fitting else None

    def fits(self, trigger: Trigger, token: Token) -> bool:
        idioms = (
            frozenset()
            if trigger.objects
            else self.lexicon.idiom_objects.get(trigger.lemma, frozenset())
        )
        if idioms and any(c.dep_ == "dobj" and names_one_of(c, idioms) for c in token.children):
            return False  # "struck a guarded note"
        if not trigger.particle and not trigger.objects and self.has_idiom_particle(token):
            return False  # "back off", "pulled way out front": another verb than the trigger
        if (
            trigger.particle
            and not any(
                c.dep_ in ("prt", "prep", "advmod", "acomp") and c.lower_ == trigger.particle
                for c in token.children
            )
            and not infinitive_marked(token, trigger.particle)
        ):
            return False
        if trigger.objects:
            return self.trigger_object(trigger, token) is not None
        return True

    def has_idiom_particle(self, token: Token) -> bool:
        """Whether a particle right after ``token`` makes it a phrasal verb ("back off";
        the parse may call the particle a preposition or an adverb)."""
        return any(
            c.dep_ in ("prt", "prep", "advmod")
            and 0 < c.i - token.i <= 2
            and c.lower_ in self.lexicon.idiom_particles
            for c in token.children
        )

    def trigger_object(self, trigger: Trigger, token: Token) -> Token | None:
        found = self.object_named(trigger, token)
        if found is not None and trigger.type == "PROTEST" and self.is_military(found):
            return None  # "began with missile strikes": no walkout
        return found

    def is_military(self, noun: Token) -> bool:
        return any(
            c.dep_ in ("compound", "amod") and names_one_of(c, self.lexicon.military_modifiers)
            for c in noun.children
        )

    def object_named(self, trigger: Trigger, token: Token) -> Token | None:
        for child in token.children:
            if child.dep_ in ("dobj", "nsubjpass", "attr", "acomp") and names_one_of(
                child, trigger.objects
            ):
                return child
            if child.dep_ == "dobj":  # "addressing the Shanghai Cooperation Organisation
                for appos in child.children:  # (SCO) meeting": the parse makes it an appos
                    if appos.dep_ == "appos" and names_one_of(appos, trigger.objects):
                        return appos
                measured = measured_object(child)  # "handed over 700 kg of medicine",
                if measured is not None and (  # "suspended part of its aid program"
                    names_one_of(measured, trigger.objects)
                    or compound_named(measured, trigger.objects)
                ):
                    return measured
                if compound_named(child, trigger.objects):  # "ended mediation efforts"
                    return child
            if child.dep_ == "prep":
                for grand in child.children:
                    if grand.dep_ == "pobj" and names_one_of(grand, trigger.objects):
                        return grand
        return None

    def candidate(self, token: Token) -> _Candidate | None:
        mediated = self.mediation(token)
        if mediated is not None:
            return mediated
        pursued = self.pursuit(token)
        if pursued is not None:
            return pursued
        if lemmas(token) & self.lexicon.request_heads and token.pos_ == "VERB":
            hoped = self.hoped_for(token)
            if hoped is not None:
                return hoped
        if lemmas(token) & self.lexicon.statement_heads and token.pos_ == "VERB":
            obliged = self.obligation(token)
            if obliged is not None:
                return obliged
        judged = self.judgement(token)
        if judged is not None:
            return judged
        gathered = self.gathering(token)
        if gathered is not None:
            return gathered
        received = self.received(token)
        if received is not None:
            return received
        plea = self.court_plea(token)
        if plea is not None:
            return plea or None
        trigger = self.match(token)
        if trigger is None:
            return self.readiness(token)
        if self.is_natural_force(token) or self.is_press_exchange(trigger, token):
            return None
        if trigger.type == "REQUEST" and (is_question(token) or is_reduced_passive(token)):
            return None
        if is_generic_gerund(token):  # "Taking over a country by force is not the path"
            return None
        if trigger.noun:
            return self.noun_candidate(trigger, token)
        lemma = token.lemma_.lower()
        phrase = f"{lemma} {trigger.particle}" if trigger.particle else lemma
        refusal = phrase in self.lexicon.refusal_verbs or lemma in self.lexicon.refusal_verbs
        if refusal and not trigger.objects:  # "denied visas" is a sanction, not a refusal
            return self.refusal(trigger, token)
        stative = trigger.lemma in self.lexicon.stative_passives and is_passive(token)
        if trigger.lemma in self.lexicon.experiencers or stative:
            return self.feeling(trigger, token)
        embedded = self.complement_of(token) if trigger.type != "PROTEST" else None
        if embedded is not None:  # a protest's to-clause is its purpose (see protested)
            return self.complement(trigger, token, embedded)
        stated = self.stating_subject(trigger, token)
        sources, targets = self.verb_arguments(trigger, token, stated)
        if trigger.objects:
            obj = self.trigger_object(trigger, token)
            if obj is not None:  # "issued diktats like ordering women …": one event
                self.consumed.add(obj.i)
                self.consumed.update(
                    n.i
                    for n in obj.subtree
                    if n.i > obj.i and (inner := self.match(n)) and inner.type == trigger.type
                )
        if trigger.type in CONTROLLED and not targets:  # "helped Samoa rebuild its bridges"
            targets = self.controlled_subjects(token, sources)
        if trigger.type == "REQUEST" and not targets:  # "called for sanctions against X"
            targets = self.asked_against(trigger, token, sources)
        if trigger.type == "REQUEST":  # what is asked for has not happened: not coded
            for child in [*token.children, *self.particle_objects(trigger, token)]:
                if child.dep_ in ("xcomp", "ccomp", "dobj", "pobj"):  # "seeking help with …"
                    self.consumed.update(
                        n.i
                        for n in child.subtree
                        if n.pos_ in ("VERB", "NOUN")
                        and n.i != child.i
                        and not self.parallel_request(token, n)
                    )
                    if child.dep_ != "dobj":
                        self.consumed.add(child.i)
        if trigger.type == "COERCE" and not targets:
            targets = self.seized_state(token, sources)
        accused = self.doers_of_condemned_deed(token, sources) if trigger.type == "ACCUSE" else None
        if accused is not None:  # "condemned Vidal's arrest": the arrester, not Vidal
            targets = accused
        elif trigger.type == "ACCUSE" and not targets:
            targets = self.doer_of_deed(token, sources)
        if trigger.type in DEEDS and not targets:
            targets = self.victims_of_deed(token, sources)
        if is_background(token) and not sources:
            return None  # "Serbia, where 24 people were killed in riots last year, …"
        if trigger.type == "PROTEST":
            targets = self.protest_targets(trigger, token, sources, targets)
        candidate = _Candidate(trigger, token, trigger.type, sources, targets)
        candidate.negated = is_negated(token)
        if stated is not None:  # the stated clause's mood is not its own
            candidate.asserted = not any(c.dep_ == "aux" for c in token.children)
        if token.dep_ == "xcomp" and lemmas(token.head) & self.lexicon.failures:
            # "failed to free the prisoners": did not happen; "did not fail to": it did
            candidate.negated = not is_negated(token.head)
            if candidate.negated and trigger.type in self.lexicon.symmetric_types:
                candidate.type, candidate.negated = "REJECT", False  # "failed to agree"
                if not targets and len(sources) > 1:
                    candidate.targets = list(sources)  # "A and B failed to agree": each other
        self.as_deployment(candidate)
        self.as_expulsion(candidate)
        self.as_state_obstruction(candidate)
        self.as_threat(candidate)
        self.as_offer(candidate)
        self.as_wish(candidate)
        yielding = trigger.type in COOPERATIVE or trigger.type in ("RETREAT", "CONCEDE")
        if yielding and (self.is_stance_refusal(token) or self.is_refused_future(token)):
            # "will not accept more refugees": saying so is the refusal, made now
            candidate.type, candidate.negated, candidate.asserted = "REJECT", False, True
        if candidate.negated and trigger.lemma in self.lexicon.rejected_when_negated:
            candidate.type, candidate.negated = "REJECT", False  # "does not recognize X"
        return candidate

    def is_natural_force(self, token: Token) -> bool:
        """ "Cyclone Nalu struck northern Vanuatu", "the quake hit the coast": a storm or
        a disease is no actor, whatever its verb."""
        doers = [subject_of(token), *by_phrase(token)]
        return any(
            word.lower_ in self.lexicon.natural_forces
            or word.lemma_.lower() in self.lexicon.natural_forces
            for doer in doers
            if doer is not None
            for word in doer.subtree
        )

    def is_press_exchange(self, trigger: Trigger, token: Token) -> bool:
        """ "declined a request for comment", "asked by reporters", "declined to be
        interviewed": a newsroom's routine, no request or refusal between actors."""
        if trigger.type not in ("REQUEST", "REJECT") and token.lemma_.lower() not in (
            self.lexicon.refusal_verbs
        ):
            return False
        return any(
            word.lemma_.lower() in self.lexicon.press_words
            for child in token.children
            if child.dep_ in ("dobj", "xcomp", "agent", "prep", "nsubjpass", "ccomp")
            for word in child.subtree
        )

    def controlled_subjects(
        self, token: Token, sources: list[Entity | None]
    ) -> list[Entity | None]:
        """Whom help or a request is for when the parse makes them the subject of the
        clause it governs: "South Korea helped Samoa rebuild three bridges"."""
        for clause in token.children:
            if clause.dep_ not in ("ccomp", "xcomp"):
                continue
            for subject in clause.children:
                if subject.dep_ == "nsubj":
                    found = [a for a in self.finder.actors_of(subject) if a and a not in sources]
                    if found:
                        return list(found)
        return []

    def court_plea(self, token: Token) -> _Candidate | Literal[False] | None:
        """ "pleaded not guilty": a denial of the charges (REJECT, at no one named);
        "pleaded guilty to fraud": no event (False). None: no plea, code as usual."""
        if token.lemma_.lower() not in self.lexicon.plea_verbs:
            return None
        verdict = next((c for c in token.children if c.lower_ in self.lexicon.plea_words), None)
        if verdict is None:
            return None
        if not (is_negated(verdict) or is_negated(token)):
            return False
        subject = subject_of(token)
        sources = [a for a in self.finder.actors_of(subject) if a] if subject is not None else []
        if not sources:
            return False
        trigger = Trigger("REJECT", None, False, token.lemma_.lower())
        return _Candidate(trigger, token, "REJECT", list(sources), [])

    def received(self, token: Token) -> _Candidate | None:
        """ "The deal has the backing of India", "the plan drew criticism from Chile",
        "the law received support from Brazil": the stance of whom the of/from phrase
        names, towards the subject (or its owner: "Bolivia's new law")."""
        if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in (
            self.lexicon.receiving_verbs
        ):
            return None
        for noun in (c for c in token.children if c.dep_ == "dobj"):
            trigger = next(
                (t for t in self.lexicon.nouns.get(noun.lemma_.lower(), ()) if t.type in RECEIVED),
                None,
            )
            if trigger is None:
                continue
            self.consumed.add(noun.i)  # the subject receives it: never its giver
            givers = [
                a
                for obj in [*prep_objects(noun, GIVER_PREPS), *prep_objects(token, FROM)]
                for a in self.finder.actors_of(obj)
                if a
            ]
            subject = subject_of(token)
            owners = [a for a in self.finder.actors_of(subject) if a] if subject is not None else []
            if not givers:
                return None
            return _Candidate(
                trigger, noun, trigger.type, list(givers), [o for o in owners if o not in givers]
            )
        return None

    def gathering(self, token: Token) -> _Candidate | None:
        """ "The Arctic talks gathered ministers from Iceland, Finland and Sweden": a
        meeting that brings parties together is CONSULT among them, each with each."""
        if token.pos_ != "VERB" or token.lemma_.lower() not in self.lexicon.gathering_verbs:
            return None
        subject = subject_of(token)
        if subject is None or self.talks_noun(subject) is None:
            return None
        participants = [
            a for c in token.children if c.dep_ == "dobj" for a in self.finder.actors_of(c) if a
        ]
        if len(participants) < 2:
            return None
        trigger = Trigger("CONSULT", "multilateral", False, token.lemma_.lower())
        return _Candidate(trigger, token, "CONSULT", list(participants), [])

    def protest_targets(
        self,
        trigger: Trigger,
        token: Token,
        sources: list[Entity | None],
        targets: list[Entity | None],
    ) -> list[Entity | None]:
        """Whom a protest is against when its phrases name only places: not "rallied in
        Yerevan"; "protested against the war in Moscow" is against who wages the war.
        A protest told alongside it ("marched …, chanting slogans against X") is the
        same protest and is not coded again."""
        self.consumed.update(
            c.i
            for c in token.children
            if c.dep_ in ("advcl", "xcomp", "conj")
            and (inner := self.match(c)) is not None
            and inner.type == "PROTEST"
        )
        if not all(t is not None and is_place(t) for t in targets):
            return targets
        kept = targets if trigger.mode == "obstruct" else []  # "blocked roads into X"
        return (
            self.protested(token, sources)
            or self.embassy_owner(token, sources)  # "outside the US embassy in Baghdad"
            or self.doer_of_deed(token, sources, same_word=True)
            or kept
        )

    def asked_against(
        self, trigger: Trigger, token: Token, sources: list[Entity | None]
    ) -> list[Entity | None]:
        """Whom a request is aimed at when it asks for measures against them: "called
        for sanctions against Nigeria", "demanded action on the junta"."""
        asked = [c for c in token.children if c.dep_ == "dobj"]
        for noun in [*asked, *self.particle_objects(trigger, token)]:
            for obj in prep_objects(noun, self.preps.asked_against):
                found = [a for a in self.finder.actors_of(obj) if a and a not in sources]
                if found:
                    return list[Entity | None](found)
        return []

    def pursuit(self, token: Token) -> _Candidate | None:
        """ "Haqqani is wanted by the FBI", "sought by Interpol": the agency pursues him
        (COERCE, mode arrest)."""
        if not lemmas(token) & self.lexicon.pursuit_passives or not is_passive(token):
            return None
        agents = [a for obj in by_phrase(token) for a in self.finder.actors_of(obj) if a]
        patient = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        wanted = [a for a in self.finder.actors_of(patient) if a and a not in agents]
        if not agents or not wanted:
            return None
        trigger = Trigger("COERCE", "arrest", False, token.lemma_.lower())
        return _Candidate(trigger, token, "COERCE", list(agents), list(wanted))

    def talks_noun(self, token: Token) -> Trigger | None:
        """The trigger of a CONSULT or AGREE noun ("talks", "truce"), if ``token`` is one."""
        found = [t for key in lemmas(token) for t in self.lexicon.nouns.get(key, ())]
        return next((t for t in found if t.type in self.lexicon.symmetric_types), None)

    def mediation(self, token: Token) -> _Candidate | None:
        """ "talks hosted by the African Union", "Qatar hosted talks between A and B":
        CONSULT (third-party) from the host to each side — the sides the noun names,
        else (in the passive) the pair of the latest meeting or deal told of."""
        if token.lemma_.lower() not in self.lexicon.mediation_verbs or token.pos_ != "VERB":
            return None
        if token.dep_ in ("acl", "relcl"):
            noun, agent = self.talks_of(token.head), next(iter(by_phrase(token)), None)
        else:
            direct = next((c for c in token.children if c.dep_ == "dobj"), None)
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
        if not sides and token.dep_ in ("acl", "relcl"):
            sides = self.memory.latest_sides(host_names)
        if not sides:
            return None
        mediator = replace(trigger, type="CONSULT", mode="third-party")
        candidate = _Candidate(mediator, token, "CONSULT", list(hosts), list(sides))
        candidate.unilateral = True
        return candidate

    def talks_of(self, noun: Token) -> Token | None:
        """``noun`` if it names talks or a deal, or the talks of "weeks of talks"."""
        if self.talks_noun(noun) is not None:
            return noun
        inner = [o for p in noun.children if p.lower_ == "of" for o in p.children]
        talks = [o for o in inner if o.dep_ == "pobj" and self.talks_noun(o) is not None]
        return talks[0] if talks else None

    def feeling(self, trigger: Trigger, token: Token) -> _Candidate | None:
        """ "X said it was concerned by Y", "X is alarmed at Y": ACCUSE from the one who
        feels it to what the phrase names.  Active "Y concerns X" is not coded: the
        subject there is what is felt about."""
        passive = is_passive(token)
        preps = self.lexicon.experiencer_preps
        if trigger.lemma in self.lexicon.stative_passives:
            preps = preps | {"to"}  # "is opposed to"
        if token.pos_ == "VERB" and not passive:
            return None
        feeler = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        if feeler is None:
            feeler = subject_of(token if token.pos_ == "VERB" else token.head)
        sources = self.finder.actors_of(feeler) if feeler is not None else []
        targets: list[Entity | None] = []
        for prep in token.children:
            if prep.dep_ in ("prep", "agent") and prep.lower_ in preps:
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        targets = [a for a in self.finder.actors_of(obj) if a not in sources]
        if not targets:
            return None
        candidate = _Candidate(trigger, token, trigger.type, sources, targets)
        candidate.negated = is_negated(token) or is_negated(token.head)
        return candidate

    def doer_of_deed(
        self, token: Token, sources: list[Entity | None], *, same_word: bool = False
    ) -> list[Entity | None]:
        """ "India condemned the bombing", "protested against the war": the one who
        carried out the bombing or waged the war, when the article has coded it (the
        latest such attack or seizure, the same word first)."""
        objects = [c for c in token.children if c.dep_ == "dobj"]
        objects += prep_objects(token, frozenset({"against"}))
        deed = next((c for c in objects if self.is_deed_noun(c)), None)
        if deed is None:
            return []
        lemma = deed.lemma_.lower()
        return self.memory.recalled("doer", lemma, sources, same_word=same_word)

    def doers_of_condemned_deed(
        self, token: Token, sources: list[Entity | None]
    ) -> list[Entity | None] | None:
        """ "Amnesty condemned Vidal's arrest", "deplored the killing of two Ukrainian
        medics": the accusation is aimed at whoever arrested or killed (its by-phrase, or
        the one the article has told doing it to them), never at the victims; that deed,
        already told, is no new one.  None when the object is no deed with a named victim."""
        deed = next((c for c in token.children if c.dep_ == "dobj" and self.is_deed_noun(c)), None)
        if deed is None:
            return None
        named = [c for c in deed.children if c.dep_ == "poss"] + prep_objects(
            deed, frozenset({"of"})
        )
        victims = [a for n in named for a in self.finder.actors_of(n) if a is not None]
        if not victims:
            return None
        doers = [
            a
            for n in prep_objects(deed, frozenset({"by"}))
            for a in self.finder.actors_of(n)
            if a is not None and a not in sources
        ]
        if doers:
            return list[Entity | None](doers)
        told = [d for d in self.memory.doer_of(list[Entity | None](victims)) if d not in sources]
        if told:
            self.consumed.add(deed.i)
        return told

    def victims_of_deed(self, token: Token, sources: list[Entity | None]) -> list[Entity | None]:
        """ "X claimed responsibility for the attack", "X said it carried out the
        bombing": the attack the article has already coded, so its target (the latest
        such attack, the same word first)."""
        deed = next(
            (
                n
                for n in token.subtree
                if n.i != token.i and n.dep_ in ("dobj", "pobj") and self.is_deed_noun(n)
                if not self.finder.actor_of(n)
            ),
            None,
        )
        if deed is None or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in deed.children):
            return []
        return self.memory.recalled("victim", deed.lemma_.lower(), sources)

    def is_deed_noun(self, token: Token) -> bool:
        if token.lemma_.lower() in self.lexicon.deed_nouns:
            return True
        triggers = self.lexicon.nouns.get(token.lemma_.lower(), ())
        return any(t.type in DEEDS for t in triggers)

    def is_refused_future(self, token: Token) -> bool:
        """ "will not extend the ceasefire", "won't recognise": announcing one won't do it."""
        auxiliaries = {c.lower_ for c in token.children if c.dep_ == "aux"}
        return is_negated(token) and bool(auxiliaries & (self.lexicon.future_aux | {"would", "wo"}))

    # --- arguments -------------------------------------------------------------------

    def verb_arguments(
        self, trigger: Trigger, token: Token, stated: Token | None = None
    ) -> tuple[list[Entity | None], list[Entity | None]]:
        """Who acts and who is acted on; ``stated`` is the subject of the statement the
        parse joined the trigger to (see ``stating_subject``)."""
        children = list(token.children)
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children)
        shared = shared_passive_subject(token)  # "were held and whipped": both passive
        subject = stated or subject_of(token)
        agent = next(iter(by_phrase(token)), None)
        if agent is None and passive:
            agent = stranded_agent(token)
        moves_own = trigger.type in ("RETREAT", "MOBILIZE")  # not "trained its personnel"
        if passive or shared is not None:
            patient = next((c for c in children if c.dep_ == "nsubjpass"), shared)
            if moves_own and patient is not None and names_one_of(patient, self.lexicon.own_forces):
                # "soldiers were deployed in the capital": the soldiers' side moves them
                owners = self.finder.actors_of(patient)
                return owners, self.prep_targets(token, owners, trigger)
            if (
                trigger.type == "COERCE"
                and patient is not None
                and names_one_of(patient, self.lexicon.own_forces)
                and any(c.dep_ == "poss" for c in patient.children)
            ):
                return [], []  # "its fighters had been ordered not to enter homes"
            patients = self.finder.actors_of(patient) if patient is not None else []
            if not patients and token.dep_ in ("acl", "relcl"):
                patients = self.finder.actors_of(token.head)
            agents = self.finder.actors_of(agent) if agent is not None else self.deed_agents(token)
            if not agents:  # "were detained by the Taliban … were whipped": the same hands
                agents = self.memory.doer_of(patients)
            return agents, [p for p in patients if p not in agents]
        sources = self.finder.actors_of(subject) if subject is not None else self.cue_speaker(token)
        if not sources:
            sources = self.document_author(token)  # "adopted a resolution demanding …"
        joins = trigger.type in self.lexicon.symmetric_types
        if sources and joins and trigger.particle not in self.lexicon.company_preps:
            sources += self.company(token, sources)  # not "fought alongside X": the partner
        obj = self.trigger_object(trigger, token) if trigger.objects else None
        own = moves_own and obj is not None and names_one_of(obj, self.lexicon.own_forces)
        # "extradited X to Britain": the trigger's own preposition first, then its object
        targets = self.particle_targets(trigger, token, sources)
        if not targets and obj is not None and not own:  # not "withdrew US troops"
            targets = self.object_targets(obj, sources)
        if not targets:
            direct = next((c for c in children if c.dep_ in ("dobj", "dative")), None)
            if moves_own and direct is not None and names_one_of(direct, self.lexicon.own_forces):
                direct = None
            if direct is not None and (obj is None or direct.i != obj.i):
                if direct.lower_ in RELATIVE and token.dep_ == "relcl":
                    direct = token.head  # "Crimea, which Moscow annexed"
                targets = [t for t in self.finder.actors_of(direct) if t not in sources]
        if not targets:
            targets = self.prep_targets(token, sources, trigger)
        if not targets and obj is not None and trigger.type in self.lexicon.place_targets:
            targets = self.prep_targets(obj, sources, trigger)  # "lifted the curfew in X"
        if not targets and obj is not None and trigger.type == "RETREAT":
            targets = self.stationed_in(obj, sources)  # "evacuate its settlements in Gaza"
        if not targets and trigger.type in self.lexicon.place_targets:
            targets = self.across_border(token, sources)
        if not targets and len(sources) > 1 and is_reciprocal(token):
            targets = list(sources)  # "A and B upgraded their ties": each with the other
        if not targets and trigger.type in self.lexicon.spatial_types:
            targets = self.places_taken(token, sources)
        if not targets and trigger.type in DEEDS:
            targets = self.place_of_conjunct(token, sources)
        if not targets and trigger.type == "PROTEST":
            targets = self.embassy_owner(token, sources)
        if not targets:  # "allowed Russian units to use …" parsed as a clause's subject
            targets = [
                t for t in self.finder.actors_of(infinitive_subject(token)) if t not in sources
            ]
        direct = next((c for c in children if c.dep_ == "dobj"), None)
        if not targets and direct is not None and not self.finder.actor_of(direct):
            targets = self.partner_targets(direct, sources)
        if not targets and direct is not None:  # "froze $9 billion in assets belonging to X"
            held = measured_object(direct) or direct
            targets = self.owner_by_clause(held, sources)
        info = self.lexicon.types.get(trigger.type)
        verbal = info is not None and info.quad in (1, 3)
        if not targets and verbal and direct is not None and not self.finder.actor_of(direct):
            targets = self.owner_targets(direct, sources)
        return sources, targets

    def stationed_in(self, obj: Token, exclude: list[Entity | None]) -> list[Entity | None]:
        """Where what is pulled out stands: "evacuate its settlements in the Gaza Strip"."""
        for pobj in prep_objects(obj, self.lexicon.place_preps):
            found = [a for a in self.finder.actors_of(pobj) if a and a not in exclude]
            if found and is_place(found[0]):
                return list[Entity | None](found)
        return []

    def stating_subject(self, trigger: Trigger, token: Token) -> Token | None:
        """ "X told the council that Western countries bore responsibility … and urged
        Washington to …": a verbal act the parse joined to the stated clause is the
        stating subject's own (the stated clause's subject said nothing)."""
        info = self.lexicon.types.get(trigger.type)
        if info is None or info.quad not in (1, 3) or token.dep_ != "conj":
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            return None
        stated = token.head
        if stated.dep_ != "ccomp" or stated.head.lemma_.lower() not in self.lexicon.statement_heads:
            return None
        return subject_of(stated.head)

    def object_targets(self, obj: Token, sources: list[Entity | None]) -> list[Entity | None]:
        """The target a trigger's named object gives: "remain engaged in Afghanistan",
        "froze the Taliban's assets", "took the city"."""
        if obj.dep_ == "acomp":
            return self.partner_targets(obj, sources, self.preps.engaged)
        targets = self.noun_targets(obj, exclude=sources)
        if not targets and names_one_of(obj, self.lexicon.place_descriptions):
            targets = [t for t in self.finder.actors_of(obj) if t not in sources]
        return targets

    def across_border(self, token: Token, exclude: list[Entity | None]) -> list[Entity | None]:
        """ "massed troops near Ukraine's borders", "to its border with Pakistan": the
        country on the other side of the border the verb or its object is put at."""
        holders = [token, *(c for c in token.children if c.dep_ == "dobj")]
        borders = [
            border
            for holder in holders
            for prep in holder.children
            if prep.dep_ == "prep"
            for border in prep.children
            if border.dep_ == "pobj" and border.lemma_.lower() in self.lexicon.border_nouns
        ]
        for border in borders:
            for owner in border.children:  # "Ukraine's borders", "the Syrian border"
                if owner.dep_ in ("poss", "compound", "amod"):
                    found = [a for a in self.finder.actors_of(owner) if a and a not in exclude]
                    if found:
                        return list[Entity | None](found)
            beyond = self.partner_targets(border, exclude, self.preps.border)  # "border with X"
            if beyond:
                return beyond
        return []

    def company(self, token: Token, sources: list[Entity | None]) -> list[Entity | None]:
        """Those who take part on the subject's side: "Russia hosted the Taliban,
        alongside envoys of China and Iran"."""
        found: list[Entity | None] = []
        for obj in phrases_of(token, self.lexicon.company_preps):
            found += [a for a in self.finder.actors_of(obj) if a is not None and a not in sources]
        return found

    def place_of_conjunct(self, token: Token, exclude: list[Entity | None]) -> list[Entity | None]:
        """ "entered Kabul and by nightfall had taken control of the palace": a seizure or
        an attack with no named target happens in the place its coordinated verb names."""
        for verb in token.conjuncts:
            for obj in verb.children:
                if obj.dep_ != "dobj":
                    continue
                places = [a for a in self.finder.actors_of(obj) if a and is_place(a)]
                if places and places[0] not in exclude:
                    return [places[0]]
        return []

    def places_taken(self, token: Token, exclude: list[Entity | None]) -> list[Entity | None]:
        """ "recaptured three districts in Baghlan province": unnamed places taken in a
        named one; the named one is what was attacked or seized."""
        direct = next((c for c in token.children if c.dep_ == "dobj"), None)
        if direct is None or not names_one_of(direct, self.lexicon.place_descriptions):
            return []
        for holder in (direct, token):
            for prep in holder.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("in", "across"):
                    continue
                for obj in prep.children:
                    found = self.finder.actors_of(obj) if obj.dep_ == "pobj" else []
                    places = [
                        a for a in found if a is not None and is_place(a) and a not in exclude
                    ]
                    if places:
                        return list[Entity | None](places)
        return []

    def embassy_owner(self, token: Token, exclude: list[Entity | None]) -> list[Entity | None]:
        """ "rallied outside the US embassy", "marched to the Pakistani consulate": a
        protest at a country's mission is against that country."""
        for prep in token.children:  # "marched through the centre of the capital
            for obj in prep.subtree if prep.dep_ == "prep" else ():  # towards the embassy"
                if obj.dep_ == "pobj" and names_one_of(obj, self.lexicon.missions):
                    found = [a for a in self.finder.actors_of(obj) if a and a not in exclude]
                    if found:
                        return list[Entity | None](found)
        return []

    def owner_targets(self, obj: Token, exclude: list[Entity | None]) -> list[Entity | None]:
        """ "denounced Serbia's suppression of …", "rejected the calls by X": a statement
        about someone's act is directed at whoever did it."""
        for child in obj.children:
            if child.dep_ == "poss" or (child.dep_ == "compound" and child.pos_ == "PROPN"):
                found = [
                    a for a in self.finder.actors_of(child) if a is not None and a not in exclude
                ]
                if found:
                    return list[Entity | None](found)
            agent = child.dep_ == "prep" and child.lower_ in self.lexicon.noun_agent_preps
            if agent or (child.dep_ == "acl" and is_passive_participle(child)):
                for pobj in child.children if agent else by_phrase(child):
                    if pobj.dep_ == "pobj":
                        found = [a for a in self.finder.actors_of(pobj) if a is not None]
                        found = [a for a in found if a not in exclude]
                        if found:
                            return list[Entity | None](found)
        return []

    def partner_targets(
        self, obj: Token, exclude: list[Entity | None], preps: frozenset[str] = frozenset()
    ) -> list[Entity | None]:
        """ "discussed the crisis with X", "signed the deal with X": the parse often hangs
        the partner's phrase on the object instead of the verb."""
        for prep in obj.children:
            if prep.dep_ == "prep" and prep.lower_ in (preps or self.preps.partner):
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        found = [a for a in self.finder.actors_of(pobj) if a is not None]
                        found = [a for a in found if a not in exclude]
                        if not preps:  # a partner, not a town
                            found = [a for a in found if self.finder.as_actor(a, spatial=False)]
                        if found:
                            return list(found)
        return []

    def cue_speaker(self, token: Token) -> list[Entity | None]:
        """No subject in the parse: the speaker of the quote whose speech verb governs the
        trigger's clause ("After meeting X, … Blinken said, …" when the parse loses the
        subject of "said")."""
        current = token
        for _ in range(4):
            if current.dep_ not in ("advcl", "pcomp", "prep", "xcomp", "conj") or (
                current.head.i == current.i
            ):
                break
            current = current.head
        speaker = self.cue_speakers.get(current.idx)
        return [speaker] if speaker is not None else []

    def deed_agents(self, token: Token) -> list[Entity | None]:
        """Who did it, for a passive without a by-phrase: the other side of the fighting
        it happened in ("were killed during the fighting with the Taliban", "died in an
        attack by X")."""
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ not in self.preps.deed:
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj" or not self.is_deed_noun(noun):
                    continue
                for inner in noun.children:
                    if inner.dep_ == "prep" and inner.lower_ in ("with", "by", "of"):
                        objects = [g for g in inner.children if g.dep_ == "pobj"]
                        found = self.finder.actors_of(objects[0]) if objects else []
                        if found:
                            self.consumed.add(noun.i)  # the fighting is this deed's setting
                            return found
                    if inner.dep_ in ("compound", "amod", "poss") and inner.i < noun.i:
                        found = self.finder.actors_of(inner)  # "killed in a US drone strike"
                        if found:
                            self.consumed.add(noun.i)
                            return found
        return []

    def prep_targets(
        self, token: Token, exclude: list[Entity | None], trigger: Trigger | None = None
    ) -> list[Entity | None]:
        """The object of a to/with/against/… phrase.  A place after "in", "at" is where
        the event happened, not its target, except after the trigger's own particle
        ("arrived in Amman") or for measures laid on a place ("lifted the curfew in X")."""
        preps = {c.lower_: c for c in token.children if c.dep_ in ("prep", "dative")}
        for obj in (c for c in token.children if c.dep_ == "dobj"):
            for hung in obj.children:  # "donated vaccines to the Philippines": the parse
                if hung.dep_ == "prep" and hung.lower_ in self.preps.object_recipient:
                    preps.setdefault(hung.lower_, hung)  # hangs the phrase on the object
        on_place = trigger is not None and trigger.type in self.lexicon.place_targets
        names = self.lexicon.target_preps
        if trigger is not None and trigger.objects:  # "took control of X", parse on the verb
            names = (*names, "of")
        if trigger is not None and trigger.lemma in self.lexicon.departures:
            names = tuple(n for n in names if n not in self.preps.destination)
        if trigger is not None and trigger.type == "REQUEST":  # "called for X": X is asked for
            names = tuple(n for n in names if n != "for")
        for name in names:
            prep = preps.get(name)
            if prep is None:
                continue
            place_ok = on_place or (trigger is not None and trigger.particle == name)
            aimed = trigger is not None and trigger.type == "ASSAULT" and name in self.preps.aimed
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    # "fired rockets at Tel Aviv"; not "struck at the heart of …"
                    named = obj.pos_ == "PROPN" or names_one_of(
                        obj, self.lexicon.place_descriptions
                    )
                    place_ok = place_ok or (aimed and named)
                    found = [
                        a
                        for a in self.finder.actors_of(obj)
                        or self.owner_by_clause(obj, exclude)  # "over a bill signed by X"
                        or self.agents_of_act(obj)  # "yielded to demands from X"
                        if a is not None and a not in exclude
                    ]
                    if not found:
                        continue
                    where = is_place(found[0]) or names_one_of(obj, self.lexicon.place_descriptions)
                    if place_ok or not (name in self.lexicon.place_preps and where):
                        return list(found)
        return []

    def noun_targets(self, noun: Token, exclude: list[Entity | None]) -> list[Entity | None]:
        """A verb+object or noun trigger's target: possessor, of/to/on-phrase, or the verb's."""
        for child in noun.children:
            if child.dep_ == "poss" or (child.dep_ == "compound" and child.pos_ == "PROPN"):
                found = self.finder.actors_of(child)
                if found and found[0] not in exclude:
                    return found
            nation = self.finder.demonym_entity(child) if child.dep_ == "amod" else None
            if nation is not None and nation not in exclude:  # "hopes for Japanese help"
                return [nation]
        owner = self.owner_by_clause(noun, exclude)  # "assets belonging to the bank"
        if owner:
            return owner
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in self.lexicon.noun_target_preps:
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        found = [a for a in self.finder.actors_of(obj) if a not in exclude]
                        if found:
                            return found
        head = noun.head
        if head.i != noun.i:
            return self.prep_targets(head, exclude)
        return []

    def agents_of_act(self, noun: Token) -> list[Entity | None]:
        """Who made the demand, the call or the criticism a noun names: "demands from
        UNITA", "Washington's pressure", "calls by the opposition"."""
        agentive = self.lexicon.agentive_nouns.get(noun.lemma_.lower(), ())
        if not agentive and self.match(noun) is None:
            return []
        for child in noun.children:
            by = child.dep_ == "prep" and (
                child.lower_ in self.lexicon.noun_agent_preps or child.lower_ in agentive
            )
            if child.dep_ == "poss":
                return self.finder.actors_of(child)
            if by:
                objects = [g for g in child.children if g.dep_ == "pobj"]
                return self.finder.actors_of(objects[0]) if objects else []
        return []

    def owner_by_clause(self, noun: Token, exclude: list[Entity | None]) -> list[Entity | None]:
        """ "assets belonging to Afghanistan's central bank", "funds held by X": the owner;
        "a bill signed by X", "curbs imposed by X": the author (by its by-phrase only)."""
        for clause in noun.children:
            if clause.dep_ != "acl":
                continue
            owned = bool(lemmas(clause) & self.lexicon.ownership_verbs)
            made = bool(lemmas(clause) & self.lexicon.authorship_verbs)
            preps = ("prep", "agent") if owned else ("agent",) if made else ()
            for prep in clause.children:
                for obj in prep.children if prep.dep_ in preps else ():
                    found = [a for a in self.finder.actors_of(obj) if a and a not in exclude]
                    if obj.dep_ == "pobj" and found:
                        return list[Entity | None](found)
        return []

    def noun_candidate(self, trigger: Trigger, token: Token) -> _Candidate | None:
        """A nominal event: "India's military assistance", "the attack on X by Y"."""
        if self.told_by_its_verb(trigger, token):
            return None
        sources: list[Entity | None] = []
        targets: list[Entity | None] = []
        participates = trigger.type in self.lexicon.symmetric_types
        suffered = bool(lemmas(token) & self.lexicon.patient_nouns)
        for child in token.children:
            if child.dep_ == "poss" and suffered:  # "his arrest", "Zawahiri's killing"
                targets = self.finder.actors_of(child)
            elif child.dep_ == "poss" or (child.dep_ == "compound" and child.pos_ == "PROPN"):
                sources = self.finder.actors_of(child)
            elif child.dep_ == "amod" and self.finder.demonym_entity(child) is not None:
                sources = [self.finder.demonym_entity(child)]
            elif child.dep_ == "prep":
                objects = [g for g in child.children if g.dep_ == "pobj"]
                if not objects:
                    continue
                if child.lower_ == "between":  # "agreements between the US and the Taliban"
                    pair = self.finder.actors_of(objects[0])
                    if len(pair) >= 2:
                        sources, targets = pair[:1], pair[1:2]
                elif child.lower_ in self.lexicon.noun_agent_preps or (
                    child.lower_ in self.lexicon.agentive_nouns.get(trigger.lemma, ())
                ):  # "by X"; "the onslaught of X", "defections from X": X acts
                    sources = [a for a in self.finder.actors_of(objects[0]) if a not in targets]
                elif (
                    child.lower_ in self.lexicon.noun_target_preps
                    and not targets
                    and not (participates and child.lower_ in self.lexicon.topic_preps)
                ):
                    targets = self.finder.actors_of(objects[0])
        if not sources:  # "the embargo that Denmark imposed on Iceland"
            sources, targets = self.told_in_relative(trigger, token, targets)
        has_owner = any(c.dep_ == "poss" for c in token.children)
        if not sources and not has_owner:
            sources = self.support_verb_subject(token)  # "Israel mounted an invasion of X"
        if not targets:  # "a suspension of air links with Serbia"
            held = prep_objects(token, frozenset({"of"}))
            targets = next((found for g in held if (found := self.partner_targets(g, sources))), [])
        if not targets and trigger.type in DEEDS:  # "the Taliban's offensive in Panjshir"
            targets = self.struck_place(token, sources)
        if not targets and trigger.type == "COERCE":
            targets = self.seized_state(token, sources)
        if not sources and participates and not has_owner and token.dep_ in ("pobj", "dobj"):
            # "Blinken said after talks with Jaishankar", "X led the talks with Y": X's.
            subject = subject_of(clause_head(token))
            sources = self.finder.actors_of(subject) if subject is not None else []
        if not targets and trigger.type == "PROTEST":
            targets = self.protested(token, sources)
        if not sources and not targets:
            return None
        candidate = _Candidate(trigger, token, trigger.type, sources, targets)
        self.negate_noun(candidate)
        return candidate

    def told_in_relative(
        self, trigger: Trigger, noun: Token, targets: list[Entity | None]
    ) -> tuple[list[Entity | None], list[Entity | None]]:
        """The doer (and the target) a relative clause of a support verb gives a nominal
        event: "the embargo that Denmark imposed on Iceland", "the offensive the army
        launched against X"."""
        for clause in noun.children:
            if clause.dep_ != "relcl" or clause.lemma_.lower() not in self.lexicon.support_verbs:
                continue
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            doers = [a for a in self.finder.actors_of(subject) if a] if subject is not None else []
            if doers:
                self.consumed.add(clause.i)
                return list(doers), targets or self.prep_targets(clause, list(doers), trigger)
        return [], targets

    def protested(self, token: Token, sources: list[Entity | None]) -> list[Entity | None]:
        """Whom a protest is aimed at when only its purpose says: "rallied to demand the
        resignation of X", "marched to demand that the Taliban reopen schools", "stopped
        work in protest against the military government".  The purpose is part of the
        protest and is not coded again."""
        verb = token if token.pos_ in ("VERB", "AUX") else token.head
        for clause in (*token.children, *verb.children):
            purpose = has_to(clause) or clause.tag_ == "VBG"  # "rioted, demanding …"
            if clause.dep_ in ("advcl", "xcomp", "acl") and purpose:
                found = self.purpose_targets(clause, sources)
                if found:
                    self.consumed.add(clause.i)
                    return found
            if clause.dep_ == "prep" and clause.lower_ == "in":  # "in protest against X"
                for noun in clause.children:
                    if noun.dep_ == "pobj" and noun.lemma_.lower() == "protest":
                        self.consumed.add(noun.i)
                        return self.prep_targets(noun, sources)
        return []

    def purpose_targets(self, clause: Token, sources: list[Entity | None]) -> list[Entity | None]:
        """The target of a protest's "to demand …" or "to protest …" clause."""
        trigger = self.match(clause)
        if trigger is None or trigger.type not in ("REQUEST", "PROTEST", "ACCUSE", "REJECT"):
            return []
        asked = self.candidate(clause)
        if asked is not None and asked.targets:
            return [t for t in asked.targets if t not in sources]
        for node in clause.subtree:  # "to demand the resignation of X": the first named
            if node.i > clause.i and node.pos_ == "PROPN":
                found = [a for a in self.finder.actors_of(node) if a is not None]
                if found and found[0] not in sources:
                    return [found[0]]
        return []

    def parallel_request(self, trigger: Token, node: Token) -> bool:
        """ "demanding that …, and calling on X to …": a second request in the same form,
        which the parse hung inside the first one's content."""
        if node.tag_ != trigger.tag_ or node.dep_ != "conj" or node.i <= trigger.i:
            return False
        found = self.match(node)
        return found is not None and found.type == "REQUEST"

    def document_author(self, token: Token) -> list[Entity | None]:
        """Who speaks through a text: "the Council adopted a resolution demanding …",
        "issued a statement calling for …" (the document's adopter or issuer)."""
        chain = [token, *token.ancestors] if token.tag_ == "VBG" else [token]
        for node in chain:  # "demanding …, and calling on …", however the parse hangs it
            if node.dep_ == "acl" and names_one_of(node.head, self.lexicon.document_nouns):
                issuer = subject_of(node.head)
                return self.finder.actors_of(issuer) if issuer is not None else []
        return []

    def particle_targets(
        self, trigger: Trigger, token: Token, sources: list[Entity | None]
    ) -> list[Entity | None]:
        """The object of the trigger's own preposition ("extradite to", "fight alongside"),
        which names the target before any direct object does."""
        return [
            a
            for o in self.particle_objects(trigger, token)
            for a in self.finder.actors_of(o)
            if a is not None and a not in sources
        ]

    @staticmethod
    def particle_objects(trigger: Trigger, token: Token) -> list[Token]:
        """The objects of the trigger's own preposition: "called for [sanctions]"."""
        return prep_objects(token, frozenset({trigger.particle})) if trigger.particle else []

    def support_verb_subject(self, noun: Token) -> list[Entity | None]:
        """The actor of a noun event carried by a verb that only says it happened:
        "Israel mounted an invasion", "troops remained on alert", "workers went on strike"."""
        head = noun.head
        if noun.dep_ == "pobj" and head.lower_ == "on" and head.head.pos_ in ("VERB", "AUX"):
            verb = head.head  # "on alert", "on strike"
        elif noun.dep_ == "dobj" and lemmas(head) & self.lexicon.support_verbs:
            verb = head
        else:
            return []
        subject = subject_of(verb)
        return self.finder.actors_of(subject) if subject is not None else []

    def seized_state(self, token: Token, sources: list[Entity | None]) -> list[Entity | None]:
        """ "the military took power", "since the Taliban takeover": power is seized in
        the seizer's own country, which is what is coerced."""
        words = lemmas(token) | {w for c in token.children if c.dep_ == "dobj" for w in lemmas(c)}
        if not words & self.lexicon.power_seizures:
            return []
        found: list[Entity | None] = []
        for source in sources:
            if source is None or not source.country:
                continue
            country = self.finder.country_entity(source.country)
            if country is not None and country.name != source.name and country not in found:
                found.append(country)
        return found

    def struck_place(self, noun: Token, exclude: list[Entity | None]) -> list[Entity | None]:
        """The place an attack or seizure named by a noun fell on ("the offensive in
        the Panjshir valley"): what is attacked there is the place itself."""
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "into"):
                continue
            for obj in prep.children:
                found = self.finder.actor_of(obj) if obj.dep_ == "pobj" else None
                place = found[0] if found else None
                if place is not None and is_place(place) and place not in exclude:
                    return [place]
        return []

    def told_by_its_verb(self, trigger: Trigger, noun: Token) -> bool:
        """ "Israeli airstrikes killed 20 people": the noun is the subject of a verb of
        its own type, which tells the same event with its target; code that one."""
        verbs = [noun.head] if noun.dep_ in ("nsubj", "nsubjpass") else []
        verbs += [c for c in noun.children if c.dep_ == "acl"]
        if noun.dep_ == "pobj" and noun.head.lower_ == "for":  # "hosted X for talks"
            verbs.append(noun.head.head)
        if any(
            c.dep_ in ("acl", "relcl") and c.lemma_.lower() in self.lexicon.mediation_verbs
            for c in noun.children
        ):
            return True  # "talks hosted by the AU": told as the host's event
        for verb in verbs:
            found = self.match(verb) if verb.pos_ == "VERB" else None
            if found is not None and found.type == trigger.type:
                return True
        return False

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

    def refusal(self, trigger: Trigger, token: Token) -> _Candidate:
        """ "refused to supply arms", "stopped short of recognising X": REJECT."""
        subject = subject_of(token)
        sources = self.finder.actors_of(subject) if subject is not None else []
        targets = self.embedded_targets(token, sources)  # and the content is not coded
        if self.denies_own_deed(token, sources):  # "denied that he had fled to Tajikistan"
            return _Candidate(trigger, token, "REJECT", sources, self.accusers_of(sources))
        if not targets and self.is_denial(token):
            targets = self.accusers_of(sources, anyone=self.denies_those_claims(token))
        return _Candidate(trigger, token, "REJECT", sources, targets)

    def denies_own_deed(self, token: Token, sources: list[Entity | None]) -> bool:
        """ "denied that he had fled to Tajikistan", "has denied helping the Taliban": a
        denial of one's own act rejects whoever charged it, not the act's target."""
        if token.lemma_.lower() not in self.lexicon.denials or not sources:
            return False
        for child in token.children:
            if child.dep_ in ("xcomp", "dobj", "pcomp") and child.tag_ == "VBG":
                return not any(c.dep_ in ("nsubj", "poss") for c in child.children)
            if child.dep_ == "ccomp":
                inner = next((c for c in child.children if c.dep_ == "nsubj"), None)
                doers = self.finder.actors_of(inner) if inner is not None else []
                return any(d in sources for d in doers if d is not None)
        return False

    def is_denial(self, token: Token) -> bool:
        """ "denied the charge", "a charge that Islamabad denies", "Moscow denied it"."""
        if token.lemma_.lower() not in self.lexicon.denials:
            return False
        obj = next((c for c in token.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.lower_ in RELATIVE and token.dep_ == "relcl":
            obj = token.head
        if obj is None:
            return token.lemma_.lower() == "deny" or token.dep_ == "relcl"
        return bool({obj.lemma_.lower(), obj.lower_} & self.lexicon.charge_nouns)

    def accusers_of(
        self, accused: list[Entity | None], *, anyone: bool = False
    ) -> list[Entity | None]:
        """Whoever last accused one of ``accused`` in this article; with ``anyone``
        ("rejected those claims"), whoever last made a charge, against whomever."""
        accused = [self.finder.as_actor(e, spatial=False) for e in accused if e is not None]
        return self.memory.accusers_of(accused, anyone=anyone)

    def denies_those_claims(self, token: Token) -> bool:
        """ "rejected those claims", "denied the allegations": a charge told just before."""
        obj = next((c for c in token.children if c.dep_ == "dobj"), None)
        return obj is not None and is_definite(obj)

    def complement(self, trigger: Trigger, token: Token, embedded: Token) -> _Candidate | None:
        """ "threatened to ban X", "vowed to hunt X down", "pledged to free X": the head's
        type (THREATEN, AGREE) towards the embedded action's target; the embedded
        action has not happened and is not coded.  A threat never to yield ("vowed
        it would never bow to X") is a refusal."""
        subject = subject_of(token)
        sources = self.finder.actors_of(subject) if subject is not None else []
        lemma = token.lemma_.lower()
        type_ = (
            self.lexicon.complement_heads.get(lemma)
            or self.lexicon.decision_heads.get(lemma)
            or trigger.type
        )
        if lemma in self.lexicon.warnings and not self.names_harm(embedded):
            return None  # "warned that supplies would not last": a forecast, not a threat
        own = [self.finder.group_of(s) for s in sources if s is not None]
        if type_ == "THREATEN" and is_negated(embedded) and self.speaks_of_itself(embedded, own):
            type_ = "REJECT"  # "vowed it would never bow", not "warned supplies would not last"
        deps = CLAUSES | {embedded.dep_}
        targets = self.embedded_targets(token, [*sources, *own], deps)
        if is_generic_subject(embedded):
            targets = []  # "warned that any country trying to interfere would …": no one yet
        if not targets:
            inner = next((c for c in embedded.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            found = self.finder.actors_of(inner) if inner is not None else []
            targets = [a for a in found if a is not None and a not in sources and a not in own]
        if not targets and type_ == "THREATEN":
            targets = self.condition_targets([token, embedded], [*sources, *own])
        promised = self.match(embedded)
        yields = promised is not None and promised.type in YIELDS and not is_negated(embedded)
        if type_ == "AGREE" and promised is not None and yields:  # not "would not let X …"
            # "pledged to let Afghans leave", "promised to free the hostages": a promised
            # concession or retreat keeps its type (PLOVER), told as intended
            if not targets:  # "let Afghans travel": whom it lets
                allowed = self.finder.actors_of(infinitive_subject(embedded, bare=True))
                targets = [t for t in allowed if t not in sources]
            yielded = _Candidate(promised, embedded, promised.type, sources, targets)
            yielded.negated = is_negated(token)
            return yielded
        candidate = _Candidate(trigger, token, type_, sources, targets)
        candidate.negated = is_negated(token)
        # "X agreed to postpone the rally": no partner; "A and B agreed to …": each other
        candidate.unilateral = type_ == "AGREE" and len(sources) < 2
        return candidate

    def names_harm(self, clause: Token) -> bool:
        """Does ``clause`` tell of force, coercion or a price to pay ("would resume
        attacks", "would face consequences")?  What its subject names is the doer
        warned about, not the harm threatened: "warned that the deployment would
        destabilise the region" threatens no one."""
        doers = {
            n.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") for n in c.subtree
        }
        for node in clause.subtree:
            if node.i in doers:
                continue
            if {node.lower_, node.lemma_.lower()} & self.lexicon.harm_words:
                return True
            found = self.match(node)
            info = self.lexicon.types.get(found.type) if found is not None else None
            if info is not None and info.quad in (3, 4):
                return True
        return False

    def speaks_of_itself(self, clause: Token, own: list[Entity]) -> bool:
        """Is the subject of ``clause`` the speaker's side ("vowed it would never …")?"""
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return True  # "vowed never to bow"
        if subject.pos_ not in ("PRON", "PROPN"):  # "his supplies would not last"
            return False
        names = {e.name for e in own}
        return any(a is not None and a.name in names for a in self.finder.actors_of(subject))

    def condition_targets(
        self, heads: list[Token], exclude: list[Entity | None]
    ) -> list[Entity | None]:
        """Who a threat is made to: the subject of its condition ("… unless Israel
        rescinds the annexation", "if the United States goes ahead")."""
        for head in heads:
            for child in head.children:
                marks = {c.lower_ for c in child.children if c.dep_ == "mark"}
                if child.dep_ != "advcl" or not marks & self.lexicon.hypothetical_marks:
                    continue
                subject = next(
                    (c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), None
                )
                found = self.finder.actors_of(subject) if subject is not None else []
                found = [a for a in found if a is not None and a not in exclude]
                if found:
                    return found
        return []

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
        if evaluation.type == "REJECT":
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
        trigger = Trigger("REJECT" if refused else "AGREE", None, False, token.lemma_.lower())
        candidate = self.complement(trigger, token, embedded)
        if candidate is not None:
            candidate.negated = False
        return candidate

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

    def embedded_targets(
        self, token: Token, sources: list[Entity | None], deps: frozenset[str] = REFUSED
    ) -> list[Entity | None]:
        """The first actor acted upon inside the clause ``token`` governs (its children
        of ``deps``); every verb and event noun there is consumed (it is the content of
        a refusal, threat or promise, not an event)."""
        targets: list[Entity | None] = []
        particles = [c for c in token.children if c.dep_ in ("prt", "advmod", "acomp")]
        embedded = [c for h in (token, *particles) for c in h.children if c.dep_ in deps]
        roles = (
            ("dobj", "pobj", "poss", "dative") if deps is REFUSED else ("dobj", "pobj", "dative")
        )
        for child in embedded:
            for node in child.subtree:
                if node.dep_ in ("nsubj",) or node.i == token.i or node.dep_ not in roles:
                    continue
                found = [
                    a for a in self.finder.actors_of(node) if a is not None and a not in sources
                ]
                if found:
                    targets = list[Entity | None](found)
                    break
            if targets:
                break
        for child in embedded:
            self.consumed.update(n.i for n in child.subtree if n.pos_ in ("VERB", "NOUN"))
        return targets

    def complement_of(self, token: Token) -> Token | None:
        """The embedded clause of a complement head ("threatened [to ban]"); for a
        head that is also said of decisions ("agreed to"), only an embedded act that is
        no event of its own ("agreed to hold elections", not "agreed to freeze assets")."""
        lemma = token.lemma_.lower()
        if lemma in self.lexicon.decision_heads:
            embedded = self.embedded_clause(token)
            if embedded is not None and self.match(embedded) is None:
                return embedded
            return None
        if lemma not in self.lexicon.complement_heads:
            return None
        return self.embedded_clause(token)

    def embedded_clause(self, token: Token) -> Token | None:
        """The clause a head governs; a to-infinitive the parse calls adverbial too
        ("have sworn [to fight]")."""
        return next(
            (
                c
                for c in token.children
                if c.pos_ in ("VERB", "AUX")
                and (c.dep_ in CLAUSES or (c.dep_ == "advcl" and has_to(c)))
            ),
            None,
        )

    def hoped_for(self, token: Token) -> _Candidate | None:
        """ "the US hopes (that) the Taliban will allow …": REQUEST from the US to the Taliban."""
        clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
        subject = subject_of(token)
        if clause is None or subject is None:
            return None
        inner = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        targets = self.finder.actors_of(inner) if inner is not None else []
        if not targets:
            return None
        trigger = Trigger("REQUEST", None, False, token.lemma_.lower())
        self.consumed.update(n.i for n in clause.subtree if n.pos_ in ("VERB", "NOUN"))
        return _Candidate(trigger, token, "REQUEST", self.finder.actors_of(subject), targets)

    def obligation(self, token: Token) -> _Candidate | None:
        """ "the minister reiterated that Iran must release the aid workers": REQUEST
        from the one who says it to the one who must (not to himself: "we must")."""
        clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
        subject = subject_of(token)
        if clause is None or subject is None:
            return None
        if not any(
            c.dep_ == "aux" and c.lemma_.lower() in self.lexicon.obligation_aux
            for c in clause.children
        ):
            return None
        sources = [s for s in self.finder.actors_of(subject) if s is not None]
        inner = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        own = {*(s.name for s in sources), *self.finder.home_names(list(sources))}
        targets = [
            t
            for t in self.finder.actors_of(inner)
            if t is not None and t.name not in own and not self.finder.serves(t, list(sources))
        ]
        if not sources or not targets:
            return None
        trigger = Trigger("REQUEST", None, False, token.lemma_.lower())
        self.consumed.update(n.i for n in own_clause(clause) if n.pos_ in ("VERB", "NOUN"))
        return _Candidate(trigger, token, "REQUEST", list(sources), list(targets))

    def is_stance_refusal(self, token: Token) -> bool:
        """ "not inclined to support", "won't recognise": a refusal of the action."""
        head = token.head
        for node in (head, head.head):
            if node.lemma_.lower() in self.lexicon.negated_stances and (
                is_negated(node) or is_negated(node.head) or has_no(node)
            ):
                return True
        return False

    # --- the record ----------------------------------------------------------------

    def code(self, candidate: _Candidate) -> list[Event]:
        type_ = candidate.type
        spatial = type_ in self.lexicon.spatial_types
        if (
            type_ in self.lexicon.symmetric_types
            and not candidate.targets
            and not candidate.unilateral
        ):
            candidate.targets = list(candidate.sources)  # "A and B agreed": each with the other
        sources: list[Entity | None] = [
            a
            for s in candidate.sources
            if (a := self.finder.as_actor(s, spatial=False)) is not None
        ] or [None]
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
            if inside and targets == [None] and type_ == "REQUEST":
                return []  # a request inside one government is no event between actors
        if type_ == "COERCE":  # "Zawahiri took over al-Qaeda": his own group, no seizure
            own = {self.finder.group_of(s).name for s in sources if s and s.type == "PERSON"}
            targets = [t for t in targets if t is None or t.name not in own]
            if not targets:
                return []
        if targets == [None] and type_ == "RETREAT":
            targets = self.withdrawn_from(candidate, sources)
        if sources == [None] and targets == [None]:
            return []
        if targets == [None] and type_ not in self.lexicon.no_target_needed:
            return []
        if sources == [None] and type_ not in self.lexicon.no_source_needed:
            return []
        token = candidate.token
        modality: Modality = "asserted" if candidate.asserted else self.modality(token)
        directed = self.directed_modality(token, sources)
        if directed == "hypothetical":  # "urged Nepal to free the monks": not done
            if None in sources or None in targets:
                return []
            modality = "hypothetical" if modality == "asserted" else modality
        elif directed == "intended" and modality != "claimed":
            modality = "intended"  # "the premier said Chile must take in the refugees"
        date, precision = self.setting.date_of(token)
        place = self.setting.place_of(token, targets)
        clause = clause_span(token, self.text)
        sentence = token.sent
        mode = candidate.trigger.mode if candidate.trigger.type == type_ else candidate.mode
        score = (
            info.modes.get(mode, info.score) if info and mode else (info.score if info else None)
        )
        quote = self.finder.quote_at(token.idx)
        if not candidate.negated:
            lemma = token.lemma_.lower()
            self.memory.remember(type_, lemma, sources, targets, deed=type_ in DEEDS)
        pairs = [(source, target) for source in sources for target in targets]
        if type_ == "ASSAULT" and self.is_mutual(candidate):
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

    def is_mutual(self, candidate: _Candidate) -> bool:
        """A fight told as it happens ("were fighting", "clashed with"), not one side's
        aim ("left alone to fight the Taliban") nor a noun ("its battle with Beijing")."""
        token = candidate.token
        return (
            not candidate.trigger.noun
            and token.lemma_.lower() in self.lexicon.mutual_verbs
            and not has_to(token)
        )

    def withdrawn_from(
        self, candidate: _Candidate, sources: list[Entity | None]
    ) -> list[Entity | None]:
        """ "Biden withdrew US troops", "the US withdrawal": from the country the article
        is about, when the ones leaving are foreign to it."""
        if candidate.trigger.lemma not in self.lexicon.departures or None in sources:
            return [None]
        people = any(s is not None and s.type == "PERSON" for s in sources)
        theirs = frozenset(s.country for s in sources if s is not None and s.country)
        named = [
            a
            for prep in candidate.token.children
            if prep.dep_ == "prep" and prep.lower_ in ("from", "out")
            for obj in prep.subtree
            if obj.dep_ == "pobj"
            for a in self.finder.actors_of(obj)
        ]
        if any(a is not None and a.country in theirs for a in named):
            return [None]  # "Afghan personnel fled from Afghanistan": their own country
        # forces pull out of the country the story is about even when their own country
        # is named more often; a person leaving is another matter ("Ghani left")
        country = self.finder.descriptions.main_country(besides=frozenset() if people else theirs)
        if country is None or any(
            s is not None and (s.name == country.name or s.country == country.country)
            for s in sources
        ):
            return [None]
        return [country]

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

    def is_alleged(self, chain: list[Token]) -> bool:
        """Is the act what someone is accused of ("accusing the Taliban of allowing
        militants to …", "was charged with helping …")?"""
        top = chain[-1] if chain else None
        if top is None or top.pos_ != "ADP" or top.lower_ not in ("of", "with", "for"):
            return False
        return top.head.lemma_.lower() in self.lexicon.allegation_heads


def headline_end(text: str) -> int | None:
    """Where the headline ends: a first line without closing punctuation, followed by a
    blank line (the cleaned text starts with the title)."""
    first, sep, _ = text.partition("\n\n")
    line = first.strip()
    if not sep or not line or "\n" in line or line[-1] in ".!?\"”'" or len(line) > 200:
        return None
    return len(first)


def infinitive_marked(token: Token, marker: str) -> bool:
    """Whether ``token`` governs a clause opened by ``marker`` ("calls to free the
    activists": "to"), so that a trigger needing "to" also fits its infinitive."""
    return any(
        c.dep_ in ("acl", "xcomp")
        and any(a.dep_ == "aux" and a.lower_ == marker for a in c.children)
        for c in token.children
    )


def is_reduced_passive(token: Token) -> bool:
    """ "Pressed on how sure he was, …", "Encouraged by the reception, …": a participle
    clause with neither its own subject nor a doer names no one asking anyone."""
    return (
        token.tag_ == "VBN"
        and token.dep_ == "advcl"
        and token.i < token.head.i  # fronted: "Pressed on the point, the minister said"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        and not any(o.pos_ == "PROPN" for a in by_phrase(token) for o in a.subtree)
    )
