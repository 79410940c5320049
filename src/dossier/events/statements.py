"""Statement constructions the rewrite rules name (data/events/rewrites.yaml): whom a
request is made to, what an offer names, who leads an unnamed group.

- "The EU called for Vong's release": asked of whoever holds Vong, never of Vong;
- "urged an end to the war between Canada and Mexico": asked of both sides;
- "Peru expressed its willingness to help Chile": an offer to Chile;
- "senators led by Maria Gonzalez urged …": Gonzalez's side asks;

Tests (``asks_act_suffered`` …) and operations (``doer_as_target`` …) are listed by
name in ``dossier.events.rewrites``; this layer only reads the parse and sets roles.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from dossier.coref_words import coref_words
from dossier.event_evaluation import judgement_phrases
from dossier.events.stances import QuoteStances
from dossier.events.state import _Candidate
from dossier.lexicon import load_data
from dossier.models import Entity
from dossier.syntax.clauses import has_to, modal_chain
from dossier.syntax.mood import is_negated
from dossier.syntax.passives import by_phrase
from dossier.syntax.phrases import WITH, particle_objects, prep_objects
from dossier.syntax.subjects import is_someone, subject_of
from dossier.syntax.tree import children_of
from dossier.syntax.words import names_one_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dossier.events.triggers import Trigger


ACL = frozenset({"acl"})
PEOPLE = coref_words().people_groups | coref_words().irregular_groups  # "one candidate threatened"
LEADING = frozenset({"lead", "head"})  # "senators led by X", "a delegation headed by X"
STATE_VERBS = frozenset({"stand", "remain", "stay"})  # "stands accused", "remains banned"
OF = frozenset({"of"})
FROM = frozenset({"from"})
CONTEST_PREPS = frozenset({"in", "at", "for"})  # "in the final", "for the title"
ABOUT = frozenset({"over", "on"})  # "a fight over wine between A and B": the dispute's topic
SCORE = re.compile(r"\b\d{1,3}\s?[-\u2013]\s?\d{1,3}\b(?!\s?(?:year|month|day|week))")  # "won 3-1"
PRESENT = frozenset({"VBZ", "VBP"})  # "is expected to", "are set to"


@cache
def scheduled_verbs() -> frozenset[str]:
    """Participles that, passive with a present "is/are", announce a plan ("is expected
    to visit", "is scheduled to meet"): ``tense.scheduled_verbs`` of data/dates.yaml."""
    return frozenset(str(w) for w in load_data("dates.yaml")["tense"]["scheduled_verbs"])


def is_scheduled(token: Token) -> bool:
    """ "The premier is expected to visit Chile", "is scheduled to meet", "is due to
    travel": the act is the to-infinitive of a present passive verb of scheduling (or
    of an adjective after a present "is"), told as "will" tells it."""
    head = token.head
    if token.dep_ != "xcomp" or not has_to(token) or head is token:
        return False
    present = [c for c in children_of(head) if c.dep_ == "auxpass"]
    if head.dep_ == "acomp" and head.pos_ == "ADJ":  # "is due to": the copula is its head
        present.append(head.head)
    words = {head.lemma_.lower(), head.lower_}
    return bool(words & scheduled_verbs()) and any(a.tag_ in PRESENT for a in present)


class Statements(QuoteStances):
    def is_contest_result(self, token: Token) -> bool:
        """ "The Norland team beat Tarvia 3-1", "Ortiz defeated the mayor in the runoff":
        a win in a game or a vote, told with a contest verb, is no attack.  The score
        sits in the verb's phrase; a contest word heads its subject, object or a phrase
        of "in"/"at" ("during the election rally" is no contest)."""
        if token.lemma_.lower() not in self.lexicon.contest_verbs:
            return False
        phrase = token.doc[token.left_edge.i : token.right_edge.i + 1]
        heads = [subject_of(token), *(c for c in children_of(token) if c.dep_ == "dobj")]
        heads += prep_objects(token, CONTEST_PREPS)
        return bool(SCORE.search(phrase.text)) or any(
            names_one_of(word, self.lexicon.contest_words) for word in heads if word is not None
        )

    def for_clause_request(self, token: Token) -> _Candidate | None:
        """ "Peru called for Chile to withdraw its troops", "the UN appealed for Ethiopia
        to allow aid in": a request verb whose for-to clause names who is asked (the
        clause's subject), or no one ("Fiji called for the exercises to end": cv10, the
        "call for" line never sees a "for" parsed as the clause's mark); not coded: the act."""
        if token.pos_ != "VERB":
            return None
        trigger = self.request_trigger_for(token.lemma_.lower())
        if trigger is None:
            return None
        clause = next((c for c in children_of(token) if is_for_to_clause(c)), None)
        if clause is None:
            return None
        subject = subject_of(token)
        sources = [s for s in self.finder.actors_of(subject) if s is not None] if subject else []
        asked = next(c for c in children_of(clause) if c.dep_ == "nsubj")
        targets = [t for t in self.finder.actors_of(asked) if t is not None and t not in sources]
        if not targets and (not sources or subject is None or subject.pos_ == "PRON"):
            return None  # no one asked: only a named asker ("they called for all to exit")
        self.consumed.update(n.i for n in clause.subtree if n.pos_ in ("VERB", "NOUN"))
        candidate = _Candidate(trigger, token, trigger.type, list(sources), list(targets))
        candidate.negated = is_negated(token)
        return candidate

    def request_trigger_for(self, lemma: str) -> Trigger | None:
        """The REQUEST trigger of a verb asked "for" something ("call for", "appeal")."""
        return next(
            (
                t
                for t in self.lexicon.verbs.get(lemma, ())
                if t.type in self.rules.of_class("requests")
                and not t.objects
                and t.particle in (None, "for")
            ),
            None,
        )

    def is_thing_as_doer(self, candidate: _Candidate) -> bool:
        """ "The pact could threaten the alliance": an active threat whose subject names no
        actor, unless people or forces threaten a named party ("European ministers
        threatened Russia", cv7) or anyone does under --unattributed ("he threatened")."""
        token = candidate.token
        if token.pos_ != "VERB" or candidate.type not in self.rules.of_class("threats"):
            return False  # "gunmen attacked the base": unnamed attackers still attack
        subject = next((c for c in children_of(token) if c.dep_ == "nsubj"), None)
        if subject is None:
            return False  # "Garcia was threatened", "threats against Garcia": no doer told
        someone = is_someone(subject, PEOPLE | self.frames.threat_makers.words)  # "the junta"
        if someone and (self.unattributed or any(candidate.targets)):  # "the military"
            return False
        return not any(a is not None for a in self.finder.actors_of(subject))

    def is_verbal_attack(self, candidate: _Candidate) -> bool:
        """ "attacked the government for failing to curb prices", "attacked the new
        mining policy": an attack verb with a reason ("for" + not a span of time) or
        an object only words can hit."""
        token = candidate.token
        if candidate.trigger.noun or token.lemma_.lower() not in self.lexicon.verbal_attack_verbs:
            return False
        hit = [c for c in children_of(token) if c.dep_ == "dobj"]
        return any(self.is_reason(n) for n in self.for_phrases(token)) or any(
            names_one_of(n, self.lexicon.criticised_things) for n in hit
        )

    @staticmethod
    def for_phrases(token: Token) -> list[Token]:
        """The heads of ``token``'s for-phrases: "for [failing] to …", "for its [reporting]"."""
        return [
            n
            for prep in children_of(token)
            if prep.dep_ == "prep" and prep.lower_ == "for"
            for n in children_of(prep)
            if n.dep_ in ("pobj", "pcomp")
        ]

    def is_reason(self, head: Token) -> bool:
        """A for-phrase that gives a reason, not a span or a count of time ("for
        hours", "for the second time")."""
        counted = any(c.dep_ in ("amod", "nummod") and c.like_num for c in children_of(head))
        ordinal = any(c.tag_ == "JJ" and c.ent_type_ == "ORDINAL" for c in children_of(head))
        return not (names_one_of(head, self.lexicon.spans_of_time) or counted or ordinal)

    def is_foreign_restriction(self, candidate: _Candidate) -> bool:
        """ "The US could impose restrictions on the Chinese firm": restrictions a state
        lays on another country's state or business cut exchanges (PLOVER SANCTION);
        on its own people they stay COERCE."""
        home = {s.country for s in candidate.sources if s is not None and s.country}
        aimed = [t for t in candidate.targets if t is not None]
        return (
            len(home) == 1
            and bool(aimed)
            and all(t.country and t.country not in home for t in aimed)
        )

    def is_domestic_measure(self, candidate: _Candidate) -> bool:
        """ "Nicaraguan measures against opposition journalists in Managua": a
        measure a known state lays on its own country's people coerces them."""
        home = {s.country for s in candidate.sources if s is not None and s.country}
        return any(t is not None and t.country in home for t in candidate.targets)

    def is_expelled_from_body(self, candidate: _Candidate) -> bool:
        """ "Malema was expelled from the ruling party": out of a body one belongs to
        (PLOVER SANCTION expel), not out of a country."""
        left = prep_objects(candidate.token, FROM)
        return any(names_one_of(n, self.lexicon.member_bodies) for n in left)

    def exercise_held(self, candidate: _Candidate) -> Token | None:
        """The exercise noun a trigger holds ("held [drills]", "staged [war-games]",
        "held another round of [drills]", "took part in [drills]")."""
        token = candidate.token
        held = [c for c in children_of(token) if c.dep_ in ("dobj", "nsubjpass")]
        held += [n for c in (token, *held) for n in prep_objects(c, frozenset({"of", "in"}))]
        return next((c for c in held if names_one_of(c, self.lexicon.exercise_nouns)), None)

    def is_solo_exercise(self, candidate: _Candidate) -> bool:
        """ "China held military drills near Taiwan": one side's exercise, no "joint",
        no "with" partner, no second subject (PLOVER: MOBILIZE, not COOPERATE)."""
        exercise = self.exercise_held(candidate)
        if exercise is None or len({s.name for s in candidate.sources if s}) != 1:
            return False
        joint = any(names_one_of(c, self.lexicon.joint_words) for c in children_of(exercise))
        partners = prep_objects(candidate.token, WITH) + prep_objects(exercise, WITH)
        return not joint and not [p for p in partners if p not in self.across_border(p)]

    def across_border(self, word: Token) -> list[Token]:
        """ "near the border with Somalia": the country a border noun's with-phrase names
        (the parse may hang the phrase on the verb), a place, not a partner."""
        prep = word.head
        before = word.doc[prep.i - 1] if prep.i > 0 else prep
        bordered = prep.lower_ in WITH and names_one_of(before, self.lexicon.border_nouns)
        return [word] if bordered else []

    def aim_near(self, candidate: _Candidate) -> None:
        """Whom a show of force is aimed at: "drills near Taiwan" → Taiwan, else no one."""
        token = candidate.token
        exercise = self.exercise_held(candidate)
        near = [
            n
            for holder in (token, exercise)
            if holder is not None
            for n in prep_objects(holder, self.lexicon.aimed_near)
        ]
        near += [owner for n in near for owner in prep_objects(n, OF)]  # "off the coast of Oman"
        near += [  # "near the border with Somalia"
            n
            for holder in (token, *near)
            for n in prep_objects(holder, WITH)
            if self.across_border(n)
        ]
        candidate.targets = [a for n in near for a in self.finder.actors_of(n) if a is not None]
        candidate.unilateral = True

    def asked_for(self, candidate: _Candidate) -> list[Token]:
        """The nouns a request asks for: its object and the objects of its own
        preposition ("called for [the release] of …", "demanded [an end] to …"),
        with the nouns their to- and of-phrases hold ("an end to [the war]")."""
        token = candidate.token
        asked = [c for c in children_of(token) if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        asked += [
            n for n in particle_objects(candidate.trigger.particle, token) if n.pos_ == "NOUN"
        ]
        asked += [n for a in list(asked) for n in prep_objects(a, frozenset({"to", "of"}))]
        if asked:  # "urged the end to a fight …", its to-phrase parsed on the verb
            asked += [n for n in prep_objects(token, frozenset({"to"})) if n.pos_ == "NOUN"]
        return asked

    def suffered_by_targets(self, candidate: _Candidate) -> list[Entity]:
        """The targets that would suffer what a request asks for ("Vong" of "called
        for Vong's release", "the release of Marc Dubois"), not its addressees."""
        owners = [
            o
            for noun in self.asked_for(candidate)
            if noun.lemma_.lower() in self.lexicon.patient_nouns
            for o in [
                *(c for c in children_of(noun) if c.dep_ == "poss"),
                *prep_objects(noun, frozenset({"of"})),
            ]
        ]
        suffering = {e.name for o in owners for e in self.finder.actors_of(o) if e is not None}
        return [t for t in candidate.targets if t is not None and t.name in suffering]

    def sides_asked_of(self, candidate: _Candidate) -> list[Entity]:
        """The parties of a between-phrase in what a request asks for ("an end to the
        war between Canada and Mexico", "… to the fight over wine between A and B")."""
        asked = self.asked_for(candidate)
        asked += [n for a in list(asked) for n in prep_objects(a, ABOUT) if n.pos_ == "NOUN"]
        sides = [o for noun in asked for o in prep_objects(noun, frozenset({"between"}))]
        found = [e for o in sides for e in self.finder.actors_of(o) if e is not None]
        return [e for i, e in enumerate(found) if e not in found[:i] and e not in candidate.sources]

    def offered_clause(self, candidate: _Candidate) -> Token | None:
        """The object noun of an offer with its own to-clause ("expressed [willingness]
        to help Chile"), if the trigger names its object."""
        if not candidate.trigger.objects:
            return None
        return next(
            (
                c
                for c in children_of(candidate.token)
                if c.dep_ == "dobj" and c.lemma_.lower() in candidate.trigger.objects
                if any(a.dep_ == "acl" and has_to(a) for a in children_of(c))
            ),
            None,
        )

    def leaders_of_subject(self, candidate: _Candidate) -> list[Entity]:
        """Who leads the unnamed subject ("senators led by Ana Castillo", "a delegation
        headed by the Kenyan foreign minister"), of the trigger or of the verb its
        participle clause hangs on ("wrote to X, urging him …")."""
        token = candidate.token
        subject = subject_of(token)
        if subject is None and token.dep_ in ("advcl", "conj", "xcomp"):
            subject = subject_of(token.head)
        if subject is None:
            return []
        heads = [subject, *prep_objects(subject, frozenset({"of"}))]  # "a group of senators"
        led = [c for h in heads for c in children_of(h) if c.lemma_.lower() in LEADING]
        found = [e for c in led for a in by_phrase(c) for e in self.finder.actors_of(a)]
        return [e for e in found if e is not None]

    def is_state_participle(self, candidate: _Candidate) -> bool:
        """ "Lai stands accused of sedition", "the party remains banned": the trigger's
        participle completes a verb of being, a passive told as a state."""
        token = candidate.token
        return (
            token.tag_ == "VBN"
            and token.dep_ in ("acomp", "oprd", "advcl", "xcomp")
            and token.i == token.head.i + 1  # "stands charged", however it is parsed
            and token.head.lemma_.lower() in STATE_VERBS
        )

    def received(self, token: Token) -> _Candidate | None:
        """A stance received from a named giver (``Constructions.received``), else
        charges faced: "Mendoza faces charges of sedition", "the former minister is
        facing trial on corruption charges" is ACCUSE (allege) of the one who faces
        them, by no one named."""
        found = super().received(token)
        if found is not None or token.pos_ != "VERB":
            return found
        if token.lemma_.lower() not in judgement_phrases().facing_verbs:
            return None
        charges = judgement_phrases().charges_faced
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in charges for c in children_of(token)):
            return None
        subject = subject_of(token)
        accused = [e for e in self.finder.actors_of(subject) if e is not None] if subject else []
        if not accused:
            return None
        trigger = self.coded_trigger("charges_faced", token)
        return _Candidate(trigger, token, trigger.type, [], list[Entity | None](accused))

    def is_future_tense(self, candidate: _Candidate) -> bool:
        """ "Japan will give Laos a grant", "Portugal said it would support Moldova": the
        trigger's own future auxiliary, the act not told as conditional ("would supply
        helicopters if the talks failed") nor as a plan ("plans to send aid")."""
        token = candidate.token
        auxiliaries = {c.lower_ for c in children_of(token) if c.dep_ == "aux"}
        if not auxiliaries & self.lexicon.future_aux and not is_scheduled(token):
            return False
        conditional = self.lexicon.hypothetical_aux | self.lexicon.hypothetical_marks
        return not any(
            c.dep_ in ("aux", "mark") and c.lower_ in conditional
            for node in modal_chain(token)[:3]
            for c in children_of(node)
        )

    # --- operations ---------------------------------------------------------------------

    def doer_as_target(self, candidate: _Candidate) -> None:
        """ "The EU called for Vong's release": asked of whoever holds Vong
        (``ImplicitSides.holder_asked``), never of Vong."""
        victims = self.suffered_by_targets(candidate)
        kept = [t for t in candidate.targets if t not in victims]
        holders = self.implicit.holder_asked(candidate.token, victims, candidate.sources)
        candidate.targets = kept + [h for h in holders if h not in kept]

    def sides_as_targets(self, candidate: _Candidate) -> None:
        candidate.targets = list(self.sides_asked_of(candidate))

    def leader_as_source(self, candidate: _Candidate) -> None:
        if not any(candidate.sources):
            candidate.sources = list[Entity | None](self.leaders_of_subject(candidate))

    def offered_targets(self, candidate: _Candidate) -> None:
        """ "Peru expressed willingness to help Chile": Chile, the first party the
        offered act names (the act itself is not coded: it has not happened)."""
        noun = self.offered_clause(candidate)
        if noun is not None and not candidate.targets:  # "A and B reached a consensus to …"
            candidate.targets = self.embedded_targets(noun, candidate.sources, ACL)

    def subject_as_target(self, candidate: _Candidate) -> None:
        """The subject of "stands accused" suffers the act; its doer is the by-phrase."""
        subject = subject_of(candidate.token.head)
        suffering = [e for e in self.finder.actors_of(subject) if e is not None] if subject else []
        if not suffering:
            return
        doers = [e for a in by_phrase(candidate.token) for e in self.finder.actors_of(a)]
        candidate.sources = [d for d in doers if d is not None and d not in suffering]
        candidate.targets = list[Entity | None](suffering)

    def promise(self, candidate: _Candidate) -> None:
        """ "Trump said he will help": the promise stands with no partner named."""
        candidate.unilateral = not any(candidate.targets)


def is_for_to_clause(clause: Token) -> bool:
    """ "[for Chile to withdraw]": a clause marked "for" with a subject and "to"."""
    children = list(children_of(clause))
    return (
        clause.dep_ in ("advcl", "ccomp", "xcomp")
        and any(c.dep_ == "mark" and c.lower_ == "for" for c in children)
        and any(c.dep_ == "nsubj" for c in children)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
    )
