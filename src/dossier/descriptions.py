"""What a definite description stands for (the words it reads are ``dossier.coref_words``).

``DescriptionResolver`` reads the rules of ``descriptions`` in ``data/actors.yaml``:
"the militants" is the nearest earlier organization of the rule's sector that is not
the subject of the description's own clause; "the government" is the government of
the article's main country; "the city" (``place_descriptions`` in
``data/events.yaml``) the last town or region named; bare "police" the police force
the article names most ("the Haitian National Police"), else, like "federal troops",
the forces of the article's army or of the country the sentence is set in.
Used by ``dossier.coref``; the words are ``data/coref.yaml``.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy

from dossier.coref_words import coref_words, group_size, is_definite
from dossier.doc_arrays import column
from dossier.events.triggers import EventLexicon
from dossier.lexicon import ActorLexicon, DescriptionRule, demonym_country
from dossier.mentions import EntityIndex
from dossier.models import Entity
from dossier.place_descriptions import nearest_place
from dossier.syntax.phrases import compound_head
from dossier.syntax.tree import children_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

LOOKBACK = 400  # mentions searched back from a description: keeps long articles linear
HOME_KEY = "dossier_home"  # on a Doc: the country its article was filed from (its dateline)


def rule_sectors(rule: DescriptionRule, words: list[str]) -> tuple[str, ...]:
    """The sectors a description fits given the words before its head: "the rights
    group" is a rights organization (NGO) though a bare "group" is an armed one."""
    chosen = {rule.modifiers[w] for w in words if w in rule.modifiers}
    return tuple(sorted(chosen)) if chosen else rule.sectors


