"""What an actor is for an event, and whose side it is on: ``ActorSides``.

A capital named as an actor is its country ("Washington signed"), a head of state's
residence the head the article names ("a visit to the White House"); "we" said by a
person speaks for the body or country the person belongs to; and only those who may
speak for a state (officials, the military, courts) keep their own country out of
their targets, so an opposition leader, a journalist or an NGO criticising their own
government aims at it.  ``ActorFinder`` (``dossier.event_actors``) builds on these.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from typing import TYPE_CHECKING

from dossier.cluster_repairs import building_names
from dossier.coref_words import coref_words
from dossier.lexicon import load_lexicon, name_key
from dossier.models import Entity
from dossier.places import capital_country

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dossier.events.triggers import EventLexicon
    from dossier.lexicon import ActorLexicon
    from dossier.mentions import EntityIndex

__all__ = [
    "STATE_SECTORS",
    "ActorSides",
    "ArticleStates",
    "leader_countries",
    "speaks_for_state",
]

WORDS = coref_words()  # data/coref.yaml
STATE_SECTORS = WORDS.official_sectors | {"JUD"}  # a prosecutor acts for the state too


class ActorSides:
    """The side an actor stands on: its body or country, what it is as an event's
    actor, and the countries it speaks for."""

    by_id: dict[str, Entity]
    by_name: dict[str, Entity]
    by_country: dict[str, Entity]
    states: ArticleStates
    index: EntityIndex
    lexicon: EventLexicon

    def group_of(self, person: Entity) -> Entity:
        """ "we" said by a person speaks for the body or country the person belongs to;
        a rebel leader's "we" is not his country's, and a body's (said by its spokesman:
        "we will keep working with the DOJ") is its own, not its country's."""
        if person.type == "ORG":
            return person
        for role in person.roles:
            body = self.by_name.get(role.of or "")
            if body is not None:
                return body
        if person.sector == "REB":
            return person
        if person.country and person.country in self.by_country:
            return self.by_country[person.country]
        return person

    def spoken_for(self, person: Entity) -> Entity:
        """Whom a person's "our country" stands for: ``group_of``; for an
        official whose body and country the article leaves unsaid ("'They are attacking
        our country,' government spokesman X said"), the article's main country."""
        group = self.group_of(person)
        if group is person and person.country is None and person.sector in STATE_SECTORS:
            return self.states.main_country() or person
        return group

    def as_actor(self, entity: Entity | None, *, spatial: bool) -> Entity | None:
        """An entity as an event's actor: a capital named as an actor is its country
        ("Washington signed"); a town is a target only of spatial events ("seized Kunduz");
        a head of state's residence is the head the article names ("a visit to the White
        House": the President)."""
        resident = self.resident_of(entity) if entity is not None else None
        return resident or self.states.as_actor(entity, spatial=spatial)

    def resident_of(self, building: Entity) -> Entity | None:
        """The one person the article names as president (else prime minister, …) of the
        country whose leader lives in ``building`` (``buildings`` in actors.yaml)."""
        if building.type != "LOC" or name_key(building.name) not in building_names():
            return None
        people = [e for e in self.by_id.values() if e.type == "PERSON" and e.roles]
        for title in WORDS.resident_titles:
            heads = [
                p
                for p in people
                if p.country == building.country and any(title in r.title.lower() for r in p.roles)
            ]
            if heads:
                return heads[0] if len(heads) == 1 else None
        return None

    def home_names(self, people: list[Entity | None]) -> set[str]:
        """The countries people (and ministries, armies) speak and act for: a
        statesman's words about his own country are not an act towards it.  Someone
        known to stand outside the state (an opposition politician, a journalist, a
        rights group's lawyer, a business lobbyist) speaks for no country: "Opposition
        leader Rosa Vidal accused the Bolivian government" is aimed at Bolivia."""
        names = set()
        for person in people:
            official = (
                person is not None
                and person.type == "ORG"
                and person.sector in WORDS.official_sectors
            )
            if person is None or (person.type != "PERSON" and not official):
                continue
            group = self.group_of(person)
            state = speaks_for_state(person)
            if group is not person and (state or group.type != "GPE"):
                names.add(group.name)  # his party, ministry or (an official's) country
            if not state:
                continue
            code = person.country or leader_countries().get(person.name.split()[-1])
            home = self.country_entity(code) if code else None
            if home is not None:
                names.add(home.name)
        return names

    def serves(self, body: Entity | None, people: list[Entity | None]) -> bool:
        """Is ``body`` a ministry or army of the country one of ``people`` leads or
        speaks for (an order or request inside one government, not between actors)?"""
        if body is None or body.type != "ORG" or body.sector not in WORDS.official_sectors:
            return False
        return any(
            p is not None and p.type == "PERSON" and p.country and p.country == body.country
            for p in people
        )

    def administration_country(self, token: Token) -> Entity | None:
        """ "the Biden administration", "the Khan government": the country the named
        leader governs (his own country, or the one the actor list gives his name);
        also for its people ("Biden administration officials", ``state_bodies``)."""
        lefts = [c for c in token.lefts if c.dep_ == "compound"]
        if token.lemma_.lower() in WORDS.state_bodies:  # the parse joins all three flat
            administrations = self.lexicon.administrations
            body = next((c for c in lefts if c.lemma_ in administrations), token)
            lefts = [c for c in lefts if c.i < body.i] + [c for c in body.lefts if c.i < body.i]
            token = body
        if token.lemma_.lower() not in self.lexicon.administrations:
            return None
        for child in lefts:
            if child.dep_ != "compound" or child.pos_ != "PROPN":
                continue
            for _, _, leader in self.index.covering(child.idx, child.idx + len(child.text)):
                if leader.type != "PERSON":
                    continue
                code = leader.country or leader_countries().get(leader.name.split()[-1])
                return self.country_entity(code) if code else None
        return None

    def country_entity(self, code: str) -> Entity | None:
        return self.states.country_entity(code)


