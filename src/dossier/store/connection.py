"""Opening a store file: WAL mode, foreign keys, the schema upgraded in order."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dossier.errors import StoreError
from dossier.store.query import names_match
from dossier.store.schema import MIGRATIONS, SCHEMA_VERSION, split_statements

# The store file is read through a memory map (up to SQLite's limit, 2 GB): a page
# not in SQLite's own cache (2 MB by default) is read without a system call and a
# copy, which is what a small ingest into a big store and the pages spend on reads.
MMAP_BYTES = 1 << 31


class Connection:
    """One SQLite file, opened for reading and writing (migrated) or read-only."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        try:
            if readonly:
                uri = f"file:{self.path}?mode=ro"
                self.conn: sqlite3.Connection = sqlite3.connect(
                    uri, uri=True, check_same_thread=False, isolation_level=None
                )
            else:
                self.conn = sqlite3.connect(
                    self.path, check_same_thread=False, isolation_level=None
                )
            self.conn.execute("PRAGMA busy_timeout = 10000")
            self.conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
            if not readonly:
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.create_function("names_match", 2, names_match, deterministic=True)
            if not readonly:
                self.migrate()
                from dossier.store.bulk import finish_pending_bulk_load

                finish_pending_bulk_load(self)  # a bulk load that died before its end
            elif self.schema_version() != SCHEMA_VERSION:
                raise StoreError(
                    f"{self.path}: schema version {self.schema_version()}, expected "
                    f"{SCHEMA_VERSION}; open it once for writing (dossier ingest) to upgrade"
                )
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a dossier store or unreadable ({exc})") from exc

    # --- schema -------------------------------------------------------------

    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> list[str]:
        """Apply the migrations this file lacks, each in its own transaction."""
        applied = []
        current = self.schema_version()
        if current > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: schema version {current} is newer than this dossier "
                f"({SCHEMA_VERSION}); upgrade dossier"
            )
        for number, (name, script) in enumerate(MIGRATIONS[current:], start=current + 1):
            with self.transaction():
                if self.schema_version() >= number:
                    continue  # another process creating the same store applied it meanwhile
                for statement in split_statements(script):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version = {number}")
            applied.append(name)
        return applied

    def data_version(self) -> int:
        """A number that changes when another connection commits to the store."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def close(self) -> None:
        self.conn.close()
