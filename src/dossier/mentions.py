"""Entities by position: which entity a stretch of text names, and which came last.

Shared by the stages that read the parse after the entity stage (quotes, events):
they see entities only as the ``Entity`` records it produced.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from itertools import accumulate
from typing import TYPE_CHECKING

from dossier.models import Entity, Span
from dossier.syntax.clauses import subtree_bounds

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["EntityIndex", "SpanSet", "aliases_naming_one_entity", "members_subject"]


class SpanSet:
    """Sorted ``[start, end)`` spans answering "which overlap this stretch?" quickly.

    A query looks only at the spans after the last one before which every span ended
    by its start (``reach``: the furthest end of the spans so far, found by bisection),
    so long articles with thousands of mentions stay linear, not quadratic, and one
    long span (a long quote, a long name) widens only the queries inside its reach.
    """

    def __init__(self, spans: Sequence[Span]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.reach = list(accumulate((e for _, e in self.spans), max))

    def overlapping(self, start: int, end: int) -> list[int]:
        """Indexes (into ``self.spans``) of the spans overlapping ``[start, end)``."""
        high = bisect.bisect_left(self.starts, end)
        low = bisect.bisect_right(self.reach, start, 0, high)
        if low >= high:
            return []  # most queries (a word no mention covers): no comprehension to run
        spans = self.spans
        return [i for i in range(low, high) if spans[i][1] > start]

    def containing(self, start: int, end: int) -> list[int]:
        return [
            i
            for i in self.overlapping(start, end)
            if self.spans[i][0] <= start and end <= self.spans[i][1]
        ]


class EntityIndex:
    """Which entity a stretch of text names, and which was named last before a point."""

    def __init__(
        self, entities: list[Entity], quotes: list[Span], members: frozenset[str] = frozenset()
    ) -> None:
        rows = sorted(
            ((s, e, entity) for entity in entities for s, e in entity.mentions),
            key=lambda row: (row[0], row[1]),
        )
        self.starts = [r[0] for r in rows]
        self.rows = rows
        self.mention_spans = SpanSet([(r[0], r[1]) for r in rows])
        self.by_span = {(r[0], r[1]): r for r in rows}
        self.quotes = SpanSet(quotes)
        self.entities = entities
        self.by_alias = aliases_naming_one_entity(entities)
        self.members = members  # lemmas of a body's people ("officials"): see subject_before

    def inside_quote(self, start: int, end: int) -> bool:
        return bool(self.quotes.containing(start, end))

    def covering(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        """Mentions overlapping ``[start, end)``, in text order."""
        found = self.mention_spans.overlapping(start, end)
        if not found:
            return []
        spans = self.mention_spans.spans
        return [self.by_span[spans[i]] for i in found]

    def named_by(self, token: Token) -> Entity | None:
        """The entity a noun phrase names, by its head word first, then anywhere in it."""
        head = (token.idx, token.idx + len(token.text))
        for start, end, entity in self.covering(*head):
            if start <= head[0] and head[1] <= end:
                return entity
        appositive = self.named_in_apposition(token)
        if appositive is not None:
            return appositive
        found = self.covering(*subtree_bounds(token))
        people = [r for r in found if r[2].type == "PERSON"]
        return (people or found)[0][2] if found else None

    def named_in_apposition(self, token: Token) -> Entity | None:
        """The entity named beside a description in apposition: "Omarov's lawyer,
        Michael Perkins," names Perkins, not Omarov."""
        for child in token.children:
            if child.dep_ != "appos":
                continue
            found = self.covering(child.idx, child.idx + len(child.text))
            if found:
                return found[0][2]
        return None

    def named_by_alias(self, token: Token) -> Entity | None:
        """The entity whose name or alias a proper noun spells where no mention was
        found at that place ("Ruiz said" where the model tagged "Ruiz" elsewhere only)."""
        if not token.text[:1].isupper():
            return None
        first = min(
            (c.i for c in token.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"),
            default=token.i,
        )
        for phrase in (token.doc[first : token.i + 1].text, token.text):
            if phrase in self.by_alias:
                return self.by_alias[phrase]
        return None

    def quote_holding(self, position: int) -> Span | None:
        """The innermost quoted span holding ``position``."""
        spans = self.quotes.spans
        holding = [spans[i] for i in self.quotes.overlapping(position, position + 1)]
        return min(holding, key=lambda s: s[1] - s[0]) if holding else None

    def subject_within(self, start: int, token: Token, types: frozenset[str]) -> Entity | None:
        """The latest subject of ``types`` between ``start`` and a subject pronoun ("as
        France withdrew its forces from Mali, they will remain": France, not Mali)."""
        if token.dep_ not in ("nsubj", "nsubjpass"):
            return None
        for low, high, entity in reversed(self.covering(start, token.idx)):
            if high > token.idx or entity.type not in types:
                continue
            span = token.doc.char_span(low, high, alignment_mode="expand")
            if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
                return entity
        return None

    def last_within(self, start: int, position: int, types: frozenset[str]) -> Entity | None:
        """The latest entity of ``types`` named in ``[start, position)``, quotes included."""
        for row in reversed(self.covering(start, position)):
            if row[0] >= start and row[1] <= position and row[2].type in types:
                return row[2]
        return None

    def subject_before(
        self,
        token: Token,
        types: frozenset[str],
        accept: Callable[[Entity], bool] = lambda _: True,
    ) -> Entity | None:
        """The latest entity of ``types`` named as a subject in ``token``'s sentence or
        the one before, outside quotes: subjects are what a text goes on talking about
        ("Massoud, son of the late commander X, called … He denied": Massoud, not X).
        A body named before a subject that is its ``members`` ("DHS officials
        declined …, but they denied", "Kenyan police said they") is that subject."""
        doc = token.doc
        sentence = token.sent
        start = sentence.start_char
        if sentence.start > 0:
            start = doc[sentence.start - 1].sent.start_char
        for low, high, entity in reversed(self.covering(start, token.idx)):
            if high > token.idx or entity.type not in types or self.inside_quote(low, high):
                continue
            if not accept(entity):
                continue
            span = doc.char_span(low, high, alignment_mode="expand")
            if span is None:
                continue
            # a name opening its sentence that the parse made the root is its subject too
            opening = span.root.dep_ == "ROOT" and span.start == span.sent.start
            if span.root.dep_ in ("nsubj", "nsubjpass") or opening:
                return entity
            if self.members and members_subject(span.root, self.members):
                return entity
        return None

    def last_before(
        self, position: int, types: frozenset[str], *, exclude: Sequence[Entity | None] = ()
    ) -> Entity | None:
        """The latest entity of ``types`` named before ``position``, outside quotes."""
        last = bisect.bisect_left(self.starts, position)
        for start, end, entity in reversed(self.rows[:last]):
            if entity.type in types and entity not in exclude and not self.inside_quote(start, end):
                return entity
        return None


def members_subject(word: Token, members: frozenset[str]) -> bool:
    """Does ``word`` name the body whose ``members`` head a subject ("DHS officials")?"""
    head = word.head
    return (
        word.dep_ in ("compound", "poss", "amod")
        and head.i > word.i
        and head.dep_ in ("nsubj", "nsubjpass")
        and head.lemma_.lower() in members
    )


def aliases_naming_one_entity(entities: list[Entity]) -> dict[str, Entity]:
    """Each name or alias that belongs to one entity only, to that entity."""
    owners: dict[str, list[Entity]] = {}
    for entity in entities:
        for alias in {entity.name, *entity.aliases}:
            owners.setdefault(alias, []).append(entity)
    return {alias: found[0] for alias, found in owners.items() if len(found) == 1}
