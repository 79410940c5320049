"""Who an event's words stand for: ``ActorFinder`` and the descriptions it reads.

``ActorFinder`` turns a word of the parse into the actors it names: a mention of
an entity, a pronoun (the speaker's side for "we" in a quote, else the subject the
text goes on about), a nationality ("Afghan forces"), a leader's administration
("the Biden administration"), a group ("ministers of A, B and C"), a pair ("both
superpowers"), or a description.  It also says what an entity is as an actor: a
capital named as an actor is its country ("Washington signed").

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

from dossier.lexicon import ActorLexicon, DescriptionRule, demonym_country, load_lexicon
from dossier.mentions import EntityIndex, SpanSet
from dossier.models import Entity
from dossier.places import gazetteer, normalize
from dossier.syntax import (
    apposed_conjuncts,
    conjuncts,
    names_one_of,
    prep_objects,
    reporting_subject,
    stranded_conjuncts,
    stranded_subject,
    subject_of,
)
from dossier.triggers import EventLexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from dossier.models import Quote

__all__ = [
    "DEFINITE",
    "GROUP_PREPS",
    "LOOKBACK",
    "MAX_ACTORS",
    "MEMBER_PREPS",
    "NUMBER_WORDS",
    "OFFICIAL",
    "SPEAKER_PRONOUNS",
    "ActorFinder",
    "DescriptionResolver",
    "capital_country",
    "group_size",
    "is_definite",
    "leader_countries",
    "national_capitals",
]

DEFINITE = frozenset({"the", "this", "that", "these", "those"})
LOOKBACK = 400  # mentions searched back from a description: keeps long articles linear
SPEAKER_PRONOUNS = frozenset({"we", "us", "our", "i", "me", "my"})
GROUP_PREPS = ("including", "of", "in", "across", "from")  # "ministers from A, B and C"
MEMBER_PREPS = frozenset({"from", "of"})  # "mercenaries from the Wagner Group"
MAX_ACTORS = 60  # per side of one trigger: a list of 50 coordinated actors still codes
OFFICIAL = frozenset({"GOV", "MIL"})  # a ministry or an army speaks for its own country


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
        self.border_nouns = words.border_nouns
        self.place_preps = words.place_preps
        self.text = text
        self.lexicon = lexicon
        self.country_entity = country_entity
        self.rules = {head: rule for rule in lexicon.descriptions for head in rule.heads}
        self._main: Entity | None = None
        self._main_known = False
        self._ranked: list[str] = []
        # the countries the article names as places: where its unnamed soldiers serve
        self.homes = {e.country for e in self.entities if e.type == "GPE" and e.country}

    def resolve(self, token: Token) -> Entity | None:
        """The entity ``token`` (the head of "the insurgents") stands for, if clear."""
        lemma = token.lemma_.lower()
        kind = self.forces.get(lemma)
        if kind is None and self.state_modifier(token):  # "federal troops": lemma "troop"
            kind = self.forces.get(token.lower_)
        if kind is not None and self.bare(token):
            return self.force_owner(token, kind)
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

    def state_modifier(self, token: Token) -> bool:
        """ "federal troops", "government forces": plural soldiers named as the state's
        (bare "soldiers" or "commandos" could be anyone's)."""
        return any(
            c.dep_ in ("amod", "compound")
            and c.lower_ in self.force_modifiers
            and c.lower_ != "the"
            for c in token.children
        )

    def force_owner(self, token: Token, kind: str) -> Entity | None:
        """Whose soldiers or police these are: the armed forces (an ORG of sector MIL)
        of a country the article names as a place, the main one first, for soldiers;
        else the country of the place this sentence or the one before names ("Police
        detained hundreds in Moscow": Russia's)."""
        if kind == "military":  # an army of a country the article is set in, not
            main = self.main_country()  # foreign fighters ("Russian mercenaries in Mali")
            army = [
                e
                for e in self.entities
                if e.type == "ORG" and e.sector == "MIL"
                if e.country is None or e.country in self.homes
            ]
            if army:
                return max(
                    army,
                    key=lambda e: (main is not None and e.country == main.country, len(e.mentions)),
                )
        sentence = token.sent
        start = sentence.start_char
        if sentence.start > 0:
            start = token.doc[sentence.start - 1].sent.start_char
        for first, _, entity in reversed(self.index.covering(start, sentence.end_char)):
            national = entity.type in ("GPE", "LOC") and entity.country and len(entity.country) == 3
            if national and self.is_setting(token.doc, first):
                return self.country_entity(str(entity.country))
        return None

    def is_setting(self, doc: Doc, position: int) -> bool:
        """Is the name at ``position`` where things happen ("in Moscow"), not an actor
        ("the United States warned") nor the far side of a border ("the border with X")?"""
        span = doc.char_span(position, position + 1, alignment_mode="expand")
        if span is None:
            return False
        name = span.root
        while name.dep_ == "compound" and name.head.i != name.i:
            name = name.head
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
            self._ranked = [code for code, _ in votes.most_common()]
            self._main = self.country_entity(self._ranked[0]) if self._ranked else None
        if besides:
            other = next((c for c in self._ranked if c not in besides), None)
            return self.country_entity(other) if other else None
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


class ActorFinder:
    """The actors a word of a parsed article stands for: an entity's mention, a
    description ("the insurgents"), a pronoun, a nationality ("Afghan forces"), a
    leader's administration, a group ("ministers of A, B and C"), a pair ("both
    superpowers"); and what an actor is for an event (a capital for its country)."""

    def __init__(
        self, doc: Doc, entities: list[Entity], quotes: list[Quote], words: EventLexicon
    ) -> None:
        self.doc = doc
        self.text = doc.text
        self.lexicon = words
        self.actors = load_lexicon()
        direct = [q.span for q in quotes if q.kind == "direct"]
        self.index = EntityIndex(entities, direct)
        self.descriptions = DescriptionResolver(
            self.index, self.actors, self.country_entity, self.text, words
        )
        self.quote_spans = SpanSet([q.span for q in quotes])
        self.quote_by_span = {q.span: q for q in reversed(quotes)}
        self.by_id = {e.id: e for e in entities}
        self.pairing: set[int] = set()  # tokens whose pair is being sought (no re-entry)
        self.by_name: dict[str, Entity] = {}
        for entity in entities:
            self.by_name.setdefault(entity.name, entity)
        self.by_country = {
            e.country: e
            for e in entities
            if e.type == "GPE" and e.country and e.name == self.actors.country_names.get(e.country)
        }

    def actors_of(self, token: Token | None) -> list[Entity | None]:
        """The entities a noun phrase stands for, one per coordinated actor."""
        if token is None:
            return []
        heads = [*stranded_conjuncts(token), token, *conjuncts(token)][:MAX_ACTORS]
        found: list[Entity | None] = []
        for head in heads:
            found.extend(self.actor_of(head) or [])
        unique: list[Entity | None] = []
        for entity in found:
            if entity not in unique:
                unique.append(entity)
        return unique

    def actor_of(self, token: Token) -> list[Entity | None] | None:
        span = (token.idx, token.idx + len(token.text))
        for start, end, entity in self.index.covering(*span):
            if start <= span[0] and span[1] <= end:
                return [entity]
        lower = token.lower_
        if token.pos_ == "PRON" or lower in SPEAKER_PRONOUNS or token.tag_ in ("WP", "WP$"):
            return self.pronoun_actor(token)
        for child in token.children:
            # "his counterpart, Viktor Khrenin"; a description is no name ("the Panjshir
            # valley, the last pocket of resistance in Afghanistan")
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                named = self.actors_of(child)  # "two reporters, A and B"
                if named:
                    return named
        apposed = [self.actor_of(t) for t in apposed_conjuncts(token)]
        people = [e for found in apposed for e in found or () if e and e.type == "PERSON"]
        if people:  # "two reporters from the daily X, A and B"
            return list(people)
        demonym = self.demonym_entity(token)
        if demonym is not None:
            return [demonym]
        governed = self.administration_country(token)
        if governed is not None:
            return [governed]
        proper = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        others = [c for c in token.children if c not in proper]
        for child in [*proper, *others]:  # "US troops", "Afghan security personnel", "its
            # members"; a name before a possessive: "its European Union partners" are the EU
            if child.dep_ in ("compound", "amod", "poss", "nmod") and child.i < token.i:
                inner = self.actor_of(child)
                if inner:
                    return inner
                if child.text[:1].isupper() and names_one_of(token, self.lexicon.own_forces):
                    group = self.org_by_word(child.text)  # "Resistance fighters": the NRF's
                    if group is not None:
                        return [group]
        affiliated = self.affiliation(token) or self.membership(token)
        if affiliated:  # "fighters linked to al-Qaeda", "Russian mercenaries from Wagner"
            return affiliated
        preps = {c.lower_: c for c in token.children if c.dep_ == "prep"}
        for name in GROUP_PREPS:  # "ministers of Pakistan, China and Russia"
            if name in preps:
                for obj in preps[name].children:
                    if obj.dep_ == "pobj":
                        inner_all = self.actors_of(obj)
                        if inner_all:
                            return inner_all
        described = self.descriptions.resolve(token)
        if described is not None:
            return [described]
        the_pair = token.lemma_.lower() == "pair" and is_definite(token)  # "the pair were held"
        size = 2 if the_pair else group_size(token)
        if size is not None:  # "both superpowers", "the three island nations"
            named_before = self.recent_pair(token)
            if len(named_before) == size:
                return named_before
        if token.dep_ == "appos":  # "Ahmady, the governor who fled": the named head
            head = token.head
            covering = self.index.covering(head.idx, head.idx + len(head.text))
            return [covering[0][2]] if covering else None
        return None

    def affiliation(self, token: Token) -> list[Entity | None]:
        """The group people are tied to: "fighters linked to al-Qaeda", "militiamen
        loyal to the general", "gunmen affiliated with ISIS"."""
        for child in token.children:
            if child.dep_ not in ("acl", "amod") or child.i < token.i:
                continue
            if child.lemma_.lower() not in self.lexicon.affiliations:
                continue
            for obj in prep_objects(child):
                found = self.actors_of(obj)
                if found:
                    return found
        return []

    def membership(self, token: Token) -> list[Entity | None]:
        """The organization people come from, which says more than their nationality:
        "Russian mercenaries from the Wagner Group", "Afghan members of ISIS"."""
        for obj in prep_objects(token, MEMBER_PREPS):
            found = self.actors_of(obj)
            if found and all(e is not None and e.type == "ORG" for e in found):
                return found
        return []

    def org_by_word(self, word: str) -> Entity | None:
        """The one organization of the article whose name has ``word`` in it."""
        lower = word.lower()
        if len(lower) < 4 or self.actors.is_title_word(lower):
            return None
        found = [
            e
            for e in self.by_id.values()
            if e.type == "ORG" and lower in {w.lower() for w in e.name.split()}
        ]
        return found[0] if len(found) == 1 else None

    def administration_country(self, token: Token) -> Entity | None:
        """ "the Biden administration", "the Khan government": the country the named
        leader governs (his own country, or the one the actor list gives his name)."""
        if token.lemma_.lower() not in self.lexicon.administrations:
            return None
        for child in token.children:
            if child.dep_ != "compound" or child.pos_ != "PROPN":
                continue
            for _, _, leader in self.index.covering(child.idx, child.idx + len(child.text)):
                if leader.type != "PERSON":
                    continue
                code = leader.country or leader_countries().get(leader.name.split()[-1])
                return self.country_entity(code) if code else None
        return None

    def recent_pair(self, token: Token) -> list[Entity | None]:
        """ "both superpowers", "the two countries": the last pair of actors named
        together as a subject, in this sentence or the one before."""
        if token.i in self.pairing:  # "Leaders of both parties": the pair is not the phrase
            return []  # that holds it, whose actors are being sought through this very token
        self.pairing.add(token.i)
        try:
            return self.last_named_pair(token)
        finally:
            self.pairing.discard(token.i)

    def last_named_pair(self, token: Token) -> list[Entity | None]:
        """The actors of the last subject before ``token`` (in its sentence or the one
        before, and not the phrase ``token`` belongs to) that names two or more."""
        sentence = token.sent
        start = token.doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
        found: list[Entity | None] = []
        for word in token.doc[start : token.i]:
            candidate = word if word.dep_ in ("nsubj", "nsubjpass") else stranded_subject(word)
            if candidate is None or candidate.i == token.i or token in candidate.subtree:
                continue
            actors = [a for a in self.actors_of(candidate) if a is not None]
            if len(actors) >= 2:
                found = list[Entity | None](actors)
        return found

    def pronoun_actor(self, token: Token) -> list[Entity | None] | None:
        quote = self.quote_at(token.idx)
        lower = token.lower_
        if lower in ("whose", "who", "which"):  # "Eritrea, whose troops fought …"
            clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
            return self.actor_of(clause.head) if clause is not None else None
        if lower in ("they", "them", "their") and (reporter := reporting_subject(token)):
            speakers = self.actors_of(reporter)  # "Sweden and Norway said they may …": both
            if len(speakers) > 1:
                return speakers
        if quote is not None and lower in SPEAKER_PRONOUNS and quote.speaker_id:
            speaker = self.by_id.get(quote.speaker_id or "")
            if speaker is not None:
                return [self.group_of(speaker) if lower in ("we", "us", "our") else speaker]
        if lower in ("he", "him", "his", "she", "her"):
            types = frozenset({"PERSON"})
        elif lower in ("they", "them", "their", "it", "its"):
            types = frozenset({"ORG", "GPE"})
            reporter = reporting_subject(token)
            if reporter is not None:  # "medical staff said they would strike": the staff
                return self.actor_of(reporter)
        else:
            return None
        if quote is not None:  # "The Taliban says that it seeks …": first within the quote
            found = self.subject_within(quote.span[0], token, types)
            found = found or self.index.last_within(quote.span[0], token.idx, types)
            if found is not None:
                return [found]
        # An object pronoun is not the clause's own subject ("the US … support it").
        subject = subject_of(token.head) if token.dep_ in ("dobj", "pobj") else None
        exclude = self.actor_of(subject) if subject is not None and subject.i != token.i else None
        found_actors = self.antecedent(token, types, exclude or [])
        if lower == "them" and exclude:  # "He accused them": never his own side
            own = self.home_names(exclude) | {e.name for e in exclude if e is not None}
            codes = {e.country for e in exclude if e is not None and e.country}
            if not found_actors or any(
                a is not None and (a.name in own or (a.type == "GPE" and a.country in codes))
                for a in found_actors
            ):  # "Moscow" after a Russian envoy is his own side too
                return self.recent_group(token, own) or None
        return found_actors

    def antecedent(
        self, token: Token, types: frozenset[str], exclude: list[Entity | None]
    ) -> list[Entity | None] | None:
        """The salient or latest earlier actor of ``types`` a pronoun continues."""
        skip: list[Entity | None] = []
        salient = self.salient_antecedent(token, types, [*exclude])
        if salient is not None:
            return [salient]
        for _ in range(6):  # people and groups act; a town named in passing does not
            found = self.index.last_before(token.idx, types, exclude=[*exclude, *skip])
            if found is None:
                return None
            actor = self.as_actor(found, spatial=False)  # "Moscow … detained them": Russia's
            if actor is not None and found.sector != "MED":  # not "a video obtained by CNN"
                return [actor]
            skip.append(found)
        return None

    def recent_group(self, token: Token, own: set[str]) -> list[Entity | None]:
        """The latest list of two or more actors named before ``token`` in its sentence or
        the eight before it ("drafted by the United States, Britain and France … He
        accused them"), none of them on the side of ``own``."""
        sentences = list(token.doc.sents)
        here = next(i for i, s in enumerate(sentences) if s.start <= token.i < s.end)
        for sentence in reversed(sentences[max(0, here - 8) : here + 1]):
            heads = [
                t
                for t in sentence
                if t.i < token.i and t.dep_ != "conj" and any(c.dep_ == "conj" for c in t.children)
            ]
            for head in reversed(heads):
                found = [a for a in self.actors_of(head) if a is not None]
                actors = [self.as_actor(a, spatial=False) for a in found]
                names = {a.name for a in actors if a is not None}
                if len(names) >= 2 and not names & own and None not in actors:
                    return list[Entity | None](actors)
        return []

    def subject_within(self, start: int, token: Token, types: frozenset[str]) -> Entity | None:
        """The latest subject of ``types`` between ``start`` and a subject pronoun ("as
        France withdrew its forces from Mali, they will remain": France, not Mali)."""
        if token.dep_ not in ("nsubj", "nsubjpass"):
            return None
        for low, high, entity in reversed(self.index.covering(start, token.idx)):
            if high > token.idx or entity.type not in types:
                continue
            span = self.doc.char_span(low, high, alignment_mode="expand")
            if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
                return entity
        return None

    def salient_antecedent(
        self, token: Token, types: frozenset[str], exclude: list[Entity | None]
    ) -> Entity | None:
        """A pronoun's antecedent among the subjects of this and the previous sentence.

        Subjects are what a text goes on talking about ("Though the NRF waged a battle
        against the Taliban, the US said it would not support it": it is the NRF).
        """
        return self.index.subject_before(
            token,
            types,
            lambda e: e not in exclude and self.as_actor(e, spatial=False) is not None,
        )

    def group_of(self, person: Entity) -> Entity:
        """ "we" said by a person speaks for the body or country the person belongs to;
        a rebel leader's "we" is not his country's."""
        for role in person.roles:
            body = self.by_name.get(role.of or "")
            if body is not None:
                return body
        if person.sector == "REB":
            return person
        if person.country and person.country in self.by_country:
            return self.by_country[person.country]
        return person

    def demonym_entity(self, token: Token) -> Entity | None:
        """The country a nationality word names ("Afghan forces"); not an ethnicity
        ("ethnic Albanians in Serbia" are not Albania)."""
        code = demonym_country(token.text)
        if code is None or self.is_ethnic(token):
            return None
        if code in self.by_country:
            return self.by_country[code]
        name = self.actors.country_names.get(code)
        if name is None:
            return None
        return Entity(id="", name=name, type="GPE", country=code)

    def is_ethnic(self, token: Token) -> bool:
        nouns = (token, token.head) if token.dep_ in ("amod", "compound") else (token,)
        return any(
            c.dep_ == "amod" and c.lower_ in self.lexicon.ethnic_marks
            for noun in nouns
            for c in noun.children
        )

    def quote_at(self, position: int) -> Quote | None:
        """The quote ``position`` sits in (the innermost, a direct one inside a report)."""
        found = self.quote_spans.containing(position, position + 1)
        if not found:
            return None
        span = min((self.quote_spans.spans[i] for i in found), key=lambda s: s[1] - s[0])
        return self.quote_by_span[span]

    def as_actor(self, entity: Entity | None, *, spatial: bool) -> Entity | None:
        """An entity as an event's actor: a capital named as an actor is its country
        ("Washington signed"); a town is a target only of spatial events ("seized Kunduz")."""
        if entity is None or entity.type not in ("GPE", "LOC"):
            return entity
        known = self.actors.lookup(entity.name)
        if known is not None and known.level == "country":
            return entity
        if known is not None and known.capital and known.country and not spatial:
            return self.country_entity(known.country)
        seat = capital_country(entity.name)
        if seat is not None and not spatial:
            return self.country_entity(seat)
        return entity if spatial else None

    def home_names(self, people: list[Entity | None]) -> set[str]:
        """The countries people (and ministries, armies) speak and act for: a
        statesman's words about his own country are not an act towards it."""
        names = set()
        for person in people:
            official = person is not None and person.type == "ORG" and person.sector in OFFICIAL
            if person is None or (person.type != "PERSON" and not official):
                continue
            group = self.group_of(person)
            if group is not person:
                names.add(group.name)
            code = person.country or leader_countries().get(person.name.split()[-1])
            home = self.country_entity(code) if code else None
            if home is not None:
                names.add(home.name)
        return names

    def serves(self, body: Entity | None, people: list[Entity | None]) -> bool:
        """Is ``body`` a ministry or army of the country one of ``people`` leads or
        speaks for (an order or request inside one government, not between actors)?"""
        if body is None or body.type != "ORG" or body.sector not in OFFICIAL:
            return False
        return any(
            p is not None and p.type == "PERSON" and p.country and p.country == body.country
            for p in people
        )

    def country_entity(self, code: str) -> Entity | None:
        if code in self.by_country:
            return self.by_country[code]
        name = self.actors.country_names.get(code)
        return Entity(id="", name=name, type="GPE", country=code) if name else None


@cache
def leader_countries() -> dict[str, str]:
    """Surname → country of the people in the actor list, where the surname is theirs
    alone (read once, not per article)."""
    found: dict[str, set[str]] = {}
    for actor in load_lexicon().by_alias.values():
        if actor.type == "PERSON" and actor.country:
            found.setdefault(actor.name.split()[-1], set()).add(actor.country)
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}


NUMBER_WORDS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def group_size(token: Token) -> int | None:
    """How many actors a definite plural names: "both sides" 2, "the three nations" 3."""
    if token.tag_ not in ("NNS", "NNPS"):
        return None
    for child in token.children:
        size = NUMBER_WORDS.get(child.lower_)
        if size is None or child.dep_ not in ("det", "nummod", "predet"):
            continue
        if child.lower_ == "both" or is_definite(token):
            return size
    return None


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
