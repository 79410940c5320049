"""The stages in order: read → clean → parse → extract → store → link (resolve).

``Extractor`` runs the NLP stages over articles (one shared spaCy pipeline,
batched); ``ingest`` streams inputs into a store in batches, one transaction
each, so memory stays flat and a kill loses at most the batch in flight.
"""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from dossier.batch_writer import BatchWriter
from dossier.collector import fewer_collections
from dossier.ingest import DEFAULT_MAX_BYTES, prepare_article, read_inputs
from dossier.models import (
    Article,
    Coreference,
    DateMention,
    Entity,
    Event,
    Extraction,
    InputFailure,
    Quote,
    RawInput,
    Span,
    StageFailure,
)
from dossier.nlp import DEFAULT_MODEL, load_pipeline, parse, release
from dossier.store import Store

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from dossier.places import Place

__all__ = [
    "COMMIT_SECONDS",
    "DEFAULT_BATCH",
    "DEFAULT_MAX_WORDS",
    "MAX_REASON",
    "Extractor",
    "IngestReport",
    "Progress",
    "StageRunner",
    "T",
    "ingest",
    "log",
    "new_articles",
    "prepared",
    "skip_reason",
    "stage_failure",
    "too_long",
]

DEFAULT_BATCH = 64
# News articles are rarely over 20,000 words; a log or a book fed by mistake must not
# stall a batch (parsing costs about a second and tens of MB per thousand words).
DEFAULT_MAX_WORDS = 30_000
COMMIT_SECONDS = 5.0  # store what is extracted at least this often
MAX_REASON = 200  # characters of an exception message kept in a stage failure
T = TypeVar("T")
log = logging.getLogger(__name__)
Progress = Callable[[str, str], None]  # (doc, outcome) after each input


@dataclass(slots=True)
class IngestReport:
    """What one ``ingest`` run did, input by input."""

    ingested: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    failed: list[InputFailure] = field(default_factory=list)
    partial: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """Inputs by outcome; a partly failed document is also counted as ingested."""
        return {
            "ingested": len(self.ingested),
            "unchanged": len(self.unchanged),
            "skipped": len(self.skipped),
            "failed": len(self.failed),
            "partial": len(self.partial),
        }

    @property
    def ok(self) -> bool:
        """True when every input was read and every stage ran on every article."""
        return not self.failed and not self.partial


