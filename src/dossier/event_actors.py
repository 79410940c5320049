"""Who an event's words stand for: ``ActorFinder``.

``ActorFinder`` turns a word of the parse into the actors it names: a mention of
an entity, a nationality ("Afghan forces"), a leader's administration ("the Biden
administration"), a group ("ministers of A, B and C"), the speaker's side for "we"
in a quote, or what the coreference stage (``dossier.coref``) says a pronoun, a
description or a counted plural ("both superpowers") stands for; what an entity is
as an actor and whose side it is on come from ``dossier.actor_sides``.  Event-specific rules
stay here: a pronoun reported by its clause's subject ("the staff said they would strike") is
that subject's actors, and "them" is never the speaker's own side ("He accused them").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.actor_leaders import office_holders
from dossier.actor_parse import (
    acts_in_clause,
    demonym_of_pair,
    fellow_agents,
    is_place_of_irregulars,
    leaders_of,
    office_appos,
    owns_relation,
    split_apposition,
    spokesperson_of,
    surnamed_people,
    surnamed_person,
)
from dossier.actor_sides import ActorSides, ArticleStates, leader_countries
from dossier.coref import coreference_of
from dossier.coref_words import coref_words
from dossier.coref_words import is_definite as coref_is_definite
from dossier.events.triggers import EventLexicon
from dossier.glued_names import person_after_body
from dossier.lexicon import demonym_country, load_lexicon
from dossier.mentions import EntityIndex, SpanSet
from dossier.models import Entity
from dossier.names import text_of
from dossier.owned_bodies import owned_body
from dossier.shared_heads import shared_head_partners
from dossier.syntax.coordination import apposed_conjuncts, conjuncts, stranded_conjuncts
from dossier.syntax.phrases import compound_head, prep_objects
from dossier.syntax.subjects import reporting_subject, subject_of
from dossier.syntax.tree import children_of
from dossier.syntax.words import is_doer_position, is_prefixed, names_one_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from dossier.models import Quote

__all__ = [
    "DEFINITE",
    "MAX_ACTORS",
    "PERSON",
    "WORDS",
    "ActorFinder",
    "is_definite",
    "leader_countries",
]


WORDS = coref_words()  # data/coref.yaml
DEFINITE = WORDS.definite
PERSON = frozenset({"PERSON"})
RELATIONS = WORDS.relational_nouns  # "his counterpart" is not he
MAX_ACTORS = 60  # per side of one trigger: a list of 50 coordinated actors still codes


class ActorFinder(ActorSides):
    """The actors a word of a parsed article stands for: an entity's mention, a
    description ("the insurgents"), a pronoun, a nationality ("Afghan forces"), a
    leader's administration, a group ("ministers of A, B and C"), a pair ("both
    superpowers"); and what an actor is for an event (a capital for its country)."""

    def __init__(
        self, doc: Doc, entities: list[Entity], quotes: list[Quote], words: EventLexicon
    ) -> None:
        self.doc = doc
        self.text = text_of(doc)
        self.lexicon = words
        self.actors = load_lexicon()
        direct = [q.span for q in quotes if q.kind == "direct"]
        self.coref = coreference_of(doc, entities, direct)  # first: descriptions' mentions
        self.index = EntityIndex(entities, direct)
        self.states = ArticleStates(self.index, self.actors)  # capitals as states, main country
        self.quote_spans = SpanSet([q.span for q in quotes])
        self.quote_by_span = {q.span: q for q in reversed(quotes)}
        self.by_id = {e.id: e for e in entities}
        self.by_name: dict[str, Entity] = {}
        for entity in entities:
            self.by_name.setdefault(entity.name, entity)
        self.by_country = self.states.by_country
        self.surnamed = surnamed_people(self.by_id.values())  # lone surnames (actor_of)

    def actors_of(self, token: Token | None) -> list[Entity | None]:
        """The entities a noun phrase stands for, one per coordinated actor."""
        if token is None:
            return []
        heads = [*stranded_conjuncts(token), *shared_head_partners(token), token]
        heads += [*conjuncts(token), *fellow_agents(token)]
        heads = heads[:MAX_ACTORS]
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
                state = self.coref.at(start)  # "Santiago said": the coref stage's state
                if state is not None and state.kind == "capital" and state.entities:
                    return list(state.entities)
                governed = self.leader_named_for_government(token, entity)
                return [governed or entity]
        surnamed = surnamed_person(token, self.surnamed)
        if surnamed is not None:
            return [surnamed]
        lower = token.lower_
        if token.pos_ == "PRON" or lower in WORDS.speaker_pronouns or token.tag_ in ("WP", "WP$"):
            return self.pronoun_actor(token)
        if names_one_of(token, WORDS.setting_nouns):
            return None  # "on the sidelines of the AU summit": the occasion, no one
        children = children_of(token)  # the same tuple at every ask: read once here
        for child in children:
            # "his counterpart, Viktor Khrenin"; a description is no name ("the Panjshir
            # valley, the last pocket of resistance in Afghanistan")
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                named = self.actors_of(child)  # "two reporters, A and B"
                if named:
                    return named
            if child.lower_ == "including" and names_one_of(token, WORDS.listing_heads):
                listed = [
                    a for o in children_of(child) if o.dep_ == "pobj" for a in self.actors_of(o)
                ]
                if listed:  # "seven countries, including Argentina, Chile and Peru"
                    return listed
        holders = [a for a in self.actors_of(office_appos(token)) if a and a.type == "PERSON"]
        if holders:  # "the mayor of Batangas, Rosa Villanueva": the mayor, not the town
            return list[Entity | None](holders)
        apposed = [self.actor_of(t) for t in apposed_conjuncts(token)]
        people = [e for found in apposed for e in found or () if e and e.type == "PERSON"]
        if people:  # "two reporters from the daily X, A and B"
            return list(people)
        named_place = self.place_named_after(token)  # "the Bosnian town of Gorazde"
        if named_place is not None:
            return [named_place]
        demonym = self.demonym_entity(token)
        if demonym is not None:
            return [demonym]
        governed = self.administration_country(token)
        if governed is not None:
            return [governed]
        led = leaders_of(token, WORDS.leading_verbs, WORDS.governing_bodies)
        leaders = [a for t in led for a in self.actors_of(t)]
        if leaders:  # "a Nepali delegation led by Ravi Kumar": Kumar, more than Nepal
            return leaders
        proper = [c for c in children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        others = [c for c in children if c not in proper]
        if any(c.dep_ == "prep" and c.lower_ == "with" for c in children):
            proper = []  # "WTO consultations with the US": the body only names the talks
            others = [c for c in others if c.dep_ != "compound"]
        for child in [*proper, *others]:  # "Chinese activists in exile": not China
            if self.origin_only(token, child) or owns_relation(token, child, RELATIONS):
                continue  # "US troops", "Afghan security personnel", "its
            # members"; a name before a possessive: "its European Union partners" are the EU
            if is_prefixed(child, WORDS.stance_prefixes):
                continue  # "an anti-Taliban commander": not the Taliban
            if child.dep_ in ("compound", "amod", "poss", "nmod") and child.i < token.i:
                inner = self.modifier_actors(child)
                if inner:  # "the Turkish and French leaders": the two the article names
                    held = office_holders(token, inner, self.by_id.values(), WORDS.resident_titles)
                    return held or inner
                if child.text[:1].isupper() and names_one_of(token, self.lexicon.own_forces):
                    group = self.org_by_word(child.text)  # "Resistance fighters": the NRF's
                    if group is not None:
                        return [group]
        affiliated = self.affiliation(token) or self.membership(token)
        if affiliated:  # "fighters linked to al-Qaeda", "Russian mercenaries from Wagner"
            return affiliated
        if names_one_of(token, WORDS.deed_nouns) and is_doer_position(token):
            return None  # "the bombing of a Dutch embassy killed …": not the Dutch's deed
        preps = {c.lower_: c for c in children if c.dep_ == "prep"}
        for name in WORDS.group_preps:  # "ministers of Pakistan, China and Russia"
            if name in preps:
                for obj in preps[name].children:
                    if obj.dep_ == "pobj":
                        inner_all = self.actors_of(obj)
                        if is_place_of_irregulars(token, inner_all, WORDS.irregular_groups):
                            continue  # "jihadists in Burkina Faso killed …": not the state
                        body = self.body_named_by(token, inner_all)
                        if body is not None:  # "the party of former President X"
                            return [body]
                        if inner_all:
                            return inner_all
        reference = self.coref.at(token.idx)  # "the insurgents", "both superpowers"
        if reference is not None and reference.kind == "description" and reference.entities:
            return list(reference.entities)
        if token.dep_ == "appos":  # "Ahmady, the governor who fled": the named head
            head = token.head
            covering = self.index.covering(head.idx, head.idx + len(head.text))
            return [covering[0][2]] if covering else None
        split = split_apposition(token)  # "arrested the blogger Tran Minh Duc"
        return self.actor_of(split) if split is not None else None

    def modifier_actors(self, modifier: Token) -> list[Entity | None] | None:
        """The actors a noun's modifier names; coordinated modifiers each name one
        ("Indian and Chinese troops", "US and British warships")."""
        found = self.actor_of(modifier)
        if not found and modifier.lower_ in WORDS.ownership_participles:  # "Greek-flagged"
            marks = (c for c in children_of(modifier) if c.dep_ in ("npadvmod", "compound", "amod"))
            found = next((a for c in marks if (a := self.actor_of(c))), None)
        if not found or not any(c.dep_ == "conj" for c in children_of(modifier)):
            return found
        more = [a for c in conjuncts(modifier) for a in self.actor_of(c) or () if a not in found]
        return [*found, *more]

    def body_named_by(self, noun: Token, people: list[Entity | None]) -> Entity | None:
        """ "the party of former President X": the body a person holds a role in whose
        name has the noun in it (X, "leader of the National Unity Party"), else the one
        the article names as X's ("X's National Unity Party"), not X."""
        word = noun.lemma_.lower()
        for person in people:
            for role in person.roles if person is not None else ():
                body = self.by_name.get(role.of or "")
                if body is not None and word in body.name.lower().split():
                    return body
        owned = [owned_body(self.doc, self.index, self.coref, word, p) for p in people if p]
        return next((body for body in owned if body is not None), None)

    def origin_only(self, people: Token, modifier: Token) -> bool:
        """Does ``modifier`` only say where ``people`` come from ("Peruvian students",
        "Chinese activists"), which makes them no actor of that state?  Only where they
        act (a subject, a by-phrase): what is done to them concerns their state ("Bolivia
        released three Chilean fishermen" is Bolivia → Chile)."""
        if people.lemma_.lower() not in WORDS.civilian_groups or not acts_in_clause(people):
            return False
        return modifier.dep_ in ("amod", "compound") and demonym_country(modifier.text) is not None

    def affiliation(self, token: Token) -> list[Entity | None]:
        """The group people are tied to: "fighters linked to al-Qaeda", "militiamen
        loyal to the general", "gunmen affiliated with ISIS"."""
        for child in children_of(token):
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
        "Russian mercenaries from the Wagner Group", "Afghan members of ISIS"; whoever a
        spokesman speaks for ("a spokesman for the Kenyan army": Kenya)."""
        spoken_for = spokesperson_of(token, WORDS.spokespeople)
        for obj in spoken_for or prep_objects(token, WORDS.member_preps):
            found = self.actors_of(obj)
            if found and (spoken_for or all(e is not None and e.type == "ORG" for e in found)):
                return person_after_body(obj, found, self.index) or found
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

    def leader_named_for_government(self, token: Token, entity: Entity) -> Entity | None:
        """ "the Trump administration must stop …" read at "Trump": the country his
        administration governs, not the man."""
        if entity.type != "PERSON" or token.dep_ != "compound":
            return None
        return self.administration_country(compound_head(token.head))

    def pronoun_actor(self, token: Token) -> list[Entity | None] | None:
        quote = self.quote_at(token.idx)
        lower = token.lower_
        if lower in WORDS.relative_actors:  # "Eritrea, whose troops fought …"
            clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
            return self.antecedents(clause.head) if clause is not None else None
        if lower in WORDS.plural_pronouns and (reporter := reporting_subject(token)):
            speakers = self.actors_of(reporter)  # "Sweden and Norway said they may …": both
            if len(speakers) > 1:
                return speakers
        if quote is not None and lower in WORDS.speaker_pronouns and quote.speaker_id:
            speaker = self.by_id.get(quote.speaker_id or "")
            if speaker is not None:
                if lower in WORDS.group_pronouns and names_one_of(token.head, WORDS.state_groups):
                    return [self.spoken_for(speaker)]  # "our country": never the speaker
                return [self.group_of(speaker) if lower in WORDS.group_pronouns else speaker]
        if "PERSON" not in WORDS.pronouns.get(lower, PERSON):  # they, it, its
            reporter = reporting_subject(token)
            if reporter is not None:  # "medical staff said they would strike": the staff
                return self.actor_of(reporter)
        reference = self.coref.at(token.idx)
        if reference is None or reference.kind != "pronoun":
            return None
        found_actors: list[Entity | None] | None = list(reference.entities) or None
        # An object pronoun is not the clause's own subject ("the US … support it").
        subject = subject_of(token.head) if token.dep_ in ("dobj", "pobj") else None
        exclude = self.actor_of(subject) if subject is not None and subject.i != token.i else None
        if lower in WORDS.other_side_pronouns and exclude:  # "He accused them": never his own side
            own = self.home_names(exclude) | {e.name for e in exclude if e is not None}
            codes = {e.country for e in exclude if e is not None and e.country}
            if not found_actors or any(
                a is not None and (a.name in own or (a.type == "GPE" and a.country in codes))
                for a in found_actors
            ):  # "Moscow" after a Russian envoy is his own side too
                return self.recent_group(token, own) or None
        return found_actors

    def antecedents(self, noun: Token) -> list[Entity | None] | None:
        """What a relative clause's noun stands for, every coordinated name with it
        ("Diaz and Rojas, who face charges": both)."""
        first = noun.head if noun.dep_ == "conj" and noun.head.i < noun.i else noun
        return self.actors_of(first) or None

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
                if t.i < token.i
                and t.dep_ != "conj"
                and any(c.dep_ == "conj" for c in children_of(t))
            ]
            for head in reversed(heads):
                found = [a for a in self.actors_of(head) if a is not None]
                actors = [self.as_actor(a, spatial=False) for a in found]
                names = {a.name for a in actors if a is not None}
                if len(names) >= 2 and not names & own and None not in actors:
                    return list[Entity | None](actors)
        return []

    def place_named_after(self, token: Token) -> Entity | None:
        """ "the Bosnian town of Gorazde", "the Ukrainian city of Kharkiv": the place the
        phrase names, not the country its nationality word gives."""
        if token.lower_ not in self.actors.place_nouns:
            return None
        for obj in prep_objects(token, frozenset({"of"})):
            for _, _, entity in self.index.covering(obj.idx, obj.idx + len(obj.text)):
                if entity.type in ("GPE", "LOC"):
                    return entity
        return None

    def demonym_entity(self, token: Token) -> Entity | None:
        """The country a nationality word names ("Afghan forces"); not an ethnicity
        ("ethnic Albanians in Serbia" are not Albania)."""
        code = demonym_of_pair(token) or demonym_country(token.text)
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
            for c in children_of(noun)
        )

    def quote_at(self, position: int) -> Quote | None:
        """The quote ``position`` sits in (the innermost, a direct one inside a report)."""
        found = self.quote_spans.containing(position, position + 1)
        if not found:
            return None
        span = min((self.quote_spans.spans[i] for i in found), key=lambda s: s[1] - s[0])
        return self.quote_by_span[span]


def is_definite(token: Token) -> bool:
    """Has the noun a definite determiner ("the group", "these nations")?"""
    return coref_is_definite(token, WORDS.definite)
