"""Actors named by a description inside an event's clause: "the insurgents", "the city".

The entity stage links singular definite descriptions ("the terror group") to an
entity.  Events also meet what it leaves alone: plural descriptions ("the
insurgents", "the militants"), a description used as a possessor ("the group's
takeover") and "the government" with no country in the phrase.  Each is read here
with the same rules (``descriptions`` in ``data/actors.yaml``): the nearest
preceding entity of the rule's type and sector, never the subject of the clause
the description sits in ("the Taliban attacked the group": not the Taliban).  A
government with no country cue is the government of the article's main country;
"the city", "the valley" (``place_descriptions`` in ``data/events.yaml``) is the
last town or region named.  Soldiers and police named by no one ("police
detained", "federal troops") belong to the article's armed forces or to the
country where the sentence takes place.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from dossier.lexicon import ActorLexicon, DescriptionRule
from dossier.places import gazetteer, normalize
from dossier.triggers import EventLexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

    from dossier.mentions import EntityIndex
    from dossier.models import Entity

DEFINITE = frozenset({"the", "this", "that", "these", "those"})
LOOKBACK = 400  # mentions searched back from a description: keeps long articles linear


class DescriptionResolver:
    """Which entity a definite description in an event's clause refers back to."""

    def __init__(
        self,
        index: EntityIndex,
        lexicon: ActorLexicon,
        country_entity: Callable[[str], Entity | None],
        text: str,
        words: EventLexicon,
    ) -> None:
        self.index = index
        self.entities = sorted({id(r[2]): r[2] for r in index.rows}.values(), key=lambda e: e.id)
        self.place_heads = words.place_descriptions
        self.forces = words.state_forces
        self.force_modifiers = words.force_modifiers
        self.text = text
        self.lexicon = lexicon
        self.country_entity = country_entity
        self.rules = {head: rule for rule in lexicon.descriptions for head in rule.heads}
        self._main: Entity | None = None
        self._main_known = False

    def resolve(self, token: Token) -> Entity | None:
        """The entity ``token`` (the head of "the insurgents") stands for, if clear."""
        lemma = token.lemma_.lower()
        if lemma in self.forces and self.bare(token):
            return self.force_owner(token, self.forces[lemma])
        if not is_definite(token):
            return None
        if lemma in self.place_heads and token.tag_ in ("NN", "NNP"):
            return self.nearest_place(token.idx, lemma)
        rule = self.rules.get(lemma) or self.rules.get(token.lower_)
        if rule is None:
            return None
        if rule.type == "GPE":  # "the government", "the authorities"; not "Western countries"
            plural = token.tag_ in ("NNS", "NNPS")
            return None if rule.country_only and plural else self.main_country()
        excluded = self.clause_subjects(token)
        candidates = [
            entity
            for entity in self.preceding(token.idx)
            if entity.type == rule.type and entity not in excluded and self.fits(rule, entity)
        ]
        return candidates[0] if candidates else None

    def fits(self, rule: DescriptionRule, entity: Entity) -> bool:
        return not rule.sectors or entity.sector in rule.sectors

    def bare(self, token: Token) -> bool:
        """ "police", "the soldiers", "federal troops": no word that names whose they are."""
        for child in token.children:
            if child.dep_ == "det" and child.lower_ not in DEFINITE:
                return False
            if child.dep_ in ("amod", "compound", "poss", "nmod") and (
                child.lower_ not in self.force_modifiers
            ):
                return False
        return True

    def force_owner(self, token: Token, kind: str) -> Entity | None:
        """Whose soldiers or police these are: the article's armed forces (an ORG of
        sector MIL) for soldiers, else the country of the place this sentence or the one
        before names ("Police detained hundreds in Moscow": Russia's)."""
        if kind == "military":
            army = [e for e in self.entities if e.type == "ORG" and e.sector == "MIL"]
            if army:
                return max(army, key=lambda e: len(e.mentions))
        sentence = token.sent
        start = sentence.start_char
        if sentence.start > 0:
            start = token.doc[sentence.start - 1].sent.start_char
        for _, _, entity in reversed(self.index.covering(start, sentence.end_char)):
            if entity.type in ("GPE", "LOC") and entity.country and len(entity.country) == 3:
                return self.country_entity(entity.country)
        return None

    def nearest_place(self, position: int, head: str) -> Entity | None:
        """ "took the city", "the road into the valley": the last town or region named,
        one named with that word first ("the Panjshir valley" for "the valley")."""
        places = [
            e
            for e in self.preceding(position)
            if e.type in ("GPE", "LOC") and e.id and not self.is_country(e)
        ]
        called = [e for e in places if self.called(e, head)]
        best = called or places
        return best[0] if best else None

    def called(self, entity: Entity, head: str) -> bool:
        """Is ``entity`` named with ``head`` anywhere ("Panjshir valley", "Kabul airport")?"""
        if any(head in alias.lower().split() for alias in entity.aliases):
            return True
        return any(
            self.text[end : end + len(head) + 1].lower() == f" {head}" for _, end in entity.mentions
        )

    def is_country(self, entity: Entity) -> bool:
        known = self.lexicon.lookup(entity.name)
        return known is not None and known.level == "country"

    def preceding(self, position: int) -> list[Entity]:
        """Entities named before ``position`` outside quotes, the nearest first."""
        rows = self.index.rows
        last = bisect.bisect_left(self.index.starts, position)
        found: list[Entity] = []
        for start, end, entity in reversed(rows[max(0, last - LOOKBACK) : last]):
            if end <= position and not self.index.inside_quote(start, end):
                found.append(entity)
        return found

    def main_country(self) -> Entity | None:
        """The article's country: the one its people, groups and places belong to most
        (by mentions), whose government "the government" is."""
        if not self._main_known:
            self._main_known = True
            votes: Counter[str] = Counter()
            for _, _, entity in self.index.rows:
                if entity.country and len(entity.country) == 3 and entity.sector != "IGO":
                    votes[entity.country] += 1
            if votes:
                self._main = self.country_entity(votes.most_common(1)[0][0])
        return self._main

    def clause_subjects(self, token: Token) -> list[Entity]:
        """Entities named as the subjects of the clauses above ``token``."""
        found: list[Entity] = []
        for ancestor in token.ancestors:
            for child in ancestor.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.i < token.i:
                    entity = self.index.named_by(child)
                    if entity is not None:
                        found.append(entity)
        return found


def is_definite(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children)


def capital_country(name: str) -> str | None:
    """The country whose capital ``name`` is ("Berlin" → DEU), when only one has it."""
    return national_capitals().get(normalize(name))


@cache
def national_capitals() -> dict[str, str]:
    """Capital city → country ISO3, from the gazetteer; names shared by two countries'
    capitals are left out."""
    seen: dict[str, set[str]] = {}
    for country, city in gazetteer().capitals:
        seen.setdefault(city, set()).add(country)
    return {city: next(iter(codes)) for city, codes in seen.items() if len(codes) == 1}