class Extractor:
    """Runs the NLP stages (entities, dates, …) over articles, in batches."""

    def __init__(
        self,
        *,
        model: str = DEFAULT_MODEL,
        actors_file: Path | None = None,
        workers: int = 1,
        batch_size: int = 16,
        unattributed: bool = False,
    ) -> None:
        from dossier.entities import EntityFinder
        from dossier.events import load_coder
        from dossier.parallel import WorkerPool, check_workers
        from dossier.places import gazetteer

        check_workers(workers)
        self.nlp = load_pipeline(model)
        self.entities = EntityFinder(self.nlp, actors_file=actors_file)
        gazetteer()  # read once up front, like the pipeline, not on the first article
        load_coder(self.nlp.vocab)  # likewise the event coder's data
        # What is loaded lives as long as the process (pipeline, gazetteer, lexicons: some
        # 150,000 objects); out of the collector's reach, its full collections stop
        # walking them (about 0.1 CPU s per 200 articles)
        gc.freeze()
        self.workers = workers
        self.batch_size = batch_size
        self.unattributed = unattributed  # also events that name no side (find_events)
        self.pool = WorkerPool(self, workers) if workers > 1 else None

    def extract_one(self, article: Article, doc: Doc) -> Extraction:
        """Run the stages after parsing, in order, over one parsed article.

        Each stage is isolated: one that raises costs only its own output, is named
        in ``Extraction.failures`` and logged once; the other stages still run.
        """
        from dossier.coref import DOC_KEY as COREF_KEY
        from dossier.coref import find_references
        from dossier.dates import find_dates, unread_dates
        from dossier.descriptions import HOME_KEY
        from dossier.entity_groups import without_idle_groups
        from dossier.events import find_events
        from dossier.names import text_of
        from dossier.places import dateline_place, find_places, places_of, with_place_countries
        from dossier.quotes import find_quotes

        stages = StageRunner(article.doc)
        dates: list[DateMention] = stages.run(
            "dates", lambda: find_dates(doc, article.published), []
        )
        date_warnings: list[str] = stages.run("dates", lambda: unread_dates(doc, dates), [])
        entities: list[Entity] = stages.run("entities", lambda: self.entities.find(doc), [])
        dateline: Place | None = stages.run(
            "places", lambda: dateline_place(article.dateline, entities), None
        )
        doc.user_data[HOME_KEY] = dateline.country if dateline is not None else None
        coreference: Coreference = stages.run(
            "coref",
            lambda: find_references(doc, entities, quote_marks(text_of(doc))),
            Coreference(),
        )
        doc.user_data[COREF_KEY] = coreference  # what quotes and events read, even if it failed
        no_quotes: tuple[list[Quote], list[str]] = ([], [])
        quotes, warnings = stages.run(
            "quotes", lambda: find_quotes(doc, entities, dates), no_quotes
        )
        places: list[Place] = stages.run(
            "places", lambda: find_places(entities, article.text, article.dateline), []
        )
        entities = with_place_countries(entities, places)  # "Lahore": Pakistan, for events
        events: list[Event] = stages.run(
            "events",
            lambda: find_events(doc, entities, dates, quotes, unattributed=self.unattributed),
            [],
        )
        entities = without_idle_groups(doc, entities, quotes, events)
        places = places_of(places, entities)  # not those of the idle groups dropped
        return Extraction(
            article=article,
            entities=entities,
            dates=dates,
            quotes=quotes,
            events=events,
            places=places,
            dateline_place=dateline,
            warnings=[f"{article.doc}: {w}" for w in [*date_warnings, *warnings]],
            failures=stages.failures,
            coreference=coreference,
        )

    def extract(
        self, articles: Iterable[Article], *, flush_seconds: float = float("inf")
    ) -> Iterator[Extraction]:
        """One Extraction per article, in order; non-English articles get an empty one.

        Articles are parsed in groups; a group is also cut once its first article has
        waited ``flush_seconds``, so a slow input never holds back the ones before it.
        With ``workers > 1`` whole articles are extracted in worker processes.
        """
        if self.pool is not None:
            return self.pool.extract(articles)
        return self.extract_serial(articles, flush_seconds=flush_seconds)

    def extract_serial(
        self, articles: Iterable[Article], *, flush_seconds: float = float("inf")
    ) -> Iterator[Extraction]:
        """``extract`` in this process, with fewer young collections while it runs
        (``collector.fewer_collections``: the caller's setting is restored at the end)."""
        with fewer_collections():
            yield from self._extract_serial(articles, flush_seconds)

    def _extract_serial(self, articles: Iterable[Article], wait: float) -> Iterator[Extraction]:
        pending: list[Article] = []
        since = time.monotonic()

        def flush() -> Iterator[Extraction]:
            for article, doc in self.parsed(pending):
                if isinstance(doc, StageFailure):
                    yield Extraction(article=article, failures=[doc])
                    continue
                try:
                    extraction = self.extract_one(article, doc)
                    release(doc)  # the Doc is no longer read: let it go without the collector
                    yield extraction
                except Exception as exc:  # one article's bug must not stop the batch
                    failure = stage_failure("extraction", exc)
                    log.warning("%s: %s", article.doc, failure)
                    yield Extraction(article=article, failures=[failure])
            pending.clear()

        for article in articles:
            if not article.is_english:
                yield from flush()
                skipped = f"{article.doc}: {skip_reason(article)}"
                yield Extraction(article=article, warnings=[skipped])
                continue
            if not pending:
                since = time.monotonic()
            pending.append(article)
            if len(pending) >= self.batch_size * 4 or time.monotonic() - since >= wait:
                yield from flush()
        yield from flush()

    def parsed(self, articles: list[Article]) -> Iterator[tuple[Article, Doc | StageFailure]]:
        """Each article with its parse; if the batch's parse raises, each alone."""
        done = 0
        try:
            texts = (a.text for a in articles)
            docs = parse(self.nlp, texts, batch_size=self.batch_size)
            for article, doc in zip(articles, docs, strict=False):
                yield article, doc
                done += 1
            return
        except Exception:  # find the article that broke the batch: parse the rest one by one
            log.debug("batch parse failed; parsing its articles one at a time", exc_info=True)
        for article in articles[done:]:
            try:
                (doc,) = parse(self.nlp, [article.text])
            except Exception as exc:  # the parse of this one article failed
                failure = stage_failure("parse", exc)
                log.warning("%s: %s", article.doc, failure)
                yield article, failure
                continue
            yield article, doc


