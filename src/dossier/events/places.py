"""Place roles: the country or place a trigger acts on when no actor is named.

The place an object stands in, the country across a border, the country whose
mission a protest stands at, the country of a power seizure, the country foreign
forces leave; the state an unattributed arrest or release is told of, the state a
protest with no named target is against, and leaving that leaves no place. A state
named as the one protesting makes a complaint, not a demonstration (``has_state_subject``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dossier.events.implicit import country_of_place
from dossier.events.roles import RoleFinding
from dossier.events.setting import is_place
from dossier.events.state import (
    _Candidate,
)
from dossier.events.triggers import Trigger
from dossier.models import Entity, Event
from dossier.syntax.passives import by_phrase, is_passive
from dossier.syntax.phrases import prep_objects
from dossier.syntax.subjects import subject_of
from dossier.syntax.tree import children_of
from dossier.syntax.words import WORDS, lemmas, names_one_of

LOCATING_PREPS = frozenset({"in", "from", "at", "near", "inside"})  # "suspects in Tumbes"
INTO = frozenset({"into"})  # "fired rockets into Israel": where a strike lands, beside place_preps

if TYPE_CHECKING:
    from spacy.tokens import Token


class PlaceRoles(RoleFinding):
    def mission_country(self, token: Token, exclude: list[Entity | None]) -> list[Entity | None]:
        """ "rallied outside the US embassy", "marched to the Pakistani consulate": a
        protest at a country's mission is against that country."""
        for prep in children_of(token):  # "marched through the centre of the capital
            for obj in prep.subtree if prep.dep_ == "prep" else ():  # towards the embassy"
                if obj.dep_ == "pobj" and names_one_of(obj, self.lexicon.missions):
                    found = [a for a in self.finder.actors_of(obj) if a and a not in exclude]
                    if found:
                        return list[Entity | None](found)
        return []

    def seized_home_country(
        self, token: Token, sources: list[Entity | None]
    ) -> list[Entity | None]:
        """ "the military took power", "since the Taliban takeover": power is seized in
        the seizer's own country, which is what is coerced."""
        words = lemmas(token) | {
            w for c in children_of(token) if c.dep_ == "dobj" for w in lemmas(c)
        }
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

    def country_left_or_struck(
        self, candidate: _Candidate, sources: list[Entity | None]
    ) -> list[Entity | None]:
        """The country a retreat leaves (``country_left``) or a foreign attack strikes
        (``country_struck``), for an event that names no target."""
        if candidate.type in self.rules.of_class("retreats"):
            return self.country_left(candidate, sources)
        if candidate.type in self.rules.of_class("assaults"):
            return self.country_struck(candidate, sources)
        if candidate.type in self.rules.of_class("arriving_aid"):  # "aid arrived in Suva"
            return self.aid_destination(candidate.token, sources)
        return [None]

    def aid_destination(self, token: Token, sources: list[Entity | None]) -> list[Entity | None]:
        """The state aid told as arriving or delivered went to (read by
        ``recall.RecalledRoles`` with events/gatherings_told.py); [None] here."""
        return [None]

    def country_struck(
        self, candidate: _Candidate, sources: list[Entity | None]
    ) -> list[Entity | None]:
        """ "Israeli jets struck targets in Syria", "Indian warplanes struck a camp inside
        Pakistan": a state's attack on no named party, in a country not its own, is an
        attack on that country (lead probes: the Red Sea, Balakot, the Sahel)."""
        theirs = {s.country for s in sources if s is not None and s.type == "GPE"}
        if not theirs or None in sources:
            return [None]
        token = candidate.token
        heads = [token, *(c for c in children_of(token) if c.dep_ == "dobj")]
        places = [
            obj
            for head in heads
            for prep in children_of(head)
            if prep.dep_ == "prep" and prep.lower_ in self.lexicon.place_preps | INTO
            for obj in children_of(prep)
            if obj.dep_ == "pobj"
        ]
        named = {e.country for p in places for e in self.finder.actors_of(p) if e is not None}
        codes = {c for c in named if c and len(c) == 3 and c not in theirs}
        if len(codes) != 1:
            return [None]
        struck = self.finder.states.country_entity(codes.pop())
        return [struck] if struck is not None else [None]

    def country_left(
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
            for prep in children_of(candidate.token)
            if prep.dep_ == "prep" and prep.lower_ in ("from", "out")
            for obj in prep.subtree
            if obj.dep_ == "pobj"
            for a in self.finder.actors_of(obj)
        ]
        if any(a is not None and a.country in theirs for a in named):
            return [None]  # "Afghan personnel fled from Afghanistan": their own country
        # forces pull out of the country the story is about even when their own country
        # is named more often; a person leaving is another matter ("Ghani left")
        country = self.finder.states.main_country(besides=frozenset() if people else theirs)
        if country is None or any(
            s is not None and (s.name == country.name or s.country == country.country)
            for s in sources
        ):
            return [None]
        return [country]

    def is_state_deed(self, candidate: _Candidate) -> bool:
        """Whether the candidate's mode is one only a state acts in: an arrest, a
        deportation, a sentence, a release (``state_deed_modes``)."""
        trigger = candidate.trigger
        mode = trigger.mode if trigger.type == candidate.type else candidate.mode
        return mode in self.lexicon.state_deed_modes

    def placed_grantor(self, candidate: _Candidate) -> list[Entity | None]:
        """ "He was given asylum in Russia", "some were granted asylum in Spain":
        a grant of a type of the class ``placed_grants`` (data/events/rewrites.yaml) told
        with neither its giver nor a recipient the text names is the act of the state of
        the place named on it (PLOVER AID: asylum given on a state's territory)."""
        if candidate.type not in self.rules.of_class("placed_grants"):
            return []
        # the place on the grant's object counts as on the verb: the parse hangs "in
        # Chile" on "asylum" in "was granted asylum in Chile in 2019" (issue 16, cv8;
        # silver training spans: 5 of 150 sampled AID spans missed for it)
        objects = [c for c in children_of(candidate.token) if c.dep_ == "dobj"]
        for holder in (candidate.token, *objects):
            state = self.implicit.named_state_where(holder)
            if state is not None:
                return [state]
        return []

    def with_state_source(self, event: Event) -> Event:
        """ "Journalist Pavel Orlov was arrested in Minsk", "has been held in Hong Kong
        since 2020": an arrest, a deportation, a sentence, a release or a grant of asylum
        told without its doer (or by "authorities", "a court") is the act of the state
        behind it (``ImplicitSides.state_behind``: who held the same person before, else
        the state where it happened).  Read after the sentence's events are settled, so
        that a doer told elsewhere in the sentence ("wanted by the FBI … his arrest")
        keeps the event as one."""
        if event.source is not None or event.target is None:
            return event
        if event.mode not in self.lexicon.state_deed_modes:
            return event
        span = self.doc.char_span(*event.trigger_span)
        if span is None or self.has_unlisted_doer(span[0], event.target):
            return event  # "unknown gunmen detained the blogger": a doer, not the state
        victim = self.finder.by_id.get(event.target_id or "")
        victims = [victim] if victim is not None else []
        policing = span[0].lemma_.lower() in self.implicit.words.police_acts
        state = self.implicit.state_behind(
            span[0], victims, self.destinations(span[0]), policing=policing
        )
        if state is None or state.name == event.target:
            return event  # "Chileans detained in Chile", "deported to Ghana": whose, unsaid
        return replace(
            event,
            source=state.name,
            source_id=state.id or None,
            source_country=state.country,
            source_sector=state.sector,
        )

    def has_unlisted_doer(self, token: Token, target: str) -> bool:
        """Does the deed at ``token`` name a doer that is no actor ("unknown gunmen
        detained him")?  The one held as subject ("Ruiz remains in jail") is none."""
        if self.implicit.doer_is_unnamed(token):
            return False
        subject = subject_of(token)
        held = subject is not None and any(
            a is not None and a.name == target for a in self.finder.actors_of(subject)
        )
        return not held

    def destinations(self, token: Token) -> list[Entity | None]:
        """Whom the to/into phrases of ``token`` name: where someone was sent."""
        return [
            a
            for obj in prep_objects(token, self.preps.destination)
            for a in self.finder.actors_of(obj)
        ]

    def place_of_deed(self, token: Token, targets: list[Entity | None]) -> Entity | None:
        """The place named in the deed's own in/at phrase, or in that of what it is
        done in: "arrested in Minsk", "held in a cell in Gao"; or the way it goes
        (``preps.route``): "marched through Chisinau", "the streets of Tegucigalpa"."""
        holders = [token, *(o for o in children_of(token) if o.dep_ in ("dobj", "prep"))]
        holders += [
            o for h in holders if h.dep_ == "prep" for o in children_of(h) if o.dep_ == "pobj"
        ]
        preps = self.lexicon.place_preps | self.preps.route
        for holder in holders:
            for obj in prep_objects(holder, preps):
                place = self.setting.place_named(obj, targets)
                if place is not None:
                    return place
        return None

    def protest_against_state(
        self, candidate: _Candidate, sources: list[Entity | None]
    ) -> tuple[list[Entity | None], list[Entity | None]]:
        """ "Thousands of protesters marched in Lima", "Sudanese took to the streets": a
        protest with no one named as its target is against the state where it happens
        (the country of its place, a town's the one the gazetteer knows it in, else the
        protesters' own country when a nationality names them); that country is then
        no longer among those protesting."""
        place = self.place_of_deed(candidate.token, [])
        code = country_of_place(place) if place is not None else None  # "in Yangon" (cv7)
        state = self.finder.country_entity(code) if code else None
        own = [s for s in sources if s is not None and s.type == "GPE" and s.country]
        if state is None and own:
            state = self.finder.country_entity(own[0].country or "")
        if state is None:
            return sources, [None]
        kept = [s for s in sources if s is None or s.country != state.country or s.type != "GPE"]
        return kept or [None], [state]

    def is_left_by_a_deed(self, trigger: Trigger, token: Token) -> bool:
        """ "The takeover left millions without work", "the pullout left the country in
        chaos", "Afghanistan is left alone": a departure verb whose subject is a deed or
        a departure (or a passive "was left") tells what it caused, no one leaving."""
        if trigger.type not in self.rules.of_class("retreats"):
            return False
        if trigger.lemma not in self.lexicon.departures or trigger.objects or trigger.particle:
            return False
        subject = subject_of(token)
        if subject is not None and subject.pos_ == "NOUN":
            lemma = subject.lemma_.lower()
            if self.is_deed_noun(subject) or lemma in self.lexicon.departures:
                return True
        if token.lemma_.lower() != "leave":
            return False
        if is_passive(token):
            return not by_phrase(token)
        return self.leaves_no_place(token)

    def leaves_no_place(self, token: Token) -> bool:
        """ "left him cornered", "is leaving a door open", "leaves the policy": leaving
        that puts something in a state, or leaves what is no place, is no departure."""
        if any(c.dep_ in ("oprd", "acomp", "ccomp", "xcomp") for c in children_of(token)):
            return True
        left = next((c for c in children_of(token) if c.dep_ == "dobj"), None)
        if left is None:
            return False
        if names_one_of(left, self.lexicon.place_descriptions | self.lexicon.missions):
            return False
        return not any(
            a is not None and a.type in ("GPE", "LOC") for a in self.finder.actors_of(left)
        )

    def states_of_located_people(
        self, candidate: _Candidate, sources: list[Entity | None]
    ) -> list[Entity | None]:
        """ "detained two suspects in the port of Tumbes", "the kidnapping of 80 pupils
        from a school in Gusau": people no name marks (``located_people``), whom the
        in/from phrase only places, are the town's state (Peru, Nigeria), not the town,
        which stays the event's place; none when that state is the doer's own ("Peruvian
        police detained two suspects in Tumbes": Peru on no one named).  A town whose
        state is unknown stays the side told ("airstrikes killed 20 people in Gaza")."""
        own = {s.country for s in sources if s is not None and s.country}
        targets: list[Entity | None] = []
        for target in candidate.targets:
            located = target is not None and self.places_people(candidate.token, target)
            code = country_of_place(target) if located and target is not None else None
            state = self.finder.country_entity(code) if code and code not in own else None
            own_state = bool(code and code in own)  # "Peruvian police … in Tumbes": no one
            found = state if state is not None or own_state else target  # else the town
            if found not in targets:
                targets.append(found)
        return targets

    def sentence_pobjs(self, token: Token) -> list[tuple[Token, list[Entity | None]]]:
        """The prepositions' objects of ``token``'s sentence, each with the actors it stands
        for, in text order; read once per sentence (``places_people`` asks at every target
        of every event there, and the actors of a word do not change while coding)."""
        sentence = token.sent
        found = self.pobjs_by_sentence.get(sentence.start)
        if found is None:
            found = [(w, self.finder.actors_of(w)) for w in sentence if w.dep_ == "pobj"]
            self.pobjs_by_sentence[sentence.start] = found
        return found

    def places_people(self, token: Token, place: Entity) -> bool:
        """Is ``place`` a town or region (no state) named in the sentence of ``token`` only
        in the in/from phrase of unnamed people there ("pupils from a school in Gusau"),
        none of them the trigger's doer?"""
        if not is_place(place) or self.finder.states.is_country(place):
            return False
        held = False
        naming = [w for w, actors in self.sentence_pobjs(token) if place in actors]
        for word in naming:
            if any(w.i != word.i and w in naming for w in word.subtree):
                continue  # "suspects in the town of Tumbes": read at its deepest phrase
            people = located_holder(word, self.lexicon.place_descriptions)
            if people is None or people.lemma_.lower() not in self.lexicon.located_people:
                if word.head.lower_ == "of" and names_one_of(
                    word.head.head, self.lexicon.place_descriptions
                ):
                    continue  # "the border town of Tumbes": the town's own name
                return False  # named as a place of its own: "attacked Kano", "in Kano"
            if people.dep_ == "nsubj" and people.head.i == token.i:
                return False  # "settlers in Hebron attacked …": the doers' place
            held = True
        return held


