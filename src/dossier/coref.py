"""The coreference stage: which entity each pronoun, description and capital stands for.

Runs once per article, after the entity stage and before quotes and events, which
read its result (``Coreference``, a frozen record in ``dossier.models``) instead of
resolving references themselves.  Needs: the parse, the entities, the spans inside
quotation marks.  Sets: ``Reference`` records, each with its reason, also kept on
the Doc (``doc.user_data["dossier_coref"]``) for the stages that take only the Doc.

- A pronoun (he, she, they, it, its, their, …) stands for the latest subject of a
  fitting type in its sentence or the one before ("pronoun: nearest PERSON subject";
  "DHS officials" make DHS a subject), else for the latest fitting entity named outside
  quotes; inside a quote, for the latest fitting subject within the quote.  An object
  pronoun is never its own clause's subject ("the army shelled them").  A plural subject
  pronoun ("they") after actors joined as a subject ("Ortiz and Salas were charged. …
  they face …", "Kenya and Uganda signed. They said …") stands for all of them.
- A singular definite description of a named entity ("the top US diplomat", "the
  terror group", "the ministry") is linked to it first, over the entity stage's
  clusters, and becomes one of its mentions (``dossier.description_links``).
- Any other definite description ("the group", "the junta", "the city")
  stands for the nearest earlier entity its rule in ``data/actors.yaml``
  (``descriptions``) accepts, never the subject of its own clause ("the Taliban
  attacked the group"); "the government" is the government of the article's main
  country; a counted plural ("the three nations", "both countries") is the last list
  of that many actors named as a subject.
- An epithet of a state ("the island nation", "the kingdom", "the Gulf state") is
  the state named last nearby that fits it (``dossier.epithets``), linked as a
  description; where none fits it stands for no one.
- A capital or seat named as an actor ("Santiago said", "talks with Cairo", "the
  Kremlin") stands for its state.

The words are data: ``data/coref.yaml``, ``data/actors.yaml`` and ``data/events.yaml``;
the description rules are ``dossier.descriptions``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.actor_parse import person_by_surname
from dossier.actor_sides import ArticleStates
from dossier.capitals import capital_references
from dossier.coref_words import (
    coref_words,
    counted_heads,
    group_size,
    is_definite,
    stranded_subject_of,
    thing_before,
    without_their_states,
)
from dossier.description_links import link_descriptions
from dossier.descriptions import HOME_KEY, DescriptionResolver
from dossier.doc_arrays import in_subtree, positions_between, tokens_where
from dossier.epithets import candidate_positions, epithet_features
from dossier.events.triggers import event_lexicon
from dossier.lexicon import load_lexicon
from dossier.mentions import EntityIndex
from dossier.models import Coreference, Entity, Reference, ReferenceKind, Span
from dossier.names import text_of
from dossier.syntax.coordination import conjuncts
from dossier.syntax.subjects import (
    addresser_of,
    reporting_subject,
    subject_of,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

DOC_KEY = "dossier_coref"  # where the stage leaves its result on the Doc
INSIDE_A_NAME = "description: inside a name of its entity"
REFERRING_POS = frozenset({"NOUN", "PROPN", "PRON"})  # the words a reference can be
SUBJECTS, VERBS = frozenset({"nsubj", "nsubjpass"}), frozenset({"VERB", "AUX"})


def find_references(doc: Doc, entities: list[Entity], quote_spans: list[Span]) -> Coreference:
    """Every pronoun, description and capital of ``doc`` with the entities it stands
    for; the descriptions of a named entity become its mentions."""
    links = link_descriptions(doc)
    resolver = CorefResolver(doc, entities, quote_spans)
    resolver.links = sorted((span, entity.id, reason) for span, entity, reason in links)
    found: dict[int, Reference] = {}
    for token in tokens_where(doc, pos=REFERRING_POS, lowers=resolver.words.pair_anaphors):
        reference = resolver.reference(token)
        if reference is not None:
            found[token.idx] = reference
            resolver.known[token.i] = reference
    for reference in capital_references(doc, resolver.index, resolver.country_entity):
        found.setdefault(reference.span[0], reference)
    result = Coreference(tuple(found[start] for start in sorted(found)))
    doc.user_data[DOC_KEY] = result
    return result


def coreference_of(doc: Doc, entities: list[Entity], quote_spans: list[Span]) -> Coreference:
    """The stage's result left on ``doc``, or (when a reader runs without the pipeline,
    as in a test of its own) the result computed now."""
    found = doc.user_data.get(DOC_KEY)
    return found if isinstance(found, Coreference) else find_references(doc, entities, quote_spans)


class CorefResolver:
    """The rules of the stage over one parsed article (see the module docstring)."""

    def __init__(self, doc: Doc, entities: list[Entity], quote_spans: list[Span]) -> None:
        self.doc = doc
        self.words = coref_words()
        self.actors = load_lexicon()
        self.index = EntityIndex(entities, quote_spans, members=self.words.state_bodies)
        self.states = ArticleStates(self.index, self.actors)
        self.by_country = self.states.by_country
        self.descriptions = DescriptionResolver(
            self.index, self.actors, self.country_entity, text_of(doc), event_lexicon()
        )
        self.descriptions.home = doc.user_data.get(HOME_KEY)  # the dateline's country
        self.describable = candidate_positions(doc) | counted_heads(doc, self.words)
        self.named_heads: dict[int, Entity | None] = {}  # see named_by
        self.named_words: dict[int, tuple[Entity, ...]] = {}  # see named
        self.resolving = -1  # the word ``reference`` reads (``known`` is final before it)
        self.known: dict[int, Reference] = {}  # token index → its reference, as found
        self.genders: dict[str, str] = {}  # a person's name → the gender its pronouns mark
        self.links: list[tuple[Span, str, str]] = []  # linked descriptions: span, entity id, why

    def reference(self, token: Token) -> Reference | None:
        """The reference ``token`` makes, if it is a pronoun or a description."""
        self.resolving = token.i
        if token.pos_ not in REFERRING_POS and token.lower_ not in self.words.pair_anaphors:
            return None  # no name, pronoun or description: a verb, a preposition, …
        covering = self.index.covering(token.idx, token.idx + len(token.text))
        if covering:  # a name, or a description linked to its entity ("the diplomat")
            if token.pos_ != "NOUN" or not is_definite(token, self.words.definite):
                return None
            entity = covering[0][2]
            return self.make(token, "description", [entity], self.link_reason(token, entity))
        lower = token.lower_
        if lower in self.words.pronouns and token.pos_ == "PRON":
            found, reason = self.pronoun(token, self.words.pronouns[lower])  # reason "" if none
            gender = self.words.pronoun_genders.get(lower)
            for person in found if gender else ():
                self.genders.setdefault(person.name, gender or "")
            return self.make(token, "pronoun", found, reason)
        if lower in self.words.pair_anaphors and is_definite(token, self.words.definite):
            chosen = self.one_of_last_pair(token, self.words.pair_anaphors[lower])
            reason = f"description: {lower} of the last two named"
            return self.make(token, "description", chosen, reason) if chosen else None
        if token.pos_ not in ("NOUN", "PROPN") or not self.may_describe(token):
            return None
        if epithet_features(token) is not None:  # "the Himalayan nation": no state near fits
            return self.make(token, "description", [], "description: an epithet no state fits")
        described = self.descriptions.resolve(token)
        if described is not None:
            return self.make(token, "description", [described], self.descriptions.reason)
        the_pair = token.lemma_.lower() == "pair" and is_definite(token, self.words.definite)
        size = 2 if the_pair else group_size(token, self.words)  # "the pair were held"
        group = self.counted_members(token, size) if size is not None else []
        if group:
            return self.make(token, "description", group, f"description: last {size} named")
        return None

    def may_describe(self, token: Token) -> bool:
        """Can an epithet, a description rule, "the pair" or a number read this noun?"""
        return (
            token.i in self.describable
            or self.descriptions.may_resolve(token)
            or token.lemma_.lower() == "pair"
        )

    def counted_members(self, token: Token, size: int) -> list[Entity]:
        """The ``size`` actors a counted plural names; "the other two nations" are a
        group of three but the one its own sentence names ("Japan drilled with …")."""
        other = any(c.lower_ in self.words.other_words for c in token.children)
        wanted = size + 1 if other else size
        group = self.counted_group(token)
        if len(group) != wanted:  # "Ruto hosted Museveni. The two leaders discussed …"
            group = self.last_named(token, wanted, addressed=not other)
        if other:
            own = [e.name for w in token.sent if w not in token.subtree for e in self.named(w)]
            group = [e for e in group if e.name not in own]
        return group if len(group) == size else []

    def link_reason(self, token: Token, entity: Entity) -> str:
        """Why a description linked to ``entity`` holding ``token`` stands for it."""
        for (start, end), entity_id, reason in self.links:
            if start <= token.idx < end and entity_id == entity.id:
                return reason
        return INSIDE_A_NAME

    def make(
        self, token: Token, kind: ReferenceKind, found: list[Entity], reason: str
    ) -> Reference:
        span = (token.idx, token.idx + len(token.text))
        return Reference(span, token.text, kind, tuple(found), reason or "none fits")

    # --- pronouns -----------------------------------------------------------------

    def pronoun(self, token: Token, types: frozenset[str]) -> tuple[list[Entity], str]:
        """A pronoun's antecedent and why: inside a quote, the latest fitting subject
        within it; else a salient subject of this or the previous sentence; else the
        latest fitting actor named outside quotes."""
        kind = "/".join(sorted(types))
        reporter = reporting_subject(token)
        if reporter is not None:
            named = [e for e in self.named(reporter) if e.type in types]
            if named:  # "the EU levied what he said was …": he is no EU
                return named, "pronoun: subject of the clause that reports it"
        quote = self.quote_at(token.idx)
        if quote is not None:
            found = self.index.subject_within(quote[0], token, types)
            found = found or self.index.last_within(quote[0], token.idx, types)
            if found is not None:
                return [found], f"pronoun: nearest {kind} inside its quote"
        owner = self.surnamed_subject(token) if "PERSON" in types else None
        if owner is not None:  # "Last year Salas hailed his own visit", "Trump" untagged
            return [owner], "pronoun: the nearest subject, a surname alone"
        plural = token.lower_ in self.words.plural_pronouns
        people = self.counted_group(token, last=True) if plural and token.dep_ == "nsubj" else []
        if len(people) > 1 and all(e.type == "PERSON" for e in people):
            # "Toro and Pena were charged. If convicted, they face …": both
            return people, "pronoun: the people joined as the last subject before it"
        subject = subject_of(token.head) if token.dep_ in ("dobj", "pobj") else None
        thing = subject is not None and token.lower_ in self.words.thing_pronouns
        if thing and thing_before(token, subject, self.words, self.known, self.index):
            return [], "pronoun: the thing the nearest subject names, no entity"
        exclude = self.named(subject) if subject is not None and subject.i != token.i else []
        exclude += self.other_gender(token.lower_)  # "his testimony … She told": not him
        salient = self.index.subject_before(
            token, types, lambda e: e not in exclude and self.as_actor(e) is not None
        )
        if salient is not None:
            group = self.counted_group(token) if plural else []
            if len(group) > 1 and self.as_actor(salient) in group:
                # "Peru and Chile were accused of dumping. … they face fines": both
                return group, f"pronoun: the {kind} subjects joined before it"
            return [salient], f"pronoun: nearest {kind} subject"
        skip: list[Entity | None] = list(exclude)
        for _ in range(6):  # people and groups act; a town named in passing does not
            found = self.index.last_before(token.idx, types, exclude=skip)
            if found is None:
                break
            actor = self.as_actor(found)
            if actor is not None and found.sector != "MED":  # not "a video obtained by CNN"
                return [actor], f"pronoun: nearest {kind} named before it"
            skip.append(found)
        return [], ""

    def surnamed_subject(self, token: Token) -> Entity | None:
        """The person named by the nearest subject before a pronoun (in its sentence or
        the one before, outside quotes, not an object pronoun's own clause's) where that
        subject is a lone surname the entity stage left unmarked: "Last year Salas
        hailed his own visit" is Salas's visit; a marked subject nearer is left to
        the rest of ``pronoun``."""
        own = subject_of(token.head) if token.dep_ in ("dobj", "pobj") else None
        sentence = token.sent
        start = token.doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
        for i in reversed(positions_between(token.doc, start, token.i, deps=SUBJECTS)):
            word = token.doc[i]
            if word == own:
                continue
            if self.index.named_by(word) is not None or self.quote_at(word.idx) is not None:
                return None
            person = person_by_surname(word, self.index.entities)
            if person is not None:
                return person if person not in self.other_gender(token.lower_) else None
        return None

    def other_gender(self, pronoun: str) -> list[Entity]:
        """The people the article's earlier pronouns gave the other gender than
        ``pronoun`` marks."""
        gender = self.words.pronoun_genders.get(pronoun)
        if gender is None:
            return []
        return [
            e
            for e in self.descriptions.entities
            if e.type == "PERSON" and self.genders.get(e.name, gender) != gender
        ]

    def named(self, token: Token) -> list[Entity]:
        """The entities a noun phrase and its conjuncts name (or already stand for);
        kept once all its words lie before the word being resolved, whose own and later
        references are all that ``known`` has yet to gain."""
        kept = self.named_words.get(token.i)
        if kept is not None:
            return list(kept)
        found: list[Entity] = []
        heads = [token, *conjuncts(token)]
        for head in heads:
            known = self.known.get(head.i)
            entities = list(known.entities) if known else []
            named = self.named_by(head) if not entities else None
            for entity in [*entities, *([named] if named else [])]:
                if entity not in found:
                    found.append(entity)
        if all(head.i < self.resolving for head in heads):
            self.named_words[token.i] = tuple(found)
        return found

    def named_by(self, head: Token) -> Entity | None:
        """``EntityIndex.named_by``, a function of the parse and the mentions, kept."""
        if head.i not in self.named_heads:
            self.named_heads[head.i] = self.index.named_by(head)
        return self.named_heads[head.i]

    def quote_at(self, position: int) -> Span | None:
        """The innermost quoted span holding ``position``."""
        return self.index.quote_holding(position)

    # --- counted plurals ------------------------------------------------------------

    def counted_group(self, token: Token, *, last: bool = False) -> list[Entity]:
        """ "both superpowers", "the three nations": the last subject before ``token``
        (in its sentence or the one before) that names two or more actors; with
        ``last``, only if no subject naming one actor follows it."""
        sentence = token.sent
        start = token.doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
        group: list[Entity] = []
        # only a subject, or a verb (stranded_subject), can be one
        for i in positions_between(token.doc, start, token.i, deps=SUBJECTS, pos=VERBS):
            word = token.doc[i]
            candidate = word if word.dep_ in SUBJECTS else stranded_subject_of(word)
            if candidate is None or in_subtree(token.doc, token.i, candidate.i):
                continue
            actors = [a for e in self.named(candidate) if (a := self.as_actor(e)) is not None]
            actors = without_their_states(actors)  # "Kyrgyz President Japarov": one
            if len(actors) >= 2:
                group = actors
            elif last and actors:
                group = []
        return group

    def last_named(
        self, token: Token, size: int, people: bool | None = None, *, addressed: bool = True
    ) -> list[Entity]:
        """Exactly ``size`` actors of the kind a counted plural names ("leaders": people;
        "countries": states, bodies; "sides": either) in its sentence or the one before."""
        lemma = token.lemma_.lower()
        if people is None and lemma in self.words.either_groups:
            pair = self.last_named(token, size, False, addressed=addressed)
            pair = pair or self.last_named(token, size, True, addressed=addressed)
            countries = {e.country for e in pair if e.type == "PERSON"}
            # two people of one state are one side ("Lula sent his adviser X … urged both sides")
            sides = len(countries) == len(pair) and None not in countries
            return pair if sides or not countries else []
        people = lemma in self.words.people_groups if people is None else people
        states = token.lemma_.lower() in self.words.state_groups  # no ORG among them
        named = self.actors_named_before(token)
        caller = addresser_of(token) if addressed else None  # "urged both sides"
        callers = {a.name for at, a in named if caller and in_subtree(token.doc, at, caller.i)}
        found: list[Entity] = []
        for _, actor in named:  # "The EU's envoy, X, urged both sides": who urges is no side
            fits = (actor.type == "PERSON") == people and (not states or actor.type == "GPE")
            fits = fits and actor.name not in callers
            if fits and all(actor.name != f.name for f in found):
                found.append(actor)
        return found if len(found) == size else []

    def actors_named_before(self, token: Token) -> list[tuple[int, Entity]]:
        """Each actor named before ``token`` in its sentence or the one before, with
        the position of the word naming it, in text order."""
        sentence = token.sent
        start = token.doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
        return [
            (word.i, actor)
            for word in token.doc[start : token.i]
            for entity in self.named(word)
            if (actor := self.as_actor(entity)) is not None
        ]

    def one_of_last_pair(self, token: Token, which: int) -> list[Entity]:
        """ "the former" (``which`` 0) or "the latter" (1): one of the last two actors of
        one kind (people, or states and bodies) named in the sentence before ``token`` or
        its own; of the kind whose pair was completed last ("Ruto met Museveni in
        Kampala. The latter …": Museveni, though a city came after him)."""
        kinds: dict[bool, list[tuple[int, Entity]]] = {True: [], False: []}
        for position, actor in self.actors_named_before(token):
            named = kinds[actor.type == "PERSON"]
            if named and named[-1][1].name == actor.name:
                continue
            named[:] = [(i, e) for i, e in named if e.name != actor.name]
            named.append((position, actor))
        pairs = [named[-2:] for named in kinds.values() if len(named) >= 2]
        if not pairs:
            return []
        latest = max(pairs, key=lambda pair: pair[1][0])
        return [latest[which][1]]

    # --- capitals ---------------------------------------------------------------------

    def as_actor(self, entity: Entity | None, *, spatial: bool = False) -> Entity | None:
        """An entity as an actor: a capital named as an actor is its state ("Washington
        signed"); a town is an actor only of spatial events ("seized Kunduz")."""
        return self.states.as_actor(entity, spatial=spatial)

    def country_entity(self, code: str) -> Entity | None:
        """The article's entity for a state, or one made for it (id "") if unnamed."""
        return self.states.country_entity(code)
