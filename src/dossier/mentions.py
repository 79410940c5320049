"""Entities by position: which entity a stretch of text names, and which came last.

Shared by the stages that read the parse after the entity stage (quotes, events):
they see entities only as the ``Entity`` records it produced.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import TYPE_CHECKING

from dossier.models import Entity, Span

if TYPE_CHECKING:
    from spacy.tokens import Token


class EntityIndex:
    """Which entity a stretch of text names, and which was named last before a point."""

    def __init__(self, entities: list[Entity], quotes: list[Span]) -> None:
        rows = sorted(
            ((s, e, entity) for entity in entities for s, e in entity.mentions),
            key=lambda row: (row[0], row[1]),
        )
        self.starts = [r[0] for r in rows]
        self.rows = rows
        self.quotes = quotes

    def inside_quote(self, start: int, end: int) -> bool:
        return any(qs <= start and end <= qe for qs, qe in self.quotes)

    def covering(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        last = bisect.bisect_left(self.starts, end)
        return [r for r in self.rows[:last] if r[1] > start]

    def named_by(self, token: Token) -> Entity | None:
        """The entity a noun phrase names, by its head word first, then anywhere in it."""
        head = (token.idx, token.idx + len(token.text))
        for start, end, entity in self.covering(*head):
            if start <= head[0] and head[1] <= end:
                return entity
        tokens = list(token.subtree)
        phrase = (tokens[0].idx, tokens[-1].idx + len(tokens[-1].text))
        found = self.covering(*phrase)
        people = [r for r in found if r[2].type == "PERSON"]
        return (people or found)[0][2] if found else None

    def last_before(
        self, position: int, types: frozenset[str], *, exclude: Sequence[Entity | None] = ()
    ) -> Entity | None:
        """The latest entity of ``types`` named before ``position``, outside quotes."""
        last = bisect.bisect_left(self.starts, position)
        for start, end, entity in reversed(self.rows[:last]):
            if entity.type in types and entity not in exclude and not self.inside_quote(start, end):
                return entity
        return None
