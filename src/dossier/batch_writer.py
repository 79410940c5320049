"""Writing an ingest's results to the store in batches: a transaction per batch of
extractions and skipped articles, then the knowledge base linked incrementally."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from dossier.kb.linker import KnowledgeBase

if TYPE_CHECKING:
    from dossier.models import Article, Extraction
    from dossier.pipeline import IngestReport, Progress
    from dossier.store import Store

__all__ = ["BatchWriter"]


class BatchWriter:
    """Stores extractions and skipped articles: a transaction per batch, or sooner.

    A batch is written when it holds ``batch_size`` articles or its oldest article
    has waited ``commit_seconds``, so an interrupted run loses at most that much.
    """

    def __init__(
        self,
        store: Store,
        report: IngestReport,
        progress: Progress | None,
        *,
        batch_size: int,
        commit_seconds: float,
    ) -> None:
        self.store = store
        self.knowledge = KnowledgeBase(store)
        self.report = report
        self.progress = progress
        self.batch_size = batch_size
        self.commit_seconds = commit_seconds
        self.extractions: list[Extraction] = []
        self.skipped: list[tuple[Article, str]] = []
        self.since = time.monotonic()

    def add(self, extraction: Extraction) -> None:
        self.start_clock()
        self.extractions.append(extraction)
        self.write_if_due()

    def skip(self, article: Article, reason: str) -> None:
        self.start_clock()
        self.skipped.append((article, reason))
        self.report.skipped.append((article.doc, reason))
        if self.progress:
            self.progress(article.doc, "skipped")
        self.write_if_due()

    def start_clock(self) -> None:
        """The wait is counted from the oldest article pending, not the last write."""
        if not self.extractions and not self.skipped:
            self.since = time.monotonic()

    def write_if_due(self) -> None:
        waited = time.monotonic() - self.since
        if len(self.extractions) >= self.batch_size or waited >= self.commit_seconds:
            self.write()

    def write(self) -> None:
        """Store what is pending in one transaction and link it into the knowledge base."""
        if self.extractions or self.skipped:
            self.store.write_batch(self.extractions, self.skipped)
        if self.extractions:
            self.knowledge.update()
        for extraction in self.extractions:
            self.report.ingested.append(extraction.article.doc)
            self.report.warnings.extend(extraction.warnings)
            if extraction.failure_reason:
                self.report.partial.append((extraction.article.doc, extraction.failure_reason))
            if self.progress:
                self.progress(extraction.article.doc, "ingested")
        self.extractions.clear()
        self.skipped.clear()
        self.since = time.monotonic()
