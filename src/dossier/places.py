"""Places: every place an article names, geocoded offline.

The gazetteer is countrystatecity-countries (250 countries, 5,327 provinces and
152,378 cities with coordinates, ODbL), shipped on PyPI and read lazily, once per
process, into a plain name index.  A name is resolved to a country, a province
(admin1) or a city; where several places share a name, the one in a country the
article names most wins, then a province over a city of the same name only when
the article says "province", then the capital, then the first listed.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from dossier.lexicon import ActorLexicon, load_lexicon, zipf
from dossier.models import Entity, Level
from dossier.models import Place as Place  # lives in models; still importable from here

__all__ = [
    "CITY_WORD_ZIPF",
    "COMMON_WORD_ZIPF",
    "CONTAINER",
    "SAINT",
    "Candidate",
    "Gazetteer",
    "Level",
    "Place",
    "build_gazetteer",
    "candidate_of",
    "capital_country",
    "container_of",
    "dateline_place",
    "find_places",
    "gazetteer",
    "is_facility",
    "is_known_place",
    "place_key",
    "resolve",
]


COMMON_WORD_ZIPF = 3.5  # a place name this frequent as an English word needs a pointer
CITY_WORD_ZIPF = 4.5  # a city named by a word this frequent ("Union") is no name by itself


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Normalized place name → candidate places."""

    names: Mapping[str, tuple[Candidate, ...]]
    capitals: frozenset[tuple[str, str]]  # (country ISO3, normalized city name)


@dataclass(frozen=True, slots=True)
class Candidate:
    name: str
    country: str  # ISO alpha-3
    admin1: str | None
    lat: float
    lon: float
    level: Level


def place_key(name: str) -> str:
    """Case-folded, accents removed, "Province"/"City" dropped: "Ghōr" → "ghor"."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.replace("’", "'").replace("-", " ").replace(".", "")
    words = [SAINT.get(w, w) for w in text.split() if w not in ("province", "city", "the")]
    return " ".join(words)


SAINT = {"st": "saint", "ste": "sainte"}


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The name index, once per process, from its on-disk cache (``gazetteer_cache``)."""
    from dossier.gazetteer_cache import cached_gazetteer

    return cached_gazetteer(build_gazetteer)


def build_gazetteer() -> Gazetteer:
    """Read countrystatecity-countries into a name index (about 2 s)."""
    import countrystatecity_countries as csc

    names: dict[str, list[Candidate]] = {}
    capitals: set[tuple[str, str]] = set()

    def add(name: str, candidate: Candidate) -> None:
        key = place_key(name)
        if key:
            names.setdefault(key, []).append(candidate)

    for country in csc.get_countries():
        iso3 = country.iso3
        add(country.name, candidate_of(country, iso3, None, "country"))
        if country.capital:
            capitals.add((iso3, place_key(country.capital)))
        states = csc.get_states_of_country(country.iso2)
        state_names = {s.state_code: s.name for s in states}
        for state in states:
            add(state.name, candidate_of(state, iso3, state.name, "admin1"))
        for city in csc.get_cities_of_country(country.iso2):
            add(city.name, candidate_of(city, iso3, state_names.get(city.state_code), "city"))
    return Gazetteer(names={k: tuple(v) for k, v in names.items()}, capitals=frozenset(capitals))


def is_known_place(name: str) -> bool:
    """Is ``name`` a country or province in the gazetteer, or a city whose name is not
    also a common English word ("Kansas", "Brooklyn"; not "Union", "Court")?"""
    candidates = gazetteer().names.get(place_key(name), ())
    if any(c.level != "city" for c in candidates):
        return True
    return bool(candidates) and zipf(name) < CITY_WORD_ZIPF


def candidate_of(record: Any, iso3: str, admin1: str | None, level: Level) -> Candidate:
    return Candidate(
        record.name, iso3, admin1, _float(record.latitude), _float(record.longitude), level
    )


def _float(value: Any) -> float:
    try:
        return round(float(value), 5)
    except (TypeError, ValueError):
        return 0.0


def find_places(entities: list[Entity], text: str, dateline: str | None = None) -> list[Place]:
    """Geocode every GPE/LOC entity of a document, using its countries as context."""
    filed_from = dateline_place(dateline, entities)
    lexicon = load_lexicon()
    context = Counter(
        e.country for e in entities if e.country for _ in range(max(len(e.mentions), 1))
    )
    located: dict[str, Candidate | None] = {}
    for entity in entities:
        if entity.type in ("GPE", "LOC"):
            says_province = any("province" in text[e : e + 12].lower() for _, e in entity.mentions)
            located[entity.id] = resolve(entity, context, lexicon, prefer_province=says_province)
    places = []
    for entity in entities:
        if entity.type not in ("GPE", "LOC"):
            continue
        found = located[entity.id]
        country = found.country if found else entity.country
        admin1 = found.admin1 if found else None
        if found is None:  # "Fakhor Air Base in Tajikistan", "Andar district, Ghazni
            # province": where the text puts it
            in_country, in_admin1 = container_of(entity, entities, located, text)
            country = country or in_country
            admin1 = in_admin1 if country == in_country else None
        if country is None and is_facility(entity, lexicon):
            # An airport or a gate is in the place the story is filed from, else its main one.
            if filed_from is not None and filed_from.country:
                country = filed_from.country
            elif context:
                country = context.most_common(1)[0][0]
        places.append(
            Place(
                name=entity.name,
                entity_id=entity.id or None,
                country=country,
                admin1=admin1,
                lat=found.lat if found else None,
                lon=found.lon if found else None,
                level=found.level if found else None,
                span=entity.mentions[0] if entity.mentions else None,
                mentions=tuple(entity.mentions),
            )
        )
    return places


