"""Word frequencies and the packaged data files, loaded once and shared.

``ActorLexicon`` joins ``data/actors.yaml``, ``data/countries.yaml`` (with
pycountry's ISO names) and ``data/titles.yaml`` into lookups the entity stage
uses; a user's own actors file is merged over ours.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml

from dossier.data_files import load_data
from dossier.errors import InputError
from dossier.word_frequency import zipf

__all__ = [
    "Actor",
    "ActorLexicon",
    "DescriptionRule",
    "add_actors",
    "add_capitals",
    "add_countries",
    "add_titles",
    "demonym_country",
    "load_data",
    "load_lexicon",
    "name_key",
    "read_user_actors",
    "regular_demonyms",
    "word_set",
    "zipf",
]


@cache
def month_numbers() -> dict[str, int]:
    """Every month name and abbreviation, lower case, to its number (``dates.yaml``)."""
    months = load_data("dates.yaml")["months"]
    return {str(name).lower(): number for number, names in enumerate(months, 1) for name in names}


def word_set(data: dict[str, Any], key: str) -> frozenset[str]:
    """The lowercased words listed under ``key`` of a data file (empty if absent)."""
    return frozenset(str(w).lower() for w in data.get(key, []))


@dataclass(frozen=True, slots=True)
class Actor:
    """A known actor or place: its canonical name, type, country and sector."""

    name: str
    type: str
    country: str | None = None
    sector: str | None = None
    level: str | None = None  # for places: country, province, city, region
    capital: bool = False
    pinned: bool = False  # from the user's actor file: its name wins over the text's


@dataclass(frozen=True, slots=True)
class DescriptionRule:
    heads: frozenset[str]
    type: str
    sectors: tuple[str, ...]
    country_only: bool = False
    needs_country_cue: bool = False
    modifiers: dict[str, str] = field(default_factory=dict, hash=False)  # word → sector


@dataclass(slots=True)
class ActorLexicon:
    """Everything the entity stage looks names up in."""

    by_alias: dict[str, Actor] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    title_sectors: dict[str, str] = field(default_factory=dict)
    relational: frozenset[str] = frozenset()
    honorifics: frozenset[str] = frozenset()
    kinds: dict[str, frozenset[str]] = field(default_factory=dict)
    org_sectors: dict[str, str] = field(default_factory=dict)
    descriptions: tuple[DescriptionRule, ...] = ()
    ambiguous: frozenset[str] = frozenset()
    place_heads: frozenset[str] = frozenset()
    place_suffixes: frozenset[str] = frozenset()
    outlet_words: frozenset[str] = frozenset()
    place_nouns: frozenset[str] = frozenset()
    portfolio_words: frozenset[str] = frozenset()
    name_particles: frozenset[str] = frozenset()
    title_words: frozenset[str] = frozenset()  # every word of every title, for quick tests

    @property
    def org_words(self) -> frozenset[str]:
        """Single words that end an organization's name ("Army", "Ministry")."""
        return frozenset(w for w in self.org_sectors if " " not in w)

    def lookup(self, surface: str) -> Actor | None:
        """The known actor, country or place a surface form names, if any."""
        text = surface.strip()
        found = self.by_alias.get(text)
        if found is None and text[:4].lower() == "the ":
            found = self.by_alias.get(text[4:])
        if found is None and text[:1].isupper():  # "Al-Shabab" as a name: "al-Shabab"
            found = self.by_alias.get(text[0].lower() + text[1:])
        return found

    def demonym_country(self, word: str) -> str | None:
        return self.demonyms.get(word.lower().removesuffix("'s").removesuffix("’s"))

    def title_sector(self, title: str) -> str | None:
        """The sector of the longest known title phrase inside ``title``."""
        words = title.lower().replace("-", " ").split()
        best: tuple[int, str] | None = None
        for size in range(len(words), 0, -1):
            for start in range(len(words) - size + 1):
                phrase = " ".join(words[start : start + size])
                if phrase in self.title_sectors and (best is None or size > best[0]):
                    best = (size, self.title_sectors[phrase])
            if best:
                return best[1]
        return None

    def is_title_word(self, word: str) -> bool:
        return word.lower() in self.title_words

    def org_sector(self, name: str) -> str | None:
        words = name.lower().replace("’", "'").split()
        for size in (3, 2, 1):
            for start in range(len(words) - size + 1):
                sector = self.org_sectors.get(" ".join(words[start : start + size]))
                if sector:
                    return sector
        return None


