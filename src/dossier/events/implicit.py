"""Sides the words leave implicit: the state behind an unnamed arrest, the holder a
call for someone's release is aimed at.

"The editor was arrested in Lagos", "a court sentenced her", "authorities charged
him": only a state arrests, sentences and charges, so an act of ``state_acts``
(``data/coref.yaml``) whose doer is unnamed or a bare organ of the state
(``state_bodies``) is the state's: whoever held the same person before, else the
country of the place it happened in, else the article's main country.  "Amnesty
called for the reporter's release" asks whoever holds the reporter, not the reporter.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.coref_words import coref_words
from dossier.event_actors import ActorFinder
from dossier.events.memory import ArticleMemory
from dossier.events.setting import EventSetting
from dossier.models import Entity
from dossier.places import gazetteer, place_key
from dossier.syntax.passives import by_phrase, is_passive
from dossier.syntax.phrases import prep_objects
from dossier.syntax.subjects import subject_of
from dossier.syntax.tree import children_of

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["ImplicitSides", "is_reduced_passive"]

Actors = list[Entity | None]
HOLDER_SECTORS = frozenset({"GOV", "MIL", "JUD"})  # sectors of a state's organs


class ImplicitSides:
    """The sides one article's words leave implicit (see the module docstring)."""

    def __init__(self, finder: ActorFinder, memory: ArticleMemory, setting: EventSetting) -> None:
        self.finder = finder
        self.memory = memory
        self.setting = setting
        self.words = coref_words()

    def state_doer(self, token: Token, targets: Actors) -> Actors:
        """The state behind an arrest, sentence or charge no one is named doing."""
        if token.lemma_.lower() not in self.words.state_acts or not self.doer_is_unnamed(token):
            return []
        victims = [t for t in targets if t is not None]
        placed = self.named_state_where(token) if not victims else None
        if not victims and placed is None and not self.has_state_body_doer(token):
            return []  # "79 protesters were arrested": no one and nowhere named
        policing = token.lemma_.lower() in self.words.police_acts
        state = placed or self.state_behind(token, victims, policing=policing)
        if state is not None and policing and not self.is_police(state):
            state = self.police_of(state) or state  # "was arrested": by its police, if named
        return [state] if state is not None and state not in victims else []

    def named_state_where(self, token: Token) -> Entity | None:
        """The country of a place named on the act itself ("79 protesters were arrested
        in Minsk", "his detention in Iran"): the state that holds those no name is given
        for. Never the article's main country, which names no place of this act."""
        for obj in prep_objects(token, self.finder.lexicon.place_preps):
            place = self.setting.place_named(obj, [])
            code = country_of_place(place) if place is not None else None
            if code is not None:
                return self.finder.country_entity(code)
        return None

    def police_for_court(self, token: Token, sources: Actors) -> bool:
        """Is a police force given as the doer of a sentence or conviction (by what it
        did to the same person before)?  Police arrest; the state sentences."""
        lemma = token.lemma_.lower()
        judicial = lemma in self.words.state_acts and lemma not in self.words.police_acts
        return judicial and bool(sources) and all(s and self.is_police(s) for s in sources)

    def is_police(self, entity: Entity) -> bool:
        words = {w for w, kind in self.finder.lexicon.state_forces.items() if kind == "police"}
        return entity.type == "ORG" and bool({w.lower() for w in entity.name.split()} & words)

    def police_of(self, state: Entity) -> Entity | None:
        """The police force of ``state`` the article names most ("the National Police")."""
        forces = [
            e
            for e in self.finder.by_id.values()
            if self.is_police(e) and e.country in (None, state.country)
        ]
        return max(forces, key=lambda e: len(e.mentions)) if forces else None

    def doer_is_unnamed(self, token: Token) -> bool:
        """Has the act no doer, or only a bare organ of the state ("a court", "police")?"""
        doers = list(by_phrase(token))
        if token.pos_ in ("VERB", "AUX") and not (is_passive(token) or is_reduced_passive(token)):
            subject = subject_of(token)
            doers += [subject] if subject is not None else []
        return all(d.lemma_.lower() in self.words.state_bodies for d in doers)

    def has_state_body_doer(self, token: Token) -> bool:
        """ "Police arrested 79 protesters": a bare organ of the state as the subject."""
        subject = subject_of(token) if token.pos_ in ("VERB", "AUX") else None
        return subject is not None and subject.lemma_.lower() in self.words.state_bodies

    def holder_of(self, victims: list[Entity]) -> Entity | None:
        """The state that last arrested or attacked every one of ``victims``, if one did."""
        found = self.memory.doer_of(list[Entity | None](victims))
        holder = self.finder.as_actor(found[0], spatial=False) if found else None
        if holder is None or not (holder.type == "GPE" or holder.sector in HOLDER_SECTORS):
            return None
        return holder

    def state_behind(
        self,
        token: Token,
        victims: list[Entity],
        excluded: Actors | None = None,
        *,
        policing: bool = True,
    ) -> Entity | None:
        """The state behind a deed done to ``victims`` with no doer named ("was arrested
        in Minsk", "was granted asylum in Spain"): whoever last held them, else the
        state where it happened; never one of the victims or of ``excluded`` (where a
        deportee was sent).  A police force that held them does not sentence them
        (``policing`` False).  The one rule both the coder (``state_doer``) and the
        events read after their sentence (``PlaceRoles.with_state_source``) apply."""
        holder = self.holder_of(victims)
        if holder is not None and self.is_police(holder) and not policing:
            holder = None  # arrested by the police, sentenced by the state
        state = holder or self.state_where(token, victims)
        if state is None or state in victims or state in (excluded or []):
            return None
        return state

    def state_where(self, token: Token, victims: list[Entity]) -> Entity | None:
        """The country of the place the act happened in, else the article's main one."""
        place = self.setting.place_of(token, list[Entity | None](victims))
        code = country_of_place(place) if place is not None else None
        country = self.finder.country_entity(code) if code else None
        return country or self.finder.states.main_country()

    def holder_asked(self, token: Token, victims: list[Entity], sources: Actors) -> Actors:
        """Whom a request for an act ``victims`` would suffer is made to ("called for
        Lai's release", "demanded an end to Vong's detention"): whoever the article told
        did it to them, else, for people, their own state, else the state where they
        are; never the victims nor the one asking (the rewrite rule "asking for an act
        a party would suffer asks whoever does it", data/events/rewrites.yaml)."""
        doers = [d for d in self.memory.doer_of(list[Entity | None](victims)) if d is not None]
        people = [v for v in victims if v.type == "PERSON"]
        if not doers and people:
            held = self.home_of(people) or self.state_where(token, people)
            doers = [held] if held is not None and held not in sources else []
        return [d for i, d in enumerate(doers) if d not in victims + doers[:i] and d not in sources]

    def home_of(self, people: list[Entity]) -> Entity | None:
        """The one state all of ``people`` belong to, if the article says it."""
        codes = {p.country for p in people}
        code = codes.pop() if len(codes) == 1 else None
        return self.finder.country_entity(code) if code and len(code) == 3 else None


