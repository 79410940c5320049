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

import json
from collections import defaultdict
from itertools import pairwise
from typing import Any

from dossier.cluster import read_manifest, read_tables
from dossier.kb.linker import KnowledgeBase
from dossier.kb.side_events import SideEvents
from dossier.models import InputFailure
from dossier.parquet_inputs import split_parquet_dirs
from dossier.pipeline import IngestReport, Progress
from dossier.store import Store
from dossier.store.bulk import BulkLoad, loading_pragmas
from dossier.store.row_writes import DOCUMENT_FIELDS, ArticleRows
from dossier.store.writes import event_day
from dossier.table_records import DocumentKey, document_copies, own_rows
from dossier.tables import SPAN, column_values, signatures_of

__all__ = ["ingest_parquet", "split_parquet_dirs", "store_partition"]


def ingest_parquet(
    out: str, store: Store, report: IngestReport, *, progress: Progress | None = None
) -> IngestReport:
    """Store every document of the Parquet directory ``out`` into ``store``."""
    manifest = read_manifest(out)
    if manifest is None:
        report.failed.append(InputFailure(out, "not a Parquet directory made by dossier"))
        return report
    knowledge = KnowledgeBase(store)
    if keeps_side_events(manifest, store):
        knowledge.merger.sides = SideEvents(store)
    bulk = BulkLoad(store)
    if len(manifest["partitions"]) >= BULK_PARTITIONS:
        bulk.begin()  # only if the store is empty
    try:
        with loading_pragmas(store):
            for name in sorted(manifest["partitions"]):
                tables = read_tables(out, name)
                knowledge.merger.signed = signatures_of(tables)
                store_partition(tables, store, report, progress)
                knowledge.update()
    finally:
        bulk.finish()  # else the store's next open for writing does it
    for failure in manifest.get("failures", []):
        report.failed.append(InputFailure(failure["source"], failure["reason"]))
    for entry in manifest["partitions"].values():
        for failure in entry.get("failures", []):
            report.failed.append(InputFailure(failure["source"], failure["reason"]))
    return report


def keeps_side_events(manifest: dict[str, Any], store: Store) -> bool:
    """Whether the merger keeps each side's merged events through the load
    (``SideEvents``): when the directory holds at least as many documents as the store
    (a first load among them), so that reading every event of a side once costs no
    more than the load's own events.  A few articles into a big store read only the
    days their mentions may match, as an ordinary ingest does."""
    documents = sum(entry.get("documents", 0) for entry in manifest["partitions"].values())
    return bool(documents) and documents >= store.count_documents(status=None)


# a directory of this many partitions or more, loaded into an empty store, builds
# the full-text and listing indexes once at the end (``dossier.store.bulk``)
BULK_PARTITIONS = 2


def store_partition(
    tables: dict[str, Any], store: Store, report: IngestReport, progress: Progress | None
) -> None:
    """One partition in one transaction, written from its rows (no records built in
    between); content already stored is left as it is."""
    skipped: list[ArticleRows] = []
    stored: list[ArticleRows] = []
    outcomes: list[tuple[str, str]] = []
    articles = partition_articles(tables)
    # a text stored, or given twice (the second is unchanged, as in an ingest)
    seen = store.stored_hashes([article.content_hash for article in articles])
    for article in articles:
        doc, status = article.document[0], article.document[STATUS]
        if article.content_hash in seen:
            report.unchanged.append(doc)
            outcomes.append((doc, "unchanged"))
            continue
        seen.add(article.content_hash)
        if status == "skipped":
            skipped.append(article)
            report.skipped.append((doc, article.document[STATUS + 1]))
            outcomes.append((doc, "skipped"))
        else:
            stored.append(article)
            report.ingested.append(doc)
            outcomes.append((doc, "ingested"))
    store.write_rows([*skipped, *stored])  # skipped ones first, as ``write_batch`` does
    if progress:
        for doc, outcome in outcomes:
            progress(doc, outcome)