class ArticleStates:
    """The states of one article: the entity for a country code, a capital named as an
    actor as its state, and the article's main country (the one its entities belong to
    most, by mentions), read from the same entity index the coreference stage reads."""

    def __init__(self, index: EntityIndex, lexicon: ActorLexicon) -> None:
        self.index = index
        self.lexicon = lexicon
        self.by_country = {
            e.country: e
            for e in index.entities
            if e.type == "GPE" and e.country and e.name == lexicon.country_names.get(e.country)
        }
        self._ranked: list[str] | None = None

    def country_entity(self, code: str) -> Entity | None:
        """The article's entity for a state, or one made for it (id "") if unnamed."""
        if code in self.by_country:
            return self.by_country[code]
        name = self.lexicon.country_names.get(code)
        return Entity(id="", name=name, type="GPE", country=code) if name else None

    def as_actor(self, entity: Entity | None, *, spatial: bool = False) -> Entity | None:
        """An entity as an actor: a capital named as an actor is its state ("Washington
        signed"); a town is an actor only of spatial events ("seized Kunduz")."""
        if entity is None or entity.type not in ("GPE", "LOC"):
            return entity
        known = self.lexicon.lookup(entity.name)
        if known is not None and known.level == "country":
            return entity
        if known is not None and known.capital and known.country and not spatial:
            return self.country_entity(known.country)
        seat = capital_country(entity.name)
        if seat is not None and not spatial:
            return self.country_entity(seat)
        return entity if spatial else None

    def is_country(self, entity: Entity) -> bool:
        known = self.lexicon.lookup(entity.name)
        return known is not None and known.level == "country"

    def main_country(self, besides: frozenset[str] = frozenset()) -> Entity | None:
        """The article's country, whose government "the government" is; with
        ``besides``, the first one that is not among those countries."""
        if self._ranked is None:
            votes: Counter[str] = Counter()
            for _, _, entity in self.index.rows:
                if entity.country and len(entity.country) == 3 and entity.sector != "IGO":
                    votes[entity.country] += 1
            self._ranked = [code for code, _ in votes.most_common()]
        code = next((c for c in self._ranked if c not in besides), None)
        return self.country_entity(code) if code else None


@cache
def leader_countries() -> dict[str, str]:
    """Surname → country of the people in the actor list, where the surname is theirs
    alone (read once, not per article)."""
    found: dict[str, set[str]] = {}
    for actor in load_lexicon().by_alias.values():
        if actor.type == "PERSON" and actor.country:
            found.setdefault(actor.name.split()[-1], set()).add(actor.country)
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}


def speaks_for_state(actor: Entity) -> bool:
    """May ``actor`` speak for its country: an official (government, army, courts and
    prosecutors), or one whose sector the article leaves unsaid; not a known outsider
    (party, legislator, press, NGO, business, rebel)."""
    return actor.sector is None or actor.sector in STATE_SECTORS
