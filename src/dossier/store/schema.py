"""The store's schema: named migrations applied in order (``PRAGMA user_version``)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

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
    (
        "near-duplicate LSH band keys kept with the signatures",
        """
        CREATE TABLE signature_bands (
            key INTEGER NOT NULL,
            document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE
        );
        CREATE INDEX signature_bands_key ON signature_bands (key);
        CREATE INDEX signature_bands_document ON signature_bands (document_id);
        INSERT INTO settings (key, value) SELECT 'signature_bands', 'filled'
            WHERE NOT EXISTS (SELECT 1 FROM signatures);
        """,
    ),
    (
        "event mentions' day stored, indexed in listing order",
        """
        ALTER TABLE events ADD COLUMN day TEXT NOT NULL DEFAULT '';
        UPDATE events SET day = coalesce(
            date, (SELECT d.published FROM documents d WHERE d.id = events.document_id), ''
        );
        CREATE INDEX events_day ON events (day DESC, document_id, start);
        CREATE INDEX events_live ON events (negated, document_id);
        """,
    ),
    (
        "merged events' reports kept in first-report order",
        """
        ALTER TABLE kb_event_mentions ADD COLUMN published TEXT;
        UPDATE kb_event_mentions SET published = (
            SELECT d.published FROM documents d WHERE d.id = kb_event_mentions.document_id
        );
        CREATE INDEX kb_event_mentions_first
            ON kb_event_mentions (kb_event_id, published, document_id);
        CREATE INDEX documents_superseded ON documents (id) WHERE current = 0;
        """,
    ),
    (
        "quotes' day stored, indexed in listing order",
        """
        ALTER TABLE quotes ADD COLUMN day TEXT NOT NULL DEFAULT '';
        UPDATE quotes SET day = coalesce(
            date, (SELECT d.published FROM documents d WHERE d.id = quotes.document_id), ''
        );
        CREATE INDEX quotes_day ON quotes (day DESC, document_id, start);
        CREATE INDEX actor_members_links
            ON actor_members (actor_id, reason LIKE 'same name as %', document_id, entity_id);
        """,
    ),
    (
        "an actor's members that state a role, indexed",
        """
        ALTER TABLE actor_members ADD COLUMN has_roles INTEGER NOT NULL DEFAULT 0;
        UPDATE actor_members SET has_roles = 1
            WHERE entity_id IN (SELECT id FROM entities WHERE roles != '[]');
        CREATE INDEX actor_members_roles ON actor_members (actor_id) WHERE has_roles = 1;
        """,
    ),
    (
        "an actor's members that speak a quote, indexed",
        """
        ALTER TABLE actor_members ADD COLUMN has_quotes INTEGER NOT NULL DEFAULT 0;
        UPDATE actor_members SET has_quotes = 1 WHERE entity_id IN (
            SELECT e.id FROM quotes q
            JOIN entities e ON e.document_id = q.document_id AND e.eid = q.speaker_eid
        );
        CREATE INDEX actor_members_quotes ON actor_members (actor_id) WHERE has_quotes = 1;
        """,
    ),
    (
        "each member's day, roles, sector and newest quote's day, in covering indexes",
        """
        ALTER TABLE actor_members ADD COLUMN day TEXT;
        ALTER TABLE actor_members ADD COLUMN roles TEXT;
        ALTER TABLE actor_members ADD COLUMN sector TEXT;
        ALTER TABLE actor_members ADD COLUMN quote_day TEXT;
        UPDATE actor_members SET
            day = (SELECT substr(d.published, 1, 10) FROM documents d
                   WHERE d.id = actor_members.document_id),
            roles = (SELECT e.roles FROM entities e
                     WHERE e.id = actor_members.entity_id AND e.roles != '[]'),
            sector = (SELECT e.sector FROM entities e WHERE e.id = actor_members.entity_id),
            quote_day = (SELECT max(q.day) FROM entities e JOIN quotes q
                         ON q.document_id = e.document_id AND q.speaker_eid = e.eid
                         WHERE e.id = actor_members.entity_id);
        DROP INDEX actor_members_roles;
        DROP INDEX actor_members_quotes;
        CREATE INDEX actor_members_role_days
            ON actor_members (actor_id, roles, day, entity_id) WHERE has_roles = 1;
        CREATE INDEX actor_members_sector_days
            ON actor_members (actor_id, sector, day, document_id) WHERE sector IS NOT NULL;
        CREATE INDEX actor_members_quote_days
            ON actor_members (actor_id, quote_day DESC, document_id, entity_id)
            WHERE has_quotes = 1;
        """,
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)


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
