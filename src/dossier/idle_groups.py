"""The groups the entity stage made ("Sudanese rebels", "opposition groups in Zimbabwe",
``dossier.entity_groups``) that the article's events and quotes never name: kept on the
Doc by the entity stage and dropped from its output after the events."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc

    from dossier.models import Entity, Event, Quote
    from dossier.names import Mention

__all__ = ["GROUPS_KEY", "group_entity_ids", "without_idle_groups"]

GROUPS_KEY = "dossier_groups"  # the ids of the entities the entity stage made of groups


def group_entity_ids(
    entities: Iterable[Entity], before: list[Mention], after: list[Mention]
) -> set[str]:
    """The ids of the organizations all of whose mentions are groups
    ``with_group_mentions`` added (``before`` and ``after`` are the mentions without
    and with them); a people ("Syrian Kurds", "ethnic Turks") stays an entity, as
    "Uyghurs" does."""
    added = {(m.start, m.end) for m in after} - {(m.start, m.end) for m in before}
    return {e.id for e in entities if e.mentions and all(tuple(m) in added for m in e.mentions)}


def without_idle_groups(
    doc: Doc, entities: list[Entity], quotes: Iterable[Quote], events: Iterable[Event]
) -> list[Entity]:
    """``entities`` without the groups no event or quote names."""
    groups: set[str] = doc.user_data.get(GROUPS_KEY) or set()
    if not groups:
        return entities
    used = {q.speaker_id for q in quotes}
    for event in events:
        used |= {event.source_id, event.target_id}
    return [e for e in entities if e.id not in groups or e.id in used]
