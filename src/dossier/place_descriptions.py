"""Which named place a description of a place stands for: "the city", "the valley",
"the region" (``place_descriptions`` of data/events.yaml), read by the coreference
stage (``descriptions.DescriptionResolver``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dossier.lexicon import ActorLexicon
    from dossier.models import Entity

# Kinds of place a description and the gazetteer level of a name can each be: an area
# is no settlement ("the region" after "Paris"), a town no province.
AREAS = frozenset({"region", "province", "valley"})
SETTLEMENTS = frozenset({"city", "town", "village", "capital"})
KINDS = tuple(sorted(AREAS | SETTLEMENTS))  # tried in this order
KIND_TAIL = 1 + max(map(len, KINDS))  # the characters after a mention a kind word fills


def nearest_place(
    preceding: list[Entity], head: str, lexicon: ActorLexicon, text: str
) -> Entity | None:
    """ "took the city", "the road into the valley": the last town or region named
    (``preceding``, the nearest first) that is no country and of the head's kind, one
    named with that word first ("the Panjshir valley" for "the valley", "Kandahar
    province" for "the province" though the gazetteer's Kandahar is a city)."""
    places: list[Entity] = []
    seen: set[int] = set()  # an entity named again would answer as it did: tested once
    for entity in preceding:
        if entity.type in ("GPE", "LOC") and entity.id and id(entity) not in seen:
            seen.add(id(entity))
            places.append(entity)
    called = next((e for e in places if is_called(e, head, text)), None)
    if called is not None:
        return called
    return next((e for e in places if fits_kind(kind_of(e, lexicon, text), head)), None)


def kind_of(entity: Entity, lexicon: ActorLexicon, text: str) -> str | None:
    """What kind of place ``entity`` is: the kind word the text names it with ("Ituri
    province"), else its gazetteer level ("country", "region", "city"), if any."""
    alias_words = {w for alias in entity.aliases for w in alias.lower().split()}
    tails = [text[end : end + KIND_TAIL].lower() for _, end in entity.mentions]
    for kind in KINDS:
        if kind in alias_words or any(t.startswith(f" {kind}") for t in tails):
            return kind
    known = lexicon.lookup(entity.name)
    return known.level if known is not None else None


def fits_kind(level: str | None, head: str) -> bool:
    """Whether a place of ``level`` can be "the <head>": never a country; an area never
    a settlement, nor the reverse; an unknown level fits."""
    if level == "country":
        return False
    kinds = {level, head}
    return not (kinds & AREAS and kinds & SETTLEMENTS)


def is_called(entity: Entity, head: str, text: str) -> bool:
    """Is ``entity`` named with ``head`` anywhere ("Panjshir valley", "Kabul airport")?"""
    if any(head in alias.lower().split() for alias in entity.aliases):
        return True
    return any(text[end : end + len(head) + 1].lower() == f" {head}" for _, end in entity.mentions)