STATUS = DOCUMENT_FIELDS.index("status")
PUBLISHED = DOCUMENT_FIELDS.index("published")
DOCUMENT_COLUMNS = [*DOCUMENT_FIELDS]
ENTITY_COLUMNS = ["id", "name", "type", "country", "sector", "aliases", "roles", "mentions"]
QUOTE_COLUMNS = ["kind", "text", "start", "end", "sentence_start", "sentence_end", "speaker"]
QUOTE_COLUMNS += ["speaker_id", "cue", "addressee", "addressee_id", "date"]
EVENT_COLUMNS = ["type", "mode", "source", "source_id", "source_country", "source_sector"]
EVENT_COLUMNS += ["target", "target_id", "target_country", "target_sector", "date"]
EVENT_COLUMNS += ["date_precision", "place", "negated", "modality", "trigger", "text", "start"]
EVENT_COLUMNS += ["end", "sentence_start", "sentence_end", "quad", "score", "confidence", "quote"]
PLACE_COLUMNS = ["name", "entity_id", "country", "admin1", "lat", "lon", "level", "start"]
PLACE_COLUMNS += ["end", "dateline"]
DATE_COLUMNS = ["start", "end", "text", "value", "precision"]
CHILD_COLUMNS = {
    "entities": ENTITY_COLUMNS,
    "quotes": QUOTE_COLUMNS,
    "events": EVENT_COLUMNS,
    "places": PLACE_COLUMNS,
    "dates": DATE_COLUMNS,
}


def partition_articles(tables: dict[str, Any]) -> list[ArticleRows]:
    """Each document of a partition with its own rows (``dossier.table_records``) in
    the store's column order, in the documents table's order."""
    documents = table_tuples(tables["documents"], DOCUMENT_COLUMNS)
    keys = [(document[0], document[1]) for document in documents]
    published: dict[DocumentKey, str | None] = {}  # a key's rows are its first copy's
    for key, document in zip(keys, documents, strict=True):
        published.setdefault(key, document[PUBLISHED])
    children = {name: rows_by_document(tables[name], name, published) for name in CHILD_COLUMNS}
    return [
        article_rows(
            document,
            {name: own_rows(rows.get(key, []), *copies) for name, rows in children.items()},
        )
        for document, key, copies in zip(documents, keys, document_copies(keys), strict=True)
    ]


def article_rows(document: tuple[Any, ...], rows: dict[str, list[tuple[Any, ...]]]) -> ArticleRows:
    """One document's rows as the store takes them, ``rows_by_document`` having converted
    them column by column (lists as JSON, flags as 0/1, the quote an event is in as its
    index, each quote's and event's day)."""
    fields = dict(zip(DOCUMENT_FIELDS, document, strict=True))
    ok = fields["status"] == "ok"
    fields["status_reason"] = None if ok else fields["status_reason"] or "skipped"
    if not ok:
        return ArticleRows(tuple(fields.values()))
    places = [(*p[:-1], 0) for p in rows["places"] if not p[-1]]
    places += [(*p[:-1], 1) for p in rows["places"] if p[-1]][:1]
    return ArticleRows(
        tuple(fields.values()),
        entities=rows["entities"],
        quotes=rows["quotes"],
        events=rows["events"],
        places=places,
        dates=rows["dates"],
    )


def json_list(values: list[Any] | None) -> str:
    """A list as the store keeps it (JSON); most entities have no aliases or roles."""
    return json.dumps(list(values)) if values else "[]"


def spans(values: list[Any] | None) -> list[tuple[int, int]]:
    """(start, end) pairs of a list of spans, read as pairs or as {start, end}; a list
    ``column_values`` made is already pairs."""
    if not values:
        return []
    if type(values[0]) is tuple:
        return values
    return [(v["start"], v["end"]) if isinstance(v, dict) else tuple(v) for v in values]


def quote_index(quote: str | None) -> int | None:
    """The index of the quote ``q3`` (2), as an event stores it."""
    return None if quote is None else int(quote[1:]) - 1


def table_tuples(table: Any, names: list[str]) -> list[tuple[Any, ...]]:
    """The rows of an Arrow table as tuples of the columns ``names``, column by column;
    a list of names or of roles as the JSON text the store keeps."""
    return list(zip(*(python_column(table.column(name)) for name in names), strict=True))