def located_holder(place: Token, descriptions: frozenset[str]) -> Token | None:
    """The noun whose in/from phrase holds ``place`` (a pobj), climbing through the
    places it is in ("pupils from a school in Gusau": pupils), or None when a verb
    holds it."""
    word = place
    for _ in range(4):
        prep = word.head
        holder = prep.head
        if prep.dep_ == "prep" and holder.pos_ == "VERB" and prep.lower_ in LOCATING_PREPS:
            done_to = [c for c in children_of(holder) if c.dep_ in ("dobj", "nsubjpass")]
            return done_to[0] if done_to else None  # "took 80 pupils from a school in X"
        if prep.dep_ != "prep" or holder.pos_ not in ("NOUN", "PROPN"):
            return None
        if prep.lower_ == "of" and names_one_of(holder, descriptions):
            word = holder  # "the town of Tumbes"
        elif prep.lower_ in LOCATING_PREPS:
            if holder.dep_ != "pobj" or holder.head.lower_ not in LOCATING_PREPS:
                return holder
            word = holder  # "a school in Gusau" in "pupils from a school in Gusau"
        else:
            return None
        if word.dep_ != "pobj":
            return None
    return None


def has_state_subject(coder: PlaceRoles, candidate: _Candidate) -> bool:
    """ "China protested", "Manila protested the blockade": a country named by its own
    or its capital's name protests by a complaint (PLOVER ACCUSE), not by a crowd in the
    street; a nationality ("Sudanese took to the streets") names the crowd."""
    token = candidate.token
    if candidate.trigger.noun or token.lemma_.lower() not in WORDS.complaint_verbs:
        return False
    subject = subject_of(token)
    if subject is None or is_passive(token):
        return False
    if subject.pos_ != "PROPN" or subject.ent_type_ != "GPE":
        return False
    states = coder.finder.states
    return any(a is not None and states.is_country(a) for a in coder.finder.actors_of(subject))
