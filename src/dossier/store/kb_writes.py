"""Writing the knowledge base: actors and their match keys, the entity clusters linked
to them and their tallies; document signatures (``signature_writes``) and merged
events (``merged_event_writes``) are written by the classes this one extends.

The linker (``dossier.kb.linker``) and the merger (``dossier.kb.merge``) decide; the
methods here only read and write the rows they name, inside the caller's transaction.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

from dossier.store.member_writes import MemberWrites
from dossier.store.merged_event_writes import MergedEventWrites
from dossier.store.query import LIVE, marks
from dossier.store.rows import (
    ClusterRow,
    KeyHolderRow,
    MemberRow,
    TallyRow,
)
from dossier.store.signature_writes import SignatureWrites

# The knowledge base's tables, cleared (with ``actors``) by a rebuild.
KB_TABLES = (
    "kb_event_mentions",
    "kb_events",
    "signatures",
    "signature_bands",
    "actor_members",
    "actor_keys",
    "actor_tallies",
)
# (field, column, join) of the tallies an actor's label is chosen from.
TALLIES = (
    ("name", "e.name", ""),
    ("alias", "j.value", ", json_each(e.aliases) j"),
    ("country", "e.country", ""),
    ("sector", "e.sector", ""),
)
ACTOR_COUNTS = """
    UPDATE actors SET
        documents = (SELECT count(DISTINCT document_id) FROM actor_members WHERE actor_id = :id),
        mentions = (SELECT count(*) FROM actor_members m JOIN mentions x
                    ON x.entity_id = m.entity_id WHERE m.actor_id = :id),
        events = (SELECT count(*) FROM kb_events WHERE source_actor = :id)
               + (SELECT count(*) FROM kb_events WHERE target_actor = :id
                  AND source_actor IS NOT :id),
        first_seen = (SELECT min(substr(d.published, 1, 10)) FROM actor_members m
                      JOIN documents d ON d.id = m.document_id WHERE m.actor_id = :id),
        last_seen = (SELECT max(substr(d.published, 1, 10)) FROM actor_members m
                     JOIN documents d ON d.id = m.document_id WHERE m.actor_id = :id)
    WHERE id = :id"""


class KnowledgeWrites(MergedEventWrites, MemberWrites, SignatureWrites):
    """What the linker and the merger read and write while linking (signatures in
    ``signature_writes``, merged events in ``merged_event_writes``)."""

    # --- documents to link -----------------------------------------------------------

    def unlinked_documents(self) -> list[int]:
        """Live documents without a signature yet, in id order."""
        rows = self.conn.execute(
            f"""SELECT d.id FROM documents d LEFT JOIN signatures s ON s.document_id = d.id
                WHERE {LIVE} AND s.document_id IS NULL ORDER BY d.id"""
        )
        return [int(r[0]) for r in rows]

    def superseded_linked_documents(self) -> list[int]:
        """Linked documents a newer version has replaced."""
        rows = self.conn.execute(
            """SELECT s.document_id FROM documents d CROSS JOIN signatures s
               ON s.document_id = d.id WHERE d.current = 0"""
        )
        return [int(r[0]) for r in rows]

    def unlink_documents(self, doc_ids: Sequence[int]) -> list[int]:
        """Forget the actor links and signatures of these documents and the actors left
        with no member (unless pinned); return the actors they were linked to."""
        where = f"document_id IN ({marks(doc_ids)})"
        linked = [
            int(r[0])
            for r in self.conn.execute(
                f"SELECT DISTINCT actor_id FROM actor_members WHERE {where}", list(doc_ids)
            )
        ]
        for table in ("actor_members", "signatures", "signature_bands"):
            self.conn.execute(f"DELETE FROM {table} WHERE {where}", list(doc_ids))
        self.conn.execute(
            """DELETE FROM actors WHERE pinned = 0
               AND id NOT IN (SELECT actor_id FROM actor_members)"""
        )
        return linked

    def clear_knowledge_base(self) -> None:
        for table in (*KB_TABLES, "actors"):
            self.conn.execute(f"DELETE FROM {table}")

    def set_setting(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, value)
        )

    # --- actors ---------------------------------------------------------------------

    def actor_row_id(self, key: str) -> int | None:
        """The stored id of the actor whose stable id is ``key``."""
        row = self.conn.execute("SELECT id FROM actors WHERE key = ?", (key,)).fetchone()
        return None if row is None else int(row[0])

    def actor_exists(self, actor_id: int) -> bool:
        row = self.conn.execute("SELECT 1 FROM actors WHERE id = ?", (actor_id,)).fetchone()
        return row is not None

    def insert_actor(
        self,
        base: str,
        name: str,
        type: str,
        country: str | None,
        sector: str | None,
        *,
        pinned: bool,
    ) -> int:
        """A new actor whose stable id is ``base``, or ``base-2``, ``-3``… when taken."""
        key, n = base, 1
        while self.conn.execute("SELECT 1 FROM actors WHERE key = ?", (key,)).fetchone():
            n += 1
            key = f"{base}-{n}"
        cursor = self.conn.execute(
            "INSERT INTO actors (key, name, type, country, sector, pinned) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (key, name, type, country, sector, int(pinned)),
        )
        return int(cursor.lastrowid or 0)

    def pin_actor(
        self, actor_id: int, name: str, type: str, country: str | None, sector: str | None
    ) -> None:
        """Give an actor the name, type, country and sector of the user's actor file."""
        self.conn.execute(
            "UPDATE actors SET name = ?, type = ?, country = ?, sector = ?, pinned = 1 "
            "WHERE id = ?",
            (name, type, country, sector, actor_id),
        )

    def add_actor_key(self, key: str, kind: str, actor_id: int) -> None:
        self.conn.execute(
            "INSERT OR IGNORE INTO actor_keys (key, kind, actor_id) VALUES (?, ?, ?)",
            (key, kind, actor_id),
        )

    def key_holders(self, kind: str, keys: Sequence[str]) -> list[KeyHolderRow]:
        """The actors holding each of ``keys`` of this kind ('name' or 'short')."""
        rows = self.conn.execute(
            f"""SELECT k.actor_id, a.name, a.country, k.key, a.documents, a.pinned
                FROM actor_keys k JOIN actors a ON a.id = k.actor_id
                WHERE k.kind = ? AND k.key IN ({marks(keys)})""",
            [kind, *keys],
        )
        return [KeyHolderRow(*r) for r in rows]

    def short_key_owners(self, key: str) -> list[int]:
        """The actors a short form (surname, acronym) belongs to."""
        rows = self.conn.execute(
            "SELECT actor_id FROM actor_keys WHERE kind = 'short' AND key = ?", (key,)
        )
        return [int(r[0]) for r in rows]

    def drop_name_key(self, key: str, actor_ids: Sequence[int]) -> None:
        self.conn.execute(
            f"DELETE FROM actor_keys WHERE kind = 'name' AND key = ? "
            f"AND actor_id IN ({marks(actor_ids)})",
            [key, *actor_ids],
        )

    def actor_names(self, actor_ids: Sequence[int]) -> dict[int, str]:
        rows = self.conn.execute(
            f"SELECT id, name FROM actors WHERE id IN ({marks(actor_ids)})", list(actor_ids)
        )
        return {int(r[0]): str(r[1]) for r in rows}

    def merge_actor(self, source: int, target: int, why: str) -> None:
        """Move every member, key and merged event of actor ``source`` to ``target``,
        adding ``why`` to each member's reason, and delete ``source`` unless pinned."""
        self.conn.execute(
            "UPDATE actor_members SET actor_id = ?, reason = reason || '; then ' || ? "
            "WHERE actor_id = ?",
            (target, why, source),
        )
        self.conn.execute(
            "INSERT OR IGNORE INTO actor_keys (key, kind, actor_id) "
            "SELECT key, kind, ? FROM actor_keys WHERE actor_id = ?",
            (target, source),
        )
        for column in ("source_actor", "target_actor"):
            self.conn.execute(
                f"UPDATE kb_events SET {column} = ? WHERE {column} = ?", (target, source)
            )
        self.conn.execute("DELETE FROM actors WHERE id = ? AND pinned = 0", (source,))

    # --- members and tallies -----------------------------------------------------------

    def clusters(self, doc_ids: Sequence[int]) -> list[ClusterRow]:
        """The entity clusters of these documents, in document and entity order."""
        rows = self.conn.execute(
            f"""SELECT e.id, e.document_id, e.name, e.type, e.country, e.sector, e.aliases,
                       e.roles, d.doc
                FROM entities e JOIN documents d ON d.id = e.document_id
                WHERE e.document_id IN ({marks(doc_ids)}) ORDER BY e.document_id, e.id""",
            list(doc_ids),
        )
        return [
            ClusterRow(r[0], r[1], r[2], r[3], r[4], r[5], json_tuple(r[6]), json_tuple(r[7]), r[8])
            for r in rows
        ]

    def move_member(self, entity_id: int, actor_id: int, reason: str) -> None:
        self.conn.execute(
            "UPDATE actor_members SET actor_id = ?, reason = ? WHERE entity_id = ?",
            (actor_id, reason, entity_id),
        )

    def members(self, actor_ids: Sequence[int]) -> list[MemberRow]:
        """The clusters linked to these actors."""
        rows = self.conn.execute(
            f"""SELECT m.entity_id, m.document_id, e.name, e.roles FROM actor_members m
                JOIN entities e ON e.id = m.entity_id WHERE m.actor_id IN ({marks(actor_ids)})""",
            list(actor_ids),
        )
        return [MemberRow(*r) for r in rows]

    def member_roles(self, actor_id: int) -> list[tuple[str, str | None, str | None]]:
        """(cluster name, lower-case title, body) of every role an actor's members hold."""
        rows = self.conn.execute(
            """SELECT DISTINCT e.name, lower(json_extract(j.value, '$.title')),
                      json_extract(j.value, '$.of')
               FROM actor_members m JOIN entities e ON e.id = m.entity_id,
                    json_each(e.roles) j WHERE m.actor_id = ? AND e.roles != '[]'""",
            (actor_id,),
        )
        return [(r[0], r[1], r[2]) for r in rows]

    def add_tallies(self, counts: Mapping[tuple[int, str, str], int]) -> None:
        """Add (actor id, field, value) → n to the actors' tallies."""
        self.conn.executemany(
            """INSERT INTO actor_tallies (actor_id, field, value, n) VALUES (?, ?, ?, ?)
               ON CONFLICT (actor_id, field, value) DO UPDATE SET n = n + excluded.n""",
            [(*key, n) for key, n in counts.items()],
        )

    def tallies(self, actor_id: int) -> list[TallyRow]:
        rows = self.conn.execute(
            "SELECT field, value, n FROM actor_tallies WHERE actor_id = ?", (actor_id,)
        )
        return [TallyRow(*r) for r in rows]

    def recount_actor(self, actor_id: int) -> None:
        """An actor's tallies and counts from its members, from scratch."""
        self.conn.execute("DELETE FROM actor_tallies WHERE actor_id = ?", (actor_id,))
        for field, column, join in TALLIES:
            self.conn.execute(
                f"""INSERT INTO actor_tallies (actor_id, field, value, n)
                    SELECT m.actor_id, ?, {column}, count(*) FROM actor_members m
                    JOIN entities e ON e.id = m.entity_id{join}
                    WHERE m.actor_id = ? AND {column} IS NOT NULL GROUP BY {column}""",
                (field, actor_id),
            )
        self.conn.execute(ACTOR_COUNTS, {"id": actor_id})

    def grow_actor_counts(
        self, doc_ids: Sequence[int], new_events: Mapping[int, int], *, skip: set[int]
    ) -> None:
        """Add what these new documents say (documents, first and last day, mentions)
        and ``new_events`` to the counts of the actors they name, except ``skip``."""
        where = f"m.document_id IN ({marks(doc_ids)})"
        spans = self.conn.execute(
            f"""SELECT m.actor_id, count(DISTINCT m.document_id),
                       min(substr(d.published, 1, 10)), max(substr(d.published, 1, 10))
                FROM actor_members m JOIN documents d ON d.id = m.document_id
                WHERE {where} GROUP BY m.actor_id""",
            list(doc_ids),
        ).fetchall()
        self.conn.executemany(
            """UPDATE actors SET documents = documents + ?2,
                   first_seen = CASE WHEN first_seen IS NULL OR ?3 < first_seen
                                THEN ?3 ELSE first_seen END,
                   last_seen = CASE WHEN last_seen IS NULL OR ?4 > last_seen
                               THEN ?4 ELSE last_seen END
               WHERE id = ?1""",
            [row for row in spans if row[0] not in skip],
        )
        mentions = self.conn.execute(
            f"""SELECT m.actor_id, count(*) FROM actor_members m
                JOIN mentions x ON x.entity_id = m.entity_id
                WHERE {where} GROUP BY m.actor_id""",
            list(doc_ids),
        ).fetchall()
        self.conn.executemany(
            "UPDATE actors SET mentions = mentions + ? WHERE id = ?",
            [(n, actor_id) for actor_id, n in mentions if actor_id not in skip],
        )
        self.conn.executemany(
            "UPDATE actors SET events = events + ? WHERE id = ?",
            [(n, a) for a, n in new_events.items() if a not in skip],
        )

    def label_actor(
        self,
        actor_id: int,
        *,
        name: str | None,
        country: str | None,
        sector: str | None,
        aliases: Sequence[str],
    ) -> None:
        """Set an actor's name (when given), country, sector and aliases; a pinned actor
        keeps its name, country and sector."""
        self.conn.execute(
            """UPDATE actors SET name = CASE WHEN pinned = 1 OR ? IS NULL THEN name ELSE ? END,
                   country = CASE pinned WHEN 1 THEN country ELSE ? END,
                   sector = CASE pinned WHEN 1 THEN sector ELSE ? END,
                   aliases = ? WHERE id = ?""",
            (name, name, country, sector, json.dumps(list(aliases)), actor_id),
        )


@lru_cache(maxsize=65536)
@lru_cache(maxsize=16_384)
def json_tuple(stored: str) -> tuple[Any, ...]:
    """A stored JSON list as a tuple; most entities have no aliases or roles, and the
    same lists come back in article after article, so each text is decoded once (read
    only: a role is a dict shared by every cluster that states it)."""
    return () if stored == "[]" else tuple(json.loads(stored))
