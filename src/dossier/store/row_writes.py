"""Writing articles given as the store's rows (a Parquet partition's, see
``dossier.load``, or an ingest batch's extractions, see ``writes``): one transaction
per batch, each table's rows in one statement, the documents included (their
versions and ids worked out for the whole batch in a few reads, not looked up
article by article)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from dossier.errors import StoreError
from dossier.store.connection import Connection
from dossier.store.query import chunks, marks


class RowWrites(Connection):
    """Documents and their extractions, from rows."""

    def write_rows(self, articles: Sequence[ArticleRows]) -> list[int]:
        """Store articles given as rows (``ArticleRows``) in one transaction, each
        table's rows in one statement; content already stored is skipped.  Return the
        new document ids.  ``write_batch`` stores extractions through it."""
        try:
            with self.transaction():
                return self._write_rows(articles)
        except sqlite3.Error as exc:
            raise StoreError(
                f"{self.path}: cannot store the batch ({exc}); nothing of it was kept"
            ) from exc

    def _write_rows(self, articles: Sequence[ArticleRows]) -> list[int]:
        new = self._new_articles(articles)
        doc_ids = self._insert_documents([a.document for a in new])
        entity_id = int(
            self.conn.execute("SELECT coalesce(max(id), 0) FROM entities").fetchone()[0]
        )
        ids: list[int] = []
        entities: list[tuple[Any, ...]] = []
        mentions: list[tuple[Any, ...]] = []
        children: dict[str, list[tuple[Any, ...]]] = {t: [] for t in CHILD_TABLES}
        for article, doc_id in zip(new, doc_ids, strict=True):
            if article.document[STATUS] != "ok":
                continue
            ids.append(doc_id)
            text = article.document[-1]
            for eid, name, type_, country, sector, aliases, roles, spans in article.entities:
                entity_id += 1
                entities.append(
                    (entity_id, doc_id, eid, name, type_, country, sector, aliases, roles)
                )
                mentions += [(entity_id, a, b, text[a:b]) for a, b in spans]
            for table in CHILD_TABLES:
                children[table] += [(doc_id, *row) for row in getattr(article, table)]
        self.conn.executemany(
            "INSERT INTO entities (id, document_id, eid, name, type, country, sector, aliases, "
            "roles) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            entities,
        )
        self.conn.executemany(
            'INSERT INTO mentions (entity_id, start, "end", text) VALUES (?, ?, ?, ?)', mentions
        )
        for table, fields in CHILD_TABLES.items():
            self.conn.executemany(insert_sql(table, fields), children[table])
        self.conn.executemany(
            "UPDATE documents SET failed_stages = ? WHERE id = ?",
            [(a.failed_stages, i) for a, i in zip(new, doc_ids, strict=True) if a.failed_stages],
        )
        return ids

    def _new_articles(self, articles: Sequence[ArticleRows]) -> list[ArticleRows]:
        """The articles whose content is neither stored nor given earlier in the batch."""
        stored = self.stored_hashes([a.content_hash for a in articles])
        new: list[ArticleRows] = []
        for article in articles:
            if article.content_hash not in stored:
                stored.add(article.content_hash)
                new.append(article)
        return new

    def stored_hashes(self, hashes: Sequence[str]) -> set[str]:
        """Those of these content hashes the store holds."""
        found: set[str] = set()
        for chunk in chunks(sorted(set(hashes))):
            rows = self.conn.execute(
                f"SELECT content_hash FROM documents WHERE content_hash IN ({marks(chunk)})",
                chunk,
            )
            found.update(r[0] for r in rows)
        return found

    def _insert_documents(self, documents: Sequence[tuple[Any, ...]]) -> list[int]:
        """Insert documents from their ``DOCUMENT_FIELDS`` values, each as the next
        version of its key (the only current one), in one statement; return their ids."""
        keys = [row_key(d[FMT], d[0], d[SOURCE]) for d in documents]
        versions = self._last_versions(keys)
        self.conn.executemany(
            "UPDATE documents SET current = 0 WHERE key = ?", [(k,) for k in sorted(versions)]
        )
        first = int(self.conn.execute("SELECT coalesce(max(id), 0) FROM documents").fetchone()[0])
        ids = list(range(first + 1, first + 1 + len(documents)))
        last = {key: i for i, key in enumerate(keys)}  # the batch's newest of each key
        now = datetime.now(UTC).isoformat(timespec="seconds")
        rows = []
        for i, (doc_id, key, document) in enumerate(zip(ids, keys, documents, strict=True)):
            versions[key] = versions.get(key, 0) + 1
            rows.append((doc_id, key, versions[key], int(last[key] == i), now, *document))
        self.conn.executemany(INSERT_DOCUMENT, rows)
        return ids

    def _last_versions(self, keys: Sequence[str]) -> dict[str, int]:
        """The newest stored version of each of these keys that has one."""
        found: dict[str, int] = {}
        for chunk in chunks(sorted(set(keys))):
            rows = self.conn.execute(
                f"SELECT key, max(version) FROM documents WHERE key IN ({marks(chunk)}) "
                "GROUP BY key",
                chunk,
            )
            found.update((r[0], int(r[1])) for r in rows)
        return found


@dataclass(frozen=True, slots=True)
class ArticleRows:
    """One article as the store's rows, ready to insert (a Parquet partition's rows,
    see ``dossier.load``): ``document`` in ``DOCUMENT_FIELDS`` order; each entity as
    (eid, name, type, country, sector, aliases JSON, roles JSON, [(start, end)…]);
    quotes, events, places and dates in their tables' column order without the
    document id (``QUOTE_FIELDS``, ``EVENT_FIELDS``, ``PLACE_FIELDS``, ``DATE_FIELDS``)."""

    document: tuple[Any, ...]
    entities: list[tuple[Any, ...]] = field(default_factory=list)
    quotes: list[tuple[Any, ...]] = field(default_factory=list)
    events: list[tuple[Any, ...]] = field(default_factory=list)
    places: list[tuple[Any, ...]] = field(default_factory=list)
    dates: list[tuple[Any, ...]] = field(default_factory=list)
    failed_stages: str | None = None  # the stages that failed on it, as JSON

    @property
    def content_hash(self) -> str:
        return str(self.document[CONTENT_HASH])


DOCUMENT_FIELDS = (
    "doc",
    "content_hash",
    "source",
    "fmt",
    "title",
    "published",
    "language",
    "url",
    "agency",
    "dateline",
    "credits",
    "repairs",
    "warnings",
    "status",
    "status_reason",
    "raw",
    "text",
)
CONTENT_HASH = DOCUMENT_FIELDS.index("content_hash")
SOURCE = DOCUMENT_FIELDS.index("source")
FMT = DOCUMENT_FIELDS.index("fmt")
STATUS = DOCUMENT_FIELDS.index("status")
INSERT_DOCUMENT = f"""INSERT INTO documents (id, key, version, current, ingested_at,
        {", ".join(DOCUMENT_FIELDS)})
    VALUES ({", ".join("?" for _ in range(len(DOCUMENT_FIELDS) + 5))})"""
QUOTE_FIELDS = (
    'kind, text, start, "end", sentence_start, sentence_end, speaker, speaker_eid, cue, '
    "addressee, addressee_eid, date, day"
)
EVENT_FIELDS = (
    "type, mode, source, source_eid, source_country, source_sector, target, target_eid, "
    "target_country, target_sector, date, date_precision, place, negated, modality, "
    'trigger, text, start, "end", sentence_start, sentence_end, quad, score, confidence, '
    "quote_index, day"
)
PLACE_FIELDS = 'name, eid, country, admin1, lat, lon, level, start, "end", dateline'
DATE_FIELDS = 'start, "end", text, value, precision'


CHILD_TABLES = {
    "quotes": QUOTE_FIELDS,
    "events": EVENT_FIELDS,
    "places": PLACE_FIELDS,
    "dates": DATE_FIELDS,
}


def insert_sql(table: str, fields: str) -> str:
    """An INSERT of a document's child row: its document id, then ``fields``."""
    marks = ", ".join("?" for _ in range(fields.count(",") + 2))
    return f"INSERT INTO {table} (document_id, {fields}) VALUES ({marks})"


def row_key(fmt: str, doc: str, source: str) -> str:
    """What makes two inputs versions of one document, from its stored fields: a
    record id, else the file path."""
    if fmt == "json":
        return f"id:{doc}"
    return f"path:{Path(source).resolve()}" if source != "stdin" else "stdin"
