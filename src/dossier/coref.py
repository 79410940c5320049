"""The coreference stage: which entity each pronoun, description and capital stands for.

Runs once per article, after the entity stage and before quotes and events, which
read its result (``Coreference``, a frozen record in ``dossier.models``) instead of
resolving references themselves.  Needs: the parse, the entities, the spans inside
quotation marks.  Sets: ``Reference`` records, each with its reason, also kept on
the Doc (``doc.user_data["dossier_coref"]``) for the stages that take only the Doc.

- A pronoun (he, she, they, it, its, their, …) stands for the latest subject of a
  fitting type in its sentence or the one before ("pronoun: nearest PERSON
  subject"), else for the latest fitting entity named outside quotes; inside a
  quote, for the latest fitting subject within the quote.  An object pronoun is never
  its own clause's subject ("the army shelled them").
- A definite description ("the group", "the ministry", "the junta", "the city")
  stands for the nearest earlier entity its rule in ``data/actors.yaml``
  (``descriptions``) accepts, never the subject of its own clause ("the Taliban
  attacked the group"); "the government" is the government of the article's main
  country; a counted plural ("the three nations", "both countries") is the last list
  of that many actors named as a subject.
- A capital or seat named as an actor ("Santiago said", "talks with Cairo", "the
  Kremlin") stands for its state.

The words are data: ``data/coref.yaml``, ``data/actors.yaml`` and ``data/events.yaml``.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from dossier.capitals import actor_cues, names_an_actor
from dossier.lexicon import ActorLexicon, DescriptionRule, load_data, load_lexicon
from dossier.mentions import EntityIndex
from dossier.models import Coreference, Entity, Reference, ReferenceKind, Span
from dossier.names import Mention
from dossier.places import gazetteer, normalize
from dossier.syntax import conjuncts, reporting_subject, stranded_subject, subject_of
from dossier.triggers import EventLexicon, event_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

LOOKBACK = 400  # mentions searched back from a description: keeps long articles linear
DOC_KEY = "dossier_coref"  # where the stage leaves its result on the Doc
LINKED_BY_ENTITIES = "description: linked to its entity by the entity stage"


@dataclass(frozen=True, slots=True)
class CorefWords:
    """``data/coref.yaml``."""

    definite: frozenset[str]
    speaker_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    other_side_pronouns: frozenset[str]
    relative_actors: frozenset[str]
    pronouns: dict[str, frozenset[str]]
    thing_pronouns: frozenset[str]
    group_preps: tuple[str, ...]
    member_preps: frozenset[str]
    official_sectors: frozenset[str]
    number_words: dict[str, int]


@cache
def coref_words() -> CorefWords:
    data = load_data("coref.yaml")
    return CorefWords(
        definite=frozenset(map(str, data["definite"])),
        speaker_pronouns=frozenset(map(str, data["speaker_pronouns"])),
        group_pronouns=frozenset(map(str, data["group_pronouns"])),
        plural_pronouns=frozenset(map(str, data["plural_pronouns"])),
        other_side_pronouns=frozenset(map(str, data["other_side_pronouns"])),
        relative_actors=frozenset(map(str, data["relative_actors"])),
        pronouns={str(k): frozenset(map(str, v)) for k, v in data["pronouns"].items()},
        thing_pronouns=frozenset(map(str, data["thing_pronouns"])),
        group_preps=tuple(map(str, data["group_preps"])),
        member_preps=frozenset(map(str, data["member_preps"])),
        official_sectors=frozenset(map(str, data["official_sectors"])),
        number_words={str(k): int(v) for k, v in data["number_words"].items()},
    )


def find_references(doc: Doc, entities: list[Entity], quote_spans: list[Span]) -> Coreference:
    """Every pronoun, description and capital of ``doc`` with the entities it stands for."""
    resolver = CorefResolver(doc, entities, quote_spans)
    found: dict[int, Reference] = {}
    for token in doc:
        reference = resolver.reference(token)
        if reference is not None:
            found[token.idx] = reference
            resolver.known[token.i] = reference
    for reference in resolver.capital_references():
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
        self.index = EntityIndex(entities, quote_spans)
        self.quote_spans = sorted(quote_spans)
        self.by_country = {
            e.country: e
            for e in entities
            if e.type == "GPE" and e.country and e.name == self.actors.country_names.get(e.country)
        }
        self.descriptions = DescriptionResolver(
            self.index, self.actors, self.country_entity, doc.text, event_lexicon()
        )
        self.known: dict[int, Reference] = {}  # token index → its reference, as found

    def reference(self, token: Token) -> Reference | None:
        """The reference ``token`` makes, if it is a pronoun or a description."""
        covering = self.index.covering(token.idx, token.idx + len(token.text))
        if covering:  # a name, or a description the entity stage linked ("the diplomat")
            if token.pos_ != "NOUN" or not is_definite(token, self.words.definite):
                return None
            return self.make(token, "description", [covering[0][2]], LINKED_BY_ENTITIES)
        lower = token.lower_
        if lower in self.words.pronouns and token.pos_ == "PRON":
            found, reason = self.pronoun(token, self.words.pronouns[lower])  # reason "" if none
            return self.make(token, "pronoun", found, reason)
        if token.pos_ not in ("NOUN", "PROPN"):
            return None
        described = self.descriptions.resolve(token)
        if described is not None:
            return self.make(token, "description", [described], self.descriptions.reason)
        the_pair = token.lemma_.lower() == "pair" and is_definite(token, self.words.definite)
        size = 2 if the_pair else group_size(token, self.words)  # "the pair were held"
        if size is not None:
            group = self.counted_group(token)
            if len(group) == size:
                return self.make(token, "description", group, f"description: last {size} named")
        return None

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
            found = self.subject_within(quote[0], token, types)
            found = found or self.index.last_within(quote[0], token.idx, types)
            if found is not None:
                return [found], f"pronoun: nearest {kind} inside its quote"
        subject = subject_of(token.head) if token.dep_ in ("dobj", "pobj") else None
        thing = subject is not None and token.lower_ in self.words.thing_pronouns
        if thing and self.thing_before(token, subject):
            return [], "pronoun: the thing the nearest subject names, no entity"
        exclude = self.named(subject) if subject is not None and subject.i != token.i else []
        salient = self.index.subject_before(
            token, types, lambda e: e not in exclude and self.as_actor(e) is not None
        )
        if salient is not None:
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

    def thing_before(self, token: Token, own_subject: Token | None) -> bool:
        """Is the nearest subject before an object pronoun (in its sentence or the one
        before, other than its own clause's) a thing or people no entity names, of
        the pronoun's number?  "The resolution passed with 13 votes. Two states
        declined to support it": the resolution, not a state; "Hundreds of nurses
        marched … before police told them to leave": the nurses.  A subject with a name
        beside it ("the rebel group, FDD,") is named."""
        sentence = token.sent
        start = token.doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
        for word in reversed(token.doc[start : token.i]):
            if word.dep_ not in ("nsubj", "nsubjpass") or word == own_subject:
                continue
            number = (
                ("NNS", "NNPS") if token.lower_ in self.words.plural_pronouns else ("NN", "NNP")
            )
            if word.pos_ not in ("NOUN", "PROPN") or word.tag_ not in number:
                return False
            if word.i in self.known or any(c.dep_ in ("conj", "appos") for c in word.children):
                return False
            return not self.index.covering(word.idx, word.idx + len(word.text))
        return False

    def named(self, token: Token) -> list[Entity]:
        """The entities a noun phrase and its conjuncts name (or already stand for)."""
        found: list[Entity] = []
        for head in [token, *conjuncts(token)]:
            known = self.known.get(head.i)
            entities = list(known.entities) if known else []
            named = self.index.named_by(head) if not entities else None
            for entity in [*entities, *([named] if named else [])]:
                if entity not in found:
                    found.append(entity)
        return found

    def quote_at(self, position: int) -> Span | None:
        """The innermost quoted span holding ``position``."""
        holding = [s for s in self.quote_spans if s[0] <= position < s[1]]
        return min(holding, key=lambda s: s[1] - s[0]) if holding else None

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

    # --- counted plurals ------------------------------------------------------------

    def counted_group(self, token: Token) -> list[Entity]:
        """ "both superpowers", "the three nations": the last subject before ``token``
        (in its sentence or the one before) that names two or more actors."""
        sentence = token.sent
        start = token.doc[sentence.start - 1].sent.start if sentence.start > 0 else 0
        group: list[Entity] = []
        for word in token.doc[start : token.i]:
            candidate = word if word.dep_ in ("nsubj", "nsubjpass") else stranded_subject(word)
            if candidate is None or candidate.i == token.i or token in candidate.subtree:
                continue
            actors = [a for e in self.named(candidate) if (a := self.as_actor(e)) is not None]
            if len(actors) >= 2:
                group = actors
        return group

    # --- capitals ---------------------------------------------------------------------

    def capital_references(self) -> list[Reference]:
        """Each mention of a capital or seat that stands for its state ("Santiago said")."""
        found: list[Reference] = []
        text = self.doc.text
        for start, end, entity in self.index.rows:
            if entity.type != "GPE" or self.index.inside_quote(start, end):
                continue
            code = capital_country(text[start:end]) or actor_cues().seats.get(text[start:end])
            if code is None:
                continue
            state = self.country_entity(code)
            if state is None:
                continue
            mention = Mention(start, end, text[start:end], entity.type, entity.name)
            if state is not entity and not names_an_actor(self.doc, mention):
                continue  # "talks in Ankara": the city
            reason = f"capital of {state.name}"
            found.append(Reference((start, end), text[start:end], "capital", (state,), reason))
        return found

    def as_actor(self, entity: Entity | None, *, spatial: bool = False) -> Entity | None:
        """An entity as an actor: a capital named as an actor is its state ("Washington
        signed"); a town is an actor only of spatial events ("seized Kunduz")."""
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

    def country_entity(self, code: str) -> Entity | None:
        """The article's entity for a state, or one made for it (id "") if unnamed."""
        if code in self.by_country:
            return self.by_country[code]
        name = self.actors.country_names.get(code)
        return Entity(id="", name=name, type="GPE", country=code) if name else None


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
        self.reason = ""  # why the last description resolved as it did
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
            self.reason = f"description: the state's {kind} forces"
            return self.force_owner(token, kind)
        if not is_definite(token, self.definite):
            return None
        if lemma in self.place_heads and token.tag_ in ("NN", "NNP"):
            self.reason = f"description: the last place named (the {lemma})"
            return self.nearest_place(token.idx, lemma)
        rule = self.rules.get(lemma) or self.rules.get(token.lower_)
        if rule is None:
            return None
        if rule.type == "GPE":  # "the government", "the authorities"; not "Western countries"
            plural = token.tag_ in ("NNS", "NNPS")
            self.reason = "description: the government of the article's main country"
            return None if rule.country_only and plural else self.main_country()
        excluded = self.clause_subjects(token)
        sectors = "/".join(rule.sectors)
        self.reason = f"description: nearest {rule.type} {sectors} before it, not its subject"
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


def group_size(token: Token, words: CorefWords) -> int | None:
    """How many actors a definite plural names: "both sides" 2, "the three nations" 3."""
    if token.tag_ not in ("NNS", "NNPS"):
        return None
    for child in token.children:
        size = words.number_words.get(child.lower_)
        if size is None or child.dep_ not in ("det", "nummod", "predet"):
            continue
        if child.lower_ == "both" or is_definite(token, words.definite):
            return size
    return None


def is_definite(token: Token, definite: frozenset[str]) -> bool:
    return any(c.dep_ == "det" and c.lower_ in definite for c in token.children)


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
