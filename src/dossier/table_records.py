"""A partition's tables back into records, each document with its own rows.

A row of a child table (entities, quotes, events, dates, places) belongs to the
document of its ``doc`` and ``content_hash``, the two together: two documents of one
text under two ids (a partition written by another tool, or concatenated from two
runs) each have their own rows, so neither takes the other's.  The same text under
the same id twice is one input given twice: its rows come twice, one copy after the
other, and each copy takes its own run of them.  ``dossier.load`` reads rows the same
way when it stores a partition without building records.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from typing import TypeVar

import pyarrow as pa

from dossier.models import Extraction
from dossier.tables import TABLES, Row, column_values, extraction_of, table_rows

__all__ = [
    "DocumentKey",
    "document_copies",
    "document_keys",
    "extractions_from_tables",
    "own_rows",
]

DocumentKey = tuple[str, str]  # (doc, content_hash)
T = TypeVar("T")


def extractions_from_tables(
    tables: Mapping[str, pa.Table],
) -> Iterator[tuple[Extraction, str, str | None]]:
    """(Extraction, status, reason) per document row, rebuilt from its own rows, in
    row order."""
    by_document: dict[DocumentKey, dict[str, list[Row]]] = defaultdict(lambda: defaultdict(list))
    for name in TABLES:
        if name != "documents" and name in tables:
            keys = document_keys(tables[name])
            rows = table_rows(tables[name], skip=("doc", "partition"))
            for key, row in zip(keys, rows, strict=True):
                by_document[key][name].append(row)
    documents = tables["documents"]
    keys = document_keys(documents)
    for document, key, (copy, count) in zip(
        table_rows(documents), keys, document_copies(keys), strict=True
    ):
        found = by_document.get(key, {})
        own = {name: own_rows(rows, copy, count) for name, rows in found.items()}
        yield extraction_of(document, own), document["status"], document["status_reason"]


def document_keys(table: pa.Table) -> list[DocumentKey]:
    """The document of each row of ``table``, as (doc, content hash)."""
    docs, hashes = (column_values(table.column(name)) for name in ("doc", "content_hash"))
    return list(zip(docs, hashes, strict=True))


def document_copies(keys: list[DocumentKey]) -> list[tuple[int, int]]:
    """For each document of a partition, which copy of its key it is (0 for the
    first) and how many documents have that key (1 but for an input given twice)."""
    counts = Counter(keys)
    seen: Counter[DocumentKey] = Counter()
    copies = []
    for key in keys:
        copies.append((seen[key], counts[key]))
        seen[key] += 1
    return copies


def own_rows(rows: list[T], copy: int, count: int) -> list[T]:
    """The run of ``rows`` (all the rows of one key) that belongs to its ``copy``-th
    document of ``count``: the same text under the same id, extracted alike, writes
    the same rows once per copy."""
    if count == 1:
        return rows
    size = len(rows) // count
    return rows[copy * size : (copy + 1) * size]