class DescriptionResolver:
    """Which entity a definite description refers back to (see the module docstring);
    also whose soldiers or police bare "police", "federal troops" are."""

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
        self.border_nouns = words.border_nouns
        self.place_preps = words.place_preps
        self.definite = coref_words().definite
        self.text = text
        self.lexicon = lexicon
        self.country_entity = country_entity
        self.rules = {head: rule for rule in lexicon.descriptions for head in rule.heads}
        self.words = frozenset({*self.forces, *self.place_heads, *self.rules})  # may_resolve
        modifiers = [m for rule in lexicon.descriptions for m in rule.modifiers.items()]
        self.armed_words = {word for word, sector in modifiers if sector == "REB"}
        self.reason = ""  # why the last description resolved as it did
        self._main: Entity | None = None
        self._main_known = False
        self._ranked: list[str] = []
        self._votes: Counter[str] = Counter()
        self.home: str | None = None  # the dateline's country: "CARACAS, Venezuela —"
        # the countries the article names as places: where its unnamed soldiers serve
        self.homes = {e.country for e in self.entities if e.type == "GPE" and e.country}

    def may_resolve(self, token: Token) -> bool:
        """False where ``resolve`` returns None whatever the article says: a word that is
        no state force, place head or description rule's head, by lemma or by form."""
        return token.lemma_.lower() in self.words or token.lower_ in self.words

    def resolve(self, token: Token) -> Entity | None:
        """The entity ``token`` (the head of "the insurgents") stands for, if clear."""
        lemma = token.lemma_.lower()
        kind = self.forces.get(lemma)
        lower = token.lower_
        if kind is None and lower in self.forces and self.state_modifier(token):
            kind = self.forces[lower]  # "federal troops": lemma "troop"
        if kind is not None and self.bare(token):
            self.reason = f"description: the state's {kind} forces"
            return self.force_owner(token, kind)
        if lemma not in self.place_heads and lemma not in self.rules and lower not in self.rules:
            return None  # no description names the word (most nouns): no test of its article
        if not is_definite(token, self.definite):
            return None
        if lemma in self.place_heads and token.tag_ in ("NN", "NNP"):
            self.reason = f"description: the last place named (the {lemma})"
            return nearest_place(self.preceding(token.idx), lemma, self.lexicon, self.text)
        rule = self.rules.get(lemma) or self.rules.get(lower)
        if rule is None:
            return None
        if rule.type == "GPE" and (armed := self.armed_group_before(token)) is not None:
            return armed  # "the rebel leadership", "the insurgent government"
        if rule.type == "GPE":  # "the government", "the authorities"; not "Western countries"
            if self.names_several(token, rule):
                return None
            owned = self.named_before(token, self.owner_scope(token))
            self.reason = "description: the state whose it was called before"
            if owned is not None:  # "Mali's junta … The junta"
                return owned
            self.reason = "description: the government of the article's main country"
            return self.main_country()
        excluded = self.clause_subjects(token)
        sectors = rule_sectors(rule, [w.lower_ for c in token.lefts for w in c.subtree])
        kinds = "/".join(sectors)
        self.reason = f"description: nearest {rule.type} {kinds} before it, not its subject"
        candidates = [
            entity
            for entity in self.preceding(token.idx)
            if entity.type == rule.type
            and entity not in excluded
            and (not sectors or entity.sector in sectors)
        ]
        return candidates[0] if candidates else None

    def armed_group_before(self, token: Token) -> Entity | None:
        """ "the rebel leadership": a governing word an armed group's word (REB modifiers,
        data/actors.yaml) modifies is the nearest armed group's before it, not the state's."""
        armed = self.armed_words
        if not any(c.lower_ in armed for c in token.lefts if c.dep_ in ("amod", "compound")):
            return None
        self.reason = "description: an armed group's governing body, the nearest one before"
        groups = [e for e in self.preceding(token.idx) if e.type == "ORG" and e.sector == "REB"]
        return groups[0] if groups else None

    def names_several(self, token: Token, rule: DescriptionRule) -> bool:
        """A plural that names several states, not the main one: "Western countries", "the
        three juntas" (counted), "the governments of Mali and Niger" (an of-list)."""
        if token.tag_ not in ("NNS", "NNPS"):
            return False
        listed = any(p.lower_ == "of" and p.dep_ == "prep" for p in children_of(token))
        return rule.country_only or listed or group_size(token, coref_words()) is not None

    def bare(self, token: Token) -> bool:
        """ "police", "the soldiers", "federal troops": no word that names whose they are."""
        for child in children_of(token):
            if child.dep_ == "det" and child.lower_ not in self.definite:
                return False
            if child.dep_ in ("amod", "compound", "poss", "nmod") and (
                child.lower_ not in self.force_modifiers
            ):
                return False
        return True

    def state_modifier(self, token: Token) -> bool:
        """ "federal troops", "government forces": plural soldiers named as the state's
        (bare "soldiers" or "commandos" could be anyone's)."""
        return any(
            c.dep_ in ("amod", "compound")
            and c.lower_ in self.force_modifiers
            and c.lower_ != "the"
            for c in children_of(token)
        )

    def force_owner(self, token: Token, kind: str) -> Entity | None:
        """Whose soldiers or police these are: the armed forces (an ORG of sector MIL) of a
        country the article names as a place, the main one first, for soldiers; else the
        country of the place this sentence or the one before names ("Police detained
        hundreds in Moscow": Russia's); "the army" in a story filed from its main country
        is that country's, wherever it acts."""
        if kind == "military":  # an army of a country the article is set in, not
            main = self.main_country()  # foreign fighters ("Russian mercenaries in Mali")
            army = [e for e in self.entities if e.type == "ORG" and e.sector == "MIL"]
            army = [e for e in army if e.country is None or e.country in self.homes]
            if army:
                return max(
                    army,
                    key=lambda e: (main is not None and e.country == main.country, len(e.mentions)),
                )
        if kind == "police":  # "the Haitian National Police … killed in a battle with police"
            force = self.named_force(kind)
            if force is not None:
                return force
        sentence = token.sent
        start = sentence.start_char
        if sentence.start > 0:
            start = token.doc[sentence.start - 1].sent.start_char
        named = self.named_before(token, start)  # "the Chadian army … The army denied"
        if named is not None:
            return named
        the_army = (  # "the army" with no other named: the article's state's ("Army officers" no)
            kind == "military"
            and token.lower_ in ("army", "military", "navy")
            and any(c.dep_ == "det" and c.lower_ == "the" for c in children_of(token))
        )
        if the_army and self.home and (main := self.main_country()) and main.country == self.home:
            return main  # "JERUSALEM — The army said it hit targets in Lebanon": Israel's
        for first, _, entity in reversed(self.index.covering(start, sentence.end_char)):
            national = entity.type in ("GPE", "LOC") and entity.country and len(entity.country) == 3
            if national and self.is_setting(token.doc, first):
                return self.country_entity(str(entity.country))
        if the_army:
            return self.main_country()
        if kind == "police" or self.state_modifier(token):
            # "security forces", "riot police", "police" with no place named near: the
            # forces of the state the article is about (issue 16, cv6)
            return self.placed_main_country()
        return None

    def placed_main_country(self) -> Entity | None:
        """The article's main country when it is clearly that: named more than any other
        and as a place (itself or a town of it), not only by a nationality or a firm
        ("pro-Palestinian protesters", "Afghan refugees", "Facebook" place no force)."""
        main, ranked, votes = self.main_country(), self._ranked, self._votes
        if main is None or (len(ranked) > 1 and votes[ranked[1]] >= votes[ranked[0]]):
            return None
        placed = any(e.type in ("GPE", "LOC") and e.country == main.country for e in self.entities)
        return main if placed else None

    def named_force(self, kind: str) -> Entity | None:
        """The force of ``kind`` the article names most ("the Haitian National Police"):
        an organization whose name has one of its words."""
        words = {w for w, k in self.forces.items() if k == kind}
        named = [
            e for e in self.entities if e.type == "ORG" and words & set(e.name.lower().split())
        ]
        named.sort(key=lambda e: len(e.mentions), reverse=True)
        if len(named) > 1 and len(named[1].mentions) == len(named[0].mentions):
            return None  # two forces named as often: whose is unclear
        return named[0] if named else None

    def named_before(self, token: Token, start: int) -> Entity | None:
        """The country a nationality or a state's name gave the same force noun earlier in
        this sentence or the one before ("the Chadian army … The army denied the
        allegations", "Kenya's army … The army")."""
        from spacy.attrs import LEMMA

        doc, lemmas = token.doc, column(token.doc, LEMMA)  # only its lemma's words are read
        for i in reversed(numpy.flatnonzero(lemmas[: token.i] == lemmas[token.i]).tolist()):
            word = doc[i]
            if word.idx < start:
                return None
            for child in children_of(word):
                code = demonym_country(child.text) if child.dep_ == "amod" else None
                if child.dep_ == "poss":  # "Kenya's army … The army"
                    code = self.country_of_name(child)
                if code is not None:
                    return self.country_entity(code)
        return None

    def owner_scope(self, token: Token) -> int:
        """Where a governing word's earlier owner is looked for: the whole article for a
        junta or a regime, else this sentence and the one before."""
        if token.lemma_.lower() in coref_words().regimes:
            return 0
        sentence = token.sent
        return token.doc[sentence.start - 1].sent.start_char if sentence.start else 0

    def country_of_name(self, token: Token) -> str | None:
        """The country a name of a state at ``token`` stands for ("Kenya's army")."""
        for _, _, entity in self.index.covering(token.idx, token.idx + len(token.text)):
            if entity.type == "GPE" and entity.country and len(entity.country) == 3:
                return entity.country
        return None

    def is_setting(self, doc: Doc, position: int) -> bool:
        """Is the name at ``position`` where things happen ("in Moscow"), not an actor
        ("the United States warned") nor the far side of a border ("the border with X")?"""
        span = doc.char_span(position, position + 1, alignment_mode="expand")
        if span is None:
            return False
        name = compound_head(span.root)
        return name.head.lower_ in self.place_preps and not self.beyond_border(name)

    def beyond_border(self, name: Token) -> bool:
        """Is ``name`` the far side of a border ("the border with X")?"""
        node = name
        for _ in range(4):
            if node.lemma_.lower() in self.border_nouns:
                return True
            if node.head.i == node.i:
                return False
            node = node.head
        return False

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

    def main_country(self, besides: frozenset[str] = frozenset()) -> Entity | None:
        """The article's country: the one its people, groups and places belong to most
        (by mentions), whose government "the government" is; with ``besides``, the
        first one that is not among those countries."""
        if not self._main_known:
            self._main_known = True
            votes: Counter[str] = Counter()
            for _, _, entity in self.index.rows:
                if entity.country and len(entity.country) == 3 and entity.sector != "IGO":
                    votes[entity.country] += 1
            if self.home:  # the place filed from counts as the name and country it drops
                votes[self.home] += 2
            # filed from a state, about it unless another is named twice as often
            top = (
                self.home if votes[self.home or ""] * 2 >= max(votes.values(), default=0) else None
            )
            self._ranked = sorted(
                votes, key=lambda c: (c == top, votes[c], c == self.home), reverse=True
            )
            self._votes = votes
            self._main = self.country_entity(self._ranked[0]) if self._ranked else None
        if besides:
            other = next((c for c in self._ranked if c not in besides), None)
            return self.country_entity(other) if other else None
        return self._main

    def clause_subjects(self, token: Token) -> list[Entity]:
        """Entities named as the subjects of the clauses above ``token``."""
        found: list[Entity] = []
        for ancestor in token.ancestors:
            for child in children_of(ancestor):
                if child.dep_ in ("nsubj", "nsubjpass") and child.i < token.i:
                    entity = self.index.named_by(child)
                    if entity is not None:
                        found.append(entity)
        return found
