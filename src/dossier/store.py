"""The SQLite store: documents, their versions, a full-text index, and what was extracted.

WAL mode (readers never block the writer), one transaction per batch (a kill
mid-ingest loses at most the batch in flight, never what was stored), a versioned
schema upgraded by named migrations in order (``PRAGMA user_version``).
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from dossier.errors import DossierError, StoreError
from dossier.models import Article, Extraction

__all__ = [
    "DOCUMENT_COLUMNS",
    "EVENT_KEYS",
    "EVENT_WHEN",
    "MIGRATIONS",
    "QUOTE_COLUMNS",
    "QUOTE_KEYS",
    "SCHEMA_VERSION",
    "WEB_ONLY",
    "DocumentRow",
    "EntitySummary",
    "SearchHit",
    "Store",
    "check_date",
    "document_key",
    "escape_like",
    "names_match",
    "quote_fts",
    "quote_row",
    "split_statements",
]

MIGRATIONS: tuple[tuple[str, str], ...] = (
    (
        "documents and full-text index",
        """
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            doc TEXT NOT NULL,
            key TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1,
            current INTEGER NOT NULL DEFAULT 1,
            content_hash TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            fmt TEXT NOT NULL,
            title TEXT,
            published TEXT,
            language TEXT,
            url TEXT,
            agency TEXT,
            dateline TEXT,
            credits TEXT NOT NULL DEFAULT '[]',
            repairs TEXT NOT NULL DEFAULT '[]',
            warnings TEXT NOT NULL DEFAULT '[]',
            status TEXT NOT NULL CHECK (status IN ('ok', 'skipped')),
            status_reason TEXT,
            raw TEXT NOT NULL,
            text TEXT NOT NULL,
            ingested_at TEXT NOT NULL
        );
        CREATE INDEX documents_key ON documents (key, current);
        CREATE INDEX documents_doc ON documents (doc, current);
        CREATE VIRTUAL TABLE documents_fts USING fts5(
            title, text, content='documents', content_rowid='id', tokenize='porter unicode61'
        );
        CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
            INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
        END;
        CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
            INSERT INTO documents_fts (documents_fts, rowid, title, text)
            VALUES ('delete', old.id, old.title, old.text);
        END;
        CREATE TRIGGER documents_au AFTER UPDATE OF title, text ON documents BEGIN
            INSERT INTO documents_fts (documents_fts, rowid, title, text)
            VALUES ('delete', old.id, old.title, old.text);
            INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
        END;
        """,
    ),
    (
        "entities, mentions and dates",
        """
        CREATE TABLE entities (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            eid TEXT NOT NULL,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            country TEXT,
            sector TEXT,
            aliases TEXT NOT NULL DEFAULT '[]',
            roles TEXT NOT NULL DEFAULT '[]',
            UNIQUE (document_id, eid)
        );
        CREATE INDEX entities_name ON entities (name);
        CREATE TABLE mentions (
            entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX mentions_entity ON mentions (entity_id);
        CREATE TABLE dates (
            document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            value TEXT,
            precision TEXT
        );
        CREATE INDEX dates_document ON dates (document_id);
        """,
    ),
    (
        "quotes",
        """
        CREATE TABLE quotes (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('direct', 'indirect')),
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            sentence_start INTEGER NOT NULL,
            sentence_end INTEGER NOT NULL,
            speaker TEXT,
            speaker_eid TEXT,
            cue TEXT,
            addressee TEXT,
            addressee_eid TEXT,
            date TEXT
        );
        CREATE INDEX quotes_document ON quotes (document_id);
        CREATE INDEX quotes_speaker ON quotes (speaker);
        """,
    ),
    (
        "places",
        """
        CREATE TABLE places (
            document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            eid TEXT,
            country TEXT,
            admin1 TEXT,
            lat REAL,
            lon REAL,
            level TEXT,
            start INTEGER,
            "end" INTEGER,
            dateline INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX places_document ON places (document_id);
        CREATE INDEX places_country ON places (country);
        """,
    ),
    (
        "events",
        """
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            type TEXT NOT NULL,
            mode TEXT,
            source TEXT,
            source_eid TEXT,
            source_country TEXT,
            source_sector TEXT,
            target TEXT,
            target_eid TEXT,
            target_country TEXT,
            target_sector TEXT,
            date TEXT,
            date_precision TEXT,
            place TEXT,
            negated INTEGER NOT NULL DEFAULT 0,
            modality TEXT NOT NULL,
            trigger TEXT NOT NULL,
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            sentence_start INTEGER NOT NULL,
            sentence_end INTEGER NOT NULL,
            quad INTEGER,
            score REAL,
            confidence REAL NOT NULL,
            quote_index INTEGER
        );
        CREATE INDEX events_document ON events (document_id);
        CREATE INDEX events_type ON events (type);
        CREATE INDEX events_source ON events (source);
        CREATE INDEX events_target ON events (target);
        """,
    ),
    (
        "knowledge base: actors, near-duplicate articles, merged events",
        """
        CREATE TABLE actors (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            country TEXT,
            sector TEXT,
            pinned INTEGER NOT NULL DEFAULT 0,
            aliases TEXT NOT NULL DEFAULT '[]',
            documents INTEGER NOT NULL DEFAULT 0,
            mentions INTEGER NOT NULL DEFAULT 0,
            events INTEGER NOT NULL DEFAULT 0,
            first_seen TEXT,
            last_seen TEXT
        );
        CREATE INDEX actors_mentions ON actors (mentions);
        CREATE TABLE actor_keys (
            key TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('name', 'short')),
            actor_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
            PRIMARY KEY (key, kind, actor_id)
        );
        CREATE INDEX actor_keys_actor ON actor_keys (actor_id);
        CREATE TABLE actor_members (
            entity_id INTEGER PRIMARY KEY REFERENCES entities (id) ON DELETE CASCADE,
            actor_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
            document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            reason TEXT NOT NULL
        );
        CREATE INDEX actor_members_actor ON actor_members (actor_id);
        CREATE TABLE actor_tallies (
            actor_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
            field TEXT NOT NULL CHECK (field IN ('name', 'alias', 'country', 'sector')),
            value TEXT NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (actor_id, field, value)
        );
        CREATE INDEX actor_members_document ON actor_members (document_id);
        CREATE INDEX entities_document_eid ON entities (document_id, eid);
        CREATE TABLE signatures (
            document_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
            minhash BLOB NOT NULL,
            duplicate_of INTEGER REFERENCES documents (id) ON DELETE SET NULL
        );
        CREATE TABLE kb_events (
            id INTEGER PRIMARY KEY,
            type TEXT NOT NULL,
            mode TEXT,
            source_actor INTEGER REFERENCES actors (id) ON DELETE SET NULL,
            target_actor INTEGER REFERENCES actors (id) ON DELETE SET NULL,
            source TEXT,
            target TEXT,
            date TEXT,
            date_precision TEXT,
            day TEXT NOT NULL,
            place TEXT,
            negated INTEGER NOT NULL,
            modality TEXT NOT NULL,
            quad INTEGER,
            score REAL,
            trigger TEXT NOT NULL,
            mentions INTEGER NOT NULL DEFAULT 0,
            sources INTEGER NOT NULL DEFAULT 0,
            first_report TEXT
        );
        CREATE INDEX kb_events_pair ON kb_events (type, source_actor, target_actor, negated, day);
        CREATE INDEX kb_events_source ON kb_events (source_actor, day);
        CREATE INDEX kb_events_target ON kb_events (target_actor, day);
        CREATE INDEX kb_events_day ON kb_events (day);
        CREATE TABLE kb_event_mentions (
            event_id INTEGER PRIMARY KEY REFERENCES events (id) ON DELETE CASCADE,
            kb_event_id INTEGER NOT NULL REFERENCES kb_events (id) ON DELETE CASCADE,
            document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            origin_id INTEGER NOT NULL
        );
        CREATE INDEX kb_event_mentions_kb ON kb_event_mentions (kb_event_id);
        CREATE INDEX kb_event_mentions_document ON kb_event_mentions (document_id);
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE INDEX documents_live ON documents (id, current, status, published);
        """,
    ),
    (
        "stages that failed on a document",
        """
        ALTER TABLE documents ADD COLUMN failed_stages TEXT;
        """,
    ),
    (
        "merged-event indexes covering the overview's and the relations' counts",
        """
        CREATE INDEX kb_events_kind ON kb_events (type, quad, negated, day);
        CREATE INDEX kb_events_relation
            ON kb_events (source_actor, target_actor, negated, day, type, quad, score);
        """,
    ),
    (
        "an index for the events a reprinted story told",
        """
        CREATE INDEX IF NOT EXISTS kb_event_mentions_origin ON kb_event_mentions (origin_id);
        """,
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """A stored document (current version unless asked otherwise)."""

    id: int
    doc: str
    version: int
    title: str | None
    published: str | None
    language: str | None
    status: str
    status_reason: str | None
    source: str
    fmt: str
    url: str | None
    agency: str | None
    dateline: str | None
    chars: int
    ingested_at: str


@dataclass(frozen=True, slots=True)
class SearchHit:
    id: int
    doc: str
    title: str | None
    published: str | None
    snippet: str
    score: float


@dataclass(frozen=True, slots=True)
class EntitySummary:
    """One entity name across the store, with how often and where it is mentioned."""

    name: str
    type: str
    country: str | None
    sector: str | None
    documents: int
    mentions: int
    aliases: tuple[str, ...]


# A stored document some of whose stages failed reads as status 'partial'.
DOCUMENT_COLUMNS = (
    "id, doc, version, title, published, language, "
    "CASE WHEN status = 'ok' AND failed_stages IS NOT NULL THEN 'partial' ELSE status END, "
    "status_reason, source, fmt, url, agency, dateline, length(text), ingested_at"
)
HIGHLIGHT_START, HIGHLIGHT_END = "\x02", "\x03"


EVENT_WHEN = "coalesce(e.date, d.published)"  # when an event happened, else was reported
EVENT_KEYS = (
    "id",
    "doc_id",
    "doc",
    "published",
    "date",
    "type",
    "mode",
    "source",
    "target",
    "modality",
    "negated",
    "trigger",
    "text",
    "start",
    "end",
    "quad",
    "score",
    "confidence",
    "place",
    "sentence",
)
WEB_ONLY = frozenset({"id", "doc_id", "place"})  # kept out of ``Store.events`` rows


class Store:
    """One SQLite file holding documents and extractions. Use ``dossier.open``."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        try:
            if readonly:
                uri = f"file:{self.path}?mode=ro"
                self.conn = sqlite3.connect(
                    uri, uri=True, check_same_thread=False, isolation_level=None
                )
            else:
                self.conn = sqlite3.connect(
                    self.path, check_same_thread=False, isolation_level=None
                )
            self.conn.execute("PRAGMA busy_timeout = 10000")
            if not readonly:
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.create_function("names_match", 2, names_match, deterministic=True)
            if not readonly:
                self.migrate()
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

    # --- writing ------------------------------------------------------------

    def has_content(self, content_hash: str) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM documents WHERE content_hash = ?", (content_hash,)
        ).fetchone()
        return row is not None

    def restore_version(self, article: Article) -> bool:
        """Make an older stored version current again when a file returns to its text.

        True if a non-current version of this document held exactly this content.
        """
        key = document_key(article)
        row = self.conn.execute(
            "SELECT id FROM documents WHERE content_hash = ? AND key = ? AND current = 0",
            (article.content_hash, key),
        ).fetchone()
        if row is None:
            return False
        with self.transaction():
            self.conn.execute("UPDATE documents SET current = 0 WHERE key = ?", (key,))
            self.conn.execute("UPDATE documents SET current = 1 WHERE id = ?", (row[0],))
        return True

    def write_batch(
        self, extractions: Sequence[Extraction], skipped: Sequence[tuple[Article, str]] = ()
    ) -> list[int]:
        """Store a batch of articles in one transaction; return the new document ids."""
        ids: list[int] = []
        try:
            self._write(extractions, skipped, ids)
        except sqlite3.Error as exc:
            raise StoreError(
                f"{self.path}: cannot store the batch ({exc}); nothing of it was kept"
            ) from exc
        return ids

    def _write(
        self,
        extractions: Sequence[Extraction],
        skipped: Sequence[tuple[Article, str]],
        ids: list[int],
    ) -> None:
        with self.transaction():
            for article, reason in skipped:
                if not self.has_content(article.content_hash):
                    self._insert_document(article, status="skipped", reason=reason)
            for extraction in extractions:
                if self.has_content(extraction.article.content_hash):
                    continue
                doc_id = self._insert_document(
                    extraction.article, status="ok", reason=extraction.failure_reason
                )
                if extraction.failures:
                    self.conn.execute(
                        "UPDATE documents SET failed_stages = ? WHERE id = ?",
                        (json.dumps([f.to_json() for f in extraction.failures]), doc_id),
                    )
                self._insert_extraction(doc_id, extraction)
                ids.append(doc_id)

    def _insert_document(self, article: Article, *, status: str, reason: str | None) -> int:
        key = document_key(article)
        previous = self.conn.execute(
            "SELECT max(version) FROM documents WHERE key = ?", (key,)
        ).fetchone()[0]
        if previous is not None:
            self.conn.execute("UPDATE documents SET current = 0 WHERE key = ?", (key,))
        cursor = self.conn.execute(
            """INSERT INTO documents (doc, key, version, current, content_hash, source, fmt,
                   title, published, language, url, agency, dateline, credits, repairs,
                   warnings, status, status_reason, raw, text, ingested_at)
               VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                article.doc,
                key,
                (previous or 0) + 1,
                article.content_hash,
                article.source,
                article.fmt,
                article.title,
                article.published,
                article.language,
                article.url,
                article.agency,
                article.dateline,
                json.dumps(list(article.credits)),
                json.dumps(list(article.repairs)),
                json.dumps(list(article.warnings)),
                status,
                reason,
                article.raw,
                article.text,
                datetime.now(UTC).isoformat(timespec="seconds"),
            ),
        )
        return int(cursor.lastrowid or 0)

    def _insert_extraction(self, doc_id: int, extraction: Extraction) -> None:
        text = extraction.article.text
        for entity in extraction.entities:
            cursor = self.conn.execute(
                """INSERT INTO entities (document_id, eid, name, type, country, sector,
                       aliases, roles) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    doc_id,
                    entity.id,
                    entity.name,
                    entity.type,
                    entity.country,
                    entity.sector,
                    json.dumps(entity.aliases),
                    json.dumps([r.to_json() for r in entity.roles]),
                ),
            )
            self.conn.executemany(
                'INSERT INTO mentions (entity_id, start, "end", text) VALUES (?, ?, ?, ?)',
                [(cursor.lastrowid, s, e, text[s:e]) for s, e in entity.mentions],
            )
        self.conn.executemany(
            """INSERT INTO quotes (document_id, kind, text, start, "end", sentence_start,
                   sentence_end, speaker, speaker_eid, cue, addressee, addressee_eid, date)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                (
                    doc_id,
                    q.kind,
                    q.text,
                    q.span[0],
                    q.span[1],
                    q.sentence[0],
                    q.sentence[1],
                    q.speaker,
                    q.speaker_id,
                    q.cue,
                    q.addressee,
                    q.addressee_id,
                    q.date,
                )
                for q in extraction.quotes
            ],
        )
        self.conn.executemany(
            """INSERT INTO events (document_id, type, mode, source, source_eid, source_country,
                   source_sector, target, target_eid, target_country, target_sector, date,
                   date_precision, place, negated, modality, trigger, text, start, "end",
                   sentence_start, sentence_end, quad, score, confidence, quote_index)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                       ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                (
                    doc_id,
                    e.type,
                    e.mode,
                    e.source,
                    e.source_id,
                    e.source_country,
                    e.source_sector,
                    e.target,
                    e.target_id,
                    e.target_country,
                    e.target_sector,
                    e.date,
                    e.date_precision,
                    e.place,
                    int(e.negated),
                    e.modality,
                    e.trigger,
                    e.text,
                    e.span[0],
                    e.span[1],
                    e.sentence[0],
                    e.sentence[1],
                    e.quad,
                    e.score,
                    e.confidence,
                    e.quote,
                )
                for e in extraction.events
            ],
        )
        located = [(p, 0) for p in extraction.places]
        if extraction.dateline_place is not None:
            located.append((extraction.dateline_place, 1))
        self.conn.executemany(
            """INSERT INTO places (document_id, name, eid, country, admin1, lat, lon, level,
                   start, "end", dateline) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                (
                    doc_id,
                    p.name,
                    p.entity_id,
                    p.country,
                    p.admin1,
                    p.lat,
                    p.lon,
                    p.level,
                    p.span[0] if p.span else None,
                    p.span[1] if p.span else None,
                    dateline,
                )
                for p, dateline in located
            ],
        )
        self.conn.executemany(
            'INSERT INTO dates (document_id, start, "end", text, value, precision) '
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (doc_id, d.span[0], d.span[1], d.text, d.value, d.precision)
                for d in extraction.dates
            ],
        )

    # --- reading ------------------------------------------------------------

    def count_documents(self, *, status: str | None = "ok") -> int:
        sql = "SELECT count(*) FROM documents WHERE current = 1"
        params: tuple[Any, ...] = ()
        if status:
            sql += " AND status = ?"
            params = (status,)
        return int(self.conn.execute(sql, params).fetchone()[0])

    def count_entities(self) -> int:
        """Distinct (name, type) entities over current documents."""
        row = self.conn.execute(
            """SELECT count(*) FROM (SELECT DISTINCT e.name, e.type FROM entities e
               JOIN documents d ON d.id = e.document_id WHERE d.current = 1)"""
        ).fetchone()
        return int(row[0])

    def documents(
        self, *, limit: int | None = None, offset: int = 0, include_skipped: bool = True
    ) -> list[DocumentRow]:
        sql = f"SELECT {DOCUMENT_COLUMNS} FROM documents WHERE current = 1"
        if not include_skipped:
            sql += " AND status = 'ok'"
        sql += " ORDER BY published IS NULL, published DESC, id LIMIT ? OFFSET ?"
        rows = self.conn.execute(sql, (-1 if limit is None else limit, offset))
        return [DocumentRow(*row) for row in rows]

    def find_document(self, ref: str) -> DocumentRow | None:
        """A document by numeric id, by ``doc`` name, or by a unique prefix of the name."""
        if ref.isdigit():
            row = self.conn.execute(
                f"SELECT {DOCUMENT_COLUMNS} FROM documents WHERE id = ?", (int(ref),)
            ).fetchone()
            if row:
                return DocumentRow(*row)
        for sql, arg in (
            ("doc = ?", ref),
            ("doc LIKE ? ESCAPE '\\'", escape_like(ref) + "%"),
        ):
            rows = self.conn.execute(
                f"SELECT {DOCUMENT_COLUMNS} FROM documents WHERE current = 1 AND {sql} "
                "ORDER BY doc LIMIT 4",
                (arg,),
            ).fetchall()
            if len(rows) == 1:
                return DocumentRow(*rows[0])
            if len(rows) > 1 and sql.startswith("doc LIKE"):
                names = ", ".join(r[1] for r in rows[:3]) + (", …" if len(rows) > 3 else "")
                raise DossierError(
                    f"{ref!r} begins more than one document ({names}); "
                    "give more of the name, or the id from dossier docs"
                )
        return None

    def document_text(self, doc_id: int) -> tuple[str, str, dict[str, Any]]:
        """The cleaned text, the raw text and the list-valued metadata of a document."""
        row = self.conn.execute(
            "SELECT text, raw, credits, repairs, warnings FROM documents WHERE id = ?", (doc_id,)
        ).fetchone()
        if row is None:
            raise StoreError(f"no document with id {doc_id}")
        meta = {"credits": json.loads(row[2]), "repairs": json.loads(row[3])}
        meta["warnings"] = json.loads(row[4])
        return row[0], row[1], meta

    def search(self, query: str, *, limit: int = 20) -> list[SearchHit]:
        """Full-text search over current documents, best first, with marked snippets."""
        sql = f"""
            SELECT d.id, d.doc, d.title, d.published,
                   snippet(documents_fts, 1, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}', '…', 16),
                   bm25(documents_fts, 2.0, 1.0) AS score
            FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
            WHERE documents_fts MATCH ? AND d.current = 1 AND d.status = 'ok'
            ORDER BY score LIMIT ?"""
        try:
            rows = self.conn.execute(sql, (query, limit)).fetchall()
        except sqlite3.OperationalError:
            rows = self.conn.execute(sql, (quote_fts(query), limit)).fetchall()
        return [SearchHit(*row) for row in rows]

    def document_entities(self, doc_id: int) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            """SELECT e.id, e.eid, e.name, e.type, e.country, e.sector, e.aliases, e.roles
               FROM entities e WHERE e.document_id = ? ORDER BY e.id""",
            (doc_id,),
        ).fetchall()
        result = []
        for row in rows:
            spans = self.conn.execute(
                'SELECT start, "end" FROM mentions WHERE entity_id = ? ORDER BY start', (row[0],)
            ).fetchall()
            result.append(
                {
                    "id": row[1],
                    "name": row[2],
                    "type": row[3],
                    "country": row[4],
                    "sector": row[5],
                    "aliases": json.loads(row[6]),
                    "roles": json.loads(row[7]),
                    "mentions": [list(s) for s in spans],
                }
            )
        return result

    def document_places(self, doc_id: int) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            'SELECT name, eid, country, admin1, lat, lon, level, start, "end", dateline '
            "FROM places WHERE document_id = ? ORDER BY dateline DESC, start",
            (doc_id,),
        )
        keys = ("name", "entity_id", "country", "admin1", "lat", "lon", "level")
        return [
            {
                **dict(zip(keys, r[:7], strict=True)),
                "span": [r[7], r[8]] if r[7] is not None else None,
                "dateline": bool(r[9]),
            }
            for r in rows
        ]

    def document_dates(self, doc_id: int) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            'SELECT text, value, precision, start, "end" FROM dates '
            "WHERE document_id = ? ORDER BY start",
            (doc_id,),
        )
        return [
            {"text": r[0], "value": r[1], "precision": r[2], "span": [r[3], r[4]]} for r in rows
        ]

    def document_quotes(self, doc_id: int) -> list[dict[str, Any]]:
        rows = self.conn.execute(
            f"SELECT {QUOTE_COLUMNS} FROM quotes q JOIN documents d ON d.id = q.document_id "
            "WHERE q.document_id = ? ORDER BY q.start",
            (doc_id,),
        )
        return [quote_row(r) for r in rows]

    def quotes(
        self,
        *,
        speaker: str | None = None,
        about: str | None = None,
        since: str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Quotes in current documents, newest first; filters match names and aliases."""
        where = ["d.current = 1", "d.status = 'ok'"]
        params: list[Any] = []
        if speaker:  # whole words of a name: "Ghani" is not the "ghani" in "Afghanistan"
            where.append(
                "(names_match(?, q.speaker) OR EXISTS (SELECT 1 FROM entities e "
                "WHERE e.document_id = q.document_id AND e.eid = q.speaker_eid "
                "AND e.aliases LIKE ? ESCAPE '\\' AND names_match(?, e.aliases)))"
            )
            params.extend([speaker, f"%{escape_like(speaker)}%", speaker])
        if about:
            where.append(
                "(q.text LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM entities e "
                "JOIN mentions m ON m.entity_id = e.id WHERE e.document_id = q.document_id "
                "AND (e.name LIKE ? ESCAPE '\\' OR e.aliases LIKE ? ESCAPE '\\') "
                'AND m.start >= q.start AND m."end" <= q."end"))'
            )
            pattern = f"%{escape_like(about)}%"
            params.extend([pattern, pattern, pattern])
        if since:
            where.append("coalesce(q.date, d.published) >= ?")
            params.append(since)
        sql = (
            f"SELECT {QUOTE_COLUMNS} FROM quotes q JOIN documents d ON d.id = q.document_id "
            f"WHERE {' AND '.join(where)} "
            "ORDER BY coalesce(q.date, d.published) IS NULL, coalesce(q.date, d.published) DESC, "
            "d.id, q.start LIMIT ?"
        )
        params.append(-1 if limit is None else limit)
        return [quote_row(r) for r in self.conn.execute(sql, params)]

    def events(
        self,
        *,
        source: str | None = None,
        target: str | None = None,
        actor: str | None = None,
        type: str | None = None,
        since: str | None = None,
        until: str | None = None,
        include_negated: bool = False,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Events in current documents, newest first, with their evidence sentence."""
        where = ["d.current = 1", "d.status = 'ok'"]
        params: list[Any] = []
        if not include_negated:
            where.append("e.negated = 0")
        for column, value in (("e.source", source), ("e.target", target)):
            if value:  # whole words of the name, as for quotes
                where.append(f"names_match(?, {column})")
                params.append(value)
        if actor:
            where.append("(names_match(?, e.source) OR names_match(?, e.target))")
            params.extend([actor, actor])
        if type:
            where.append("e.type = ?")
            params.append(type.upper())
        when = EVENT_WHEN
        if since:
            where.append(f"{when} >= ?")
            params.append(since)
        if until:
            where.append(f"substr({when}, 1, length(?)) <= ?")
            params.extend([until, until])
        rows = self.event_rows(" AND ".join(where), params, limit=-1 if limit is None else limit)
        return [{k: v for k, v in row.items() if k not in WEB_ONLY} for row in rows]

    def event_rows(
        self, where: str, params: list[Any], *, limit: int, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Stored event mentions matching ``where`` (over ``events e`` joined to
        ``documents d``), newest first, with their evidence sentence, stored id, document
        id and place.  The page of ids is chosen first, so only its rows read their
        sentence out of the article text."""
        order = f"{EVENT_WHEN} IS NULL, {EVENT_WHEN} DESC, d.id, e.start"
        sql = f"""
            SELECT e.id, d.id, d.doc, d.published, e.date, e.type, e.mode, e.source, e.target,
                   e.modality, e.negated, e.trigger, e.text, e.start, e."end", e.quad, e.score,
                   e.confidence, e.place,
                   substr(d.text, e.sentence_start + 1, e.sentence_end - e.sentence_start)
            FROM (SELECT e.id FROM events e JOIN documents d ON d.id = e.document_id
                  WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?) AS page
            JOIN events e ON e.id = page.id JOIN documents d ON d.id = e.document_id
            ORDER BY {order}"""
        rows = []
        for row in self.conn.execute(sql, [*params, limit, offset]):
            record = dict(zip(EVENT_KEYS, row, strict=True))
            record["span"] = [record.pop("start"), record.pop("end")]
            record["negated"] = bool(record["negated"])
            record["sentence"] = (record["sentence"] or "").strip()
            rows.append(record)
        return rows

    def entity_summaries(
        self,
        *,
        type: str | None = None,
        country: str | None = None,
        query: str | None = None,
        limit: int | None = None,
    ) -> list[EntitySummary]:
        """Entities grouped by name and type over current documents, most mentioned first."""
        where = ["d.current = 1"]
        params: list[Any] = []
        if type:
            types = ("GPE", "LOC") if type.upper() in ("GPE", "LOC") else (type.upper(),)
            where.append(f"e.type IN ({', '.join('?' for _ in types)})")
            params.extend(types)
        if country:
            where.append("e.country = ?")
            params.append(country.upper())
        if query:
            where.append("(e.name LIKE ? ESCAPE '\\' OR e.aliases LIKE ? ESCAPE '\\')")
            pattern = f"%{escape_like(query)}%"
            params.extend([pattern, pattern])
        sql = f"""
            SELECT e.name, e.type, max(e.country), max(e.sector),
                   count(DISTINCT e.document_id),
                   (SELECT count(*) FROM mentions m JOIN entities e2 ON e2.id = m.entity_id
                    JOIN documents d2 ON d2.id = e2.document_id
                    WHERE e2.name = e.name AND e2.type = e.type AND d2.current = 1),
                   group_concat(e.aliases, '\x1f')
            FROM entities e JOIN documents d ON d.id = e.document_id
            WHERE {" AND ".join(where)}
            GROUP BY e.name, e.type
            ORDER BY 6 DESC, e.name LIMIT ?"""
        params.append(-1 if limit is None else limit)
        result = []
        for row in self.conn.execute(sql, params):
            aliases: dict[str, None] = {}
            for blob in (row[6] or "").split("\x1f"):
                for alias in json.loads(blob) if blob else []:
                    aliases.setdefault(alias)
            name, type_, country_, sector, documents, mentions = row[:6]
            result.append(
                EntitySummary(
                    name=name,
                    type=type_,
                    country=country_,
                    sector=sector,
                    documents=documents,
                    mentions=mentions,
                    aliases=tuple(aliases),
                )
            )
        return result


QUOTE_COLUMNS = (
    'd.doc, d.published, q.kind, q.speaker, q.speaker_eid, q.cue, q.text, q.start, q."end", '
    "q.sentence_start, q.sentence_end, q.addressee, q.date"
)


# The keys of a quote row as listed by ``Store.quotes`` (spans are [start, end] pairs).
QUOTE_KEYS = (
    "doc",
    "published",
    "kind",
    "speaker",
    "speaker_id",
    "cue",
    "text",
    "span",
    "sentence",
    "addressee",
    "date",
)


def quote_row(row: Sequence[Any]) -> dict[str, Any]:
    keys = [*QUOTE_KEYS[:7], "start", "end", "sentence_start", "sentence_end", *QUOTE_KEYS[9:]]
    record = dict(zip(keys, row, strict=True))
    record["span"] = [record.pop("start"), record.pop("end")]
    record["sentence"] = [record.pop("sentence_start"), record.pop("sentence_end")]
    return record


def document_key(article: Article) -> str:
    """What makes two inputs versions of one document: a record id, else the file path."""
    if article.fmt == "json":
        return f"id:{article.doc}"
    return f"path:{Path(article.source).resolve()}" if article.source != "stdin" else "stdin"


def split_statements(script: str) -> Iterable[str]:
    """Split a migration script into statements, keeping trigger bodies whole."""
    statement: list[str] = []
    for line in script.strip().splitlines():
        statement.append(line)
        joined = "\n".join(statement).strip()
        if joined.endswith(";") and sqlite3.complete_statement(joined):
            yield joined
            statement = []
    if "".join(statement).strip():
        yield "\n".join(statement)


def names_match(query: str, names: str | None) -> bool:
    """``query`` occurs in ``names`` as whole words ("Ghani" in "Ashraf Ghani", not in
    "Afghanistan"), case-folded."""
    if not names or not query.strip():
        return False
    pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, query.split())) + r"(?!\w)"
    return re.search(pattern, names, re.IGNORECASE) is not None


def check_date(value: str | None, option: str) -> str | None:
    """``value`` if it is a date bound (YYYY, YYYY-MM or YYYY-MM-DD); else DossierError."""
    if value is None:
        return None
    formats = {4: "%Y", 7: "%Y-%m", 10: "%Y-%m-%d"}
    try:
        datetime.strptime(value, formats[len(value)])
    except (KeyError, ValueError):
        raise DossierError(
            f"{option} {value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"
        ) from None
    return value


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def quote_fts(query: str) -> str:
    """A user query as FTS5 terms: each word quoted, so punctuation cannot break the syntax."""
    words = [w.replace('"', '""') for w in query.split()]
    return " ".join(f'"{w}"' for w in words) or '""'
