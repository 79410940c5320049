"""Writing merged events: the events a batch of documents reports, the merged events
they may report again, and new merged events; unlinking and deleting those no
mention reports any more."""

from __future__ import annotations

from collections.abc import Sequence

from dossier.store.event_links import EventLinkWrites, EventSide, ToldEventRow
from dossier.store.query import chunks, marks
from dossier.store.rows import CopiedEventRow, EventMentionRow, KnownEventRow

# A merged event's columns a new mention is compared with, and its type, sides and
# negation as (type, source actor, target actor, negated).
KNOWN = "id, mode, date, date_precision, day, place"
SAME_SIDES = "type = ? AND source_actor IS ? AND target_actor IS ? AND negated = ?"


class MergedEventWrites(EventLinkWrites):
    """What the merger reads and writes of merged events."""

    def merged_events_of_documents(self, doc_ids: Sequence[int]) -> list[int]:
        rows = self.conn.execute(
            f"SELECT DISTINCT kb_event_id FROM kb_event_mentions "
            f"WHERE document_id IN ({marks(doc_ids)})",
            list(doc_ids),
        )
        return [int(r[0]) for r in rows]

    def unlink_event_mentions(self, doc_ids: Sequence[int]) -> None:
        self.conn.execute(
            f"DELETE FROM kb_event_mentions WHERE document_id IN ({marks(doc_ids)})",
            list(doc_ids),
        )

    def merged_event_actors(self, kb_ids: Sequence[int]) -> set[int]:
        """The actors on either side of these merged events."""
        found: set[int] = set()
        for chunk in chunks(kb_ids):
            for row in self.conn.execute(
                f"SELECT source_actor, target_actor FROM kb_events WHERE id IN ({marks(chunk)})",
                chunk,
            ):
                found.update(a for a in row if a is not None)
        return found

    def delete_unreported_events(self, kb_ids: Sequence[int]) -> None:
        """Delete those of these merged events no mention reports any more."""
        for chunk in chunks(kb_ids):
            self.conn.execute(
                f"DELETE FROM kb_events WHERE mentions = 0 AND id IN ({marks(chunk)})", chunk
            )

    def event_mentions(self, doc_ids: Sequence[int]) -> list[EventMentionRow]:
        """The events of these documents with the actors their sides are linked to."""
        rows = self.conn.execute(
            f"""SELECT e.id, e.document_id, e.type, e.mode, ms.actor_id, mt.actor_id,
                       e.source, e.target, e.date, e.date_precision, substr(d.published, 1, 10),
                       e.place, e.negated, e.modality, e.quad, e.score, e.trigger,
                       coalesce(s.duplicate_of, e.document_id),
                       coalesce(nullif(e.date, ''), nullif(substr(d.published, 1, 10), ''), '')
                FROM events e JOIN documents d ON d.id = e.document_id
                LEFT JOIN signatures s ON s.document_id = e.document_id
                LEFT JOIN entities es ON es.document_id = e.document_id AND es.eid = e.source_eid
                LEFT JOIN actor_members ms ON ms.entity_id = es.id
                LEFT JOIN entities et ON et.document_id = e.document_id AND et.eid = e.target_eid
                LEFT JOIN actor_members mt ON mt.entity_id = et.id
                WHERE e.document_id IN ({marks(doc_ids)}) ORDER BY e.document_id, e.start""",
            list(doc_ids),
        ).fetchall()
        return [EventMentionRow(*r) for r in rows]

    def pair_events(self, side: EventSide) -> list[KnownEventRow]:
        """Every merged event of this type, sides and negation, in id order."""
        rows = self.conn.execute(
            f"SELECT {KNOWN} FROM kb_events WHERE {SAME_SIDES} ORDER BY id", side
        ).fetchall()
        return [KnownEventRow(*r) for r in rows]

    def copied_events(self, origin_id: int) -> list[ToldEventRow]:
        """The merged events the story ``origin_id`` told, through its written links."""
        # from the story's mentions to their events (CROSS JOIN keeps that order): the
        # other way reads every known event of the type
        rows = self.conn.execute(
            """SELECT DISTINCT e.type, e.negated, e.id, e.source_actor, e.target_actor,
                      e.date, e.day
               FROM kb_event_mentions k CROSS JOIN kb_events e ON e.id = k.kb_event_id
               WHERE k.origin_id = ? ORDER BY e.id""",
            (origin_id,),
        ).fetchall()
        return [(r[0], r[1], CopiedEventRow(*r[2:])) for r in rows]

    def next_merged_event_id(self) -> int:
        """The id SQLite would give the next merged event inserted (one past the
        largest), so a batch can number its new events before writing them."""
        return int(
            self.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM kb_events").fetchone()[0]
        )

    def insert_merged_events(self, rows: Sequence[tuple[int, EventMentionRow]]) -> None:
        """New merged events, each (its id, the mention that tells it), in one statement."""
        self.conn.executemany(
            """INSERT INTO kb_events (id, type, mode, source_actor, target_actor, source, target,
                   date, date_precision, day, place, negated, modality, quad, score, trigger)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                (
                    kb_id,
                    m.type,
                    m.mode,
                    m.source_actor,
                    m.target_actor,
                    m.source,
                    m.target,
                    m.date,
                    m.date_precision,
                    m.day,
                    m.place,
                    m.negated,
                    m.modality,
                    m.quad,
                    m.score,
                    m.trigger,
                )
                for kb_id, m in rows
            ],
        )