@lru_cache(maxsize=8)
def load_lexicon(actors_file: Path | None = None) -> ActorLexicon:
    """Build the lexicon from the packaged data, plus ``actors_file`` if given."""
    lexicon = ActorLexicon()
    countries = load_data("countries.yaml")
    add_countries(lexicon, countries)
    actors = load_data("actors.yaml")
    add_actors(lexicon, actors)
    add_capitals(lexicon, countries)
    add_titles(lexicon, load_data("titles.yaml"))
    lexicon.descriptions = tuple(
        DescriptionRule(
            heads=frozenset(rule["heads"]),
            type=rule["type"],
            sectors=tuple(rule.get("sectors") or ()),
            country_only=bool(rule.get("country_only")),
            needs_country_cue=bool(rule.get("needs_country_cue")),
            modifiers={w: k for k, words in rule.get("modifiers", {}).items() for w in words},
        )
        for rule in actors.get("descriptions", [])
    )
    lexicon.place_heads = word_set(actors, "place_heads")
    lexicon.place_suffixes = word_set(actors, "place_suffixes")
    lexicon.outlet_words = word_set(actors, "outlet_words")
    lexicon.place_nouns = word_set(actors, "place_nouns")
    lexicon.portfolio_words = word_set(actors, "portfolio_words")
    if actors_file is not None:
        add_actors(lexicon, read_user_actors(actors_file), pinned=True)
    return lexicon


