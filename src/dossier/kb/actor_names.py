"""How the linker names, keys and tallies an entity cluster: its family (people,
organizations, places), the keys it is looked up by (name, full-length aliases), the
short forms a full name is known by (surname, acronym), and the (field, value) pairs
it adds to its actor's tallies.  Pure functions of a cluster's values, most of them
remembered: the same clusters recur in article after article."""

from __future__ import annotations

import re
from functools import lru_cache

from dossier.lexicon import load_lexicon, name_key
from dossier.store.rows import ClusterRow

EntityRow = ClusterRow  # the name the linker used for an entity cluster

FAMILIES = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place", "FAC": "place"}
ACRONYM = re.compile(r"^[A-Z][A-Z.&-]{1,7}$")
CONNECTORS = frozenset({"of", "the", "for", "and", "on", "in", "de", "al", "el", "&"})


@lru_cache(maxsize=200_000)
def cached_name_key(name: str) -> str:
    """``lexicon.name_key``, remembered: a store links the same names again and again."""
    return name_key(name)


def family(entity_type: str) -> str:
    """People, organizations and places are never merged across these families."""
    return FAMILIES.get(entity_type, entity_type.lower())


def known_name(entity: EntityRow) -> str:
    """The actor lexicon's name when the entity carries it (as an alias: an article
    that says only "the NRF"), so the actor's id does not depend on which article came
    first; else the entity's own name."""
    lexicon = load_lexicon()
    for alias in entity.aliases:
        actor = lexicon.lookup(alias)
        if actor is not None and actor.name == alias and family(actor.type) == family(entity.type):
            return alias
    return entity.name


def slug(name: str) -> str:
    return re.sub(r"\s+", "-", cached_name_key(name)) or "actor"


def is_surname_or_acronym(name: str, entity_type: str) -> bool:
    """A surname alone ("Blinken") or an acronym alone ("NRF")."""
    if entity_type == "PERSON":
        return len(cached_name_key(name).split()) == 1
    return entity_type == "ORG" and bool(ACRONYM.match(name.strip()))


def short_forms(name: str, entity_type: str) -> set[str]:
    """The short forms a full name is known by: a person's surname, an acronym."""
    words = cached_name_key(name).split()
    if entity_type == "PERSON":
        return {words[-1]} if len(words) > 1 else set()
    if entity_type != "ORG":
        return set()
    forms = set()
    head = re.split(r"\s+of\s+", name, maxsplit=1)[0]
    for phrase in {name, head}:
        initials = [w[0] for w in re.findall(r"[\w'-]+", phrase) if w.lower() not in CONNECTORS]
        if len(initials) >= 2 and all(i.isupper() for i in initials):
            forms.add("".join(initials).lower())
    return forms


def name_keys(entity: EntityRow) -> tuple[str, ...]:
    """The keys an entity is looked up by: its name and its full-length aliases."""
    return keys_of_names(entity.name, entity.type, tuple(entity.aliases))


@lru_cache(maxsize=65536)
def keys_of_names(name: str, entity_type: str, aliases: tuple[str, ...]) -> tuple[str, ...]:
    """``name_keys`` of a cluster with this name, type and aliases (the same clusters
    come back in article after article)."""
    fam = family(entity_type)
    names = [name, *(a for a in aliases if is_proper(a))]
    if entity_type == "PERSON" and not is_surname_or_acronym(name, "PERSON"):
        names = [n for n in names if not is_surname_or_acronym(n, "PERSON")]
    keys = dict.fromkeys(f"{fam}|{cached_name_key(n)}" for n in names if cached_name_key(n))
    return tuple(keys)


@lru_cache(maxsize=65536)
def is_proper(alias: str) -> bool:
    """A name ("the Islamic Emirate", "NRF"), not a description ("the movement", "The
    extremist group") that would link every group an article calls so."""
    rest = re.sub(r"^the\s+", "", alias.strip(), flags=re.IGNORECASE)
    return rest[:1].isupper()


def compatible(country: str | None, other: str | None) -> bool:
    return country is None or other is None or country == other


def role_keys(entity: EntityRow) -> set[tuple[str, str | None, str | None]]:
    """(normalized name, lower-case title, body) of each role a member cluster holds,
    as ``KnowledgeBase._roles`` keeps them."""
    name = cached_name_key(entity.name)
    return {
        (name, None if r.get("title") is None else str(r["title"]).lower(), r.get("of"))
        for r in entity.roles
    }


def tallied(entity: EntityRow) -> tuple[tuple[str, str], ...]:
    """The (field, value) pairs one member cluster adds to its actor's tallies."""
    return tallied_values(entity.name, entity.aliases, entity.country, entity.sector)


@lru_cache(maxsize=65536)
def tallied_values(
    name: str, aliases: tuple[str, ...], country: str | None, sector: str | None
) -> tuple[tuple[str, str], ...]:
    """``tallied`` of a cluster with these values (the same ones recur in article
    after article)."""
    pairs = [("name", name), *(("alias", a) for a in dict.fromkeys(aliases))]
    pairs += [(f, v) for f, v in (("country", country), ("sector", sector)) if v]
    return tuple(pairs)


def is_proper_alias(alias: str) -> bool:
    """A proper name ("NRF", "Blinken"), not a description ("the group")."""
    return alias[:1].isupper() and alias.split()[0].lower() != "the"