def country_of_place(place: Entity) -> str | None:
    """The ISO3 code of the country a named place is in: its own, else the one country
    the gazetteer knows a place of that name in ("Kano": Nigeria)."""
    if place.type not in ("GPE", "LOC"):
        return None
    if place.country and len(place.country) == 3:
        return place.country
    codes = {c.country for c in gazetteer().names.get(place_key(place.name), ())}
    return codes.pop() if len(codes) == 1 else None


REDUCED_PASSIVE_DEPS = frozenset({"advcl", "acomp", "oprd", "xcomp"})
OWN_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "expl", "csubj"})


def is_reduced_passive(token: Token) -> bool:
    """Is ``token`` a passive participle with no subject or auxiliary of its own, hung on
    a clause whose subject it is said of ("If convicted, he …", "stands accused of")?
    (A fronted participle with no doer, "Pressed on the point, …", is the coder's
    ``is_fronted_participle_without_doer``.)"""
    return (
        token.tag_ == "VBN"
        and token.dep_ in REDUCED_PASSIVE_DEPS
        and token.head.pos_ in ("VERB", "AUX")
        and token.head.lemma_ != "be"  # "is opposed to X": a state the subject is in
        and not any(c.dep_ in OWN_SUBJECT_DEPS for c in children_of(token))
    )


def is_fronted_participle_without_doer(token: Token) -> bool:
    """ "Pressed on the timing of the vote, …", "Encouraged by the reception, …": a participle
    clause before its head, with neither its own subject nor a named doer, names no one
    asking anyone.  (A reduced passive said of its head's subject, "If convicted, he …",
    is ``implicit.is_reduced_passive``.)"""
    return (
        token.tag_ == "VBN"
        and token.dep_ == "advcl"
        and token.i < token.head.i  # fronted: "Pressed on the point, the minister said"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children_of(token))
        and not any(o.pos_ == "PROPN" for a in by_phrase(token) for o in a.subtree)
    )
