"""Writing documents and what was extracted from them, one transaction per batch."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from dossier.models import Article, Extraction
from dossier.store.row_writes import ArticleRows, RowWrites, row_key


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
        """Store a batch of articles in one transaction, the skipped ones first, each
        table's rows in one statement (``write_rows``); content already stored, or
        given earlier in the batch, is left out.  Return the new document ids."""
        rows = [skipped_rows(article, reason) for article, reason in skipped]
        rows += [extraction_rows(extraction) for extraction in extractions]
        return self.write_rows(rows)


def skipped_rows(article: Article, reason: str) -> ArticleRows:
    """A skipped article as the store's rows: its document alone."""
    return ArticleRows(document_values(article, "skipped", reason))


def extraction_rows(extraction: Extraction) -> ArticleRows:
    """An extraction as the store's rows (``ArticleRows``): its document, with the
    stages that failed on it, and its entities, quotes, events, places and dates."""
    article = extraction.article
    published = article.published
    located = [(p, 0) for p in extraction.places]
    if extraction.dateline_place is not None:
        located.append((extraction.dateline_place, 1))
    failures = extraction.failures
    return ArticleRows(
        document_values(article, "ok", extraction.failure_reason),
        entities=[
            (
                e.id,
                e.name,
                e.type,
                e.country,
                e.sector,
                json.dumps(e.aliases) if e.aliases else "[]",
                json.dumps([r.to_json() for r in e.roles]) if e.roles else "[]",
                e.mentions,
            )
            for e in extraction.entities
        ],
        quotes=[
            (
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
                event_day(q.date, published),
            )
            for q in extraction.quotes
        ],
        events=[
            (
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
                event_day(e.date, published),
            )
            for e in extraction.events
        ],
        places=[
            (
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
        dates=[(d.span[0], d.span[1], d.text, d.value, d.precision) for d in extraction.dates],
        failed_stages=json.dumps([f.to_json() for f in failures]) if failures else None,
    )


def document_values(article: Article, status: str, reason: str | None) -> tuple[Any, ...]:
    """An article's document row in ``DOCUMENT_FIELDS`` order."""
    return (
        article.doc,
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