def with_place_countries(entities: list[Entity], places: list[Place]) -> list[Entity]:
    """``entities`` with the country this stage found for each town or province (GPE) the
    actor lexicon left without one ("Lahore", "Goma", read in the article's context), for
    the event coder (a protest in Lahore is against Pakistan, "suspects in Goma" are
    Congo's) and for the entity records (EXCHANGE.md: a GPE's own country). Not for other
    places (LOC): a sea or a region has no one country."""
    countries = {p.entity_id: p.country for p in places if p.entity_id and p.country}
    return [
        replace(e, country=countries[e.id])
        if e.type == "GPE" and e.country is None and e.id in countries
        else e
        for e in entities
    ]


def places_of(places: list[Place], entities: list[Entity]) -> list[Place]:
    """The places of ``entities`` (and those of no entity): what is left when entities
    are dropped after the places were found."""
    kept = {e.id for e in entities}
    return [p for p in places if p.entity_id is None or p.entity_id in kept]


def is_facility(entity: Entity, lexicon: ActorLexicon) -> bool:
    return entity.name.split()[-1].lower() in lexicon.place_heads


CONTAINER = re.compile(
    r"^\s*(?:village|town|district|area|base|city|province)?\s*(?:,|in|of|near|outside)\s"
)


def container_of(
    entity: Entity,
    entities: list[Entity],
    located: dict[str, Candidate | None],
    text: str,
) -> tuple[str | None, str | None]:
    """The country and province of the place a name is said to be in: "X in
    Tajikistan", "Y of Kunduz", "Andar district, Ghazni province"."""
    for _, end in entity.mentions:
        following = [
            (start, other)
            for other in entities
            if other.id in located and other is not entity
            for start, _ in other.mentions
            if end <= start <= end + 40
        ]
        following.sort(key=lambda pair: pair[0])
        for start, other in following:
            found = located[other.id]
            country = found.country if found else other.country
            if country and CONTAINER.match(text[end:start] + " "):
                return country, found.admin1 if found else None
    return None, None


def resolve(
    entity: Entity,
    context: Counter[str],
    lexicon: ActorLexicon,
    *,
    prefer_province: bool = False,
) -> Candidate | None:
    """The gazetteer entry an entity names, or None when no entry has its names."""
    index = gazetteer()
    known = lexicon.lookup(entity.name)
    names = [entity.name, *entity.aliases]
    if known is not None and known.level == "country" and known.country:
        for candidate in index.names.get(place_key(known.name), ()):
            if candidate.level == "country":
                return candidate
        country_name = lexicon.country_names.get(known.country, "")
        for candidate in index.names.get(place_key(country_name), ()):
            if candidate.level == "country":
                return candidate
    candidates = [c for n in names for c in index.names.get(place_key(n), ())]
    if entity.type == "LOC":  # "the West", "the Red Sea": a region, never a town of that name
        candidates = [c for c in candidates if c.level != "city"]
    hint = known.country if known is not None else entity.country
    if known is not None and known.capital and context and not context.get(known.country or ""):
        hint = entity.country  # "Brussels, a village in Ontario": the capital is not meant
    pointed = [c for c in candidates if c.country == hint or context.get(c.country)]
    capitals = [c for c in candidates if (c.country, place_key(c.name)) in index.capitals]
    if not candidates:
        return None
    if pointed:
        candidates = pointed  # a shared name counts only where the article points
    elif len({c.country for c in capitals}) == 1:
        candidates = capitals  # "Brussels": a capital needs no pointer
    elif is_common_word(entity.name) or len({c.country for c in candidates}) > 1:
        return None  # "West", "Victoria": too many places, or just a word

    def rank(candidate: Candidate) -> tuple[int, int, int, int, int, int]:
        province = candidate.level == "admin1"
        capital = (candidate.country, place_key(candidate.name)) in index.capitals
        return (
            1 if hint and candidate.country == hint else 0,
            # "talks in Kingston" in a story naming Jamaica once and the US thrice: the
            # capital of a country the article names, before a town of the most named one
            1 if capital and context.get(candidate.country) else 0,
            context.get(candidate.country, 0),
            1 if province == prefer_province else 0,
            1 if capital else 0,
            1 if candidate.level == "city" else 0,
        )

    return max(candidates, key=rank)


def is_common_word(name: str) -> bool:
    """ "West", "Victoria": a name that is also a frequent English word (asked only of a
    name the gazetteer knows, so that most names never need a word frequency)."""
    return zipf(place_key(name)) >= COMMON_WORD_ZIPF


def dateline_place(dateline: str | None, entities: list[Entity]) -> Place | None:
    """Where the article was filed from ("KABUL (Reuters) –"), geocoded."""
    if not dateline:
        return None
    lexicon = load_lexicon()
    context = Counter(e.country for e in entities if e.country)
    probe = Entity(id="", name=dateline.title() if dateline.isupper() else dateline, type="GPE")
    found = resolve(probe, context, lexicon)
    if found is None:
        return None
    return Place(
        name=probe.name,
        entity_id=None,
        country=found.country,
        admin1=found.admin1,
        lat=found.lat,
        lon=found.lon,
        level=found.level,
        span=None,
    )


def capital_country(name: str) -> str | None:
    """The country whose capital ``name`` is ("Berlin" → DEU), when only one has it."""
    return national_capitals().get(place_key(name))


@lru_cache(maxsize=1)
def national_capitals() -> dict[str, str]:
    """Capital city → country ISO3, from the gazetteer; names shared by two countries'
    capitals are left out."""
    seen: dict[str, set[str]] = {}
    for country, city in gazetteer().capitals:
        seen.setdefault(city, set()).add(country)
    return {city: next(iter(codes)) for city, codes in seen.items() if len(codes) == 1}
