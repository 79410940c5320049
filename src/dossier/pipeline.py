"""The stages in order: read → clean → parse → extract → store → link (resolve).

``Extractor`` runs the NLP stages over articles (one shared spaCy pipeline,
batched); ``ingest`` streams inputs into a store in batches, one transaction
each, so memory stays flat and a kill loses at most the batch in flight.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from dossier.ingest import DEFAULT_MAX_BYTES, prepare_article, read_inputs
from dossier.models import Article, Extraction, InputFailure
from dossier.nlp import DEFAULT_MODEL, load_pipeline, parse
from dossier.resolve import KnowledgeBase
from dossier.store import Store

if TYPE_CHECKING:
    from spacy.tokens import Doc

DEFAULT_BATCH = 64
Progress = Callable[[str, str], None]  # (doc, outcome) after each input


@dataclass(slots=True)
class IngestReport:
    """What one ``ingest`` run did, input by input."""

    ingested: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    failed: list[InputFailure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {
            "ingested": len(self.ingested),
            "unchanged": len(self.unchanged),
            "skipped": len(self.skipped),
            "failed": len(self.failed),
        }


class Extractor:
    """Runs the NLP stages (entities, dates, …) over articles, in batches."""

    def __init__(
        self,
        *,
        model: str = DEFAULT_MODEL,
        actors_file: Path | None = None,
        workers: int = 1,
        batch_size: int = 16,
    ) -> None:
        from dossier.entities import EntityFinder
        from dossier.parallel import WorkerPool, check_workers
        from dossier.places import gazetteer

        check_workers(workers)
        self.nlp = load_pipeline(model)
        self.entities = EntityFinder(self.nlp, actors_file=actors_file)
        gazetteer()  # read once up front, like the pipeline, not on the first article
        self.workers = workers
        self.batch_size = batch_size
        self.pool = WorkerPool(self, workers) if workers > 1 else None

    def extract_one(self, article: Article, doc: Doc) -> Extraction:
        """Run the stages after parsing, in order, over one parsed article."""
        from dossier.dates import find_dates, unread_dates
        from dossier.events import find_events
        from dossier.places import dateline_place, find_places
        from dossier.quotes import find_quotes

        dates = find_dates(doc, article.published)
        date_warnings = unread_dates(doc, dates)
        entities = self.entities.find(doc)
        quotes, warnings = find_quotes(doc, entities, dates)
        events = find_events(doc, entities, dates, quotes)
        places = find_places(entities, article.text, article.dateline)
        return Extraction(
            article=article,
            entities=entities,
            dates=dates,
            quotes=quotes,
            events=events,
            places=places,
            dateline_place=dateline_place(article.dateline, entities),
            warnings=[f"{article.doc}: {w}" for w in [*date_warnings, *warnings]],
        )

    def extract(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        """One Extraction per article, in order; non-English articles get an empty one."""
        if self.pool is not None:
            return self.pool.extract(articles)  # whole articles in worker processes
        return self.extract_serial(articles)

    def extract_serial(self, articles: Iterable[Article]) -> Iterator[Extraction]:
        """``extract`` in this process."""
        pending: list[Article] = []

        def flush() -> Iterator[Extraction]:
            texts = (a.text for a in pending)
            docs = parse(self.nlp, texts, batch_size=self.batch_size)
            for article, doc in zip(pending, docs, strict=True):
                try:
                    yield self.extract_one(article, doc)
                except Exception as exc:  # one article's bug must not stop the batch
                    reason = f"{article.doc}: extraction failed ({type(exc).__name__}: {exc})"
                    yield Extraction(article=article, warnings=[reason])
            pending.clear()

        for article in articles:
            if not article.is_english:
                yield from flush()
                yield Extraction(article=article, warnings=[skip_reason(article)])
                continue
            pending.append(article)
            if len(pending) >= self.batch_size * 4:
                yield from flush()
        yield from flush()


def skip_reason(article: Article) -> str:
    return f"language is {article.language!r}, not English"


def prepared(
    paths: Iterable[str], report: IngestReport, max_bytes: int, progress: Progress | None
) -> Iterator[Article]:
    """Read and clean every input; failures go to the report, not out of the loop."""
    for item in read_inputs(paths, max_bytes=max_bytes):
        if isinstance(item, InputFailure):
            report.failed.append(item)
            if progress:
                progress(item.source, "failed")
            continue
        try:
            article = prepare_article(item)
        except Exception as exc:  # one bad article must not stop the batch
            report.failed.append(InputFailure(item.source, f"cannot be cleaned ({exc})"))
            if progress:
                progress(item.source, "failed")
            continue
        report.warnings.extend(f"{item.source}: {w}" for w in article.warnings)
        if not article.text.strip():
            report.failed.append(InputFailure(item.source, "no article text left after cleaning"))
            if progress:
                progress(item.source, "failed")
            continue
        yield article


def ingest(
    paths: Iterable[str],
    store: Store,
    *,
    extractor: Extractor | Callable[[], Extractor],
    batch_size: int = DEFAULT_BATCH,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Progress | None = None,
) -> IngestReport:
    """Read, clean, extract and store ``paths``; return what happened to each input.

    ``extractor`` may be a factory, called only when there is new English text to
    parse, so re-ingesting an unchanged corpus never loads the spaCy pipeline.
    """
    report = IngestReport()
    knowledge = KnowledgeBase(store)
    seen: set[str] = set()
    batch: list[Article] = []
    skipped: list[tuple[Article, str]] = []
    loaded: list[Extractor] = []

    def get_extractor() -> Extractor:
        if not loaded:
            loaded.append(extractor if isinstance(extractor, Extractor) else extractor())
        return loaded[0]

    def flush() -> None:
        extractions = list(get_extractor().extract(batch)) if batch else []
        store.write_batch(extractions, skipped)
        if extractions:
            knowledge.update()
        for extraction in extractions:
            report.ingested.append(extraction.article.doc)
            report.warnings.extend(extraction.warnings)
            if progress:
                progress(extraction.article.doc, "ingested")
        batch.clear()
        skipped.clear()

    for article in prepared(paths, report, max_bytes, progress):
        known = article.content_hash in seen or store.has_content(article.content_hash)
        if known and store.restore_version(article):  # a file edited back to an older text
            report.ingested.append(article.doc)
            if progress:
                progress(article.doc, "ingested")
            continue
        if known:
            report.unchanged.append(article.doc)
            if progress:
                progress(article.doc, "unchanged")
            continue
        seen.add(article.content_hash)
        if not article.is_english:
            reason = skip_reason(article)
            skipped.append((article, reason))
            report.skipped.append((article.doc, reason))
            if progress:
                progress(article.doc, "skipped")
        else:
            batch.append(article)
        if len(batch) >= batch_size:
            flush()
    if batch or skipped:
        flush()
    knowledge.update()  # versions restored, or documents a killed run stored but never linked
    return report
