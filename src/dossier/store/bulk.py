"""A large first load into an empty store: the full-text index and the listing
indexes built once at the end instead of row by row.

Every document inserted keeps the full-text index current through a trigger, and
every event, quote and place row updates the indexes the listings read (by day,
type, speaker, country).  For a store that starts empty and takes thousands of
articles, building each of these once at the end costs a fraction of keeping them
current: ``BulkLoad.begin`` drops them (the full-text index's insert trigger and the
indexes in ``DEFERRED``) and records their SQL in ``settings``; ``BulkLoad.finish``
creates them again and rebuilds the full-text index from the documents.  The
indexes the loading itself reads (documents by key and content, rows by document,
the knowledge base's) are never dropped.

A load that dies in between leaves the SQL in ``settings``: the store's next open
for writing finishes the job (``finish_pending_bulk_load``), so no store is ever
left without its indexes.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from dossier.store.connection import Connection

__all__ = [
    "DEFERRED",
    "PENDING_KEY",
    "BulkLoad",
    "finish_pending_bulk_load",
    "loading_pragmas",
]

# indexes only the listings and pages read (and the deletes of a document's rows,
# which a load into an empty store makes only for a document given twice); the load
# never looks rows up by them
DEFERRED = (
    "entities_name",
    "entities_document_eid",
    "events_type",
    "events_source",
    "events_target",
    "events_day",
    "events_live",
    "quotes_speaker",
    "quotes_day",
    "places_country",
    "kb_event_mentions_first",
    "kb_events_day",
    "kb_events_kind",
    "kb_events_relation",
    "documents_doc",
    "actors_mentions",
    "actor_members_role_days",
    "actor_members_sector_days",
    "actor_members_quote_days",
    "actor_members_links",
    "actor_members_roles",
    "actor_members_quotes",
    "places_document",
    "dates_document",
    "signature_bands_document",
)
FTS_TRIGGER = "documents_ai"
PENDING_KEY = "bulk_load_pending"
PAGE_CACHE_KIB = 256 * 1024  # SQLite's page cache while loading (its default is 2 MB)
CHECKPOINT_PAGES = 16_384  # 64 MB of log between checkpoints while loading (default 1,000)
REBUILD_FTS = "INSERT INTO documents_fts (documents_fts) VALUES ('rebuild')"


class BulkLoad:
    """Deferred full-text and listing indexes around a load into an empty store."""

    def __init__(self, store: Connection) -> None:
        self.store = store
        self.active = False

    def begin(self) -> bool:
        """Drop the deferred indexes if the store holds no document; return whether it did."""
        with self.store.transaction() as conn:
            if conn.execute("SELECT 1 FROM documents LIMIT 1").fetchone():
                return False
            statements = deferred_sql(conn)
            conn.execute(
                "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                (PENDING_KEY, json.dumps(statements)),
            )
            for name, _ in statements:
                kind = "TRIGGER" if name == FTS_TRIGGER else "INDEX"
                conn.execute(f"DROP {kind} {name}")
        self.active = True
        return True

    def finish(self) -> None:
        """Create the dropped indexes again and fill the full-text index (once)."""
        if self.active:
            finish_pending_bulk_load(self.store)
            self.active = False


def deferred_sql(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(name, CREATE statement) of the trigger and indexes a bulk load defers."""
    names = (FTS_TRIGGER, *DEFERRED)
    rows = conn.execute(
        f"SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL "
        f"AND name IN ({', '.join('?' for _ in names)})",
        names,
    ).fetchall()
    return [(str(name), str(sql)) for name, sql in rows]


def finish_pending_bulk_load(store: Connection) -> bool:
    """Recreate what an unfinished bulk load dropped; return whether there was any."""
    with store.transaction() as conn:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (PENDING_KEY,)).fetchone()
        if row is None:
            return False
        for _, sql in json.loads(row[0]):
            conn.execute(sql)
        conn.execute(REBUILD_FTS)
        conn.execute("DELETE FROM settings WHERE key = ?", (PENDING_KEY,))
    return True


@contextmanager
def loading_pragmas(store: Connection) -> Iterator[None]:
    """SQLite settings for a long load, the store's own restored after it: a page
    cache large enough for the indexes a big store's load walks, temporary tables in
    memory, and a write-ahead log checkpointed every ``CHECKPOINT_PAGES`` instead of
    every 1,000 pages (a page the load rewrites in partition after partition is
    copied into the file once per checkpoint, not once per 4 MB of log).  None of
    them weakens a transaction: a killed load keeps every committed partition."""
    settings = {
        "cache_size": f"-{PAGE_CACHE_KIB}",
        "temp_store": "MEMORY",
        "wal_autocheckpoint": str(CHECKPOINT_PAGES),
    }
    previous = {name: store.conn.execute(f"PRAGMA {name}").fetchone()[0] for name in settings}
    for name, value in settings.items():
        store.conn.execute(f"PRAGMA {name} = {value}")
    try:
        yield
    finally:
        for name, value in previous.items():
            store.conn.execute(f"PRAGMA {name} = {int(value)}")
