"""A capital standing for its state: "Beijing warned", "pressure from Beijing".

ANNOTATION.md names a state by its country name and keeps its capital, where the
capital speaks or acts for it, as an alias ("Washington" is the United States).  A
capital the article only ever names as an actor (subject, possessor, object, "talks
with Cairo") therefore joins its country's entity, or becomes it when the country
itself is not named; a capital the article names once as a place ("talks in
Ankara", "south of London", "flew to Kabul") stays a city.  The words that decide
are data: ``data/countries.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from dossier.lexicon import ActorLexicon, load_data
from dossier.models import Entity, Reference
from dossier.names import Mention, text_of, window_tokens
from dossier.places import capital_country as place_capital_country

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc

    from dossier.entities import Cluster
    from dossier.mentions import EntityIndex

__all__ = ["ActorCues", "actor_cues", "capital_country", "fold_capitals", "names_an_actor"]


@dataclass(frozen=True, slots=True)
class ActorCues:
    seats: dict[str, str]  # a seat of government left out of the capitals -> ISO3
    region_bodies: dict[str, str]  # a region that acts as one body -> the body's name
    preps: frozenset[str]
    place_verbs: frozenset[str]


@lru_cache(maxsize=1)
def actor_cues() -> ActorCues:
    data = load_data("countries.yaml")
    return ActorCues(
        seats={str(k): str(v) for k, v in (data.get("seats") or {}).items()},
        region_bodies={str(k): str(v) for k, v in (data.get("region_bodies") or {}).items()},
        preps=frozenset(str(w) for w in data.get("capital_actor_preps", [])),
        place_verbs=frozenset(str(w) for w in data.get("capital_place_verbs", [])),
    )


def capital_country(cluster: Cluster, lexicon: ActorLexicon) -> str | None:
    """The ISO3 code of the state whose capital (or seat) the cluster names, if any."""
    if cluster.label != "GPE":
        return None
    if cluster.actor is not None:
        return cluster.actor.country if cluster.actor.capital else None
    names = {m.text for m in cluster.mentions}
    seats = actor_cues().seats
    return next((seats[n] for n in names if n in seats), None)


def names_an_actor(doc: Doc, mention: Mention) -> bool:
    """Is this mention the state acting ("Beijing warned", "talks with Cairo",
    "Tehran's abuses"), not the city as a place ("in Ankara", "flew to Kabul")?"""
    cues = actor_cues()
    tokens = window_tokens(doc, mention.start, mention.end)
    if not tokens:
        return False
    token = tokens[-1]
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head  # "between Washington and Pyongyang"
    if text_of(doc)[mention.end : mention.end + 1] == "-":
        return False  # "Beijing-based", "Kabul-bound"
    if token.dep_ == "poss":
        return True
    if token.dep_ in ("nsubj", "nsubjpass", "dobj", "dative"):
        return token.head.lemma_.lower() not in cues.place_verbs
    if token.dep_ != "pobj":
        return False
    prep = token.head
    return prep.lower_ in cues.preps and prep.head.lemma_.lower() not in cues.place_verbs


def fold_capitals(doc: Doc, clusters: list[Cluster], lexicon: ActorLexicon) -> None:
    """Fold each capital named only as an actor into its country, and each region
    named only as an actor into the body the article names for it, in place."""
    fold_regions(doc, clusters)
    countries = {
        c.actor.country: c
        for c in clusters
        if c.actor is not None and c.actor.level == "country" and c.label == "GPE"
    }
    for cluster in list(clusters):
        code = capital_country(cluster, lexicon)
        if code is None or not all(names_an_actor(doc, m) for m in cluster.mentions):
            continue
        home = countries.get(code)
        if home is not None:
            home.mentions.extend(cluster.mentions)
            clusters.remove(cluster)
            continue
        name = lexicon.country_names.get(code)
        country = lexicon.lookup(name) if name else None
        if country is None:
            continue
        cluster.actor = country
        cluster.key = f"GPE:{country.name}"
        countries[code] = cluster


def fold_regions(doc: Doc, clusters: list[Cluster]) -> None:
    """ "Europe retaliated with its own tariffs" is the European Union, where the
    article names the Union and never names Europe as a place ("migrants reached
    Europe"): the region's mentions join the body's."""
    bodies = actor_cues().region_bodies
    for cluster in list(clusters):
        named = next((bodies[m.text] for m in cluster.mentions if m.text in bodies), None)
        if named is None or not all(names_an_actor(doc, m) for m in cluster.mentions):
            continue
        body = next((c for c in clusters if c.actor is not None and c.actor.name == named), None)
        if body is not None and body is not cluster:
            body.mentions.extend(cluster.mentions)
            clusters.remove(cluster)


def capital_references(
    doc: Doc, index: EntityIndex, country_entity: Callable[[str], Entity | None]
) -> list[Reference]:
    """Each mention of a capital or seat that stands for its state ("Santiago said"),
    as a coreference (``dossier.coref``); ``country_entity`` gives a state's entity."""
    found: list[Reference] = []
    text = text_of(doc)
    for start, end, entity in index.rows:
        if entity.type != "GPE" or index.inside_quote(start, end):
            continue
        code = place_capital_country(text[start:end]) or actor_cues().seats.get(text[start:end])
        state = country_entity(code) if code is not None else None
        if state is None:
            continue
        mention = Mention(start, end, text[start:end], entity.type, entity.name)
        if state is not entity and not names_an_actor(doc, mention):
            continue  # "talks in Ankara": the city
        reason = f"capital of {state.name}"
        found.append(Reference((start, end), text[start:end], "capital", (state,), reason))
    return found
