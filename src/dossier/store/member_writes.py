"""Writing the entity clusters linked to actors (``actor_members``), each with what
the actor profile groups by copied from its mention, in one statement per batch.

The links go into a temporary table (this connection only), then one INSERT joins
them to their entities, the entities' quotes and their documents: no row is built
or looked up one at a time in Python.
"""

from __future__ import annotations

from collections.abc import Sequence

from dossier.store.connection import Connection

# The links of one write, in the order given (a later link of an entity replaces an
# earlier one, as row after row would).
NEW_MEMBERS_TABLE = """CREATE TEMP TABLE IF NOT EXISTS new_members (
    seq INTEGER PRIMARY KEY, entity_id INTEGER NOT NULL, actor_id INTEGER NOT NULL,
    document_id INTEGER NOT NULL, reason TEXT NOT NULL)"""
INSERT_NEW_MEMBER = (
    "INSERT INTO temp.new_members (entity_id, actor_id, document_id, reason) VALUES (?, ?, ?, ?)"
)
# Per link: the roles its entity states (NULL when none), its sector, the day of the
# newest quote it speaks, its article's day; a link whose entity is gone is dropped.
# The newest quote of each speaker is found once per batch, reading each quote of the
# batch's documents once, not once per entity of its document.
STORE_NEW_MEMBERS = """INSERT OR REPLACE INTO actor_members
        (entity_id, actor_id, document_id, reason, has_roles, has_quotes,
         day, roles, sector, quote_day)
    WITH spoken AS (
        SELECT q.document_id, q.speaker_eid, max(q.day) AS quote_day
        FROM (SELECT DISTINCT e.document_id FROM temp.new_members n
              JOIN entities e ON e.id = n.entity_id) docs
        CROSS JOIN quotes q ON q.document_id = docs.document_id
        WHERE q.speaker_eid IS NOT NULL GROUP BY q.document_id, q.speaker_eid)
    SELECT entity_id, actor_id, document_id, reason, roles IS NOT NULL,
           quote_day IS NOT NULL, day, roles, sector, quote_day
    FROM (SELECT n.seq, n.entity_id, n.actor_id, n.document_id, n.reason,
                 CASE WHEN e.roles != '[]' THEN e.roles END AS roles, e.sector,
                 s.quote_day,
                 (SELECT substr(d.published, 1, 10) FROM documents d
                     WHERE d.id = n.document_id) AS day
          FROM temp.new_members n JOIN entities e ON e.id = n.entity_id
          LEFT JOIN spoken s ON s.document_id = e.document_id AND s.speaker_eid = e.eid)
    ORDER BY seq"""


class MemberWrites(Connection):
    """Links from entity clusters to actors."""

    def write_members(self, rows: Sequence[tuple[int, int, int, str]]) -> None:
        """(entity id, actor id, document id, reason) links, replacing earlier ones;
        each with what the actor profile groups by, copied from its mention: its
        article's day, the roles and sector it states, its newest quote's day."""
        if not rows:
            return
        self.conn.execute(NEW_MEMBERS_TABLE)
        self.conn.execute("DELETE FROM temp.new_members")
        self.conn.executemany(INSERT_NEW_MEMBER, rows)
        self.conn.execute(STORE_NEW_MEMBERS)