class StageRunner:
    """Runs one article's stages, each isolated: a stage that raises yields its fallback."""

    def __init__(self, doc: str) -> None:
        self.doc = doc
        self.failures: list[StageFailure] = []

    def run(self, stage: str, work: Callable[[], T], fallback: T) -> T:
        try:
            return work()
        except Exception as exc:  # one stage's bug costs only its own output
            failure = stage_failure(stage, exc)
            self.failures.append(failure)
            log.warning("%s: %s", self.doc, failure)
            return fallback


def quote_marks(text: str) -> list[Span]:
    """The spans inside quotation marks, as the quote stage reads them."""
    from dossier.quotes import quoted_spans, speech_lexicon

    return quoted_spans(text, speech_lexicon().max_quote_chars)[0]


def stage_failure(stage: str, exc: BaseException) -> StageFailure:
    """The failure of ``stage`` with its reason on one line, short enough to print."""
    detail = " ".join(str(exc).split())
    reason = f"{type(exc).__name__}: {detail}" if detail else type(exc).__name__
    return StageFailure(stage, reason[:MAX_REASON] + ("…" if len(reason) > MAX_REASON else ""))


def skip_reason(article: Article) -> str:
    return f"language is {article.language!r}, not English"


def prepared(
    paths: Iterable[str | RawInput],
    report: IngestReport,
    max_bytes: int,
    progress: Progress | None,
    max_words: int = DEFAULT_MAX_WORDS,
) -> Iterator[Article]:
    """Read and clean every input; failures go to the report, not out of the loop."""

    def failed(source: str, reason: str) -> None:
        report.failed.append(InputFailure(source, reason))
        if progress:
            progress(source, "failed")

    for item in read_inputs(paths, max_bytes=max_bytes):
        if isinstance(item, InputFailure):
            failed(item.source, item.reason)
            continue
        words = len(item.raw.split())
        if words > max_words:
            failed(item.source, too_long(words, max_words))
            continue
        try:
            article = prepare_article(item)
        except Exception as exc:  # one bad article must not stop the batch
            failed(item.source, f"cannot be cleaned ({type(exc).__name__}: {exc})")
            continue
        report.warnings.extend(f"{item.source}: {w}" for w in article.warnings)
        if not article.text.strip():
            failed(item.source, "no article text left after cleaning")
            continue
        yield article


def too_long(words: int, max_words: int) -> str:
    return (
        f"text has {words:,} words, over the {max_words:,}-word limit for one article "
        "(a log or a book?); raise it with --max-words if it is one article"
    )


def ingest(
    paths: Iterable[str],
    store: Store,
    *,
    extractor: Extractor | Callable[[], Extractor],
    batch_size: int = DEFAULT_BATCH,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_words: int = DEFAULT_MAX_WORDS,
    commit_seconds: float = COMMIT_SECONDS,
    progress: Progress | None = None,
) -> IngestReport:
    """Read, clean, extract and store ``paths``; return what happened to each input.

    ``extractor`` may be a factory, called only when there is new English text to
    parse, so re-ingesting an unchanged corpus never loads the spaCy pipeline.
    """
    report = IngestReport()
    writer = BatchWriter(
        store, report, progress, batch_size=batch_size, commit_seconds=commit_seconds
    )
    articles = prepared(paths, report, max_bytes, progress, max_words)
    fresh = new_articles(articles, store, report, writer, progress)
    first = next(fresh, None)
    if first is not None:
        model = extractor if isinstance(extractor, Extractor) else extractor()
        for extraction in model.extract(chain([first], fresh), flush_seconds=commit_seconds):
            writer.add(extraction)
    writer.write()
    writer.knowledge.update()  # versions restored, or documents a killed run stored unlinked
    return report


def new_articles(
    articles: Iterable[Article],
    store: Store,
    report: IngestReport,
    writer: BatchWriter,
    progress: Progress | None,
) -> Iterator[Article]:
    """The English articles whose content is not stored yet; the others are settled here."""
    seen: set[str] = set()
    for article in articles:
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
        if article.is_english:
            yield article
        else:
            writer.skip(article, skip_reason(article))
