"""Where the parse hides an actor word: a name the small parser split off its common
noun ("arrested the blogger Tran Minh Duc": two objects), the further doers of a
passive ("abused by Chile, by Peru, along with Bolivia"), a nationality of two words
("South Korean troops").  Read by
``dossier.event_actors``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.lexicon import demonym_country
from dossier.models import Entity
from dossier.syntax.coordination import conjuncts
from dossier.syntax.phrases import prep_objects
from dossier.syntax.tree import children_of

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Token

__all__ = [
    "FELLOW_PREPS",
    "acts_in_clause",
    "demonym_of_pair",
    "fellow_agents",
    "leaders_of",
    "owns_relation",
    "person_by_surname",
    "split_apposition",
    "spokesperson_of",
    "surnamed_people",
    "surnamed_person",
]

FELLOW_PREPS = frozenset({"along", "together"})  # "by X, along with Y": Y acts too
SURNAME_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"})


def fellow_agents(token: Token) -> list[Token]:
    """The other doers of a passive whose first by-phrase ``token`` is the object of:
    "abused by Chile, by Peru, along with Bolivia" (each by-phrase, and those along
    with them); also where the parse hung the by-phrases on a hedge ("we are being
    abused, I would say by Chile, by Peru, along with Bolivia": on "say")."""
    by = token.head
    if token.dep_ != "pobj" or by.lower_ != "by" or by.dep_ not in ("agent", "prep"):
        return []
    verb = by.head
    if (by.dep_ == "prep" and verb.pos_ != "VERB") or verb.i == by.i:
        return []
    phrases = [
        c for c in children_of(verb) if c.dep_ == by.dep_ and c.lower_ == "by" and c.i > by.i
    ]
    phrases += [c for c in children_of(by) if c.dep_ == "conj" and c.lower_ == "by"]
    found = [o for p in phrases for o in children_of(p) if o.dep_ == "pobj"]
    for prep in children_of(verb):  # "along with", "together with"
        if prep.dep_ == "prep" and prep.lower_ in FELLOW_PREPS:
            inner = [w for w in children_of(prep) if w.dep_ == "prep" and w.lower_ == "with"]
            found += [o for w in inner for o in children_of(w) if o.dep_ == "pobj"]
    return [o for f in found for o in (f, *conjuncts(f))]


def split_apposition(token: Token) -> Token | None:
    """The name right after a common noun that the parse made a second object or
    subject of the same verb ("arrested the blogger Tran Minh Duc": two objects)."""
    if token.pos_ != "NOUN" or token.dep_ not in ("dobj", "nsubj", "nsubjpass", "pobj"):
        return None
    following = token.right_edge.i + 1
    if following >= len(token.doc):
        return None
    name = token.doc[following]
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    same_place = name.head.i == token.head.i and name.dep_ == token.dep_
    return name if same_place and name.pos_ == "PROPN" and name.i != token.i else None


def demonym_of_pair(token: Token) -> str | None:
    """The country of a two-word nationality ``token`` is part of ("South Korean
    troops", "Sri Lankan navy"), which neither word names alone ("Sudanese" alone is
    Sudan, "South Sudanese" South Sudan)."""
    doc = token.doc
    for first in (token.i - 1, token.i):
        if first >= 0 and first + 1 < len(doc):
            code = demonym_country(f"{doc[first].text} {doc[first + 1].text}")
            if code is not None:
                return code
    return None


def owns_relation(noun: Token, modifier: Token, relational: frozenset[str]) -> bool:
    """Is ``modifier`` the possessor of a noun for the other party of a relation
    (``relational_nouns`` in data/coref.yaml: "his counterpart", "Chile's rivals"),
    which the noun never stands for?"""
    return modifier.dep_ == "poss" and noun.lemma_.lower() in relational


SPOKEN_FOR = frozenset({"for", "of"})


def spokesperson_of(noun: Token, spokespeople: frozenset[str]) -> list[Token]:
    """Whom a spokesman speaks for, the object of his for/of-phrase ("a spokesman for
    the Kenyan army", "a spokeswoman of the ministry"); ``spokespeople`` are lemmas
    (``spokespeople`` in data/coref.yaml)."""
    if noun.lemma_.lower() not in spokespeople and noun.lower_ not in spokespeople:
        return []
    return prep_objects(noun, SPOKEN_FOR)


def acts_in_clause(token: Token) -> bool:
    """Is ``token`` a doer where it stands: an active subject, or a passive's by-phrase?"""
    if token.dep_ == "nsubj":
        return True
    return token.dep_ == "pobj" and token.head.lower_ == "by" and token.head.dep_ == "agent"


def is_place_of_irregulars(
    people: Token, found: list[Entity | None], irregulars: frozenset[str]
) -> bool:
    """Is ``found`` only the place where unnamed armed men who act come from or act
    ("jihadists in northern Burkina Faso killed …")? It is no side of their deed."""
    if not found or not (people.lemma_.lower() in irregulars or people.lower_ in irregulars):
        return False
    places = all(e is not None and e.type in ("GPE", "LOC") for e in found)
    return places and acts_in_clause(people)


def person_by_surname(token: Token, entities: Iterable[Entity]) -> Entity | None:
    """A lone surname the entity stage left unmarked ("Milei attacked the paper", a
    "Trump" read as a noun): the one person of ``entities`` whose name ends with it."""
    return surnamed_person(token, surnamed_people(entities)) if may_be_surname(token) else None


def may_be_surname(token: Token) -> bool:
    """Could ``token`` be a lone surname: a noun or name in a subject's or object's
    place, with no name of its own before it?"""
    if token.pos_ not in ("PROPN", "NOUN") or token.dep_ not in SURNAME_DEPS:
        return False
    return not any(c.dep_ in ("compound", "flat") for c in children_of(token))


def surnamed_people(entities: Iterable[Entity]) -> dict[str, dict[str, Entity]]:
    """The people of ``entities`` with more than one word to their name, by their last
    word, each surname's by id in order: what ``person_by_surname`` picks from, read once
    for a reader that asks at many words (``surnamed_person``)."""
    people: dict[str, dict[str, Entity]] = {}
    for entity in entities:
        if entity.type == "PERSON" and " " in entity.name:
            people.setdefault(entity.name.split()[-1], {})[entity.id] = entity
    return people


def surnamed_person(token: Token, people: dict[str, dict[str, Entity]]) -> Entity | None:
    """``person_by_surname`` over the people ``surnamed_people`` read."""
    if not may_be_surname(token):
        return None
    found = people.get(token.text)
    return next(iter(found.values())) if found is not None and len(found) == 1 else None


def leaders_of(noun: Token, leading: frozenset[str], bodies: frozenset[str]) -> list[Token]:
    """Who leads the group ``noun`` names, the by-phrase of its participle of leading
    (``leading_verbs`` in data/coref.yaml): "a Nepali delegation led by Ravi Kumar",
    "senators led by Ana Castillo", "a coalition led by Saudi Arabia"; none for a
    governing body (``governing_bodies``: "the cabinet led by X" is the state's)."""
    if noun.lemma_.lower() in bodies:
        return []
    return [
        obj
        for child in children_of(noun)
        if child.dep_ == "acl" and child.lemma_.lower() in leading
        for agent in children_of(child)
        if agent.dep_ == "agent"
        for obj in children_of(agent)
        if obj.dep_ == "pobj"
    ]


def office_appos(office: Token) -> Token | None:
    """ "the mayor of Batangas, Rosa Villanueva": the name the parse hung on the office's
    of-object (the place) rather than on the office, or None."""
    if office.pos_ != "NOUN":
        return None
    for prep in children_of(office):
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in children_of(prep):
            if obj.dep_ == "pobj" and obj.pos_ == "PROPN":
                return next(
                    (c for c in children_of(obj) if c.dep_ == "appos" and c.pos_ == "PROPN"), None
                )
    return None
