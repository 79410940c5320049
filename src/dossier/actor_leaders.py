"""The office holders a plural title with coordinated nationalities names.

"The Peruvian and Chilean leaders traded insults for weeks", "the Indian and Chinese
foreign ministers met": where the article names, for each of those countries, one
person holding the title ("Turkish President Recep Erdogan", "his French counterpart
Emmanuel Macron"), the phrase stands for those people, as "the Turkish president"
alone stands for Erdogan (``dossier.description_links``).  "Leaders" are the heads of
state or government (``resident_titles`` of data/coref.yaml, in order), else one called
a leader or a leader's counterpart; any other title is matched by its words ("foreign
minister").  Where one country has no such
person, or more than one, the phrase keeps naming the countries.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.models import Entity
from dossier.syntax.tree import children_of

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Token

__all__ = ["office_holders"]

LEADER = "leader"
LEADER_FALLBACKS = ("leader", "counterpart")  # "his French counterpart Emmanuel Macron"


def office_holders(
    noun: Token, countries: list[Entity | None], people: Iterable[Entity], heads: tuple[str, ...]
) -> list[Entity | None] | None:
    """The one person per country of ``countries`` holding the title ``noun`` (a plural
    with its compounds: "foreign ministers") names, if every country has one."""
    if len(countries) < 2 or noun.tag_ not in ("NNS", "NNPS"):
        return None
    words = [c.lemma_.lower() for c in children_of(noun) if c.dep_ == "compound" and c.i < noun.i]
    title = " ".join([*words, noun.lemma_.lower()])
    titles = (*heads, *LEADER_FALLBACKS) if title == LEADER else (title,)
    persons = [p for p in people if p.type == "PERSON" and p.roles]
    found: list[Entity | None] = []
    for country in countries:
        holder = _holder(country, persons, titles) if country is not None else None
        if holder is None:
            return None
        found.append(holder)
    return found


def _holder(country: Entity, people: list[Entity], titles: tuple[str, ...]) -> Entity | None:
    """The one person of ``country`` whose role is the first of ``titles`` anyone holds."""
    for title in titles:
        held = [
            p
            for p in people
            if p.country == country.country and any(holds(r.title, title) for r in p.roles)
        ]
        if held:
            return held[0] if len(held) == 1 else None
    return None


def holds(role: str, title: str) -> bool:
    """Is ``title`` ("president", "foreign minister") the words of ``role`` or among
    them ("Vice President" holds "president"; "Presidential Advisor" does not)?"""
    return f" {title} " in f" {role.lower()} "