def read_user_actors(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text("utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(str(path), f"cannot read actors file ({exc})") from None
    if isinstance(data, list):
        data = {"actors": data}
    if not isinstance(data, dict) or not isinstance(data.get("actors", []), list):
        raise InputError(str(path), "an actors file holds a list under 'actors:'")
    for number, entry in enumerate(data.get("actors", []), start=1):
        if not isinstance(entry, dict) or not entry.get("name"):
            raise InputError(str(path), f"actor {number} has no 'name'")
    return data


def add_countries(lexicon: ActorLexicon, data: dict[str, Any]) -> None:
    import pycountry

    overrides: dict[str, str] = data.get("names", {})
    for country in pycountry.countries:
        code = country.alpha_3
        canonical = overrides.get(code) or getattr(country, "common_name", None) or country.name
        lexicon.country_names[code] = canonical
        actor = Actor(name=canonical, type="GPE", country=code, level="country")
        for form in {canonical, country.name, getattr(country, "official_name", None)}:
            if form and "," not in form:
                lexicon.by_alias.setdefault(form, actor)
    for code, name in data.get("unlisted", {}).items():
        lexicon.country_names[code] = name
        lexicon.by_alias.setdefault(name, Actor(name, "GPE", country=code, level="country"))
    for code, forms in data.get("aliases", {}).items():
        actor = Actor(name=lexicon.country_names[code], type="GPE", country=code, level="country")
        for form in forms:
            lexicon.by_alias[form] = actor
    lexicon.ambiguous = frozenset(data.get("ambiguous", []))
    for code, forms in data.get("demonyms", {}).items():
        for form in forms:
            lexicon.demonyms[form.lower()] = code


def add_actors(lexicon: ActorLexicon, data: dict[str, Any], *, pinned: bool = False) -> None:
    for entry in data.get("actors", []):
        actor = Actor(
            name=entry["name"],
            type=entry.get("type", "ORG"),
            country=entry.get("country"),
            sector=entry.get("sector"),
            pinned=pinned,
        )
        for form in [entry["name"], *(entry.get("aliases") or [])]:
            lexicon.by_alias[form] = actor
    for entry in data.get("places", []):
        place = Actor(
            name=entry["name"],
            type=entry.get("type", "GPE"),
            country=entry.get("country"),
            level=entry.get("level"),
            capital=bool(entry.get("capital")),
        )
        for form in [entry["name"], *(entry.get("aliases") or [])]:
            lexicon.by_alias[form] = place


def add_capitals(lexicon: ActorLexicon, data: dict[str, Any]) -> None:
    """National capitals (countrystatecity), so "Yerevan warned" is Armenia's government
    speaking and spaCy's PERSON guesses for them are overruled.  Names that are also
    people's or common words are left out (``capital_ambiguous``); the actor list's
    own places come first."""
    from dossier.gazetteer_cache import country_rows

    skip = {str(name) for name in data.get("capital_ambiguous", [])}
    for iso3, city, _, _ in country_rows():
        city = city.strip()
        if not city or city in skip or iso3 not in lexicon.country_names:
            continue
        capital = Actor(name=city, type="GPE", country=iso3, level="city", capital=True)
        lexicon.by_alias.setdefault(city, capital)


def add_titles(lexicon: ActorLexicon, data: dict[str, Any]) -> None:
    for sector, titles in data.get("sectors", {}).items():
        for title in titles:
            lexicon.title_sectors.setdefault(str(title).lower(), sector)
    lexicon.relational = frozenset(str(t).lower() for t in data.get("relational", []))
    lexicon.title_words = frozenset(
        w
        for t in (*lexicon.title_sectors, *lexicon.relational)
        for w in t.replace("-", " ").split()
    )
    lexicon.honorifics = frozenset(str(t).lower() for t in data.get("honorifics", []))
    lexicon.name_particles = frozenset(str(t).lower() for t in data.get("name_particles", []))
    lexicon.kinds = {k: frozenset(v) for k, v in data.get("kinds", {}).items()}
    for sector, words in data.get("org_sectors", {}).items():
        for word in words:
            lexicon.org_sectors.setdefault(str(word).lower(), sector)


@lru_cache(maxsize=500_000)
def name_key(name: str) -> str:
    """The comparable form of a name: no accents, case, dots, leading article or 's."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("’", "'").removesuffix("'s")
    text = re.sub(r"^the\s+", "", text.strip())
    text = re.sub(r"[.']", "", text)
    return re.sub(r"[^\w]+", " ", text).strip()


def demonym_country(word: str) -> str | None:
    """The country a nationality word names: "Rwandan", "Ghanaians", "Sudanese".

    The countries file lists the common demonyms; the others are formed from the
    country's name by the regular English endings, so that a nationality the file
    does not list still gives its country.
    """
    lexicon = load_lexicon()
    found = lexicon.demonym_country(word)
    if found is not None or not word[:1].isupper():
        return found
    lower = word.lower()
    if lower.endswith(("ans", "is", "ns")):
        found = lexicon.demonym_country(word[:-1])
        if found is not None:
            return found
    forms = regular_demonyms()
    return forms.get(lower) or (forms.get(lower[:-1]) if lower.endswith("s") else None)


@cache
def regular_demonyms() -> dict[str, str]:
    """Nationality words formed from one-word country names: Rwanda → rwandan, Ghana
    → ghanaian, Iraq → iraqi, Sudan → sudanese, Kenya → kenyan, Panama → panamanian."""
    lexicon = load_lexicon()
    forms: dict[str, str] = {}
    for code, name in lexicon.country_names.items():
        if " " in name or len(name) < 4:
            continue
        base = name.lower()
        stem = base[:-1] if base.endswith(("a", "e", "o", "y")) else base
        endings = (
            base + "n",
            base + "an",
            base + "nian",  # Panamanian
            base + "vian",  # Peruvian
            base + "ian",
            base + "i",
            base + "ese",
            stem + "ian",
            stem + "ese",
        )
        for form in endings:
            forms.setdefault(form, code)
    return forms