def python_column(column: Any) -> list[Any]:
    """A column's values, lists of text or of records (aliases, roles) as JSON text."""
    import pyarrow as pa

    kind = column.type
    if not pa.types.is_list(kind) or column.null_count:
        values = column_values(column)
        return [json_list(v) for v in values] if pa.types.is_list(kind) else values
    item = kind.value_type
    if pa.types.is_string(item) or (pa.types.is_struct(item) and item != SPAN):
        return json_lists(column)
    return column_values(column)


def json_lists(column: Any) -> list[str]:
    """Each row of a null-free list column (of text, or of records of text) as JSON
    text, ``json_list``'s, each distinct list encoded once: names and roles repeat
    from article to article."""
    import pyarrow as pa

    array = column.combine_chunks()
    offsets = array.offsets.to_numpy().tolist()
    flat = array.flatten()
    if flat.null_count:
        return [json_list(v) for v in array.to_pylist()]
    if pa.types.is_struct(flat.type):
        fields = [f.name for f in flat.type]
        items: list[Any] = list(zip(*(column_values(flat.field(f)) for f in fields), strict=True))
    else:
        fields, items = [], column_values(flat)
    base = offsets[0] if offsets else 0
    encoded: dict[tuple[Any, ...], str] = {}
    texts = []
    for a, b in pairwise(offsets):
        key = tuple(items[a - base : b - base])
        text = encoded.get(key)
        if text is None:
            values = [dict(zip(fields, v, strict=True)) for v in key] if fields else list(key)
            text = encoded[key] = json_list(values)
        texts.append(text)
    return texts


def rows_by_document(
    table: Any, name: str, published: dict[DocumentKey, str | None]
) -> dict[DocumentKey, list[tuple[Any, ...]]]:
    """The rows of the child table ``name`` (its ``CHILD_COLUMNS``) grouped by their
    document, (doc, content hash), converted column by column as the store keeps them
    (``CONVERTED``); a quote's and an event's row end with its day, worked out with
    its document's date, ``published``.  A document's rows are grouped run by run
    (they come together), not row by row."""
    found: dict[DocumentKey, list[tuple[Any, ...]]] = defaultdict(list)
    runs = document_runs(table)
    columns = [python_column(table.column(column)) for column in CHILD_COLUMNS[name]]
    for n, convert in CONVERTED.get(name, {}).items():
        columns[n] = [convert(v) for v in columns[n]]
    if name in DAY_OF:
        dates = columns[DAY_OF[name]]
        days: list[str] = []
        for key, a, b in runs:
            day = published.get(key)
            days += [event_day(d, day) for d in dates[a:b]]
        columns.append(days)
    rows = list(zip(*columns, strict=True))
    for key, a, b in runs:
        found[key] += rows[a:b]
    return found


def document_runs(table: Any) -> list[tuple[DocumentKey, int, int]]:
    """(document, first row, end row) of each run of rows of one document, (doc,
    content hash), in row order; found with Arrow, not row by row."""
    import numpy as np
    import pyarrow.compute as pc

    size = table.num_rows
    if not size:
        return []
    starts = np.zeros(size, dtype=bool)
    starts[0] = True
    for name in ("doc", "content_hash"):
        column = table.column(name)
        changed = pc.fill_null(pc.not_equal(column.slice(1), column.slice(0, size - 1)), True)
        starts[1:] |= changed.to_numpy(zero_copy_only=False)
    first = np.flatnonzero(starts)
    docs, hashes = (column_values(table.column(n).take(first)) for n in ("doc", "content_hash"))
    keys = zip(docs, hashes, strict=True)
    bounds = first.tolist()
    return list(zip(keys, bounds, [*bounds[1:], size], strict=True))


# the columns a child table's rows convert, by index: the spans of an entity's
# mentions as pairs, an event's negation as 0/1, the quote it is in as an index
CONVERTED: dict[str, dict[int, Any]] = {
    "entities": {ENTITY_COLUMNS.index("mentions"): spans},
    "events": {EVENT_COLUMNS.index("negated"): int, EVENT_COLUMNS.index("quote"): quote_index},
}
# the date column of the rows that are listed by day
DAY_OF = {"quotes": QUOTE_COLUMNS.index("date"), "events": EVENT_COLUMNS.index("date")}
