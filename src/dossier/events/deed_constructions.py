"""Deed constructions (issue 16): the tests and operations the rewrite rules of
``data/events/rewrites.yaml`` name for deeds.

"Protesters clashed with police", "demonstrators stormed the parliament": a deed
done by protesters is their protest (PLOVER PROTEST), aimed at the state where it
happens, not an attack on the place named.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from dossier.event_evaluation import judgement_phrases
from dossier.events.frames import Frames
from dossier.events.state import _Candidate
from dossier.events.triggers import Trigger
from dossier.models import Entity
from dossier.syntax.mood import is_negated
from dossier.syntax.passives import by_phrase, is_passive
from dossier.syntax.phrases import WITH, prep_objects
from dossier.syntax.subjects import subject_of
from dossier.syntax.words import hyphen_tails, is_civil_exercise, names_one_of

if TYPE_CHECKING:
    from spacy.tokens import Token

OF = frozenset({"of"})
TO = frozenset({"to"})
FROM = frozenset({"from"})
AS = frozenset({"as"})
BY = frozenset({"by"})
# "exercises between A and B", "war games involving A and B", "took part alongside B"
AMONG = frozenset({"between", "among", "amongst"})
BESIDE = frozenset({"with", "alongside"})
# words before a noun that name whose it is: "American assistance", "Washington's backing"
GIVER_MODIFIERS = frozenset({"amod", "compound", "poss", "nmod"})
# how the parse hangs the verdict word on its verb: "found X guilty", "was found guilty"
VERDICT_DEPS = frozenset({"ccomp", "oprd", "xcomp", "acomp", "advcl", "dobj", "amod"})


class DeedConstructions(Frames):
    def received_nouns(self, token: Token) -> list[Token]:
        """The stances a receiving verb's subject receives: its objects ("drew
        criticism"), or the objects of its ``received_with`` phrase ("was met with
        criticism")."""
        found = [c for c in token.children if c.dep_ == "dobj"]
        phrases = judgement_phrases().received_with
        return found + [
            o
            for prep in token.children
            if prep.dep_ == "prep" and f"{token.lemma_.lower()} {prep.lower_}" in phrases
            for o in prep.children
            if o.dep_ == "pobj"
        ]

    def foreign_givers(self, token: Token, owners: Sequence[Entity | None]) -> list[Entity]:
        """The state a receiving verb's in-phrase names as the giver, by its name or its
        capital ("the poet drew wide support in Washington"); not one the receiver
        belongs to ("Ruto won support in Kenya": voters, not the state), and no place of
        any other kind ("in the region", "in Ohio")."""
        home = {o.country for o in owners if o is not None and o.country}
        return [
            a
            for place in prep_objects(token, judgement_phrases().received_in)
            if place.ent_type_ == "GPE"
            for a in self.finder.actors_of(place)
            if a is not None and a.type == "GPE" and a.country not in home and a not in owners
        ]

    def receiver(self, token: Token) -> Token | None:
        """Who receives the stance: the subject, also of a passive ("the plan was met
        with criticism")."""
        passive = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        return subject_of(token) or passive

    def coded_trigger(self, construction: str, token: Token, *, noun: bool = False) -> Trigger:
        """The trigger ``token`` fires as ``construction`` (its type and mode are data:
        ``constructions:`` in data/events/rewrites.yaml)."""
        coded = self.rules.coded_as(construction)
        return Trigger(coded.type, coded.mode, noun, token.lemma_.lower())

    def has_protester_subject(self, candidate: _Candidate) -> bool:
        """ "Hundreds of protesters clashed with police", "a crowd of demonstrators
        stormed the parliament": the subject (or what it counts) names protesters
        (``protest_agents`` in events.yaml)."""
        subject = subject_of(candidate.token)
        if subject is None or is_passive(candidate.token):  # "protesters were beaten"
            return False
        counted = prep_objects(subject, OF)  # "thousands of protesters"
        return any(names_one_of(n, self.lexicon.protest_agents) for n in (subject, *counted))

    def has_protester_partner(self, candidate: _Candidate) -> bool:
        """ "Police in Lagos clashed with protesters", "troops fought with thousands of
        demonstrators": a fight (``mutual_verbs``) whose with-phrase names protesters
        (``protest_agents``, or a number of them) and whose subject does not is their
        protest against the force they fought (as11: PLOVER PROTEST riot)."""
        token = candidate.token
        if candidate.trigger.noun or is_passive(token) or self.has_protester_subject(candidate):
            return False
        partners = [c for p in prep_objects(token, WITH) for c in (p, *p.conjuncts)]
        counted = [n for p in partners for n in prep_objects(p, OF)]  # "hundreds of protesters"
        return any(names_one_of(n, self.lexicon.protest_agents) for n in (*partners, *counted))

    def protest_against_doer(self, candidate: _Candidate) -> None:
        """The protest is the protesters' ("Uighur protesters"; a town they are in is where,
        not who), against the force that fought them, or the state of the town it is told
        by ("police in Lagos"): "Police in Lima clashed with protesters" is PROTEST
        against Peru, not an attack on Lima."""
        protesters = [t for t in candidate.targets if t is not None and self.names_a_state(t)]
        candidate.targets = [s for s in candidate.sources if s is not None]
        candidate.sources = list[Entity | None](protesters) or [None]
        self.without_protest_setting(candidate)

    def is_gathering_of_no_crowd(self, trigger: Trigger, token: Token) -> bool:
        """ "Ministers from Fiji and Samoa gathered in Suva", "troops are gathering on
        the islands": a gathering (``gathering_verbs``) is a protest only when those who
        gather are protesters (``protest_agents``: "hundreds of protesters gathered
        outside the parliament") or a crowd counted in hundreds or thousands
        ("thousands of Chileans gathered in Valparaiso"), not a meeting nor a muster."""
        if trigger.lemma not in self.lexicon.gathering_verbs:
            return False
        subject = subject_of(token)
        if subject is None or is_passive(token):
            return True
        counted = prep_objects(subject, OF)
        if any(names_one_of(n, self.lexicon.protest_agents) for n in (subject, *counted)):
            return False
        crowd = subject.tag_ == "NNS" and subject.vocab[subject.lemma_.lower()].like_num
        return not (crowd and counted)

    def is_joint_deed(self, candidate: _Candidate) -> bool:
        """ "The raid was carried out in cooperation with the Colombian army", "police
        acted in partnership with Interpol": a cooperation told as the manner of a deed
        (``joint_deed_preps``, ``joint_deed_nouns``) is an event with the partner
        named, even when the doer is not."""
        token = candidate.token
        return (
            candidate.trigger.noun
            and token.lemma_.lower() in self.lexicon.joint_deed_nouns
            and token.dep_ == "pobj"
            and token.head.lower_ in self.lexicon.joint_deed_preps
            and token.head.head.pos_ in ("VERB", "AUX")
            and any(t is not None for t in candidate.targets)
        )

    def is_aid_purpose(self, candidate: _Candidate) -> bool:
        """ "approved a package for supporting Moldova's power grid", "$50 million in
        grants to help Kenya rebuild": help named as the purpose of a sum or an aid noun
        (``aid_nouns``, ``sum_words``) is that aid's, not a stance (PLOVER AID)."""
        token = candidate.token
        if token.dep_ == "pcomp" and token.head.lower_ == "for":  # "a package for supporting"
            noun = token.head.head
        elif token.dep_ in ("acl", "relcl", "advcl") and any(  # "a package to support"
            c.dep_ == "aux" and c.lower_ == "to" for c in token.children
        ):
            noun = token.head
        else:
            return False
        return noun.pos_ in ("NOUN", "NUM", "SYM") and self.is_sum_or_aid(noun)

    def is_military_help(self, candidate: _Candidate) -> bool:
        """ "Kenya's military backing of the Somali government", "Chad supported the
        rebels militarily": backing said to be military (``military_modifiers``) is
        material help, not a stance (PLOVER AID covers military aid)."""
        token = candidate.token
        if any(c.dep_ == "advmod" and c.lower_ == "militarily" for c in token.children):
            return True
        return candidate.trigger.noun and self.is_military(token)

    def halted_aid(self, token: Token) -> _Candidate | None:
        """ "A halt in South Korean loans to Laos", "the freeze on Japanese credit to
        Peru": aid stopped, told as a noun of stopping (``halt_nouns``) over an aid noun
        (``aid_nouns``), is SANCTION (PLOVER: withdrawn aid) from the giver named
        before the aid to the receiver of its to-phrase."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in self.lexicon.halt_nouns:
            return None
        for aid in prep_objects(token, self.lexicon.halt_preps):
            if aid.lemma_.lower() not in self.lexicon.aid_nouns:
                continue
            givers = [c for c in aid.children if c.dep_ in GIVER_MODIFIERS and c.i < aid.i]
            givers += list(by_phrase(token))
            receivers = prep_objects(aid, TO) + prep_objects(token, TO)
            sources = [a for g in givers for a in self.finder.actors_of(g) if a]
            targets = [a for r in receivers for a in self.finder.actors_of(r) if a]
            if not targets:
                return None
            self.consumed.add(aid.i)  # the aid halted is not given
            trigger = self.coded_trigger("halted_aid", token, noun=True)
            if not sources:  # "Japan announced a freeze on loans to Myanmar": the noun's doer
                nominal = self.noun_candidate(trigger, token)
                found = nominal.sources if nominal is not None else []
                sources = [s for s in found if s is not None and s not in targets]
            return _Candidate(trigger, token, trigger.type, list(sources), list(targets))
        return None

    def pledged_aid(self, token: Token) -> _Candidate | None:
        """ "Germany's pledge of 500 million euros in aid to Jordan", "a pledge of $5
        million from Sweden to Chad": a pledge noun (``pledge_nouns``) whose of-phrase
        is a sum (``sum_words``) or an aid noun is AID, intended, from the pledger named
        before the noun or in its from-phrase to the receiver of a to-phrase in it."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in self.lexicon.pledge_nouns:
            return None
        if not any(self.is_sum_or_aid(o) for o in prep_objects(token, OF)):
            return None
        phrase = list(token.subtree)
        givers = [c for c in token.children if c.dep_ in GIVER_MODIFIERS and c.i < token.i]
        givers += [o for t in phrase if t.dep_ == "prep" for o in prep_objects(t.head, FROM)]
        receivers = [o for t in phrase if t.dep_ == "prep" for o in prep_objects(t.head, TO)]
        sources: list[Entity | None] = [a for g in givers for a in self.finder.actors_of(g) if a]
        targets: list[Entity | None] = [
            a for r in set(receivers) for a in self.finder.actors_of(r) if a
        ]
        if not sources or not targets:
            return None
        trigger = self.coded_trigger("pledged_aid", token, noun=True)
        return _Candidate(trigger, token, trigger.type, list(sources), list(targets))

    def is_sum_or_aid(self, noun: Token) -> bool:
        """ "$5 million", "500 million euros", "new aid": a sum, or an aid noun."""
        words = {noun.lemma_.lower()} | {c.lemma_.lower() for c in noun.children}
        return bool(words & (self.lexicon.sum_words | self.lexicon.aid_nouns))

    def is_pledged_aid(self, candidate: _Candidate) -> bool:
        """ "Norway pledged $40 million in aid to Bangladesh": aid (the type of the
        ``pledged_aid`` construction) told by a verb or noun of pledging is promised,
        not yet given (modality intended)."""
        pledging = self.lexicon.pledge_verbs | self.lexicon.pledge_nouns
        return (
            candidate.type == self.rules.coded_as("pledged_aid").type
            and candidate.token.lemma_.lower() in pledging
        )

    def designation(self, token: Token) -> _Candidate | None:
        """ "The Red Dawn Front was labelled a terrorist group by Brazil", "Chile listed
        the movement as a terrorist organization": naming a group a terrorist body
        (``designation_verbs`` with a ``designation_nouns`` head marked by one of
        ``designation_marks``) is a SANCTION by the designator, in either voice.
        "Labelled the protesters terrorists" names no body: a judgement, not this."""
        if token.pos_ != "VERB" or token.lemma_.lower() not in self.lexicon.designation_verbs:
            return None
        named = [c for c in token.children if c.dep_ in ("oprd", "attr", "dobj")]
        # "declared the movement a terrorist group": the parse may hang the body on the object
        named += [a for n in named if n.dep_ == "dobj" for a in n.children if a.dep_ == "appos"]
        named += prep_objects(token, AS)
        if not any(self.is_designated_body(n) for n in named):
            return None
        if is_passive(token):
            # "designated a terrorist group by Brazil": the by-phrase may hang on the body
            doers = [*by_phrase(token), *(o for n in named for o in prep_objects(n, BY))]
            held = [c for c in token.children if c.dep_ == "nsubjpass"]
        else:
            subject = subject_of(token)
            doers = [subject] if subject is not None else []
            held = [
                c for c in token.children if c.dep_ == "dobj" and not self.is_designated_body(c)
            ]
        sources = [a for d in doers for a in self.finder.actors_of(d) if a]
        targets = [a for h in held for a in self.finder.actors_of(h) if a and a not in sources]
        if not targets:
            return None
        trigger = self.coded_trigger("designation", token)
        return _Candidate(trigger, token, trigger.type, list(sources), list(targets))

    def verdict(self, token: Token) -> _Candidate | None:
        """ "A court in Quito found the banker guilty", "Soto was found guilty of
        bribery": a conviction (``conviction``) of whom the verdict names, by the subject
        or by-phrase (else the court's state, see ``code``); "found not guilty" or
        "found innocent" is an acquittal.  None: no verdict here."""
        objects = [c for c in token.children if c.dep_ == "dobj"]
        # "found the commander guilty": the parse may hang the word on the object
        after = [a for o in objects for a in o.children if a.dep_ == "amod" and a.i > o.i]
        verdict = next(
            (
                c
                for c in (*token.children, *after)
                if c.dep_ in VERDICT_DEPS and c.lower_ in self.lexicon.plea_words
            ),
            None,
        )
        if verdict is None or any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
            return None  # "the panel is expected to find Soto guilty": not yet a verdict
        if is_passive(token):
            doers, held = by_phrase(token), [c for c in token.children if c.dep_ == "nsubjpass"]
        else:
            subject = subject_of(token)
            doers = [subject] if subject is not None else []
            held = [c for c in (*verdict.children, *token.children) if c.dep_ in ("nsubj", "dobj")]
            held = [h for h in held if h.i != (subject.i if subject is not None else -1)]
        sources = [a for d in doers for a in self.finder.actors_of(d) if a]
        targets = [a for h in held for a in self.finder.actors_of(h) if a and a not in sources]
        if not held:  # "the 11 officers", "the party" found guilty: no actor, still a verdict
            return None
        acquitted = is_negated(verdict) or is_negated(token) or verdict.lower_ == "innocent"
        trigger = self.coded_trigger("acquittal" if acquitted else "conviction", token)
        return _Candidate(trigger, token, trigger.type, list(sources), list(targets))

    def joint_exercise(self, token: Token) -> _Candidate | None:
        """ "the Peru-Bolivia military exercises", "naval drills between Ghana, Togo and
        Benin", "an exercise involving Kenyan and Ugandan forces", "Finland and Estonia
        took part in a naval drill", "Polish troops began a round of war games alongside
        Lithuanian units": an exercise noun (``exercise_nouns``) whose own phrase, or the
        verb it is held, joined or begun by (``exercise_verbs``), names two parties or
        more is COOPERATE among them, each with each (PLOVER: joint military exercises
        are COOPERATE). One party alone is left to the verb's trigger line."""
        if token.pos_ not in ("NOUN", "PROPN") or not self.is_exercise(token):
            return None
        named = [c for c in token.lefts if c.dep_ in GIVER_MODIFIERS]
        named = [t for c in named for t in c.subtree if t.pos_ in ("PROPN", "ADJ")]
        # before the noun, only states' names: "the Talisman Saber exercise" is its own name
        found: list[Entity | None] = []
        for word in named:
            found += [a for a in self.finder.actors_of(word) if a and a.country and a not in found]
        parties = prep_objects(token, AMONG | BESIDE)
        naming = [c for c in token.children if c.dep_ == "acl"]  # "an exercise involving A"
        naming = [c for c in naming if c.lemma_.lower() in self.lexicon.exercise_verbs]
        parties += [o for c in naming for o in c.children if o.dep_ == "dobj"]
        holder, verb = self.holding_verb(token)
        if verb is not None:
            subject = subject_of(verb)
            parties += [subject] if subject is not None and not is_passive(verb) else []
            parties += prep_objects(verb, BESIDE) + prep_objects(holder, BESIDE)
        parties += [owner for p in parties for owner in prep_objects(p, OF)]  # "navies of A"
        for party in parties:
            found += [a for a in self.finder.actors_of(party) if a and a not in found]
        if len({a.name for a in found if a}) < 2:
            return None
        trigger = self.coded_trigger("joint_exercise", token, noun=True)
        return _Candidate(trigger, token, trigger.type, list(found), list(found))

    def holding_verb(self, noun: Token) -> tuple[Token, Token | None]:
        """The phrase ``noun`` heads ("a round of [war games]", "three days of [tests]")
        and the verb of ``exercise_verbs`` that holds, joins or begins it, if any."""
        holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
        verb = holder.head if holder.dep_ == "dobj" else holder.head.head
        if holder.dep_ in ("dobj", "pobj") and verb.lemma_.lower() in self.lexicon.exercise_verbs:
            return holder, verb
        return holder, None

    def weapons_test(self, token: Token) -> _Candidate | None:
        """ "Pakistan conducted a ballistic missile test", "Russia began three days of
        missile tests", "North Korea's nuclear test", "North Korea test-fired a missile":
        a test of weapons (a noun of ``test_words`` marked by one of ``weapon_marks``, or
        a verb of firing hyphenated to one) is MOBILIZE weapons by its owner or by the
        subject of the verb that held it (PLOVER: increased readiness of weapons)."""
        doc = token.doc
        if token.pos_ == "VERB" and token.i > 1 and doc[token.i - 1].text == "-":
            if doc[token.i - 2].lower_ not in self.lexicon.test_words:  # "test-fired"
                return None
            doers = [subject_of(token)] if not is_passive(token) else []
        elif token.pos_ == "NOUN" and names_one_of(token, self.lexicon.test_words):
            marks = [w for c in token.lefts if c.dep_ in ("amod", "compound") for w in c.subtree]
            marks += [w for o in prep_objects(token, OF) for w in o.subtree]
            if not any(names_one_of(w, self.lexicon.weapon_marks) for w in marks):
                return None
            doers = [c for c in token.lefts if c.dep_ in GIVER_MODIFIERS]
            _, verb = self.holding_verb(token)
            doers += [subject_of(verb)] if verb is not None and not is_passive(verb) else []
        else:
            return None
        sources: list[Entity | None] = []
        for doer in doers:
            sources += [a for a in self.finder.actors_of(doer) if a and a not in sources]
        if not sources:
            return None
        trigger = self.coded_trigger("weapons_test", token, noun=token.pos_ == "NOUN")
        return _Candidate(trigger, token, trigger.type, sources[:1], [])

    def is_exercise(self, noun: Token) -> bool:
        """ "drills", "manoeuvres", "war games" (a compound read as ``war-games``)."""
        if names_one_of(noun, self.lexicon.exercise_nouns):
            return not is_civil_exercise(noun)  # "a census exercise" drills no forces
        if noun.lower_ not in hyphen_tails(self.lexicon.exercise_nouns):
            return False
        marks = (c.lower_ for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1)
        return any(f"{m}-{noun.lower_}" in self.lexicon.exercise_nouns for m in marks)

    def is_designated_body(self, noun: Token) -> bool:
        """ "a terrorist group", "a terror organization": a body named by its mark."""
        marks = {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound")}
        return names_one_of(noun, self.lexicon.designation_nouns) and bool(
            marks & self.lexicon.designation_marks
        )

    def without_protest_setting(self, candidate: _Candidate) -> None:
        """The town a protest is told in is where it is, not whom it is against
        ("clashed with police in Lima", "occupied the square of Bogota"): the state of
        that town is the target; a country named stays ("stormed the US embassy")."""
        targets: list[Entity | None] = []
        for target in candidate.targets:
            if target is not None and not self.names_a_state(target):  # its state, if known
                target = self.finder.country_entity(target.country or "") or target
            if target is not None and target not in targets:
                targets.append(target)
        candidate.targets = targets

    def names_a_state(self, entity: Entity) -> bool:
        """Whether ``entity`` is a party, not a town: anything but a place below a country."""
        return entity.type not in ("GPE", "LOC") or self.finder.states.is_country(entity)
