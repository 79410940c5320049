"""``dossier ingest DIR`` of a Parquet directory: stored records, no NLP.

A directory made by ``dossier extract --format parquet`` (``dossier.cluster``) holds
every record already extracted.  Loading it rebuilds each article's Extraction from
its rows (``dossier.tables``) and stores it exactly as an ordinary ingest would, one
transaction per partition, then links the new documents into the knowledge base
incrementally.  The near-duplicate signatures the extracting workers computed
(``documents.minhash``) are handed to the linker, which would otherwise hash every
text again.  Content already in the store is ``unchanged``; inputs the extract run
could not read or extract are reported as failed, with the reason it recorded.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from dossier.cluster import read_manifest, read_tables
from dossier.kb.linker import KnowledgeBase
from dossier.models import Article, Extraction, InputFailure
from dossier.pipeline import IngestReport, Progress
from dossier.store import Store
from dossier.tables import extractions_from_tables, signatures_of

__all__ = ["ingest_parquet", "split_parquet_dirs", "store_partition"]


def split_parquet_dirs(paths: Iterable[str]) -> tuple[list[str], list[str]]:
    """(Parquet directories made by dossier, every other input), each in order."""
    from dossier.cluster import is_parquet_dir

    tables: list[str] = []
    others: list[str] = []
    for path in paths:
        (tables if is_parquet_dir(path) else others).append(path)
    return tables, others


def ingest_parquet(
    out: str, store: Store, report: IngestReport, *, progress: Progress | None = None
) -> IngestReport:
    """Store every document of the Parquet directory ``out`` into ``store``."""
    manifest = read_manifest(out)
    if manifest is None:
        report.failed.append(InputFailure(out, "not a Parquet directory made by dossier"))
        return report
    knowledge = KnowledgeBase(store)
    for name in sorted(manifest["partitions"]):
        tables = read_tables(out, name)
        knowledge.merger.signed = signatures_of(tables)
        store_partition(tables, store, report, progress)
        knowledge.update()
    for failure in manifest.get("failures", []):
        report.failed.append(InputFailure(failure["source"], failure["reason"]))
    for entry in manifest["partitions"].values():
        for failure in entry.get("failures", []):
            report.failed.append(InputFailure(failure["source"], failure["reason"]))
    return report


def store_partition(
    tables: dict[str, Any], store: Store, report: IngestReport, progress: Progress | None
) -> None:
    """One partition in one transaction; content already stored is left as it is."""
    extractions: list[Extraction] = []
    skipped: list[tuple[Article, str]] = []
    outcomes: list[tuple[str, str]] = []
    for extraction, status, reason in extractions_from_tables(tables):
        doc = extraction.article.doc
        if store.has_content(extraction.article.content_hash):
            report.unchanged.append(doc)
            outcomes.append((doc, "unchanged"))
        elif status == "skipped":
            skipped.append((extraction.article, reason or "skipped"))
            report.skipped.append((doc, reason or "skipped"))
            outcomes.append((doc, "skipped"))
        else:
            extractions.append(extraction)
            report.ingested.append(doc)
            outcomes.append((doc, "ingested"))
    store.write_batch(extractions, skipped)
    if progress:
        for doc, outcome in outcomes:
            progress(doc, outcome)
