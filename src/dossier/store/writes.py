"""Writing documents and what was extracted from them, one transaction per batch."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime

from dossier.errors import StoreError
from dossier.models import Article, Extraction
from dossier.store.row_writes import RowWrites, row_key


class DocumentWrites(RowWrites):
    """Documents, their versions and their extractions."""

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

    def _next_version(self, key: str) -> int:
        """The version number a new document of ``key`` takes; older ones stop being current."""
        previous = self.conn.execute(
            "SELECT max(version) FROM documents WHERE key = ?", (key,)
        ).fetchone()[0]
        if previous is not None:
            self.conn.execute("UPDATE documents SET current = 0 WHERE key = ?", (key,))
        return int(previous or 0) + 1

    def _insert_document(self, article: Article, *, status: str, reason: str | None) -> int:
        key = document_key(article)
        version = self._next_version(key)
        cursor = self.conn.execute(
            """INSERT INTO documents (doc, key, version, current, content_hash, source, fmt,
                   title, published, language, url, agency, dateline, credits, repairs,
                   warnings, status, status_reason, raw, text, ingested_at)
               VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                article.doc,
                key,
                version,
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
                   sentence_end, speaker, speaker_eid, cue, addressee, addressee_eid, date, day)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
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
                    event_day(q.date, extraction.article.published),
                )
                for q in extraction.quotes
            ],
        )
        self.conn.executemany(
            """INSERT INTO events (document_id, type, mode, source, source_eid, source_country,
                   source_sector, target, target_eid, target_country, target_sector, date,
                   date_precision, place, negated, modality, trigger, text, start, "end",
                   sentence_start, sentence_end, quad, score, confidence, quote_index, day)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                       ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
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
                    event_day(e.date, extraction.article.published),
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


def event_day(date: str | None, published: str | None) -> str:
    """The day an event mention or a quote is listed by: its own date, else its
    article's, else '' (listed last), as ``coalesce(e.date, d.published, '')`` in SQL."""
    if date is not None:
        return date
    return published if published is not None else ""


def document_key(article: Article) -> str:
    """What makes two inputs versions of one document: a record id, else the file path."""
    return row_key(article.fmt, article.doc, article.source)
