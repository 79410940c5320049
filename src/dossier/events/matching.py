"""Matching: which trigger a token fires, and the parse tests the frames ask.

The lowest layer above the lexicon (``triggers``): a token's lemmas looked up in
``data/events.yaml``, a trigger's particle and object checked on the parse, and the
yes/no questions about a clause (a deed noun? a refusal of the future? a threat's
harm?) that the layers above ask."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.doc_arrays import names_any
from dossier.event_actors import is_definite
from dossier.events.hostilities import stops_hostilities
from dossier.events.lexicon_match import (
    OBJECT_BRANCHES,
    DocTriggers,
    by_specificity,
    lexicon_matcher,
)
from dossier.events.marked_deeds import fits_marks, has_own_line
from dossier.events.precision import (
    is_other_lines_object,
    is_time_for_particle,
    is_withdrawal_from_a_plan,
)
from dossier.events.state import CLAUSES, CoderState, _Candidate
from dossier.events.triggers import Trigger
from dossier.syntax.clauses import has_to
from dossier.syntax.mood import has_no, is_negated
from dossier.syntax.passives import by_phrase, is_passive
from dossier.syntax.phrases import governed_by, measured_object, prep_objects
from dossier.syntax.subjects import subject_of
from dossier.syntax.tree import children_of
from dossier.syntax.words import RELATIVE, compound_named, is_mistagged_noun, lemmas, names_one_of

if TYPE_CHECKING:
    from spacy.tokens import Token


class TriggerMatching(CoderState):
    _found: DocTriggers | None = None

    def doc_triggers(self, token: Token) -> DocTriggers:
        """The lexicon's matches in ``token``'s document (events.lexicon_match), found once."""
        if self._found is None or self._found.doc is not token.doc:
            self._found = lexicon_matcher(self.lexicon, token.doc.vocab)(token.doc)
        return self._found

    def match(self, token: Token) -> Trigger | None:
        """The most specific trigger ``token`` fires, if any; found once per word and kept."""
        found = self._found
        if found is None or found.doc is not token.doc:
            found = self.doc_triggers(token)
        if token.i not in found.matched:
            found.matched[token.i] = self.fitting_trigger(token, found)
        return found.matched[token.i]

    def fitting_trigger(self, token: Token, found: DocTriggers) -> Trigger | None:
        if token.i not in found.keyed:
            return None  # most words name no trigger line in either table
        predicate = token.pos_ == "ADJ" and (
            token.dep_ == "ROOT"
            or (token.dep_ == "acomp" and token.lemma_.lower() in self.lexicon.experiencers)
        )
        if (token.pos_ in ("VERB", "AUX") or predicate) and not is_mistagged_noun(token):
            table = "verbs"
        elif token.pos_ in ("NOUN", "PROPN") or is_mistagged_noun(token):
            table = "nouns"
        else:
            return None
        key = found.keys.get((table, token.i))
        options: tuple[Trigger, ...] = getattr(self.lexicon, table).get(key, ()) if key else ()
        return next((t for t in by_specificity(options) if self.fits(t, token)), None)

    def fits(self, trigger: Trigger, token: Token) -> bool:
        idioms = None if trigger.objects else self.lexicon.idiom_objects.get(trigger.lemma)
        if idioms and any(c.dep_ == "dobj" and names_one_of(c, idioms) for c in children_of(token)):
            return False  # "struck a guarded note"
        if not trigger.particle and not trigger.objects and self.has_idiom_particle(token):
            return False  # "back off", "pulled out in front": another verb than the trigger
        if trigger.particle and not any(
            r.word.lower_ == trigger.particle
            for r in self.doc_triggers(token).related(token, "particle", "infinitive")
        ):
            return False
        if trigger.particle and self.is_race_position(token):
            return False  # "pulled out in front": a race, no withdrawal
        if is_time_for_particle(token, trigger.particle):
            return False  # "called on Monday for talks": "call for", not "call on"
        if self.is_fight_without_foe(trigger, token):
            return False  # "he is still fighting": a struggle, no attack
        keeping = not trigger.noun and trigger.particle in self.lexicon.keeping_preps
        if keeping and not self.keeps_people(token):  # nouns: "retreat from Kherson"
            return False  # "to prevent the virus from spreading": no one is kept
        if trigger.objects:
            found = self.trigger_object(trigger, token)
            lines = [t.particle for t in self.lexicon.verbs.get(trigger.lemma, ())]
            if found is not None and is_other_lines_object(trigger.particle, token, found, lines):
                return False  # "called on the leader to resign": a request, no phone call
            return found is not None and self.fits_economic(trigger, found)
        return self.fits_economic(trigger, token) and fits_marks(self.frames, trigger, token)

    def fits_economic(self, trigger: Trigger, word: Token) -> bool:
        """A conflict word ("war", "fight", "dispute") is of an economic type
        (``economic_types``: sanctions) exactly when a trade word marks it: "a tariff
        fight with Mexico", "the trade war with China" are no attacks, and "waged war
        on the rebels" no sanction."""
        if not names_one_of(word, self.lexicon.economic_conflicts):
            return True
        marked = any(
            c.dep_ in ("compound", "amod") and names_one_of(c, self.lexicon.economic_marks)
            for c in children_of(word)
        )
        return marked == (trigger.type in self.lexicon.economic_types)

    def keeps_people(self, token: Token) -> bool:
        """Whether who ``token`` keeps from acting ("prevented the lawyers from seeing
        him", "she was prevented from leaving") is people: a name, a pronoun or one of
        ``people_nouns``, not a thing ("prevent the fire from spreading")."""
        kept = [c for c in children_of(token) if c.dep_ in ("dobj", "nsubjpass")]
        return any(
            word.ent_type_ in ("PERSON", "NORP", "ORG", "GPE")
            or (word.pos_ == "PRON" and word.lower_ not in ("it", "this", "that", "which"))
            or names_one_of(word, self.lexicon.people_nouns)
            for head in kept
            for word in (head, *head.conjuncts)
        )

    def is_fight_without_foe(self, trigger: Trigger, token: Token) -> bool:
        """ "He is still fighting", "we will keep fighting for his release": a fighting
        verb with no foe (no object, no with/against/between phrase) and no armed or named group
        as its subject tells a person's struggle, not an attack."""
        if trigger.noun or trigger.objects or token.lemma_.lower() not in self.lexicon.mutual_verbs:
            return False
        if any(c.dep_ == "dobj" for c in children_of(token)) or prep_objects(
            token, self.lexicon.preps.partner | self.lexicon.preps.aimed | self.lexicon.preps.sides
        ):
            return False
        subject = subject_of(token)
        return subject is None or self.is_people(subject)

    def is_people(self, noun: Token) -> bool:
        """Whether ``noun`` names people, not an armed or organised group: a pronoun, a
        person's name, or one of ``people_nouns`` ("the journalist Elena Sokolova")."""
        return (
            noun.pos_ == "PRON"
            or noun.ent_type_ == "PERSON"
            or names_one_of(noun, self.lexicon.people_nouns)
            or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in children_of(noun))
        )

    def is_race_position(self, token: Token) -> bool:
        """ "pulled out in front", "pulled out ahead": a place in a race right after
        the verb, with no article or of/from between ("pulled out of the front line")."""
        after = token.doc[token.i + 1 : token.i + 5]
        ends = [n for n, w in enumerate(after) if w.lower_ in self.lexicon.race_positions]
        return bool(ends) and all(
            w.pos_ in ("ADV", "ADP", "PART") and w.lower_ not in ("of", "from")
            for w in after[: ends[0]]
        )

    def has_idiom_particle(self, token: Token) -> bool:
        """Whether a particle right after ``token`` makes it a phrasal verb ("back off";
        the parse may call the particle a preposition or an adverb)."""
        return any(
            c.dep_ in ("prt", "prep", "advmod")
            and 0 < c.i - token.i <= 2
            and c.lower_ in self.lexicon.idiom_particles
            for c in children_of(token)
        )

    def trigger_object(self, trigger: Trigger, token: Token) -> Token | None:
        found = self.object_named(trigger, token)
        if (
            found is not None
            and trigger.type in self.rules.of_class("protests")
            and self.is_military(found)
        ):
            return None  # "began with missile strikes": no walkout
        return found

    def is_military(self, noun: Token) -> bool:
        return any(
            c.dep_ in ("compound", "amod") and names_one_of(c, self.lexicon.military_modifiers)
            for c in children_of(noun)
        )

    def object_named(self, trigger: Trigger, token: Token) -> Token | None:
        """The word the trigger line names among ``token``'s relations (RELATIONS of
        events.lexicon_match), the trigger's children in order: the object itself, its
        apposition ("the (SCO) meeting"), what it measures ("700 kg of medicine", "part
        of its aid program"), its compound ("mediation efforts"), a phrase's object."""
        for related in self.doc_triggers(token).related(token, *OBJECT_BRANCHES):
            word = related.word
            if related.relation.startswith("prep_object") and not governed_by(
                word, trigger.particle
            ):
                continue  # "returned to Tokyo after talks": not "return to talks"
            if related.relation != "direct":
                # or a common noun's compound: "to a detention centre", not "to Premier Carney"
                common = related.relation.startswith("prep_object") and word.pos_ == "NOUN"
                if names_one_of(word, trigger.objects) or (
                    common and compound_named(word, trigger.objects)
                ):
                    return word
                continue
            # "700 kg of medicine"; not a deed's "withdrawal of troops" (its own trigger)
            measured = None if has_own_line(self.lexicon, word.lemma_) else measured_object(word)
            # "sent dozens of warplanes and warships": any of the things counted
            for thing in (measured, *measured.conjuncts) if measured is not None else ():
                if names_one_of(thing, trigger.objects) or compound_named(thing, trigger.objects):
                    return thing
            if compound_named(word, trigger.objects):
                return word
        return None

    def talks_noun(self, token: Token) -> Trigger | None:
        """The trigger of a CONSULT or AGREE noun ("talks", "truce"), if ``token`` is one."""
        found = [t for key in lemmas(token) for t in self.lexicon.nouns.get(key, ())]
        return next((t for t in found if t.type in self.lexicon.symmetric_types), None)

    def talks_of(self, noun: Token) -> Token | None:
        """``noun`` if it names talks or a deal, or the talks of "weeks of talks"."""
        if self.talks_noun(noun) is not None:
            return noun
        inner = [o for p in children_of(noun) if p.lower_ == "of" for o in children_of(p)]
        talks = [o for o in inner if o.dep_ == "pobj" and self.talks_noun(o) is not None]
        return talks[0] if talks else None

    def is_act_noun(self, token: Token) -> bool:
        """ "the fight against terrorism": a threat's verb as a noun threatens no one."""
        return token.pos_ == "NOUN" and token.lemma_.lower() in self.lexicon.verbs

    def is_deed_noun(self, token: Token) -> bool:
        if token.lemma_.lower() in self.lexicon.deed_nouns:
            return True
        triggers = self.lexicon.nouns.get(token.lemma_.lower(), ())  # "violence": no deed
        deeds = self.rules.of_class("deeds")
        return any(t.type in deeds and fits_marks(self.frames, t, token) for t in triggers)

    def is_refused_future(self, token: Token) -> bool:
        """ "will not extend the ceasefire", "won't recognise": announcing one won't do it."""
        auxiliaries = {c.lower_ for c in children_of(token) if c.dep_ == "aux"}
        return is_negated(token) and bool(auxiliaries & (self.lexicon.future_aux | {"would", "wo"}))

    def is_stance_refusal(self, token: Token) -> bool:
        """ "not inclined to support", "won't recognise": a refusal of the action."""
        head = token.head
        for node in (head, head.head):
            if node.lemma_.lower() in self.lexicon.negated_stances and (
                is_negated(node) or is_negated(node.head) or has_no(node)
            ):
                return True
        return False

    def is_natural_force(self, token: Token) -> bool:
        """ "Cyclone Nalu struck northern Vanuatu", "the quake hit the coast": a storm or
        a disease is no actor, whatever its verb."""
        if not names_any(token.doc, self.lexicon.natural_forces):
            return False  # no word of the article names one (most articles)
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
        if trigger.type not in self.rules.of_class(
            "press_exchanges"
        ) and token.lemma_.lower() not in (self.lexicon.refusal_verbs):
            return False
        press = self.lexicon.press_words  # none named in the article: no child's word is one
        return names_any(token.doc, press, lemma_only=True) and any(
            word.lemma_.lower() in press
            for child in children_of(token)
            if child.dep_ in ("dobj", "xcomp", "agent", "prep", "nsubjpass", "ccomp")
            for word in child.subtree
        )

    def complement_of(self, token: Token) -> Token | None:
        """The embedded clause of a complement head ("threatened [to ban]"); for a decision
        ("agreed to") only an act no event of its own, a cooperative one or hostilities
        stopped ("agreed to suspend airstrikes"; not "to freeze assets": the sanction)."""
        lemma = token.lemma_.lower()
        if lemma in self.lexicon.decision_heads:
            embedded = self.embedded_clause(token)
            found = self.match(embedded) if embedded is not None else None
            committed = found is None or found.type in self.rules.of_class("agreed")
            committed = committed or stops_hostilities(  # "to halt the raids"
                embedded, self.match, self.lexicon.cessations, self.rules.of_class("assaults")
            )
            return embedded if embedded is not None and committed else None
        if lemma not in self.lexicon.complement_heads or is_passive(token):
            return None  # "is alleged to have taken bribes": its subject is the one accused
        return self.embedded_clause(token)

    def embedded_clause(self, token: Token) -> Token | None:
        """The clause a head governs; a to-infinitive the parse calls adverbial too
        ("have sworn [to fight]")."""
        return next(
            (
                c
                for c in children_of(token)
                if c.pos_ in ("VERB", "AUX")
                and (c.dep_ in CLAUSES or (c.dep_ == "advcl" and has_to(c)))
            ),
            None,
        )

    def parallel_request(self, trigger: Token, node: Token) -> bool:
        """ "demanding that …, and calling on X to …": a second request in the same form,
        which the parse hung inside the first one's content."""
        if node.tag_ != trigger.tag_ or node.dep_ != "conj" or node.i <= trigger.i:
            return False
        found = self.match(node)
        return found is not None and found.type in self.rules.of_class("requests")

    def is_plan_called_off(self, token: Token) -> bool:
        """ "Chile had planned to sign the pact, but Santiago pulled out": the planned act
        did not happen (the pull-out itself is vetoed as a withdrawal from a plan)."""
        heads = self.lexicon.intended_heads
        if token.dep_ != "xcomp" or token.head.lemma_.lower() not in heads:
            return False
        pullouts = [c for c in children_of(token.head) if c.dep_ == "conj"]
        return any(
            (found := self.match(c)) is not None
            and found.type in self.rules.of_class("retreats")
            and is_withdrawal_from_a_plan(c, heads, self.lexicon.armed_nouns)
            for c in pullouts
        )

    def told_by_its_verb(self, trigger: Trigger, noun: Token) -> bool:
        """ "Israeli airstrikes killed 20 people": the noun is the subject of a verb of
        its own type, which tells the same event with its target; code that one (not
        its to-infinitive: "the refusal to cave" tells what was refused)."""
        verbs = [noun.head] if noun.dep_ in ("nsubj", "nsubjpass") else []
        verbs += [c for c in children_of(noun) if c.dep_ == "acl" and not has_to(c)]
        if noun.dep_ == "pobj" and noun.head.lower_ == "for":  # "hosted X for talks"
            verbs.append(noun.head.head)
        if any(
            c.dep_ in ("acl", "relcl") and c.lemma_.lower() in self.lexicon.mediation_verbs
            for c in children_of(noun)
        ):
            return True  # "talks hosted by the AU": told as the host's event
        for verb in verbs:
            found = self.match(verb) if verb.pos_ == "VERB" else None
            if found is not None and found.type == trigger.type:
                return True
        return False

    def is_mutual(self, candidate: _Candidate) -> bool:
        """A fight told as it happens ("were fighting", "clashed with"), not one side's
        aim ("left alone to fight the Taliban") nor a noun ("its battle with Beijing")."""
        token = candidate.token
        return (
            not candidate.trigger.noun
            and token.lemma_.lower() in self.lexicon.mutual_verbs
            and not has_to(token)
        )

    def names_harm(self, clause: Token) -> bool:
        """Does ``clause`` tell of force, coercion or a price to pay ("would resume
        attacks", "would face consequences")?  What its subject names is the doer
        warned about, not the harm threatened: "warned that the deployment would
        destabilise the region" threatens no one."""
        doers = {
            n.i for c in children_of(clause) if c.dep_ in ("nsubj", "nsubjpass") for n in c.subtree
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

    def is_denial(self, token: Token) -> bool:
        """ "denied the charge", "a charge that Islamabad denies", "Moscow denied it"."""
        if token.lemma_.lower() not in self.lexicon.denials:
            return False
        obj = next((c for c in children_of(token) if c.dep_ == "dobj"), None)
        if obj is not None and obj.lower_ in RELATIVE and token.dep_ == "relcl":
            obj = token.head
        if obj is None:
            return token.lemma_.lower() == "deny" or token.dep_ == "relcl"
        return bool({obj.lemma_.lower(), obj.lower_} & self.lexicon.charge_nouns)

    def denies_those_claims(self, token: Token) -> bool:
        """ "rejected those claims", "denied the allegations": a charge told just before."""
        obj = next((c for c in children_of(token) if c.dep_ == "dobj"), None)
        return obj is not None and is_definite(obj)
