"""The Python API: ``kb = dossier.open("dossier.db")``, ``dossier.extract(paths)``.

Everything the CLI does goes through here; ``cli.py`` only parses and prints.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from dossier.errors import DossierError, InputError
from dossier.feeds import DEFAULT_TIMEOUT as DEFAULT_FEED_TIMEOUT
from dossier.feeds import FeedLine, FeedRow, parse_interval
from dossier.ingest import DEFAULT_MAX_BYTES
from dossier.kb import reader
from dossier.kb.linker import KnowledgeBase
from dossier.kb.reader import Actor, ActorProfile, MergedEvent, Records, Relation
from dossier.models import Extraction, RawInput
from dossier.nlp import DEFAULT_MODEL
from dossier.pipeline import (
    DEFAULT_BATCH,
    DEFAULT_MAX_WORDS,
    Extractor,
    IngestReport,
    Progress,
    ingest,
    prepared,
)
from dossier.store import (
    HIGHLIGHT_END,
    HIGHLIGHT_START,
    QUOTE_KEYS,
    DocumentRow,
    EntitySummary,
    EventQuery,
    EventRow,
    QuoteRow,
    SearchHit,
    Store,
    check_date,
)
from dossier.store.document import Document
from dossier.store.rows import ActorKindRow, MonthCountRow, PartnerMonthRow, TypeCountRow

if TYPE_CHECKING:
    from dossier.cluster import ParquetRun
    from dossier.cluster import Progress as PartitionProgress
    from dossier.feeds import Watcher

# What the pages, the report and the command line import from here (issue 19: they
# reach the store and the knowledge base only through this module).
__all__ = [
    "DEFAULT_FEED_TIMEOUT",
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_WORDS",
    "DEFAULT_MODEL",
    "HIGHLIGHT_END",
    "HIGHLIGHT_START",
    "QUOTE_KEYS",
    "Actor",
    "ActorProfile",
    "Document",
    "DocumentRow",
    "Dossier",
    "EntitySummary",
    "EventQuery",
    "EventRow",
    "ExtractRun",
    "FeedLine",
    "FeedRow",
    "IngestReport",
    "MergedEvent",
    "PartnerMonthRow",
    "Progress",
    "QuoteRow",
    "Records",
    "Relation",
    "SearchHit",
    "check_dates",
    "extract",
    "extract_text",
    "extract_to_parquet",
    "open",
    "parse_interval",
]


class Dossier:
    """A knowledge base in one SQLite file."""

    def __init__(self, path: str | Path = "dossier.db", *, readonly: bool = False) -> None:
        self.path = Path(path)
        self.store = Store(self.path, readonly=readonly)

    def __enter__(self) -> Dossier:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self.store.close()

    def ingest(
        self,
        paths: Iterable[str | Path],
        *,
        model: str = DEFAULT_MODEL,
        actors_file: Path | None = None,
        workers: int = 1,
        batch_size: int = DEFAULT_BATCH,
        max_bytes: int = DEFAULT_MAX_BYTES,
        max_words: int = DEFAULT_MAX_WORDS,
        progress: Progress | None = None,
        unattributed: bool = False,
    ) -> IngestReport:
        """Add articles (files, directories, ``-`` for stdin); unchanged content is skipped.
        ``unattributed`` also keeps the events that name no side (see ``extract``).

        A Parquet directory written by ``dossier extract --format parquet`` is loaded
        as it is, without running the NLP again.

        The knowledge base (actors, merged events, relations) is updated as batches
        land; ``actors_file`` also pins your actors (names, aliases, dated roles and
        sectors) in the store, where they win over what the articles suggest.
        """
        from dossier.parquet_inputs import split_parquet_dirs

        if actors_file is not None:
            KnowledgeBase(self.store).set_user_actors(actors_file)
        parquet_dirs, inputs = split_parquet_dirs(str(p) for p in paths)  # extract --out DIR
        report = ingest(
            inputs,
            self.store,
            extractor=lambda: Extractor(
                model=model, actors_file=actors_file, workers=workers, unattributed=unattributed
            ),
            batch_size=batch_size,
            max_bytes=max_bytes,
            max_words=max_words,
            progress=progress,
        )
        if parquet_dirs:
            from dossier.load import ingest_parquet  # pyarrow: only for a Parquet directory

            for directory in parquet_dirs:
                ingest_parquet(directory, self.store, report, progress=progress)
        return report

    def documents(self, *, limit: int | None = None, offset: int = 0) -> list[DocumentRow]:
        return self.store.documents(limit=limit, offset=offset)

    def document(self, ref: str | int) -> Document:
        """A document by id, name or unique name prefix; raises DossierError if none."""
        row = self.store.find_document(str(ref))
        if row is None:
            raise DossierError(f"no document {ref!r} in {self.path} (see: dossier docs)")
        meta = self.store.document_text(row.id)
        return Document(
            row=row,
            text=meta.text,
            raw=meta.raw,
            credits=meta.credits,
            repairs=meta.repairs,
            warnings=meta.warnings,
            entities=self.store.document_entities(row.id),
            dates=self.store.document_dates(row.id),
            quotes=self.store.document_quotes(row.id),
            places=self.store.document_places(row.id),
        )

    def search(self, query: str, *, limit: int = 20) -> list[SearchHit]:
        return self.store.search(query, limit=limit)

    def quotes(
        self,
        *,
        speaker: str | None = None,
        about: str | None = None,
        since: str | None = None,
        limit: int | None = None,
    ) -> Records[QuoteRow]:
        """Quotes by speaker name or alias, about a name, said on or after ``since``."""
        check_date(since, "--since")
        return Records(self.store.quotes(speaker=speaker, about=about, since=since, limit=limit))

    def events(
        self,
        *,
        source: str | None = None,
        target: str | None = None,
        actor: str | None = None,
        type: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = None,
    ) -> Records[EventRow]:
        """Event mentions as each article codes them, filtered by actor name, PLOVER
        type and date; ``timeline`` gives them merged across articles."""
        query = EventQuery(
            source=source,
            target=target,
            actor=actor,
            type=type,
            since=since,
            until=until,
            limit=limit,
        )
        return self.event_page(query)

    def event_page(self, query: EventQuery) -> Records[EventRow]:
        """The event mentions ``query`` asks for (its ``page`` of ``limit`` rows),
        newest first."""
        check_dates(query.since, query.until)
        return Records(self.store.events(query))

    def count_events(self, query: EventQuery) -> int:
        """How many event mentions ``query`` finds over all its pages."""
        check_dates(query.since, query.until)
        return self.store.count_events(query)

    def quote_count(self) -> int:
        """Quotes in the current documents."""
        return self.store.count_quotes()

    def quotes_matching(self, words: str, *, limit: int = 30) -> Records[QuoteRow]:
        """Quotes whose words or speaker contain ``words``, newest first (faster than
        ``quotes(about=…)``, which also looks for the actor's mentions in each quote)."""
        return Records(self.store.quotes_matching(words, limit=limit))

    def entities(
        self,
        *,
        type: str | None = None,
        country: str | None = None,
        query: str | None = None,
        limit: int | None = None,
    ) -> list[EntitySummary]:
        return self.store.entity_summaries(type=type, country=country, query=query, limit=limit)

    # --- the knowledge base across articles ---------------------------------

    def actors(
        self,
        *,
        query: str | None = None,
        type: str | None = None,
        country: str | None = None,
        limit: int | None = None,
    ) -> Records[Actor]:
        """Actors resolved across articles, most mentioned first."""
        return reader.actors(self.store, query=query, type=type, country=country, limit=limit)

    def actor(self, ref: str, *, limit: int = 50) -> ActorProfile:
        """One actor by id, name, alias or unique part of a name: aliases, roles and
        sectors over time, quotes, events as source and target, partners, and why
        each article's mention was linked to it."""
        return reader.profile(self.store, ref, limit=limit)

    def timeline(
        self,
        *,
        actor: str | None = None,
        type: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = None,
        newest_first: bool = False,
        evidence: bool = True,
        evidence_limit: int | None = reader.EVIDENCE_SHOWN,
    ) -> Records[MergedEvent]:
        """Events merged across articles (one per real event, with its first
        ``evidence_limit`` reports, or every report with None), by date."""
        check_dates(since, until)
        return reader.timeline(
            self.store,
            actor=actor,
            type=type,
            since=since,
            until=until,
            limit=limit,
            newest_first=newest_first,
            evidence=evidence,
            evidence_limit=evidence_limit,
        )

    def relations(
        self,
        *,
        actor: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int | None = None,
    ) -> Records[Relation]:
        """Per ordered pair of actors and month: events by type and quad class, the
        cooperation–conflict score and balance, and the merged events behind them."""
        check_dates(since, until)
        return reader.relations(self.store, actor=actor, since=since, until=until, limit=limit)

    def events_by_type(self) -> list[TypeCountRow]:
        """Merged events (one per real event) per PLOVER type, most first."""
        return self.store.merged_events_by_type()

    def events_by_month(self) -> list[MonthCountRow]:
        """Merged events per month (of the event's date, else its first report) and quad."""
        return self.store.merged_events_by_month()

    def partner_months(self, actor: str) -> list[PartnerMonthRow]:
        """An actor's events with each partner by month, either direction, with their
        mean score: the numbers ``relations(actor=…)`` gives, without the types."""
        return reader.partner_months(self.store, actor)

    def actor_kinds(self, ids: list[str]) -> list[ActorKindRow]:
        """Type, country and sector of the actors with these ids."""
        return self.store.actor_kinds(ids)

    def duplicates(self) -> list[tuple[str, str]]:
        """(document, earlier document it repeats) for near-duplicate articles."""
        return reader.duplicates(self.store)

    def counts(self) -> dict[str, int]:
        """Actors, merged events, event mentions and near-duplicate articles stored."""
        return reader.counts(self.store)

    def rebuild(self, *, actors_file: Path | None = None) -> int:
        """Recompute actors, duplicates and merged events from the stored extractions."""
        kb = KnowledgeBase(self.store)
        if actors_file is not None:
            kb.set_user_actors(actors_file)
        return kb.rebuild()

    def export(
        self,
        fmt: str,
        out: str | Path,
        *,
        since: str | None = None,
        until: str | None = None,
        actor: str | None = None,
    ) -> int:
        """Write merged events (``jsonl``, ``csv``, ``parquet``, ``polecat``) or the actor
        network (``graphml``, ``gexf``) to ``out``; returns the rows or nodes written."""
        from dossier.export import ExportFormat, export

        check_dates(since, until)
        try:
            chosen = ExportFormat(fmt)
        except ValueError:
            choices = ", ".join(f.value for f in ExportFormat)
            raise DossierError(f"unknown export format {fmt!r}; choose one of {choices}") from None
        return export(self.store, chosen, Path(out), since=since, until=until, actor=actor)

    # --- counts and feeds, for the command line --------------------------------

    def document_count(self, *, status: str | None = "ok") -> int:
        """Current documents stored with ``status`` (``None``: whatever their status)."""
        return self.store.count_documents(status=status)

    def entity_count(self) -> int:
        """Distinct (name, type) entities over the current documents."""
        return self.store.count_entities()

    def add_feeds(self, urls: Iterable[str]) -> list[str]:
        """Start watching ``urls`` (RSS or Atom); returns every feed the store now watches."""
        from dossier.feeds import add_feeds, feed_urls

        add_feeds(self.store, urls)
        return feed_urls(self.store)

    def feeds(self) -> list[FeedRow]:
        """The watched feeds: last check, items seen, ingested and failed, last error."""
        from dossier.feeds import list_feeds

        return list_feeds(self.store)

    def feed_watcher(
        self,
        *,
        model: str = DEFAULT_MODEL,
        timeout: float = DEFAULT_FEED_TIMEOUT,
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> Watcher:
        """A poller that ingests each new feed item's page into this store (close it after).

        The spaCy pipeline loads when a first page needs it; ``timeout`` is in seconds.
        """
        from dossier.feeds import Watcher

        return Watcher(
            self.store,
            lambda: Extractor(model=model),
            timeout=timeout,
            max_bytes=max_bytes,
        )


@dataclass(slots=True)
class ExtractRun:
    """What ``extract`` returns: iterate it (once) for one ``Extraction`` per article, in order.

    ``report`` fills in as the run goes: the inputs that failed (unreadable, too
    long, no article text left after cleaning), the articles a stage failed on
    (``partial``), and the warnings from reading and from the stages.
    """

    report: IngestReport
    extractions: Iterator[Extraction]

    def __iter__(self) -> Iterator[Extraction]:
        return self.extractions

    def records(self) -> Iterator[dict[str, Any]]:
        """The exchange-format record (EXCHANGE.md) of each article, in input order."""
        return (extraction.to_exchange() for extraction in self)


def extract(
    inputs: Iterable[str | Path | RawInput],
    *,
    model: str = DEFAULT_MODEL,
    actors_file: Path | None = None,
    workers: int = 1,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_words: int = DEFAULT_MAX_WORDS,
    progress: Progress | None = None,
    unattributed: bool = False,
) -> ExtractRun:
    """Read, clean and extract ``inputs`` without a store: the loop ``ingest`` runs.

    Inputs are files, directories (recursive), ``-`` for stdin, or ``RawInput``
    records already in memory. An input that fails is reported (``progress`` hears
    ``(source, "failed")`` at once) and the run goes on; a non-English article gives
    an empty extraction with the reason in its warnings. The spaCy pipeline loads
    here, so a bad ``model`` raises ``ModelError`` before any input is read.

    ``unattributed`` also keeps the events the text tells without naming a side the
    record needs ("a car bomb killed six people"), with that side null: off by default,
    as a who-did-what-to-whom record (and ``dossier eval``) wants both named.
    """
    report = IngestReport()
    extractor = Extractor(
        model=model, actors_file=actors_file, workers=workers, unattributed=unattributed
    )
    sources = (str(i) if isinstance(i, Path) else i for i in inputs)
    articles = prepared(sources, report, max_bytes, progress, max_words)
    return ExtractRun(report, reported(extractor.extract(articles), report))


def reported(extractions: Iterator[Extraction], report: IngestReport) -> Iterator[Extraction]:
    """``extractions``, each one's warnings and stage failures noted in ``report`` first."""
    for extraction in extractions:
        report.warnings.extend(extraction.warnings)
        if extraction.failure_reason:
            report.partial.append((extraction.article.doc, extraction.failure_reason))
        yield extraction


def extract_text(
    text: str,
    *,
    doc: str = "text",
    title: str | None = None,
    published: str | None = None,
    url: str | None = None,
    model: str = DEFAULT_MODEL,
    actors_file: Path | None = None,
    unattributed: bool = False,
) -> Extraction:
    """One article given as a string, through the same loop as ``extract``.

    Raises ``InputError`` with the reason ``dossier extract`` prints when the text is
    no article (empty, or nothing left after cleaning, like a lone "Advertisement").
    """
    raw = RawInput(doc=doc, source=doc, raw=text, fmt="txt", title=title, url=url, date=published)
    run = extract([raw], model=model, actors_file=actors_file, unattributed=unattributed)
    found = list(run)
    if run.report.failed:
        failure = run.report.failed[0]
        raise InputError(failure.source, failure.reason)
    return found[0]


def extract_to_parquet(
    inputs: Iterable[str],
    out: str,
    *,
    scheduler: str | None = None,
    workers: int = 1,
    partition_size: int,
    model: str = DEFAULT_MODEL,
    actors_file: Path | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_words: int = DEFAULT_MAX_WORDS,
    progress: PartitionProgress | None = None,
    unattributed: bool = False,
) -> ParquetRun:
    """``extract`` into Parquet partitions under ``out`` on a Dask cluster (docs/SCALE.md):
    a LocalCluster of ``workers`` processes, or the one at ``scheduler``."""
    from dossier.cluster import extract_to_parquet as run_on_cluster
    from dossier.parallel import check_workers

    if scheduler is None:
        check_workers(workers)
    return run_on_cluster(
        inputs,
        out,
        scheduler=scheduler,
        workers=workers,
        partition_size=partition_size,
        model=model,
        actors_file=actors_file,
        max_bytes=max_bytes,
        max_words=max_words,
        progress=progress,
        unattributed=unattributed,
    )


def check_dates(since: str | None, until: str | None) -> None:
    """Raise DossierError naming the option when a date bound is not a date."""
    check_date(since, "--since")
    check_date(until, "--until")


def open(path: str | Path = "dossier.db", *, readonly: bool = False) -> Dossier:
    """Open (creating and migrating if needed) the store at ``path``."""
    return Dossier(path, readonly=readonly)
